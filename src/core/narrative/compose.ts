/**
 * The whole summary (narrative spec "Structure"): title, opening, body sections with closing-up
 * numbering, 工作亮点, 存在的不足 (with unrectified problems), 下一步工作打算, sign-off.
 * Deterministic: the same facts and options always give the same text.
 * @module
 */
import type { Catalog } from "../catalog";
import type { Facts, TextRow } from "../facts";
import { NAMES_CIVILITY, specialWhenOf } from "../facts/build-facts";
import type { Block, DocumentModel } from "../document/model";
import { gbLayout, splitAppendix } from "../document/model";
import { appendixTable, comparisonSentence, materialFalls, openingComparison } from "./comparison-text";
import { countedProblem, problemsNamedBy, restatedRow, countsHouseholds, honourToldByPlan, saidAsHouseholds, isComplaint, isDispute, isIllegalTrade, isMoresProblem, isTask, kindsInList, lowRegistrationSentence, namedByNegatedAction, namedWithClosingAction, problemAction, rectifiedByAction, toldByWord, VOLUNTEER_SCALE, withoutMoresProblems, wonClause, wonHonours, placeCounted, isConductName, carriedKindsNoun, allDisputes, kindsNamed } from "./points-ledgers";
import { isMeasureName, ledgerFigureOf, actionOf, closingActionOf, Enums, lowRegistrationRate, peopleMeasureWords, populationAs, printedMeasureWord, problemActions, MONTHLY_PERIOD, modernFestivalIn, VENUE_VISITORS, spokenThing, thingKindOf, unitTypeTraits, withoutGoverningBody, unitNamesSaid, unitSelfWords, DANGLING_MEANS } from "../catalog";
import type { Comparison, Figure, IndicatorChange } from "../facts";
import { ymdFromSerial } from "../normalize/date";
import { unitTypeOfName } from "../import/profile";
import { chineseOrdinal, dateText, fullDateText, joinList, listWithEtc, stripEnd } from "./phrase";
import { figureClause, isBackground, MAX_ITEMS, withoutAreaWord, withoutEchoedUnit } from "./weave";
import { problemKindWords, profileFor, withFoundHow, withOwnPremises, withPublicCulture, withServiceWindow, withEnvironmentWork, selfReference, type Profile } from "./profiles";
import { enumerated, pointParagraph, runs, textsOf } from "./blocks";
import { buildSections, foldTinyOther, HEADLINE_MIN_COUNT, volunteerHonoursWithTeams, ownTelling, periodWord, summedByActivities, toldByActivity, toldByOwnText, type NarrativeOptions, type Section } from "./sections";
import { say, SentenceBuilder, type Sentence } from "./sentence";

/** Options of a summary. */
export interface SummaryOptions extends NarrativeOptions {
  /** Export day as an Excel serial: the sign-off date when 成文日期 is blank. */
  readonly today: number;
  /** Append the 主要指标统计表 (indicators computed from facts; with the comparison when given). */
  readonly appendix?: boolean;
}

/**
 * Title (spec §1): `{单位名称}{报告年度}年{报告期}创建文明城市工作总结`; 全年 → `{年}年度`;
 * 专项 → `{年}年创建文明城市专项工作总结`; 月度 → `{年}年{月}月创建文明城市工作总结`, the month 起始日期's (new-user test 36, D16).
 * A 专项 with its 专项名称 (new-user test 37, D24) is titled by it ({@link specialTitle}).
 */
export function summaryTitle(facts: Facts): string {
  const { unitName, year, period, specialName } = facts.profile;
  const y = year !== undefined ? `${year}年` : "";
  if (period === "专项") return `${unitName}${y}${specialName ? specialTitle(specialName) : "创建文明城市专项工作总结"}`;
  const month = monthOfReport(facts);
  if (month !== undefined) return `${unitName}${y}${month}月创建文明城市工作总结`;
  // No 报告期 read (blank, or `2025年上半年` typed and errors overridden): the year alone, never a 年度 the data may not cover
  // (new-user test 9, D15).
  if (!period) return `${unitName}${y}创建文明城市工作总结`;
  if (period === "全年") return `${unitName}${year !== undefined ? `${year}年度` : ""}创建文明城市工作总结`;
  return `${unitName}${y}${period}创建文明城市工作总结`;
}

/**
 * A 专项名称 that already says it is a campaign of its own (`“文明交通”专项行动`, `环境卫生专项整治`, `文明交通宣传月`), a month
 * or week of an activity among them (`学雷锋志愿服务月`, `文明礼仪月`, `全民阅读周`: new-user test 59, D18).
 */
// Any month or week of a named work of four characters or more (`全民健身月`, `爱国卫生月`, `全民国家安全教育周`: new-user
// test 61, D19), never a calendar month (`十二月`, `正月`).
const NAMED_CAMPAIGN = /(?:专项|行动|活动|整治|攻坚战?|会战|(?:宣传|活动|主题|服务|安全|文明|礼仪|读书|阅读|科普|宣讲)[月周]|[\u4e00-\u9fff]{3,}(?<![一二三四五六七八九十正元腊冬])[月周])$/u;

/**
 * The title of a 专项 after its year, by its 专项名称 (new-user test 37, D24; an editor's words): a name that says it is a
 * campaign is followed by 工作总结 alone (`“文明交通”专项行动` → `“文明交通”专项行动工作总结`); one that says what is
 * created by 专项工作总结 (`春运文明创建` → `春运文明创建专项工作总结`); any other by the campaign's name
 * (`春运` → `春运创建文明城市专项工作总结`).
 */
export function specialTitle(name: string): string {
  if (NAMED_CAMPAIGN.test(name)) return `${name}工作总结`;
  if (NAMES_CIVILITY.test(name)) return `${name}专项工作总结`;
  return `${name}创建文明城市专项工作总结`;
}

function periodText(facts: Facts): string {
  const { year, period } = facts.profile;
  // The opening's days carry their year, as the period sentence of any other summary does (`2025年5月1日至31日`, never a
  // bare `5月1日至31日` that reads as a date inside the text; new-user test 27, D5).
  if (period === "专项" && facts.period) {
    const first = ymdFromSerial(facts.period.start).y;
    return `${first}年${spanText(facts.period.start, facts.period.end, first)}`;
  }
  // A 专项 without days (its dates typed backwards, profile.date-order, or not typed: new-user test 58, D2) is told with
  // none: its year alone would read as the whole year's work (new-user test 43, D18). Its 专项名称 says when (`2025年春运期间`).
  if (period === "专项") return specialWhen(facts);
  if (year === undefined) return "";
  const month = monthOfReport(facts);
  // A 月报 says its month as a quarter's report says its quarter: `2025年5月，` (new-user test 36, D16).
  if (month !== undefined) return `${year}年${month}月`;
  return period && period !== "全年" && period !== "专项" && period !== MONTHLY_PERIOD ? `${year}年${period}` : `${year}年`;
}

/**
 * When a 专项 without its days was (new-user test 58, D2): `2025年春运期间` by its 专项名称 and 报告年度, "" without either or
 * for a name that says what is created (`春运文明创建`, which takes no 期间). Never the whole year. Check profile.special-dates
 * quotes it.
 */
export function specialWhen(facts: Pick<Facts, "profile">): string {
  return specialWhenOf(facts.profile.year, facts.profile.specialName);
}

/** The month (1–12) of a 月度 report, 起始日期's (catalog MONTHLY_PERIOD); undefined for any other 报告期 or no dates. */
export function monthOfReport(facts: Pick<Facts, "period" | "profile">): number | undefined {
  return facts.profile.period === MONTHLY_PERIOD && facts.period ? ymdFromSerial(facts.period.start).m : undefined;
}

/** A 报告期 short enough that standing figures (a team's registered size) are no work of it: 专项, a quarter, a month. */
const shortPeriod = (period: string | undefined): boolean => period === "专项" || period === MONTHLY_PERIOD || /^第.季度$/u.test(period ?? "");

/** `7月19日` for one day, `5月22日至27日` within a month, `5月22日至6月3日` otherwise (v2 rule 6). */
function spanText(start: number, end: number, year: number | undefined): string {
  const a = ymdFromSerial(start);
  const b = ymdFromSerial(end);
  const first = dateText(start, year);
  if (start === end) return first;
  if (a.y === b.y && a.m === b.m) return `${first}至${b.d}日`;
  return `${first}至${dateText(end, year)}`;
}

/** A headline candidate of the opening: the sentence part and how many rows its ledger holds. */
interface Headline {
  readonly sentence: Sentence;
  readonly rows: number;
  /** The 问题整改 rows a problems' headline tells. */
  readonly problems?: Facts["rectification"]["byKind"];
}

/** A 其他指标 name of taking part in another's work (`配合`, `协助`, `参与`, `参加`): no headline of the unit's own (headlines, mainWork). */
const PARTICIPATION = /^(?:配合|协助|参与|参加)/u;

/**
 * The unit's registered volunteers and their rate: its own total (其他指标 `注册志愿者`, build-facts registeredTotal) and its
 * rate stand for the teams' where it gives one (review run 33, AW 材料10 item 4), else the teams' members and rate.
 */
function unitRegistered(v: Facts["volunteers"]): { readonly members?: Figure; readonly rate?: Figure } {
  return v.registeredTotal ? { members: v.registeredTotal, rate: v.totalRate } : { members: v.members, rate: v.registrationRate };
}

/** The opening's clause of the volunteer service of a 专项 or quarter (headlines; new-user test 34, D4). */
const SERVICE_HEADLINE = "开展志愿服务";

/**
 * Headline figures (v2 rule 10): at most three, from the ledgers with the most rows; an activity
 * total below 5 is never a headline; problems only as a total over like units.
 */
function headlines(facts: Facts): Sentence[] {
  const out: Headline[] = [];
  // Events, not measures: a row typed 其他 that names a measure (`设临时摊群点`) is no event to count; any other row is,
  // as the appendix's 活动场次 counts it (new-user test 26, D19: never 5场 in the opening beside 6 in the 附表).
  const events = facts.activities.flatMap((g) => (g.kind === "其他" ? g.items.filter((it) => !isMeasureName(it.name)) : g.items));
  const acts = events.length;
  if (acts >= 5) out.push({ rows: acts, sentence: say("开展各类活动", { value: acts, unit: "场", kind: "count", sources: events.flatMap((it) => it.sources) }) });
  const v = facts.volunteers;
  // A count whose rate is low is a shortfall (存在的不足, v2 rule 9), never a headline.
  const registered = unitRegistered(v);
  const low = registered.rate !== undefined && registered.rate.value < lowRegistrationRate;
  // A team's registered size is a standing figure: over a quarter or a 专项's days it is no work of the period, so it heads
  // the opening only when nothing else does (and is then said `现有注册志愿者25人`; new-user test 32, D6/D7).
  const short = shortPeriod(facts.profile.period);
  const members = v.members && !low ? say("注册志愿者", registered.members ?? v.members) : undefined;
  if (members && !short) out.push({ rows: v.byKind.reduce((n, k) => n + k.rows, 0), sentence: members });
  // 移风易俗 problems are no environment problems 整改-ed (new-user test 36, D1): told in 道德建设, never in this total.
  const r = withoutMoresProblems(facts.rectification, facts.profile.unitType);
  const problemRows = r.byKind.reduce((n, k) => n + k.rows, 0);
  let complaintHead = false;
  const onlyActions = r.byKind.length > 0 && r.byKind.every((k) => k.category === "其他" && !!k.remark?.detail && !!actionOf(k.remark.detail));
  // One kind of problem is named (`整改卫生死角问题650余处`); several are `各类问题`.
  const only = r.byKind.length === 1 ? r.byKind[0] : undefined;
  const onlyName = only ? (only.category === "其他" ? (namedWithClosingAction(only) ? problemAction(only).object : undefined) ?? only.remark?.detail ?? only.remark?.list ?? "" : problemActions[only.category]?.object ?? only.category) : "";
  // A hazard (`……等消防安全隐患`) is its own noun: no `问题` after it (new-user test 46, D11).
  // A name that closes with how the problems were found (`网点文明服务暗访发现`) says that first: `整改暗访发现的网点文明服务问题6处`,
  // never `整改网点文明服务暗访发现问题6处` (new-user test 69, D8).
  const foundHow = /^(.{2,}?)((?:明察)?暗访|巡查|检查|督查|排查|抽查|自查|走访)发现$/u.exec(onlyName.replace(/问题$/u, ""));
  const oneKind = onlyName ? (/隐患$/u.test(onlyName) ? onlyName : foundHow ? `${foundHow[2]}发现的${foundHow[1]}问题` : `${onlyName.replace(/问题$/u, "")}问题`) : "";
  // Complaints are 办结-ed (`办结群众投诉25件`; new-user test 31, D4).
  // Disputes are 化解-d (`化解物业服务纠纷45起`; new-user test 37, D22).
  // Disputes are 化解-d, places of conduct 取缔-ed (`取缔院内吸烟点10处`: new-user test 39, D6), illegal trade 查处-ed
  // (`查处黑车拉客35起`: D24), conduct 纠正-ed (one kind: `纠正学生不文明行为15件`; D9), never 整改-ed.
  if (r.rectifiedByUnit.length === 1 && r.foundByUnit.length === 1 && r.byKind.length > 0 && (r.byKind.every(isDispute) || r.byKind.every((k) => problemAction(k).verb === "取缔") || r.byKind.every(isIllegalTrade) || (r.byKind.length === 1 && problemAction(r.byKind[0]).verb === "纠正" && /(?:行为|现象)$/u.test(problemAction(r.byKind[0]).object)))) out.push({ rows: problemRows, sentence: rectifiedByAction(r.byKind), problems: r.byKind });
  // Complaints about a 机关's, a school's or a firm's own service are no work of the period to head its opening (`区税务局办结
  // 窗口服务态度投诉3件`): over a quarter, a month or a 专项 its volunteer service of the period leads instead (`开展志愿服务8次`),
  // unless handling complaints is its business (a 12345 热线, a 市场监管局; new-user test 38, D9).
  else if (r.rectifiedByUnit.length === 1 && r.foundByUnit.length === 1 && !onlyActions && r.byKind.every(isComplaint) && !complaintsAreBusiness(facts.profile) && short && v.services && v.services.value > 0) {
    out.push({ rows: problemRows, sentence: v.hours && v.hours.value > 0 ? say(SERVICE_HEADLINE, v.services, "，服务时长", v.hours) : say(SERVICE_HEADLINE, v.services) });
  } else if (r.rectifiedByUnit.length === 1 && r.foundByUnit.length === 1 && !onlyActions && r.byKind.every(isComplaint)) {
    complaintHead = true;
    out.push({ rows: problemRows, sentence: say(`办结${onlyName ? onlyName.replace(/问题$/u, "") : "群众诉求"}`, r.rectifiedByUnit[0]), problems: r.byKind });
  }
  // Problems counted in shops or households are told by their action (`规范占道经营35家`), never `整改占道经营问题35家`.
  else if (r.rectifiedByUnit.length === 1 && r.foundByUnit.length === 1 && !onlyActions && !countsHouseholds(r.rectifiedByUnit[0].unit)) {
    // One kind counted by its place is said by the places (`整改55间宿舍违规使用大功率电器问题`), never `……问题55间` (review run
    // 31, AU t58-college item 2; placeCounted).
    const place = only ? placeCounted(only) : undefined;
    out.push({ rows: problemRows, sentence: place ? say("整改", r.rectifiedByUnit[0], `${place.place}${place.problem}`) : say(`整改${oneKind && oneKind !== "问题" ? oneKind : "各类问题"}`, r.rectifiedByUnit[0]), problems: r.byKind });
  }
  else if (r.byKind.length) {
    // Unlike units have no total (v2 rule 3): the largest category, said with its action.
    // The largest; the second as a candidate of its own, ranked just below, so that an opening is not
    // one figure alone where nothing else is large (review run 5).
    // Two different problems, never one twice in two measure words (`清理乱张贴100处、乱张贴100起`: new-user test 21, D10).
    // A 其他 row without a name (备注 blank or a placeholder: `同上`) is no headline: never `整治其他问题1起` in the opening
    // (new-user test 39, D18); the body tells it.
    const top = [...r.byKind].filter((k) => k.rectified.value > 0 && k.rectified.value <= k.figure.value && !(k.category === "其他" && !k.remark?.detail)).sort((a, b) => b.rectified.value - a.rectified.value)
      .filter((k, i, all) => all.findIndex((x) => x.category === k.category && (x.remark?.detail ?? "") === (k.remark?.detail ?? "")) === i).slice(0, 2);
    // Where the body tells each measure word's found and rectified (toldByWord), a case the list would call 查处-ed is
    // what the body says of it: rectified (`整改乱摆乱卖问题138宗`; new-user test 23, D8: 查处 reads as a penalty decided).
    // Illegal trade (`黑车拉客`) is 查处-ed in the body too: `查处黑车拉客40起` (new-user test 39, D24).
    const byWord = toldByWord(r);
    top.forEach((k, i) => out.push({ rows: problemRows - i * 0.5, sentence: byWord && problemAction(k).verb === "查处" && !isIllegalTrade(k) ? say(`整改${problemAction(k).object}问题`, k.rectified) : rectifiedByAction([k]), problems: [k] }));
  }
  const p = facts.publicity;
  const spend = p.spend ? say("投入宣传经费", p.spend) : undefined;
  if (spend) out.push({ rows: p.byKind.reduce((n, k) => n + k.rows, 0), sentence: spend });
  // 其他指标: the row with the largest count among action rows, as its own clause.
  // People sent out (`组织人力736人次`, `抽调警力200余名`) are what was put in, not what was done: no headline.
  // A section that states a plan (`全年任务`, `计划`) leaves its other figures unclear as to what is done:
  // none of them is a headline (reviews runs 9–11: `改造楼房617栋` beside `已开工128个`).
  const planned = new Set(facts.figures.filter((f) => /全年任务|计划|目标任务|年度任务/u.test(`${f.name}${f.remark ?? ""}`)).map((f) => f.sectionId));
  const actionRows = facts.figures.filter((f) => !planned.has(f.sectionId) && !isBackground(f) && !PARTICIPATION.test(f.name) && f.figure.kind === "count" && f.figure.value >= HEADLINE_MIN_COUNT && actionOf(f.name) && f.name.startsWith(actionOf(f.name) ?? "#") && !peopleMeasureWords.includes(f.figure.unit));
  // The unit's size (`开设班级32个`) is its background, said before the period: no headline (new-user test 57, D18).
  // Things put in place (`设立爱心座椅20把`, `配备垃圾桶50个`) are means, not results: no headline beside the work done.
  // (`规范摩托车停车位500个` is work on a facility: it stays.)
  // A row that counts a 问题整改 row again (`查处电动车不戴头盔` 1200起 beside 其他 `电动车不戴头盔` 1200起) is the problems'
  // figure, told by their sentence: no second headline (new-user test 48, D5: never `纠正…1200起，…，查处…1200起`).
  // A row named as the activity whose 简要内容 states it (`送书进敬老院` 200册 beside the activity `送书进敬老院`, `送去图书二百册`)
  // is that activity's measure, told with it: no headline of the period (new-user test 59, D5). A row of other words
  // (`走访孤寡老人` 20户 beside `学雷锋进社区用电安全检查`, `走访20户`) stays one.
  const results = actionRows.filter((f) => !isSetUp(f.name) && !countedProblem(facts, f) && !restatedRow(facts, f) && !activityMeasure(facts, f));
  // A figure typed under 板块 其他 is the unit's own business (`签约家庭医生服务`), not a 创文 result: it heads the opening
  // only when the ledgers give nothing (new-user test 30, D6).
  // Over a 专项's days or a quarter where nothing of the ledgers heads the opening but such a business figure would (`更换老旧
  // 电表120块` over a 学雷锋 week), the volunteer service of the period leads instead (`开展志愿服务7次，服务时长56小时`);
  // the business figure is then the period's context (new-user test 34, D4).
  if (short && !out.length && v.services && v.services.value > 0 && results.some((f) => f.sectionId === "other")) {
    out.push({ rows: facts.figures.length, sentence: v.hours && v.hours.value > 0 ? say(SERVICE_HEADLINE, v.services, "，服务时长", v.hours) : say(SERVICE_HEADLINE, v.services) });
  }
  // Beside complaints handled, the unit's own business figures (`办理业务3.6万件` under 其他) head its opening: a complaint
  // count is no headline of its main work (new-user test 40, D18: never `办结……投诉6件` alone).
  const creation = out.length && !complaintHead ? results.filter((f) => f.sectionId !== "other") : results;
  const biggest = [...creation].sort((a, b) => b.figure.value - a.figure.value)[0];
  if (biggest) {
    const unit = printedMeasureWord(biggest.name, biggest.figure.unit);
    // The unit's business before its complaints (`办理户籍业务3600余件，办结群众投诉12件`).
    const lead = complaintHead && biggest.sectionId === "other" ? problemRows + 0.5 : 0;
    out.push({ rows: Math.max(facts.figures.length, lead), sentence: say(withoutAreaWord(withoutEchoedUnit(spokenThing(biggest.name, unit), unit), unit), { ...biggest.figure, unit }) });
  }
  // A 其他指标 row that names the problems a headline tells, with other figures (`维修管网漏点` 45处 beside 其他 `管网漏点`
  // 15/10处), is one thing in two figures: the opening tells the row alone, never `维修管网漏点45处，整改管网漏点问题10处`
  // (new-user test 60, D8); the body tells both where they belong.
  const named = biggest ? problemsNamedBy(facts, biggest) : [];
  const told = named.length ? out.filter((h) => !h.problems?.length || !h.problems.every((k) => named.includes(k))) : out;
  const ranked = told.map((h, i) => ({ h, i })).sort((a, b) => b.h.rows - a.h.rows || a.i - b.i).slice(0, 3).map((x) => x.h.sentence);
  // Two headlines with one verb share it (v2 rule 2): `清理小广告12000余处、乱张贴1260处`, never `清理……，……，清理……`.
  const chosen: Sentence[] = [];
  for (const h of ranked) {
    const verb = actionOf(h.text);
    const k = verb && h.text.startsWith(verb) ? chosen.findIndex((c) => c.text.startsWith(verb) && actionOf(c.text) === verb) : -1;
    if (k >= 0 && verb) chosen[k] = { text: `${chosen[k].text}、${h.text.slice(verb.length)}`, sources: [...chosen[k].sources, ...h.sources] };
    else chosen.push(h);
  }
  // A spend alone is no period's work to open with (`在县文旅广体局的指导下，投入宣传经费800元`): the unit's main work
  // (mainWork: a library's `接待读者5.2万人次`) leads instead where there is one (run-27 review, 材料4 item 1).
  const main = chosen.length === 1 && chosen[0] === spend ? mainWork(facts) : undefined;
  if (main) return [main];
  if (chosen.length) return chosen;
  const any = mainWork(facts);
  if (any) return [any];
  if (short && members) return [members];
  // Nothing else: the activities, if few, are the one figure there is (`开展各类活动3场`), never an opening that says only
  // `县交通运输局开展创建工作` (new-user test 51, D17). Below 5 they head nothing beside another figure (v2 rule 10), nor
  // beside an honour won (`扎实推进创建工作，获评……`); one activity is the body's sentence, no count of the period.
  return acts > 1 && wonHonours(facts).length === 0 ? [say("开展各类活动", { value: acts, unit: "场", kind: "count", sources: events.flatMap((it) => it.sources) })] : [];
}

/**
 * True when a 其他指标 row is named as the activity whose 简要内容 states its figure (toldByActivity), or is what that activity's
 * 备注 says it achieved: that activity's measure.
 */
function activityMeasure(facts: Facts, row: Facts["figures"][number]): boolean {
  const it = toldByActivity(facts, row);
  const bare = (s: string): string => s.replace(/[“”"]/gu, "").trim();
  // So is a row its 备注 says that activity achieved (`捐赠图书1200册` of `图书进乡村流动书车`): told there, never the opening's
  // as well (new-user test 63, D8).
  // So is a row the activities of one type count as their sum (`开展入户走访` 470户 beside 320户 and 150户): told by their
  // group's total, never the opening's (new-user test 67, D5).
  return (!!it && (bare(it.name ?? "") === bare(row.name) || (it.remark?.result ?? "").startsWith(bare(row.name)))) || !!summedByActivities(facts, row);
}

/**
 * The unit's main work among its 其他指标 when nothing of the ledgers heads the opening: a venue's visitors first
 * (catalog VENUE_VISITORS: `接待读者5.2万人次`), else the largest figure of work done (not a rate, not the unit's
 * background, not a schedule), things made before people counted. Undefined when there is none.
 */
function mainWork(facts: Facts): Sentence | undefined {
  // Nothing large: the largest 其他指标 figure that is work done (not a rate, not the unit's background).
  // Work done first (an action, not money or a rate); the largest figure among them.
  // A schedule (`每支部每天到岗5人`, `连续值勤3天`) is no headline.
  // Taking part in another's work (`参加社区“周末卫生日”13人次`, `配合……`) is no main work of the unit's own (new-user test
  // 64, D4: a bank's opening headed by it, told again in the body); the headlines' action rows leave it out alike.
  // A column set up with the days it is put out on (`开设《文明澄江》专栏`, 每周二、周五播出) is told once, in the body (new-user
  // test 65, D3: never in the opening and again after it).
  const work = facts.figures.filter((f) => f.figure.kind === "count" && !isBackground(f) && !/每|连续/u.test(f.name) && !PARTICIPATION.test(f.name) && !activityMeasure(facts, f) && !f.reading?.schedule);
  // Only work done is a headline: a standard (`宿舍净高2.4米`) or a score is not.
  // Beside an honour the unit won, a thing put in place is no headline (`设立爱心座椅20把，获评“全国文明单位”`).
  const won = wonHonours(facts).length > 0;
  const done = work.filter((f) => (actionOf(f.name) || closingActionOf(f.name)) && !(won && isSetUp(f.name)));
  const outputs = done.filter((f) => !peopleMeasureWords.includes(f.figure.unit));
  const visitors = done.filter((f) => VENUE_VISITORS.test(f.name)).sort((a, b) => b.figure.value - a.figure.value)[0];
  const any = visitors ?? (outputs.length ? outputs : done).sort((a, b) => b.figure.value - a.figure.value)[0];
  return any ? figureClause(any) : undefined;
}

/**
 * True when handling complaints is the unit's business (new-user test 38, D9): a unit with no members of its own (社区,
 * 街道: its residents' 诉求; catalog unitTypeTraits), or one whose name says so (`12345热线`, `信访局`, `市场监管局`). A 机关's, a school's or a firm's complaints about
 * its own service are then no headline of its opening.
 */
function complaintsAreBusiness(p: Facts["profile"]): boolean {
  return !unitTypeTraits(p.unitType).members || /热线|12345|12315|信访|接诉|市民服务|便民服务中心|政务服务|市场监管|市场监督|消费者/u.test(`${p.unitName}${p.shortName ?? ""}`);
}

/**
 * A 乡镇 whose own words speak of its villages (`美丽乡村`, `农村人居环境`, `村容村貌`) is told so: `整治人居环境，建设美丽乡村`,
 * never `聚焦城市管理` (new-user test 23, D5). A town that speaks of its streets (a county seat's 主次干道) keeps the street's headings.
 */
function ruralTown(profile: Profile, facts: Facts): Profile {
  if (facts.profile.unitType !== "乡镇") return profile;
  const words = [...facts.texts.map((t) => t.content), ...facts.figures.map((f) => f.name), ...facts.activities.flatMap((g) => g.items.map((i) => i.name)), facts.profile.approach ?? ""].join("；");
  if (!/乡村|农村|村庄|村容|村组|人居环境/u.test(words)) return profile;
  return { ...profile, headings: { ...profile.headings, environment: "整治人居环境，建设美丽乡村", facilities: "补齐设施短板，完善公共服务" } };
}

/**
 * A 专项 of a few weeks has no 常态 work: its volunteer activities are told as 集中服务, never `二是常态服务` (new-user test 41,
 * D11: a 团区委's two-month 暑期专项行动). Other periods keep the profile's lead.
 */
function campaignLeads(profile: Profile, facts: Facts): Profile {
  if (profile.leads.volActivities !== "常态服务") return profile;
  if (facts.profile.period === "专项") return { ...profile, leads: { ...profile.leads, volActivities: "集中服务" } };
  // Volunteer activities all held on a day of the calendar (`学雷锋志愿导医` on 3月5日, `三八节义诊`, `国际志愿者日……`) are
  // no 常态 work either: `主题志愿服务` (run-27 review, 材料3 item 7).
  const items = facts.activities.filter((g) => g.kind === "志愿服务").flatMap((g) => g.items);
  const onADay = (name: string): boolean => !!modernFestivalIn(name) || /学雷锋|雷锋日|志愿者日|(?:世界|国际|全国)[\u4e00-\u9fff]{1,8}日|[\u4e00-\u9fff]{1,3}节(?![约能省俭制奏目点拍课])/u.test(name);
  // A day read off the name (`国际志愿者日入户检修` → day `国际志愿者日`: facts dayLedActivityName) counts as well (new-user test 60, D10).
  return items.length > 0 && items.every((it) => !!it.day || onADay(it.name ?? "")) ? { ...profile, leads: { ...profile.leads, volActivities: "主题志愿服务" } } : profile;
}

/** A thing put in place (`设立爱心座椅`, `配备垃圾桶`, `新增停车位`): a means, not a result to head the summary. */
function isSetUp(name: string): boolean {
  return /^(?:设立|设置|配备|配置|购置|增设|添置|投放|安装|摆放|新增)/u.test(name) && ["equipment", "facility", "staff", "post"].includes(thingKindOf(name.slice((actionOf(name) ?? "").length)));
}

/**
 * Opening paragraph: the 导语 rows, else an opening built from the unit's own data (v2 rule 14):
 * its period (a 专项's days), the guiding unit, its 工作思路, and up to three headline figures.
 */
function opening(facts: Facts, options: SummaryOptions, body = "", context?: Sentence, contextOnly = false): Sentence[] {
  // The change of the activities, with their total, is a clause of the main sentence, first among the figures; never a
  // sentence of its own after it (new-user test 36, D9).
  const compared = openingComparison(options.comparison);
  const given = textsOf(facts, "导语");
  // A 导语 that is only the unit's approach (`以城中村改造为契机，推进城市精细化管理`) is its 工作思路: said in the opening
  // sentence after the unit, never a sentence with no subject before the period (new-user test 58, D13).
  const approach = facts.profile.approach ? undefined : approachLead(given);
  if (approach) {
    const profile = { ...facts.profile, approach: approach.text, sources: { ...facts.profile.sources, approach: approach.sources[0] ?? "" } };
    return opening({ ...facts, profile, texts: facts.texts.filter((t) => t.kind !== "导语") }, options, body, context, contextOnly);
  }
  const own = given;
  // A context figure the headlines give already is not said twice in a row (new-user test 28, D14); the context's other
  // clauses are said all the same (new-user test 43, D1: `爱心预约服务乘客123人次` was lost with `劝阻…约400人次`).
  const said = headlines(facts).flatMap((h) => figuresIn(h.text));
  const clauses = context ? context.text.replace(/。$/u, "").split("，") : [];
  const left = clauses.filter((c) => !said.some((f) => c.includes(f)));
  const whole = !!context && left.length === clauses.length;
  const during = context && left.length ? contextSentence(facts, whole ? context : { ...context, text: `${left.join("，")}。` }) : undefined;
  if (own.length) return givenOpening(facts, own, compared, body, during, contextOnly);
  const p = facts.profile;
  const when = periodText(facts);
  const bg = background(facts);
  // After the background sentence names the unit, the opening refers to it as it refers to itself.
  // Without one, the unit's own 单位简称 names it (`2025年，区妇联……`: the title has said the full name; new-user test 27, D20).
  const name = bg ? selfReference(p.unitType, p.unitName, p.shortName) : p.shortName ?? p.unitName;
  // Over a 专项's days or a quarter the team's registered size is what the unit has, never work of the period: beside the
  // unit's 工作思路 it is no part of the opening, where it would read as registered in those days (`以……为主线，推动家庭文明建设，
  // 注册志愿者1.2万人`: new-user test 33, D12); the body tells it (`现有注册巾帼志愿者1.2万人`).
  const short = shortPeriod(p.period);
  const allHeaded = unrepeated(headlines(facts), facts, body);
  const kept = short && !!p.approach && allHeaded.length === 1 && /^注册志愿者[^、，]*$/u.test(allHeaded[0].text) ? [] : allHeaded;
  // The activities' change (compared) leads with their total already.
  const headed = compared ? kept : withWorkFirst(facts, kept);
  // A context figure of work done (`办理户籍业务3600余件`) beside one to three headlines joins their list, first: one
  // sentence of the period, never a second `上半年共……` after it (new-user test 32, D8; run-29 review: never `……投入宣传经费
  // 4500元。本季度共检查单位210家。` after three).
  const work = during && whole && context ? context.text.replace(/^此外，/u, "").replace(/。$/u, "") : "";
  // After the volunteer service that leads a 专项 in place of a business figure of 板块 其他, that figure follows as a sentence
  // of its own (`期间共更换老旧电表120块。`), never first in the list (new-user test 34, D4).
  const joins = !!work && !headed[0]?.text.startsWith(SERVICE_HEADLINE) && !!actionOf(work) && work.startsWith(actionOf(work) ?? "") && !/[，；。]/u.test(work)
    && headed.length >= 1 && headed.length <= 3 && !/^(?:注册志愿者|志愿者|常住人口)/u.test(headed[0].text);
  const ledHead = volunteersLast(joins && context ? [{ text: work, sources: context.sources }, ...headed] : servedFirst(facts, headed));
  const head = withComparison(ledHead, compared);
  const won = wonClause(facts);
  // Honours with no year of their own, and nothing else done in the period to tell: they are what
  // the unit holds, not what it won in this period (`社区先后获评……荣誉称号`, never `2009年，社区先后获评`).
  const heldOnly = !!won && wonHonours(facts).length > 1 && !head.length && !p.guide && !p.approach && wonHonours(facts).every((t) => !t.years);
  // A name ending in 所 before `在` reads as 所在 (`南湖市场监管所在区市场监管局的指导下`): the guidance goes first then.
  const guideFirst = !!p.guide && /所$/u.test(name);
  const b = new SentenceBuilder().text(heldOnly ? "" : when).text(when && !heldOnly ? "，" : "");
  if (guideFirst) b.text(`在${guideAfter(name, p.guide ?? "")}的指导下，`).from(p.sources.guide ?? "");
  b.text(name).from(p.sources.unitName ?? "");
  if (p.guide && !guideFirst) b.text(`在${guideAfter(name, p.guide)}的指导下`).from(p.sources.guide ?? "");
  const guided = !!p.guide && !guideFirst;
  if (p.approach) b.text(`${p.guide ? "，" : ""}${p.approach}`).from(p.sources.approach ?? "");
  if (head.length) {
    // After `在……的指导下` a bare figure is no sentence (`指导下，注册志愿者12人`): the work is said first
    // (`在市司法局的指导下扎实推进创建工作，注册志愿者12人`; new-user test 18, D6).
    const bare = /^(?:注册志愿者|志愿者|常住人口)/u.test(head[0].text);
    // The volunteers registered, and nothing else, are what the unit has, not what it did in the period: said after the
    // work (`2025年5月1日至31日，市公共交通集团有限公司扎实推进创建工作，现有注册志愿者150人`), never as if 150 were
    // registered in May (new-user test 27, D5).
    const holdsOnly = head.length === 1 && /^注册志愿者[^、，]*$/u.test(head[0].text) && !p.approach;
    b.text((p.guide || holdsOnly) && !p.approach && bare ? "扎实推进创建工作，" : guided || p.approach ? "，" : "");
    head.forEach((h, i) => b.text(i ? "，" : "").text(holdsOnly ? `现有${h.text}` : h.text).from(...h.sources));
  }
  // Honours the unit won are results of the period (v2 rule 8), said last in the opening sentence.
  // With no figure before it, the honour follows the work (`在市文明办的指导下扎实推进创建工作，获评……`), never `指导下，获评`.
  if (won && !head.length && !p.approach && guided) b.text("扎实推进创建工作，").text(won.text).from(...won.sources);
  else if (won) b.text(guided || p.approach || head.length ? "，" : "").text(won.text).from(...won.sources);
  // A 工作思路 that ends in work (`……，推动家庭文明建设`) is the sentence's predicate already: no `开展创建工作` after it.
  else if (!head.length && !(p.approach && doesWork(p.approach))) {
    // Nothing to say before `现将……总结如下` — no period, guidance, 工作思路, figure or honour: the unit is named there
    // (`现将区妇联创建工作有关情况总结如下。`), never in a sentence empty of all but itself (`区妇联开展创建工作。`;
    // new-user test 43, D18).
    if (!when && !guideFirst && !guided && !p.approach && !during) {
      const close = new SentenceBuilder().text("现将").text(name).from(p.sources.unitName ?? "").text("创建工作有关情况总结如下。");
      return bg ? [bg, close.build()] : [close.build()];
    }
    b.text(guided || p.approach ? "，" : "").text("开展创建工作");
  }
  b.text("。");
  if (during && !joins) b.text(during.text).from(...during.sources);
  b.text("现将有关情况总结如下。");
  return bg ? [bg, b.build()] : [b.build()];
}

/**
 * True when a headline clause is work of the period, not what the unit has, spent or handled: never a spend
 * (`投入宣传经费4500元`), the registered volunteers (`注册志愿者42人`), complaints handled (`办结客户投诉9件`) or a thing
 * put in place (`配备垃圾桶50个`, `建有志愿服务站3个`).
 */
function isWorkHeadline(h: Sentence): boolean {
  return !/^(?:投入|注册志愿者|现有|办结|配备|建有)/u.test(h.text) && !isSetUp(h.text);
}

/**
 * The opening's headlines led by the period's activities where they would hold no work of the period (new-user test 54,
 * D12, D19: never `2025年第三季度，县文化馆投入宣传经费4500元。` alone while the body tells 3 activities): `开展文体活动3场`
 * (one kind) or `开展各类活动6场` first, the others after, at most three; where there is work, it goes first. The activities are the events headlines() counts
 * (a measure typed 其他 is none); fewer than five are the body's sentences, no count (spec v2 rule 10). `head` as given otherwise.
 */
function withWorkFirst(facts: Facts, head: readonly Sentence[]): Sentence[] {
  // Work of the period before what the unit spent or has (`开展文明交通劝导120次，投入宣传经费1200元`).
  if (head.length === 0 || head.some(isWorkHeadline)) return [...head.filter(isWorkHeadline), ...head.filter((h) => !isWorkHeadline(h))];
  const groups = facts.activities.map((g) => ({ kind: g.kind, items: g.kind === "其他" ? g.items.filter((it) => !isMeasureName(it.name)) : g.items })).filter((g) => g.items.length > 0);
  const events = groups.flatMap((g) => g.items);
  // An activity total below 5 is never a headline (spec v2 rule 10): the body tells so few one by one.
  if (events.length < 5) return [...head];
  const kind = groups.length === 1 && groups[0].kind !== "其他" ? groups[0].kind : "";
  const what = kind ? `开展${kind.replace(/活动$/u, "")}活动` : "开展各类活动";
  return [say(what, { value: events.length, unit: "场", kind: "count", sources: events.flatMap((it) => it.sources) }), ...head].slice(0, 3);
}

/**
 * The opening's headlines with a bare `注册志愿者N人` beside work done moved last and said as what the unit has
 * (`走访慰问……350户，现有注册志愿者45人`): a team's size is a standing figure, never a result listed among the work of
 * the period (new-user test 39, D9). `head`: the headline clauses, in order; returned as given when there is no such clause
 * or it stands alone (the single-clause cases are said by `holdsOnly` and `servedFirst`).
 */
function volunteersLast(head: readonly Sentence[]): Sentence[] {
  const at = head.findIndex((h) => /^注册志愿者(?!达)[^、，]*$/u.test(h.text));
  if (at < 0 || head.length < 2) return [...head];
  return [...head.filter((_, i) => i !== at), { ...head[at], text: `现有${head[at].text}` }];
}

/**
 * The opening's headlines where the registered volunteers alone would head it: a team's size is a standing figure, so the
 * period's volunteer service leads and the size follows as the level reached (`2025年第一季度，学院开展志愿服务40次，服务时长
 * 3200小时，注册志愿者达980人`), never `2025年第一季度，……现有注册志愿者980人` (new-user test 36, D2). `head` as given when
 * it is anything else or the period has no service (volunteers.services, 次; hours, 小时, from the 志愿服务 ledger).
 */
function servedFirst(facts: Facts, head: readonly Sentence[]): Sentence[] {
  const v = facts.volunteers;
  if (head.length !== 1 || !/^注册志愿者[^、，]*$/u.test(head[0].text) || !v.services || v.services.value <= 0) return [...head];
  const served = v.hours && v.hours.value > 0 ? say(SERVICE_HEADLINE, v.services, "，服务时长", v.hours) : say(SERVICE_HEADLINE, v.services);
  return [served, { ...head[0], text: head[0].text.replace(/^注册志愿者/u, "注册志愿者达") }];
}

/**
 * The opening's figures with the activities' change (openingComparison: `开展各类活动23场，较上年同期增加7场，增长43.8%`):
 * in place of the headline that gives the same total (never `……增长43.8%，开展各类活动23场`), else first (new-user test 36, D9).
 */
function withComparison(head: readonly Sentence[], compared: Sentence | undefined): Sentence[] {
  if (!compared) return [...head];
  const total = compared.text.split("，")[0];
  const at = head.findIndex((h) => h.text === total);
  if (at < 0) return [compared, ...head];
  return head.map((h, i) => (i === at ? { text: compared.text, sources: [...new Set([...h.sources, ...compared.sources])] } : h));
}

/** A 工作思路 typed as a 导语: a means, then the work it serves (`以“便民办税春风行动”为载体，打造文明服务窗口`). */
const APPROACH_LEAD = /^以[\u4e00-\u9fff“”《》·]{2,24}?为(?:载体|契机|抓手|引领|主线|依托|切入点|突破口|平台|牵引)[，,]?[^。！？；;，,]{2,30}(?:[，,][^。！？；;，,]{2,30})?[。]?$/u;

/**
 * The one 导语 row (`given`: the 导语 sentences) when it is only the unit's approach, a means and the work it serves
 * (`以城中村改造为契机，推进城市精细化管理`: APPROACH_LEAD, at most two clauses, no subject), without its final `。`;
 * undefined for anything else (several rows, a sentence with a subject, one that ends with its own turn). The opening says
 * it as the 工作思路, after the unit (`2025年上半年，街道在县文明办的指导下，以城中村改造为契机，……`: new-user test 58, D13).
 */
export function approachLead(given: readonly Sentence[]): Sentence | undefined {
  if (given.length !== 1) return undefined;
  const text = given[0].text.trim();
  return APPROACH_LEAD.test(text) && !/[\s]/u.test(text) ? { text: text.replace(/。$/u, "").replace(/,/gu, "，"), sources: given[0].sources } : undefined;
}

/** Verbs a 工作思路 ends its work with (`推动家庭文明建设`, `深化文明实践`), beyond the action verbs of figure rows. */
const APPROACH_WORK = /^(?:(?:扎实|全力|着力|持续|大力|深入|全面|积极)?(?:推动|推进|推行|深化|促进|营造|助力|加强|实施|弘扬|践行|构建|巩固|争创|创建)[\u4e00-\u9fff“”]{2,})$/u;
/** True when the last clause of a 工作思路 opens with an action (`推动家庭文明建设`), not a motto (`党建引领、共建共享`). */
function doesWork(approach: string): boolean {
  // A means said first (`以全民阅读周为抓手推进文明单位创建`) leaves the work after it (new-user test 38, D8).
  const last = (approach.split(/[，；]/u).pop() ?? "").replace(/^以[\u4e00-\u9fff“”]{2,20}?为(?:抓手|载体|契机|引领|重点|主线|依托|切入点|突破口|平台|牵引)/u, "");
  const verb = actionOf(last);
  return (!!verb && last.startsWith(verb)) || APPROACH_WORK.test(last);
}

/** The figures of a text with the character after each (`1860人`, `1.2万人`, `56处`), to tell whether a text states them. */
const figuresIn = (text: string): string[] => text.match(/\d+(?:\.\d+)?万?[^\d\s，。、；：]?/gu) ?? [];
/** True when `given` states every figure of `text` (and `text` has one). */
const states = (given: string, text: string): boolean => figuresIn(text).length > 0 && figuresIn(text).every((f) => given.includes(f));
/** Words of a 导语 that give the period itself (`本季度`, `上半年`, `2025年`): the generated sentence after it gives none. */
export const PERIOD_SAID = /本(?:季度|年度?|期|月|次)|[上下]半年|全年|\d{4}年|今年|季度/u;
/** A meeting that closes the work (`春运总结会`, `年度工作总结大会`, `总结表彰会`) as told: `召开……总结……会`. */
const CLOSING_MEETING = /召开[^。；]*总结[^。；]{0,4}会(?:议)?(?:，[^。；]*参加)?。$/u;

/**
 * A 组织领导 section of nothing but the work's closing meetings (`2月22日在会议室召开春运总结会，25人参加。`) is no section:
 * a closing meeting leads and assigns nothing. Told in the opening before its turn to the body (`……投入宣传经费约2000元。
 * 2月22日在会议室召开春运总结会，25人参加。现将有关情况总结如下。`), the section dropped and the rest renumbered. Start-up
 * meetings (动员, 部署) keep their section. `lead`: the opening's sentences, the last ending with `现将有关情况总结如下。`;
 * both returned as given when the section holds anything else, is the only one, or the opening ends with the user's own turn.
 * Review run 31 (reviewer AU), 材料3 item 1 (brief jc D6).
 */
export function closingMeetingInOpening(sections: readonly Section[], lead: readonly Sentence[]): { sections: readonly Section[]; lead: readonly Sentence[] } {
  const org = sections.find((s) => s.id === "organization");
  const said = org?.points.flatMap((p) => p.sentences) ?? [];
  const last = lead[lead.length - 1];
  const turn = "现将有关情况总结如下。";
  if (!org || sections.length < 2 || !said.length || !said.every((x) => CLOSING_MEETING.test(x.text) && !/动员|部署|启动|推进/u.test(x.text)) || !last?.text.endsWith(turn)) return { sections, lead };
  const closing: Sentence = { text: `${last.text.slice(0, -turn.length)}${said.map((x) => x.text).join("")}${turn}`, sources: [...new Set([...last.sources, ...said.flatMap((x) => x.sources)])] };
  return { sections: sections.filter((s) => s !== org), lead: [...lead.slice(0, -1), closing] };
}

/** The genre's turn to the body (`现将有关情况总结如下`), as the user may write it. */
const TURN = /(?:总结|汇报|报告)如下/u;

/** The user's 导语 rows (文字材料) split for an opening that goes on after them: see {@link givenLead}. */
export interface GivenLead {
  /** The rows, each ending with its full stop, without the user's own closing turn. */
  readonly texts: readonly Sentence[];
  /** The turn to the body that ends the paragraph: the user's (`现将……汇报如下：`), else `现将有关情况总结如下。`; empty when the user's turn leaves no place after it. */
  readonly turn: readonly Sentence[];
  /** False when the user's turn stands inside a sentence or in an earlier row: nothing generated may follow the 导语. */
  readonly room: boolean;
}

/**
 * The 导语 rows as the frame of an opening, for a unit's summary and for a roll-up's (new-user tests 26, D13; 32, D9): each
 * row ends with a full stop; the user's own turn (`现将……总结如下。` as the last sentence of the last row) is kept apart to
 * end the paragraph after the generated period, units and figures; a turn anywhere else leaves no room for them.
 */
export function givenLead(own: readonly Sentence[]): GivenLead {
  const texts = own.map((s) => ({ text: /[。！？：]$/u.test(s.text) ? s.text : `${s.text}。`, sources: s.sources }));
  // The user's own turn ends the paragraph: a last sentence `现将……如下。` of the last row follows the figures; a turn
  // anywhere else (inside a sentence, in an earlier row) leaves no place for them.
  let turn: Sentence[] = [{ text: "现将有关情况总结如下。", sources: [] }];
  let room = true;
  if (texts.some((t) => TURN.test(t.text))) {
    const last = texts[texts.length - 1];
    const split = /^(.*[。！？])?([^。！？]*(?:总结|汇报|报告)如下[^。！？]*[。！？：])$/u.exec(last.text);
    room = !!split && texts.slice(0, -1).every((t) => !TURN.test(t.text));
    if (room && split) {
      if (split[1]) texts[texts.length - 1] = { text: split[1], sources: last.sources };
      else texts.pop();
      turn = [{ text: split[2], sources: last.sources }];
    } else turn = [];
  }
  return { texts, turn, room };
}

/** A 导语 naming the superior's plan or care (`落实上级行创文工作部署`, `在上级部门的关心下`): the guidance is said. */
const SUPERIOR_SAID = /上级[\u4e00-\u9fff]{0,6}?(?:部署|要求|安排|精神|指示|关心|指导|领导)/u;

/**
 * The opening with the user's 导语 rows (文字材料): the unit's profile sentence first (户数, 常住人口: it names the unit
 * before a 导语 that says only `社区…`), the 导语, then the period's headline figures, the comparison and the turn to
 * the body. The 导语 frames; the 基本信息 and the headline figures still appear, each unless the 导语 already states
 * its figures (new-user test 26, D13). A 导语 that ends with its own turn (`现将……总结如下`) keeps it last.
 */
function givenOpening(facts: Facts, own: readonly Sentence[], compared: Sentence | undefined, body: string, during?: Sentence, contextOnly = false): Sentence[] {
  // `今年` before a part of the year, opening a 导语 sentence, is the report's year under its dated title (`今年上半年我院……`
  // → `2025年上半年我院……`; new-user test 50, D11): the text is read after the year is over. `今年以来` stays (genre).
  const year = facts.profile.year;
  const dated = year ? own.map((t) => ({ ...t, text: t.text.replace(/(^|[。！？])今年(?=上半年|下半年|第?[一二三四]季度|[1-9]\d?月)/gu, `$1${year}年`) })) : own;
  const { texts, turn, room } = givenLead(dated);
  const given = texts.map((t) => t.text).join("");
  const p = facts.profile;
  const bg = background(facts);
  // A 导语 that gives any of the profile's figures describes the unit itself: the profile is not said again.
  const profile = bg && !figuresIn(bg.text).some((f) => given.includes(f)) ? bg : undefined;
  const served = room ? servedFirst(facts, unrepeated(headlines(facts), facts, body).filter((h) => !states(given, h.text))) : [];
  // Over a 专项's days, a quarter or a month the team's size alone is no figure of the period: after the 导语 that frames
  // the work, `2025年5月1日至31日，区妇联现有注册志愿者800人` reads as a state governed by a time span (new-user test 39, D7);
  // the body tells the size (`现有注册巾帼志愿者800人`), the opening gives no figure sentence then.
  const led = shortPeriod(p.period) && served.length === 1 && /^注册志愿者[^、，]*$/u.test(served[0].text) ? [] : served;
  // The activities' change leads the generated sentence's figures (new-user test 36, D9); none after a turn that leaves no room.
  const head = room ? withComparison(led, compared) : led;
  const won = room ? wonClause(facts) : undefined;
  const wonNew = won && !given.includes(won.text.replace(/^.*?“/u, "“")) ? won : undefined;
  const out: Sentence[] = [...(profile ? [profile] : []), ...texts];
  if (head.length || wonNew) {
    // Said as the unit refers to itself once named (`社区`, `我局`); the period unless the 导语 gives one (`本季度`).
    // A 导语 sentence that opens with the unit's self-reference (`学院坚持立德树人……`) has named it too: the next sentence says
    // `学院`, never the full name right after (new-user test 36, D2).
    // `我支行` the 导语 names the unit by is its self-reference throughout (new-user test 69, D8: never `我支行……。青川农村商业银行
    // 城关支行在……的指导下`, nor `我行` later).
    const self = selfReference(p.unitType, p.unitName, p.shortName, given);
    // The 导语 names the unit by any name its staff write it by (`县法院` for `县人民法院`: new-user test 55, D18).
    const saidNames = unitNamesSaid(p.unitName);
    const named = !!profile || saidNames.some((x) => given.includes(x)) || (!!p.shortName && given.includes(p.shortName))
      || (self.length >= 2 && given.split(/(?<=[。！？])/u).some((t) => t.startsWith(self)))
      // `我中心`, `我局` anywhere in the 导语 (`8月是全民健身月，我中心围绕……`) has named the unit as it names itself: the next
      // sentence says `我中心在县文明办的指导下`, never `青川县体育中心在……` right after (review run 32, 材料9 item 1).
      || (/^我/u.test(self) && given.includes(self));
    // Not yet named, the unit's own 单位简称 names it, as in an opening without a 导语 (`区交通局在区文明办的指导下`; the
    // title has said the full name; new-user test 34, D23).
    const name = named ? self : p.shortName ?? p.unitName;
    const when = PERIOD_SAID.test(given) ? "" : periodText(facts);
    // The 导语's last sentence has the unit as its subject (`锦绣华庭社区以……扎实推进创文工作。`): the next goes on without
    // naming it again (`在城南街道党工委的指导下，开展……`; new-user test 28, D3).
    const lastSaid = texts[texts.length - 1]?.text.split(/(?<=[。！？])/u).filter(Boolean).pop() ?? "";
    // A leading clause of basis or purpose (`按照区创文指挥部统一部署，区城管局于5月……`) is no subject either.
    // A period said without a comma (`今年上半年社区以……`, `今年我馆在……`) opens no subject either (new-user test 40-y, D5;
    // new-user test 59, D20: never `今年我馆……。县图书馆共开展……`).
    const lastSubject = lastSaid.replace(/^[^，]*(?:年|季度|以来)，/u, "").replace(/^(?:(?:今年|本年度?|\d{4}年)?(?:上半年|下半年|(?:第)?[一二三四]季度|以来)|今年|本年度?|\d{4}年度?)(?=[\u4e00-\u9fff])/u, "")
      .replace(/^(?:按照|根据|依据|围绕|为了?)[^，。]{2,40}，/u, "");
    // The unit's own short self-reference (`社区`, `我村`) as the 导语's subject carries too (new-user test 40-y, D5).
    const own = selfReference(p.unitType, p.unitName, undefined, given);
    // `我社区`, `本社区` say the same unit (new-user test 41, D4: `上半年我社区紧紧围绕……。机床厂社区在……的指导下`).
    // So do the words it opens with to name itself (`我校坚持……`, `管理处紧扣……`: catalog unitSelfWords; new-user test 66, D9).
    const carried = [name, ...saidNames, p.shortName ?? "", own, ...unitSelfWords(p.unitName)].some((x) => x.length >= 2 && [x, `我${x}`, `本${x}`].some((y) => lastSubject.startsWith(y)));
    // A sentence that opens a period of its own (`2025年上半年，社区在……`) names its subject again; a short self-reference
    // (`社区`, `我局`) may stand again as the 导语 used it (`本季度，社区……。社区共开展……`). The 导语 having just named the
    // unit, the next sentence says it as the unit says itself (`2025年5月1日至31日，我局在……`), never its name again
    // (new-user test 30, D8: `…区城管局于5月开展……。2025年5月1日至31日，区城管局在……`).
    // A 导语 that says it carries out its superior's plan (`认真落实上级行创文工作部署`) has named the guidance: `在……的指导下`
    // after it says it twice (review run 34, AX 材料6 item 1).
    const guide = !!p.guide && !given.includes(p.guide) && !/(?:领导|指导)下/u.test(given) && !SUPERIOR_SAID.test(given);
    // Before `在……的指导下` the short self-reference is not said again either: `今年以来，我村把移风易俗作为……抓手。在青石镇
    // 党委的指导下，开展……`, never `……抓手。我村在青石镇党委的指导下` (new-user test 39, D27).
    // Nor a `我院` the 导语's last sentence opened with (`2025年上半年我院在……，以“文明就医”为抓手。`): the work goes on in it
    // (new-user test 50, D11, kept after review run 32's `我中心` rule).
    const subject = carried && !when && (name.length > 2 || guide || /^我/u.test(name)) ? "" : carried && when && /^我/u.test(own) ? own : name;
    const b = new SentenceBuilder().text(when ? `${when}，` : "").text(subject).from(p.sources.unitName ?? "");
    if (guide) b.text(`在${guideAfter(name, p.guide ?? "")}的指导下`).from(p.sources.guide ?? "");
    // After `在……的指导下` a bare figure is no sentence (new-user test 18, D6): the work is said first.
    const bare = head.length > 0 && /^(?:注册志愿者|志愿者|常住人口)/u.test(head[0].text);
    // The volunteers registered, and nothing else, are what the unit has: `现有注册志愿者200余人`, never `共注册` as if all
    // registered in the quarter (new-user test 32, D7).
    const holdsOnly = head.length === 1 && /^注册志愿者[^、，]*$/u.test(head[0].text);
    b.text(guide ? (bare || !head.length ? "扎实推进创建工作，" : "，") : holdsOnly ? "现有" : head.length ? "共" : "");
    head.forEach((h, i) => b.text(i ? "，" : "").text(guide && holdsOnly ? `现有${h.text}` : h.text).from(...h.sources));
    if (wonNew) b.text(head.length ? "，" : "").text(wonNew.text).from(...wonNew.sources);
    const made = b.text("。").build();
    // A 导语 that closes on its means (`……，以“文明就医”为抓手。`) goes on with the work done by it in one sentence
    // (`……，以“文明就医”为抓手，共开展各类活动5场……`), never a means left dangling before a sentence of figures with no
    // subject (new-user test 50, D11; check: text.intro-dangling).
    const last = out[out.length - 1];
    if (!subject && !when && !guide && texts.length && last === texts[texts.length - 1] && DANGLING_MEANS.test(last.text)) {
      out[out.length - 1] = { text: `${last.text.replace(/[。；！]$/u, "")}，${made.text}`, sources: [...new Set([...last.sources, ...made.sources])] };
    } else out.push(made);
  }
  // The period's context figure follows the work; before a 导语 whose turn leaves no place after it. After the sentence of
  // the period's headline figures it is no third sentence (`……清理小广告2万余处。下半年共劝导交通违法行为1.5万人次。`: the
  // period said a third time, a stray figure in the opening; new-user test 41, D4, D10): the body tells it then.
  // `contextOnly`: the body has no place for it either (it would be a section of one sentence): said here all the same.
  const context = during && !states(given, during.text) && (contextOnly || !(room && head.length)) ? [during] : [];
  if (!room) out.splice(profile ? 1 : 0, 0, ...context);
  return [...out, ...(room ? context : []), ...turn];
}

/**
 * A 其他指标 figure that is the period's context (foldTinyOther's `context`: `接待游客12.6万人次`) as a sentence of the
 * opening, after the period's work: `期间共接待游客12.6万人次。` (a 专项), `上半年门诊量达12万人次。`.
 */
function contextSentence(facts: Facts, context: Sentence): Sentence {
  const { period } = facts.profile;
  const when = periodWord(period);
  const text = context.text.replace(/^此外，/u, "");
  // A figure held at a frequency (`信访接待窗口坚持每日接待群众来访，累计126人次`) takes the period at its total, after the
  // doer and its work: `……，上半年累计126人次`, never `上半年信访接待窗口坚持每日……` (new-user test 57, D4).
  const held = /^[^，。]*坚持[^，。]*，累计/u.exec(text);
  if (held && when !== "期间") return { text: `${held[0].slice(0, -2)}${when}累计${text.slice(held[0].length)}`, sources: context.sources };
  return { text: `${when}${actionOf(text) && text.startsWith(actionOf(text) ?? "") ? "共" : ""}${text}`, sources: context.sources };
}

/**
 * The guiding unit as said after the unit's name: a place both names open with is said once
 * (`安康市交通运输局在市创建全国文明城市工作指挥部办公室的指导下`, not `…在安康市创建…`; review run 15).
 */
function guideAfter(name: string, guide: string): string {
  const place = /^(.{2,8}?[省市县区])/u.exec(name)?.[1];
  return place && guide.startsWith(place) && guide.length > place.length + 2 ? `${place.slice(-1)}${guide.slice(place.length)}` : guide;
}

/** Items of a list as staff type them (`热水、药品和路况信息`), each by its first two characters (`热水`, `药品`, `路况`). */
const listItems = (text: string): string[] => text.split(/[、，,；;和及与]|等/u).map((x) => x.replace(/^(?:为|向|给)[^、，]*?(?:提供|送去|发放)/u, "").trim()).filter((x) => x.length >= 2).map((x) => x.slice(0, 2));

/**
 * A 工作亮点 row without the clause that says again what an activity's 简要内容 says (`为过往司乘提供热水、药品、路况等便民服务`
 * beside the activity's `为司乘人员提供热水、药品和路况信息`): the body tells it once, with its date and turnout; the highlight
 * keeps the brand and what it achieved (`打造“温馨驿站”服务品牌`; new-user test 61, D12). A clause restates when it names at least
 * three items of one 简要内容's list and all of them but one; the row is kept whole when nothing else would be left.
 */
export function withoutRestatedWork(t: Sentence, facts: Facts): Sentence {
  const lists = facts.activities.flatMap((g) => g.items).map((it) => listItems(it.summary ?? "")).filter((xs) => xs.length >= 3);
  if (!lists.length) return t;
  const clauses = t.text.replace(/。$/u, "").split("，");
  const restates = (c: string): boolean => {
    const own = new Set(listItems(c));
    return lists.some((xs) => {
      const hit = xs.filter((x) => own.has(x)).length;
      return hit >= 3 && hit >= xs.length - 1;
    });
  };
  const kept = clauses.filter((c) => !restates(c));
  return kept.length === clauses.length || !kept.length ? t : { ...t, text: `${kept.join("，")}。` };
}

/** The length (characters) under which a body is short enough for the opening not to repeat its figures. */
const SHORT_BODY = 200;

/**
 * Headlines that the body does not repeat word for word (review run 14: `清理乱张贴110余处，查处占道经营31起`
 * in the opening and again as the first point of a short text). When two or more headlines stand
 * verbatim in the body, the problem categories among them are named without their figures
 * (`重点整治乱张贴、占道经营等问题`): the figures are the body's. Others stay.
 */
function unrepeated(head: Sentence[], facts: Facts, body: string): Sentence[] {
  const clauses = head.flatMap((h) => h.text.split("，"));
  // A body of a few lines that says every headline word for word, each as a sentence of its own, needs no opening to say
  // it first: the figure is told once, where it was done (new-user test 32, D6: `张贴光盘行动桌牌200个。` in the opening and
  // again in 二). A headline that sums up a longer sentence of the body (`……组织人力736人次，清理历史遗留垃圾33吨。`) stays.
  const sentences = new Set(body.split(/(?<=。)/u));
  // So does a 其他指标 row's that opens a body sentence of two clauses (new-user test 43, D19: `接待客户1.2万人次` in the opening and in
  // `接待客户1.2万人次，建有爱心驿站1个。`), and the registered volunteers alone, of teams that served nothing yet, a standing
  // figure the body's team sentence states (D21: `注册志愿者110人` of a new period with nothing entered yet): each figure once. A headline that sums up a
  // longer sentence of the body (`……组织人力736人次，清理历史遗留垃圾33吨。`) still stays.
  const figureRow = (h: Sentence): boolean => h.sources.length > 0 && h.sources.every((x) => x.startsWith("其他指标!"));
  const opens = (h: Sentence): boolean => figureRow(h) && [...sentences].some((x) => x.startsWith(`${h.text}，`) && x.split("，").length === 2);
  const idle = !facts.volunteers.services?.value && !facts.volunteers.hours?.value;
  const team = (h: Sentence): boolean => idle && head.length === 1 && /^注册志愿者[^、，]*$/u.test(h.text) && body.split(/[，。；\n]/u).some((c) => c === h.text);
  if (body.length < SHORT_BODY && head.length > 0 && head.every((h) => sentences.has(`${h.text}。`) || opens(h) || team(h))) return [];
  // A minor count of one 其他指标 row, of occasions (次, 场, 期), that the body says again as a bare sentence of its own
  // (`累计开展文明交通劝导120次。`) reads as padding in the opening: told once, in the body, where two other headlines remain
  // to open with (new-user test 32, D20). The ledgers' totals (宣传经费, 注册志愿者, problems) and results (`清理小广告260处`)
  // may be said twice.
  const bare = (h: Sentence): boolean => h.sources.length === 1 && h.sources[0].startsWith("其他指标!") && !/[，、]/u.test(h.text) && /\d(?:次|场|期|轮|批|场次)$/u.test(h.text)
    && [...sentences].some((x) => x.replace(/^(?:此外，)?(?:累计|共|全年|共计)?/u, "") === `${h.text}。`);
  if (head.some(bare) && head.filter((h) => !bare(h)).length >= 2) return unrepeated(head.filter((h) => !bare(h)), facts, body);
  if (clauses.filter((c) => body.includes(c)).length < 2) return head;
  const r = withoutMoresProblems(facts.rectification, facts.profile.unitType);
  // A task (`旱厕改造`) is no problem to 整治 (new-user test 37, D13); a dispute is 化解-d, never 整治-ed: neither is named
  // after `重点整治` (D22). Nor are complaints, 办结-ed (new-user test 38, D19: never `重点整治……、12345热线投诉等问题`).
  const kinds = r.byKind.filter((k) => k.rectified.value > 0 && !isDispute(k) && !isComplaint(k) && !(k.category === "其他" && !!k.remark?.detail && !!actionOf(k.remark.detail)) && !isTask(k));
  const rectifiedCells = new Set(kinds.flatMap((k) => k.rectified.sources));
  const told = (h: Sentence): boolean => h.sources.some((x) => rectifiedCells.has(x));
  const problems = head.filter(told);
  if (!problems.length || !problems.every((h) => h.text.split("，").every((c) => body.includes(c)))) return head;
  // Distinct names only, largest first (one problem in 处 and 起 is one problem: new-user test 21, D10). A negated action is
  // named by its thing (`飞线充电未清理`: `重点整治飞线充电、乱张贴等问题`, new-user test 38, D2); a name that closes with its
  // action by its problem (`不文明游园行为劝导`: `……、不文明游园行为等问题`, never `……行为劝导等问题`).
  const distinct = [...new Set([...kinds].sort((a, b) => b.rectified.value - a.rectified.value).map((k) => (k.category === "其他" ? (namedByNegatedAction(k) || namedWithClosingAction(k) ? problemAction(k).object : k.remark?.detail ?? "") : problemActions[k.category]?.object ?? k.category).replace(/问题$/u, "")).filter(Boolean))];
  const shown = distinct.slice(0, 2);
  const inList = shown.length > 1 || distinct.length > shown.length ? kindsInList(shown) : { items: shown, etc: false };
  if (!shown.length) return head;
  // Never 整治 twice in one sentence (`组织小区卫生集中整治10余次，重点整治……`, review run 15).
  const verb = head.some((h) => !problems.includes(h) && h.text.includes("整治")) ? "着力解决" : "重点整治";
  // A name typed with its own 等 (`非法采砂等`) takes none more: `重点整治违章搭建、非法采砂等问题`, never `……等等问题` (new-user
  // test 68, D8).
  const listed = listWithEtc(inList.items);
  const etc = (distinct.length > shown.length || shown.length > 1 || inList.etc) && !listed.endsWith("等");
  const named: Sentence = { text: `${verb}${listed}${etc ? "等" : ""}问题`, sources: problems.flatMap((h) => h.sources) };
  const at = head.indexOf(problems[0]);
  return [...head.slice(0, at), named, ...head.slice(at).filter((h) => !problems.includes(h))];
}

/**
 * The unit's background from its own data (v2 rule 14): 户数 and 常住人口 of 基本信息 and the 其他指标
 * rows that state standing facts (`居民楼栋28栋`): `西牌楼社区辖区有居民1610户、4006人，居民楼栋28栋……`.
 * Undefined when the data gives none.
 */
function background(facts: Facts): Sentence | undefined {
  const p = facts.profile;
  const rows = facts.figures.filter(isBackground);
  // 户数 and 常住人口 are a 辖区's (new-user test 11, D8: never `派出所现有15800户`); a school or a company has
  // no 辖区, so they are not said for it (new-user test 14, D11: not `学校辖区有常住人口1850人`).
  // A bureau's, a company's or a school's 常住人口 is its staff or its 师生 (new-user test 27, D24): `区市场监督管理局现有干部职工260人`,
  // never `辖区有常住人口260人` (catalog `populationAs`).
  const as = populationAs(p.unitType, p.population?.value, p.households?.value, p.unitName);
  const territorial = unitTypeTraits(p.unitType, p.unitName).territorial && (as === "辖区" || !p.population);
  const households = territorial ? p.households : undefined;
  const population = as === "辖区" ? p.population : undefined;
  const members = as && as !== "辖区" ? p.population : undefined;
  if (!rows.length && !households && !population && !members) return undefined;
  // A village has 农户 and 村民, not a 辖区 of 居民 (new-user test 7, D2): `柳树湾村共有农户760户，常住人口2380人`.
  const village = p.unitType === "村";
  // A 村, 乡镇 or 街道 is said without its committee or government (`柳树湾村`, `桃源乡辖区`: new-user test 18, D15).
  const b = new SentenceBuilder().text(withoutGoverningBody(p.unitName)).from(p.sources.unitName ?? "");
  // Households and people are never one list (v2 rule 3): `辖区有居民3120户，常住人口8600人`.
  const parts: [string, Figure][] = [];
  const area = !village && (!!households || !!population);
  if (households) parts.push([village ? "农户" : "居民", households]);
  if (population) parts.push(["常住人口", population]);
  if (members && as) parts.push([as, members]);
  // What the unit set up (`开设班级`) after what it holds: `现有在校学员约1860人，开设班级32个`, never `现有开设班级32个`
  // (new-user test 57, D18).
  const opened = (name: string): boolean => /^(?:开设|开办)/u.test(name.trim());
  const ordered = [...rows.filter((x) => !opened(x.name)), ...rows.filter((x) => opened(x.name))];
  for (const r of ordered.slice(0, MAX_ITEMS)) {
    const unit = printedMeasureWord(r.name, r.figure.unit);
    parts.push([spokenThing(r.name, unit), { ...r.figure, unit }]);
  }
  b.text(village ? "共有" : area ? "辖区有" : opened(parts[0][0]) ? "" : "现有");
  parts.forEach(([label, f], i) => b.text(i ? "，" : "").text(label).fig(f));
  if (ordered.length > MAX_ITEMS) b.text("等").from(...ordered.slice(MAX_ITEMS).flatMap((r) => r.figure.sources));
  return b.text("。").build();
}


/** Words before what is left of a problem (`尚有6处`, `还有`, `仍有`, `剩余`). */
const LEFT_BEFORE = "(?:尚有|还有|仍有|剩余|剩下|尚余|尚|仍)";

/**
 * The unit's own 存在不足 row (as printed) that says what is still open of one 问题整改 category: the category's name (as
 * typed, as the text names it, or its 备注) and, in the same sentence after it, the exact count left after `尚有`/`还有`/`剩余`
 * or before `未`/`待` (`违章搭建尚有6处未拆除` beside 15 found and 9 rectified). Undefined for another count, or an
 * approximate one (new-user test 44, D9).
 */
function openToldByUnit(facts: Facts, k: Facts["rectification"]["byKind"][number]): TextRow | undefined {
  if (k.figure.approx || k.rectified.approx) return undefined;
  const left = `${k.figure.value - k.rectified.value}${k.figure.unit}`;
  const names = [...new Set([k.category, problemActions[k.category]?.object, problemAction(k).object, k.remark?.detail].filter((n): n is string => !!n).map((n) => n.replace(/(?<=.{2})问题$/u, "")).filter((n) => n !== "其他" && n !== "各类"))];
  const after = new RegExp(`${LEFT_BEFORE}${left}(?![\\d.])|(?<![\\d.])${left}[^，；。]{0,3}(?:未|待|没)`, "u");
  const states = (sentence: string): boolean => names.some((n) => sentence.includes(n) && after.test(sentence.slice(sentence.indexOf(n) + n.length)));
  return facts.texts.find((t) => t.kind === "存在不足" && t.content.split(/[；;。]/u).some(states));
}

/**
 * The unit's own 存在不足 row that names one open 问题整改 kind and no figure, as one clause: the kind whole or its two halves
 * around `还有`/`仍有`/`仍存在` (`河边卫生还有死角` beside 卫生死角 25 found, 22 rectified), a place before it. The row and the
 * open count are one point, said `河边卫生死角仍有3处未整改到位，需持续跟进` in place of the row, never the row and then
 * `卫生死角25处中尚有3处未整改到位` (review run 31, reviewer AU, t59-village-q2 item 3). Undefined for a row with a figure
 * (openToldByUnit), a rough count, or any other row.
 */
function openNamedByUnit(facts: Facts, k: Facts["rectification"]["byKind"][number]): { row: TextRow; sentence: Sentence } | undefined {
  if (k.figure.approx || k.rectified.approx || k.rectified.value >= k.figure.value) return undefined;
  const name = problemActions[k.category]?.object?.replace(/问题$/u, "") ?? k.category;
  if (name.length < 4 || k.category === "其他") return openMentionedByUnit(facts, k);
  const [a, z] = [name.slice(0, 2), name.slice(2)];
  const said = new RegExp(`^([\\u4e00-\\u9fff]{0,6}?)(?:${name}(?:问题)?(?:还|仍|依然)(?:有|存在)|${a}(?:还|仍|依然)?(?:有|存在)${z}(?:问题)?)$`, "u");
  for (const row of facts.texts.filter((t) => t.kind === "存在不足")) {
    const m = said.exec(stripEnd(row.content).trim());
    if (!m) continue;
    const b = new SentenceBuilder().from(row.source).text(`${m[1]}${name}仍有`).fig({ ...k.figure, value: k.figure.value - k.rectified.value, sources: [...k.figure.sources, ...k.rectified.sources] }).text("未整改到位，需持续跟进");
    return { row, sentence: b.build() };
  }
  return openMentionedByUnit(facts, k);
}

/** How many characters of `a` lie in runs of 3 or more that `z` has too. */
function covered(a: string, z: string): number {
  const hit = new Array<boolean>(a.length).fill(false);
  for (let i = 0; i + 3 <= a.length; i++) for (let j = i + 3; j <= a.length && z.includes(a.slice(i, j)); j++) hit.fill(true, i, j);
  return hit.filter(Boolean).length;
}

/** The longest run of characters two texts share. */
function longestShared(a: string, z: string): number {
  let best = 0;
  for (let i = 0; i < a.length; i++) for (let j = i + best + 1; j <= a.length && z.includes(a.slice(i, j)); j++) best = j - i;
  return best;
}

/**
 * The unit's own 存在不足 row (no figure in it) one clause of which names the thing of an open 问题整改 kind partly rectified
 * (its category, what it is called, or the 备注 naming a 其他: `部分老旧小区燃气管道锈蚀，改造资金缺口较大` beside 其他 28/20
 * 备注 `老旧小区燃气管道锈蚀`; `校门口接送车辆乱停现象尚未根治` beside `校门口家长接送车辆乱停` 8/6): one problem said once, the
 * open count joined after that clause (`部分老旧小区燃气管道锈蚀，28处中尚有8处未整改到位，改造资金缺口较大`), never the row and
 * then `二是老旧小区燃气管道锈蚀问题28处中尚有8处未整改到位` (new-user test 63, D9; test 62, D7). The name is shared whole when
 * short, else by a run of at least 5 characters and half its length.
 */
function openMentionedByUnit(facts: Facts, k: Facts["rectification"]["byKind"][number]): { row: TextRow; sentence: Sentence } | undefined {
  if (k.figure.approx || k.rectified.approx || !k.rectified.value || k.rectified.value >= k.figure.value) return undefined;
  // A 备注 naming two problems (`停车场车辆乱停乱放、占用消防通道`) names each: the row may speak of either (new-user test 65, D8).
  const names = [...new Set([k.category, problemActions[k.category]?.object, k.remark?.detail, ...(k.remark?.detail?.split(/[、，,]/u) ?? [])].filter((n): n is string => !!n).map((n) => n.replace(/(?<=.{2})(?:问题|现象|行为)$/u, "")).filter((n) => n !== "其他" && n !== "各类" && n.length >= 4))];
  if (!names.length) return undefined;
  // A row names the thing when a run of 4 characters of it is in the row and runs of 3 or more cover half of it: `停车场车位
  // 仍然不足，节假日前后车辆乱停现象时有发生` names `停车场车辆乱停乱放` (停车场车, 车辆乱停), `门诊高峰时段就诊秩序有待进一步
  // 规范` names `就诊秩序混乱` (new-user test 65, D8: the row and then `三是停车场车辆乱停乱放……问题12处中尚有5处未整改到位`).
  // The count joins the clause that covers most of it, the later on a tie.
  const nameCover = (c: string): number => Math.max(...names.map((n) => (longestShared(n, c) >= 4 ? covered(n, c) : 0)));
  const namedBy = (c: string): boolean => names.some((n) => longestShared(n, c) >= 4 && covered(n, c) * 2 >= n.length);
  for (const row of facts.texts.filter((t) => t.kind === "存在不足")) {
    const text = stripEnd(row.content).trim();
    if (/[\d０-９]/u.test(text) || /[。；;！？]/u.test(text)) continue;
    if (!namedBy(text)) continue;
    const clauses = text.split(/[，,]/u);
    const at = clauses.reduce((best, c, i) => (nameCover(c) > 0 && nameCover(c) >= (best < 0 ? 0 : nameCover(clauses[best])) ? i : best), -1);
    if (at < 0) continue;
    // A vague count in a clause that names the thing takes the ledger's (`还有几件投诉` → `还有2件投诉`).
    const vague = clauses.map((c, i) => (nameCover(c) > 0 ? vagueCountSaid(clauses, i, k) : undefined)).find((x) => !!x);
    if (vague) return { row, sentence: vague.from(row.source).build() };
    const rest = clauses.slice(at + 1).join("，");
    const b = new SentenceBuilder().from(row.source).text(`${clauses.slice(0, at + 1).join("，")}，`).fig(k.figure).text("中尚有")
      .fig({ ...k.figure, value: k.figure.value - k.rectified.value, sources: [...k.figure.sources, ...k.rectified.sources] }).text(`未整改到位${rest ? `，${rest}` : ""}`);
    return { row, sentence: b.build() };
  }
  return undefined;
}

/** A vague count of what is left (`还有几件`, `仍有一些`), its measure word if any after it. */
const VAGUE_LEFT = new RegExp(`(${LEFT_BEFORE.slice(3, -1)})(?:几|一些|少数|若干)([件处个起宗家户条]?)(?=[\\u4e00-\\u9fff])`, "u");
/** A vague count of what was found (`暗访发现了一些问题`). */
const VAGUE_FOUND = /(发现|排查出|查出|检查出)了?(?:一些|部分|不少|若干|少数)(问题|隐患)/u;

/**
 * The unit's own 存在不足 (its `clauses`, no figure in them) with the vague count of one open 问题整改 kind in clause `at` given the
 * ledger's exact one, in its place: what is left (`根治欠薪仍有几件投诉没处理完` → `根治欠薪仍有2件投诉没处理完`; a measure word
 * typed must be the row's), or what was found, then what is left (`暗访发现了一些问题` → `暗访发现问题8处，尚有2处未整改到位`).
 * Undefined when the clause says no such count (new-user test 69, D5: never the count put in the middle of the unit's
 * sentence, `个别网点文明服务还不到位，8处中尚有2处未整改到位，暗访发现了一些问题`).
 */
function vagueCountSaid(clauses: readonly string[], at: number, k: Facts["rectification"]["byKind"][number]): SentenceBuilder | undefined {
  const left = { ...k.figure, value: k.figure.value - k.rectified.value, sources: [...k.figure.sources, ...k.rectified.sources] };
  const [before, clause, after] = [clauses.slice(0, at).map((c) => `${c}，`).join(""), clauses[at], clauses.slice(at + 1).map((c) => `，${c}`).join("")];
  const said = VAGUE_LEFT.exec(clause);
  if (said && (!said[2] || said[2] === k.figure.unit)) return new SentenceBuilder().text(`${before}${clause.slice(0, said.index)}${said[1]}`).fig(left).text(`${clause.slice(said.index + said[0].length)}${after}`);
  const found = VAGUE_FOUND.exec(clause);
  if (!found) return undefined;
  return new SentenceBuilder().text(`${before}${clause.slice(0, found.index)}${found[1]}${found[2]}`).fig(k.figure).text("，尚有").fig(left).text(`未整改到位${clause.slice(found.index + found[0].length)}${after}`);
}

/**
 * The cells of the ledger figures a 工作亮点, 存在不足 or 落实情况 of the unit's own states again, told there only (a 其他指标 row,
 * what is left of a problem; new-user test 44, D9): the row's sentence takes them, so a figure is still traced to its cells.
 */
function cellsToldBy(facts: Facts, t: Sentence): string[] {
  let byRow = cellsToldCache.get(facts);
  if (!byRow) {
    // Each row is asked once per summary, not once for each sentence of the text (a 10k-row workbook's own 文字材料 made this
    // step cubic): figures first, then honours, then what is left of problems, as the sentence lists its cells.
    const map = new Map<TextRow, { figures: string[]; honours: string[]; open: string[] }>();
    const of = (row: TextRow): { figures: string[]; honours: string[]; open: string[] } => {
      let cells = map.get(row);
      if (!cells) map.set(row, (cells = { figures: [], honours: [], open: [] }));
      return cells;
    };
    for (const f of facts.figures) {
      const row = toldByOwnText(facts, f);
      if (row) of(row).figures.push(...f.figure.sources);
    }
    for (const h of facts.honours.byTitle) {
      const row = honourToldByPlan(facts, h);
      if (row) of(row).honours.push(...h.figure.sources);
    }
    for (const k of facts.rectification.byKind) {
      const row = k.rectified.value < k.figure.value ? openToldByUnit(facts, k) : undefined;
      if (row) of(row).open.push(...k.figure.sources, ...k.rectified.sources);
    }
    byRow = map;
    cellsToldCache.set(facts, byRow);
  }
  const row = facts.texts.find((x) => ownTelling(x) !== undefined && t.sources[0] === x.source);
  const cells = row ? byRow.get(row) : undefined;
  return cells ? [...cells.figures, ...cells.honours, ...cells.open] : [];
}

/** {@link cellsToldBy}'s answers for one summary's facts, by the 文字材料 row that tells them. */
const cellsToldCache = new WeakMap<Facts, Map<TextRow, { figures: string[]; honours: string[]; open: string[] }>>();

/**
 * Facts that the data shows as shortcomings (spec §5, v2 rule 9): problems not yet rectified, per
 * category with its found figure; a low volunteer registration rate; indicators that fell.
 */
function dataShortcomings(facts: Facts, options: SummaryOptions): Sentence[] {
  return dataShortcomingItems(facts, options.comparison).sentences;
}

/**
 * A shortcoming 存在的不足 adds from a judgement on the data, not from anything the unit typed (new-user test 69, D10): a
 * low registration rate (`lowRate`: the rate and the registered count, below catalog lowRegistrationRate) or a material
 * fall since the period compared (`fall`: the indicator's change, comparison-text materialFalls). `text` is the item as the
 * summary prints it (no final punctuation).
 */
export interface InferredShortcoming {
  readonly kind: "lowRate" | "fall";
  readonly text: string;
  readonly sources: readonly string[];
  readonly rate?: Figure;
  readonly members?: Figure;
  readonly change?: IndicatorChange;
}

/**
 * The shortcomings the summary's 存在的不足 adds from a judgement on the data (InferredShortcoming), exactly as
 * dataShortcomings tells them for these facts and comparison: for check to say each before the user hands the text in
 * (new-user test 69, D10). Pure.
 */
export function inferredShortcomings(facts: Facts, comparison: Comparison | undefined): InferredShortcoming[] {
  return dataShortcomingItems(facts, comparison).inferred;
}

/** dataShortcomings' sentences, and which of them are inferred from the data (inferredShortcomings). */
function dataShortcomingItems(facts: Facts, comparison: Comparison | undefined): { sentences: Sentence[]; inferred: InferredShortcoming[] } {
  const options = { comparison };
  const out: Sentence[] = [];
  const inferred: InferredShortcoming[] = [];
  const r = facts.rectification;
  // `百余` found and 100 rectified is not known to be all done (check's rect.approx-found asks for the exact 发现数, and no
  // sentence says 均已整改到位), but nor is any part known to be open: no remainder is claimed (new-user test 53, D8: never
  // `乱张贴200余处中已整改200处，其余尚未整改到位`; test 24, D17 said it). Rectified below the base, `尚有部分未整改到位` stays.
  const found = r.byKind.filter((k) => k.rectified.value < k.figure.value);
  // What the unit's own 存在不足 row says is still open (`违章搭建尚有6处未拆除，拆除难度较大`) is said there, once (new-user
  // test 44, D9): its row holds the reason too.
  const open = found.filter((k) => !openToldByUnit(facts, k) && !openNamedByUnit(facts, k));
  if (open.length) {
    const b = new SentenceBuilder();
    const shown = open.slice(0, MAX_ITEMS);
    // 其他 as its 备注 names it (`电动车乱停放40处中…`), as the section above said it — never `其他问题` (new-user test 8, D5).
    // A bare 其他 alone is `各类问题`, as the section above says it (new-user test 28, D6: never `其他问题10个中…`).
    const soleOther = r.byKind.length === 1 && r.byKind[0].category === "其他";
    const nameOf = (k: (typeof open)[number]): string => {
      if (k.category !== "其他") return problemActions[k.category]?.object ?? k.category;
      // A task left part done is named as typed: `路灯维修尚有2个未完成`, never `路灯尚有2个未完成` (new-user test 38, D9).
      if (isTask(k)) return k.remark?.detail ?? problemAction(k).object;
      const object = problemAction(k).object;
      // `大操大办劝导` is told as `大操大办问题`, as the section above says it (new-user test 31, D2).
      if (namedWithClosingAction(k)) return `${object.replace(/问题$/u, "")}问题`;
      // `不文明养犬行为` left unrectified is a problem as the lead names it: `不文明养犬问题2处` (new-user test 32, D3).
      // Shops counted in 家 or 户 are named without `问题`, as the section says them (`不达标商户18家中…`; new-user test 36, D8).
      // A 其他 row without a name stays `其他问题` (`其他问题56户中…`, never `其他56户`: new-user test 50, D5).
      if (saidAsHouseholds(k.figure.unit, [k]) && object !== "其他问题") return object.replace(/(?<=[\u4e00-\u9fff]{2})问题$/u, "");
      return soleOther && object === "其他问题" ? "各类问题" : object.replace(/^(不文明.+?)行为$/u, "$1问题");
    };
    // What is left of an approximate count is as approximate (`60余` − 52: `8起以上`, never an exact 8; new-user test 17,
    // D3); of an approximate 已整改数, about.
    // Of a count typed in 万 (`1.5万`), what is left is said in 万 too, about when two decimals do not hold it: `1.5万宗中尚有约
    // 1.5万宗`, never `尚有14997宗` beside it (v2 rule 10, one form; new-user test 38, D1).
    const leftOf = (k: (typeof open)[number]): Figure => {
      const value = k.figure.value - k.rectified.value;
      // Of a 余 rectified count (120 − `百余`) fewer are left than the difference, maybe none: no figure, `部分` (said below;
      // new-user test 54, D20: never `约20处`).
      const approx = k.rectified.approx === "over" ? "over" : k.rectified.approx ? "about" : k.figure.approx;
      // The found figure is said in 万 as countDigits says it: typed so, of whole thousands, or from 100,000.
      const f = k.figure.value;
      const foundInWan = f % 100 === 0 && (f >= 100000 || (f >= 10000 && (k.figure.wan || f % 1000 === 0)));
      const wan = foundInWan && value >= 10000 && value % 100 !== 0;
      return { ...k.figure, value: wan ? Math.round(value / 100) * 100 : value, approx: wan ? approx ?? "about" : approx, ...(wan ? { wan: true as const } : {}), sources: [...k.figure.sources, ...k.rectified.sources] };
    };
    // One problem counted in several words (a roll-up of units typing 处, 起, 宗) is named once:
    // `占道经营50处、50起、50宗中尚有2处、2起、2宗未整改到位` (new-user test 21, D10).
    // Conduct (闯红灯, 不戴头盔, 不文明行为) counted in cases (起) is 纠正-ed one by one, never 整改-ed like a place: what is left is 未处理到位
    // (new-user test 22, D3).
    // A 移风易俗 problem (高额彩礼) is 劝导纠正-ed, as 道德建设 says it: what is left is 未纠正到位 (new-user test 36, D1).
    // A task (`旱厕改造`) is 完成-d, never 整改-ed (new-user test 37, D13); a dispute is 化解-d (D22).
    const undone = (k: (typeof open)[number]): string => (isTask(k) ? "未完成" : isComplaint(k) ? "未办结" : isDispute(k) ? "未化解" : isMoresProblem(k, facts.profile.unitType) ? "未纠正到位" : (problemAction(k).verb === "纠正" && /^(?:起|宗|例|人次)$/u.test(k.figure.unit)) || isIllegalTrade(k) ? "未处理到位" : problemAction(k).verb === "取缔" ? "未取缔" : "未整改到位");
    // What is left of a 余 found count (`三十余` − 28) has no figure: `尚有部分未整改到位`, never `尚有2处以上` — a lower bound
    // that reads as a count nobody typed (new-user test 51, D11). An `about` rest keeps its 约 (restForm below).
    const said = (x: SentenceBuilder, left: Figure): SentenceBuilder => (left.approx === "over" ? x.text("部分").from(...left.sources) : x.fig(left));
    const names = shown.map(nameOf);
    const grouped = names.length > 1 && new Set(names).size === 1 && shown.every((k) => k.rectified.value > 0);
    if (grouped) {
      b.text(names[0]);
      shown.forEach((k, i) => b.text(i ? "、" : "").fig(k.figure).from(...k.rectified.sources));
      b.text("中尚有");
      if (shown.some((k) => leftOf(k).approx === "over")) said(b, leftOf(shown[0])).from(...shown.slice(1).flatMap((k) => leftOf(k).sources));
      else shown.forEach((k, i) => b.text(i ? "、" : "").fig(leftOf(k)));
      b.text(undone(shown[0]));
    }
    // Several with none rectified, in one measure word and one verb, are one clause (new-user test 24, D10: not
    // `占道经营1处尚未整改到位，自行车乱停放1处尚未整改到位`): `占道经营、自行车乱停放问题各1处尚未整改到位`,
    // `流动摊点12处、卫生死角5处均未整改到位`.
    const untouched = shown.filter((k) => !k.rectified.value);
    const together = !grouped && untouched.length > 1 && new Set(untouched.map((k) => `${k.figure.unit}|${undone(k)}`)).size === 1 && new Set(untouched.map(nameOf)).size === untouched.length;
    const apart = together ? shown.filter((k) => k.rectified.value) : shown;
    if (together) {
      const same = untouched.every((k) => k.figure.value === untouched[0].figure.value && k.figure.approx === untouched[0].figure.approx);
      const last = undone(untouched[0]);
      if (same) {
        b.text(`${untouched.map((k) => nameOf(k).replace(/问题$/u, "")).join("、")}问题各`).fig(untouched[0].figure).text(`${untouched[0].figure.value > 1 ? "均" : "尚"}${last}`);
        b.from(...untouched.slice(1).flatMap((k) => k.figure.sources), ...untouched.flatMap((k) => k.rectified.sources));
      } else {
        untouched.forEach((k, i) => b.text(i ? "、" : "").text(nameOf(k)).fig(k.figure).from(...k.rectified.sources));
        b.text(`均${last}`);
      }
    }
    // A few left of an `about` count is no figure to print (`约40处中尚有约2处`, new-user test 25, D3): what was done,
    // and the rest. Many left keep theirs (`约40处中尚有约20处`).
    const restForm = (k: (typeof open)[number]): boolean => {
      const left = leftOf(k);
      return !!k.rectified.value && (((left.approx === "about" || left.approx === "nearly") && !k.rectified.approx && left.value < 10) || left.value <= 0);
    };
    // A clause with a comma of its own (`……已整改100处，其余尚未整改到位`) comes last, after the kinds whose remainder is
    // a figure, so its `其余` closes the list (new-user test 28, D7); the clauses are joined by `，`, never `；`: the item is
    // one of `一是……；二是……` (new-user test 32, D2).
    const sep = "，";
    // Three or more kinds each partly rectified, in one measure word, exact, are one total with its parts, the most left
    // first (new-user test 28, D11): `尚有1010处问题未整改到位，其中乱张贴1000处、电动车乱停放6处……`, never four
    // `……中尚有……未整改到位` in a row.
    const summed = !grouped && !together && open.length >= 3 && new Set(open.map(nameOf)).size === open.length
      && new Set(open.map((k) => `${k.figure.unit}|${undone(k)}`)).size === 1
      && open.every((k) => k.rectified.value > 0 && !restForm(k) && !leftOf(k).approx);
    if (summed) {
      const lefts = open.map(leftOf);
      const total: Figure = { value: lefts.reduce((n, f) => n + f.value, 0), unit: open[0].figure.unit, kind: open[0].figure.kind, sources: lefts.flatMap((f) => f.sources) };
      const most = open.map((k, i) => ({ k, left: lefts[i] })).sort((a, z) => z.left.value - a.left.value).slice(0, MAX_ITEMS);
      b.text("尚有").fig(total).text(`问题${undone(open[0])}，其中`);
      most.forEach(({ k, left }, i) => b.text(i ? "、" : "").text(nameOf(k)).fig(left));
      if (open.length > most.length) b.text("等");
      out.push(b.text("，需持续跟进").build());
    }
    // Several kinds with a figure left beside a rest form say their figures in one clause, as the summed form does:
    // `乱张贴尚有3处、不文明养犬问题2处未整改到位，卫生死角约40处中已整改38处，其余尚未整改到位` (new-user test 32, D2).
    const rests = apart.filter(restForm);
    const figured = apart.filter((k) => !restForm(k));
    const merged = !grouped && !summed && rests.length > 0 && figured.length > 1
      && figured.every((k) => k.rectified.value > 0) && new Set(figured.map(undone)).size === 1;
    if (merged) {
      if (together) b.text(sep);
      figured.forEach((k, i) => said(b.text(i ? "、" : "").text(nameOf(k)).text(i ? "" : "尚有"), leftOf(k)));
      b.text(undone(figured[0]));
    }
    if (!grouped && !summed) (merged ? rests : [...figured, ...rests]).forEach((k, j) => {
      const i = together || merged ? j + 1 : j;
      const left = leftOf(k);
      // None rectified: `流动摊点12处均未整改到位`, one: `……1处尚未整改到位` — never a comma of its own (new-user test 6, D5).
      if (restForm(k)) {
        b.text(i ? sep : "").text(nameOf(k)).fig(k.figure).text(`中已${undone(k) === "未处理到位" ? "处理" : "整改"}`).fig(k.rectified).text(`，其余尚${undone(k)}`);
        return;
      }
      // Of a task part done, what is left of it: `旱厕改造尚有2户未完成` (new-user test 37, D13).
      if (isTask(k) && k.rectified.value) {
        said(b.text(i ? sep : "").text(nameOf(k)).text("尚有"), left).text(undone(k)).from(...k.figure.sources);
        return;
      }
      // A kind counted by its place says the places left: `尚有5间宿舍违规使用大功率电器问题未整改到位` (review run 31, AU,
      // t58-college item 2).
      const place = placeCounted(k);
      if (place && k.rectified.value && !left.approx) {
        b.text(i ? sep : "").text("尚有").fig(left).text(`${place.place}${place.problem}${undone(k)}`).from(...k.figure.sources);
        return;
      }
      // The one open row a bare 其他 (`其他问题`, its 备注 naming nothing) beside named kinds: no thing to name, what is left
      // is of the problems found — `尚有1处问题未整改到位`, never `其他问题3处中尚有1处` (new-user test 61, D8).
      if (open.length === 1 && nameOf(k) === "其他问题") {
        said(b.text("尚有"), k.rectified.value ? left : { ...k.figure, sources: [...k.figure.sources, ...left.sources] }).text(`问题${undone(k)}`).from(...k.rectified.sources);
        return;
      }
      b.text(i ? sep : "").text(nameOf(k)).fig(k.figure).text(k.rectified.value ? "中尚有" : `${k.figure.value > 1 ? "均" : "尚"}${undone(k)}`).from(...k.rectified.sources);
      if (k.rectified.value) said(b, left).text(undone(k));
      else b.from(...left.sources);
    });
    if (!summed && open.length > shown.length) b.text("等").from(...open.slice(MAX_ITEMS).flatMap((k) => k.figure.sources));
    if (!summed) out.push(b.text("，需持续跟进").build());
  }
  // v1.2: what is still open of the problems carried from the previous period (issue #17).
  const carriedOpen = r.carried?.open ?? [];
  if (carriedOpen.length) {
    // Some rectified: `上期遗留问题尚有3处未整改到位`; none: `上期遗留问题5处均未整改到位`.
    const some = !!r.carried?.rectified.some((f) => f.value > 0);
    // Counts in several measure words are said with what they count, as carriedByKind does above: `上期遗留的楼道堆物8处、
    // 卫生死角2个均未整改到位`, never `上期遗留问题8处、2个` (new-user test 52, D18). More than two kinds: the first and 等.
    const openKinds = r.carried?.openKinds ?? [];
    const named = openKinds.length === carriedOpen.length && openKinds.every((k) => k.length > 0 && k.every(Boolean));
    // One measure word: the open problems named by their kind before the count, as this period's are (`上期遗留的就诊秩序混乱、
    // 插队问题尚有1件未整改到位`, never `上期遗留问题尚有1件`: run 33, reviewer AW, 材料2 item 4).
    const oneNamed = named && carriedOpen.length === 1;
    const conduct = oneNamed && openKinds[0].every((n) => isConductName(n, carriedOpen[0].unit));
    const b = new SentenceBuilder().text(oneNamed ? `上期遗留的${carriedKindsNoun(openKinds[0], conduct)}${some ? "尚有" : ""}` : named ? "上期遗留的" : some ? "上期遗留问题尚有" : "上期遗留问题");
    carriedOpen.forEach((f, i) => {
      if (oneNamed) b.fig(f);
      else if (named) b.text(`${i ? "、" : ""}${kindsNamed(openKinds[i])}${some && !i ? "尚有" : ""}`).fig(f);
      else b.text(i ? "、" : "").fig(f);
    });
    // Not `需持续跟进` again after this period's open problems (new-user test 7): last period's are overdue.
    // After the open kinds (ours, or one the unit's own 不足 row tells: openNamedByUnit), `需持续跟进` is said once.
    // Disputes open are `化解工作仍需加快`, never 整改进度 (new-user test 67, D6).
    const disputes = oneNamed && allDisputes(openKinds[0]);
    const follow = open.length || found.some((k) => openNamedByUnit(facts, k)) ? (disputes ? "化解工作仍需加快" : "整改进度仍需加快") : "需持续跟进";
    // 均 needs more than one: `上期遗留问题1处尚未整改到位` (new-user test 21, D15).
    const all = carriedOpen.length > 1 || carriedOpen[0].value > 1 ? "均" : "尚";
    // Conduct still open is 未处理到位, disputes 未化解, as this period's are.
    const undoneWord = conduct ? "未处理到位" : disputes ? "未化解" : "未整改到位";
    out.push(b.text(some ? `${undoneWord}，${follow}` : `${all}${undoneWord}，${follow}`).build());
  }
  // A low registration rate (注册人数 over 常住人口, computed by us) joins shortfalls the unit has
  // (problems still open, its own 存在不足 rows); alone it would make a 存在的不足 of our inference
  // only (reviews run 9: "自算比率当成问题，依据不足").
  // A registration rate is a 辖区's measure (residents registered): no shortcoming of a school, company or
  // bureau whose 常住人口 is the area it serves (new-user test 14, D5).
  const falls = materialFalls(options.comparison);
  // A registration rate that is low and fell is one item: `志愿者注册率为3.2%，较上年下半年下降2.2个百分点，……` (new-user test 26, D9).
  const rateFall = falls.includes("volunteerRate") ? comparisonSentence(options.comparison, undefined, "fall", "volunteerRate") : undefined;
  const rateChange = rateFall ? stripEnd(rateFall.text).replace(/^志愿者注册率/u, "") : "";
  const registered = unitRegistered(facts.volunteers);
  const low = ["社区", "村", "街道", "乡镇"].includes(facts.profile.unitType) ? lowRegistrationSentence("", registered.members, registered.rate, facts.volunteers.registeredTotal ? "" : rateChange) : undefined;
  // Not the same stock sentence in every unit's summary (new-user test 26, D31): it joins shortfalls the data shows, and
  // is left to the unit when it wrote its own 存在不足 rows without any from the data, or rows about its volunteers.
  const ownRows = facts.texts.filter((t) => t.kind === "存在不足");
  const lowTold = !!low && (out.length > 0 || found.length > 0) && !ownRows.some((t) => VOLUNTEER_SCALE.test(t.content));
  if (low && lowTold) {
    out.push(low);
    inferred.push({ kind: "lowRate", text: low.text, sources: low.sources, ...(registered.rate ? { rate: registered.rate } : {}), ...(registered.members ? { members: registered.members } : {}) });
  }
  // Each fall is an item of its own (`四是开展各类活动较上半年减少21场，下降91.3%；五是总整改率较上半年下降4.8个百分点`),
  // never two unrelated shortfalls in one clause (new-user test 22, D13); only the material ones, at most two (new-user
  // test 26, D9: never `宣传投入较上年下半年减少1.3万元` or `开展各类活动减少1场，下降25%`).
  for (const id of falls) {
    if (id === "volunteerRate" && lowTold) continue;
    const fell = comparisonSentence(options.comparison, undefined, "fall", id);
    // A fall is a shortfall said as one (`……下降75%，活动开展的经常性还需加强`), never a bare statistic as the only 不足
    // (new-user test 28, addendum to D9).
    if (!fell) continue;
    const item = { text: `${stripEnd(fell.text)}${FALL_GAPS[id] ? `，${FALL_GAPS[id]}` : ""}`, sources: fell.sources };
    out.push(item);
    const change = options.comparison?.changes.find((c) => c.id === id);
    inferred.push({ kind: "fall", text: item.text, sources: item.sources, ...(change ? { change } : {}) });
  }
  return { sentences: out, inferred };
}

/** What a material fall of an indicator says is lacking (materialFalls; new-user test 28, addendum to D9). */
const FALL_GAPS: Readonly<Record<string, string>> = {
  activities: "活动开展的经常性还需加强",
  moralLectures: "开展频次有待提高",
  volunteerHours: "志愿服务常态化水平还需提升",
  volunteerMembers: "志愿者队伍建设还需加强",
  honourPeople: "典型选树工作还需加强",
  problemsRectified: "整改力度还需加大",
  rectificationRate: "整改力度还需加大",
};

/**
 * Last period's plan and its 落实情况 as one statement, in the user's words (strings, end punctuation dropped):
 * - the 落实情况 alone when it restates the plan (`完成剩余2个老旧小区改造` and `已完成剩余2个老旧小区改造，惠及居民320户`:
 *   never both back to back; new-user test 29, D6);
 * - else the plan framed as the plan, quoted as typed, and the result as this period's:
 *   `针对上期提出的“深化网格化管理，推进文明楼院全覆盖”，本期网格化管理实现全覆盖，评出文明楼院10个` — never the two
 *   glued into one run of clauses that reads as if the plan were an achievement (new-user test 34, D5). A 落实情况 that
 *   names its own time (`本期`, `今年`, `上半年`, `目前`) takes no 本期 before it.
 */
export function planOutcome(plan: string, progress: string): string {
  const said = stripEnd(progress);
  const planned = stripEnd(plan);
  if (!planned) return unquotedPlanOutcome(said);
  const core = planned.replace(/^(?:继续|进一步|加快|全力|着力|扎实|全面)?(?:完成|推进|推动|开展|做好|落实|抓好|实施)?/u, "");
  if (core.length >= 4 && said.includes(core)) return said;
  const short = shortOfPlan(planned, said);
  if (short !== undefined) return short;
  // A date or month opening the 落实情况 (`9月完成……`, `2025年9月`, `10月底前`) names its time too: never `本期9月` (new-user
  // test 45, D15).
  const timed = /^(?:本期|本年|本月|今年|全年|年内|上半年|下半年|第[一二三四]季度|目前|截至|截止|至今|期间|(?:\d{4}年)?\d{1,2}月|[一二三四五六七八九十]{1,2}月)/u.test(said);
  // Quotes inside the quoted plan are single (`“开展‘最美庭院’第二轮评选”`), never “…“…”…” (GB/T 15834).
  const quoted = planned.replace(/^[“"]|[”"]$/gu, "").replace(/“([^“”]*)”/gu, "‘$1’");
  // `已评出……` says its time already (done, in the period reported): never `本期已评出` (new-user test 47, D12).
  return `针对上期提出的“${quoted}”，${timed || /^(?:已|已经|均已)/u.test(said) ? "" : "本期"}${said}`;
}

/** The verbs a plan opens with (`完成老旧管网改造2公里`), said again before the figure achieved (`实际完成1.5公里`). */
const PLAN_VERB = /^(?:继续|进一步|全力|着力|扎实|全面)?(完成|推进|开展|实施|新建|建成|改造|新增|发放|培训|组织|举办|招募)/u;

/**
 * A plan of a figure (`完成老旧管网改造2公里`) whose 落实情况 repeats its words with another figure of the same unit
 * (`已完成老旧管网改造1.5公里`, `本期完成……`): the plan as the plan and the figure achieved, the words said once —
 * `上期计划完成老旧管网改造2公里，实际完成1.5公里` (run 32, reviewer AV, 材料5 item 6: never `针对上期提出的“完成老旧管网改造
 * 2公里”，已完成老旧管网改造1.5公里`). What follows the figure in the 落实情况 (`，惠及居民320户`) follows it. Undefined otherwise.
 */
function shortOfPlan(planned: string, said: string): string | undefined {
  const plan = /^([^\d，,；;。]+?)(\d+(?:\.\d+)?)([^\d，,；;。]{1,4})$/u.exec(planned);
  const verb = plan && PLAN_VERB.exec(plan[1]);
  if (!plan || !verb) return undefined;
  const done = said.replace(/^(?:本期|目前)?(?:已经|已|均已)?/u, "");
  if (!done.startsWith(plan[1])) return undefined;
  const got = /^(\d+(?:\.\d+)?)([^\d，,；;。]{1,4}?)(?=$|[，,；;])/u.exec(done.slice(plan[1].length));
  if (!got || got[2] !== plan[3] || got[1] === plan[2]) return undefined;
  const rest = done.slice(plan[1].length + got[0].length);
  return `上期计划${planned}，实际${verb[1]}${got[1]}${got[2]}${rest}`;
}

/**
 * The 落实情况 of a 上期打算 whose plan is not printed (typed in spoken words, left out: facts/remark spokenSentences), under
 * the heading 落实上期工作打算 (strings, end punctuation dropped). A bare `已完成` (`已全部完成`, `已按计划落实`) opening it
 * refers to the plan: it takes the work its next clause names (`已完成，人居环境整治已开展，顺利迎接了市里检查` →
 * `上期部署的人居环境整治工作已完成，顺利迎接了市里检查`), else `上期部署的工作已完成，…`; any other 落实情况 is told as
 * typed. Source: new-user test 49, D11.
 */
function unquotedPlanOutcome(said: string): string {
  const done = /^(?:均|都)?已(?:经)?(?:全部|按计划|如期|按期|基本)?(完成|落实)[，,；;]?/u.exec(said);
  if (!done) return said;
  const rest = said.slice(done[0].length).replace(/^[，,；;\s]+/u, "");
  // `人居环境整治已开展`: the work and a verb of its doing, said once as `人居环境整治工作已完成`.
  const work = /^([\p{Script=Han}“”‘’]{2,16}?)(?:工作)?(?:已|均已)(?:经)?(?:全部|全面|如期|按期)?(?:开展|完成|落实|实施|推进)(?:到位)?(?:[，,；;]|$)/u.exec(rest);
  const after = work ? rest.slice(work[0].length) : rest;
  return `上期部署的${work ? `${work[1]}工作` : "工作"}已${done[1]}${after ? `，${after}` : ""}`;
}

/** Heading of last period's plans with their 落实情况 (v1.2), after the body sections. */
const PLANS_HEADING = "落实上期工作打算";

/** Traceable summary: the document model plus the sections as built. */
export interface Summary {
  readonly document: DocumentModel;
  readonly sections: readonly Section[];
}

/**
 * Sections without the reach of the whole work (`覆盖家庭3.2万余户`, `惠及群众2万人次`) in 统筹推进其他 when the opening
 * says it: there it stood as a bare fragment after the last activity, as if of that one (new-user test 26, D20). A
 * point left with nothing, and a section left with no point, go with it.
 */
function withoutToldReach(sections: readonly Section[], head: readonly Sentence[]): Section[] {
  const told = new Set(head.flatMap((h) => h.sources));
  const reach = (x: Sentence): boolean => /^(?:覆盖|惠及|辐射|受益|服务)/u.test(x.text) && x.sources.length > 0 && x.sources.every((src) => told.has(src));
  return sections
    .map((sec) => (sec.id !== "other" ? sec : { ...sec, points: sec.points.map((pt) => ({ ...pt, sentences: pt.sentences.filter((x) => !reach(x)) })).filter((pt) => pt.sentences.length > 0) }))
    .filter((sec) => sec.points.length > 0);
}

/**
 * The body with a figure the opening states said once (new-user test 53, D9; test 52, D15): a body sentence whose first
 * clause is a clause of the opening word for word (`投入宣传经费约2.26万元`, `整治背街小巷42条`) and that goes on with
 * its detail loses that clause (`设置电子屏6块……`): the 导语 gives the headline figures, the section tells the detail. A
 * sentence that is that clause alone stays (the point would say nothing else). `lead`: the opening's sentences; `unitName`:
 * the subject the opening may put before its first figure.
 */
function withoutOpeningClauses(sections: readonly Section[], lead: readonly Sentence[], unitName = ""): Section[] {
  // The opening's subject before its first figure (`2025年第三季度，县文化馆投入宣传经费4500元`) is no part of the clause
  // the body repeats (new-user test 54, D12).
  const clauses = lead.flatMap((x) => x.text.split(/[，。；]/u));
  // Nor is the 共 that opens the opening's figures (`……为重点，共投入宣传经费1200元`: review run 34, AX 材料6 item 1).
  const said = new Set([...clauses, ...clauses.map((c) => (unitName && c.startsWith(unitName) ? c.slice(unitName.length) : c).replace(/^共(?=[\u4e00-\u9fff])/u, ""))].filter((c) => /\d/u.test(c)));
  if (!said.size) return [...sections];
  const trim = (x: Sentence): Sentence => {
    const at = x.text.indexOf("，");
    const rest = at > 0 ? x.text.slice(at + 1) : "";
    // A standing size the rest is done by (`现有注册志愿者12人，帮助司乘人员700余人次`) is the subject of what follows: it
    // stays, never a bare `帮助司乘人员700余人次。` (new-user test 61, D3).
    return at > 0 && said.has(x.text.slice(0, at)) && !x.text.startsWith("现有") && /[\u4e00-\u9fff]/u.test(rest.slice(0, 1)) ? { ...x, text: rest } : x;
  };
  // A point that is only one clause of the opening again (`三是设施配套。新建电动车充电桩60个。`) is folded into the point
  // before it, as a clause of its last sentence (new-user test 56, D16): the figure is said in the body once more, never as
  // a point of its own that says nothing else.
  const repeatOnly = (pt: Section["points"][number]): boolean => pt.sentences.length === 1 && /^[^，；。]+。$/u.test(pt.sentences[0].text) && said.has(pt.sentences[0].text.slice(0, -1));
  const fold = (points: Section["points"]): Section["points"] => points.reduce<Section["points"][number][]>((out, pt) => {
    const prev = out[out.length - 1];
    const last = prev?.sentences[prev.sentences.length - 1];
    // Never onto the problems' sentence (`……均已整改到位，更新校园文化长廊12块`: work of another kind; new-user test 39, D9).
    if (!prev || !last || !repeatOnly(pt) || !last.text.endsWith("。") || repeatOnly(prev) || /整改|办结|排查|发现/u.test(last.text)) return [...out, pt];
    const joined = { text: `${last.text.slice(0, -1)}，${pt.sentences[0].text}`, sources: [...last.sources, ...pt.sentences[0].sources] };
    return [...out.slice(0, -1), { ...prev, sentences: [...prev.sentences.slice(0, -1), joined] }];
  }, []);
  return sections.map((sec) => ({ ...sec, points: fold(sec.points.map((pt) => ({ ...pt, sentences: pt.sentences.map(trim) }))) }));
}

/**
 * Builds the summary document from facts (narrative spec "Structure" and "Figures in the text").
 * @example composeSummary(facts, standardV1, { includeNames: false, today: 45141 }).document.title
 */
export function composeSummary(typed: Facts, catalog: Catalog, options: SummaryOptions): Summary {
  // A 单位类型 that could not be read (`高校`, blank; errors overridden) is judged from the name, else 其他:
  // never the 社区 voice for a college (new-user test 8, D11).
  const unitType = (Enums.unitType as readonly string[]).includes(typed.profile.unitType) ? typed.profile.unitType : (unitTypeOfName(typed.profile.unitName) ?? "其他");
  const given: Facts = unitType === typed.profile.unitType ? typed : { ...typed, profile: { ...typed.profile, unitType } };
  // Standing rows carried by 开始下一期 (v1.2) stand; they are not this period's work (issue #17). A carried
  // 领导小组 or 工作机制 is told as going on (`继续发挥……统筹作用`, `继续落实……`): every 工作总结 has its
  // 组织领导 part (new-user test 12, D8); a carried 共建单位 goes on as well (`继续与12家辖区单位结对共建`, new-user test 27, D8).
  const goesOn = (i: Facts["organization"][number]): boolean => !i.carried || i.kind === "领导小组" || i.kind === "工作机制" || i.kind === "共建单位";
  const standing: Facts = given.organization.every(goesOn) ? given : { ...given, organization: given.organization.filter(goesOn) };
  // A 其他指标 row that repeats a 志愿服务 total (`注册志愿者服务时长`) is told by the ledger's, never beside it with
  // another figure (new-user test 28, D2; the check's `figure.repeats-ledger`).
  const repeated = (f: Facts["figures"][number]): boolean => {
    const of = ledgerFigureOf(f.name);
    return !!of && !!standing.volunteers[of.column];
  };
  const facts: Facts = standing.figures.some(repeated) ? { ...standing, figures: standing.figures.filter((f) => !repeated(f)) } : standing;
  // Problems on the unit's own premises (`院内吸烟`) are no 包保 of a street (own reading, 2026-12-05).
  const premises = [
    ...facts.rectification.byKind.flatMap((k) => [k.remark?.detail ?? "", ...(k.remark?.places ?? []), ...k.details]),
    ...facts.activities.filter((g) => g.kind === "环境整治").flatMap((g) => g.items.flatMap((i) => [i.name, i.place ?? ""])),
  ].filter(Boolean);
  const foundHow = [...premises, ...facts.rectification.byKind.map((k) => k.category), ...facts.organization.map((i) => i.content)];
  // A bureau's 送文化下乡 and 5000人次 at its 春节文艺演出 are 文化惠民, never its staff's recreation (new-user test 32, D32).
  const culture = facts.activities.filter((g) => g.kind === "文体活动" || g.kind === "我们的节日").flatMap((g) => g.items.map((i) => ({
    text: [i.name, i.summary ?? "", i.place ?? ""].join("；"),
    turnout: i.participants && /^人(?:次)?$/u.test(i.participants.unit) ? i.participants.value : undefined,
  })));
  const cultureRows = facts.figures.filter((f) => f.sectionId === "culture").map((f) => `${f.name}${f.remark ?? ""}`);
  // A hospital's `窗口服务态度、排队秩序` problems are 窗口服务 work, never `包保整治` of its premises (new-user test 36, D8).
  // A hospital's `就诊秩序混乱` and a `秩序混乱` of its 营业厅 (its 责任单位) are its own service's too (new-user test 37, D6).
  const kinds = problemKindWords(facts.rectification.byKind);
  // A heading of the 群众 organised fits a section that tells them at work (new-user test 71, D9).
  const envWork = facts.activities.some((g) => g.kind === "环境整治" && g.items.length > 0);
  const typedProfile = withEnvironmentWork(withServiceWindow(withFoundHow(withOwnPremises(profileFor(facts.profile.unitType, facts.profile.unitName), facts.profile.unitName, premises), facts.profile.unitName, foundHow), facts.profile.unitName, kinds), envWork);
  const profile = campaignLeads(ruralTown(withPublicCulture(typedProfile, culture, cultureRows, facts.profile.population?.value), facts), facts);
  // A 其他 section of one short sentence has no heading of its own (new-user test 26, D6).
  const built = volunteerHonoursWithTeams(withoutToldReach(buildSections(facts, catalog, profile, options), headlines(facts)));
  const bodyOf = (ss: readonly Section[]): string => ss.flatMap((sec) => sec.points.flatMap((pt) => pt.sentences.map((x) => x.text))).join("");
  const folded = foldTinyOther(built);
  const first = opening(facts, options, bodyOf(folded.sections), folded.context);
  // A context figure the opening found no place for (a 导语 with its headline figures) is told in the body, never lost
  // (new-user test 41, D10).
  const placed = !folded.context || first.some((x) => x.sources.some((src) => folded.context?.sources.includes(src)));
  const unfolded = placed ? folded : foldTinyOther(built, false);
  // Unless the body too has no place for it but a section of one sentence (`七、统筹推进其他创建任务` after 我们的节日): the
  // opening tells it then, as before.
  // A figure kept out of 志愿服务 (foldTinyOther) is told in the body under its own heading, as any other 其他 section
  // (new-user test 45, D11: never `上半年共处理患者投诉46件` in the opening after the 导语's headline figures).
  const otherAt = unfolded.sections.findIndex((s) => s.id === "other");
  const otherAlone = otherAt > 0 && unfolded.sections.length > folded.sections.length && unfolded.sections[otherAt - 1].id !== "volunteering";
  const chosen = otherAlone ? folded : unfolded;
  const body = bodyOf(chosen.sections);
  const lead = placed ? first : otherAlone ? opening(facts, options, body, folded.context, true) : opening(facts, options, body);
  const closed = closingMeetingInOpening(withoutOpeningClauses(chosen.sections, lead, facts.profile.unitName), lead);
  const sections = closed.sections;
  const blocks: Block[] = [{ kind: "paragraph", runs: runs(closed.lead) }];
  let n = 0;
  const heading = (text: string): void => {
    n += 1;
    blocks.push({ kind: "heading", level: 1, text: `${chineseOrdinal(n)}、${text}` });
  };
  const withCells = (t: Sentence): Sentence => ({ ...t, sources: [...new Set([...t.sources, ...cellsToldBy(facts, t)])] });
  const highlights = textsOf(facts, "工作亮点").map((t) => withoutRestatedWork(t, facts)).map(withCells);
  const named = facts.rectification.byKind.map((k) => openNamedByUnit(facts, k)).filter((x) => !!x);
  const ownShortcoming = (t: Sentence): Sentence => named.find((x) => x.row.source === t.sources[0])?.sentence ?? withCells(t);
  const shortcomings = [...textsOf(facts, "存在不足").map(ownShortcoming), ...dataShortcomings(facts, options)];
  const next = textsOf(facts, "下一步打算").map((t) => ({ ...t, text: withoutNextStepLead(t.text) }));
  const plans = facts.texts
    .filter((t) => t.kind === "上期打算" && t.progress)
    .map((t): Sentence => ({ text: planOutcome(t.content, t.progress ?? ""), sources: [t.source, ...(t.progressSource ? [t.progressSource] : [])] }))
    .map(withCells);
  // One section and nothing after it: a `一、` with no `二、` is no structure (reviews runs 9 and 10);
  // its points follow the opening as `一是……二是……`.
  const alone = sections.length === 1 && !highlights.length && !shortcomings.length && !next.length && !plans.length && sections[0].points.length > 1;
  for (const s of sections) {
    if (!alone) heading(s.heading);
    s.points.forEach((p, i) => blocks.push(pointParagraph(p, i, s.points.length === 1, s.intro)));
  }
  // v1.2: last period's plans, only those whose 落实情况 is filled, in the user's words (issue #17).
  if (plans.length) {
    heading(PLANS_HEADING);
    blocks.push(enumerated(plans));
  }
  if (highlights.length) {
    heading(profile.headings.highlights);
    blocks.push(enumerated(highlights));
  }
  if (shortcomings.length) {
    heading(profile.headings.shortcomings);
    blocks.push(enumerated(shortcomings));
  }
  if (next.length) {
    heading(profile.headings.nextSteps);
    blocks.push(enumerated(next));
  }
  const table = options.appendix ? appendixTable(facts, catalog, options.comparison) : undefined;
  if (table) blocks.push(table);
  const date = fullDateText(facts.profile.docDate ?? options.today);
  return {
    document: { title: summaryTitle(facts), blocks, signOff: { unit: facts.profile.unitName, date }, layout: gbLayout },
    sections,
  };
}

/**
 * A 下一步打算 row without the lead its heading already says (`下一步要继续加大执法巡查力度` → `继续加大执法巡查力度`; new-user
 * test 68, D11: never `一是下一步要……` under 下一步工作打算). A row that is nothing but the lead stays as typed.
 * @example withoutNextStepLead("下一步，我们将深化结对共建。") // "深化结对共建。"
 */
export function withoutNextStepLead(text: string): string {
  const rest = text.replace(/^(?:下一步|下步|下一阶段|下阶段)(?:工作中)?[，,]?(?:我们|我局|我单位|我社区|我村|我校|我院)?(?:还要|还将|要|将)?/u, "");
  return rest.length >= 4 ? rest : text;
}

/** Plain text of a document model (title, blocks, sign-off), paragraphs separated by newlines. */
export function documentText(doc: DocumentModel): string {
  const { body, appendix } = splitAppendix(doc.blocks);
  const lines = [doc.title, ""];
  const push = (b: Block): void => {
    if (b.kind === "heading") lines.push(b.text);
    else if (b.kind === "paragraph") lines.push(`\u3000\u3000${b.runs.map((r) => r.text).join("")}`);
    else lines.push(b.caption, ...[b.header, ...b.rows].map((r) => r.join("\t")));
  };
  body.forEach(push);
  lines.push("", doc.signOff.unit, doc.signOff.date);
  if (appendix.length) lines.push("");
  appendix.forEach(push);
  return `${lines.join("\n")}\n`;
}

export { joinList };
