/**
 * The verbs a 组织保障 名称或内容 takes (v2 rule 1): whether it opens with its own ({@link startsWithVerb}), the verb a
 * 其他 row's name is given ({@link otherVerb}), a doer typed before the verb ({@link ownClause}), and the names that have
 * none ({@link verblessOrgContent}). Shared by the narrative (points-ledgers) and the checks (validate): one list.
 * @module
 */
import { actionOf, closingActionOf, RECURRING_MEETING, thingKindOf } from "./domain";

/** Verbs of 组织保障 contents beyond the catalog's action verbs (`健全……`, `完善……`). */
const orgVerbs = ["健全", "完善", "调整", "充实", "优化", "出台", "实行", "推行", "设立", "细化", "分解", "明确", "实施", "压实", "构建", "形成"];

/**
 * True when a content already opens with an action (`成立……`, `与……签订……`): no verb is put before it (v2 rule 1). A name that
 * only closes with its action (`在建工地文明施工督查`) is a thing done, which takes one: `开展在建工地文明施工督查` (new-user
 * test 70, D9).
 */
export const startsWithVerb = (s: string): boolean => {
  if (orgVerbs.some((v) => s.startsWith(v))) return true;
  const a = actionOf(s);
  // A clause with its partner first (`与街道对接背街小巷整治`) is a doing all the same.
  return a !== undefined && (s.startsWith(a) || !s.endsWith(a) || /^(?:与|同|和|跟|对|向|联合|会同|协同|配合)/u.test(s));
};

/** Contents that open with the people who act (`班子成员现场督察`, `院领导带队清扫`). */
export const PEOPLE_FIRST = /^[\u4e00-\u9fff]{0,3}(?:领导|干部|党员|职工|成员|民警|医护人员|教师|志愿者)/u;

/**
 * The verb a 组织保障 其他 row's 名称或内容 takes (v2 rule 1): staff 配备, a way of managing 实行, a body 成立 (`红白理事会`), a
 * meeting 召开, a post 设立 …; "" when the words start with a verb of their own or fit none of these. Used by a unit's summary
 * and by the roll-up's (new-user test 44, D2: two villages' `红白理事会` left a section of a bare `。`).
 */
export function otherVerb(c: string): string {
  if (startsWithVerb(c)) return "";
  // A pledge is made (`作出窗口文明服务承诺24项`), a daily meeting held, a round of work done (`开展物业考评`): never a
  // bare name (new-user test 40, D18, D22).
  if (/承诺$/u.test(c)) return "作出";
  // A meeting is held whatever its kind (`老旧小区改造协调会`, `座谈会`, `推进会`, `晨会`): `累计召开……协调会3次`, never the
  // verbless `累计老旧小区改造协调会3次` (new-user test 41, D3). A body (`理事会`) is set up below; a show (`运动会`) is no meeting.
  // A name ending in 会议 is always held (`家委会会议`: its `委会` makes no body; new-user test 42, D7).
  if (MEETING_NOUN.test(c) || /会议$/u.test(c.replace(/[”》]$/u, ""))) return "召开";
  // A course is given (`开设心理健康教育课36节`), a training held (`开展系统内业务培训5次`), a thing named with its creating
  // after it created (`创建办税服务厅文明窗口3个`): never a bare name with its count (new-user test 41, D8).
  if (/(?<!功)课$/u.test(c)) return "开设";
  if (SCHOOLING.test(c.replace(/[”》]$/u, ""))) return "举办";
  if (/(?:培训|宣讲|讲座)$/u.test(c)) return "开展";
  // Education given (`安全教育` 每周) is held: `坚持每周开展安全教育`, never `坚持每周安全教育` (new-user test 43, D6).
  if (/(?<!受)教育$/u.test(c)) return "开展";
  // A service window or model post named alone (`文明优质服务窗口`, `党员示范岗`) is created (new-user test 43, D19).
  if (/(?:窗口|示范岗|文明岗|示范点)$/u.test(c.replace(/[”》]$/u, ""))) return "创建";
  if (RECURRING_WORK.test(c) && !/^[\u4e00-\u9fff]{0,3}(?:执法)$/u.test(c)) return "开展";
  if (thingKindOf(c) === "staff" || thingKindOf(c) === "equipment") return "配备";
  if (/(管理|责任制|包保制)$/u.test(c)) return "实行";
  // A standing arrangement named alone (`客户投诉处理机制`, `首问负责制度`, `创建工作台账`, `志愿者档案`) is set up, a system
  // (`服务保障体系`) made whole, a body of people (`文明劝导队伍`) built: `建立客户投诉处理机制`, never the verbless point
  // `客户投诉处理机制。` (new-user test 54, D7).
  const arrangement = c.replace(/[”》]$/u, "");
  if (/体系$/u.test(arrangement)) return "健全";
  if (/队伍$/u.test(arrangement)) return "组建";
  if (/(?:机制|制度|台账|档案|清单|预案|规程|流程|工作法)$/u.test(arrangement)) return "建立";
  // A working body (`一办两组（……）`, `督查专班`) is set up.
  if (/(?:组|办|专班|小组|工作队)(?:（[^（）]*）)?$/u.test(c)) return "组建";
  // A body named alone (`新乡贤理事会`, `红白理事会`, `志愿服务队`) is set up, a post or room (`调解室`, `文明实践站`)
  // set up as a place; a meeting (`座谈会`, `推进会`) is none of them (new-user test 35, D5: never `新乡贤理事会。`).
  const bare = c.replace(/[”》]$/u, "");
  if (!RECURRING_MEETING.test(bare) && !/(?:会议|大会|年会|例会|晚会|茶话会|运动会|联欢会|见面会|交流会|培训会|部署会|动员会|总结会|分析会|协调会)$/u.test(bare)) {
    if (/(?:理事会|议事会|监事会|参事会|评议会|协会|商会|联合会|委员会|促进会|研究会|志愿者?协会)$/u.test(bare)) return "成立";
    if (/(?:[^工作]队|服务队|志愿队)$/u.test(bare)) return "组建";
    if (/(?:站|室|中心|之家|驿站)$/u.test(bare)) return "设立";
  }
  return "";
}

/**
 * Subjects staff type before a 组织保障 名称或内容's own verb (`各村成立红白理事会`, `各小区均组建……`, `各科室明确……`): the
 * unit's parts that do the work. Group 1 the parts; a grassroots part (村, 社区, 小区, 网格, 楼栋, 班级 …) is 指导-ed by the
 * unit, an office or firm (单位, 部门, 科室, 商户 …) 督促-ed.
 */
const OWN_SUBJECT = /^((?:各|每个)(?:行政村|村（社区）|村居|村民小组|居民小组|村组|村|社区|小区|网格|楼栋|班级|年级|党支部|支部|单位|部门|科室|中队|站所|门店|商户|企业|成员单位))(?:均|都|全部|普遍|已)?(?=[\u4e00-\u9fff“])/u;
const GUIDED_PART = /(?:村|村（社区）|村居|小组|村组|社区|小区|网格|楼栋|班级|年级|支部)$/u;
/**
 * A topic typed before its action (`老旧小区改造入户征求意见`, `背街小巷整治上门走访商户`): the work it serves (group 1) and
 * what was done (group 2); said `围绕老旧小区改造入户征求意见`, never the verbless `老旧小区改造入户征求意见100余户`
 * (new-user test 44, D7).
 */
const TOPIC_THEN_ACTION = /^([\u4e00-\u9fff“”]{2,10}?(?:改造|建设|整治|创建|提升|工程|项目|规划|拆迁|征收))((?:入户|上门|逐户|走访|征求|听取|收集|召开|组织|开展)[\u4e00-\u9fff“”]{2,12})$/u;

/**
 * A 组织保障 名称或内容 that says its own doer and verb (`各村成立红白理事会`, `各小区均组建志愿服务队`) as the unit's clause:
 * `指导各村成立红白理事会` (a grassroots part), `督促各科室明确创建联络员` (an office); a topic before its action
 * (`老旧小区改造入户征求意见`) → `围绕老旧小区改造入户征求意见`. Undefined for any other words. Text only (the count is the
 * caller's). Source: new-user test 44, D7 (never `成立各村成立红白理事会12个`).
 */
export function ownClause(content: string): string | undefined {
  const subject = OWN_SUBJECT.exec(content);
  if (subject) {
    const rest = content.slice(subject[0].length);
    if (startsWithVerb(rest) || /^(?:成立|组建|建立|设立|明确|配备|制定|签订|开展|落实|推行|实行|选派|选出|推选)/u.test(rest)) {
      return `${GUIDED_PART.test(subject[1]) ? "指导" : "督促"}${subject[1]}${rest}`;
    }
  }
  const topic = TOPIC_THEN_ACTION.exec(content);
  return topic ? `围绕${topic[1]}${topic[2]}` : undefined;
}

/**
 * Names of recurring work typed as a 工作机制 row (`联合执法检查`, `文明劝导`, `文明班级月评比`): done (`开展`), never
 * `落实` (new-user tests 32 D30, 34 D12).
 */
export const RECURRING_WORK = /(?:检查|巡查|督查|督导|劝导|巡逻|执法|排查|走访|暗访|巡检|夜查|巡防|联防|联动|联勤|评比|评选|评议|讲评|考评|测评|点评)$/u;

/** A school or class the unit holds for others (`家长学校`, `道德讲堂`, `市民课堂`, `培训班`): 举办-ed (new-user test 41, D8). */
export const SCHOOLING = /(?:家长学校|市民学校|学校|讲堂|课堂|夜校|培训班|进修班|研修班|轮训班|学习班|书院)$/u;

/** A meeting by its name (`老旧小区改造协调会`, `创文推进会`, `晨会`, `工作会议`): held (`召开`). */
const MEETING_NOUN = /(?:晨会|夕会|班前会|例会|座谈会|协调会|推进会|调度会|联席会议?|碰头会|讲评会|点评会|部署会|动员会|总结会|分析会|研判会|会商会|恳谈会|议事会议|工作会议?)$/u;

/**
 * A 组织保障 其他 row's 名称或内容 that says no action and takes none (`客户投诉处理流程图`, `文明服务公约`, `营业厅环境`): no verb
 * of its own ({@link startsWithVerb}, the catalog's actionOf), none given by its ending ({@link otherVerb}, closingActionOf,
 * `…创建`, `…修订`, `…公示`), no doer before a verb ({@link ownClause}), no people who act, members, post, grid or joined
 * work. Only a short name of Chinese characters (2–16, quotes and 《》 allowed) is judged: a sentence is no bare name.
 * Such a row without a 数量 is left out of the summary and said as `org.no-verb` (new-user test 54, D7: never the point
 * `客户投诉处理流程图。`); with one it is a tally (`包联社区2个`) and told.
 */
export function verblessOrgContent(content: string): boolean {
  const c = content.trim();
  if (c.length < 2 || c.length > 16 || !/^[\u4e00-\u9fff“”《》]+$/u.test(c)) return false;
  if (startsWithVerb(c) || otherVerb(c) || ownClause(c) || closingActionOf(c)) return false;
  // What the narrative turns or joins (points-ledgers organizationPoints): `…创建`, `…修订`, `…公示`, `…结合创文`, a doer
  // before `开展`, people first, members, a post or point, a grid.
  if (/(?:创建|创评|修订|修改|制定|制订|完善|修编|曝光|公示|公开|通报|张贴|发放|发布|推送|成员|人员|队员|会员|岗|点|网格化)$/u.test(c.replace(/[”》]$/u, ""))) return false;
  // 把/将 … 纳入 (`把文明就医纳入科室绩效考核`: new-user test 53, D11) says its action after its object.
  if (/结合|融合|融入|纳入|列入|写入|开展|组织|召开|进行|下达|交办|布置|分配|每[日天周月年季晚早]/u.test(c) || /^[把将]/u.test(c)) return false;
  // Work on problems said with its verb first (`协调解决创建疑难问题`, `排查整治…`): told as typed.
  if (/^(?:协调|研究|督促|解决|化解|排查|整治|整改|处置)/u.test(c)) return false;
  // A phrase led by its partner or place (`与物业对接…`, `跟…`, `在…`) or a campaign taken somewhere (`…进社区`) says its action.
  if (/^[与跟同和向为对给在到]/u.test(c) || /进(?:社区|乡村|农村|校园|学校|企业|机关|家庭|万家|基层|小区|楼院|村组|村居|网格)/u.test(c)) return false;
  return !PEOPLE_FIRST.test(c);
}
