/**
 * The report period (报告期) as dates (spec §1: 起始日期/截止日期 default from 报告年度 + 报告期).
 * @module
 */
import { MONTHLY_PERIOD, PERIOD_MONTHS, standingOrgKinds } from "../catalog";
import { serialFromYmd, ymdFromSerial } from "../normalize/date";
import type { ParsedCell, ReportPeriod } from "./parsed";

/**
 * The default period for a year and 报告期 (`上半年` → Jan 1..Jun 30), as Excel serials.
 * Unknown 报告期 → the whole year. 月度 with its 起始日期 (`start`, an Excel serial) → that date to the last day of its
 * month (catalog MONTHLY_PERIOD; new-user test 36, D16); without it, the whole year.
 * @example defaultPeriod(2023, "上半年") // { start: 44927, end: 45107 }
 */
export function defaultPeriod(year: number, period: string | undefined, start?: number): ReportPeriod {
  if (period === MONTHLY_PERIOD && start !== undefined) return { start, end: monthSpan(ymdFromSerial(start).y, ymdFromSerial(start).m).end };
  const [m1, m2] = PERIOD_MONTHS[period ?? "全年"] ?? [1, 12];
  const lastDay = new Date(Date.UTC(year, m2, 0)).getUTCDate();
  return { start: serialFromYmd({ y: year, m: m1, d: 1 }), end: serialFromYmd({ y: year, m: m2, d: lastDay }) };
}

/**
 * Whether a row dated by `date` (an Excel serial, or text / blank) is counted in the report period: a date before
 * or after it is not; an undated row, a 日期 that could not be read, and any row of a workbook without a period
 * (no 报告年度) are. The summary, the 汇总 sheet and the 指标汇总 formulas (catalog `activitiesInPeriod`) count
 * activities by this one rule (new-user test 18, D21). An impossible date whose month lies outside the period
 * (`2025.2.30` in a 第二季度 report: ParsedCell.outsideMonth, an error) is outside it too, under --force (new-user test 50, D14).
 */
export function inReportPeriod(period: ReportPeriod | undefined, date: ParsedCell | undefined): boolean {
  const d = typeof date?.value === "number" ? date.value : undefined;
  if (period && d === undefined && date?.outsideMonth !== undefined) return false;
  return !period || d === undefined || (d >= period.start && d <= period.end);
}

/**
 * How a 组织保障 row dated by `date` stands to the report period (new-user test 24, D14): `in` (dated inside it, undated,
 * or no period); `before` for a standing row (领导小组, 工作机制, 共建单位) dated before the period — set up earlier, it goes
 * on and is told as such, without its date (`继续发挥……领导小组统筹作用`); `out` for any other row dated outside (a
 * meeting, an inspection, a group set up after the period): left out of the summary, as an activity outside it is.
 */
export function orgRowInPeriod(period: ReportPeriod | undefined, kind: unknown, date: ParsedCell | undefined): "in" | "before" | "out" {
  if (inReportPeriod(period, date) || !period) return "in";
  const d = date?.value as number;
  return d < period.start && typeof kind === "string" && standingOrgKinds.includes(kind.trim()) ? "before" : "out";
}

/**
 * Whether a summary signed on `day` (an Excel serial) is signed too early for its period: more than a month before the
 * period ends (a year's summary is often written in mid-December; new-user test 7, D14). The check's
 * `profile.doc-date-early` (a typed 成文日期) and the front ends' word on a chosen sign-off date (new-user test 24, D3) judge
 * by this one rule.
 */
export function signedEarly(period: ReportPeriod, day: number): boolean {
  return day < period.end - 31;
}

/**
 * Whether a summary signed on `day` (an Excel serial) is signed long after its period: more than half a year after it
 * ended (a 2025 年度总结 signed on 2026年12月5日 because a roll-up was made a year later; new-user test 27, D13). A summary
 * is written within weeks of its period; half a year leaves room for a late one. The check's `profile.doc-date-late` judges
 * a typed 成文日期 by this rule (new-user test 27, D25).
 */
export function signedLate(period: ReportPeriod, day: number): boolean {
  return day > period.end + 183;
}

/** The first and last day of month `m` (1–12) of `year`, as Excel serials (a 月度 report's period). */
export function monthSpan(year: number, m: number): ReportPeriod {
  return { start: serialFromYmd({ y: year, m, d: 1 }), end: serialFromYmd({ y: year, m, d: new Date(Date.UTC(year, m, 0)).getUTCDate() }) };
}

/**
 * The calendar month a period covers, when it is exactly one (first to last day of one month): `{y: 2025, m: 5}` for
 * 2025-05-01..2025-05-31; undefined otherwise. Names a 月度 report's month (title `2025年5月`) and tells a 专项 that is a
 * whole month (new-user test 36, D16).
 */
export function wholeMonthOf(period: ReportPeriod | undefined): { readonly y: number; readonly m: number } | undefined {
  if (!period) return undefined;
  const { y, m, d } = ymdFromSerial(period.start);
  return d === 1 && monthSpan(y, m).end === period.end ? { y, m } : undefined;
}

/**
 * A period as a message or title names it: `2025年上半年`, `2025年全年`, and for 月度 (catalog MONTHLY_PERIOD) the month
 * of `start` (its 起始日期, an Excel serial): `2025年6月` (new-user test 36, D16), never `2025年月度`.
 */
export function reportPeriodLabel(year: number, period: string, start?: number): string {
  return period === MONTHLY_PERIOD && start !== undefined ? `${ymdFromSerial(start).y}年${ymdFromSerial(start).m}月` : `${year}年${period}`;
}
