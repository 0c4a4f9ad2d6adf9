/**
 * The read half of imposing the standard workbook: what is there already. Three syncs whatever
 * the row count: (1) sheets, tables and the version name; (2) each standard sheet's tables with
 * their header rows, used range, title cell and a 30-row window for finding headers without a
 * table, plus protection and charts of the generated sheets; (3) the cells right of / below each
 * table that a repair would grow into, the blank cells of formula columns (ExcelApi 1.9) and the
 * merged areas inside each table (ExcelApi 1.13).
 * A data sheet the user protected is planned as skipped (with the table found on it, so that
 * formulas over its table can still be written elsewhere).
 * @module
 */
import { fieldsOf, type Catalog, type FieldSpec, type FormSpec, type LedgerSpec } from "../../../core/catalog";
import { INDICATOR_CHARTS, LIST_SHEET, isIndicators } from "../../../core/catalog";
import { cellAddress, parseRange, type CellValue, type RangeBounds } from "../../../core/grid";
import { headerKey, locateHeaders, matchHeaderRow } from "../../../core/validate/locate";
import { profileLayout } from "../../../core/validate/layout";
import type { ExcelFeatures, XlChart, XlContext, XlRange, XlRangeAreas, XlTable, XlWorksheet } from "../types";

/** Rows searched for a header row on a sheet that lost its table. */
const WINDOW = "A1:AZ30";

/** A standard table found (or to be created over existing data) on a sheet. */
export interface FoundTable {
  /** The existing table object; undefined when a table is to be created over `bounds`. */
  readonly table?: XlTable;
  /** Its current name (renamed to the catalog's when different). */
  readonly name?: string;
  readonly bounds: RangeBounds;
  /** Header keys (trimmed, `*` dropped) in column order. */
  readonly headers: readonly string[];
  /** 基本信息: the table's values (header row first). */
  readonly values?: readonly (readonly CellValue[])[];
  /**
   * 基本信息: its 项目 and 内容 columns (1-based) as the core's `profileLayout` finds them — the 内容 column
   * may be headed `值` or not headed at all — and its header row: `headed` (项目 is there), `write` (the
   * row above the items is empty: 项目 | 内容 is written there) or `blocked` (no empty row: no table).
   */
  readonly form?: { readonly keyCol: number; readonly valueCol: number; readonly header: "headed" | "write" | "blocked" };
  /**
   * A ledger table with data typed below its end (the check's `table.rows-outside`): the table's own last row; `bounds`
   * then reaches the last data row, and repair resizes the table over it as the CLI's `upgrade` rebuilds it (new-user
   * test 42, D13).
   */
  readonly tableBottom?: number;
}

/** What to do with one form or ledger sheet. */
/**
 * A table that holds the catalog's table name on another sheet (a renamed copy of a standard sheet,
 * `宣传` with `tbl_Publicity`): Excel refuses a second table of that name, so it is renamed first
 * (`to`); its sheet and data are left as they are.
 */
export interface StrayTable {
  readonly table: XlTable;
  readonly sheet: string;
  readonly to: string;
}

export type SheetPlan =
  | { readonly kind: "create"; readonly spec: LedgerSpec | FormSpec; readonly ws?: XlWorksheet; readonly stray?: StrayTable }
  | {
      readonly kind: "repair";
      readonly spec: LedgerSpec | FormSpec;
      readonly ws: XlWorksheet;
      readonly found: FoundTable;
      readonly titleBlank: boolean;
      readonly rightFree: boolean;
      readonly belowFree: boolean;
      readonly blanks: Map<string, XlRangeAreas>;
      /** Merged areas inside the table (ExcelApi 1.13; absent without it): unmerged on repair, as the CLI's upgrade does. */
      readonly merges?: XlRangeAreas;
      readonly stray?: StrayTable;
    }
  | {
      readonly kind: "skip";
      readonly spec: LedgerSpec | FormSpec;
      readonly ws: XlWorksheet;
      readonly protected?: boolean;
      readonly found?: FoundTable;
      /** 基本信息 typed without its header and no empty row above the items to write it in. */
      readonly formHeaderBlocked?: boolean;
    };

/** State of a generated sheet (填报说明, 指标汇总, the list sheet). */
export interface GeneratedState {
  readonly ws?: XlWorksheet;
  readonly protected: boolean;
  /** 指标汇总: charts by name, present or null objects. */
  readonly charts: Map<string, XlChart>;
}

/** Everything the write half needs. */
export interface Inspection {
  readonly plans: readonly SheetPlan[];
  readonly generated: Map<string, GeneratedState>;
  /** The version name's reference (`填报说明!$B$2`) and the text it holds, when present. */
  readonly version?: { readonly ref: string; readonly text: string };
}

/** The fields whose headers a sheet's table must hold (form: 项目 | 内容). */
export function headerFields(spec: LedgerSpec | FormSpec): readonly FieldSpec[] {
  if (spec.kind === "ledger") return spec.columns;
  return [
    { id: "key", header: spec.keyHeader, type: "text", required: true },
    { id: "value", header: spec.valueHeader, type: "text", required: true },
  ];
}

const rowsOf = (r: XlRange): CellValue[][] => r.values as CellValue[][];

/**
 * Reads what imposing needs to decide, in three syncs.
 * Requirement sets: ExcelApi 1.4 (…OrNullObject), 1.2 (protection), 1.9 (blank cells; skipped without).
 */
export async function inspectWorkbook(context: XlContext, catalog: Catalog, features: ExcelFeatures): Promise<Inspection> {
  const wb = context.workbook;
  wb.worksheets.load("items/name");
  wb.tables.load("items/name,items/worksheet/name");
  const versionName = wb.names.getItemOrNullObject(catalog.versionName).load("value");
  await context.sync();

  const sheetNamed = (name: string) => wb.worksheets.items.find((ws) => ws.name === name || ws.name.trim() === name);
  const dataSpecs = catalog.sheets.filter((s): s is LedgerSpec | FormSpec => s.kind !== "generated");
  const probes = dataSpecs.map((spec) => {
    const ws = sheetNamed(spec.sheet);
    if (!ws) return { spec };
    const tables = wb.tables.items
      .filter((t) => t.worksheet.name === ws.name)
      .map((table) => ({ table, range: table.getRange().load(spec.kind === "form" ? "address,values" : "address"), header: table.getHeaderRowRange().load("values") }));
    return { spec, ws, tables, used: ws.getUsedRangeOrNullObject(true).load("address"), window: ws.getRange(WINDOW).load("values"), protection: ws.protection.load("protected") };
  });
  const generated = new Map<string, GeneratedState>();
  const genProbes = [...catalog.sheets.filter((s) => s.kind === "generated").map((s) => s.sheet), LIST_SHEET].map((name) => {
    const ws = sheetNamed(name);
    const spec = catalog.sheets.find((s) => s.sheet === name);
    const charts = new Map<string, XlChart>();
    if (ws && spec && isIndicators(spec)) for (const c of INDICATOR_CHARTS) charts.set(c.name, ws.charts.getItemOrNullObject(c.name).load("name"));
    return { name, ws, protection: ws?.protection.load("protected"), charts };
  });
  const versionRef = versionName.isNullObject ? undefined : String(versionName.value ?? "").replace(/^=/, "");
  const versionCell = versionRef ? versionCellRange(versionRef, sheetNamed) : undefined;
  await context.sync();

  for (const g of genProbes) generated.set(g.name, { ws: g.ws, protected: g.protection?.protected ?? false, charts: g.charts });

  const pending = probes.map((p) => {
    if (!p.ws || !p.tables || !p.used || !p.window) return { plan: { kind: "create", spec: p.spec } as SheetPlan };
    const fields = headerFields(p.spec);
    const used = p.used.isNullObject ? undefined : parseRange(p.used.address);
    const found = p.spec.kind === "form" ? findForm(p.spec, p.tables, rowsOf(p.window), used) : findTable(p.spec, fields, p.tables, rowsOf(p.window), used);
    // A protected data sheet is left as it is (every write to it would fail: P14).
    if (p.protection?.protected) return { plan: { kind: "skip", spec: p.spec, ws: p.ws, protected: true, found } as SheetPlan };
    if (!found) return { plan: (p.used.isNullObject ? { kind: "create", spec: p.spec, ws: p.ws } : { kind: "skip", spec: p.spec, ws: p.ws }) as SheetPlan };
    // Items typed from row 1, or under a title, with no row free for 项目 | 内容: no table (as the CLI's upgrade).
    if (found.form?.header === "blocked") return { plan: { kind: "skip", spec: p.spec, ws: p.ws, found, formHeaderBlocked: true } as SheetPlan };
    const b = found.bounds;
    const right = p.ws.getRange(`${cellAddress(b.top, b.right + 1)}:${cellAddress(b.bottom, b.right + fields.length)}`).load("values");
    const below = p.ws.getRange(`${cellAddress(b.bottom + 1, b.left)}:${cellAddress(b.bottom + 1 + fieldsOf(p.spec).length, b.right)}`).load("values");
    const blanks = new Map<string, XlRangeAreas>();
    if (features.api19 && p.spec.kind === "ledger" && b.bottom > b.top) {
      for (const f of p.spec.columns.filter((c) => c.type === "formula")) {
        const i = matchHeaderRow(found.headers, fields).index.get(f.header) ?? -1;
        if (i >= 0) blanks.set(f.header, p.ws.getRange(`${cellAddress(b.top + 1, b.left + i)}:${cellAddress(b.bottom, b.left + i)}`).getSpecialCellsOrNullObject("Blanks").load("address"));
      }
    }
    // Merged cells inside the table (a 类型 typed once over two rows): unmerged on repair (new-user test 2, D8).
    const merges = features.api113 ? p.ws.getRange(`${cellAddress(b.top, b.left)}:${cellAddress(b.bottom, b.right)}`).getMergedAreasOrNullObject().load("address,isNullObject") : undefined;
    return { ws: p.ws, spec: p.spec, found, right, below, blanks, merges, window: rowsOf(p.window) };
  });
  await context.sync();

  const plans = pending.map((q): SheetPlan => {
    if ("plan" in q) return q.plan as SheetPlan;
    const blank = (r: XlRange) => rowsOf(r).every((row) => row.every((v) => v === "" || v === null));
    const headerRow = q.found.bounds.top;
    const title = headerRow >= 2 ? q.window[headerRow - 2]?.[0] : "x";
    return { kind: "repair", spec: q.spec, ws: q.ws, found: q.found, titleBlank: title === "" || title === null || title === undefined, rightFree: blank(q.right), belowFree: blank(q.below), blanks: q.blanks, ...(q.merges ? { merges: q.merges } : {}) };
  });
  // A table of the standard name on some other sheet would make Excel refuse the standard one.
  const names = new Set(wb.tables.items.map((t) => t.name));
  const withStray = plans.map((plan): SheetPlan => {
    if (plan.kind === "skip") return plan;
    const holder = wb.tables.items.find((t) => t.name === plan.spec.table && t.worksheet.name !== plan.ws?.name);
    if (!holder) return plan;
    let to = `${plan.spec.table}_old`;
    for (let n = 2; names.has(to); n += 1) to = `${plan.spec.table}_old${n}`;
    names.add(to);
    return { ...plan, stray: { table: holder, sheet: holder.worksheet.name, to } };
  });
  return { plans: withStray, generated, version: versionRef && versionCell ? { ref: versionRef, text: String(versionCell.values[0]?.[0] ?? "") } : undefined };
}

function versionCellRange(ref: string, sheetNamed: (name: string) => XlWorksheet | undefined): XlRange | undefined {
  const bang = ref.lastIndexOf("!");
  if (bang < 0) return undefined;
  const ws = sheetNamed(ref.slice(0, bang).replace(/^'|'$/g, "").replace(/''/g, "'"));
  return ws?.getRange(ref.slice(bang + 1).replace(/\$/g, "")).load("values");
}

/**
 * The 基本信息 form on a sheet, found as the checks and the CLI's `upgrade` find it (core
 * `profileLayout`): under 项目 | 内容, under 项目 | 值 (the 内容 column is the one right of 项目), or
 * typed without a header. The table kept is the one of the catalog's name or the one over the 项目
 * column; else one is to be created over the items, down to the last filled row of the two columns.
 */
function findForm(
  spec: FormSpec,
  tables: readonly { table: XlTable; range: XlRange; header: XlRange }[],
  window: CellValue[][],
  used: RangeBounds | undefined,
): FoundTable | undefined {
  const refs = tables.map((t) => ({ ...t, bounds: parseRange(t.range.address) }));
  const grid = { name: spec.sheet, originRow: 1, originCol: 1, values: window, tables: refs.flatMap((t) => (t.bounds ? [{ name: t.table.name, ref: rangeRef(t.bounds) }] : [])) };
  const layout = profileLayout(grid, spec);
  if (!layout) return findTable(spec, headerFields(spec), tables, window, used);
  const { keyCol, valueCol } = layout;
  const top = layout.loc.headerRow;
  const blank = (v: CellValue | undefined) => v === "" || v === null || v === undefined;
  const at = (r: number, c: number) => window[r - 1]?.[c - 1];
  const header = top >= 1 && headerKey(at(top, keyCol) ?? null) === spec.keyHeader ? "headed" : top >= 1 && blank(at(top, keyCol)) && blank(at(top, valueCol)) ? "write" : "blocked";
  const hit = refs.find((t) => t.table.name.toLowerCase() === spec.table.toLowerCase()) ?? refs.find((t) => t.bounds && t.bounds.left <= keyCol && keyCol <= t.bounds.right && t.bounds.top <= top + 1 && top <= t.bounds.bottom);
  const form = { keyCol, valueCol, header } as const;
  if (hit && header !== "headed") return findTable(spec, headerFields(spec), tables, window, used);
  if (hit?.bounds) {
    return { table: hit.table, name: hit.table.name, bounds: hit.bounds, headers: (hit.header.values[0] ?? []).map((v) => headerKey(v as CellValue)), values: rowsOf(hit.range), form };
  }
  const left = Math.min(keyCol, valueCol);
  const right = Math.max(keyCol, valueCol);
  let bottom = Math.max(top + 1, ...layout.rows.values());
  const last = Math.min(window.length, used?.bottom ?? window.length);
  for (let r = bottom + 1; r <= last; r++) if (!blank(at(r, keyCol)) || !blank(at(r, valueCol))) bottom = r;
  const values = window.slice(Math.max(0, top - 1), bottom).map((r) => r.slice(left - 1, right));
  if (header === "write") values[0] = [spec.keyHeader, spec.valueHeader];
  return { bounds: { top, left, bottom, right }, headers: (values[0] ?? []).map((v) => headerKey(v as CellValue)), values, form };
}

const rangeRef = (b: RangeBounds): string => `${cellAddress(b.top, b.left)}:${cellAddress(b.bottom, b.right)}`;

/**
 * The last row (1-based) with a value in a table's columns below its end, as far as the window and the used range show
 * (data on past the window's last row reaches the used range's last row); the table's own bottom when there is none.
 */
function lastDataBelow(window: CellValue[][], bounds: RangeBounds, used: RangeBounds | undefined): number {
  const blank = (v: CellValue | undefined) => v === "" || v === null || v === undefined;
  const filled = (r: number) => (window[r - 1] ?? []).slice(bounds.left - 1, bounds.right).some((v) => !blank(v));
  const last = Math.min(window.length, used?.bottom ?? window.length);
  let bottom = bounds.bottom;
  for (let r = bounds.bottom + 1; r <= last; r++) if (filled(r)) bottom = r;
  if (used && used.bottom > window.length && bottom === window.length) bottom = used.bottom;
  return bottom;
}

/**
 * The standard table of a sheet: the table of the catalog's name; else a table whose header row
 * holds a required header or two headers (renamed table); else a header row found in the window
 * (a table to create over the data down to the used range's last row).
 */
function findTable(
  spec: LedgerSpec | FormSpec,
  fields: readonly FieldSpec[],
  tables: readonly { table: XlTable; range: XlRange; header: XlRange }[],
  window: CellValue[][],
  used: RangeBounds | undefined,
): FoundTable | undefined {
  const wanted = new Set(fields.map((f) => f.header));
  const required = fields.filter((f) => f.required).map((f) => f.header);
  const score = (headers: readonly string[]) => ({ req: headers.filter((h) => required.includes(h)).length, all: headers.filter((h) => wanted.has(h)).length });
  const candidates = tables.map((t) => ({ ...t, headers: (t.header.values[0] ?? []).map((v) => headerKey(v as CellValue)) }));
  const named = candidates.find((t) => t.table.name.toLowerCase() === spec.table.toLowerCase());
  const renamed = candidates.find((t) => {
    const s = score(t.headers);
    return s.req >= 1 || s.all >= 2;
  });
  const hit = named ?? renamed;
  if (hit) {
    const bounds = parseRange(hit.range.address);
    if (bounds && spec.kind === "ledger") {
      const bottom = lastDataBelow(window, bounds, used);
      if (bottom > bounds.bottom) return { table: hit.table, name: hit.table.name, bounds: { ...bounds, bottom }, headers: hit.headers, tableBottom: bounds.bottom };
    }
    if (bounds) return { table: hit.table, name: hit.table.name, bounds, headers: hit.headers, values: spec.kind === "form" ? rowsOf(hit.range) : undefined };
  }
  const grid = { name: spec.sheet, originRow: 1, originCol: 1, values: window, tables: [] };
  const loc = locateHeaders(grid, spec.table, fields);
  if (!loc) return undefined;
  const cols = [...loc.columns.values()].flat();
  const left = Math.min(...cols);
  const row = window[loc.headerRow - 1] ?? [];
  let right = left;
  while (right < row.length && headerKey(row[right] as CellValue)) right++;
  const bottom = Math.max(loc.headerRow + 1, used?.bottom ?? loc.headerRow + 1);
  const headers = row.slice(left - 1, right).map((v) => headerKey(v as CellValue));
  const values = spec.kind === "form" ? window.slice(loc.headerRow - 1, bottom).map((r) => r.slice(left - 1, right)) : undefined;
  return { bounds: { top: loc.headerRow, left, bottom, right }, headers, values };
}
