/**
 * Reads the open workbook into the core's `WorkbookSnapshot`: the standard sheets' used ranges
 * (`values` only), the formulas of formula columns (整改率, for the typed-over check), tables
 * and defined names. Syncs: 1 for sheets, tables and names, 1 for used ranges and table ranges
 * (and, when a standard sheet is missing, the top of the other sheets: renamed-sheets.ts),
 * then 1 per block of values (all standard sheets in one block when they fit ~4 MB). The number
 * of syncs grows with the row count only through those blocks.
 *
 * Each sheet is read up to its tables' right edge (column AZ without a table) plus 8 columns: cells far
 * to the right of everything (a stray value in XFD) are not read (audit §3 P2).
 *
 * Requirement sets: ExcelApi 1.4 (getUsedRangeOrNullObject, named items), 1.2 (valuesOnly); options
 * `merges` 1.13, `formulaCells` 1.9.
 * @module
 */
import { fieldsOf, type Catalog } from "../../core/catalog";
import { cellAddress, parseRange, type CellValue, type SheetGrid, type TableRef, type WorkbookSnapshot } from "../../core/grid";
import { DEFAULT_BLOCK_BYTES, readInBlocks, type ReadRequest } from "./read-blocks";
import { queueRenameProbe } from "./renamed-sheets";
import { SUMMARY_SHEET } from "../../core/rollup/summary-sheet";
import type { RunExcel, XlRange, XlRangeAreas, XlTable, XlWorksheet } from "./types";

/** Options of readSnapshot. */
export interface ReadSnapshotOptions {
  /** Byte budget per sync (default ~4 MB, under Excel on the web's 5 MB). */
  readonly blockBytes?: number;
  /** Estimated JSON bytes per value cell before the first block is measured (default 24). */
  readonly bytesPerCell?: number;
  /** Progress of the value reads: (blocks done, blocks planned). */
  readonly onProgress?: (done: number, planned: number) => void;
  /**
   * Read the merged areas of each data sheet (ExcelApi 1.13 `Range.getMergedAreasOrNullObject`, in the
   * sync that reads the used ranges: no sync more), so that the checks explain a merged cell read as blank as they do on a file (new-user
   * test D19). Off where the host lacks ExcelApi 1.13.
   */
  readonly merges?: boolean;
  /**
   * Read the formulas of every cell that holds one (ExcelApi 1.9 `getSpecialCellsOrNullObject("Formulas")`,
   * in the used-range sync; then their formulas in the value blocks), so that the checks say a figure was
   * typed as a formula, or that a formula has no result, as they do on a file (new-user test 2, D1).
   * Without it, only the formula columns (整改率) are read. Off where the host lacks ExcelApi 1.9.
   */
  readonly formulaCells?: boolean;
  /**
   * Sheets of the user's own making to read too, by name (导入已有台账, issue #16): each is read as a
   * plain grid (used range, merged areas, formulas, tables) whatever the catalog says about it; a
   * name the workbook lacks is ignored. Only these are added: the standard sheets are read as always.
   */
  readonly extraSheets?: readonly string[];
  /** Read the `extraSheets` only, none of the standard sheets (the user's own sheets that look like ledgers). */
  readonly onlyExtra?: boolean;
}

/** Above this many formula areas on a sheet, their bounding rectangle is read instead (one request). */
const MAX_FORMULA_AREAS = 256;

/** Columns read on a sheet without a table (A…AZ, where a header row is searched), and beyond the tables' right edge. */
const READ_MIN_RIGHT = 52;
const READ_MARGIN_COLUMNS = 8;

const VISIBILITY: Record<string, SheetGrid["visibility"]> = { Visible: "visible", Hidden: "hidden", VeryHidden: "veryHidden" };

/** `问题整改!A2:H10` / `'a b'!A2` → `A2:H10`. */
export function bareAddress(address: string): string {
  return address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
}

/** A defined name's value as the core keeps it: `=填报说明!$B$2` → `填报说明!$B$2`. */
function nameRef(value: unknown): string {
  return String(value ?? "").replace(/^=/, "");
}

/**
 * Reads the standard sheets of the open workbook (plus the generated ones, by name only, and the
 * values of 上期指标, v1.2).
 * @throws the Office.js error of a failing sync (see describeExcelError for the user message).
 */
export async function readSnapshot(run: RunExcel, catalog: Catalog, options: ReadSnapshotOptions = {}): Promise<WorkbookSnapshot> {
  return run(async (context) => {
    const wb = context.workbook;
    wb.worksheets.load("items/name,items/visibility");
    wb.tables.load("items/name,items/worksheet/name");
    wb.names.load("items/name,items/type,items/value");
    await context.sync();

    const specOf = new Map(catalog.sheets.map((s) => [s.sheet, s]));
    // A sheet holding a standard table under another name (the user renamed 活动台账 to 活动记录) is read
    // too, so that the checks can say it was renamed, as they do on the file (new-user test D8).
    const tableNames = new Set(catalog.sheets.flatMap((s) => ("table" in s && s.table ? [s.table.toLowerCase()] : [])));
    const holders = new Set(wb.tables.items.filter((t) => tableNames.has(t.name.toLowerCase())).map((t) => t.worksheet.name));
    // v1.2: 上期指标 (the previous period's figures, written by 开始下一期) is read as data too.
    const previous = catalog.previousPeriod?.sheet;
    const extra = new Set(options.extraSheets ?? []);
    // A roll-up's 汇总 sheet is read too: its 状态 column says which units were left out (new-user test 11, D13).
    const isStandard = (name: string): boolean => specOf.has(name) || specOf.has(name.trim()) || holders.has(name) || (previous !== undefined && name.trim() === previous) || name.trim() === SUMMARY_SHEET;
    const known = wb.worksheets.items.filter((ws) => (!options.onlyExtra && isStandard(ws.name)) || extra.has(ws.name));
    // A renamed sheet without a standard table (typed by hand, or converted to a range) is known by its
    // headers, as on a file (new-user test 2, D5): when a standard sheet is missing, the top of every
    // other sheet is read in the next sync, and its used range etc. with it, kept if it matches.
    const probe = options.onlyExtra ? undefined : queueRenameProbe(catalog, { worksheets: wb.worksheets.items, tables: wb.tables.items });
    const others = probe ? wb.worksheets.items.filter((ws) => !known.includes(ws) && ws.visibility !== "VeryHidden") : [];
    const isData = (ws: XlWorksheet): boolean => extra.has(ws.name) || (specOf.get(ws.name) ?? specOf.get(ws.name.trim()))?.kind !== "generated";
    const used = new Map<XlWorksheet, XlRange>();
    for (const ws of [...known.filter(isData), ...others]) used.set(ws, ws.getUsedRangeOrNullObject(true).load("address,isNullObject"));
    // Merged areas of the whole sheet, in the same sync (never a null range to ask: a sheet's range is never null).
    const merged = new Map<string, XlRangeAreas>();
    if (options.merges) for (const ws of used.keys()) merged.set(ws.name, ws.getRange().getMergedAreasOrNullObject().load("address,isNullObject"));
    const formulaAreas = new Map<string, XlRangeAreas>();
    if (options.formulaCells) for (const ws of used.keys()) formulaAreas.set(ws.name, ws.getRange().getSpecialCellsOrNullObject("Formulas").load("address,isNullObject"));
    const queued = wb.tables.items
      .filter((t) => [...used.keys()].some((ws) => ws.name === t.worksheet.name))
      .map((t) => ({ table: t, range: t.getRange().load("address"), header: t.getHeaderRowRange().load("values") }));
    await context.sync();
    const renamed = new Set((probe?.() ?? []).map((r) => r.name));
    const sheets = wb.worksheets.items.filter((ws) => known.includes(ws) || renamed.has(ws.name));
    const dataSheets = sheets.filter(isData);
    const tables = queued.filter((t) => sheets.some((ws) => ws.name === t.table.worksheet.name));

    const bytesPerCell = options.bytesPerCell ?? 24;
    const requests: ReadRequest[] = [];
    const origin = new Map<string, { top: number; left: number }>();
    for (const ws of dataSheets) {
      const range = used.get(ws);
      const found = range && !range.isNullObject ? parseRange(range.address) : undefined;
      if (!found) continue;
      // One stray value far to the right must not widen every block (audit §3 P2): read up to the
      // tables' right edge (column AZ on a sheet without a table) plus a margin.
      const tableRight = Math.max(0, ...tables.filter((t) => t.table.worksheet.name === ws.name).map((t) => parseRange(t.range.address)?.right ?? 0));
      const b = { ...found, right: Math.max(found.left, Math.min(found.right, (tableRight || READ_MIN_RIGHT) + READ_MARGIN_COLUMNS)) };
      origin.set(ws.name, { top: b.top, left: b.left });
      requests.push({ sheet: ws.name, ...b, prop: "values", bytesPerCell });
      requests.push(...formulaRequests(catalog, ws.name, tables.filter((t) => t.table.worksheet.name === ws.name), b.bottom));
      const areas = formulaAreas.get(ws.name);
      if (areas && !areas.isNullObject) requests.push(...formulaCellRequests(ws.name, areas.address, b));
    }
    const pieces = await readInBlocks(context, requests, options.blockBytes ?? DEFAULT_BLOCK_BYTES, options.onProgress);

    const grids = new Map<string, { values: CellValue[][]; formulas: Record<string, string> }>();
    for (const ws of sheets) grids.set(ws.name, { values: [], formulas: {} });
    for (const piece of pieces) {
      const g = grids.get(piece.request.sheet);
      const o = origin.get(piece.request.sheet);
      if (!g || !o) continue;
      piece.rows.forEach((row, i) => {
        const r = piece.top + i;
        if (piece.request.prop === "values") g.values[r - o.top] = row as CellValue[];
        else row.forEach((f, j) => typeof f === "string" && f.startsWith("=") && (g.formulas[cellAddress(r, piece.request.left + j)] = f.slice(1)));
      });
    }
    // A text cell holding "=SUM(1,2)" gives that text as its formula too (Range.formulas of a constant is
    // its value): it is text, as the CLI reads the file, not a formula (new-user test 36, D14).
    for (const [name, g] of grids) {
      const o = origin.get(name);
      if (!o) continue;
      for (const [a1, f] of Object.entries(g.formulas)) {
        const at = parseRange(a1);
        if (at && g.values[at.top - o.top]?.[at.left - o.left] === `=${f}`) delete g.formulas[a1];
      }
    }
    const names: Record<string, string> = {};
    for (const n of wb.names.items) if (n.type === "Range") names[n.name] = nameRef(n.value);
    return {
      names,
      sheets: sheets.map((ws): SheetGrid => {
        const g = grids.get(ws.name) ?? { values: [], formulas: {} };
        const o = origin.get(ws.name) ?? { top: 1, left: 1 };
        const refs: TableRef[] = tables.filter((t) => t.table.worksheet.name === ws.name).map((t) => ({ name: t.table.name, ref: bareAddress(t.range.address) }));
        const m = merged.get(ws.name);
        const merges = m && !m.isNullObject ? m.address.split(",").map((a) => bareAddress(a.trim())) : [];
        return { name: ws.name, originRow: o.top, originCol: o.left, values: g.values, formulas: g.formulas, tables: refs, visibility: VISIBILITY[ws.visibility] ?? "visible", ...(merges.length ? { merges } : {}) };
      }),
    };
  });
}

/** Reads of the formulas of the cells listed in `addresses` (a RangeAreas address), inside the read bounds `b`. */
function formulaCellRequests(sheet: string, addresses: string, b: { top: number; bottom: number; left: number; right: number }): ReadRequest[] {
  const areas = addresses
    .split(",")
    .map((a) => parseRange(bareAddress(a.trim())))
    .flatMap((a) => (a ? [{ top: Math.max(a.top, b.top), bottom: Math.min(a.bottom, b.bottom), left: Math.max(a.left, b.left), right: Math.min(a.right, b.right) }] : []))
    .filter((a) => a.top <= a.bottom && a.left <= a.right);
  if (!areas.length) return [];
  const read = (a: (typeof areas)[number]): ReadRequest => ({ sheet, ...a, prop: "formulas", bytesPerCell: 64 });
  if (areas.length <= MAX_FORMULA_AREAS) return areas.map(read);
  const box = { top: Math.min(...areas.map((a) => a.top)), bottom: Math.max(...areas.map((a) => a.bottom)), left: Math.min(...areas.map((a) => a.left)), right: Math.max(...areas.map((a) => a.right)) };
  return [read(box)];
}

/** Reads of the formula columns (by header text) of the standard table on a sheet, down to `lastRow`. */
function formulaRequests(catalog: Catalog, sheet: string, tables: readonly { table: XlTable; range: XlRange; header: XlRange }[], lastRow: number): ReadRequest[] {
  const spec = catalog.sheets.find((s) => s.sheet === sheet || s.sheet === sheet.trim());
  if (!spec || spec.kind === "generated") return [];
  const formulaFields = fieldsOf(spec).filter((f) => f.type === "formula");
  const own = tables.find((t) => t.table.name.toLowerCase() === spec.table.toLowerCase());
  if (!formulaFields.length || !own) return [];
  const b = parseRange(own.range.address);
  if (!b) return [];
  const headers = (own.header.values[0] ?? []).map((h) => String(h ?? "").trim());
  return formulaFields.flatMap((f) => {
    const i = headers.indexOf(f.header);
    if (i < 0 || lastRow <= b.top) return [];
    const col = b.left + i;
    return [{ sheet, top: b.top + 1, bottom: lastRow, left: col, right: col, prop: "formulas" as const, bytesPerCell: (f.formula?.length ?? 64) * 2 }];
  });
}
