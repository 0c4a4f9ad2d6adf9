/**
 * 开始下一期 in the open workbook (issue #17): writes the core's {@link NextPeriod} through
 * Office.js, in place — the Excel twin of the xlsx adapter's `applyNextPeriod`:
 *
 * - 基本信息: the cells the core sets (报告年度, 报告期, 起始日期/截止日期 as dates, 成文日期 cleared);
 * - each ledger: its old rows `headerRow+1..bottom` between the table's first and last column are
 *   read (formulas, values, number formats); the carried rows are written from the top (each a copy
 *   of its old row, formulas as their text, text Excel would re-read with its `'` prefix, number
 *   formats copied) with the cells the core sets; the rest of those rows is cleared (contents only);
 *   the table is resized to end at the last carried row (ExcelApi 1.13; without it the table keeps
 *   its emptied rows). Cells outside those columns — the user's notes beside the table, the user's
 *   own sheets — are not touched;
 * - 上期指标: created, or (protection lifted in its own sync) cleared and rewritten; protected.
 *
 * Before anything is written, a protected ledger or 基本信息 sheet stops the run
 * ({@link NextPeriodWriteError}, nothing changed). Each sheet is written in its own sync, so a
 * failure leaves every earlier sheet complete. Cell fills and fonts of a moved row are not moved
 * (values, formulas and number formats are).
 *
 * Requirement sets: ExcelApi 1.1 (values, formulas, numberFormat), 1.2 (protection), 1.4
 * (…OrNullObject), 1.7 (numberFormatLocal, freeze), 1.13 (Table.resize, feature-checked).
 * @module
 */
import { NumFmt } from "../../core/catalog";
import type { NextCell, NextPeriod } from "../../core";
import { cellAddress, columnLetters, type CellValue } from "../../core/grid";
import { cellInput } from "./apply-fixes";
import { widthPoints } from "./impose/impose-generated";
import type { ExcelFeatures, RunExcel, XlContext, XlRange, XlValue, XlWorksheet } from "./types";

/** Why 开始下一期 could not write (Chinese), before any cell changed (`sheets`: the protected ones). */
export class NextPeriodWriteError extends Error {
  constructor(
    message: string,
    readonly sheets: readonly string[],
  ) {
    super(message);
    this.name = "NextPeriodWriteError";
  }
}

/** What {@link writeNextPeriod} did. */
export interface NextPeriodWritten {
  /** Ledger tables resized to their carried rows (false: no ExcelApi 1.13, the tables keep their emptied rows). */
  readonly tablesResized: boolean;
  /** 上期指标 was there before (and was replaced). */
  readonly previousReplaced: boolean;
}

/** The address of rows top..bottom, columns left..right. */
const area = (top: number, left: number, bottom: number, right: number): string => `${cellAddress(top, left)}:${cellAddress(bottom, right)}`;

/** A core value as a cell's input (a date as its serial; null as ""), and the number format it needs. */
function inputOf(v: NextCell, format: string): { value: unknown; format?: string } {
  if (v !== null && typeof v === "object") return "date" in v ? { value: v.date, format: NumFmt.date } : { value: v.formula.startsWith("=") ? v.formula : `=${v.formula}` };
  return { value: cellInput(v, format) };
}

/** An old cell as it must be written back to keep what it holds: its formula, or its value (text prefixed where Excel would re-read it). */
function keepInput(formula: unknown, value: XlValue, format: string): unknown {
  if (typeof formula === "string" && formula.startsWith("=") && formula !== value) return formula;
  return cellInput(value as CellValue, format);
}

/**
 * Writes `next` into the open workbook (see the module doc).
 * @throws NextPeriodWriteError when 基本信息 or a ledger sheet is protected or missing (nothing written);
 *   the Office.js error of a failing sync otherwise.
 */
export async function writeNextPeriod(run: RunExcel, next: NextPeriod, features: ExcelFeatures): Promise<NextPeriodWritten> {
  return run(async (context) => {
    const sheets = context.workbook.worksheets;
    const names = [...new Set([next.profile.sheet, ...next.ledgers.map((l) => l.sheet)])];
    const probes = names.map((name) => ({ name, ws: sheets.getItemOrNullObject(name).load("name") }));
    const previous = sheets.getItemOrNullObject(next.previousSheet.name).load("name");
    await context.sync();
    const missing = probes.filter((p) => p.ws.isNullObject).map((p) => p.name);
    if (missing.length) throw new NextPeriodWriteError(`找不到工作表：${missing.join("、")}，未做任何改动。`, missing);
    const protections = probes.map((p) => ({ name: p.name, protection: p.ws.protection.load("protected") }));
    const previousProtection = previous.isNullObject ? undefined : previous.protection.load("protected");
    const blocks = next.ledgers.map((l) => {
      const ws = sheets.getItem(l.sheet);
      const range = ws.getRange(area(l.headerRow + 1, l.left, l.bottom, l.right)).load("values,formulas,numberFormatLocal");
      const table = ws.tables.getItemOrNullObject(l.table).load("name");
      return { l, ws, range, table };
    });
    await context.sync();
    const locked = protections.filter((p) => p.protection.protected).map((p) => p.name);
    if (locked.length) throw new NextPeriodWriteError(`工作表“${locked.join("”“")}”受保护，无法开始下一期，未做任何改动；请先撤销工作表保护。`, locked);
    // 上期指标 is protected by the add-in: lifted before any cell changes, so that a password stops the run with nothing written.
    if (!previous.isNullObject && previousProtection?.protected) {
      previous.protection.unprotect();
      try {
        await context.sync();
      } catch (error) {
        if ((error as { code?: unknown } | null)?.code !== "AccessDenied") throw error;
        throw new NextPeriodWriteError(`“${next.previousSheet.name}”表的保护无法撤销（可能设了密码），无法开始下一期，未做任何改动。`, [next.previousSheet.name]);
      }
    }

    // 基本信息.
    const form = sheets.getItem(next.profile.sheet);
    for (const c of next.profile.cells) {
      const cell = form.getRange(cellAddress(c.row, c.col));
      const input = inputOf(c.value, "General");
      if (input.format) cell.numberFormat = [[input.format]];
      cell.values = [[input.value as XlValue]];
    }
    await context.sync();

    let tablesResized = false;
    for (const { l, ws, range, table } of blocks) {
      writeLedger(ws, l, range);
      if (features.api113 && !table.isNullObject) {
        table.resize(area(l.headerRow, l.left, l.headerRow + Math.max(1, l.rows.length), l.right));
        tablesResized = true;
      }
      await context.sync();
    }

    await writePreviousSheet(context, next.previousSheet, previous.isNullObject ? undefined : previous, features);
    return { tablesResized, previousReplaced: !previous.isNullObject };
  });
}

/** Queues a ledger's rows: the carried ones from the top (copies with the core's cells set), the rest cleared. */
function writeLedger(ws: XlWorksheet, l: NextPeriod["ledgers"][number], old: XlRange): void {
  const width = l.right - l.left + 1;
  const top = l.headerRow + 1;
  if (l.rows.length) {
    const formulas: unknown[][] = [];
    const formats: unknown[][] = [];
    const dated: { row: number; col: number; format: string }[] = [];
    for (const row of l.rows) {
      const i = row.from - top;
      const values = old.values[i] ?? [];
      const f = old.formulas[i] ?? [];
      const fmt = (old.numberFormatLocal[i] ?? []).map((x) => String(x ?? "G/通用格式"));
      const out: unknown[] = [];
      const outFmt: unknown[] = [];
      for (let j = 0; j < width; j++) {
        const format = fmt[j] ?? "G/通用格式";
        const set = row.set[l.left + j];
        if (set !== undefined) {
          const input = inputOf(set, format);
          out.push(input.value);
          outFmt.push(format);
          if (input.format) dated.push({ row: top + formulas.length, col: l.left + j, format: input.format });
        } else {
          out.push(keepInput(f[j], values[j] ?? "", format));
          outFmt.push(format);
        }
      }
      formulas.push(out);
      formats.push(outFmt);
    }
    const target = ws.getRange(area(top, l.left, top + l.rows.length - 1, l.right));
    // Formats first: a value written after its format is read as that format says (a date stays a date).
    target.numberFormatLocal = formats;
    for (const d of dated) ws.getRange(cellAddress(d.row, d.col)).numberFormat = [[d.format]];
    target.formulas = formulas;
  }
  if (top + l.rows.length <= l.bottom) ws.getRange(area(top + l.rows.length, l.left, l.bottom, l.right)).clear("Contents");
}

/** 上期指标: created or cleared (its protection was lifted before), written from A1, protected. */
async function writePreviousSheet(context: XlContext, sheet: NextPeriod["previousSheet"], existing: XlWorksheet | undefined, features: ExcelFeatures): Promise<void> {
  const ws = existing ?? context.workbook.worksheets.add(sheet.name);
  ws.getRange().clear("All");
  const width = Math.max(1, ...sheet.rows.map((r) => r.length));
  [30, 16, 8, 8].forEach((w, i) => (ws.getRange(`${columnLetters(i + 1)}:${columnLetters(i + 1)}`).format.columnWidth = widthPoints(w)));
  if (sheet.rows.length) {
    const header = sheet.headerRows[0] ?? 0;
    const formats = sheet.rows.map((values, i) => {
      const r = i + 1;
      return Array.from({ length: width }, (_, j) => (j === 1 && sheet.dateRows.includes(r) ? NumFmt.date : j === 1 && header > 0 && r > header && values[2] === "%" ? "0.0" : "General"));
    });
    const values = sheet.rows.map((values) => Array.from({ length: width }, (_, j) => cellInput(values[j] ?? null, "General")));
    const all = ws.getRange(area(1, 1, sheet.rows.length, width));
    all.numberFormat = formats;
    all.values = values;
    const title = ws.getRange("A1").format.font;
    title.bold = true;
    title.size = 14;
    for (const r of sheet.headerRows) ws.getRange(area(r, 1, r, width)).format.font.bold = true;
    if (features.api17) ws.freezePanes.freezeRows(header > 0 ? header : 1);
  }
  ws.protection.protect();
  await context.sync();
}
