/**
 * Cross-field rules (spec §1, §6, §7): 起始日期 ≤ 截止日期 (at 截止日期), 已整改数 ≤ 发现数 (at
 * 已整改数), activity dates inside the report period (warning).
 * @module
 */
import type { FormSpec } from "../catalog";
import type { Finding } from "./finding";
import { formatSerialDate, makeFinding } from "./check-cell";
import type { ParsedCell, ParsedWorkbook } from "./parsed";

const at = (cell: ParsedCell): { sheet: string; cell: string } => {
  const i = cell.source.lastIndexOf("!");
  return { sheet: cell.source.slice(0, i), cell: cell.source.slice(i + 1) };
};
const num = (cell: ParsedCell | undefined): number | undefined => (typeof cell?.value === "number" ? cell.value : undefined);

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
  for (const row of wb.ledgers.rectification?.rows ?? []) {
    const found = num(row.cells.found);
    const fixed = num(row.cells.rectified);
    if (found !== undefined && fixed !== undefined && fixed > found && row.cells.rectified) {
      const p = at(row.cells.rectified);
      out.push(makeFinding("rect.exceeds-found", p.sheet, p.cell, { read: String(fixed), detail: String(found) }));
    }
  }
  const period = wb.period;
  if (period) {
    const span = `${formatSerialDate(period.start)}至${formatSerialDate(period.end)}`;
    for (const row of wb.ledgers.activities?.rows ?? []) {
      const d = num(row.cells.date);
      if (d !== undefined && row.cells.date && (d < period.start || d > period.end)) {
        const p = at(row.cells.date);
        out.push(makeFinding("activity.outside-period", p.sheet, p.cell, { read: formatSerialDate(d), detail: span }));
      }
    }
  }
  return out;
}
