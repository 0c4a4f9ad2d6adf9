/**
 * Activities in the text (narrative spec §3; issue #4 items 2–3): counts by 活动类型 with their
 * measure word (场, 道德讲堂 期), participants, a few named dated ones, and 我们的节日 by festival.
 * @module
 */
import { ACTIVITY_WORD, CLASS_NAME, CLASS_SESSION, MEETING_NAME, actionOf, drillCounted, DRILL_NAME, HOUSEHOLD_TURNOUT, isMeasureName, isPlaceholderActivityName, namesUnitItself, PROBLEM_FAMILIES, unitSelfChars, INSPECTING_AUTHORITY, WHOLE_COUNTY } from "../catalog";
import { figuresInDigits, isPlaceholderText, parseChineseNumeral, readNumber } from "../normalize";
import { ymdFromSerial } from "../normalize/date";
import { dayLedActivityName, orderDay, overAtItsScale, readsWritten, spacedClauses, sumOfFigures, whoLed, writtenMeeting, WRITTEN_PEOPLE, type ActivityGroup, type ActivityItem, type Figure, type HonourFacts, type RemarkReading, type Facts } from "../facts";
import type { Ctx, Point } from "./context";
import { dateText, joinList, listWithEtc, quoted, stripEnd } from "./phrase";
import { SentenceBuilder, type Sentence } from "./sentence";
import { pick, wording } from "./wording";
import { clausesOfItems, itemOf, mergeRows, spokenList, type Item } from "./weave";


/** `环境整治活动`, `文体活动`, `道德讲堂` (no doubled 活动; 道德讲堂 and 会议培训 are not "activities"). */
export function activityLabel(kind: string): string {
  if (kind === "其他") return "活动";
  return /活动$|讲堂$|培训$/u.test(kind) ? kind : `${kind}活动`;
}

/** `春节`, `中秋节` (a festival said with its 节 once). */
/** A festival as named in a sentence: `中秋节`; 除夕 (the eve) and 元旦 are no 节 (new-user test 47, D16: never `除夕节`). */
const festivalName = (f: string): string => (f.endsWith("节") || /^(?:除夕|元旦)$/u.test(f) ? f : `${f}节`);

/** The verbs of a visit to households (`走访慰问`, `家访`), longest first. */
const VISIT = /^(.*?)(入户走访|走访慰问|看望慰问|上门慰问|入户慰问|走访|慰问|看望|探望|探访|家访|入户)(.*)$/u;

/**
 * Work done at the households visited (`宣传`, `宣讲`, `讲解`), where a visit's name would say who was visited. Guidance given
 * at the door (`垃圾分类入户指导`) is such work: `开展垃圾分类入户指导，覆盖150户`, never the verbless `垃圾分类入户指导150户`
 * (new-user test 67, D5).
 */
const VISIT_WORK = /^(?:宣传|宣讲|讲解|普及|发放|告知|指导)/u;

/** Work done at a household's door (`入户检修`, `上门理发`): what the visit did, not whom it visited. */
const DOOR_WORK = /^(?:检修|维修|修理|维护|安装|义诊|体检|巡诊|理发|保洁|排查|检查|巡检)$/u;

/** A name whose visit is followed by publicity (`垃圾分类入户宣传`, `入户宣讲`): the households are reached, not visited. */
const VISIT_WORK_AFTER = /(?:入户|上门|走访)(?:宣传|宣讲|讲解|普及|发放|告知|指导)/u;

/**
 * The households an activity's 参与数量 counts (单位 户 or 家; new-user test 32, D19), said after the work: `，走访45户`
 * for a visit, `，覆盖300户` for publicity handed out or explained, `，参评20户` for a 评比, `，惠及30户` otherwise — never `参与40户`, as if
 * households took part. `verb` is the word, empty when no figure is in households.
 */
export function householdVerb(unit: string, names: readonly string[]): string {
  if (!HOUSEHOLD_TURNOUT.has(unit)) return "";
  // Publicity taken from door to door (`垃圾分类入户宣传`) reaches the households: `，覆盖120户` (new-user test 38, D6).
  if (names.length && names.every((n) => VISIT_WORK_AFTER.test(stripEnd(n)))) return "覆盖";
  if (names.length && names.every((n) => VISIT.test(stripEnd(n)))) return "走访";
  if (names.length && names.every((n) => /宣传|发放|普及|宣讲|讲解|告知/u.test(n))) return "覆盖";
  // Households of a 评比 take part in it (`美丽庭院评比` 20 户 → `，参评20户`): nothing reaches them (new-user test 34, D3).
  if (names.length && names.every((n) => /(?:评比|评选)(?:活动)?$/u.test(stripEnd(n)))) return "参评";
  // Households or firms that sign, pledge or enrol take part (`商户文明经营承诺签名` 260 家 → `，260家商户参与`): nothing
  // reaches them; 惠及 is for help given (`春节送温暖`, `惠及20户`; new-user test 36, D12).
  if (names.length && names.every((n) => JOINED.test(n) && !/慰问|走访|送|帮扶|救助|资助|捐赠|义诊/u.test(n))) return "参与";
  return "惠及";
}

/** Words of an activity that households or firms join (`承诺签名`, `签约`, `报名`): they take part, nothing reaches them. */
const JOINED = /签名|签字|承诺|签约|签署|签订|报名|参加|参与|参赛|认领|加入/u;

/**
 * Who the households of an activity are, from its name (`商户文明经营承诺签名` → `商户`): 商户, 商家, 企业, 单位, 门店, 经营户,
 * 家庭 or 农户; empty when the name does not say (new-user test 36, D12).
 */
export function householdsWho(names: readonly string[]): string {
  const who = names.map((n) => /(?:个体工商户|经营户|个体户|商户|商家|企业|单位|门店|店铺|家庭|农户|住户)/u.exec(n)?.[0] ?? "");
  return who.length && who.every((w) => w && w === who[0]) ? who[0] : "";
}

/**
 * A visit counted in households whose name says who was visited (`中秋慰问独居老人` 40 户): the festival or season
 * before it, the visit and who (`结合中秋节走访慰问独居老人`), the figure to follow straight after
 * (`……独居老人40户`; new-user test 32, D19). Undefined for any other activity.
 */
function householdVisit(it: ActivityItem): string | undefined {
  if (!it.participants || !HOUSEHOLD_TURNOUT.has(it.participants.unit)) return undefined;
  const m = VISIT.exec(stripEnd(it.name ?? "").replace(/^开展/u, "").replace(/活动$/u, ""));
  if (!m || [...m[3]].length < 2 || /[“”《》：:·]/u.test(m[3])) return undefined;
  // After the visit comes who was visited, never the work done there: `垃圾分类入户宣传` 120 户 is publicity taken to
  // households (`开展垃圾分类入户宣传，覆盖120户`), never `垃圾分类入户宣传120户` without a verb (new-user test 38, D6).
  if (VISIT_WORK.test(m[3])) return undefined;
  // Work done from door to door (`入户检修`) with a 简要内容 that says for whom (`为孤寡老人检修水管`): the work as done, then
  // what was done for whom, the households straight after (`开展入户检修志愿服务，为孤寡老人检修水管40余户`), never the
  // 简要内容 lost (new-user test 60, D10).
  const forWhom = it.summary && /^为[\u4e00-\u9fff、]{4,24}$/u.test(stripEnd(it.summary)) ? stripEnd(it.summary) : undefined;
  if (!m[1] && forWhom && DOOR_WORK.test(m[3])) return `开展${m[2]}${m[3]}${it.kind === "志愿服务" ? "志愿服务" : ""}，${forWhom}`;
  // A visit of its own is 走访慰问; 看望 and 探望 stay as typed.
  const verb = m[2] === "慰问" ? "走访慰问" : m[2];
  const festival = /^(春节|元宵|清明|端午|七夕|中秋|重阳|腊八|除夕|国庆|元旦|春节前|中秋国庆)节?$/u.exec(m[1]);
  // The eve is a day, no occasion to 结合: `除夕之际走访慰问` (new-user test 47, D16: never `结合除夕节`).
  // A festival named by its date (`八一`, `七一`, `五四`, `三八`, `六一`) says the date again after it: left out on that day
  // (`8月1日走访慰问……`, never `8月1日八一走访慰问……`: run-29 review, 材料4 item 3).
  const dated = DATE_FESTIVAL.exec(m[1]);
  const day = it.date !== undefined ? ymdFromSerial(it.date) : undefined;
  const restated = !!dated && !!day && `${day.m}-${day.d}` === DATE_FESTIVAL_DAY[dated[1]];
  const before = festival ? (festival[1] === "除夕" ? "除夕之际" : `结合${festival[1].endsWith("前") ? `${festival[1].slice(0, -1)}节` : festivalName(festival[1])}`) : restated ? "" : m[1];
  // Staff counted in 户 are their families (`退役军人干警家庭12户`, never `干警12户`: 材料4 item 3).
  const family = STAFF_VISITED.test(m[3]) && it.participants.unit === "户" ? "家庭" : "";
  // A visit named by an occasion the festivals above do not know (`中秋国庆双节慰问结对户`, `元旦春节两节慰问困难户`) is the
  // occasion's 慰问, then the visit: `开展中秋国庆双节慰问，走访慰问结对户12户`, never `在桂花社区中秋国庆双节走访慰问结对户`
  // glued to the place (new-user test 64, D5).
  if (!festival && !restated && m[2] === "慰问" && /^[\u4e00-\u9fff]{2,10}节$/u.test(m[1])) return `开展${m[1]}慰问，${verb}${m[3]}${family}`;
  return `${before}${verb}${m[3]}${family}`;
}

/** A festival named by its date (`八一`, `“七一”`, `三八节`), and the day (`8-1`) each one names. */
const DATE_FESTIVAL = /^[“"]?(八一|七一|五四|三八|六一|五一)[”"]?(?:节)?$/u;
const DATE_FESTIVAL_DAY: Readonly<Record<string, string>> = { 八一: "8-1", 七一: "7-1", 五四: "5-4", 三八: "3-8", 六一: "6-1", 五一: "5-1" };
/** Staff of a unit (`干警`, `职工`): visited in 户, they are their families. */
const STAFF_VISITED = /(?:干警|民警|辅警|警察|职工|员工|干部|教职工|医护人员)$/u;

/**
 * The label of a group after its count: the type's label, except 会议培训, said as what its rows
 * are (`2场培训` for 培训班 and 研修班, `3次会议`, else `会议和培训`), never `2场会议培训`.
 */
function groupLabel(g: ActivityGroup): string {
  if (g.kind === "其他" && g.items.length && g.items.every((i) => DRILL.test(stripEnd(i.name ?? "")))) return "应急演练";
  // A training typed 会议培训 and told with the publicity (`应急救护培训进校园`: build-facts PUBLIC_TRAINING) is still a
  // training: `组织开展2场宣传教育和培训活动`, never counted among `2场宣传教育活动` (new-user test 67, D11).
  const trainings = g.kind === "宣传教育" ? g.items.filter((i) => i.typedKind === "会议培训").length : 0;
  if (trainings) return trainings === g.items.length ? "培训活动" : "宣传教育和培训活动";
  if (g.kind !== "会议培训") return activityLabel(g.kind);
  const names = g.items.map((i) => stripEnd(i.name ?? ""));
  if (names.length && names.every((n) => /(?:培训|培训班|研修班|进修班|轮训班|学习班|训练营|讲座|课堂)$/u.test(n))) return "培训";
  if (names.length && names.every((n) => /(?:会议|会)$/u.test(n))) return "会议";
  return "会议和培训";
}

/** Who a ledger's unit is: its 单位类型, 单位名称 and 单位简称 (catalog namesUnitItself). */
export type UnitSelf = Parameters<typeof namesUnitItself>[1];
/**
 * The unit as an activity's 主办或协办单位 is read against: who it is (UnitSelf), its 上级指导单位 (`guide`) and the 队伍名称
 * of its own 志愿服务 teams (`teams`: review run 31, AU 材料2 item 4 — its own team is 组织-ed, never 联合-ed).
 */
type ActingUnit = UnitSelf & { readonly guide?: string; readonly teams?: readonly string[] };

/** The ActingUnit of a ledger's facts: its profile and its own teams' names (partners' teams left out). */
function actingUnit(facts: { readonly profile: UnitSelf & { readonly guide?: string }; readonly volunteers: { readonly teamDetails: readonly { readonly name: string; readonly partner?: boolean }[] } }): ActingUnit {
  // A partner's team (`城关二小红领巾志愿服务队`: build-facts partnerTeam) is no team of the unit's own.
  return { ...facts.profile, teams: facts.volunteers.teamDetails.filter((t) => !t.partner).map((t) => t.name) };
}

/**
 * The unit's own 志愿服务 team a 主办或协办单位 names, by its 队伍名称 as typed in 志愿服务: the name itself, or its shortening —
 * the name's end, the place or unit before it cut (`党员志愿服务队` for `幸福里党员志愿服务队`), a team's word (…队) that ends
 * one team's name only. Said by its full name, `组织幸福里党员志愿服务队在……开展`, never `联合党员志愿服务队` (review run 33,
 * AW 材料10 item 3). Undefined for a body that is no team of the unit's.
 */
function ownTeamNamed(host: string, teams: readonly string[] | undefined): string | undefined {
  const h = host.trim();
  const named = teams?.map((t) => t.trim()).filter(Boolean) ?? [];
  if (named.includes(h)) return h;
  if (h.length < 4 || !/队$/u.test(h)) return undefined;
  const ending = named.filter((t) => t.length > h.length && t.endsWith(h));
  return ending.length === 1 ? ending[0] : undefined;
}

/**
 * The partners a 主办或协办单位 names, the unit itself left out (`社区、物业` → `物业`, `村委会` → ""): the bodies as typed,
 * split at 、，,/ and 和 or 及, then joined with 、 again; the cell as typed when it names no list (new-user test 40, D1).
 */
function partnersOf(host: string, self: UnitSelf | undefined): string {
  const parts = host.split(/[、，,/／;；]|(?<=[\u4e00-\u9fff]{2})(?:和|及|与)(?=[\u4e00-\u9fff]{2})/u).map((p) => p.trim()).filter(Boolean);
  if (!self || parts.length < 2) return host;
  const others = parts.filter((p) => !namesUnitItself(p, self));
  return others.length === parts.length ? host : others.join("、");
}

/** An evaluation after an event's name in 简要内容 (`满意度高`, `反响良好`): self-praise, never told. */
const EVALUATION = /^(?:满意度|满意率|反响|效果|评价|好评|参与度|积极性)[\u4e00-\u9fff]{0,4}$|^(?:家长|群众|居民|师生)?(?:满意|好评|点赞)[\u4e00-\u9fff]{0,3}$/u;

/**
 * The event a 简要内容 names in its first clause (`课后服务家长会，满意度高` → `课后服务家长会`), for a row whose 活动名称 is a
 * placeholder (catalog isPlaceholderActivityName): a name of 4 to 16 characters that ends as an event does (ACTIVITY_WORD:
 * `……会`, `……活动`, `……讲座`) and reads as one (isTopic: never `开了个会`), with what follows as its 简要内容 (an evaluation left out); undefined otherwise.
 */
function eventOfSummary(summary: string | undefined): { name: string; rest?: string } | undefined {
  if (!summary) return undefined;
  // A space between two clauses separates them as ， does (`消防演练 全园师生参加`: new-user test 42, D8).
  const [typed, ...others] = stripEnd(summary).split(/[，,；;。]/u).flatMap(spacedClauses).map((c) => c.trim());
  // A meeting in spoken words (`同楼栋长开会`) is told as written: `召开楼栋长会议` (facts writtenMeeting; new-user test 40-y, D4).
  const first = typed ? writtenMeeting(typed) ?? typed : typed;
  // A spoken clause (`开了个会`) names no event (isTopic: new-user test 39, D4).
  // A meeting (`楼栋长会议`) and an event noun (`老年大学书法班结业`, `舞蹈班开班`: EVENT_NOUN) name an event too (new-user test 40-y, D3/D4).
  if (!first || !/^[\u4e00-\u9fff“”]{4,16}$/u.test(first) || !(ACTIVITY_WORD.test(first) || MEETING_NAME.test(first) || EVENT_NOUN.test(first)) || !isTopic(first)) return undefined;
  const rest = others.filter((c) => c && !EVALUATION.test(c)).join("，");
  return rest ? { name: first, rest } : { name: first };
}

/**
 * Nouns that end the name of an event held, not in ACTIVITY_WORD (`老年大学书法班结业`, `少儿舞蹈班开班`, `毕业典礼`,
 * `书画展演`, `邻里座谈`, `消防演练`): a placeholder row whose 简要内容 opens with one is told as that event (new-user test 40-y,
 * D3; 演练: new-user test 42, D8).
 */
const EVENT_NOUN = /(?:结业|开班|开学|毕业|典礼|座谈|展演|展览|汇演|联欢|比赛|竞赛|演练)$/u;

/** A body of the unit itself (`学院团委`, `公司工会`): it acts, it is not a partner. */
// A 科 or 处 of no outside body (`宣传科`, `健康管理科`, `保卫处`; not `区卫健局疾控科`), 院办 and 党办 are the
// unit's own (new-user test 15: `联合心内科`); a school's 少先队大队部 too (new-user test 62, D16: never `联合大队部`).
const INTERNAL_BODY = /^(?:学院|学校|本校|公司|本局|医院|集团|机关)?(?:团委|工会|党委|党总支|团总支|团支部|妇委会|学生会|后勤处|办公室|宣传部|(?:少先队)?大队部|少先队(?:大队)?|[\u4e00-\u9fff]{1,4}系|院办|党办|党政办|(?:(?![局委府街社镇村])[\u4e00-\u9fff]){1,5}[科处])$/u;
/** The unit's own bodies that are said with its one-character word when typed bare (`团委` of a 学院 → `院团委`). */
const BARE_OWN_BODY = /^(?:团委|团总支|工会|党委|党总支|机关党委|学生会|妇委会)$/u;

/**
 * The name by which a 主办或协办单位 that is a body of the unit itself is said (`学院团委`, `宣传科`; `院团委`, `校学生会`,
 * `局机关党委` after the unit's own one-character word, catalog unitSelfChars; a bare `团委` of a 学院 as `院团委`, so one
 * body has one name in a paragraph that also says `院团委`), or undefined when it is no body of the unit (a partner). Such a
 * body acts; it is never `联合`-ed (review run 31, AU 材料1 item 6: never `联合院团委`, never `团委` beside `院团委`).
 */
export function internalBodyName(host: string, unitName: string | undefined): string | undefined {
  const chars = unitName ? unitSelfChars(unitName) : [];
  const own = chars.find((c) => host.startsWith(c) && host.length > 2 && INTERNAL_BODY.test(host.slice(1)));
  if (own) return host;
  if (!INTERNAL_BODY.test(host)) return undefined;
  return chars.length && BARE_OWN_BODY.test(host) ? `${chars[0]}${host}` : host;
}

/** Words by which an activity's name already says its kind. */
const KIND_WORDS: Readonly<Record<string, RegExp>> = {
  关爱帮扶: /慰问|走访|探望|看望|送温暖|结对|爱心|帮扶|关爱/u,
  环境整治: /清扫|清理|清洁|大扫除|清整/u,
  文体活动: /演出|比赛|晚会|展演|运动会|联欢|文艺/u,
  宣传教育: /宣讲|宣誓|讲座|宣教|咨询|科普/u,
};

/**
 * Whether an activity's name says a visit or care given (`春节慰问住院患儿`, `重阳节走访孤寡老人`): the words of 关爱帮扶. A
 * festival's such activity keeps its own name and date in a roll-up, never counted as `春节“我们的节日”主题活动1场` (review run
 * 34, reviewer AX, 材料7 item 4).
 */
export function namesCare(name: string): boolean {
  return KIND_WORDS.关爱帮扶.test(name);
}

/** `“全民大清扫”活动`, `“爱国歌曲大家唱”文体活动`, `“礼仪知识竞赛”` (also a roll-up's one activity: combined/phrasing.ts). */
/** A festival's or day's bare name: `国庆`, `中秋节`, `春节`, `冬至` (group 1, without a closing 节 but 春节's), or `五一`, `八一` (group 2). */
const BARE_DAY = /^(?:(国庆|中秋|元旦|春节|元宵|清明|端午|七夕|重阳|腊八|冬至)节?|“?(五一|五四|六一|七一|八一|三八|十一)”?)$/u;

export function namedActivity(it: ActivityItem, withKind: boolean): string {
  const name = stripEnd(it.name);
  // A name that quotes a part of itself (`中秋“邻里团圆宴”`, `“八一”慰问武警安康支队`) is said as typed:
  // `中秋“邻里团圆宴”活动`, never quotes inside quotes (`“中秋‘邻里团圆宴’”`; new-user test 7, D12; review run 17).
  const title = /“[^”]+”/u.test(name) ? name : quoted(name);
  // `好人迎江主题实践` is a theme and its kind: `“好人迎江”主题实践活动`, never `开展“好人迎江主题实践”` (review run 19).
  const theme = /^([\u4e00-\u9fff]{2,10})(主题实践|主题教育|主题宣传|主题党日)$/u.exec(name);
  if (theme) return `${quoted(theme[1])}${theme[2]}活动`;
  // A festival's bare name as the 活动名称 (`国庆`, `中秋节`, `五一`) is the theme: `国庆节主题活动`, `“五一”主题活动`, never
  // `“国庆”活动` (new-user test 39, D21).
  const day = BARE_DAY.exec(name);
  if (day) return day[1] ? `${day[1]}${/^(?:春节|冬至|元旦)$/u.test(day[1]) ? "" : "节"}主题活动` : `“${day[2]}”主题活动`;
  if (ACTIVITY_WORD.test(name)) return title;
  // A lecture's topic (`道德讲堂：孝老爱亲` read as 孝老爱亲) is said as one: `“孝老爱亲”主题道德讲堂` (new-user test 7, D12).
  if (it.kind === "道德讲堂" && !/讲堂|讲座|课/u.test(name)) return `${title}主题道德讲堂`;
  const label = activityLabel(it.kind);
  // The name says the kind in its own words (`“八一”慰问武警安康支队` is 关爱帮扶): `……活动`, never
  // `慰问……关爱帮扶活动` (review run 18).
  // A study tour (`“红色足迹”研学`) names its kind too: `“红色足迹”研学活动`, never `……研学宣传教育活动` (new-user test 64, D5).
  const sharesWord = /(?:研学|游学)$/u.test(name) || [...it.kind].some((_, i) => i < it.kind.length - 1 && name.includes(it.kind.slice(i, i + 2))) || KIND_WORDS[it.kind]?.test(name) === true;
  // A festival's activity names its festival already (`“清明节文明祭扫宣传”活动`, `中秋“邻里团圆宴”活动`), never
  // `……”我们的节日活动` (new-user test 4, D5).
  // The bare type after a quoted name is never said either (`“冬至包饺子”我们的节日活动`: new-user test 26, D15).
  const festival = it.kind === "我们的节日";
  // A type the user did not choose is never said (`国庆邻里节` typed 我们的节日, told with 文体活动 by check's
  // activity.festival-not-traditional): `“国庆邻里节”活动`, as the 附表, 指标汇总 and 上期指标 count it under its typed type
  // (new-user test 57, D15; test 55 decided 活动场次 counts the typed 活动类型).
  const retyped = !!it.typedKind && it.typedKind !== it.kind;
  return `${title}${withKind && !sharesWord && !festival && !it.untyped && !retyped && /活动$/u.test(label) ? label : "活动"}`;
}

/**
 * Who a 简要内容 says took part (`居民代表参加`, `党员、志愿者参与`): `居民代表`; bodies typed alone (`辖区商户`: `商户`), else
 * undefined. Such a text is no content:
 * it is said with the figure (`35名居民代表参加`), never `以居民代表参加为主要内容` (new-user test 33, D5).
 */
export function attendeesOf(summary: string): string | undefined {
  const m = /^(?:组织|邀请|动员|带领|号召|发动|引导)?([\u4e00-\u9fff、和及]{2,16}?)(?:等)?(?:共同|积极)?(?:参加|参与|出席|列席)(?:会议|活动|本次活动)?$/u.exec(summary);
  if (m) return /(?:代表|党员|志愿者|居民|群众|村民|干部|职工|教职工|教师|学生|师生|家长|业主|商户|青年|妇女|老人|儿童|队员|委员|成员|网格员|楼栋长|单元长|党员群众)$/u.test(m[1]) ? m[1] : undefined;
  // Only the bodies that took part, without a verb (`辖区商户`, `沿街商家`): who they are, `辖区` said by the count
  // (`5家商户参加`: new-user test 42, D24).
  const bodies = /^(?:辖区|沿街|周边|社区|园区|市场)?((?:[\u4e00-\u9fff]{0,4}?)(?:商户|商家|经营户|门店|店铺|企业))(?:代表)?$/u.exec(summary);
  return bodies ? bodies[1] : undefined;
}

/** One-character doing words people open a 简要内容 with (`捡垃圾`, `劝返逆行车辆`, `帮商户分垃圾`): an action, no topic. */
const PLAIN_ACT = /^(?:捡|扫|清|拾|擦|劝|发|送|摆|帮|教|讲|唱|跳|画|写|读|测|量)[\u4e00-\u9fff]/u;

/**
 * A 简要内容 that says how much each part or each period had (`每班一节`, `每人一次`, `每周两次`, `每户一份`): the part (1), the
 * number (2) and a lesson's measure word (3: 节, 堂, 课) or another (4). New-user test 62, D6.
 */
const PER_PART = /^每(?:个)?([\u4e00-\u9fff]{1,3}?)(?:各)?(?:上|开展|发放|发)?([一二两三四五六七八九十\d]{1,3})(?:(节|堂|课)|(次|份|场|期|个|本|册|张|人|名))$/u;

/**
 * 简要内容 as a clause: as typed when it opens with an action, else `内容包括……` for a list, `围绕……` for a topic;
 * `以……为主要内容` only around a noun phrase (`以垃圾分类知识为主要内容`), never around a clause (new-user test 33, D5).
 */
/**
 * A 简要内容 that opens with the words the name opens with, before a work of its own (`入户发放倡议书` after `入户走访宣传创文
 * 知识`), without them: the name has said how it was done (`入户走访宣传创文知识，发放倡议书`, never `……，入户发放倡议书`:
 * new-user test 66, D11). The shared opening is two characters or more and ends where the summary's own verb begins.
 */
function withoutSharedOpening(name: string, summary: string): string {
  let n = 0;
  while (n < name.length && n < summary.length && name[n] === summary[n]) n += 1;
  const rest = summary.slice(n);
  const verb = n >= 2 && rest.length >= 3 ? actionOf(rest) : undefined;
  return verb && rest.startsWith(verb) ? rest : summary;
}

function summaryText(typed: string): string {
  // `给老人讲电信诈骗，装国家反诈APP`: said in written words, or left out (new-user test 39, D22).
  const summary = writtenSummary(typed);
  if (!summary) return "";
  // How much each part had (`每班一节`) is how it was done, never its content: said as manner where it is lessons given
  // (`各班各上一节`), else left out (`每人一次`, `每周两次`, `每户一份`): new-user test 62, D6.
  const perPart = PER_PART.exec(summary);
  if (perPart) return perPart[3] && !/^(?:周|月|天|日|年|季度|星期)$/u.test(perPart[1]) ? `各${perPart[1]}各上${perPart[2]}${perPart[3]}` : "";
  // Topics and the work done on them (`文明礼仪、垃圾分类知识培训`) are said verb first: `培训文明礼仪、垃圾分类知识`, never the
  // noun phrase hung after the name (new-user test 71, D3).
  const topicWork = /^([\u4e00-\u9fff“”]{2,10}(?:、[\u4e00-\u9fff“”]{2,10})+)(培训|宣讲|讲解)$/u.exec(summary);
  if (topicWork && !topicWork[1].split("、").some((x) => actionOf(x) || PLAIN_ACT.test(x))) return `${topicWork[2]}${topicWork[1]}`;
  const items = summary.replace(/等$/u, "").split("、");
  // Actions are said as done (`规范摩托车、非机动车停放`, `捡垃圾、劝返逆行车辆`): `内容包括` only before things (review run 9).
  // A doing for someone (`为老人包饺子、理发`) is an action too (new-user test 58, D18).
  const acts = items.some((x) => !!actionOf(x) || PLAIN_ACT.test(x) || /^为[\u4e00-\u9fff]{3,}/u.test(x));
  if (items.length > 1 && !acts && items.every((x) => x.length <= 6) && !/[，；]/u.test(summary)) return `内容包括${summary}`;
  if (items.length > 1 && acts) return spokenList(summary);
  // A plain doing word opens a clause, never a topic, and so does a group and what it did (`帮商户分垃圾`, `老党员讲党史`:
  // never `以老党员讲党史为主要内容`, new-user test 43, D2).
  if (actionOf(summary) || PLAIN_ACT.test(summary) || readsWritten(summary) || /^[为以通过围绕针对结合向对在带领邀请]/u.test(summary) || summary.length >= 10 || /[，；]/u.test(summary)) return summary;
  if (/参加|参与|出席|列席|组织|开展|进行|举行|召开|举办/u.test(summary)) return summary;
  // A note or colloquial words (`开了个会`, `期外活动`, `见附件`, `同上`) are no topic: left out (new-user test 39, D4/D11).
  if (!isTopic(summary)) return "";
  return `以${summary}为主要内容`;
}

/** People a spoken 简要内容 says the work was for (`给老人讲…`, `教老年人用…`), and how a written text names them. */
const SPOKEN_PEOPLE = "老人|老年人|老年客户|居民|群众|客户|顾客|村民|孩子|小朋友|学生|家长|游客|乘客|市民|职工|员工|大家|大伙儿?|老百姓";
const writtenPeople = (who: string): string => WRITTEN_PEOPLE[who] ?? who;

/**
 * A clause in spoken register: `给/帮/跟/教` and people before a bare verb (`给老人讲`, `帮居民弄`), a bare 弄 or 搞, or a
 * spoken word (了个, 一下, 啥, 咋, 挺, 蛮). Never quoted in a text handed in (new-user test 39, D22; `开了个会`: D4).
 */
// Also a verb with 了 and how long or how often (`清了一上午`, `跑了两趟`), a shared meal said so (`一起吃饭`, `各家出一个菜`),
// and a bare 讲 before what was told (`讲分类知识` unless writtenClause says it as 讲解; never `讲故事`, `讲文明`, `讲党课`):
// new-user test 40-y, D1.
const SPOKEN_CLAUSE = new RegExp(`^(?:给|帮|跟|教)(?:${SPOKEN_PEOPLE})们?(?:讲|装|弄|搞|用|说|聊|整)|^(?:弄|搞)|了个|一下(?!午)|[啥咋挺蛮]`
  + `|了(?:[一两半几整]|[二三四五六七八九十]+)个?(?:上午|下午|晚上|早上|白天|天|夜|小时|钟头|趟|遍|回|圈)`
  + `|(?:一起|一块儿?)吃(?:饭|顿)|吃(?:顿|个)饭|(?:出|带|做|拿|烧)(?:一|两|几)?个菜`
  + `|^讲(?!解|授|述|座|堂|话|评|课|师|故事|党课|文明|卫生|礼貌|诚信|道德|规矩|政治|奉献|好)`, "u");

/**
 * The written form of one spoken clause where it is plain (new-user test 39, D22): `给老人讲电信诈骗` → `为老年人讲解电信诈骗`,
 * `教老人用智能手机` → `指导老年人使用智能手机` (one thing used, no list), `装国家反诈APP` → `指导安装国家反诈APP`. Other
 * clauses as typed.
 */
function writtenClause(clause: string): string {
  const told = new RegExp(`^给(${SPOKEN_PEOPLE})们?讲(?:解)?([\u4e00-\u9fffA-Za-z]{2,12})$`, "u").exec(clause);
  if (told && !SPOKEN_CLAUSE.test(told[2])) return `为${writtenPeople(told[1])}讲解${told[2]}`;
  const app = new RegExp(`^(?:帮(${SPOKEN_PEOPLE})们?)?(?:下载)?(?:安装|装)(?:上|好)?([\u4e00-\u9fffA-Za-z]{0,10}(?:APP|App|app|软件|客户端|小程序))$`, "u").exec(clause);
  if (app) return `指导${app[1] ? writtenPeople(app[1]) : ""}安装${app[2]}`;
  // A bare 讲 before knowledge, a policy or cases told (`讲分类知识`) is 讲解 (new-user test 40-y, D1); never a written verb
  // that opens with 讲 (`讲解垃圾分类知识`, `讲授急救知识`: printed `讲解解…`, new-user test 46, D3).
  const explained = /^讲(?![解授述座堂话评课])([\u4e00-\u9fff]{0,8}(?:知识|政策|常识|要点|法规|案例|技巧|方法))$/u.exec(clause);
  if (explained) return `讲解${explained[1]}`;
  // A bare 发 or 捡 before what was handed out or picked up (`发传单`, `捡垃圾`) is 发放, 捡拾; a 传单 a 宣传单 (new-user test 44, D8).
  const handed = /^发([\u4e00-\u9fff“”]{0,8}?)(传单|宣传单|单页|资料|倡议书|手册|宣传册|宣传品|小册子|明白纸|告知书|折页|宣传折页)$/u.exec(clause);
  if (handed && !/^(?:放|布|出|现|展|动|起|挥|生|言|表|送|行)/u.test(handed[1])) return `发放${handed[1]}${handed[2] === "传单" && !handed[1] ? "宣传单" : handed[2]}`;
  const picked = /^捡(垃圾|烟头|白色垃圾|废弃物|杂物)$/u.exec(clause);
  if (picked) return `捡拾${picked[1]}`;
  // What was carted away, said so (`清出来2车杂物`, `拉走了3车垃圾`): `清运杂物2车`, the figure and its 车 kept as typed (new-user
  // test 56, D6).
  const carted = CARTED.exec(clause);
  const loads = carted && (/^\d/u.test(carted[3]) ? carted[3] : parseChineseNumeral(carted[3].replace(/^两/u, "二")));
  if (carted && loads !== undefined) return `清运${carted[5]}${carted[2] ?? ""}${loads}${carted[4] ?? ""}车`;
  // A thing and then the work on it (`老楼道消防通道清理`) is said work first (`清理老楼道消防通道`: new-user test 44, D8), never
  // a manner word moved (`集中清理`).
  const plain = writtenWords(clause);
  if (plain !== clause) return plain;
  // Behaviours persuaded against, listed (`劝导大声喧哗、占座`), take their head noun: `……等不文明行为` (review run 27, 材料4 item 4).
  // Who did them said after the list (`劝导大声喧哗、占座的读者`) comes before it: `劝导读者大声喧哗、占座等不文明行为`, never
  // `……的读者等不文明行为` (new-user test 59, D6); `……的人` names no one.
  const conduct = /^(劝导|劝阻|纠正|制止)((?:[\u4e00-\u9fff]{2,6}、){1,3}[\u4e00-\u9fff]{2,6}?)(?:的(读者|游客|乘客|居民|村民|群众|市民|行人|顾客|患者|学生|人员|人))?$/u.exec(clause);
  const family = PROBLEM_FAMILIES.find((f) => f.name === "不文明行为");
  if (conduct && family && conduct[2].split("、").every((x) => family.words.test(x) && !/行为$/u.test(x))) return `${conduct[1]}${conduct[3] && !/^人员?$/u.test(conduct[3]) ? conduct[3] : ""}${conduct[2]}等${family.name}`;
  const object = /^([\u4e00-\u9fff]{2,10}?)(?<!集中|全面|彻底|专项|统一|联合|重点|逐一|定期|大|再)(清理|清扫|整治|排查|维修|打扫)$/u.exec(clause);
  if (object) return `${object[2]}${object[1]}`;
  return clause;
}

/** 教 and people before a thing used (`教老人用手机银行`, `教居民使用智能手机`): the people and the thing. */
const TAUGHT = new RegExp(`^教(${SPOKEN_PEOPLE})们?(?:使用|用)([\u4e00-\u9fffA-Za-z]{2,10})$`, "u");

/**
 * A spoken clause of what was carted away (`清出来2车杂物`, `清理出了3车建筑垃圾`, `拉走约5车垃圾`): the verb (group 1), 约/近
 * (2), the number (3: digits, or numerals said in digits), 余/多 (4) and what (5).
 */
const CARTED = /^(清出来?了?|清理出来?了?|清了|清运了|拉走了?|拉出了?|拉了|运走了?|运出了?|运了|拖走了?)(约|近)?(\d+(?:\.\d+)?|[两一二三四五六七八九十]{1,3})(余|多)?车(?:的)?([\u4e00-\u9fff]{1,6})$/u;

/** 帮 and people before what was done for them (`帮老人挂号`): `协助老年人挂号` (SPOKEN_PEOPLE). */
const HELPED = new RegExp(`帮(${SPOKEN_PEOPLE})们?(?=[\u4e00-\u9fff])`, "gu");

/**
 * Spoken words of a clause or a team's 主要服务内容 in written ones (review run 27, 材料3 item 6, 材料4 item 5): 帮 and people
 * before a verb → `协助` and the people's written name (`帮老人挂号` → `协助老年人挂号`), `小朋友` → `少年儿童`, `一起` before a
 * verb of reading → `共` (`共读`) (`和家长一起读绘本` → `和家长共读绘本`), else `共同`. A clause still spoken
 * (SPOKEN_CLAUSE: `帮老人弄手机`) is returned as typed, for writtenSummary to leave out.
 * @example writtenWords("志愿者在门诊大厅帮老人挂号") // "志愿者在门诊大厅协助老年人挂号"
 */
export function writtenWords(clause: string): string {
  // People taught to use a thing (`教老人用手机银行`, `教居民使用智能手机`) are guided: `指导老年人使用手机银行` (new-user test
  // 39, D22; run-29 review, 材料1 item 3: in a team's 主要服务内容 too). What follows 用 is the thing, never spoken itself.
  const taught = TAUGHT.exec(clause);
  if (taught && !SPOKEN_CLAUSE.test(taught[2])) return `指导${writtenPeople(taught[1])}使用${taught[2]}`;
  if (SPOKEN_CLAUSE.test(clause) || !/帮|小朋友|一起|一块|共同读/u.test(clause)) return clause;
  return clause
    .replace(HELPED, (_, who: string) => `协助${writtenPeople(who)}`)
    .replace(/小朋友们?/gu, "少年儿童")
    .replace(/(?:一起|一块儿?|共同)读/gu, "共读")
    .replace(/一起|一块儿?/gu, "共同");
}

/**
 * A 简要内容 in written words (new-user test 39, D22): each spoken clause said as writtenClause says it; "" when one is left
 * that is spoken still (SPOKEN_CLAUSE) — the activity is then told by its name and count only. Other text as typed.
 * @example writtenSummary("给老人讲电信诈骗，装国家反诈APP") // "为老年人讲解电信诈骗，指导安装国家反诈APP"
 */
export function writtenSummary(summary: string): string {
  const parts = summary.split(/([，；,;])/u);
  const written = parts.map((p, i) => (i % 2 ? p : writtenClause(p.trim())));
  return written.some((p, i) => i % 2 === 0 && (SPOKEN_CLAUSE.test(p) || /^装/u.test(p))) ? "" : written.join("");
}

/**
 * Notes on the record typed into 简要内容 in place of content (`已完成`, `期外活动`, `补录`, `附件3张`): about the record, not
 * the activity. Placeholders (`同上`, `见备注`, `无`) are normalize isPlaceholderText's.
 */
const NOTE_WORDS = /^(?:见附件|详见|附件|已完成|已办结|已落实|完成|无|待补|期外|期内|计划外|临时|补录|补填|补报|备用)/u;

/**
 * Whether a 简要内容 reads as a topic for `以……为主要内容` (`垃圾分类知识`, `文明礼仪`): at least 4 characters, no colloquial
 * particle or measure word (了, 个, 吧, 呢, 啊, 嘛, 啦) and no staff note (NOTE_WORDS). New-user test 39, D4 and D11.
 */
function isTopic(summary: string): boolean {
  return summary.length >= 4 && !/[了个吧呢啊嘛啦]/u.test(summary) && !NOTE_WORDS.test(summary) && !isPlaceholderText(summary) && !PEOPLE_TAKING_PART.test(summary);
}

/**
 * A 简要内容 that says who took part (`初二年级全体`, `全体师生`, `党员干部`), not what was done: never `以初二年级全体为主要内容`
 * (new-user test 41, after the fixes); nor `辖区商户` (new-user test 42, D24).
 */
const PEOPLE_TAKING_PART = /^(?:[\u4e00-\u9fff]{0,6}(?:年级|班级|全体|师生|学生|家长|居民|村民|党员|干部|职工|员工|志愿者|商户|商家|经营户|企业|门店)(?:全体|代表|共同)?(?:参加|参与|参会)?)$/u;


/**
 * `牛皮癣集中清除`: what was worked on (2–12 Chinese characters, not ending in 与/和/及/的, nor 大 of `全民大清扫`, and
 * not opening with a season or holiday: `春季环境整治` is an event's name, nor closing with a campaign's word: `人居环境整治集中清理`
 * is the campaign's event, never `集中清理人居环境整治` (new-user test 32, D4)), nor opening or closing with how or in
 * whose spirit the work is done (`学雷锋义务清扫` is no `清扫学雷锋义务`: 学雷锋, 义务, 志愿, 爱心, 公益, 集体, 全民 are no
 * object; new-user test 47, D1), an adverb of manner, the work;
 * a bare `环境整治` or `卫生清理` names the kind of event, not a thing worked on; nor a work word paired with the work (`夜市规范
 * 整治`, `校园周边综合整治`: 规范 and 综合 say how it is done, never a thing: `整治夜市规范` reverses the sense; new-user
 * test 62, D5).
 */
const WORK_AFTER_OBJECT = /^(?![春夏秋冬]季|节前|节后|周末|汛期|年终|年底|岁末|开学|暑期|寒假|暑假|元旦|春节|元宵|清明|五一|端午|七夕|国庆|中秋|重阳)(?![\u4e00-\u9fff]{1,6}(?:前|后|期间)(?:集中|突击|专项|全面|彻底)?(?:清除|清理|拆除|清扫|清运|清洗|粉刷|修复|整治)$)(?!(?:环境|卫生|市容|秩序|城乡环境|人居环境)(?:集中|突击|专项|全面|彻底|拉网式?|地毯式)?(?:清除|清理|拆除|清扫|清运|清洗|粉刷|修复|整治)$)(?!(?:学)?雷锋|义务|志愿|爱心|公益|集体|全民)([\u4e00-\u9fff]{2,12}?)(?<![与和及、的大])(?<!雷锋|义务|志愿|志愿者|爱心|公益|集体|全民|群众)(?<!(?:整治|治理|行动|工作|建设|提升|创建|攻坚|活动)(?:集中|突击|专项|全面|彻底|拉网式?|地毯式)?)(?<!规范|综合)(集中|突击|专项|全面|彻底|拉网式?|地毯式)?(清除|清理|拆除|清扫|清运|清洗|粉刷|修复|整治)$/u;


/**
 * Names of meetings held without the word 会 (`三十年驾龄老司机座谈`, `党组理论学习中心组学习`): 召开-ed as the meeting
 * they are (`召开三十年驾龄老司机座谈会，30人参加`, `召开党组理论学习中心组学习会，15人参加`), never `开展“……座谈”活动`
 * (new-user test 33).
 */
const MEETING_WITHOUT_HUI = /(?:座谈|中心组(?:集体|专题)?学习)$/u;

/**
 * Names of awards held without the word 会 (`护士节表彰`, `年度评选表彰`, `表彰活动`): a meeting all the same, attended
 * (`召开护士节表彰会，100人参加`; `开展护士节表彰活动，100人参加`), never `开展“护士节表彰”活动` (new-user test 31, D15).
 */
const AWARD_NAME = /表彰(?:活动)?$/u;

/**
 * How an award held is said after its holder (`召开星级文明户评选表彰大会`, `召开教师节表彰会`, `开展表彰活动`), as the unit's own
 * text says it; undefined for a name that is no meeting or award of this form (quoted as a title). Used by the roll-up's
 * 表彰激励 point (new-user test 38, D25: never `开展“星级文明户评选表彰大会”，参与150人`); its turnout is `，150人参加`.
 */
export function awardHeld(name: string): string | undefined {
  const n = stripEnd(name);
  if (/^“[^”]+”$/u.test(n)) return undefined;
  if (MEETING_NAME.test(n)) return `召开${n}`;
  if (AWARD_NAME.test(n)) return n.endsWith("活动") ? `开展${n}` : `召开${n}会`;
  return undefined;
}

/**
 * Names that describe the work rather than title it (review runs 17–20: `支部派驻龙泉社区志愿服务`, `分包路段志愿值勤`
 * pasted in quotes read as ledger entries): who goes where to do it, or the stretch a unit answers for and the duty — a
 * partner place's clean-up among them (`结对社区环境整治` at `幸福社区`: `到结对的幸福社区开展环境整治`, new-user test 68, D14).
 */
const SENT_TO = /^((?:各)?(?:党支部|支部|团支部|科室|部门|班级|处室|中队|小组|党员|团员))(派驻|进驻|下沉|走进|深入)([\u4e00-\u9fff]{2,10}?(?:社区|村|小区|街道|学校|路段|广场|市场))(志愿服务|志愿值勤|值勤|执勤|宣传|清扫|巡查|巡逻)$/u;
const DUTY_ON = /^((?:分包|包保|责任|联系|结对)(?:路段|区域|点位|片区|社区|小区))(志愿服务|志愿值勤|值勤|执勤|清扫|巡查|巡逻|劝导|环境整治|环境卫生整治|卫生整治|大扫除)$/u;

/**
 * A name that is a clause of work for someone: an optional post or team (`爱心服务台`, `党员志愿服务队`), 为, whom (2–10
 * characters) and a verb of service with its object (`提供帮扶`, `上门理发`). Bounded, anchored: no long backtracking.
 */
const FOR_WHOM_WORK = /^((?:[\u4e00-\u9fff]{1,10}?(?:服务台|台|站|点|岗|窗口|驿站|服务队|志愿队|突击队|小分队|小组|志愿者))?)为([\u4e00-\u9fff]{2,10}?)(?:提供|送上|送去|送|开展|办理|免费|义务|上门|代办|理发|义诊|维修|讲解|包)[\u4e00-\u9fff]{1,10}$/u;
/** The head of {@link FOR_WHOM_WORK} that is people at work (`党员志愿服务队`): they are 组织-ed. */
const WORKING_TEAM = /(?:队|小组|志愿者)$/u;

/** `支部派驻龙泉社区志愿服务` → `各支部派驻龙泉社区开展志愿服务`; `分包路段志愿值勤` → `分包路段开展志愿值勤`; else undefined. */
function describedWork(name: string): string | undefined {
  const sent = SENT_TO.exec(name);
  if (sent) return `${/^(?:各|党员|团员)/u.test(sent[1]) ? "" : "各"}${sent[1]}${sent[2]}${sent[3]}开展${sent[4]}`;
  const duty = DUTY_ON.exec(name);
  return duty ? `${duty[1]}开展${duty[2]}` : undefined;
}

/**
 * The work an activity's name says after what was worked on (`违法占道设施拆除` → 拆除 违法占道设施), or
 * undefined for other names (WORK_AFTER_OBJECT).
 */
function workOfName(name: string): { readonly verb: string; readonly object: string } | undefined {
  const done = WORK_AFTER_OBJECT.exec(stripEnd(name));
  return done ? { verb: done[3], object: done[1] } : undefined;
}

/**
 * Whether a 其他指标 row counts the work an activity did (`拆除违章占道设施` after `违法占道设施拆除`): the same
 * verb, and objects that end in the same four characters or are equal (review run 20).
 */
export function countsWorkOf(rowName: string, it: ActivityItem): boolean {
  const work = it.name ? workOfName(it.name) : undefined;
  if (!work || !rowName.startsWith(work.verb)) return false;
  const object = rowName.slice(work.verb.length);
  return object === work.object || (object.length >= 4 && work.object.length >= 4 && object.slice(-4) === work.object.slice(-4));
}

/**
 * A 简要内容 that is only a recurring time (`每逢农历三、六、九集日`, `每周六上午`, `节假日`, `逢集日`): when the activity is
 * held, no content; said in place of its date (new-user test 37, D4). No verb, no count (`每月1次` is a frequency).
 */
const RECURRING_WHEN = /^(?:每逢|逢|每(?:周|星期|月|天|日|年|季度|个)|(?:节假日|双休日|周末|法定节假日))(?:(?!开展|组织|举办|进行|参加|劝导|清理|宣传|服务)[\u4e00-\u9fff、])*?(?:日|天|周[一二三四五六日末]|星期[一二三四五六日天]|上午|下午|晚上|早上|早晚|期间|节假日|周末)$/u;

/**
 * When an activity took place: `10月5日` (`2024年12月30日` outside the report year), or the month alone (`10月`) for a 日期
 * typed as a month (`2025年10月`, value.month-only): no day is invented (new-user test 49, D16).
 */
export function activityDate(it: Pick<ActivityItem, "date" | "month">, year: number | undefined): string {
  if (it.date === undefined) return "";
  if (!it.month) return dateText(it.date, year);
  const { y, m } = ymdFromSerial(it.date);
  return y === year ? `${m}月` : `${y}年${m}月`;
}

/**
 * One dated activity (v2 rule 12): date, partner, place, the activity, then what it did (简要内容) and
 * a clause from 备注 — `5月26日联合运河街道办事处在兴中路北段开展“市容集中整治”活动，清理流动摊点……`.
 */
/** A venue at the head of an 活动名称, before its quoted title: `新时代文明实践站`, `社区党群服务中心`, `文化广场`, `农家书屋`. */
const LEADING_VENUE = /^([\u4e00-\u9fff]{2,12}?(?:站|所|中心|广场|馆|书屋|礼堂|驿站|基地|大厅|之家|公园))(“[^”]+”(?:活动)?)$/u;

/** Places that hold a venue (`金桥社区` holds its 新时代文明实践站): the venue is said after them. */
const AREA = /(?:社区|村|小区|街道|镇|乡|园区|校区)$/u;

/**
 * An 活动名称 that opens with its venue (`新时代文明实践站“端午·邻里情”`) as the venue and the title (`“端午·邻里情”`): the
 * venue is where it was held, said once — as the 地点 when there is none, after an area 地点 (`金桥社区` → `金桥社区新时代
 * 文明实践站`), or merged with a 地点 of the same kind (`金桥社区文明实践站` ends as the venue does: `金桥社区新时代文明实践站`).
 * Undefined for any other name, or a 地点 elsewhere (the name then stays as typed). New-user test 53, D6: never `在金桥社区
 * 文明实践站开展新时代文明实践站“端午·邻里情”活动`.
 */
export function placeLedName(name: string, place: string | undefined): { name: string; place: string } | undefined {
  const m = LEADING_VENUE.exec(name.trim());
  if (!m) return undefined;
  const [, venue, title] = m;
  const at = place?.trim() ?? "";
  if (!at) return { name: title, place: venue };
  if (at.endsWith(venue)) return { name: title, place: at };
  let common = 0;
  while (common < at.length && common < venue.length && at[at.length - 1 - common] === venue[venue.length - 1 - common]) common += 1;
  // The same kind of venue: the 地点's own words end as the venue's (`文明实践站`), at least a word and its noun.
  if (common >= 3) return { name: title, place: `${at.slice(0, at.length - common)}${venue}` };
  return AREA.test(at) ? { name: title, place: `${at}${venue}` } : undefined;
}

/**
 * An activity without the clauses of its 简要内容 that state the honours ledger's figures again (`评出120个文明摊位，30余户诚信
 * 经营户` beside 先进典型 文明摊位 120 and 诚信经营户 30余): a clause that names an honour's title and gives its number (digits
 * or numerals) is told by the honours' sentence, once (new-user test 55, D6: `召开文明摊位评选表彰大会，约150人参加`).
 * Other clauses stay; the item unchanged when none restates.
 */
export function withoutHonoursTold(it: ActivityItem, honours: Pick<HonourFacts, "byTitle"> | undefined): ActivityItem {
  if (!it.summary || !honours?.byTitle.length) return it;
  const parts = stripEnd(it.summary).split(/[，,；;、]/u);
  const restates = (c: string): boolean => {
    const numbers = (figuresInDigits(c).match(/\d+(?:\.\d+)?/gu) ?? []).map(Number);
    return honours.byTitle.some((t) => t.category.length >= 2 && c.includes(t.category) && numbers.includes(t.figure.value));
  };
  const kept = parts.filter((c) => !restates(c));
  if (kept.length === parts.length) return it;
  return { ...it, summary: kept.join("，") || undefined };
}

/** Where an inspection is done that is the unit as a whole (`院内`, `馆内`, `本单位`): said `来院`, `来馆`. */
const WHOLE_PREMISES = /^(?:[院馆校园所站局厂处]内|单位内|本单位|全[院馆校园所站局厂])$/u;
/** A work of inspecting by its name's end (`食品安全专项检查`, `创文督查`, `暗访`, `验收`, `测评`). */
const INSPECTION_NAME = /(?:检查|督查|督导|暗访|验收|考核|测评|复查|抽查)$/u;

/**
 * An inspection of the unit by an authority (catalog INSPECTING_AUTHORITY, or the unit's 上级指导单位) told as such, the body
 * the subject and the unit inspected: `县市场监管局对食堂后厨开展食品安全专项检查，发现问题3处当场整改` (what 简要内容's
 * first `检查X` clause names, else the 地点), `县消防救援大队来馆开展消防安全检查` (the unit as a whole); undefined for any
 * other activity, and for a unit whose own work is to inspect with others (机关部门, 街道, 乡镇, 社区, 村: their `联合县市场
 * 监管局` stays). Review run 31, AU 材料7 item 4: never `联合县市场监管局在食堂开展……检查，检查食堂后厨`.
 */
function inspectedBy(it: ActivityItem, name: string, self: ActingUnit | undefined): string | undefined {
  const host = it.host?.trim();
  if (!host || !self || /^(?:机关部门|街道|乡镇|社区|村)$/u.test(self.unitType) || !INSPECTION_NAME.test(name) || /[“、，,]/u.test(name + host)) return undefined;
  if (!INSPECTING_AUTHORITY.test(host) && host !== self.guide?.trim()) return undefined;
  const clauses = it.summary ? stripEnd(it.summary).split(/[，,；;]/u).map((c) => c.trim()).filter(Boolean) : [];
  const checked = clauses.length ? /^(?:检查|督查|抽查|查看|检测)了?([\u4e00-\u9fff、]{2,12})$/u.exec(clauses[0]) : null;
  const place = it.place?.trim();
  const chars = unitSelfChars(self.unitName);
  const whom = checked ? `对${checked[1]}` : place && !WHOLE_PREMISES.test(place) ? `对${place}` : chars.length ? `来${chars[0]}` : "对本单位";
  const rest = (checked ? clauses.slice(1) : clauses).join("，");
  return `${host}${whom}开展${name}${rest ? `，${summaryText(rest)}` : ""}`;
}

/**
 * An activity without the clauses of its 简要内容 that state a 问题整改 row's figure again (`发现问题3处当场整改` beside the row
 * `食品留样不规范、过期调料` 3件): a clause that says problems or hazards were found (`发现问题`, `查出隐患`) and gives the number
 * of a row's 发现数 is told by the problems' sentence, once and in the row's own measure word (review run 31, reviewer AU,
 * t59-elder item 3). Then the honours' clauses (withoutHonoursTold). The item unchanged when none restates.
 */
export function withoutLedgersTold(it: ActivityItem, facts: Pick<Facts, "honours" | "rectification">): ActivityItem {
  const found = new Set(facts.rectification.byKind.map((k) => k.figure.value));
  if (it.summary && found.size) {
    const parts = stripEnd(it.summary).split(/[，,；;]/u);
    const restates = (c: string): boolean => /(?:发现|查出|排查出|检查出)[\u4e00-\u9fff]{0,8}(?:问题|隐患)|(?:问题|隐患)[\u4e00-\u9fff]{0,2}\d/u.test(figuresInDigits(c)) && (figuresInDigits(c).match(/\d+/gu) ?? []).some((n) => found.has(Number(n)));
    const kept = parts.filter((c) => !restates(c));
    if (kept.length < parts.length) return withoutHonoursTold({ ...it, summary: kept.join("，") || undefined }, facts.honours);
  }
  return withoutHonoursTold(it, facts.honours);
}

function activityClause(given: ActivityItem, year: number | undefined, withKind: boolean, self?: ActingUnit): string {
  // Who led it (`镇党委书记带队`, `妇联主席带队`) is no content: a leader by title leads the sentence
  // (`5月12日镇党委书记带队开展……`), anyone else is left out (facts whoLed; new-user test 42, D11/D24).
  const clauses = given.summary ? stripEnd(given.summary).split(/[，,；;]/u) : [];
  const led = clauses.map((c) => whoLed(c));
  if (led.some(Boolean)) {
    const rest = clauses.filter((_, i) => !led[i]).join("，");
    const told = activityClause({ ...given, summary: rest || undefined }, year, withKind, self);
    const lead = led.find((l) => l?.lead)?.lead;
    const date = /^\d{1,2}月\d{1,2}日(?:至(?:\d{1,2}月)?\d{1,2}日)?(?:起)?，?/u.exec(told)?.[0] ?? "";
    return lead ? `${date}${lead}${told.slice(date.length)}` : told;
  }
  // A dated row whose 简要内容 says it was done every week of its month (`4月每周开展`) is told as recurring, its date left
  // out: `4月每周开展人居环境整治集中行动，各村干部带头参与`, never `4月12日开展……，4月每周开展` (run-29 review, 材料3 item 3).
  const recurred = recurredOf(given);
  if (recurred) {
    const name = stripEnd(given.name).replace(/[“”]/gu, "");
    const rest = recurred.rest ? `，${recurred.rest}${/带头$/u.test(recurred.rest) && given.participants ? "参与" : ""}` : "";
    const at = given.place ? `在${given.place}` : "";
    return `${recurred.when}${at}${actionOf(name) ? name : `开展${name}`}${rest}`;
  }
  // A 简要内容 that only says when the work recurs (`每逢农历三、六、九集日`) is the when, in place of the date: never
  // `内容包括每逢……` (new-user test 37, D4).
  const cycle = given.summary && RECURRING_WHEN.test(stripEnd(given.summary)) && !given.remark?.span ? stripEnd(given.summary) : undefined;
  // Its figures in digits as every other figure (`三百余人` → `300余人`: new-user test 47, D3).
  const figured: ActivityItem = cycle ? { ...given, summary: undefined } : given.summary ? { ...given, summary: figuresInDigits(given.summary) } : given;
  const it = withoutEchoedWork(figured, self);
  // A name that opens with its place (`新时代文明实践站“端午·邻里情”`) is told at that place (placeLedName).
  const venue = placeLedName(it.name, it.place);
  if (venue) return activityClause({ ...given, name: venue.name, place: venue.place }, year, withKind, self);
  // Several days are said as such (`8月1日至3日`), never as the first day alone (review run 5).
  // A day whose 简要内容 says the work recurs from then on (`每周二四开课`) is its start: `7月10日起在各乡镇开展……，每周二、四
  // 开课`, never a one-day event that recurs (run-30 review, t56-youth item 6).
  // A month-dated row whose 备注 counts its sessions (`全年共上了8期`) began that month: `4月起……，全年共开展8期` (run 30, AT).
  const sessions = it.month && it.date !== undefined && !it.remark?.span ? it.remark?.sessions : undefined;
  const from = (it.date !== undefined && !it.month && RECURS_FROM.test(given.summary ?? "")) || sessions ? "起" : "";
  const dated = cycle ?? (it.remark?.span ? `${it.remark.span}，` : it.date !== undefined ? `${activityDate(it, year)}${from}` : "");
  // A name typed in parts (facts spacedActivityName): its day after the date (`12月5日国际志愿者日，开展……`), its place
  // after a comma (`6月15日，在新时代文明实践站开展理论宣讲`): review run 27, 材料5 item 4, 材料6 item 2.
  const when = it.day ? `${dated.replace(/，$/u, "")}${it.day}，` : it.spaced && it.place && dated && !dated.endsWith("，") ? `${dated}，` : dated;
  // A body of the unit itself (`学院团委`) is who did it, not a partner: `学院团委在……开展`, never `联合学院团委`.
  const internalName = it.host ? internalBodyName(it.host, self?.unitName) : undefined;
  const internal = !!internalName;
  // The unit itself as 主办或协办单位 (its name, its 单位简称, `本单位`/`我局`, its type's word `社区`/`村委会`/`学校`) is no
  // partner: never `联合区卫健委` in the 区卫健委's own summary (new-user test 9, D1; catalog namesUnitItself).
  // A list of bodies with the unit among them (`社区、物业`, `村委会、派出所`) names its partners only: `联合物业`, never
  // `联合社区、物业`; the unit alone (`村委会`, `学校`) is no partner at all (new-user test 40, D1).
  const partners = it.host && !internal ? partnersOf(it.host, self) : it.host;
  // One of the unit's own 志愿服务 teams is 组织-ed: `组织青年志愿者文明劝导队在各景点开展……`, never `联合……` (review run 31,
  // AU 材料2 item 4, 材料4 item 3).
  const ownTeam = partners && !internal ? ownTeamNamed(partners, self?.teams) : undefined;
  const partnerHost = partners && !(self && namesUnitItself(partners, self)) ? (internal ? internalName : ownTeam ? `组织${ownTeam}` : `联合${partners}`) : "";
  // A place the name already says (`在兴中路北段开展“兴中路北段市容集中整治”活动`) is not said twice.
  const placeStem = it.place?.replace(/[（(].*$/u, "") ?? "";
  // The unit itself as the place (`县博物馆` in the 青川县博物馆's own summary, `本馆`) is where all its work is: not said
  // (new-user test 61, D15; review run 32, AV 材料7 item 3: the name without its county): the unit's name or 简称 ends
  // with the place, or the place is a self-word (catalog namesUnitItself: `本馆`). Never a part the name merely holds
  // (`阳光小区` of the 阳光小区物业服务中心 is the estate it serves: test/review-29-da), a whole county (`青川县`), nor two characters.
  const stem = placeStem.trim();
  const ownPlace = !!self && stem.length >= 3 && !WHOLE_COUNTY.test(stem)
    && ([self.unitName, self.shortName ?? ""].some((n) => n.length >= stem.length && n.endsWith(stem)) || (/^[本我]/u.test(stem) && namesUnitItself(stem, self)));
  const at = it.place && !ownPlace && !(placeStem.length >= 2 && it.name.includes(placeStem)) ? `在${it.place}` : "";
  // The partner is the place (`联合月湖社区在月湖社区开展`): said once, `在月湖社区联合开展` (new-user test 46, D18).
  const atPartner = !!at && !internal && !ownTeam && !!partners && partnerHost !== "" && partners.trim() === it.place?.trim();
  const host = atPartner ? "" : partnerHost;
  const where = atPartner ? `${at}联合` : at;
  // A visit told as work done, unquoted, opened by a world or national day (`国际志愿者日入户检修`): the day after the date,
  // the place after it (`12月5日国际志愿者日，在城区开展入户检修……`), never `在城区国际志愿者日入户检修` (new-user test 60, D10).
  const dayLed = it.day ? undefined : dayLedActivityName(stripEnd(it.name));
  if (dayLed && householdVisit({ ...it, name: dayLed.name })) return activityClause({ ...given, name: dayLed.name, day: dayLed.day }, year, withKind, self);
  // A visit counted in households is the work done, its figure next (`9月8日结合中秋节走访慰问独居老人40户`).
  const visit = householdVisit(it);
  if (visit) return `${when}${host}${where}${visit}`;
  const name = stripEnd(it.name);
  // A name that names no activity (`其他活动`) is never quoted: `2月14日开展活动1场` (new-user test 39, D4).
  const placeholder = isPlaceholderActivityName(name);
  // `以建军节走访慰问官兵为主要内容` after `“八一”慰问武警安康支队` says the name again (review run 5): left out.
  // Who took part (`居民代表参加`) is said with the figure (turnout), or as typed when there is none (new-user test 33, D5).
  const attendees = it.summary ? attendeesOf(stripEnd(it.summary)) : undefined;
  // Bodies typed without a verb (`辖区商户`) took part: `辖区商户参加` (new-user test 42, D24).
  const typedSummary = withoutSharedOpening(name, stripEnd(it.summary ?? ""));
  const said = attendees ? (it.participants ? "" : /参加|参与|出席|列席/u.test(typedSummary) ? typedSummary : `${typedSummary}参加`) : it.summary ? summaryText(typedSummary) : "";
  const shared = [...name].some((_, i) => i + 2 <= name.length && !/^(?:活动|工作|文明|创建)$/u.test(name.slice(i, i + 2)) && stripEnd(it.summary ?? "").includes(name.slice(i, i + 2)));
  // A 简要内容 that says the name again in other words (`送医下乡` after `下乡义诊`) adds nothing (review run 27, 材料3 item 8).
  const summary = said && !(said.startsWith("以") && said.endsWith("为主要内容") && shared) && !restatesName(name, typedSummary) ? `，${said}` : "";
  // A clause that only repeats the activity's name (`“好人迎江主题实践”…，以好人迎江为抓手`) says nothing.
  const echoes = (c: string): boolean => [...name].some((_, i) => i + 4 <= name.length && c.includes(name.slice(i, i + 4)));
  const extra = `${it.remark?.clause && !summary.includes(it.remark.clause) && !echoes(it.remark.clause) ? `，${it.remark.clause}` : ""}${sessions ? `，${sessions}` : ""}`;
  const inspected = inspectedBy(it, name, self);
  if (inspected) return `${when}${inspected}${extra}`;
  // A class is held, its name no title: `8月15日在党校举办中青年干部培训班`, the kind in brackets before it (`举办电工就业技能
  // 培训班`), never `开展“……培训班（电工）”活动` (review run 34, reviewer AX, 材料2 item 4, 材料3 item 3, 材料8 item 3).
  if (CLASS_NAME.test(name) && !/[“”]/u.test(name)) return `${when}${host}${where}举办${className(name)}${summary}${extra}`;
  // A name that is itself an action (`设临时摊群点、免费停车场`) is said as done, not as `开展“……”活动` (v2 rule 1).
  // A name of what was worked on, then the work (`牛皮癣集中清除`, `违法占道设施拆除`) is said as the work done
  // (`集中清除牛皮癣`), never pasted in quotes as a ledger entry (review run 19).
  // A placeholder name whose 简要内容 names the event (`其他` with `课后服务家长会，满意度高`) is told as that event:
  // `9月30日召开课后服务家长会`, never `开展活动1场` (new-user test 40, D5).
  const event = placeholder ? eventOfSummary(it.summary) : undefined;
  // An event told by a noun (`老年大学书法班结业`: EVENT_NOUN) is no title typed: `举办老年大学书法班结业活动`, never quoted
  // (new-user test 40-y, D3).
  // A drill or a talk given (`消防演练`, `……精神宣讲`) is work carried out, never a title typed: `开展消防演练` (new-user
  // test 42, D8/D11).
  if (event && /(?:演练|宣讲)$/u.test(event.name)) {
    const rest = event.rest && !(it.participants && attendeesOf(event.rest)) ? summaryText(event.rest) : "";
    return `${when}${host}${where}开展${event.name}${rest ? `，${rest}` : ""}${extra}`;
  }
  if (event && !ACTIVITY_WORD.test(event.name) && !MEETING_NAME.test(event.name) && !MEETING_WITHOUT_HUI.test(event.name)) {
    const rest = event.rest ? summaryText(event.rest) : "";
    return `${when}${host}${where}举办${event.name}${/(?:典礼|展演|展览|汇演)$/u.test(event.name) ? "" : "活动"}${rest ? `，${rest}` : ""}${extra}`;
  }
  if (event) return activityClause({ ...it, name: event.name, ...(event.rest ? { summary: event.rest } : { summary: undefined }) }, year, withKind, self);
  if (placeholder) return `${when}${host}${where}开展活动1场${summary}${extra}`;
  // A festival's name with the work its 简要内容 lists first (`端午节包粽子` with `包粽子、讲屈原故事`) is the festival's
  // activity, the work said once, in the content: `开展端午节活动，包粽子、讲屈原故事`, never `开展“端午节包粽子”活动，包粽子……`
  // (review run 31, reviewer AU, t59-village-q2 item 2).
  const festive = it.festival ? new RegExp(`^(${it.festival.replace(/节$/u, "")}节?)([\\u4e00-\\u9fff]{2,})$`, "u").exec(name) : null;
  if (festive && summary && typedSummary.split(/[、，,；;]/u)[0].startsWith(festive[2])) return `${when}${host}${where}开展${festive[1].replace(/(?<!节)$/u, "节")}活动${summary}${extra}`;
  // A name that takes its work into a kind of place (`送书进敬老院`) is the programme's title, quoted like `“税法宣传进社区”`:
  // never said as work done at that place (`在县中心敬老院送书进敬老院`: new-user test 59, D5).
  // A kind of place in one character (`义诊进村`, `法治进校`) is one all the same: never `在小王庄村义诊进村` (new-user test 62,
  // D14).
  const intoTitle = /^[\u4e00-\u9fff]{2,6}进(?:[\u4e00-\u9fff]{2,4}|[村校户厂院])$/u.test(name);
  // A duty at the partner place that 地点 names (`结对社区志愿服务` at `石榴园社区`) goes to that place, the partner word said
  // of it: `到结对的石榴园社区开展志愿服务`, never `在石榴园社区结对社区开展志愿服务` (new-user test 67, D3).
  const duty = DUTY_ON.exec(name);
  const kindOfDuty = duty ? /^(结对|联系|包保|分包)(.+)$/u.exec(duty[1]) : null;
  if (duty && kindOfDuty && it.place && it.place.endsWith(kindOfDuty[2]) && it.place.length > kindOfDuty[2].length) return `${when}${host}到${kindOfDuty[1]}的${it.place}开展${duty[2]}${summary}${extra}`;
  const described = intoTitle ? undefined : describedWork(name);
  if (described) return `${when}${host}${where}${described}${summary}${extra}`;
  // A name that is a sentence of work done for someone (`爱心服务台为重点旅客提供帮扶`, `为独居老人上门理发`) is the work
  // itself, said as typed at its post (`在候车室爱心服务台为重点旅客提供帮扶`) or by its team (`组织党员志愿服务队为……`),
  // never quoted as a title (new-user test 58, D14).
  const forWhom = FOR_WHOM_WORK.exec(name);
  if (forWhom) return `${when}${host}${where}${forWhom[1] && WORKING_TEAM.test(forWhom[1]) ? "组织" : ""}${name}${summary}${extra}`;
  const done = WORK_AFTER_OBJECT.exec(name);
  // 简要内容 that says the same work in plainer words (`两车停放整治` with `规范摩托车、非机动车停放`) is said alone,
  // never `整治两车停放，规范摩托车、非机动车停放` (review run 20).
  const restates = !!done && !!said && !said.startsWith("以") && !said.startsWith("内容包括") && !!actionOf(said) && [...done[1]].some((_, i) => i + 2 <= done[1].length && said.includes(done[1].slice(i, i + 2)));
  if (done && restates) return `${when}${host}${where}${said}${extra}`;
  // `医院周边环境整治` at `医院周边道路`: the work names the place already (never `在医院周边道路整治医院周边环境`).
  // So does a place said with its scope (`辖区背街小巷` for `背街小巷环境整治`: new-user test 71, D4).
  const placeCore = it.place?.replace(/^(?:辖区|本辖区|全镇|全街道|全村|全社区|各)(?=[\u4e00-\u9fff]{2})/u, "");
  const placed = done && placeCore && placeCore.slice(0, 4) === done[1].slice(0, 4) ? "" : where;
  // A plain spoken restatement of the same work (`清死角和乱堆乱放` after `卫生死角突击清理`) adds nothing: the work is said once.
  const echoed = !!done && !restates && !!said && !actionOf(said) && PLAIN_ACT.test(said) && [...done[1]].some((_, i) => i + 2 <= done[1].length && said.includes(done[1].slice(i, i + 2)));
  if (done) return `${when}${host}${placed}${done[2] ?? ""}${done[3]}${done[1]}${echoed ? "" : summary}${extra}`;
  // An inspection is carried out, not quoted as an event: `6月2日开展厕所革命专项检查` (new-user test 21, D6).
  // So is a drill typed as the work it is (`高层建筑灭火救援应急演练`): `开展……应急演练`, never `开展“……应急演练”活动` (run-29
  // review, t55-fire-q2).
  // So is a work named by its way of working (`夜市规范整治`, `校园周边综合治理`: WORK_AFTER_OBJECT's 规范/综合): `开展夜市规范整治`,
  // never `整治夜市规范` (new-user test 62, D5).
  if (/(?:规范|综合)(?:整治|治理)$/u.test(name) && !/“/u.test(name)) return `${when}${host}${where}开展${name}${summary}${extra}`;
  // A council and the work it is named for (`道德评议会评议`) is the council held and its work done: `召开道德评议会，开展道德
  // 评议`, never `开展“道德评议会评议”活动` (review run 34, reviewer AX, 材料9 item 3, 材料10 item 2).
  const council = COUNCIL_AT_WORK.exec(name);
  if (council) return `${when}${host}${where}召开${council[1]}${council[2]}会，开展${council[1]}${council[2]}${summary}${extra}`;
  // An appraisal of conduct (`年终道德评议`) is work carried out too: `开展年终道德评议` (材料9 item 3).
  if (/(?:检查|督查|巡查|暗访|验收|演练|演习|评议)$/u.test(name) && !/“/u.test(name) && !(withKind && DRILL.test(name) && it.kind !== "其他" && it.typedKind !== "其他")) return `${when}${host}${where}开展${name}${summary}${extra}`;
  // A meeting is 召开-ed (`召开护士节表彰大会`), a gala or games 举办-ed (`举办“六一”文艺晚会`), never `开展“……大会”`.
  // `“三八”国际妇女节表彰大会` with its quoted festival is a meeting all the same: `召开……表彰大会` (new-user test 26, D20).
  if (MEETING_NAME.test(name) && !/^“[^”]+”$/u.test(name)) return `${when}${host}${where}召开${name}${summary}${extra}`;
  if (MEETING_WITHOUT_HUI.test(name) && !/^“[^”]+”$/u.test(name)) return `${when}${host}${where}召开${name}会${summary}${extra}`;
  if (AWARD_NAME.test(name) && !/^“[^”]+”$/u.test(name)) return `${when}${host}${where}${name.endsWith("活动") ? `开展${name}` : `召开${name}会`}${summary}${extra}`;
  // A wedding is held, its name no title: `举办红白理事会集体婚礼` (new-user test 33, D4).
  if (/婚礼$/u.test(name) && !/“/u.test(name)) return `${when}${host}${where}举办${name}${summary}${extra}`;
  // A show, an exhibition or a contest is held too (`9月30日在人民广场举办迎国庆文艺演出`, never `开展“迎国庆广场文艺演出”`),
  // the place word its 地点 says already left out of the name (run-29 review, 材料2 item 3).
  if (SHOW.test(name) && !/[“”]/u.test(name)) return `${when}${host}${where}举办${where ? withoutPlaceWord(name, it.place ?? "") : name}${summary}${extra}`;
  // A camp is held as well, its name the event, no type word after it: `举办“文明小使者”夏令营`, never `开展“文明小使者”夏令营宣传
  // 教育活动` (new-user test 64, D5).
  if (/(?:晚会|运动会|联欢会|游园会|音乐会|演唱会|文艺汇演|汇演|夏令营|冬令营|研学营|训练营)$/u.test(name)) return `${when}${host}${where}举办${/“[^”]+”/u.test(name) ? name : quoted(name)}${summary}${extra}`;
  // A name that opens with its own 开展/举办/组织 (`开展学雷锋志愿服务活动`) is a description, not a title: said as typed,
  // never `开展“开展……”` (new-user test 28, D15).
  if (/^(?:组织开展|开展|举办|举行|组织)[\u4e00-\u9fff“]{4,}/u.test(name)) return `${when}${host}${where}${name}${summary}${extra}`;
  // A ceremony is held (`举行全民阅读启动仪式`), never `开展“……仪式”` (review run 27, 材料4 item 3).
  if (CEREMONY.test(name) && !/“/u.test(name)) return `${when}${host}${where}举行${name}${summary}${extra}`;
  const verb = actionOf(name);
  if (verb && name.startsWith(verb) && !ACTIVITY_WORD.test(name) && verb !== "开展" && !intoTitle) return `${when}${host}${where}${verb === "设" ? `设置${name.slice(1)}` : name}${summary}${extra}`;
  // The activity part of a name typed in parts is no title: `开展学雷锋办税辅导志愿服务活动`, `开展理论宣讲` (review run 27).
  const activity = it.spaced ? (ACTIVITY_DONE.test(name) ? name : namedActivity(it, withKind).replace(/[“”]/gu, "")) : namedActivity(it, withKind);
  // A 简要内容 that opens with the same 开展 (`在门诊开展控烟劝导`) takes 进行: never 开展 twice (review run 27, 材料3 item 5).
  return `${when}${host}${where}开展${activity}${summary.replace(/^(，(?:在[\u4e00-\u9fff]{1,12}?)?)开展(?=[\u4e00-\u9fff])/u, "$1进行")}${extra}`;
}

/**
 * A clause of 简要内容 led by who did it with whom (`物业联合业主志愿者清理楼道`): the unit itself as subject (group 1, catalog
 * namesUnitItself) and the partners with their work (2).
 */
const WITH_PARTNER = /^([\u4e00-\u9fff]{1,8}?)?(?:联合|会同|协同|携手)([\u4e00-\u9fff、]{4,22})$/u;

/**
 * An activity without the unit itself as the subject of its 简要内容 (`物业联合业主志愿者…` in the 物业's own ledger: `联合业主
 * 志愿者…`) and without a clause that only says the activity's own work again (`清理楼道` after `楼道堆物集中清理`:
 * restatesName); the partners of such a clause are kept as the activity's partners (主办或协办单位), said before the place
 * (`7月8日联合业主志愿者在1—12栋集中清理楼道堆物，清运杂物2车`: new-user test 56, D6). Other clauses as typed; the item
 * unchanged when nothing applies. Pure.
 */
export function withoutEchoedWork(it: ActivityItem, self: UnitSelf | undefined): ActivityItem {
  if (!it.summary || !/联合|会同|协同|携手/u.test(it.summary)) return it;
  const clauses = stripEnd(it.summary).split(/[，,；;]/u);
  let partners = "";
  const kept: string[] = [];
  for (const clause of clauses) {
    const m = partners ? null : WITH_PARTNER.exec(clause.trim());
    const subject = m?.[1] ?? "";
    if (!m || (subject && !(self && namesUnitItself(subject, self)))) {
      kept.push(clause);
      continue;
    }
    // The partners end where the rest only says the name's work again (`业主志愿者` + `清理楼道`).
    const rest = m[2];
    let at = 2;
    while (at <= rest.length - 4 && !restatesName(stripEnd(it.name), rest.slice(at).replace(/^(?:共同|一起|一道)/u, ""))) at += 1;
    if (at <= rest.length - 4) partners = rest.slice(0, at);
    else kept.push(clause.trim().slice(subject.length));
  }
  const summary = kept.join("，") || undefined;
  if (!partners) return summary === stripEnd(it.summary) ? it : { ...it, summary };
  const host = it.host ? `${it.host}、${partners}` : partners;
  return { ...it, host, summary };
}

/** Words that say one work of a name in other words: a name's word, and the two-character words that restate it. */
const SAME_WORK: readonly (readonly [RegExp, RegExp])[] = [
  [/义诊/u, /^(?:送医|看病|问诊|免费|诊疗|义诊|医疗|送诊)$/u],
  [/理发/u, /^(?:剪发|理发|免费)$/u],
  [/清扫|清理|大扫除/u, /^(?:打扫|扫地|清扫|清理|卫生)$/u],
];

/**
 * Whether a short 简要内容 (4 or 6 characters, no punctuation) only restates the activity's name: each of its two-character
 * words is in the name or says a word of the name again (SAME_WORK): `送医下乡` after `下乡义诊`, `免费看病` after `义诊`
 * (review run 27, 材料3 item 8). Conservative: any other word keeps the 简要内容.
 */
export function restatesName(name: string, summary: string): boolean {
  if (!/^[\u4e00-\u9fff]{4}(?:[\u4e00-\u9fff]{2})?$/u.test(summary)) return false;
  const words = summary.match(/[\u4e00-\u9fff]{2}/gu) ?? [];
  return words.every((w) => name.includes(w) || SAME_WORK.some(([inName, same]) => inName.test(name) && same.test(w)));
}

/**
 * A class's name as said (catalog CLASS_NAME): its kind typed in brackets after it goes before it (`就业技能培训班（电工）` →
 * `电工就业技能培训班`), unless the name opens with it already; any other name as typed.
 */
function className(name: string): string {
  const m = /^(.+?)[（(]([\u4e00-\u9fff]{1,8})[）)]$/u.exec(name);
  return m ? (m[1].startsWith(m[2]) ? m[1] : `${m[2]}${m[1]}`) : name;
}

/** Whether an activity is a class or a training given in one (catalog CLASS_NAME, CLASS_SESSION): its turnout is 参训. */
function isClass(name: string | undefined): boolean {
  const n = stripEnd(name ?? "");
  return !/[“”]/u.test(n) && (CLASS_NAME.test(n) || CLASS_SESSION.test(n));
}

/** A council named with its own work after it (`道德评议会评议`): the council's topic (1) and work (2), said twice in the name. */
const COUNCIL_AT_WORK = /^([\u4e00-\u9fff]{2,10}?)(评议|议事|协商|恳谈|听证|评审)会\2$/u;

/** Names of shows, exhibitions and contests, held (举办), never 开展-ed: `迎国庆文艺演出`, `书画作品展览`, `广场舞比赛`. */
const SHOW = /(?:演出|展览|书画展|摄影展|比赛|大赛)$/u;
/** Words of a place that a name may say again after its 地点 (`人民广场` … `迎国庆广场文艺演出`). */
const PLACE_WORD = /(?:广场|公园|剧院|剧场|礼堂|体育馆|文化馆|图书馆)$/u;

/**
 * A name without the place word its 地点 ends in (`迎国庆广场文艺演出` at `人民广场` → `迎国庆文艺演出`): only inside the
 * name, never at its start, with at least four characters left; else the name as typed.
 */
function withoutPlaceWord(name: string, place: string): string {
  const word = PLACE_WORD.exec(place.trim())?.[0];
  const at = word ? name.indexOf(word) : -1;
  if (!word || at < 2) return name;
  const rest = name.slice(0, at) + name.slice(at + word.length);
  return rest.length >= 4 ? rest : name;
}

/** Names of ceremonies, held (举行), never 开展-ed: `全民阅读启动仪式`, `开学典礼`, `揭牌仪式`, `开幕式`. */
const CEREMONY = /(?:仪式|典礼|开幕式|闭幕式|启动式|揭牌式)$/u;
/** An activity part that is work carried out itself (`理论宣讲`, `消防演练`): `开展理论宣讲`, with no 活动 after it. */
const ACTIVITY_DONE = /(?:宣讲|演练|讲座|培训|义诊|巡查|劝导)$/u;

/**
 * Who the couples (`6对`, TYPED_TURNOUT) of an activity are, from its name: `新人` at a wedding (`集体婚礼`), `亲子家庭`,
 * `夫妻` (金婚, 银婚); "" when the name says none (the figure is then `参与6对`). New-user test 33, D4.
 */
export function pairsOf(name: string): string {
  return /婚礼|婚典|新人/u.test(name) ? "新人" : /亲子/u.test(name) ? "亲子家庭" : /夫妻|金婚|银婚/u.test(name) ? "夫妻" : /婚/u.test(name) ? "新人" : "";
}

/** Words of a service done for people who come (`引导`, `导乘`, `咨询`, `义诊`): its 人次 may be the people served. */
const SERVICE_WORK = /引导|导乘|导医|导诊|咨询|义诊|便民服务|志愿服务|服务/u;
/** Who a service is for, by the words of its name, 简要内容 and 地点 (`进站口`: 旅客), most specific first. */
const SERVED: readonly (readonly [RegExp, string])[] = [
  [/旅客|进站|出站|候车|检票|站台|售票|火车站|高铁站|客运站|汽车站/u, "旅客"],
  [/乘客|公交|地铁|轨道交通/u, "乘客"],
  [/游客|景区|景点/u, "游客"],
  [/患者|病人|门诊|就诊|就医/u, "患者"],
  [/办事群众|服务群众|为群众/u, "群众"],
];
/** Work done on a place or a thing, not for people who come (`清扫`, `清理`, `捡拾垃圾`, `植树`). */
const PLACE_WORK = /清扫|清理|打扫|清洁|捡拾|捡垃圾|拾垃圾|除草|植树|整治|保洁|擦洗|清除/u;
/** A 简要内容 that opens by whom a service is for: `为司乘人员提供……` (1), `服务过往司机……` (2); people only (PEOPLE_SERVED). */
const PEOPLE_SERVED = "(?:人员|群众|居民|旅客|乘客|游客|患者|老人|儿童|学生|司机|司乘|市民|村民|顾客|客户|家长|妇女|青少年|残疾人)";
const FOR_PEOPLE = new RegExp(`^为([\\u4e00-\\u9fff]{0,6}?${PEOPLE_SERVED})(?:提供|送上|送去|办理|免费|义务)|^服务([\\u4e00-\\u9fff]{0,6}?${PEOPLE_SERVED})(?![\\u4e00-\\u9fff]*\\d)`, "u");
/**
 * A 窗口 or 大厅 where people come to have their business done (`办事大厅`, `政务服务中心`): those served there are 群众 when
 * the activity is one done for comers ({@link COMER_SERVICE}: `帮办代办` at the `办事大厅`) — never a 社区's `学雷锋志愿服务`
 * held in its 服务大厅, whose 人次 are volunteers (new-user test 35, D14).
 */
const SERVICE_COUNTER = /窗口|办事大厅|服务大厅|政务大厅|服务厅|政务服务中心|便民服务中心|行政服务中心/u;
/** Work done for the people who come to a {@link SERVICE_COUNTER}: guiding them, answering, doing their business with them. */
const COMER_SERVICE = /引导|导办|帮办|代办|导服|咨询|接待|便民服务|延时服务|预约服务|上门服务/u;

/**
 * Who an activity of service served, when its 活动名称 names a service (SERVICE_WORK) and its name, 简要内容 or 地点 name
 * whom (SERVED: `国庆假期文明出行引导` at the `进站口` → 旅客), or name a 窗口 or 大厅 where the named work is done for comers
 * (`帮办代办服务` at the `办事大厅` → 群众); undefined otherwise (new-user test 35, D14).
 */
export function servedBy(it: Pick<ActivityItem, "name" | "summary" | "place">): string | undefined {
  if (!SERVICE_WORK.test(it.name ?? "")) return undefined;
  // Work done on a place (`学雷锋志愿服务（清扫景区步道）`) serves nobody who comes: its 人次 are the volunteers, never `服务游客15人次`
  // read off the place (new-user test 70, D2).
  if (PLACE_WORK.test(`${it.name ?? ""}${it.summary ?? ""}`)) return undefined;
  // Whom the 简要内容 says the work is for (`为司乘人员提供热水……`, `服务过往司机`) is said as typed: `服务司乘人员3600人次`
  // (review run 32, reviewer AV, 材料10 item 2).
  const typed = FOR_PEOPLE.exec(it.summary ?? "")?.slice(1).find(Boolean);
  if (typed) return typed;
  const words = `${it.name ?? ""}${it.summary ?? ""}${it.place ?? ""}`;
  const who = SERVED.find(([re]) => re.test(words))?.[1];
  if (who) return who;
  return SERVICE_COUNTER.test(words) && COMER_SERVICE.test(it.name ?? "") ? "群众" : undefined;
}

/**
 * Who took part, after the activity: people as people say it (`，120余名教师参加`, the 备注 naming who),
 * turn-outs as counted (`，参与300人次`). Review run 5: `参与120余人` reads as a table field.
 */
function turnout(b: SentenceBuilder, it: ActivityItem): void {
  const p = it.participants;
  if (!p) return;
  // The 简要内容 says it already (`国庆七天累计服务旅客1.2万人次` beside 1.2万 人次): said once, there; its cell is still
  // the sentence's source (new-user test 47, D3).
  if (statesTurnout(it.summary, p)) {
    b.from(...p.sources);
    return;
  }
  // Households: straight after a visit that names who (`走访慰问独居老人40户`), else `，走访45户` (new-user test 32, D19).
  if (householdVisit(it)) {
    b.fig(p);
    return;
  }
  // Couples (`6对`, typed so: new-user test 33, D4) are who they are: `，6对新人参加`.
  if (p.unit === "对") {
    const pairs = pairsOf(it.name ?? "");
    if (pairs) b.text("，").fig(p).text(`${pairs}参加`);
    else b.text("，参与").fig(p);
    return;
  }
  const bodies = it.summary ? attendeesOf(stripEnd(it.summary)) : undefined;
  // Bodies the 简要内容 says took part (`辖区商户`) are the subject: `，5家商户参加`, never `惠及5家` (new-user test 42, D24).
  if (bodies && /^(?:家|户)$/u.test(p.unit) && /(?:商户|商家|经营户|门店|店铺|企业)$/u.test(bodies)) {
    b.text("，").fig(p).text(`${bodies}参加`);
    return;
  }
  const households = householdVerb(p.unit, [it.name ?? ""]);
  // Households that took part are the subject, named where the name says who: `，260家商户参与` (new-user test 36, D12).
  if (households === "参与") {
    b.text("，").fig(p).text(`${householdsWho([it.name ?? ""])}参与`);
    return;
  }
  if (households) {
    b.text(`，${households}`).fig(p);
    return;
  }
  // A service whose 人次 are the people served (`国庆假期文明出行引导` at the 进站口): `，服务旅客1.5万人次`, never `参与`
  // as if the travellers took part (new-user test 35, D14).
  const served = servedBy(it);
  if (served && p.unit === "人次") {
    b.text(`，服务${served}`).fig(p);
    return;
  }
  // Who the 简要内容 says took part (`居民代表参加`) comes first (new-user test 33, D5: `35名居民代表参加`).
  // A placeholder row is its 简要内容's event (`同楼栋长开会` → 楼栋长会议: new-user test 40-y, D4).
  const typedName = stripEnd(it.name ?? "");
  const event = isPlaceholderActivityName(typedName) ? eventOfSummary(it.summary) : undefined;
  // Who took part may follow the event (`消防演练 全园师生参加`: new-user test 42, D8).
  const attendees = it.summary ? attendeesOf(stripEnd(it.summary)) ?? (event?.rest ? attendeesOf(event.rest) : undefined) : undefined;
  const who = attendees ?? (it.remark && bareAttendees(it.remark) ? it.remark.detail ?? "" : "");
  const name = event?.name ?? typedName;
  // All of a body (`全园师生`, `全体党员`) is counted after it: `全园师生120人参加`, never `120名全园师生参加`.
  if (who && /^全/u.test(who) && /^(?:人|名|位)$/u.test(p.unit)) b.text(`，${who}`).fig(p).text("参加");
  else if (who && /^(?:人|名|位)$/u.test(p.unit)) b.text("，").fig({ ...p, unit: "名" }).text(`${who}参加`);
  // A meeting is attended: `召开护士节表彰大会，300人参加`.
  else if (MEETING_NAME.test(name) || MEETING_WITHOUT_HUI.test(name) || AWARD_NAME.test(name)) b.text("，").fig(p).text("参加");
  // Those at a class were trained: `，参训60人` (review run 34, reviewer AX, 材料2 item 4).
  else if (isClass(name) && /^(?:人|名|人次)$/u.test(p.unit)) b.text("，参训").fig(p);
  else b.text(recurredOf(it) ? "，累计参与" : "，参与").fig(p);
}

/**
 * One activity of a roll-up told as a unit's own summary tells it, `who` (the unit's short name) after its date:
 * `4月1日县税务局在青山职业技术学院开展税收宣传月“税法进校园”活动，参与300人`, or `who` first when it has no day
 * (`城东税务分局4月开展……`). `self` is the unit's own profile (its partners and its own words: activityClause). No closing
 * mark. Review run 31 (reviewer AU), 材料5 item 3, 材料6 item 2: a roll-up's few events told one by one (brief jc, D1).
 */
export function eventOfUnit(it: ActivityItem, year: number | undefined, self: UnitSelf | undefined, who: string): Sentence {
  const clause = activityClause(it, year, true, self);
  const date = /^\d{1,2}月\d{1,2}日(?:至(?:\d{1,2}月)?\d{1,2}日)?(?:起)?/u.exec(clause)?.[0] ?? "";
  const b = new SentenceBuilder().text(`${date}${who}${clause.slice(date.length).replace(/^，/u, "")}`).from(...it.sources);
  turnout(b, it);
  return b.build();
}

/**
 * How often a dated row's 简要内容 says it was done (`4月每周开展`, `每月开展1次`: facts writtenActivityClause's form of
 * `四月份每周都搞`), its first clause: the month and cycle (`4月每周`), and the rest of the 简要内容; undefined when it says
 * none, or a month other than its date's. Run-29 review, 材料3 item 3: one date beside `每周开展` reads as a contradiction.
 */
function recurredOf(it: ActivityItem): { when: string; rest: string } | undefined {
  const m = RECURRED.exec(stripEnd(it.summary ?? ""));
  if (!m || it.date === undefined || it.remark?.span) return undefined;
  if (m[1] && Number(m[1]) !== ymdFromSerial(it.date).m) return undefined;
  return { when: `${m[1] ? `${m[1]}月` : ""}每${m[2]}`, rest: m[3] ?? "" };
}
/** A 简要内容 that opens with a cycle the work kept (`每周二四开课`, `每天下午开放`): a dated row of it started that day. */
const RECURS_FROM = /^每(?:周|星期|天|日|月)/u;

/** A 简要内容 that opens with how often the work was done (`4月每周开展，各村干部带头`). */
const RECURRED = /^(?:(\d{1,2})月份?)?每(周|日|天|月)开展(?:1次)?(?:[，,；;](.+))?$/u;

/** People counted alike: `人`, `名` and `位` are one measure. */
const PEOPLE_UNIT = /^(?:人|名|位)$/u;

/**
 * Whether a 简要内容 states an activity's own 参与数量: a figure in it (digits or Chinese numerals, with 万, 余, 约) of the
 * same value and measure (`1.2万人次` = 12000 人次; 人, 名, 位 alike). New-user test 47, D3.
 */
export function statesTurnout(summary: string | undefined, p: Figure): boolean {
  if (!summary) return false;
  const figures = figuresInDigits(summary).matchAll(/(?:约|近)?\d[\d,.]*(?:万|千)?(?:余|多)?(?:人次|户次|人|名|位|户|家)/gu);
  return [...figures].some((m) => {
    const r = readNumber(m[0]);
    return r.kind === "number" && r.value === p.value && (r.unit === p.unit || (PEOPLE_UNIT.test(r.unit ?? "") && PEOPLE_UNIT.test(p.unit)));
  });
}

/**
 * Whether a 备注's detail is only who took part (`居民代表`, `辖区党员`), said as `35名居民代表参加`: never a clause of
 * work or its figure (`共服务独居老人15户`, `服务老人20人次` → never `35名共服务独居老人参加`; new-user test 34, D18).
 */
function bareAttendees(remark: RemarkReading): boolean {
  const who = remark.detail;
  if (!who || !/(?:教师|教职工|师生|学生|职工|干部|党员|居民|群众|志愿者|家庭|妇女|青年|儿童|老人|队员)$/u.test(who)) return false;
  if (/^(?:共|累计|合计)|服务|惠及|帮扶|救助|慰问|走访|看望|帮助|受益|[为向给对]/u.test(who) || actionOf(who)) return false;
  return !remark.dropped.some((d) => d.why === "figure" && d.text.startsWith(who));
}

/** The number of days of a span said as `8月1日至3日` or `7月30日至8月2日` (undefined for `7月29日起`). */
function spanDays(span: string | undefined): number | undefined {
  const m = span ? /^(\d+)月(\d+)日至(?:(\d+)月)?(\d+)日$/u.exec(span) : null;
  if (!m) return undefined;
  const [from, to] = [new Date(2001, Number(m[1]) - 1, Number(m[2])), new Date(2001, Number(m[3] ?? m[1]) - 1, Number(m[4]))];
  const n = Math.round((to.getTime() - from.getTime()) / 86400000) + 1;
  return n > 0 ? n : undefined;
}

/** A 期号 or year around an activity's own name: `第3期`, `（第3期）`, `3期`, `2025年`, `(三)`. */
const SERIAL = "(?:\\d{4}年(?:度)?|[（(]?第?[0-9一二三四五六七八九十百零〇两]+(?:期|场|讲|次|课|堂|届|轮)?[）)]?)";

/**
 * What an activity's name says besides its type (`道德讲堂`) and 期号: `` for `道德讲堂第1期`, `《道德讲堂》第3期`,
 * `第5期道德讲堂`; the title after a mark for `道德讲堂第4期：孝老爱亲` (`孝老爱亲`) and `我们的节日·中秋国庆`
 * (`中秋国庆`); the name itself when it is not the type's (`孝老爱亲专题讲座`). Quotes around the type are not read
 * (new-user test 9, D9; new-user test 29, D25: a 期号 is no 主题).
 */
function ownTitle(name: string, kind: string): string {
  const k = kind.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
  const bare = name.trim().replace(new RegExp(`[《“"「〈]${k}[》”"」〉]`, "u"), kind);
  const m = new RegExp(`^\\s*${SERIAL}*\\s*${k}\\s*${SERIAL}*\\s*(.*)$`, "u").exec(bare);
  if (!m) return name;
  // After the type only a title after a mark names anything (`道德讲堂进社区` does not).
  const mark = /^[·：:—-]+\s*(\S.*)$/u.exec(m[1]);
  if (mark) return mark[1].replace(/^[“《"](.*)[”》"]$/u, "$1");
  // A type of work with more after it (`志愿服务进敬老院`, `宣传教育进社区`) names its event: told with its name and date,
  // never `开展1场志愿服务活动` (new-user test 54, D13). A 道德讲堂's 期号 and place say nothing its count does not.
  return kind !== "道德讲堂" && !/^(?:活动|工作|行动)?$/u.test(m[1].trim()) && !new RegExp(`^${SERIAL}+$`, "u").test(m[1].trim()) ? name : "";
}

/** Named items, one per distinct name; serial names (道德讲堂第1期 …) say nothing the count does not. */
const namedItems = (g: ActivityGroup): ActivityItem[] => {
  const seen = new Set<string>();
  // A name that is the type (`道德讲堂第1期`) names nothing; the type with a title after a mark (`我们的节日·中秋国庆`) does
  // (new-user test 9, D9).
  const titled = (name: string): boolean => ownTitle(name, g.kind).length >= 2;
  return g.items.filter((i) => i.name && titled(i.name) && !seen.has(i.name) && !!seen.add(i.name));
};

/**
 * The figures of one activity (ctx.eventFigures) as clauses after it (v2 rule 9): `……，每周派驻2个支部`; a count of
 * the activity's own work is said as its total (`……拆除背街小巷违章搭建，共拆除12处`, review runs 20–21).
 */
function eventFigureClauses(ctx: Ctx, b: SentenceBuilder, it: ActivityItem): void {
  // Its own figures stay with it (v2 rule 9): `……，每周派驻支部2个，每支部每天到岗不少于5人`.
  // Said after the activity, a figure does not name it again (`“女性大讲堂”，听讲近1000人`, not `大讲堂听讲`).
  const own = (x: Item): Item => {
    if (countsWorkOf(`${x.verb}${x.object}`, it)) return { ...x, verb: `共${x.verb}`, object: "" };
    const cut = [4, 3, 2].find((n) => x.topic && x.object.length - n >= 2 && it.name.includes(x.object.slice(0, n)));
    return cut ? { ...x, object: x.object.slice(cut) } : x;
  };
  // `8月1日至3日……，连续值勤3天` says the days twice: a count of days equal to the span is left to the dates.
  const days = spanDays(it.remark?.span);
  const figures = (ctx.eventFigures?.get(it) ?? []).filter((f) => {
    const same = days !== undefined && f.figure.unit === "天" && f.figure.value === days && !f.figure.approx;
    if (same) b.from(...f.figure.sources);
    return !same;
  });
  for (const c of clausesOfItems(mergeRows(figures).map(itemOf).map(own))) b.text("，").text(c.text).from(...c.sources);
}

/**
 * What an activity achieved, from its 备注 (`，共清理小广告200余处`: RemarkReading.result), after its turnout (new-user
 * test 33, D11); nothing when a 其他指标 row of the same figure tells it already.
 */
function resultClause(ctx: Ctx, b: SentenceBuilder, it: ActivityItem): void {
  const result = it.remark?.result;
  if (!result) return;
  const n = /\d+(?:\.\d+)?/u.exec(result)?.[0];
  // A 其他指标 row that names this result (`捐赠图书` 1200册 beside `捐赠图书1200册`), plain (no 备注, stage, 频次), is told
  // here, with the activity that did it (sections toldByActivity), never a loose sentence after the list (new-user test 63, D8).
  const ownRow = (f: Facts["figures"][number]): boolean => result.includes(f.name.trim()) && !f.remark?.trim() && !f.reading?.stage && !f.reading?.frequency && f.figure.kind !== "rate";
  if (n !== undefined && ctx.facts.figures.some((f) => String(f.figure.value) === n && !ownRow(f))) return;
  b.text(`，${result}`);
}

/**
 * Whether an activity's name says anything besides its type and 期号: `志愿服务积分超市兑换日` and `道德讲堂进社区` do,
 * `道德讲堂第1期` and `第5期道德讲堂` do not (new-user test 35, D2).
 */
function hasOwnWords(name: string | undefined, kind: string): boolean {
  if (!name) return false;
  const k = kind.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
  const rest = name.trim().replace(new RegExp(`^\\s*${SERIAL}*\\s*[《“"「〈]?${k}[》”"」〉]?\\s*${SERIAL}*`, "u"), "");
  return rest.replace(/[\s·：:—\-、，,。]/gu, "").length >= 2;
}

/**
 * Activities a group tells one by one: its titled ones, or all of them (at most three, each of its own name) when one is
 * titled and the others have words of their own, so that no title is said as every activity's 主题 (`以“学雷锋志愿服务”
 * 为主题` over a 积分超市兑换日; new-user test 35, D2).
 */
function toldItems(g: ActivityGroup, named: ActivityItem[]): ActivityItem[] {
  // Rows named by a placeholder (`其他`) are other events, never the named one's: each told by its 简要内容 when that names
  // the event (`课后服务家长会`), beside the named ones in date order (new-user test 40, D5: never `共开展2场活动，以“劳动教育
  // 实践周”为主题`).
  const byContent = g.items.filter((i) => isPlaceholderActivityName(stripEnd(i.name ?? "")) && !!eventOfSummary(i.summary));
  if (byContent.length && named.length + byContent.length <= 3) return g.items.filter((i) => named.includes(i) || byContent.includes(i));
  if (named.length !== 1 || g.items.length < 2 || g.items.length > 3) return named;
  const names = g.items.map((i) => i.name);
  const distinct = new Set(names).size === names.length;
  return distinct && g.items.every((i) => hasOwnWords(i.name, g.kind)) ? [...g.items] : named;
}

/**
 * Whether a labelled group (`“我们的节日”主题活动`) tells each activity after its count: when their turnouts are in
 * different measure words (人 and 人次) no total can be said, so each activity carries its own — at most three, all
 * named (new-user test 23, D11: never the 800人次 and 200人 dropped).
 */
const listsEach = (g: ActivityGroup): boolean => g.participants.length > 1 && g.items.length <= 3 && namedItems(g).length === g.items.length;

/** A month, week or quarter before or after a name (`1月`, `十二月份`, `第3周`, `第二季度`, `（5月）`), with its cycle. */
const CYCLE_MARKS: readonly (readonly [RegExp, string])[] = [
  [/^(?:[（(]?(?:[1-9]|1[0-2]|[一二三四五六七八九十]|十[一二])月份?[）)]?)|(?:[（(](?:[1-9]|1[0-2]|[一二三四五六七八九十]|十[一二])月份?[）)])$/u, "每月"],
  [/^(?:[（(]?第?[0-9一二三四五六七八九十]{1,3}周[）)]?)|(?:[（(]第?[0-9一二三四五六七八九十]{1,3}周[）)])$/u, "每周"],
  [/^(?:[（(]?第?[1-4一二三四]季度[）)]?)|(?:[（(]第?[1-4一二三四]季度[）)])$/u, "每季度"],
];

/**
 * Activities whose names differ only by a month, week or quarter (`1月环境卫生大扫除` … `12月环境卫生大扫除`): one recurring
 * activity, said once with its cycle (`每月开展环境卫生大扫除`), never three of its names as examples (new-user test 36,
 * D13). Undefined unless at least three activities all share one name so and their marks differ.
 */
export function recurringActivity(names: readonly string[]): { cycle: string; name: string } | undefined {
  if (names.length < 3) return undefined;
  for (const [mark, cycle] of CYCLE_MARKS) {
    const split = names.map((n) => {
      const t = stripEnd(n).trim();
      const m = mark.exec(t);
      return m ? { mark: m[0], rest: t.replace(mark, "").replace(/^[\s·：:—-]+/u, "").trim() } : undefined;
    });
    if (split.some((x) => !x)) continue;
    const rests = new Set(split.map((x) => x?.rest));
    const marks = new Set(split.map((x) => x?.mark));
    const rest = split[0]?.rest ?? "";
    if (rests.size === 1 && marks.size === names.length && [...rest].length >= 2) return { cycle, name: rest };
  }
  return undefined;
}

/** `全年共`, `上半年共`, `共`: the period before the total of a recurring activity. */
function periodTotal(period: string | undefined): string {
  return period && /^(?:全年|上半年|下半年)$/u.test(period) ? `${period}共` : "共";
}

/**
 * The most named events of a group told one by one (v2 rule 10: at most four items in one enumeration); more are named as
 * `如……等`. Four dated events are told, never `如“普法进校园”“三八节检察开放日”“检察开放日”等` (run-30 review,
 * t57-procuratorate item 6).
 */
const TOLD_EVENTS = 4;

/** How many rows an item of sameDayTwinsMerged stands for (2 or more); absent for an item of one row. */
const TWINS = new WeakMap<ActivityItem, number>();

/**
 * Rows of one name, day and place (a row typed twice, or a `同上` corrected: 200人 and 150人) as one item whose turnout is
 * their sum (sumOfFigures), the count of rows kept in {@link TWINS}: told once, `……活动，共2场，参与350人` (new-user test 68,
 * D6: never the first's 200人 alone while the 附表 says 350人). Rows whose turnouts are in different measure words, or
 * missing from some, are left as they are; so are undated rows and rows of several days.
 */
function sameDayTwinsMerged(items: readonly ActivityItem[]): ActivityItem[] {
  const key = (i: ActivityItem): string | undefined => (i.date === undefined || i.month || i.remark?.span || !i.name ? undefined : `${i.name}\u0000${i.date}\u0000${i.place ?? ""}`);
  const out: ActivityItem[] = [];
  const seen = new Set<ActivityItem>();
  for (const it of items) {
    if (seen.has(it)) continue;
    const k = key(it);
    const twins = k === undefined ? [it] : items.filter((i) => key(i) === k);
    const unit = it.participants?.unit;
    const sum = twins.length > 1 && unit && twins.every((i) => i.participants?.unit === unit) ? sumOfFigures(twins.map((i) => i.participants), unit) : undefined;
    if (!sum) {
      out.push(it);
      seen.add(it);
      continue;
    }
    twins.forEach((i) => seen.add(i));
    const merged: ActivityItem = { ...it, participants: sum, sources: twins.flatMap((i) => i.sources) };
    TWINS.set(merged, twins.length);
    out.push(merged);
  }
  return out;
}

/** One group as a sentence: a single named activity told as such; otherwise count, participants, a few names. */
function groupSentence(ctx: Ctx, g: ActivityGroup, key: number, label?: string, after = false): Sentence {
  const recurring = label ? undefined : recurringActivity(g.items.map((i) => i.name ?? ""));
  if (recurring && g.count.value === g.items.length) {
    // `每月开展环境卫生大扫除，全年共12场，参与360人次` (new-user test 36, D13).
    const work = actionOf(recurring.name) || /^(?:组织|开展|举办|召开|进行)/u.test(recurring.name) ? recurring.name : `开展${recurring.name}`;
    const b = new SentenceBuilder().text(`${recurring.cycle}${work}，${periodTotal(ctx.facts.profile.period)}`).fig(g.count).from(...g.items.flatMap((i) => i.sources));
    if (g.participants.length === 1 && g.items.every((i) => i.participants)) b.text(pick(wording.participants, ctx.sectionId, key)).fig(g.participants[0]);
    return b.text("。").build();
  }
  // Rows of one name and day told once with their sum, unless they are all the group's (told by their 主题 then).
  const twinsMerged = label ? g.items : sameDayTwinsMerged(g.items);
  if (twinsMerged.length > 1 && twinsMerged.length < g.items.length) return groupSentence(ctx, { ...g, items: twinsMerged }, key, label, after);
  const named = label ? namedItems(g) : toldItems(g, namedItems(g));
  // Beside rows that name nothing (`其他` with `见备注` or `略`: counted in the opening's total, check's text.placeholder) the
  // count is of what is told: `10月1日开展国庆节主题活动`, never `共开展2场活动，其中……` and one (new-user test 39, D21).
  const untold = g.items.filter((i) => !named.includes(i));
  if (!label && named.length && untold.length && untold.every((i) => isBareActivityName(stripEnd(i.name ?? ""), g.kind) && !eventOfSummary(i.summary))) {
    const participants = untold.some((i) => i.participants) ? [] : g.participants;
    return groupSentence(ctx, { ...g, count: { ...g.count, value: named.length }, participants, items: named }, key, label, after);
  }
  if (g.count.value === 1 && named.length === 1 && !label) {
    const it = named[0];
    // A measure taken (`设置临时摊群点`) after a count of events is none of them: `同时，` (review run 14).
    const b = new SentenceBuilder().text(after && isMeasureName(it.name) ? "同时，" : "").text(activityClause(withoutLedgersTold(it, ctx.facts), ctx.year, true, actingUnit(ctx.facts))).from(...g.count.sources);
    // `出动人员100余人` among the section's figures already says who took part: not `参与100人` as well.
    const told = it.participants && ctx.facts.figures.some((f) => f.sectionId === ctx.sectionId && f.figure.unit === it.participants?.unit && f.figure.value === it.participants.value);
    if (it.participants && told) b.from(...it.participants.sources);
    else if (it.participants) turnout(b, it);
    eventFigureClauses(ctx, b, it);
    resultClause(ctx, b, it);
    return b.text("。").build();
  }
  // `先后开展3场环境整治活动`: the count before the kind, as people say it (and no stock run of words).
  // Activities of several days are not counted as 场 (review run 5): each is told with its days, no count before them.
  const spanned = !label && named.length > 1 && named.length <= TOLD_EVENTS && named.some((it) => !!it.remark?.span);
  // Classes (and trainings given in them) are held and counted in 期: `先后举办培训班2期，累计参训230人：`, never `2场培训` nor
  // `2场会议和培训` (review run 34, reviewer AX, 材料2 item 3, 材料3 items 1–2).
  const classes = !label && !spanned && g.kind === "会议培训" && g.items.length > 1 && g.items.every((i) => isClass(i.name));
  const verb = g.count.value > 1 ? pick(wording.activityVerbs, ctx.sectionId, key) : "开展";
  const b = spanned
    ? new SentenceBuilder().from(...g.count.sources)
    : classes
      ? new SentenceBuilder().text(`${verb.replace(/开展$/u, "举办")}培训班`).fig({ ...g.count, unit: "期" })
      : new SentenceBuilder().text(verb).fig(g.count).text(label ?? groupLabel(g));
  // A total of participants says something only when more than one activity gave a figure, and only
  // in one measure word (v2 rule 3: never 人 beside 人次; such totals are in the appendix table). Before a list that
  // shows its parts mixing rough and exact figures it is left out (subtotalBeforeParts).
  const lists = !!named.length && named.length <= TOLD_EVENTS && !(label && !listsEach(g)) && !(named.length === 1 && g.items.length > 1 && !g.items.some((i) => isPlaceholderActivityName(stripEnd(i.name ?? ""))));
  if (g.participants.length === 1 && g.items.filter((i) => i.participants).length > 1 && subtotalBeforeParts(g.items, lists)) {
    const households = householdVerb(g.participants[0].unit, g.items.filter((i) => i.participants).map((i) => i.name ?? ""));
    const joined = households === "参与";
    const took = pick(wording.participants, ctx.sectionId, key);
    b.text(joined ? "，共" : households ? `，共${households}` : classes ? took.replace(/参与$/u, "参训") : took);
    g.participants.forEach((p, i) => b.text(i ? "、" : "").fig(p));
    if (joined) b.text(`${householdsWho(g.items.filter((i) => i.participants).map((i) => i.name ?? ""))}参与`);
  } else if (g.items.length === 1 && !named.length && !label) {
    // One activity under a serial name (`道德讲堂第1期`): its turnout is still said (new-user test 4, D5).
    turnout(b, g.items[0]);
  }
  if (label && !listsEach(g)) return b.text("。").build();
  if (named.length === 1 && g.items.length > 1 && !g.items.some((i) => isPlaceholderActivityName(stripEnd(i.name ?? "")))) {
    // The theme is the title, never the lecture's own name and 期号 (`以“孝老爱亲”为主题`; new-user test 29, D25).
    b.text(`，以${quoted(ownTitle(named[0].name, g.kind))}为主题`).from(...named[0].sources);
  } else if (named.length && named.length <= TOLD_EVENTS) {
    // Some of the counted activities untold (no name of their own: `其他`, `道德讲堂第1期`): the list is `其中`, never a
    // colon that claims the count's all (new-user test 39, D21: not `共开展3场活动，参与32人：` and two).
    if (!spanned) b.text(named.length < g.items.length ? "，其中" : "：");
    named.forEach((it, i) => {
      if (i) b.text("；");
      const clause = activityClause(withoutLedgersTold(it, ctx.facts), ctx.year, false, actingUnit(ctx.facts));
      // A date is said once (v2 rule 6): the next activity of the same day is `同日` (new-user test 27, D22).
      const prev = i ? named[i - 1] : undefined;
      const day = it.date !== undefined && !it.remark?.span && !it.month ? dateText(it.date, ctx.year) : "";
      const sameDay = !!prev && !!day && prev.date !== undefined && !prev.remark?.span && dateText(prev.date, ctx.year) === day && clause.startsWith(day);
      // The first of a festival list right after the lead's `先后开展2场……：` is 举办-ed (`9月30日举办中秋节“月满博物馆”
      // 猜灯谜活动`; undated, its festival first: `中秋节举办……`): never 开展 twice running (review run 32, reviewer AV, 材料7
      // item 6, 材料10 item 3).
      const told = label && i === 0 && !spanned ? heldAfterLead(clause, it.festival) : clause;
      b.text(sameDay ? `同日${told.slice(day.length)}` : told).from(...it.sources);
      const times = TWINS.get(it);
      if (times) b.text(`，共${times}场`);
      if (it.participants && g.items.length > 1) turnout(b, it);
      eventFigureClauses(ctx, b, it);
      resultClause(ctx, b, it);
    });
  } else if (named.length > TOLD_EVENTS) {
    b.text("，如").text(listWithEtc(named.slice(0, 3).map((it) => quoted(it.name)))).text("等").from(...named.slice(0, 3).flatMap((n) => n.sources));
  }
  return b.text("。").build();
}

/**
 * An activity's clause told right after a lead that ends in 开展 (`先后开展2场“我们的节日”主题活动：`), its own 开展 (the first,
 * after its date, partner and place only) as 举办: `9月30日举办中秋节“月满博物馆”猜灯谜活动`; a clause with no date that
 * opens with its festival (`开展中秋节“月满博物馆”……`) has the festival first, `中秋节举办“月满博物馆”……`. Any other clause
 * as given. Review run 32, reviewer AV, 材料7 item 6, 材料10 item 3.
 */
function heldAfterLead(clause: string, festival: string | undefined): string {
  const at = clause.indexOf("开展");
  if (at < 0) return clause;
  const before = clause.slice(0, at);
  if (/[，；。]|举办|召开|举行|组织/u.test(before)) return clause;
  const rest = clause.slice(at + 2);
  const day = festival ? new RegExp(`^${festival.replace(/节$/u, "")}节?(?=“)`, "u").exec(rest)?.[0] : undefined;
  if (!before && day) return `${day}举办${rest.slice(day.length)}`;
  return `${before}举办${rest}`;
}

/**
 * Whether a subtotal of the participants of `items` (`，参与300余人`) may be said before their list. Where the parts are
 * listed right after (`lists`) and they mix rough (`三百余`, `约500`: Figure.approx) and exact figures (`12`), the
 * reader adds them and finds the subtotal wrong (a 余 sum is said at its rough part's scale, overAtItsScale): it is left
 * out — `共开展2场活动：4月1日……参与300余人；4月8日……参与12人`, never `共开展2场活动，参与300余人：` (new-user test 61,
 * D4). Where the parts are not shown, or all are rough or all exact, the subtotal is said.
 */
export function subtotalBeforeParts(items: readonly { readonly participants?: Figure }[], lists: boolean): boolean {
  if (!lists) return true;
  const parts = items.map((i) => i.participants).filter((p): p is Figure => !!p);
  return !(parts.some((p) => !!p.approx) && parts.some((p) => !p.approx));
}

/**
 * Whether an 活动名称 names no event of its group of 活动类型 `kind`: a placeholder name of an activity of 类型 其他
 * (catalog isPlaceholderActivityName: `其他`, `活动`), or the bare word of its type (`志愿服务`, `志愿服务活动` under 志愿服务;
 * not 道德讲堂).
 */
function isBareActivityName(name: string, kind: string): boolean {
  // A 道德讲堂 is named by its kind and is the work itself (`开展1期道德讲堂`): told.
  return (kind === "其他" && isPlaceholderActivityName(name)) || (kind !== "其他" && kind !== "道德讲堂" && (name === kind || name === `${kind}活动`));
}

/** A drill's name (`高层建筑灭火救援应急演练`, `人员密集场所应急疏散演练`, `防震演习`): catalog DRILL_NAME. */
const DRILL = DRILL_NAME;

/**
 * A group without its drills typed 其他 (placed with 宣传教育 by their words), and those drills as a group of their own:
 * the count of the type is the ledger's (指标汇总 COUNTIFS), the drills told as drills with their turnout — `组织开展2场
 * 宣传教育活动……`, `组织开展2场应急演练：……参与80人；……参与300人` (new-user test 55, D4). `groups` as placed.
 */
function drillsApart(groups: readonly ActivityGroup[]): ActivityGroup[] {
  return groups.flatMap((g): ActivityGroup[] => {
    const drills = g.kind === "其他" ? [] : g.items.filter((i) => i.typedKind === "其他" && DRILL.test(stripEnd(i.name ?? "")));
    if (!drills.length) return [g];
    const groupOf = (kind: string, items: readonly ActivityItem[]): ActivityGroup => {
      const units = [...new Set(items.map((i) => i.participants?.unit).filter((u): u is string => !!u))];
      const participants = units.map((u) => overAtItsScale(sumOfFigures(items.map((i) => i.participants).filter((p) => p?.unit === u), u))).filter((p): p is Figure => !!p);
      const sources = items.flatMap((i) => i.sources);
      return { kind, count: { value: items.length, unit: g.count.unit, kind: "count", sources }, participants, items };
    };
    const rest = g.items.filter((i) => !drills.includes(i));
    return [...(rest.length ? [groupOf(g.kind, rest)] : []), groupOf("其他", drills)];
  });
}

/**
 * The drills typed 其他 among activity groups placed in one section (`高层建筑灭火救援应急演练` beside the 宣传教育 events):
 * `rest`, the groups without them, and `drills`, them as one group of their own (drillsApart), or undefined when there are
 * none. A section with drills among other events tells them as a point of their own (run-29 review, t55-fire-q2/q3).
 */
export function drillsOf(groups: readonly ActivityGroup[]): { rest: ActivityGroup[]; drills?: ActivityGroup } {
  const apart = drillsApart(groups);
  const drills = apart.find((g) => g.kind === "其他" && g.items.length > 0 && g.items.every((i) => i.typedKind === "其他" && DRILL.test(stripEnd(i.name ?? ""))) && !groups.includes(g));
  return { rest: apart.filter((g) => g !== drills), drills };
}

/**
 * The drills of a period as one sentence: the period's count of a 其他指标 row first, the dated drills as its part
 * (`本季度开展应急演练8次，其中5月20日在……开展……应急演练，参与80人；……。`), in date order. When the row counts fewer
 * than the dated drills, or there is none, the dated drills only (groupSentence); a row alone is its count
 * (`本季度开展应急演练8次。`). `period`: the period's word (`本季度`, `上半年`); run-29 review, t55-fire-q2/q3.
 */
export function drillSentence(ctx: Ctx, drills: ActivityGroup | undefined, row: { readonly name: string; readonly figure: Figure } | undefined, period: string, key: number): Sentence | undefined {
  const items = drills ? [...drills.items].sort((a, b) => (a.date ?? Number.MAX_SAFE_INTEGER) - (b.date ?? Number.MAX_SAFE_INTEGER)) : [];
  const thing = row ? drillCounted(row.name, row.figure.unit) : undefined;
  const head = row && thing && row.figure.value >= items.length ? new SentenceBuilder().text(`${period}开展${thing}`).fig(row.figure) : undefined;
  if (!head || items.length > 4) {
    const told = drills ? groupSentence(ctx, { ...drills, items }, key) : undefined;
    // A count below the dated drills is not said beside them (`共2场……累计1次` reads as a contradiction); its cell is kept.
    return told && row ? { text: told.text, sources: [...new Set([...told.sources, ...row.figure.sources])] } : told ?? head?.text("。").build();
  }
  items.forEach((it, i) => {
    head.text(i ? "；" : "，其中").text(activityClause(withoutLedgersTold(it, ctx.facts), ctx.year, false, actingUnit(ctx.facts))).from(...it.sources);
    turnout(head, it);
    eventFigureClauses(ctx, head, it);
    resultClause(ctx, head, it);
  });
  return head.from(...(drills?.count.sources ?? [])).text("。").build();
}

/** Activities of the given groups as sentences (one per 活动类型). */
export function activitySentences(ctx: Ctx, placed: readonly ActivityGroup[], pointIndex: number): Sentence[] {
  const groups = drillsApart(placed);
  // Single dated activities of several types in one paragraph (`5月4日……青年理论宣讲`, `5月12日……防灾减灾宣传`) are told
  // in date order, never by type (new-user test 40, D9); groups of several activities keep the order of their types.
  const dated = groups.length > 1 && groups.every((g) => g.items.length === 1 && g.items[0].date !== undefined);
  const ordered = dated ? [...groups].sort((a, b) => orderDay(a.items[0]) - orderDay(b.items[0])) : groups;
  // Activities of 类型 其他 named by a placeholder alone (`其他`, `活动`), whose 简要内容 names no event, are counted in the
  // total (`开展各类活动6场`) but get no sentence: `开展1场活动。` says nothing (new-user test 51, D7; check's text.placeholder).
  // Likewise activities of any type named by their type's bare word (`志愿服务`, `志愿服务活动`) with no content (`略`):
  // `开展1场志愿服务活动。` says nothing either (new-user test 52, D10).
  const told = ordered.filter((g) => !g.items.every((it) => isBareActivityName(stripEnd(it.name ?? ""), g.kind) && !eventOfSummary(it.summary)));
  // Activities of several types in one point (宣传教育 and 理论学习), at most three in all, each of one day and a name of its
  // own: one count and one list in date order, never `组织开展2场宣传教育活动：……。9月30日……理论学习活动` with a third after the
  // count of two (new-user test 52, D6). Measures and other rows typed 其他, and meetings, keep their own sentences.
  const items = told.flatMap((g) => g.items);
  const oneList = !dated && told.length > 1 && items.length <= 3 && told.every((g) => g.kind !== "其他" && g.kind !== "会议培训" && namedItems(g).length === g.items.length)
    && items.every((it) => it.date !== undefined && !it.remark?.span && !it.month);
  if (oneList) {
    const sorted = [...items].sort((a, b) => (a.date ?? 0) - (b.date ?? 0));
    const count = { ...told[0].count, value: items.length, sources: [...new Set(told.flatMap((g) => g.count.sources))] };
    return [groupSentence(ctx, { kind: "其他", count, participants: [], items: sorted }, pointIndex * 10, undefined, false)];
  }
  return told.map((g, i) => groupSentence(ctx, g, pointIndex * 10 + i, undefined, i > 0));
}


/**
 * Festival activities in the order told: by date, and one without a date (an error row under --force: `2025.4.31`) in
 * its festival's place in the year, before the first dated one of a later festival (new-user test 47, D17: never
 * `围绕清明节和端午节……：5月31日……端午……；开展“清明文明祭扫倡议”活动`). Undated ones of no festival stay last.
 */
function inFestivalOrder<T extends { readonly date?: number; readonly festival?: string }>(items: readonly T[], order: (f: string) => number): T[] {
  const out = items.filter((i) => i.date !== undefined || !i.festival);
  for (const item of items.filter((i) => i.date === undefined && i.festival)) {
    const at = out.findIndex((o) => (o.date === undefined && !o.festival) || (o.festival !== undefined && order(o.festival) > order(item.festival as string)));
    out.splice(at < 0 ? out.length : at, 0, item);
  }
  return out;
}

/**
 * 我们的节日 by festival: `围绕春节、元宵节、清明节和端午节，组织开展“我们的节日”主题活动5场，参与……，
 * 其中春节2场，元宵节、清明节和端午节各1场。`
 */
export function festivalPoints(ctx: Ctx, pointIndex: number): Point[] {
  const found = ctx.facts.activities.find((a) => a.kind === "我们的节日");
  if (!found) return [];
  const order = (f: string): number => ctx.festivalOrder.indexOf(f);
  const g = { ...found, items: inFestivalOrder(found.items, order) };
  const festivals = [...new Set(g.items.map((i) => i.festival).filter((f): f is string => !!f))].sort((a, b) => order(a) - order(b));
  const others = g.items.some((i) => !i.festival);
  const lead = festivals.length && g.items.length > 1 ? `围绕${joinList(festivals.map(festivalName))}${others ? "等传统节日" : ""}，` : "";
  // One festival activity is told as itself (its date, place and content), several as a count by festival.
  const main = g.items.length === 1 ? groupSentence(ctx, g, pointIndex) : groupSentence(ctx, g, pointIndex, "“我们的节日”主题活动");
  const sentences: Sentence[] = [{ text: lead + main.text, sources: main.sources }];
  // An activity of another day (`国庆节升旗`) is counted under its own day's name, after the festivals: a breakdown that
  // covers 2 of 3 reads as an arithmetic slip (new-user test 28, D18). Others without a day's name leave it out.
  const days = g.items.filter((i) => !i.festival).map((i) => /^(?:[\u4e00-\u9fff]{1,4}?节)(?!日)/u.exec(stripEnd(i.name ?? "").replace(/^“/u, ""))?.[0]);
  const named = days.every((d): d is string => !!d);
  const counts = [...festivals, ...(named ? [...new Set(days)] : [])].map((f) => ({ f, n: g.items.filter((i) => i.festival === f || (!i.festival && days[g.items.filter((x) => !x.festival).indexOf(i)] === f)).length }));
  // One activity a festival, none other: the lead has said it all (`围绕春节和端午节……2场`, never `其中……各1场` again).
  // Activities told one by one with their dates (listsEach) are counted by festival already.
  if (festivals.length >= 2 && ((others && named) || (!others && counts.some((c) => c.n > 1))) && !listsEach(g)) {
    const byCount = [...new Set(counts.map((c) => c.n))].map((n) => counts.filter((c) => c.n === n));
    const text = byCount.map((grp) => (grp.length === 1 ? `${festivalName(grp[0].f)}${grp[0].n}场` : `${joinList(grp.map((c) => festivalName(c.f)))}各${grp[0].n}场`)).join("，");
    const last = sentences[0];
    sentences[0] = { text: `${last.text.replace(/。$/u, "")}，其中${text}。`, sources: [...last.sources, ...g.items.filter((i) => i.festival).flatMap((i) => i.sources)] };
  }
  return [{ id: "festivals", lead: ctx.profile.leads.festivals, sentences }];
}
