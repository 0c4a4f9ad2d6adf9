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
  // A sheet whose headers only resemble a ledger's (sheet.renamed: the office's own 活动记录) is missing too: the
  // notice counts it with the others, as the findings do (new-user test 31, D16: `等 6 个` over 9 errors).
  const renamed = new Set(findings.filter((f) => f.rule === "sheet.renamed").map((f) => f.sheet));
  return data.filter((s) => missing.has(s.sheet) || renamed.has(s.sheet)).map((s) => s.sheet);
}

/** The per-sheet findings the not-standard notice says at once: each missing, renamed or unreadable standard sheet. */
const SAID_BY_NOTICE: ReadonlySet<string> = new Set(["sheet.missing", "sheet.renamed", "sheet.headers-not-found", "sheet.generated-missing"]);

/**
 * The findings a front end lists under the not-standard notice (notStandardSheets): for a workbook that is no standard
 * ledger, all but the per-sheet ones the notice says at once (`请把改名的工作表改回原名` under a notice that says
 * 导入已有台账 contradicted it; new-user test 31, D16); for a standard ledger, all of them.
 */
export function findingsBesideNotice(findings: readonly Finding[], catalog: Catalog = standardV1): readonly Finding[] {
  return notStandardSheets(findings, catalog) ? findings.filter((f) => !SAID_BY_NOTICE.has(f.rule)) : findings;
}
