/**
 * The body sections (narrative spec §3): one per 板块 with data, in catalog order, each opened by
 * the profile's intro and made of points (`一是……`) whose sentences carry their sources. 其他指标
 * rows are woven into their 板块; the period comparison is told in the point it concerns.
 * @module
 */
import { awardedAfterAppraisal } from "./honour-order";
import { actionOf, COMMERCIAL_FAIR, drillCounted, INSPECTION_WORK, isBuildingWork, MONTHLY_PERIOD, thingKindOf, isMeasureName, modernFestivalIn, placementByWords, RESIDENTS_FORUM, SERVED_FORUM, SERVICE_WORK, YOUTH_RITE, type Catalog, type SectionSpec, VENUE_VISITORS } from "../catalog";
import { figuresInDigits, isPlaceholderText } from "../normalize";
import { frequencyOf, participantsOf, type ActivityGroup, type ActivityItem, type Facts, type Figure, type FigureRow, type TextRow } from "../facts";
import { comparedIndicators, comparisonSentence, DISPUTE_LABELS, figureJoined } from "./comparison-text";
import { dateText, figureText, stripEnd } from "./phrase";
import type { Ctx, NarrativeOptions, Point, Section } from "./context";
import type { Sentence } from "./sentence";
import { activitySentences, countsWorkOf, drillsOf, drillSentence, festivalPoints } from "./points-activities";
import { CARRIED_OPENING, UNIT_HONOURS_POINT, countedProblem, surveyedLeadsRow, OWN_TELLING_KINDS, restatedRow, honourPoints, isComplaint, isDispute, persuadedConduct, isMoresProblem, moresProblemSentence, organizationPoints, problemAction, problemPoints, publicityPoints, volunteerPoints } from "./points-ledgers";
import { contentLead, massPeople, repeatedHeadingWords, sectionIntro, selfReference, WINDOW_PROFILES, type Profile } from "./profiles";
import { isBackground, weaveFigures } from "./weave";
import { GROUPS } from "../facts/remark";

export type { NarrativeOptions, Point, Section } from "./context";

/** Ledger points of a section, by ledger id (catalog `SectionSpec.ledgers`). */
const ledgerPoints: Readonly<Record<string, (ctx: Ctx) => Point[]>> = {
  organization: organizationPoints,
  rectification: problemPoints,
  publicity: publicityPoints,
  honors: honourPoints,
  volunteers: volunteerPoints,
};

/**
 * Activity points of a section, by the first 活动类型 they cover: a point id and the types told in
 * it. 我们的节日 is told by festival (festivalPoints); the other types of a section share one point.
 */
const activityPointIds: Readonly<Record<string, string>> = {
  会议培训: "training", 环境整治: "envActivities", 宣传教育: "pubActivities", 理论学习: "pubActivities", 道德讲堂: "lectures",
  志愿服务: "volActivities", 文体活动: "culture", 关爱帮扶: "care",
};

/**
 * Measures typed 其他 (catalog isMeasureName) whose words place them in a section (v2 rule 8, review run 5: `设临时摊群点、免费停车场`
 * belongs with city order, not under 统筹推进其他创建工作), as a group of that section. Their type as
 * typed still counts in the appendix.
 */
function placedOthers(ctx: Ctx, sectionId: string): ActivityGroup | undefined {
  const others = ctx.facts.activities.find((g) => g.kind === "其他");
  const placed = (it: ActivityItem): string | undefined => placementByWords(`${it.name}${it.summary ?? ""}`)?.section;
  if (!others) return undefined;
  // An event typed 其他 whose words make it 道德建设 (`“最美庭院”评比`) takes no 活动类型 of its own in the facts (no type is
  // 道德建设's but 道德讲堂): it moves here, with the honours it chooses (new-user test 30, D8).
  const moves = (it: ActivityItem): boolean => (isMeasureName(it.name) || placed(it) === "morality") && !!placed(it) && placed(it) !== "other";
  const items = others.items.filter((it) => (sectionId === "other" ? !moves(it) : moves(it) && placed(it) === sectionId));
  if (!items.length) return undefined;
  return narrowed(others, items);
}

/** The lead of a point of rites of the young in 道德建设: a school's, any other unit's (new-user test 36, D17). */
const YOUTH_LEAD_SCHOOL = "理想信念教育";
const YOUTH_LEAD = "未成年人思想道德建设";

/** The lead of the point of rites of the young: a school's 理想信念教育, any other unit's 未成年人思想道德建设. */
const youthLeadOf = (ctx: Ctx): string => (ctx.facts.profile.unitType === "学校" ? YOUTH_LEAD_SCHOOL : YOUTH_LEAD);

/**
 * Names of 道德建设 其他指标 rows that tell honours or their selection (`推荐身边好人`, `评选星级文明户`): told with the
 * honours; any other figure of the section is work of its own (new-user test 41, D9).
 */
const HONOUR_LIKE = /评选|评出|推荐|选树|表彰|好人|典型|最美|星级|先进|模范|标兵|获评|荣获|获得|称号/u;

/** Names of 其他指标 rows of the 道德讲堂 work itself (`开展道德讲堂`, `宣讲场次`, `道德评议`): told with the lectures. */
const LECTURE_LIKE = /讲堂|讲座|宣讲|讲授|课堂|评议|听众|受众|观众/u;

/** The lead of a point of 道德建设 figures that are no honours and no rite of the young (new-user test 41, D9). */
const MORALITY_WORK_LEAD = "道德实践";

/** An activity that is a rite or class meeting of the young (catalog YOUTH_RITE: `入队仪式`, `主题班会`). */
const isYouthRite = (it: ActivityItem): boolean => YOUTH_RITE.test(`${it.name}${it.summary ?? ""}`);

/** Names of 其他指标 rows of volunteers recruited (`招募大学生志愿者`, `新增注册志愿者`, `发展青年志愿者`): the teams' growth. */
const RECRUITING = /^(?:新)?(?:招募|新增|发展|吸纳|新注册|招收|动员)[^，；]{0,10}志愿者$/u;

/** The lead of a point of 移风易俗 figures in 道德建设 (new-user test 31, D1). */
const MORES_LEAD = "推进移风易俗";

/**
 * Names of 其他指标 rows of 移风易俗 work (`劝导简办婚丧喜事`, `节约办事费用`, `红白理事会办事`, `召开道德评议会`: the 道德评议会
 * is one of a village's 一约四会, run-29 review t54-town item 4): MORES, and the savings such
 * work brings (节约…费用) — told together in their own point.
 */
const MORES_WORK = /移风易俗|红白理事会|道德评议|婚丧|喜事|丧事|婚事|厚养薄葬|厚葬薄养|薄养厚葬|彩礼|大操大办|人情攀比|封建迷信|节约(?:办事)?(?:费用|开支|资金)/u;

/** Words of 移风易俗 (婚丧喜事简办, 红白理事会, 道德评议会, 集体婚礼): a village's 乡风文明. */
const MORES = /移风易俗|红白理事会|道德评议|婚丧|喜事新办|丧事简办|婚事新办|厚养薄葬|彩礼|大操大办|人情攀比|集体婚礼/u;

/**
 * An activity of 移风易俗 placed in 道德建设 (`红白理事会集体婚礼`, `婚事新办倡议`): told in the point of 移风易俗 with its
 * figures, never among the honours of 选树典型 (new-user test 33, D4).
 */
const isMoresEvent = (it: ActivityItem): boolean => MORES.test(`${it.name}${it.summary ?? ""}`);

/**
 * The point of 移风易俗: its events (`events`, told first) and its figures (`figures`). An event of the work a figure counts
 * (`召开道德评议会48场` and `“道德评议会集中评议”`: the same MORES word) closes that figure's sentence, its name said as the work
 * (`……召开道德评议会48场，6月30日在石门村开展道德评议会集中评议，参与60人。`; run-29 review, t54-town item 4: never apart
 * from the figure, nor among the honours). Any other event stays first, the figures after it.
 */
function moresWithEvents(events: readonly Sentence[], figures: readonly Sentence[]): Sentence[] {
  const out = [...figures];
  const rest: Sentence[] = [];
  for (const e of events) {
    const word = MORES.exec(e.text)?.[0];
    const at = word ? out.findIndex((x) => x.text.endsWith("。") && MORES.exec(x.text.slice(x.text.lastIndexOf("，") + 1))?.[0] === word && !/[；：]/u.test(x.text)) : -1;
    if (at < 0) {
      rest.push(e);
      continue;
    }
    const said = e.text.replace(/开展“([^“”]+)”活动/u, (all: string, name: string) => (name.includes(word ?? "") ? `开展${name}` : all));
    out[at] = { text: `${out[at].text.slice(0, -1)}，${said}`, sources: [...new Set([...out[at].sources, ...e.sources])] };
  }
  return [...rest, ...out];
}

/**
 * Names of meetings that plan, launch or coordinate the work (`加装电梯协调会`, `创文调度会`, `文明楼院评比启动会`,
 * `创城动员大会`): 研究部署, never 学习培训 (new-user test 34, D3).
 */
// A meeting of the unit's own helpers (`楼栋长会议`, `网格员会议`: new-user test 40-y, D4) arranges work too.
const DEPLOYMENT = /(?:协调会|推进会|部署会|调度会|联席会|联席会议|协调会议|推进会议|部署会议|调度会议|启动会|动员会|启动大会|动员大会|推进大会|部署大会|誓师大会|(?:楼栋长|楼长|单元长|网格员|网格长)会议)$/u;
const DEPLOYMENT_LEAD = "研究部署";

/**
 * A meeting or event name that is an award (`护士节表彰大会`, `教师节表彰`, `星级文明户评选表彰大会`, `颁奖典礼`): 选树典型, told with
 * the honours of 道德建设, never as training or 组织领导 (new-user tests 22 D4, 38 D13). Shared by the unit's and the roll-up's text.
 */
export function isAwardName(name: string): boolean {
  return /表彰|表扬|颁奖|授牌/u.test(name) && !/培训|学习|讲座/u.test(name);
}

/** Lead of a point of award meetings only (`护士节表彰大会`), and the heading of a section of nothing else. */
export const AWARDS_LEAD = "表彰激励";
const AWARDS_HEADING = "表彰先进典型，激发创建热情";

/**
 * A meeting or lecture for parents (`家长学校专题讲座`, `家长会`, `家庭教育讲座`) typed 会议培训: no training of the unit's
 * own staff under 组织领导, but 家校共育 — told with 道德建设 (v2 rule 8; new-user test 30, D8).
 */
const FOR_PARENTS = /家长学校|家长会|家长课堂|家长讲堂|家庭教育|家校共育|家校合作|亲子/u;
const forParents = (it: ActivityItem): boolean => it.kind === "会议培训" && FOR_PARENTS.test(it.name) && !/教师|班主任|干部|职工|骨干|讲师|指导师|指导员|工作人员/u.test(it.name);

/**
 * A training in conduct (`员工文明礼仪培训`, `职业道德培训`, `服务礼仪培训`) typed 会议培训: no 组织领导 of the creation work, but the
 * staff's 文明素养 — told with 道德建设 (new-user test 32, D6: never `加强组织领导` over a hotel's 员工文明礼仪培训).
 */
const IN_CONDUCT = /文明礼仪|职业道德|礼仪培训|礼仪讲座|礼仪知识|道德讲座|道德培训|诚信教育|文明服务|服务礼仪|服务规范|优质服务|医德医风|(?:投诉处理|服务技能|服务能力|服务意识|沟通技巧|窗口服务|医患沟通)(?:培训|讲座|专题)/u;
const inConduct = (it: ActivityItem): boolean => it.kind === "会议培训" && IN_CONDUCT.test(it.name) && !forParents(it);
/** Lead of the point of conduct trainings in 道德建设. */
const CONDUCT_LEAD = "文明礼仪";
/** Lead of the point when every conduct training is of service (`营业厅文明服务培训`, `优质服务培训`; new-user test 34, D3). */
const SERVICE_LEAD = "文明服务";
// So is a training in serving people (`投诉处理培训`, `医患沟通培训`: run-27 review, 材料3 item 1).
const ofService = (it: ActivityItem): boolean => /文明服务|服务规范|优质服务|投诉处理|服务技能|服务能力|服务意识|沟通技巧|窗口服务|医患沟通/u.test(it.name ?? "") && !/礼仪|职业道德|诚信/u.test(it.name ?? "");

/**
 * A training of volunteers (`文化志愿者培训`, `志愿服务培训`, `志愿者骨干培训`) typed 会议培训: the volunteer teams' training, told
 * in 志愿服务 after the teams (`队伍培训`), never as 职工提升 or 业务提升 of 组织保障 (run-29 review, t54-culture, t55-fire-q2).
 */
const FOR_VOLUNTEERS = /志愿(?:者|服务)[\u4e00-\u9fff]{0,6}(?:培训|培训班|培训会|轮训|讲座|课堂)$/u;
const forVolunteers = (it: ActivityItem): boolean => it.kind === "会议培训" && FOR_VOLUNTEERS.test(stripEnd(it.name ?? "")) && !forParents(it);
/** Lead of the point of volunteer trainings in 志愿服务. */
const VOLUNTEER_TRAINING_LEAD = "队伍培训";

/** One clause of volunteers recruited (`招募青年志愿者2300人。`): group 1 its verb, 2 the rest without `。`. */
const RECRUITS_SAID = /^(招募|招收|吸纳)([^，；。]{2,30})。$/u;

/**
 * The teams' sentences with the volunteers recruited (`招募青年志愿者2300人。`) said in the clause of the registered size, in
 * the period's words (`注册青年志愿者1.2万余人，全年新招募青年志愿者2300人；累计开展……`): never after the service's hours
 * (run-30 review, t56-youth item 5). Appended as they are when there is no such clause or the recruits say more than one.
 * `period`: periodWord's (`全年`, `本季度`, `期间`).
 */
function withRecruits(teams: readonly Sentence[], recruits: readonly Sentence[], period: string): Sentence[] {
  const m = recruits.length === 1 ? RECRUITS_SAID.exec(recruits[0].text) : null;
  const at = m ? teams.findIndex((x) => x.text.includes("注册")) : -1;
  if (!m || at < 0) return [...teams, ...recruits];
  const x = teams[at];
  const start = x.text.indexOf("注册");
  // Right after the registered figure and its parts (`注册志愿者53人，其中党员志愿者18人、……`), before what they do.
  const end = /^注册[^，；。]*(?:，其中[^，；。]*)?/u.exec(x.text.slice(start))?.[0].length ?? 0;
  const cut = start + end;
  if (!/[；。，]/u.test(x.text[cut] ?? "")) return [...teams, ...recruits];
  const said = `${x.text.slice(0, cut)}，${period}新${m[1]}${m[2]}${x.text.slice(cut)}`;
  return teams.map((t, i) => (i === at ? { ...t, text: said, sources: [...new Set([...t.sources, ...recruits[0].sources])] } : t));
}

/**
 * A 文明礼仪 class typed 宣传教育 (`文明礼仪课堂`, `礼仪讲座`) of a unit whose 道德建设 heading speaks of its people's 素养 or 素质
 * (a 老年大学's `加强文明素养教育，提升学员素质`): told there as 文明礼仪, never as 主题教育 of 宣传 while that section holds
 * honours only (run-30 review, t57-elder item 3).
 */
function conductClass(ctx: Ctx, it: ActivityItem): boolean {
  return it.kind === "宣传教育" && /礼仪/u.test(it.name ?? "") && /课堂|讲座|讲堂|培训|课$/u.test(it.name ?? "") && /素养|素质/u.test(ctx.profile.headings.morality ?? "");
}

/** Lead of the point of an agency's 理论学习 told under 组织保障 (studiesWithOrganization). */
const STUDY_LEAD = "理论武装";

/**
 * Whether an agency's 理论学习 (`党组理论学习中心组学习`) is told under 组织保障 as a point of its own (理论武装), never as
 * 主题教育 among the 宣传 it does for the public (new-user test 33): a 机关部门 whose 组织保障 has rows or meetings of its
 * own, and whose 宣传教育 holds more than the study (studyOnly keeps its heading of 理论武装 there).
 */
function studiesWithOrganization(facts: Facts): boolean {
  return facts.profile.unitType === "机关部门" && facts.activities.some((g) => g.kind === "理论学习") && !studyOnly(facts)
    && (facts.organization.length > 0 || facts.activities.some((g) => g.kind === "会议培训"));
}

/** `group` narrowed to `items` (its count and participants those of the items), or undefined when none is left. */
export function narrowed(group: ActivityGroup, items: readonly ActivityItem[]): ActivityGroup | undefined {
  if (!items.length) return undefined;
  if (items.length === group.items.length) return group;
  const sources = items.flatMap((it) => it.sources);
  // Summed as the facts sum a group's (participantsOf: `300余` + 12 is `300余`, never `312余`), and only when every item
  // counts its people in the group's one measure (a sum of some items' would read as all of theirs).
  const participants = group.participants.length === 1 && items.every((it) => it.participants?.unit === group.participants[0].unit)
    ? participantsOf(items)
    : [];
  return { kind: group.kind, count: { ...group.count, value: items.length, sources }, participants, items: [...items] };
}

/** The point of a section's drills (drillSentence) and its lead. */
const DRILLS_POINT = "drills";
const DRILLS_LEAD = "应急演练";

/** Activity points of a section; `before`: the section's ledger points, which a 道德建设 评比 may join (replaced in place). */
function activityPoints(ctx: Ctx, section: SectionSpec, start: number, before: Point[] = []): Point[] {
  const points: Point[] = [];
  const kinds = section.activityTypes.filter((k) => k !== "我们的节日" && k !== "其他");
  if (section.activityTypes.includes("我们的节日")) points.push(...festivalPoints(ctx, start));
  const placed = placedOthers(ctx, section.id);
  // 移风易俗 events (`红白理事会集体婚礼`) make a point of their own, after the others (new-user test 33, D4).
  const mores = section.id === "morality" && placed ? narrowed(placed, placed.items.filter(isMoresEvent)) : undefined;
  // Rites of the young (`少先队建队日入队仪式`) make a point of their own too: 理想信念教育, never among the honours (new-user test 36, D17).
  const youth = section.id === "morality" && placed ? narrowed(placed, placed.items.filter(isYouthRite)) : undefined;
  const moved = placed && (mores || youth) ? narrowed(placed, placed.items.filter((it) => !isMoresEvent(it) && !isYouthRite(it))) : placed;
  const youthLead = youthLeadOf(ctx);
  const moresPoint = (): Point[] => [
    ...(youth ? [{ id: "moralityYouth", lead: youthLead, sentences: activitySentences(ctx, [youth], start + points.length) }] : []),
    ...(mores ? [{ id: "moralityMores", lead: MORES_LEAD, sentences: activitySentences(ctx, [mores], start + points.length + (youth ? 1 : 0)) }] : []),
  ];
  const study = studiesWithOrganization(ctx.facts) ? ctx.facts.activities.find((g) => g.kind === "理论学习") : undefined;
  if (section.id === "organization" && study) points.push({ id: "study", lead: STUDY_LEAD, sentences: activitySentences(ctx, [study], start + points.length) });
  if (section.id === "volunteering") {
    const meetings = ctx.facts.activities.find((g) => g.kind === "会议培训");
    const trainings = meetings && narrowed(meetings, meetings.items.filter(forVolunteers));
    const sentences = trainings ? activitySentences(ctx, [trainings], start + points.length) : [];
    if (sentences.length) points.push({ id: "volunteerTraining", lead: VOLUNTEER_TRAINING_LEAD, sentences });
  }
  const typed = ctx.facts.activities.filter((g) => kinds.includes(g.kind) && !(study && g === study)).map((g) => narrowed(g, g.items.filter((it) => !forParents(it) && !inConduct(it) && !forVolunteers(it) && !conductClass(ctx, it)))).filter((g): g is ActivityGroup => !!g);
  const all = [...typed, ...(moved ? [moved] : [])];
  // An award among the meetings and trainings (`教师节“最美教师”表彰`, typed 其他) is no 学习提升: a point of its own led
  // 表彰激励, which joinAwards tells with the honours (new-user test 52, D7: never `共开展2场会议和培训：9月10日召开……表彰会`).
  const isAward = (it: ActivityItem): boolean => isAwardName(it.name ?? "");
  const mixed = all.length > 0 && activityPointIds[all[0].kind] === "training" && all.some((g) => g.items.some(isAward)) && !all.every((g) => g.items.every(isAward));
  const unsplit = mixed ? all.map((g) => narrowed(g, g.items.filter((it) => !isAward(it)))).filter((g): g is ActivityGroup => !!g) : all;
  const awardGroups = mixed ? all.map((g) => narrowed(g, g.items.filter(isAward))).filter((g): g is ActivityGroup => !!g) : [];
  // Drills typed 其他 beside the section's other events, and the period's count of drills (其他指标 `开展应急演练` 8 次), are a
  // point of their own (`三是应急演练。本季度开展应急演练8次，其中……`), never inside 主题教育 (run-29 review, t55-fire-q2/q3).
  const apart = drillsOf(unsplit);
  // A count with its frequency (`每月开展应急演练1次`) is woven as such, after them.
  const drillRow = ctx.facts.figures.find((f) => f.sectionId === section.id && !isBackground(f) && !f.reading?.frequency && !!drillCounted(f.name, f.figure.unit));
  const ownDrills = !!apart.drills && (apart.rest.some((g) => g.items.length > 0) || !!drillRow);
  const groups = ownDrills ? apart.rest : unsplit;
  const drills = ownDrills || (drillRow && !apart.drills && unsplit.length) ? drillSentence(ctx, ownDrills ? apart.drills : undefined, drillRow, periodWord(ctx.facts.profile.period), start + 9) : undefined;
  const withAwards = (): Point[] => {
    if (drills) points.push({ id: DRILLS_POINT, lead: DRILLS_LEAD, sentences: [drills] });
    if (awardGroups.length) points.push({ id: "awards", lead: AWARDS_LEAD, sentences: activitySentences(ctx, awardGroups, start + points.length) });
    return points;
  };
  if (section.id === "morality") {
    const meetings = ctx.facts.activities.find((g) => g.kind === "会议培训");
    const parents = meetings && narrowed(meetings, meetings.items.filter(forParents));
    if (parents) {
      const lead = ctx.facts.profile.unitType === "学校" ? "家校共育" : "家庭教育";
      points.push({ id: "parents", lead, sentences: activitySentences(ctx, [parents], start + points.length) });
    }
    const conduct = meetings && narrowed(meetings, meetings.items.filter(inConduct));
    if (conduct) points.push({ id: "conduct", lead: conduct.items.every(ofService) ? SERVICE_LEAD : CONDUCT_LEAD, sentences: activitySentences(ctx, [conduct], start + points.length) });
    const publicity = ctx.facts.activities.find((g) => g.kind === "宣传教育");
    const classes = publicity && narrowed(publicity, publicity.items.filter((it) => conductClass(ctx, it)));
    if (classes) points.push({ id: "conductClasses", lead: CONDUCT_LEAD, sentences: activitySentences(ctx, [classes], start + points.length) });
  }
  if (groups.length) {
    const id = activityPointIds[groups[0].kind] ?? `${section.id}Activities`;
    // Meetings that are all awards (`护士节表彰大会`) are no training: `表彰激励` (new-user test 22, D4).
    const names = groups.flatMap((g) => g.items.map((it) => it.name ?? ""));
    const awards = id === "training" && names.length > 0 && names.every(isAwardName);
    // Meetings that are all deployment (`加装电梯协调会`, `创文推进会`, `联席会议`) are no training either: told with the
    // unit's 研究部署, after its own meetings when it has some (new-user test 31, D8).
    const deploys = id === "training" && names.length > 0 && names.every((n) => DEPLOYMENT.test(n) && !/培训|学习|讲座|表彰/u.test(n));
    // Forums with the people served among other 其他 work (`女摊主座谈会` beside `迎春年货节`) are told apart, so that each
    // goes home (homedOther: with the complaints they answer; run-29 review, t55-market item 4).
    const forums = section.id === "other" && groups.length === 1 ? narrowed(groups[0], groups[0].items.filter((it) => SERVED_FORUM.test(it.name))) : undefined;
    const others = forums && forums !== groups[0] ? narrowed(groups[0], groups[0].items.filter((it) => !SERVED_FORUM.test(it.name))) : undefined;
    const sentences = forums && others
      ? [...activitySentences(ctx, [others], start + points.length), ...activitySentences(ctx, [forums], start + points.length)]
      : activitySentences(ctx, groups, start + points.length);
    // Activities counted only (no event named: new-user test 52, D10) leave no point, never an empty paragraph.
    if (!sentences.length) {
      points.push(...moresPoint());
      return withAwards();
    }
    const meetings = deploys ? before.findIndex((p) => p.id === "supervision") : -1;
    if (meetings >= 0) {
      before[meetings] = { ...before[meetings], sentences: [...before[meetings].sentences, ...sentences] };
      return withAwards();
    }
    if (deploys) {
      points.push({ id, lead: DEPLOYMENT_LEAD, sentences });
      return withAwards();
    }
    // A 评比 or 评选 of 道德建设 (`“最美庭院”评比`) is how its honours were chosen: told with them.
    const honours = section.id === "morality" && id === "moralityActivities" ? before.findIndex((p) => p.id === "honours") : -1;
    if (honours >= 0) before[honours] = { ...before[honours], sentences: [...before[honours].sentences, ...sentences] };
    else points.push({ id, lead: awards ? AWARDS_LEAD : id === "training" && ctx.profile.leads[id] ? trainingLead(ctx.profile.leads[id], sentences) : ctx.profile.leads[id] ?? (section.id === "morality" ? ctx.profile.leads.honours : ctx.profile.leads.figures), sentences });
  }
  points.push(...moresPoint());
  return withAwards();
}

/** Things that stand (catalog thingKindOf): a count of them is what the unit has, told with 建有, 配备, 设置 or 设立. */
const STANDING_THINGS: readonly string[] = ["facility", "staff", "equipment", "spot", "post"];

/**
 * True for a 其他指标 row that counts what the unit has (`新时代文明实践站` 9个, `网格员` 36人, `建有志愿服务站`): a stock,
 * named without a verb of work or with one of having, never the result of one event because a word is shared
 * (new-user test 53, D5: never `……理论宣讲，参与60人，建有新时代文明实践站9个`).
 */
function isStock(r: FigureRow): boolean {
  const name = r.name.trim();
  const verb = actionOf(name);
  const having = /^(?:建有|现有|拥有|共有|设有|配有)/u.exec(name)?.[0];
  const thing = having ? name.slice(having.length) : verb && name.startsWith(verb) ? "" : name;
  return thing.length >= 2 && STANDING_THINGS.includes(thingKindOf(thing));
}

/**
 * Names of work of another kind than any event (build, obtain, invest: `为结对村修建道路`, `争取帮扶资金`, `投入资金`), also
 * after a short `为……`/`给……` phrase: the period's work, never one visit's result because a word is shared (new-user test 55,
 * D3: never `……慰问活动，走访30户，为结对村修建道路2.5公里`).
 */
const OTHER_WORK = /^(?:[为给向帮与][\u4e00-\u9fff]{1,8}?)?(?:修建|新建|兴建|建成|建设|援建|捐建|改建|扩建|修缮|维修|修复|整修|铺设|硬化|安装|改造|争取|筹集|筹措|投入|落实|引进|协调)/u;

/** Two-character words that say nothing of which activity a figure belongs to. */
const GENERIC = /^(?:活动|开展|工作|文明|创建|志愿|服务|宣传|整治|清理|参与|人员|组织|每天|每周|每月|每日|连续|累计)$/u;

/**
 * 其他指标 rows that belong to one of several named activities (v2 rule 9, review run 5: `连续值勤3天`
 * with `分包路段志愿值勤`, `每周派驻支部2个` with `支部派驻龙泉社区志愿服务`): a row whose name shares a
 * word with exactly one activity's name (an approximate total only when timed by it: `每`, `连续`), or
 * whose 备注 place is that activity's place. With one
 * activity only, the section's figures follow it anyway: an empty map.
 */
export function figuresOfEvents(groups: readonly ActivityGroup[], rows: readonly FigureRow[]): Map<ActivityItem, FigureRow[]> {
  const out = new Map<ActivityItem, FigureRow[]>();
  const items = groups.flatMap((g) => g.items).filter((i) => i.name);
  // A count of the very work one activity did (`拆除违章占道设施` after `违法占道设施拆除`) is its total, however many
  // activities there are (review run 20: never the work twice, once with the date and once with the figure).
  const byWork = new Set<FigureRow>();
  // Money (`拦截电信诈骗资金1.5万元`) is the period's, never one event's for a shared word (new-user test 24, D1).
  rows = rows.filter((r) => r.figure.kind !== "money" && !/元$/u.test(r.figure.unit));
  for (const r of rows) {
    // An approximate total (`近2000平方米`) is the period's, never one day's (review run 21, both readers; run 9).
    const hits = r.figure.approx ? [] : items.filter((it) => countsWorkOf(r.name, it));
    if (hits.length === 1) {
      out.set(hits[0], [...(out.get(hits[0]) ?? []), r]);
      byWork.add(r);
    }
  }
  if (items.length < 2 || items.length > 3) return out;
  const words = (s: string): Set<string> => new Set([...s].map((_, i) => s.slice(i, i + 2)).filter((w) => w.length === 2 && /^[\u4e00-\u9fff]{2}$/u.test(w) && !GENERIC.test(w)));
  for (const r of rows) {
    if (byWork.has(r) || isStock(r) || OTHER_WORK.test(r.name.trim())) continue;
    // A count of occasions (`举办家庭文化和才艺展示活动10余场`) is other events, not a result of one.
    if (/^(?:场|次|期|场次|轮|届)$/u.test(r.figure.unit)) continue;
    const own = words(r.name);
    // An approximate total (`拆除违章占道设施近2000平方`) is the period's, not one activity's, unless it is
    // timed by the activity (`每`, `连续`) or placed where it was (review run 9).
    // Casework (`受理消费投诉213件`, `办结案件`, `检查经营户`) is the period's work, never one event's result
    // because a word is shared (new-user test 13, D2: not `3·15……活动，参与500人次，受理消费投诉213件`).
    // So are materials handed out or put up (`发放反诈宣传资料2000份`): the period's, never one event's because its name
    // shares 反诈 (new-user test 23, D1).
    // A result that no talk or event produces (`收缴假币12张`, `拦截诈骗资金`) is the period's too (new-user test 46, D8).
    // So is what is published (`发布耕地保护政务信息48条`, `推送信息`, `刊发稿件`): never one event's because its name shares
    // 耕地保护 (new-user test 68, D7: not `……参与800余人次，发布耕地保护政务信息48条；`).
    const casework = (/^(?:受理|办理|办结|查处|检查|处理|调解|接待|立案|核查|巡查|抽检|出动|发放|分发|派发|印发|张贴|悬挂|发布|推送|刊发|刊登|编发|报送|播发)/u.test(r.name) || PERIOD_RESULT.test(r.name)) && !/每|连续|当天|当日/u.test(r.name);
    const byWords = !casework && (!r.figure.approx || /^(?:人|人次|名|位)$/u.test(r.figure.unit) || /每|连续|当天|当日/u.test(r.name));
    const hits = items.filter((it) => (byWords && [...words(it.name)].some((w) => own.has(w))) || (!!it.place && !!r.reading?.places.includes(it.place)) || (!!it.place && r.remark === it.place));
    if (hits.length === 1 && !periodTotalBeside(r, hits[0])) out.set(hits[0], [...(out.get(hits[0]) ?? []), r]);
  }
  return out;
}

/**
 * The words that say "in the whole report period" before a period's total (`全年`, `上半年`, `本季度`, `本月`, `期间` for a
 * 专项 or no period): `本季度接待游客35.6万人次`. `period`: 报告期 as typed in 基本信息.
 */
export function periodWord(period: string | undefined): string {
  return !period || period === "专项" ? "期间" : period === MONTHLY_PERIOD ? "本月" : period.startsWith("第") ? "本季度" : period;
}

/** Measure words of people counted (`人`, `人次`): a row in one of them is compared with an activity's 参与. */
const PEOPLE_COUNTED = /^(?:万)?(?:人|人次|名|位)$/u;

/** The people a figure in {@link PEOPLE_COUNTED} counts (`2.3万人` → 23000), or 0 for a figure counted otherwise. */
function peopleIn(f: { readonly value: number; readonly unit: string } | undefined): number {
  return f && PEOPLE_COUNTED.test(f.unit) ? (f.unit.startsWith("万") ? f.value * 10000 : f.value) : 0;
}

/**
 * Names of results that no talk or event produces, only the period's casework (new-user test 46, D8: `收缴假币12张` is the
 * year's, never the 6月12日 market event's): seized, intercepted, recovered, stopped.
 */
const PERIOD_RESULT = /^(?:收缴|缴获|查获|查扣|扣押|没收|拦截|截获|堵截|挽回|止付|追回)/u;

/** Names or 频次 that say a row is the whole period's (`全年`, `累计`, `每月`). */
const PERIOD_SENSE = /^(?:全年|全期|本年|年度|累计|上半年|下半年|本季度|本月|截至)/u;

/**
 * True when a 其他指标 row that shares a word with one activity is the period's total, never that activity's own figure
 * (new-user test 44, D5: `反诈APP注册2.3万余人` is no result of the `反诈宣传进校园` talk with 1200 pupils): people counted
 * more than the activity's 参与 (in 人 or 人次; a figure in 万 of one), or a row said with a 频次, a stage or a name of the
 * whole period (`全年`, `累计`).
 */
function periodTotalBeside(r: FigureRow, it: ActivityItem): boolean {
  if (r.reading?.frequency || r.reading?.stage || PERIOD_SENSE.test(r.name)) return true;
  if (!PEOPLE_COUNTED.test(r.figure.unit)) return false;
  const joined = it.participants && PEOPLE_COUNTED.test(it.participants.unit) ? peopleIn(it.participants) : undefined;
  return joined !== undefined ? peopleIn(r.figure) > joined : peopleIn(r.figure) >= 10000;
}

/** Names of 其他指标 rows about publicity itself (media, reports, notices), not about events. */
const MEDIA_WORDS = /宣传|报道|稿件|媒体|简报|信息|标语|横幅|公益广告|展板|海报/u;

/** Points that tell dated events (activityPoints, festivalPoints). */
const EVENT_POINTS = new Set([...Object.values(activityPointIds), "festivals"]);

/**
 * 其他指标 sentences after the dated events of an activity point: a count of occasions (场, 次, 期) is the period's total,
 * said so — `累计送戏下乡36场`, never a lone `开展送戏下乡36场。` after `2月1日开展“送文化下乡”文体活动` (new-user test 32,
 * D32). A row with its own frequency or stage (`坚持每月……`, `截至6月30日，`) already says its time: as woven.
 */
function totalAfterEvents(last: Point, rows: readonly FigureRow[], woven: readonly Sentence[], period: { word: string; events: readonly ActivityItem[] }): Sentence[] {
  const first = rows[0];
  const timed = !!first && (!!first.reading?.frequency || !!first.reading?.stage);
  const occasions = !!first && /^(?:场|次|期|场次|轮|批)$/u.test(first.figure.unit) && !timed;
  // People reached over the period (`接待游客35.6万人次`, `反诈APP注册2.3万余人`) after the dated events are the period's, said
  // so (`本季度接待游客35.6万人次。`), never read as the last event's turnout (new-user test 44, D5): more people than any
  // event of the section had.
  const most = Math.max(0, ...period.events.map((it) => peopleIn(it.participants)));
  const reached = !!first && !timed && PEOPLE_COUNTED.test(first.figure.unit) && peopleIn(first.figure) > most && woven[0]?.sources.every((x) => first.figure.sources.includes(x));
  // A seized or recovered count (`收缴假币12张`) after the dated events is the period's, said so (new-user test 46, D8).
  const seized = !!first && !timed && PERIOD_RESULT.test(first.name) && woven[0]?.sources.every((x) => first.figure.sources.includes(x));
  // Work of another kind (`为结对村修建道路`, `争取帮扶资金`) after the dated events is the period's, said so (new-user test 55, D3).
  const otherWork = !!first && !timed && OTHER_WORK.test(first.name.trim()) && woven[0]?.sources.some((x) => first.figure.sources.includes(x));
  // The work an event's 简要内容 names (`清运建筑垃圾60余车`) counted over the period (`清运建筑垃圾` 1800余吨) is its total,
  // said so (`上半年累计清运建筑垃圾1800余吨。`), never a loose clause after the last event (new-user test 58, D10).
  const summed = !!first && !timed && first.name.trim().length >= 4 && period.events.some((e) => !!e.summary?.includes(first.name.trim())) && woven[0]?.sources.every((x) => first.figure.sources.includes(x));
  if (summed && !occasions && EVENT_POINTS.has(last.id) && woven.length && !/^(?:此外|累计|共|全年|期间|本月|上半年|下半年|本季度|坚持|每|截至)/u.test(woven[0].text)) return [{ ...woven[0], text: `${period.word}累计${woven[0].text}` }, ...woven.slice(1)];
  if (!EVENT_POINTS.has(last.id) || !(occasions || reached || seized || otherWork) || !woven.length || /^(?:此外|累计|共|全年|期间|本月|上半年|下半年|本季度|坚持|每|截至)/u.test(woven[0].text)) return [...woven];
  // `期间` after an event reads as "during it" (corpus c15: never `期间向红莲村…投入创文帮扶资金20万元` after the 八一 visit):
  // work of another kind with no period of its own is `此外，`.
  const word = occasions ? "累计" : otherWork && !(reached || seized) && period.word === "期间" ? "此外，" : period.word;
  return [{ ...woven[0], text: `${word}${woven[0].text}` }, ...woven.slice(1)];
}

/** A group cared for (facts/remark GROUPS: `独居老人`, `留守儿童` …), the first named in a text. */
const CARED_GROUP = new RegExp(GROUPS, "u");

/**
 * Whether the one 其他指标 sentence woven after an event is work for the same people, counted the same (new-user test 57,
 * D8: `……“冬季关爱独居老人”活动，…惠及38户。` then `建立独居老人关爱台账38份。`): the event's sentence ends with the row's
 * number in 户/人/名/家, both name the same group (GROUPS), and the row's sentence opens with a doing word (actionOf).
 */
function sameGroupAfterEvent(last: Point, row: FigureRow, woven: Sentence): boolean {
  const end = last.sentences[last.sentences.length - 1]?.text ?? "";
  const reached = /(?<![\d.])(\d+)(?:户|人|名|家)。$/u.exec(end);
  const group = CARED_GROUP.exec(row.name)?.[0];
  return !!reached && Number(reached[1]) === row.figure.value && !!group && end.includes(group) && woven.text.includes(group) && !!actionOf(woven.text);
}

/**
 * The event's sentence and that row's joined (sameGroupAfterEvent): `……惠及38户，并建立关爱台账38份。` — one sentence, the
 * group said once (the event named it), every figure as typed.
 */
function sameGroupJoined(last: Point, woven: Sentence): Sentence[] {
  const end = last.sentences[last.sentences.length - 1];
  // The group goes only between a verb of records and what is kept of them (`建立独居老人关爱台账` → `建立关爱台账`), never
  // as whom a work is for (`为独居老人送餐` stays).
  const said = woven.text.replace(new RegExp(`^(建立|完善|更新|健全)(?:${GROUPS})(?=[\u4e00-\u9fff]{0,4}(?:台账|档案|信息库|花名册|名册))`, "u"), "$1");
  const text = `${end.text.replace(/。$/u, "")}，并${said}`;
  return [...last.sentences.slice(0, -1), { text, sources: [...new Set([...end.sources, ...woven.sources])] }];
}

/**
 * Whether the one 其他指标 sentence woven into 志愿服务 closes the teams' one short sentence (`现有注册志愿者12人。` and
 * `帮助司乘人员700余人次。`): the teams' point holds that sentence alone, without parts or services (no `；`, no `其中`), and
 * the figure's is one clause opening with a doing word (actionOf) — what the volunteers did, never a fragment without its
 * subject after them (new-user test 61, D3).
 */
function teamsClosedByWork(last: Point, woven: readonly Sentence[]): boolean {
  const end = last.sentences[0]?.text ?? "";
  return last.id === "teams" && last.sentences.length === 1 && woven.length === 1 && !/[；;]|其中/u.test(end) && !/[，,；;]/u.test(woven[0].text) && !/^(?:此外|另外|同时|累计|全年)/u.test(woven[0].text) && !!actionOf(woven[0].text);
}

/** The teams' sentence and that figure's joined (teamsClosedByWork): `现有注册志愿者12人，帮助司乘人员700余人次。`. */
function teamsJoined(last: Point, woven: readonly Sentence[]): Sentence[] {
  const end = last.sentences[0];
  return [{ text: `${end.text.replace(/。$/u, "")}，${woven[0].text}`, sources: [...new Set([...end.sources, ...woven[0].sources])] }];
}

/**
 * The 其他指标 sentences woven after a point whose last sentence lists the parts of its total (`其中清理乱张贴120处、
 * 占道堆放40处。`): the first opens with `此外，`, so that it reads as work of its own, never as one more part of that
 * total nor as a fragment without its subject (new-user test 35, D3: `……整治小区停车乱象28处。清理楼道堆物约1.5万处。`).
 * Any other point takes them as they are.
 */
function afterParts(last: Point, woven: readonly Sentence[]): Sentence[] {
  const end = last.sentences[last.sentences.length - 1];
  if (!end?.text.startsWith("其中") || !woven.length || /^(?:此外|另外|同时)/u.test(woven[0].text)) return [...woven];
  return [{ ...woven[0], text: `此外，${woven[0].text}` }, ...woven.slice(1)];
}

/**
 * The 先进典型 figure a 其他指标 row of a selection says again (`评选文明班级` 8个 beside the honour `文明班级` 8个): the same
 * title after the verb (评选, 评出, 表彰, 选树), the same number and measure word; undefined otherwise (new-user test 44, D9).
 */
function repeatedHonour(facts: Facts, row: FigureRow): Figure | undefined {
  const title = /^(?:评选表彰|评选|评出|表彰|选树|评定)(.{2,})$/u.exec(row.name.trim())?.[1];
  if (!title) return undefined;
  const sameUnit = (a: string, b: string): boolean => a === b || (/^[人名位]$/u.test(a) && /^[人名位]$/u.test(b));
  return facts.honours.byTitle.find((t) => (t.category === title || t.category.endsWith(title)) && t.figure.value === row.figure.value && sameUnit(t.figure.unit, row.figure.unit))?.figure;
}

export { OWN_TELLING_KINDS } from "./points-ledgers";

/**
 * The unit's own 工作亮点 or 存在不足 row, or 上期打算 by its 落实情况 ({@link ownTelling}; as the text prints it: spoken clauses already left out) that states a 其他指标 row
 * again: one clause holds the row's name and right after it the row's figure as the text says it (`推进“厕所革命”，改造旅游厕所
 * 6座` beside 改造旅游厕所 6座). Undefined otherwise, for another figure (`改造旅游厕所4座`), and for a row with a 备注, 频次 or
 * stage of its own, which the staff's words would lose. New-user test 44, D9: the figure is said once, by the staff's row,
 * which holds its purpose too. Where the work went may stand between (`开展流动展览进乡村8场`: new-user test 61, D12).
 */
export function toldByOwnText(facts: Facts, row: FigureRow): TextRow | undefined {
  let cache = ownToldCache.get(facts.texts);
  if (!cache) {
    const clauses = facts.texts.flatMap((t) => {
      const told = ownTelling(t);
      return told === undefined ? [] : [{ t, clauses: told.split(/[，,；;。]/u) }];
    });
    cache = { clauses, told: new WeakMap() };
    ownToldCache.set(facts.texts, cache);
  }
  const known = cache.told.get(row);
  if (known !== undefined) return known ?? undefined;
  const found = ownTextStating(cache.clauses, row);
  cache.told.set(row, found ?? null);
  return found;
}

/**
 * Each summary's own 文字材料 rows split into clauses once, and the answer of {@link toldByOwnText} for each 其他指标 row
 * (asked again for every sentence of the text by the cells it takes): keyed by the facts' texts, so a new summary reads afresh.
 */
const ownToldCache = new WeakMap<Facts["texts"], { clauses: { t: TextRow; clauses: string[] }[]; told: WeakMap<FigureRow, TextRow | null> }>();

/** Where a work went, said after its name (`进乡村`, `进社区`, `到村组`, `下基层`): the place of the campaign, at most four characters. */
const WENT_TO = /^(?:走进|进|到|下)[\u4e00-\u9fff]{1,3}?(?=[\d０-９一二三四五六七八九十百千两]|约|近|共|累计)/u;

function ownTextStating(texts: readonly { t: TextRow; clauses: string[] }[], row: FigureRow): TextRow | undefined {
  const name = row.name.trim();
  if (name.length < 2 || row.remark?.trim() || row.reading?.frequency || row.reading?.stage) return undefined;
  const forms = [...new Set([figureText(row.figure), ...(row.figure.approx ? [] : [`${row.figure.value}${row.figure.unit}`])])];
  const states = (clause: string): boolean => {
    const at = clause.indexOf(name);
    // Where the work went may stand between the name and its figure (`开展流动展览进乡村8场` beside 开展流动展览 8场: new-user
    // test 61, D12): the staff's row says more, the figure is the same.
    const after = at < 0 ? "" : clause.slice(at + name.length).replace(WENT_TO, "").replace(/^(?:共计|共|累计)/u, "");
    return forms.some((f) => after.startsWith(f) && !/^[\d.]/u.test(after.slice(f.length)));
  };
  return texts.find((x) => x.clauses.some(states))?.t;
}

/**
 * The activity whose 简要内容 states a 其他指标 row's figure already, in whatever section each is told (new-user test 49,
 * D7: `无偿献血进机关` says `献血量3.6万毫升` beside 其他指标 无偿献血 3.6万毫升; `99公益日募捐` says `募集善款12.5万元` beside
 * 捐赠款物 约12.5万元): the same number and measure word (万 scaled: `3.6万毫升` = 36000毫升), and either a shared word of two
 * characters (in the activity's name, place or 简要内容) or a figure of 1000 or more, which two different works rarely share;
 * the figure may be said in the place (`园内8座公厕`). A row with a 频次 is stated only when the 简要内容 says the same
 * frequency (D8: 厕所保洁 8座, 每日4次 beside `园内8座公厕`, `每天保洁4次以上`). Undefined otherwise, and for a row with a
 * 备注 or stage of its own, which the activity's words would lose. The activity's words stand, with their own
 * precision (约 of the row or not): the figure is told once, there.
 */
export function toldByActivity(facts: Facts, row: FigureRow): ActivityItem | undefined {
  // Keyed by the activities, which every section's view of the facts shares.
  let cache = toldCache.get(facts.activities);
  if (!cache) {
    const said = saidFigures(facts.activities);
    const byValue = said.flatMap((a, at) => a.figures.map((f) => ({ ...f, at }))).sort((x, y) => x.value - y.value);
    cache = { said, byValue, rows: new Map<FigureRow, ActivityItem | undefined>() };
    toldCache.set(facts.activities, cache);
  }
  if (!cache.rows.has(row)) cache.rows.set(row, activityStating(cache, row));
  return cache.rows.get(row);
}

/** An activity's figures as its 简要内容, name and place say them (`3.6万毫升` → 36000 `毫升…`), read once per facts. */
interface SaidFigures {
  readonly item: ActivityItem;
  readonly words: string;
  readonly summary: string;
  readonly figures: readonly { readonly value: number; readonly unit: string }[];
}

/**
 * Per list of activities: their figures, every figure by value (`at`: its activity's index in `said`), and each 其他指标
 * row's activity as found (toldByActivity is asked per section).
 */
interface ToldCache {
  readonly said: readonly SaidFigures[];
  readonly byValue: readonly { readonly value: number; readonly unit: string; readonly at: number }[];
  readonly rows: Map<FigureRow, ActivityItem | undefined>;
}
const toldCache = new WeakMap<Facts["activities"], ToldCache>();

// A whole number only (never the tail of a longer one): a long run of digits is read once, not once per digit.
function saidFigures(activities: Facts["activities"]): SaidFigures[] {
  // What its 备注 says it achieved (`捐赠图书1200册`: remark result) states a figure too (new-user test 63, D8).
  return activities.flatMap((g) => g.items).filter((it) => !!it.summary || !!it.remark?.result).map((item) => {
    const words = figuresInDigits([item.name, item.place ?? "", item.summary ?? "", item.remark?.result ?? ""].join("，"));
    const figures = [...words.matchAll(/(?<![\d.])(\d+(?:\.\d+)?)(?![\d.])(万)?([^\d，,；;。、\s]{1,3})/gu)].map((m) => {
      const [value, unit] = baseFigure(Number(m[1]) * (m[2] ? 10000 : 1), m[3]);
      return { value, unit };
    });
    return { item, words, summary: figuresInDigits(item.summary ?? ""), figures };
  });
}

function activityStating({ said, byValue }: ToldCache, row: FigureRow): ActivityItem | undefined {
  const frequency = row.reading?.frequency;
  if (row.remark?.trim() || row.reading?.stage || row.figure.kind === "rate") return undefined;
  const [value, unit] = baseFigure(row.figure.value, row.figure.unit);
  const name = row.name.trim();
  const pairs = [...name].map((_, i) => name.slice(i, i + 2)).filter((p) => p.length === 2);
  // A row with a 频次 (`厕所保洁` 8座, 每日4次) is stated only when the activity says that frequency too (`每天保洁4次以上`).
  const day = (every: string): string => every.replace(/^每天$/u, "每日");
  const timed = (summary: string): boolean => {
    if (!frequency) return true;
    const stated = frequencyOf(summary);
    return !!stated && day(stated.every) === day(frequency.every) && (!frequency.count || stated.count === frequency.count);
  };
  // The figures of the same value (within 1e-6), found by halving the sorted list, never every activity's figures per row.
  let lo = 0;
  for (let hi = byValue.length; lo < hi;) {
    const mid = (lo + hi) >> 1;
    if (byValue[mid].value <= value - 1e-6) lo = mid + 1;
    else hi = mid;
  }
  const ats: number[] = [];
  for (let i = lo; i < byValue.length && byValue[i].value < value + 1e-6; i++) {
    const f = byValue[i];
    if (f.unit.startsWith(unit) && !/^[次个名位户元米升克斤吨块条份场]/u.test(f.unit.slice(unit.length))) ats.push(f.at);
  }
  // A row whose figure counts its own rhythm's occasions (`流动图书车下乡` 12次, 每月1次) is stated by an activity whose
  // 简要内容 names that work with the total (`流动图书车下乡12次`): the total is the fact, told once (new-user test 59, D9).
  const rhythm = !!frequency && /^\d+(.+)$/u.exec(frequency.count)?.[1] === row.figure.unit && name.length >= 3;
  const named = (summary: string): boolean => rhythm && summary.includes(name);
  // The first activity, in the ledger's order, that states it.
  const at = [...new Set(ats)].sort((x, y) => x - y).find((i) => (value >= 1000 || pairs.some((p) => said[i].words.includes(p))) && (timed(said[i].summary) || named(said[i].summary)));
  return at === undefined ? undefined : said[at].item;
}

/**
 * The activities of one type whose turnouts a 其他指标 row counts again as their sum (`开展入户走访` 470户 beside the 320户 and
 * 150户 of `入户宣传创文知识` and `垃圾分类入户指导`): two or more of them, each counted in the row's measure word, summing to its
 * figure (neither rough), and each named with a work word of two characters the row's name holds (`入户`). The row is told
 * once, by their group's total (`共覆盖470户`), never again after it (new-user test 67, D5). Undefined for a row with a 备注,
 * stage or 频次 of its own, which their sentence would lose.
 */
export function summedByActivities(facts: Facts, row: FigureRow): readonly ActivityItem[] | undefined {
  if (row.remark?.trim() || row.reading?.stage || row.reading?.frequency || row.figure.kind !== "count" || row.figure.approx) return undefined;
  const name = row.name.trim();
  const pairs = [...name].map((_, i) => name.slice(i, i + 2)).filter((p) => p.length === 2 && !/^(?:开展|组织|活动|工作|创建|文明|创文)$/u.test(p));
  for (const g of facts.activities) {
    const counted = g.items.filter((it) => it.participants && it.participants.unit === row.figure.unit);
    if (counted.length < 2 || counted.length !== g.items.filter((it) => it.participants).length) continue;
    if (counted.some((it) => it.participants?.approx || !pairs.some((p) => (it.name ?? "").includes(p)))) continue;
    const sum = counted.reduce((n, it) => n + (it.participants?.value ?? 0), 0);
    if (Math.abs(sum - row.figure.value) < 1e-6) return counted;
  }
  return undefined;
}

/** A value and measure word in the base measure: `12.5` `万元` → 125000 `元`; others as they are. */
const baseFigure = (value: number, unit: string): [number, string] => (unit.startsWith("万") && unit.length > 1 ? [value * 10000, unit.slice(1)] : [value, unit]);

/**
 * What a 文字材料 row of the unit's own says as done, in which a ledger figure may be stated again: the content of a
 * 工作亮点 or 存在不足 row, the 落实情况 of a 上期打算 row (new-user test 46, D4: `清理楼道杂物40余处` is told by the
 * 落实情况, which says when and for what plan, never again in the body); undefined for any other row.
 */
export function ownTelling(t: TextRow): string | undefined {
  return OWN_TELLING_KINDS.includes(t.kind) ? t.content : t.kind === "上期打算" ? t.progress : undefined;
}

/** A woven 其他指标 sentence that says a selection (`评选文明村镇2个。`, `评出文明楼院10个。`): one item of the honours' list. */
const SELECTION_SAID = /^(?:评选|评出)[^，。；]+。$/u;

/** Whether every woven sentence is a selection the honours sentence (the point's last, ending in 。) can list. */
function honoursJoinable(last: Point, woven: readonly Sentence[]): boolean {
  const end = last.sentences[last.sentences.length - 1];
  return !!end && end.text.endsWith("。") && woven.length > 0 && woven.every((w) => SELECTION_SAID.test(w.text));
}

/**
 * The honours point with the selections of 其他指标 said in its last sentence's list (`……评出星级文明户85户；评选文明村镇
 * 2个。`), never a note after it (`……85户。评选文明村镇2个。`: new-user test 42, D12).
 */
function honoursJoined(last: Point, woven: readonly Sentence[]): Sentence[] {
  const end = last.sentences[last.sentences.length - 1];
  const text = `${end.text.slice(0, -1)}；${woven.map((w) => w.text.slice(0, -1)).join("；")}。`;
  return [...last.sentences.slice(0, -1), { text, sources: [...new Set([...end.sources, ...woven.flatMap((w) => w.sources)])] }];
}

/**
 * Points of one section with no sub-heading twice (new-user test 43, D4: `三是夯实基础。… 五是夯实基础。…`): a later point
 * led like an earlier one is told in that one, its sentences after the earlier's; the order of the rest is kept.
 */
export function distinctLeads(points: readonly Point[]): Point[] {
  const out: Point[] = [];
  for (const p of points) {
    const at = p.lead ? out.findIndex((q) => q.lead === p.lead) : -1;
    if (at >= 0) out[at] = { ...out[at], sentences: [...out[at].sentences, ...p.sentences] };
    else out.push(p);
  }
  return out;
}

/** Every sentence of the points with where it sits: `{ point, sentence, x }` (indexes into `points` and its sentences). */
const sentencesOf = (points: readonly Point[]): { point: number; sentence: number; x: Sentence }[] => points.flatMap((p, pi) => p.sentences.map((x, si) => ({ point: pi, sentence: si, x })));

/** Puts `said` in place of the sentence at `point`/`sentence` (joinedClause, statedClause); changes `points`. */
function replaceSentence(points: Point[], at: { readonly point: number; readonly sentence: number; readonly said: Sentence }): void {
  points[at.point] = { ...points[at.point], sentences: points[at.point].sentences.map((x, i) => (i === at.sentence ? at.said : x)) };
}

/**
 * Where a 其他指标 row joins a clause already said (new-user test 46, D4): the one sentence of the section's points with a
 * clause that is the row's name alone (an activity's 简要内容 `清理楼道杂物`), and that sentence with the figure after the
 * name (`……，清理楼道杂物40余处，参与60人。`) and the row's cells. Undefined when no clause or more than one says it, or
 * when the row has a 备注, 频次 or stage of its own, which the clause would lose.
 */
function joinedClause(points: readonly Point[], row: FigureRow, sectionId: string): { point: number; sentence: number; said: Sentence } | undefined {
  const name = row.name.trim();
  if (name.length < 4 || row.remark?.trim() || row.reading?.frequency || row.reading?.stage) return undefined;
  const figure = saidFigure(row, sectionId);
  if (!figure || /[，；]/u.test(figure)) return undefined;
  const clause = new RegExp(`(?<=[，；])${name.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&")}(?=[，；。])`, "u");
  const hits = sentencesOf(points).filter((h) => clause.test(h.x.text) && h.x.text.split(clause).length === 2);
  if (hits.length !== 1) return statedClause(points, row, name, figure);
  const { point, sentence, x } = hits[0];
  return { point, sentence, said: { text: x.text.replace(clause, `${name}${figure}`), sources: [...new Set([...x.sources, ...row.figure.sources])] } };
}

/** The row's figure as its woven sentence says it after the name (`2个` of `新建第三卫生间2个。`); "" when it says more. */
function saidFigure(row: FigureRow, sectionId: string): string {
  const name = row.name.trim();
  const told = weaveFigures([row], sectionId);
  return told.length === 1 && told[0].text.startsWith(name) ? told[0].text.slice(name.length).replace(/。$/u, "") : "";
}

/**
 * The one sentence of the section's points with a clause that states the row's thing and figure already, with a verb of
 * its own (an activity's 简要内容 `新增第三卫生间2个` beside 其他指标 `新建第三卫生间` 2个): that sentence as it is, with the
 * row's cells. `name`: the row's name; `figure`: the figure as the text says it (`2个`). Undefined when no clause or more
 * than one says it. New-user test 48, D11: the figure is told once, where the staff's words said it.
 */
function statedClause(points: readonly Point[], row: FigureRow, name: string, figure: string): { point: number; sentence: number; said: Sentence } | undefined {
  const verb = actionOf(name);
  const thing = verb && name.startsWith(verb) ? name.slice(verb.length) : "";
  if (thing.length < 2 || !figure || /[，；]/u.test(figure)) return undefined;
  const states = (clause: string): boolean => {
    const at = clause.indexOf(`${thing}${figure}`);
    const before = at > 0 ? clause.slice(0, at) : "";
    return at > 0 && clause.length === at + thing.length + figure.length && !!actionOf(`${before}${thing}`) && actionOf(`${before}${thing}`)?.length === before.length;
  };
  const hits = sentencesOf(points).filter((h) => h.x.text.split(/[，；。、：]/u).filter(states).length === 1);
  if (hits.length !== 1) return undefined;
  const { point, sentence, x } = hits[0];
  return { point, sentence, said: { text: x.text, sources: [...new Set([...x.sources, ...row.figure.sources])] } };
}

/** Leads of a point of checks and tests done at a frequency, by what they check; the last one for any other. */
const INSPECTION_LEADS: readonly (readonly [RegExp, string])[] = [
  [/食品|食安|农残|农药残留|瘦肉精|餐饮|餐具/u, "食品安全"],
  [/计量|公平秤|衡器|电子秤/u, "计量监管"],
  [/消防|火灾|隐患|安全/u, "安全检查"],
  [/巡查|巡检/u, "日常巡查"],
];
/** The lead of a point of checks (`开展食品安全快检` → `食品安全`), `监督检查` when the names say nothing more. */
function inspectionLead(names: readonly string[]): string {
  const all = names.join("；");
  return INSPECTION_LEADS.find(([re]) => re.test(all))?.[1] ?? "监督检查";
}

/** The section whose ledger is 问题整改 (catalog standard-v1 sections: 环境整治). */
const PROBLEMS_SECTION = "environment";

/** Points of one section: ledgers, activities, then 其他指标 (a point of its own or woven into the last one). */
/**
 * Whether a 其他指标 row outside 组织保障 counts the staff (catalog thingKindOf `staff`: `网格员` 9名) that a 组织保障 row names
 * (`网格员包栋责任制`): told with that row's sentence (withOrganizationStaff), never at the end of 环境整治 (run-30 review,
 * t57-jingui-q4 item 2). A row done at a frequency is work, not staff, and stays.
 */
function staffOfOrganization(facts: Facts, f: FigureRow): boolean {
  return f.sectionId !== "organization" && !f.reading?.frequency && [...f.name].length >= 2 && thingKindOf(f.name) === "staff" && /^[\u4e00-\u9fff]+$/u.test(f.name)
    && facts.organization.some((i) => i.content.includes(f.name));
}

/**
 * Points of 组织保障 with each staffOfOrganization row said after the one sentence that names it (`……，配备网格员9名。`), in
 * place; named in several sentences, its own sentence after the first point that names it.
 */
function withOrganizationStaff(facts: Facts, points: Point[]): void {
  for (const f of facts.figures.filter((x) => staffOfOrganization(facts, x) && !isBackground(x))) {
    // The mechanism that names them first (`网格员包栋责任制`, before a `网格员例会` or `网格员业务培训`).
    const all = sentencesOf(points).filter((h) => h.x.text.includes(f.name));
    const mechanisms = all.filter((h) => points[h.point].id === "mechanism");
    const hits = mechanisms.length ? mechanisms : all;
    const woven = weaveFigures([f], "organization-staff");
    // Named twice or said in more than one sentence: its own sentence after the first point that names it, never lost.
    if (hits.length !== 1 || woven.length !== 1) {
      const at = hits.length ? hits[0].point : points.length - 1;
      if (at >= 0) points[at] = { ...points[at], sentences: [...points[at].sentences, ...woven] };
      continue;
    }
    const { x } = hits[0];
    replaceSentence(points, { ...hits[0], said: { text: `${x.text.replace(/。$/u, "")}，${woven[0].text.replace(/^此外，/u, "")}`, sources: [...new Set([...x.sources, ...woven[0].sources])] } });
  }
}

function sectionPoints(ctx: Ctx, section: SectionSpec): Point[] {
  const points: Point[] = section.ledgers.flatMap((id) => ledgerPoints[id]?.(ctx) ?? []);
  // A row the unit's own 亮点 or 不足 states again is told there, once (new-user test 44, D9).
  // People persuaded of the conduct a 问题整改 row names (`劝导不文明行为`, 板块 其他) are told with the problems, in the
  // section that holds them (persuadedConduct; new-user test 49, D9).
  const withProblems = (f: FigureRow): boolean => f.sectionId !== PROBLEMS_SECTION && !!persuadedConduct(ctx.facts, f) && !countedProblem(ctx.facts, f);
  const sectionRows = ctx.facts.figures.filter((f) => (section.id === PROBLEMS_SECTION ? f.sectionId === section.id || withProblems(f) : f.sectionId === section.id && !withProblems(f)) && !isBackground(f) && !toldByOwnText(ctx.facts, f) && !toldByActivity(ctx.facts, f) && !restatedRow(ctx.facts, f) && !staffOfOrganization(ctx.facts, f) && !summedByActivities(ctx.facts, f));
  const eventFigures = figuresOfEvents(ctx.facts.activities.filter((g) => section.activityTypes.includes(g.kind) && g.kind !== "我们的节日"), sectionRows);
  points.push(...activityPoints({ ...ctx, eventFigures }, section, points.length, points));
  if (section.id === "organization") withOrganizationStaff(ctx.facts, points);
  // A row an activity's 简要内容 states (new-user test 49, D7), or the activities of one type count as their sum (new-user
  // test 67, D5), is told by their sentence, which takes its cells.
  for (const f of ctx.facts.figures.filter((x) => !isBackground(x))) {
    const it = toldByActivity(ctx.facts, f);
    for (const items of [it ? [it] : undefined, summedByActivities(ctx.facts, f)]) {
      const at = items ? sentencesOf(points).find((h) => items.every((i) => i.sources.some((src) => h.x.sources.includes(src)))) : undefined;
      if (at) replaceSentence(points, { ...at, said: { ...at.x, sources: [...new Set([...at.x.sources, ...f.figure.sources])] } });
    }
  }
  // A row is with its activity only when that activity's sentence told it: a group said by its count and theme
  // (`共开展2场志愿服务活动，以“学雷锋志愿服务”为主题`) tells no one activity's figures, which then follow as the
  // section's own (new-user test 35, D1: `积分超市兑换积分1.2万分` was lost).
  const said = new Set(points.flatMap((p) => p.sentences.flatMap((s) => s.sources)));
  const withEvents = new Set([...eventFigures.values()].flat().filter((f) => f.figure.sources.length > 0 && f.figure.sources.every((src) => said.has(src))));
  // `截至目前` in a summary is unclear once filed: said with the period's last day (`截至10月10日，`).
  const period = ctx.facts.period;
  const asOf = (f: FigureRow): FigureRow => (period && f.reading?.stage && /^截至(?:目前|当前|现在)/u.test(f.reading.stage) ? { ...f, reading: { ...f.reading, stage: `截至${dateText(period.end, ctx.year)}，` } } : f);
  // A selection of 其他指标 that says a 先进典型 row again (`评选文明班级8个` beside `评出文明班级8个`) is told once, by the
  // honours' sentence, which takes its cells (new-user test 44, D9).
  const repeats = new Map(sectionRows.map((f) => [f, repeatedHonour(ctx.facts, f)] as const).filter((e): e is [FigureRow, Figure] => !!e[1]).map(([f, t]) => [f, points.flatMap((p) => p.sentences).find((x) => t.sources.some((src) => x.sources.includes(src)))] as const).filter((e): e is [FigureRow, Sentence] => !!e[1]));
  for (const [f, sentence] of repeats) {
    const at = points.findIndex((p) => p.sentences.includes(sentence));
    points[at] = { ...points[at], sentences: points[at].sentences.map((x) => (x === sentence ? { ...x, sources: [...new Set([...x.sources, ...f.figure.sources])] } : x)) };
  }
  // A row named as one activity's 简要内容 says (`清理楼道杂物` beside the activity's `清理楼道杂物`) gives that clause its
  // figure, never a second sentence after it (new-user test 46, D4).
  const clauseJoined = new Set<FigureRow>();
  for (const f of sectionRows.filter((x) => !withEvents.has(x) && !repeats.has(x))) {
    const at = joinedClause(points, f, section.id);
    if (!at) continue;
    replaceSentence(points, at);
    clauseJoined.add(f);
  }
  // A row that counts a 问题整改 row again (`整治出租车拒载` 8起 beside 出租车拒载 8/6起) is told by the problems' sentence,
  // which takes its cells (new-user test 47, D4).
  const problemTold = new Set<FigureRow>();
  for (const f of sectionRows.filter((x) => !withEvents.has(x) && !repeats.has(x) && !clauseJoined.has(x))) {
    // Leads surveyed (`摸排公益诉讼线索15条`) open the clause of the leads handled, which holds their cells (surveyedLeadsRow).
    if (ctx.facts.rectification.byKind.some((k) => surveyedLeadsRow(ctx.facts, k) === f) && points.some((p) => p.sentences.some((x) => f.figure.sources.some((src) => x.sources.includes(src))))) {
      problemTold.add(f);
      continue;
    }
    // People persuaded of the conduct a problem row names (`劝导不文明行为2000余人次`) close that row's sentence
    // (persuadedConduct; new-user test 49, D9).
    const conduct = countedProblem(ctx.facts, f) ? undefined : persuadedConduct(ctx.facts, f);
    const figure = conduct ? saidFigure(f, section.id) : "";
    // A row said with its own verb (`开展文明养犬劝导30余次`) joins as woven (new-user test 53, D5).
    const woven = conduct && !figure ? weaveFigures([f], section.id) : [];
    const clause = figure ? `${f.name.trim()}${figure}` : woven.length === 1 ? woven[0].text.replace(/。$/u, "") : "";
    const told = conduct && clause && !/[，；]/u.test(clause) ? sentencesOf(points).filter((h) => [...conduct.figure.sources, ...conduct.rectified.sources].some((src) => h.x.sources.includes(src))) : [];
    if (told.length === 1 && /。$/u.test(told[0].x.text)) {
      const { point, sentence, x } = told[0];
      replaceSentence(points, { point, sentence, said: { text: `${x.text.slice(0, -1)}，${clause}。`, sources: [...new Set([...x.sources, ...f.figure.sources])] } });
      problemTold.add(f);
      continue;
    }
    const k = countedProblem(ctx.facts, f);
    if (!k) continue;
    const at = points.findIndex((p) => p.sentences.some((x) => k.figure.sources.some((src) => x.sources.includes(src))));
    if (at < 0) continue;
    points[at] = { ...points[at], sentences: points[at].sentences.map((x) => (k.figure.sources.some((src) => x.sources.includes(src)) ? { ...x, sources: [...new Set([...x.sources, ...f.figure.sources])] } : x)) };
    problemTold.add(f);
  }
  // The drills' point tells the period's count of drills (drillSentence).
  const drillsSaid = new Set(points.filter((p) => p.id === DRILLS_POINT).flatMap((p) => p.sentences.flatMap((x) => x.sources)));
  const inDrills = (f: FigureRow): boolean => f.figure.sources.length > 0 && f.figure.sources.every((src) => drillsSaid.has(src));
  const all = sectionRows.filter((f) => !withEvents.has(f) && !repeats.has(f) && !clauseJoined.has(f) && !problemTold.has(f) && !inDrills(f)).map(asOf);
  // Fines and shops urged are what problems came to, not results of the last activity told (review
  // run 9): with the problems point when there is one.
  const problems = points.findIndex((p) => p.id === "problems");
  const enforcement = problems >= 0 && points.length > problems + 1 ? all.filter((f) => /^(?:督促|查处|处罚|收缴|责令)|罚款$/u.test(f.name)) : [];
  if (enforcement.length) {
    const p = points[problems];
    points[problems] = { ...p, sentences: [...p.sentences, ...weaveFigures(enforcement, `${section.id}-problems`)] };
  }
  // Publicity figures (宣传100次, 报送报道40篇) join the publicity point when activities follow it, not
  // the last activity told (review run 14: `主题教育` carried the media figures).
  const publicity = points.findIndex((p) => p.id === "publicity");
  const media = publicity >= 0 && publicity < points.length - 1 ? all.filter((f) => !enforcement.includes(f) && MEDIA_WORDS.test(f.name)) : [];
  if (media.length) {
    const p = points[publicity];
    points[publicity] = { ...p, sentences: [...p.sentences, ...weaveFigures(media, `${section.id}-publicity`)] };
  }
  // 移风易俗 figures of 道德建设 (劝导简办婚丧喜事18起) are a work of their own beside honours or lectures, never the result
  // of the last one told (new-user test 31, D1): `三是推进移风易俗。……`.
  // The unit's 移风易俗 problems (高额彩礼、大操大办) are told there too, before the figures of what came of the work (`彩礼平均
  // 下降30%`), never as an environment 顽疾 (new-user test 36, D1).
  const moresProblems = section.id === "morality" ? moresProblemSentence(ctx) : undefined;
  const mores = section.id === "morality" && (points.length || moresProblems) ? all.filter((f) => !enforcement.includes(f) && !media.includes(f) && MORES_WORK.test(f.name)) : [];
  const moresFigures = weaveFigures(mores, `${section.id}-mores`);
  // Two short clauses of the same work are one sentence (`劝导纠正大操大办问题12宗，劝导简办婚丧事宜15起。`), never two
  // sentences in a row that open with 劝导 (new-user test 39, D27).
  const short = (x: Sentence): boolean => !/[，；]/u.test(x.text);
  // A figure said as a total (`累计召开道德评议会48场`) after the problems' clause is the period's, never their sum:
  // `……6起，全年召开道德评议会48场` (run-29 review, t54-town item 4).
  const periodTotal = (t: string): string => t.replace(/^累计(?=召开|开展|举办|组织)/u, periodWord(ctx.facts.profile.period));
  const joined = moresProblems && moresFigures[0] && short(moresProblems) && short(moresFigures[0])
    ? [{ text: `${moresProblems.text.replace(/。$/u, "")}，${periodTotal(moresFigures[0].text)}`, sources: [...new Set([...moresProblems.sources, ...moresFigures[0].sources])] }, ...moresFigures.slice(1)]
    : undefined;
  const moresSentences = joined ?? [...(moresProblems ? [moresProblems] : []), ...moresFigures];
  // Its events (`红白理事会集体婚礼`) are told first in that point when there are some (new-user test 33, D4).
  const moresAt = points.findIndex((p) => p.id === "moralityMores");
  if (moresSentences.length && moresAt >= 0) points[moresAt] = { ...points[moresAt], sentences: moresWithEvents(points[moresAt].sentences, moresSentences) };
  else if (moresSentences.length) points.push({ id: "moralityMores", lead: MORES_LEAD, sentences: moresSentences });
  // Volunteers recruited (`招募大学生志愿者300余人`) are the force grown, told with the teams (壮大队伍), never after the last
  // activity (new-user test 41, D11).
  const teams = section.id === "volunteering" ? points.findIndex((p) => p.id === "teams") : -1;
  const recruits = teams >= 0 ? all.filter((f) => !enforcement.includes(f) && !media.includes(f) && !mores.includes(f) && RECRUITING.test(f.name)) : [];
  if (recruits.length) points[teams] = { ...points[teams], sentences: withRecruits(points[teams].sentences, weaveFigures(recruits, `${section.id}-teams`), periodWord(ctx.facts.profile.period)) };
  // A check or test done at a frequency (`坚持每周开展食品安全快检`) is a work of its own in 环境整治, never the result of the
  // last event told (run-29 review, t55-market): a point led by what it checks (inspectionLead).
  const checks = section.id === PROBLEMS_SECTION && points.length ? all.filter((f) => !enforcement.includes(f) && !media.includes(f) && !!f.reading?.frequency && INSPECTION_WORK.test(f.name)) : [];
  const checkSentences = weaveFigures(checks, `${section.id}-checks`);
  // A venue's visitors (`接待读者` 12.5万人次: catalog VENUE_VISITORS) are the unit's whole service, never the result of the
  // last activity told (`……参与100余人。全年接待读者约12.5万人次。`): a point of its own at the head of the section
  // (`一是服务读者。全年接待读者约12.5万人次。`; review run 31, reviewer AU, t59-library item 6).
  const visitors = points.length ? all.filter((f) => !enforcement.includes(f) && !media.includes(f) && !mores.includes(f) && !recruits.includes(f) && !checks.includes(f) && VENUE_VISITORS.test(f.name) && /^接待/u.test(f.name.trim()) && f.figure.kind === "count") : [];
  if (visitors.length) {
    // Led by whom it serves (`接待参观游客` → `服务游客`), else `接待服务`: never the profile's lead of other figures (`整治保障`:
    // review run 32, AV 材料7 item 1).
    const served = /^接待(?:参观|来馆|入馆|来访|进馆)?(读者|观众|游客|群众|旅客|患者|市民)$/u.exec(visitors[0].name.trim())?.[1];
    const word = periodWord(ctx.facts.profile.period);
    const said = weaveFigures(visitors, `${section.id}-visitors`).map((x) => (x.text.startsWith(word) || x.text.startsWith("累计") ? x : { ...x, text: `${word}${x.text}` }));
    points.unshift({ id: `${section.id}Visitors`, lead: served ? `服务${served}` : "接待服务", sentences: said });
  }
  const rows = all.filter((f) => !enforcement.includes(f) && !media.includes(f) && !mores.includes(f) && !recruits.includes(f) && !checks.includes(f) && !visitors.includes(f));
  const households = ctx.facts.profile.households?.approx ? undefined : ctx.facts.profile.households?.value;
  const woven = weaveFigures(rows, section.id, households);
  if (woven.length) {
    const own = ctx.profile.figureLeads[section.id];
    const lead = own && contentLead(rows.map((r) => r.name), own);
    // The figures follow the section's own last point, never the parents' lectures moved in (`近1800名学生参与“光盘行动”`
    // is no result of a 家长学校 lecture; new-user test 30, D8).
    const at = points.length - 1 - (points[points.length - 1]?.id === "parents" && points.length > 1 ? 1 : 0);
    const last = points[at];
    // A figure of 道德建设 that is no honour (`开展主题班会48节`) is never told under 选树典型 beside the titles won: a rite
    // of the young joins 理想信念教育 (its own point when there is none yet), any other work a point of its own (new-user
    // test 41, D9: `一是师生典型。……获评区级“文明班集体”。开展主题班会48节。`).
    // Nor after the 道德讲堂 told last unless it is of the lectures (`乡贤捐资5.8万余元`, `修订村规民约1部` are no result of
    // a 道德评议会: new-user test 45, D4).
    const apart = section.id === "morality" && ((last?.id === "honours" && !rows.some((r) => HONOUR_LIKE.test(r.name))) || (last?.id === "lectures" && !rows.some((r) => LECTURE_LIKE.test(r.name))));
    const youth = apart && rows.every((r) => YOUTH_RITE.test(r.name));
    const youthAt = points.findIndex((p) => p.id === "moralityYouth");
    if (youth && youthAt >= 0) points[youthAt] = { ...points[youthAt], sentences: [...points[youthAt].sentences, ...woven] };
    // Right after the honours, before the parents' lectures moved in (as the figures would have stood).
    else if (apart) points.splice(at + 1, 0, { id: youth ? "moralityYouth" : `${section.id}Figures`, lead: lead || (youth ? youthLeadOf(ctx) : MORALITY_WORK_LEAD), sentences: woven });
    else if (lead || !last) points.push({ id: `${section.id}Figures`, lead: lead ?? ctx.profile.leads.figures, sentences: woven });
    else if (last.id === "honours" && honoursJoinable(last, woven)) points[at] = { ...last, sentences: honoursJoined(last, woven) };
    else if (rows.length === 1 && woven.length === 1 && sameGroupAfterEvent(last, rows[0], woven[0])) points[at] = { ...last, sentences: sameGroupJoined(last, woven[0]) };
    else if (teamsClosedByWork(last, woven)) points[at] = { ...last, sentences: teamsJoined(last, woven) };
    else points[at] = { ...last, sentences: [...last.sentences, ...afterParts(last, totalAfterEvents(last, rows, woven, { word: periodWord(ctx.facts.profile.period), events: ctx.facts.activities.filter((g) => section.activityTypes.includes(g.kind)).flatMap((g) => g.items) }))] };
  }
  // After the section's other figures, which close the point before it (`坚持每日出动保洁人员` is no check).
  if (checkSentences.length) points.push({ id: "inspections", lead: inspectionLead(checks.map((f) => f.name)), sentences: checkSentences });
  return awardedAfterAppraisal(distinctLeads(points), (title) => ctx.facts.honours.byTitle.filter((t) => t.category.replace(/[“”]/gu, "") === title).flatMap((t) => t.figure.sources)).map((p) => {
    // A change the user's own text states (a 上期打算's 落实情况, a 工作亮点: `新招募劝导志愿者7名，队伍扩大到32人`) is not
    // said again (run 33, reviewer AW, 材料8 item 7). Problems that are all disputes are compared as disputes (`受理矛盾纠纷较上季度
    // 增加6起`: new-user test 67, D6).
    const disputes = p.id === "problems" && ctx.facts.rectification.byKind.length > 0 && ctx.facts.rectification.byKind.every(isDispute);
    const c = comparisonSentence(ctx.options.comparison, p.id, "rise", undefined, p.sentences.map((s) => s.text).join(""), ownChangeTexts(ctx.facts), disputes ? DISPUTE_LABELS : undefined);
    if (!c) return p;
    const ownHonour = p.id === "honours" ? oneHonourJoined(ctx.facts, p.sentences, c) : undefined;
    if (ownHonour) return { ...p, sentences: ownHonour };
    // The change of this period's 整改率 goes with it, before what the previous period left (`上期遗留问题1010处，已整改809处`
    // then `整改率较上半年提高…` reads as the rate of the carried problems: new-user test 28, D8).
    const last = p.sentences[p.sentences.length - 1];
    const carried = p.id === "problems" && p.sentences.length > 1 && last.text.startsWith(CARRIED_OPENING);
    const own = carried ? p.sentences.slice(0, -1) : p.sentences;
    // The comparison of the problems goes right after the sentence with the totals it compares (new-user test 33, D19:
    // never after the carried problems or `清理楼道堆物200余处`, where it reads as their rate), joined to it when it is of the
    // rate: `……已整改111处，整改率为96.5%，较上年同期提高5.4个百分点。其中……`.
    const totals = p.id === "problems" && p.sentences.length > 0 && !p.sentences[0].text.startsWith(CARRIED_OPENING);
    if (totals) {
      const first = p.sentences[0];
      const joined = rateJoined(first.text, c.text, disputes ? DISPUTE_LABELS.rectificationRate : undefined);
      if (joined !== undefined) return { ...p, sentences: [{ text: joined, sources: [...new Set([...first.sources, ...c.sources])] }, ...p.sentences.slice(1)] };
      // A sentence of its own (`发现问题较上年同期增加20处……`) keeps the totals' `其中……` with them: after it.
      const at = p.sentences[1]?.text.startsWith("其中") ? 2 : 1;
      return { ...p, sentences: [...p.sentences.slice(0, at), c, ...p.sentences.slice(at)] };
    }
    const before = own[own.length - 1];
    const text = before === undefined ? undefined : p.id === "problems" ? rateJoined(before.text, c.text, disputes ? DISPUTE_LABELS.rectificationRate : undefined) : figureJoined(before.text, c);
    const told = text !== undefined ? [...own.slice(0, -1), { text, sources: [...new Set([...before.sources, ...c.sources])] }] : [...own, c];
    return { ...p, sentences: carried ? [...told, last] : told };
  });
}

/** The user's own sentences that may state a change of a count: the 落实情况 of 上期打算 rows and 工作亮点 rows. */
function ownChangeTexts(facts: Ctx["facts"]): string[] {
  return facts.texts.flatMap((t) => [...(t.progress ? [t.progress] : []), ...(t.kind === "工作亮点" ? [t.content] : [])]);
}

/**
 * The honours' sentences with the change of 先进典型 joined to the one personal honour that makes the whole total
 * (`2人获评市级“优秀医务工作者”，较上半年增加1人；评出文明科室4个。`): `各级先进典型共2人` after it only says its figure again
 * (new-user test 65, D11, docs/new-user-test-pane-65.md). Undefined when the honoured people are of several titles, or
 * the comparison says more than that change, or no clause names the title.
 */
function oneHonourJoined(facts: Facts, sentences: readonly Sentence[], c: Sentence): Sentence[] | undefined {
  // The titles of people (文明科室 counted in 个, a 家庭 in 户, are none: HonourFacts.collectives).
  const people = facts.honours.people;
  const personal = facts.honours.byTitle.filter((t) => !t.collective && t.figure.unit === people?.unit);
  if (personal.length !== 1 || !people || personal[0].figure.value !== people.value) return undefined;
  const m = new RegExp(`^各级${comparedIndicators.honourPeople.label}共[^，；。]+，(较[^；。]+)。$`, "u").exec(c.text);
  if (!m) return undefined;
  // The title's longest unquoted part (`优秀医务工作者` of `“优秀医务工作者”`), as the clause names it.
  const title = personal[0].category.split(/[“”"]/u).reduce((a, b) => (b.length > a.length ? b : a), "");
  const at = title ? sentences.findIndex((s) => s.text.includes(title)) : -1;
  if (at < 0) return undefined;
  const text = sentences[at].text;
  const named = text.indexOf(title);
  // The end of the clause that names the title: the first `；` or `。` after it.
  const end = text.slice(named).search(/[；。]/u);
  if (end < 0) return undefined;
  const cut = named + end;
  const joined = `${text.slice(0, cut)}，${m[1]}${text.slice(cut)}`;
  return sentences.map((s, i) => (i === at ? { text: joined, sources: [...new Set([...s.sources, ...c.sources])] } : s));
}

/**
 * A sentence of the problems joined with the change of the 整改率 (`comparison`, `整改率较上半年提高5个百分点。`), or
 * undefined when the change is of something else: after `均已整改到位` (which has said the 100%) `……均已整改到位，整改率较
 * 上半年提高5.5个百分点。`; after `整改率为95%` without naming the rate twice, `……整改率为95%，较上半年提高5个百分点。`
 * (new-user test 32, D15); after a sentence with no rate, the rate and its change (`……已整改111处，整改率为96.5%，较上年同期
 * 提高5.4个百分点。`, new-user test 33, D19).
 */
function rateJoined(sentence: string, comparison: string, rate = comparedIndicators.rectificationRate.label): string | undefined {
  if (!comparison.startsWith(rate) || !sentence.endsWith("。")) return undefined;
  const stem = sentence.slice(0, -1);
  if (new RegExp(`${rate}为[^，。；]+$`, "u").test(stem)) return comparison.startsWith(`${rate}较`) ? `${stem}，${comparison.slice(rate.length)}` : undefined;
  return `${stem}，${comparison}`;
}

/** The heading of a 志愿服务 section without any team row (new-user test 33, D14). */
const NO_TEAM_HEADING = "开展志愿服务活动，弘扬雷锋精神";

/**
 * The heading of a 宣传教育 section that tells only displays maintained (every 宣传投放 kind of 方式 维护, no activity or
 * figure of the section): `加强宣传引导` claims a guidance the upkeep of 4 screens does not show; the first half says
 * what was done, the profile's second half stays (new-user test 33, D14: `维护大厅显示屏4块`). Undefined otherwise.
 */
function upkeepHeading(facts: Facts, section: Section): string | undefined {
  const kinds = facts.publicity.byKind;
  if (section.id !== "publicity" || section.points.length !== 1 || section.points[0].id !== "publicity" || !/^加强宣传引导，/u.test(section.heading)) return undefined;
  if (!kinds.length || !kinds.every((t) => t.modes?.length === 1 && t.modes[0] === "维护")) return undefined;
  return section.heading.replace(/^加强宣传引导/u, "做好宣传阵地维护");
}

/** The heading of a 其他 section of residents' forums only (catalog RESIDENTS_FORUM; new-user test 38, D20). */
const FORUM_HEADING = "推进共建共治，促进邻里和谐";

/** The heading of an environment section with no problem to rectify, for a profile whose own speaks of 整改 (new-user test 39, D8). */
const ENVIRONMENT_HEADING = "开展环境整治，建设美丽家园";

/** The heading of a school's 环境整治 of students' conduct only (new-user test 39, D9). */
const SCHOOL_CONDUCT_HEADING = "加强养成教育，规范学生行为";
/** The heading of an environment section whose problems are all disputes (isDispute; new-user test 67, D6). */
const DISPUTES_HEADING = "化解矛盾纠纷，维护和谐稳定";

/** Words that name a school's students (`学生不文明行为`, `少先队员`), whose conduct is 养成教育. */
const STUDENTS = /学生|同学|学员|少先队员|队员|学子|幼儿/u;

/** An honour of the people an agency serves, not of its staff (`模范退役军人`, `最美家庭`, `身边好人`): new-user test 39, D9. */
const SERVED_HONOUR = /退役军人|军人|军属|老兵|优抚|烈属|家庭|居民|村民|市民|群众|身边好人|道德模范|学生|青少年|少年|儿童|商户|经营户|业主|文明户/u;

/** The heading of an agency's 道德建设 of honours only (new-user test 39, D9). */
const AGENCY_HONOURS_HEADING = "加强思想道德建设，选树先进典型";

/** Words of a heading half that claim education or guidance (`提升干部职工素质`, `加强思想引领`), which honours alone do not show. */
const EDUCATION_CLAIM = /素质|素养|教育|思想|引领|道德建设/u;

/**
 * The heading of a 道德建设 section that holds honours only (every point `honours`) under a heading of education
 * (`加强思想道德建设，提升干部职工素质` over `2人获评“全市检察机关优秀办案检察官”`): `选树先进典型`, and the heading's second half
 * when it claims no education, else `发挥示范引领作用` (run-30 review, t57-procuratorate item 7, t56-youth item 2). A heading
 * that names 典型 already, or any other section, gives undefined.
 */
function honoursHeading(section: Section): string | undefined {
  if (section.id !== "morality" || !section.points.length || !section.points.every((p) => p.id === "honours" || p.id === UNIT_HONOURS_POINT)) return undefined;
  const [first, second = ""] = section.heading.split("，");
  if (/典型|先进/u.test(section.heading) || !EDUCATION_CLAIM.test(first)) return undefined;
  return `选树先进典型，${second && !EDUCATION_CLAIM.test(second) ? second : "发挥示范引领作用"}`;
}

/** The unit's own people a 宣传 heading may invite (`引导职工参与`), group 1. */
const OWN_PEOPLE_INVITED = /^引导((?:干部)?职工|员工|学员)参与$/u;
/** The public a unit serves, as its 宣传 names them (`文明乘车`, `游客`, `患者`). */
const SERVED_PUBLIC = /乘客|乘车|旅客|游客|顾客|患者|读者|观众|市民|居民|群众|客户|业主|商户|经营户|村民/u;

/**
 * The heading of a 宣传教育 section that speaks to the public the unit serves and never to its own people
 * (`做好创建宣传，引导职工参与` over 文明乘车 screens and 倡议书): `营造创建氛围` for the second half (run-30 review, t56-bus
 * item 3), `营造浓厚氛围` after a first half that says 创建. Undefined for any other section or heading, or when the section
 * names the people the heading invites.
 */
function publicHeading(section: Section): string | undefined {
  const [first, second = ""] = section.heading.split("，");
  const invited = OWN_PEOPLE_INVITED.exec(second)?.[1];
  if (section.id !== "publicity" || !invited) return undefined;
  const text = textOf(section);
  if (text.includes(invited.replace(/^干部/u, "")) || /员工|干部|职工/u.test(text) || !SERVED_PUBLIC.test(text)) return undefined;
  // A first half that says 创建 already (`做好创建宣传`) is not followed by a second 创建 (review run 34, AX 材料6 item 2:
  // never `做好创建宣传，营造创建氛围`).
  return `${first}，${first.includes("创建") ? "营造浓厚氛围" : "营造创建氛围"}`;
}

/** The heading of a 组织保障 made only of works of building places (`isBuildingWork`). */
const BUILDING_HEADING = "加强阵地建设，夯实创建基础";

/**
 * A heading that fits what the section holds when the profile's would not (v2 rule 8): 组织保障 whose
 * only rows are building works (`“六室三站一场一校”阵地建设`) is about 阵地, not leadership (review run 5).
 */
function headingOf(facts: Facts, sectionId: string, profile?: Profile): string | undefined {
  const org = facts.organization;
  if (sectionId === "organization" && org.length && org.every((i) => i.kind === "工作机制" && isBuildingWork(i.content))) return BUILDING_HEADING;
  // No 组织保障 row nor figure: the section holds trainings alone, no 组织领导 to speak of (new-user test 64, D3: a 快递营业部's
  // one `文明驾驶安全培训` under `加强组织领导，落实创建责任`).
  if (sectionId === "organization" && !org.length && !facts.figures.some((f) => f.sectionId === "organization") && !studiesWithOrganization(facts)) {
    return profile?.id === "enterprise" ? "加强职工教育培训，提升队伍素质" : "加强教育培训，提升队伍素质";
  }
  // 志愿服务 that holds only its teams (no activity, no figure) says nothing of 深化/品牌 (review run 11):
  // the heading keeps its first half and closes on what the teams are for.
  if (sectionId === "volunteering" && profile) {
    // Parents are no 师生 (new-user test 26, D14): a school whose teams are all parents' says `组织家长志愿服务`.
    const names = facts.volunteers.teamNames;
    const typed = profile.headings.volunteering ?? "";
    const own = names.length > 0 && names.every((n) => /家长|家委会/u.test(n)) ? typed.replace(/师生/u, "家长") : typed;
    // No team row at all: a heading of 壮大志愿队伍 or 整合志愿力量 claims a team the data does not show (new-user test 33,
    // D14: `壮大志愿队伍，提升服务实效` over one 学雷锋 activity).
    if (!names.length && !facts.volunteers.members && !facts.volunteers.teams && /壮大志愿队伍|整合志愿力量/u.test(typed)) return NO_TEAM_HEADING;
    const teamsOnly = !facts.activities.some((g) => g.kind === "志愿服务") && !facts.figures.some((f) => f.sectionId === "volunteering");
    // 壮大 claims a growth the teams alone do not show (review run 14): 建强.
    if (teamsOnly && /深化|品牌|常态|实效/u.test(own.split("，")[1] ?? "")) return `${own.split("，")[0].replace(/^壮大/u, "建强")}，夯实服务基础`;
    if (own !== typed) return own;
  }
  // A village's 移风易俗 told in 道德建设 makes it 乡风文明 (new-user test 30, D8: `劝导婚丧喜事简办9起`).
  if (sectionId === "morality" && facts.profile.unitType === "村" && (facts.figures.some((f) => f.sectionId === "morality" && MORES.test(f.name)) || facts.rectification.byKind.some((k) => isMoresProblem(k, "村")) || facts.activities.some((g) => g.kind === "其他" && g.items.some(isMoresEvent)))) return "培育文明乡风，推进移风易俗";
  // 我们的节日 is no staff recreation (new-user test 14, D3: a 缅怀先烈 主题党日 under `开展文体活动，凝聚干部职工`):
  // a section of festivals only says so; beside 文体活动, a heading of staff life also names the tradition.
  if (sectionId === "culture" && profile) {
    const festivals = facts.activities.some((g) => g.kind === "我们的节日");
    const sports = facts.activities.some((g) => g.kind === "文体活动") || facts.figures.some((f) => f.sectionId === "culture");
    if (festivals && !sports) return "开展“我们的节日”活动，弘扬中华优秀传统文化";
    if (festivals && /职工/u.test(profile.headings.culture ?? "")) return "传承传统文化，丰富职工业余生活";
    // A 老年大学's 学员 (new-user test 57, D5).
    if (festivals && /学员/u.test(profile.headings.culture ?? "")) return "传承传统文化，丰富学员文化生活";
    // No 我们的节日 beside an activity of a festival of the calendar (`三八妇女节插花`): a heading of 传统文化 would present
    // it as tradition (new-user test 38, D23).
    const typed = profile.headings.culture ?? "";
    const modern = facts.activities.some((g) => g.kind === "文体活动" && g.items.some((i) => !!modernFestivalIn(i.name)));
    if (!festivals && modern && /传统文化/u.test(typed.split("，")[1] ?? "")) return `${typed.split("，")[0]}，活跃群众文化生活`;
  }
  // 宣传教育 that holds only 理论学习 (no 宣传投放, no 宣传教育 activity, no publicity figure) publicised nothing: it is
  // about 理论武装 (new-user test 27, D14).
  if (sectionId === "publicity" && profile && studyOnly(facts)) return studyHeading(profile.id, facts.profile.unitName);
  // A school's 道德建设 with nothing of its teachers (师德, 教师, 教职工) names no 师德师风 (new-user test 27, D20): its
  // honours alone are 先进典型, beside 道德讲堂 or figures the students' 思想道德.
  if (sectionId === "morality" && profile?.id === "school" && /师德/u.test(profile.headings.morality ?? "")) {
    const words = [...facts.honours.byTitle.map((t) => t.category), ...facts.activities.filter((g) => g.kind === "道德讲堂").flatMap((g) => g.items.map((i) => i.name)), ...facts.figures.filter((f) => f.sectionId === "morality").map((f) => f.name)];
    if (!words.some((w) => /师德|师风|教师|老师|教职|班主任|园丁|辅导员/u.test(w))) {
      const honoursOnly = !facts.activities.some((g) => g.kind === "道德讲堂") && !facts.figures.some((f) => f.sectionId === "morality");
      return honoursOnly ? "选树先进典型，培育文明校风" : "加强学生思想道德建设，培育文明校风";
    }
  }
  // An agency's 道德建设 of honours only, every one of the people it serves (`模范退役军人`, `最美家庭`), not of its staff: no
  // `提升干部职工素质` over them (new-user test 39, D9); it says 选树先进典型. Its staff's own (`最美城管人`) keep the heading.
  if (sectionId === "morality" && /干部职工素质/u.test(profile?.headings.morality ?? "") && facts.honours.byTitle.length
    && facts.honours.byTitle.every((t) => SERVED_HONOUR.test(t.category)) && !facts.activities.some((g) => g.kind === "道德讲堂")
    && !facts.figures.some((f) => f.sectionId === "morality") && !facts.rectification.byKind.some((k) => isMoresProblem(k, facts.profile.unitType))) return AGENCY_HONOURS_HEADING;
  // A school's 环境整治 of students' conduct only (`学生不文明行为`), with no 环境整治 activity or figure, is 养成教育, not 校园环境
  // (new-user test 39, D9).
  // Students' only: parents' parking at the gate (`校门口家长乱停车`) is conduct too, but no 养成教育.
  // The environment section holds problems alone: no 环境整治 activity, no environment figure.
  const problemsAlone = sectionId === "environment" && facts.rectification.byKind.length > 0
    && !facts.activities.some((g) => g.kind === "环境整治") && !facts.figures.some((f) => f.sectionId === "environment");
  if (problemsAlone && profile?.id === "school" && facts.rectification.byKind.every((k) => problemAction(k).verb === "纠正" && STUDENTS.test(problemAction(k).object))) return SCHOOL_CONDUCT_HEADING;
  // Problems that are all disputes (`矛盾纠纷` 15/13起 of a 司法所) are no environment's: they are settled to keep the peace,
  // `化解矛盾纠纷，维护和谐稳定`, never `开展专项整治，优化环境秩序` over them (new-user test 67, D6). Only when the section holds
  // nothing else (problemsAlone).
  if (problemsAlone && facts.rectification.byKind.every(isDispute)) return DISPUTES_HEADING;
  // A heading of 整改 claims problems the data must show (v2 rule 7): an environment section of 环境整治 activities or
  // figures and no 问题整改 row (`植树活动` at a 实践站) is about the environment (new-user test 39, D8).
  if (sectionId === "environment" && profile && /整改/u.test(profile.headings.environment ?? "")) {
    const r = facts.rectification;
    if (!r.byKind.length && !r.carried?.rows && !r.leftOut.length) return ENVIRONMENT_HEADING;
  }
  // 其他 of residents' forums only (`拆迁安置户融入座谈`, `邻里互助议事会`) is 共建共治 (new-user test 38, D20).
  if (sectionId === "other") {
    const others = facts.activities.find((g) => g.kind === "其他");
    if (others?.items.length && others.items.every((i) => RESIDENTS_FORUM.test(i.name)) && !facts.figures.some((f) => f.sectionId === "other")) return FORUM_HEADING;
  }
  // 关爱帮扶 that holds only visits to residents (走访商户和居民, 填写入户调查表) is no 结对帮扶 (review run 9).
  if (sectionId === "care") {
    const rows = facts.figures.filter((f) => f.sectionId === "care");
    const events = facts.activities.filter((g) => g.kind === "关爱帮扶");
    if (rows.length && !events.length && rows.some((f) => /走访|入户/u.test(f.name)) && rows.every((f) => /走访|入户|调查|意见|诉求/u.test(f.name) && !/困难|困境|孤寡|空巢|留守|残疾|低保|帮扶|慰问|老人|儿童/u.test(f.name))) return "深入走访群众，倾听意见诉求";
    // A heading of 结对帮扶 claims a pairing the data must show (v2 rule 7; new-user test 30, D8: a health lecture and
    // 签约入户 under `开展结对帮扶，履行社会责任`): without 结对/帮扶 words it says 关爱服务 (关爱帮扶 before a second half of 服务: never `开展关爱服务，帮扶困难群众`).
    const heading = profile?.headings.care ?? "";
    const words = [...rows.map((f) => `${f.name}${f.remark ?? ""}`), ...events.flatMap((g) => g.items.map((i) => `${i.name}${i.summary ?? ""}${i.host ?? ""}`))].join("；");
    if (/结对帮扶/u.test(heading) && !/结对|帮扶|包联|包保|对口|挂钩|共建|扶贫|帮困/u.test(words)) return heading.replace(/结对帮扶/u, /服务/u.test(heading.split("，")[1] ?? "") ? "关爱帮扶" : "关爱服务");
  }
  return undefined;
}

/**
 * Whether 宣传教育 holds only 理论学习 activities: no 宣传投放 row, no 宣传投放 spend, no 宣传教育 activity and no
 * 其他指标 of the section (new-user test 27, D14). `facts`: a unit's, or a roll-up's total.
 */
export function studyOnly(facts: Facts): boolean {
  const p = facts.publicity;
  return !p.byKind.length && !p.spend && !facts.figures.some((f) => f.sectionId === "publicity")
    && facts.activities.some((g) => g.kind === "理论学习") && !facts.activities.some((g) => g.kind === "宣传教育");
}

/**
 * The heading of a 宣传教育 section of 理论学习 only (studyOnly), by who studied: `加强理论武装，提升干部职工文明素养` for
 * an agency (and by default), 师生 for a school, 教职工 for a kindergarten, 党员群众 for a community, village or street.
 * A 群团组织 (`mass`) names its own people (massPeople: 团员青年 of a 团委; new-user test 32, D7); a 新时代文明实践所
 * (`practice`) `广泛开展宣讲，推动党的创新理论深入人心` (new-user test 37, D7).
 * `profileId`: the profile's id, or `area` for a roll-up of a place's units; `unitName`: the unit's 单位名称.
 */
export function studyHeading(profileId: string, unitName = ""): string {
  // A 新时代文明实践所 preaches to the 群众 (new-user test 37, D7).
  if (profileId === "practice") return "广泛开展宣讲，推动党的创新理论深入人心";
  const who = profileId === "mass" ? massPeople(unitName)
    : ({ school: "师生", kindergarten: "教职工", elderSchool: "学员", community: "党员群众", street: "党员群众", area: "党员群众" } as Readonly<Record<string, string>>)[profileId] ?? "干部职工";
  return `加强理论武装，提升${who}文明素养`;
}

/** The Chinese characters of a section's text, for telling a short section from a full one. */
const sectionLength = (s: Section): number => s.points.flatMap((p) => p.sentences).reduce((n, x) => n + x.text.length, 0);

/**
 * 设施建设 of at most TINY_FACILITIES characters (one item: `更换破损窨井盖40余块。`), or of at most
 * SHORT_FACILITIES beside an 环境整治 as short, is told with 环境整治 rather than under a heading of its own.
 */
const TINY_FACILITIES = 20;
const SHORT_FACILITIES = 60;

/**
 * A short 设施建设 section joins the section on the same ground (review run 9: `一、加强阵地建设` and
 * `三、完善设施建设` split one topic; a one-sentence `七、完善校园设施` apart from `二、整治校园环境`):
 * 组织保障 about 阵地 takes it whatever its length, else 环境整治 takes it when both are short; the
 * heading joins the two (`加强阵地建设，提升服务功能`, `整治校园环境，完善配套设施`).
 */
function joinFacilities(facts: Facts, sections: Section[], profile: Profile): Section[] {
  const fac = sections.find((s) => s.id === "facilities");
  if (!fac) return sections;
  const facHeading = (profile.headings.facilities ?? fac.heading).split("，");
  const base = sections.find((s) => s.id === "organization" && s.heading === BUILDING_HEADING);
  const env = sections.find((s) => s.id === "environment");
  const facLength = sectionLength(fac);
  const short = facLength <= TINY_FACILITIES || (facLength <= SHORT_FACILITIES && !!env && sectionLength(env) <= SHORT_FACILITIES);
  const host = base ?? (env && short ? env : undefined);
  if (!host) return sections;
  // A half that says a word of the host's half again (`加强小区管理，完善小区设施`) gives way to `完善配套设施` (run-27 review,
  // 材料1 item 3).
  const first = host.heading.split("，")[0];
  const joined = `${first}，${host === base ? facHeading[1] ?? facHeading[0] : facHeading[0]}`;
  const heading = repeatedHeadingWords(joined).length ? `${first}，完善配套设施` : joined;
  // A figure of one row the host's own words state already (`新增第三卫生间2个` beside 其他指标 `新建第三卫生间` 2个) is told
  // there, once (new-user test 48, D11).
  const points = [...host.points];
  const moved = fac.points.map((p) => ({ ...p, lead: "设施配套", sentences: p.sentences.filter((x) => {
    const row = facts.figures.find((f) => f.sectionId === fac.id && f.figure.sources.length > 0 && f.figure.sources.length === x.sources.length && f.figure.sources.every((src) => x.sources.includes(src)));
    const said = row && !row.remark?.trim() && !row.reading?.frequency && !row.reading?.stage ? statedClause(points, row, row.name.trim(), saidFigure(row, fac.id)) : undefined;
    if (said) replaceSentence(points, said);
    return !said;
  }) })).filter((p) => p.sentences.length > 0);
  return sections.filter((s) => s !== fac).map((s) => (s === host ? { ...s, heading, points: [...points, ...moved] } : s));
}

/** Work of persuading people (`文明交通劝导`, `劝导不文明行为`, `文明引导`): volunteers' or publicity work (new-user test 51, D8). */
const PERSUASION = /劝导|劝阻|文明交通|文明引导|文明出行/u;

/** The least count of a figure that may head the opening (compose headlines) or stand as the period's context (minorCount). */
export const HEADLINE_MIN_COUNT = 10;

/**
 * True when a figure's sentence (`畅通应急通道3条。`) counts fewer than 10 things, no people: a detail of the unit's work, never
 * the period's context that the opening tells (`下半年畅通应急通道3条。` in place of the period's work: new-user test 61, D14).
 * The bar is the one a 其他指标 row must pass to head the opening (headlines: 10 and more).
 */
export function minorCount(text: string): boolean {
  const m = /(?<![\d.])(\d+)(?:余|多)?([\u4e00-\u9fff]{1,2})[。，]?$/u.exec(text.replace(/。$/u, ""));
  return !!m && Number(m[1]) < HEADLINE_MIN_COUNT && !/^(?:万|亿|千|百|人|名|位|人次|户|户次|元)/u.test(m[2]);
}

/** A 其他 section of one sentence of at most this many characters has no heading of its own (new-user test 26, D6). */
const TINY_OTHER = 40;

/**
 * A 其他 section of one short sentence is no section (`五、统筹推进其他创建任务` then `接待游客12.6万人次。`; new-user test 26,
 * D6). A figure of 其他指标 only (a 景区's 接待游客, a hospital's 门诊量) is the period's context: it is returned as
 * `context` for the opening and the section left out (with `toOpening` false, when the opening has no place for it, it is
 * treated as anything else). Anything else (an activity typed 其他) closes the section before
 * it (`……此外，3月12日开展“植树节亲子活动”，参与100人。`). Other sections, and a 其他 section alone, stay as they are; so
 * does a sentence of work over several 其他指标 rows (`开展消防安全检查120家次，排查火灾隐患85处，……`).
 */
export function foldTinyOther(given: readonly Section[], toOpening = true): { sections: Section[]; context?: Sentence } {
  const sections = homedOther(given);
  const other = sections.find((s) => s.id === "other");
  const sentences = other?.points.flatMap((p) => p.sentences) ?? [];
  const at = other ? sections.indexOf(other) : -1;
  // Residents' forums are a point of their own (共建共治), never `此外` after 环境整治 (new-user test 38, D20).
  if (!other || other.intro || other.heading === FORUM_HEADING || sections.length < 2 || other.points.length !== 1 || sentences.length !== 1 || sectionLength(other) > TINY_OTHER || at < 1) return { sections: [...sections] };
  const only = sentences[0];
  const rest = sections.filter((s) => s !== other);
  // Several figures in a row of work (`开展消防安全检查120家次，排查火灾隐患85处，督促整改火灾隐患80处`) are the unit's own
  // work (the sentence opens with an action), told in the body under their heading: never moved to the opening beside the
  // headline that says one of them again (new-user test 28, D14).
  const rows = new Set(only.sources.map((x) => /^其他指标![A-Z]+(\d+)$/u.exec(x)?.[1] ?? x));
  if (rows.size > 1 && !!actionOf(only.text) && figureOnly(only)) return { sections: [...sections] };
  // Work done at a frequency (`全年坚持每月开展驾驶员文明礼仪培训1期，累计开展12期`) is the unit's work, told in the body: never
  // the opening's second sentence (new-user test 33).
  if (/^(?:全年|上半年|下半年|本季度|本月)?(?:坚持|常态化)?每/u.test(only.text)) return { sections: [...sections] };
  // Only a figure named by what it counts (`接待游客`, `门诊量达`) is the period's context: a generic or placeholder name
  // (`其他3个`) never opens the text as a sentence of its own (new-user test 39, D26).
  const named = /^(?:此外，)?(.*?)(?:达|为|约|近)?[\d０-９]/u.exec(only.text)?.[1] ?? "";
  // A figure of a topic the body tells (`办理犬证1260张` beside `纠正不文明养犬行为60起`) is told there, never a loose
  // sentence of the opening (new-user test 53, D9).
  const beside = figureOnly(only) ? besideTopic(rest, named, only) : undefined;
  // A staff training counted (`安全生产培训` 4次) goes with the point of the trainings, joined by `；` as trainingsTogether
  // joins those of 组织保障: never `此外，举办安全生产培训4次` after a 知识竞赛 under 文体活动 (new-user test 71, D5).
  const training = figureOnly(only) && isStaffTraining(only) ? rest.flatMap((s) => s.points.map((p) => ({ s, p }))).find((x) => x.p.id === "training") : undefined;
  if (training) {
    const last = training.p.sentences[training.p.sentences.length - 1];
    const joined: Sentence = { text: `${last.text.replace(/。$/u, "")}；${only.text}`, sources: [...new Set([...last.sources, ...only.sources])] };
    const point: Point = { ...training.p, sentences: [...training.p.sentences.slice(0, -1), joined] };
    return { sections: rest.map((s) => (s === training.s ? { ...s, points: s.points.map((p) => (p === training.p ? point : p)) } : s)) };
  }
  if (beside) return { sections: beside };
  const atPlace = figureOnly(only) ? besidePlace(rest, only) : undefined;
  if (atPlace) return { sections: atPlace };
  // `toOpening` false: the opening has no place for it (a 导语 with headline figures; new-user test 41, D10): told in the body.
  if (toOpening && figureOnly(only) && [...named].length >= 2 && !isPlaceholderText(named) && !minorCount(only.text)) return { sections: rest, context: only };
  // A rate of how satisfied the people served are (`患者满意度`, `纳税人满意率`) is the window service's result: told at the
  // end of the section of 窗口服务 where there is one, never after the section before 其他 (run-27 review, 材料3 item 9:
  // not `此外，患者满意度达96.5%` after a 义诊).
  // A forum with the people served (`客户满意度座谈会`) closes the section of the service they judge (its 投诉 or 窗口), never
  // the volunteers' one with 此外 (new-user test 54, D8).
  // The unit's own service counted (`诉讼服务窗口接待群众达1.2万人次，网上立案3600件`) goes beside the point that tells that
  // service (`文明服务。……“诉讼服务窗口文明服务培训”`), never `此外` after 结对帮扶 (run-29 review of test 55's 县人民法院).
  const serviceWork = figureOnly(only) && SERVICE_WORK.test(named);
  const servedPoint = serviceWork ? servicePoint(rest) : undefined;
  // An activity of 其他 at or about the unit's own window (`在医保服务大厅开展医保窗口“好差评”服务提升活动`) is the window's
  // work: told at the end of the section of 窗口服务, never `此外` after the volunteers' services (new-user test 67, D3).
  const windowActivity = !figureOnly(only) && OWN_WINDOW.test(only.text) ? rest.find((s) => /窗口/u.test(s.heading)) : undefined;
  const window = /满意度|满意率/u.test(named) ? rest.find((s) => /窗口/u.test(s.heading))
    : SERVED_FORUM.test(only.text) ? served(rest)
    : serviceWork ? servedPoint?.section : windowActivity;
  // Persuasion (`文明交通劝导`, `劝导不文明行为60余人次`) is volunteers' or publicity work: it closes the 志愿服务 section, else
  // the 宣传教育 one, where there is one; with neither it keeps its own section, never `此外` after 关爱帮扶 or any other
  // section it has nothing to do with (new-user test 51, D8). No section is made for it.
  const persuasion = PERSUASION.test(only.text);
  const persuaded = persuasion ? rest.find((s) => s.id === "volunteering") ?? rest.find((s) => s.id === "publicity") : undefined;
  if (persuasion && !persuaded) return { sections: [...sections] };
  const titledHost = persuaded ?? window ? undefined : titled(rest, only);
  // A few things kept or put in place (`畅通应急通道3条`) are the premises' work: told with the 设施 where the body has them, never
  // `此外` after 关爱帮扶 (new-user test 61, D14).
  const premises = minorCount(only.text) && figureOnly(only) ? rest.find((s) => s.id === "facilities" || s.points.some((p) => p.lead === "设施配套")) : undefined;
  const host = persuaded ?? window ?? titledHost ?? premises ?? sections[at - 1];
  // A section of 我们的节日 holds the festivals only: an activity of 其他 (`文明劝导`) is no festival's, and keeps its own
  // section, never `……此外，在路口开展“文明劝导”活动` after them (new-user test 39, D16).
  if (/我们的节日/u.test(host.heading)) return { sections: [...sections] };
  // A trade fair (`迎春年货节`) is no part of any section's work: never `此外` after 学雷锋志愿服务 (run-29 review, t55-market
  // item 4); it keeps its own section.
  if (COMMERCIAL_FAIR.test(only.text) && !figureOnly(only)) return { sections: [...sections] };
  // A figure of 其他指标 closes 志愿服务 only when it is of the volunteers' work there (`劝导交通违法行为` after `文明交通劝导`);
  // any other (`处理患者投诉46件`, `排查隐患56处`) keeps its section, never `此外，处理患者投诉46件` after the volunteers'
  // services (new-user test 45, D11).
  const work = actionOf(named) ?? named.slice(0, 2);
  const hostText = textOf(host);
  if (host.id === "volunteering" && figureOnly(only) && !persuasion && !hostText.includes(work)) return { sections: [...sections] };
  // The forum joins the sentence of the complaints it answers (`受理客户投诉18件，已办结16件；6月30日召开客户满意度座谈会，……`:
  // run-29 review, t54-bank item 5), never `此外`.
  const forumJoined = host === window && SERVED_FORUM.test(only.text) ? withServedForum(host, only) : undefined;
  if (forumJoined) return { sections: rest.map((s) => (s === host ? forumJoined : s)) };
  const facilityPoint = host === premises ? host.points.findIndex((p) => p.lead === "设施配套") : -1;
  const at2 = serviceWork && host === window ? host.points.indexOf(servedPoint!.point) : facilityPoint >= 0 ? facilityPoint : host.points.length - 1;
  const target = host.points[at2];
  const moved: Point = { ...target, sentences: [...target.sentences, { text: (serviceWork && host === window) || (!!windowActivity && host === windowActivity) || host === titledHost ? only.text : `此外，${only.text}`, sources: only.sources }] };
  return { sections: rest.map((s) => (s === host ? { ...s, points: host.points.map((p, i) => (i === at2 ? moved : p)) } : s)) };
}

/** A unit's own window or hall of service (`医保窗口`, `医保服务大厅`, `政务服务大厅`): what a 窗口服务 section tells. */
const OWN_WINDOW = /窗口|(?:服务|办事|办税|营业|政务)大厅/u;

/** A figure's sentence opening with the place of the unit's that does the work (`信访接待窗口坚持每日接待……`): group 1. */
const PLACE_LED = /^([\u4e00-\u9fff]{2,10}?(?:窗口|大厅|服务台|服务站|服务点|接待室|接待站))(?=坚持|每|累计|共|接待|办理|受理|服务|开展|全年|上半年|下半年|本季度|[，,])/u;

/**
 * A figure of 其他指标 that opens with a place of the unit's (`信访接待窗口坚持每日接待群众来访，上半年累计126人次。`) while one
 * body sentence tells the work of that place (`提升信访接待窗口文明服务水平。`): told in that sentence, the place said once
 * (`提升信访接待窗口文明服务水平，坚持每日接待群众来访，上半年累计126人次。`), never in the opening apart from its work
 * (run-30 review, t57-procuratorate item 2). Undefined when no place leads it or not exactly one sentence names it.
 */
function besidePlace(sections: readonly Section[], only: Sentence): Section[] | undefined {
  const place = PLACE_LED.exec(only.text)?.[1];
  if (!place) return undefined;
  // The host tells the place's work with no figure of its own: never after an event's turnout (`……培训”，参与45人，接待群众……`).
  const hits = sections.flatMap((s) => s.points.flatMap((p) => p.sentences.filter((x) => x.text.includes(place)).map((x) => ({ s, p, x }))));
  if (hits.length === 1 && /\d/u.test(hits[0].x.text)) return undefined;
  if (hits.length !== 1) return undefined;
  const { s: host, p: point, x } = hits[0];
  const said: Sentence = { text: `${x.text.replace(/。$/u, "")}，${only.text.slice(place.length).replace(/^[，,]/u, "")}`, sources: [...new Set([...x.sources, ...only.sources])] };
  return sections.map((s) => (s !== host ? s : { ...s, points: s.points.map((p) => (p !== point ? p : { ...p, sentences: p.sentences.map((y) => (y === x ? said : y)) })) }));
}

/**
 * A 其他 section of several sentences sends each sentence that has a home in the body there (run-29 review, t54-bank item 5:
 * `七、统筹推进其他创建工作` then `6月30日召开客户满意度座谈会，12人参加。拦截电信诈骗资金约1.5万元。`): a figure of 其他指标 beside
 * the body sentence of its topic (besideTopic: `开展反诈宣传30余场，拦截电信诈骗资金约1.5万元。`), a forum with the people
 * served with their complaints (SERVED_FORUM, withServedForum), the unit's counted service beside its 文明服务 point
 * (SERVICE_WORK). The section keeps what has no home and is left out when nothing is left; a section of one sentence is
 * foldTinyOther's as before. Sections in, sections out (the same array's order).
 */
function homedOther(sections: readonly Section[]): Section[] {
  const other = sections.find((s) => s.id === "other");
  const all = other?.points.flatMap((p) => p.sentences) ?? [];
  if (!other || other.intro || other.heading === FORUM_HEADING || !all.length || sections.indexOf(other) < 1) return [...sections];
  let body = sections.filter((s) => s !== other);
  const homed = new Set<Sentence>();
  for (const x of all) {
    const named = /^(?:此外，)?(.*?)(?:达|为|约|近)?[\d０-９]/u.exec(x.text)?.[1] ?? "";
    // A section of one sentence is foldTinyOther's own (its context, its 此外), but for a facility's opening.
    let next: Section[] | undefined = withOpenedFacility(body, x);
    // The unit's counted service (SERVICE_WORK) in several rows of work (`办结窗口业务约3.2万件，追讨农民工工资1260万元`) is
    // homed beside its 窗口 point even when it is the section's one sentence, which foldTinyOther keeps where it is (new-user
    // test 69, D7: under 窗口服务 once the job fairs left 其他 for 关爱服务).
    const rowsOfWork = all.length === 1 && !!actionOf(x.text) && new Set(x.sources.map((c) => /^其他指标![A-Z]+(\d+)$/u.exec(c)?.[1] ?? c)).size > 1;
    if (!next && (all.length > 1 || rowsOfWork) && figureOnly(x) && !PERSUASION.test(x.text)) {
      next = all.length > 1 ? besideTopic(body, named, x, true) : undefined;
      const service = !next && SERVICE_WORK.test(named) ? servicePoint(body) : undefined;
      if (service) next = body.map((s) => (s === service.section ? { ...s, points: s.points.map((p) => (p === service.point ? { ...p, sentences: [...p.sentences, x] } : p)) } : s));
    } else if (!next && all.length > 1 && SERVED_FORUM.test(x.text)) {
      const host = served(body);
      const joined = host ? withServedForum(host, x) : undefined;
      if (host && joined) next = body.map((s) => (s === host ? joined : s));
    }
    if (!next) continue;
    body = next;
    homed.add(x);
  }
  if (!homed.size) return [...sections];
  const points = other.points.map((p) => ({ ...p, sentences: p.sentences.filter((x) => !homed.has(x)) })).filter((p) => p.sentences.length > 0);
  const at = sections.indexOf(other);
  return points.length ? [...body.slice(0, at), { ...other, points }, ...body.slice(at)] : body;
}

/** An event that opens a facility, undated or dated, with nothing else said: group 1 the date, 2 the facility, 3 the word. */
const FACILITY_OPENED = /^(?:此外，)?(?:(\d{1,2}月\d{1,2}日)，?)?(?:举行|举办|开展)“([\u4e00-\u9fff]{2,16}?)(揭牌|挂牌)(?:仪式)?”(?:活动|仪式)?。$/u;

/**
 * The sections with an event that opens a facility (`开展“新时代文明实践所揭牌”活动。`) joined to the body sentence that
 * counts that facility (`建成新时代文明实践站12个，新时代文明实践所1个。`) as its last clause: `实践所已揭牌投入使用` when
 * undated, `并于5月18日举行揭牌仪式` when dated (run-29 review, t54-town item 5: never `此外，开展“…揭牌”活动`). Undefined
 * when the sentence is no such event or no body sentence counts the facility.
 */
function withOpenedFacility(sections: readonly Section[], x: Sentence): Section[] | undefined {
  const m = FACILITY_OPENED.exec(x.text);
  if (!m) return undefined;
  const [, date, facility, word] = m;
  const counts = new RegExp(`${facility}\\d+[个所处座家间]`, "u");
  const host = sections.flatMap((s) => s.points.flatMap((p) => p.sentences)).find((y) => y.text.endsWith("。") && counts.test(y.text));
  if (!host) return undefined;
  const short = facility.replace(/^(?:新时代文明|新时代|党群|社区|村级|村)(?=[\u4e00-\u9fff]{2})/u, "");
  const clause = date ? `并于${date}举行${word}仪式` : `${short}已${word}投入使用`;
  const joined: Sentence = { text: `${host.text.slice(0, -1)}，${clause}。`, sources: [...host.sources, ...x.sources] };
  return sections.map((s) => ({ ...s, points: s.points.map((p) => ({ ...p, sentences: p.sentences.map((y) => (y === host ? joined : y)) })) }));
}

/**
 * The section with a forum of the people served (`6月30日召开客户满意度座谈会，听取客户意见建议，12人参加。`) joined to the
 * last sentence that tells their 投诉 with `；` (a sentence with no `：` and at most one `；`), else after it as a sentence of its
 * own. Undefined when no sentence of the section tells 投诉.
 */
function withServedForum(host: Section, forum: Sentence): Section | undefined {
  const pi = host.points.map((p) => p.sentences.some((x) => /投诉/u.test(x.text))).lastIndexOf(true);
  if (pi < 0) return undefined;
  const point = host.points[pi];
  const si = point.sentences.map((x) => /投诉/u.test(x.text)).lastIndexOf(true);
  const target = point.sentences[si];
  const clause = forum.text.replace(/^此外，/u, "");
  const joinable = target.text.endsWith("。") && !target.text.includes("：") && (target.text.match(/；/gu)?.length ?? 0) <= 1;
  const sentences = joinable
    ? point.sentences.map((x, i) => (i === si ? { ...x, text: `${x.text.slice(0, -1)}；${clause}`, sources: [...x.sources, ...forum.sources] } : x))
    : [...point.sentences.slice(0, si + 1), { ...forum, text: clause }, ...point.sentences.slice(si + 1)];
  return { ...host, points: host.points.map((p, i) => (i === pi ? { ...p, sentences } : p)) };
}

/**
 * The section that names, in quotes, a title the sentence's activity is named after (`“青年文明号开放日”` beside
 * `获评市级“青年文明号”2个`): an open day of the 青年文明号 goes with them, never `此外` after 关爱帮扶 (new-user test 56, D4).
 * Titles of at least 3 characters, their level left aside (`“市级青年文明号”`); 我们的节日 sections are no host. Undefined when none.
 */
function titled(sections: readonly Section[], sentence: Sentence): Section | undefined {
  const names = (sentence.text.match(/“[^”]+”/gu) ?? []).map((q) => q.slice(1, -1));
  if (!names.length) return undefined;
  return sections.find((s) => !/我们的节日/u.test(s.heading) && s.points.some((p) => p.sentences.some((x) => (x.text.match(/“[^”]+”/gu) ?? []).some((q) => {
    const title = q.slice(1, -1).replace(/^(?:全国|国家级|省级|市级|州级|县级|区级|镇级|街道级)/u, "");
    return [...title].length >= 3 && names.some((n) => n !== title && n.includes(title));
  }))));
}

/** The text of a section's sentences, run together. */
const textOf = (s: Section): string => s.points.flatMap((p) => p.sentences.map((x) => x.text)).join("");

/** A sentence of 其他指标 figures only. */
const figureOnly = (x: Sentence): boolean => x.sources.length > 0 && x.sources.every((src) => src.startsWith("其他指标!"));

/**
 * The point that tells the unit's service to the public (a point led `文明服务`, else one whose text names a 窗口 or 投诉),
 * with its section; never one of the volunteers or of 组织保障. Undefined when there is none.
 */
function servicePoint(sections: readonly Section[]): { section: Section; point: Point } | undefined {
  const candidates = serviceSections(sections);
  for (const test of [(p: Point) => p.lead === SERVICE_LEAD, (p: Point) => p.sentences.some((x) => /窗口|投诉/u.test(x.text))]) {
    for (const section of candidates) {
      const point = section.points.find(test);
      if (point) return { section, point };
    }
  }
  return undefined;
}

/** Topics a figure and a body sentence share (`犬证` and `养犬`, `投诉`, `垃圾分类`): a word that names one work of 创建. */
const SHARED_TOPIC = /犬|投诉|垃圾分类|献血|控烟|禁烟|文明交通|斑马线|志愿/u;
/**
 * Topics of a result beside its work (`拦截电信诈骗资金` after `开展反诈宣传`), for a 其他 section of several sentences
 * (homedOther); a lone result stays the period's context in the opening (new-user test 54, D19).
 */
const RESULT_TOPIC = /诈/u;
/** A period's word and `共` before a figure's sentence (`上半年共办理犬证1260张`), left out where it joins a list. */
const PERIOD_LEAD = /^(?:全年|今年|上半年|下半年|本季度|本月|本年度|期间)?共?/u;

/**
 * The sections with a figure of one 其他指标 row (`sentence`, named `name`) told beside the first body sentence of its topic
 * (SHARED_TOPIC; with `results`, RESULT_TOPIC too): after a sentence that closes on a figure as one more clause (`……开展文明养犬劝导30余次，办理犬证1260张。`),
 * else as a sentence after it. Undefined when the name has no such topic or no body sentence shares it (new-user test 53, D9).
 */
function besideTopic(sections: readonly Section[], name: string, sentence: Sentence, results = false): Section[] | undefined {
  const topic = SHARED_TOPIC.exec(name)?.[0] ?? (results ? RESULT_TOPIC.exec(name)?.[0] : undefined);
  if (!topic) return undefined;
  // A sentence whose last clause names the topic (`开展反诈宣传30余场。`) before one that names it earlier (`利用LED屏滚动播放反诈
  // 提示，……推文12条。`): the figure closes the clause of its topic (run-29 review, t54-bank item 5).
  const lastClause = (x: Sentence): string => x.text.slice(Math.max(x.text.lastIndexOf("，"), x.text.lastIndexOf("；"), x.text.lastIndexOf("：")) + 1);
  const tells = (x: Sentence): boolean => x.text.includes(topic);
  const closes = (x: Sentence): boolean => lastClause(x).includes(topic);
  const anyCloses = sections.some((s) => s.points.some((p) => p.sentences.some(closes)));
  for (const s of sections) {
    for (const p of s.points) {
      const at = p.sentences.findIndex(anyCloses ? closes : tells);
      if (at < 0) continue;
      const host = p.sentences[at];
      const clause = sentence.text.replace(PERIOD_LEAD, "").replace(/。$/u, "");
      const joined = /\d[^\d，。；、“”]{0,3}。$/u.test(host.text) && !/[；：]/u.test(host.text) && clause.length > 0;
      const sentences = joined
        ? p.sentences.map((x, i) => (i === at ? { ...x, text: `${x.text.slice(0, -1)}，${clause}。`, sources: [...x.sources, ...sentence.sources] } : x))
        : [...p.sentences.slice(0, at + 1), sentence, ...p.sentences.slice(at + 1)];
      return sections.map((x) => (x === s ? { ...x, points: x.points.map((q) => (q === p ? { ...q, sentences } : q)) } : x));
    }
  }
  return undefined;
}

/**
 * A 道德建设 section that would hold one sentence of honours only, every title of them a volunteers' (`3人获评市级“优秀文化志愿者”。`):
 * no section of its own under 职业道德 — the sentence closes the volunteers' first point, after the team's figures (new-user
 * test 54, D18). Sections as they are otherwise, or when there is no 志愿服务 section.
 */
export function volunteerHonoursWithTeams(sections: readonly Section[]): Section[] {
  const morality = sections.find((s) => s.id === "morality");
  const volunteers = sections.find((s) => s.id === "volunteering");
  const only = morality?.points.length === 1 && morality.points[0].id === "honours" && morality.points[0].sentences.length === 1 ? morality.points[0].sentences[0] : undefined;
  const titles = only?.text.match(/“[^”]+”/gu) ?? [];
  // Every clause a volunteers' honour: a staff honour beside (`评选表彰最美图书馆员2人`, unquoted) keeps the honours where
  // honours go (new-user test 59, D10).
  const clauses = only?.text.split(/[；;。]/u).filter((c) => c.trim()) ?? [];
  if (!morality || !volunteers || !only || morality.intro || !titles.length || !titles.every((t) => /志愿/u.test(t)) || !clauses.every((c) => /志愿/u.test(c)) || !volunteers.points.length) return [...sections];
  const first = volunteers.points[0];
  const joined: Section = { ...volunteers, points: [{ ...first, sentences: [...first.sentences, only] }, ...volunteers.points.slice(1)] };
  return sections.filter((s) => s !== morality).map((s) => (s === volunteers ? joined : s));
}

/** Sections that may tell a service to the public: never the volunteers' (their 服务 is theirs) nor 组织保障. */
const serviceSections = (sections: readonly Section[]): Section[] => sections.filter((s) => s.id !== "volunteering" && s.id !== "organization");

/** The section of the service people judge: the one telling their 投诉, else one whose heading names 窗口 or 服务 (serviceSections). */
const served = (sections: readonly Section[]): Section | undefined => {
  const candidates = serviceSections(sections);
  return candidates.find((s) => /投诉/u.test(textOf(s))) ?? candidates.find((s) => /窗口|服务/u.test(s.heading));
};

/**
 * 组织保障 that holds nothing but award meetings (`三八节表彰大会`: one point led 表彰激励) says nothing of 组织领导: the
 * meetings join the 道德建设 section with its honours, where a 表彰 belongs (v2 rule 8; new-user test 27, D20). Without
 * such a section the meetings keep their section under a heading of what they are.
 */
function joinAwards(sections: Section[]): Section[] {
  const org = sections.find((s) => s.id === "organization");
  if (!org || !org.points.some((p) => p.lead === AWARDS_LEAD)) return sections;
  const morality = sections.find((s) => s.id === "morality");
  if (!morality) return org.points.every((p) => p.lead === AWARDS_LEAD) ? sections.map((s) => (s === org ? { ...s, heading: AWARDS_HEADING } : s)) : sections;
  // Beside 组织领导's own points, the award meetings join the honours all the same (new-user test 30, D16: a 表彰会 is
  // 选树典型, never told as 组织领导).
  const awards = org.points.filter((p) => p.lead === AWARDS_LEAD);
  const rest = org.points.filter((p) => p.lead !== AWARDS_LEAD);
  return sections
    .filter((s) => s !== org || rest.length > 0)
    .map((s) => (s === morality ? { ...s, points: [...s.points, ...awards] } : s === org ? { ...s, points: rest } : s));
}

/** Body sections with data, in catalog order (sections without data are left out; a short 设施建设 joins its neighbour). */
export function buildSections(facts: Facts, catalog: Catalog, profile: Profile, options: NarrativeOptions): Section[] {
  // The unit as its own 导语 names itself (`我支行`), else as its name makes it (new-user test 69, D8).
  const lead = facts.texts.filter((t) => t.kind === "导语").map((t) => t.content).join("");
  const self = selfReference(facts.profile.unitType, facts.profile.unitName, facts.profile.shortName, lead);
  const sections = catalog.sections
    .map((s) => {
      const ctx: Ctx = { facts, profile, self, year: facts.profile.year, options, sectionId: s.id, festivalOrder: catalog.festivals };
      return { id: s.id, heading: headingOf(facts, s.id, profile) ?? profile.headings[s.id] ?? s.name, intro: sectionIntro(profile, s.id, self), points: sectionPoints(ctx, s) };
    })
    .filter((s) => s.points.length > 0)
    .map((s) => ({ ...s, heading: upkeepHeading(facts, s) ?? publicHeading(s) ?? s.heading }));
  // A heading over honours only is judged on the section as told, after the service complaints and the awards joined it (the
  // hospital's 文明服务 point beside its honours keeps `加强职业道德建设，提升职工素质`: new-user test 53, D10).
  return withRestatedCells(facts, pairingWithCare(serviceComplaints(facts, profile, joinFacilities(facts, joinAwards(trainingsTogether(oneDailyRound(sections), profile)), profile))))
    .map((s) => ({ ...s, heading: honoursHeading(s) ?? s.heading }));
}

/** A clause of a daily inspection of 督查推进 (`坚持每日开展楼栋安全检查，累计开展90次`): group 1 the work, 2 the total. */
const DAILY_CHECK = /^坚持每[日天](?:开展|进行)([\u4e00-\u9fff]{2,12}?(?:检查|巡查|巡检|督查))，累计(?:开展|进行)?(\d[\d.]*(?:万)?次)$/u;
/** A mechanism of a daily round (`建立楼道巡查机制，坚持每日一巡`). */
const DAILY_ROUND = /巡[查检楼]?[^。]{0,12}每[日天]|每[日天][^。]{0,12}巡/u;

/**
 * One daily round told once (run-30 review, t56-property item 1: never `一是压实责任。建立楼道巡查机制，坚持每日一巡。二是调度
 * 督导。坚持每日开展楼栋安全检查，累计开展90次`): a 组织保障 mechanism of one daily round beside a daily inspection in 督查推进
 * take the inspection's total (`建立楼道巡查机制，坚持每日一巡，累计开展楼栋安全检查90次。`), led `日常巡查`; the rest of 督查推进
 * stays its own point, which goes when nothing is left. Sections as given otherwise.
 */
function oneDailyRound(sections: Section[]): Section[] {
  const org = sections.find((s) => s.id === "organization");
  const mechanism = org?.points.find((p) => p.id === "mechanism");
  const supervision = org?.points.find((p) => p.id === "supervision");
  const round = mechanism?.sentences.length === 1 && DAILY_ROUND.test(mechanism.sentences[0].text) ? mechanism.sentences[0] : undefined;
  const said = supervision?.sentences.length === 1 ? supervision.sentences[0] : undefined;
  if (!org || !mechanism || !supervision || !round || !said) return sections;
  const clauses = said.text.replace(/。$/u, "").split("；");
  const at = clauses.findIndex((c) => DAILY_CHECK.test(c));
  const m = at >= 0 ? DAILY_CHECK.exec(clauses[at]) : null;
  if (!m) return sections;
  const rest = clauses.filter((_, i) => i !== at);
  const joined: Point = { ...mechanism, lead: "日常巡查", sentences: [{ text: `${round.text.replace(/。$/u, "")}，累计开展${m[1]}${m[2]}。`, sources: [...new Set([...round.sources, ...said.sources])] }] };
  const left: Point | undefined = rest.length ? { ...supervision, sentences: [{ text: `${rest.join("；")}。`, sources: said.sources }] } : undefined;
  const points = org.points.flatMap((p) => (p === mechanism ? [joined] : p === supervision ? (left ? [left] : []) : [p]));
  return sections.map((s) => (s === org ? { ...s, points } : s));
}

/** A sentence of a staff training (`开展驾驶员文明服务培训6次`), never one of volunteers or parents (told elsewhere). */
const STAFF_TRAINING = /培训|轮训/u;
const NOT_STAFF_TRAINING = /志愿|家长|家庭教育/u;
/** Words that name a unit's own people in a training's sentence (`职工文明素养培训`, `公司工会`, `驾驶员`, `医护人员`). */
const OWN_PEOPLE = /职工|员工|干部|机关|本局|本单位|党员|工会|教师|老师|医护|医生|护士|民警|辅警|干警|驾驶员|司机|教练员|营业员|工作人员|从业人员|管理人员|骨干|班组|车间|科室|全体/u;

/**
 * The lead of a point of trainings: the profile's `lead`, unless it names whom they train (`职工培训`, `骨干培训`) and no
 * sentence does (a 驾校's `“文明驾驶 礼让斑马线”主题培训` of its 学员: new-user test 71, D10) — then the neutral `学习培训`
 * (printed `学习提升` beside a text that says 培训: profiles leadBefore, v2 rule 4). A lead never says whom the row does not say.
 */
export function trainingLead(lead: string, sentences: readonly Sentence[]): string {
  return /职工|员工|干部|骨干/u.test(lead) && !sentences.some((x) => OWN_PEOPLE.test(x.text)) ? "学习培训" : lead;
}

/** True for a sentence of a staff training (STAFF_TRAINING), not one of volunteers or parents. */
const isStaffTraining = (x: Sentence): boolean => STAFF_TRAINING.test(x.text) && !NOT_STAFF_TRAINING.test(x.text);

/**
 * The staff's trainings told together (run-30 review, t56-bus item 2: never `三是夯实基础。开展驾驶员文明服务培训6次。四是职工
 * 提升。4月1日……开展“礼让斑马线专题培训”`): a 组织保障 point of other items that are all trainings, beside the section's point
 * of training events (and the section's 其他指标 point when all its figures are of training: `培训干部1280人次`), become one
 * point led by the profile's training lead (`职工培训`), its sentences joined by `；`; it is
 * told where the unit's 素质 is (a 道德建设 section headed `……提升职工素质`), else in 组织保障. Sections as given otherwise.
 */
function trainingsTogether(sections: Section[], profile: Profile): Section[] {
  const org = sections.find((s) => s.id === "organization");
  const events = org?.points.find((p) => p.id === "training");
  const isTraining = isStaffTraining;
  // The section's 其他指标 figures (`培训干部1280人次`, a point `夯实基础` of their own) join them alike when all are of
  // training: never `五是夯实基础。培训干部1280人次。` apart from `四是业务提升。共开展2场培训……` (new-user test 68, D9).
  const others = (org?.points ?? []).filter((p) => p.id === "orgOther" || p.id === `${org?.id ?? ""}Figures`);
  const other = others.find((p) => p.id === "orgOther");
  if (!org || !events || !events.sentences.every(isTraining) || (other && !other.sentences.every(isTraining))) return sections;
  const joining = others.filter((p) => p.sentences.every(isTraining));
  if (!joining.length) return sections;
  const all = [...joining.flatMap((p) => p.sentences), ...events.sentences];
  const joined: Sentence[] = all.length === 2
    ? [{ ...all[0], text: `${all[0].text.replace(/。$/u, "")}；${all[1].text}`, sources: [...new Set([...all[0].sources, ...all[1].sources])] }]
    : all;
  const point: Point = { id: "training", lead: trainingLead(profile.leads.training ?? events.lead, joined), sentences: joined };
  const morality = sections.find((s) => s.id === "morality" && /素质/u.test(s.heading));
  const left: Section = { ...org, points: org.points.filter((p) => !joining.includes(p) && p !== events).concat(morality ? [] : [point]) };
  return sections.filter((s) => s !== org || left.points.length > 0).map((s) => (s === org ? left : s === morality ? { ...s, points: [...s.points, point] } : s));
}

/**
 * A pairing with one village or community (`结对共建。与桃花村建立结对帮扶关系。`) told in 组织保障 while the 关爱帮扶 section
 * tells the work done there (`9月17日在桃花村开展……`) is said once, opening that section (run-29 review, t55-court item 1:
 * never twice, never apart from the 帮扶 it is for). Sections as given otherwise.
 */
function pairingWithCare(sections: Section[]): Section[] {
  const org = sections.find((s) => s.id === "organization");
  const care = sections.find((s) => s.id === "care");
  const point = org?.points.find((p) => p.id === "partners");
  const only = point?.sentences.length === 1 ? point.sentences[0] : undefined;
  const place = only && /^与([\u4e00-\u9fff]{1,10}(?:村|社区|小区))建立结对(?:帮扶|共建)关系。$/u.exec(only.text)?.[1];
  if (!org || !care || !point || !only || !place || !care.points.length || !care.points.some((p) => p.sentences.some((x) => x.text.includes(place)))) return sections;
  const [first, ...rest] = care.points;
  const moved: Section = { ...care, points: [{ ...first, sentences: [only, ...first.sentences] }, ...rest] };
  const left: Section = { ...org, points: org.points.filter((p) => p !== point) };
  return sections.filter((s) => s !== org || left.points.length > 0).map((s) => (s === care ? moved : s === org ? left : s));
}

/** The closing clause of complaints in the problems' sentence (`；受理患者投诉35件，已办结32件`), group 1 without `；`. */
const COMPLAINT_CLAUSE = /；(受理[^；。]{0,40}投诉[^；。]{0,40})。$/u;

/**
 * Complaints handled by a unit with a service of its own (a hospital, a bank, a 政务服务 window: WINDOW_PROFILES) are its
 * service's quality, not problems of its premises or a 包保 area (new-user test 53, D10): the clause the problems' sentence
 * closes with (`……均已整改到位；受理患者投诉35件，已办结32件`) becomes a point `文明服务` (SERVICE_LEAD) opening the 道德建设 section
 * (`加强职业道德建设，提升职工素质`), with the complaint rows' cells. A 社区 or 街道 keeps 群众投诉 with its 城市管理; so does a
 * unit whose environment section is its window service already, one whose problems are complaints only, or one with no
 * 道德建设 section. Sections are returned as given then.
 */
function serviceComplaints(facts: Facts, profile: Profile, sections: Section[]): Section[] {
  if (!WINDOW_PROFILES.has(profile.id) || profile.leads.problems === "窗口服务") return sections;
  const env = sections.find((s) => s.id === "environment");
  const morality = sections.find((s) => s.id === "morality");
  if (!env || !morality || /窗口|服务/u.test(env.heading)) return sections;
  const cells = new Set(facts.rectification.byKind.filter(isComplaint).flatMap((k) => [...k.figure.sources, ...k.rectified.sources]));
  if (!cells.size) return sections;
  let moved: Sentence | undefined;
  const points = env.points.map((p) => ({
    ...p,
    sentences: p.sentences.map((x) => {
      const m = moved ? null : COMPLAINT_CLAUSE.exec(x.text);
      if (!m || !x.sources.some((src) => cells.has(src))) return x;
      moved = { text: `${m[1]}。`, sources: x.sources.filter((src) => cells.has(src)) };
      return { ...x, text: `${x.text.slice(0, m.index)}。`, sources: x.sources.filter((src) => !cells.has(src)) };
    }),
  }));
  if (!moved) return sections;
  const service: Point = { id: "service", lead: SERVICE_LEAD, sentences: [moved] };
  return sections.map((s) => (s === env ? { ...s, points } : s === morality ? { ...s, points: [service, ...s.points] } : s));
}

/**
 * A 其他指标 row that states another sheet's row again (restatedRow: `新建职工书屋8家` beside 组织保障 `职工书屋建设 8个`) is
 * told once, by that row's sentence, in whatever section it is: that sentence takes the row's cells (new-user test 51, D3).
 */
function withRestatedCells(facts: Facts, sections: Section[]): Section[] {
  const rows = facts.figures.map((f) => [f, restatedRow(facts, f)] as const).filter((e): e is [FigureRow, readonly string[]] => !!e[1]);
  if (!rows.length) return sections;
  const done = new Set<FigureRow>();
  return sections.map((s) => ({
    ...s,
    points: s.points.map((p) => ({
      ...p,
      sentences: p.sentences.map((x) => {
        const more = rows.filter(([f, twin]) => !done.has(f) && twin.some((src) => x.sources.includes(src)));
        more.forEach(([f]) => done.add(f));
        return more.length ? { ...x, sources: [...new Set([...x.sources, ...more.flatMap(([f]) => f.figure.sources)])] } : x;
      }),
    })),
  }));
}
