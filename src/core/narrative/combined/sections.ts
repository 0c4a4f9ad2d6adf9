/**
 * Body sections of the combined summary (narrative spec §3 order, one per 板块 with data): each
 * gives the total over the units first, then the leading units by figure — never every unit's
 * every figure (those are in the appendix table and in each unit's own summary).
 * @module
 */
import { collectiveHolderNoun, Enums, householdNoun, lowRegistrationRate, namesWholeUnit, unitTypeTraits, type Catalog, type SectionSpec } from "../../catalog";
import { combineApprox, frequencyMismatch, OCCASIONS_COUNT, sumOfFigures, type ActivityItem, type Facts, type Figure, type FigureRow } from "../../facts";
import { dateText, figureText, numberText, overAtOrBelow } from "../phrase";
import { SentenceBuilder, type Sentence } from "../sentence";
import type { Point } from "../context";
import {
  activitySentences, appendBreakdown, eventsOfUnits, festivalList, figuresSentences, joinUnits, MAX_NAMED, ownAndUnits, registrationRateOf, scopeOrOne, whoHas, type CombinedCtx,
} from "./phrasing";
import { isSystemRollup, isTownships, SYSTEM_SCOPE, unitGroupText, villageCommunityWord, type UnitFacts } from "./units";
import { combinedFigureLeads, combinedHeadings, combinedLeads, orgCombinedHeadings, schoolCombinedHeadings, schoolCombinedLeads, windowCombinedHeading } from "./register";
import { approxFound, carriedSentence, foundProblem, GROUP_ADJUSTED, householdFigure, levelBefore, otherItemClause, problemAction, publicityThingName, publicityVerb, rateClause, rectifiedByAction } from "../points-ledgers";
import { joinList } from "../phrase";
import { AWARDS_LEAD, isAwardName, studyHeading, studyOnly } from "../sections";
import { namesCare } from "../points-activities";
import { problemKindWords, serviceWindowProblems } from "../profiles";

/** A meeting's name that opens with its own verb (`召开年级组创文工作会`, `组织召开……`, `举行……`): said as it is (new-user test 60, D5). */
const MEETING_VERB_FIRST = /^(?:组织)?(?:召开|举行|举办)/u;

/** One body section. */
export interface Section {
  readonly id: string;
  readonly heading: string;
  readonly points: readonly Point[];
}

const present = <T>(xs: readonly (T | undefined)[]): T[] => xs.filter((x): x is T => x !== undefined);
const point = (id: string, sentences: readonly (Sentence | undefined)[], lead = combinedLeads[id] ?? combinedLeads.other): Point[] => {
  const s = present(sentences);
  return s.length ? [{ id, lead, sentences: s }] : [];
};


/** 组织保障: how many units set up a leading group, the other items, the co-building units. */
function organizationSentences(ctx: CombinedCtx): Sentence[] {
  const items = ctx.total.organization;
  if (!items.length) return [];
  const b = new SentenceBuilder();
  const leading = ctx.units.filter((u) => u.facts.organization.some((i) => i.kind === "领导小组"));
  b.from(...items.filter((i) => i.kind === "领导小组").map((i) => i.source));
  // A group carried by 开始下一期 goes on (`继续发挥……统筹作用`), never `成立了` this period; the units that have one are
  // named when not all have, never `1家单位成立了……` as a reproach to the rest (new-user test 25, D31).
  const goesOn = (u: (typeof leading)[number]): boolean => u.facts.organization.filter((i) => i.kind === "领导小组").every((i) => i.carried);
  const whoOf = (us: typeof leading): string => (us.length === ctx.units.length && us.length > 1 ? ctx.each : joinUnits(us.map((u) => u.short)));
  const newGroups = leading.filter((u) => !goesOn(u));
  const oldGroups = leading.filter(goesOn);
  // One unit is named, never `柳塘村均成立了` (new-user test 38, D25): 均 says all of several.
  // Units of several kinds, counted once in the opening (`全区2个街道和2个区直部门共……`), are then `各单位` (new-user test 41, D18).
  const mixed = new Set(ctx.units.map((u) => u.kind)).size > 1;
  // The combining unit's own 领导小组 (填报单位 blank) is its own and said first, with the units' when they set one up too
  // (`街道及安宁社区成立了创建工作领导小组`): it was not written at all (new-user test 45, D1).
  const ownGroups = ctx.own?.facts.organization.filter((i) => i.kind === "领导小组") ?? [];
  const ownCarried = ownGroups.length > 0 && ownGroups.every((i) => i.carried);
  // Then the units after 及, joined with 、 (`城关镇及北山村、东岭村`), never `城关镇和北山村和东岭村` (new-user test 46, D15).
  const self = ctx.own && ownGroups.length ? ctx.own.short : "";
  let ownSaid = false;
  /** True when the units' new groups were said with the own unit first (`我局及城东税务分局成立……`). */
  let groupWithOwn = false;
  /** True the first time the units told are of the own group's kind (set up, or carried on): the own unit goes first. */
  const ownFirst = (carried: boolean): boolean => {
    if (!self || ownSaid || carried !== ownCarried) return false;
    ownSaid = true;
    return true;
  };
  const withOwn = (carried: boolean, units: string): string => (ownFirst(carried) ? ownAndUnits(self, units) : units);
  // An own group adjusted or strengthened this period (`调整创文工作领导小组`) was not set up: told first as typed, never
  // joined to the units' `成立` (new-user test 52, D11: never `我局及县汽车客运站成立创建工作领导小组`).
  if (self && !ownCarried && ownGroups.length === 1 && GROUP_ADJUSTED.test(ownGroups[0].content.trim())) {
    ownSaid = true;
    b.text(`${self}${ownGroupSetUp(ownGroups, ctx.total.profile.year, [self, ctx.total.profile.unitName])}，`);
  }
  // Units rolled up with others left out are named when few (`县交通局及县客运站、县道路运输服务中心均成立`), never `上述各单位`
  // pointing back to an opening that named only those with activities (new-user test 57, D11).
  const fewNamed = ctx.partial && !ctx.members && !!self && leading.length <= MAX_NAMED;
  if (leading.length > 1 && leading.length === ctx.units.length && !oldGroups.length) b.text(`${fewNamed && ownFirst(false) ? ownAndUnits(self, leading.map((u) => u.short)) : fewNamed ? joinUnits(leading.map((u) => u.short)) : withOwn(false, ctx.partial ? ctx.scope : mixed ? ctx.each : ctx.group)}均成立创建工作领导小组，`);
  else if (leading.length > MAX_NAMED && leading.length < ctx.units.length) b.text(`${withOwn(!!oldGroups.length, unitGroupText(leading))}${oldGroups.length ? "健全" : "成立"}创建工作领导小组，`);
  else {
    // After the own unit, the units by name (`城关镇及北山村、东岭村`), unless they are all of several (then `各村`).
    const named = (us: typeof leading, carried: boolean): string => (ownFirst(carried) ? ownAndUnits(self, us.length === ctx.units.length && us.length > 1 ? whoOf(us) : us.map((u) => u.short)) : whoOf(us));
    const before = ownSaid;
    if (newGroups.length) b.text(`${named(newGroups, false)}成立创建工作领导小组，`);
    groupWithOwn = newGroups.length > 0 && !before && ownSaid;
    if (oldGroups.length) b.text(`${named(oldGroups, true)}继续发挥创建工作领导小组统筹作用，`);
  }
  // No unit's group is of the own group's kind (set up, or carried on): the own group alone (`街道成立创建工作领导小组，`),
  // said last, so that what the own unit did besides follows without its name again (new-user test 47, D14: never
  // `区城管局成立了创建工作领导小组，区城管局分解创建任务3项`; 成立 without 了, as a unit's own summary says it).
  const ownAlone = !!self && !ownSaid;
  // Its own one group keeps its date and name, as its own summary says them (`我局于2月20日成立教育系统创文领导小组`; new-user
  // test 49, D13).
  if (ownAlone) b.text(`${self}${ownCarried ? "继续发挥创建工作领导小组统筹作用" : ownGroupSetUp(ownGroups, ctx.total.profile.year, [self, ctx.total.profile.unitName])}，`);
  // A meeting's or inspection's row whose 数量 could not be read (`周周都查`) beside rows with their 次 is left out, never
  // counted as one (new-user test 57, D1: never `2家单位共开展督查检查2次` for the 6 typed and an unreadable one).
  const timed = new Set(items.filter((i) => i.figure?.unit === "次").map((i) => i.kind));
  const others = items.filter((i) => i.kind !== "领导小组" && !unreadTimes(i, timed));
  b.from(...others.map((i) => i.source));
  // What was done of each kind, in its own verb and measure word (v2 rules 1 and 11), never
  // `落实共建单位、工作会议等组织保障事项7项`: meetings and inspections by their 次 when every row gives one.
  const ofKind = (k: string): typeof others => others.filter((i) => i.kind === k);
  // The units' own 约数 stay: three `百余次` are `300余次`, never an exact 300 (new-user test 29, D8).
  const times = (rows: typeof others): string => {
    if (!rows.every((i) => i.figure?.unit === "次")) return `${numberText(rows.length)}次`;
    const approx = combineApprox(rows.map((i) => i.figure?.approx));
    return figureText({ value: rows.reduce((n, i) => n + (i.figure?.value ?? 0), 0), unit: "次", kind: "count", sources: [], ...(approx ? { approx } : {}) });
  };
  // Each kind with who has it (`各社区共` only when every unit has such rows): `东湖社区建立完善网格化包保责任制，
  // 3个社区共召开工作会议6次`, never `各社区共建立完善工作机制1项` for one unit's one row.
  // After `3个社区均成立了……，` the same units are not named again: `共召开工作会议6次`, `共与9家共建单位结对共建`
  // (new-user test 24, D8: never `3个社区均成立了……，3个社区共与9家……`).
  const allSaid = leading.length > 0 && leading.length === ctx.units.length && !oldGroups.length;
  // Nor after `4个社区成立了……，` when the same 4 did the rest (new-user test 29, D18: never `……，4个社区共建立……`).
  const groupSaid = !allSaid && !oldGroups.length && newGroups.length ? (leading.length > MAX_NAMED && leading.length < ctx.units.length ? unitGroupText(leading) : whoOf(newGroups)) : "";
  const clauses: { who: string; text: string; named?: boolean }[] = [];
  const told = new Set(others.map((i) => i.source));
  const say = (kind: string, text: string, named = false): void => {
    clauses.push({ who: whoHas(ctx, (f) => f.organization.some((i) => i.kind === kind && told.has(i.source))), text, named });
  };
  // One unit's mechanisms are named (`建立完善网格化管理机制`), never counted as `工作机制1项` (new-user test 34, D25: a row
  // of 网格化管理 with 12个网格 is one mechanism, not one 项 of anything); several units' rows are counted.
  const mechanisms = ofKind("工作机制");
  if (mechanisms.length) {
    const names = mechanismNames(mechanisms.map((i) => i.content));
    const one = !whoHas(ctx, (f) => f.organization.some((i) => i.kind === "工作机制")).endsWith("共");
    if (one && names) say("工作机制", `建立完善${names}`, true);
    else say("工作机制", `建立完善工作机制${numberText(mechanisms.length)}项`);
  }
  // Tasks by their 数量 when every row gives one in 项 (new-user test 34, D25: `分解创建任务18项`, never the rows counted as
  // `分解落实创建任务1项`); rows without a count are counted.
  const tasks = ofKind("任务分解");
  if (tasks.length && tasks.every((i) => i.figure?.unit === "项")) {
    const approx = combineApprox(tasks.map((i) => i.figure?.approx));
    say("任务分解", `分解创建任务${figureText({ value: tasks.reduce((n, i) => n + (i.figure?.value ?? 0), 0), unit: "项", kind: "count", sources: [], ...(approx ? { approx } : {}) })}`);
  } else if (tasks.length) say("任务分解", `分解落实创建任务${numberText(tasks.length)}项`);
  const meetings = ofKind("工作会议");
  // The combining unit's own meetings and the units' are of different levels: each said with its own figure, never
  // summed (review run 27, 材料2 item 1: `县卫健委召开卫健系统创文推进会2次；县人民医院召开创文推进会6次`, not
  // `县卫健委及县人民医院共召开工作会议8次`). One row's meeting keeps its name (`卫健系统创文推进会`).
  const meetingsOf = (f: Facts | undefined): typeof others => f?.organization.filter((i) => i.kind === "工作会议" && told.has(i.source)) ?? [];
  const ownMeetings = meetingsOf(ctx.own?.facts);
  const meetingName = (rows: typeof others): string => (rows.length === 1 && /会$/u.test(rows[0].content.trim()) && !/[\s，,；;]/u.test(rows[0].content.trim()) ? rows[0].content.trim() : "工作会议");
  // A name that opens with its own verb (`召开年级组创文工作会`) is not given it again (new-user test 60, D5).
  const held = (rows: typeof others): string => {
    const name = meetingName(rows);
    return `${MEETING_VERB_FIRST.test(name) ? "" : "召开"}${name}${times(rows)}`;
  };
  const unitMeetings = ctx.units.flatMap((u) => meetingsOf(u.facts));
  if (ctx.own && ownMeetings.length && unitMeetings.length) {
    clauses.push({ who: ctx.own.short, text: held(ownMeetings) });
    clauses.push({ who: whoHas({ ...ctx, own: undefined }, (f) => meetingsOf(f).length > 0), text: held(unitMeetings) });
  // One row's meeting keeps its name here too (`县交通局召开创文推进会2次`, never the 事项类型 `召开工作会议2次`: review run 30,
  // 材料9 item 2).
  } else if (meetings.length) say("工作会议", held(meetings));
  const inspections = ofKind("督查检查");
  // One row keeps its own name (`行业窗口暗访`), as the unit's own summary says it (new-user test 52, D11); one aimed at
  // others (`对下属单位督查`) puts its verb before the inspection: `对下属单位开展督查6次`, never `开展对下属单位督查6次`
  // (new-user test 57, D11).
  // A leading 开展/组织 (`开展在建工地文明施工督查`) is the verb said here already: never `开展督查检查24次` for it (review run 31,
  // brief jc D1, left from run 30), nor the column's word `督查检查` as the thing checked.
  const inspected = (rows: typeof others): string => {
    const name = rows.length === 1 ? rows[0].content.trim().replace(/^(?:组织开展|开展|组织)/u, "") : "";
    const aimed = INSPECTION_AIMED.exec(name);
    // One row's 频次 (`每月2次`) is told as the unit's own summary tells it: `坚持每月开展村庄环境卫生检查2次，累计24次`, never
    // the total alone (new-user test 64, D1).
    // A 频次 its own total contradicts (`value.frequency-total`) is not told, as in the unit's own text (points-ledgers).
    const typed = rows.length === 1 && !aimed && rows[0].figure?.unit === "次" ? rows[0].remark?.frequency : undefined;
    const period = ctx.total.period;
    const often = typed && rows[0].figure && period && !frequencyMismatch(typed, rows[0].figure.value, rows[0].figure.unit, period, rows[0].content) ? typed : undefined;
    if (often && OCCASIONS_COUNT.test(often.count) && INSPECTION_NAME.test(name)) {
      if (often.source) b.from(often.source);
      return `坚持${often.every}开展${name}${often.count}，累计${times(rows)}`;
    }
    return aimed ? `对${aimed[1]}开展${aimed[2]}${times(rows)}` : `开展${INSPECTION_NAME.test(name) ? name : "督查检查"}${times(rows)}`;
  };
  // The combining unit's inspections of its units and the units' own are of different levels, as meetings are: each said
  // with its own figure, never summed.
  const inspectionsOf = (f: Facts | undefined): typeof others => f?.organization.filter((i) => i.kind === "督查检查" && told.has(i.source)) ?? [];
  const ownInspections = inspectionsOf(ctx.own?.facts);
  const unitInspections = ctx.units.flatMap((u) => inspectionsOf(u.facts));
  if (ctx.own && ownInspections.length && unitInspections.length) {
    clauses.push({ who: ctx.own.short, text: inspected(ownInspections) });
    clauses.push({ who: whoHas({ ...ctx, own: undefined }, (f) => inspectionsOf(f).length > 0), text: inspected(unitInspections) });
  } else if (inspections.length) say("督查检查", inspected(inspections));
  const partners = others.filter((i) => i.kind === "共建单位" && (i.figure?.unit === "家" || i.figure?.unit === "个")).map((i) => i.figure as Figure);
  const units = [...new Set(partners.map((f) => f.unit))];
  if (units.length === 1) {
    // Summed as every total is: `5家` + `三十余家` is `35余家`, never an exact 35 (new-user test 41, D12).
    const total = sumOfFigures(partners, units[0]) as Figure;
    const who = whoHas(ctx, (f) => f.organization.some((i) => i.kind === "共建单位" && (i.figure?.unit === "家" || i.figure?.unit === "个")));
    // One row that names its partners (`包联社区` 2个) keeps its own name and measure word: `与2个包联社区结对共建`, never
    // `与2家共建单位结对共建` (new-user test 39, D14).
    const rows = others.filter((i) => i.kind === "共建单位" && (i.figure?.unit === "家" || i.figure?.unit === "个"));
    const own = rows.length === 1 && PARTNER_NAME.test(rows[0].content) ? rows[0].content : "";
    clauses.push({ who, text: own ? `与${figureText(total)}${own}结对共建` : `与${figureText({ ...total, unit: "家" })}共建单位结对共建` });
    b.from(...partners.flatMap((f) => f.sources));
  }
  // 其他 rows (`红白理事会` 1个 in each village) are told as a unit's summary tells them, by the verb their words take: `各村均成立
  // 红白理事会`, `柳塘村成立红白理事会`; words that make no clause are left out (new-user test 44, D2: never a bare `。`).
  const otherContents = [...new Set(ofKind("其他").map((i) => i.content.trim()))];
  for (const content of otherContents) {
    const said = otherItemClause(content);
    if (!said) continue;
    const rows = ofKind("其他").filter((i) => i.content.trim() === content);
    const has = (f: Facts): boolean => f.organization.some((i) => i.kind === "其他" && i.content.trim() === content);
    const who = whoHas(ctx, has);
    const holders = ctx.units.filter((u) => has(u.facts));
    const figures = rows.map((i) => i.figure).filter((f): f is Figure => !!f);
    const words = [...new Set(figures.map((f) => f.unit))];
    // One each (or none counted) is said of each of them (`均`); several of one word are summed (`共成立红白理事会12个`).
    if (holders.length > 1 && rows.length === holders.length && figures.every((f) => f.value <= 1)) clauses.push({ who: who.replace(/共$/u, "均"), text: said });
    else if (words.length === 1 && figures.length === rows.length && figures.some((f) => f.value > 1)) clauses.push({ who, text: `${said}${figureText(sumOfFigures(figures, words[0]) as Figure)}` });
    else clauses.push({ who, text: said });
  }
  // One clause per unit (new-user test 34, D25): what one unit did is said together, never a list that names the units
  // by turns (`望江社区……，区交通局……，望江社区……`); units are parted by `；` once one says more than one thing.
  // The own unit said alone first (its group) goes on with what else it did, before the units (new-user test 68, D13: never
  // `城东街道成立……，幸福社区召开……，城东街道坚持每月开展……`).
  const whos = [...new Set(clauses.map((c) => c.who))].sort((a, b) => (ownAlone ? Number(b === self) - Number(a === self) : 0));
  const groups = whos.map((who) => ({ who, texts: clauses.filter((c) => c.who === who) }));
  // Of the units alone: `各社区共` after `各社区均成立了……`, whether or not the combining unit has rows of its own.
  const lastWho = allSaid ? whoHas({ ...ctx, own: undefined }, () => true) : groupSaid && `${groupSaid}共`;
  const carry = allSaid || groupSaid ? "共" : "";
  // A clause with a comma of its own (`坚持每月开展创文督查2次，累计12次`) parts the units too.
  const parted = groups.length > 1 && groups.some((g) => g.texts.length > 1 || g.texts.some((c) => c.text.includes("，")));
  const said = groups.map((g, i) => {
    // One unit named as it set up its group is not named again (new-user test 39, D14: never `区退役军人事务局成立了……，
    // 区退役军人事务局分解……`), nor given 共 for its own rows.
    // Units said with the own unit before them (`我局及城东税务分局成立……`) are named again for what they alone did: `城东税务分局
    // 召开工作会议3次`, never read as the own unit's too (new-user test 58, D12; as with --force, where more units set up groups).
    const lead = !i && g.who === lastWho ? (g.texts[0].named ? "" : carry) : !i && ((groupSaid && g.who === groupSaid && !groupWithOwn) || (ownAlone && g.who === self)) ? "" : g.who;
    const unit = ctx.units.find((u) => u.short === g.who);
    return `${lead}${g.texts.map((c) => (unit ? withoutKindAgain(c.text, unit.kind, unit.short) : c.text)).join("，")}`;
  });
  if (said.length) b.text(said.join(parted ? "；" : "，"));
  const text = b.build();
  // Rows of no kind told here (a 其他 row whose words make no clause) leave no sentence: never a bare `。` (new-user test 44, D2).
  if (!text.text.replace(/[，。]/gu, "").trim()) return [];
  return [{ text: `${text.text.replace(/，$/u, "")}。`, sources: text.sources }];
}

/** Verbs of the 组织保障 clauses, before the thing's name (`召开年级组创文工作会`). */
const ORGANIZING_VERB = /^(召开|开展|组织|成立|举办|组建|建立完善|建立)/u;

/**
 * A unit's clause (`召开年级组创文工作会3次`) said after the unit's name without its kind again at the head of the thing's name:
 * `七年级组召开创文工作会3次`, never `七年级组召开年级组创文工作会3次` (review run 32, 材料4 item 2). A name that would keep
 * fewer than 2 characters is left as it is.
 * Only the unit's own short name or a kind word of 2 characters or more is taken off, and never one that starts a word of
 * the thing's name ({@link KIND_LED_WORDS}): a bare kind character is the head of a word (`村庄环境卫生检查`, `村民议事会`),
 * so `柳塘村开展村庄环境卫生检查24次`, never `柳塘村开展庄环境卫生检查24次` (new-user test 64, D1;
 * docs/new-user-test-pane-64.md).
 */
function withoutKindAgain(text: string, kind: string, short: string): string {
  const verb = ORGANIZING_VERB.exec(text)?.[1];
  if (!verb) return text;
  const head = [short, kind].find((w) => w.length >= 2 && text.startsWith(w, verb.length));
  if (!head) return text;
  const rest = text.slice(verb.length + head.length);
  if (head === kind && KIND_LED_WORDS.some((w) => `${kind}${rest}`.startsWith(w))) return text;
  return /^[\u4e00-\u9fff]{2}/u.test(rest) ? `${verb}${rest}` : text;
}

/**
 * Words that open on a kind word and are no repetition of it (`社区居民议事会` is the residents' council, not `社区` said
 * again): the kind is kept before them (new-user test 64, D1).
 */
const KIND_LED_WORDS: readonly string[] = ["社区居民", "社区群众", "学校周边"];

/**
 * True for a 工作会议 or 督查检查 row (`item`) without a figure when another row of its kind gives its 次 (`timed`: the 事项类型
 * of such rows): its 数量 was blank or unreadable (`周周都查`, an error), so it is left out of the sum, never counted as one
 * 次 (new-user test 57, D1). Rows of a kind none of which gives a figure are counted as before.
 */
function unreadTimes(item: Facts["organization"][number], timed: ReadonlySet<string>): boolean {
  return (item.kind === "工作会议" || item.kind === "督查检查") && !item.figure && timed.has(item.kind);
}

/**
 * How the combining unit's own 领导小组 was set up, as its own summary says it: `于2月20日成立教育系统创文领导小组` for one
 * group (its date when in the period; its name when the 名称 is a plain group name ending in 领导小组, without the unit's own
 * name or word before it), else
 * `成立创建工作领导小组`. Source: new-user test 49, D13.
 */
function ownGroupSetUp(groups: readonly Facts["organization"][number][], year: number | undefined, names: readonly string[]): string {
  if (groups.length !== 1) return "成立创建工作领导小组";
  const [g] = groups;
  // The unit's own name or one-character word (`区城管局创文……`, `局创文工作领导小组`) is its subject already, said before:
  // never `区城管局于1月10日成立局创文工作领导小组`.
  const first = g.content.split(/[，,；;。]/u)[0].trim();
  // A group adjusted or strengthened keeps its verb (`调整创文工作领导小组`; new-user test 52, D11).
  const verb = GROUP_ADJUSTED.exec(first)?.[1];
  const typed = (verb ? first.slice(verb.length) : first).replace(/^(?:成立|组建|设立)(?:了)?/u, "");
  const own = names.find((n) => n && typed.startsWith(n));
  // So is the kind its name ends in (`医院创文工作领导小组` of 县医院, `党校……` of 县委党校): never `县医院成立医院创文工作领导小组`
  // (review run 34, reviewer AX, 材料7 item 1).
  const untitled = own ? typed.slice(own.length) : typed;
  const kind = names.flatMap((n) => [4, 3, 2].map((k) => ([...n].length > k ? n.slice(-k) : ""))).find((k) => k && untitled.startsWith(k) && /^(?:创文|创建|文明|精神文明)/u.test(untitled.slice(k.length)));
  const name = (kind ? untitled.slice(kind.length) : untitled).replace(/^(?:[局委办院校园所厂行社站队镇乡]|中心|街道)(?=创文|创建|文明|精神文明)/u, "");
  const named = /^[\p{Script=Han}“”]{2,20}领导小组$/u.test(name) ? name : "创建工作领导小组";
  return `${g.date !== undefined ? `于${dateText(g.date, year)}` : ""}${verb ?? "成立"}${named}`;
}


/** A 督查检查 row's 名称或内容 aimed at others (`对下属单位督查`): whom (1) and the inspection (2). */
const INSPECTION_AIMED = /^对([\u4e00-\u9fff、]{2,16}?)((?:暗访|明察暗访|专项|交叉|随机)?(?:督查|检查|暗访|巡查|抽查|暗查|督导))$/u;

/** A 督查检查 row's 名称或内容 that names the inspection itself (`行业窗口暗访`, `创文专项督查`): said as typed. */
const INSPECTION_NAME = /^(?!开展|组织)[\u4e00-\u9fff]{2,10}(?:检查|督查|暗访|巡查|抽查|暗查|督导|测评)$/u;

/** A 共建单位 row's 名称或内容 that names the partners themselves (`包联社区`, `结对村`, `共建单位`), said as the user wrote it. */
const PARTNER_NAME = /^[\u4e00-\u9fff]{2,8}(?:社区|村|单位|企业|学校|小区|部门|机关|医院)$/u;

/** What names a mechanism (`责任制`, `公约`): said as it is; another name is its `机制` (`网格化管理机制`). */
const MECHANISM_WORD = /(?:机制|制度|制|办法|规定|公约|规约|细则|方案|体系|模式|清单|台账)$/u;

/**
 * The mechanisms of 工作机制 rows by name (`网格化管理：全社区划分12个网格……` → `网格化管理机制`; `……保洁人员包路段的网格化包保
 * 责任制` → `网格化包保责任制`), three at most, joined (`网格化管理机制和门前三包制度`); "" when a name is not short enough
 * to say (over 12 characters once cut at its first punctuation, after its last 的 and its leading verb).
 */
export function mechanismNames(contents: readonly string[]): string {
  const names = contents.map((c) => {
    const head = c.split(/[：:，,；;。（(]/u)[0].trim();
    const tail = head.includes("的") ? head.slice(head.lastIndexOf("的") + 1) : head;
    const name = tail.replace(/^(?:建立健全|建立完善|健全完善|建立|完善|健全|制定|推行|实行|落实|实施|坚持)/u, "");
    // Its quotes are no part of its length (run 33, reviewer AW, 材料5 item 3: `营业厅文明服务“首问负责制”` is named, never
    // counted as `工作机制1项`).
    const bare = name.replace(/[“”]/gu, "");
    return bare.length >= 2 && bare.length <= 12 && /^[\u4e00-\u9fff“”]+$/u.test(name) ? (MECHANISM_WORD.test(bare) ? name : `${name}机制`) : "";
  });
  const distinct = [...new Set(names)];
  return distinct.length <= 3 && distinct.every((n) => n) ? joinList(distinct) : "";
}

/**
 * 上期遗留 problems over the units, told apart as in a unit's summary (v1.2; new-user test 8, D25):
 * `望江社区上期遗留问题5处，已整改4处。` (who has them, `各社区` when every unit does).
 */
function carriedProblems(ctx: CombinedCtx): Sentence | undefined {
  const told = carriedSentence(ctx.total.rectification.carried);
  if (!told) return undefined;
  const who = whoHas(ctx, (f) => !!f.rectification.carried?.found.length).replace(/共$/u, "");
  return { text: `${who}${told.text}`, sources: told.sources };
}

/** 问题整改: totals, rate, units at 100 % (units are never ranked by problems found); then the 上期遗留 ones. */
function problemSentences(ctx: CombinedCtx): Sentence[] {
  const carried = carriedProblems(ctx);
  return [...thisPeriodProblems(ctx), ...(carried ? [carried] : [])];
}

function thisPeriodProblems(ctx: CombinedCtx): Sentence[] {
  const r = ctx.total.rectification;
  if (!r.foundByUnit.length) return [];
  // v2 rule 3: a total and a rate only over like units; otherwise what was done per category.
  const b = new SentenceBuilder();
  if (r.foundByUnit.length === 1) {
    // The 导语 has said `排查发现各类问题40处，已整改36处`: here the kinds found are named (`全街道共排查发现乱张贴问题40处`),
    // never the 导语's clause again (new-user test 33, D20); without a named kind, what the units found (`各社区排查发现的
    // 40处问题中，已整改36处`).
    const kinds = [...r.byKind].sort((x, y) => y.figure.value - x.figure.value);
    const names = [...new Set(kinds.filter((k) => k.category !== "其他" || k.remark?.detail).map((k) => problemAction(k).object.replace(/问题$/u, "")))];
    const shown = names.slice(0, 3);
    if (shown.length && kinds.length > 1 && kinds.length <= 4 && !r.leftOut.length && overAtOrBelow(r.foundByUnit[0], r.rectifiedByUnit[0])) {
      // A 余 total said round would not exceed what was rectified: its kinds one by one (review run 27, 材料2 item 5).
      b.text(`${scopeOrOne(ctx, (f) => !!f.rectification.foundByUnit.length)}排查发现`);
      kinds.forEach((k, j) => b.text(j ? "、" : "").text(k.category === "其他" && !k.remark?.detail ? "其他问题" : problemAction(k).object.replace(/问题$/u, "")).fig(k.figure));
    } else if (shown.length) b.text(`${scopeOrOne(ctx, (f) => !!f.rectification.foundByUnit.length)}排查发现${joinList(shown)}${kinds.length > shown.length ? "等" : ""}问题`).fig(r.foundByUnit[0]);
    else b.text(`${ctx.each}排查发现的`).fig(r.foundByUnit[0]).text(r.rectifiedByUnit.length ? "问题中" : "问题");
    if (r.rectifiedByUnit.length) b.text("，已整改").fig(r.rectifiedByUnit[0]);
    // A rate from approximate counts is left out, as in a unit's own text (points-ledgers; v2 rule 4 puts no 约 on a
    // percentage): never `整改率为57.8%` from `百余` and `三十余` (new-user test 38, D11).
    // Nor from a 余 发现数 (`三十余` + 15): its rate is only a ceiling (review run 27).
    if (r.rate && r.rate.value <= 100 && r.rate.approx !== "about" && r.foundByUnit[0].approx !== "over") b.text(r.rate.value >= 100 ? "，整改率达" : "，整改率为").fig(r.rate);
  } else {
    // The totals per measure word first, each under the kinds it counts, never added across words (v2 rule 3; new-user
    // test 25, D25: once one unit counted in 个 the street's found total vanished), as a unit's own summary tells them:
    // `全街道共排查发现卫生死角、占道经营问题约197处，已整改169处；流动摊点问题30个，均已整改到位`.
    // The parts after 其中 are those of a total of several kinds: a kind alone in its measure word has been told with its
    // figure in the totals (`渣土偷倒问题20起，均已整改到位`) and is not listed again (new-user test 35, D21: never `……查处
    // 渣土偷倒20起` in the next sentence). A row left out (forced in with an error) is in neither the found nor the rectified
    // total, so the totals keep their 已整改 clause then too: without it `其中` would read as parts of the found figure while
    // listing rectified ones (review run 28, 材料2 item 5: never `……问题82处、噪音扰民问题3起。其中整治占道堆放42处……`).
    const toldInTotals = (k: (typeof r.byKind)[number]): boolean => r.byKind.filter((x) => x.figure.unit === k.figure.unit).length === 1;
    // A 其他 row whose 备注 names nothing (facts remark reading) is no kind to list, as in a unit's own summary (new-user
    // test 42, D15: never `发现其他、垃圾乱倒和占道经营等问题`, `其中整治其他问题96处、垃圾乱倒80处`): the named kinds are listed,
    // with `等` for the rest; a measure word of such rows alone is `其他问题`, said after the named ones.
    const bare = (k: (typeof r.byKind)[number]): boolean => k.category === "其他" && !k.remark?.detail;
    const list = rectifiedByAction([...r.byKind].filter((k) => k.rectified.value > 0 && k.rectified.value <= k.figure.value && !toldInTotals(k) && !bare(k)).sort((x, y) => y.figure.value - x.figure.value));
    // Units that each found their own kinds in their own measure words (no word shared: `县公路养护中心……约20车`, `县客运站……15处`)
    // are told one by one, each with its unit, as a unit's own text tells them (review run 30, 材料9 item 1, 材料2: never
    // `全系统共排查发现渣土偷倒问题约20车……；乱摆乱卖问题15处` as if every unit had found them).
    const reporters = [...(ctx.own ? [ctx.own] : []), ...ctx.units].filter((u) => u.facts.rectification.foundByUnit.length);
    const wordsOf = (u: UnitFacts): string[] => u.facts.rectification.foundByUnit.map((f) => f.unit);
    const byUnit = reporters.length > 1 && reporters.length <= MAX_NAMED
      && new Set(reporters.flatMap(wordsOf)).size === reporters.flatMap(wordsOf).length;
    if (byUnit) {
      reporters.forEach((u, i) => appendProblemWords(b.text(`${i ? "；" : ""}${u.short}排查发现`).from(u.source), u.facts.rectification));
      return [b.text("。").build()];
    }
    // Whose totals these are, as the one-word case says it (`我局及县环卫所共`, `全系统共`): never `上述各单位共` pointing
    // back to an opening that named other units (new-user test 54, D11).
    appendProblemWords(b.text(`${scopeOrOne(ctx, (f) => !!f.rectification.foundByUnit.length)}排查发现`), r);
    if (list.text) b.text("。其中").text(list.text).from(...list.sources);
  }
  const out: Sentence[] = [b.text("。").build()];
  // Units are never ranked by the problems they found (review run 27, 材料2 item 8: in the 成绩 it reads as blaming the unit).
  // A unit whose only rows were left out (forced in with an error) still had problems: never `各学院整改率均达100%` over it.
  const withProblems = ctx.units.filter((u) => u.facts.rectification.foundByUnit.length || u.facts.rectification.leftOut.length);
  // A unit with a row left out for an error (已整改数 > 发现数, forced in) has no complete rate to praise (new-user test 13, D8).
  // Every problem rectified is 100 % in any measure word (a unit counting in 处 and 个 has no rate to compare, but
  // nothing open: new-user test 16, D14).
  // A unit whose rough 发现数 (`三十余`) has its figure typed as rectified (30) is not known to be done (approxFound, check
  // rect.approx-found): no `整改率达100%` for it, as its own text says no `均已整改到位` (new-user test 39, D12).
  // Nor is a rate computed from rough counts (`百余` found, `百余` rectified): the 附表 gives that unit's 整改率 as `—` and a
  // unit's own text states no rate from them (v2 rule 4), so no `东风社区整改率达100%` (new-user test 43, D9).
  const rough = (u: CombinedCtx["units"][number]): boolean => [...u.facts.rectification.foundByUnit, ...u.facts.rectification.rectifiedByUnit].some((f) => f.approx);
  const complete = withProblems.filter((u) => !u.facts.rectification.openByUnit.length && !u.facts.rectification.leftOut.length && !u.facts.rectification.byKind.some(approxFound) && !rough(u));
  const doneSources = (u: CombinedCtx["units"][number]): string[] => [...u.facts.rectification.foundByUnit, ...u.facts.rectification.rectifiedByUnit].flatMap((f) => f.sources);
  let done: Sentence | undefined;
  // Once the total's 整改率达100% is said, every unit's 100 % goes without saying (new-user test 21, D11).
  const totalDone = r.foundByUnit.length === 1 && !!r.rate && r.rate.value >= 100 && r.rate.approx !== "about";
  // So when a unit's rows were left out for errors: the total said (`县客运站排查发现……整改率达100%。`) holds every unit
  // counted, never `县客运站整改率达100%。` again (new-user test 57, D10).
  if (totalDone) {
    done = undefined;
  } else if (complete.length && complete.length === withProblems.length && withProblems.length > 1) {
    done = { text: `${ctx.partial ? ctx.scope : ctx.each}整改率均达100%。`, sources: complete.flatMap(doneSources) };
  } else if (complete.length && withProblems.length > 1) {
    done = { text: `${joinUnits(complete.map((u) => u.short))}整改率达100%。`, sources: complete.flatMap((u) => [u.source, ...doneSources(u)]) };
  }
  out.push(...present([done]));
  return out;
}

/**
 * Appends the problems of `r` by measure word (after `……排查发现`): each word's kinds with its found figure, `已整改` for those
 * open, `均已整改到位` for those done (`渣土偷倒问题35起，已整改33起；燃气隐患120户，已整改115户`). Totals per word, never
 * across words (v2 rule 3). A kind named as a hazard or conduct (`燃气隐患`, `不文明行为`) takes no 问题 after it.
 */
function appendProblemWords(b: SentenceBuilder, r: Facts["rectification"]): SentenceBuilder {
  const bare = (k: (typeof r.byKind)[number]): boolean => k.category === "其他" && !k.remark?.detail;
  const kindsByWord = [...r.byKind].sort((x, y) => y.figure.value - x.figure.value);
  const words = r.foundByUnit.map((found) => {
    const group = kindsByWord.filter((k) => k.figure.unit === found.unit);
    const nameOf = (k: (typeof group)[number]): string => problemAction(k).object.replace(/问题$/u, "");
    const names = [...new Set(group.filter((k) => !bare(k)).map(nameOf))];
    const rectified = r.rectifiedByUnit.find((f) => f.unit === found.unit);
    const more = group.some((k) => bare(k) || !names.slice(0, 3).includes(nameOf(k)));
    // Complaints named as such (`患者反映服务态度问题等投诉`) take no 问题 after them: never `……等投诉问题12件`.
    const listed = `${joinList(names.slice(0, 3))}${more ? "等" : ""}`;
    const complaint = names.length > 0 && /投诉$/u.test(listed);
    // Nor does one hazard or conduct (`燃气隐患120户`, `不文明行为15起`), as a unit's own text says it (foundProblem): never
    // `燃气隐患问题120户` (review run 30, 材料2 item 2).
    const name = complaint ? listed : names.length === 1 && !more ? foundProblem(listed) : `${listed}问题`;
    return { found, rectified, group, other: !names.length, complaint, name: names.length ? name : "其他问题", done: !!rectified && rectified.value === found.value && !found.approx };
  }).sort((x, y) => Number(x.other) - Number(y.other));
  const open = words.filter((w) => !w.done);
  const closed = words.filter((w) => w.done);
  // Without a 已整改 clause of their own the totals are one list under the one verb (new-user test 34, D26: `……问题111处、
  // 公交站台破损问题30个`, never `……111处；公交站台破损问题30个。` without a verb after the semicolon).
  const own = open.some((w) => w.rectified && w.rectified.value > 0);
  open.forEach((w, i) => {
    b.text(i ? (own ? "；" : "、") : "");
    // A 余 total said round (`60余处`) would not exceed what was rectified (61): its kinds one by one, as a unit's own
    // text says them (points-ledgers; review run 27, 材料2 item 5).
    if (w.group.length > 1 && w.group.length <= 4 && overAtOrBelow(w.found, w.rectified)) w.group.forEach((k, j) => b.text(j ? "、" : "").text(bare(k) ? "其他问题" : problemAction(k).object.replace(/问题$/u, "")).fig(k.figure));
    else b.text(w.name).fig(w.found);
    // Complaints are 办结-ed, never 整改-ed (as a unit's own text says them).
    if (w.rectified && w.rectified.value > 0) b.text(w.complaint ? "，已办结" : "，已整改").fig(w.rectified);
  });
  closed.forEach((w, i) => b.text(i ? "、" : open.length ? "；" : "").text(w.name).fig(w.found).from(...(w.rectified?.sources ?? [])));
  if (closed.length) b.text(`，${closed.length > 1 || closed[0].found.value > 1 ? "均" : ""}已整改到位`);
  return b;
}

/** 宣传投放: what was put up and handed out, the spend and each unit's part of it (appendBreakdown). */
function publicitySentences(ctx: CombinedCtx): Sentence[] {
  const p = ctx.total.publicity;
  if (!p.byKind.length && !p.spend) return [];
  const handedKinds = ["宣传单", "倡议书", "宣传资料"];
  // One item counted in two measure words by different units is named once (new-user test 34, D26: `设置公益广告约135块、
  // 300幅`, never `公益广告约135块、公益广告300幅`).
  // A 墙绘 whose rows all name one thing (`村主干道文化墙`) is told by it, as each unit's own text tells it (new-user test
  // 35, D17: never `全镇共绘制墙绘600平方米`).
  const nameOf = (t: (typeof p.byKind)[number]): string => (t.category === "墙绘" ? publicityThingName(t) ?? t.category : t.category);
  const list = (totals: typeof p.byKind, b: SentenceBuilder): void => {
    const names = [...new Set(totals.map(nameOf))];
    names.forEach((name, i) => {
      b.text(i ? (i === names.length - 1 ? "和" : "、") : "").text(name);
      totals.filter((t) => nameOf(t) === name).forEach((t, j) => b.text(j ? "、" : "").fig(t.figure));
    });
  };
  const things = (byKind: typeof p.byKind, b: SentenceBuilder): SentenceBuilder => {
    const placed = byKind.filter((k) => !handedKinds.includes(k.category));
    const handed = byKind.filter((k) => handedKinds.includes(k.category));
    // Each by its own verb, as in a unit's summary: screens the units 维护 are never 设置 (new) in the roll-up (new-user test
    // 29, D9); banners 悬挂.
    const verbs = [...new Set(placed.map(publicityVerb))];
    verbs.forEach((verb, i) => list(placed.filter((t) => publicityVerb(t) === verb), b.text(`${i ? "，" : ""}${verb}`)));
    if (handed.length) list(handed, b.text(placed.length ? "，发放" : "发放"));
    return b;
  };
  const scope = scopeOrOne(ctx, (f) => !!f.publicity.byKind.length || !!f.publicity.spend);
  const spend = (b: SentenceBuilder, lead: string): SentenceBuilder =>
    (p.spend ? appendBreakdown(ctx, b.text(lead).fig(p.spend), (f) => (f.publicity.spend ? [f.publicity.spend] : [])) : b);
  // A few units that each put up their own things are told one by one, each with its unit (`县住建局设置公益广告3200平方米；
  // 县燃气公司悬挂横幅15条……`), as their problems are: never `全系统共设置公益广告20块` for one unit's boards (review run 30,
  // 材料2 item 3). The spend is then the whole's, with each unit's part.
  // Only when no thing in one measure word is several units' (`公益广告40块` of two communities stays the whole's total).
  const reporters = [...(ctx.own ? [ctx.own] : []), ...ctx.units].filter((u) => u.facts.publicity.byKind.length);
  const keys = reporters.flatMap((u) => u.facts.publicity.byKind.map((k) => `${k.category}|${k.figure.unit}`));
  if (reporters.length > 1 && reporters.length <= MAX_NAMED && new Set(keys).size === keys.length) {
    const b = new SentenceBuilder();
    reporters.forEach((u, i) => things(u.facts.publicity.byKind, b.text(`${i ? "；" : ""}${u.short}`).from(u.source)));
    // The spend is said of those who spent: one unit's alone is its own (`集团投入宣传经费1800元`), never `集团及城区营业所共投入`
    // for the 集团's banners (new-user test 65, D5).
    return [spend(b, `。${scopeOrOne(ctx, (f) => !!f.publicity.spend)}投入宣传经费`).text("。").build()];
  }
  const b = things(p.byKind, new SentenceBuilder().text(scope));
  return [spend(b, p.byKind.length ? "，投入宣传经费" : "投入宣传经费").text("。").build()];
}

/**
 * 先进典型: people honoured, then households and collectives by title (`各村共评选表彰各类先进典型12人，
 * 18户家庭获评“镇级文明家庭”`: a 乡镇 summary is where 文明家庭 are counted, new-user test 14, D12), the
 * units with most people. Households and collectives are never in the people's total.
 */
function honourSentences(ctx: CombinedCtx): Sentence[] {
  const h = ctx.total.honours;
  // One title given at several levels (`最美家庭` of a 街道 and of a 社区) is one figure: the units' text is a total,
  // never the same title twice (new-user test 16, D1). 本单位 stays apart (selected, not received).
  const merged = new Map<string, (typeof h.byTitle)[number]>();
  for (const t of h.byTitle.filter((x) => x.figure.unit !== "人")) {
    const key = `${t.category}|${t.figure.unit}|${t.level === "本单位"}`;
    const seen = merged.get(key);
    const approx = seen && combineApprox([seen.figure.approx, t.figure.approx]);
    // Levels that differ are no one level: the merged title is said without one.
    const level = seen && seen.level !== t.level ? "" : t.level;
    merged.set(key, seen ? { ...seen, level, figure: { ...seen.figure, value: seen.figure.value + t.figure.value, sources: [...seen.figure.sources, ...t.figure.sources], ...(approx ? { approx } : {}) } } : t);
  }
  // A level is said as the units hold it: a 乡镇's or 村's 街道/乡镇 honour is 乡镇级 (new-user test 18: `青山镇获评市级“文明村”2个`).
  // Of the units that hold the title: a 县直部门 beside the 乡镇 never makes their 村-level 星级文明户 `社区级` (new-user test 38, D14).
  const holdersOf = (t: (typeof h.byTitle)[number]): readonly UnitFacts[] => {
    const holders = ctx.units.filter((u) => u.facts.honours.byTitle.some((x) => x.category === t.category && x.figure.unit === t.figure.unit));
    return holders.length ? holders : ctx.units;
  };
  const levelOf = (t: (typeof h.byTitle)[number]): string => {
    if (t.level === "本单位") return "";
    const holders = holdersOf(t);
    const holderType = holders.every((u) => u.kind === "乡镇" || u.kind === "村") ? "村" : ctx.total.profile.unitType;
    // Villages' and communities' own honours together are `村（社区）级` (new-user test 25, D20: never `社区级` for a 村's).
    const both = villageCommunityWord(holders, ctx.total.profile.unitType);
    // 县/区: as the roll-up's name or 上级指导单位 says, else as its units' names do (`东湖区城东农贸市场…`: 区级; new-user
    // test 34, D13: never a guessed 区级 when none names a 县 or a 区).
    const word = levelBefore(t.category, t.level, holderType, ctx.total.profile.unitName, [ctx.total.profile.guide, ...ctx.units.map((u) => u.name)].filter(Boolean).join("，"), t.seat);
    return both && t.level === "社区/村" && word ? `${both}级` : word;
  };
  const groups = [...merged.values()];
  if (!h.people && !groups.length) return [];
  const b = new SentenceBuilder();
  // Each clause says whose it is when that differs from the clause before: the market's 星级文明经营户 are never read
  // as the 福利院's (new-user test 17, D16).
  let subject = h.people ? whoHas(ctx, (f) => !!f.honours.people) : "";
  // People honoured above the units' own level (a street's 区级 `东湖好人`) were put forward by the units, not selected by
  // them: 选树, never `各街道共评选表彰` of a district's title.
  const levels: readonly string[] = Enums.honourLevel;
  // Each title against the own level of the units that hold it, by the 单位类型 they gave (a 县公交公司, 企事业单位, confers
  // 本单位 titles only: its 县/区 `最美公交司机` was received; new-user test 52, D12), else by the kind its name says: a 县交通局 in the roll-up never makes a town's 县级 `青山好人`
  // its own award (new-user test 35, D21).
  const ownLevelOf = (t: (typeof h.byTitle)[number]): number => {
    const holders = ctx.units.filter((u) => u.facts.honours.byTitle.some((x) => x.category === t.category && x.figure.unit === "人"));
    return Math.max(...(holders.length ? holders : ctx.units).map((u) => levels.indexOf(unitTypeTraits(u.unitType ?? u.kind, u.name).ownHonourLevel)));
  };
  const personTitles = h.byTitle.filter((t) => t.figure.unit === "人");
  const received = personTitles.some((t) => levels.indexOf(t.level) > ownLevelOf(t));
  // One title, given above the units' own level, of the one unit named (not `各街道共`, whose 选树 stays): received,
  // `青山镇4人获评县级“青山好人”`, never `青山镇评选表彰各类先进典型4人`.
  const only = personTitles.length === 1 && h.people && personTitles[0].figure.value === h.people.value && received && !subject.endsWith("共") ? personTitles[0] : undefined;
  if (only && h.people) b.text(subject).fig(h.people).text(`获评${levelOf(only)}“${only.category}”`);
  // One title selected by the units themselves is named, never `各类` (review run 27, 材料2 item 11: `县人民医院评选表彰院级
  // 优秀志愿者5人`).
  else if (h.people && personTitles.length === 1 && !received && personTitles[0].figure.value === h.people.value) b.text(`${subject}评选表彰${personTitles[0].category}`).fig(h.people);
  else if (h.people) b.text(`${subject}${received ? "选树" : "评选表彰"}各类先进典型`).fig(h.people);
  if (h.people && !only) appendBreakdown(ctx, b, (f) => (f.honours.people ? [f.honours.people] : []));
  groups.forEach((t, i) => {
    if (h.people || i) b.text("，");
    const holders = whoHas(ctx, (f) => f.honours.byTitle.some((x) => x.category === t.category && x.figure.unit === t.figure.unit));
    const who = holders === subject ? "" : holders;
    subject = holders;
    // Given by the units themselves (级别 本单位: a college's 文明寝室): selected, not received.
    if (t.level === "本单位") b.text(`${who}评出`).text(t.category).fig(t.figure);
    else if (t.figure.unit === "户") b.text(who).fig(householdFigure(t.figure, t.category)).text(`${householdNoun(t.category)}获评${levelOf(t)}“${t.category}”`);
    else if (t.figure.unit === "家") b.text(who).fig(t.figure).text(`商户获评${levelOf(t)}“${t.category}”`);
    // One unit's own title (`市级文明校园` of one school) is won, not counted: `区第三中学获评“市级文明校园”`, never `1个`.
    else if (namesWholeUnit(t.category) && t.figure.value === 1 && !t.figure.approx) b.text(who).text(`获评${levelOf(t)}“${t.category}”`).from(...t.figure.sources);
    // A collective whose title ends in its holder (`文明村` 2个) is counted before the verb, as in a unit's own text (points-ledgers,
    // catalog collectiveHolderNoun): `柳河镇2个村获评县级“文明村”`, never `获评“县级文明村”3个` with no subject (new-user test 42, D17).
    else if (collectiveHolderNoun(t.category) && /^[个所]$/u.test(t.figure.unit)) b.text(who).fig(t.figure).text(`${collectiveHolderNoun(t.category)}获评${levelOf(t)}“${t.category}”`);
    else b.text(who).text(`获评${levelOf(t)}“${t.category}”`).fig(t.figure);
  });
  b.text("。");
  return [b.build()];
}

/** 志愿服务 teams: teams, members with each unit's part (appendBreakdown), rate, services and hours. */
function volunteerSentences(ctx: CombinedCtx): Sentence[] {
  const v = ctx.total.volunteers;
  if (!v.members && !v.teams) return [];
  // Members some team left blank: every team's figures with its unit; other figures some team left blank: the whole's
  // sentence keeps what every team gave, each team then says its own of the rest.
  const byTeam = teamByTeamSentence(ctx, v.partial?.includes("members") ? ["members", "services", "hours"] : v.partial ?? []);
  if (byTeam && v.partial?.includes("members")) return [byTeam];
  // Units counted as themselves of which only some have volunteers are named or counted (`两区注册志愿者共2万人`), never
  // `各单位共` for the two 区 that stated theirs (new-user test 36, D3).
  const has = (f: Facts): boolean => !!f.volunteers.members || !!f.volunteers.teams;
  const who = ctx.partial ? whoHas(ctx, has) : scopeOrOne(ctx, has);
  const membersOnly = !v.teams && who !== `${ctx.scope}共` && who.endsWith("共");
  const b = new SentenceBuilder().text(membersOnly ? who.slice(0, -1) : who);
  if (v.teams) b.text("组建志愿服务队伍").fig(v.teams);
  if (v.members) appendBreakdown(ctx, b.text(v.teams ? "，注册志愿者" : membersOnly ? "注册志愿者共" : "注册志愿者").fig(v.members), (f) => (f.volunteers.members ? [f.volunteers.members] : []));
  // A low rate is told under 存在的不足 (v2 rule 9); a computed rate never takes 约 (rule 4).
  const rate = registrationRateOf(ctx);
  if (rate && rate.value >= lowRegistrationRate) rateClause(b, "，志愿者注册率达", rate);
  const services = byTeam && v.partial?.includes("services") ? undefined : v.services;
  const hours = byTeam && v.partial?.includes("hours") ? undefined : v.hours;
  if (services || hours) {
    b.text("；累计");
    if (services) b.text("开展服务").fig(services);
    if (hours) b.text(services ? "，服务时长" : "服务时长").fig(hours);
  }
  if (byTeam) b.text("；").text(byTeam.text.slice(0, -1)).from(...byTeam.sources);
  return [b.text("。").build()];
}

/** At most this many reporters' teams are told one by one when some team left a figure blank. */
const MAX_TEAMS_TOLD = 3;

/** A team's name as said after its unit: as typed when it quotes itself or is a generic kind, else quoted (`“养护先锋队”`). */
const teamSaid = (name: string): string => (/[“「]/u.test(name) || /^(?:党员|青年|巾帼|学雷锋|职工)?志愿(?:服务)?队$/u.test(name) ? name : `“${name}”`);

/**
 * When some team left blank a figure another gave (facts `volunteers.partial`; `keys` the figures to tell so, all of them
 * when members are among them), the sums are one part's: each reporter's teams are told with their own figures (`县公路养护中心“养护先锋队”开展服务10次；县客运站“春运暖冬”志愿服务队注册志愿者28人，
 * 开展服务50次，服务时长600小时`), never `全系统……注册志愿者28人` (review run 30, 材料9 item 5). Undefined when every team
 * gave each figure, or when more than MAX_TEAMS_TOLD reporters have teams (then the whole's sentence says only the
 * figures every team gave).
 */
function teamByTeamSentence(ctx: CombinedCtx, keys: readonly ("members" | "services" | "hours")[]): Sentence | undefined {
  if (!keys.length) return undefined;
  const all = keys.includes("members");
  const holders = [...(ctx.own ? [ctx.own] : []), ...ctx.units].filter((u) => (all ? u.facts.volunteers.teams || u.facts.volunteers.members : keys.some((k) => u.facts.volunteers[k])));
  if (!holders.length || holders.length > MAX_TEAMS_TOLD) return undefined;
  const b = new SentenceBuilder();
  holders.forEach((u, i) => {
    const v = u.facts.volunteers;
    const one = v.teamNames.length === 1 && v.teams?.value === 1;
    // A team named after its unit (`北山村志愿服务队`) is said by its name alone, never `北山村“北山村志愿服务队”`; so is one whose
    // name holds the unit's without its last word (`七年级红领巾志愿服务队` of 七年级组, in its quotes: never
    // `七年级组“七年级红领巾志愿服务队”`; review run 32, 材料4 item 3).
    const own = one && v.teamNames[0].startsWith(u.short);
    const stem = u.short.slice(0, -1);
    const held = one && !own && stem.length >= 3 && v.teamNames[0].replace(/^[“「]/u, "").startsWith(stem);
    b.text(i ? "；" : "").text(own || held ? "" : u.short).from(u.source);
    if (one) b.text(own ? v.teamNames[0] : teamSaid(v.teamNames[0])).from(...(v.teams?.sources ?? []));
    const figures: [string, Figure | undefined][] = [["注册志愿者", all ? v.members : undefined], ["开展服务", keys.includes("services") ? v.services : undefined], ["服务时长", keys.includes("hours") ? v.hours : undefined]];
    const given = figures.filter((f): f is [string, Figure] => !!f[1]);
    if (!one && v.teams && all) b.text("组建志愿服务队伍").fig(v.teams).text(given.length ? "，" : "");
    else if (one && !given.length) b.text("开展志愿服务");
    given.forEach(([words, f], j) => b.text(`${j ? "，" : ""}${words}`).fig(f));
  });
  return b.text("。").build();
}

/** Names of 其他指标 rows that teach or train people (`培训驾驶员`, `开展法治宣讲`, `举办讲座`). */
const TEACHING_NAME = /培训|宣讲|讲座|授课|党课|课堂|教育(?!基地|阵地)/u;

/**
 * A 宣传教育 其他指标 row that tells people taught (its name says training or teaching, or it counts 人次 reached),
 * told with the 宣传教育 activities, never under 拓展宣传阵地 (new-user test 37, D8). Rates stay with the 阵地 rows.
 */
export function isTeachingRow(r: FigureRow): boolean {
  if (r.figure.kind === "rate") return false;
  return TEACHING_NAME.test(r.name) || r.figure.unit === "人次";
}

/** Points of one section, in a fixed order: ledgers, activities, 其他指标. */
function sectionPoints(ctx: CombinedCtx, section: SectionSpec): Point[] {
  const acts = (id: string, kinds: readonly string[] = section.activityTypes, keep?: (it: ActivityItem) => boolean): Point[] => point(id, activitySentences(ctx, kinds, undefined, keep));
  // An award (`教师节表彰`, `星级文明户评选表彰大会`), typed 会议培训 or placed there by its words, is 选树典型: told after the
  // honours under 道德建设, never as the roll-up's 统筹调度 or 学习培训 (new-user test 38, D13 and D25), as in a unit's own text.
  const awardKinds = ["会议培训"];
  const isAward = (it: ActivityItem): boolean => isAwardName(it.name);
  const figs = point("figures", figuresSentences(ctx, section.name), combinedFigureLeads[section.id] ?? combinedLeads.figures);
  switch (section.id) {
    case "organization":
      return [...point("organization", organizationSentences(ctx)), ...acts("training", section.activityTypes, (it) => !isAward(it)), ...figs];
    case "environment":
      return [...point("problems", problemSentences(ctx)), ...acts("envActivities"), ...figs];
    case "publicity": {
      // People taught or trained (`培训驾驶员` 2300人次) are 宣传教育 done, told beside the activities under 深化宣传教育, never
      // as a 宣传阵地 (new-user test 37, D8); the 阵地 point keeps what is set up or published.
      const teaching = figuresSentences(ctx, section.name, isTeachingRow);
      const taught = point("pubActivities", [...activitySentences(ctx, section.activityTypes), ...teaching]);
      const places = point("figures", figuresSentences(ctx, section.name, (r) => !isTeachingRow(r)), combinedFigureLeads[section.id]);
      return [...point("publicity", publicitySentences(ctx)), ...taught, ...places];
    }
    case "morality":
      return [...point("honours", honourSentences(ctx)), ...acts("lectures"), ...point("awards", activitySentences(ctx, awardKinds, () => "表彰活动", isAward), AWARDS_LEAD), ...figs];
    case "volunteering":
      return [...point("teams", volunteerSentences(ctx)), ...acts("volActivities"), ...figs];
    case "culture": {
      // `等` only when some activity names no festival: after a complete list it says there were more (new-user test 9, D22).
      const etc = (g: Parameters<typeof festivalList>[0]): string => (g.items.some((i) => !i.festival) ? "等" : "");
      // A festival's visit or care (`春节慰问住院患儿`) keeps its name and date: `1月29日儿科开展“春节慰问住院患儿”活动`, never
      // counted as `春节“我们的节日”主题活动1场` (review run 34, reviewer AX, 材料7 item 4).
      const visits = eventsOfUnits(ctx, "我们的节日", (it) => namesCare(it.name));
      const counted = (it: ActivityItem): boolean => !visits.length || !namesCare(it.name);
      const festivals = [...activitySentences(ctx, ["我们的节日"], (g) => `${festivalList(g) ? `${festivalList(g)}${etc(g)}` : ""}“我们的节日”主题活动`, counted), ...visits];
      // A school's culture is its campus's, never the 群众's (review run 31, 材料6 item 3).
      const culture = activitySentences(ctx, section.activityTypes.filter((k) => k !== "我们的节日"));
      return [...point("festivals", festivals), ...point("culture", culture, (isSchoolRollup(ctx) ? schoolCombinedLeads : combinedLeads).culture), ...figs];
    }
    case "care":
      return [...acts("care"), ...figs];
    default:
      return sameLeadsMerged(ctx, [...acts("other"), ...figs]);
  }
}

/**
 * Points of one section never share a lead (new-user test 35, D20: never `一是统筹推进各项工作。…二是统筹推进各项工作。`):
 * a point whose lead the one before has is said in that point. Two sentences of one subject (a unit's short name or the
 * scope) are one (`青山县不动产登记中心开展……活动，办理登记业务3.6万件。`), never the subject twice.
 */
function sameLeadsMerged(ctx: CombinedCtx, points: readonly Point[]): Point[] {
  const subjects = [ctx.scope, ...ctx.units.map((u) => u.short)].filter(Boolean).sort((a, b) => b.length - a.length);
  const out: Point[] = [];
  for (const p of points) {
    const prev = out[out.length - 1];
    if (!prev || prev.lead !== p.lead) {
      out.push(p);
      continue;
    }
    const last = prev.sentences[prev.sentences.length - 1];
    const [first, ...rest] = p.sentences;
    const subject = subjects.find((s) => last.text.startsWith(s) && first.text.startsWith(s));
    const joined = subject && last.text.endsWith("。") && !last.text.slice(0, -1).includes("。")
      ? [...prev.sentences.slice(0, -1), { text: `${last.text.slice(0, -1)}，${first.text.slice(subject.length)}`, sources: [...last.sources, ...first.sources] }, ...rest]
      : [...prev.sentences, ...p.sentences];
    out[out.length - 1] = { ...prev, sentences: joined };
  }
  return out;
}

/**
 * True for a roll-up of schools: a school's of its colleges (combiner `school`), or a body's over an area whose units are
 * all schools (an education bureau's 学校 and 幼儿园): its headings and leads are a campus's (schoolCombinedHeadings,
 * schoolCombinedLeads). Review run 31, reviewer AU, 材料6 item 3 (brief jc D3).
 */
export function isSchoolRollup(ctx: Pick<CombinedCtx, "combiner" | "units">): boolean {
  return ctx.combiner === "school" || (ctx.combiner === "area" && ctx.units.every((u) => u.kind === "学校"));
}

/** The combined body sections with data, in catalog order. */
export function buildCombinedSections(ctx: CombinedCtx, catalog: Catalog): Section[] {
  // 宣传教育 of 理论学习 only publicised nothing: `加强理论武装，提升干部职工文明素养` of departments (new-user test 27, D14).
  const schools = ctx.units.every((u) => u.kind === "学校");
  // A bureau's own system with units left out (scope `上述各单位`) is still no 辖区 (new-user test 57, D24).
  const system = ctx.scope === SYSTEM_SCOPE || isSystemRollup(ctx.total.profile.unitType, ctx.total.profile.unitName, ctx.units);
  const places = ctx.combiner === "area" && !system && ctx.units.some((u) => ["社区", "村", "街道", "乡镇"].includes(u.kind));
  const study = studyOnly(ctx.total) ? studyHeading(schools ? "school" : places ? "area" : "agency") : undefined;
  // A bureau's own system has no 辖区 to speak of: its headings are an institution's (new-user test 25, D7).
  const headings = { area: schools ? schoolCombinedHeadings : system || (ctx.members && !isTownships(ctx.units)) ? orgCombinedHeadings : combinedHeadings, school: schoolCombinedHeadings, org: orgCombinedHeadings }[ctx.combiner];
  // An institution's problems all of its windows are its service's, said so (review run 31, 材料5 item 2), as a unit's own
  // profile says them (profiles withServiceWindow).
  const window = headings === orgCombinedHeadings && serviceWindowProblems(problemKindWords(ctx.total.rectification.byKind)) === "only";
  return catalog.sections
    .map((s) => ({ id: s.id, heading: (s.id === "publicity" ? study : undefined) ?? (s.id === "environment" && window ? windowCombinedHeading : undefined) ?? headings[s.id] ?? s.name, points: sectionPoints(ctx, s) }))
    .filter((s) => s.points.length > 0);
}
