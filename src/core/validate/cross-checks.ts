/**
 * Cross-field rules (spec §1, §6, §7): 起始日期 ≤ 截止日期 (at 截止日期), 已整改数 ≤ 发现数 (at
 * 已整改数), activity dates inside the report period (warning).
 * @module
 */
import type { FormSpec } from "../catalog";
import type { Finding } from "./finding";
import { formatSerialDate, makeFinding } from "./check-cell";
import type { ParsedCell, ParsedLedger, ParsedValue, ParsedWorkbook } from "./parsed";
import { defaultPeriod } from "./period";

const at = (cell: ParsedCell): { sheet: string; cell: string } => {
  const i = cell.source.lastIndexOf("!");
  return { sheet: cell.source.slice(0, i), cell: cell.source.slice(i + 1) };
};
const num = (cell: ParsedCell | undefined): number | undefined => (typeof cell?.value === "number" ? cell.value : undefined);

/** A located column of a ledger: its values by data row and where each sits. */
interface ColumnView {
  readonly length: number;
  /** Smallest and largest number among the values. */
  readonly min: number;
  readonly max: number;
  readonly value: (i: number) => ParsedValue;
  readonly at: (i: number) => { sheet: string; cell: string };
}

/**
 * Column `id` of a ledger: straight from the columnar store when there is one (no rows built),
 * else from its rows (a column missing from a row counts as missing).
 */
function columnOf(ledger: ParsedLedger | undefined, id: string): ColumnView | undefined {
  if (!ledger) return undefined;
  const table = ledger.table;
  if (table) {
    const column = table.columns.find((c) => c.field.id === id);
    return column && { length: table.rowNumbers.length, min: column.min, max: column.max, value: (i) => column.value(i), at: (i) => ({ sheet: table.sheet, cell: `${column.letters}${table.rowNumbers[i]}` }) };
  }
  const rows = ledger.rows;
  if (!rows.some((r) => r.cells[id])) return undefined;
  return { length: rows.length, min: -Infinity, max: Infinity, value: (i) => (rows[i].cells[id] ? rows[i].cells[id].value : null), at: (i) => at(rows[i].cells[id]) };
}

/** Findings of the cross-field rules over a parsed workbook. */
export function crossChecks(wb: ParsedWorkbook, form: FormSpec): Finding[] {
  void form;
  const out: Finding[] = [];
  const start = num(wb.profile.start);
  const end = num(wb.profile.end);
  if (start !== undefined && end !== undefined && start > end && wb.profile.end) {
    const p = at(wb.profile.end);
    out.push(makeFinding("profile.date-order", p.sheet, p.cell, { read: formatSerialDate(end), detail: formatSerialDate(start) }));
  }
  // 起始/截止日期 given by hand must lie in the period that 报告年度 + 报告期 name (专项 may span any dates).
  const year = num(wb.profile.year);
  const periodName = typeof wb.profile.period?.value === "string" ? wb.profile.period.value : undefined;
  if (year !== undefined && periodName && periodName !== "专项") {
    const named = defaultPeriod(year, periodName);
    const span = `${formatSerialDate(named.start)}至${formatSerialDate(named.end)}`;
    for (const [cell, d] of [[wb.profile.start, start], [wb.profile.end, end]] as const) {
      if (cell && d !== undefined && (d < named.start || d > named.end)) {
        const p = at(cell);
        out.push(makeFinding("profile.period-mismatch", p.sheet, p.cell, { read: formatSerialDate(d), detail: `${year}年${periodName}（${span}）` }));
      }
    }
  }
  const found = columnOf(wb.ledgers.rectification, "found");
  const fixed = columnOf(wb.ledgers.rectification, "rectified");
  if (found && fixed) {
    for (let i = 0; i < fixed.length; i++) {
      const f = found.value(i);
      const x = fixed.value(i);
      if (typeof f === "number" && typeof x === "number" && x > f) {
        const p = fixed.at(i);
        out.push(makeFinding("rect.exceeds-found", p.sheet, p.cell, { read: String(x), detail: String(f) }));
      }
    }
  }
  const period = wb.period;
  const dates = period && columnOf(wb.ledgers.activities, "date");
  // The column's range inside the period: no date to report, no pass over the rows.
  if (period && dates && (dates.min < period.start || dates.max > period.end)) {
    let span: string | undefined;
    for (let i = 0; i < dates.length; i++) {
      const d = dates.value(i);
      if (typeof d === "number" && (d < period.start || d > period.end)) {
        span ??= `${formatSerialDate(period.start)}至${formatSerialDate(period.end)}`;
        const p = dates.at(i);
        out.push(makeFinding("activity.outside-period", p.sheet, p.cell, { read: formatSerialDate(d), detail: span }));
      }
    }
  }
  return out;
}
