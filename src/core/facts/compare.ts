/**
 * Period comparison (issue #4 item 4): two Facts of the same unit → changes of the indicators
 * that both periods have. The same 报告期 one year earlier is 同比 (`较上年同期`); the period just
 * before is 环比 (`较上半年`, `较上年下半年`, `较上季度`); anything else is refused.
 * @module
 */
import { MONTHLY_PERIOD, PERIOD_CYCLES, unitIdentity, type Catalog } from "../catalog";
import { ymdFromSerial } from "../normalize/date";
import { roundedWan } from "../normalize/number";
import { computeIndicators, type IndicatorValue } from "./indicators";
import type { PreviousDetail, PreviousFigures } from "./previous";
import type { Facts, Figure } from "./types";

/** How the earlier period relates to the current one. */
export interface PeriodRelation {
  /** 同比 (same period a year earlier) or 环比 (the period just before). */
  readonly kind: "yoy" | "mom";
  /** What `较…` names: 上年同期, 上年 (全年), 上半年, 上年下半年, 上季度. */
  readonly label: string;
  /** The earlier period as text (`2022年上半年`). */
  readonly previousText: string;
  /**
   * Set when the two files name the unit differently but alike (catalog `unitIdentity`: `锦绣华庭社区` and
   * `锦绣华庭社区居委会`): the 提示 a front end shows, `对比台账的单位名称为“…”，按同一单位比较。` (new-user test 37, D26).
   */
  readonly unitNote?: string;
}

/** One indicator in both periods. */
export interface IndicatorChange {
  readonly id: string;
  readonly label: string;
  readonly current: Figure;
  readonly previous: Figure;
  /** current − previous, in the figure's unit (percentage points for rates). */
  readonly delta: number;
  /** Relative change in % of the previous value (not for rates). */
  readonly percent?: number;
  /** Either side approximate: the change is written with 约. */
  readonly approx: boolean;
}

/** The comparison model. */
export interface Comparison {
  readonly relation: PeriodRelation;
  /** Indicator values of the earlier period (for the appendix table). */
  readonly previous: readonly IndicatorValue[];
  /** Changes of every indicator both periods have, in catalog order. */
  readonly changes: readonly IndicatorChange[];
  /**
   * The earlier workbook's facts, when compared with a workbook (not with the figures of 上期指标): the appendix's
   * detail rows (per category, 其他指标) compare with them.
   */
  readonly previousFacts?: Facts;
  /**
   * Compared with 上期指标: its detail rows, when the sheet holds them (written by 开始下一期 since new-user test 64,
   * D6); the appendix's detail rows compare with them as with `previousFacts`.
   */
  readonly previousDetails?: readonly PreviousDetail[];
}

/** Result of relating two periods: a relation, or a one-line Chinese reason for refusing. */
export type Related = { readonly ok: true; readonly relation: PeriodRelation } | { readonly ok: false; readonly message: string };

const quarters = PERIOD_CYCLES[1];

/** `2025年上半年`, `2025年` (全年), `2025年5月` (月度, the month its dates begin in). */
const periodName = (side: PeriodSide): string => {
  const { year, period } = side.profile;
  if (period === MONTHLY_PERIOD && side.period) return `${year}年${ymdFromSerial(side.period.start).m}月`;
  return period === "全年" ? `${year}年` : `${year}年${period}`;
};

/** The period just before (year, 报告期), for 环比; undefined for 全年 and 专项. */
function periodBefore(year: number, period: string): { year: number; period: string } | undefined {
  for (const cycle of PERIOD_CYCLES) {
    const i = cycle.indexOf(period);
    if (i > 0) return { year, period: cycle[i - 1] };
    if (i === 0) return { year: year - 1, period: cycle[cycle.length - 1] };
  }
  return undefined;
}

/** What relating periods reads of either side: the unit, 报告年度, 报告期 and the dates. */
export type PeriodSide = Pick<Facts, "period"> & { readonly profile: Pick<Facts["profile"], "unitName" | "shortName" | "year" | "period"> };

/**
 * Whether two sides name one unit: a catalog `unitIdentity` shared by their 单位名称 or 单位简称 — both 单位名称
 * (`锦绣华庭社区` / `锦绣华庭社区居委会`), both 单位简称, or the 单位名称 of one the 单位简称 of the other (`区市场监管局` as last
 * year's 单位名称 and this year's 单位简称 of `城南区市场监督管理局`; new-user test 40, D19). False when a 单位名称 is blank.
 */
function sameUnit(c: PeriodSide["profile"], p: PeriodSide["profile"]): boolean {
  if (!c.unitName || !p.unitName) return false;
  const names = (side: PeriodSide["profile"]): Set<string> => new Set([side.unitName, side.shortName ?? ""].filter((n) => n.trim() !== "").map(unitIdentity));
  const mine = names(c);
  return [...names(p)].some((n) => mine.has(n));
}

/**
 * Relates the earlier workbook's (or embedded 上期指标's) period to the current one (same unit; not overlapping). The
 * unit is the same when both 单位名称 have one catalog `unitIdentity` (`锦绣华庭社区` / `锦绣华庭社区居委会`, `柳塘村` /
 * `柳塘村村委会`, `青石镇` / `青石镇人民政府`, `城南街道` / `城南街道办事处`; new-user test 37, D26), or when a 单位简称 names
 * the other (`sameUnit`; new-user test 40, D19); differently written names are then told in the relation's `unitNote`.
 */
export function relatePeriods(current: PeriodSide, previous: PeriodSide): Related {
  const c = current.profile;
  const p = previous.profile;
  if (!sameUnit(c, p)) {
    return { ok: false, message: `对比台账的单位“${p.unitName || "未填写"}”与本台账“${c.unitName || "未填写"}”不是同一单位，无法比较。` };
  }
  const note = c.unitName.replace(/\s+/gu, "") !== p.unitName.replace(/\s+/gu, "") ? { unitNote: `对比台账的单位名称为“${p.unitName}”，按同一单位比较。` } : {};
  if (c.year === undefined || p.year === undefined || !c.period || !p.period) return { ok: false, message: "两个台账须都填写报告年度和报告期，才能比较。" };
  const prevText = periodName(previous);
  const curText = periodName(current);
  if (current.period && previous.period && previous.period.start <= current.period.end && current.period.start <= previous.period.end) {
    return { ok: false, message: `对比台账的报告期（${prevText}）与本期（${curText}）重叠，无法比较。` };
  }
  // A 月报 follows the month before (环比 `较上月`) or the same month a year before (`较上年同期`; new-user test 36, D16).
  if (c.period === MONTHLY_PERIOD && p.period === MONTHLY_PERIOD && current.period && previous.period) {
    const cm = ymdFromSerial(current.period.start);
    const pm = ymdFromSerial(previous.period.start);
    if (pm.m === cm.m && pm.y === cm.y - 1) return { ok: true, relation: { kind: "yoy", label: "上年同期", previousText: prevText, ...note } };
    if (pm.y * 12 + pm.m === cm.y * 12 + cm.m - 1) return { ok: true, relation: { kind: "mom", label: "上月", previousText: prevText, ...note } };
  }
  if (c.period !== "专项" && c.period !== MONTHLY_PERIOD && p.period === c.period && p.year === c.year - 1) {
    return { ok: true, relation: { kind: "yoy", label: c.period === "全年" ? "上年" : "上年同期", previousText: prevText, ...note } };
  }
  const before = periodBefore(c.year, c.period);
  if (before && before.year === p.year && before.period === p.period) {
    const label = quarters.includes(p.period) ? "上季度" : p.year === c.year ? p.period : `上年${p.period}`;
    return { ok: true, relation: { kind: "mom", label, previousText: prevText, ...note } };
  }
  return { ok: false, message: `对比台账的报告期（${prevText}）既不是本期（${curText}）的上年同期，也不是紧邻的上一期，无法比较。` };
}

/** Changes of the indicators both periods have (matched by measure word). */
export function indicatorChanges(current: readonly IndicatorValue[], previous: readonly IndicatorValue[]): IndicatorChange[] {
  return current.flatMap((cur) => {
    const prev = previous.find((p) => p.spec.id === cur.spec.id);
    if (!prev || cur.figures.length !== 1 || prev.figures.length !== 1) return [];
    const change = figureChange(cur.spec.id, cur.spec.label, cur.figures[0], prev.figures[0]);
    return change ? [change] : [];
  });
}

/**
 * The change from `previous` to `current` of one figure (an indicator, or a row of the appendix's
 * detail: 发现问题（乱张贴）), or undefined when the units differ or the earlier value is 0. Computed from the
 * unrounded sums (`exact`: 135余 − 120余 is 15, never 130余 − 120余; new-user test 35, D15), rounded only when said.
 * The change is approximate when either side is, unless both totals hold the same approximate part (35 + 百余 against
 * 20 + 百余: `增加15人`, exact).
 */
export function figureChange(id: string, label: string, current: Figure, previous: Figure): IndicatorChange | undefined {
  const cur = current.exact ?? current.value;
  const prev = previous.exact ?? previous.value;
  if (current.unit !== previous.unit || prev === 0) return undefined;
  const delta = Math.round((cur - prev) * 1e6) / 1e6;
  const sameRough = current.approx !== undefined && current.approx === previous.approx && current.roughPart !== undefined && current.roughPart === previous.roughPart;
  return {
    id, label, current, previous, delta,
    ...(current.kind === "rate" ? {} : { percent: (delta / prev) * 100 }),
    approx: (isRough(current) || isRough(previous)) && !sameRough,
  };
}

/**
 * Whether a figure is rough: typed with 约/余/近, or a count typed in 万 with a decimal (`1.2万`份), which check reads as a
 * rounded one (`视为约数`): its change is said with 约 (`减少约4000份`, never `减少4000份`; new-user test 63, D10).
 */
export function isRough(f: Figure): boolean {
  return f.approx !== undefined || (f.kind === "count" && roundedWan(f.exact ?? f.value, f.wan));
}

/**
 * The comparison of two periods of one unit, or the reason it is refused. `previous` is the earlier
 * workbook's facts, or the figures embedded in this workbook's 上期指标 sheet (v1.2, `PreviousFigures`).
 */
export function comparePeriods(current: Facts, previous: Facts | PreviousFigures, catalog: Catalog): { ok: true; comparison: Comparison } | { ok: false; message: string } {
  const related = relatePeriods(current, previous);
  if (!related.ok) return related;
  const embedded = "indicators" in previous;
  const prev = embedded ? previous.indicators : computeIndicators(previous, catalog);
  // This period's 整改率 leaves out the problems carried in (上期遗留); an earlier period that carried none in had every
  // problem on its books in its rate (or the 上期指标 cannot tell): the two rates are of different bases, and their change is
  // not said (run 32, reviewer AV, 材料5 item 2: never `整改率较上季度提高33.3个百分点` of 8 new problems against 15 of all).
  // Both periods with carried problems left out are alike, and compared.
  const carriedIn = (f: Facts): boolean => (f.rectification.carried?.found.length ?? 0) > 0;
  const unlike = carriedIn(current) && (embedded || !carriedIn(previous));
  const changes = indicatorChanges(computeIndicators(current, catalog), prev).filter((c) => !(unlike && c.id === "rectificationRate"));
  const earlier = embedded ? (previous.details ? { previousDetails: previous.details } : {}) : { previousFacts: previous };
  return { ok: true, comparison: { relation: related.relation, previous: prev, changes, ...earlier } };
}
