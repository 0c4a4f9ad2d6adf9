/**
 * Finding a standard table on a sheet by its header texts, never by position (spec intro).
 * @module
 */
import type { FieldSpec } from "../catalog";
import { parseRange, type SheetGrid, type CellValue } from "../grid";
import { readText } from "../normalize/text";

/** Where a table's header row is and which column holds each header. */
export interface HeaderLocation {
  /** 1-based row of the header row. */
  readonly headerRow: number;
  /** Last 1-based row of the table object, when there is one. */
  readonly tableEnd?: number;
  /** True when found through the named Excel table. */
  readonly viaTable: boolean;
  /** Trimmed header text (without a trailing `*`) → 1-based columns where it appears. */
  readonly columns: ReadonlyMap<string, readonly number[]>;
}

/** Cell value at a 1-based row/col of a grid (null outside the used range). */
export function cellAt(grid: SheetGrid, row: number, col: number): CellValue {
  const r = grid.values[row - grid.originRow];
  if (!r) return null;
  const v = r[col - grid.originCol];
  return v === undefined ? null : v;
}

/** Last 1-based row of the grid's used range. */
export function lastRow(grid: SheetGrid): number {
  return grid.originRow + grid.values.length - 1;
}

/** Header text as compared: trimmed, full-width spaces removed, a trailing `*`/`＊` dropped. */
export function headerKey(v: CellValue): string {
  return readText(v).replace(/[*＊]+$/u, "").trim();
}

function headersOfRow(grid: SheetGrid, row: number, left = grid.originCol, right?: number): Map<string, number[]> {
  const r = grid.values[row - grid.originRow] ?? [];
  const last = right ?? grid.originCol + r.length - 1;
  const map = new Map<string, number[]>();
  for (let c = left; c <= last; c++) {
    const key = headerKey(cellAt(grid, row, c));
    if (!key) continue;
    const cols = map.get(key);
    if (cols) cols.push(c);
    else map.set(key, [c]);
  }
  return map;
}

/** How many rows from the top are searched for a header row when the table object is gone. */
/** Rows searched for a header row (from the grid's first row). */
export const headerSearchRows = 30;

/**
 * Locates the header row of a standard table: through the Excel table named `tableName` when it
 * exists, else the row among the first 30 that holds the most of `fields`' headers (at least
 * one required header, or two headers). Undefined when nothing matches.
 */
export function locateHeaders(grid: SheetGrid, tableName: string, fields: readonly FieldSpec[]): HeaderLocation | undefined {
  const table = grid.tables.find((t) => t.name.toLowerCase() === tableName.toLowerCase());
  const bounds = table ? parseRange(table.ref) : undefined;
  if (bounds) {
    return { headerRow: bounds.top, tableEnd: bounds.bottom, viaTable: true, columns: headersOfRow(grid, bounds.top, bounds.left, bounds.right) };
  }
  const wanted = new Set(fields.flatMap((f) => [f.header, ...(f.synonyms ?? [])]));
  const required = new Set(fields.filter((f) => f.required).map((f) => f.header));
  let best: { row: number; score: number; map: Map<string, number[]> } | undefined;
  const stop = Math.min(lastRow(grid), grid.originRow + headerSearchRows - 1);
  for (let row = grid.originRow; row <= stop; row++) {
    const map = headersOfRow(grid, row);
    let score = 0;
    let req = 0;
    for (const key of map.keys()) {
      if (wanted.has(key)) score++;
      if (required.has(key)) req++;
    }
    if ((req >= 1 || score >= 2) && (!best || score > best.score)) best = { row, score, map };
  }
  return best ? { headerRow: best.row, viaTable: false, columns: best.map } : undefined;
}

/** A header's stem: spaces and a trailing bracketed note (`（元）`, `(人)`) removed. */
const headerStem = (h: string): string => h.replace(/\s+/gu, "").replace(/[（(][^（()）]*[)）]$/u, "");

/**
 * The columns of `field` at `loc`: under its exact header, else under the one header on the sheet
 * that is the standard header with a unit or note added (`注册人数（人）`, `投入金额(元)`), else under
 * one of the field's catalog synonyms (`活动时间` for 日期) — then `variant` is that header text.
 * Undefined when none is there.
 */
export function columnFor(loc: HeaderLocation, field: FieldSpec, fields: readonly FieldSpec[]): { readonly cols: readonly number[]; readonly variant?: string } | undefined {
  const exact = loc.columns.get(field.header);
  if (exact) return { cols: exact };
  const standard = new Set(fields.map((f) => f.header));
  const stem = headerStem(field.header);
  const found = [...loc.columns.keys()].filter((k) => !standard.has(k) && headerStem(k) === stem);
  const cols = found.length === 1 ? loc.columns.get(found[0]) : undefined;
  if (cols) return { cols, variant: found[0] };
  // A synonym the catalog gives (`活动时间` for 日期, `说明（备注）` for 备注), with or without a note added:
  // the first synonym in the catalog's order that is on the sheet once.
  for (const synonym of field.synonyms ?? []) {
    const typed = [...loc.columns.keys()].filter((k) => !standard.has(k) && headerStem(k) === synonym);
    const at = typed.length === 1 ? loc.columns.get(typed[0]) : undefined;
    if (at) return { cols: at, variant: typed[0] };
  }
  return undefined;
}

/**
 * A header row (header keys, left to right, as {@link headerKey} reads them) matched against the
 * standard fields exactly as the checks and the CLI's `upgrade` match them ({@link columnFor}):
 * `index` maps each field's header to the 0-based position of its column (its exact header, else
 * the one variant with a unit or note added); `variants` maps a field's header to the variant
 * typed instead (which a repair changes back); `unknown` lists the other non-blank headers (user
 * columns), in order. The Excel pane's impose uses it, so that it never adds a second
 * `注册人数` beside a `注册人数（人）` the checks already read.
 */
export function matchHeaderRow(
  headers: readonly string[],
  fields: readonly FieldSpec[],
): { readonly index: ReadonlyMap<string, number>; readonly variants: ReadonlyMap<string, string>; readonly unknown: readonly string[] } {
  const columns = new Map<string, number[]>();
  headers.forEach((h, i) => h && columns.set(h, [...(columns.get(h) ?? []), i + 1]));
  const loc: HeaderLocation = { headerRow: 1, viaTable: true, columns };
  const index = new Map<string, number>();
  const variants = new Map<string, string>();
  const claimed = new Set<string>(fields.map((f) => f.header));
  for (const f of fields) {
    const found = columnFor(loc, f, fields);
    if (!found) continue;
    index.set(f.header, found.cols[0] - 1);
    if (found.variant) {
      claimed.add(found.variant);
      variants.set(f.header, found.variant);
    }
  }
  return { index, variants, unknown: headers.filter((h) => h && !claimed.has(h)) };
}
