/**
 * "This is not a standard ledger" decided once for every front end and the roll-up (issue #12).
 * @module
 */
import { standardV1, type Catalog } from "../catalog";
import type { Finding } from "./finding";

/**
 * "This is not a standard ledger" (issue #12, one decision for every front end): the standard sheets
 * missing (catalog order) when the workbook's form sheet (基本信息) is missing or more than half of
 * its ledger sheets are (rule `sheet.missing`); undefined when it is a standard ledger, perhaps with
 * a sheet or two missing (which the findings then name).
 */
export function notStandardSheets(findings: readonly Finding[], catalog: Catalog = standardV1): readonly string[] | undefined {
  const missing = new Set(findings.filter((f) => f.rule === "sheet.missing").map((f) => f.sheet));
  if (missing.size === 0) return undefined;
  const data = catalog.sheets.filter((s) => s.kind !== "generated");
  const ledgers = data.filter((s) => s.kind === "ledger");
  const formMissing = data.some((s) => s.kind === "form" && missing.has(s.sheet));
  const ledgersMissing = ledgers.filter((s) => missing.has(s.sheet)).length;
  if (!formMissing && ledgersMissing * 2 <= ledgers.length) return undefined;
  return data.filter((s) => missing.has(s.sheet)).map((s) => s.sheet);
}
