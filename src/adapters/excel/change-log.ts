/**
 * The hidden 修改记录 sheet: one row per cell that 规范数据 changed (batch, time, sheet, cell,
 * value and number format before and after, note, status), so that the pane can undo the last
 * batch on Excel builds without undo grouping (ExcelApi < 1.20), and the user can audit every
 * change (unhide the sheet). Values are stored as JSON text in text-formatted (`@`) columns, so a
 * typed `１２０` or `2023.6.5` comes back exactly, with its type.
 * @module
 */
import type { CellValue } from "../../core/grid";
import type { XlValue } from "./types";

/** Name of the log sheet. */
export const CHANGE_LOG_SHEET = "修改记录";

/** Header row of the log (row 1); data from row 2. */
export const CHANGE_LOG_HEADERS = ["批次", "时间", "工作表", "单元格", "修改前", "修改后", "修改前格式", "修改后格式", "说明", "状态"] as const;

/** 状态 of a row that was undone; a row left as it was gets `未撤销：<reason>`. Blank: not undone. */
export const UNDONE = "已撤销";

/** One logged cell change. */
export interface LogEntry {
  readonly batch: string;
  readonly time: string;
  readonly sheet: string;
  readonly cell: string;
  readonly before: CellValue;
  readonly after: CellValue;
  /** Number format before and after (equal when the format was not changed). */
  readonly formatBefore: string;
  readonly formatAfter: string;
  readonly note: string;
  readonly status: string;
}

/** JSON text of a value (`"１２０"`, `120`, `null`). */
export function encodeValue(v: CellValue): string {
  return JSON.stringify(v ?? null);
}

/** The value of a JSON cell of the log; a number typed over it by Excel comes back as itself. */
export function decodeValue(v: XlValue): CellValue | undefined {
  if (typeof v === "number" || typeof v === "boolean") return v;
  if (v === null || v === "") return undefined;
  try {
    const parsed: unknown = JSON.parse(String(v));
    return parsed === null || typeof parsed === "string" || typeof parsed === "number" || typeof parsed === "boolean" ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/** A log row for the sheet (all text). */
export function logRow(e: LogEntry): string[] {
  return [e.batch, e.time, e.sheet, e.cell, encodeValue(e.before), encodeValue(e.after), e.formatBefore, e.formatAfter, e.note, e.status];
}

/** A log row that names a cell but whose values cannot be read back (edited by hand?). */
export interface BadLogRow {
  readonly row: number;
  readonly batch: string;
  readonly sheet: string;
  readonly cell: string;
  readonly status: string;
}

/** Log entries of the used range's values (header row skipped), and the rows that cannot be read. */
export function parseLog(values: readonly (readonly XlValue[])[]): { entries: { entry: LogEntry; row: number }[]; bad: BadLogRow[] } {
  const entries: { entry: LogEntry; row: number }[] = [];
  const bad: BadLogRow[] = [];
  values.forEach((r, i) => {
    if (i === 0) return;
    const text = (k: number) => (r[k] === null || r[k] === undefined ? "" : String(r[k]));
    if (!text(0)) return;
    const before = decodeValue(r[4] ?? null);
    const after = decodeValue(r[5] ?? null);
    if (!text(2) || !text(3) || before === undefined || after === undefined) {
      bad.push({ row: i + 1, batch: text(0), sheet: text(2), cell: text(3), status: text(9) });
      return;
    }
    entries.push({
      row: i + 1,
      entry: { batch: text(0), time: text(1), sheet: text(2), cell: text(3), before, after, formatBefore: text(6), formatAfter: text(7), note: text(8), status: text(9) },
    });
  });
  return { entries, bad };
}

/** The last batch not yet undone (状态 blank), with its rows, or undefined. */
export function lastOpenBatch(entries: readonly { entry: LogEntry; row: number }[]): { batch: string; time: string; rows: { entry: LogEntry; row: number }[] } | undefined {
  for (let i = entries.length - 1; i >= 0; i--) {
    const e = entries[i].entry;
    if (e.status !== "") continue;
    return { batch: e.batch, time: e.time, rows: entries.filter((x) => x.entry.batch === e.batch && x.entry.status === "") };
  }
  return undefined;
}
