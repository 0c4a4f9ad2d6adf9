/**
 * 规范数据 in the open workbook (issue #5 item 1): applies the core's planned Changes
 * (src/core/fix) through Office.js, and undoes the last batch.
 *
 * - Every cell is read first (value, number format, sheet protection); a cell whose value is no
 *   longer the planned `before` (edited since the plan), on a missing or protected sheet, is left
 *   untouched and listed. A change's group (figure + 单位 + 备注 tag) is applied whole or not at all.
 * - Strings Excel would re-interpret (`120`, `2023.6.5`, `=…`, `TRUE`) are written with Excel's
 *   text prefix `'`, so a trimmed or restored text stays text; a blank is written as `""` (Office.js
 *   ignores `null` in a values array). A number format is set only where the cell's own format
 *   would not show the new value (text `@` / General for a number; a non-date format for a date),
 *   before the value.
 * - Undo: with ExcelApi 1.20 the pane runs `applyFixes` inside `Excel.run({ mergeUndoGroup: true })`
 *   (one Ctrl+Z undoes it all; no log). Otherwise `log: true` appends each change to the hidden
 *   修改记录 sheet (./change-log.ts) and `undoLastFixes` restores the previous values and number
 *   formats of the last batch: only cells that still hold what the fix wrote; the others are left
 *   and listed.
 *
 * - Large plans are cut into slices under the request budget of ./request-size.ts (Excel on the
 *   web refuses requests over 5 MB), a group never split; the log of a slice is queued before
 *   its cells, so a log that cannot be written changes no cell; a protected 修改记录 is refused
 *   before anything is written (audit §0 rows 4–5).
 * - Number formats are logged and restored in the user's language (`numberFormatLocal`): on the
 *   web `numberFormat` can read back localized (office-js#2824), and writing that back through
 *   `numberFormat` would not restore it (audit §3 P7).
 *
 * Requirement sets: ExcelApi 1.1 (values, numberFormat), 1.2 (protection), 1.4 (…OrNullObject),
 * 1.7 (numberFormatLocal); 1.20 for `mergeUndoGroup` (Excel's own undo; feature-detected by the pane).
 * Syncs: 2 to start, then 2 per slice (read, write) to apply; 4 + 2 per slice to undo.
 * @module
 */
import type { Change, TableExtension } from "../../core/fix";
import type { CellValue } from "../../core/grid";
import { parseRange } from "../../core/grid";
import { CHANGE_LOG_HEADERS, CHANGE_LOG_SHEET, UNDONE, encodeValue, lastOpenBatch, logRow, parseLog, type LogEntry } from "./change-log";
import { jsonBytes } from "./payload";
import { readInBlocks } from "./read-blocks";
import { actionBytes, pathBytes, sliceByBytes, WRITE_BUDGET_BYTES } from "./request-size";
import type { RunExcel, XlContext, XlProtection, XlRange, XlValue, XlWorksheet } from "./types";

/** A cell that was not changed (or not restored), and why (Chinese). */
export interface LeftCell {
  readonly sheet: string;
  readonly cell: string;
  /** What is in the cell now (undefined: the cell or its sheet could not be read). */
  readonly found?: CellValue;
  readonly reason: string;
}

/** What `applyFixes` did. */
export interface ApplyFixesResult {
  readonly applied: readonly Change[];
  readonly left: readonly LeftCell[];
  /** The batch id in 修改记录 (absent when not logged). */
  readonly batch?: string;
  /** The planned table extensions made (`options.tables`); absent when none was asked. */
  readonly extended?: readonly TableExtension[];
}

/** What `undoLastFixes` did. */
export interface UndoFixesResult {
  /** The batch undone (undefined: nothing to undo). */
  readonly batch?: string;
  readonly restored: readonly LogEntry[];
  readonly left: readonly LeftCell[];
}

/** Options of applyFixes. */
export interface ApplyFixesOptions {
  /** Append the changes to the hidden 修改记录 sheet (for the pane's 撤销). */
  readonly log: boolean;
  /** Time of the batch (tests fix it). */
  readonly now?: Date;
  /**
   * The plan's tables to extend over the rows typed below them (core `FixPlan.tables`, new-user test 53, D12), with
   * `Table.resize` (ExcelApi 1.13: pass them only when the host has it). A table whose range is no longer the planned
   * `from` (resized or moved since the plan), or on a protected sheet, is left as it is. The resize is in Excel's undo
   * group with the cells; the 修改记录 log does not record it (撤销 restores the cells, the table keeps its new size).
   */
  readonly tables?: readonly TableExtension[];
}

/** Chinese reasons for leaving a cell. */
export const LeftReason = {
  noSheet: "工作表已不存在",
  protectedSheet: "工作表受保护，未修改",
  changed: (found: CellValue) => `单元格已被修改（现为${found === null || found === "" ? "空白" : `“${String(found)}”`}），未改动`,
  group: "同一行的相关修改未能进行，一并跳过",
  unreadableLog: "修改记录中的这一行无法读取，未改动",
  logProtected: "修改记录工作表受保护，无法记录撤销信息，未修改",
} as const;

/** Blank and "" are the same cell content. */
const norm = (v: XlValue | CellValue | undefined): CellValue => (v === undefined || v === "" ? null : v);
const same = (a: XlValue | CellValue | undefined, b: XlValue | CellValue | undefined) => norm(a) === norm(b);

/** True for text Excel would read as something else when written as is (number, date, boolean, formula). */
export function needsTextPrefix(text: string): boolean {
  if (text === "") return false;
  // Full-width digits and signs read as numbers too (Excel folds them when parsing typed input, audit §3 P7).
  const s = text.normalize("NFKC");
  if (/^[=+\-@']/.test(s)) return true;
  if (/^\s*(true|false)\s*$/i.test(s)) return true;
  return /\d/.test(s) && /^[\s\d.,:/%$¥￥eE年月日时分秒()-]+$/u.test(s);
}

/** The value to write into a cell for `v` (text prefixed when Excel would re-read it; blank as ""). */
export function cellInput(v: CellValue, format: string): XlValue {
  if (v === null) return "";
  if (typeof v === "string" && format !== "@" && needsTextPrefix(v)) return `'${v}`;
  return v;
}

/** True for a number format that shows a date (`yyyy"年"m"月"d"日"`, `m/d/yy`). */
export function isDateFormat(fmt: string): boolean {
  const bare = fmt.replace(/"[^"]*"|\[[^\]]*\]|\\./g, "");
  return /[ymd]/i.test(bare);
}

/** The number format a change needs on a cell whose format is `current`, or undefined to keep it. */
/**
 * Spellings of the General format as `numberFormat` may return them: invariant, and in the UI
 * language on Excel on the web (office-js#2824: zh-CN `G/通用格式`; #1553: German `Standard`).
 */
const GENERAL = new Set(["General", "G/通用格式", "常规", "G/標準", "Standard"]);

/** The number format a change needs on a cell whose format is `current`, or undefined to keep it. */
export function formatFor(change: Pick<Change, "kind" | "after" | "numFmt">, current: string): string | undefined {
  if (!change.numFmt || typeof change.after !== "number") return undefined;
  if (change.kind === "date") return isDateFormat(current) && !GENERAL.has(current) ? undefined : change.numFmt;
  return current === "" || current === "@" || GENERAL.has(current) ? change.numFmt : undefined;
}

/** `yyyy-mm-dd hh:mm:ss` in local time. */
function stamp(d: Date): string {
  const p = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
}

interface SheetProbe {
  readonly ws: XlWorksheet;
  readonly protection: XlProtection;
}

/** Loads the named sheets (null objects) and their protection: one sync. */
async function probeSheets(context: XlContext, names: readonly string[]): Promise<Map<string, SheetProbe | undefined>> {
  const probes = names.map((name) => {
    const ws = context.workbook.worksheets.getItemOrNullObject(name).load("name");
    return { name, ws };
  });
  await context.sync();
  const out = new Map<string, SheetProbe | undefined>();
  for (const p of probes) out.set(p.name, p.ws.isNullObject ? undefined : { ws: p.ws, protection: p.ws.protection.load("protected") });
  return out;
}

/** A loaded cell: its range proxy (values, numberFormat, numberFormatLocal). */
type CellProbe = { readonly range: XlRange } | undefined;

const valueOf = (probe: CellProbe): XlValue | undefined => probe?.range.values[0]?.[0];
const formatOf = (probe: CellProbe): string => String(probe?.range.numberFormat[0]?.[0] ?? "General");
const localFormatOf = (probe: CellProbe): string => String(probe?.range.numberFormatLocal[0]?.[0] ?? formatOf(probe));
const CELL_PROPS = "values,numberFormat,numberFormatLocal";

/** Modelled bytes of one change in the read and in the write request (../request-size.ts), the larger. */
function changeBytes(c: Change): number {
  const path = pathBytes(["getRange", c.cell]);
  const read = path + CELL_PROPS.split(",").reduce((n, p) => n + actionBytes(p), 0);
  const logRowBytes = jsonBytes(["batchid00", "2000-01-01 00:00:00", c.sheet, c.cell, encodeValue(c.before), encodeValue(c.after), "x".repeat(32), "x".repeat(32), c.note, ""]) + jsonBytes(CHANGE_LOG_HEADERS.map(() => "@"));
  const write = path + actionBytes([[c.numFmt ?? "General"]]) + actionBytes([[cellInput(c.after, "General")]]) + logRowBytes;
  return Math.max(read, write);
}

/** The changes cut into slices under the write budget, a group never split (it is applied whole or not at all). */
export function fixSlices(changes: readonly Change[], budget = WRITE_BUDGET_BYTES): Change[][] {
  const groups = new Map<string, Change[]>();
  for (const c of changes) groups.set(c.group, [...(groups.get(c.group) ?? []), c]);
  return sliceByBytes([...groups.values()], (g) => g.reduce((n, c) => n + changeBytes(c), 0), budget).map((slice) => slice.flat());
}

/**
 * Applies `changes` (usually a user-chosen subset of a plan) to the workbook; see the module doc.
 * @throws the Office.js error of a failing sync (e.g. InvalidOperationInCellEditMode).
 */
export async function applyFixes(run: RunExcel, changes: readonly Change[], options: ApplyFixesOptions): Promise<ApplyFixesResult> {
  if (!changes.length && !options.tables?.length) return { applied: [], left: [] };
  return run((context) => applyFixesIn(context, changes, options));
}

/**
 * `applyFixes` inside a batch the caller runs (so that other commands can share its undo group).
 * In slices under the request budget (../request-size.ts), each a read and a write sync; in
 * each write the log rows are queued before the cell values, so a failing log write changes no
 * cell (Excel stops a batch at the first failing command). A protected 修改记录 is refused up
 * front: every change left with `LeftReason.logProtected`.
 * @throws the Office.js error of a failing sync (cells of earlier slices stay changed and logged).
 */
export async function applyFixesIn(context: XlContext, changes: readonly Change[], options: ApplyFixesOptions): Promise<ApplyFixesResult> {
  const extended = options.tables?.length ? await extendTablesIn(context, options.tables) : undefined;
  const done = extended ? { extended } : {};
  if (!changes.length) return { applied: [], left: [], ...done };
  const names = [...new Set(changes.map((c) => c.sheet))];
  const sheets = await probeSheets(context, [...names, CHANGE_LOG_SHEET]);
  const logSheet = sheets.get(CHANGE_LOG_SHEET);
  let logUsed = options.log && logSheet ? logSheet.ws.getUsedRangeOrNullObject(true).load("rowIndex,rowCount") : undefined;
  await context.sync();
  if (options.log && logSheet?.protection.protected) {
    return { applied: [], left: changes.map((c) => ({ sheet: c.sheet, cell: c.cell, reason: LeftReason.logProtected })) };
  }
  const now = options.now ?? new Date();
  const batch = `${now.getTime().toString(36)}`;
  const time = stamp(now);
  const applied: Change[] = [];
  const left: LeftCell[] = [];
  let log: XlWorksheet | undefined = logSheet?.ws;
  let nextRow: number | undefined;
  for (const slice of fixSlices(changes)) {
    const cells = slice.map((c): CellProbe => {
      const s = sheets.get(c.sheet);
      return s ? { range: s.ws.getRange(c.cell).load(CELL_PROPS) } : undefined;
    });
    await context.sync();

    // Decide per cell, then drop whole groups with any cell left.
    const badGroups = new Set<string>();
    const sliceLeft: LeftCell[] = [];
    slice.forEach((c, i) => {
      const s = sheets.get(c.sheet);
      const reason = !s ? LeftReason.noSheet : s.protection.protected ? LeftReason.protectedSheet : !same(valueOf(cells[i]), c.before) ? LeftReason.changed(norm(valueOf(cells[i]))) : undefined;
      if (reason) {
        sliceLeft.push({ sheet: c.sheet, cell: c.cell, found: s ? norm(valueOf(cells[i])) : undefined, reason });
        badGroups.add(c.group);
      }
    });
    const writes: (() => void)[] = [];
    const entries: LogEntry[] = [];
    slice.forEach((c, i) => {
      if (badGroups.has(c.group)) {
        if (!sliceLeft.some((l) => l.sheet === c.sheet && l.cell === c.cell)) sliceLeft.push({ sheet: c.sheet, cell: c.cell, found: norm(valueOf(cells[i])), reason: LeftReason.group });
        return;
      }
      const range = cells[i]?.range;
      if (!range) return;
      const before = formatOf(cells[i]);
      const localBefore = localFormatOf(cells[i]);
      const fmt = formatFor(c, before);
      writes.push(() => {
        if (fmt !== undefined) range.numberFormat = [[fmt]];
        range.values = [[cellInput(c.after, fmt ?? before)]];
      });
      applied.push(c);
      entries.push({ batch, time, sheet: c.sheet, cell: c.cell, before: c.before, after: c.after, formatBefore: localBefore, formatAfter: fmt ?? localBefore, note: c.note, status: "" });
    });
    left.push(...sliceLeft);
    if (options.log && entries.length) {
      const written = writeLog(context, log, logUsed, nextRow, entries);
      log = written.ws;
      nextRow = written.next;
      logUsed = undefined;
    }
    writes.forEach((w) => w());
    if (writes.length || entries.length) await context.sync();
  }
  return { applied, left, ...(options.log && applied.length ? { batch } : {}), ...done };
}

/**
 * Resizes each planned table from `from` to `to` (ExcelApi 1.13) when it still spans `from` on an unprotected sheet;
 * no cell is written. Three syncs (tables and sheets, ranges and protection, resize). Returns the extensions made.
 */
async function extendTablesIn(context: XlContext, tables: readonly TableExtension[]): Promise<TableExtension[]> {
  const named = tables.map((t) => ({ t, table: context.workbook.tables.getItemOrNullObject(t.table).load("name") }));
  const sheets = await probeSheets(context, [...new Set(tables.map((t) => t.sheet))]);
  const found = named.filter(({ table }) => !table.isNullObject).map(({ t, table }) => ({ t, table, range: table.getRange().load("address") }));
  await context.sync();
  const done: TableExtension[] = [];
  for (const { t, table, range } of found) {
    const s = sheets.get(t.sheet);
    if (!s || s.protection.protected) continue;
    const at = range.address.slice(range.address.lastIndexOf("!") + 1).replace(/\$/gu, "");
    if (at !== t.from) continue;
    table.resize(t.to);
    done.push(t);
  }
  if (done.length) await context.sync();
  return done;
}

/**
 * Queues `entries` into 修改记录 (created hidden, text-formatted, when missing) from row `next`
 * (or after the used range); returns the sheet and the next free row.
 */
function writeLog(context: XlContext, existing: XlWorksheet | undefined, used: XlRange | undefined, next: number | undefined, entries: readonly LogEntry[]): { ws: XlWorksheet; next: number } {
  const ws = existing ?? context.workbook.worksheets.add(CHANGE_LOG_SHEET);
  const width = CHANGE_LOG_HEADERS.length;
  const last = String.fromCharCode(64 + width);
  let row = next ?? (used && !used.isNullObject ? used.rowIndex + used.rowCount + 1 : 1);
  if (row === 1) {
    const head = ws.getRange(`A1:${last}1`);
    head.values = [[...CHANGE_LOG_HEADERS]];
    head.format.font.bold = true;
    row = 2;
  }
  if (!existing) ws.visibility = "Hidden";
  const block = ws.getRange(`A${row}:${last}${row + entries.length - 1}`);
  block.numberFormat = entries.map(() => CHANGE_LOG_HEADERS.map(() => "@"));
  block.values = entries.map(logRow);
  return { ws, next: row + entries.length };
}

/** The last batch of 修改记录 that can be undone: its id, time and number of cells. */
export async function lastFixBatch(run: RunExcel): Promise<{ batch: string; time: string; count: number } | undefined> {
  return run(async (context) => {
    const values = await readLog(context);
    if (!values) return undefined;
    const open = lastOpenBatch(parseLog(values).entries);
    return open ? { batch: open.batch, time: open.time, count: open.rows.length } : undefined;
  });
}

/** The used range's values of 修改记录 (read in blocks under the payload limits), or undefined when there is none. */
async function readLog(context: XlContext): Promise<XlValue[][] | undefined> {
  const ws = context.workbook.worksheets.getItemOrNullObject(CHANGE_LOG_SHEET).load("name");
  await context.sync();
  if (ws.isNullObject) return undefined;
  const used = ws.getUsedRangeOrNullObject(true).load("address");
  await context.sync();
  if (used.isNullObject) return undefined;
  const b = parseRange(used.address);
  if (!b) return undefined;
  const pieces = await readInBlocks(context, [{ sheet: CHANGE_LOG_SHEET, top: 1, bottom: b.bottom, left: 1, right: Math.max(b.right, CHANGE_LOG_HEADERS.length), prop: "values", bytesPerCell: 40 }]);
  const values: XlValue[][] = [];
  for (const p of pieces) p.rows.forEach((r, i) => (values[p.top - 1 + i] = r as XlValue[]));
  return Array.from(values, (r) => r ?? []);
}

/** Modelled bytes of restoring one logged cell (read or write request, the larger). */
function undoBytes(entry: LogEntry): number {
  const path = pathBytes(["getRange", entry.cell]);
  const read = path + CELL_PROPS.split(",").reduce((n, p) => n + actionBytes(p), 0);
  const write = path + actionBytes([[entry.formatBefore]]) + actionBytes([[cellInput(entry.before, "General")]]) + pathBytes(["getRange", "J1048576"]) + actionBytes([[`未撤销：${LeftReason.changed(entry.after)}`]]);
  return Math.max(read, write);
}

/**
 * Restores the cells of the last open batch of 修改记录 (values and number formats, the latter in
 * the user's language through `numberFormatLocal`, ExcelApi 1.7, as they were read), last change
 * first, in slices under the request budget; a cell that no longer holds what the fix wrote, or a
 * log row that cannot be read, is left and listed. Marks the batch's rows 已撤销 (or
 * `未撤销：<reason>`), each slice's marks in the same sync as its cells.
 */
export async function undoLastFixes(run: RunExcel): Promise<UndoFixesResult> {
  return run(async (context) => {
    const values = await readLog(context);
    if (!values) return { restored: [], left: [] };
    const { entries, bad } = parseLog(values);
    const open = lastOpenBatch(entries);
    if (!open) return { restored: [], left: [] };
    const rows = [...open.rows].reverse();
    const sheets = await probeSheets(context, [...new Set(rows.map((r) => r.entry.sheet)), CHANGE_LOG_SHEET]);
    await context.sync();
    const log = sheets.get(CHANGE_LOG_SHEET);
    const logWritable = !!log && !log.protection.protected;
    const col = String.fromCharCode(64 + CHANGE_LOG_HEADERS.length);
    const restored: LogEntry[] = [];
    const badOpen = bad.filter((b) => b.batch === open.batch && b.status === "");
    const left: LeftCell[] = badOpen.map((b) => ({ sheet: b.sheet, cell: b.cell, reason: LeftReason.unreadableLog }));
    if (logWritable && badOpen.length) {
      for (const b of badOpen) log.ws.getRange(`${col}${b.row}`).values = [[`未撤销：${LeftReason.unreadableLog}`]];
      await context.sync();
    }
    for (const slice of sliceByBytes(rows, (r) => undoBytes(r.entry))) {
      const cells = slice.map(({ entry }): CellProbe => {
        const s = sheets.get(entry.sheet);
        return s ? { range: s.ws.getRange(entry.cell).load(CELL_PROPS) } : undefined;
      });
      await context.sync();
      slice.forEach(({ entry, row }, i) => {
        const s = sheets.get(entry.sheet);
        const found = valueOf(cells[i]);
        const reason = !s ? LeftReason.noSheet : s.protection.protected ? LeftReason.protectedSheet : !same(found, entry.after) ? LeftReason.changed(norm(found)) : undefined;
        if (reason) {
          left.push({ sheet: entry.sheet, cell: entry.cell, found: s ? norm(found) : undefined, reason });
          if (logWritable) log.ws.getRange(`${col}${row}`).values = [[`未撤销：${reason}`]];
          return;
        }
        const range = cells[i]!.range;
        const restoreFormat = entry.formatBefore !== "" && entry.formatBefore !== entry.formatAfter;
        // The format as it was read (local spelling); logs written before issue #15 hold invariant "General".
        if (restoreFormat && entry.formatBefore === "General") range.numberFormat = [["General"]];
        else if (restoreFormat) range.numberFormatLocal = [[entry.formatBefore]];
        range.values = [[cellInput(entry.before, restoreFormat ? (entry.formatBefore === "@" ? "@" : "General") : formatOf(cells[i]))]];
        restored.push(entry);
        if (logWritable) log.ws.getRange(`${col}${row}`).values = [[UNDONE]];
      });
      await context.sync();
    }
    return { batch: open.batch, restored, left };
  });
}
