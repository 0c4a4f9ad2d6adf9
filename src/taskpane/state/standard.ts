/**
 * Whether a workbook is a standard ledger at all: a file without 基本信息 or without most ledger
 * sheets (rule `sheet.missing`) is "not a standard ledger" — one message instead of a finding per
 * sheet, before anything else is said about it (上期对比, the Word pane).
 * @module
 */
import type { Catalog, Finding } from "../../core";
import { formatString, type Strings } from "../strings";

/**
 * The standard sheets missing (catalog order) when the workbook is not a standard ledger: its
 * form sheet (基本信息) is missing, or more than half of its ledger sheets are. Undefined when it
 * is a standard ledger (perhaps with a sheet or two missing, which the findings then name).
 */
export function missingStandardSheets(findings: readonly Finding[], catalog: Catalog): readonly string[] | undefined {
  const missing = new Set(findings.filter((f) => f.rule === "sheet.missing").map((f) => f.sheet));
  if (missing.size === 0) return undefined;
  const data = catalog.sheets.filter((s) => s.kind !== "generated");
  const ledgers = data.filter((s) => s.kind === "ledger");
  const formMissing = data.some((s) => s.kind === "form" && missing.has(s.sheet));
  const ledgersMissing = ledgers.filter((s) => missing.has(s.sheet)).length;
  if (!formMissing && ledgersMissing * 2 <= ledgers.length) return undefined;
  return data.filter((s) => missing.has(s.sheet)).map((s) => s.sheet);
}

/** Sheet names listed in the message; the rest are counted. */
const LISTED = 2;

/**
 * The one message for a workbook that is not a standard ledger: in the Word pane
 * ("这不是标准台账：缺少基本信息、组织保障等 9 个工作表。") or for 上期对比.
 */
export function notStandardMessage(missing: readonly string[], strings: Strings, where: "word" | "compare"): string {
  const sheets = missing.slice(0, LISTED).join(strings.locale.startsWith("zh") ? "、" : ", ");
  const few = missing.length <= LISTED;
  const template = where === "word" ? (few ? strings.wordNotStandardFew : strings.wordNotStandard) : few ? strings.compareNotStandardFew : strings.compareNotStandard;
  return formatString(template, { sheets, count: missing.length });
}

/** Findings without the `sheet.missing` ones (said once by the not-standard message). */
export function withoutMissingSheets(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => f.rule !== "sheet.missing");
}
