/**
 * Re-creating the standard's native validations on an existing exceljs workbook (issue #5 §2, §4):
 * list validations kept in Excel's x14 extension are invisible to exceljs and lost when it saves,
 * so the write-back commands put classic `<dataValidation>` elements back on every standard column
 * they find (by header text), from the list sheet `_lists`.
 * @module
 */
import type { Worksheet } from "exceljs";
import { HEADER_ROW, validationLastRow, type FieldSpec } from "../../core/catalog";
import { columnLetter, validationFor, type WithValidations } from "./validation";

export { ensureListSheet } from "./validation";

/** 1-based column and row bounds of an A1 address or range key of the validation model. */
function boundsOf(key: string): { col1: number; col2: number; row1: number; row2: number } | undefined {
  const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(key);
  if (!m) return undefined;
  const col = (s: string): number => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return { col1: col(m[1]), row1: Number(m[2]), col2: col(m[3] ?? m[1]), row2: Number(m[4] ?? m[2]) };
}

/**
 * Replaces the validations of rows `fromRow..toRow` of column `col` with the field's standard
 * validation (one range). Entries of the model that overlap the range are removed first (exceljs
 * loads validations one key per cell; overlapping ranges would make Excel repair the file).
 * A multi-column range that overlaps is removed whole. No-op for formula columns.
 */
export function setColumnValidation(ws: Worksheet, col: number, fromRow: number, toRow: number, field: FieldSpec, lists: ReadonlyMap<string, string>): void {
  const model = (ws as unknown as WithValidations).dataValidations.model;
  for (const key of Object.keys(model)) {
    const b = boundsOf(key);
    if (b && b.col1 <= col && b.col2 >= col && b.row1 <= toRow && b.row2 >= fromRow) delete model[key];
  }
  const dv = validationFor(field, lists);
  const letter = columnLetter(col);
  if (dv) (ws as unknown as WithValidations).dataValidations.add(fromRow === toRow ? `${letter}${fromRow}` : `${letter}${fromRow}:${letter}${toRow}`, dv);
}

/** The last row validation should reach for a table whose data ends at `lastDataRow`. */
export function validationEnd(headerRow: number, lastDataRow: number): number {
  return validationLastRow(Math.max(0, lastDataRow - headerRow)) - HEADER_ROW + headerRow;
}
