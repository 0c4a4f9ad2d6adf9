/**
 * The combined (street / district) summary of a rolled-up workbook (issue #7): the same
 * DocumentModel as a unit's summary and the narrative spec's structure — title, opening with the
 * totals (`全街道4个社区共…`), body sections with totals then leading units, 存在的不足 with the
 * units that lag (lowest 整改率), 下一步工作打算, an appendix table of each unit's main figures,
 * sign-off. The combining unit's own 文字材料 rows (填报单位 blank or its own name) are its paragraphs; of the units' rows
 * only their 存在不足 and 工作亮点 are told, each with its unit's name (new-user tests 51, D9; 60, D11).
 * Deterministic: the same workbook and options give the same text.
 * @module
 */
import type { Catalog } from "../../catalog";
import { unitNamesSaid, unitSelfWords } from "../../catalog";
import { foundProblem, lowRegistrationSentence, problemAction, VOLUNTEER_SCALE } from "../points-ledgers";
import { buildFacts, type Facts, type Figure } from "../../facts";
import type { Block, DocumentModel } from "../../document/model";
import { gbLayout } from "../../document/model";
import type { ParsedWorkbook } from "../../validate";
import type { FlaggedCells } from "../../pipeline";
import { chineseOrdinal, figureText, fullDateText, joinList, overAtOrBelow } from "../phrase";
import { SentenceBuilder, type Sentence } from "../sentence";
import { appendFigures, joinUnits, ownAndUnits, ownRowLabel, registrationRateOf, scopeOrOne, valueOf, volunteersOfWhole, type CombinedCtx } from "./phrasing";
import { combinedHeadings } from "./register";
import { buildCombinedSections, type Section } from "./sections";
import { enumerated, pointParagraph, runs, textsOf } from "../blocks";
import { approachLead, givenLead, monthOfReport, PERIOD_SAID, summaryTitle } from "../compose";
import { selfReference } from "../profiles";
import { combinerOf, eachUnitText, isInstitutionPart, isMembersRollup, isSystemRollup, isTownships, scopeText, splitByUnit, SYSTEM_SCOPE, unitGroupText, type UnitFacts } from "./units";

/** Options of the combined summary. */
export interface CombinedSummaryOptions {
  /** Export day as an Excel serial: the sign-off date when 成文日期 is blank. */
  readonly today: number;
  /** Append the table of each unit's main figures (default true). */
  readonly appendix?: boolean;
  /**
   * Units of the area left out of the roll-up (its 汇总 sheet's 未汇总): the totals are then those of the
   * units rolled up, never the area's (`前进村和大坪村共`, then `各村`; not `全镇2个村`: new-user tests 11, D14; 30, D9).
   */
  readonly unitsLeftOut?: readonly string[];
  /** Each unit's 单位简称 by its 填报单位 (the 汇总 sheet's 单位简称): the text names a unit by it (new-user test 30, D10). */
  readonly unitShortNames?: Readonly<Record<string, string>>;
  /** Each unit's 单位类型 by its 填报单位 (the 汇总 sheet's): a 机关部门 is counted as a department whatever its name (new-user test 41, D18). */
  readonly unitTypes?: Readonly<Record<string, string>>;
  /**
   * The analysis' flagged cells (pipeline FlaggedCells): each unit's facts, the own rows' and the total's are built with
   * them as a unit's own summary is (`6对` beside 人 is `6对新人参加`, never `6人`: new-user test 33).
   */
  readonly flagged?: FlaggedCells;
}

/** The combined summary: document, sections as built, and the units found. */
export interface CombinedSummary {
  readonly document: DocumentModel;
  readonly sections: readonly Section[];
  readonly units: readonly UnitFacts[];
}

/** Title (spec §1) of the combining unit. */

/** The most units an opening names one by one when they are counted as themselves (new-user test 30, D9). */
const MAX_OPENING_NAMED = 4;

/**
 * Opening: the period, the unit and the totals over the units, then the turn to the body (`现将有关情况总结如下。`). The own
 * 导语 rows go first and frame it, as in a unit's summary (`givenLead`): the period, the units and the figures still follow
 * (the period unless the 导语 gives one), then the turn, the user's own when the 导语 ends with it (new-user test 32, D9).
 */
function opening(ctx: CombinedCtx, own: Facts): Sentence[] {
  // A 导语 that is only the unit's approach (`以“便民办税春风行动”为载体，打造文明服务窗口`) is said in the statement, after the
  // unit and its guidance, never a sentence with no subject before the period (new-user test 58, D13).
  const approach = ctx.total.profile.approach ? undefined : approachLead(textsOf(own, "导语"));
  const lead = givenLead(approach ? [] : textsOf(own, "导语"));
  const given = lead.texts.map((t) => t.text).join("");
  if (!lead.room) return [...lead.texts, ...lead.turn];
  const p = ctx.total.profile;
  const month = monthOfReport(ctx.total);
  const when = p.year === undefined || PERIOD_SAID.test(given) ? "" : month !== undefined ? `${p.year}年${month}月，` : p.period && p.period !== "全年" && p.period !== "专项" ? `${p.year}年${p.period}，` : `${p.year}年，`;
  // A 导语 that says the unit's work (`我镇……扎实推进创建工作。`) is not followed by `东溪镇人民政府统筹辖区各村推进创建工作`:
  // the figures follow it directly (`上洋村和溪头村共……`).
  // So does one that says it drives its units' (`统筹推动各基层单位落实创建任务`): never `集团……统筹各基层单位推进创建工作` after
  // it (new-user test 65, D6).
  const worked = /(?:推进|推动|开展|抓好|做好|抓实|落实)[^。！？]{0,8}(?:创建|创文)/u.test(given);
  const b = new SentenceBuilder().text(when);
  // No unit named, no statement of what it coordinates (never a subjectless `2025年，统筹辖区各村推进创建工作。`).
  if (!worked && p.unitName?.trim()) statement(ctx, b, given, approach, when === "");
  const figures = headlineFigures(ctx, b);
  if (worked && !figures) return [...lead.texts, ...lead.turn];
  return [...lead.texts, b.build(), ...lead.turn];
}

/**
 * `某某区文明办统筹辖区各街道推进创建工作。`: the combining unit, its guidance and what it coordinates. After a 导语 that
 * names the unit as it names itself (`我镇以创文为抓手…`), the unit is so named (`我镇在县文明办的指导下…`), never by its
 * full name in the next sentence (new-user test 46, D18).
 */
function statement(ctx: CombinedCtx, b: SentenceBuilder, given = "", approach?: Sentence, unDated = false): void {
  const p = ctx.total.profile;
  const self = selfReference(p.unitType, p.unitName);
  // Else its 单位简称 where typed, as the rest of the text names it (`县电信分公司在……`, never `中国电信南岭分公司` here and
  // `县电信分公司及城关营业厅成立……` below: new-user test 63, D2).
  const named = self.startsWith("我") && given.includes(self) ? self : p.shortName ?? p.unitName;
  // The 导语's last sentence having the unit as its subject (`上半年，我校坚持……。`, `我镇以……`), the statement after it
  // goes on without naming it again (`在县教育体育局的指导下，统筹……`), as a unit's own opening does (new-user test 66, D9).
  const lastSaid = given.split(/(?<=[。！？])/u).filter(Boolean).pop() ?? "";
  const lastSubject = lastSaid.replace(/^[^，]*(?:年|季度|以来)，/u, "").replace(/^(?:(?:今年|本年度?|\d{4}年)?(?:上半年|下半年|(?:第)?[一二三四]季度|以来)|今年|本年度?|\d{4}年度?)(?=[\u4e00-\u9fff])/u, "");
  const carried = unDated && !!p.guide && [self, p.unitName, p.shortName ?? "", ...unitNamesSaid(p.unitName), ...unitSelfWords(p.unitName)]
    .some((x) => x.length >= 2 && [x, `我${x}`, `本${x}`].some((y) => lastSubject.startsWith(y)));
  if (!carried) b.text(named).from((named === p.shortName ? p.sources.shortName : undefined) ?? p.sources.unitName ?? "");
  if (p.guide) b.text(`在${p.guide}的指导下，`).from(p.sources.guide ?? "");
  if (approach) b.text(`${approach.text}，`).from(...approach.sources);
  // A roll-up is the units' work: that the street coordinated them is what the data shows.
  // A school coordinates its colleges, not a 辖区 (new-user test 15).
  // A bureau over its schools has a 全县 (`县教育局` → 全县), no 辖区 (new-user test 23, D6).
  // A bureau over its schools still coordinates all of its 全县's (`统筹全县各学校`), though only those rolled up are counted.
  const place = ctx.members ? scopeText(p.unitType, p.unitName) : ctx.scope;
  const bureau = /(?:局|委员会)$/u.test(p.unitName) && place.startsWith("全");
  // A bureau over its own system (hospitals, clinics) coordinates the units within it (new-user test 25, D7).
  // A 文明办 over departments has no 辖区 of theirs to speak of (`统筹各单位`: new-user test 26, D8).
  // A 文明办 over its streets coordinates its 辖区's, though it counts only those given (new-user test 32, D10).
  // A bureau's own system is `系统内` whatever the scope word the text uses (`上述各单位` with a unit left out): the same
  // roll-up says the same words with and without --force, never `辖区` for a 机关部门's companies (new-user test 51, D13).
  const system = ctx.scope === SYSTEM_SCOPE || isSystemRollup(p.unitType, p.unitName, ctx.units);
  const whole = system ? "系统内" : bureau ? place : ctx.members && !isTownships(ctx.units) ? "" : "辖区";
  b.text(`统筹${ctx.combiner === "area" ? whole : ""}${ctx.each}推进创建工作。`);
}

/** The totals over the units (`城东街道、城南街道和城西街道共开展各类活动6场，……。`) added to `b`; false when there are none. */
function headlineFigures(ctx: CombinedCtx, b: SentenceBuilder): boolean {
  const t = ctx.total;
  /** Each headline figure with the reporters it comes from (the own unit's rows and the units'). */
  const parts: { say: (x: SentenceBuilder) => void; has: (f: Facts) => boolean }[] = [];
  const acts = t.activities.reduce((n, g) => n + g.count.value, 0);
  if (acts) parts.push({ say: (x) => x.text("开展各类活动").fig({ value: acts, unit: "场", kind: "count", sources: t.activities.flatMap((g) => g.count.sources) }), has: (f) => f.activities.length > 0 });
  // A count whose rate is low is a shortfall told under 存在的不足, not a headline (as in a unit's summary).
  const lowRate = lowRegistrationSentence(ctx.scope, t.volunteers.members, registrationRateOf(ctx)) !== undefined;
  // Units named as themselves (`汉江区、江岸区和市卫健委共`) share a total only when each of them has some (new-user test 36, D3).
  // Over the whole area only when every unit of it reported its volunteers (volunteersOfWhole: never `全街道共……注册志愿者
  // 340人` with 和平社区's unreported; review run 34, AX 材料4 item 2).
  const allHave = ctx.partial ? ctx.units.every((u) => u.facts.volunteers.members) : volunteersOfWhole(ctx);
  const reporters = [...(ctx.own ? [ctx.own] : []), ...ctx.units];
  const withMembers = reporters.filter((u) => u.facts.volunteers.members).length;
  // Members some team left blank are one part's, never the whole's (review run 30, 材料9 item 5); one reporter's team of
  // several reporters is no headline of the whole (材料2 item 7: `全系统……注册志愿者30人` of the gas company's one team).
  const whole = !t.volunteers.partial?.includes("members") && (withMembers > 1 || withMembers === reporters.length);
  const withVolunteers = !!t.volunteers.members && !lowRate && allHave && whole;
  // One reporter's problems among several are its own, told in its section (`城东税务分局排查发现……问题12件`), never the
  // whole's headline (review run 31, reviewer AU, 材料5 item 1: never `全系统……排查发现各类问题12件` for 城东税务分局's 12).
  const withProblemsFound = reporters.filter((u) => u.facts.rectification.foundByUnit.length > 0).length;
  const withProblems = t.rectification.foundByUnit.length === 1 && t.rectification.rectifiedByUnit.length <= 1 && (ctx.partial || ctx.units.length < 2 || withProblemsFound > 1 || withProblemsFound === reporters.length);
  if (withVolunteers) parts.push({ say: (x) => x.text("注册志愿者").fig(t.volunteers.members as Figure), has: (f) => !!f.volunteers.members });
  // v2 rule 3: problems only as a total over like units.
  if (withProblems) {
    parts.push({
      say: (x) => {
        appendFigures(x.text("排查发现各类问题"), t.rectification.foundByUnit);
        if (t.rectification.rectifiedByUnit.length) appendFigures(x.text("，已整改"), t.rectification.rectifiedByUnit);
      },
      has: (f) => f.rectification.foundByUnit.length > 0,
    });
  }
  let told = parts;
  if (parts.length) {
    // Units counted as themselves (some left out, or a 文明办's bureaus) are named once here when few (`区城管局、区教育局和
    // 区人社局共`), else counted (`5个村共`), never `参加汇总的3家单位` (tool wording) nor the place's whole; after this the
    // text says `各单位`, `各村` (new-user test 30, D9).
    // One unit rolled up is its name alone (`石桥村开展……`), never `石桥村1个村共` (new-user test 44, D1).
    // With the combining unit's own rows in the totals the units are not their subject (`全街道3个社区共开展各类活动9场` for the
    // communities' 7 and the 街道's 2): the whole area's (`全街道共`), or the unit and the units (`镇及柳塘村共`; new-user tests 45, D1; 46, D15),
    // when its own rows add to a headline figure.
    const o = ctx.own?.facts;
    const ownIn = !!o && (o.activities.length > 0 || !!o.volunteers.members || o.rectification.foundByUnit.length > 0);
    if (ownIn && !ctx.partial) b.text(`${ctx.scope}共`);
    // The unit then its units (`城关镇及北山村、东岭村、南坪村共`: new-user test 46, D15).
    // Only the units with a share in the figures told (`我局及县环卫所共开展各类活动2场`), never one that held none
    // (new-user test 54, D11: 县市政公司's only row was a 其他指标): the subject is the first figure's units, and a figure of
    // units beyond them is left to its section (new-user test 58, D12: never `县税务局及城东税务分局、开发区税务所共开展各类活动4场`
    // when 开发区税务所 held none and only had volunteers).
    else if (ownIn && ctx.own) {
      told = parts.filter((p) => reporters.every((u) => !p.has(u.facts) || parts[0].has(u.facts)));
      const named = ctx.units.filter((u) => parts[0].has(u.facts));
      const ownHas = parts[0].has(ctx.own.facts);
      const names = named.length > MAX_OPENING_NAMED ? unitGroupText(named) : named.map((u) => u.short);
      const subject = !ownHas ? joinUnits(named.map((u) => u.short)) : named.length ? ownAndUnits(ctx.own.short, names) : ctx.own.short;
      b.text(`${subject}${named.length + (ownHas ? 1 : 0) > 1 ? "共" : ""}`).from(...named.map((u) => u.source));
    }
    else if (ctx.units.length === 1) b.text(ctx.units[0].short).from(ctx.units[0].source);
    else if (!ctx.partial) b.text(`${ctx.scope}${ctx.group}共`);
    // Units counted as themselves are the subject only of the figures they have: the first figure's units (`城东环卫站开展各类
    // 活动1场，排查发现各类问题40处`, one unit's alone without 共), never `城东环卫站和垃圾清运队共……` when the 清运队 had
    // only 清运垃圾; a figure of units beyond them is left to its section, as beside the combining unit's own above
    // (new-user test 67, D7).
    else {
      told = parts.filter((p) => ctx.units.every((u) => !p.has(u.facts) || parts[0].has(u.facts)));
      const named = ctx.units.filter((u) => parts[0].has(u.facts));
      if (named.length === ctx.units.length && named.length > MAX_OPENING_NAMED) b.text(`${ctx.group}共`);
      else if (named.length > MAX_OPENING_NAMED) b.text(`${unitGroupText(named)}共`);
      else b.text(`${joinUnits(named.map((u) => u.short))}${named.length > 1 ? "共" : ""}`).from(...named.map((u) => u.source));
    }
    told.forEach((part, i) => {
      if (i) b.text("，");
      part.say(b);
    });
    b.text("。");
  }
  return parts.length > 0;
}

/**
 * Who has the problems still open: the one reporter with any open (`石桥村`, or the combining unit itself), else the scope
 * (`全街道`): never `石桥镇和石桥村尚有…` for the village's alone (new-user test 45, D1); with units left out, the unit and
 * those units that have some (`城关镇及东岭村尚有…`), never `各村尚有8处` for the 镇's 4 and a village's 4 (new-user test 46, D1).
 */
function openWho(ctx: CombinedCtx): string {
  return scopeOrOne(ctx, (f) => f.rectification.openByUnit.length > 0).replace(/共$/u, "");
}

/**
 * `全区尚有8处问题未整改到位`; problems still open in several measure words are said by category
 * (`全区尚有占道经营问题4处、5起，噪音扰民问题2宗未整改到位`), never as one list `4处、5起、2宗问题` (v2 rule 3). The
 * ledgers say only that they are not rectified, never that work on them is under way (new-user test 33, D20: not
 * `正在整改`), as a unit's own summary says it. Unit by unit (`机床厂社区尚有12处问题未整改到位`) when {@link openByUnitSaid}.
 */
function openProblems(ctx: CombinedCtx, open: readonly Figure[]): SentenceBuilder {
  // What is left of 余 found counts alone (`三十余` − 28) has no figure: `尚有部分问题未整改到位`, never `2处以上`, as a
  // unit's summary says it (new-user test 51, D11).
  const openFigures = (b: SentenceBuilder, figures: readonly Figure[]): SentenceBuilder =>
    (figures.length && figures.every((f) => f.approx === "over") ? b.text("部分").from(...figures.flatMap((f) => f.sources)) : appendFigures(b, figures));
  const byUnit = openByUnitSaid(ctx, open);
  if (byUnit) {
    const b = new SentenceBuilder();
    byUnit.forEach((u, i) => openFigures(b.text(`${i ? "，" : ""}${u.short}尚有`).from(u.source), u.facts.rectification.openByUnit).text("问题"));
    return b.text("未整改到位");
  }
  const kinds = ctx.total.rectification.byKind;
  const exact = kinds.every((k) => !k.figure.approx && !k.rectified.approx);
  // 其他 rows whose 备注 names nothing are no one kind: what is left of them in different measure words is never one
  // `其他问题24处、2件` (new-user test 42, D15). Each is said after the named kinds, by the one unit that has it when there
  // are several (`青石镇其他问题24处，县人社局其他问题2件`).
  const bare = (k: (typeof kinds)[number]): boolean => k.category === "其他" && !k.remark?.detail;
  // One measure word left open, of one or two named kinds, is said with them (`县公路养护中心尚有渣土偷倒问题约2车未整改到位`),
  // as the section names them (review run 30, 材料9 item 1: never `尚有约2车问题`, which names nothing).
  const openNames = open.length === 1 ? [...new Set(kinds.filter((k) => k.figure.unit === open[0].unit && (k.figure.value > k.rectified.value || !!k.figure.approx)).map((k) => (bare(k) ? "" : problemAction(k).object.replace(/问题$/u, ""))))] : [];
  if (open.length === 1 && open[0].approx !== "over" && openNames.length && openNames.length <= 2 && openNames.every(Boolean)) {
    const named = openNames.length === 1 ? (/投诉$/u.test(openNames[0]) ? openNames[0] : foundProblem(openNames[0])) : `${joinList(openNames)}问题`;
    return new SentenceBuilder().text(`${openWho(ctx)}尚有${named}`).fig(open[0]).text("未整改到位");
  }
  if (open.length < 2) return openFigures(new SentenceBuilder().text(`${openWho(ctx)}尚有`), open).text("问题未整改到位");
  if (!exact) {
    // Rough counts leave no exact open figure per kind: each measure word's open figure after the kinds it counts
    // (`尚有患者投诉2件、卫生死角和院内吸烟点问题4处以上未整改到位`), never `2件、4处以上问题` (review run 27, 材料2 item 14).
    const b = new SentenceBuilder().text(`${openWho(ctx)}尚有`);
    open.forEach((f, i) => {
      const names = [...new Set(kinds.filter((k) => k.figure.unit === f.unit && (k.figure.value > k.rectified.value || !!k.figure.approx)).map((k) => (bare(k) ? "其他" : problemAction(k).object.replace(/问题$/u, ""))))];
      const listed = names.length ? `${joinList(names.slice(0, 2))}${names.length > 2 ? "等" : ""}` : "其他";
      const named = /投诉$/u.test(listed) ? listed : `${listed}问题`;
      if (f.approx === "over") b.text(i ? "、" : "").text(`部分${named}`).from(...f.sources);
      else b.text(i ? "、" : "").text(named).fig(f);
    });
    return b.text("未整改到位");
  }
  // Named units (the unit and some of its units: `县住建局及县燃气公司`), or units whose kinds are each in their own measure
  // words (`县住建局……2起、……2处，县燃气公司……5户`: review run 30, 材料2 item 2), each say their own open kinds (`县住建局尚有渣土偷倒问题2起、
  // 工地围挡破损问题2处未整改到位，县燃气公司尚有燃气隐患问题5户未整改到位`), never one list that gives each unit every kind
  // (new-user test 56, D11); a whole (`全系统`) or a group (`各街道`) says the total.
  const holders = [...(ctx.own ? [ctx.own] : []), ...ctx.units].filter((u) => u.facts.rectification.byKind.some((k) => k.figure.value > k.rectified.value));
  const wordsOf = (u: UnitFacts): string[] => u.facts.rectification.foundByUnit.map((f) => f.unit);
  const ownWords = new Set(holders.flatMap(wordsOf)).size === holders.flatMap(wordsOf).length;
  if (((ctx.partial && !!ctx.own && holders[0] === ctx.own) || ownWords) && holders.length >= 2 && holders.length <= MAX_LAGGING && holders.every((u) => u.facts.rectification.byKind.every((k) => !k.figure.approx && !k.rectified.approx))) {
    const b = new SentenceBuilder();
    holders.forEach((u, i) => openKinds(b.text(`${i ? "，" : ""}${u.short}尚有`).from(u.source), u.facts.rectification.byKind, () => "其他问题", "、").text("未整改到位"));
    return b;
  }
  const bareLeft = kinds.filter((k) => bare(k) && k.figure.value > k.rectified.value);
  const bareName = (k: (typeof kinds)[number]): string => {
    const holders = ctx.units.filter((u) => u.facts.rectification.byKind.some((x) => bare(x) && x.figure.unit === k.figure.unit && x.figure.value > x.rectified.value));
    return `${bareLeft.length > 1 && holders.length === 1 ? holders[0].short : ""}其他问题`;
  };
  return openKinds(new SentenceBuilder().text(`${openWho(ctx)}尚有`), kinds, bareName, "，").text("未整改到位");
}

type RectifiedKind = Facts["rectification"]["byKind"][number];

/**
 * Appends what is left open of each kind of exact counts (`渣土偷倒问题2起，工地围挡破损问题2处`): by its problem name, a bare
 * 其他 row (no 备注 detail) by `bareName`, one kind's measure words together (`占道经营问题4处、5起`), kinds joined by `joiner`.
 */
function openKinds(b: SentenceBuilder, kinds: readonly RectifiedKind[], bareName: (k: RectifiedKind) => string, joiner: string): SentenceBuilder {
  const bare = (k: RectifiedKind): boolean => k.category === "其他" && !k.remark?.detail;
  const byName = new Map<string, Figure[]>();
  for (const k of [...kinds].sort((x, y) => Number(bare(x)) - Number(bare(y)))) {
    const left = k.figure.value - k.rectified.value;
    if (left <= 0) continue;
    const name = bare(k) ? `${bareName(k)}\u0000${k.figure.unit}` : problemAction(k).object;
    byName.set(name, [...(byName.get(name) ?? []), { value: left, unit: k.figure.unit, kind: "count", sources: [...k.figure.sources, ...k.rectified.sources] }]);
  }
  [...byName].forEach(([name, figures], i) => {
    const said = name.split("\u0000")[0];
    b.text(`${i ? joiner : ""}${foundProblem(said)}`);
    figures.forEach((f, j) => b.text(j ? "、" : "").fig(f));
  });
  return b;
}

/**
 * The units whose open problems are said one by one instead of the roll-up's total (undefined when the total is said): what
 * is left of approximate counts is no total to say when the units of exact counts alone leave as much as it (`250余` −
 * `240余` is no `约10处` when 机床厂社区 alone has 12 open; new-user test 41, D13). At most {@link MAX_LAGGING} units.
 */
function openByUnitSaid(ctx: CombinedCtx, open: readonly Figure[]): UnitFacts[] | undefined {
  const byUnit = ctx.units.filter((u) => u.facts.rectification.openByUnit.length);
  const exactUnits = byUnit.filter((u) => u.facts.rectification.openByUnit.every((f) => !f.approx));
  const exactLeft = (unit: string): number => exactUnits.reduce((n, u) => n + (u.facts.rectification.openByUnit.find((f) => f.unit === unit)?.value ?? 0), 0);
  return open.some((f) => f.approx && exactLeft(f.unit) >= f.value) && byUnit.length <= MAX_LAGGING ? byUnit : undefined;
}

/** How many lagging units 存在的不足 names. */
const MAX_LAGGING = 3;

/**
 * 存在的不足 from the data (`own`: the combining unit's 存在不足 rows): problems still open, and the units that lag — those whose 整改率 is
 * below the roll-up's (or, when none is, the lowest one under 100 %), lowest first.
 */
function lagging(ctx: CombinedCtx, own: readonly Sentence[] = []): Sentence[] {
  // Said as in a unit's summary: `全街道志愿者注册率为4.2%，……`; left to the combining unit's own 存在不足 rows when
  // they speak of volunteers (new-user test 26, D31: never the point twice).
  const rateLow = own.some((t) => VOLUNTEER_SCALE.test(t.text)) ? undefined : lowRegistrationSentence(ctx.scope, ctx.total.volunteers.members, registrationRateOf(ctx));
  const low: Sentence[] = rateLow ? [{ text: `${rateLow.text}。`, sources: rateLow.sources }] : [];
  // 上期遗留 problems still open, after this period's (v1.2; new-user test 8, D25: they vanished from the street's text).
  const carriedOpen = ctx.total.rectification.carried?.open ?? [];
  if (carriedOpen.length) low.unshift(appendFigures(new SentenceBuilder().text(`${ctx.scope}上期遗留问题尚有`), carriedOpen).text("未整改到位，整改进度仍需加快。").build());
  const open = ctx.total.rectification.openByUnit;
  if (!open.length) return low;
  const b = openProblems(ctx, open);
  // The unit just named for its own open problems is not named again for its rate (`机床厂社区尚有12处问题未整改到位，整改率为……`).
  const saidByUnit = openByUnitSaid(ctx, open);
  // So is the one unit whose problems are open when the sentence opened with its name (`县汽车客运站尚有1处问题未整改到位，
  // 整改率为92.9%`; new-user test 52, D17: never the name twice).
  const openUnits = ctx.units.filter((u) => u.facts.rectification.openByUnit.length);
  const saidAlone = saidByUnit?.length === 1 ? saidByUnit[0] : !saidByUnit && openUnits.length === 1 && openWho(ctx) === openUnits[0].short ? openUnits[0] : undefined;
  // Units whose problems are counted in different measure words have no rate (build-facts), nor has a whole whose
  // units count them differently: they are ranked against nothing (new-user test 16, D14).
  // Compared as printed (one decimal): two units both at 99.5% are level, never one of them behind (99.52 < 99.53).
  const rate = (u: UnitFacts): number => Math.round((u.facts.rectification.rate?.value ?? 100) * 10) / 10;
  const overallRate = ctx.total.rectification.rate?.value;
  const overall = overallRate === undefined ? undefined : Math.round(overallRate * 10) / 10;
  // A unit whose rejected rows were left out (--force) has no known rate: it is neither named nor ranked against, so
  // that the roll-up names the same unit with and without it (new-user test 51, D1). The combining unit's own rows
  // (本级) are ranked against, never named: a company is never `相对滞后` at 95% beside the bureau's own 81.8%.
  const known = ctx.units.filter((u) => !u.facts.rectification.leftOut.length);
  const peers = ctx.own && !ctx.own.facts.rectification.leftOut.length ? [ctx.own, ...known] : known;
  const under = known.filter((u) => u.facts.rectification.rate && rate(u) < 100).sort((a, c) => rate(a) - rate(c));
  // A unit lags only when clearly behind: 3 points or more (new-user test 24, D7: never `相对滞后` for 97.5% against 97.6%;
  // new-user test 38, D14: nor for 93.3% against 94.4%, beside another unit at 94%).
  const GAP = 3;
  const below = overall === undefined ? [] : under.filter((u) => rate(u) <= overall - GAP);
  // With none below the average, only a unit clearly behind all the others is named.
  const lowestAlone = under.length > 0 && peers.filter((u) => u.facts.rectification.foundByUnit.length && rate(u) < rate(under[0]) + GAP).length === 1;
  // A unit whose problems are counted in several words has no rate to rank: when its rate in one of them is as low as
  // that of a unit that would be named, none is named — it may be the one furthest behind (new-user test 26, D17: never
  // 金桥 blamed at 88.9% beside 望江 at 88.2% in 处 and 75% in 起).
  const wordRates = (u: UnitFacts): number[] => u.facts.rectification.foundByUnit.map((f) => Math.round(((u.facts.rectification.rectifiedByUnit.find((x) => x.unit === f.unit)?.value ?? 0) / f.value) * 1000) / 10);
  const mixedLowest = Math.min(...peers.filter((u) => u.facts.rectification.foundByUnit.length > 1).flatMap(wordRates));
  // A rate is compared only with another printed one: the one unit whose rate can be computed (the others' counts rough or
  // in several words) is behind no average (new-user test 42, D18: never `北苑社区……整改率为90%，低于平均水平` alone).
  const rated = peers.filter((u) => u.facts.rectification.rate && u.facts.rectification.rate.approx !== "about");
  const candidates = rated.length < 2 ? [] : below.length ? below : lowestAlone ? under.slice(0, 1) : [];
  const behind = candidates.some((u) => mixedLowest <= rate(u)) ? [] : candidates;
  const named = behind.slice(0, MAX_LAGGING);
  const rateOf = (u: UnitFacts): Figure => u.facts.rectification.rate as Figure;
  // Against the units rolled up, never `低于3家单位平均水平`.
  const versus = below.length ? (ctx.partial ? "低于平均水平" : `低于${ctx.scope}平均水平`) : "";
  // A rate from approximate counts (`百余`, `三十余`) is no figure to print (v2 rule 4 puts no 约 on a percentage): such a
  // unit is named without it (`南湖社区整改率低于全街道平均水平，整改进度相对滞后`; new-user test 38, D11).
  const rough = (u: UnitFacts): boolean => rateOf(u).approx === "about";
  if (behind.length > MAX_LAGGING) {
    b.text(`，${unitGroupText(behind)}整改率${versus}，其中`);
    named.forEach((u, i) => (rough(u) ? b.text(i ? "、" : "").text(u.short).from(u.source, ...rateOf(u).sources) : b.text(i ? "、" : "").text(u.short).from(u.source).text("（").fig(rateOf(u)).text("）")));
    b.text("整改进度最慢");
  } else if (named.some(rough)) {
    b.text(`，${joinUnits(named.map((u) => u.short))}`).from(...named.flatMap((u) => [u.source, ...rateOf(u).sources]));
    b.text(versus ? `整改率${versus}，整改进度相对滞后` : "整改进度相对滞后");
  } else if (named.length) {
    // Units at one rate as printed share it: `整改率均为90%`, never `分别为90%和90%` (new-user test 25, D8).
    const level = named.length > 1 && named.every((u) => rate(u) === rate(named[0]));
    const who = named.length === 1 && named[0] === saidAlone ? "" : joinUnits(named.map((u) => u.short));
    b.text(`，${who}整改率${level ? "均" : named.length > 1 ? "分别" : ""}为`).from(...named.map((u) => u.source));
    if (level) b.fig(rateOf(named[0])).from(...named.slice(1).flatMap((u) => rateOf(u).sources));
    else named.forEach((u, i) => b.text(i ? (i === named.length - 1 ? "和" : "、") : "").fig(rateOf(u)));
    b.text(versus ? `，${versus}` : "").text("，整改进度相对滞后");
  } else b.text("，需持续跟进");
  return [b.text("。").build(), ...low];
}

/** A unit's word for itself at the head of its own 存在不足 (`我公司`, `本单位`, `我们`): the unit's name takes its place. */
const SELF_AT_HEAD = /^(?:我们|[我本](?:单位|公司|社区|村|街道|镇|乡|局|院|校|中心|项目部|部门|站|所|队|分公司)?)(?=[\u4e00-\u9fff])/u;

/**
 * A point that opens with its unit's own name short of the unit's kind character (`急诊候诊区高峰时段秩序较乱` of 急诊科, a 科 of a
 * hospital) without it: the unit's name said before it says that again (new-user test 69, D4: never `急诊科急诊候诊区……`), and the
 * same point of another unit (儿科's `候诊区高峰时段秩序较乱`) is then one point. Stems of two characters or more, points left with
 * two or more.
 */
function ownStemOff(short: string, point: string): string {
  const stem = /^([\u4e00-\u9fff]{2,})[科室部组队处股]$/u.exec(short)?.[1];
  return stem && point.startsWith(stem) && !point.startsWith(short) && /^[\u4e00-\u9fff]{2}/u.test(point.slice(stem.length)) ? point.slice(stem.length) : point;
}

/**
 * The units' own 存在不足 (or 工作亮点) rows (facts `texts`, as the free-text reader kept them: spoken ones are left out with the check's
 * 提示 at the cell, as in a unit's summary), each said with the unit that typed it (`阳光物业服务有限公司业主配合度不高`,
 * `七年级组开展“文明礼仪伴我行”主题教育`); one point typed by several units is said once with all of them
 * (`阳光物业和绿城物业业主配合度不高`). Order: as the units are rolled up, a point at its first unit (new-user test 51, D9: the
 * units' 不足 were dropped from the roll-up; new-user test 60, D11: so were their 亮点).
 */
function unitTexts(ctx: CombinedCtx, kind: "存在不足" | "工作亮点"): Sentence[] {
  const byPoint = new Map<string, { units: UnitFacts[]; sources: string[] }>();
  for (const u of ctx.units) {
    for (const t of textsOf(u.facts, kind)) {
      const point = ownStemOff(u.short, t.text.replace(SELF_AT_HEAD, "").replace(/[。；;，,\s]+$/u, ""));
      if (!point) continue;
      const at = byPoint.get(point) ?? { units: [], sources: [] };
      if (!at.units.includes(u)) at.units.push(u);
      at.sources.push(u.source, ...t.sources);
      byPoint.set(point, at);
    }
  }
  // `站内`, `所内` at the head of a point of units whose names end in that word says the unit again: `城东加油站和城关加油站文明宣传
  // 形式较单一`, never `……城关加油站站内文明宣传……` (new-user test 62, D2).
  const inside = (point: string, units: readonly UnitFacts[]): string => {
    const at = /^([\u4e00-\u9fff])内(?=[\u4e00-\u9fff]{2})/u.exec(point)?.[1];
    if (at && units.every((u) => u.short.endsWith(at))) return point.slice(2);
    // A point that opens with the units' own kind word (`村小师资紧张` of 石门村小学, a 村小) has the names in its place: `石门村小学
    // 师资紧张`, never `石门村小学村小师资紧张` (new-user test 66, D10, docs/new-user-test-pane-66.md). Kind words of two
    // characters or more only: `村民` opens no 村's text with its kind.
    const kind = units[0]?.kind ?? "";
    const rest = point.slice(kind.length);
    return kind.length >= 2 && units.every((u) => u.kind === kind) && point.startsWith(kind) && rest.length >= 2 && !/^[，。；、,]/u.test(rest) ? rest : point;
  };
  // Several units with one text are listed with `、` (`石门村小学、河口村小学师资紧张`; new-user test 66, D10).
  return [...byPoint].map(([point, { units, sources }]) => ({ text: `${units.map((u) => u.short).join("、")}${inside(point, units)}`, sources }));
}

/** The appendix table: each unit's activities, volunteers, problems found and rectified, and rate. */
function appendixTable(ctx: CombinedCtx): Block {
  const cell = (figures: readonly (Figure | undefined)[]): string => {
    const xs = figures.filter((f): f is Figure => !!f && f.value !== 0);
    return xs.length ? xs.map(figureText).join("、") : "—";
  };
  // A 余 total said round (`40余处`) beside more rectified (43处) keeps its typed parts, as the text itemises them:
  // `30余+15处` (review run 27, 材料2 item 5; phrase overAtOrBelow).
  const foundCell = (r: Facts["rectification"]): string => {
    const xs = r.foundByUnit.filter((f) => f.value !== 0);
    if (!xs.length) return "—";
    return xs.map((f) => {
      const done = r.rectifiedByUnit.find((x) => x.unit === f.unit);
      if (!overAtOrBelow(f, done) || f.roughPart === undefined) return figureText(f);
      const exact = Math.round((f.value - f.roughPart) * 1e6) / 1e6;
      return `${figureText({ ...f, value: f.roughPart, rounded: undefined, exact: undefined, roughPart: undefined, unit: "" })}+${exact}${f.unit}`;
    }).join("、");
  };
  // The combining unit's own rows are a row of their own (`街道本级`), first, so the table adds up to the text's totals
  // (new-user test 45, D1: the text's 187 problems beside the table's 147).
  const reporters = ctx.own ? [{ ...ctx.own, short: ownRowLabel(ctx.own.short, ctx.total.profile.unitName, ctx.total.profile.shortName) }, ...ctx.units] : ctx.units;
  const rowOf = (u: UnitFacts): string[] => {
    const f = u.facts;
    const acts = valueOf(f.activities.map((g) => g.count));
    return [
      u.short,
      acts ? `${acts}场` : "—",
      cell([f.volunteers.members]),
      foundCell(f.rectification),
      cell(f.rectification.rectifiedByUnit),
      // A rate from approximate counts (`三十余` found, 30 rectified) is no figure to print, as in the text (v2 rule 4;
      // new-user test 39, D12): `—`, never `100%`.
      // Nor from counts a rejected row is missing from (已整改数 > 发现数, left out): `—`, never `100%` over what is left
      // (new-user test 50, D12); the note below the rows says why.
      cell([f.rectification.rate?.approx === "about" || f.rectification.leftOut.length ? undefined : f.rectification.rate]),
    ];
  };
  const rows = reporters.map((u) => ({ u, cells: rowOf(u) }))
    // The combining unit's own row when its ledger gives no figure in any column is left out: a row of `—` reads as a
    // report missing (new-user test 62, D17: `公司本级 — — — — —` beside its 督查 24次); the units' rows are all kept.
    .filter(({ u, cells }) => u !== reporters[0] || !ctx.own || u.facts.rectification.leftOut.length > 0 || cells.slice(1).some((c) => c !== "—"))
    .map(({ cells }) => cells);
  // Units whose 问题整改 rows were left out for an error are named under the rows, so that their counts read as partial.
  const partial = reporters.filter((u) => u.facts.rectification.leftOut.length);
  const note = partial.length
    ? [[`注：${partial.map((u) => `${u.short}有${u.facts.rectification.leftOut.length}行问题整改数据有误（${leftOutWhy(u.facts.rectification)}）`).join("，")}，未计入。`, "", "", "", "", ""]]
    : [];
  return { kind: "table", caption: `附表：${ctx.each}主要指标统计表`, header: ["单位", "开展活动", "注册志愿者", "发现问题", "已整改", "整改率"], rows: [...rows, ...note] };
}

/** Why a unit's 问题整改 rows were left out, for the 附表's 注: `已整改数大于发现数`, `单位有误`, or both. */
function leftOutWhy(r: Facts["rectification"]): string {
  const unit = r.leftOutForUnit?.length ?? 0;
  return [...(r.leftOut.length > unit ? ["已整改数大于发现数"] : []), ...(unit ? ["单位有误"] : [])].join("、");
}

/**
 * The combining unit's own rows (`ownRows`, 填报单位 blank or its own name) as one more reporter when a ledger other than
 * 文字材料 has some, named as the unit names itself (profiles `selfReference`: 单位简称, else `街道`, `镇`, `我局`); undefined
 * otherwise. Its 文字材料 rows are the summary's own paragraphs, never a reporter's figures.
 */
function ownReporter(ownRows: ParsedWorkbook, facts: Facts, unitType: string, unitName: string, shortName: string | undefined, source: string): UnitFacts | undefined {
  const data = Object.entries(ownRows.ledgers).some(([id, l]) => id !== "texts" && (l?.rows.length ?? 0) > 0);
  if (!data || !unitName.trim()) return undefined;
  return { name: unitName, short: selfReference(unitType, unitName, shortName), kind: "本级", facts, source };
}

/**
 * A sentence's `phrase` (`上述各村`) said as `first` (by default itself; `3个村` after the unit's own 导语) at its first
 * mention over all the sentences it is given in turn, and as `plain` (`各村`) after it: the units named in the opening are pointed back to once, never `上述` in every section (new-user
 * test 30, D9). No change when `phrase` is empty.
 */
function pointingBackOnce(phrase: string, plain: string, first = phrase): (s: Sentence) => Sentence {
  let said = false;
  return (s) => {
    if (!phrase || !s.text.includes(phrase)) return s;
    const at = s.text.indexOf(phrase);
    const head = said ? "" : `${s.text.slice(0, at)}${first}`;
    const rest = said ? s.text : s.text.slice(at + phrase.length);
    said = true;
    return { ...s, text: head + rest.split(phrase).join(plain) };
  };
}

/**
 * Builds the combined summary of a rolled-up workbook, parsed with the 填报单位 extension
 * (`withLedgerExtensions(catalog)`), so that each row knows its unit.
 * @example composeCombinedSummary(analysis.workbook, standardV1, { today: 45141 }).document.title
 */
export function composeCombinedSummary(wb: ParsedWorkbook, catalog: Catalog, options: CombinedSummaryOptions): CombinedSummary {
  const split = splitByUnit(wb, catalog, options.unitShortNames, options.flagged, options.unitTypes);
  const total = buildFacts(wb, catalog, options.flagged?.unreadable, options.flagged?.contradicted, options.flagged?.impossible);
  const own = buildFacts(split.own, catalog, options.flagged?.unreadable, options.flagged?.contradicted, options.flagged?.impossible);
  const p = total.profile;
  // With no 汇总单位 named (`rollup` without --unit), its 单位类型 is only a guess (rollup combiningType: 乡镇 for villages): the
  // units given are named, never a `全镇` of a town the tool does not know (new-user test 44, D11).
  const partial = (options.unitsLeftOut?.length ?? 0) > 0 || !p.unitName?.trim();
  const each = eachUnitText(split.units, p.unitType, combinerOf(p.unitType, p.unitName));
  // One unit rolled up is named: neither `全县` (the county has more) nor `各乡镇` (new-user test 18).
  // With units left out the text speaks of those rolled up (`2个乡镇`), never of all (`各乡镇`, `全县`; new-user test 18, D12).
  // Departments or schools rolled up by a 文明办 or a bureau are counted as themselves, never as the district's whole
  // (`区城管局、区教育局和区人社局共`, never `全区3家单位`: new-user tests 26, D8; 30, D9).
  const members = split.units.length > 1 && !partial && isMembersRollup(p.unitType, p.unitName, split.units);
  // After the opening has named or counted them, a 文明办's bureaus are `各单位` (new-user test 30, D9); units of a place
  // with some left out, or a bureau's schools after `统筹全县各学校`, are `上述各村`, `上述各学校`: never the place's whole
  // (`各乡镇` would read as the county's: new-user test 18, D12), nor `2个乡镇` again in every section (new-user test 30, D9).
  // So are a 文明办's streets after `统筹辖区各街道` (new-user test 32, D10).
  // An institution's own parts (`儿科`, `急诊科`: isInstitutionPart) with one left out are its `各科室`, never `上述各科室`
  // pointing back to the opening (review run 34, reviewer AX, 材料7 item 2).
  const parts = partial && !!p.unitName?.trim() && split.units.length > 1 && split.units.every((u) => isInstitutionPart(u.kind));
  const pointsBack = (partial && !parts) || (members && ((/(?:局|委员会)$/u.test(p.unitName) && scopeText(p.unitType, p.unitName).startsWith("全")) || isTownships(split.units)));
  const ownUnit = ownReporter(split.own, own, p.unitType, p.unitName, p.shortName, p.sources.unitName ?? "");
  // One unit beside the combining unit's own rows: both named (`石桥镇及石桥村共`), never the unit's name for the whole
  // (`石桥村共开展各类活动2场` for the town's 1 and the village's 1: new-user test 45, D1).
  const scope = split.units.length === 1 ? (ownUnit ? ownAndUnits(ownUnit.short, [split.units[0].short]) : split.units[0].short) : pointsBack ? `上述${each}` : members || parts ? each : scopeText(p.unitType, p.unitName, split.units);
  const ctx: CombinedCtx = { total, units: split.units, scope, group: unitGroupText(split.units), each, partial: partial || members, members, combiner: combinerOf(p.unitType, p.unitName), ...(ownUnit ? { own: ownUnit } : {}) };
  // `上述各村` once, then `各村`: the first mention ties the word to the units the opening named (new-user test 30, D9).
  // With the unit's own 导语 the opening names them after it (new-user test 32, D9), unless the 导语's own turn leaves no
  // room for that: then the first mention counts them (`3个村`), never `上述`.
  const once = pointingBackOnce(pointsBack && split.units.length > 1 ? scope : "", each, givenLead(textsOf(own, "导语")).room ? scope : ctx.group);
  const sections = buildCombinedSections(ctx, catalog).map((s) => ({ ...s, points: s.points.map((pt) => ({ ...pt, sentences: pt.sentences.map(once) })) }));
  const blocks: Block[] = [{ kind: "paragraph", runs: runs(opening(ctx, own)) }];
  let n = 0;
  const heading = (text: string): void => {
    n += 1;
    blocks.push({ kind: "heading", level: 1, text: `${chineseOrdinal(n)}、${text}` });
  };
  for (const s of sections) {
    heading(s.heading);
    s.points.forEach((pt, i) => blocks.push(pointParagraph(pt, i, s.points.length === 1)));
  }
  const unitsShort = unitTexts(ctx, "存在不足");
  const closing: [string, Sentence[]][] = [
    [combinedHeadings.highlights, [...textsOf(own, "工作亮点"), ...unitTexts(ctx, "工作亮点")]],
    [combinedHeadings.shortcomings, [...textsOf(own, "存在不足"), ...lagging(ctx, [...textsOf(own, "存在不足"), ...unitsShort]).map(once), ...unitsShort]],
    [combinedHeadings.nextSteps, textsOf(own, "下一步打算")],
  ];
  for (const [text, rows] of closing) {
    if (!rows.length) continue;
    heading(text);
    blocks.push(enumerated(rows));
  }
  if (options.appendix !== false && split.units.length) blocks.push(appendixTable(ctx));
  const document: DocumentModel = { title: summaryTitle(total), blocks, signOff: { unit: p.unitName, date: fullDateText(p.docDate ?? options.today) }, layout: gbLayout };
  return { document, sections, units: split.units };
}
