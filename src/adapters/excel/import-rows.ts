/**
 * 导入已有台账 in the open workbook (issue #16): writes the content the core's `importLedgers` made
 * (基本信息 项目 → value; ledger sheet → rows) into the standard sheets, which the caller has imposed
 * first. The user's own sheets (the source) are never touched.
 *
 * - Rows go below the last row of each standard table that holds a value (a fresh table's empty row
 *   is filled), the table grown with `rows.add` for the rest; columns by the table's header text, so
 *   a table whose columns were moved still gets each value in its column. A formula column (整改率)
 *   gets the catalog formula on the new rows; a date gets its serial and the column's date format;
 *   text Excel would re-read (`120`, `2023.3.5`) is written with the text prefix, as 规范数据 does.
 * - 基本信息: a 项目 whose 内容 is blank gets the imported value; a 内容 already filled is kept and listed.
 * - A protected or missing sheet (impose skipped it) is left and listed; nothing is written there.
 *
 * Requirement sets: ExcelApi 1.1 (values, numberFormat, formulas, rows.add), 1.2 (protection), 1.4
 * (…OrNullObject). Syncs: 2 to read, then one per slice of {@link ROWS_PER_SYNC} rows.
 * @module
 */
import { formOf, ledgersOf, type Catalog, type FieldSpec } from "../../core/catalog";
import { cellAddress, columnLetters, parseRange, type CellValue } from "../../core/grid";
import { serialFromYmd } from "../../core/normalize/date";
import type { ImportedContent, ImportedValue } from "../../core/import/types";
import { cellInput } from "./apply-fixes";
import { CHANGE_LOG_SHEET } from "./change-log";
import type { RunExcel, XlRange, XlTable, XlValue, XlWorksheet } from "./types";

/** Rows written per sync (10 columns × 2,000 rows stays far under the 5 MB request limit). */
export const ROWS_PER_SYNC = 2000;

/** What was written into one ledger. */
export interface ImportedLedger {
  readonly sheet: string;
  /** Rows written. */
  readonly rows: number;
  /** First and last sheet row written (absent when none). */
  readonly first?: number;
  readonly last?: number;
}

/** One 基本信息 项目 of the import: written, already the same, or kept (the workbook held another value). */
export interface ImportedProfileItem {
  readonly item: string;
  /** `基本信息!B3`. */
  readonly cell: string;
  readonly status: "written" | "same" | "kept";
  /** The value found and kept (status `kept`). */
  readonly found?: CellValue;
  readonly value: ImportedValue;
}

/** What {@link writeImportedContent} did. */
export interface ImportWriteReport {
  readonly ledgers: readonly ImportedLedger[];
  readonly profile: readonly ImportedProfileItem[];
  /** Sheets not written, with the reason (Chinese). */
  readonly left: readonly { readonly sheet: string; readonly reason: string }[];
}

/** Chinese reasons for a sheet not written. */
export const ImportLeftReason = {
  missing: "标准表不存在（请先生成或修复标准表）",
  protectedSheet: "工作表受保护，未写入",
} as const;

interface Target {
  readonly sheet: string;
  readonly ws: XlWorksheet;
  readonly table: XlTable;
  readonly range: XlRange;
}

/** A value as Excel takes it for a field: a date as its serial, text prefixed where Excel would re-read it. */
export function excelValueOf(value: ImportedValue | undefined, field: FieldSpec | undefined): XlValue {
  if (value === undefined) return "";
  if (typeof value === "object") {
    const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/u.exec(value.date);
    return m ? serialFromYmd({ y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) }) : value.date;
  }
  return cellInput(value, field?.numFmt ?? "General") as XlValue;
}

/**
 * Writes `content` into the standard sheets of the open workbook; see the module doc.
 * @throws the Office.js error of a failing sync.
 */
export async function writeImportedContent(run: RunExcel, catalog: Catalog, content: ImportedContent): Promise<ImportWriteReport> {
  return run(async (context) => {
    const form = formOf(catalog);
    const ledgerSpecs = ledgersOf(catalog).filter((l) => (content.ledgers[l.sheet]?.length ?? 0) > 0);
    const specs = [...ledgerSpecs, ...(Object.keys(content.profile).length ? [form] : [])];
    const probes = specs.map((spec) => {
      const ws = context.workbook.worksheets.getItemOrNullObject(spec.sheet).load("name");
      const table = context.workbook.tables.getItemOrNullObject(spec.table).load("name");
      return { spec, ws, table };
    });
    await context.sync();
    const left: { sheet: string; reason: string }[] = [];
    const ready: { spec: (typeof specs)[number]; target: Target; protection: { protected: boolean }; header: XlRange }[] = [];
    for (const p of probes) {
      if (p.ws.isNullObject || p.table.isNullObject) {
        left.push({ sheet: p.spec.sheet, reason: ImportLeftReason.missing });
        continue;
      }
      const range = p.table.getRange().load("address,values");
      ready.push({ spec: p.spec, target: { sheet: p.spec.sheet, ws: p.ws, table: p.table, range }, protection: p.ws.protection.load("protected"), header: p.table.getHeaderRowRange().load("values") });
    }
    await context.sync();

    const ledgers: ImportedLedger[] = [];
    const profile: ImportedProfileItem[] = [];
    for (const { spec, target, protection, header } of ready) {
      if (protection.protected) {
        left.push({ sheet: spec.sheet, reason: ImportLeftReason.protectedSheet });
        continue;
      }
      const bounds = parseRange(target.range.address);
      if (!bounds) {
        left.push({ sheet: spec.sheet, reason: ImportLeftReason.missing });
        continue;
      }
      const headers = (header.values[0] ?? []).map((h) => String(h ?? "").trim());
      const body = target.range.values.slice(1);
      if (spec.kind === "form") {
        profile.push(...writeProfile(target, spec.keyHeader, spec.valueHeader, spec.items, headers, body, bounds, content.profile));
        continue;
      }
      if (spec.kind !== "ledger") continue;
      const rows = content.ledgers[spec.sheet] ?? [];
      const fieldAt = headers.map((h) => spec.columns.find((c) => c.header === h));
      // Below the last row holding a value (formula columns do not count: a fresh row has its formula).
      let lastFilled = bounds.top;
      body.forEach((row, i) => {
        if (row.some((v, j) => fieldAt[j]?.type !== "formula" && v !== "" && v !== null && v !== undefined)) lastFilled = bounds.top + 1 + i;
      });
      const first = lastFilled + 1;
      const spare = bounds.bottom - lastFilled;
      const width = bounds.right - bounds.left + 1;
      const grow = rows.length - spare;
      if (grow > 0) {
        for (let done = 0; done < grow; done += ROWS_PER_SYNC) {
          const n = Math.min(ROWS_PER_SYNC, grow - done);
          target.table.rows.add(null, Array.from({ length: n }, () => Array.from({ length: width }, () => "")));
          await context.sync();
        }
      }
      for (let from = 0; from < rows.length; from += ROWS_PER_SYNC) {
        const slice = rows.slice(from, from + ROWS_PER_SYNC);
        const top = first + from;
        const bottom = top + slice.length - 1;
        headers.forEach((h, j) => {
          const field = fieldAt[j];
          if (!field) return;
          const letter = columnLetters(bounds.left + j);
          const range = target.ws.getRange(`${letter}${top}:${letter}${bottom}`);
          if (field.type === "formula") {
            if (field.formula) (range as unknown as { formulas: unknown }).formulas = `=${field.formula}`;
            return;
          }
          if (field.type === "date" && field.numFmt) range.numberFormat = slice.map(() => [field.numFmt]);
          range.values = slice.map((row) => [excelValueOf(row[h], field)]);
        });
        await context.sync();
      }
      ledgers.push({ sheet: spec.sheet, rows: rows.length, ...(rows.length ? { first, last: first + rows.length - 1 } : {}) });
    }
    if (ready.some((r) => r.spec.kind === "form")) await context.sync();
    return { ledgers, profile, left };
  });
}

/** 基本信息: the imported 项目 values into blank 内容 cells (queued; the caller syncs). */
function writeProfile(
  target: Target,
  keyHeader: string,
  valueHeader: string,
  items: readonly FieldSpec[],
  headers: readonly string[],
  body: readonly (readonly XlValue[])[],
  bounds: { top: number; left: number },
  values: Readonly<Record<string, ImportedValue>>,
): ImportedProfileItem[] {
  const keyCol = headers.indexOf(keyHeader);
  const valueCol = headers.indexOf(valueHeader);
  if (keyCol < 0 || valueCol < 0) return [];
  const out: ImportedProfileItem[] = [];
  for (const [item, value] of Object.entries(values)) {
    const i = body.findIndex((row) => String(row[keyCol] ?? "").replace(/[*＊\s]/gu, "") === item);
    if (i < 0) continue;
    const row = bounds.top + 1 + i;
    const address = cellAddress(row, bounds.left + valueCol);
    const cell = `${target.sheet}!${address}`;
    const found = body[i][valueCol];
    const field = items.find((f) => f.header === item);
    const wanted = excelValueOf(value, field);
    if (found === "" || found === null || found === undefined) {
      target.ws.getRange(address).values = [[wanted]];
      out.push({ item, cell, status: "written", value });
    } else if (String(found) === String(wanted).replace(/^'/u, "")) out.push({ item, cell, status: "same", value });
    else out.push({ item, cell, status: "kept", found: found as CellValue, value });
  }
  return out;
}

/** A sheet of the user's own making the pane offers to import. */
export interface ImportableSheet {
  readonly name: string;
  /**
   * True when it bears a standard sheet's name without being one (no standard table: a list typed by
   * hand and named 先进典型): it is renamed `<name>（原表）` before the standard sheets are made.
   */
  readonly clash: boolean;
}

/** The name a clashing sheet gets: `先进典型（原表）` (`（原表2）`… when taken). */
export function keptName(name: string, taken: ReadonlySet<string>): string {
  for (let n = 1; ; n++) {
    const candidate = `${name}（原表${n > 1 ? n : ""}）`;
    if (!taken.has(candidate)) return candidate;
  }
}

/**
 * The sheets of the open workbook that can be imported: visible, holding a value, neither a standard
 * sheet with its standard table nor a sheet the add-in made (填报说明, 指标汇总, 修改记录, lists).
 * Syncs: 2.
 */
export async function importableSheets(run: RunExcel, catalog: Catalog): Promise<ImportableSheet[]> {
  return run(async (context) => {
    const wb = context.workbook;
    wb.worksheets.load("items/name,items/visibility");
    wb.tables.load("items/name,items/worksheet/name");
    await context.sync();
    const specs = new Map(catalog.sheets.map((s) => [s.sheet, s]));
    const standardTables = new Set(catalog.sheets.flatMap((s) => ("table" in s && s.table ? [s.table.toLowerCase()] : [])));
    const holders = new Set(wb.tables.items.filter((t) => standardTables.has(t.name.toLowerCase())).map((t) => t.worksheet.name));
    const previous = catalog.previousPeriod?.sheet;
    const candidates = wb.worksheets.items.filter((ws) => {
      if (ws.visibility !== "Visible" || holders.has(ws.name) || ws.name.startsWith("_") || ws.name === CHANGE_LOG_SHEET || ws.name === previous) return false;
      const spec = specs.get(ws.name.trim());
      return !spec || spec.kind !== "generated";
    });
    const used = candidates.map((ws) => ({ ws, range: ws.getUsedRangeOrNullObject(true).load("isNullObject") }));
    await context.sync();
    return used.filter((u) => !u.range.isNullObject).map((u) => ({ name: u.ws.name, clash: specs.has(u.ws.name.trim()) }));
  });
}

/**
 * Renames the clashing sheets among `names` to `<name>（原表）` (values untouched), so that the
 * standard sheets can be made beside them. Returns the renames; `names` not clashing are left.
 * Syncs: 1, and 1 more when something is renamed.
 */
export async function setAsideClashingSheets(run: RunExcel, catalog: Catalog, names: readonly string[]): Promise<{ readonly from: string; readonly to: string }[]> {
  return run(async (context) => {
    const wb = context.workbook;
    wb.worksheets.load("items/name");
    await context.sync();
    const standard = new Set(catalog.sheets.map((s) => s.sheet));
    const taken = new Set(wb.worksheets.items.map((ws) => ws.name));
    const out: { from: string; to: string }[] = [];
    for (const name of names) {
      if (!standard.has(name.trim()) || !taken.has(name)) continue;
      const to = keptName(name.trim(), taken);
      taken.add(to);
      wb.worksheets.getItem(name).name = to;
      out.push({ from: name, to });
    }
    if (out.length) await context.sync();
    return out;
  });
}
