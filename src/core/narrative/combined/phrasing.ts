/**
 * Building blocks of the combined summary's sentences: the leading units by a figure
 * (`其中幸福里社区552多人、和平社区480人，居各社区前列`), activities summed over units, and
 * 其他指标 rows summed by name and measure word. Every figure keeps its cells.
 * @module
 */
import { isPlaceholderActivityName, standardV1 } from "../../catalog";
import type { ActivityGroup, ActivityItem, Facts, Figure, FigureRow } from "../../facts";
import { clausesOfItems, itemOf, mergeRows } from "../weave";
import { dateText, joinList, stripEnd } from "../phrase";
import { isAwardName, narrowed } from "../sections";
import { activityDate, awardHeld, eventOfUnit, householdsWho, householdVerb, namedActivity, pairsOf } from "../points-activities";
import { SentenceBuilder, type Sentence } from "../sentence";
import { shortUnitName, unitGroupText, type Combiner, type UnitFacts } from "./units";

/** What every combined sentence knows. */
export interface CombinedCtx {
  /** Facts of every row (units and the combining unit's own). */
  readonly total: Facts;
  readonly units: readonly UnitFacts[];
  /** `全街道`, `全镇`, `辖区`. */
  readonly scope: string;
  /** `4个社区`. */
  readonly group: string;
  /** `各社区` / `各单位`. */
  readonly each: string;
  /** True when units of the area were left out, or the units are only members ({@link CombinedCtx.members}): `scope` is then `上述各村` or `各单位`, never `全镇` (the opening names them, `前进村和大坪村共`, or counts them, `5个村共`: new-user test 30, D9). */
  readonly partial?: boolean;
  /**
   * True when the units are departments or schools of a 文明办 or a bureau (units.ts isMembersRollup): `partial` is then
   * set too, the totals being those of the units rolled up (`区城管局、区教育局和区人社局共`), never the district's.
   */
  readonly members?: boolean;
  /** What the combining unit is to its units (units.ts combinerOf): only an `area` has a 辖区. */
  readonly combiner: Combiner;
  /**
   * The combining unit's own rows (填报单位 blank or its own name) when they hold ledger data, as one more reporter named as
   * the unit names itself (`街道`, `镇`, its 单位简称): never one of `units`, never counted among them (`3个社区`), never
   * told as theirs (`各社区共开展督查检查12次` for the 街道's own: new-user test 45, D1).
   */
  readonly own?: UnitFacts;
}


/**
 * The leading units by `value`: only among units with a positive value, and only when at least two
 * have one of four units or more, all three of three; up to half of them, at most three. Ties keep the units' order.
 */
export function leadingUnits(ctx: CombinedCtx, value: (f: Facts) => number): UnitFacts[] {
  const withData = ctx.units.filter((u) => value(u.facts) > 0);
  // Of two units, the one ahead is no 首位 worth a sentence (new-user test 31, D6: `其中南苑社区33处，发现问题最多` beside 31),
  // nor of two that have it among three (new-user test 36, D3: never `其中江岸区1.2万人，注册人数居各单位首位` beside 8000).
  if (ctx.units.length < 3 || withData.length < (ctx.units.length === 3 ? 3 : 2)) return [];
  const k = Math.min(3, Math.max(1, Math.floor(withData.length / 2)));
  const sorted = [...withData].sort((a, b) => value(b.facts) - value(a.facts));
  // A unit leads only when it is clearly ahead of every unit left out (by a tenth at least): ties and near-ties are never ranked.
  let n = k;
  while (n > 0 && n < sorted.length && value(sorted[n - 1].facts) < value(sorted[n].facts) * 1.1) n--;
  return sorted.slice(0, n);
}

/** Appends `A社区552多人、B社区480人、C社区300人` (units and each unit's figures joined with `、`). */
export function appendUnitFigures(b: SentenceBuilder, units: readonly UnitFacts[], figures: (f: Facts) => readonly Figure[]): SentenceBuilder {
  units.forEach((u, i) => {
    if (i) b.text("、");
    b.text(u.short).from(u.source);
    figures(u.facts).forEach((f, j) => b.text(j ? "、" : "").fig(f));
  });
  return b;
}

/** Appends figures joined with `、` (`118处、6宗`). */
export function appendFigures(b: SentenceBuilder, figures: readonly Figure[]): SentenceBuilder {
  figures.forEach((f, i) => b.text(i ? "、" : "").fig(f));
  return b;
}

/** Sum of the values of figures (across measure words: for ranking only, never printed). */
export const valueOf = (figures: readonly Figure[]): number => figures.reduce((s, f) => s + f.value, 0);

/**
 * `其中A社区118处、B社区110处，{tail}。` for the leading units by `figures`; undefined when fewer
 * than two units have the figure.
 */
export function leadersSentence(ctx: CombinedCtx, figures: (f: Facts) => readonly Figure[], tail: (k: number) => string): Sentence | undefined {
  const top = leadingUnits(ctx, (f) => valueOf(figures(f)));
  if (!top.length) return undefined;
  return appendUnitFigures(new SentenceBuilder().text("其中"), top, figures).text(`，${tail(top.length)}。`).build();
}

/**
 * Each unit's figure right after a total (`，其中县人民医院35人、县中医院60人`), never a ranking (`居各单位首位`, `最多`:
 * review run 27, 材料2 items 9, 12): every unit with the figure when there are four units or fewer, else the leading
 * units (leadingUnits) with their figures only. Nothing when fewer than two units have it (the total is then theirs).
 */
export function appendBreakdown(ctx: CombinedCtx, b: SentenceBuilder, figures: (f: Facts) => readonly Figure[]): SentenceBuilder {
  // The combining unit's own share (`街道本级5万元`) is one of the parts, first: a list of the units alone does not add up to
  // the total (new-user test 55, D14: never `5.35万元，其中桃花社区2000元、竹园社区1500元`).
  const own = ctx.own && valueOf(figures(ctx.own.facts)) > 0 ? [{ ...ctx.own, short: ownRowLabel(ctx.own.short, ctx.total.profile.unitName, ctx.total.profile.shortName) }] : [];
  const withData = ctx.units.filter((u) => valueOf(figures(u.facts)) > 0);
  // Two units at least, as before: `城关镇及东岭村共…投入宣传经费6.2万元` names both parts already (new-user test 46, Q).
  if (withData.length < 2) return b;
  const units = ctx.units.length <= 4 ? [...own, ...withData] : leadingUnits(ctx, (f) => valueOf(figures(f)));
  return units.length ? appendUnitFigures(b.text("，其中"), units, figures) : b;
}

/**
 * The 附表's row, and a breakdown's part, of the combining unit's own rows: `街道本级`, `镇本级`, `和平街道本级`; a `我…` word is the
 * unit's 单位简称 (`shortName`) when given (`县农业农村局本级`), else its name.
 */
export function ownRowLabel(short: string, unitName: string, shortName?: string): string {
  return `${short.startsWith("我") ? shortName?.trim() || shortUnitName(unitName) : short}本级`;
}

/** `居各社区首位` for one leader, `居各社区前列` for several. */
export const rankTail = (ctx: CombinedCtx, what = "") => (k: number): string => `${what}居${ctx.each}${k === 1 ? "首位" : "前列"}`;

/** `环境整治活动`, `文体活动`, `道德讲堂`, `会议培训` (no doubled 活动). */
export function activityLabel(kind: string): string {
  return /活动$|讲堂$|培训$/u.test(kind) ? kind : `${kind}活动`;
}

/** Names joined with `、` and a final `和` — `及` before a name that starts with 和 (`幸福里社区及和平社区`). */
export function joinUnits(names: readonly string[]): string {
  const last = names[names.length - 1] ?? "";
  return joinList(names, last.startsWith("和") ? "及" : "和");
}

/**
 * The combining unit's own name (`城关镇`, `街道`) then its units: `城关镇及北山村、东岭村` (`names` joined with `、`), or
 * `城关镇及各村` for a phrase; never `城关镇和北山村和东岭村` nor `城关镇和北山村、东岭村和南坪村` (new-user test 46, D15).
 */
export function ownAndUnits(self: string, names: string | readonly string[]): string {
  return `${self}及${typeof names === "string" ? names : names.join("、")}`;
}

/**
 * The roll-up's 志愿者注册率 (% of the 汇总台账's 常住人口, build-facts), or undefined when it is no one's: with units left out
 * (or units counted as themselves) beside the combining unit's own ledger, the 常住人口 is the whole area's (rollup takes
 * the own ledger's) while the volunteers are only those of the units rolled up — never `各村志愿者注册率为0.2%` for two
 * villages' 70 over the 镇's 32000 (new-user test 46, D16); nor with a unit of the area that reported no volunteers (below).
 * Over the whole area, the rate is the whole's (`全镇`).
 */
export function registrationRateOf(ctx: CombinedCtx): Figure | undefined {
  if (ctx.partial && ctx.own) return undefined;
  // Like with like (review run 34, reviewer AX, 材料4 item 2): the rate is judged only when every unit whose residents the
  // 常住人口 counts reported its volunteers — the units that give a 常住人口 of their own, or, when none does (the combining
  // unit's 常住人口 is the whole area's), every unit. Never `全街道志愿者注册人数占常住人口比例偏低` on two communities' 340
  // over the 街道's 21000 with 和平社区's volunteers unreported.
  return volunteersOfWhole(ctx) ? ctx.total.volunteers.registrationRate : undefined;
}

/**
 * True when every unit whose residents the 常住人口 counts reported its registered volunteers: the units that give a 常住人口
 * of their own, or every unit when none does (the combining unit's 常住人口 is the whole area's). The total registered is
 * then the whole's, to set against its 常住人口 or to lead the opening (review run 34, reviewer AX, 材料4 item 2).
 */
export function volunteersOfWhole(ctx: CombinedCtx): boolean {
  const holders = ctx.units.some((u) => u.facts.profile.population) ? ctx.units.filter((u) => u.facts.profile.population) : ctx.units;
  return holders.every((u) => !!u.facts.volunteers.members);
}

/** At most this many units are named in one clause (more are counted). */
export const MAX_NAMED = 3;

/**
 * Who has something: `各社区共` when every unit has it (units counted as themselves: `scope`, `上述各社区共` or `各单位共`,
 * never the count again and again: new-user test 30, D9), `3个社区共` when several, the unit's name when one has it.
 */
export function whoHas(ctx: CombinedCtx, has: (f: Facts) => boolean): string {
  const did = ctx.units.filter((u) => has(u.facts));
  // The combining unit's own rows are its own (`街道开展督查检查12次`), told beside the units' when both have some
  // (`街道及各社区共`), never as the units' (new-user test 45, D1).
  const self = ctx.own && has(ctx.own.facts) ? ctx.own.short : "";
  if (self && !did.length) return self;
  // Some of the units, when few (up to MAX_NAMED), by their names (`中心校及石门村小学、龙潭教学点共`), more counted by kind: never
  // `中心校及1所学校和1家单位共` for a 村小 and a 教学点 (new-user test 66, D3); so are all of them beside the combining unit's own
  // with others left out (`中心校及龙潭教学点、石门村小学共`, never `中心校及上述各单位共`), as its 领导小组 are (new-user test 57, D11).
  const some = did.length > 1 && (did.length < ctx.units.length || (!!self && ctx.partial && !ctx.members));
  // Districts stay counted as a city's report counts them (`两区共`, new-user test 36, D3): their breakdown follows by name.
  const few = some && did.length <= MAX_NAMED && !did.every((u) => u.kind === "区" || u.kind === "县");
  const units = did.length === 1 ? did[0].short : did.length === ctx.units.length || did.length === 0 ? (ctx.partial ? ctx.scope : ctx.each) : few ? "" : unitGroupText(did);
  if (self) return `${ownAndUnits(self, few ? did.map((u) => u.short) : units)}共`;
  if (few) return `${joinUnits(did.map((u) => u.short))}共`;
  // One unit is named, also when it is the only one rolled up (`河口乡评选表彰…`, never `各乡镇共`; new-user test 18).
  if (did.length === 1) return did[0].short;
  // Counted by kind (`3个社区共`): of a mixed roll-up, never `3个单位` for three communities (new-user test 22, D14).
  return `${units}共`;
}

/**
 * Who a total of the whole area belongs to: `scope` + 共 (`全街道共`), or the one unit's short name when only one of several
 * units has it (`东风社区更换宣传栏12块`, `江滨街道排查发现……`, never `各社区共` or `全区共` for one unit's figure: new-user
 * test 43, D16).
 */
export function scopeOrOne(ctx: CombinedCtx, has: (f: Facts) => boolean): string {
  const did = ctx.units.filter((u) => has(u.facts));
  // The combining unit's own figure alone is its own (`街道排查发现……`: new-user test 45, D1); beside the units' it is the whole's.
  // With units left out (or units counted as themselves) there is no whole: the unit and the units are the subject
  // (`城关镇及上述各村共排查发现……`), never the units alone for a total holding its own (new-user test 46, D1).
  const self = !!ctx.own && has(ctx.own.facts);
  if (self && !did.length) return (ctx.own as UnitFacts).short;
  if (self) return ctx.partial ? whoHas(ctx, has) : `${ctx.scope}共`;
  // The one unit rolled up is named without 共 (`石桥村排查发现……`: new-user test 44, D1).
  return did.length === 1 ? did[0].short : `${ctx.scope}共`;
}

/**
 * `各社区共开展环境整治活动36场，参与1200人次、300人。` for each group of the given kinds; groups of one
 * reporter in a row share one sentence and say it once (`柳树湾村开展宣传教育活动1场，参与90人；开展
 * 理论学习活动1场，参与40人。`, new-user test 7, D10). `keep`: only the items it keeps are told (each group narrowed to them).
 */
export function activitySentences(ctx: CombinedCtx, kinds: readonly string[], label: (g: ActivityGroup) => string = groupLabel, keep: (it: ActivityItem) => boolean = () => true): Sentence[] {
  // An activity typed 其他 that its words place under a type (`三八妇女节座谈` under 关爱帮扶: facts `untyped`) is told by its
  // own name, as a 其他 activity, never counted among that type's (new-user test 46, D17), as a unit's own summary never
  // calls it by a type the user did not choose.
  const parts = (g: ActivityGroup): (readonly [ActivityGroup | undefined, boolean])[] => (g.kind === "其他"
    ? [[narrowed(g, g.items.filter(keep)), false]]
    : [[narrowed(g, g.items.filter((i) => keep(i) && !i.untyped)), false], [narrowed(g, g.items.filter((i) => keep(i) && !!i.untyped)), true]]);
  const told = ctx.total.activities
    .filter((g) => kinds.includes(g.kind))
    .flatMap((typed) => parts(typed).flatMap(([g, untyped]) => (g ? [{ typed, g: untyped ? { ...g, kind: "其他" } : g, untyped }] : [])))
    .map(({ typed, g, untyped }) => {
      // A few events of a kind (up to four) are told one by one, each with its date, unit and place, as a unit's own
      // summary tells them: never `县税务局及2家单位共开展宣传教育活动3场` (review run 31, 材料5 item 3, 材料6 item 2).
      const each = label === groupLabel && !untyped ? eachEventOf(ctx, g, typed.kind, keep) : undefined;
      if (each) return { who: "", clause: each, alone: true };
      const who = whoHas(ctx, (f) => f.activities.some((x) => x.kind === typed.kind && x.items.some((i) => keep(i) && (typed.kind === "其他" || !!i.untyped === untyped))));
      // One activity typed 其他 is named and not counted: `开展文明诚信经营户评选活动，参与约80人` (new-user test 25, D25).
      const one = g.kind === "其他" && g.count.value === 1 && !g.count.approx && new Set(g.items.map((i) => i.name)).size === 1;
      // One activity of a kind is named, as the unit's own summary names it: `区民政局开展“文明婚俗宣传”活动，参与200人`,
      // never `开展宣传教育活动1场` (new-user test 37, D8); several keep the counted form.
      // A name that only repeats the type (`宣传教育`, `宣传教育1`) names nothing: counted.
      // A placeholder (`其他`, `无`, `同上`: catalog isPlaceholderActivityName) names nothing either: never `开展“其他”理论学习活动`,
      // as check says of the row (new-user test 42, D16).
      const named = g.items.length === 1 && !!g.items[0].name.trim() && g.items[0].name.trim().replace(/[0-9０-９]+$/u, "") !== g.kind && !isPlaceholderActivityName(g.items[0].name);
      const only = g.kind !== "其他" && label === groupLabel && g.count.value === 1 && !g.count.approx && named ? g.items[0] : undefined;
      // One award held is said as the unit's own text says it: `召开星级文明户评选表彰大会，150人参加` (new-user test 38, D25).
      const single = g.count.value === 1 && !g.count.approx && g.items.length === 1 ? g.items[0] : undefined;
      // So is one meeting (`召开街道创文推进会，60人参加`), never `开展“街道创文推进会”` (new-user test 45, D1).
      const award = single && (isAwardName(single.name) || /会议?$/u.test(single.name.trim())) ? awardHeld(single.name) : undefined;
      // The combining unit's own one activity keeps its date, as its own summary says it (`我局于4月2日召开……`; new-user
      // test 49, D13).
      const when = single?.date !== undefined && ctx.own && who === ctx.own.short ? `于${activityDate(single, ctx.total.profile.year)}` : "";
      if (award) {
        const b = new SentenceBuilder().text(`${when}${award}`).from(...g.count.sources);
        if (g.participants.length === 1) appendFigures(b.text("，"), g.participants).text("参加");
        return { who, clause: b.build(), alone: false };
      }
      const b = new SentenceBuilder().text(`${only ? when : ""}开展${only ? namedActivity(only, true) : label(g)}`);
      if (one || only) b.from(...g.count.sources);
      else b.fig(g.count);
      // v2 rule 3: never 人 beside 人次 as one total.
      // Households visited are no turnout: `，走访120户` (new-user test 32, D19).
      const households = g.participants.length === 1 ? householdVerb(g.participants[0].unit, g.items.map((i) => i.name ?? "")) : "";
      // Couples typed so (`6对` at a 集体婚礼) are who they are, as in the unit's own summary: `，6对新人参加`.
      const pairs = g.participants.length === 1 && g.participants[0].unit === "对" ? [...new Set(g.items.map((i) => pairsOf(i.name ?? "")))] : [];
      if (pairs.length === 1 && pairs[0]) appendFigures(b.text("，"), g.participants).text(`${pairs[0]}参加`);
      // Households that took part: `，共260家商户参与` (new-user test 36, D12).
      else if (g.participants.length === 1 && households === "参与") appendFigures(b.text(one || only ? "，" : "，共"), g.participants).text(`${householdsWho(g.items.map((i) => i.name ?? ""))}参与`);
      else if (g.participants.length === 1) appendFigures(b.text(households ? `，${households}` : "，参与"), g.participants);
      return { who, clause: b.build(), alone: false };
    });
  const out: { who: string; clauses: Sentence[] }[] = [];
  for (const t of told) {
    const last = out[out.length - 1];
    if (last && !t.alone && last.who === t.who && last.who) last.clauses.push(t.clause);
    else out.push({ who: t.who, clauses: [t.clause] });
  }
  return out.map((o) => ({ text: `${o.who}${o.clauses.map((c) => c.text).join("；")}。`, sources: o.clauses.flatMap((c) => c.sources) }));
}

/**
 * The events of a kind that `keep` keeps, each told with its date, unit and place as a unit's own summary tells it
 * (`1月29日儿科开展“春节慰问住院患儿”活动，参与30人`), in date order, in one sentence; none when there are none or more than
 * {@link EACH_EVENTS}, or when one is in no single unit's rows. Review run 34, reviewer AX, 材料7 item 4 (a festival's visit).
 */
export function eventsOfUnits(ctx: CombinedCtx, kind: string, keep: (it: ActivityItem) => boolean): Sentence[] {
  const g = ctx.total.activities.find((x) => x.kind === kind);
  const items = g ? g.items.filter(keep) : [];
  if (!g || !items.length || items.length > EACH_EVENTS) return [];
  const told = eachEventOf(ctx, { ...g, items, count: { ...g.count, value: items.length } }, kind, keep, 1);
  return told ? [{ ...told, text: `${told.text}。` }] : [];
}

/** The most events of one kind a roll-up tells one by one (v2 rule 10: at most four items in one enumeration). */
const EACH_EVENTS = 4;

/**
 * A group's events told one by one, each with its unit, in date order (`4月1日县税务局在青山职业技术学院开展……，参与300人；
 * 同日城东税务分局在县城广场举行……，参与约200人次；4月15日城西税务分局……`), without the closing mark; undefined unless the
 * group holds 2 to {@link EACH_EVENTS} events (typed `kind`, those `keep` keeps), each counted once, named (no placeholder,
 * not the bare type) and found in one unit's (or the combining unit's own) rows. Review run 31 (reviewer AU), 材料5 item 3,
 * 材料6 items 1-2 (brief jc, D1): a roll-up of few events is told as a unit's own summary tells them, never as a count.
 */
function eachEventOf(ctx: CombinedCtx, g: ActivityGroup, kind: string, keep: (it: ActivityItem) => boolean, least = 2): Sentence | undefined {
  const items = g.items;
  if (g.kind === "其他" || items.length < least || items.length > EACH_EVENTS || g.count.approx || g.count.value !== items.length) return undefined;
  const named = (it: ActivityItem): boolean => !!it.name.trim() && it.name.trim().replace(/[0-9０-９]+$/u, "") !== g.kind && !isPlaceholderActivityName(it.name);
  // One event several units held alike (`学雷锋日集中志愿服务` in both 区, `理论学习中心组学习会` in three bureaus) is counted as
  // before (`两区共开展志愿服务活动2场`), never its name said again and again.
  if (!items.every(named) || new Set(items.map((it) => stripEnd(it.name).replace(/[“”\s]/gu, ""))).size < items.length) return undefined;
  const reporters = [...(ctx.own ? [ctx.own] : []), ...ctx.units];
  const unitOf = (it: ActivityItem): UnitFacts | undefined => reporters.find((u) => u.facts.activities.some((x) => x.kind === kind && x.items.some((i) => keep(i) && i.sources[0] === it.sources[0])));
  const owners = items.map(unitOf);
  if (owners.some((u) => !u)) return undefined;
  const year = ctx.total.profile.year;
  const order = items.map((it, i) => ({ it, u: owners[i] as UnitFacts, i })).sort((a, b) => (a.it.date ?? Infinity) - (b.it.date ?? Infinity) || a.i - b.i);
  const b = new SentenceBuilder().from(...g.count.sources);
  order.forEach(({ it, u }, i) => {
    const told = eventOfUnit(it, year, u.facts.profile, u.short);
    // A date is said once (v2 rule 6): the next event of the same day is `同日`.
    const prev = i ? order[i - 1].it : undefined;
    const day = it.date !== undefined && !it.month && !it.remark?.span ? dateText(it.date, year) : "";
    const sameDay = !!prev && !!day && prev.date === it.date && !prev.month && !prev.remark?.span && told.text.startsWith(day);
    b.text(i ? "；" : "").text(sameDay ? `同日${told.text.slice(day.length)}` : told.text).from(...told.sources);
  });
  return b.build();
}

/**
 * How a group of activities is named after 开展: by its 活动类型 (`环境整治活动`); activities typed 其他 by their own names,
 * never `其他活动` (v2 rule 5; new-user test 25, D25): one name as it is (`文明诚信经营户评选活动`), several quoted, at most two
 * and then `等` (`“文明诚信经营户评选”“消费维权宣传”等活动`).
 */
export function groupLabel(g: ActivityGroup): string {
  if (g.kind !== "其他") return activityLabel(g.kind);
  const names = [...new Set(g.items.map((i) => i.name.trim()).filter((n) => n && n !== "其他"))];
  if (!names.length) return "其他活动";
  if (names.length === 1) return activityLabel(names[0]);
  return `${names.slice(0, 2).map((n) => `“${n}”`).join("")}${names.length > 2 ? "等" : ""}活动`;
}

/**
 * The festivals named by 我们的节日 activities, as `春节、元宵节和端午节`: in the calendar's order (the catalog's `festivals`:
 * 春节, 元宵, 清明 …), never in the rows' order (`清明节和元宵节`: new-user test 45, D19); a festival outside it after them.
 */
export function festivalList(group: ActivityGroup): string {
  // Every festival an activity names (`中秋重阳文艺晚会`: 中秋节、重阳节), never the first alone (new-user test 38, D25).
  const seen = [...new Set(group.items.flatMap((i) => i.festivals ?? (i.festival ? [i.festival] : [])))];
  const rank = (f: string): number => {
    const list = standardV1.festivals;
    const at = list.includes(f) ? list.indexOf(f) : list.indexOf(f.replace(/节$/u, ""));
    return at < 0 ? list.length : at;
  };
  const names = seen.map((f, i) => ({ f, i })).sort((a, b) => rank(a.f) - rank(b.f) || a.i - b.i).map((x) => x.f);
  return joinList(names.map((f) => (f.endsWith("节") ? f : `${f}节`)));
}

/**
 * 其他指标 rows of a 板块 over every unit, rows of the same name and measure word summed, told by the sentence planner
 * (weave.ts), each with who reported it (`whoHas`): `各社区共配备小区保洁员48人、垃圾桶280余个，清理小广告1200余处。`,
 * and `柳树湾村新建农家书屋1个。` when one unit of several gives the row, never `各村共` for it (new-user
 * test 7, D10). A rate is never summed: it is told as its own unit's, after that unit's other figures
 * (`青山县不动产登记中心开展“文明窗口”服务提升月活动，办理登记业务3.6万件，群众满意率达99.8%。`; new-user test 35, D20 —
 * a unit's notable rate is named in the roll-up, never dropped without a word). Rows of one reporter make one sentence,
 * in the order the reporters first appear. `keep` picks the rows told here (all by default; the 宣传教育 板块 tells its
 * teaching rows beside its activities: sections.ts `TEACHING_ROW`).
 */
export function figuresSentences(ctx: CombinedCtx, section: string, keep: (r: FigureRow) => boolean = () => true): Sentence[] {
  const inSection = (f: Facts): FigureRow[] => f.figures.filter((r) => r.section === section && keep(r));
  const of = (f: Facts): FigureRow[] => inSection(f).filter((r) => r.figure.kind !== "rate");
  const rates = ctx.units.map((u) => [u.short, inSection(u.facts).filter((r) => r.figure.kind === "rate")] as const).filter(([, r]) => r.length);
  const rows = of(ctx.total);
  if (!rows.length && !rates.length) return [];
  const key = (r: FigureRow): string => `${r.name}|${r.figure.unit}|${r.figure.kind}`;
  // A count that repeats an honour told under 先进典型 (`星级文明户` 126户 beside 126户 获评“星级文明户”) is said once, there
  // (new-user test 25, D20).
  const honoured = (r: FigureRow): boolean => {
    const same = ctx.total.honours.byTitle.filter((t) => t.category === r.name && t.figure.unit === r.figure.unit);
    return same.length > 0 && same.reduce((n, t) => n + t.figure.value, 0) === r.figure.value;
  };
  const groups = new Map<string, FigureRow[]>();
  for (const row of mergeRows(rows).filter((r) => !honoured(r))) {
    const who = whoHas(ctx, (f) => of(f).some((r) => key(r) === key(row)));
    groups.set(who, [...(groups.get(who) ?? []), row]);
  }
  for (const [who, own] of rates) groups.set(who, [...(groups.get(who) ?? []), ...own]);
  return [...groups].map(([who, merged]) => {
    const items = merged.map(itemOf);
    // A standing count with no verb after `各村共` takes one: `各村（社区）共有星级文明户126户`, never `各单位共星级文明户达126户`
    // (new-user test 25, D20).
    const has = /共$/u.test(who) && items[0]?.topic && !items[0].span && !items[0].bound && items[0].figure.kind !== "rate";
    const parts = clausesOfItems(has ? [{ ...items[0], bound: "" }, ...items.slice(1)] : items);
    return { text: `${who}${has ? "有" : ""}${parts.map((p) => p.text).join("，")}。`, sources: [...new Set(parts.flatMap((p) => p.sources))] };
  });
}
