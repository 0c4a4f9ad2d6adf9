/**
 * Points told from the ledgers: 组织保障, 问题整改 (totals, rate, main categories), 宣传投放 (by
 * 方式), 先进典型 and 志愿服务 (teams, members by type, registration rate, services, hours).
 * @module
 */
import { actionOf, AWARD_TITLE, MONTHLY_PERIOD, RECURRING_MEETING, THING_STATE_WORDS, DEED_NOT_TITLE, negatedActionOf, closingActionOf, collectiveHolderNoun, countyOrDistrict, Enums, householdNoun, isCollege, isBuildingWork, lowRegistrationRate, MEDIA, namesWholeUnit, ONLINE_POST, ownShopHonour, OWN_COLLECTIVE_TITLE, PUBLISHING_VERBS, peopleMeasureWords, populationAs, printedMeasureWord, problemActions, SYSTEM_HONOUR, unitTypeTraits, unitSelfChars } from "../catalog";
import { CN_DIGIT, combineApprox, frequencyMismatch, rateOf, isCarrier, isPlace, partnerOnly, ROLE_FIRST, type CategoryTotal, type Facts, type Figure, type FigureRow, type OrganizationItem, type RectificationFacts, type VolunteerFacts } from "../facts";
import type { Ctx, Point } from "./context";
import { dateText, figureText, joinList, listWithEtc, meetingForPurpose, overAtOrBelow, overStated, stripEnd } from "./phrase";
import { textsOf } from "./blocks";
import { contentLead, SERVICE_WINDOW } from "./profiles";
import { clauses, SentenceBuilder, type Sentence } from "./sentence";
import { MAX_ITEMS } from "./weave";
import { writtenWords } from "./points-activities";
import { wording } from "./wording";
import { ymdFromSerial } from "../normalize/date";
import { scopeText } from "./combined/units";
import { tidyOrgItem } from "../facts/org-names";
import { otherVerb, ownClause, PEOPLE_FIRST, RECURRING_WORK, SCHOOLING, startsWithVerb, verblessOrgContent } from "../catalog/org-verbs";

/** A 任务分解 phrase ending with the parts it reaches (`分解到各村`, `各社区`, `各科室`, `各网格`): the lead and the part counted 个. */
const EACH_PART = /^(.*[到至给])各(村|社区|网格|小区|片区|居委会|村委会|行政村|自然村|村组|科室|部门|单位|处室|站所|中队|支部|学院|系部|年级|班级)$/u;
/** Parts of a 乡镇's or 街道's own ground, counted with its scope (`全镇12个村`); others are the unit's own offices (`12个科室`). */
const TERRITORIAL_PART = /^(?:村|社区|网格|小区|片区|居委会|村委会|行政村|自然村|村组)$/u;


/** A place that is a unit's whole ground, never a 重点 within it (`院区`, `校园`, `辖区`, `全村`). */
const WHOLE_GROUND = /^(?:院区|院内|全院|厂区|厂内|园区|校区|校园|校内|全校|辖区|全村|村内|全社区|社区内|本单位|单位内|机关大院)$/u;

/** Partners an action reaches, counted after it (`联系包保社区3个`, `结对帮扶村2个`). */
/** The verbs of working with partners (`与……签订/结对/共驻共建`), as a regex alternation for organizationPoints. */
const PARTNERING = "共驻共建|签订|签署|结对|开展|建立|共建|联合";

/** A row of one village or community paired with (`与桃花村结对帮扶`, `与龙泉社区结对共建`): group 1 whom, 2 the pairing. */
export const PAIRED_PLACE = /^与([\u4e00-\u9fff]{1,10}(?:村|社区|小区))(结对帮扶|结对共建|结对)$/u;

/**
 * A pairing said as a standing relation (`与桃花村结对帮扶` → `与桃花村建立结对帮扶关系`: run-29 review, t55-court item 1);
 * any other content as typed.
 */
export function pairingSaid(content: string): string {
  const m = PAIRED_PLACE.exec(content);
  return m ? `与${m[1]}建立${m[2] === "结对" ? "结对共建" : m[2]}关系` : content;
}

/** A partner called by its own name (`区住建局`, `市公安局交警支队`, `城关派出所`), not a kind (`辖区单位`, `联系社区`). */
const OWN_NAME = /^(?!辖区|驻区|驻地|周边|所在|相关|有关|各|联系|共建|结对|包保|服务)(?=[区市县省州镇乡]|[\u4e00-\u9fff]{5})[\u4e00-\u9fff]*(?:局|委员会|委|办|厅|署|院|所|中心|支队|大队|公司|集团|银行|支行|学校|小学|中学|幼儿园|医院)$/u;
const PARTNER_OBJECT = /(?:社区|村|单位|企业|学校|小区|部门|网格|商户|门店|医院|楼栋|街道|乡镇)$/u;

/**
 * A row that says only whom the unit is partnered with (`与区税务局、工行城中支行结对共建`): a standing arrangement, still
 * true in the next period when 开始下一期 carries it (new-user test 46, D23), told as `继续与……结对共建`.
 */
const STANDING_PARTNERSHIP = /^与[^，,；;。]{2,40}?(?:结对共建|共驻共建|结对|共建|联建)$/u;
/** A partnership agreement signed in an earlier period (`与7家单位签订共驻共建协议`): who, the verb, what. */
const SIGNED_BEFORE = /^与([^，,；。]{2,16}?)(签订|签署)([^，,；。]{0,12}(?:协议|合同|责任书|承诺书|公约)(?:”|》)?)/u;
/** Carried partner rows told in no words of going on (`双报到社区`, `包保路段`); an agreement is told on its own (AGREEMENT). */
const CARRIED_UNTOLD = /双报到|路段|点位|责任区|协议|合同|责任书|承诺书|公约/u;
/** The name of an agreement (`共驻共建协议`, `《共建协议书》`). */
const AGREEMENT = /(?:协议书?|合同|责任书|承诺书|公约)(?:”|》)?$/u;

/**
 * A clause that counts one per something (`每个楼道选一名楼道长`, `每格配一名网格员`, `一楼一长`) at the close of a 名称或内容:
 * the row's total is said after it with `，共` (new-user test 41, D3).
 */
const PER_EACH = /(?:每(?:个|一个|名|位|户|栋|幢)?[\u4e00-\u9fff]{1,6}?(?:选|配|设|配备|选派|选出|确定|明确|安排|推选|落实)?[一1](?:名|个|位|人|支)|一(?:楼|格|院|街|巷|村|组|户)一(?:长|员|岗|策|档|人))[\u4e00-\u9fff]{0,8}$/u;

/** `A、B和C` of category totals with their figures, keeping sources; `breakdown` (the parts after 其中): `A、B、C`. */
export function figList(given: readonly CategoryTotal[], prefix = "", breakdown = false): Sentence {
  const b = new SentenceBuilder();
  // One category in two measure words is named once, its figures side by side (`公益广告20块、15幅`, never
  // `公益广告20块和公益广告15幅`: new-user test 26, D23).
  const totals = given.filter((t, i) => given.findIndex((x) => x.category === t.category) === i).flatMap((t) => given.filter((x) => x.category === t.category));
  totals.forEach((t, i) => {
    const again = i > 0 && totals[i - 1].category === t.category;
    const last = totals.slice(i + 1).every((x) => x.category === t.category);
    // The parts of a total after 其中 are listed with 、 only (`其中青年志愿者58人、专业志愿者35人`, new-user test 24, D4).
    if (i > 0) b.text(again || !last || breakdown ? "、" : "和");
    if (!again) b.text(prefix + t.category);
    b.fig(t.figure);
  });
  return b.build();
}

/** A 工作机制 row of political study (`核心价值观每日诵读`): education more than organisation. */
const isStudy = (i: OrganizationItem): boolean => i.kind === "工作机制" && /核心价值观|诵读|理论学习|学习强国/u.test(i.content);

/** True when the 宣传 section has a ledger point (publicityPoints says something). */
const hasPublicity = (ctx: Ctx): boolean => ctx.facts.publicity.byKind.length > 0 || !!ctx.facts.publicity.spend;

/**
 * Study rows of 组织保障 said as education (`组织全体干部职工每日诵读社会主义核心价值观`): the people from 备注,
 * the frequency before the verb. For the 宣传 section.
 */
function studySentences(ctx: Ctx): Sentence[] {
  return ctx.facts.organization.filter(isStudy).map((i) => {
    const m = /^([\u4e00-\u9fff“”]{2,12}?)(每日|每天|每周|每月)([\u4e00-\u9fff]{2})$/u.exec(i.content);
    const said = (m ? `${m[2]}${m[3]}${m[1]}` : i.content).replace(/(?<!社会主义)核心价值观/u, "社会主义核心价值观");
    const who = i.remark?.detail && PEOPLE_FIRST.test(i.remark.detail.replace(/^全体/u, "")) ? i.remark.detail : "干部职工";
    return new SentenceBuilder().from(i.source).text(startsWithVerb(said) ? said : `组织${who}${said}`).text("。").build();
  });
}

/**
 * A mechanism or system by its name (`……值守机制`, `例会制度`, `包保责任制`, `河长制`): set up once, its 频次 is the
 * work it sets (new-user tests 9 D7, 32 D30). `编制`, `控制` and the like name no system.
 */
const MECHANISM = /(?:机制|制度|(?<![编控限抵管节压遏抑复研体牵])制)$/u;

/** A system of duties handed out (`门前三包责任制`, `包保制`, `网格包片制度`): it sets no work of its own to count. */
const DUTY_SYSTEM = /(?:责任制|包保制|三包|包片|包干)(?:度)?$/u;

/** `text` as a literal inside a RegExp. */
const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");

/**
 * The recurring work a mechanism or system sets, read from its name, for a 频次 with no count (new-user test 32, D1):
 * `督导员包楼制度` → `开展督导`, `网格巡查机制` → `开展巡查`, `创文例会制度` → `召开例会`, `值班值守制度` → `在岗值守`,
 * `“三方联席”议事机制` → `召开联席会议`, `居民议事制度` → `召开议事会`, `河长制巡河机制` → `巡河`;
 * anything else `落实` (said by the caller as `调度落实情况`). Said after the frequency: `每日开展督导`.
 */
export function recurringWork(content: string): string {
  const meeting = /(例会|推进会|调度会|联席会议?|碰头会|会商)/u.exec(content)?.[1];
  if (meeting) return `召开${meeting.replace(/^联席会$/u, "联席会议")}`;
  // A mechanism of joint talks (`“三方联席”议事机制`, `居民协商议事制度`) meets: its meetings are 召开-ed, never `调度`
  // (new-user test 37, D3).
  const talks = /(联席|议事|协商)/u.exec(content)?.[1];
  if (talks) return `召开${talks === "联席" ? "联席会议" : `${talks}会`}`;
  if (/值守|值班/u.test(content)) return "在岗值守";
  // A patrol of its own ground (`河长制巡河机制`) is said as such: `坚持每周巡河1次` (new-user test 39, D5).
  const patrol = /巡(?:河|湖|林|山|街|路)/u.exec(content)?.[0];
  if (patrol) return patrol;
  const work = /(督导|巡查|巡逻|巡检|督查|检查|走访|点评|通报|保洁|清扫|劝导|调度|研判)/u.exec(content)?.[1];
  return work ? `开展${work}` : "落实";
}

/**
 * A 名称或内容 typed as `name：description` (`道德评议会：每季度评议一次，评议红黑榜` 4次 频次 每季度1次,
 * `网格化管理: 全社区划分12个网格，网格员每日巡查。`): the name is the mechanism, set up with its verb (`建立道德评议会制度`,
 * `推行网格化管理`, else `verbOf(name)`); the description is its content, said after a comma with 每…一次 in digits.
 * The row's count goes with the description's last work (`累计评议红黑榜4次`, `坚持每月开展督导2次，累计12次`), never glued to
 * its last word; a count or a 频次 the description states is not said twice; another 频次 is said before it. New-user
 * test 34, D2. Undefined for a content without such a colon.
 */
function colonClause(ctx: Ctx, i: OrganizationItem, verbOf: (name: string) => string): Sentence | undefined {
  const m = /^([^：:，,。；;、\d]{2,14}?)\s*[：:]\s*(.+?)[。；;]?$/u.exec(i.content.trim());
  if (!m) return undefined;
  const name = m[1].trim();
  const desc = m[2].trim().replace(/(每[\u4e00-\u9fff]{1,8}?)([一二两三四五六七八九十])(?=次|场|期|轮|回)/gu, (_, every: string, n: string) => `${every}${CN_DIGIT[n]}`);
  const named = startsWithVerb(name) ? name : /会议?$/u.test(name) ? `建立${name}制度` : /(?:管理|服务|模式|工作法)$/u.test(name) ? `推行${name}` : `${verbOf(name)}${name}`;
  const figure = i.figure;
  const b = new SentenceBuilder().from(i.source);
  if (i.remark?.basis) b.text(`${i.remark.basis}，`);
  if (i.date !== undefined && (!figure || figure.value <= 1)) b.text(dateText(i.date, ctx.year));
  b.text(`${named}，`);
  // The 频次 the description states (`每季度评议1次`, `网格员每日巡查`) is not said again; one its count contradicts is not said.
  const typedF = i.remark?.frequency;
  if (typedF?.source) b.from(typedF.source);
  const stated = (every: string): boolean => desc.includes(every) || (/^每[日天]$/u.test(every) && /每[日天]/u.test(desc));
  const period = ctx.facts.period;
  const f = typedF && !stated(typedF.every) && !(figure && period && frequencyMismatch(typedF, figure.value, figure.unit, period, name)) ? typedF : undefined;
  const parts = desc.split(/[，,]/u);
  const last = parts[parts.length - 1];
  const inDesc = !!figure && new RegExp(`(?<![\\d.])${figure.value}(?![\\d.])\\s*(?:${escapeRegExp(figure.unit)}|[个人名位处块家次项条支场期所户])`, "u").test(desc);
  // The work the description's own frequency names (`每季度评议1次` → 评议) is a verb where the catalog's list has none;
  // a short last clause with a verb (`开展督导`) is the work too. A longer one (`倡导婚事新办、丧事简办`) takes no count.
  const work = /每(?:日|天|周|月|季度|季|年|半年)([\u4e00-\u9fff]{2})\d+次/u.exec(desc)?.[1];
  const glued = !!figure && !inDesc && figure.value > 1 && !/每|\d|、/u.test(last) && ((!!work && last.startsWith(work)) || (startsWithVerb(last) && last.length <= 6));
  const before = parts.slice(0, -1).map((p) => `${p}，`).join("");
  if (glued && figure && f?.count) {
    // `商户签订责任书，坚持每月开展督导2次，累计12次`: the frequency with its work, the total after it.
    b.text(`${before}坚持${f.every}${last}${f.count}，累计`).fig(figure);
  } else {
    if (f?.count) b.text(`${f.every}${f.count}，`);
    if (glued && figure) b.text(`${before}累计${last}`).fig(figure);
    else if (figure && !inDesc && figure.value > 1 && /^(?:次|场|期|轮|回)$/u.test(figure.unit)) b.text(`${desc}，累计开展`).fig(figure);
    else {
      b.text(desc);
      if (figure) b.from(...figure.sources);
    }
  }
  if (f && !f.count) b.text(`，${f.every}${recurringWork(i.content)}`);
  if (i.remark?.clause) b.text(`，${i.remark.clause}`);
  return b.build();
}

/**
 * A 工作会议 that is a study session, not a meeting that decides (`党委理论学习中心组学习`, `理论学习中心组专题学习`,
 * `集中学习`): 组织-ed under the lead 理论学习, never 召开-ed or told as 研究部署 (new-user test 35, D12).
 */
/**
 * A work led by its partner (`联合县市场监管所开展市场秩序检查`, `会同街道城管中队开展整治`, `与周边社区共同召开联席会议`):
 * group 1 is the main verb after the partner (开展/召开/组织/进行/举办), the one its total is counted with (new-user test 55,
 * D10). Bounded lazy run, no backtracking over long text.
 */
const JOINT_MAIN_VERB = /^(?:联合|会同|协同|携手|配合|协助|与|同|和)[\u4e00-\u9fff、“”]{2,16}?(?:共同|一起|一道)?(开展|召开|组织|进行|举办)(?=[\u4e00-\u9fff“《]{2})/u;
const STUDY_MEETING = /(?:中心组(?:集中|专题|集体)?学习|理论学习|集中学习|专题学习)$/u;

/**
 * The partner a 备注 clause names for the work (`与鸿运物业共同召开`, `会同城管中队联合开展`) as said before that work
 * (`与鸿运物业共同`, `会同城管中队联合`), when the work opens with the clause's own verb (`召开联席会议`); else undefined.
 * New-user test 39, D2.
 */
export function jointPartner(clause: string | undefined, work: string): string | undefined {
  const m = clause ? /^((?:与|会同|联合)[\u4e00-\u9fff“”]{2,16}?(?:共同|联合|一起)?)(召开|开展|举办|组织)$/u.exec(clause) : null;
  return m && work.startsWith(m[2]) ? m[1].replace(/一起$/u, "共同") : undefined;
}

/**
 * The work of a 组织保障 content that says its own frequency before it (`值班经理每周检查后厨及客房卫生` → `检查`, `每月召开
 * 例会` → `召开`): the verb right after 每日/每天/每周/每月/每季度/每年; undefined when the content says no frequency or
 * no verb follows it (new-user test 48, D9).
 */
export function standingWork(content: string): string | undefined {
  const m = /^[一-鿿]{0,12}?每(?:日|天|周|月|季度|季|年|晚|早)(?:[一二两三四1-9]次)?([一-鿿].+)$/u.exec(content);
  const verb = m ? actionOf(m[1]) : undefined;
  return verb && m?.[1].startsWith(verb) ? verb : undefined;
}

/** 组织保障 ledger items, grouped into points by 事项类型. */
/**
 * True for a 组织保障 其他 row that is publicity work taken out (`开展“消防宣传进社区、进校园”`) which 其他指标 rows of 宣传教育
 * count (`开展消防宣传进校园` 12场, `开展消防宣传进社区` 20余场): told once, by those figures in the publicity section, never
 * also under 组织保障 as 夯实基础 (new-user test 55, D17).
 */
function toldAsPublicity(facts: Pick<Facts, "figures">, i: OrganizationItem): boolean {
  if (i.kind !== "其他") return false;
  const work = /^(?:开展|组织|坚持)?([\u4e00-\u9fff]{0,6}宣传)进(?:社区|校园|学校|企业|农村|乡村|家庭|机关|景区|工地|小区|村居|万家)/u.exec(i.content.replace(/[“”]/gu, ""));
  return !!work && work[1].length >= 3 && facts.figures.some((f) => f.sectionId === "publicity" && f.name.includes(`${work[1]}进`));
}

/** Days apart within which a 组织保障 row and an activity of the same name are one event (review run 31, AU). */
const SAME_EVENT_DAYS = 3;

/**
 * True for a 组织保障 row (one thing: no 数量 or 1, no 频次) whose name is that of an activity of the 活动台账 (same words
 * once spaces, quotes and punctuation are set aside, or one name inside the other of six characters or more) dated within
 * SAME_EVENT_DAYS of it (or either undated): the same event, told once, with the activity, never also under 组织保障
 * (`新生入学教育 文明礼仪第一课` 9月5日 beside the activity `新生入学教育文明礼仪第一课` 9月6日; review run 31, reviewer AU,
 * t58-college item 1).
 */
export function toldAsAnActivity(facts: Pick<Facts, "activities">, i: OrganizationItem): boolean {
  if (i.carried || (i.figure && i.figure.value !== 1) || i.remark?.frequency) return false;
  const bare = (s: string): string => s.replace(/[\s“”‘’"'《》「」，,。、：:；;（）()·]/gu, "").replace(/活动$/u, "");
  const name = bare(i.content);
  if (name.length < 4) return false;
  return facts.activities.some((g) => g.items.some((a) => {
    const other = bare(a.name);
    const same = other === name || (Math.min(other.length, name.length) >= 6 && (other.includes(name) || name.includes(other)));
    return same && (i.date === undefined || a.date === undefined || Math.abs(i.date - a.date) <= SAME_EVENT_DAYS);
  }));
}

/**
 * A 组织保障 item that tells a 其他指标 row's fact for it (restatedRow) in that row's words when they name the same work more
 * closely: `处理投诉` 36件 beside `处理游客投诉` 36件 is said `处理游客投诉36件`, once (new-user test 58, D9). Only a row that
 * opens with the item's own verb and ends with its object; any other item unchanged.
 */
function inRestatedWords(facts: Facts, t: { item: OrganizationItem; tail?: string }): { item: OrganizationItem; tail?: string } {
  const verb = actionOf(t.item.content);
  if (!verb || !t.item.content.startsWith(verb)) return t;
  const object = t.item.content.slice(verb.length);
  const row = facts.figures.find((f) => f.name.startsWith(verb) && f.name.endsWith(object) && f.name.length > t.item.content.length && restatedRow(facts, f)?.includes(t.item.source));
  return row ? { ...t, item: { ...t.item, content: row.name } } : t;
}

export function organizationPoints(ctx: Ctx): Point[] {
  // Names typed with spaces, spoken clauses or their own frequency are tidied first (new-user test 40, D4, D17, D18, D22).
  const tidied = ctx.facts.organization.filter((i) => !toldAsPublicity(ctx.facts, i) && !toldAsAnActivity(ctx.facts, i)).map(tidyOrgItem).map((t) => inRestatedWords(ctx.facts, t));
  const items = tidied.map((t) => t.item);
  /** What a tidied name said after a space (`一网格一员`), by the row's cell: said after its clause. */
  const tails = new Map(tidied.flatMap((t) => (t.tail ? [[t.item.source, t.tail] as const] : [])));
  const pick = (...kinds: string[]) => items.filter((i) => kinds.includes(i.kind));
  const clause = (verb: string, given: OrganizationItem): Sentence => {
    // `区创建指挥部下达任务`: a task handed down is `下达的任务`.
    const i: { -readonly [K in keyof OrganizationItem]: OrganizationItem[K] } = { ...given, content: given.content.replace(/([\u4e00-\u9fff])(下达|交办|布置|分配)(任务|工作)$/u, "$1$2的$3") };
    // A rule named with its making after it (`村规民约修订`, `居民公约制定`) is the action on it: `修订完善村规民约`, never
    // `落实村规民约修订` (new-user test 37, D14).
    // A `XX：` before the work (`诚信建设：失信被执行人名单曝光`) is the staff's label, no text (new-user test 47, D6).
    i.content = i.content.replace(/^[\u4e00-\u9fff]{2,6}[：:](?=[\u4e00-\u9fff“《]{4,})/u, "");
    const made = startsWithVerb(i.content) ? null : /^([\u4e00-\u9fff“”《》]{2,}?)(修订|修改|制定|制订|完善|修编)$/u.exec(i.content);
    if (made) i.content = `${/^修(?:订|改|编)$/u.test(made[2]) ? `${made[2]}完善` : made[2]}${made[1]}`;
    // A thing made known with the verb after it (`失信被执行人名单曝光`, `典型案例通报`) is said verb first: `曝光失信被执行人
    // 名单30余次`, never the verbless `失信被执行人名单曝光30余次` (new-user test 47, D6).
    const shown = startsWithVerb(i.content) || made ? null : /^([\u4e00-\u9fff“”《》]{4,}?)(曝光|公示|公开|通报|张贴|发放|发布|推送)$/u.exec(i.content);
    if (shown) i.content = `${shown[2]}${shown[1]}`;
    // `按照区委、区政府部署，分解落实……`: what the work followed comes first.
    // `农贸市场周检查` done 每周: the frequency says the week, never `坚持每周开展农贸市场周检查1次`.
    // `文明班级月评比` 每月 alike: `坚持每月开展文明班级评比1次` (new-user test 34, D12).
    // A name that is only its cycle and work (`周督查` 每周, `月例会` 每月, `季度点评` 每季度) alike: `坚持每周开展督查1次`, never
    // `坚持每周开展周督查1次` (new-user test 36, D13).
    const periodic = /^((?:.{2,}?)?)(?<![每双半隔])(周|月|日|季度)(检查|巡查|督查|调度|点评|评比|评选|评议|讲评|例会)$/u.exec(i.content);
    const cycled = !!periodic && !!i.remark?.frequency?.every.startsWith(`每${periodic[2]}`);
    if (periodic && cycled) i.content = `${periodic[1]}${periodic[3]}`;
    // A name that says its cycle as a word of its own (`人居环境整治月度评比` 每月1次, `年度考评` 每年) says the frequency
    // already: `坚持开展人居环境整治月度评比，累计开展12次`, never `每月……月度评比1次` (run-29 review, 材料3 item 2).
    const cycleWord = /^.{2,}?(月度|年度)(?:检查|巡查|督查|调度|点评|评比|评选|评议|讲评|例会|考评|考核)$/u.exec(i.content)?.[1];
    const typedCycle = i.remark?.frequency;
    const selfTimed = !!cycleWord && !!typedCycle && typedCycle.every === (cycleWord === "月度" ? "每月" : "每年") && /^(?:1(?:次|场|轮|期))?$/u.test(typedCycle.count);
    // A name that was only its cycle and work, done once a cycle: the cycle says the once (`坚持每周开展督查，累计开展52次`).
    const onceByName = !!periodic && cycled && !periodic[1];
    // A study session typed as a 工作会议 (`党委理论学习中心组学习`) is organised, never 召开-ed: `坚持每月组织党委理论学习
    // 中心组集中学习2次，累计6次` (new-user test 35, D12).
    const studying = given.kind === "工作会议" && STUDY_MEETING.test(i.content);
    if (studying) i.content = i.content.replace(/中心组学习$/u, "中心组集中学习");
    const b = new SentenceBuilder().from(i.source).text(i.remark?.basis ? `${i.remark.basis}，` : "");
    // `安全生产检查结合创文`: a work done (检查, 巡查, 评比 …, 开展-ed) with what it is joined with comes after it, `结合创文开展
    // 安全生产检查46次`, never `开展安全生产检查结合创文` (new-user test 43, D4); so `与创文相结合`. A way of working (`党建工作
    // 与创文相结合`) keeps its 坚持.
    const along = startsWithVerb(i.content) ? null : /^([\u4e00-\u9fff“”]{2,}?)(?:结合|融合|融入)([\u4e00-\u9fff]{2,8})$|^([\u4e00-\u9fff“”]{2,}?)与([\u4e00-\u9fff]{2,8})相结合$/u.exec(i.content);
    const work = along ? along[1] ?? along[3] : "";
    if (along && (verb === "开展" || (!verb && RECURRING_WORK.test(work)))) {
      b.text(`结合${along[2] ?? along[4]}`);
      i.content = work;
      verb ||= "开展";
    }
    let joined = false;
    let focusSaid = false;
    // `村两委开展环境卫生检查`: who does it comes first and the row's own verb is kept, never a second one
    // (`坚持每周开展村两委开展……`: new-user test 9, D12).
    const doer = startsWithVerb(i.content) ? null : /^([\u4e00-\u9fff]{2,6}?(?:两委|委|小组|组|员|部|队|干部|成员|支部))(开展|组织|召开|进行)(.{2,})$/u.exec(i.content);
    if (doer) {
      b.text(doer[1]);
      i.content = `${doer[2]}${doer[3]}`;
    }
    const own = startsWithVerb(i.content) || !!doer;
    const used = doer ? doer[2] : own ? actionOf(i.content) ?? "" : verb;
    // `一办两组（办公室、宣传组、督查组）` 3个: the brackets already name each one, the count adds nothing.
    const bracketed = /（([^（）]+)）$/u.exec(i.content)?.[1].split(/[、，,]/u).length;
    // `划分网格18个，每格配网格员` 18个: the content states the count itself, the row's figure adds nothing — never glued to
    // its last noun (`每格配网格员18人`: new-user test 29, D2).
    const stated = !!i.figure && new RegExp(`(?<![\\d.])${i.figure.value}(?![\\d.])\\s*(?:${escapeRegExp(i.figure.unit)}|[个人名位处块家次项条支场期所户])`, "u").test(i.content);
    const counted = i.figure && (bracketed === i.figure.value || stated) ? undefined : i.figure;
    if (i.figure && !counted) b.from(...i.figure.sources);
    const figure = counted ? { ...counted, unit: printedMeasureWord(i.content, counted.unit) } : undefined;
    const typedF = i.remark?.frequency;
    // A content that says the frequency itself (`网格员每日走访督查`, 备注 每个网格每天一次) takes none from 备注.
    const fTime = typedF && /每(?:日|天|周|月|年|季度|季|晚|早)$/u.exec(typedF.every)?.[0];
    const said = typedF && !(fTime && new RegExp(fTime.replace(/^每[日天]$/u, "每[日天]"), "u").test(i.content)) ? typedF : undefined;
    // A 频次 its own total contradicts (`每周1次`, 30次 in 26 weeks: the check's `value.frequency-total`) is not told: the
    // total alone, `累计召开创文推进会30次` (new-user test 27, D1).
    const period = ctx.facts.period;
    const f = said && i.figure && period && frequencyMismatch(said, i.figure.value, i.figure.unit, period, i.content) ? undefined : said;
    const contradicted = !!said && !f;
    // The 频次 (or 备注) cell that gives the frequency is a source of the sentence that tells it (new-user test 32, D17).
    if (f?.source && !i.content.includes(f.every)) b.from(f.source);
    // Inspections go to the places they name (`深入交通场站、运输企业……开展创文检查指导`).
    const visited = i.kind === "督查检查" ? (i.remark?.list ?? i.remark?.examples)?.replace(/等$/u, "") : undefined;
    const people = visited ? PEOPLE_FIRST.exec(i.content)?.[0] : undefined;
    if (visited && people) i.content = `${people}深入${visited}${i.content.slice(people.length)}`;
    // A 备注 that only names a partner (`会同县住建局`) is said before the work: `会同县住建局开展无障碍设施督查6次`
    // (remark partnerOnly; new-user test 66, D7).
    const partnerFirst = partnerOnly(i.remark?.clause);
    if (partnerFirst) joined = true;
    const places = `${partnerFirst ?? ""}${i.remark?.places.length ? `在${joinList(i.remark.places)}` : visited && !people ? `深入${visited}` : ""}`;
    // A mechanism (`……值守机制`) is set up once; what recurs is the work it sets: `建立……值守机制，坚持每周1次，
    // 累计48次`, never `坚持每周建立……机制1次` (new-user test 9, D7).
    if (f && !i.content.includes(f.every) && MECHANISM.test(i.content)) {
      // A 频次 with no count (`每日`) takes the work the mechanism sets, from its words: `建立垃圾分类督导员包楼制度，
      // 每日开展督导`, never `坚持每日` (new-user test 32, D1).
      // With a count, the work is said before it where the name gives one: `坚持每月召开例会1次`, `坚持每周值守1次`.
      // A name that gives none (`包保责任制` 每季度) is set up once and reviewed at its frequency: `建立包保责任制，
      // 每季度调度落实情况`, never `坚持每季度建立包保责任制` (new-user test 32, D30); day by day or week by week it is
      // simply carried out (`建立门前三包责任制度，每日落实`).
      const named = recurringWork(i.content);
      const reviewed = named === "落实" && !/每(?:日|天|周|晚|早)/u.test(f.every);
      const work = reviewed ? "调度落实情况" : named;
      const counted = reviewed ? "调度" : named === "落实" ? "" : work.replace(/^在岗/u, "");
      // A 备注 that says with whom it is done (`与鸿运物业共同召开`) is said with the work it names: `坚持每月与鸿运物业共同
      // 召开联席会议1次`, never a comma-chain after the total (new-user test 39, D2).
      const partner = jointPartner(i.remark?.clause, f.count ? counted : work);
      if (partner) joined = true;
      // A count with no work to name is carried out that often: `每周开展1次`, never the verbless `坚持每周1次` (new-user test 39, D5).
      const often = counted ? `坚持${f.every}${partner ?? ""}${counted}${f.count}` : `${f.every}${partner ?? ""}开展${f.count}`;
      // A system of duties (`商户门前三包责任制` 每周一次) assigns them; what recurs is a check the name does not say: the
      // frequency is left out, never `每周开展1次` (new-user test 43, D3).
      const untold = !counted && !!f.count && DUTY_SYSTEM.test(i.content);
      // A count in a word of things (`项`, `个`) is how many of the mechanism there are, never a total of the 频次's
      // occasions: said with the name, `建立创文工作“周调度”机制13项，坚持每周开展调度1次`, never `坚持每周开展调度1次，
      // 累计13项` (new-user test 63, D3).
      const things = !!f.count && !!figure && figure.value > 1 && !/次$/u.test(figure.unit) && !/^(?:场|期|轮|回|趟|节|堂)$/u.test(figure.unit);
      b.text(`${places}${own ? i.content : verb + i.content}`);
      if (things && figure) b.fig(figure);
      b.text(`${untold ? "" : `，${f.count ? often : `${f.every}${partner ?? ""}${work}`}`}`);
      if (figure && figure.value > 1 && !things) b.text(f.count ? "，累计" : `，累计${work.replace(/^开展(?=..)/u, "").replace(/^召开.+$/u, "召开").replace(/^调度落实情况$/u, "调度")}`).fig(figure);
      else if (figure && !things) b.from(...figure.sources);
    } else if (f && !i.content.includes(f.every)) {
      // v2 rule 6: `坚持每月召开创建工作推进会1次，累计召开6次` (the total is the row's own figure).
      // `常态化` already says it goes on: no 坚持 before it.
      // A meeting with its purpose takes its count with the meeting, none when once per period (`坚持每月召开院周会部署创文
      // 工作，累计召开12次`, never `……部署创文1次`: new-user test 33).
      const work = own ? i.content : verb + i.content;
      const timed = figure && figure.value > 1 ? meetingForPurpose(work, f.count) : undefined;
      const count = selfTimed || (onceByName && !timed && figure && figure.value > 1 && /^1(?:次|场|期)$/u.test(f.count)) ? "" : f.count;
      b.text(`${/^(?:常态化|经常性)$/u.test(f.every) ? "" : "坚持"}${selfTimed ? "" : f.every}${places}${timed ?? `${work}${count}`}`);
      // What each round checks (`重点检查宿舍楼和教学楼`: tidyOrgName) goes with the round, before the total (new-user test 58, D11).
      const focus = tails.get(i.source);
      if (focus && /^重点/u.test(focus)) {
        b.text(`，${focus}`);
        focusSaid = true;
      }
      // A total of places or units (`约120家`) is what the work reached: its own verb (`累计检查约120家`), never
      // `累计开展约120家` (new-user test 18, D6).
      const reached = figure && !/^(?:次|场|期|轮|回|趟)$/u.test(figure.unit) ? /(检查|排查|巡查|督查|走访|清理|整治|宣传)$/u.exec(i.content)?.[1] : undefined;
      // `与街道对接背街小巷整治`: a work done with a partner is counted as such, `累计24次`, never `累计整治24次` (new-user
      // test 40, D16).
      const partnered = /^(?:与|同|和)[\u4e00-\u9fff]{2,}/u.test(i.content);
      // `跟车督查` is counted as such, `累计240次`, never `累计跟车240次` (new-user test 45, D6).
      const following = /^跟(?:车|班|踪|岗|进)/u.test(used);
      // A work done with a partner named before its main verb (`联合县市场监管所开展市场秩序检查`, `会同城管中队开展……`,
      // `与周边社区召开联席会议`) is counted with that verb: `累计开展12次`, never the lead `累计联合12次` (new-user test 55, D10).
      const jointVerb = JOINT_MAIN_VERB.exec(i.content)?.[1];
      if (figure && figure.value > 1) b.text(`，累计${reached ?? jointVerb ?? (studying || partnered || following ? "" : used || "开展")}`).fig(figure);
      else if (figure) b.from(...figure.sources);
    } else if (!contradicted && figure && figure.value > 1 && standingWork(i.content)) {
      // A content that holds its own frequency and work (`值班经理每周检查后厨及客房卫生` 52次) is a standing practice: `坚持值班
      // 经理每周检查后厨及客房卫生，累计检查52次`, never the verbless `开展值班经理每周检查……52次` (new-user test 48, D9).
      b.text(`${places}坚持${i.content}，累计${standingWork(i.content)}`).fig(figure);
    } else {
      // One date fits one event: "3月2日召开推进会6次" would not; a row of several keeps only its count.
      const dated = i.date !== undefined && (!figure || figure.value <= 1);
      // A date before a clause of 将 takes a comma (`7月15日，将文明就医纳入科室绩效考核`: new-user test 53, D11).
      if (dated && i.date !== undefined) b.text(`${dateText(i.date, ctx.year)}${/^将/u.test(i.content) ? "，" : ""}`);
      // A task's places name what is split up (`分解落实文博路口—兰花路口主次干道分包路段4项`); other rows say where.
      // `主次干道分包路段` 4项 with 备注 `文明行为、卫生、秩序、绿化`: the roads are taken charge of, the four
      // items are the work on them (review run 5: `分解落实……分包路段4项` read as four roads).
      const duties = i.remark?.list?.replace(/等$/u, "");
      const counted = !!figure && !!duties && duties.split("、").length === figure.value;
      const road = /^(.*?)分包(路段|点位|区域|责任区)$/u.exec(i.content);
      // A task in people whose first noun is a role (`楼栋长包楼到户` 42人) counts that role: `落实楼栋长42人包楼到户`, never
      // `分解落实楼栋长包楼到户42人` (new-user test 52, D2); never a body or a system of the role (`志愿者服务队`, `楼栋长制度`).
      const roleFirst = i.kind === "任务分解" && !own && !contradicted && !places && !road && !!figure && figure.value > 1 && /^[人名]$/u.test(figure.unit)
        && !MECHANISM.test(i.content) && !PER_EACH.test(i.content) && !BODY_OF_PEOPLE.test(i.content) ? ROLE_FIRST.exec(i.content) : null;
      if (i.kind === "任务分解" && road && !own) b.text(`分包${joinList(i.remark?.places ?? [])}${road[1]}${road[2]}`);
      else if (i.kind === "任务分解" && i.remark?.places.length && !own) b.text(`${verb}${joinList(i.remark.places)}${i.content}`);
      else if (roleFirst && figure) b.text(`${verb.replace(/^分解/u, "")}${roleFirst[1]}`).fig(figure).text(roleFirst[2]);
      else b.text(contradicted && figure && figure.value > 1 ? "累计" : "").text(places).text(own ? i.content : verb + i.content);
      // `成立……领导小组`, `制定……方案`, `召开……动员会` already say one: a count is printed when there are several.
      if (roleFirst) { /* the figure is told with its role above */ }
      else if (counted && figure) b.text(`，负责${duties}`).fig(figure).text("工作");
      // `楼道长制度，每个楼道选一名楼道长` 86人: a clause that counts one per something says a count of its own; the total
      // is said after it with `，共` (`……选一名楼道长，共86人`), never glued to it (new-user test 41, D3).
      else if (figure && figure.value > 1 && PER_EACH.test(i.content)) b.text("，共").fig(figure);
      // A body counted in people (`成立村道德评议会` 9人) says its members: `成立村道德评议会，成员9人`, never the
      // ungrammatical `成立村道德评议会9人` (new-user test 45, D10).
      else if (figure && figure.value > 1 && /^[人名]$/u.test(figure.unit) && BODY_OF_PEOPLE.test(i.content)) b.text("，成员").fig(figure);
      else if (figure && figure.value > 1) b.fig(figure);
      else if (figure) b.from(...figure.sources);
    }
    if (i.remark?.clause && !joined) b.text(`，${i.remark.clause}`);
    const tail = tails.get(i.source);
    if (tail && !focusSaid) b.text(`，${tail}`);
    return b.build();
  };
  const L = ctx.profile.leads;
  const points: Point[] = [];
  const leadership = pick("领导小组");
  // Daily study of the core values is education, told under 宣传 where the unit has that section (review run 5).
  const mechanism = pick("工作机制", "任务分解").filter((i) => !(hasPublicity(ctx) && isStudy(i)));
  // `联合运河街道办事处、马兰屯镇集中整治` when the activity ledger has that joint action: told there, once (review run 5).
  const hosts = ctx.facts.activities.flatMap((g) => g.items).map((it) => it.host?.replace(/[，,和及]/gu, "、")).filter((h): h is string => !!h);
  const toldAsActivity = (i: OrganizationItem): boolean => {
    const m = /^(?:联合|会同)(.+?)(?:开展|集中|联合)?(?:整治|清理|行动|执法)[\u4e00-\u9fff]{0,4}$/u.exec(i.content);
    return !!m && hosts.some((h) => m[1].startsWith(h) || h.startsWith(m[1]));
  };
  // A carried partnership is told as going on (new-user test 27, D8) where its words allow: a partner named or counted
  // (`辖区共建单位` 12家) or an agreement signed before (`与7家单位签订共驻共建协议……`); any other carried row is left out.
  const goingOn = (i: OrganizationItem): boolean => !i.carried || !!SIGNED_BEFORE.exec(i.content) || STANDING_PARTNERSHIP.test(i.content) || (!startsWithVerb(i.content) && !CARRIED_UNTOLD.test(i.content));
  /** The agreement a carried row names alone (`共驻共建协议，明确共建内容……` 7家 → `共驻共建协议`). */
  const agreementOf = (i: OrganizationItem): string | undefined => {
    const first = i.content.split(/[，,；]/u)[0];
    return i.carried && !startsWithVerb(first) && AGREEMENT.test(first) ? first : undefined;
  };
  // A 名称 that is only the kind's word (`共建`, `共建单位`, `结对`) names no partner: the partners the 备注 lists are
  // (`区供电公司、二中等` → `与区供电公司、二中等4家单位结对共建`), else the kind is counted (`与4家共建单位结对共建`;
  // new-user test 40, D22).
  const partnerNamed = (i: OrganizationItem): OrganizationItem => {
    if (i.kind !== "共建单位" || !/^(?:共建|共建单位|结对|结对共建|共驻共建|共建结对|结对单位)$/u.test(i.content)) return i;
    const listed = (i.remark?.list ?? i.remark?.examples ?? i.remark?.detail)?.replace(/等$/u, "");
    return { ...i, content: listed && listed.split("、").length > 1 ? `与${listed}结对共建` : "共建单位" };
  };
  const partners = pick("共建单位").map(partnerNamed).filter((i) => !toldAsActivity(i) && (goingOn(i) || !!agreementOf(i)));
  // A meeting typed under 其他 (`开会布置创文` → `召开会议部署创文工作`) is told with the meetings, never glued to the
  // unrelated 其他 rows beside it (v2 rule 8; new-user test 43, D3).
  const heldMeeting = (i: OrganizationItem): boolean => i.kind === "其他" && /^召开[\u4e00-\u9fff“]/u.test(i.content);
  const supervision = items.filter((i) => i.kind === "工作会议" || i.kind === "督查检查" || heldMeeting(i)).map((i) => (heldMeeting(i) ? { ...i, kind: "工作会议" as const } : i));
  const other = pick("其他").filter((i) => !heldMeeting(i));
  if (leadership.length) {
    // A group carried by 开始下一期 was set up before: it goes on (new-user test 12, D8).
    // Its typed `成立……` is the period before's: `继续发挥以分局局长为组长的……领导小组统筹作用`, never `成立……统筹作用` (new-user test 21, D14).
    // Only the group's name (before the first ，/；) goes inside the frame: `继续发挥创文工作领导小组统筹作用`, never
    // `继续发挥创文工作领导小组，书记任组长统筹作用` (new-user test 39, D10). Its verb of adjusting (GROUP_ADJUSTED) is cut as 成立
    // is: `继续发挥创文工作领导小组统筹作用`, never `充实创文工作领导小组统筹作用` (new-user test 67, D4).
    // A 名称 that says only who leads (`园长任组长`, `组长园长`, `院长牵头`) names no group: the group is the object,
    // `成立以园长为组长的创建工作领导小组` / `继续发挥创建工作领导小组统筹作用`, never `成立园长任组长` (new-user test 42, D6).
    // An undated group in a report of a month or of a later quarter stands from before, as a carried one does: `发挥小区创文
    // 工作小组统筹作用`, never `成立……` as if set up that month (new-user test 50, D16). A dated one, or one in a report of a
    // half, a year, the first quarter or a campaign, is set up as typed. It is said `充分发挥……统筹作用`: the bare `我单位发挥……
    // 统筹作用` lacks the adverb the genre gives it (new-user test 66, D12).
    const shortReport = ctx.facts.profile.period === MONTHLY_PERIOD || /^第[二三四]季度$/u.test(ctx.facts.profile.period ?? "");
    // A row of this period that says its own action on a group already set up (`调整创文工作领导小组`, `充实……`) keeps it, dated
    // or not: `大队调整创文工作领导小组`, never `继续发挥……统筹作用` (run-29 review, 材料6 item 2). A carried one (by 开始下一期,
    // or dated before the period: org.outside-period) was adjusted in the period before: it goes on (new-user test 24, D14).
    const standing = (i: OrganizationItem): boolean => !!i.carried || (!GROUP_ADJUSTED.test(i.content.trim()) && shortReport && i.date === undefined && !startsWithVerb(i.content));
    // A group named after the unit by the last word of its name (`医院创建文明城市工作领导小组` of 澄江县中医院) is the unit's own:
    // said after the unit's self-reference without that word, `我院于1月15日成立创建文明城市工作领导小组`, `我院继续发挥创建
    // 文明城市工作领导小组统筹作用`, never `医院于……` beside a 导语's 我院 nor `我院继续发挥医院……` (new-user test 65, D13).
    const unitName = ctx.facts.profile.unitName.replace(/（.*?）$/u, "");
    const ownNamed = (content: string): string => {
      const m = /^((?:成立|组建|调整|健全|设立|建立)(?:了)?)?([\u4e00-\u9fff]{2,3}?)((?:创文|创建|创城|文明|精神文明)[\u4e00-\u9fff]*(?:领导小组|工作小组|指挥部|委员会))/u.exec(content);
      return m && unitName.length > m[2].length && unitName.endsWith(m[2]) && ctx.self !== m[2] && ctx.self.length >= 2 ? `${m[1] ?? ""}${m[3]}${content.slice(m[0].length)}` : content;
    };
    const grouped = leadership.map((o) => {
      const i = { ...o, content: ownNamed(o.content) };
      const lead = leaderOnly(i.content);
      // Set up this period: who leads in the genre form (`成立以馆长为组长的……`); a carried group goes on by its name only.
      if (lead === undefined) return standing(i) ? i : { ...i, content: leaderFolded(i.content) };
      return { ...i, content: standing(i) ? "创建工作领导小组" : `以${lead}为组长的创建工作领导小组` };
    });
    const c = clauses(grouped.map((i) => (standing(i) ? clause(i.carried ? "继续发挥" : "充分发挥", { ...i, content: `${i.content.split(/[，,；;。]/u)[0].replace(/^(?:成立|组建|调整充实|调整完善|充实完善|调整|充实|完善|健全|设立|建立)(?:了)?/u, "")}统筹作用`, figure: undefined }) : clause("成立", i))));
    // `学院创文工作领导小组`: the group's own name says whose it is — that is the subject (`学院成立创文工作领导小组`), not `学校成立学院……`.
    const owner = /^((?:\d{1,2}月\d{1,2}日)?)成立(学院|学校|集团|公司|医院)(?!的)(?=[\u4e00-\u9fff“]{4,})/u.exec(c.text);
    // `成立区妇联创文工作领导小组` names the unit already: no subject before it (never `区妇联成立区妇联……`); `调整局创文……`
    // with the unit's one-character word (局, 园, 校 …) is `调整充实本局创文……`, never `区城管局调整局……` (new-user test 26, D20).
    const ownWord = /^((?:\d{1,2}月\d{1,2}日)?)(成立|组建|调整充实|调整|健全|充实|继续发挥|充分发挥|发挥)本?([局委办院校园所厂行社站队馆台厅处]|中心)(?=创文|创建|创城|文明|精神文明|领导小组)/u.exec(c.text);
    // That word is the unit itself when its self-reference ends with it (我院, 我局, 幼儿园): the unit is the subject, as
    // every other unit's (`公司于7月2日成立……`): `我院于1月10日成立创文工作领导小组`, never the subject-less `1月10日成立本院……`
    // nor `我院……成立本院……` (new-user test 60, D13).
    const ownSubject = ownWord && ctx.self.length >= 2 && ctx.self.endsWith(ownWord[3])
      ? `${ctx.self}${ownWord[1] ? `于${ownWord[1]}` : ""}${ownWord[2] === "调整" ? "调整充实" : ownWord[2]}${c.text.slice(ownWord[0].length)}` : undefined;
    const setUp = /^(\d{1,2}月\d{1,2}日)?(成立|组建|调整充实|调整|健全|充实|设立|建立|继续发挥|充分发挥|发挥)(?:了)?(.*)$/u.exec(c.text);
    const named = ctx.self.length >= 2 && !!setUp?.[3].startsWith(ctx.self);
    // `成立社区创文工作领导小组` of a 社区 (its self-reference the group's first word): the unit is the subject and the group
    // is named after it without it, `社区于1月6日成立创文工作领导小组`, never the subject-less `1月6日成立社区……` nor
    // `社区成立社区……` (new-user test 55, D22).
    // A group named after a part of the unit's name (`开发区创文工作领导小组` of 开发区管委会, `分公司创文……` of 县电信分公司) is
    // the unit's own as well: that part is not said again after the unit, `开发区管委会于1月5日成立创文工作领导小组`, never
    // `开发区管委会于1月5日成立开发区创文工作领导小组` (review run 32, 材料2 item 1). The part is two characters or more and no
    // group word itself (`文明创建……` of 县文明办 keeps its name).
    const GROUP_WORD = /^(?:创文|创建|创城|文明|精神文明|领导小组|工作领导小组)/u;
    const partLength = setUp && !named && ctx.self.length >= 3
      ? Array.from({ length: ctx.self.length - 2 }, (_, k) => ctx.self.length - 1 - k).find((n) => ctx.self.includes(setUp[3].slice(0, n)) && !GROUP_WORD.test(setUp[3].slice(0, n)) && GROUP_WORD.test(setUp[3].slice(n)))
      : undefined;
    const ownLength = named ? ctx.self.length : partLength;
    const selfLed = ownLength && setUp && GROUP_WORD.test(setUp[3].slice(ownLength))
      ? `${ctx.self}${setUp[1] ? `于${setUp[1]}` : ""}${setUp[2]}${setUp[3].slice(ownLength)}` : undefined;
    // A date after the subject takes 于 in this register: `社区于1月6日成立……`, never `社区1月6日成立……` (new-user test 39, D25).
    const text = owner
      ? `${owner[2]}${owner[1] ? `于${owner[1]}` : ""}成立${c.text.slice(owner[0].length)}`
      : ownSubject ?? (ownWord ? `${ownWord[1]}${ownWord[2] === "调整" ? "调整充实" : ownWord[2]}本${ownWord[3]}${c.text.slice(ownWord[0].length)}`
        : selfLed ?? (named ? c.text : ctx.self + c.text.replace(/^(?=\d{1,2}月\d{1,2}日)/u, "于")));
    // The group named `本院` after a subject that is the unit itself (`我院`, `博物馆`) says it twice: `我院……成立以检察长为组长的
    // 创文工作领导小组` (run-30 review, 材料8 item 3).
    const said = ctx.self && text.startsWith(ctx.self) ? text.replace(/(为(?:副)?组长的)本([局委办院校园所厂行社站队馆])/u, (m, before: string, own: string) => (ctx.self.endsWith(own) ? before : m)) : text;
    points.push({ id: "leadership", lead: L.leadership, sentences: [{ text: said, sources: c.sources }] });
  }
  if (mechanism.length) {
    // The verb that fits the mechanism (v2 rule 1): a plan is 制定, a project 实施, a work of building 推进,
    // a standing structure 建立, a way of working 坚持, anything else 落实.
    const mechanismVerb = (c: string): string => {
      const bare = c.replace(/[”》]$/u, "");
      // `网格化管理，划分网格`: a way of managing named first is carried out (`推行网格化管理，划分网格126个`), never `建立`-ed
      // for the word that closes the row (new-user test 41, D7; the 网格化 rule of test 40, D22).
      if (/^[^，,；;]{2,12}?(?:化管理|管理模式|工作法)(?=[，,；;])/u.test(bare)) return "推行";
      // A parents' school, a lecture hall or a class is held (`每学期举办家长学校`: new-user test 41, D8).
      if (SCHOOLING.test(bare)) return "举办";
      if (/(方案|计划|办法|细则|清单|规划|标准)$/u.test(bare)) return "制定";
      if (/(项目|工程|行动)$/u.test(bare)) return "实施";
      if (/(建设|改造|提升)$/u.test(bare)) return "推进";
      if (/(机制|制度|体系|责任制|台账|平台|网络|模式|队伍|小组|专班|网格|架构|中心|站)$/u.test(bare)) return "建立";
      if (/边.+边|相结合|常态化|结合|一起|同步|同研究|同部署|两手抓|每日|每天|每周|每月/u.test(bare)) return "坚持";
      // A recurring work typed as a mechanism (`联合执法检查`, `文明劝导` 每月) is done, never `落实联合执法检查`
      // (new-user test 32, D30); so is an evaluation (`文明班级月评比`: new-user test 34, D12), and a meeting is held.
      if (RECURRING_MEETING.test(bare)) return "召开";
      if (RECURRING_WORK.test(bare)) return "开展";
      return "落实";
    };
    // v2 rule 2: consecutive items with the same verb share it (`落实A、B`) — unless their 备注 adds to one of them.
    const said = (i: OrganizationItem): boolean => !!(i.remark?.clause || i.remark?.frequency || i.remark?.places.length || i.remark?.basis);
    // `核心价值观每日诵读` is said as people say it: `每日诵读核心价值观`.
    const timed = (i: OrganizationItem): OrganizationItem => {
      // A cadence (`每日一巡`) is no verb: it stays after its work (new-user test 56, D7).
      const m = /^([\u4e00-\u9fff“”]{2,12}?)(每日|每天|每周|每月)(?![一1])([\u4e00-\u9fff]{2})$/u.exec(i.content);
      return m ? { ...i, content: `${m[2]}${m[3]}${m[1]}` } : i;
    };
    // `一起研究部署` is said as the genre says it: `同研究、同部署`.
    const together = (i: OrganizationItem): OrganizationItem => ({ ...i, content: i.content.replace(/一起研究部署$/u, "同研究、同部署") });
    // A mechanism carried by 开始下一期 was set up before: it goes on, never `建立` again (new-user test 25, D26).
    // Every clause of it goes on (new-user test 31, D26: never `继续落实村规民约，成立红白理事会`): see carriedMechanism.
    const goesOn = (i: OrganizationItem): OrganizationItem => (i.carried ? { ...i, content: carriedMechanism(i.content) } : i);
    const mechRows = mechanism.filter((i) => i.kind !== "任务分解").map(goesOn).map(timed).map(together);
    const own: Sentence[] = [];
    // A council of the people (`红白理事会`, `道德评议会`) typed alone as a 工作机制 is a body that works, never a rule `落实`-ed or
    // `推行`-ed: `发挥红白理事会、道德评议会作用`, the councils in a row under one verb; carried, they go on once (`继续发挥……
    // 作用`, never `继续落实红白理事会，继续落实道德评议会`: new-user test 69, D11). One council or none counted, no date, no 备注.
    const council = (i: OrganizationItem): boolean => COUNCIL.test(i.content) && !said(i) && i.date === undefined && (!i.figure || i.figure.value <= 1);
    let councilsAt = -1;
    mechRows.forEach((i, n) => {
      if (council(i)) {
        const sources = [i.source, ...(i.figure?.sources ?? [])];
        const last = own[own.length - 1];
        if (councilsAt === own.length - 1 && last && !!mechRows[n - 1]?.carried === !!i.carried) {
          own[own.length - 1] = { text: last.text.replace(/作用$/u, `、${i.content}作用`), sources: [...last.sources, ...sources] };
        } else {
          own.push({ text: `${i.carried ? "继续" : ""}发挥${i.content}作用`, sources });
          councilsAt = own.length - 1;
        }
        return;
      }
      // A carried meeting or round of work held at its 频次 (`三方联席会议` 每月1次) is held this period as before: `坚持每月召开
      // ……联席会议1次`; 坚持 says it goes on, never `坚持每月继续落实……，累计继续落实6次` (new-user test 40, D11).
      const recurring = i.carried && !!i.remark?.frequency && !startsWithVerb(i.content) && (RECURRING_MEETING.test(i.content) || RECURRING_WORK.test(i.content));
      // Without a 频次 it is held again, never `落实`-ed: `继续召开……联席会议`.
      const heldAgain = i.carried && !recurring && !startsWithVerb(i.content) && (RECURRING_MEETING.test(i.content) || RECURRING_WORK.test(i.content));
      const verb = startsWithVerb(i.content) || (i.carried && i.content.startsWith("继续")) ? "" : heldAgain ? `继续${mechanismVerb(i.content)}` : i.carried && !recurring ? "继续落实" : mechanismVerb(i.content);
      const prev = mechRows[n - 1];
      const shared = n > 0 && verb && !startsWithVerb(prev.content) && mechanismVerb(prev.content) === verb && !said(i) && !said(prev) && !i.figure && !prev.figure && i.date === undefined && prev.date === undefined;
      // Not shared: a second verb of the same meaning rather than the same verb again.
      const alternate: Readonly<Record<string, string>> = { 落实: "推行", 建立: "健全", 制定: "完善", 坚持: "推行", 实施: "推进", 推进: "实施" };
      const repeated = n > 0 && !shared && verb && !startsWithVerb(prev.content) && mechanismVerb(prev.content) === verb;
      // `摇铃上门、桶装收垃圾` with 备注 `快速保洁法`: the method is named (`推行“摇铃上门、桶装收垃圾”快速保洁法`).
      // `道德评议会：每季度评议一次……`: the name is the mechanism, the rest its content (new-user test 34, D2).
      const colon = i.carried ? undefined : colonClause(ctx, i, mechanismVerb);
      if (colon) {
        own.push(colon);
        return;
      }
      const method = !startsWithVerb(i.content) && i.remark?.detail && /(?:法|模式|工作法)$/u.test(i.remark.detail) ? i.remark.detail : undefined;
      if (method) {
        own.push(clause("推行", { ...i, content: `“${i.content}”${method}` }));
        return;
      }
      const c = clause(shared ? "" : repeated ? alternate[verb] ?? verb : verb, i);
      if (shared) {
        const last = own[own.length - 1];
        own[own.length - 1] = { text: `${last.text}、${c.text}`, sources: [...last.sources, ...c.sources] };
      } else own.push(c);
    });
    // Several 任务分解 rows of plain names share one verb: `分解落实主办、协办的测评项目5项和承担的创建任务17项`.
    // A plan to split up is drawn up first (v2 rule 1: a document is 制定, not 分解落实):
    // `制定创建计划、目标方案和实施细则并分解落实`, `制定《……工作方案》，分解任务9项`.
    // The document is the first clause; what follows it (`创建任务分解表，明确责任科室`) is said after the count
    // of tasks, never with it (new-user test 14, D1: not `明确责任科室32个`).
    const DOCUMENT = /^([^，,]+?(?:方案|计划|细则|办法|规划|要点|分解表|任务表|清单)[”》]?)(?:[，,](.+))?$/u;
    // `制定创文任务分解表` 12项 is the document typed with its verb: `制定创文任务分解表，分解任务12项` (new-user test 23, D9).
    const docOf = (content: string): string => content.replace(/^(?:制定|制订|印发|出台)(?=[\u4e00-\u9fff“《]{2})/u, "");
    const isDocument = (i: OrganizationItem): boolean => !startsWithVerb(docOf(i.content)) && !/^[在对为向按]/u.test(docOf(i.content)) && DOCUMENT.test(docOf(i.content)) && !i.remark?.places.length;
    const documents = mechanism.filter((i) => i.kind === "任务分解" && isDocument(i));
    const documentClauses: Sentence[] = documents.map((i) => {
      const [, doc, rest] = DOCUMENT.exec(docOf(i.content)) ?? [];
      const b = new SentenceBuilder().from(i.source);
      if (i.date !== undefined) b.text(dateText(i.date, ctx.year));
      b.text(`制定${doc.replace(/、([^、]+)$/u, "和$1")}`);
      if (i.figure && i.figure.value > 1 && i.figure.unit !== "份") b.text("，分解任务").fig({ ...i.figure, unit: printedMeasureWord("任务", i.figure.unit) });
      else {
        if (i.figure) b.from(...i.figure.sources);
        b.text("并分解落实");
      }
      if (rest) b.text(`，${rest}`);
      if (i.remark?.clause) b.text(`，${i.remark.clause}`);
      return b.build();
    });
    own.push(...documentClauses);
    const taskRows = mechanism.filter((i) => i.kind === "任务分解" && !isDocument(i));
    const plainNames = taskRows.every((i) => !startsWithVerb(i.content) && !/^[在对为向按]/u.test(i.content) && !i.remark);
    // One 分解落实 for the plain names (v2 rule 2); a row with its own verb or 在/对 … stands as its own clause.
    const ownStart = (i: OrganizationItem): boolean => startsWithVerb(i.content) || /^[在对为向按]/u.test(i.content);
    // After a plan split up (`分解任务9项`), the other tasks are 落实: never 分解 twice in a row.
    const taskVerb = documentClauses.length ? "落实" : "分解落实";
    // `创建任务分解到二级学院和职能部门` 12项 says its own 分解: `将创建任务分解到……，共12项`, never `分解落实……分解到` (new-user tests 8 D3, 9 D2).
    // `创文任务清单下发到柳塘村……` says its own verb after its object (下发到, 印发到, 落实到, 分配到, 发放到): `将……下发到……`,
    // with 分解 kept where the frame verb is 分解 and the verb hands out tasks (`将创文任务清单分解下发到……`), never
    // `分解落实创文任务清单下发到……` (new-user test 50, D8; v2 rule 1).
    const HANDED = /^([^，,]{2,}?)((?:下发|印发|落实|分配|发放)(?:到|至))(.+)$/u;
    const handed = (i: OrganizationItem): RegExpExecArray | null => (ownStart(i) ? null : HANDED.exec(i.content.replace(/^[将把]/u, "")));
    const splitTo = (i: OrganizationItem): boolean => !ownStart(i) && (/^[^，,]{2,}分解(?:到|至|给|落实到)/u.test(i.content.replace(/^[将把]/u, "")) || !!handed(i));
    const splitClause = (i: OrganizationItem): Sentence => {
      // `将创文任务分解到各科室` typed with its own 将: never `将将` (new-user test 21, D4); the count is of tasks, in
      // the word the user chose (`共32项`, never `共32个` after `各科室`: D5).
      const h = handed(i);
      const content = h ? `${h[1]}${taskVerb.startsWith("分解") && !/^发放/u.test(h[2]) ? "分解" : ""}${h[2]}${h[3]}` : i.content.replace(/^[将把]/u, "");
      // `……等8个村` 8个: the content states the count itself, said once.
      const stated = !!i.figure && new RegExp(`(?<![\\d.])${i.figure.value}(?![\\d.])\\s*${escapeRegExp(i.figure.unit)}`, "u").test(i.content);
      // `将创建任务分解到各村` 12个 counts the 村 it names (`各村` → `全镇12个村`), never a dangling `，共12个` (new-user test 54, D10).
      const each = i.figure && !stated && i.figure.unit === "个" ? EACH_PART.exec(content) : null;
      if (i.figure && each) {
        const territorial = TERRITORIAL_PART.test(each[2]) && (ctx.facts.profile.unitType === "乡镇" || ctx.facts.profile.unitType === "街道");
        return new SentenceBuilder().from(i.source).text(`将${each[1]}${territorial ? scopeText(ctx.facts.profile.unitType, ctx.facts.profile.unitName) : ""}`).fig(i.figure).text(each[2]).build();
      }
      const b = new SentenceBuilder().from(i.source).text(`将${content}`);
      if (i.figure && stated) b.from(...i.figure.sources);
      else if (i.figure) b.text("，共").fig({ ...i.figure, unit: printedMeasureWord("任务", i.figure.unit) });
      return b.build();
    };
    const tasks = taskRows.map((i, n) => (splitTo(i) ? { own: true, s: splitClause(i) } : { own: ownStart(i), s: clause(ownStart(i) ? "" : n === 0 || ownStart(taskRows[n - 1]) || splitTo(taskRows[n - 1]) ? taskVerb : "", i) }));
    const taskText = tasks.map((t, n) => (n === 0 ? "" : t.own || tasks[n - 1].own ? "，" : plainNames && n === tasks.length - 1 ? "和" : "、") + t.s.text).join("");
    const taskClause = tasks.length ? [{ text: taskText, sources: tasks.flatMap((t) => t.s.sources) }] : [];
    // Tasks handed out only: the point is about responsibility, not a mechanism (review run 5).
    const planned = mechanism.every((i) => /研究部署|同部署|统筹/u.test(i.content));
    // Works of building a place (`“六室三站一场一校”阵地建设`) are no 机制 (review run 10): 高标准规划.
    const building = mechanism.every((i) => isBuildingWork(i.content));
    // Rules and standing bodies of a village or a group (村规民约, 红白理事会, 议事会) are a mechanism, never `细化任务`
    // (new-user test 31, D26).
    // Recurring work typed as a mechanism (`文明班级月评比` 每月, `创文例会`) is no 细化分工 either (new-user test 34, D12), nor
    // a school held for parents (`家长学校` 每学期: new-user test 41, D8).
    // A mechanism named as such (`建立“小手拉大手”家校共创机制`) is one too (new-user test 62, D16: never under 细化分工); a
    // system of duties (`建立楼栋长包楼制度`) stays 压实责任 (test/review-27-pp).
    const rules = mechanism.every((i) => i.kind === "工作机制" && (RULES_AND_BODIES.test(i.content) || (/机制$/u.test(stripEnd(i.content).trim()) && !/包|责任|分工/u.test(i.content)) || (!startsWithVerb(i.content) && (RECURRING_WORK.test(i.content) || RECURRING_MEETING.test(i.content) || SCHOOLING.test(i.content)))));
    const lead = planned ? "统筹部署" : building ? "高标准规划" : !documentClauses.length && mechanism.every((i) => i.kind === "任务分解") && /机制/u.test(L.mechanism) ? "压实责任" : rules && !/机制/u.test(L.mechanism) ? "完善机制" : L.mechanism;
    points.push({ id: "mechanism", lead, sentences: [clauses([...own, ...taskClause])] });
  }
  if (partners.length) {
    // Partners only named (no figure, no action of their own) are listed once: `与A、B结对共建`.
    const bare = (i: OrganizationItem): boolean => !startsWithVerb(i.content) && !/双报到/u.test(i.content) && !i.figure && !i.remark?.clause && !/(协议|合同|责任书|承诺书|公约)(”|》)?$/u.test(i.content.split(/[，,；]/u)[0]);
    const named = partners.filter(bare);
    const rest = partners.filter((i) => !bare(i));
    const namedClause: Sentence[] = named.length > 1
      ? [new SentenceBuilder().text(`与${named.map((i) => i.content).join("、")}结对共建`).from(...named.map((i) => i.source)).build()]
      : [];
    const sentences = [...namedClause, ...(named.length > 1 ? rest : partners).map((i) => {
      const b = new SentenceBuilder().from(i.source);
      // A partnership carried by 开始下一期 goes on this period (new-user test 27, D8): `继续与12家辖区单位结对共建`,
      // `继续与龙泉社区结对共建`; its typed signing was the period before's.
      const signed = i.carried ? SIGNED_BEFORE.exec(i.content) : null;
      if (signed) {
        b.text(`继续履行与${signed[1]}${signed[2]}的${signed[3]}`);
        if (i.figure) b.from(...i.figure.sources);
        return b.build();
      }
      const agreement = agreementOf(i);
      if (agreement) {
        b.text("继续履行与");
        if (i.figure) b.fig(i.figure);
        b.text(`${i.figure ? "" : "共建"}单位签订的${agreement}`);
        return b.build();
      }
      if (i.carried && STANDING_PARTNERSHIP.test(i.content)) {
        // The partnership's word is said as work done with them (`与县供电公司等共建` 4家 → `继续与县供电公司等4家单位开展共驻
        // 共建`, `与县一中结对` → `继续与县一中结对共建`): never the verbless `继续与县供电公司等共建` (new-user test 57, D9).
        // Partners typed with `等` and more counted than named take the count, as the rows that list them (test 41, D16).
        const m = /^与(.+?)(结对共建|共驻共建|结对|共建|联建)$/u.exec(i.content);
        const whom = m ? m[1] : i.content.slice(1);
        const work = m ? pairingWork(m[2]) : "结对共建";
        const listed = whom.replace(/等$/u, "").split(/[、和及]/u).filter(Boolean).length;
        if (i.figure && /^[家个所]$/u.test(i.figure.unit) && Number.isInteger(i.figure.value) && i.figure.value > listed) {
          b.text(`继续与${whom.replace(/等$/u, "")}等`).fig(i.figure).text(`单位${work}`);
        } else {
          b.text(`继续与${whom}${work}`);
          if (i.figure) b.from(...i.figure.sources);
        }
        return b.build();
      }
      if (i.carried) {
        const kind = /^(.{2,8}?)(?:共驻共建|共建|结对|联建)单位$/u.exec(i.content);
        const together = "结对共建";
        // Some partners named, more counted (`原机床厂、物业公司、辖区幼儿园` 5家): the names first, the count closing them,
        // as the period before said it (`继续与原机床厂、物业公司、辖区幼儿园等5家单位结对共建`: new-user test 41, D16); all
        // of them named take no count.
        const listed = i.content.split(/[、和及]/u).filter(Boolean).length;
        if (listed > 1 && i.figure && /^[家个所]$/u.test(i.figure.unit) && Number.isInteger(i.figure.value) && i.figure.value >= listed) {
          if (i.figure.value > listed) b.text(`继续与${i.content.replace(/等$/u, "")}等`).fig(i.figure).text(`单位${together}`);
          else b.text(`继续与${i.content}${together}`).from(...i.figure.sources);
        } else if (i.figure && i.figure.value > 1 && /^[家个所]$/u.test(i.figure.unit)) {
          b.text("继续与").fig(i.figure).text(kind ? `${kind[1]}单位` : pairedNoun(i.content)).text(together);
        } else {
          // A partner typed with the partnership's word (`县统计局结对共建`) takes it once: `继续与县统计局结对共建`, never
          // `……结对共建结对共建` (new-user test 70, D4).
          const typed = /^(.{2,}?)(结对共建|共驻共建|结对|共建|联建)$/u.exec(i.content);
          b.text(typed ? `继续与${typed[1]}${pairingWork(typed[2])}` : `继续与${pairedNoun(i.content)}结对共建`);
          if (i.figure) b.from(...i.figure.sources);
        }
        return b.build();
      }
      const partnerWord = /(协议|合同|责任书|承诺书|公约)(”|》)?$/u;
      const named = i.content.split(/[、，和及]/u).length;
      // `双报到社区` names a practice, not a partner: staff report to the community they live in and serve there.
      if (/双报到/u.test(i.content) && !startsWithVerb(i.content)) {
        b.text("落实“双报到”制度，组织干部职工到社区报到服务");
        if (i.figure) b.text("，涉及社区").fig(i.figure);
        return b.build();
      }
      // `与联系社区签订共建协议` of 2家: the count goes with the partners (`与2家联系社区签订……`), not after (`涉及单位2家`).
      const withWhom = new RegExp(`^与[\\u4e00-\\u9fff]{2,12}?(?:${PARTNERING})`, "u").test(i.content);
      if (withWhom && i.figure && named === 1 && /^[家个所]$/u.test(i.figure.unit)) {
        // One partner named (`与区税务局签订共建协议` 1家) takes no count: never `与1家区税务局` (new-user test 26, D30).
        // A kind of partner (`与联系社区……`, `与辖区单位……`) keeps it.
        if (i.figure.value === 1 && !/^与(?:联系|共建|结对|辖区|驻区|驻地|周边|所在|相关|各|有关|包保|服务)/u.test(i.content)) {
          b.text(pairingSaid(i.content)).from(...i.figure.sources);
          return b.build();
        }
        // One unit named by its own name (`与区住建局共驻共建` 7家, the contact cut from it) is one of the seven, never
        // `与7家区住建局` (new-user test 31, D24): `与区住建局等7家单位共驻共建`.
        // Typed with its own 等 (`与县供电公司等共建` 4家) alike, and a bare pairing word is said as the work done with them, as
        // a carried row is (`与县供电公司等4家单位开展共驻共建`; run-30 review, t57-jingui-q3: never `与4家县供电公司等共建`).
        const one = new RegExp(`^与([\\u4e00-\\u9fff]{2,12}?)等?(${PARTNERING})(.*)$`, "u").exec(i.content);
        if (one && i.figure.value > 1 && Number.isInteger(i.figure.value) && OWN_NAME.test(one[1])) {
          const work = one[3] ? one[2] : one[2] === "共建" ? "开展共驻共建" : one[2] === "结对" ? "结对共建" : one[2];
          b.text(`与${one[1]}等`).fig(i.figure).text(`单位${work}${one[3]}`);
          return b.build();
        }
        b.text("与").fig(i.figure).text(i.content.slice(1));
        return b.build();
      }
      // Some of the partners named, more counted (`与辖区派出所、物业公司签订共建协议` 3家): the count closes the list
      // (`与辖区派出所、物业公司等3家单位签订共建协议`; new-user test 30, D2), never `，涉及单位3家` after the sentence.
      // The list may close with its own 等 (`与辖区物业公司、区住建局等共驻共建`): never `…等共驻等7家单位共建`.
      const partners = new RegExp(`^与([\\u4e00-\\u9fff、“”]{2,40}?)等?(${PARTNERING})(.*)$`, "u").exec(i.content);
      const listed = partners ? partners[1].replace(/等$/u, "").split(/[、和及]/u).filter(Boolean).length : 0;
      if (partners && listed > 1 && i.figure && /^[家个]$/u.test(i.figure.unit) && i.figure.value > listed && Number.isInteger(i.figure.value)) {
        b.text(`与${partners[1].replace(/等$/u, "")}等`).fig(i.figure).text(`单位${partners[2]}${partners[3]}`);
        return b.build();
      }
      if (startsWithVerb(i.content)) {
        b.text(i.content);
        // `联合运河街道办事处、马兰屯镇……`: the partners are named, their count says nothing more.
        // `与所服务的3个社区签订共建协议` 3个 says its count already: never `，涉及单位3个` after it (new-user test 26, D15).
        const says = !!i.figure && new RegExp(`(?<![\\d.])${i.figure.value}(?![\\d.])\\s*(?:${i.figure.unit}|[家个所])`, "u").test(i.content);
        // `联系包保社区` 3个: the partners counted are the action's object, their count after it (`联系包保社区3个`, new-user
        // test 28, D20), never `，涉及单位3个`.
        const counted = !!i.figure && /^[家个所户]$/u.test(i.figure.unit) && !/[，,、；和及与]/u.test(i.content) && PARTNER_OBJECT.test(i.content);
        // Documents counted (`与商户签订门前三包责任书` 120份) are the action's object: `签订门前三包责任书120份`; `涉及单位`
        // only counts bodies (家, 个, 所, 户: new-user test 47, D5).
        const things = !!i.figure && !/^[家个所户]$/u.test(i.figure.unit);
        if (i.figure && i.figure.value !== named && !says && (counted || (things && !/[，,；]/u.test(i.content)))) b.fig(i.figure);
        else if (i.figure && i.figure.value !== named && !says && things) b.text("，共").fig(i.figure);
        else if (i.figure && i.figure.value !== named && !says) b.text("，涉及单位").fig(i.figure);
        else if (i.figure) b.from(...i.figure.sources);
      } else if (partnerWord.test(i.content.split(/[，,；]/u)[0])) {
        const bodies = !!i.figure && /^[家个所户]$/u.test(i.figure.unit);
        if (i.figure && bodies) b.text("与").fig(i.figure).text("单位");
        b.text(`签订${i.content}`);
        // `责任书` 120份 counts the documents: `签订门前三包责任书120份` (new-user test 47, D5).
        if (i.figure && !bodies) b.fig(i.figure);
      } else {
        // A partner named (`龙泉社区`): what is done together comes from 备注 when it opens with a verb.
        const doing = i.remark?.clause ?? (i.remark?.detail && actionOf(i.remark.detail) ? i.remark.detail : undefined);
        // `分包社区和路段`: roads and points are taken charge of (包保), not partnered.
        if (/路段|点位|责任区/u.test(i.content)) {
          b.text(`包保${i.content.replace(/^分包/u, "")}`);
          if (doing) b.text(`，${doing}`);
          if (i.figure) b.from(...i.figure.sources);
          return b.build();
        }
        // A kind of partner (`包联社区` 3个, `辖区共建单位` 12家) is counted, not one named among others: `与3个包联社区结对共建`,
        // never `与包联社区等3个单位` (new-user test 27, D24).
        // `结对社区` told with 结对共建 drops its own 结对: `与2个社区结对共建`, never `与2个结对社区结对共建` (new-user test 41, D8).
        // A name that already says the pairing (`驻区单位共驻共建` 7家) is said with its own word as the work done with them,
        // as a carried row is: `与7家驻区单位开展共驻共建`, never `与7家驻区单位共驻共建结对共建` (new-user test 66, D6).
        const typed = doing ? null : TYPED_PAIRING.exec(pairedNoun(i.content));
        const partner = doing ? i.content : typed ? typed[1].replace(/等$/u, "") : pairedNoun(i.content);
        if (i.figure && i.figure.value > 1 && named === 1 && /^[家个所]$/u.test(i.figure.unit) && (PARTNER_KIND.test(partner) || PARTNER_KIND.test(i.content))) b.text("与").fig(i.figure).text(partner);
        else {
          b.text(`与${partner}`);
          if (i.figure && i.figure.value !== named) b.text("等").fig(i.figure).text("单位");
          else if (i.figure) b.from(...i.figure.sources);
        }
        b.text(doing ? `${/^[为以通过]/u.test(doing) ? "，" : ""}${doing}` : typed ? pairingWork(typed[2]) : "结对共建");
      }
      return b.build();
    })];
    // Staff serving where they live (双报到) and nothing else is 下沉服务, not 部门联动 (review run 9).
    const downward = partners.length > 0 && partners.every((i) => /双报到|下沉/u.test(i.content));
    // A village or community paired with is no 部门: `结对共建`, never `部门联动。与桃花村结对帮扶` (run-29 review, t55-court item 1).
    const places = partners.every((i) => PAIRED_PLACE.test(i.content));
    points.push({ id: "partners", lead: downward ? "下沉服务" : places && /部门/u.test(L.partners) ? "结对共建" : L.partners, sentences: [clauses(sentences)] });
  }
  /**
   * Adjacent totals are said with one 累计 (new-user test 33, D7): `累计召开创文推进会30次、开展……督查约120次`, never
   * `累计召开……30次，累计开展……`. Only clauses of no comma of their own are joined.
   */
  const oneTotal = (said: readonly Sentence[]): Sentence[] => said.reduce<Sentence[]>((out, c) => {
    const prev = out[out.length - 1];
    const total = (x: Sentence): boolean => x.text.startsWith("累计") && !/[，；]/u.test(x.text);
    if (prev && total(prev) && total(c)) out[out.length - 1] = { text: `${prev.text}、${c.text.slice(2)}`, sources: [...prev.sources, ...c.sources] };
    else out.push(c);
    return out;
  }, []);
  // People doing the inspecting are organised (`组织班子成员现场督察`), never `开展班子成员……`.
  // A system typed under 督查检查 (`包保责任制` 每月) is carried out, never `开展包保责任制` (new-user test 32, D30).
  const supervisionVerb = (i: OrganizationItem): string => (i.kind === "工作会议" ? (STUDY_MEETING.test(i.content) ? "组织" : "召开") : PEOPLE_FIRST.test(i.content) ? "组织" : MECHANISM.test(i.content) ? "落实" : "开展");
  // Meetings only are deployment, not inspection (review run 4): `动员部署` / `研究部署`.
  // Meetings and inspections together are 调度督导: a meeting is no inspection (review run 5).
  const meetings = supervision.filter((i) => i.kind === "工作会议").length;
  // Study sessions only (`党委理论学习中心组学习`) are 理论学习, never 研究部署 (new-user test 35, D12).
  const supervisionLead = meetings === supervision.length ? (supervision.some((i) => /动员/u.test(i.content)) ? "动员部署" : supervision.every((i) => STUDY_MEETING.test(i.content)) ? "理论学习" : "研究部署") : meetings ? "调度督导" : L.supervision;
  if (supervision.length) {
    // When one clause has a comma of its own (`坚持每周召开……1次，累计召开26次`), the clauses are set apart by semicolons,
    // never run on with another comma (new-user tests 26 D28, 27 D1: `……累计召开30次，坚持每日开展网格员巡查`).
    const said = oneTotal(supervision.map((i) => clause(supervisionVerb(i), i)));
    const point = { id: "supervision", lead: supervisionLead, sentences: [clauses(said, said.length >= 2 && said.some((c) => c.text.includes("，")) ? "；" : "，")] };
    // Mobilisation comes before the plans and partners it launches (review run 5): right after the leading group.
    if (supervisionLead === "动员部署") points.splice(leadership.length ? 1 : 0, 0, point);
    else points.push(point);
  }
  // `红白理事会成员` 9人 is the council's members: said right after the clause that set it up (`……成立红白理事会，成员9人`),
  // or with a predicate of its own (`红白理事会有成员9人`), never the verbless `红白理事会成员9人` (new-user test 31, D21).
  const membersOf = (i: OrganizationItem): RegExpExecArray | null => (i.figure && peopleMeasureWords.includes(i.figure.unit) && !startsWithVerb(i.content) && !otherVerb(i.content) ? /^([\u4e00-\u9fff“”]{2,}?)(成员|人员|队员|会员)$/u.exec(i.content) : null);
  const rest = other.filter((i) => {
    // A bare name that says no action and counts nothing (`客户投诉处理流程图`) is no point to hand in: left out, said by
    // `org.no-verb` (new-user test 54, D7). Counted, it is a tally (`包联社区2个`, `包保路段18条`) and told.
    if (!i.figure && verblessOrgContent(i.content)) return false;
    const m = membersOf(i);
    if (!m || !i.figure) return true;
    const at = points.findIndex((p) => p.sentences.some((x) => x.text.replace(/。$/u, "").endsWith(m[1])));
    const b = new SentenceBuilder().from(i.source);
    if (at < 0) return true;
    const p = points[at];
    const k = p.sentences.findIndex((x) => x.text.replace(/。$/u, "").endsWith(m[1]));
    const said = b.text(`${p.sentences[k].text.replace(/。$/u, "")}，${m[2]}`).fig(i.figure).text(p.sentences[k].text.endsWith("。") ? "。" : "").from(...p.sentences[k].sources).build();
    points[at] = { ...p, sentences: p.sentences.map((x, n) => (n === k ? said : x)) };
    return false;
  });
  // Clauses of which one has a comma of its own (`成立村道德评议会，成员9人`) are set apart by semicolons, as in 督查推进
  // (new-user test 45, D10: never `……，成员9人，成立红白理事会，成员7名`).
  const apart = (said: readonly Sentence[]): Sentence => clauses(said, said.length >= 2 && said.some((c) => c.text.includes("，")) ? "；" : "，");
  if (rest.length) {
    const other = rest;
    points.push({
      id: "orgOther", lead: contentLead(other.map((i) => i.content), L.orgOther),
      sentences: [apart(other.map((i) => {
        // `协调解决创建疑难问题` with its cases in 备注: `协调解决东风袜厂宿舍、……等创建疑难问题`.
        const verb = /^(?:协调解决|研究解决|督促解决|解决|化解|排查整治|整治|整改|处置)/u.exec(i.content)?.[0];
        if (verb && i.remark?.examples && /(?:问题|难题|难点|矛盾|隐患)$/u.test(i.content)) {
          return clause("", { ...i, content: `${verb}${i.remark.examples}等${i.content.slice(verb.length)}` });
        }
        // `网格化 一网格一员` 12个: the grid is the way of managing, the count is of its cells (new-user test 40, D22):
        // `推行网格化管理，划分网格12个，一网格一员`, never `网格化 一网格一员12个`.
        const grid = /^(网格)化(?:管理)?$/u.exec(i.content);
        if (grid && i.figure && i.figure.unit === "个") {
          const b = new SentenceBuilder().from(i.source).text(`推行${grid[1]}化管理，划分${grid[1]}`).fig(i.figure);
          const tail = tails.get(i.source);
          if (tail) b.text(`，${tail}`);
          return b.build();
        }
        // `文明交通劝导岗` 12处 每天早晚高峰: posts and points counted are set up with their count, the 频次 said as typed with
        // the post's work after it (`设置文明交通劝导岗12处，每天早晚高峰上岗劝导`), never `坚持每日……，累计开展12处` (new-user
        // test 41, D7). A station or room is 设立-ed as before.
        const post = !startsWithVerb(i.content) && i.figure && /^(?:处|个)$/u.test(i.figure.unit) ? POST.exec(i.content) : null;
        if (post && i.figure && (/^[岗点]$/u.test(post[2]) || i.remark?.frequency)) {
          const b = new SentenceBuilder().from(i.source).text(`${/^[岗点]$/u.test(post[2]) ? "设置" : "设立"}${i.content}`).fig(i.figure);
          const f = i.remark?.frequency;
          if (f) {
            if (f.source) b.from(f.source);
            const duty = post[2] === "岗" ? `上岗${post[1] ?? ""}` : post[1] ? `开展${post[1]}` : "开放";
            b.text(`，${f.typed ?? f.every}${duty}${f.typed ? "" : f.count}`);
          }
          if (i.remark?.clause) b.text(`，${i.remark.clause}`);
          const tail = tails.get(i.source);
          if (tail) b.text(`，${tail}`);
          return b.build();
        }
        // `各村成立红白理事会` 12个: the row says its own doer and verb; the unit guides them (new-user test 44, D7: never
        // `成立各村成立红白理事会12个`), and a topic before its action takes 围绕.
        const own = startsWithVerb(i.content) ? undefined : ownClause(i.content);
        if (own) return clause("", { ...i, content: own });
        const created = !startsWithVerb(i.content) && !otherVerb(i.content) ? /^([\u4e00-\u9fff“”]{2,}?)(创建|创评)$/u.exec(i.content) : null;
        const turned = created ? { verb: created[2], object: created[1] } : !startsWithVerb(i.content) && !otherVerb(i.content) ? closingActionOf(i.content) : undefined;
        if (turned) return clause("", { ...i, content: `${turned.verb}${turned.object}` });
        const members = membersOf(i);
        if (members && i.figure) return new SentenceBuilder().from(i.source).text(`${members[1]}有${members[2]}`).fig(i.figure).build();
        // People who did the thing are counted before it (`2名院领导带队清扫`), never after the action (`清扫2人`).
        if (i.figure && peopleMeasureWords.includes(i.figure.unit) && PEOPLE_FIRST.test(i.content) && !otherVerb(i.content)) {
          const b = new SentenceBuilder().from(i.source).fig({ ...i.figure, unit: "名" }).text(i.content);
          if (i.remark?.clause) b.text(`，${i.remark.clause}`);
          return b.build();
        }
        const setUp = otherVerb(i.content);
        // A body set up (`夜市专班` 每天) is set up once: its 频次 is the work it does, said after it where its name gives one
        // (`组建巡查专班，每日开展巡查`), else left out — never `坚持每日组建夜市专班` (new-user test 43, D3).
        const f = /^(?:组建|成立|设立|建立|健全)$/u.test(setUp) ? i.remark?.frequency : undefined;
        const work = f ? recurringWork(i.content) : undefined;
        const once: OrganizationItem = f && i.remark ? { ...i, remark: { ...i.remark, frequency: undefined } } : i;
        // Pledges are counted as items (`作出……承诺24项`), never `承诺24个`.
        // Classes given are counted in 节 (`开设心理健康教育课36节`), never `开设……36次` (new-user test 41, D8).
        const set = clause(setUp, setUp === "作出" && i.figure?.unit === "个" ? { ...i, figure: { ...i.figure, unit: "项" } } : setUp === "开设" && i.figure?.unit === "次" ? { ...i, figure: { ...i.figure, unit: "节" } } : once);
        const said = f && work && work !== "落实" ? { text: `${set.text}，${f.every}${work}${f.count}`, sources: [...set.sources, ...(f.source ? [f.source] : [])] } : set;
        // A body set up takes its members from 备注 (`成员12人`, read there as a figure and left out): `成立新乡贤理事会，
        // 吸纳成员12人` (new-user test 35, D5).
        const joined = setUp === "成立" || setUp === "组建" ? i.remark?.dropped.map((d) => /^(?:共有|有|现有|吸纳)?(成员|会员|队员|志愿者)(?:共)?(\d+)(人|名)$/u.exec(d.text.trim())).find((m) => !!m) : undefined;
        return joined && !said.text.includes(joined[1]) ? { text: `${said.text}，吸纳${joined[1]}${joined[2]}${joined[3]}`, sources: said.sources } : said;
      }))],
    });
  }
  return points;
}



/**
 * A 组织保障 其他 row's 名称或内容 said as a clause: with its own verb (`召开村民议事会`), or with the verb {@link otherVerb} gives it
 * (`红白理事会` → `成立红白理事会`); undefined when it has neither or says more than a short name (punctuation, over 16
 * characters): such words are no clause the roll-up can tell as written (new-user test 44, D2).
 */
export function otherItemClause(content: string): string | undefined {
  const c = content.trim();
  if (!c || c.length > 16 || !/^[\u4e00-\u9fff“”]+$/u.test(c)) return undefined;
  if (startsWithVerb(c)) return c;
  const own = ownClause(c);
  if (own) return own;
  const verb = otherVerb(c);
  return verb ? `${verb}${c}` : undefined;
}

/** Rules and standing bodies a 工作机制 row sets up (村规民约, 居民公约, 红白理事会, 议事会): a mechanism of the unit. */
/**
 * A post or point of work (`文明交通劝导岗`, `垃圾分类督导点`, `便民服务站`): its work (group 1, if named) and its kind
 * (group 2). An honour (`巾帼文明岗`) and a point of attention (`整治重点`, `难点`) are none.
 */
const POST = /^[\u4e00-\u9fff“”]{1,}?(劝导|值守|执勤|督导|巡查|宣传|咨询|监督|服务)?((?<!文明)岗|(?<![重难亮热焦要特盲痛堵观])点|站|室)$/u;
/** A partner's name closed by the pairing typed with it (`驻区单位共驻共建`): group 1 the partners, 2 the pairing. */
const TYPED_PAIRING = /^([\u4e00-\u9fff、]{2,20}?)(结对共建|共驻共建|共建联建|结对|共建|联建)$/u;
/** The work a pairing word says, as a clause's verb (`共驻共建` → `开展共驻共建`; new-user test 57, D9 and test 66, D6). */
const pairingWork = (word: string): string => (word === "结对共建" || word === "结对" ? "结对共建" : /联建/u.test(word) ? "开展共建联建" : "开展共驻共建");
/** A kind of partner named with its own pairing (`结对社区`), said with 结对共建: the partner alone (`社区`; new-user test 41, D8). */
const pairedNoun = (content: string): string => content.replace(/^结对(?=[\u4e00-\u9fff]{2})(?!单位$|共建)/u, "");
/**
 * The leader a 领导小组 名称 names instead of the group (`园长任组长`, `由院长担任组长`, `组长：书记`, `院长牵头`) → `园长`;
 * undefined when the 名称 names a group or says more. Source: new-user test 42, D6 (staff type who leads in 名称).
 */
export function leaderOnly(content: string): string | undefined {
  const text = content.trim().replace(/[。；;]$/u, "");
  // An office alone (`党支部书记`: what is left of `组长：党支部书记` once the label is read) names the leader too.
  const m = /^(?:由)?([\u4e00-\u9fff]{1,10}?)(?:担任组长|任组长|牵头)$/u.exec(text) ?? /^(?:组长(?:[:：为由是])?)?([\u4e00-\u9fff]{1,10})$/u.exec(text);
  // Only an office is said (`园长`, `党支部书记`), never a person's name (`组长王明` stays as typed, for the name rules).
  if (!m || /小组|组$/u.test(m[1]) || !/(?:长|书记|主任|经理|主席|负责人|负责同志|主要领导)$/u.test(m[1])) return undefined;
  return m[1];
}
/**
 * A group's name and who leads it, typed as two clauses (`成立馆创文工作领导小组，馆长任组长`, once the name after the office
 * is cut) → the genre form `以馆长为组长的本馆创文工作领导小组`, deputies too (`，副校长任副组长` → `以校长为组长、副校长为副组长的…`);
 * who leads without 组长 (`，站长牵头`, `，经理负责`) → `，由站长牵头`; who leads typed in brackets after the group
 * (`院创文工作领导小组（检察长任组长）` → `以检察长为组长的本院创文工作领导小组`: run-30 review, 材料8 item 3; the unit's one-character
 * word before the name said 本院, 本局). Other content as it is. Only offices are said: a clause
 * with a name never reaches here (new-user test 49, D3).
 */
export function leaderFolded(content: string): string {
  const office = "[\\u4e00-\\u9fff]{0,8}?(?:长|书记|支书|主任|经理|主席|政委|导员)";
  const group = /^(?:成立(?:了)?)?([\u4e00-\u9fff“”]{2,30}?(?:领导小组|工作小组|小组|指挥部|专班|委员会))$/u;
  // Who leads typed in brackets after the group (`院创文工作领导小组（检察长任组长）`: run-30 review, 材料8 item 3) is read as the
  // clause after it: no bracket is pasted into the text (v2 rule 5).
  const unbracketed = content.trim().replace(/[。；;]$/u, "").replace(/^([^（()）]{2,40}?(?:领导小组|工作小组|小组|指挥部|专班|委员会))[（(]([^（()）]{2,40})[)）]$/u, "$1，$2");
  const parts = unbracketed.split(/[，,；;、]/u);
  // A group adjusted or strengthened (`调整充实社区创文工作领导小组，书记任组长`) keeps its own verb and is no group set up:
  // `调整充实社区创文工作领导小组，由书记任组长`, never `成立以书记为组长的调整充实……` (new-user test 67, D4).
  const adjusted = GROUP_ADJUSTED.exec(parts[0])?.[1];
  if (adjusted && parts.length === 2) {
    const led = new RegExp(`^(?:由)?(${office})(?:担任|任|为)组长$`, "u").exec(parts[1]);
    return led && group.test(parts[0].slice(adjusted.length)) ? `${parts[0]}，由${led[1]}任组长` : content;
  }
  const g = group.exec(parts[0]);
  if (!g || parts.length < 2) return content;
  const lead = new RegExp(`^(?:由)?(${office})(?:担任|任|为)(副)?组长$`, "u");
  const roles = parts.slice(1).map((p) => lead.exec(p));
  // The unit's one-character word before the group's name is its own (`院创文……`, `馆创文……`): `本院`, `本馆` after 的.
  const own = g[1].replace(/^([局委办院校园所厂行社站队馆])(?=创文|创建|创城|文明|精神文明)/u, "本$1");
  if (roles.every((r) => r) && roles[0] && !roles[0][2]) return `以${roles.map((r) => `${r?.[1]}为${r?.[2] ?? ""}组长`).join("、")}的${own}`;
  const led = parts.length === 2 ? new RegExp(`^(?:由)?(${office})(牵头|负责|挂帅)$`, "u").exec(parts[1]) : null;
  return led ? `${parts[0]}，由${led[1]}${led[2]}` : content;
}
const RULES_AND_BODIES = /村规民约|居民公约|公约|章程|理事会|议事会|监事会|评议会|参事会/u;
/** A council of the people by its name alone (`红白理事会`, `道德评议会`, `村民议事会`): a body that works, told `发挥……作用`. */
const COUNCIL = /^[\u4e00-\u9fff“”]{2,12}?(?:理事会|议事会|监事会|评议会|参事会)$/u;

/**
 * A 工作机制 row carried by 开始下一期 (set up before the period) as going on, clause by clause (new-user tests 25 D26,
 * 31 D26): a body set up (`成立红白理事会`) → `发挥红白理事会作用`, a rule or system made (`修订村规民约`, `建立巡查制度`) →
 * `落实村规民约` (a revised rule `执行修订后的村规民约`); the whole opens with `继续` when its first clause was rewritten (`继续落实村规民约，发挥红白理事会作用`).
 * A first clause without a verb of setting up is returned without its verb removed, for the caller's `继续落实`.
 */
export function carriedMechanism(content: string): string {
  const parts = content.split(/([，,；;])/u);
  let rewrote = false;
  const out = parts.map((part, k) => {
    if (k % 2) return part;
    const body = /^(?:\d{1,2}月\d{1,2}日)?(?:成立|组建|设立|组织成立)(?:了)?(.{2,})$/u.exec(part);
    if (body && /(?:会|组|队|站|室|所|中心|专班|委员会|联盟)$/u.test(body[1])) {
      if (k === 0) rewrote = true;
      return `发挥${body[1]}作用`;
    }
    const made = /^(?:\d{1,2}月\d{1,2}日)?(?:建立健全|建立|制定|制订|修订|修改|编制|出台|成立|推行|实行|健全|完善)(?:了)?(.{2,})$/u.exec(part);
    if (made) {
      if (k === 0) rewrote = true;
      // A rule revised before is kept as revised: `执行修订后的红白理事会章程` (new-user test 59, D12).
      const revised = /^(?:\d{1,2}月\d{1,2}日)?(?:修订|修改)/u.test(part) && /(?:章程|公约|村规民约|居规民约|制度|办法|细则|规定|守则)$/u.test(made[1]);
      return revised ? `执行修订后的${made[1]}` : `落实${made[1]}`;
    }
    return part;
  });
  const text = out.join("");
  if (rewrote) return `继续${text}`;
  return text;
}

/** Whether a 问题类别 row typed 其他 is named by a problem and the action that closes its name (`大操大办劝导`). */
export const namedWithClosingAction = (k: RectificationFacts["byKind"][number]): boolean => k.category === "其他" && !!k.remark?.detail && !actionOf(k.remark.detail) && CLOSING_ACTION.test(k.remark.detail);

/** A 问题 name typed 其他 that closes with its action (`大操大办劝导`): the problem, then the action. */
const CLOSING_ACTION = /^([\u4e00-\u9fff“”]{2,}?)(?<![未不没无])(劝导|劝阻|整治|清理|治理|排查|整改|纠正|查处|规范|拆除|清除)$/u;

/**
 * A name of a problem's state, a thing and the action it still wants (`犬只粪便未清理`, `门店招牌不规范`, `垃圾清运不到位`):
 * the thing (group 1) and the action (group 2; `到位` when the name says no action). Named whole as the problem
 * (`犬只粪便未清理问题30处`), what was done is the action on the thing (`清理犬只粪便28处`); never cut before the action as if
 * it closed a name (new-user test 37, D1: never `犬只粪便未问题`).
 */
const NEGATED_STATE = /^([\u4e00-\u9fff“”]{2,}?)(?:尚未|没有|未|不|没|无)(劝导|劝阻|整治|清理|清运|治理|整改|纠正|查处|规范|拆除|清除|到位|及时|达标|落实|处理|修复|维修)$/u;

/**
 * A name of a task done to things (`旱厕改造`, `路灯安装`, `围墙修缮`): thing and work closing it, counted as the task's
 * units (户, 处). It is no problem found: told as the task done (`完成旱厕改造10户（计划12户）`), never `整改旱厕改造` or
 * `排查发现旱厕改造` (new-user test 37, D13). A work that also closes a problem's name (`楼道杂物清理`, `违建拆除`) is
 * CLOSING_ACTION's.
 */
const TASK_NAME = /^(?![\u4e00-\u9fff“”]*?(?:未|不|没|无)[\u4e00-\u9fff]{2}$)[\u4e00-\u9fff“”]{2,}?(?:改造|修缮|安装|加装|更换|建设|新建|改建|提升|维修|翻新|铺设|硬化|绿化|亮化|美化|清运)$/u;

/** A task (TASK_NAME) of repairing or fitting a thing (`路灯维修`, `座椅安装`): the thing, then its verb, said verb first. */
const VERB_FIRST_TASK = /^([\u4e00-\u9fff]{2,6}?)(维修|修缮|安装|加装|更换)$/u;

/** A 问题类别 其他 row whose 备注 names a task done to things (TASK_NAME: `旱厕改造`), not a problem found. */
export const isTask = (k: RectificationFacts["byKind"][number]): boolean => k.category === "其他" && !!k.remark?.detail && !actionOf(k.remark.detail) && TASK_NAME.test(k.remark.detail);

/** A name that closes with a thing's state (`公交站台破损`, `路灯损坏`, `井盖缺失`): a problem only with `问题` after it. */
const DAMAGE_WORDS = THING_STATE_WORDS;
/**
 * A thing and one state (`公交站台破损`), not a problem's own compound name (`井盖破损缺失`, told as typed beside
 * `管网漏损`: new-user test 18).
 */
const DAMAGE_STATE = new RegExp(`^(?!.*(?:${DAMAGE_WORDS}).+$)[\\u4e00-\\u9fff]{2,}(?:${DAMAGE_WORDS})$`, "u");

/** A street word right after a leading verb (`建设路`, `解放街`, `胜利大道`), not the road's surface or side (`清理路边`). */
const STREET_AFTER_VERB = /^(?:路|街|巷|大道|大街)(?![边面段旁沿])/u;

/** Words that name a dispute to mediate (isDispute, problemAction): 化解-d, never 整改-ed. */
const DISPUTE = /纠纷|矛盾/u;

/** Words that name a complaint or request to handle (isComplaint, problemAction). */
const COMPLAINT = /投诉|诉求|举报|信访|工单|热线|来电|来信|咨询件|线索/u;

/**
 * The verb complaints or leads are taken in with: leads (`公益诉讼线索`, `问题线索`) are 办理-d, never found and 整改-ed like a
 * problem nor 受理-d like a complaint (new-user test 57, D12: `办理公益诉讼线索8件，均已办结`); complaints are 受理-d.
 */
const takenIn = (name: string): string => (/线索$/u.test(name) ? "办理" : "受理");

/**
 * A name that is the complaints or requests themselves (`投诉举报`, `群众诉求`, `12345热线工单`), not a problem complained of;
 * leads to handle (`公益诉讼线索`) alike: 办结-ed, never `……线索问题8件，均已整改到位` (new-user test 57, D12).
 */
const COMPLAINT_NAME = /(?:投诉|诉求|举报|信访|信访件|工单|热线|来电|来信|咨询件|投诉件|举报件|线索)$/u;

/**
 * The action and object of a 问题类别 row (catalog problemActions); 其他 is named by its 备注 when it gives a name. `done`,
 * when set, is what the action is said of where it differs from the problem's name (`清理` `犬只粪便` of the problem
 * `犬只粪便未清理问题`: new-user test 37, D1).
 */
export function problemAction(kind: RectificationFacts["byKind"][number]): { verb: string; object: string; done?: string } {
  let action = problemActionMade.get(kind);
  if (!action) problemActionMade.set(kind, (action = problemActionOf(kind)));
  return { ...action };
}

/** {@link problemAction}'s answer for each problem kind of a summary: it is asked for the same kind by many sentences. */
const problemActionMade = new WeakMap<RectificationFacts["byKind"][number], { verb: string; object: string; done?: string }>();

function problemActionOf(kind: RectificationFacts["byKind"][number]): { verb: string; object: string; done?: string } {
  const a = problemActions[kind.category] ?? { verb: "整治" };
  // A 备注 that ends in 等 (`非法采砂等`) names the first of its kinds: `整改非法采砂等问题15宗`, never `整改非法采砂等15宗`
  // (new-user test 68, D8).
  const named = kind.category === "其他" && kind.remark?.detail ? kind.remark.detail.replace(/(?<=[\u4e00-\u9fff]{2})等$/u, "等问题") : undefined;
  // `规范商铺经营招牌`, `收缴占道物品`: a 备注 that names an action is said as it is (of any category:
  // the user's own words say what was done, review run 5).
  const detail = kind.remark?.detail;
  // A 备注 that says how the problems were found (`入户安检发现隐患`) names what was found, never what was done: the
  // things found are 整改-ed (`整改入户安检发现的隐患352处`; new-user test 32, D18: never `入户安检发现隐患352处` for 352 rectified).
  // A 备注 that already says `发现的` (`老旧小区改造中发现的飞线充电`) keeps one 的, and a thing found that is no kind of
  // problem by its word (`飞线充电`) is its 问题 (new-user test 33, D1: never `……发现的的飞线充电`).
  const foundHow = named ? FOUND_HOW.exec(named) : null;
  if (foundHow) return { verb: "整改", object: `${foundHow[1]}${foundHow[2]}的${foundProblem(foundHow[3])}` };
  const verbFirst = detail ? actionOf(detail) : undefined;
  // A road named with a verb (`建设路电线杆`, `解放街口`) is a place, no action: never `建设路电线杆1处` for a 乱张贴 row
  // (blind import corpus 03, seen when a second row's 备注 stopped naming a `幸福里小区` by mistake, new-user test 34, D20).
  const own = verbFirst && detail && STREET_AFTER_VERB.test(detail.slice(verbFirst.length)) ? undefined : verbFirst;
  if (detail && own && detail.startsWith(own) && (named || detail.length > own.length + 1)) return { verb: own, object: detail.slice(own.length) };
  // A name that closes with the action taken on it (`大操大办劝导`, `楼道杂物清理`) names the problem before it: `劝导大操大办`,
  // never `大操大办劝导问题` (new-user test 31, D2).
  // A negated action (`飞线充电未清理`, `庭院杂物乱堆未清理`) names the problem by its thing: `飞线充电问题`, what was done
  // `清理飞线充电` (catalog negatedActionOf; new-user test 38, D2 and D5). A state (`门店招牌不规范`) keeps its state.
  const wanted = named && !own ? negatedActionOf(named) : undefined;
  // Things lying about (`庭院杂物乱堆`) are cleared as the things: `清理庭院杂物`, never `清理庭院杂物乱堆`.
  if (wanted) return actionOf(`${wanted.action}${wanted.thing}`) ? { verb: wanted.action, object: `${wanted.thing}问题`, done: /^清/u.test(wanted.action) ? wanted.thing.replace(/(?<=[\u4e00-\u9fff]{2})(?:乱堆乱放|乱堆放|乱摆放|乱堆|乱放|乱摆|乱倒|乱扔|乱丢)$/u, "") : wanted.thing } : { verb: "整改", object: `${wanted.thing}问题` };
  // A thing without its fitting (`小餐饮燃气瓶未装报警器`) is a problem, said in written words: `小餐饮燃气瓶未安装报警器问题`
  // (new-user test 39, D24: never `整改……未装报警器12家`).
  if (named && !own && MISSING_FITTING.test(named)) return { verb: "整改", object: `${writtenFitting(named).replace(/(?<=[\u4e00-\u9fff]{2})问题$/u, "")}问题` };
  const negated = named && !own ? NEGATED_STATE.exec(named) : null;
  if (negated) return negated[2] === "到位" || !actionOf(`${negated[2]}${negated[1]}`) ? { verb: "整改", object: `${named}问题` } : { verb: negated[2], object: `${named}问题`, done: negated[1] };
  // A repair or a fitting is said verb first (`路灯维修` → `维修路灯2个`); a rebuilding is 完成-ed (`完成旱厕改造`; new-user test 38, D9).
  const fitted = named && !own && TASK_NAME.test(named) ? VERB_FIRST_TASK.exec(named) : null;
  if (fitted) return { verb: fitted[2], object: fitted[1] };
  if (named && !own && TASK_NAME.test(named)) return { verb: "完成", object: named };
  const closing = named && !own ? CLOSING_ACTION.exec(named) : null;
  if (closing) return { verb: closing[2], object: closing[1] };
  // Complaints and requests (`投诉举报`, `12345工单`) are 办结-ed, never 整改-ed (new-user test 33, D3: `办结投诉举报1150件`);
  // a problem complained of (`患者投诉服务态度问题`) is still 整改-ed.
  if (named && !own && COMPLAINT_NAME.test(named)) return { verb: "办结", object: named };
  // Disputes (`物业服务纠纷`, `邻里矛盾`) are 调处-d and 化解-d, never 整治-ed or 整改-ed like street clutter (new-user test 37, D22:
  // `化解物业服务纠纷45起`).
  if (named && !own && DISPUTE.test(named)) return { verb: "化解", object: named.replace(/(?<=[\u4e00-\u9fff]{2})问题$/u, "") };
  // Counted as cases (起, 宗): what was 规范 is a case dealt with (`查处占道经营31起`, review run 4).
  const verb = a.verb === "规范" && /^(?:起|宗|例)$/u.test(kind.rectified.unit) ? "查处" : a.verb;
  // A place of people's conduct (`院内吸烟点`, `赌博窝点`) is a place, never a 行为: 取缔-ed; a heap (`垃圾堆`) 清理-ed (new-user test 39, D6:
  // never `纠正院内吸烟点`, `院内吸烟点行为12处`).
  if (named && verb === "整治" && (CONDUCT_PLACE.test(named) || /窝点$/u.test(named))) return { verb: /堆$/u.test(named) ? "清理" : "取缔", object: named };
  // Illegal trade at a station or on the street (`黑车拉客`, `非法营运`, `倒卖车票`) is 查处-ed as cases, never 整改-ed
  // (new-user test 39, D24).
  if (named && verb === "整治" && ILLEGAL_TRADE.test(named)) return { verb: "查处", object: named.replace(/(?<=[\u4e00-\u9fff]{2})问题$/u, "") };
  // People's conduct (`不文明行为`, `高空抛物`, `乱扔垃圾` of visitors; on the road `闯红灯`, `违停`, `未戴头盔`) is
  // 纠正-ed, never 整改-ed like a place.
  // Conduct counted in places (`乱扔垃圾问题7处`: where it happens) is a problem 整治-ed, never `纠正乱扔垃圾行为7处` (run-27
  // review, 材料1 item 5); so is any conduct counted in 处 or 点位 (`网点门口乱停车问题5处`, never `乱停车行为5处`: run-29
  // review, 材料1 item 1). 行为 is counted in 起, 次, 人次 (cases and people).
  if (named && verb === "整治" && CONDUCT.test(named) && !PLACE_COUNT.test(kind.rectified.unit)) return { verb: "纠正", object: named.replace(/问题$/u, "行为").replace(/^(不文明.+?)(?<!行为|现象)$/u, "$1行为") };
  // Conduct counted in places stays 整治-ed (`整治不文明养犬28处`), never the 整改 of a place's own fault.
  if (named && verb === "整治" && CONDUCT.test(named)) return { verb: "整治", object: named.replace(/行为$/u, "问题") };
  // Things left lying (`楼道杂物`, `背街垃圾`) are cleared: `清理楼道杂物`, never `整改楼道杂物` (new-user test 39, D3).
  if (named && verb === "整治" && LYING_THINGS.test(named)) return { verb: "清理", object: named };
  // A named problem that is no disorder of the streets (`患者投诉服务态度问题`) is 整改-ed, not 整治-ed (new-user test 15).
  // A thing and its state (`公交站台破损`) is no thing to 整改: its 问题 is (`整改公交站台破损问题28个`, new-user test 34, D23).
  // A service window's problems (`窗口服务态度、排队秩序`) are 整改-ed too, whatever 秩序 they name (new-user test 36, D8).
  if (named && verb === "整治" && (SERVICE_WINDOW.test(named) || !/[乱违占堆摊噪篷棚]|垃圾|卫生|广告|违建|环境|秩序|污|招牌|店招|飞线|充电|油烟/u.test(named))) return { verb: "整改", object: DAMAGE_STATE.test(named) || DISORDER_STATE.test(named) ? `${named}问题` : named };
  // A thing and its disorder (`就诊秩序混乱`, `车辆停放不规范`) is a problem only with `问题` after it (new-user test 37, D6).
  return { verb, object: named && DISORDER_STATE.test(named) ? `${named}问题` : named ?? a.object ?? kind.category };
}

/**
 * The count of a household honour's holders in the word that fits them: shops (householdNoun `商户`) in 家, families as
 * typed in 户 (`2户` of `县级文明经营户` → `2家`). Same value, sources and approximation.
 */
export function householdFigure(figure: Figure, title: string): Figure {
  return householdNoun(title) === "商户" ? { ...figure, unit: "家" } : figure;
}

/** A 领导小组 row that adjusts or strengthens a group already set up (`调整创文工作领导小组`, `充实完善…`): its verb. */
export const GROUP_ADJUSTED = /^(调整充实|调整完善|充实完善|调整|充实|完善|健全)/u;

/** Measure words that count places where a problem is found (`处`, `个点位`): conduct so counted is a 问题, never a 行为. */
const PLACE_COUNT = /^(?:处|点|点位)$/u;

/**
 * Whether a problem's name is people's conduct counted in cases (`游客践踏草坪、乱扔垃圾等不文明行为` 起): 纠正-ed, as
 * problemAction says of this period's rows; conduct counted in places (处, 点位) is a problem 整治-ed (run 33, reviewer AW,
 * 材料8 item 3).
 */
export function isConductName(name: string, unit: string): boolean {
  // Named as 行为, or every part conduct: a name with a disorder beside (`就诊秩序混乱、插队`) is a problem 整改-ed.
  const parts = name.replace(/等$/u, "").split(/[、，,和及]/u).filter(Boolean);
  return CONDUCT.test(name) && !PLACE_COUNT.test(unit) && !CONDUCT_PLACE.test(name) && !/窝点$/u.test(name) && (/行为$/u.test(name) || parts.every((p) => CONDUCT.test(p)));
}

/** Kinds of problems as named together: two (`占道堆放和卫生死角`), more the first and 等 (`占道堆放等`). */
export const kindsNamed = (names: readonly string[]): string => (names.length > 2 ? `${names[0]}等` : joinList(names));

/** Whether every name is a dispute (`物业服务纠纷`, `邻里矛盾`): 化解-d. */
export const allDisputes = (names: readonly string[]): boolean => names.length > 0 && names.every((n) => DISPUTE.test(n));

/**
 * Carried problems' kinds as said with their count (carriedByKind, and 存在的不足's open ones): two named, more the first and
 * 等; people's `conduct` as a 行为 (`乱扔垃圾问题` → `乱扔垃圾行为`, as problemAction names this period's), else with 问题 unless
 * the name closes with one (问题, 现象, 行为, 隐患) or is a dispute (`物业服务纠纷`): `就诊秩序混乱、插队问题`.
 */
export function carriedKindsNoun(names: readonly string[], conduct: boolean): string {
  const named = kindsNamed(names);
  if (conduct) return /(?:行为|现象)$/u.test(named) ? named : `${named.replace(/问题$/u, "")}行为`;
  return DISPUTE.test(named) || /(?:问题|现象|行为|隐患)$/u.test(named) ? named : `${named}问题`;
}

/** People's conduct (`高空抛物`, `闯红灯`, `违停`): 纠正-ed, named as 行为. */
const CONDUCT_WORDS = "不文明|抛物|不牵绳|未牵绳|不拴绳|未拴绳|吸烟|吐痰|插队|喧哗|乱扔|乱丢|攀爬|刻画|涂刻|踩踏|闯红灯|闯禁|违停|违章停|违法停|乱停|逆行|头盔|安全带|酒驾|醉驾|超速|超员|加塞|不礼让|未礼让|乱穿|翻越";
const CONDUCT = new RegExp(CONDUCT_WORDS, "u");

/** Illegal trade (`黑车拉客`, `非法营运`, `倒卖车票`, `强行揽客`): cases 查处-ed (new-user test 39, D24). */
const ILLEGAL_TRADE = /黑车|拉客|揽客|非法营运|非法运营|倒卖|倒票|黄牛|宰客/u;

/** A 问题类别 其他 row of illegal trade (ILLEGAL_TRADE: `黑车拉客`): 查处-ed, what is left 未处理到位 (new-user test 39, D24). */
export const isIllegalTrade = (k: RectificationFacts["byKind"][number]): boolean => k.category === "其他" && !!k.remark?.detail && problemAction(k).verb === "查处" && ILLEGAL_TRADE.test(k.remark.detail);

/** A thing without a fitting it must have (`小餐饮燃气瓶未装报警器`, `楼道未安装灭火器`): a problem named as typed (new-user test 39, D24). */
const MISSING_FITTING = /^[\u4e00-\u9fff]{2,}?(?:尚未|未|没有?)(?:安装|加装|装|配备|配置|配)[\u4e00-\u9fff]{2,8}(?:问题)?$/u;
/** MISSING_FITTING's spoken 未装/没装 said as written: `未安装`. */
const writtenFitting = (name: string): string => name.replace(/(?:尚未|未|没有?)装/u, "未安装");

/** A place or heap of a conduct (`院内吸烟点`, `赌博窝点`, `垃圾堆`): its name closes with the place, not the conduct (new-user test 39, D6). */
const CONDUCT_PLACE = new RegExp(`^[\\u4e00-\\u9fff]{2,}?(?:(?<=${CONDUCT_WORDS})(?:点|处|区|场所|堆))$`, "u");

/** Things left lying that are cleared away (`楼道杂物`, `背街垃圾`), not a throwing or dumping (`乱扔垃圾`, conduct). */
const LYING_THINGS = /^(?![\u4e00-\u9fff]*乱[扔丢倒堆放])[\u4e00-\u9fff]{2,}(?:杂物|垃圾|堆物)$/u;

/** A name that closes with a state of disorder (`就诊秩序混乱`, `停放不规范`, `清扫不到位`), after at least two characters. */
const DISORDER_STATE = /^[\u4e00-\u9fff]{2,}(?:混乱|无序|不规范|不到位|不整洁|不及时)$/u;

/**
 * What was rectified per 问题类别, grouped by action, four at most then `等` (v2 rules 3 and 10):
 * `规范占道经营36处，清理乱张贴55处、卫生死角24处`. The categories come largest first; a kind counted in 家 or 户 is
 * named without `问题` (`整治不达标商户35家`).
 * `breakdown`: the list is the parts after 其中; else a 其他 row without a name after named ones is `另……` (new-user test 39, D18).
 */
export function rectifiedByAction(kinds: RectificationFacts["byKind"], breakdown = false): Sentence {
  const byVerb = new Map<string, RectificationFacts["byKind"][number][]>();
  for (const k of kinds) byVerb.set(problemAction(k).verb, [...(byVerb.get(problemAction(k).verb) ?? []), k]);
  const b = new SentenceBuilder();
  let shown = 0;
  let first = true;
  // One category counted in several words (a roll-up of units typing 处, 起 and 宗) is named once with each figure:
  // `清理乱张贴100处、100起、100宗`, never the name three times (new-user test 21, D10).
  let categories = 0;
  for (const [verb, ks] of byVerb) {
    const byObject = new Map<string, typeof ks>();
    for (const k of ks) {
      const a = problemAction(k);
      byObject.set(a.done ?? a.object, [...(byObject.get(a.done ?? a.object) ?? []), k]);
    }
    [...byObject.entries()].forEach(([object, same], i) => {
      categories += 1;
      if (shown >= MAX_ITEMS) {
        b.from(...same.flatMap((k) => k.rectified.sources));
        return;
      }
      // Shops or households counted (家, 户) are named without `问题`, as the section says them (`整治农贸市场环境卫生不达标商户35家`,
      // never `……商户问题35家`: new-user test 36, D8).
      const shops = same.every((k) => saidAsHouseholds(k.rectified.unit, [k]));
      // A 其他 row without a name (备注 blank or a placeholder: `同上`) after named ones is told as the rest: `，另整治其他问题1起`
      // (new-user test 39, D18); in a breakdown after 其中 it is one of the parts (`其中清理乱张贴58处，整治其他问题2处`).
      const rest = !breakdown && !first && !i && same.every((k) => k.category === "其他" && !k.remark?.detail);
      b.text(i ? "、" : `${first ? "" : "，"}${rest ? `另${verb}` : verb}`).text(shops ? object.replace(/(?<=[\u4e00-\u9fff]{2})问题$/u, "") : object);
      same.forEach((k, j) => b.text(j ? "、" : "").fig(k.rectified));
      // A task part done says its plan: `完成旱厕改造10户（计划12户）` (new-user test 37, D13).
      if (same.length === 1 && isTask(same[0]) && same[0].rectified.value < same[0].figure.value) b.text("（计划").fig(same[0].figure).text("）");
      first = false;
      shown += 1;
    });
  }
  if (shown < categories) b.text("等");
  return b.build();
}

/** `60间宿舍存在违规使用大功率电器问题`: a kind counted by its place (placeCounted) with its figure. */
function placeSaid(b: SentenceBuilder, k: RectificationFacts["byKind"][number], found: Figure): SentenceBuilder {
  const p = placeCounted(k);
  return p ? b.fig(found).text(`${p.place}存在${p.problem}`) : b;
}

/**
 * Whether the 其中 breakdown after a total of problems (rectifiedByAction over the kinds with something rectified) names
 * every kind of the total: more than one kind, at most MAX_ITEMS, each with something rectified and each named (no bare
 * 其他). The total then says its class only (`排查发现各类问题21处`), the kinds being named once, in the breakdown (review
 * run 31, reviewer AU: t59-library item 3, t59-elder item 2).
 */
export function namedByBreakdown(kinds: readonly RectificationFacts["byKind"][number][]): boolean {
  return kinds.length > 1 && kinds.length <= MAX_ITEMS && kinds.every((k) => k.rectified.value > 0 && !bareOther(k));
}

/** A 问题类别 typed 其他 whose 备注 names nothing: no kind of problem to name. */
const bareOther = (k: RectificationFacts["byKind"][number]): boolean => k.category === "其他" && !k.remark?.detail;

/**
 * A problem row that is a complaint or request to handle (`群众投诉`, `12345工单`, `信访件`): 受理-d and 办结-ed, never
 * 排查-ed and 整改-ed (new-user test 31, D4: a 政务服务中心's `共排查群众投诉问题25件`).
 */
export const isComplaint = (k: RectificationFacts["byKind"][number]): boolean => k.category === "其他" && COMPLAINT.test(problemAction(k).object);


/**
 * A problem row that is a dispute (`物业服务纠纷`, `邻里矛盾`): 排查-ed and 调处化解-d, what is left 未化解, never 整改-ed
 * (new-user test 37, D22).
 */
export const isDispute = (k: RectificationFacts["byKind"][number]): boolean => k.category === "其他" && problemAction(k).verb === "化解";

/** A 问题类别 row whose 备注 names an action (`规范商铺经营招牌`): the data names what was done, not a kind of problem. */
const actionNamed = (k: RectificationFacts["byKind"][number]): boolean => (k.category === "其他" && !!k.remark?.detail && !!actionOf(k.remark.detail) && !FOUND_HOW.test(k.remark.detail)) || isTask(k);

/**
 * A problem's name that says how it was found (`入户安检发现隐患`, `巡查中发现违规线路`, `老旧小区改造中发现的飞线充电`):
 * how, the finding verb, what (a 的 after the verb is no part of what).
 */
const FOUND_HOW = /^([\u4e00-\u9fff]{2,12}?)(发现|查出|查找出|排查出|检查出)的?([\u4e00-\u9fff“”]{1,12})$/u;

/** What was found, named as a problem: `隐患`, `违规线路` as typed; a thing that no problem word closes (`飞线充电`) is its `飞线充电问题`. */
/**
 * Whether problems are counted in shops or households (问题整改 单位 户 or 家, an extension: new-user test 33): the count is of
 * the shops, so the kind is said without `问题` (`排查发现占道经营20户`, never `占道经营问题20户`).
 */
export const countsHouseholds = (unit: string | undefined): boolean => PLACE_UNITS[unit ?? ""] === "household";

/**
 * The one table of measure words that count places, not problems: 户 and 家 count households or shops (the kind said without
 * `问题`, countsHouseholds: `燃气隐患120户`, `占道经营20户`); 间, 栋, 幢 and 套 count rooms and buildings. Either, under a name
 * that opens with its place (placeCounted), counts that place (`60间宿舍存在违规使用大功率电器问题`: review run 31, AU,
 * t58-college item 2).
 */
const PLACE_UNITS: Readonly<Record<string, "household" | "place">> = { 户: "household", 家: "household", 间: "place", 栋: "place", 幢: "place", 套: "place" };

/** Places a problem's name may open with (`宿舍违规使用大功率电器`), counted by a PLACE_UNITS word. */
const PLACE_OPENING = /^(宿舍|寝室|教室|房间|病房|客房|办公室|楼栋|居民楼|住宅楼|门店|商铺|店铺|商户|住户|农户|公厕)(?!问题)([\u4e00-\u9fff“”]{3,})$/u;

/**
 * The place a problem is counted by and the problem itself, when its measure word counts places (PLACE_UNITS) and its name
 * opens with such a place: `宿舍违规使用大功率电器` 60间 → { place: 宿舍, problem: 违规使用大功率电器问题 }, said `60间宿舍存在
 * 违规使用大功率电器问题` in the body and `违规使用大功率电器问题尚有5间宿舍未整改到位` in 存在的不足, never `……问题60间`
 * (review run 31, reviewer AU, t58-college item 2). Undefined for any other kind.
 */
export function placeCounted(k: RectificationFacts["byKind"][number]): { place: string; problem: string } | undefined {
  if (!PLACE_UNITS[k.figure.unit ?? ""] || k.category !== "其他" || !k.remark?.detail) return undefined;
  const m = PLACE_OPENING.exec(problemAction(k).object.replace(/问题$/u, ""));
  return m ? { place: m[1], problem: foundProblem(m[2]) } : undefined;
}

/**
 * A kind named by its items and category (`柴草乱堆、畜禽散养等农村人居环境问题`, readRemark) as one name among others:
 * the category alone (`农村人居环境问题`), never a list inside a list (`柴草乱堆、畜禽散养等农村人居环境、占道经营等问题`:
 * new-user test 42, D10). Other names as they are.
 */
export const kindInList = (name: string): string => name.replace(/^[\u4e00-\u9fff“”]{2,10}(?:、[\u4e00-\u9fff“”]{2,10})+等(?=[\u4e00-\u9fff]{2,})/u, "");

/**
 * Several kinds of problem as one list (largest first, as given): a kind named by its items and category is its category
 * (kindInList); a kind named by its items alone (`井盖缺失、路灯不亮等`, `……等问题` without `问题`) gives its items to the
 * list, which then closes with 等 (`占道经营、井盖缺失、路灯不亮、消防安全隐患等`, never `……路灯不亮等和消防安全隐患`: new-user
 * test 47, regression of test 46's D11). `etc` says the list needs its 等; `list` is joined with 、 and 和, or with 、 alone
 * before that 等 (listWithEtc); `items` the names listed.
 */
export function kindsInList(names: readonly string[]): { readonly items: readonly string[]; readonly list: string; readonly etc: boolean } {
  let etc = false;
  const flat = names.flatMap((n) => {
    const items = /^([\u4e00-\u9fff“”]{2,10}(?:、[\u4e00-\u9fff“”]{2,10})+)等$/u.exec(n)?.[1];
    if (!items) return [kindInList(n)];
    etc = true;
    return items.split("、");
  });
  const distinct = [...new Set(flat)];
  return { items: distinct, list: etc ? listWithEtc(distinct) : joinList(distinct), etc };
}

/**
 * A name closing with a one-character action not done (`危房改造后旧房未拆`, `垃圾未清`): a problem's state, counted in 户 as
 * `……未拆问题15户`, never as households (`整改危房改造后旧房未拆9户`: new-user test 42, D9).
 */
const NOT_DONE_SHORT = /(?:尚未|还未|仍未|未|没)[拆清修改补装](?:问题)?$/u;

/** A 问题类别 其他 row whose 备注 names its problem by the thing and the action still wanted (catalog negatedActionOf: `庭院杂物乱堆未清理`). */
export const namedByNegatedAction = (k: RectificationFacts["byKind"][number]): boolean => k.category === "其他" && !!k.remark?.detail && (!!negatedActionOf(k.remark.detail) || MISSING_FITTING.test(k.remark.detail) || NOT_DONE_SHORT.test(k.remark.detail));

/**
 * Whether kinds counted in `unit` are said as the shops or households counted, without `问题` (`不达标商户35家`, `占道经营20户`):
 * counted in 户 or 家, unless every kind is named by a negated action, whose problem is the thing's (`庭院杂物乱堆问题40户`, never
 * `庭院杂物乱堆40户`: new-user test 38, D5). The one rule of the opening, the body and 存在的不足.
 */
export const saidAsHouseholds = (unit: string | undefined, kinds: RectificationFacts["byKind"]): boolean => countsHouseholds(unit) && !(kinds.length > 0 && kinds.every(namedByNegatedAction));

/** A thing found said as a problem: `飞线充电` → `飞线充电问题`; a hazard, state or conduct (`燃气隐患`, `不文明行为`) as it is. */
export const foundProblem = (what: string): string => (/(?:问题|隐患|现象|行为|情况|险情|漏洞|缺陷)$/u.test(what) ? what : `${what}问题`);

/**
 * The kind of problem a name that says how it was found names (`老旧小区改造中发现的飞线充电` → `飞线充电`), for a list of
 * kinds after `排查发现` (new-user test 33, D1: never `排查发现……中发现的飞线充电问题`); undefined for any other name.
 */
export const foundKindOf = (name: string): string | undefined => FOUND_HOW.exec(name)?.[3];

/**
 * How the 附表 names a 问题类别 row (`发现问题（…）`): its category, or for a 其他 whose 备注 names a kind of problem that name
 * as the text gives it (`小区停车乱象`, `隐患` of `入户安检发现隐患`; new-user test 35, D16: never `发现问题（其他）` beside a
 * text that says `小区停车乱象30处`). A bare 其他 and one whose 备注 names an action (`规范商铺经营招牌`) stay `其他`.
 */
export function appendixKindName(kind: RectificationFacts["byKind"][number]): string {
  if (kind.category !== "其他" || bareOther(kind) || actionNamed(kind)) return kind.category;
  return (foundKindOf(kind.remark?.detail ?? "") ?? problemAction(kind).object).replace(/问题$/u, "") || kind.category;
}

/**
 * The sentence of the one problem found as its name says (`入户安检发现隐患`): `入户安检发现隐患360处`;
 * `老旧小区改造中发现的飞线充电` is `老旧小区改造中发现飞线充电问题` (new-user test 33, D1).
 */
export const foundHowOf = (k: RectificationFacts["byKind"][number]): string | undefined => {
  const m = k.category === "其他" && k.remark?.detail ? FOUND_HOW.exec(k.remark.detail) : null;
  return m ? `${m[1]}${m[2]}${foundProblem(m[3])}` : undefined;
};

/**
 * Whether 问题整改 is told per measure word (problemPoints): problems counted in two or three words (宗 and 处), no row
 * left out, none an action, and not all rectified (new-user tests 23 D8, 25 D4: the found figures and what is still
 * open belong in the body, never only in 存在的不足). All rectified, the actions say it better (review runs 4 and 14).
 */
export function toldByWord(r: RectificationFacts): boolean {
  const kinds = r.byKind.filter((k) => k.rectified.value <= k.figure.value);
  // The same problems counted in several words (a roll-up of units typing 处, 起 and 宗) are one list of actions
  // (`清理乱张贴100处、100起、100宗`, new-user test 21, D10), never the same names once per word.
  const setOf = (unit: string): string => kinds.filter((k) => k.figure.unit === unit).map((k) => `${k.category}|${k.remark?.detail ?? ""}`).sort().join(",");
  if (new Set(r.foundByUnit.map((f) => setOf(f.unit))).size === 1) return false;
  // Four words or more are told so too when the kinds are more than a list names (MAX_ITEMS): never a kind dropped behind
  // `等` with no total covering it (new-user test 38, D3); a row named by its work (`更换破损井盖`) among them is told as that
  // work in a clause of its own (D19). A row left out for an error leaves the others' totals as they are
  // (no rate is said per word).
  return r.foundByUnit.length >= 2 && (r.foundByUnit.length <= 3 || kinds.length > MAX_ITEMS) && (!r.leftOut.length || kinds.length > MAX_ITEMS) && !kinds.some((k) => actionNamed(k) && kinds.length <= MAX_ITEMS) && kinds.some((k) => k.rectified.value < k.figure.value);
}

/**
 * Words of a 移风易俗 problem (`高额彩礼`, `大操大办`, `人情攀比`, `厚葬薄养`, `封建迷信`, `赌博`): 乡风文明 work, told in 道德建设's point
 * of 移风易俗 (moresProblemSentence), never as an environment 顽疾 整改-ed (new-user test 36, D1).
 */
const MORES_PROBLEM = /彩礼|大操大办|人情攀比|攀比之风|厚葬薄养|薄养厚葬|封建迷信|婚丧|红白喜事|赌博/u;

/**
 * Whether a 问题整改 kind is a 移风易俗 problem by its words (category and 备注 name). `赌博` of a 机关部门 (a police
 * office's 查处) is law enforcement, not 移风易俗.
 */
export function isMoresProblem(k: RectificationFacts["byKind"][number], unitType?: string): boolean {
  const words = `${k.category}${k.remark?.detail ?? ""}${k.remark?.list ?? ""}`;
  if (!MORES_PROBLEM.test(words)) return false;
  return !(unitType === "机关部门" && !MORES_PROBLEM.test(words.replace(/赌博/gu, "")));
}

/** The sum of figures of one measure word (their approximations combined, sources kept); undefined for none. */
function figureSum(figures: readonly Figure[], unit: string): Figure | undefined {
  const parts = figures.filter((f) => f.unit === unit && f.value > 0);
  if (!parts.length) return undefined;
  const value = Math.round(parts.reduce((n, f) => n + f.value, 0) * 1e6) / 1e6;
  const exact = Math.round(parts.reduce((n, f) => n + (f.exact ?? f.value), 0) * 1e6) / 1e6;
  const approx = combineApprox(parts.map((f) => f.approx));
  return { value, unit, kind: "count", ...(approx ? { approx } : {}), sources: parts.flatMap((f) => f.sources), ...(exact !== value ? { rounded: true as const, exact } : {}) };
}

/**
 * 问题整改 without its 移风易俗 problems (isMoresProblem): the kinds, totals and rate the 环境整治 point tells. The same
 * facts when there are none; when every kind is one, no kinds (the carried problems and rows left out stay).
 */
export function withoutMoresProblems(r: RectificationFacts, unitType?: string): RectificationFacts {
  const byKind = r.byKind.filter((k) => !isMoresProblem(k, unitType));
  if (byKind.length === r.byKind.length) return r;
  const units = [...new Set(byKind.map((k) => k.figure.unit))];
  const foundByUnit = units.map((u) => figureSum(byKind.map((k) => k.figure), u)).filter((f): f is Figure => !!f);
  const rectifiedByUnit = units.map((u) => figureSum(byKind.map((k) => k.rectified), u)).filter((f): f is Figure => !!f);
  const openByUnit = units.flatMap((u): Figure[] => {
    const ks = byKind.filter((k) => k.figure.unit === u);
    const open = ks.reduce((n, k) => n + (k.figure.exact ?? k.figure.value) - (k.rectified.exact ?? k.rectified.value), 0);
    return open > 0 ? [{ value: open, unit: u, kind: "count", sources: ks.flatMap((k) => [...k.figure.sources, ...k.rectified.sources]) }] : [];
  });
  const rate = foundByUnit.length === 1 ? rateOf(rectifiedByUnit[0], foundByUnit[0]) : undefined;
  return { ...r, byKind, foundByUnit, rectifiedByUnit, openByUnit, ...(rate ? { rate } : { rate: undefined }) };
}

/**
 * The sentence of a unit's 移风易俗 problems (isMoresProblem) in 道德建设's point of 移风易俗 (new-user test 36, D1), or
 * undefined when there are none: all put right, `劝导纠正高额彩礼、大操大办问题12起`; else `排查发现高额彩礼、大操大办问题12起，
 * 已劝导纠正10起` (what is still open goes to 存在的不足). A name that closes with its action (`大操大办劝导`) keeps it.
 */
export function moresProblemSentence(ctx: Ctx): Sentence | undefined {
  const kinds = ctx.facts.rectification.byKind.filter((k) => k.rectified.value <= k.figure.value && isMoresProblem(k, ctx.facts.profile.unitType));
  if (!kinds.length) return undefined;
  const b = new SentenceBuilder();
  const units = [...new Set(kinds.map((k) => k.figure.unit))];
  units.forEach((u, i) => {
    const group = kinds.filter((k) => k.figure.unit === u).sort((a, c) => c.figure.value - a.figure.value);
    const names = group.slice(0, 3).map((k) => (bareOther(k) ? "" : problemAction(k).object.replace(/(?:问题|现象|行为)$/u, ""))).filter(Boolean);
    const name = `${joinList(names)}${group.length > names.length && names.length ? "等" : ""}问题`;
    const verbs = [...new Set(group.map((k) => problemAction(k).verb))];
    const verb = verbs.length === 1 && /^劝[导阻]$/u.test(verbs[0]) ? verbs[0] : "劝导纠正";
    const found = figureSum(group.map((k) => k.figure), u);
    const rectified = figureSum(group.map((k) => k.rectified), u);
    if (!found) return;
    const done = group.every((k) => k.rectified.value === k.figure.value && !k.figure.approx);
    b.text(i ? "；" : "");
    if (done) b.text(`${verb}${name}`).fig(found).from(...(rectified?.sources ?? []));
    else {
      b.text(`排查发现${name}`).fig(found);
      if (rectified) b.text(`，已${verb}`).fig(rectified);
      else b.text("，正在劝导纠正");
    }
  });
  return b.text("。").build();
}

/**
 * 问题整改 (v2 rules 3, 9, 10): found and rectified totals only over like units, with the rate only
 * then; the categories as `{action}{object}{rectified}` grouped by action, four at most; `均已整改到位`
 * when everything found was rectified. Categories with more rectified than found (possible only when
 * errors were overridden) are never told as results; open problems go to 存在的不足.
 */
export function problemPoints(ctx: Ctx): Point[] {
  // 移风易俗 problems (高额彩礼、大操大办) are told in 道德建设 (new-user test 36, D1): never an environment 顽疾.
  const r = withoutMoresProblems(ctx.facts.rectification, ctx.facts.profile.unitType);
  const kinds = r.byKind.filter((k) => k.rectified.value <= k.figure.value);
  // v1.2: problems carried from the previous period are told apart, after this period's (issue #17).
  // Not when a 上期打算's 落实情况 states their outcome (review run 34, AX 材料3 item 5: never `上期遗留问题3处，均已整改到位。`
  // beside `本期3处卫生死角已全部整改到位`).
  const carried = carriedToldByProgress(ctx.facts, r.carried) ? undefined : carriedSentence(r.carried);
  if (!kinds.length) return carried ? [{ id: "problems", lead: ctx.profile.leads.problems, sentences: [carried] }] : [];
  const sentences: Sentence[] = [];
  const sameUnit = r.foundByUnit.length === 1 && r.rectifiedByUnit.length <= 1;
  // A row left out for an error (已整改数 > 发现数) leaves the totals incomplete: no `均已整改到位`, no rate (new-user test 4, D3).
  const complete = !r.leftOut.length;
  // `百余` found and 100 rectified is not known to be all done (new-user test 24, D17): no 均已整改到位 over it.
  const allDone = complete && kinds.every((k) => k.rectified.value === k.figure.value && !approxFound(k));
  // A bare 其他 names no kind of problem: it goes last, never first (new-user test 27, D4).
  const top = [...kinds].sort((a, c) => Number(bareOther(a)) - Number(bareOther(c)) || c.figure.value - a.figure.value);
  // A total sentence names kinds of problem; when the data names only actions (`规范商铺经营招牌`), the actions are told instead.
  if (sameUnit && kinds.length === r.byKind.length && !kinds.every(actionNamed)) {
    // The kinds named are those the data names as kinds of problem (not actions such as 规范商铺经营招牌).
    // A bare 其他 is no name: alone it is `各类问题`, beside named kinds their `等` (new-user test 27, D4).
    const nameable = top.filter((k) => !actionNamed(k) && !bareOther(k));
    // `纠正不文明养犬行为` is a kind of problem as `不文明养犬问题` (new-user test 32, D3); `乱停行为` as `乱停问题`, never
    // `乱停行为问题` (new-user test 40, D10).
    // A name that says how the problem was found is its kind after `排查发现` (`乱张贴和飞线充电问题`; new-user test 33, D1).
    const kindName = (k: (typeof top)[number]): string => ((k.category === "其他" ? foundKindOf(k.remark?.detail ?? "") : undefined) ?? problemAction(k).object).replace(/问题$/u, "").replace(/^(不文明.+?)行为$/u, "$1").replace(/(?<=[\u4e00-\u9fff]{4})行为$/u, "");
    const names = nameable.slice(0, 3).map(kindName);
    // One kind with a local name and place in 备注 (`枣园村“四堆六乱”`): `枣园村“四堆六乱”等卫生死角问题` (review run 14).
    const inList = names.length > 1 || top.length > names.length ? kindsInList(names) : { list: joinList(names), etc: false };
    const local = top.length === 1 && names.length === 1 && /^“[^”]+”$/u.test(top[0].remark?.detail ?? "") ? `${top[0].remark?.places[0] ?? ""}${top[0].remark?.detail}等` : "";
    const kinds = names.length ? `${local}${inList.list}${top.length > names.length || inList.etc ? "等" : ""}` : "各类";
    // `100余` + 32 found beside 132 rectified would print `130余处，已整改132处` (more rectified than found): the lower bound
    // the found figures and the rectified one prove, `132处以上` (new-user test 24, D17): the larger of the two — 80 + 15 +
    // `百余` found beside 191 rectified is `195处以上`, never `191处以上` (new-user test 28, D5).
    const found = r.foundByUnit[0];
    // `三十余` + 15 found, said `40余`, beside 43 rectified: the parts one by one, as typed (`院内吸烟点30余处、卫生死角15处，
    // 已整改43处`), no total and no rate (review run 27, 材料3 item 2; four kinds at most, v2 rule 10).
    const itemised = top.length > 1 && top.length <= 4 && overAtOrBelow(found, r.rectifiedByUnit[0]);
    const under = !itemised && found.approx === "over" && !r.rectifiedByUnit[0]?.approx && (r.rectifiedByUnit[0]?.value ?? 0) > overStated(found);
    // Complaints only: `受理群众投诉25件，均已办结` (new-user test 31, D4).
    const complaints = top.every(isComplaint);
    // Disputes only: `排查物业服务纠纷48起，已调处化解45起` (new-user test 37, D22).
    const disputes = !complaints && top.every(isDispute);
    // One problem named by how it was found says it in its own words: `入户安检发现隐患360处，已整改352处` (new-user test 32, D18).
    const ownWords = top.length === 1 ? foundHowOf(top[0]) : undefined;
    // Places of conduct only (`院内吸烟点`): `排查发现院内吸烟点12处，已取缔10处` (new-user test 39, D6).
    const banned = !complaints && !disputes && top.every((k) => problemAction(k).verb === "取缔");
    // Illegal trade only (`黑车拉客`): `排查发现黑车拉客40起，已查处35起`, no 问题 and no rate (new-user test 39, D24).
    const seized = !complaints && !disputes && top.every(isIllegalTrade);
    // People's conduct only (`学生不文明行为`) is 纠正-ed and named as 行为: `纠正学生不文明行为15件`, never `……问题15件，均已整改到位`
    // (new-user test 39, D9).
    const conduct = !complaints && !disputes && !banned && !seized && names.length > 0 && top.every((k) => problemAction(k).verb === "纠正");
    // Hazards named as such (`消防通道堆放杂物、灭火器过期等消防安全隐患`) take no `问题` after them (new-user test 46, D11).
    const noun = conduct ? (/(?:行为|现象)$/u.test(kinds) ? "" : "行为") : (names.length && saidAsHouseholds(found.unit, nameable)) || banned || seized || /隐患$/u.test(kinds) ? "" : "问题";
    const corrected = conduct && allDone && !under;
    // A breakdown after 其中 that names every kind leaves the total its class only: `排查发现各类问题21处，……其中整改阅览室
    // 座椅破损问题15处，清理卫生死角5处`, never the kinds twice (review run 31, AU: t59-library item 3; namedByBreakdown).
    const total = noun === "问题" && !ownWords && !local && namedByBreakdown(top) ? "各类" : kinds;
    const b = new SentenceBuilder();
    if (itemised) {
      b.text(complaints ? takenIn(kinds) : disputes ? "排查" : ctx.profile.phrases.problemsFound);
      top.forEach((k, i) => b.text(i ? "、" : "").text(bareOther(k) ? "其他问题" : kindName(k)).fig(k.figure));
    } else if (top.length === 1 && !complaints && !disputes && !conduct && !under && !ownWords && placeCounted(top[0])) placeSaid(b.text(ctx.profile.phrases.problemsFound), top[0], found);
    else b.text(complaints ? `${takenIn(kinds)}${kinds}` : disputes ? `排查${kinds}` : corrected ? `纠正${kinds}${noun}` : ownWords ?? `${ctx.profile.phrases.problemsFound}${total}${noun}`).fig(under ? { ...found, value: Math.max(found.exact ?? found.value, r.rectifiedByUnit[0].value), approx: undefined, rounded: undefined } : found).text(under ? "以上" : "");
    if (corrected) b.text("");
    else if (allDone && complaints && stepOfAll(top)) b.text(`，${r.foundByUnit[0].value > 1 ? "均" : ""}已${stepOfAll(top) ?? ""}`).from(...r.rectifiedByUnit.flatMap((f) => f.sources));
    else if (allDone) b.text(complaints ? "，均已办结" : disputes ? "，均已调处化解" : banned ? "，均已取缔" : seized ? "，均已查处" : "，均已整改到位").from(...r.rectifiedByUnit.flatMap((f) => f.sources));
    else if (hiddenOpen(found, r.rectifiedByUnit[0], top) && !under && !complaints && !disputes) {
      // Rough totals that round alike (`45 + 百余` found, `40 + 百余` rectified: both `140余`) would read as all done
      // (new-user test 33, D15): the rows still open are named, `除乱张贴5处外均已整改到位`.
      const open = hiddenOpen(found, r.rectifiedByUnit[0], top) ?? [];
      b.text("，除");
      open.forEach((k, i) => b.text(i ? "、" : "").text(open.length > 1 || top.length > 1 ? problemAction(k).object.replace(/问题$/u, "") : "").fig({ value: k.figure.value - k.rectified.value, unit: k.figure.unit, kind: "count", sources: [...k.figure.sources, ...k.rectified.sources] }));
      b.text("外均已整改到位");
    } else if (r.rectifiedByUnit.length) {
      b.text(complaints ? "，已办结" : disputes ? "，已调处化解" : banned ? "，已取缔" : seized ? "，已查处" : conduct ? "，已纠正" : "，已整改").fig(r.rectifiedByUnit[0]);
      // A rate over an `about` count (约40) would be false precision (new-user test 25, D3): not said.
      if (complete && !seized && r.rate && r.rate.value <= 100 && r.rate.approx !== "about") b.text(complaints ? "，办结率为" : disputes ? "，化解率为" : "，整改率为").fig(r.rate);
    }
    sentences.push(b.text("。").build());
  } else if (toldByWord(r)) {
    // Problems counted in different measure words (宗 and 处), not all rectified: each word's problems with what was
    // found and rectified, never one total or rate over both (v2 rule 3; new-user tests 23 D8, 25 D4):
    // `巡查发现乱摆乱卖问题150宗，已整改138宗；占道经营问题20处，均已整改到位。`
    // A word whose rows mix complaints or disputes with problems found (`路灯维修` and `居民投诉出租屋垃圾乱倒`, both 件) is
    // told as two clauses, each with its own total: the problems 整改-ed, the complaints 办结-ed (new-user test 38, D3).
    // A task (`路灯维修`) among many kinds is 完成-d in a clause of its own (`路灯维修6件，已完成4件`).
    // A row named by the work done (`更换破损井盖`) among many kinds is that work, in a clause of its own: `更换破损井盖3个`,
    // never `破损井盖问题3个，均已整改到位` (new-user test 38, D19).
    const classOf = (k: (typeof top)[number]): string => (isTask(k) ? "task" : actionNamed(k) ? "action" : isComplaint(k) ? "complaint" : isDispute(k) ? "dispute" : "");
    const parts = r.foundByUnit.flatMap((found) => {
      const group = top.filter((k) => k.figure.unit === found.unit);
      const classes = [...new Set(group.map(classOf))];
      if (classes.length === 1) return [{ found, group, rectified: r.rectifiedByUnit.find((f) => f.unit === found.unit) }];
      return classes.map((c) => {
        const part = group.filter((k) => classOf(k) === c);
        return { found: figureSum(part.map((k) => k.figure), found.unit) ?? found, group: part, rectified: figureSum(part.map((k) => k.rectified), found.unit), split: c };
      });
    });
    const all = parts.map(({ found, group, rectified, split }: { found: Figure; group: typeof top; rectified?: Figure; split?: string }) => {
      // Conduct is 纠正-ed and named as 行为 (`行人闯红灯行为320起，已纠正300起`).
      const conduct = group.every((k) => problemAction(k).verb === "纠正");
      // Cases persuaded (`大操大办劝导`) are 劝导-ed, never 整改-ed (new-user test 31, D2).
      const persuaded = !conduct && group.every((k) => /^劝[导阻]$/u.test(problemAction(k).verb));
      // Places of conduct (`院内吸烟点`) are 取缔-ed and named as places, never `院内吸烟点问题……均已整改到位` (new-user test 39, D6).
      const banned = group.every((k) => problemAction(k).verb === "取缔");
      // Illegal trade (`黑车拉客`) is 查处-ed, never 整改-ed nor a 问题 (new-user test 39, D24).
      const seized = group.every(isIllegalTrade);
      const named = group.some((k) => !bareOther(k)) ? group.filter((k) => !bareOther(k)) : group;
      // A task said verb first elsewhere (`维修路灯2个`) is named here as typed, its total then 完成-d (`路灯维修6件，已完成4件`).
      const nameOf = (k: (typeof top)[number]): string => {
        const { verb, object } = problemAction(k);
        return isTask(k) && verb !== "完成" ? `${object}${verb}` : object.replace(/(?:问题|行为)$/u, "");
      };
      const names = named.slice(0, 3).map(nameOf);
      const inList = names.length > 1 || named.length > names.length ? kindsInList(names) : { list: joinList(names), etc: false };
      // Complaints are received and closed (`受理投诉举报1200件，已办结1150件`), never found and rectified (new-user test 33, D3).
      const complaint = split === "complaint" || group.every((k) => isComplaint(k) && problemAction(k).verb === "办结");
      const dispute = group.every(isDispute);
      const task = group.every(isTask);
      const acted = group.every((k) => actionNamed(k) && !isTask(k));
      return { found, rectified, conduct, persuaded, banned, seized, group, complaint, dispute, task, acted, name: `${inList.list}${group.length > names.length || inList.etc ? "等" : ""}${(complaint && group.every((k) => problemAction(k).verb === "办结")) || dispute || task || banned || seized ? "" : conduct ? "行为" : saidAsHouseholds(found.unit, named) && named.some((k) => !bareOther(k)) ? "" : "问题"}`, done: group.every((k) => k.rectified.value === k.figure.value && !approxFound(k)) };
    });
    // The complaints come after the problems found, in a clause of their own: `巡查发现占道经营问题80处，已整改76处；受理投诉举报
    // 1200件，已办结1150件`, never `巡查发现受理……`.
    // Disputes come after them too, 排查-ed and 调处化解-d (`；排查物业服务纠纷48起，已调处化解45起`: new-user test 37, D22).
    const words = all.filter((w) => !w.complaint && !w.dispute && !w.acted);
    const acted = all.filter((w) => w.acted && !w.complaint && !w.dispute);
    const complaints = all.filter((w) => w.complaint);
    const disputes = all.filter((w) => w.dispute && !w.complaint);
    const b = new SentenceBuilder().text(words.length ? ctx.profile.phrases.problemsFound : "");
    // The words still open first, each with what was rectified; those done after, once: `……；过期食品问题7批次、卫生死角
    // 问题9处，均已整改到位` (never 均已整改到位 twice).
    // Problems of a bare 其他 only come last, after the named kinds (new-user test 27, D4).
    const otherOnly = (w: (typeof words)[number]): boolean => w.group.every(bareOther);
    const open = words.filter((w) => !w.done && !otherOnly(w));
    const done = words.filter((w) => w.done).sort((x, y) => Number(otherOnly(x)) - Number(otherOnly(y)));
    const openOther = words.filter((w) => !w.done && otherOnly(w));
    // After a breakdown (`其中清理卫生死角452处，……`) the next problems need their frame again: `；另有其他问题56户，已整改50户`,
    // never the verbless `；其他问题56户，已整改50户` read as one more part (new-user test 50, D5).
    // Said once: a second breakdown's next problems go on as the list of the first (never `另有……；另有……`).
    let broken = false;
    let another = false;
    const otherWord = (): string => (broken && !another ? ((another = true), "另有") : "");
    open.forEach((w, i) => {
      b.text(i ? "；" : "").text(otherWord());
      // A 余 total said round would not exceed what was rectified: its kinds one by one (overAtOrBelow; review run 27, 材料3 item 2).
      if (w.group.length > 1 && w.group.length <= 4 && overAtOrBelow(w.found, w.rectified)) w.group.forEach((k, j) => b.text(j ? "、" : "").text(bareOther(k) ? "其他问题" : problemAction(k).object.replace(/(?:问题|行为)$/u, "")).fig(k.figure));
      else if (w.group.length === 1 && placeCounted(w.group[0])) placeSaid(b, w.group[0], w.found);
      // Its breakdown naming every kind, the first word's total is its class only (`各类问题13处`: review run 31, AU, t59-elder
      // item 2); a later one keeps its kinds (`另有乱张贴和违章搭建问题1296处`, never `另有各类问题`).
      else b.text(!i && /问题$/u.test(w.name) && namedByBreakdown(w.group) ? "各类问题" : w.name).fig(w.found);
      if (w.rectified) b.text(`，已${w.conduct ? "纠正" : w.persuaded ? problemAction(w.group[0]).verb : w.task ? "完成" : w.banned ? "取缔" : w.seized ? "查处" : "整改"}`).fig(w.rectified);
      // None rectified yet is said, never left for a later `均已整改到位` to cover (new-user test 30, D13).
      else b.text(`，正在${w.conduct ? "处理" : "整改"}`);
      // Its own breakdown right after it, never after the other words (new-user test 26, D4: `其中` read as the last one's).
      const parts = w.group.filter((k) => k.rectified.value > 0);
      if (parts.length > 1) {
        const list = rectifiedByAction(parts, true);
        b.text("，其中").text(list.text).from(...list.sources);
        broken = true;
      }
    });
    done.forEach((w, i) => {
      b.text(i ? "、" : open.length ? "；" : "").text(!i ? otherWord() : "");
      if (w.group.length === 1 && placeCounted(w.group[0])) placeSaid(b, w.group[0], w.found);
      else b.text(w.name).fig(w.found);
      b.from(...(w.rectified?.sources ?? []));
    });
    if (done.length) {
      const many = done.length > 1 || done[0].found.value > 1 ? "均" : "";
      b.text(done.every((w) => w.conduct) ? `，${many}已纠正` : done.every((w) => w.banned) ? `，${many}已取缔` : done.every((w) => w.seized) ? `，${many}已查处` : `，${many}已整改到位`);
    }
    openOther.forEach((w, i) => {
      b.text(i || open.length || done.length ? "；" : "").text(!i && !done.length ? otherWord() : "").text(w.name).fig(w.found);
      if (w.rectified) b.text(`，已${w.conduct ? "纠正" : "整改"}`).fig(w.rectified);
    });
    // Work named by its action (`更换破损井盖`): done, `更换破损井盖3个`; else `需更换破损井盖5个，已更换3个`, each row as typed.
    acted.forEach((w, i) => w.group.forEach((k, j) => {
      const a = problemAction(k);
      b.text(i || j || words.length ? "；" : "");
      if (k.rectified.value === k.figure.value && !approxFound(k)) b.text(`${a.verb}${a.object}`).fig(k.rectified);
      else b.text(`需${a.verb}${a.object}`).fig(k.figure).text(`，已${a.verb}`).fig(k.rectified);
    }));
    complaints.forEach((w, i) => {
      b.text(i || words.length || acted.length ? "；" : "");
      // Leads a 其他指标 row says were surveyed come after it, in its measure word: `摸排公益诉讼线索15条，办理8条` (run 30, AT).
      const surveyed = w.group.length === 1 && w.done ? surveyedLeadsRow(ctx.facts, w.group[0]) : undefined;
      if (surveyed) b.text(surveyed.name.trim()).fig(surveyed.figure).text(`，${takenIn(w.name)}`).fig({ ...w.found, unit: surveyed.figure.unit });
      else b.text(`${takenIn(w.name)}${w.name}`).fig(w.found);
      // The step the 备注 says all came to (`均已发出诉前检察建议`), never `均已办结` over it (new-user test 57, D12).
      const step = w.done ? stepOfAll(w.group) : undefined;
      if (step) b.text(`，${w.found.value > 1 ? "均" : ""}已${step}`).from(...(w.rectified?.sources ?? []));
      else if (w.done) b.text(w.found.value > 1 ? "，均已办结" : "，已办结").from(...(w.rectified?.sources ?? []));
      else if (w.rectified) b.text("，已办结").fig(w.rectified);
      else b.text("，正在办理");
    });
    disputes.forEach((w, i) => {
      b.text(i || words.length || acted.length || complaints.length ? "；" : "").text(`排查${w.name}`).fig(w.found);
      if (w.done) b.text(w.found.value > 1 ? "，均已调处化解" : "，已调处化解").from(...(w.rectified?.sources ?? []));
      else if (w.rectified) b.text("，已调处化解").fig(w.rectified);
      else b.text("，正在调处");
    });
    sentences.push(b.text("。").build());
  }
  // Per category, grouped by action: what was done (the rectified figure), largest first. Told by measure word, the open
  // words are broken down in place and the words done need none.
  // A bare 其他 (its 备注 naming nothing) beside named kinds is no part to name: its figure is in the total only, never
  // `其中整治占道堆放2处、其他问题2处` (new-user test 61, D8).
  const done = sentences.length && !sameUnit ? [] : top.filter((k) => k.rectified.value > 0 && !(sentences.length && bareOther(k) && top.some((x) => !bareOther(x))));
  if (done.length && (done.length > 1 || !sentences.length)) {
    const b = new SentenceBuilder().text(sentences.length ? "其中" : "");
    // Parts of a total said in 万 (`2.1万余处`) take its form where they are as rough (`其中清理乱张贴2万余处`,
    // not `20000余处`: review run 17, one form in one sentence).
    const total = r.foundByUnit[0];
    const inWan = (f: Figure): Figure => (f.approx && f.value >= 10000 && f.value % 1000 === 0 ? { ...f, rounded: true } : f);
    const list = rectifiedByAction(sentences.length && total?.rounded && total.value >= 10000 ? done.map((k) => ({ ...k, figure: inWan(k.figure), rectified: inWan(k.rectified) })) : done, sentences.length > 0);
    b.text(list.text).from(...list.sources);
    // A place that is the unit's whole ground (`院区` of a hospital, `辖区`) or that the section's heading names says
    // nothing as a 重点 (new-user test 26, D21: `重点是院区` under `整治院区环境`).
    const heading = ctx.profile.headings.environment ?? "";
    const telling = (place: string): boolean => !WHOLE_GROUND.test(place) && !heading.includes(place);
    const places = [...new Set(done.flatMap((k) => k.remark?.places ?? []))].filter(telling).slice(0, 3);
    // A place one kind's 备注 names is no 重点 of all the kinds listed (new-user test 30, D11: `……卫生死角1处，重点是垃圾池周边`
    // after four kinds): said only when every kind names one.
    const everyKind = done.every((k) => (k.remark?.places ?? []).some(telling));
    if (places.length && everyKind) b.text(`，重点是${joinList(places)}${places.length > 2 ? "等处" : ""}`);
    // An action already says the work is done (`清理乱张贴110余处`): no `均已整改到位` after it.
    sentences.push(b.text("。").build());
  }
  if (carried) sentences.push(carried);
  return [{ id: "problems", lead: ctx.profile.leads.problems, sentences }];
}

/**
 * The step every kind of a group of leads or complaints came to, as its 备注 says (RemarkReading.step: `发出诉前检察建议`),
 * said `均已发出诉前检察建议` instead of `均已办结` (new-user test 57, D12; review run 30, reviewer AT). Undefined when a kind
 * says none or the kinds say different steps.
 */
export function stepOfAll(kinds: readonly RectificationFacts["byKind"][number][]): string | undefined {
  const steps = new Set(kinds.map((k) => k.remark?.step));
  const [step] = steps;
  return steps.size === 1 ? step : undefined;
}

/**
 * The 其他指标 row of 环境整治 that counts the leads a 问题整改 row handles as surveyed (`摸排公益诉讼线索` 15条 beside 其他
 * `公益诉讼线索` 8件, new-user test 57, D12; review run 30, reviewer AT): its name, its leading verb cut (catalog actionOf),
 * is the row's lead (its 备注's name, or 问题类别, ending in 线索), its figure an exact count above the leads handled, and
 * it has no 备注, 频次 or stage of its own. The problems' sentence tells it first (`摸排公益诉讼线索15条，办理8条`); undefined
 * otherwise.
 */
export function surveyedLeadsRow(facts: Pick<Facts, "figures">, kind: RectificationFacts["byKind"][number]): FigureRow | undefined {
  const lead = kind.category === "其他" ? kind.remark?.detail ?? "" : kind.category;
  if (!/线索$/u.test(lead) || kind.figure.approx) return undefined;
  const rows = facts.figures.filter((f) => {
    const name = f.name.trim();
    const verb = actionOf(name);
    if (!verb || !name.startsWith(verb) || name.slice(verb.length) !== lead || f.sectionId !== "environment") return false;
    return f.figure.kind === "count" && !f.figure.approx && f.figure.value > kind.figure.value && !f.remark?.trim() && !f.reading?.frequency && !f.reading?.stage;
  });
  return rows.length === 1 ? rows[0] : undefined;
}

/**
 * The categories still open when a rough found total and a rough rectified total print alike (`140余处` and `140余处`)
 * though their exact parts differ (new-user test 33, D15): each such category typed exactly on both sides, so its open
 * count (发现数 − 已整改数) is known. Undefined when the totals print differently, or an open category is rough.
 */
export function hiddenOpen(found: Figure | undefined, rectified: Figure | undefined, kinds: RectificationFacts["byKind"]): RectificationFacts["byKind"] | undefined {
  if (!found?.approx || !rectified?.approx || found.approx !== rectified.approx || found.value !== rectified.value || found.unit !== rectified.unit) return undefined;
  if ((rectified.exact ?? rectified.value) >= (found.exact ?? found.value)) return undefined;
  const open = kinds.filter((k) => k.rectified.value < k.figure.value);
  return open.length && open.every((k) => !k.figure.approx && !k.rectified.approx) ? open : undefined;
}

/**
 * A category whose 发现数 is a "more than" or "about" figure (`百余`, `约100`) and whose 已整改数 is that figure typed exactly:
 * not known to be all rectified (new-user test 24, D17, check rect.approx-found). The same rough figure typed in both
 * (`60余` and `60余`) says all were (review runs 5, 14, 17: `……60余处，均已整改到位`).
 */
export function approxFound(k: { readonly figure: Figure; readonly rectified: Figure }): boolean {
  return k.rectified.value === k.figure.value && !k.rectified.approx && (k.figure.approx === "over" || k.figure.approx === "about");
}

/** How the sentence of the problems the previous period left begins (`上期遗留问题36处，已整改29处。`). */
export const CARRIED_OPENING = "上期遗留问题";

/**
 * 上期遗留 problems in several measure words, told per measure word with the kinds it counts (new-user test 37, D10):
 * `上期遗留的3起物业服务纠纷已全部化解，7处占道堆放和犬只粪便未清理问题已整改4处。`, never `上期遗留问题3起、7处，已整改3起、
 * 4处` (a form line). Two kinds are named, more as the first and 等; undefined for one measure word or a kind unnamed.
 */
function carriedByKind(carried: NonNullable<RectificationFacts["carried"]>): Sentence | undefined {
  const kinds = carried.kinds;
  if (carried.found.length < 2 || !kinds || kinds.length !== carried.found.length || kinds.some((k) => !k.length || k.some((n) => !n))) return undefined;
  const b = new SentenceBuilder().text("上期遗留的");
  carried.found.forEach((found, i) => {
    const names = kinds[i];
    const disputes = allDisputes(names);
    // People's conduct counted in cases is 纠正-ed, as this period's is (`已纠正22起`): `上期遗留的2起游客践踏草坪、乱扔垃圾等
    // 不文明行为已全部纠正`, never `……已全部整改到位` (run 33, reviewer AW, 材料8 item 3).
    const conduct = !disputes && names.every((n) => isConductName(n, found.unit));
    const noun = carriedKindsNoun(names, conduct);
    const done = carried.rectified.find((f) => f.unit === found.unit);
    b.text(i ? "，" : "").fig(found).text(noun);
    if (!done || done.value <= 0) b.text(conduct ? "正在纠正" : "正在整改").from(...(done?.sources ?? []));
    else if (done.value >= found.value && !done.approx && !found.approx) b.text(`已${found.value > 1 ? "全部" : ""}${disputes ? "化解" : conduct ? "纠正" : "整改到位"}`).from(...done.sources);
    else b.text(conduct ? "已纠正" : "已整改").fig(done);
  });
  return b.text("。").build();
}

/**
 * True when every problem carried from the previous period is closed and a 上期打算's 落实情况 states that (`3处卫生死角已全部
 * 整改到位`): each carried count, exact, with its measure word (`3处`) in one 落实情况 that says it done (已…整改/化解/纠正/完成).
 * The carried sentence is then not told again (review run 34, reviewer AX, 材料3 item 5). Pure.
 */
export function carriedToldByProgress(facts: Facts, carried: RectificationFacts["carried"]): boolean {
  if (!carried?.found.length || carried.open.length || carried.found.some((f) => f.approx)) return false;
  return facts.texts.some((t) => t.kind === "上期打算" && !!t.progress && /已(?:经)?(?:全部|均)?(?:整改|化解|纠正|完成|清理|处理)/u.test(t.progress)
    && carried.found.every((f) => new RegExp(`(?<!\\d)${f.value}${f.unit}`, "u").test(t.progress ?? "")));
}

/**
 * 上期遗留 problems and their outcome, from the rows (v1.2, issue #17): `上期遗留问题5处，已整改4处。`,
 * `……，均已整改到位。` when none is left; nothing when none was rectified (存在的不足 tells it); units never added.
 * Disputes alone are 化解-ed: `上期遗留矛盾纠纷2起，均已化解。`
 */
export function carriedSentence(carried: RectificationFacts["carried"]): Sentence | undefined {
  if (!carried?.found.length) return undefined;
  if (!carried.rectified.some((f) => f.value > 0)) return undefined;
  const byKind = carriedByKind(carried);
  if (byKind) return byKind;
  // Disputes left are settled (`上期遗留矛盾纠纷2起，均已化解`), never `整改到位` (new-user test 67, D6).
  const disputes = !!carried.kinds?.length && carried.kinds.every((names) => allDisputes(names));
  const b = new SentenceBuilder().text(disputes ? "上期遗留矛盾纠纷" : CARRIED_OPENING);
  carried.found.forEach((f, i) => b.text(i ? "、" : "").fig(f));
  const done = carried.rectified.filter((f) => f.value > 0);
  // Nothing rectified is no work done: told under 存在的不足 only.
  if (!done.length) return undefined;
  // 均 needs more than one (`上期遗留问题1处已整改到位`, new-user test 25, D12).
  const result = disputes ? "已化解" : "已整改到位";
  if (!carried.open.length) b.text(carried.found.length > 1 || carried.found[0].value > 1 ? `，均${result}` : `，${result}`).from(...carried.rectified.flatMap((f) => f.sources));
  else {
    b.text(disputes ? "，已化解" : "，已整改");
    done.forEach((f, i) => b.text(i ? "、" : "").fig(f));
  }
  return b.text("。").build();
}

/**
 * The name a publicity total is told by when its one 位置或内容 names the thing more closely than its 类型 (`村主干道文化墙`
 * for 墙绘, `公益宣传牌` for 公益广告), else undefined. A 墙绘's wall (`村委会外墙`) is where it is painted, not the thing
 * (new-user test 32, D5); a screen named more closely (`车载移动电视` for 电子屏) is that screen (new-user test 33, D18); a
 * 墙绘 named by its theme (`乡风文明墙绘`) is that painting (new-user test 34, D14). Used by a unit's text and the
 * roll-up alike (new-user test 35, D17: `全镇共绘制村主干道文化墙600平方米`).
 */
export function publicityThingName(t: CategoryTotal): string | undefined {
  return t.details.length === 1 && adCarrier(t) === undefined && (/^[\u4e00-\u9fff]{2,8}(?:牌|栏|屏|板|墙|画|灯箱)$/u.test(t.details[0]) || (t.category === "墙绘" && /^[\u4e00-\u9fff]{2,8}墙绘$/u.test(t.details[0])) || (t.category === "电子屏" && /^[\u4e00-\u9fff]{2,8}(?:电视|显示器)$/u.test(t.details[0]))) && !(t.category === "墙绘" && /(?:外墙|围墙|墙面|墙体|山墙)$/u.test(t.details[0])) && !isPlace(t.details[0]) && !actionOf(t.details[0]) ? t.details[0] : undefined;
}

/**
 * Things that carry a 公益广告 (`航站楼灯箱`, `候机大厅宣传栏`, `到达厅LED屏`, `文化墙`): a 位置或内容 naming one says
 * where the ads are, never the thing counted (new-user test 37, D17: `在航站楼灯箱设置公益广告150块`, never `设置航站楼灯箱
 * 150块`). A bare 屏 or 墙 names no carrier; a name with 广告 in it (`公益广告牌`) is the ad itself.
 */
const AD_CARRIER = /^(?:[\u4e00-\u9fffA-Za-z]{0,12}(?:灯箱|宣传栏|公示栏|橱窗|围挡)|[\u4e00-\u9fffA-Za-z]{1,12}(?:屏|墙))$/u;

/**
 * The one 位置或内容 of a 公益广告 total that is the carrier the ads are on (`航站楼灯箱`), else undefined (see AD_CARRIER).
 * A carrier typed with the ads it plays (`大堂LED屏播放公益广告`, `超市入口LED屏滚动播放公益广告`, as a 类别 sheet's 工作内容
 * is imported: new-user test 69, D9) is that carrier: `在大堂LED屏投放公益广告2块`, never `播放公益广告2块`.
 */
function adCarrier(t: CategoryTotal): string | undefined {
  if (t.category !== "公益广告" || t.details.length !== 1) return undefined;
  const d = stripEnd(t.details[0]).replace(/(?<=屏)(?:上|中)?(?:滚动|循环)?(?:播放|展示|投放)公益广告$/u, "");
  return AD_CARRIER.test(d) && !d.includes("广告") && actionOf(d) === undefined ? d : undefined;
}

/**
 * Verb of a publicity category: its single 方式 (维护, 更换 …), 悬挂 for banners, 张贴 for stickers and posters, 绘制 for a 墙绘 put up, else 发放 for
 * handed-out kinds, 发布 for a thing posted online (ONLINE_POST) and 设置 otherwise. A 墙绘 named by its content is 绘制, a bare one 制作.
 */
export function publicityVerb(t: CategoryTotal): string {
  const mode = t.modes?.length === 1 ? t.modes[0] : undefined;
  // Banners and slogans are hung (`悬挂横幅50条`), never 设置 (review run 5).
  // A 其他 thing counted in 条 hangs too (`在正门悬挂宣传品8条`, new-user test 25, D9).
  if ((!mode || mode === "新设") && (/(?:横幅|条幅|标语)$/u.test(t.category) || (t.category === "其他宣传品" && t.figure.unit === "条"))) return "悬挂";
  // Stickers and posters are put up by hand (`张贴车身“礼让斑马线”宣传贴20个`, `张贴“文明乘车”温馨提示贴2000张`), never 设置
  // (new-user test 56, D8).
  if ((!mode || mode === "新设") && /(?:贴|贴纸|海报)$/u.test(t.category)) return "张贴";
  // A wall painting is painted (`绘制乡风文明墙绘20平方米`), never 设置 (new-user test 34, D14); told by its bare 类型 it is
  // made, never the tautology `绘制墙绘` (new-user test 35, D17: `制作墙绘50平方米`).
  if ((!mode || mode === "新设") && t.category === "墙绘") return publicityThingName(t) ? "绘制" : "制作";
  // A thing posted online (`微信公众号推文`) is published, in a clause of its own (new-user test 53, D7).
  if ((!mode || mode === "新设") && ONLINE_POST.test(t.category)) return "发布";
  // Own keys only: a 方式 typed `toString` (forced past its list error) is no verb.
  if (mode && Object.prototype.hasOwnProperty.call(wording.publicityModes, mode)) return wording.publicityModes[mode];
  return wording.handOutKinds.includes(t.category) ? "发放" : "设置";
}

/** A medium, then a publishing verb, in a 位置或内容 (`“青春历下”公众号推送创城信息`, `在社区广播播放文明提示`). */
const MEDIUM_ACTION = new RegExp(`^(?:在|通过|利用|依托|借助)?(.{0,14}?(?:${MEDIA}))[上中里]?(${PUBLISHING_VERBS})(.+)$`, "u");
/** A medium and its publishing verb with nothing after (`微信群推送`, `在公众号发布`). */
const MEDIUM_VERB_ONLY = new RegExp(`^(?:在|通过|利用|依托|借助)?(.{0,14}?(?:${MEDIA}))[上中里]?(${PUBLISHING_VERBS})$`, "u");
/** What is posted, after its medium or alone (`公众号推文`, `短视频`). */
const MEDIUM_POST = new RegExp(`^(?:(?:在|通过|利用|依托|借助)?(.{0,14}?(?:${MEDIA}))[上中里]?)?(推文|短视频|视频|文章|信息)$`, "u");
/** A 位置或内容 that is a medium and nothing else (`公众号`, `“青春历下”微信公众号`). */
const MEDIUM = new RegExp(`^.{0,12}(?:${MEDIA})$`, "u");

/**
 * What a 宣传投放 row typed 其他 says was done, as the text before its figure: a medium and its verb
 * (`通过“青春历下”公众号推送创城信息`), else a 位置或内容 that opens with an action as typed (`推送创城信息`);
 * undefined for a thing or a place (`宣传折页`, `社区广场`), which keeps the list's verb.
 */
function mediumAction(detail: string, unit?: string): string | undefined {
  const text = stripEnd(detail);
  const m = MEDIUM_ACTION.exec(text);
  if (m) return `通过${m[1]}${m[2]}${m[3]}`;
  // Posts counted in 条/篇/期/次 are pushed or published, never handed out (new-user test 52, D9): a medium and its verb with
  // no content (`微信群推送`) is `通过微信群推送信息`; a medium and what was posted (`公众号推文`, `抖音短视频`) is
  // `通过公众号发布推文`; the post alone (`推文`, `短视频`) is `发布短视频`.
  if (unit !== undefined && /^[条篇期次]$/u.test(unit)) {
    const bare = MEDIUM_VERB_ONLY.exec(text);
    if (bare) return `通过${bare[1]}${bare[2]}信息`;
    const post = MEDIUM_POST.exec(text);
    if (post) return post[1] ? `通过${post[1]}发布${post[2]}` : `发布${post[2]}`;
  }
  // A medium alone (`公众号`, `“青春历下”微信公众号`) counted in posts: what was done on it.
  if (MEDIUM.test(text) && unit !== undefined && /^[条篇期次]$/u.test(unit)) return `通过${text}发布宣传信息`;
  return actionOf(text) !== undefined ? text : undefined;
}

/** A screen or loudspeaker's 位置或内容 that says what it plays (`大堂电子屏滚动播放`, `在门口LED屏播放光盘行动公益广告`). */
const SCREEN_PLAYS = new RegExp(`^(?:在|通过|利用)?([\u4e00-\u9fff]{0,8}?)(${MEDIA})[上中里]?(${PUBLISHING_VERBS})(.*)$`, "u");
/** What a screen plays, named without the screen: `学雷锋主题标语滚动播放` (content 1, verb 2) or `滚动播放文明标语` (verb 3, content 4). */
const SCREEN_PLAYS_BARE = /^(?:([\u4e00-\u9fff“”]{2,20}?)(滚动播放|循环播放|播放|播报)|(滚动播放|循环播放|播放|播报)([\u4e00-\u9fff“”]{2,20}))$/u;

/**
 * A 宣传投放 category that is a medium (电子屏, 广播) whose one 位置或内容 says what it plays, as the text of its clause with
 * the place and the content kept: `利用大堂2块电子屏滚动播放公益宣传内容` (new-user test 32, D6: never `维护电子屏2块`, which
 * drops where and what). The content when the row gives none is `公益宣传内容`. Undefined for any other row.
 */
/**
 * What a screen plays, as an object of 播放: a campaign named by its name (`光盘行动`, `垃圾分类活动`, `文明城市创建`) is played
 * as its content, `光盘行动宣传内容`, never `播放光盘行动` (review run 31, reviewer AU, t58-college item 3); content already
 * (`社会主义核心价值观`, `文明标语`, `公益广告`, `宣传片`) as typed.
 */
export function playedContent(content: string): string {
  return /(?:行动|活动|运动|工程|创建|工作|专项)$/u.test(content) ? `${content}宣传内容` : content;
}

function screenPlays(t: CategoryTotal): Sentence | undefined {
  if (t.details.length !== 1 || !new RegExp(`^(?:${MEDIA})$`, "u").test(t.category)) return undefined;
  const figure = { ...t.figure, unit: printedMeasureWord(t.category, t.figure.unit) };
  // What it plays without the screen's name (`学雷锋主题标语滚动播放`, `滚动播放文明标语`): the screen is the category,
  // `利用2块电子屏滚动播放学雷锋主题标语`, whatever the 方式 (new-user test 59, D19: never `维护电子屏2块`).
  const bare = SCREEN_PLAYS_BARE.exec(stripEnd(t.details[0]));
  const played = bare && (bare[1] ?? bare[4]);
  if (bare && played && !new RegExp(MEDIA, "u").test(played)) return new SentenceBuilder().text("利用").fig(figure).text(`${t.category}${bare[2] ?? bare[3]}${playedContent(played)}`).build();
  const m = SCREEN_PLAYS.exec(stripEnd(t.details[0]));
  if (!m) return undefined;
  const [, place, medium, verb, content] = m;
  // A word that is part of the screen's name (`车载移动电视`, `户外LED屏`), not where it stands: the figure before the whole
  // noun, `利用180块车载移动电视播放……`, never inside it (new-user test 45, D7).
  if (place && (SCREEN_CARRIER.test(place) || SCREEN_KIND.test(place))) return new SentenceBuilder().text("利用").fig(figure).text(`${place}${medium}${verb}${content ? playedContent(content) : "公益宣传内容"}`).build();
  return new SentenceBuilder().text(`利用${place}`).fig(figure).text(`${medium}${verb}${content ? playedContent(content) : "公益宣传内容"}`).build();
}

/** A 位置或内容 that says where a thing was broadcast and what (`澄江电视台黄金时段播放创文公益广告`): place 1 (naming a medium or its slot), verb 2, content 3. */
const BROADCAST_AT = new RegExp(`^(?:在|通过|利用)?([\u4e00-\u9fff“”《》A-Za-z]{0,10}?(?:${MEDIA})[\u4e00-\u9fff“”《》]{0,6}?)[上中里]?(播放|播出|刊播|滚动播放|循环播放)([\u4e00-\u9fff“”]{2,16})$`, "u");

/**
 * A 宣传投放 row of a thing (公益广告, 宣传片) whose one 位置或内容 says it was broadcast on a medium and names it again
 * (`澄江电视台黄金时段播放创文公益广告` 1200条): what was done, in the row's words, `在澄江电视台黄金时段播放创文公益广告1200条`
 * (new-user test 65, D7: never `设置公益广告1200条`, which is for things put up). Undefined for any other row.
 */
function broadcastThing(t: CategoryTotal): Sentence | undefined {
  if (t.details.length !== 1 || new RegExp(`^(?:${MEDIA})$`, "u").test(t.category)) return undefined;
  const m = BROADCAST_AT.exec(stripEnd(t.details[0]));
  if (!m || !m[3].endsWith(t.category)) return undefined;
  return new SentenceBuilder().text(`在${m[1]}${m[2]}${m[3]}`).fig({ ...t.figure, unit: printedMeasureWord(t.category, t.figure.unit) }).build();
}

/** A body of people named by its kind (`村道德评议会`, `红白理事会`, `村民议事会`, `创建工作小组`, `巡逻队`). */
const BODY_OF_PEOPLE = /(?:理事会|评议会|议事会|委员会|监事会|参事会|协会|小组|工作组|专班|队)$/u;

/** Words that name a kind of screen or set (`移动`, `高清`, `户外`, `楼宇`) before the medium: part of its name. */
const SCREEN_KIND = /(?:移动|高清|液晶|智能|数字|户外|楼宇|网络|有线|LED|led)$/u;

/** A screen a vehicle carries (`出租车顶灯屏`, `公交车载LED屏`): a 2 to 10 character name closing with the screen. */
const CARRIER_SCREEN = /^([\u4e00-\u9fffA-Za-z]{0,10}?)(顶灯屏|车顶屏|LED显示屏|LED屏|显示屏|电子屏|LED大屏)$/u;
/** Vehicles that carry screens (`出租车`, `公交车`, `车载`). */
const SCREEN_CARRIER = /(?:出租车|的士|网约车|公交车?|车载|车身|车顶|车厢|车内|地铁|列车|大巴|客车)/u;

/**
 * A 宣传投放 电子屏 row put up (新设 or no 方式) whose one 位置或内容 is a screen a vehicle carries (`出租车顶灯屏` 800块):
 * the unit used screens it does not own to play ads, as `利用800块出租车顶灯屏滚动播放公益广告` (new-user test 34, D14:
 * never `设置出租车顶灯屏800块`). Undefined for any other row.
 */
function carrierScreen(t: CategoryTotal): Sentence | undefined {
  if (t.category !== "电子屏" || t.details.length !== 1 || publicityVerb(t) !== "设置") return undefined;
  const screen = stripEnd(t.details[0]);
  const m = CARRIER_SCREEN.exec(screen);
  if (!m || !(m[2] === "顶灯屏" || m[2] === "车顶屏" || SCREEN_CARRIER.test(m[1]))) return undefined;
  return new SentenceBuilder().text("利用").fig({ ...t.figure, unit: printedMeasureWord(t.category, t.figure.unit) }).text(`${screen}滚动播放公益广告`).build();
}

/** Things put up that show a theme (`文明养犬公益广告`, `垃圾分类宣传栏`). */
const THEMED_KINDS = /^(?:公益广告|宣传栏|展板|横幅|道旗|墙绘)$/u;
/** A 宣传投放 位置或内容 that is a theme shown, not a place nor a thing (`文明养犬`, `社会主义核心价值观`). */
const PUBLICITY_THEME = /^(?:文明(?:养犬|交通|出行|乘车|旅游|祭扫|餐桌|用餐|礼让|如厕|上网|健康生活方式|新风)|讲文明树新风|(?:社会主义)?核心价值观|创建(?:全国)?文明城市|诚信建设|节约粮食|爱国卫生|交通安全|礼让斑马线|生态环保)$/u;

/** A 宣传投放 位置或内容 that names a paper handed out (`加装电梯政策明白纸`, `文明养犬倡议书`): 2 to 16 characters, no punctuation. */
const HANDED_OUT_PAPER = /^[\u4e00-\u9fff“”]{2,16}(?:明白纸|倡议书|宣传单|宣传页|宣传册|宣传折页|折页|手册|告知书|公开信|一封信|读本|资料)$/u;

/**
 * A 宣传投放 位置或内容 that already says where and how the thing was put up (`各村新设宣传栏`, `在社区安装文明展板`,
 * `新设宣传栏`, `客房放置文明旅游提示卡`): the place (group 1, may be empty), the verb of setting or placing (group 2) and the
 * thing (group 3). New-user test 69, D9: a 其他 row so typed was `其他宣传品120份`.
 */
const PLACED_WITH_VERB = /^(?:在)?([\u4e00-\u9fff]{0,10}?)(?:均|都|共|已)?(新设|设置|安装|更新|新建|制作|悬挂|新增|增设|更换|张贴|布设|放置|摆放)([\u4e00-\u9fff“”]{2,14})$/u;
/** Places typed before a verb of setting: a known place, every one of a kind (`各村`), or a word that ends in one. */
const SETTING_PLACE = /^(?:各|全|每个?)[\u4e00-\u9fff]{1,4}$|(?:村|社区|小区|街道|街|路|道|广场|门口|大厅|大门|站|镇|乡|校园|院|公园|园区|路口|景区|楼道|楼栋|网点|门店|车站|市场|客房|房间|电梯|电梯间|餐厅|前台)$/u;

/**
 * A 宣传投放 row whose one 位置或内容 holds its own verb of setting and the thing (`各村新设宣传栏`, 方式 新设): told once, in its
 * own verb, with its place after 在 — `在各村新设宣传栏12块`, never the second verb `设置各村新设宣传栏12块` (new-user test 54,
 * D9). Undefined for any other row (a place before the verb that reads as no place keeps the list's way).
 */
function setWithOwnVerb(t: CategoryTotal): { thing: string; verb: string; place?: string } | undefined {
  const m = t.details.length === 1 ? PLACED_WITH_VERB.exec(stripEnd(t.details[0])) : null;
  if (!m || isPlace(m[3]) || actionOf(m[3])) return undefined;
  if (m[1] && !isPlace(m[1]) && !SETTING_PLACE.test(m[1])) return undefined;
  return { thing: m[3], verb: m[2], ...(m[1] ? { place: m[1] } : {}) };
}

/**
 * A 宣传投放 row whose one 位置或内容 is a message sent to phones (`公益短信`, `创文彩信`, `手机报`), whatever its 类型: what was
 * sent, `发送公益短信1.5万条`, never `发放公益广告1.5万条` (new-user test 68, D10). Undefined for any other row.
 */
function sentMessage(t: CategoryTotal): string | undefined {
  const d = t.details.length === 1 ? stripEnd(t.details[0]).replace(/^(?:发送|推送|群发)/u, "") : "";
  return /^[\u4e00-\u9fff“”]{0,8}(?:短信|彩信|手机报)$/u.test(d) ? d : undefined;
}

/**
 * The wall a 墙绘 row names with the painting (`企业围墙墙绘`): where it is painted, `在企业围墙制作墙绘800平方米`, never the
 * doubled `绘制企业围墙墙绘` (review run 32, AV 材料2 item 4). Undefined for any other row.
 */
function wallPainted(t: CategoryTotal): string | undefined {
  if (t.category !== "墙绘" || t.details.length !== 1) return undefined;
  return /^([\u4e00-\u9fff]{1,10}?(?:外墙|围墙|墙面|墙体|山墙))(?:墙绘|彩绘|墙画)$/u.exec(stripEnd(t.details[0]))?.[1];
}

/** Where a campaign goes (`进社区`, `进校园`): the end of a campaign's name, a place of a kind, never a place itself. */
const TAKEN_TO = /^([\u4e00-\u9fff“”]{2,16}?)进(社区|校园|学校|企业|农村|乡村|村|家庭|万家|机关|工地|商圈|楼宇|景区|车站|小区|工厂|市场)$/u;

/**
 * A 宣传投放 位置或内容 that names a campaign taken somewhere (`消防安全横幅进社区` for 横幅), which is content, not a place:
 * the thing as what it shows (`消防安全横幅`; the category said once) and the kind of place it went to (`社区`; none for
 * `进万家`). Undefined for any other 位置或内容. New-user test 49, D6: never `在消防安全横幅进社区悬挂横幅100余条`.
 */
function campaignTakenTo(t: CategoryTotal): { thing: string; place?: string } | undefined {
  const m = t.details.length === 1 ? TAKEN_TO.exec(stripEnd(t.details[0])) : null;
  if (!m) return undefined;
  const theme = m[1].includes(t.category) ? m[1].slice(0, m[1].indexOf(t.category)) : m[1];
  if (theme.length < 2) return undefined;
  return { thing: `${theme}${t.category}`, ...(m[2] !== "万家" && m[2] !== "家庭" ? { place: m[2] } : {}) };
}

/** What a 宣传投放 row typed 其他 whose one 位置或内容 says what was done tells (`推送创城信息`), or undefined (publicityOwnWords). */
const otherDone = (t: CategoryTotal): string | undefined => (t.category === "其他宣传品" && t.details.length === 1 ? mediumAction(t.details[0], t.figure.unit) : undefined);

/**
 * True when a 宣传投放 total is told in its row's own words and its typed measure word (`通过电子屏发布创建信息200条`, never
 * `电子屏200块`; `推送创城信息68条`): a 位置或内容 that opens with an action, in a word not the thing's own (v2 rules 11, 12).
 * Other totals are told in the thing's word (printedMeasureWord: `道旗66面`); the appendix says the word the text says.
 */
export function publicityOwnWords(t: CategoryTotal): boolean {
  return otherDone(t) !== undefined || (t.details.length === 1 && actionOf(t.details[0]) !== undefined && printedMeasureWord(t.category, t.figure.unit) !== t.figure.unit);
}

/** 宣传投放: spend, categories grouped by verb (`设置公益广告80余块和道旗120余面，更换宣传栏15块`), places. */
export function publicityPoints(ctx: Ctx): Point[] {
  const p = ctx.facts.publicity;
  if (!p.byKind.length && !p.spend) return [];
  // A category put up and replaced is told per way (`设置公益广告100块、30张，更换公益广告近50块`): what was replaced is
  // never added to what was put up (new-user test 27, D22).
  // A thing named with the vehicle that carries it (`公交车身及站台公益广告`) is put there: `在公交车身及站台投放公益广告300幅`
  // (new-user test 34, D14), never the place lost.
  const carried = (t: CategoryTotal): CategoryTotal => {
    const where = t.details.length === 1 && stripEnd(t.details[0]).endsWith(t.category) ? stripEnd(t.details[0]).slice(0, -t.category.length) : "";
    if (where && isCarrier(where)) return { ...t, details: [where] };
    // A screen typed with the ads it plays (`大堂LED屏播放公益广告`) is where they are (adCarrier; new-user test 69, D9).
    const screen = adCarrier(t);
    return screen && t.details.length === 1 && screen !== stripEnd(t.details[0]) ? { ...t, details: [screen] } : t;
  };
  const byKind = p.byKind.flatMap((t) => t.byMode ?? [t]).map(carried);
  const parts: Sentence[] = [];
  if (p.spend) parts.push(new SentenceBuilder().text("投入宣传经费").fig(p.spend).build());
  // A total whose one 位置或内容 opens with an action, in a measure word that is not the thing's own
  // (`电子屏`, `发布创建信息`, 200条): the row's own words carry it — `通过电子屏发布创建信息200条` (v2 rules 11, 12).
  // A row typed 其他 whose 位置或内容 says what was done is told in those words, never `设置其他宣传品68条`
  // (new-user test 14, D4): `通过“青春历下”公众号推送创城信息68条`, `推送创城信息68条`.
  const ownWords = publicityOwnWords;
  for (const t of byKind) {
    const plays = !ownWords(t) ? screenPlays(t) ?? broadcastThing(t) : undefined;
    if (plays) parts.push(plays);
  }
  for (const t of byKind.filter(ownWords)) parts.push(new SentenceBuilder().text(otherDone(t) ?? `通过${t.category}${stripEnd(t.details[0])}`).fig(t.figure).build());
  // A category whose one 位置或内容 names the very thing (`公益广告` typed for `公益宣传牌` 20块): the row's
  // own name is said, in its measure word (reviews runs 11–12: `更换公益广告20块` — 广告 论块不妥).
  const thing = publicityThingName;
  const typedOther = new Set(byKind.filter((t) => !(Enums.publicityKind as readonly string[]).includes(t.category)));
  // What was handed out is the point of the sentence: a handed-out category whose one 位置或内容 names the paper itself
  // (`加装电梯政策明白纸`, `发放文明养犬倡议书`) is said by it — `发放加装电梯政策明白纸2000份`, never `发放宣传单2000份`, and
  // never `发放发放……` (new-user test 31, D18).
  const handedOut = (t: CategoryTotal): string | undefined => {
    if (t.details.length !== 1 || publicityVerb(t) !== "发放") return undefined;
    const named = stripEnd(t.details[0]).replace(/^发放/u, "");
    return HANDED_OUT_PAPER.test(named) && !isPlace(named) && !actionOf(named) ? named : undefined;
  };
  // A theme typed as the 位置或内容 of a thing put up (`文明养犬` for 公益广告) says what it shows: `设置文明养犬公益广告20块`
  // (new-user test 33), never the theme lost.
  const themed = (t: CategoryTotal): string | undefined =>
    t.details.length === 1 && THEMED_KINDS.test(t.category) && (PUBLICITY_THEME.test(stripEnd(t.details[0])) || CAMPAIGN_THEME.test(stripEnd(t.details[0]))) ? `${stripEnd(t.details[0])}${t.category}` : undefined;
  // Each thing keeps the verb of what it is as typed, before it is named by its row (`宣传资料` → `垃圾分类倡议书` is still
  // handed out): one verb governs every item of its list, never `设置……和垃圾分类倡议书2000份` (new-user test 33).
  const listed = byKind.filter((t) => !ownWords(t) && !screenPlays(t) && !broadcastThing(t) && !carrierScreen(t)).map((t) => {
    const message = sentMessage(t);
    if (message) return { t: { ...t, category: message, details: [] }, verb: "发送" };
    const own = setWithOwnVerb(t);
    if (own) return { t: { ...t, category: own.thing, details: own.place ? [own.place] : [] }, verb: own.verb, at: own.place };
    const wall = wallPainted(t);
    if (wall) return { t: { ...t, details: [wall] }, verb: publicityVerb({ ...t, details: [wall] }), at: wall };
    const campaign = campaignTakenTo(t);
    if (campaign) return { t: { ...t, category: campaign.thing, details: campaign.place ? [campaign.place] : [] }, verb: publicityVerb(t), at: campaign.place };
    const named = thing(t) ?? handedOut(t) ?? themed(t);
    return { t: named ? { ...t, category: named, details: [] } : t, verb: publicityVerb(t) };
  });
  const verbs = [...new Set(listed.map((i) => i.verb))];
  for (const v of verbs) {
    const group = listed.filter((i) => i.verb === v).map((i) => i.t);
    // A 公益广告's carrier (`航站楼灯箱`) is where it is, as a place is (new-user test 37, D17).
    const placesOf = (t: CategoryTotal): string[] => (v !== "发放" ? t.details.map(stripEnd).filter((d) => isPlace(d) || d === adCarrier(t) || d === listed.find((i) => i.t === t)?.at).slice(0, 3) : []);
    // The thing that leads its verb's list and has a place is said there in a clause of its own, the others after it
    // (`在小区出入口、楼道设置公益广告100余块，设置文明养犬宣传栏12块`, new-user test 33): its place is never said of things
    // that were not put there. A place of a later thing stays untold: the list keeps one verb (reviewed, run 5:
    // `更换宣传栏26块和道旗66面`), and a thing counted in two words is named once (`设置公益广告100块、30张`, new-user test 27, D22).
    const lead = group[0];
    const runs: CategoryTotal[][] = group.length > 1 && placesOf(lead).length && !group.slice(1).some((t) => t.category === lead.category) ? [[lead], group.slice(1)] : [group];
    for (const run of runs) {
      const where = run.length === 1 ? placesOf(run[0]) : [];
      // A row typed 其他 is named by its own words and keeps the general 个 typed for it (`车身公益广告35个`: no check says the
      // summary would print 块; new-user test 23, D2); a word that does not fit it (`宣传折页68条`) is still put right.
      // A 其他 row known only by its place is said at that place (`在正门悬挂宣传品8条`), never with the place as the
      // thing (`设置正门8条`) nor as `其他` of nothing listed beside it (new-user test 25, D9).
      const alone = (t: CategoryTotal): CategoryTotal => (where.length && t.category === "其他宣传品" ? { ...t, category: "宣传品" } : t);
      const list = figList(run.map((t) => ({ ...alone(t), figure: { ...t.figure, unit: typedOther.has(t) && t.figure.unit === "个" ? t.figure.unit : printedMeasureWord(alone(t).category, t.figure.unit) } })));
      // Ads on vehicles and at their stops are 投放-ed (`在公交车身投放公益广告120块`, new-user test 33, D18), and so are
      // ads on screens (`在到达厅LED屏投放公益广告`, new-user test 37, D17).
      const verb = v === "设置" && where.length && where.every((w) => isCarrier(w) || /屏$/u.test(w)) ? "投放" : v;
      parts.push({ text: `${where.length ? `在${joinList(where)}` : ""}${verb}${list.text}`, sources: list.sources });
    }
  }
  // Screens on vehicles play what the things put up show: said after them (`设置公益广告300幅，利用800块出租车顶灯屏……`).
  for (const t of byKind) {
    const onVehicles = !ownWords(t) && !screenPlays(t) ? carrierScreen(t) : undefined;
    if (onVehicles) parts.push(onVehicles);
  }
  // Where is said with the one category it belongs to (`在校园道路更换道旗66面`); a sentence of
  // places alone (`宣传点位覆盖……等处`) says nothing an editor keeps (review run 5).
  const sentences = [clauses(parts), ...studySentences(ctx)];
  return [{ id: "publicity", lead: ctx.profile.leads.publicity, sentences }];
}


/**
 * Honours won by the unit itself (told in the opening as results, v2 rule 8), in row order: 备注 says
 * 集体, or the title names one whole unit (catalog `namesWholeUnit`; 人数 1) of a level above the unit — a
 * 科室's or 窗口's is its part's (new-user test 14, D6). A title given to
 * several (`先进班集体` 6) or by the unit itself (级别 本单位) is an honour it awarded (new-user test 8, D2).
 */
export function wonHonours(facts: Ctx["facts"]): Ctx["facts"]["honours"]["byTitle"] {
  // One the unit gave (级别 本单位) or one given to several (`文明班级` 6, 备注 集体) is never the unit's own, whatever 备注
  // says (new-user test 23, D3: not `学校获评“文明班级”`).
  // A 文明村 is a village's, a 文明社区 a community's: never a town's own (new-user test 23, D4: not `青山镇获评“省级文明村”`).
  const type = facts.profile.unitType;
  const others = (title: string): boolean => (/村$/u.test(title) && type !== "村") || (/社区$/u.test(title) && type !== "社区");
  // A shop's title of a business that is itself one (`诚信经营示范店` 1 of 锦江大酒店) is its own (catalog ownShopHonour;
  // new-user test 48, D8: never `1家商户获评`).
  const own = (t: Ctx["facts"]["honours"]["byTitle"][number]): boolean =>
    namesWholeUnit(t.category) || (!t.figure.approx && ownShopHonour(t.category, t.figure.value, type, facts.profile.unitName));
  // One held by a part or a place named in 备注 or 姓名 (`城关营业厅`) is theirs, never the unit's (new-user test 51, D3).
  return facts.honours.byTitle.filter((t) => t.level !== "本单位" && t.figure.value <= 1 && (t.collective === true || own(t)) && !others(t.category) && !t.holder);
}

/**
 * The honours the unit won, as a clause of the opening: `获评“市文明创建先进单位”`,
 * `先后获评“A”“B”等荣誉称号` (four at most). Undefined when none.
 */
export function wonClause(facts: Ctx["facts"]): Sentence | undefined {
  const won = wonHonours(facts);
  if (!won.length) return undefined;
  // A rating in an assessment is no title (`2022年度创文成效考核优秀等次`): `在……考核中被评为优秀等次`.
  const rating = won.length === 1 ? /^(.+?(?:考核|考评|评比|测评|评估))(?:中)?(?:被)?(?:评为|获评)?((?:优秀|先进|良好|一等|二等|三等|第一)等次|优秀|先进)$/u.exec(won[0].category) : null;
  if (rating) return new SentenceBuilder().text(`在${rating[1]}中被评为${rating[2]}`).from(...won[0].figure.sources).build();
  // An honour for an earlier term is held, not newly won: `获评“2018—2019年度省级文明校园”`.
  const title = (t: (typeof won)[number]): string => (t.years && !t.category.includes(t.years.slice(0, 4)) ? `${t.years}${t.category}` : t.category);
  // Its level as for any honour received (`获评省级“文明服务区”`), unless the title says it (new-user test 18).
  const level = (t: (typeof won)[number]): string => levelBefore(t.category, t.level, facts.profile.unitType, facts.profile.unitName, facts.profile.guide, t.seat);
  const titles = won.slice(0, MAX_ITEMS).map((t) => levelledTitle(level(t), title(t)));
  // Quoted titles follow each other (`“A”“B”`); a level word before one needs a 、 (`省级“A”、市级“B”`).
  const shown = titles.join(titles.some((t) => !t.startsWith("“")) ? "、" : "");
  return new SentenceBuilder()
    .text(won.length > 1 ? `先后获评${shown}${won.length > MAX_ITEMS ? "等" : ""}荣誉称号` : `获评${shown}`)
    .from(...won.flatMap((t) => t.figure.sources))
    .build();
}

/**
 * A 共建单位 row's 名称 that names a kind of partner rather than one partner: a kind word first (`包联社区`, `联系社区`,
 * `辖区单位`, `驻区单位`) or a name closing with 单位 (`辖区共建单位`). Its count goes before it (`与3个包联社区结对共建`).
 */
const PARTNER_KIND = /^(?:联系|共建|结对|辖区|驻区|驻地|周边|所在|相关|各|有关|包保|包联|帮扶|挂钩|服务|对口)|单位$/u;

/**
 * A title that says its level: a level word (`市级…`, `街道级星级文明户`) or a place of one (`湖南省文明窗口`,
 * `江城市优秀志愿者`, not `文明城市…`; new-user test 15), or the whole of one (`全省创建和谐社区先进单位`) — it gets no
 * second level word (new-user test 14, D8).
 */
const SAYS_LEVEL = /^(?:全国|全省|全市|全区|全县|省|市|区|县|街道|乡镇|镇|乡|社区|村|小区)|^[\u4e00-\u9fff]{2,3}(?:省|(?<!城)市|区|县)(?![民场容政域])/u;

/** A title that opens with its level word (`市级青年文明号`): group 1 the level, group 2 the title. */
const LEVEL_IN_TITLE = /^(省级|市级|县级|区级|街道级|乡镇级|镇级|社区级|村级)([\u4e00-\u9fff]{2,})$/u;

/**
 * The level word said before an honour's title (`市级`, `省级`, `乡镇级`), or "" when the title says its own level
 * (SAYS_LEVEL) or the 级别 is 本单位 or unreadable. `unitType`: the 单位类型 of the unit that holds it; `unitName`: the
 * name of the unit whose summary it is (a county's `县/区` is 县级).
 */
export function levelBefore(title: string, level: string, unitType: string, unitName = "", guide = "", seat?: "县" | "区"): string {
  return SAYS_LEVEL.test(title) ? "" : levelWord(level, unitType, unitName, guide, seat);
}

/**
 * An honour's title in quotes with its level word (`省级“最美燃气人”`): 全国 is part of a national title's name (`全国劳动模范`,
 * `全国文明单位`, `全国道德模范`), so it goes inside the quotes: `“全国劳动模范”`, never `全国“劳动模范”` (new-user test 42, D29).
 */
export function levelledTitle(level: string, title: string): string {
  return level === "全国" ? `“全国${title}”` : `${level}“${title}”`;
}

/**
 * How a 级别 is said before a title the unit received (a 村's 街道/乡镇 is its 乡镇; the 县/区 of a unit in a county, by its
 * name or its 上级指导单位 `guide`, is 县级: new-user tests 18, 27 D6; of a unit in a district 区级; of a unit whose name
 * and 上级指导单位 name neither, never a guessed 区级: new-user test 34, D13). The row's 备注 (`seat`: `县级`, `江城县文明委`)
 * decides first; a 村 or 乡镇 whose names say neither is in a 县 (县级: rural units are, far more often than in a 区); a 社区
 * or 街道 naming neither is urban, in a 区 (区级: new-user test 37, D2 — `县（区）级` is form language, never summary
 * language); anything else naming neither is `县（区）级`, the last resort (new-user test 35, D6).
 */
function levelWord(level: string, unitType: string, unitName = "", guide = "", seat?: "县" | "区"): string {
  if (level === "县/区") {
    const where = seat ?? countyOrDistrict(unitName, guide) ?? (unitType === "村" || unitType === "乡镇" ? "县" : unitType === "社区" || unitType === "街道" ? "区" : undefined);
    return where === "县" ? "县级" : where === "区" ? "区级" : "县（区）级";
  }
  if (level === "街道/乡镇") return unitType === "村" ? "乡镇级" : "街道级";
  if (level === "社区/村") return unitType === "村" ? "村级" : "社区级";
  return ({ 全国: "全国", 省: "省级", 市: "市级", "县/区": "区级", "楼栋/小区": "小区级" } as Record<string, string>)[level] ?? "";
}

/** Rank of each 级别, low to high (catalog Enums.honourLevel order). */
const LEVEL_RANK: ReadonlyMap<string, number> = new Map(Enums.honourLevel.map((l, i) => [l as string, i]));

/**
 * True when an honour's 级别 is above what the unit confers itself (市 and up for any unit; 县/区 for a
 * 社区, 村, 街道, 乡镇, school or company; 街道/乡镇 for a 村 or a school): it was received, not selected
 * (new-user tests 9 D8, 11 D10, 12 D1). An unreadable 单位类型 confers up to 县/区.
 */
function aboveUnit(level: string, unitType: string, unitName: string): boolean {
  const rank = LEVEL_RANK.get(level);
  return rank !== undefined && rank > (LEVEL_RANK.get(unitTypeTraits(unitType, unitName).ownHonourLevel) ?? 0);
}

/**
 * The names of an honour as printed (`周强、吴斌、郑军、王浩等`): with 等 when they are fewer than its 人数, so that
 * `3人获评……（李梅）` never reads as the whole list (new-user test 18, D14, D19).
 */
function namesText(t: { readonly names: readonly string[]; readonly figure: Figure }): string {
  return `${t.names.join("、")}${t.names.length < t.figure.value ? "等" : ""}`;
}

/**
 * Whether the 姓名 of an honour counted in `unit` name its holders: people (人), and the households and shops (户, 家) whose
 * heads or keepers staff list (`最美商户` 3 `张三、李四、王五`) — printed with the opted-in names like people's (new-user
 * test 43, D20: never `3户商户获评…` without them beside `向上向善好青年（周杰、孙丽）`). Rooms, teams and units are no persons.
 */
const namedHolders = (unit: string): boolean => /^[人户家]$/u.test(unit);

/** The room a collective title counted in 间 names at its end (`省级文明寝室` → 寝室): new-user test 35, D12. */
const ROOM = /(?:寝室|宿舍|教室|病房|客房|办公室)$/u;

/** 先进典型 by title (names only when asked), with the total when there are several; honours won by collectives are in the opening. */
/**
 * The 上期打算 whose 落实情况 states a 先进典型 title with its figure (`已评出“美丽庭院”示范户32户` beside 美丽庭院示范户 32户;
 * quotes aside): the honour is told there, once, which says when and for which plan; the body's list leaves it out and the
 * plan's sentence takes its cells. The honour still counts in the opening's totals. Undefined otherwise. New-user test 47,
 * D12 (and 45, D15).
 */
export function honourToldByPlan(facts: Ctx["facts"], t: Ctx["facts"]["honours"]["byTitle"][number]): Ctx["facts"]["texts"][number] | undefined {
  const bare = (x: string): string => x.replace(/[“”‘’"「」]/gu, "");
  const said = `${bare(t.category)}${figureText(t.figure)}`;
  const plan = facts.texts.find((x) => x.kind === "上期打算" && !!x.progress && bare(x.progress).split(/[，,；;。]/u).some((c) => c.includes(said) && !/^[\d.]/u.test(c.slice(c.indexOf(said) + said.length))));
  if (plan) return plan;
  // The unit's own 工作亮点 or 存在不足 that says who won it (`城关营业厅获评市级文明窗口` beside 文明窗口 1, 姓名 城关营业厅):
  // told there, once (new-user test 51, D3), as a 其他指标 row its own text states (toldByOwnText).
  const holders = t.holder?.replace(/等$/u, "").split("、") ?? [];
  const title = bare(t.category);
  if (!holders.length || title.length < 2) return undefined;
  return facts.texts.find((x) => OWN_TELLING_KINDS.includes(x.kind) && bare(x.content).split(/[，,；;。]/u).some((c) => c.includes(title) && AWARDED.test(c) && holders.every((h) => c.includes(h))));
}

/** The 文字材料 types whose rows, typed by staff, may state a ledger figure again: told once, there (new-user test 44, D9). */
export const OWN_TELLING_KINDS: readonly string[] = ["工作亮点", "存在不足"];

/** Words that say an honour was won (`获评`, `荣获`, `被评为`, `授予`). */
const AWARDED = /获评|荣获|获得|评为|授予/u;


/**
 * Whether one 先进典型 row is the unit's own collective title (OWN_COLLECTIVE_TITLE, 人数 exactly 1 个, no holder in 备注, no
 * names): told as the unit's (`11月，办税服务厅获评市级青年文明号`; review run 27, 材料5 item 2).
 */
function ownCollectiveTitle(t: Ctx["facts"]["honours"]["byTitle"][number]): boolean {
  return OWN_COLLECTIVE_TITLE.test(t.category) && t.figure.value === 1 && !t.figure.approx && t.figure.unit === "个" && !t.holder && !t.names.length && t.rows === 1;
}

/**
 * Titles of civic virtue anyone may win (`孝老爱亲模范`, `道德模范`, `身边好人`, `见义勇为`, `最美家庭`): no sign the holder is
 * on the staff (a care home's are often its residents' families). New-user test 63, D13.
 */
const CIVIC_VIRTUE_TITLE = /孝老爱亲|孝亲敬老|敬老爱老|道德模范|好人|见义勇为|助人为乐|诚实守信|诚信之星|好媳妇|好婆婆|好儿女|家庭|好家风/u;

/** Words of a title that name staff (`最美护理员`, `优秀教师`, `先进工作者`, `优秀员工`). */
const NAMES_STAFF = /职工|员工|工作者|教师|医生|医师|护士|护理员|干部|员$/u;

/**
 * The lead of the honours point: the profile's, except that a lead naming staff (`职工典型`) says `先进典型` when a title
 * told is one of civic virtue that names no staff (`孝老爱亲模范`): never `一是职工典型。1人获评市级“孝老爱亲模范”`
 * (new-user test 63, D13).
 */
function honoursLead(ctx: Ctx, told: readonly Ctx["facts"]["honours"]["byTitle"][number][]): string {
  const lead = ctx.profile.leads.honours;
  return /职工/u.test(lead) && told.some((t) => CIVIC_VIRTUE_TITLE.test(t.category) && !NAMES_STAFF.test(t.category)) ? "先进典型" : lead;
}

export function honourPoints(ctx: Ctx): Point[] {
  const h = ctx.facts.honours;
  if (!h.people && !h.collectives?.length) return [];
  const won = new Set(wonHonours(ctx.facts));
  // A good deed (`好人好事`) is no title: never `1人获评省级“好人好事”` (catalog DEED_NOT_TITLE; check says so; new-user test 39, D16).
  // A title the 落实情况 of a 上期打算 states with its figure is told there (new-user test 47, D12).
  const chosen = h.byTitle.filter((t) => !won.has(t) && !DEED_NOT_TITLE.test(t.category) && !honourToldByPlan(ctx.facts, t));
  // Households and collectives (星级文明户20户, 文明寝室40间) are told after the people and never in their
  // total (new-user tests 7 D1, 8 D2).
  // Honours conferred above the unit (市, 省, 全国 — and 县/区 for a 社区 or 街道) were received, not selected by it:
  // `1人获评省级“五四青年奖章”`, never `评选表彰……五四青年奖章1人` (new-user test 9, D8).
  const unitType = ctx.facts.profile.unitType;
  // A college's `校级…` honour (级别 本单位, the list's nearest) is the university's: received (new-user test 15, D13).
  const college = isCollege(ctx.facts.profile.unitName);
  // A 级别 that could not be read (an error the user overrode) says nothing of who gave it: `1人获评“最美交警”`,
  // never the unit's own 评选 (new-user test 16, D8).
  // One of the unit's own 系统 (`系统内先进个人`, 级别 本单位) was conferred by the 系统: `1人获评系统内“先进个人”`, never
  // `评选表彰系统内先进个人1人` (domain `SYSTEM_HONOUR`; new-user test 27, D15).
  const system = (t: (typeof chosen)[number]): boolean => t.level === "本单位" && SYSTEM_HONOUR.test(t.category);
  // An award, a medal or a title (`五一劳动奖章`, `工人先锋号`) is 获评-ed, whoever confers it (domain `AWARD_TITLE`;
  // new-user test 32, D21: never `评选表彰五一劳动奖章10人`).
  // One held by a part or place of the unit named in 备注 (`局政务服务窗口`, `急诊科`) was won by it, whatever its level:
  // `局政务服务窗口获评县级“青年文明号”`, as check honour.collective-count says, never `评出县级青年文明号1个`, which makes
  // the unit the one that selected it (new-user test 67, D2).
  const received = (t: (typeof chosen)[number]): boolean => t.level === "" || !!t.holder || AWARD_TITLE.test(t.category) || aboveUnit(t.level, unitType, ctx.facts.profile.unitName) || (college && t.level === "本单位" && t.category.startsWith("校级")) || system(t);
  const people = chosen.filter((t) => t.figure.unit === "人" && !received(t));
  const groups = chosen.filter((t) => t.figure.unit !== "人" && !received(t));
  const got = chosen.filter(received);
  const sentences: Sentence[] = [];
  // A 导语 replaces the generated opening, which tells the unit's own honours: they are told here then
  // (new-user test 14, D2: `全国税务系统先进集体` was in no sentence).
  // With other honours told here, the unit's own are told with them too, first, as well as in the opening: the section
  // on 先进典型 never leaves out the title the opening names (review run 32, AV 材料7 item 2: `获评“市级文明单位”` in the
  // opening, only `2人获评县级“最美讲解员”` in 四、选树先进典型).
  const leadGiven = textsOf(ctx.facts, "导语").length > 0;
  const ownWon = leadGiven || people.length || groups.length || got.length ? wonClause(ctx.facts) : undefined;
  if (ownWon) sentences.push({ text: `${ctx.self}${ownWon.text}。`, sources: ownWon.sources });
  // The unit's own title is no 身边典型 (people): told under a lead of its own, first (run 33, reviewer AW, 材料4 item 5:
  // never `一是身边典型。我局获评“县级文明单位”。3人获评……`), then the people's titles under theirs.
  if (!people.length && !groups.length && !got.length) return sentences.length ? [{ id: "honours", lead: OWN_TITLE_LEAD, sentences }] : [];
  const lead = honoursLead(ctx, chosen);
  // One title received at one level and given by the unit at another (`市级青年文明号` 2, `县级青年文明号` 8) is quoted the
  // same way in both places, its level before the quotes: `获评市级“青年文明号”2个……评出县级“青年文明号”8个`, never
  // `获评“市级青年文明号”2个……评出县级青年文明号8个` (new-user test 56, D15).
  const bareTitles = (items: typeof chosen): string[] => items.map((t) => LEVEL_IN_TITLE.exec(t.category)?.[2]).filter((x): x is string => !!x);
  const givenBare = new Set(bareTitles([...people, ...groups]));
  const shared = new Set(bareTitles(got).filter((x) => givenBare.has(x)));
  const quotedLevel = (title: string): string | undefined => {
    const m = LEVEL_IN_TITLE.exec(title);
    return m && shared.has(m[2]) ? `${m[1]}“${m[2]}”` : undefined;
  };
  const list = (b: SentenceBuilder, items: typeof chosen, names: boolean): void => items.forEach((t, i) => {
    if (i) b.text(i === items.length - 1 ? "和" : "、");
    b.text(quotedLevel(t.category) ?? t.category).fig(t.figure);
    if ((names || namedHolders(t.figure.unit)) && ctx.options.includeNames && t.names.length) b.text(`（${namesText(t)}）`);
  });
  const b = new SentenceBuilder();
  // Honours received from above first, the highest level first (new-user test 25, D5: a 省级 honour never after the
  // school's own 三好学生); then those the unit selected.
  const rank = (level: string): number => ["全国", "省", "市", "县/区"].indexOf(level) + 1 || 9;
  [...got].sort((x, y) => rank(x.level) - rank(y.level)).forEach((t, i) => {
    b.text(i ? "，" : "");
    // A title that says its level (`市级…`, `街道级星级文明户`, `镇级文明家庭`) gets no second one (new-user test 14, D8).
    // The 系统内 scope word before the title, the title itself in quotes as every other honour's (new-user test 37, D21:
    // `1人获评系统内“最美社工”`, never `系统内最美社工` beside a quoted `“全国民政系统先进工作者”`).
    const title = system(t) ? `获评系统内“${t.category.replace(SYSTEM_HONOUR, "")}”` : quotedLevel(t.category) ? `获评${quotedLevel(t.category)}` : `获评${levelledTitle(levelBefore(t.category, t.level, unitType, ctx.facts.profile.unitName, ctx.facts.profile.guide, t.seat), t.category)}`;
    // People and households before the verb (`3人获评…`, `12户家庭获评…`); a collective's count after the title
    // (`获评市级“工人先锋号”2个`: `2个获评` reads as two people).
    // One person named, names opted in: `刘芳同志获评……`, never `1人获评……（刘芳）` (new-user test 69, D14).
    const namedOne = t.figure.unit === "人" && ctx.options.includeNames && t.figure.value === 1 && t.names.length === 1;
    if (namedOne) b.text(`${t.names[0]}同志`).from(...t.figure.sources).text(title);
    else if (t.figure.unit === "人") b.fig(t.figure).text(title);
    // Shops are counted in 家 (`2家商户获评“县级文明经营户”`, never `2户商户`: run-29 review, 材料7 item 7).
    else if (t.figure.unit === "户") b.fig(householdFigure(t.figure, t.category)).text(`${householdNoun(t.category)}${title}`);
    // Shops (`诚信经营示范店` 3家) are holders like households: `3家商户获评……`.
    else if (t.figure.unit === "家") b.fig(t.figure).text(`商户${title}`);
    // Rooms counted in 间 (`省级文明寝室` 3间) are holders too: `3间寝室获评省级“文明寝室”`, never a sentence with no
    // subject, `获评“省级文明寝室”3间` (new-user test 35, D12).
    else if (t.figure.unit === "间" && ROOM.test(t.category)) b.fig(t.figure).text(`${ROOM.exec(t.category)?.[0]}${title}`);
    // The unit's own collective title (`市级青年文明号` 1, no holder, no names): the unit won it, in the month conferred —
    // `11月，办税服务厅获评市级青年文明号`, never `获评“市级青年文明号”1个` (review run 27, 材料5 item 2).
    // Typed with its level before its quoted name (`市级“青年文明号”`), it keeps the quotes, once, its level before them:
    // `我单位获评市级“青年文明号”`, never `1人获评“市级“青年文明号””` (new-user test 62, D1).
    else if (ownCollectiveTitle(t)) b.text(`${t.date !== undefined ? `${ymdFromSerial(t.date).m}月，` : ""}${ctx.self}${t.quoted && LEVEL_IN_TITLE.test(t.category) ? `获评${t.category.replace(LEVEL_IN_TITLE, "$1“$2”")}` : title.replace(/[“”]/gu, "")}`).from(...t.figure.sources);
    // One held by a part of the unit named in 备注: `急诊科获评省级“文明科室”` (new-user test 24, D4).
    // Typed with its level before its quoted name (`县级“青年文明号”`), it keeps the quotes there (new-user test 67, D2).
    else if (t.holder) b.text(`${t.holder}${t.quoted && LEVEL_IN_TITLE.test(t.category) ? `获评${t.category.replace(LEVEL_IN_TITLE, "$1“$2”")}` : title}`).from(...t.figure.sources);
    // A collective whose title ends in its holder (`文明班集体` 6个, `文明楼道` 3个) is counted before the verb as
    // households are: `6个班级获评区级“文明班集体”`, never `获评区级“文明班集体”6个` (new-user test 41, D9).
    else if (collectiveHolderNoun(t.category) && /^[个所]$/u.test(t.figure.unit)) b.fig(t.figure).text(`${collectiveHolderNoun(t.category)}${title}`);
    else b.text(title).fig(t.figure);
    if (namedHolders(t.figure.unit) && ctx.options.includeNames && t.names.length && !namedOne) b.text(`（${namesText(t)}）`);
  });
  const tellPeople = (): void => {
    if (!people.length) return;
    b.text(b.length ? "；评选表彰" : "评选表彰");
    list(b, people, true);
    const total = people.reduce((n, t) => n + t.figure.value, 0);
    if (people.length > 1 && h.people) b.text("，共").fig({ ...h.people, value: total, sources: people.flatMap((t) => t.figure.sources) });
  };
  const tellGroups = (): void => {
    if (!groups.length) return;
    b.text(b.length ? "；评出" : "评出");
    list(b, groups, false);
  };
  // A title given at the unit's level that was also received from above (`县级青年文明号` beside `市级青年文明号`) is told right
  // after it, its levels together, the people selected after them (run-30 review, t56-youth item 2: never `获评市级“青年文明号”
  // 2个；评选表彰优秀青年志愿者20人；评出县级“青年文明号”8个`).
  const levelsTogether = bareTitles(groups).some((x) => shared.has(x));
  if (levelsTogether) tellGroups();
  tellPeople();
  if (!levelsTogether) tellGroups();
  b.text(`${ctx.profile.phrases.honoursTail}。`);
  return [...(sentences.length ? [{ id: UNIT_HONOURS_POINT, lead: OWN_TITLE_LEAD, sentences }] : []), { id: "honours", lead, sentences: [b.build()] }];
}

/** The lead of the unit's own titles (`获评“县级文明单位”`) told in the honours' section (run 33, reviewer AW, 材料4 item 5). */
export const OWN_TITLE_LEAD = "创建成果";

/** The id of the point of the unit's own titles, before the people's (`honours`). */
export const UNIT_HONOURS_POINT = "unitHonours";

/**
 * A 存在不足 row of the unit's own on the size of its volunteer force (`志愿者队伍年龄偏大`, `注册率不高`): the low
 * registration rate is then not said again in its words (new-user test 26, D31). `志愿服务的常态化` is another matter.
 */
export const VOLUNTEER_SCALE = /志愿者|志愿(?:服务)?队伍|注册率/u;

/**
 * A low registration rate (below catalog lowRegistrationRate, %) said in words, for 存在的不足 of unit and street summaries
 * (v2 rule 9): `{scope}志愿者注册人数占常住人口比例偏低，志愿服务队伍规模还需进一步扩大` (no final punctuation; with `change`,
 * `…比例偏低，较上半年下降2.2个百分点，…`). The rate is computed by us (注册人数 over 常住人口), never typed by the unit: a unit
 * never reports a rate of itself it did not give, so the figure stays in the 附表 and the text says it qualitatively (review
 * run 31, reviewer AU, 材料4 item 4: never `四是志愿者注册率为1%，……`; brief jc D5). The count itself is told in 志愿服务.
 * Undefined when the rate is not low or a figure is missing.
 */
export function lowRegistrationSentence(scope: string, members: Figure | undefined, rate: Figure | undefined, change = ""): Sentence | undefined {
  if (!members || !rate || rate.value >= lowRegistrationRate) return undefined;
  // `change`: the rate's fall since the period before (`较上年下半年下降2.2个百分点`), said with it, never as an item of its own.
  return new SentenceBuilder()
    .text(`${scope}志愿者注册人数占常住人口比例偏低`)
    .from(...rate.sources)
    .text(change ? `，${change}` : "")
    .text("，志愿服务队伍规模还需进一步扩大")
    .from(...members.sources)
    .build();
}

/**
 * A rate in % after its lead (`，志愿者注册率达`): the figure, or over an approximate base the multiple of 10 it surely
 * reaches (`达20%以上`, the base a tenth off either way; new-user test 30, D3). Nothing when it surely reaches none.
 */
export function rateClause(b: SentenceBuilder, lead: string, rate: Figure): SentenceBuilder {
  if (!rate.approx) return b.text(lead).fig(rate);
  const floor = Math.floor(rate.value / 1.1 / 10) * 10;
  return floor > 0 ? b.text(`${lead}${floor}%以上`).from(...rate.sources) : b;
}

/** A theme of public campaigns named alone, without the work done for it (`移风易俗`, `垃圾分类`): takes 宣传 after 参与. */
const CAMPAIGN_THEME = /^(?:移风易俗|垃圾分类|禁毒|反诈|反电诈|防范电信诈骗|控烟|禁燃禁放|光盘行动|反邪教|扫黑除恶|防溺水|文明祭扫|厉行节约)$/u;

/**
 * The clauses of one team's row after its members: `，另有社区文化宣传队1支` (备注 as typed),
 * `，坚持每周六开展“红色星期六”志愿服务活动` (a frequency in 备注), `，全员参与社区志愿服务、配合小区卫生整治`
 * (主要服务内容; 全员 when 备注 says so). Nothing when the row gives none.
 */
function teamDetail(b: SentenceBuilder, d: VolunteerFacts["teamDetails"][number] | undefined): void {
  if (!d) return;
  const r = d.remark;
  if (r?.besides) b.text(`，${r.besides}`);
  const f = r?.frequency;
  if (f?.source) b.from(f.source);
  if (f) b.text(f.named ? `，坚持${f.every}开展${f.named}${/活动$/u.test(f.named) ? "" : "志愿服务活动"}` : `，坚持${f.every}开展志愿服务${f.count}`);
  // Kinds of service typed one after another (`文明劝导；环境清扫；`) are an enumeration: `文明劝导、环境清扫` (new-user test 28, D17).
  const all = d.content?.split(/[；;，,]/u).map((x) => x.trim()).filter(Boolean) ?? [];
  // Work the team does for its members, no service (`志愿服务学分认定`), is no item of the 参与 list: said after it,
  // `，并负责志愿服务学分认定` (new-user test 38, D10).
  const managed = all.length > 1 ? all.filter((x) => TEAM_MANAGEMENT.test(x)) : [];
  const parts = managed.length && managed.length < all.length ? all.filter((x) => !managed.includes(x)).flatMap((x) => x.split("、")) : all;
  const listed = managed.length && managed.length < all.length ? parts.join("、")
    : parts.length > 1 && parts.every((x) => x.length <= 8 && !/[、：:]/u.test(x)) ? parts.join("、") : d.content;
  // A campaign's theme typed alone (`移风易俗`) is no work to take part in: `参与移风易俗宣传` (new-user test 32, D23).
  // Spoken words (`帮老年人挂号`) as written ones (`协助老年人挂号`: review run 27, 材料3 item 6).
  const content = listed?.split("、").map((x) => (CAMPAIGN_THEME.test(x) ? `${x}宣传` : writtenWords(x))).join("、");
  const everyone = /^全员/u.test(r?.detail ?? "");
  // Work done for someone (`为环卫工人提供热水`) is what the team does, not something it takes part in:
  // `主要为环卫工人提供热水服务`, never `主要参与为……` (new-user test 38, D9).
  if (content && /^(?:为|给|向)[\u4e00-\u9fff]/u.test(content)) b.text(`，${everyone ? "全员" : "主要"}${/提供[^、，]+$/u.test(content) && !/服务$/u.test(content) ? `${content}服务` : content}`);
  // A list of activities with a campaign of service among them (`办税辅导、学雷锋`) is carried out as service, never taken
  // part in: `主要开展办税辅导、学雷锋志愿服务` (review run 27, 材料5 item 3).
  else if (content && content.split("、").some((x) => SERVICE_CAMPAIGN.test(x))) b.text(`，${everyone ? "全员" : "主要"}开展${content}${/(?:服务|活动)$/u.test(content) ? "" : "志愿服务"}`);
  else if (content) b.text(`，${everyone ? "全员参与" : "主要参与"}${content}`);
  if (content && managed.length && managed.length < all.length) b.text(`，并负责${managed.join("、")}`);
}

/** A campaign of volunteer service named alone (`学雷锋`, `学雷锋志愿服务`): one does it (开展), never takes part in it (参与). */
const SERVICE_CAMPAIGN = /^(?:学雷锋|学习雷锋|雷锋志愿服务|学雷锋志愿服务)$/u;

/** A team's own management typed among its services (`志愿服务学分认定`, `志愿者考核`): no service the members take part in. */
const TEAM_MANAGEMENT = /(?:认定|考核|评定|审核|统计)$/u;

/**
 * The 队伍类型 every member of a unit of the profile is (review run 30, reviewer AT, t57-elder item 4): a 老年大学's teams are
 * all of elderly learners, so `其中老年志愿者120人` would read as if the other 45 were not; the members are told per team.
 */
const MEMBERS_KIND_OF_PROFILE: Readonly<Record<string, string>> = { elderSchool: "老年志愿者" };

/**
 * The members per team (`银龄志愿服务队120人、夕阳红文艺队45人`) when two or three teams each typed their 注册人数 and
 * these add up to the total exactly as typed (no 约/余); undefined otherwise.
 */
function teamsOfTotal(v: VolunteerFacts): { text: string; sources: string[] } | undefined {
  const teams = v.teamDetails;
  if (teams.length < 2 || teams.length > 3 || !v.members || v.members.approx) return undefined;
  if (teams.some((t) => !t.members || t.members.approx) || teams.reduce((n, t) => n + (t.members?.value ?? 0), 0) !== v.members.value) return undefined;
  return { text: teams.map((t) => `${t.name}${figureText(t.members as Figure)}`).join("、"), sources: teams.flatMap((t) => t.members?.sources ?? []) };
}

/** The teams' service of the period after their size: `；累计开展志愿服务114次，服务时长约670小时` (nothing when neither is typed). */
function servedTotals(b: SentenceBuilder, v: VolunteerFacts): void {
  if (!v.services && !v.hours) return;
  b.text("；累计");
  if (v.services) b.text("开展志愿服务").fig(v.services);
  if (v.hours) b.text(v.services ? "，服务时长" : "服务时长").fig(v.hours);
}

/**
 * The volunteering sentence of a unit whose 其他指标 states its registered volunteers (`total`) above its teams' `members`
 * (build-facts registeredTotal): `辖区现有注册志愿者1350人，其中幸福里党员志愿服务队、……共3支队伍163人（党员志愿者86人、……），
 * 志愿者注册率达10%以上；累计开展志愿服务114次，服务时长约670小时。` (review run 33, AW 材料10 item 4).
 */
function teamsOfUnitTotal(ctx: Ctx, total: Figure, members: Figure, teams: Figure): Sentence {
  const v = ctx.facts.volunteers;
  const b = new SentenceBuilder();
  const phrase = ctx.profile.phrases.volunteers;
  b.text(phrase.startsWith("辖区") ? `辖区现有${phrase.slice(2)}` : `现有${phrase}`).fig(total).text("，其中");
  const one = teams.value === 1 && v.teamNames.length === 1;
  if (one) b.text(v.teamNames[0]).from(...teams.sources);
  else if (v.teamNames.length <= 3) b.text(`${joinList(v.teamNames)}共`).fig(teams).text(v.teamNames.every((n) => /志愿服务队$/u.test(n)) ? "队伍" : "志愿服务队伍");
  else b.text("志愿服务队伍").fig(teams).text("共");
  b.fig(members);
  const kinds = v.byKind.filter((k) => k.category !== "其他");
  if (v.byKind.length > 1 && kinds.length && !MEMBERS_KIND_OF_PROFILE[ctx.profile.id]) {
    const list = figList(kinds, "", true);
    b.text("（").text(list.text).from(...list.sources).text("）");
  }
  const base = populationAs(ctx.facts.profile.unitType, ctx.facts.profile.population?.value, ctx.facts.profile.households?.value, ctx.facts.profile.unitName);
  if (v.totalRate && v.totalRate.value >= lowRegistrationRate) rateClause(b, base && base !== "辖区" ? `，占${base}总数的` : "，志愿者注册率达", v.totalRate);
  if (one) teamDetail(b, v.teamDetails[0]);
  servedTotals(b, v);
  return b.text("。").build();
}

/** 志愿服务 ledger: teams, members (by type), registration rate, services and hours. */
export function volunteerPoints(ctx: Ctx): Point[] {
  const v = ctx.facts.volunteers;
  if (!v.members && !v.teams) return [];
  const b = new SentenceBuilder();
  // The ledger lists teams the unit has, not teams set up this period: `现有`, never `组建` (review run 5).
  const one = v.teams?.value === 1 && v.teamNames.length === 1;
  // One team with no members, services, hours or work typed says nothing but its name: no point (never a section
  // `现有长青志愿队。`, new-user test 26, D22); `check` asks for its 注册人数.
  if (one && !v.members && !v.services && !v.hours && !v.teamDetails[0]?.content) return [];
  // Teams the ledger shows are all partners' (build-facts partnerTeam: 备注 `结对帮扶`, a name opening with a 共建单位) are
  // no teams of the unit: they come to serve it, `结对共建的城关二小红领巾志愿服务队（30人）、县人民医院医疗志愿服务队（12人）
  // 来院开展志愿服务`, never `现有……共2支志愿服务队伍，注册志愿者42人` (review run 31, AU 材料7 item 5).
  if (v.teamDetails.length && v.teamDetails.length === v.teamNames.length && v.teamDetails.every((t) => t.partner)) {
    const place = unitSelfChars(ctx.facts.profile.unitName)[0] ?? ctx.self;
    b.text(`结对共建的${v.teamDetails.map((t) => `${t.name}${t.members ? `（${figureText(t.members)}）` : ""}`).join("、")}来${place}开展志愿服务`)
      .from(...(v.teams?.sources ?? []), ...v.teamDetails.flatMap((t) => t.members?.sources ?? []));
    if (v.services || v.hours) {
      b.text("，累计");
      if (v.services) b.text("服务").fig(v.services);
      if (v.hours) b.text(v.services ? "，服务时长" : "服务时长").fig(v.hours);
    }
    b.text("。");
    return [{ id: "teams", lead: ctx.profile.leads.teams, sentences: [b.build()] }];
  }
  // The unit's own total of registered volunteers (其他指标 `注册志愿者` 1350人) above its teams' 163: the whole first, the
  // teams a part of it — `辖区现有注册志愿者1350人，其中……共3支队伍163人（党员志愿者86人、……）`, never the teams' sum alone
  // as all the unit has (review run 33, AW 材料10 item 4). Its rate is the one told and judged.
  if (v.registeredTotal && v.members && v.teams) return [{ id: "teams", lead: ctx.profile.leads.teams, sentences: [teamsOfUnitTotal(ctx, v.registeredTotal, v.members, v.teams)] }];
  if (v.teams) {
    // A team named by its members (`文明交通志愿者`) is a 队伍: never `文明交通志愿者现有注册志愿者` (new-user test 22, D6).
    if (one && v.members) b.text(`${v.teamNames[0]}${/志愿者$/u.test(v.teamNames[0]) ? "队伍" : ""}现有`).from(...v.teams.sources);
    else if (one) b.text(`现有${v.teamNames[0]}`).from(...v.teams.sources);
    // Teams named as such (`……志愿服务队`) are `共2支队伍`, never `……志愿服务队和……志愿服务队共2支志愿服务队伍` (review run 32, AV
    // 材料7 item 4).
    else if (v.teamNames.length <= 3) b.text(`现有${joinList(v.teamNames)}共`).fig(v.teams).text(v.teamNames.every((n) => /志愿服务队$/u.test(n)) ? "队伍" : "志愿服务队伍");
    else b.text("现有志愿服务队伍").fig(v.teams);
  }
  // 注册党员志愿者N人 only when every counted member is of that kind: a team whose 队伍类型 is blank or
  // not in the list is in the total but in no kind (new-user test 2, D7).
  const only = v.byKind.length === 1 && !wording.genericTeamKinds.includes(v.byKind[0].category) && v.byKind[0].figure.value === v.members?.value ? v.byKind[0].category : undefined;
  // Parents are no 师生 (new-user test 16, D2): a school with a 家长 team says 注册志愿者.
  const phrase = /师生/u.test(ctx.profile.phrases.volunteers) && v.teamNames.some((n) => /家长|家委会|校外|退休/u.test(n)) ? "注册志愿者" : ctx.profile.phrases.volunteers;
  // A team has members, no 辖区 of its own: `志愿服务总队现有注册志愿者1200人`, never `现有辖区注册志愿者` (new-user test 32, D23).
  const said = one ? phrase.replace(/^辖区/u, "") : phrase;
  // No team named (a 队伍名称 left empty or typed `其他`): the members are what the unit has, `现有注册志愿者12人` (`辖区现有…`),
  // never a bare `注册志愿者12人。` (new-user test 61, D3).
  const standing = (w: string): string => (v.teams ? w : w.startsWith("辖区") ? `辖区现有${w.slice(2)}` : `现有${w}`);
  if (v.members) b.text(v.teams && !(one && v.members) ? "，" : "").text(standing(only ? `注册${only}` : said)).fig(v.members);
  // Teams typed 其他 are in the total but named by no kind: `其中巾帼志愿者2人`, never `和其他4人` (new-user test 4, D5).
  const kinds = v.byKind.filter((k) => k.category !== "其他");
  // A kind every member of the unit is (老年大学: all learners are elderly) is no part: the members per team, or no breakdown.
  const everyone = MEMBERS_KIND_OF_PROFILE[ctx.profile.id];
  const allOfOne = !!everyone && kinds.some((k) => k.category === everyone);
  const perTeam = allOfOne && v.byKind.length > 1 ? teamsOfTotal(v) : undefined;
  if (perTeam) b.text("，其中").text(perTeam.text).from(...perTeam.sources);
  else if (!allOfOne && v.byKind.length > 1 && kinds.length) {
    const list = figList(kinds, "", true);
    b.text("，其中").text(list.text).from(...list.sources);
  }
  // A computed rate never takes 约 (v2 rule 4); a low one is told under 存在的不足 (rule 9).
  // Of a bureau's, a company's or a school's own people the rate is their share: `占干部职工总数的34.6%` (new-user test 27, D24).
  const base = populationAs(ctx.facts.profile.unitType, ctx.facts.profile.population?.value, ctx.facts.profile.households?.value, ctx.facts.profile.unitName);
  // A school's share of 师生 counts its 师生 teams only: said right after them (`其中少年志愿者300人，占师生总数的16%`), or
  // after their own count (`，其中师生志愿者300人`), never of all members with the parents (new-user test 48, D13).
  const shareOf = v.registeredOf;
  if (shareOf && v.registrationRate && v.registrationRate.value >= lowRegistrationRate && kinds.at(-1)?.figure.value !== shareOf.value) b.text(`，${v.byKind.length > 1 && kinds.length ? "" : "其中"}${base ?? ""}志愿者`).fig(shareOf);
  if (v.registrationRate && v.registrationRate.value >= lowRegistrationRate) rateClause(b, base && base !== "辖区" ? `，占${base}总数的` : "，志愿者注册率达", v.registrationRate);
  // One team: what its row says it does, in its own words (review run 14: `另有社区文化宣传队1支`,
  // `每周六“红色星期六”，全员参加`, 主要服务内容).
  if (one) teamDetail(b, v.teamDetails[0]);
  servedTotals(b, v);
  b.text("。");
  return [{ id: "teams", lead: ctx.profile.leads.teams, sentences: [b.build()] }];
}

/**
 * The 问题整改 row of conduct (a 其他 row named `……等不文明行为`, found in 起 or 处) that a 其他指标 row of people persuaded
 * tells more of (`劝导不文明行为` 2000余人次): the row is said with the problems' sentence (`……等不文明行为320起，均已纠正，
 * 劝导不文明行为2000余人次`), never a figure of the opening the body leaves out (new-user test 49, D9). Undefined otherwise,
 * and for a row with a 备注, 频次 or stage of its own.
 */
export function persuadedConduct(facts: Pick<Facts, "rectification">, row: FigureRow): RectificationFacts["byKind"][number] | undefined {
  if (row.remark?.trim() || row.reading?.frequency || row.reading?.stage) return undefined;
  // Persuasion named by its conduct (`文明养犬劝导` 30余次, `劝导不文明养犬`) goes with the one problem row of that conduct
  // (其他 `不文明养犬`), never after an unrelated activity (new-user test 53, D5).
  const named = conductPersuaded(facts, row);
  if (named) return named;
  if (!/^人次?$/u.test(row.figure.unit)) return undefined;
  if (!/^(?:劝导|劝阻|劝离|制止)(?:游客|市民|群众)?不文明(?:游园|参观|出行|乘车)?行为$/u.test(row.name.trim())) return undefined;
  const conduct = facts.rectification.byKind.filter((k) => k.category === "其他" && /不文明行为$/u.test(k.remark?.detail ?? ""));
  return conduct.length === 1 ? conduct[0] : undefined;
}

/** Persuasion of a conduct: `文明养犬劝导`, `劝导不文明养犬`, `劝阻乱停车` (group 1 or 2: the conduct, 文明/不文明 kept). */
const PERSUADING = /^(?:劝导|劝阻|劝离|制止|劝返)([\u4e00-\u9fff]{2,8})$|^([\u4e00-\u9fff]{2,8}?)(?:劝导|劝阻|劝离|制止|劝返)(?:工作|活动)?$/u;

/**
 * The one 问题整改 row of the conduct a row of persuasion names (`文明养犬劝导` beside 其他 `不文明养犬`, `劝导乱停车` beside
 * 乱停车): the conduct without 文明/不文明 (`养犬`), of two characters or more, in the row's name (its 问题类别, or a 其他 row's
 * 备注 as read); undefined when none or several hold it, or for a general `不文明行为` (the caller's rule).
 */
function conductPersuaded(facts: Pick<Facts, "rectification">, row: FigureRow): RectificationFacts["byKind"][number] | undefined {
  const m = PERSUADING.exec(row.name.trim());
  const conduct = (m?.[1] ?? m?.[2] ?? "").replace(/^(?:不)?文明/u, "").replace(/(?:行为|问题)$/u, "");
  if (conduct.length < 2 || conduct === "行为") return undefined;
  const rows = facts.rectification.byKind.filter((k) => (k.category === "其他" ? k.remark?.detail ?? "" : k.category).includes(conduct));
  return rows.length === 1 ? rows[0] : undefined;
}

/**
 * The 问题整改 row a 其他指标 row counts again: the row's name, its leading verb cut (`整治出租车拒载` → `出租车拒载`), is the
 * problem's name (its 问题类别, or a 其他 row's 备注 as read; `问题` cut), and its figure is the problem's 发现数 or 已整改数
 * in the same measure word. Undefined otherwise, and for a row with a 备注, 频次 or stage of its own. New-user test 47, D4:
 * `整改出租车拒载6起` and `整治出租车拒载8起` are one work, told once, by the problems' sentence.
 */
export function countedProblem(facts: Pick<Facts, "rectification">, row: FigureRow): RectificationFacts["byKind"][number] | undefined {
  return problemsNamedBy(facts, row).find((k) => [k.figure, k.rectified].some((f) => f.value === row.figure.value && f.unit === row.figure.unit));
}

/**
 * The 问题整改 rows whose thing a 其他指标 row names, whatever their figures: the row's name, its leading verb cut
 * (`维修管网漏点` → `管网漏点`), is the problem's name (its 问题类别, or a 其他 row's 备注 as read; `问题` cut). Empty for a
 * row with a 备注, 频次 or stage of its own, or not a count. Beside such a row with other figures (`维修管网漏点` 45处 and
 * 其他 `管网漏点` 15/10处) the opening tells one of them (new-user test 60, D8); with the same figure it is one work
 * ({@link countedProblem}).
 */
export function problemsNamedBy(facts: Pick<Facts, "rectification">, row: FigureRow): RectificationFacts["byKind"] {
  if (row.remark?.trim() || row.reading?.frequency || row.reading?.stage || row.figure.kind !== "count") return [];
  const name = row.name.trim();
  const verb = actionOf(name);
  const work = (verb && name.startsWith(verb) ? name.slice(verb.length) : name).replace(/问题$/u, "");
  if (work.length < 2) return [];
  const bare = (x: string): string => x.replace(/问题$/u, "");
  return facts.rectification.byKind.filter((k) => [k.category === "其他" ? k.remark?.detail ?? "" : k.category, problemAction(k).object].filter(Boolean).map(bare).includes(work));
}

/** The thing a 组织保障 item names as the text says it (tidyOrgItem, then restatedThing), once per item. */
const orgThings = new WeakMap<OrganizationItem, string>();
function restatedOrgThing(i: OrganizationItem): string {
  let thing = orgThings.get(i);
  if (thing === undefined) {
    thing = restatedThing(tidyOrgItem(i).item.content);
    orgThings.set(i, thing);
  }
  return thing;
}

/** Measure words complaints are counted in, one measure (new-user test 55, D5). */
const COMPLAINT_MEASURE = /^[件起宗个]$/u;

/** Measure words of places and things that count the same (`职工书屋8个` and `8家`): one figure in either word. */
const THING_MEASURE = /^[个家所处座间]$/u;

/**
 * The thing a row names, for telling whether two rows of different sheets say one fact: its leading verb cut (`新建职工书屋`
 * → `职工书屋`), a trailing 建设/工作 cut (`职工书屋建设` → `职工书屋`), and printed matter called one (明白纸, 宣传单,
 * 折页, 手册 → 宣传资料: `安全用电明白纸` and `发放安全用电宣传资料` are both `安全用电宣传资料`). New-user test 51, D3.
 */
export function restatedThing(name: string): string {
  const n = name.trim();
  const verb = actionOf(n);
  return (verb && n.startsWith(verb) ? n.slice(verb.length) : n)
    .replace(/^(?:新建|新设|建成|建设|创建)/u, "")
    // A rectifying verb after the first (`督促整改火灾隐患`, `组织排查安全隐患`): the thing is what follows (new-user test 55, D5).
    // So is a settling verb (`排查化解矛盾纠纷` beside 其他 `矛盾纠纷`: the disputes counted, told once; new-user test 67, D6).
    .replace(/^(?:整改|整治|清理|排查|查处|处置|消除|治理|清除|化解|调处|调解)(?=[\u4e00-\u9fff]{2})/u, "")
    .replace(/(?:建设|工作)$/u, "")
    .replace(/(?:宣传)?(?:明白纸|明白卡|单页|传单|单|折页|手册|册|资料)$/u, "宣传资料");
}

/**
 * The cells of another sheet's row that a 其他指标 row states again (new-user test 51, D3): the same thing
 * ({@link restatedThing}) and the same figure, measure words of things taken as one (个/家/所/处/座/间). Looked for in 问题整改
 * (as {@link countedProblem}, and complaints by complaints: `受理客户投诉` 12件 beside 其他 `投诉` 12/12件), 宣传投放 (a row's
 * 位置或内容 or its 类型) and 组织保障 (名称或内容). The fact is told once, by that row, which takes this row's cells. Undefined
 * otherwise, and for a row whose 频次, stage or 备注 says something the other row would lose. A rough figure (`一百余`) is
 * the same only as one as rough (`100余` and `100余`, never `约100` or 100).
 */
export function restatedRow(facts: Pick<Facts, "rectification" | "publicity" | "organization">, row: FigureRow): readonly string[] | undefined {
  // A complaints' 办结率 beside the complaints counted in 问题整改 (`投诉办结率` 91% beside 受理35件、已办结32件) is theirs: the
  // counts tell it, never a second rate that may not match them (91% for 91.4%: new-user test 53, D9).
  const rateOf = /^(.{0,10}?)(?:办结率|办结比例)$/u.exec(row.name.trim());
  if (row.figure.kind === "rate" && rateOf && (!rateOf[1] || COMPLAINT_NAME.test(rateOf[1]))) {
    const complaints = facts.rectification.byKind.filter((k) => isComplaint(k) && k.figure.value > 0 && k.rectified.sources.length > 0);
    const found = complaints.reduce((n, k) => n + k.figure.value, 0);
    const done = complaints.reduce((n, k) => n + k.rectified.value, 0);
    if (complaints.length && Math.abs((done / found) * 100 - row.figure.value) < 1) return complaints.flatMap((k) => [...k.figure.sources, ...k.rectified.sources]);
  }
  const r = row.reading;
  const saysMore = !!r && (!!r.frequency || !!r.schedule || !!r.stage || r.places.length > 0 || !!r.detail || !!r.clause || !!r.list || !!r.examples || !!r.result || !!r.kinds || !!r.recipient || !!r.besides || !!r.span || !!r.basis || !!r.bound);
  // A rough figure is the same only as an equally rough one (`一百余` 件 beside 发现数 `一百余` 件: review run 28, 材料3 item 8).
  if (saysMore || row.figure.kind !== "count" || (row.figure.approx && row.figure.approx !== "over")) return undefined;
  const alike = (f: Figure): boolean => f.value === row.figure.value && f.approx === row.figure.approx;
  const same = (f: Figure | undefined): boolean => !!f && alike(f) && (f.unit === row.figure.unit || (THING_MEASURE.test(f.unit) && THING_MEASURE.test(row.figure.unit)));
  const thing = restatedThing(row.name);
  if (thing.length < 2) return undefined;
  const complaints = COMPLAINT_NAME.test(thing);
  // Complaints are counted in 件, 起, 宗 or 个 alike (`受理消费投诉18件` beside 其他 `消费投诉` 18起: new-user test 55, D5).
  const sameMeasure = (k: RectificationFacts["byKind"][number], f: Figure): boolean =>
    f.unit === row.figure.unit || (complaints && isComplaint(k) && COMPLAINT_MEASURE.test(f.unit) && COMPLAINT_MEASURE.test(row.figure.unit));
  const problem = facts.rectification.byKind.find((k) => {
    if (![k.figure, k.rectified].some((f) => alike(f) && sameMeasure(k, f))) return false;
    const names = [k.category === "其他" ? k.remark?.detail ?? "" : k.category, problemAction(k).object].filter(Boolean).map((x) => x.replace(/问题$/u, ""));
    return names.some((x) => restatedThing(x) === thing || (complaints && isComplaint(k) && COMPLAINT_NAME.test(x)));
  });
  if (problem) return [...problem.figure.sources, ...problem.rectified.sources];
  const publicity = facts.publicity.byKind.find((k) => same(k.figure) && [k.category, ...k.details].some((d) => restatedThing(d) === thing));
  if (publicity) return publicity.figure.sources;
  // A 组织保障 name is compared as the text says it (`投诉处理 12345转过来的……` is `处理投诉`); complaints of a kind (`游客投诉`)
  // are those a bare `投诉` row counts (new-user test 58, D9).
  const item = facts.organization.find((i) => {
    if (i.carried || !same(i.figure)) return false;
    const own = restatedOrgThing(i);
    return own === thing || (complaints && own.length >= 2 && COMPLAINT_NAME.test(own) && thing.endsWith(own));
  });
  return item ? [item.source, ...(item.figure?.sources ?? [])] : undefined;
}
