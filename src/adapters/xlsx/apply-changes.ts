/**
 * Applying core fix Changes (src/core/fix) to a loaded exceljs workbook, so that formats, other
 * sheets and user columns survive: only the changed cells' values are written, and a number
 * format only where the cell's own format would not show the new value (text `@`, or a date
 * shown as a plain number).
 * @module
 */
import type { Workbook } from "exceljs";
import type { Change, TableExtension } from "../../core/fix";
import { parseRange } from "../../core/grid";
import { rebuildTable, type SheetRepair } from "./repair-sheet";
import { serialToDate } from "./cell-values";

/** True for a number format that shows a date (`yyyy"年"m"月"d"日"`, `m/d/yy`, built-in 14–22). */
function isDateFormat(fmt: string | undefined): boolean {
  if (!fmt) return false;
  const bare = fmt.replace(/"[^"]*"|\[[^\]]*\]|\\./g, "");
  return /[ymd]/i.test(bare);
}

/**
 * Writes each change's `after` into its cell: a `date` change as a Date at UTC midnight (exceljs
 * stores it as that serial day in every time zone), other values as they are (null clears the
 * value, keeping the cell's style). The catalog `numFmt` of a change is set when the cell's format
 * is text (`@`) or General/unset for a number, or not a date format for a date.
 * @returns the changes that could not be applied (their sheet no longer exists).
 */
export function applyChangesToWorkbook(wb: Workbook, changes: readonly Change[]): Change[] {
  const missing: Change[] = [];
  for (const change of changes) {
    const ws = wb.getWorksheet(change.sheet);
    if (!ws) {
      missing.push(change);
      continue;
    }
    const cell = ws.getCell(change.cell);
    const after = change.after;
    if (change.kind === "date" && typeof after === "number") {
      cell.value = serialToDate(after);
      if (change.numFmt && !isDateFormat(cell.numFmt)) cell.numFmt = change.numFmt;
      continue;
    }
    cell.value = after;
    if (typeof after === "number" && change.numFmt && (!cell.numFmt || cell.numFmt === "@" || cell.numFmt === "General")) cell.numFmt = change.numFmt;
  }
  return missing;
}

/**
 * Extends each planned table (core `FixPlan.tables`) down to its `lastRow` through `rebuildTable`, the code `upgrade`
 * uses: the table is re-created over `to` with the same header row and columns; no cell value moves.
 * @returns the extensions made, and Chinese lines for those that could not be (sheet gone, two equal headers).
 */
export function extendTables(wb: Workbook, tables: readonly TableExtension[]): { done: TableExtension[]; problems: string[] } {
  const done: TableExtension[] = [];
  const problems: string[] = [];
  for (const t of tables) {
    const ws = wb.getWorksheet(t.sheet);
    const area = parseRange(t.to);
    if (!ws || !area) continue;
    const out: SheetRepair = { actions: [], problems: [] };
    rebuildTable(ws, t.table, area, out);
    problems.push(...out.problems);
    if (!out.problems.length) done.push(t);
  }
  return { done, problems };
}
