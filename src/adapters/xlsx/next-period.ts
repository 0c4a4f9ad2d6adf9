/**
 * 开始下一期 (issue #17) on a loaded exceljs workbook: applies the core's {@link NextPeriod} — the
 * 基本信息 cells set, each ledger's data rows replaced by copies of the carried old rows (values
 * and cell styles, user columns included) with the cells the core sets, the rest of the old rows
 * cleared, the table resized over what is left — and writes the 上期指标 sheet (replacing any
 * there is; protected, data only). Other sheets, user sheets and formats are not touched.
 * @module
 */
import type { Cell, Workbook, Worksheet } from "exceljs";
import { notStandardRefusal, startNextPeriod, validateWorkbook, type Catalog, type CellValue, type Finding, type NextCell, type NextPeriod, type NextPeriodOptions, type NextPeriodRefusal } from "../../core";
import { NumFmt } from "../../core/catalog";
import { loadWorkbook, snapshotOf } from "./read-workbook";
import { saveWorkbook, upgradeWorkbook, type UpgradeReport } from "./upgrade";
import { serialToDate } from "./cell-values";
import { rebuildTable } from "./repair-sheet";
import { protect } from "./write-generated";

/** A cell as copied: its value (a formula as its text) and a copy of its style. */
interface CopiedCell {
  readonly value: Cell["value"];
  readonly style: Partial<Cell["style"]>;
}

/** The cell value exceljs writes for a core value: a date as the Date of its serial day, a formula without a cached result. */
function excelValue(v: NextCell): Cell["value"] {
  if (v !== null && typeof v === "object") return "date" in v ? serialToDate(v.date) : ({ formula: v.formula } as never);
  return v;
}

/** The value of a cell to copy elsewhere: a shared formula as its own text (a shared one's master would be left behind). */
function copyValue(cell: Cell): Cell["value"] {
  const formula = cell.formula;
  if (formula) return { formula } as never;
  const v = cell.value;
  return v instanceof Date ? new Date(v.getTime()) : v && typeof v === "object" ? (JSON.parse(JSON.stringify(v)) as Cell["value"]) : v;
}

/** The sheet of a name as written, or its trimmed twin. */
function sheetNamed(wb: Workbook, name: string): Worksheet | undefined {
  return wb.getWorksheet(name) ?? wb.worksheets.find((ws) => ws.name.trim() === name.trim());
}

/**
 * Applies `next` to `wb` in place (see the module doc).
 * @returns the sheets it could not find (none after the core read the same workbook).
 */
export async function applyNextPeriod(wb: Workbook, next: NextPeriod): Promise<string[]> {
  const missing: string[] = [];
  const form = sheetNamed(wb, next.profile.sheet);
  if (form) {
    for (const c of next.profile.cells) {
      const cell = form.getCell(c.row, c.col);
      cell.value = excelValue(c.value);
      if (c.value !== null && typeof c.value === "object" && "date" in c.value) cell.numFmt = NumFmt.date;
    }
  } else missing.push(next.profile.sheet);
  for (const l of next.ledgers) {
    const ws = sheetNamed(wb, l.sheet);
    if (!ws) {
      missing.push(l.sheet);
      continue;
    }
    const old = new Map<number, CopiedCell[]>();
    for (const r of new Set(l.rows.map((x) => x.from))) {
      const cells: CopiedCell[] = [];
      for (let c = l.left; c <= l.right; c++) {
        const cell = ws.getCell(r, c);
        cells.push({ value: copyValue(cell), style: JSON.parse(JSON.stringify(cell.style ?? {})) as Partial<Cell["style"]> });
      }
      old.set(r, cells);
    }
    const last = Math.max(l.bottom, l.headerRow + l.rows.length);
    for (let r = l.headerRow + 1; r <= last; r++) for (let c = l.left; c <= l.right; c++) ws.getCell(r, c).value = null;
    l.rows.forEach((row, i) => {
      const r = l.headerRow + 1 + i;
      (old.get(row.from) ?? []).forEach((copied, j) => {
        const cell = ws.getCell(r, l.left + j);
        cell.style = copied.style as Cell["style"];
        cell.value = copied.value;
      });
      for (const [col, value] of Object.entries(row.set)) ws.getCell(r, Number(col)).value = excelValue(value);
    });
    rebuildTable(ws, l.table, { top: l.headerRow, bottom: l.headerRow + Math.max(1, l.rows.length), left: l.left, right: l.right }, { actions: [], problems: [] });
  }
  await writePreviousSheet(wb, next.previousSheet);
  return missing;
}

/** 上期指标: any sheet of that name removed, then title (bold, 14 pt), items, headers (bold), figures; protected. */
async function writePreviousSheet(wb: Workbook, sheet: NextPeriod["previousSheet"]): Promise<void> {
  const existing = sheetNamed(wb, sheet.name);
  if (existing) wb.removeWorksheet(existing.id);
  const ws = wb.addWorksheet(sheet.name);
  [30, 16, 8, 8].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  const header = sheet.headerRows[0] ?? 0;
  sheet.rows.forEach((values: readonly CellValue[], i) => {
    const r = i + 1;
    values.forEach((v, j) => {
      const cell = ws.getCell(r, j + 1);
      cell.value = sheet.dateRows.includes(r) && j === 1 && typeof v === "number" ? serialToDate(v) : v;
      if (sheet.dateRows.includes(r) && j === 1) cell.numFmt = NumFmt.date;
      else if (r > header && header > 0 && j === 1) cell.numFmt = values[2] === "%" ? "0.0" : "General"; // rates in percentage points
    });
  });
  ws.getCell(1, 1).font = { bold: true, size: 14 };
  for (const r of sheet.headerRows) ws.getRow(r).font = { bold: true };
  ws.views = [{ state: "frozen", xSplit: 0, ySplit: header > 0 ? header : 1 }];
  await protect(ws);
}

/** The new period's file from {@link nextPeriodFile}, with what was done. */
export interface NextPeriodFile {
  readonly ok: true;
  /** The new workbook's .xlsx bytes. */
  readonly bytes: Uint8Array;
  readonly next: NextPeriod;
  /** What bringing the input to the catalog's version did first (the version step, added columns). */
  readonly upgrade: UpgradeReport;
  /** `check` of the new workbook (errors first). */
  readonly findings: readonly Finding[];
}

/**
 * 开始下一期 on .xlsx bytes, for every front end that holds a file (the CLI's `next`, the 网页版):
 * loads the workbook, brings it to `catalog`'s version (as `upgrade`), asks the core
 * (`startNextPeriod`), applies the result and saves. The input bytes are not changed. A file that is
 * no standard ledger is refused as such (`notStandardRefusal`) before it is brought to the standard:
 * that would add a blank 基本信息, whose empty cells would then be told as the file's errors.
 * @returns the new file, or the core's refusal (e.g. `period-needed` for 专项 without a period, `not-standard`).
 * @throws LedgerFileError when the bytes are not a readable workbook.
 */
export async function nextPeriodFile(input: Uint8Array, catalog: Catalog, options: NextPeriodOptions = {}): Promise<NextPeriodFile | NextPeriodRefusal> {
  const wb = await loadWorkbook(input);
  const notStandard = notStandardRefusal(validateWorkbook(snapshotOf(wb), catalog).findings, catalog);
  if (notStandard) return notStandard;
  const upgrade = await upgradeWorkbook(wb, catalog);
  const result = startNextPeriod(snapshotOf(wb), catalog, options);
  if (!result.ok) return result;
  await applyNextPeriod(wb, result.next);
  const bytes = await saveWorkbook(wb);
  return { ok: true, bytes, next: result.next, upgrade, findings: validateWorkbook(snapshotOf(wb), catalog).findings };
}
