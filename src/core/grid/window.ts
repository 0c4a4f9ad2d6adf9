/**
 * A small window of a sheet around one cell, for a read-only grid view (issue #12: the preview and
 * the browser page show where a finding or a source is). Pure; text as the cell shows it.
 * @module
 */
import { ymdFromSerial } from "../normalize/date";
import { cellAddress, columnLetters, lettersToColumn } from "./address";
import type { CellValue, SheetGrid } from "./types";

/** Rows and columns around a cell, with their labels; `focus` indexes into `cells`. */
export interface CellWindow {
  readonly sheet: string;
  /** The cell asked for (`C5`). */
  readonly address: string;
  /** Column letters shown (`B`, `C`, `D`). */
  readonly columns: readonly string[];
  /** 1-based row numbers shown; the sheet's header row of the cell's table first when it is above the window. */
  readonly rows: readonly number[];
  /** Cell text by shown row and column ("" for blank). */
  readonly cells: readonly (readonly string[])[];
  readonly focus: { readonly row: number; readonly col: number };
}

const text = (v: CellValue | undefined): string => (v === null || v === undefined ? "" : String(v));

/**
 * The window around `address` on `grid`: `rows` above and below, `cols` left and right (clipped at
 * the sheet's edge), plus the header row of the table holding the cell when it lies above.
 * A number under a header named in `dateHeaders` (the catalog's date columns: 日期, 整改时限 …) is shown
 * as the day it is, `2023-01-20`, as Excel shows it with the ledger's date format (new-user test D5:
 * serials such as 44946 beside text dates). Undefined when the address is not an A1 cell.
 */
export function cellWindow(grid: SheetGrid, address: string, rows = 3, cols = 2, dateHeaders: ReadonlySet<string> = new Set()): CellWindow | undefined {
  const m = /^([A-Z]{1,3})(\d+)$/u.exec(address.replace(/\$/gu, "").toUpperCase());
  if (!m) return undefined;
  const col = lettersToColumn(m[1]);
  const row = Number(m[2]);
  const valueAt = (r: number, c: number): CellValue | undefined => grid.values[r - grid.originRow]?.[c - grid.originCol];
  const first = Math.max(1, row - rows);
  const shown = Array.from({ length: row + rows - first + 1 }, (_x, i) => first + i);
  // The table's header row names the columns: shown first when the window starts below it.
  const header = grid.tables
    .map((t) => /^\$?([A-Z]+)\$?(\d+):\$?([A-Z]+)\$?(\d+)$/u.exec(t.ref))
    .filter((t): t is RegExpExecArray => !!t)
    .find((t) => row > Number(t[2]) && row <= Number(t[4]) && col >= lettersToColumn(t[1]) && col <= lettersToColumn(t[3]));
  const headerRow = header ? Number(header[2]) : undefined;
  const rowNumbers = headerRow !== undefined && headerRow < first ? [headerRow, ...shown] : shown;
  const firstCol = Math.max(1, col - cols);
  const colNumbers = Array.from({ length: col + cols - firstCol + 1 }, (_x, i) => firstCol + i);
  return {
    sheet: grid.name,
    address: cellAddress(row, col),
    columns: colNumbers.map(columnLetters),
    rows: rowNumbers,
    cells: rowNumbers.map((r) => colNumbers.map((c) => {
      const v = valueAt(r, c);
      const head = headerRow !== undefined && r !== headerRow ? valueAt(headerRow, c) : undefined;
      if (typeof v === "number" && typeof head === "string" && dateHeaders.has(head.replace(/[*＊\s]+/gu, "")) && v >= 1 && v < 2958466 && Number.isInteger(v)) {
        const d = ymdFromSerial(v);
        return `${d.y}-${String(d.m).padStart(2, "0")}-${String(d.d).padStart(2, "0")}`;
      }
      return text(v);
    })),
    focus: { row: rowNumbers.indexOf(row), col: colNumbers.indexOf(col) },
  };
}
