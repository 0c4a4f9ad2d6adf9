/**
 * The main indicators of 指标汇总 for one unit, computed from its parsed rows with exactly the
 * definitions of the catalog's Excel formulas (SUM / SUMIFS / COUNTIFS over the tables), so that
 * the 汇总 sheet's 合计 row equals what the combined workbook's own 指标汇总 recalculates to — but for
 * a row the summary leaves out (已整改数 above 发现数, in a forced roll-up), left out here too.
 * @module
 */
import { isCollectiveHonour, type Catalog, type IndicatorSpec } from "../catalog";
import { inReportPeriod, type ParsedRow, type ParsedWorkbook } from "../validate";
import type { ApproxKind } from "../normalize";
import type { IndicatorValues, UnitMeasures } from "./types";

/** Indicator ids of the 汇总 sheet, in column order (catalog ids). */
export const rollupIndicatorIds: readonly string[] = [
  "activities", "moralLectures", "volunteerMembers", "volunteerHours", "ads", "boards", "leaflets", "publicitySpend",
  "honourPeople", "problemsFound", "problemsRectified", "rectificationRate", "carriedFound", "carriedRectified",
];

const rowsOf = (wb: ParsedWorkbook, id: string): readonly ParsedRow[] => wb.ledgers[id]?.rows ?? [];
/**
 * The rows of 宣传投放 the summary counts: those dated inside the report period, undated ones
 * and those of a workbook without a period (core `inReportPeriod`; new-user test 26, D26).
 */
const periodRowsOf = (wb: ParsedWorkbook, id: string): readonly ParsedRow[] => rowsOf(wb, id).filter((r) => inReportPeriod(wb.period, r.cells.date));
const num = (r: ParsedRow, id: string): number => (typeof r.cells[id]?.value === "number" ? (r.cells[id].value as number) : 0);
const str = (r: ParsedRow, id: string): string => (typeof r.cells[id]?.value === "string" ? (r.cells[id].value as string) : "");
/** A float sum rounded to 6 decimals (0.1 + 0.2 → 0.3). */
const round = (x: number): number => Math.round(x * 1e6) / 1e6;
const sum = (rows: readonly ParsedRow[], id: string, keep: (r: ParsedRow) => boolean = () => true): number =>
  round(rows.reduce((s, r) => s + (keep(r) ? num(r, id) : 0), 0));

/**
 * A 问题整改 row of this period (来源 blank or 本期发现, not 上期遗留, v1.2) that the summary counts:
 * a row that rectified more than it found (rect.exceeds-found, in a forced roll-up) is in no figure of
 * the text, so it is in none of the 汇总 sheet either (new-user test 7, D17).
 */
const counted = (r: ParsedRow): boolean => !(num(r, "rectified") > num(r, "found"));
const thisPeriod = (r: ParsedRow): boolean => str(r, "origin") !== "上期遗留" && counted(r);
/** A 上期遗留 row (v1.2), as 指标汇总's 上期遗留问题数 counts it; a row above its 发现数 is in no figure either. */
const carried = (r: ParsedRow): boolean => str(r, "origin") === "上期遗留" && counted(r);

/** The value of each sum/count indicator, as its catalog formula defines it. */
const sums: Readonly<Record<string, (wb: ParsedWorkbook) => number>> = {
  volunteerMembers: (wb) => sum(rowsOf(wb, "volunteers"), "members"),
  volunteerHours: (wb) => sum(rowsOf(wb, "volunteers"), "hours"),
  ads: (wb) => sum(periodRowsOf(wb, "publicity"), "quantity", (r) => str(r, "kind") === "公益广告"),
  boards: (wb) => sum(periodRowsOf(wb, "publicity"), "quantity", (r) => str(r, "kind") === "宣传栏"),
  leaflets: (wb) =>
    sum(periodRowsOf(wb, "publicity"), "quantity", (r) => str(r, "unit") === "份" && (str(r, "mode") === "发放" || str(r, "kind") === "宣传资料")),
  publicitySpend: (wb) => sum(periodRowsOf(wb, "publicity"), "amount"),
  // People only, as the formula (SUMIFS minus titles ending in 户 or 家庭).
  honourPeople: (wb) => sum(rowsOf(wb, "honors"), "people", (r) => !isCollectiveHonour(str(r, "title"))),
  // The period's activities only, as the text and the formulas count them (new-user test 18, D21).
  moralLectures: (wb) => rowsOf(wb, "activities").filter((r) => str(r, "kind") === "道德讲堂" && inReportPeriod(wb.period, r.cells.date)).length,
  activities: (wb) => rowsOf(wb, "activities").filter((r) => str(r, "name") !== "" && inReportPeriod(wb.period, r.cells.date)).length,
  // v1.2: 上期遗留 rows are counted apart, as the SUMIFS of 指标汇总 do (never as found in this period).
  problemsFound: (wb) => sum(rowsOf(wb, "rectification"), "found", thisPeriod),
  problemsRectified: (wb) => sum(rowsOf(wb, "rectification"), "rectified", thisPeriod),
  // v1.2: the 上期遗留 rows, as 指标汇总's 上期遗留问题数 / 已整改数 (new-user test 8, D25).
  carriedFound: (wb) => sum(rowsOf(wb, "rectification"), "found", carried),
  carriedRectified: (wb) => sum(rowsOf(wb, "rectification"), "rectified", carried),
};

/**
 * The rows and the filter of each indicator whose rows carry a measure word in their 单位 column (the catalog's
 * indicators with a `unitFormula`: 公益广告数量, 宣传栏数量, the problem counts): the 汇总 sheet never adds 平方米 to 块
 * or 户 to 处 (new-user test 41, D14, D19).
 */
const measuredRows: Readonly<Record<string, (wb: ParsedWorkbook) => { readonly rows: readonly ParsedRow[]; readonly field: string; readonly keep: (r: ParsedRow) => boolean }>> = {
  ads: (wb) => ({ rows: periodRowsOf(wb, "publicity"), field: "quantity", keep: (r) => str(r, "kind") === "公益广告" }),
  boards: (wb) => ({ rows: periodRowsOf(wb, "publicity"), field: "quantity", keep: (r) => str(r, "kind") === "宣传栏" }),
  problemsFound: (wb) => ({ rows: rowsOf(wb, "rectification"), field: "found", keep: thisPeriod }),
  problemsRectified: (wb) => ({ rows: rowsOf(wb, "rectification"), field: "rectified", keep: thisPeriod }),
  carriedFound: (wb) => ({ rows: rowsOf(wb, "rectification"), field: "found", keep: carried }),
  carriedRectified: (wb) => ({ rows: rowsOf(wb, "rectification"), field: "rectified", keep: carried }),
};

/**
 * Per measured indicator (ids of `measuredRows`), its sum by the measure word its rows typed (`{处: 126, 户: 20}`; a blank
 * 单位 under the key ""), and whether the rate would rest on an approximate count (`三十余` found, 30 rectified): the
 * 汇总 sheet shows no sum over different words and no 总整改率 from approximations, as the text and its 附表 (new-user test 41, D14, D19).
 */
export function unitMeasures(wb: ParsedWorkbook): UnitMeasures {
  const words: Record<string, Record<string, number>> = {};
  const approx: Record<string, Record<string, ApproxKind>> = {};
  const roughParts: Record<string, Record<string, number>> = {};
  for (const [id, of] of Object.entries(measuredRows)) {
    const { rows, field, keep } = of(wb);
    const byWord: Record<string, number> = {};
    const rough: Record<string, ApproxKind> = {};
    const parts: Record<string, number> = {};
    for (const r of rows) {
      if (!keep(r) || typeof r.cells[field]?.value !== "number") continue;
      const word = str(r, "unit");
      byWord[word] = round((byWord[word] ?? 0) + num(r, field));
      // 余 only when every rough part is 余, else 约 (as the text's sums: `三十余` + `约20` is 约50).
      const kind = r.cells[field]?.approx?.kind;
      if (kind) rough[word] = rough[word] === undefined || rough[word] === kind ? kind : "about";
      if (kind) parts[word] = round((parts[word] ?? 0) + num(r, field));
    }
    words[id] = byWord;
    approx[id] = rough;
    roughParts[id] = parts;
  }
  const approxRate = rowsOf(wb, "rectification").some((r) => thisPeriod(r) && (r.cells.found?.approx !== undefined || r.cells.rectified?.approx !== undefined));
  return { words, approx, roughParts, approxRate };
}

/** Σ已整改数 / Σ发现数 as a fraction, null when nothing was found (总整改率). */
export function rateOf(values: IndicatorValues): number | null {
  const found = values.problemsFound ?? 0;
  return found ? (values.problemsRectified ?? 0) / found : null;
}

/** The main indicators of a parsed workbook (ids of {@link rollupIndicatorIds}; the rate a fraction or null). */
export function unitIndicators(wb: ParsedWorkbook): IndicatorValues {
  const out: Record<string, number | null> = {};
  for (const id of rollupIndicatorIds) if (sums[id]) out[id] = sums[id](wb);
  out.rectificationRate = rateOf(out);
  // Rows in no figure (已整改数 above 发现数): a unit left out shows blank problem counts rather than a 0 it never typed.
  out[UNCOUNTED_PROBLEM_ROWS] = rowsOf(wb, "rectification").filter((r) => !counted(r)).length;
  return out;
}

/**
 * Key of {@link unitIndicators}' count of 问题整改 rows in no figure (已整改数 above 发现数); not a 汇总 column: a unit
 * left out with such rows shows its problem columns blank, never `0` for problems it did report (new-user test 34, D15).
 */
export const UNCOUNTED_PROBLEM_ROWS = "uncountedProblemRows";

/** Ids of the 汇总 columns a unit's {@link UNCOUNTED_PROBLEM_ROWS} leaves blank when the unit is left out. */
export const PROBLEM_INDICATORS: readonly string[] = ["problemsFound", "problemsRectified", "rectificationRate", "carriedFound", "carriedRectified"];

/** Totals over units: sums of each indicator, the rate recomputed from the summed counts. */
export function totalIndicators(units: readonly IndicatorValues[]): IndicatorValues {
  const out: Record<string, number | null> = {};
  for (const id of rollupIndicatorIds) if (sums[id]) out[id] = round(units.reduce((s, u) => s + (u[id] ?? 0), 0));
  out.rectificationRate = rateOf(out);
  return out;
}

/** The catalog specs of the 汇总 indicators, in column order. */
export function rollupIndicatorSpecs(catalog: Catalog): IndicatorSpec[] {
  return rollupIndicatorIds.map((id) => catalog.indicators.find((i) => i.id === id)).filter((i): i is IndicatorSpec => i !== undefined);
}
