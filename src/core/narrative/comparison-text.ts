/**
 * The period comparison in words (issue #4 item 4) and the appendix table (item 7).
 * 同比 `公益广告较上年同期增加20块，增长33.3%`; 环比 `较上半年…`; decreases as 减少/下降; rates in
 * percentage points (`整改率较上年同期提高2.5个百分点`). A change of an approximate figure is 约.
 * @module
 */
import type { Comparison, Facts, Figure, FigureRow, IndicatorChange, IndicatorValue } from "../facts";
import { computeIndicators, figureChange, isPublicityIndicator, participantsByTypedKind } from "../facts";
import { printedMeasureWord, type Catalog } from "../catalog";
import type { Block } from "../document/model";
import { figureText, numberText, overStated, rateNumber } from "./phrase";
import { appendixKindName, countedProblem, publicityOwnWords } from "./points-ledgers";
import type { Sentence } from "./sentence";

/**
 * Where each compared indicator is told (point id, or `opening`) and how the text names it. Only changes are told, so
 * no name of an unchanged indicator is needed (new-user test 32, D24; before, `先进典型人数与上年同期持平`).
 */
export const comparedIndicators: Readonly<Record<string, { readonly point: string; readonly label: string }>> = {
  activities: { point: "opening", label: "开展各类活动" },
  problemsFound: { point: "problems", label: "发现问题" },
  problemsRectified: { point: "problems", label: "整改问题" },
  rectificationRate: { point: "problems", label: "整改率" },
  ads: { point: "publicity", label: "公益广告" },
  boards: { point: "publicity", label: "宣传栏" },
  leaflets: { point: "publicity", label: "发放宣传资料" },
  publicitySpend: { point: "publicity", label: "宣传投入" },
  honourPeople: { point: "honours", label: "先进典型" },
  moralLectures: { point: "lectures", label: "道德讲堂" },
  volunteerMembers: { point: "teams", label: "注册志愿者" },
  volunteerRate: { point: "teams", label: "志愿者注册率" },
  volunteerHours: { point: "teams", label: "志愿服务时长" },
};

/**
 * The names of the problems' indicators when every problem is a dispute (points-ledgers isDispute): disputes are taken in
 * and settled, never `发现问题` and `整改问题` (new-user test 67, D6: `受理矛盾纠纷较上季度增加6起，增长40%；化解矛盾纠纷增加7起`).
 */
export const DISPUTE_LABELS: Readonly<Record<string, string>> = { problemsFound: "受理矛盾纠纷", problemsRectified: "化解矛盾纠纷", rectificationRate: "化解率" };

/**
 * A change's share (`增长40%`) is said only from an earlier value of at least this many: below it the amount says all
 * (`较上半年增加1人`, never `增加1人，增长100%` over 1; new-user test 65, D11, docs/new-user-test-pane-65.md). The text and
 * the 附表 alike.
 */
const MIN_SHARE_BASE = 5;

/**
 * The change as words without the subject: `增加20块，增长33.3%`, `减少3处，下降5%`, `提高2.5个百分点`, `持平`. A rise
 * above 100 % is said in multiples, as official texts say it, in the text and the 附表 alike: `增加11500处，增长19.5倍`
 * (percent / 100, one decimal; new-user test 28, D12: never `增长1949.2%`). A change of approximate figures (`c.approx`) says
 * its amount only (`增加约60人`): no share computed from a rough figure, with or without 约 (v2 rule 4; run 32, reviewer AV,
 * 材料5 item 4, where run 30 had `增长约四成`).
 */
export function changeText(c: IndicatorChange, inRowUnit = false): string {
  // v2 rule 4: a percentage (a growth rate, a change of a rate) never takes 约; an amount may.
  if (c.current.kind === "rate") {
    // The difference of the rates as printed (one decimal each, phrase rateNumber): 92.9% → 83.3% is `下降9.6个百分点`, the
    // reader's own subtraction, never the 9.5 of the unrounded 92.857 − 83.333 (new-user test 51, D14).
    const printed = Math.round((Number(rateNumber(c.current.value)) - Number(rateNumber(c.previous.value))) * 10) / 10;
    const pts = numberText(Math.abs(printed), 1);
    if (pts === "0") return "持平";
    return `${printed > 0 ? "提高" : "下降"}${pts}个百分点`;
  }
  const amount: Figure = { ...c.current, value: Math.abs(c.delta), approx: c.approx ? "about" : undefined, sources: [] };
  // The same number with one side approximate (`27余` against 27) is no 持平, and how much it rose is unknown: `—`
  // (new-user test 50, D18).
  if (Math.abs(c.delta) < 1e-9) return c.approx && c.current.approx !== c.previous.approx ? "—" : "持平";
  const up = c.delta > 0;
  // A change said with 约 (either side approximate: 160 + 35 against 百余 + 35) says its amount only: a growth rate computed
  // from a rough figure is not said at all (run 32, reviewer AV, 材料5 item 4: never `增加约12小时，增长约1.5倍`), as it was
  // never a precise one (new-user test 37, D9: `增长44.4%`; run 30, reviewer AT, 材料7 item 4: `增长44%`).
  // Nor a share of a base too small to bear one (`从1人到2人` is no `增长100%`, which an editor strikes: new-user test 65, D11).
  const base = Math.abs(c.previous.exact ?? c.previous.value);
  const pct = c.percent !== undefined && !c.approx && base >= MIN_SHARE_BASE ? numberText(Math.abs(c.percent), 1) : "0";
  const growth = up && (c.percent ?? 0) > 100 ? `${numberText(Math.abs(c.percent ?? 0) / 100, 1)}倍` : `${pct}%`;
  // In the 附表 a sum of money stays in the row's 元 beside its 元 cells (new-user test 29, D7: never `减少2.86万元` under 元).
  const said = inRowUnit && amount.kind === "money" ? `${amount.approx ? "约" : ""}${numberText(amount.value, 2)}${amount.unit}` : figureText(amount);
  return `${up ? "增加" : "减少"}${said}${pct === "0" ? "" : `，${up ? "增长" : "下降"}${growth}`}`;
}

/**
 * True when the text may tell the change at all. A 整改率 over a rough 发现数 (约128 → 约94.5%) is never said by the
 * period's own summary (new-user test 25, D3): this period's rate, said (100%, `均已整改到位`), is not set against such
 * an earlier one nobody printed (new-user test 32, D15: never `较上半年提高5.5个百分点` after a 上半年 summary without
 * a rate). Two rates both over rough counts (the same 约40 卫生死角 in both years) are alike and still compared, as
 * before (new-user test 32, D24: `整改率为94.5%，较上年同期提高8.6个百分点`). The 附表 has both values either way.
 */
const isTellable = (c: IndicatorChange): boolean => !(c.id === "rectificationRate" && c.previous.approx === "about" && c.current.approx !== "about") && changeText(c) !== "—";

/** True when a change is a fall (a count or rate that went down): told under 存在的不足 (v2 rule 9). */
const isFall = (c: IndicatorChange): boolean => c.delta < 0 && changeText(c) !== "持平";

/**
 * Changes that are no shortfall and no result, told nowhere (the 附表 has them): fewer problems found, and fewer rectified
 * while fewer were found (new-user test 7, D11: `发现问题减少52处` under 存在的不足); and the counts found and rectified
 * whenever the 整改率 rose (its change is told and says the result), and `发现问题较上季度增加10处，增长20%；整改问题增加13处，增长28.9%；
 * 整改率……提高6.7个百分点` heaps four figures of one thing, more found being no result (docs/narrative-quality.md run 30,
 * reviewer AT, 材料7 item 1).
 */
const isUntold = (c: IndicatorChange, all: readonly IndicatorChange[]): boolean =>
  (isFall(c) && (c.id === "problemsFound" || (c.id === "problemsRectified" && all.some((o) => o.id === "problemsFound" && o.delta < 0))))
  || ((c.id === "problemsFound" || c.id === "problemsRectified") && all.some((o) => o.id === "rectificationRate" && isTellable(o) && !isFall(o) && changeText(o) !== "持平"));

/** How many falls 存在的不足 tells at most (new-user test 26, D9). */
const MAX_FALLS = 2;
/**
 * A rate falls materially when it drops by at least this many percentage points: `整改率较上季度下降0.9个百分点` (97.4% →
 * 96.5%) is the ordinary swing of a quarter, no shortfall (run-29 review, t55-fire-q3 item 6).
 */
const MATERIAL_RATE_FALL = 2;
/** A count falls materially when it drops by at least this share of the earlier value (%)… */
const MATERIAL_FALL_PERCENT = 20;
/** …and by more than this many (`开展各类活动减少1场` is no shortfall). */
const TRIVIAL_FALL = 2;

/**
 * The falls worth a 存在的不足 item (v2 rule 9 says where a falling figure goes, not that every one is told; new-user
 * test 26, D9): a rate (整改率, 注册率) that dropped by at least 2 percentage points; a count that fell by at least 20 % and by more than 2; never money
 * (宣传投入 is an input, and the period before may have had a one-off investment), nor a count of publicity put up
 * (公益广告, 宣传栏, 宣传资料: last period's new boards still stand; new-user test 27, D9). Rates first, then counts by the
 * share they fell, at most {@link MAX_FALLS}. The others stay in the appendix table's 增减 column.
 * @returns the indicator ids, in the order to tell them.
 */
export function materialFalls(comparison: Comparison | undefined): string[] {
  if (!comparison) return [];
  const falls = comparison.changes.filter((c) => comparedIndicators[c.id] && isTellable(c) && isFall(c) && !isUntold(c, comparison.changes));
  const rates = falls.filter((c) => c.current.kind === "rate" && -c.delta >= MATERIAL_RATE_FALL);
  const counts = falls
    .filter((c) => c.current.kind !== "rate" && c.current.kind !== "money" && comparedIndicators[c.id].point !== "publicity" && -c.delta > TRIVIAL_FALL && -(c.percent ?? 0) >= MATERIAL_FALL_PERCENT)
    .sort((a, b) => (a.percent ?? 0) - (b.percent ?? 0));
  return [...rates, ...counts].slice(0, MAX_FALLS).map((c) => c.id);
}

/** Measure words a user's own text may count the same things in (`7名`志愿者 for 7人). */
const ALIKE_MEASURES: Readonly<Record<string, string>> = { 人: "人|名|位" };

/**
 * True when one sentence of the user's own text (`ownTexts`: a 上期打算's 落实情况, a 工作亮点) states a count's change
 * itself, its amount and its figure now in one sentence (`新招募劝导志愿者7名，队伍扩大到32人` beside 注册志愿者 25 → 32人):
 * the change is not said again (run 33, reviewer AW, 材料8 item 7: never `注册志愿者较上季度增加7人，增长28%` as well).
 * Rates, money and rough figures are never matched so.
 */
function statedByOwnText(c: IndicatorChange, ownTexts: readonly string[]): boolean {
  if (!ownTexts.length || c.current.kind !== "count" || c.approx || c.current.approx || c.delta <= 0) return false;
  const measure = ALIKE_MEASURES[c.current.unit] ?? c.current.unit.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
  const said = (n: number): RegExp => new RegExp(`(?<![\\d.])${numberText(n)}(?:${measure})`, "u");
  return ownTexts.some((t) => t.split(/[。；;！!]/u).some((x) => said(c.delta).test(x) && said(c.current.value).test(x)));
}

/**
 * The comparison sentence of one point (or, with `point` undefined, of every point): the first
 * indicator `较{label}…`, the others after `；` without repeating it. `direction` "rise" keeps rises, "fall" only falls
 * (told under 存在的不足, v2 rule 9), "point" rises and falls but the material ones (materialFalls: 存在的不足 tells
 * them; the point's own comparison); all when omitted. Unchanged
 * indicators are never told: `宣传资料发放数量与上年同期持平` in every section says nothing an editor keeps (new-user
 * test 32, D24); the 附表 has them with `持平`. `told`: the point's text so far — a rate it has not stated is said
 * before its change (`整改率为98.5%，较上年下半年提高2.1个百分点`; new-user test 25, D12: never the change of a 整改率
 * nobody gave); `均已整改到位` has stated a 100% (`均已整改到位，整改率较上半年提高5.5个百分点`, never `整改率为100%`
 * after it: new-user test 32, D15). `ownTexts`: the unit's own sentences (落实情况, 工作亮点); a change one of them states is not
 * said again (statedByOwnText; run 33, AW). `labels`: the indicators' names by id where the point says them otherwise
 * (`受理矛盾纠纷` for 发现问题数 of disputes: new-user test 67, D6). Undefined when nothing is left to say.
 */
export function comparisonSentence(comparison: Comparison | undefined, point: string | undefined, direction?: "rise" | "fall" | "point", only?: string, told?: string, ownTexts: readonly string[] = [], labels?: Readonly<Record<string, string>>): ComparedSentence | undefined {
  if (!comparison) return undefined;
  const label = (id: string): string => labels?.[id] ?? comparedIndicators[id].label;
  const rel = comparison.relation.label;
  // A point tells its indicators' changes whatever their direction (`宣传投入较上半年减少1.62万元，下降87.1%` beside the
  // rise of 宣传资料), save the material falls 存在的不足 tells: never only the rises (new-user test 54, D19).
  const shortfalls = direction === "point" ? materialFalls(comparison) : [];
  const changes = comparison.changes
    .filter((c) => comparedIndicators[c.id] && (point === undefined || comparedIndicators[c.id].point === point))
    .filter((c) => isTellable(c) && !isUntold(c, comparison.changes))
    .filter((c) => direction === undefined || (direction === "point" ? !(isFall(c) && shortfalls.includes(c.id)) : direction === "fall" ? isFall(c) : !isFall(c)))
    .filter((c) => only === undefined || c.id === only)
    .filter((c) => !statedByOwnText(c, ownTexts));
  // Changed indicators one by one (`较{rel}` once); unchanged ones are not told.
  const changed = changes.filter((c) => changeText(c) !== "持平");
  if (!changed.length) return undefined;
  const stated = (c: IndicatorChange): boolean => told === undefined || told.includes(figureText(c.current)) || (c.current.value === 100 && told.includes("均已整改到位"));
  // 先进典型 counts every person honoured (selected and received), which no sentence of the point totals:
  // the base is said with it (new-user test 11, D17: not `共23人` then `增加18人` over 28).
  // 开展各类活动 is totalled by no sentence either (the points tell each kind): its total goes first (new-user test 36, D9:
  // `开展各类活动4场，较上年增加1场`, never the change without the base); so does a count under 存在的不足, far from the
  // point that gave it (`志愿服务时长60小时，较上年下半年减少120小时`).
  const parts = changed.map((c, i) =>
    c.id === "honourPeople"
      ? `各级先进典型共${figureText(c.current)}，较${rel}${changeText(c)}`
      : c.id === "activities" || (c.current.kind !== "rate" && (direction === "fall" || !stated(c)))
        ? `${label(c.id)}${figureText(c.current)}，较${rel}${changeText(c)}`
      : c.id === "rectificationRate" && !stated(c)
        ? `${label(c.id)}为${figureText(c.current)}，${i === 0 ? `较${rel}` : ""}${changeText(c)}`
        : `${label(c.id)}${i === 0 ? `较${rel}` : ""}${changeText(c)}`);
  // Under 存在的不足 the sentence is one item of a `；`-separated 一是…二是 list: its parts take `，`.
  const text = `${parts.join(direction === "fall" ? "，" : "；")}。`;
  const first = changed[0];
  const subject = `${label(first.id)}较${rel}`;
  // The first change named by its subject alone (`公益广告较上季度增加8块`): the point may join it to the sentence that states
  // its figure (`figureJoined`).
  const lead = text.startsWith(subject) ? { subject: label(first.id), figure: figureText(first.current) } : {};
  return { text, sources: [...new Set(changes.flatMap((c) => c.current.sources))], ...lead };
}

/**
 * A sentence that ends by stating exactly the figure a comparison begins with (`设置公益广告24块。` and `公益广告较上季度增加8块，
 * 增长50%；……`) joined with it, the subject not named twice: `设置公益广告24块，较上季度增加8块，增长50%；……。` (run 32, reviewer AV,
 * 材料5 item 3 and 材料8 item 1: never `发放宣传单3000份。发放宣传资料较上季度增加1000份`). Undefined when the sentence's last
 * clause states another figure (`发放宣传单3000份、宣传册2000份` against 5000份), so the comparison keeps its own sentence.
 */
export function figureJoined(sentence: string, comparison: ComparedSentence): string | undefined {
  if (comparison.subject === undefined || comparison.figure === undefined || !sentence.endsWith("。")) return undefined;
  const stem = sentence.slice(0, -1);
  const clause = stem.split(/[，；、：]/u).pop() ?? "";
  if (!clause.endsWith(comparison.figure) || /\d$/u.test(clause.slice(0, clause.length - comparison.figure.length))) return undefined;
  return `${stem}，${comparison.text.slice(comparison.subject.length)}`;
}

/** A comparison sentence with, when its first change is named by its subject alone, that subject and the figure compared. */
export interface ComparedSentence extends Sentence {
  readonly subject?: string;
  readonly figure?: string;
}

/** A rise below this share of the earlier value (%) is no news for the opening… */
const OPENING_RISE_PERCENT = 10;

/**
 * The opening's comparison as a clause for its main sentence, without the full stop: `开展各类活动23场，较上年同期增加7场，
 * 增长43.8%` (the total before its change). Undefined when there is none, or when the rise is small (by at most 2, or by
 * less than 10 % of the earlier value): `开展各类活动较上年增加1场` after the main sentence was a bare statistic no editor
 * keeps (new-user test 36, D9); the 附表 has every change.
 */
export function openingComparison(comparison: Comparison | undefined): Sentence | undefined {
  const c = comparison?.changes.find((x) => x.id === "activities");
  if (!c || isFall(c) || c.delta <= TRIVIAL_FALL || (c.percent ?? Infinity) < OPENING_RISE_PERCENT) return undefined;
  const s = comparisonSentence(comparison, "opening", "rise", "activities");
  return s && { text: s.text.replace(/。$/u, ""), sources: s.sources };
}

/** A value for the table in the indicator's unit: `552多`, `约14800`, `97.5`. */
/**
 * A rate in % as the 附表 prints it: one decimal (rateNumber), but two where one would round it up to a whole
 * percentage (184 of 约6200: 2.97, never `3` beside the text's `不足3%`, which says it under that whole number;
 * new-user test 41, D17).
 * @example appendixRate(2.968) // "2.97"
 * @example appendixRate(2.94) // "2.9"
 */
export function appendixRate(value: number): string {
  const shown = rateNumber(value);
  if (!(Number(shown) > value && Number.isInteger(Number(shown)))) return shown;
  const finer = numberText(value, 2);
  return Number(finer) < Number(shown) ? finer : shown;
}

/**
 * A cell's text in the column's unit. `parts`: a two-digit 余 sum is said in its typed parts (`20余+7`) — only where the
 * round `20余` would sit at or below a rectified count the table shows (review run 27, 材料1 item 4), never otherwise
 * (c17: `60余` found and `60余` rectified stay `60余`).
 */
function valueText(f: Figure, unit: string, parts = false): string {
  if (f.unit !== unit) return figureText(f);
  // Said in 万 (or 亿) in the text (`约1.5万台次`, `2万余小时`, `约5.6万元`, `1.86万元`): the same form here, never `约15000`
  // beside it (new-user test 56, D13); an exact figure the text can say in 万 only with 约 keeps its digits.
  const said = f.kind === "rate" ? undefined : inWan(f);
  if (said !== undefined) return said;
  // Typed in 万 (`约30万` 元), said in 万 as the text says it (`约30万元`): never `约300000` beside it (new-user test 31, D22).
  const wan = f.wan === true && f.value >= 10000 && Math.abs(Number(numberText(f.value / 10000, 2)) * 10000 - f.value) < 1e-6;
  const n = f.kind === "rate" ? appendixRate(f.value) : wan ? `${numberText(f.value / 10000, 2)}万` : numberText(f.value, 2);
  if (f.kind === "rate") return f.approx === "over" ? `${n}以上` : n;
  switch (f.approx) {
    case "over":
      // A two-digit sum of a rough part and exact parts keeps its typed parts in the 附表 (`二十余` + 7: `20余+7`), never a
      // round `20余` below the parts' 27 (review run 27, 材料1 item 4). A larger sum is said round as the text says it
      // (`100余` + 30: `130余`; the parts of a round figure add nothing).
      if (parts && !wan && f.roughPart !== undefined && f.roughPart >= 10 && f.value > f.roughPart && f.value < 100 && overStated(f) < f.value && Number.isInteger(f.value)) return `${numberText(overStated({ value: f.roughPart }), 2)}余+${numberText(f.value - f.roughPart, 2)}`;
      return overStated(f) < 10 ? `${n}以上` : wan ? `${n}余` : `${numberText(overStated(f), 2)}余`;
    case "about":
      return `约${n}`;
    case "nearly":
      return `近${n}`;
    default:
      return n;
  }
}

/** `f` as the text says it without its measure word, when that is in 万 or 亿 and as exact as `f`; else undefined. */
function inWan(f: Figure): string | undefined {
  const text = figureText(f);
  if (!text.endsWith(f.unit)) return undefined;
  const said = text.slice(0, text.length - f.unit.length);
  const m = /^(约|近)?(\d+(?:\.\d+)?)(万亿|万|亿)(余)?$/u.exec(said);
  if (!m) return undefined;
  const scale = m[3] === "万亿" ? 1e12 : m[3] === "亿" ? 1e8 : 1e4;
  return f.approx || Math.abs(Number(m[2]) * scale - f.value) < 1e-6 ? said : undefined;
}

/**
 * The two cells of one row in one form (new-user test 56, D13): a plain count in digits (`18600`, `约15000`) beside one in 万
 * (`2.4万`) is said in 万 too (`1.86万`, `约1.5万`), exactly; one in 万 beside one under 1万 goes back to digits (`33600` beside
 * `5000`); other cells as they are.
 * @example sameScale("2.4万", "18600") // ["2.4万", "1.86万"]
 */
export function sameScale(a: string, b: string): [string, string] {
  const wan = /^(?:约|近)?\d+(?:\.\d+)?万余?$/u;
  const digits = /^(约|近)?(\d{5,})(余)?$/u;
  const toWan = (cell: string): string => {
    const m = digits.exec(cell);
    if (!m || Number(m[2]) >= 1e8) return cell;
    const n = numberText(Number(m[2]) / 10000, 4);
    return Math.abs(Number(n) * 10000 - Number(m[2])) < 1e-6 ? `${m[1] ?? ""}${n}万${m[3] ?? ""}` : cell;
  };
  // Beside a figure under 1万 (`5000`), the one in 万 goes back to digits (`3.36万` → `33600`): one row, one form, in its 元
  // (new-user test 29, D7).
  const small = /^(约|近)?(\d{1,4})(余)?$/u;
  const toDigits = (cell: string): string => {
    const m = /^(约|近)?(\d+(?:\.\d+)?)万(余)?$/u.exec(cell);
    return m ? `${m[1] ?? ""}${numberText(Math.round(Number(m[2]) * 1e4 * 1e6) / 1e6, 2)}${m[3] ?? ""}` : cell;
  };
  if (wan.test(a) && small.test(b)) return [toDigits(a), b];
  if (wan.test(b) && small.test(a)) return [a, toDigits(b)];
  if (wan.test(a) && digits.test(b)) return [a, toWan(b)];
  if (wan.test(b) && digits.test(a)) return [toWan(a), b];
  return [a, b];
}

/** The value cell: in the indicator's unit (`552多`), or each figure with its own unit when they differ (`670处、12宗`). */
const cellOf = (v: IndicatorValue | undefined, done?: IndicatorValue): string => {
  if (!v?.figures.length) return "—";
  const unit = unitOf(v);
  return v.figures.map((f) => (unit ? valueText(f, unit, partsBeside(f, done?.figures.find((d) => d.unit === f.unit))) : figureText(f))).join("、");
};

/** Whether a found figure is said in its parts beside the rectified one: that one exact and at or above the round 余. */
const partsBeside = (found: Figure, done: Figure | undefined): boolean => !!done && !done.approx && f2(done.value) >= overStated(found);
const f2 = (n: number): number => Math.round(n * 1e6) / 1e6;

/** A rate cell with its full value (`62.963`), for the text's rounding; `—` when none, else as cellOf. */
const rateCell = (v: IndicatorValue | undefined): string => (v?.figures.length === 1 && v.figures[0].kind === "rate" && !v.figures[0].approx ? String(v.figures[0].value) : cellOf(v));

/** The unit column: the indicator's own, or the one unit all its figures share (`块`), else "" (each value carries its own). */
const unitOf = (v: IndicatorValue): string => {
  if (v.figures.every((f) => f.unit === v.spec.unit)) return v.spec.unit;
  return v.figures.length === 1 || v.figures.every((f) => f.unit === v.figures[0].unit) ? v.figures[0].unit : "";
};

/**
 * The earlier value cell under this period's unit column `unit`: in it when its figures are (`500`), else each figure
 * with its own unit (`约120幅`: 上期指标 stored 幅 where this period's 公益广告 would be 块, or this period has none and
 * the column is blank; new-user test 24, D11); figures in several units each with its own (`48处、20件`). `—` when the
 * earlier period had none.
 */
const earlierCellOf = (v: IndicatorValue | undefined, unit: string): string => {
  if (!v?.figures.length) return "—";
  // Figures in several units each carry their own, the one in this period's unit too (`48处、20件`, never `48、20件`:
  // the bare 48 reads as 处 only by the column, then 件 contradicts it; new-user test 31, D8).
  const mixed = v.figures.some((f) => f.unit !== v.figures[0].unit);
  return v.figures.map((f) => (unit && f.unit === unit && !mixed ? valueText(f, unit) : figureText(f))).join("、");
};

/**
 * Two plain numbers of one column with as many decimals (`2.6` beside `2.0`, never `2`: new-user test 43, D17); cells
 * that are not plain numbers (`约170`, `—`, `48处、20件`) as they are.
 * @example samePlaces("2.6", "2") // ["2.6", "2.0"]
 */
function samePlaces(a: string, b: string): [string, string] {
  const plain = /^\d+(?:\.(\d+))?$/u;
  const ma = plain.exec(a);
  const mb = plain.exec(b);
  if (!ma || !mb) return [a, b];
  const places = Math.max(ma[1]?.length ?? 0, mb[1]?.length ?? 0);
  return [Number(a).toFixed(places), Number(b).toFixed(places)];
}

/** True for a count of households (`户`, `户次`), told as 覆盖户数 rather than 参与人数. */
const isHouseholds = (f: Figure): boolean => /^户/u.test(f.unit);

/** One detail row of the appendix: a list the text folds (v2 rules 3 and 10), in full. */
export interface AppendixDetail {
  /** As printed in the 指标 column: `发现问题（乱张贴）`, `已整改（乱张贴）`, `参与人数（我们的节日）`, `覆盖户数（宣传教育）`, a 其他指标 name. */
  readonly label: string;
  /** Its figures: one, or (参与人数 of a type) one per measure word (`45人`, `120人次`). */
  readonly figures: readonly Figure[];
  /** The 单位 column: the figures' one measure word, or "" when they have several. */
  readonly unit: string;
  /** A 发现问题 row's 已整改 figure, said beside it where the parts differ in kind (partsBeside). */
  readonly done?: Figure;
  /** One figure, compared with the earlier row's figure in the same measure word; else the figures listed whole. */
  readonly byUnit: boolean;
}

/**
 * The appendix's detail rows of a period's facts, in the table's order: 发现问题/已整改 per category (named as the text
 * names it, appendixKindName), 参与人数 per typed 活动类型 (a drill typed 其他 told with 宣传教育 adds its people to
 * 参与人数（其他）: new-user test 56, D3), each 宣传投放 类型 no indicator lists (`宣传投放（横幅）`: new-user test 71, D12), then every 其他指标 row but one that counts a 问题整改 row again (listed there
 * once: new-user test 48, D5), in the measure word the text prints (v2 rule 11: `自管党员91人`, `近2000平方米`). What
 * 开始下一期 writes into 上期指标 below the indicators (new-user test 64, D6), and what the next period's rows compare with.
 */
export function appendixDetails(facts: Facts): AppendixDetail[] {
  const rows: AppendixDetail[] = [];
  for (const k of facts.rectification.byKind) {
    const name = appendixKindName(k);
    rows.push({ label: `发现问题（${name}）`, figures: [k.figure], unit: k.figure.unit, done: k.rectified, byUnit: true });
    rows.push({ label: `已整改（${name}）`, figures: [k.rectified], unit: k.rectified.unit, byUnit: true });
  }
  // One measure word goes to the 单位 column as in every other row (new-user test 7, D3). Households reached (`户`,
  // `户次`) are no 参与人数: their own row `覆盖户数（宣传教育）` (new-user tests 66 D13, 67 D12).
  for (const g of participantsByTypedKind(facts)) {
    for (const [label, figures] of [["参与人数", g.participants.filter((p) => !isHouseholds(p))], ["覆盖户数", g.participants.filter(isHouseholds)]] as const) {
      if (figures.length) rows.push({ label: `${label}（${g.kind}）`, figures, unit: figures.length === 1 ? figures[0].unit : "", byUnit: false });
    }
  }
  // Each 宣传投放 类型 the text tells and no indicator lists (`悬挂横幅20条`: new-user test 71, D12), by its 方式 where the
  // text tells them apart (`新设` beside `更换`: never one total of what was put up and what was replaced).
  for (const t of facts.publicity.byKind.filter((x) => !isPublicityIndicator(x))) {
    // In the word the text says (`道旗66面`, `通过电子屏发布创建信息200条`: publicityOwnWords).
    const parts = t.byMode?.length ? t.byMode.map((m) => ({ total: m, label: `宣传投放（${t.category}，${m.modes?.[0] ?? "新设"}）` })) : [{ total: t, label: `宣传投放（${t.category}）` }];
    for (const { total, label } of parts) {
      const unit = publicityOwnWords(total) ? total.figure.unit : printedMeasureWord(total.category, total.figure.unit);
      const p = { label, figure: total.figure };
      rows.push({ label: p.label, figures: [{ ...p.figure, unit }], unit, byUnit: true });
    }
  }
  const printedUnit = (f: FigureRow): string => (f.figure.kind === "rate" ? "%" : f.figure.kind === "money" ? f.figure.unit : printedMeasureWord(f.name, f.figure.unit));
  for (const f of facts.figures.filter((x) => !countedProblem(facts, x))) {
    const unit = printedUnit(f);
    rows.push({ label: f.name, figures: [{ ...f.figure, unit }], unit, byUnit: true });
  }
  return rows;
}

/**
 * The appendix 主要指标统计表: indicator, value, unit (and, with a comparison, the earlier value
 * and the change). Indicators blank in both periods are left out. The unit column is this period's: an earlier value
 * in another unit, or in a row this period has no value for (its unit column blank), carries its own unit.
 */
export function appendixTable(facts: Facts, catalog: Catalog, comparison?: Comparison): Block | undefined {
  const held = facts.activities.some((g) => g.items.length > 0);
  const current = computeIndicators(facts, catalog);
  const rows = current.flatMap((given): string[][] => {
    const prev = comparison?.previous.find((p) => p.spec.id === given.spec.id);
    if (!given.figures.length && !prev?.figures.length) return [];
    // Activities of a type held before and none now, in a ledger that holds this period's activities, are 0 of them:
    // `活动场次（宣传教育） 0 场 1 减少1场`, never `—` with no change (new-user test 57, D16).
    const none = held && /^activities:/u.test(given.spec.id) && !given.figures.length && prev?.figures.length === 1 && prev.figures[0].value > 0;
    const cur: IndicatorValue = none ? { ...given, figures: [{ value: 0, unit: prev.figures[0].unit, kind: "count", sources: [] }] } : given;
    const done = cur.spec.id === "problemsFound" ? current.find((v) => v.spec.id === "problemsRectified") : undefined;
    if (!comparison) return [[cur.spec.label, cellOf(cur, done), unitOf(cur)]];
    // No value this period: the earlier figures' one unit in the column (`2000` under 份, never `—` beside `2000份` with the
    // column blank: new-user test 27, D10); none when they have several, never this period's default one, which would
    // name the earlier figure's wrongly.
    const earlierUnits = [...new Set(prev?.figures.map((f) => f.unit) ?? [])];
    const unit = cur.figures.length ? unitOf(cur) : earlierUnits.length === 1 ? earlierUnits[0] : "";
    const change = comparison.changes.find((c) => c.id === cur.spec.id) ?? (none && prev ? figureChange(cur.spec.id, cur.spec.label, cur.figures[0], prev.figures[0]) : undefined);
    // The 总整改率 as the text says it (`整改率为63%`: rateNumber, one decimal at most), never `62.96` nor `100.00` padded
    // beside it (new-user test 50, D19); the two cells with as many decimals, at most one (`97.5` beside `93.0`).
    const asText = (cell: string): string => (cur.spec.id === "rectificationRate" && /^\d+(?:\.\d+)?$/u.test(cell) ? rateNumber(Number(cell)) : cell);
    const [now, then] = cur.spec.id === "rectificationRate" ? samePlaces(asText(rateCell(cur)), asText(rateCell(prev))) : samePlaces(...sameScale(cellOf(cur, done), earlierCellOf(prev, unit)));
    return [[cur.spec.label, now, unit, then, change ? changeText(change, true) : "—"]];
  });
  // The lists the text folds (v2 rules 3 and 10) in full (appendixDetails), each with the earlier period's row of the same
  // label and unit (new-user test 6, D4): the earlier workbook's, or those 开始下一期 wrote into 上期指标 (new-user test 64,
  // D6). A 上期指标 written before holds the indicators only: its detail rows say 未比较 rather than a `—` that reads as none.
  const earlier = comparison?.previousFacts ? appendixDetails(comparison.previousFacts) : comparison?.previousDetails;
  /** A row's comparison cells: the earlier value (`—` when it had none) and the change. */
  const compared = (row: string[], prev: string | undefined, change: IndicatorChange | undefined): string[] => {
    if (!comparison) return row;
    if (!earlier) return [...row, "未比较", "—"];
    return [...row, prev ?? "—", change ? changeText(change, true) : "—"];
  };
  for (const d of appendixDetails(facts)) {
    const before = earlier?.filter((e) => e.label === d.label).flatMap((e) => e.figures) ?? [];
    if (d.byUnit) {
      const cur = d.figures[0];
      const prev = before.find((f) => f.unit === d.unit);
      const [now, then] = sameScale(valueText(cur, d.unit, partsBeside(cur, d.done)), prev ? valueText(prev, d.unit) : "");
      rows.push(compared([d.label, now, d.unit], prev && then, prev && figureChange(d.label, d.label, cur, prev)));
      continue;
    }
    // 人 beside 人次 (never one total, v2 rule 3) keep theirs in the cell, the 单位 column blank.
    const listed = (figures: readonly Figure[]): string => figures.map((p) => (p.unit === d.unit ? valueText(p, d.unit) : valueText(p, p.unit) + p.unit)).join("、");
    const change = d.figures.length === 1 && before.length === 1 ? figureChange(d.label, d.label, d.figures[0], before[0]) : undefined;
    rows.push(compared([d.label, listed(d.figures), d.unit], before.length ? listed(before) : undefined, change));
  }
  if (!rows.length) return undefined;
  const header = comparison ? ["指标", "本期", "单位", comparison.relation.label, "增减"] : ["指标", "数值", "单位"];
  return { kind: "table", caption: "附表：主要指标统计表", header, rows };
}
