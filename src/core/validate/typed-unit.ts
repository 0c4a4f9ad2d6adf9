/**
 * How a unit typed inside a number (`80名`, `80人次`, `15场`) stands to its column and its row, decided
 * once for the check's message and for 规范数据's plan, so that the check never promises a conversion the
 * fix then refuses (new-user test 10, D17). Spec: standard-sheets.md "Values users really type".
 * @module
 */
import type { FieldSpec } from "../catalog/types";

/**
 * - `header`: the column's own unit (`注册人数` in 人: `80人`, `80名`) — the word is dropped;
 * - `repeated`: the row's 单位 cell already says it (`15场` beside 场) — the word is dropped;
 * - `move`: the row's 单位 cell is blank — the word (or 人 for 名/位 where the list has no 名) goes there;
 * - `conflict`: the row's 单位 cell says another unit (`80人次` beside 人) — left for the user;
 * - `not-allowed`: the row's 单位 cell is blank but the word is none of its list's — left for the user;
 * - `foreign`: not the column's unit and the sheet has no 单位 column — left for the user.
 */
export type TypedUnitFit = "header" | "repeated" | "move" | "conflict" | "not-allowed" | "foreign";

/** The row's 单位 cell: its text (`""` blank) and, when the column is a list, the list's values. */
export interface RowUnit {
  readonly text: string;
  readonly values?: readonly string[];
}

/** Measure words that count heads as 人 does (`志愿者80名`, `专家3位`). */
const HEADS: ReadonlySet<string> = new Set(["人", "名", "位"]);

/** True when `typed` says the same unit as `unit` (the same word, or two words for heads). */
export function sameUnit(typed: string, unit: string): boolean {
  return typed === unit || (HEADS.has(typed) && HEADS.has(unit));
}

/**
 * The fit of `typed` (the unit read from the cell's text) in `field`, whose row's 单位 cell is `row`
 * (undefined when the sheet has no 单位 column) and whose row counts this column in `own` when its own words
 * say so (户 for a 家庭 honour), and for `move` the word to write into that cell.
 */
export function typedUnitFit(field: FieldSpec, typed: string, row: RowUnit | undefined, own?: string): { readonly fit: TypedUnitFit; readonly unit?: string } {
  // `30人` for a 家庭 honour counted in 户: persons are no households (new-user test 18, D11).
  if (own !== undefined && field.unit !== undefined && !sameUnit(own, field.unit) && sameUnit(typed, field.unit)) return { fit: "foreign" };
  if ((field.unit !== undefined && sameUnit(typed, field.unit)) || field.header.includes(typed)) return { fit: "header" };
  // The row's own measure of this column (先进典型 人数 of a 家庭 honour in 户: catalog honourMeasure; new-user test 16, D3).
  if (own !== undefined && own === typed) return { fit: "header" };
  if (row === undefined) return { fit: "foreign" };
  if (row.text !== "") return { fit: sameUnit(typed, row.text) ? "repeated" : "conflict" };
  if (!row.values || row.values.includes(typed)) return { fit: "move", unit: typed };
  return HEADS.has(typed) && row.values.includes("人") ? { fit: "move", unit: "人" } : { fit: "not-allowed" };
}
