/**
 * The 汇总 sheet of a roll-up: one row per input workbook (its status says whether it was
 * included) with the main indicators of 指标汇总, and a 合计 row over the included units.
 * @module
 */
import { NumFmt, type Catalog } from "../catalog";
import { rollupIndicatorSpecs, totalIndicators } from "./indicators";
import type { SummaryColumn, SummarySheet, UnitResult } from "./types";

/** Name of the 汇总 sheet. */
export const SUMMARY_SHEET = "汇总";

/** Header of the unit column (the same text as the ledgers' 填报单位). */
const UNIT_HEADER = "填报单位";

/** `2023年上半年`, `2023年全年`; empty when unknown. */
export function periodLabel(year: number | undefined, period: string | undefined): string {
  return `${year !== undefined ? `${year}年` : ""}${period ?? ""}`;
}

/** The status cell: `已汇总`, or why not. */
function statusText(u: UnitResult): string {
  if (u.status === "included") return "已汇总";
  if (u.status === "forced") return `已汇总（有${u.errors}个错误，强制汇总）`;
  return `未汇总：${u.reason ?? ""}`;
}

/** Header of an indicator column: `活动场次（场）`, rates `总整改率` as is. */
const indicatorHeader = (label: string, unit: string): string => (unit === "%" ? label : `${label}（${unit}）`);

/**
 * Builds the 汇总 sheet.
 * @param title the sheet's title line (row 1).
 * @param units every input in input order; only `included`/`forced` ones count in 合计.
 */
export function buildSummarySheet(catalog: Catalog, title: string, units: readonly UnitResult[]): SummarySheet {
  const specs = rollupIndicatorSpecs(catalog);
  const columns: SummaryColumn[] = [
    { header: "序号", numFmt: NumFmt.int, width: 6 },
    { header: UNIT_HEADER, numFmt: NumFmt.text, width: 24 },
    { header: "单位类型", numFmt: NumFmt.text, width: 10 },
    { header: "报告期", numFmt: NumFmt.text, width: 14 },
    { header: "台账行数", numFmt: NumFmt.int, width: 10 },
    ...specs.map((s) => ({ header: indicatorHeader(s.label, s.unit), numFmt: s.numFmt, width: Math.max(10, Math.min(20, 2 * s.label.length + 4)) })),
    { header: "状态", numFmt: NumFmt.text, width: 30 },
  ];
  const figures = (values: Readonly<Record<string, number | null>>): (number | null)[] => specs.map((s) => values[s.id] ?? null);
  // Units left out still show their figures (for checking); only the 合计 row leaves them out.
  const rows = units.map((u, i) => {
    const read = u.status !== "unreadable";
    return [i + 1, u.unitName, u.unitType || null, periodLabel(u.year, u.period) || null, read ? u.rows : null, ...(read ? figures(u.indicators) : specs.map(() => null)), statusText(u)];
  });
  const counted = units.filter((u) => u.status === "included" || u.status === "forced");
  const total = totalIndicators(counted.map((u) => u.indicators));
  const totalRow = [null, `合计（${counted.length}个单位）`, null, null, counted.reduce((n, u) => n + u.rows, 0), ...figures(total), null];
  return { name: SUMMARY_SHEET, title, columns, rows: [...rows, totalRow], totalRows: 1 };
}
