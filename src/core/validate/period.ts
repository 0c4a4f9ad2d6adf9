/**
 * The report period (报告期) as dates (spec §1: 起始日期/截止日期 default from 报告年度 + 报告期).
 * @module
 */
import { serialFromYmd } from "../normalize/date";
import type { ReportPeriod } from "./parsed";

const quarterStarts: Record<string, [number, number]> = {
  全年: [1, 12],
  专项: [1, 12],
  上半年: [1, 6],
  下半年: [7, 12],
  第一季度: [1, 3],
  第二季度: [4, 6],
  第三季度: [7, 9],
  第四季度: [10, 12],
};

/**
 * The default period for a year and 报告期 (`上半年` → Jan 1..Jun 30), as Excel serials.
 * Unknown 报告期 → the whole year.
 * @example defaultPeriod(2023, "上半年") // { start: 44927, end: 45107 }
 */
export function defaultPeriod(year: number, period: string | undefined): ReportPeriod {
  const [m1, m2] = quarterStarts[period ?? "全年"] ?? [1, 12];
  const lastDay = new Date(Date.UTC(year, m2, 0)).getUTCDate();
  return { start: serialFromYmd({ y: year, m: m1, d: 1 }), end: serialFromYmd({ y: year, m: m2, d: lastDay }) };
}
