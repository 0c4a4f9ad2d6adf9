/**
 * The state behind the fake Excel object model: sheets of cells (values, formulas), tables,
 * defined names, number formats, column widths, fills, data validation, conditional formats,
 * charts, protection and frozen rows. Plain mutable data; the proxies (./proxies.ts) give it
 * Office.js' shape and rules. Rows and columns are 1-based here.
 * @module
 */
import { cellAddress, parseRange, type RangeBounds } from "../../../core/grid";
import type { XlValue } from "../types";

/** One stored cell: its value and, for formula cells, the formula (with `=`). */
export interface CellModel {
  value: XlValue;
  formula?: string;
}

/** Data validation as Office.js sets it (rule/prompt/errorAlert JSON) over one range. */
export interface ValidationModel {
  bounds: RangeBounds;
  rule?: unknown;
  prompt?: unknown;
  errorAlert?: unknown;
  ignoreBlanks?: boolean;
}

/** A custom conditional format over one or more ranges. */
export interface ConditionalFormatModel {
  id: number;
  ranges: RangeBounds[];
  type: "Custom";
  formula: string;
  fill: string;
  fontColor: string;
  priority: number;
}

export interface ChartModel {
  name: string;
  type: string;
  source: string;
  title: string;
  position?: string;
}

export interface SheetModel {
  id: string;
  name: string;
  visibility: string;
  /** Row arrays, index 0 = row 1; each row's index 0 = column A. */
  rows: (CellModel | undefined)[][];
  /** Number formats over ranges, in the order written (the last one containing a cell wins). */
  numberFormats: { bounds: RangeBounds; format: string; seq?: number }[];
  /** Number formats written to single cells by the add-in, by A1 address (faster than the list; `seq` orders them against it). */
  cellFormats: Map<string, { format: string; seq: number }>;
  columnWidths: Map<number, number>;
  /** Fill colour, bold, wrap by A1 address (sparse). */
  styles: Map<string, StyleModel>;
  validations: ValidationModel[];
  conditionalFormats: ConditionalFormatModel[];
  charts: ChartModel[];
  protected: boolean;
  /** The protection password (Excel: `protect(options, password)`, ExcelApi 1.7 with a password). */
  password?: string;
  frozenRows: number;
  /** Styles written over ranges too large to store cell by cell (strict fake, F13). */
  styleRanges: { bounds: RangeBounds; patch: StyleModel }[];
  /** Merged areas (from a file's snapshot; the add-in never merges). */
  merges: RangeBounds[];
  handlers: ((args: { address: string; worksheetId: string; triggerSource?: string }) => Promise<unknown>)[];
  /** `onSelectionChanged` handlers (fired by the fake's `select`). */
  selectionHandlers: ((args: { address: string; worksheetId: string }) => Promise<unknown>)[];
}

/** A cell's direct formatting the fake keeps. */
export interface StyleModel {
  fill?: string;
  bold?: boolean;
  size?: number;
  wrap?: boolean;
  fontColor?: string;
  vertical?: string;
}

export interface TableModel {
  name: string;
  sheet: SheetModel;
  bounds: RangeBounds;
  style: string;
}

export interface WorkbookModel {
  sheets: SheetModel[];
  tables: TableModel[];
  /** Defined name → reference (`填报说明!$B$2`). */
  names: Map<string, string>;
  /** Last selected cell as `sheet!A1`, and the active sheet. */
  selection?: string;
  activeSheet?: string;
  nextId: number;
  /** Workbook structure protection (Review › Protect Workbook): no sheet added, hidden, renamed or moved. */
  structureProtected?: boolean;
}

/** An empty workbook model. */
export function emptyWorkbook(): WorkbookModel {
  return { sheets: [], tables: [], names: new Map(), nextId: 1 };
}

/** Adds a sheet at the end. */
export function addSheet(wb: WorkbookModel, name: string): SheetModel {
  const sheet: SheetModel = {
    id: `{sheet-${wb.nextId++}}`,
    name,
    visibility: "Visible",
    rows: [],
    numberFormats: [],
    cellFormats: new Map(),
    columnWidths: new Map(),
    styles: new Map(),
    validations: [],
    conditionalFormats: [],
    charts: [],
    protected: false,
    frozenRows: 0,
    merges: [],
    styleRanges: [],
    handlers: [],
    selectionHandlers: [],
  };
  wb.sheets.push(sheet);
  return sheet;
}

export function findSheet(wb: WorkbookModel, name: string): SheetModel | undefined {
  return wb.sheets.find((s) => s.name === name);
}

/** The stored cell at a 1-based row/column, if any. */
export function cellAt(sheet: SheetModel, row: number, col: number): CellModel | undefined {
  return sheet.rows[row - 1]?.[col - 1];
}

/**
 * Stores a cell exactly as a file holds it (the snapshot's value, as the CLI reads it): a text cell
 * stays text, even one starting with `=` or `'` (new-user test 36, D14: the text "=SUM(1,2)" taken as a
 * formula with a blank value gave no error in the 网页版, an error in the CLI). null or "" clears the cell.
 * Formulas are stored by {@link setCell} (`=…`); typed input (coercion, `'` prefix) by the fake Range.
 */
export function storeCell(sheet: SheetModel, row: number, col: number, value: XlValue | null | undefined): void {
  if (typeof value === "string" && value.startsWith("=")) (sheet.rows[row - 1] ??= [])[col - 1] = { value };
  else setCell(sheet, row, col, value);
}

/** Stores a value (a string starting with `=` becomes a formula with a blank value). */
export function setCell(sheet: SheetModel, row: number, col: number, input: unknown): void {
  if (input === null || input === undefined || input === "") {
    const existing = sheet.rows[row - 1];
    if (existing && col - 1 < existing.length) existing[col - 1] = undefined;
    return;
  }
  const r = (sheet.rows[row - 1] ??= []);
  if (typeof input === "string" && input.startsWith("=")) r[col - 1] = { value: "", formula: input };
  else r[col - 1] = { value: input as XlValue };
}

/** Bounds of the cells holding a value or formula, or undefined for an empty sheet. */
export function usedBounds(sheet: SheetModel): RangeBounds | undefined {
  let top = 0;
  let bottom = 0;
  let left = Infinity;
  let right = 0;
  sheet.rows.forEach((row, i) => {
    if (!row) return;
    row.forEach((cell, j) => {
      if (!cell) return;
      if (!top) top = i + 1;
      bottom = i + 1;
      left = Math.min(left, j + 1);
      right = Math.max(right, j + 1);
    });
  });
  return top ? { top, left, bottom, right } : undefined;
}

/** Whether two ranges share a cell. */
export function intersects(a: RangeBounds, b: RangeBounds): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

/** Whether `outer` contains the cell. */
export function contains(outer: RangeBounds, row: number, col: number): boolean {
  return row >= outer.top && row <= outer.bottom && col >= outer.left && col <= outer.right;
}

/** A1 text of bounds (`A2:F10`, or `C5` for one cell). */
export function boundsAddress(b: RangeBounds): string {
  const a = cellAddress(b.top, b.left);
  return b.top === b.bottom && b.left === b.right ? a : `${a}:${cellAddress(b.bottom, b.right)}`;
}

/** Parses `A1`, `A1:B2`, `C:C` or `3:3` (whole columns/rows) into bounds. */
export function parseAddress(address: string): RangeBounds | undefined {
  const bare = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const cols = /^\$?([A-Z]{1,3}):\$?([A-Z]{1,3})$/i.exec(bare);
  if (cols) {
    const b = parseRange(`${cols[1]}1:${cols[2]}1048576`);
    return b;
  }
  const rows = /^\$?(\d+):\$?(\d+)$/.exec(bare);
  if (rows) return { top: Number(rows[1]), bottom: Number(rows[2]), left: 1, right: 16384 };
  return parseRange(bare);
}

/** A cell's direct formatting: per-cell styles over range styles (last write wins per key). */
export function styleAt(sheet: SheetModel, row: number, col: number): StyleModel | undefined {
  let out: StyleModel | undefined;
  for (const r of sheet.styleRanges) if (contains(r.bounds, row, col)) out = { ...out, ...r.patch };
  const own = sheet.styles.get(cellAddress(row, col));
  return own || out ? { ...out, ...own } : undefined;
}

/** The number format of a cell (last matching assignment wins), `General` by default. */
export function formatAt(sheet: SheetModel, row: number, col: number): string {
  const own = sheet.cellFormats.get(cellAddress(row, col));
  for (let i = sheet.numberFormats.length - 1; i >= 0; i--) {
    const f = sheet.numberFormats[i];
    if (contains(f.bounds, row, col)) return own && own.seq > (f.seq ?? 0) ? own.format : f.format;
  }
  return own?.format ?? "General";
}

let formatSeq = 1;
/** Sets the number format of a range (single cells go to `cellFormats`), as the last one written. */
export function setFormat(sheet: SheetModel, bounds: RangeBounds, format: string): void {
  const seq = formatSeq++;
  if (bounds.top === bounds.bottom && bounds.left === bounds.right) {
    sheet.cellFormats.set(cellAddress(bounds.top, bounds.left), { format, seq });
    return;
  }
  sheet.numberFormats = sheet.numberFormats.filter((f) => !(f.bounds.top >= bounds.top && f.bounds.bottom <= bounds.bottom && f.bounds.left >= bounds.left && f.bounds.right <= bounds.right));
  sheet.numberFormats.push({ bounds, format, seq });
}

/** The data validation covering a cell, if any. */
export function validationAt(sheet: SheetModel, row: number, col: number): ValidationModel | undefined {
  for (let i = sheet.validations.length - 1; i >= 0; i--) if (contains(sheet.validations[i].bounds, row, col)) return sheet.validations[i];
  return undefined;
}

/** The table on `sheet` whose range contains the cell, if any. */
export function tableAt(wb: WorkbookModel, sheet: SheetModel, row: number, col: number): TableModel | undefined {
  return wb.tables.find((t) => t.sheet === sheet && contains(t.bounds, row, col));
}

export { jsonBytes } from "../payload";

/** A copy of everything a user could undo (values, formats, validation, tables, names…); handlers are kept live. */
export interface ModelSnapshot {
  readonly sheets: SheetModel[];
  readonly tables: { name: string; sheetId: string; bounds: RangeBounds; style: string }[];
  readonly names: Map<string, string>;
  readonly structureProtected?: boolean;
}

/** Deep copy of a sheet's data (handlers are not copied). */
function copySheet(s: SheetModel): SheetModel {
  return {
    ...s,
    rows: s.rows.map((r) => (r ? r.map((c) => (c ? { ...c } : undefined)) : r)),
    numberFormats: s.numberFormats.map((f) => ({ ...f })),
    cellFormats: new Map(s.cellFormats),
    columnWidths: new Map(s.columnWidths),
    styles: new Map([...s.styles].map(([k, v]) => [k, { ...v }])),
    validations: s.validations.map((v) => ({ ...v })),
    conditionalFormats: s.conditionalFormats.map((c) => ({ ...c, ranges: [...c.ranges] })),
    charts: s.charts.map((c) => ({ ...c })),
    styleRanges: s.styleRanges.map((r) => ({ ...r, patch: { ...r.patch } })),
    handlers: s.handlers,
    selectionHandlers: s.selectionHandlers,
  };
}

/** Takes a snapshot for the undo model. */
export function snapshotModel(wb: WorkbookModel): ModelSnapshot {
  return {
    sheets: wb.sheets.map(copySheet),
    tables: wb.tables.map((t) => ({ name: t.name, sheetId: t.sheet.id, bounds: t.bounds, style: t.style })),
    names: new Map(wb.names),
    structureProtected: wb.structureProtected,
  };
}

/** Puts a snapshot back into `wb` in place (sheet objects keep their identity by id). */
export function restoreModel(wb: WorkbookModel, snap: ModelSnapshot): void {
  const live = new Map(wb.sheets.map((s) => [s.id, s]));
  wb.sheets = snap.sheets.map((copy) => {
    const target = live.get(copy.id);
    const fresh = copySheet(copy);
    if (!target) return fresh;
    Object.assign(target, { ...fresh, handlers: target.handlers, selectionHandlers: target.selectionHandlers });
    return target;
  });
  const byId = new Map(wb.sheets.map((s) => [s.id, s]));
  wb.tables = snap.tables.flatMap((t) => {
    const sheet = byId.get(t.sheetId);
    return sheet ? [{ name: t.name, sheet, bounds: t.bounds, style: t.style }] : [];
  });
  wb.names = new Map(snap.names);
  wb.structureProtected = snap.structureProtected;
}
