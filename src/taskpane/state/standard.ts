/**
 * Whether a workbook is a standard ledger at all: a file without 基本信息 or without most ledger
 * sheets (rule `sheet.missing`) is "not a standard ledger" — one message instead of a finding per
 * sheet, before anything else is said about it (上期对比, the Word pane).
 * @module
 */
import { findingsBesideNotice, type Finding } from "../../core";
import { formatString, type Strings } from "../strings";

/** The core's decision (core/actions `notStandardSheets`), re-exported for the pane's messages. */
export { notStandardSheets as missingStandardSheets } from "../../core";

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

/**
 * Findings without the per-sheet ones the not-standard message says at once (core `findingsBesideNotice`: missing,
 * renamed, unreadable and generated sheets of a workbook that is no standard ledger); all of them for a standard one.
 */
export function withoutMissingSheets(findings: readonly Finding[]): Finding[] {
  return [...findingsBesideNotice(findings)];
}
