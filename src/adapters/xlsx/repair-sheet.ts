/**
 * Repairing one standard sheet in place on a loaded exceljs workbook (issue #5 §2, `upgrade`):
 * missing standard columns appended at the right end of the table, merged cells in the table
 * unmerged, the table (ListObject) re-created over the header row and every data row (user-added
 * columns included), blank formula cells given the catalog formula, and the native validations
 * of every standard column re-created. No user cell is moved or overwritten: only blank cells
 * receive headers, formulas or values.
 * @module
 */
import type { Worksheet } from "exceljs";
import { REQUIRED_FILL, type FieldSpec, type FormSpec, type LedgerSpec } from "../../core/catalog";
import { cellAddress, parseRange, type SheetGrid } from "../../core/grid";
import { ledgerLayout, profileLayout } from "../../core/validate";
import { isBlank } from "../../core/validate/check-cell";
import { RepairNote } from "./repair-wording";
import { setColumnValidation, validationEnd } from "./restore-validations";
import { columnLetter } from "./validation";

const TABLE_STYLE = { theme: "TableStyleMedium2", showRowStripes: true } as const;

/** What was done to a sheet, and what could not be done (Chinese lines). */
export interface SheetRepair {
  readonly actions: string[];
  readonly problems: string[];
  /** Standard columns that could not be added (something lies right of the table). */
  blocked?: readonly string[];
}

/** Shapes of exceljs internals that its typings omit. */
interface TableLike {
  table?: { name?: string; displayName?: string; tableRef?: string; ref?: string };
}

/** The sheet's tables as name → A1 ref. */
function tablesOf(ws: Worksheet): { key: string; name: string; ref: string }[] {
  const tables = (ws as unknown as { tables?: Record<string, TableLike> }).tables ?? {};
  return Object.entries(tables).map(([key, t]) => ({ key, name: t.table?.displayName ?? t.table?.name ?? key, ref: t.table?.tableRef ?? t.table?.ref ?? "" }));
}

/** The text of a header cell as a table column name. */
function headerText(ws: Worksheet, row: number, col: number): string {
  const v = ws.getCell(row, col).text;
  return typeof v === "string" ? v.trim() : "";
}

/** Marks a required header / 项目 cell as the template does (bold on pale yellow). */
function markRequired(ws: Worksheet, row: number, col: number): void {
  const cell = ws.getCell(row, col);
  cell.font = { ...(cell.font ?? {}), bold: true };
  cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: REQUIRED_FILL } };
}

/** A new standard column at `col`: header, width, number format on its data cells, required mark. */
function addColumn(ws: Worksheet, headerRow: number, bottom: number, col: number, field: FieldSpec): void {
  ws.getCell(headerRow, col).value = field.header;
  if (field.width) ws.getColumn(col).width = field.width;
  if (field.numFmt) for (let r = headerRow + 1; r <= bottom; r++) ws.getCell(r, col).numFmt = field.numFmt;
  if (field.required) markRequired(ws, headerRow, col);
}

/**
 * Unmerges every merged range that reaches into rows top..bottom, columns left..right (a table
 * cannot hold merged cells; the value stays in the top-left cell, where it was).
 */
function unmergeIn(ws: Worksheet, grid: SheetGrid, area: { top: number; bottom: number; left: number; right: number }, out: SheetRepair): void {
  for (const merge of grid.merges ?? []) {
    const b = parseRange(merge);
    if (!b || b.bottom < area.top || b.top > area.bottom || b.right < area.left || b.left > area.right) continue;
    ws.unMergeCells(merge);
    out.actions.push(RepairNote.unmerged(ws.name, merge));
  }
}

/**
 * (Re-)creates table `name` over rows top..bottom, columns left..right, keeping every cell value
 * (exceljs writes the given rows back into the same cells). Blank header cells get `列N`.
 * Skipped (with a problem line) when two header texts are equal: Excel needs unique names.
 */
export function rebuildTable(ws: Worksheet, name: string, area: { top: number; bottom: number; left: number; right: number }, out: SheetRepair): void {
  const wanted = `${cellAddress(area.top, area.left)}:${cellAddress(area.bottom, area.right)}`;
  const existing = tablesOf(ws);
  if (existing.some((t) => t.name === name && t.ref === wanted)) return;
  const names: string[] = [];
  for (let c = area.left; c <= area.right; c++) names.push(headerText(ws, area.top, c) || `列${c - area.left + 1}`);
  const dup = names.find((n, i) => names.indexOf(n) !== i);
  if (dup !== undefined) {
    out.problems.push(RepairNote.duplicateHeader(ws.name, dup));
    return;
  }
  for (const t of existing) {
    const b = parseRange(t.ref);
    const overlaps = b && !(b.bottom < area.top || b.top > area.bottom || b.right < area.left || b.left > area.right);
    if (t.name === name || overlaps) delete (ws as unknown as { tables: Record<string, unknown> }).tables[t.key];
  }
  const rows: unknown[][] = [];
  for (let r = area.top + 1; r <= area.bottom; r++) {
    const row: unknown[] = [];
    for (let c = area.left; c <= area.right; c++) row.push(ws.getCell(r, c).value);
    rows.push(row);
  }
  ws.addTable({
    name, displayName: name, ref: cellAddress(area.top, area.left), headerRow: true, totalsRow: false, style: TABLE_STYLE,
    columns: names.map((n) => ({ name: n, filterButton: true })), rows,
  } as never);
  out.actions.push(RepairNote.table(ws.name, name, wanted));
}

/** Last 1-based column holding a non-blank value in rows top..bottom (0 for none). */
function lastFilledAny(grid: SheetGrid, top: number, bottom: number): number {
  let last = 0;
  for (let r = top; r <= bottom; r++) last = Math.max(last, lastFilled(grid, r));
  return last;
}

/** Last 1-based column of `row` holding a non-blank value (0 for none). */
function lastFilled(grid: SheetGrid, row: number): number {
  const values = grid.values[row - grid.originRow] ?? [];
  for (let i = values.length - 1; i >= 0; i--) if (!isBlank(values[i])) return grid.originCol + i;
  return 0;
}

/** Repairs a ledger sheet (see the module doc). `grid` is the sheet as the core reads it. */
export function repairLedger(ws: Worksheet, grid: SheetGrid, spec: LedgerSpec, lists: ReadonlyMap<string, string>): SheetRepair {
  const out: SheetRepair = { actions: [], problems: [] };
  const layout = ledgerLayout(grid, spec);
  if (!layout) {
    out.problems.push(RepairNote.noHeaders(ws.name));
    return out;
  }
  const top = layout.loc.headerRow;
  const tableCols = [...layout.loc.columns.values()].flat();
  const table = grid.tables.find((t) => t.name.toLowerCase() === spec.table.toLowerCase());
  const tb = table ? parseRange(table.ref) : undefined;
  const left = tb?.left ?? Math.min(...tableCols);
  const bottom = Math.max(tb?.bottom ?? top + 1, top + 1, ...layout.dataRows);
  // The table reaches over the columns next to it that hold something (a column typed without a header),
  // up to the first empty one: a user's own column beyond a gap (`联系人`) stays outside, and no header
  // `列9` is made up for the gap (new-user test 8, D13).
  const filled = (col: number): boolean => {
    for (let r = top; r <= bottom; r++) if (!isBlank(grid.values[r - grid.originRow]?.[col - grid.originCol] ?? null)) return true;
    return false;
  };
  let right = Math.max(tb?.right ?? 0, ...tableCols);
  const lastCol = lastFilledAny(grid, top, bottom);
  while (right < lastCol && filled(right + 1)) right += 1;
  unmergeIn(ws, grid, { top, bottom, left, right }, out);
  const cols = new Map(layout.located.map((l) => [l.field, l.col]));
  // A standard header with a unit added (注册人数（人）) gets its standard text back; its data stays put.
  for (const l of layout.located) {
    if (!l.variant) continue;
    ws.getCell(top, l.col).value = l.field.header;
    out.actions.push(RepairNote.header(ws.name, l.variant, l.field.header));
  }
  // Missing columns go right of the table only when nothing lies there (Excel's columns.add inserts cells and
  // would shift the user's own columns in the table rows only): the window 生成或修复标准表 checks in Excel
  // (impose-inspect: as many columns as the sheet has fields), so that the 网页版's report, working copy and
  // download agree (new-user test 8, D12). Else the user adds them; 指标汇总 says what it lacks.
  const missing = spec.columns.filter((f) => !cols.has(f));
  const room = spec.columns.every((_f, i) => !filled(right + 1 + i));
  if (missing.length && !room) {
    out.problems.push(RepairNote.columnsBlocked(ws.name, missing.map((f) => f.header)));
    out.blocked = missing.map((f) => f.header);
  }
  // Headers in the table that are no standard column: one may be the added column's old name (`参加人员数`
  // for 参与数量), whose figures the summary would then miss without a word (new-user test 9, D3).
  const standardCols = new Set(cols.values());
  const unknown: string[] = [];
  for (let c = left; c <= right; c++) {
    const h = headerText(ws, top, c);
    if (h && !standardCols.has(c)) unknown.push(`${h}（${columnLetter(c)}列）`);
  }
  for (const field of room ? missing : []) {
    right += 1;
    addColumn(ws, top, bottom, right, field);
    cols.set(field, right);
    out.actions.push(RepairNote.column(ws.name, field.header, columnLetter(right), field.since));
  }
  const added = room ? missing : [];
  if (added.length && unknown.length) out.problems.push(RepairNote.maybeRenamed(ws.name, unknown, added.map((f) => f.header)));
  let formulas = 0;
  for (const [field, col] of cols) {
    if (field.type !== "formula" || !field.formula) continue;
    for (let r = top + 1; r <= bottom; r++) {
      const cell = ws.getCell(r, col);
      if (cell.value === null || cell.value === undefined || cell.value === "") {
        cell.value = { formula: field.formula } as never;
        formulas++;
      }
    }
  }
  if (formulas) out.actions.push(RepairNote.formulas(ws.name, formulas));
  rebuildTable(ws, spec.table, { top, bottom, left, right }, out);
  const end = validationEnd(top, bottom);
  for (const [field, col] of cols) setColumnValidation(ws, col, top + 1, end, field, lists);
  return out;
}

/** Repairs the 基本信息 form: missing 项目 rows appended below the form, table, validations. */
export function repairForm(ws: Worksheet, grid: SheetGrid, form: FormSpec, lists: ReadonlyMap<string, string>): SheetRepair {
  const out: SheetRepair = { actions: [], problems: [] };
  const layout = profileLayout(grid, form);
  if (!layout) {
    out.problems.push(RepairNote.noHeaders(ws.name));
    return out;
  }
  const top = layout.loc.headerRow;
  // A form typed without its 项目 | 内容 header (core headerlessForm): the header goes into the empty row
  // above the first 项目; with no such row (the items start in row 1, or a title is there) no table is
  // built — never one over the user's title, never one at row 0 (new-user tests 3 D4, 4 D6).
  const empty = (r: number, c: number): boolean => r >= 1 && [null, undefined, ""].includes(ws.getCell(r, c).value as null);
  const headed = top >= 1 && String(ws.getCell(top, layout.keyCol).value ?? "").trim() === form.keyHeader;
  let tableAllowed = true;
  if (!headed) {
    if (empty(top, layout.keyCol) && empty(top, layout.valueCol)) {
      ws.getCell(top, layout.keyCol).value = form.keyHeader;
      ws.getCell(top, layout.valueCol).value = form.valueHeader;
      out.actions.push(RepairNote.formHeaderAdded(ws.name, top));
    } else {
      tableAllowed = false;
      out.problems.push(RepairNote.formHeaderBlocked(ws.name));
    }
  }
  // A 内容 column headed otherwise (`值`, or blank) gets its standard header back; its data stays (new-user test 5, D5).
  const typedValue = headed ? String(ws.getCell(top, layout.valueCol).value ?? "").trim() : form.valueHeader;
  if (headed && typedValue !== form.valueHeader) {
    ws.getCell(top, layout.valueCol).value = form.valueHeader;
    if (typedValue) out.actions.push(RepairNote.header(ws.name, typedValue, form.valueHeader));
  }
  const left = Math.min(layout.keyCol, layout.valueCol);
  const right = Math.max(layout.keyCol, layout.valueCol, ...[...layout.loc.columns.values()].flat());
  let bottom = Math.max(top + 1, layout.loc.tableEnd ?? 0, ...layout.rows.values());
  for (let r = bottom + 1; r <= grid.originRow + grid.values.length - 1; r++) {
    for (let c = left; c <= right; c++) if (ws.getCell(r, c).value !== null && ws.getCell(r, c).value !== undefined) bottom = r;
  }
  unmergeIn(ws, grid, { top: Math.max(1, tableAllowed ? top : top + 1), bottom, left, right }, out);
  const rows = new Map(layout.rows);
  // A 项目 typed as a synonym (`单位全称`) gets its standard name back; its 内容 stays (new-user test 31, D28).
  for (const [item, typed] of layout.variants) {
    ws.getCell(rows.get(item) as number, layout.keyCol).value = item.header;
    out.actions.push(RepairNote.itemName(ws.name, typed, item.header));
  }
  for (const item of form.items) {
    if (rows.has(item)) continue;
    bottom += 1;
    ws.getCell(bottom, layout.keyCol).value = item.header;
    if (item.numFmt) ws.getCell(bottom, layout.valueCol).numFmt = item.numFmt;
    if (item.required) markRequired(ws, bottom, layout.keyCol);
    rows.set(item, bottom);
    out.actions.push(RepairNote.item(ws.name, item.header, bottom, item.since));
  }
  if (tableAllowed) rebuildTable(ws, form.table, { top, bottom, left, right }, out);
  for (const [item, row] of rows) setColumnValidation(ws, layout.valueCol, row, row, item, lists);
  return out;
}
