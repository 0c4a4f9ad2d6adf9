/**
 * The 指标汇总 indicators (catalog `indicators`) computed from facts, not from Excel formulas:
 * what the appendix table (主要指标统计表) and the period comparison print. An indicator whose
 * rows use several measure words keeps one figure per unit (never adding 宗 to 处).
 * @module
 */
import type { Catalog, IndicatorSpec } from "../catalog";
import { Enums } from "../catalog";
import { countOf, participantsOf } from "./figure";
import type { CategoryTotal, Facts, Figure } from "./types";

/** One indicator's value: figures per unit (empty when blank or zero). */
export interface IndicatorValue {
  readonly spec: IndicatorSpec;
  readonly figures: readonly Figure[];
}

const one = (f: Figure | undefined): Figure[] => (f ? [f] : []);
/** True when `b` is the same approximate figure as `a` (both `500余`, from rough parts alike): all of it, as said. */
const sameRough = (a: Figure, b: Figure | undefined): boolean => !!b && b.approx === a.approx && b.value === a.value && (b.exact ?? b.value) === (a.exact ?? a.value) && b.roughPart === a.roughPart;
const ofCategory = (totals: readonly CategoryTotal[], category: string): Figure[] => {
  const units = [...new Set(totals.filter((t) => t.category === category).map((t) => t.figure.unit))];
  return units.map((u) => {
    const parts = totals.filter((t) => t.category === category && t.figure.unit === u).map((t) => t.figure);
    return parts.length === 1 ? parts[0] : merge(parts);
  });
};

/** Sum of figures of one unit (approximate if any part is; 余 if any part is 余). */
function merge(parts: readonly Figure[]): Figure {
  const approx = parts.some((p) => p.approx === "over") ? "over" : parts.some((p) => p.approx) ? "about" : undefined;
  return {
    value: Math.round(parts.reduce((s, p) => s + p.value, 0) * 1e6) / 1e6,
    unit: parts[0].unit, kind: parts[0].kind, ...(approx ? { approx } : {}),
    sources: [...new Set(parts.flatMap((p) => p.sources))],
  };
}

/** A count re-labelled with the indicator's measure word (道德讲堂 → 期, 活动 → 场). */
const withUnit = (f: Figure | undefined, unit: string): Figure[] => (f ? [{ ...f, unit }] : []);

/** The 宣传投放 类型 an indicator of its own counts (公益广告数量, 宣传栏数量), by indicator id. */
export const indicatorPublicityKinds = { ads: "公益广告", boards: "宣传栏" } as const;

/**
 * True when the 宣传投放 total `t` (one 类型 in one measure word) is a row of the indicators already: a 类型 with an
 * indicator of its own (indicatorPublicityKinds), or materials in 份 all handed out (宣传资料发放份数: 宣传资料, or rows all
 * 发放). Other totals (`横幅` 20条, `电子屏`) have no indicator: the appendix lists them apart (new-user test 71, D12).
 */
export function isPublicityIndicator(t: CategoryTotal): boolean {
  if ((Object.values(indicatorPublicityKinds) as string[]).includes(t.category)) return true;
  return t.figure.unit === "份" && (t.category === "宣传资料" || (!!t.modes?.length && t.modes.every((m) => m === "发放")));
}

/**
 * How each indicator (by catalog id; `base:arg` ids take their argument) is read from facts.
 * Indicators without an entry here have no value.
 */
const resolvers: Readonly<Record<string, (facts: Facts, spec: IndicatorSpec, arg: string) => Figure[]>> = {
  volunteerMembers: (f) => one(f.volunteers.members),
  volunteerRate: (f) => one(f.volunteers.registrationRate),
  volunteerHours: (f) => one(f.volunteers.hours),
  ads: (f) => ofCategory(f.publicity.byKind, indicatorPublicityKinds.ads),
  boards: (f) => ofCategory(f.publicity.byKind, indicatorPublicityKinds.boards),
  leaflets: (f) => one(f.publicity.handedOut),
  publicitySpend: (f) => one(f.publicity.spend),
  honourPeople: (f, _s, level) => (level ? ofCategory(f.honours.byLevel, level) : one(f.honours.people)),
  moralLectures: (f, s) => withUnit(f.activities.find((g) => g.kind === "道德讲堂")?.count, s.unit),
  activities: (f, s, kind) => {
    // By the type typed, as the workbook's COUNTIFS counts (new-user test 55, D4: a drill typed 其他 is no 宣传教育 场次).
    if (kind) return withUnit(countOf(f.activities.flatMap((g) => g.items).filter((i) => (i.typedKind ?? i.kind) === kind).flatMap((i) => i.sources), s.unit), s.unit);
    const total = f.activities.reduce((n, g) => n + g.count.value, 0);
    return total ? [{ value: total, unit: s.unit, kind: "count", sources: f.activities.flatMap((g) => g.count.sources) }] : [];
  },
  problemsFound: (f) => [...f.rectification.foundByUnit],
  problemsRectified: (f) => [...f.rectification.rectifiedByUnit],
  // None over problems counted in different units (处 and 起: build-facts gives no rate), so no `整改率较上年……提高`
  // is compared on it either (new-user test 15).
  // Nor over a 余 发现数 (`二十余` + 7 found, 27 rectified): the text says no rate (its rate is only a ceiling), so the
  // 附表 shows none and no change of it is told (new-user test 50, D3/D18). The same rough figure rectified (`500余`
  // found, `500余` rectified: `均已整改到位`) keeps its 100%.
  rectificationRate: (f) => one(f.rectification.foundByUnit.some((x) => x.approx === "over" && !sameRough(x, f.rectification.rectifiedByUnit.find((r) => r.unit === x.unit))) ? undefined : f.rectification.rate),
};

/** The indicators of the catalog with their values, in catalog order (blank ones included). */
export function computeIndicators(facts: Facts, catalog: Catalog): IndicatorValue[] {
  return catalog.indicators.map((spec) => {
    const [base, arg = ""] = spec.id.split(":");
    const resolve = resolvers[base];
    return { spec, figures: resolve ? resolve(facts, spec, arg).filter((f) => f.value !== 0) : [] };
  });
}

/**
 * The participants of the period's activities per 活动类型 as typed (`typedKind`), in the catalog's order of types, types
 * with no participants left out: a drill typed 其他 that the text tells with 宣传教育 counts under 其他, as its 场次 does
 * (`activities:其他`, the workbook's COUNTIFS; new-user test 56, D3). Each entry: one figure per measure word (participantsOf).
 */
export function participantsByTypedKind(facts: Facts): { readonly kind: string; readonly participants: readonly Figure[] }[] {
  const items = facts.activities.flatMap((g) => g.items);
  const kinds = [...new Set(items.map((i) => i.typedKind ?? i.kind))];
  const types: readonly string[] = Enums.activityKind;
  const order = (k: string): number => (types.includes(k) ? types.indexOf(k) : types.length);
  return kinds.sort((a, b) => order(a) - order(b))
    .map((kind) => ({ kind, participants: participantsOf(items.filter((i) => (i.typedKind ?? i.kind) === kind)) }))
    .filter((g) => g.participants.length > 0);
}

/** Indicators that the narrative compares between periods (the main ones; sub-totals by level or type are left to the table). */
export const mainIndicatorIds: readonly string[] = [
  "activities", "problemsFound", "problemsRectified", "rectificationRate", "ads", "boards", "leaflets", "publicitySpend",
  "honourPeople", "moralLectures", "volunteerMembers", "volunteerRate", "volunteerHours",
];
