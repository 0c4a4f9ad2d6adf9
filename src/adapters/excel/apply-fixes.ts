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
 * Requirement sets: ExcelApi 1.1 (values, numberFormat), 1.2 (protection), 1.4 (…OrNullObject);
 * 1.20 for `mergeUndoGroup` (Excel's own undo; feature-detected by the pane).
 * Syncs: 3 to apply (sheets, cells, write), 4 to undo.
 * @module
 */
import type { Change } from "../../core/fix";
import type { CellValue } from "../../core/grid";
import { CHANGE_LOG_HEADERS, CHANGE_LOG_SHEET, UNDONE, lastOpenBatch, logRow, parseLog, type LogEntry } from "./change-log";
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
}

/** Chinese reasons for leaving a cell. */
export const LeftReason = {
  noSheet: "工作表已不存在",
  protectedSheet: "工作表受保护，未修改",
  changed: (found: CellValue) => `单元格已被修改（现为${found === null || found === "" ? "空白" : `“${String(found)}”`}），未改动`,
  group: "同一行的相关修改未能进行，一并跳过",
  unreadableLog: "修改记录中的这一行无法读取，未改动",
} as const;

/** Blank and "" are the same cell content. */
const norm = (v: XlValue | CellValue | undefined): CellValue => (v === undefined || v === "" ? null : v);
const same = (a: XlValue | CellValue | undefined, b: XlValue | CellValue | undefined) => norm(a) === norm(b);

/** True for text Excel would read as something else when written as is (number, date, boolean, formula). */
export function needsTextPrefix(s: string): boolean {
  if (s === "") return false;
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
export function formatFor(change: Pick<Change, "kind" | "after" | "numFmt">, current: string): string | undefined {
  if (!change.numFmt || typeof change.after !== "number") return undefined;
  if (change.kind === "date") return isDateFormat(current) ? undefined : change.numFmt;
  return current === "" || current === "@" || current === "General" ? change.numFmt : undefined;
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

/** A loaded cell: its range proxy (values, numberFormat). */
type CellProbe = { readonly range: XlRange } | undefined;

const valueOf = (probe: CellProbe): XlValue | undefined => probe?.range.values[0]?.[0];
const formatOf = (probe: CellProbe): string => String(probe?.range.numberFormat[0]?.[0] ?? "General");

/**
 * Applies `changes` (usually a user-chosen subset of a plan) to the workbook; see the module doc.
 * @throws the Office.js error of a failing sync (e.g. InvalidOperationInCellEditMode).
 */
export async function applyFixes(run: RunExcel, changes: readonly Change[], options: ApplyFixesOptions): Promise<ApplyFixesResult> {
  if (!changes.length) return { applied: [], left: [] };
  return run(async (context) => {
    const names = [...new Set(changes.map((c) => c.sheet))];
    const sheets = await probeSheets(context, [...names, CHANGE_LOG_SHEET]);
    const cells = changes.map((c): CellProbe => {
      const s = sheets.get(c.sheet);
      return s ? { range: s.ws.getRange(c.cell).load("values,numberFormat") } : undefined;
    });
    const logSheet = sheets.get(CHANGE_LOG_SHEET);
    const logUsed = options.log && logSheet ? logSheet.ws.getUsedRangeOrNullObject(true).load("rowIndex,rowCount") : undefined;
    await context.sync();

    // Decide per cell, then drop whole groups with any cell left.
    const left: LeftCell[] = [];
    const badGroups = new Set<string>();
    changes.forEach((c, i) => {
      const s = sheets.get(c.sheet);
      const reason = !s ? LeftReason.noSheet : s.protection.protected ? LeftReason.protectedSheet : !same(valueOf(cells[i]), c.before) ? LeftReason.changed(norm(valueOf(cells[i]))) : undefined;
      if (reason) {
        left.push({ sheet: c.sheet, cell: c.cell, found: s ? norm(valueOf(cells[i])) : undefined, reason });
        badGroups.add(c.group);
      }
    });
    const applied: Change[] = [];
    const entries: LogEntry[] = [];
    const now = options.now ?? new Date();
    const batch = `${now.getTime().toString(36)}`;
    const time = stamp(now);
    changes.forEach((c, i) => {
      if (badGroups.has(c.group)) {
        if (!left.some((l) => l.sheet === c.sheet && l.cell === c.cell)) left.push({ sheet: c.sheet, cell: c.cell, found: norm(valueOf(cells[i])), reason: LeftReason.group });
        return;
      }
      const range = cells[i]?.range;
      if (!range) return;
      const before = formatOf(cells[i]);
      const fmt = formatFor(c, before);
      if (fmt !== undefined) range.numberFormat = [[fmt]];
      range.values = [[cellInput(c.after, fmt ?? before)]];
      applied.push(c);
      entries.push({ batch, time, sheet: c.sheet, cell: c.cell, before: c.before, after: c.after, formatBefore: before, formatAfter: fmt ?? before, note: c.note, status: "" });
    });
    if (options.log && entries.length) writeLog(context, logSheet?.ws, logUsed, entries);
    await context.sync();
    return { applied, left, ...(options.log && entries.length ? { batch } : {}) };
  });
}

/** Appends `entries` to 修改记录 (created hidden, text-formatted, when missing). */
function writeLog(context: XlContext, existing: XlWorksheet | undefined, used: XlRange | undefined, entries: readonly LogEntry[]): void {
  const ws = existing ?? context.workbook.worksheets.add(CHANGE_LOG_SHEET);
  const width = CHANGE_LOG_HEADERS.length;
  const last = String.fromCharCode(64 + width);
  let next = used && !used.isNullObject ? used.rowIndex + used.rowCount + 1 : 1;
  if (next === 1) {
    const head = ws.getRange(`A1:${last}1`);
    head.values = [[...CHANGE_LOG_HEADERS]];
    head.format.font.bold = true;
    next = 2;
  }
  if (!existing) ws.visibility = "Hidden";
  const block = ws.getRange(`A${next}:${last}${next + entries.length - 1}`);
  block.numberFormat = entries.map(() => CHANGE_LOG_HEADERS.map(() => "@"));
  block.values = entries.map(logRow);
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

/** The used range's values of 修改记录, or undefined when there is none. Two syncs. */
async function readLog(context: XlContext): Promise<XlValue[][] | undefined> {
  const ws = context.workbook.worksheets.getItemOrNullObject(CHANGE_LOG_SHEET).load("name");
  await context.sync();
  if (ws.isNullObject) return undefined;
  const used = ws.getUsedRangeOrNullObject(true).load("values");
  await context.sync();
  return used.isNullObject ? undefined : used.values;
}

/**
 * Restores the cells of the last open batch of 修改记录 (values and number formats), last change
 * first; a cell that no longer holds what the fix wrote, or a log row that cannot be read, is left
 * and listed. Marks the batch's rows 已撤销 (or `未撤销：<reason>`).
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
    const cells = rows.map(({ entry }): CellProbe => {
      const s = sheets.get(entry.sheet);
      return s ? { range: s.ws.getRange(entry.cell).load("values,numberFormat") } : undefined;
    });
    await context.sync();

    const restored: LogEntry[] = [];
    const left: LeftCell[] = bad.filter((b) => b.batch === open.batch && b.status === "").map((b) => ({ sheet: b.sheet, cell: b.cell, reason: LeftReason.unreadableLog }));
    const status = new Map<number, string>(bad.filter((b) => b.batch === open.batch && b.status === "").map((b) => [b.row, `未撤销：${LeftReason.unreadableLog}`]));
    rows.forEach(({ entry, row }, i) => {
      const s = sheets.get(entry.sheet);
      const found = valueOf(cells[i]);
      const reason = !s ? LeftReason.noSheet : s.protection.protected ? LeftReason.protectedSheet : !same(found, entry.after) ? LeftReason.changed(norm(found)) : undefined;
      if (reason) {
        left.push({ sheet: entry.sheet, cell: entry.cell, found: s ? norm(found) : undefined, reason });
        status.set(row, `未撤销：${reason}`);
        return;
      }
      const range = cells[i]!.range;
      const restoreFormat = entry.formatBefore !== "" && entry.formatBefore !== entry.formatAfter;
      if (restoreFormat) range.numberFormat = [[entry.formatBefore]];
      range.values = [[cellInput(entry.before, restoreFormat ? entry.formatBefore : formatOf(cells[i]))]];
      restored.push(entry);
      status.set(row, UNDONE);
    });
    const log = sheets.get(CHANGE_LOG_SHEET);
    if (log && !log.protection.protected) {
      const col = String.fromCharCode(64 + CHANGE_LOG_HEADERS.length);
      for (const [row, text] of status) log.ws.getRange(`${col}${row}`).values = [[text]];
    }
    await context.sync();
    return { batch: open.batch, restored, left };
  });
}
