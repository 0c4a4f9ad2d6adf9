/**
 * Where a standard sheet's fields and data rows are on a grid: the one place that maps catalog
 * fields to columns (by header text, never by position — spec intro) and decides which rows are
 * data rows (spec "Conventions": any non-blank user cell; formula columns do not count). Shared by
 * validation, fix planning and the xlsx repair.
 * @module
 */
import type { FieldSpec, FormSpec, LedgerSpec } from "../catalog";
import type { CellValue, SheetGrid } from "../grid";
import { cellAt, columnFor, headerKey, headerSearchRows, lastRow, locateHeaders, type HeaderLocation } from "./locate";
import type { LocatedField } from "./parsed";
import { isBlank } from "./check-cell";

/** A ledger as found on its sheet. */
export interface LedgerLayout {
  readonly loc: HeaderLocation;
  /** Standard fields found, each at the first column carrying its header. */
  readonly located: readonly LocatedField[];
  /** 1-based rows below the header row holding data (see {@link isDataRow}), ascending. */
  readonly dataRows: readonly number[];
  /** Last 1-based column of the used range (user-added columns included). */
  readonly width: number;
}

/** Last 1-based column of a grid's used range. */
export function gridWidth(grid: SheetGrid): number {
  let width = 0;
  for (const r of grid.values) if (r.length > width) width = r.length;
  return width + grid.originCol - 1;
}

/** True when `row` has a non-blank cell outside `formulaCols` (standard or user-added columns). */
export function isDataRow(grid: SheetGrid, row: number, formulaCols: ReadonlySet<number>, width = gridWidth(grid)): boolean {
  for (let c = grid.originCol; c <= width; c++) if (!formulaCols.has(c) && !isBlank(cellAt(grid, row, c))) return true;
  return false;
}

/** A ledger's header and columns as found on a grid, before its data rows are known. */
export interface LedgerColumns {
  readonly loc: HeaderLocation;
  readonly located: readonly LocatedField[];
  readonly width: number;
  /** Indexes in a grid row (col − originCol) of the columns whose cells make a data row (all but formula columns). */
  readonly dataIndexes: readonly number[];
}

/** The header and columns of a ledger on `grid`, or undefined when no header row is found. */
export function ledgerColumns(grid: SheetGrid, spec: LedgerSpec): LedgerColumns | undefined {
  const loc = locateHeaders(grid, spec.table, spec.columns);
  if (!loc) return undefined;
  const located: LocatedField[] = [];
  for (const field of spec.columns) {
    const match = columnFor(loc, field, spec.columns);
    if (match) located.push(match.variant ? { field, col: match.cols[0], variant: match.variant } : { field, col: match.cols[0] });
  }
  const formulaCols = new Set(located.filter((l) => l.field.type === "formula").map((l) => l.col));
  const width = gridWidth(grid);
  const dataIndexes: number[] = [];
  for (let c = grid.originCol; c <= width; c++) if (!formulaCols.has(c)) dataIndexes.push(c - grid.originCol);
  return { loc, located, width, dataIndexes };
}

/** {@link isDataRow} for a grid row's cells (`grid.values[r]`), given {@link LedgerColumns.dataIndexes}. */
export function isDataCells(cells: readonly CellValue[], dataIndexes: readonly number[]): boolean {
  for (const k of dataIndexes) {
    const v = cells[k];
    if (v !== undefined && !isBlank(v)) return true;
  }
  return false;
}

/**
 * The layout of a ledger on `grid`, or undefined when no header row is found (see
 * `locateHeaders`). Duplicated headers map to their first column.
 */
export function ledgerLayout(grid: SheetGrid, spec: LedgerSpec): LedgerLayout | undefined {
  const columns = ledgerColumns(grid, spec);
  if (!columns) return undefined;
  const { loc, located, width, dataIndexes } = columns;
  const dataRows: number[] = [];
  if (located.length > 0) {
    for (let row = loc.headerRow + 1; row <= lastRow(grid); row++) {
      const cells = grid.values[row - grid.originRow];
      if (cells !== undefined && isDataCells(cells, dataIndexes)) dataRows.push(row);
    }
  }
  return { loc, located, dataRows, width };
}

/** The 基本信息 form as found: its header location, the 项目/内容 columns and each item's row. */
export interface ProfileLayout {
  readonly loc: HeaderLocation;
  readonly keyCol: number;
  readonly valueCol: number;
  /** Item (catalog field) → 1-based row of its first occurrence in the 项目 column. */
  readonly rows: ReadonlyMap<FieldSpec, number>;
  /** Items found under one of their catalog synonyms (`单位全称` for 单位名称) → the 项目 text as typed. */
  readonly variants: ReadonlyMap<FieldSpec, string>;
}

/**
 * A form typed without its header row: the first of the first 6 columns that names 单位名称 and at least
 * two of 单位类型, 报告年度, 报告期 among its first 30 rows; its header row is taken as the row above the
 * first item (no header cells: `viaTable` false, and the checks say the table is missing).
 */
function headerlessForm(grid: SheetGrid, form: FormSpec): HeaderLocation | undefined {
  const wanted = new Set(form.items.map((i) => i.header));
  const stop = Math.min(lastRow(grid), grid.originRow + headerSearchRows - 1);
  for (let col = grid.originCol; col < grid.originCol + 6; col++) {
    const hits = new Map<string, number>();
    for (let row = grid.originRow; row <= stop; row++) {
      const key = headerKey(cellAt(grid, row, col));
      if (key && wanted.has(key) && !hits.has(key)) hits.set(key, row);
    }
    const core = ["单位类型", "报告年度", "报告期"].filter((h) => hits.has(h)).length;
    if (!hits.has("单位名称") || core < 2) continue;
    const first = Math.min(...hits.values());
    return { headerRow: first - 1, viaTable: false, columns: new Map([[form.keyHeader, [col]], [form.valueHeader, [col + 1]]]) };
  }
  return undefined;
}

/** The layout of the 基本信息 form on `grid`, or undefined when 项目/内容 are not found (or, headerless, its items). */
export function profileLayout(grid: SheetGrid, form: FormSpec): ProfileLayout | undefined {
  const pseudo: FieldSpec[] = [
    { id: "key", header: form.keyHeader, type: "text", required: true },
    { id: "value", header: form.valueHeader, type: "text", required: true },
  ];
  const found = locateHeaders(grid, form.table, pseudo);
  const headed = found && found.columns.get(form.keyHeader)?.[0] !== undefined && found.columns.get(form.valueHeader)?.[0] !== undefined;
  // A hand-made form without its 项目 | 内容 header (`单位名称 | 城东社区居委会` from row 2): the column of
  // item names is the 项目 column, the next one the 内容 (new-user test 3, D4).
  const loc = headed ? found : headerlessForm(grid, form);
  const keyCol = loc?.columns.get(form.keyHeader)?.[0];
  const valueCol = loc?.columns.get(form.valueHeader)?.[0];
  if (!loc || keyCol === undefined || valueCol === undefined) return undefined;
  const rowOf = new Map<string, number>();
  for (let row = loc.headerRow + 1; row <= lastRow(grid); row++) {
    const key = headerKey(cellAt(grid, row, keyCol));
    if (key && !rowOf.has(key)) rowOf.set(key, row);
  }
  const rows = new Map<FieldSpec, number>();
  const variants = new Map<FieldSpec, string>();
  for (const item of form.items) {
    const row = rowOf.get(item.header);
    if (row !== undefined) {
      rows.set(item, row);
      continue;
    }
    // `单位全称` for 单位名称 (new-user test 31, D28): read, and told (profile.item-variant).
    const synonym = (item.synonyms ?? []).find((k) => rowOf.has(k));
    if (synonym !== undefined) {
      rows.set(item, rowOf.get(synonym) as number);
      variants.set(item, synonym);
    }
  }
  return { loc, keyCol, valueCol, rows, variants };
}
