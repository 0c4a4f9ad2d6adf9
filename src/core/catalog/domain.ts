/**
 * Domain knowledge the narrative needs about what users type (narrative spec v2 rules 1, 3, 8):
 * which names already begin with an action, the action that fits each 问题类别, which frame verb
 * fits which kind of thing, and which 板块 a row belongs to by its words. Pure data and small
 * functions; the generator and (later) the import of existing sheets read these tables, so there
 * is one classifier of rows.
 * @module
 */
import { isPlaceholderText } from "../normalize/placeholder";
import { countingWords } from "./measure-words";

/**
 * Verbs that open an action name (`出动巡查人员`, `清理小广告`, `走访困难家庭`): such a name is written
 * as name + figure + measure word, never after a frame verb (v2 rule 1). Longest first when matched.
 */
export const actionVerbs: readonly string[] = [
  "出动", "签订", "发放", "开展", "清理", "清除", "清运", "拆除", "走访", "筹集", "募集", "举办", "组织", "下达", "立案", "查处", "受理",
  "办结", "整治", "劝导", "规范", "新建", "新增", "改造", "建成", "建设", "设置", "安装", "慰问", "结对", "资助", "培训", "表彰",
  "招募", "印发", "张贴", "悬挂", "投入", "帮扶", "救助", "调解", "收集", "回收", "治理", "入户", "巡查", "检查", "排查",
  "罚没", "收缴", "聘请", "配备", "更新", "维修", "修缮", "铺设", "种植", "补植", "栽植", "绿化", "处理", "收到", "征集", "评选", "动员",
  "覆盖", "惠及", "完成", "落实", "取缔", "纠正", "约谈", "暂扣", "查扣", "制作", "播放", "推送", "发布", "刊发", "编印", "召开", "成立",
  "组建", "建立", "制定", "抽调", "派出", "投放", "更换", "粉刷", "硬化", "疏通", "施划", "划设", "增设", "拆改", "整改", "督办", "通报",
  "曝光", "接待", "调处", "化解", "义诊", "捐赠", "捐款", "献血", "报道", "上报", "录入", "登记", "宣讲", "讲授", "举行",
  "打造", "评定", "命名", "推荐", "选树", "吸纳", "发展", "新招", "引导", "督促", "指导", "参加", "参与", "接受", "签约", "联系",
  "走访慰问", "开放", "提供", "解决", "办理", "帮助", "植树", "清洗", "擦洗", "修剪", "清扫", "保洁", "检测", "拍摄", "查纠", "劝离",
  "查获", "邀请", "带动", "注册", "新注册", "新发展", "收治", "救治", "接诊", "体检", "筛查", "宣传", "普及", "赠送", "送出", "送达", "分发",
  "配发", "印制", "制发", "喷涂", "安置", "维护", "改建", "扩建", "提升", "整修", "修复", "清退", "劝返", "劝阻", "处罚", "警告", "查验",
  "抽检", "抽查", "巡逻", "值守", "执勤", "捡拾", "打捞", "清掏", "清淤", "消杀", "除草", "捐赠", "捐献", "捐助", "开设", "开办", "开通",
  "培育", "评出", "选出", "奖励", "召集", "走进", "深入", "参观", "观看", "组织观看", "学习", "听取", "签署", "发动", "号召", "吸引",
  "扩充", "扩大", "组成", "整顿", "测评", "协助", "配合", "联合", "会同", "携手", "守护", "合办", "共建", "承办", "协办", "主办", "拆除", "腾退", "清查", "核查", "摸排", "走访排查", "整改", "销号", "移交", "转办", "答复", "回访", "采集", "更正", "刷新", "设立", "下发", "分析",
  // Money given out or saved (`拨付创建工作专项经费`, `拦截电信诈骗资金`, `安排创建专项资金`: never `投入拨付……`,
  // new-user tests 25 D1, 24 D1).
  "拨付", "下拨", "划拨", "筹措", "追加", "拦截", "挽回", "追回", "安排", "争取", "支付", "兑现", "止付", "冻结",
  // A rule or plan that is itself made (`修订村规民约`, `编制创建规划`): never `落实修订……` (new-user test 27, D3).
  "修订", "修改", "制订", "编制", "出台",
  // Inspections named by what is inspected (`督查医疗机构创文工作`, as 填报说明 asks names to open with the action):
  // never `开展督查……` (new-user test 28, D19).
  "督查", "督导", "暗访", "明察暗访",
  // News put out by a medium (`播发创文新闻稿件`, `刊播公益广告`, `编发简报`): the name says its action, never
  // `发布播发……` (new-user test 65, D4).
  "播发", "刊播", "编发",
  // 跟 as a verb, the user's term (`跟车督查`, `跟班检查`, `跟踪回访`): never `开展跟车督查` nor `与车督查` (new-user test 45, D6).
  "跟车", "跟班", "跟踪", "跟岗", "跟进",
  // What is judged, named with its verb (`评议道德红黑榜`): never `开展评议道德红黑榜2次` (new-user test 37, D14).
  "评议",
  // Culture taken to the people (`送戏下乡`, `送文化进社区`): never `开展送戏下乡36场` (new-user test 32, D32).
  "送戏", "送文化", "送书", "送电影",
  // Traffic kept moving and services kept up (`畅通绿色通道车辆`, `保障应急通道`, `疏导进出车辆`): the name says its action,
  // never `配备畅通绿色通道车辆1.2万余辆` (new-user test 61, D1).
  "畅通", "保障", "疏导", "保通",
];

/**
 * Names that open with a verb's characters but name a thing (`宣传栏`, `服务站`, `培训班`): never split. A joint
 * work named by its kind only (`联合执法检查`, `会同整治行动`) is a thing too: done with `开展`, never `累计联合5次`
 * (new-user test 32, D30). A campaign named thing + 进 + place (`义诊进社区`, `文艺进乡村`, `法律进校园`) is an event, done with
 * `开展“…”活动`, never an action (new-user test 35, D18: never `在东湖社区义诊进社区`); `送文化进社区` stays the action 送文化.
 * `绿化带种菜`, `安置房屋顶违建` name a place, not the work 绿化 or 安置 (new-user test 38, D19: never `绿化` + `带种菜问题`).
 * A place named by the work done there (`接待窗口`, `调解室`, `受理大厅`, `执勤站`) is a thing: `信访接待窗口接待群众来访` is
 * done by its 接待窗口, never split as `信访` + `接待窗口……` (new-user test 57, D4). `保障性住房`, `保障对象`, `疏导员` name
 * things, not the actions 保障/疏导 (new-user test 61, D1).
 */
const NOUN_NAMES = /^(?:(?!送)[\u4e00-\u9fff]{2,4}进(?:社区|乡村|农村|校园|学校|企业|机关|家庭|万家|基层|小区|楼院|村组|村居|军营|景区|工地|商圈|医院|网格|院落)$|(?:联合|会同|协同)(?:执法|检查|巡查|督查|督导|巡逻|执勤|整治|行动|排查|夜查|暗访|巡防|专项|清查|治理)+$|宣传(?:栏|单|品|册|片|画|海报|资料|标语|横幅|展板|牌|车|员|队)|服务(?:站|点|队|中心|窗口|热线)|测评(?:点位|点|区域|项目|指标|体系)|组织(?:建设|生活|架构|机构|优势)|培训班|评议(?:组|员|团|小组|委员会)|检查组|巡查组|督查组|督导组|督查员|督导员|督查(?:检查|工作|机制|制度|通报|问责)$|督导(?:检查|工作|机制|制度)$|巡查员|巡逻队|保洁员|治理体系|学习强国|绿化带|安置(?:房|小区|户|点)|教育基地|维护费|清运(?:机动)?车|(?:帮扶|联系|包保|共建|结对)(?:点|对象|单位|村|社区|路段)|(?:接待|受理|调解|办理|登记|执勤)(?:窗口|大厅|室|中心|站(?!岗))|保障(?:性|房|对象|机制|体系|制度|措施|资金|经费|金)|疏导(?:点|区|员|岗|队))/u;

/**
 * Manner words said before an action (`点对点`, `逐项`, `集中`, `免费`): the row's action is the verb after them (`免费开放场馆`
 * opens with 开放: never `建有免费开放场馆31天`, new-user test 61, D1).
 */
export const MANNER = /^(?:免费|点对点|面对面|逐项|逐一|逐户|逐条|逐级|层层|全面|集中|分类|及时|统一|定期|不定期|分批|分阶段|深入|主动|积极|大力|广泛|持续|全力)/u;

const verbsLongestFirst = [...actionVerbs].sort((a, b) => b.length - a.length);

/**
 * The action verb a name opens with (`清理小广告` → `清理`), also after a leading `与……`/`为……`/`向……`
 * phrase that contains one (`与商户签订责任书` → `签订`); undefined for a name of a thing (`保洁员`).
 */
export function actionOf(name: string): string | undefined {
  if (NOUN_NAMES.test(name)) return undefined;
  // One-character verbs people use in short names (`设志愿服务站`), never before a noun that starts with them (设施, 设备).
  if (/^设(?!施|备|计|置|立)[\u4e00-\u9fff]{2,}/u.test(name)) return "设";
  // `植树节义务植树`, `清洁日…`: a verb that is the first half of a day's name (植树节) opens no action (new-user test 4, D2).
  const direct = verbsLongestFirst.find((v) => name.startsWith(v) && name.length > v.length + 1 && !/^(?:节(?!假日|日|能|约|点|水|庆)|日(?!常))/u.test(name.slice(v.length)));
  if (direct) return direct;
  // A manner word before the action (`点对点下发《问题清单》`, `逐项分析失分指标`): the action follows it.
  const manner = MANNER.exec(name)?.[0];
  if (manner) {
    const rest = name.slice(manner.length);
    const inner = verbsLongestFirst.find((v) => rest.startsWith(v) && rest.length > v.length);
    if (inner) return inner;
  }
  if (/^[与为向对给在]/u.test(name)) {
    const inner = verbsLongestFirst
      .map((v) => ({ v, i: name.indexOf(v) }))
      .filter((x) => x.i > 1)
      .sort((a, b) => a.i - b.i || b.v.length - a.v.length)[0];
    return inner?.v;
  }
  return undefined;
}

/**
 * States of a thing (`路灯损坏`, `井盖缺失`, `坡道过陡`), as RegExp alternatives: a clause that closes with one after the
 * thing names a problem (readRemark, new-user test 39, D19), and the narrative says it with 问题 after it (points-ledgers
 * DAMAGE_STATE, new-user test 34, D23). A thing below its standard (`窗口人员着装不规范`, `台账记录不完善`) is in such a state
 * too (new-user test 47, D9).
 */
export const THING_STATE_WORDS = "破损|损坏|损毁|缺失|缺损|脱落|老化|松动|堵塞|积水|故障|失修|残缺|褪色|破旧|倾斜|不亮|不全|不齐|渗漏|漏水|坑洼|塌陷|过[陡窄滑高低暗]|不规范|不到位|不整洁|不达标|不合格|不及时|不统一|不完善";

/**
 * The action that fits each 问题类别 (v2 rule 3: `规范占道经营120宗、拆除违章搭建16处、清理小广告300余张`).
 * The object is the category itself unless `object` says otherwise (乱张贴 → 清理乱张贴).
 */
export const problemActions: Readonly<Record<string, { readonly verb: string; readonly object?: string }>> = {
  占道经营: { verb: "规范" },
  流动摊点: { verb: "规范" },
  乱摆卖: { verb: "规范", object: "乱摆乱卖" },
  乱张贴: { verb: "清理", object: "乱张贴" },
  移动广告牌: { verb: "清理" },
  // Goods piled on the road are 整治-ed: `清理占道堆放28处` is odd (new-user test 41, D4).
  占道堆放: { verb: "整治" },
  违章搭建: { verb: "拆除" },
  卫生死角: { verb: "清理" },
  渣土偷倒: { verb: "查处", object: "渣土偷倒" },
  噪音扰民: { verb: "处理", object: "噪音扰民问题" },
  其他: { verb: "整治", object: "其他问题" },
};

/**
 * Kinds of problem a 问题整改 其他 row's 备注 may list several of (`消防通道堆放杂物，灭火器过期`), tried in order: the first
 * whose words every item names gives the row its general name, said after the items (`消防通道堆放杂物、灭火器过期等消防安全
 * 隐患`); a list no kind covers is `……等问题` (new-user test 46, D11: never named by its first item alone). Small on purpose.
 */
export const PROBLEM_FAMILIES: readonly { readonly name: string; readonly words: RegExp }[] = [
  { name: "消防安全隐患", words: /消防|灭火器|消火栓|安全出口|疏散通道|电动车.{0,4}充电|飞线|私拉|乱拉|电线|燃气|烟感/u },
  { name: "环境卫生问题", words: /垃圾|杂物|堆物|污水|积水|卫生|异味|蚊蝇|粪便/u },
  // Visitors' and passers-by's conduct (`乱扔垃圾、践踏草坪、野泳、遛狗不牵绳`, `随意触摸展品、大声喧哗`): new-user test 49, D5/D9.
  { name: "不文明行为", words: /乱扔|乱丢|乱涂|乱刻|乱画|践踏|踩踏|攀折|攀爬|采摘|野泳|垂钓|遛狗|牵绳|拴绳|喧哗|吵闹|吸烟|吐痰|插队|触摸|触碰|不文明|闯红灯|翻越|占座|占位|抢座/u },
];

/**
 * Common problems as staff say them in a 问题整改 其他 row's 备注 (`楼下有人乱扔垃圾`, `村民说院子里鸡鸭乱跑`, `那边老是有人乱倒
 * 垃圾`), each with its written name (`乱扔垃圾`, `畜禽散养`), tried in order: a 备注 in spoken words that names no problem
 * as written is named by the first that it holds (run-27 review, 材料1 item 5 and 材料6 item 1: never the ledger label
 * `其他问题`). Small on purpose: only problems a colleague would name so without a doubt.
 */
export const SPOKEN_PROBLEMS: readonly { readonly name: string; readonly words: RegExp }[] = [
  { name: "畜禽散养", words: /(?:鸡|鸭|鹅|猪|牛|羊|畜禽|禽畜|家禽|家畜)[鸡鸭鹅猪牛羊]{0,2}(?:到处|满街|满地|满院|随地)?(?:乱跑|乱窜|乱拉|散养|放养|乱放)|(?:散养|放养|乱养|养)(?:的)?(?:鸡|鸭|鹅|家禽|畜禽)/u },
  { name: "乱扔垃圾", words: /(?:乱扔|乱丢|乱甩|随手扔|随地扔|随便扔|随手丢|随地丢|随便丢)垃圾|垃圾(?:乱扔|乱丢|随手扔|随地扔)/u },
  { name: "乱倒垃圾", words: /(?:乱倒|偷倒|随地倒|随便倒)垃圾|垃圾(?:乱倒|乱堆|乱放)/u },
  { name: "高空抛物", words: /高空抛物|楼上(?:往下)?(?:扔|丢|抛)/u },
  { name: "油烟扰民", words: /油烟/u },
  { name: "遛狗不牵绳", words: /遛狗(?:的)?(?:不|没|没有)(?:牵|拴)绳?|狗(?:不|没|没有)(?:牵|拴)绳?/u },
  { name: "车辆乱停乱放", words: /(?:车|电动车|电瓶车|自行车)(?:辆)?(?:乱停|乱放|乱摆)|乱停(?:车|乱放)/u },
  { name: "乱搭乱建", words: /(?:乱搭|私搭|乱建|私建|偷建)/u },
  { name: "乱晾乱晒", words: /乱晾|乱晒/u },
];

/** Kinds of thing a name denotes, for the frame verb that fits it (v2 rule 1). */
export type ThingKind = "staff" | "equipment" | "spot" | "facility" | "works" | "offering" | "post" | "publication" | "meeting" | "lecture" | "activity" | "people" | "households" | "money" | "rate" | "other";

/**
 * Word patterns of each kind of thing, tried in order (the first that matches wins). Chinese puts
 * the head noun last, so a pattern matches the END of the name: `女领导干部捐书` is not staff.
 */
const thingPatterns: readonly (readonly [ThingKind, RegExp])[] = [
  ["rate", /(?:率|满意度)$/u],
  ["money", /(?:经费|资金|金额|款|投入)$/u],
  ["meeting", /(?:会议|推进会|部署会|调度会|动员会|座谈会|例会|联席会|工作会|班会|队会|家长会|民主生活会|组织生活会)$/u],
  ["lecture", /(?:讲堂|讲座|培训|培训班|宣讲|课堂|党课|竞赛|比赛|知识赛|演讲|故事会|报告会)$/u],
  ["activity", /(?:活动|行动|志愿服务|巡查|检查|督查|整治|清扫|演出|展演)$/u],
  ["households", /(?:户|家庭|住户|商户|门店|店铺)$/u],
  ["people", /(?:人次|群众|居民|市民|游客|学生|师生|儿童|老人|受益人|参与人|党员)$/u],
  ["staff", /(?:保洁员|网格员|队员|人员|协管员|辅警|民警|警力|干部|职工|员工|志愿者|教师|医务人员|讲师|老师|楼栋长|信息员|督导员|劝导员|保安)$/u],
  ["equipment", /(?:垃圾桶|果皮箱|垃圾箱|分类箱|车辆|清运车|洒水车|设备|器材|灭火器|电脑|空调|监控|摄像头|桌椅|课桌椅|书架|工具|打印机|复印机|投影仪|音响|电教设备|秤|轮椅|急救箱|医药箱|药箱|应急箱|AED|除颤仪|充电桩|饮水机|爱心伞|雨伞|座椅|休息椅)$/u],
  // Things built for the look of a place (`景观小品13个`): built in the period, not standing facilities.
  ["works", /(?:景观小品|小品|雕塑|花坛|花箱|花池|游园|口袋公园|微景观|景观节点)$/u],
  // Spots set up for a use (`垃圾分类投放点` 24个, `非机动车停放点`): 设置-ed, as a 宣传投放 新设 row is (new-user test 47, D6).
  ["spot", /(?:投放点|回收点|收集点|停放点|停放区|充电点|摊群点|疏导点|劝导点|值守点|宣传点)$/u],
  ["facility", /(?:站|室|中心|馆|场所|阵地|书屋|驿站|公园|广场|公厕|厕所|停车位|泊位|宣传栏|长廊|文化墙|健身路径|场地|基地|网点|服务点|便民点|无障碍通道|无障碍坡道|坡道|母婴室|哺乳室)$/u],
  // Services a unit offers (`开设服务项目14个`).
  ["offering", /(?:服务项目|便民项目|课程)$/u],
  // Posts and counters a unit sets up (`文明服务岗6个`, `便民服务窗口`): 设立-ed (new-user test 21, D2).
  ["post", /(?:(?<![上在值站到轮])岗|岗位|窗口|服务台|咨询台|导办台|引导台)$/u],
  // Pieces published (`微信公众号推文45篇`): 发布-ed, never a bare noun (new-user test 25, D21).
  ["publication", /(?:推文|文章|稿件|简报|短视频|微视频)$/u],
];

/** Measure words that count people (a thing counted in them is told as the topic unless it is staff). */
export const peopleMeasureWords: readonly string[] = ["人", "人次", "名", "位"];

/**
 * Measure words that count heads, each person once (`注册人数 45人`, `45名`, colloquial `45个`): what a field counted in 人
 * (志愿服务 注册人数, 先进典型 人数) holds. A figure typed in another word (`15人次`, `12次`) counts attendances or occasions,
 * never members (new-user tests 67 D1, 69 D1: `15人次` became `现有注册志愿者15人`).
 */
export const HEADCOUNT_WORDS: readonly string[] = ["人", "名", "位", "个"];

/**
 * The 活动台账 单位 (Enums.activityUnit) that count households visited, not people: 走访, 慰问 and 家访 (new-user test 32,
 * D19). Never added to 人 or 人次, never told as a turnout (`参与40户`).
 */
export const HOUSEHOLD_TURNOUT: ReadonlySet<string> = new Set(["户", "家"]);

/**
 * Counting words a 参与数量 may be typed with (`6对`) that are no people: couples at a 集体婚礼 (also a 单位 of its own since
 * new-user test 42, D22), and the households of HOUSEHOLD_TURNOUT. Typed against another 单位 (`6对` beside 人: value.unit-mismatch), the figure is told
 * in the word typed (`6对新人参加`), never in the column's (`参与6人`: new-user test 33, D4); any other contradicted
 * figure is left untold.
 */
export const TYPED_TURNOUT: ReadonlySet<string> = new Set(["对", ...HOUSEHOLD_TURNOUT]);

/**
 * Media a 宣传投放 row of 类型 其他 publishes on (`“青春历下”公众号`, `社区广播`), as a RegExp alternation; 情报板, 诱导屏 are a
 * highway's message boards (review run 32, AV 材料10 item 1: `利用收费广场4块情报板滚动播放文明出行标语`).
 */
export const MEDIA = "公众号|微信群|微信|视频号|抖音号?|快手号?|微博|网站|客户端|广播|喇叭|电视台?|报纸?|短信|朋友圈|平台|专栏|头条号?|电子屏|显示屏|大屏|LED屏|情报板|诱导屏|信息屏";
/**
 * Things posted online (`微信公众号推文`, `抖音短视频`, `朋友圈推送`): a 宣传投放 row named by one is published (`发布`), never
 * put up (设置) nor handed out with the physical pieces (new-user test 53, D7). Tested against the whole thing's name.
 */
export const ONLINE_POST = /(?:推文|推送|公众号|微信群|朋友圈|短视频|视频号|抖音|快手|微博|头条号|网络文章|H5)/u;
/** Verbs of publishing on a medium (`推送`, `发布`, `滚动播放`), as a RegExp alternation. */
export const PUBLISHING_VERBS = "推送|发布|刊发|刊登|播放|播报|滚动播放|转发|发送|推出|开设";

/** What kind of thing a name denotes (`保洁员` → staff, `志愿服务站` → facility), `other` when unknown. */
export function thingKindOf(name: string): ThingKind {
  return thingPatterns.find(([, re]) => re.test(name))?.[0] ?? "other";
}

/**
 * The frame verb that fits a thing of each kind (v2 rule 1): 配备 before staff or equipment, 设置 before spots set up
 * for a use (`设置垃圾分类投放点24个`), 建有 before standing facilities, 建成 before works of landscaping (`建成景观小品13个`), 开设 before services offered
 * (`开设服务项目14个`), 设立 before posts and counters (`设立文明服务岗6个`), 召开 before meetings, 举办 before lectures, trainings and contests,
 * 开展 before activities. Participants, households, rates and unknown things take none: they are
 * told as the topic (`受益群众达2000余人次`).
 */
export const frameVerbs: Readonly<Partial<Record<ThingKind, string>>> = {
  staff: "配备",
  equipment: "配备",
  spot: "设置",
  facility: "建有",
  works: "建成",
  offering: "开设",
  post: "设立",
  publication: "发布",
  meeting: "召开",
  lecture: "举办",
  activity: "开展",
};

/**
 * True when a name beside a money figure names what the money went into (`新增电动车集中充电桩`, `文化长廊`), not the money
 * itself (`宣传经费`, `补贴金额`, `捐款`) nor a payment, a fine or a saving (`发放慰问金`, `违章罚款`, `挽回损失`).
 * Read by the narrative (`投入1.5万元新增……`) and by the check value.measure-word, which announces that reading (new-user test 40, D3).
 */
export function isInvestedIn(name: string): boolean {
  const thing = thingKindOf(name);
  if (thing === "money" || thing === "rate") return false;
  if (/(?:经费|资金|金额|款|投入|费|补贴|补助|奖金|奖励|罚款|罚金|收入|营业额|价|价格|成本|预算|损失|工资|薪酬|金|额|资)$/u.test(name)) return false;
  // Money given to the unit, by whoever gave it (`乡贤捐资`, `企业捐赠`, `社会募捐`, `争取上级资金`, `上级拨付`): never
  // `投入……用于乡贤捐资` (new-user test 45, D4).
  if (/捐|募|众筹|筹集|筹措|争取|拨付|下拨|划拨|奖补|资助|赞助|援助/u.test(name)) return false;
  return !/^(?:投入|拨付|下拨|划拨|筹集|募集|筹措|捐赠|捐款|捐助|捐献|资助|发放|兑现|支付|追加|安排|争取|落实|拦截|挽回|追回|止付|冻结|罚没|收缴|奖励|补贴|补助|处罚|罚款|节约|节省|减免|帮助|救助|慰问)/u.test(name) && !/投入|经费|资金|罚/u.test(name);
}

/** A row's place in the summary: the catalog section id and, where it is clear, the point. */
export interface Placement {
  readonly section: string;
  readonly point?: string;
}

/**
 * Words that place a row (v2 rule 8), strongest first: a mobilisation meeting belongs to 组织保障
 * whatever sheet it was typed on; enforcement to 环境整治; a 维权 desk to 关爱帮扶.
 */
/**
 * Rites and class meetings of the young (入队仪式, 入团仪式, 成人礼, 开学典礼, 升旗仪式, 主题班会, 主题队会, 团日): 思想道德教育 of
 * minors, placed in 道德建设 at the point `youth` whatever the unit type (new-user test 36, D17).
 */
export const YOUTH_RITE = /入队仪式|入团仪式|离队仪式|成人礼|成人仪式|开学典礼|毕业典礼|开学第一课|升旗仪式|主题班会|主题队会|中队会|大队会|队会$|主题团日|团日活动|建队日/u;

/**
 * Names of a recurring meeting (`创文例会`, `周调度会`, `楼道长例会`): held (`召开`). Read by the narrative for a 工作机制 row,
 * never `落实` (new-user test 34, D12), and by facts/remark leadingPerson for what is left once who led it is cut
 * (`老张牵头楼道长例会` → `召开楼道长例会`: new-user test 39, D1).
 */
export const RECURRING_MEETING = /(?:例会|推进会|调度会|联席会议?|碰头会|座谈会|讲评会|点评会)$/u;

/**
 * A forum of residents on their own affairs (`拆迁安置户融入座谈`, `邻里互助议事会`, `居民议事会`, `业主恳谈会`): 共建共治
 * of a 社区 or 村, never a meeting of the unit's own staff (组织领导) nor an appendix of 环境整治 (new-user test 38, D20).
 */
export const RESIDENTS_FORUM = /(?:居民|村民|群众|安置户|拆迁户|回迁户|住户|邻里|业主|楼栋|楼道|院落)[\u4e00-\u9fff]{0,4}(?:座谈|恳谈|议事|协商|听证|说事)/u;

/**
 * The places work is taken to (`…进社区`, `…进校园`, `…进万家`): one list for the trainings taken to the public
 * ({@link PUBLIC_TRAINING}) and for the classifier's publicity visits (`垃圾分类进社区` → 宣传教育; new-user test 51, D16).
 */
export const OUTREACH_PLACES = "社区|校园|学校|企业|农村|乡村|村|家庭|万家|机关|工地|商圈|楼宇|景区|车站|小区|广场|市场|商户|门店|工厂|医院|网格";

/**
 * A training or lecture taken to the public (`应急救护培训进社区`, `消防知识讲座进校园`, `面向居民的急救培训`): a service
 * and 宣传 of the unit, never a meeting of its own staff under 组织领导 (new-user test 40, D8). Trainings of the unit's
 * own people (`干部职工`, `教师`, `工作人员`) and of parents (家校共育) are not such. A first-aid or self-rescue training
 * (`世界急救日应急救护培训`, `心肺复苏培训`) and a training named for the public (`居民技能培训`) are such too: the skills
 * are taught to whoever comes (new-user test 49, D10).
 */
export const PUBLIC_TRAINING = new RegExp(String.raw`^(?!.*(?:干部|职工|员工|教师|班主任|工作人员|业务骨干|家长|家庭教育|亲子)).*(?:(?:培训|讲座|课堂|宣讲|授课|教学|演练)[一-鿿]{0,2}(?:进(?:${OUTREACH_PLACES})|下乡|下基层)|(?:面向|为|给)(?:群众|居民|村民|市民|学生|师生|公众|社会公众|游客)|(?:应急救护|救护|急救|心肺复苏|自救互救|防溺水)[\u4e00-\u9fff]{0,4}(?:培训|讲座|课堂|演练)|(?:群众|居民|村民|市民|公众|游客|青少年|老年人)[\u4e00-\u9fff]{0,6}(?:培训|讲座|课堂))`, "u");

/**
 * The roles a word for people plays in a work's or a training's name (PEOPLE_WORDS):
 * - `served`: people a unit serves — a training of 活动类型 会议培训 for them (`残疾人就业技能培训`, `老人智能手机培训`,
 *   `社区矫正对象集中教育`) is a service, 关爱帮扶, never its own cadres' 骨干提升 under 组织领导 (SERVED_TRAINING;
 *   new-user tests 66 D8, 67 D13);
 * - `given`: people work is done for or things are given to, at the end of a group's name: `上门为86户孤寡老人检修线路`,
 *   `为3600名残疾人发放两项补贴` (narrative weave; new-user test 51 D5, review run 33);
 * - `named`: whom a work was for, named after 为/给 (`给村里困难户`: `为困难户`, new-user test 55 D15), so no place of the
 *   unit's own stands for them (remark ownPlaceFor);
 * - `supervised`: people under a 司法所's supervision, whose count is a standing one, never an achievement said with 达
 *   (`在册社区矫正对象12人`, new-user test 67 D6).
 */
export type PeopleRole = "served" | "given" | "named" | "supervised";

/**
 * Words for people and the roles each plays (PeopleRole): one table for the narrative's and the facts' readings of whom a
 * work is for. Parents are not served: a training for parents is 家校共育 (narrative sections FOR_PARENTS).
 */
const PEOPLE_WORDS: Readonly<Record<string, readonly PeopleRole[]>> = {
  残疾人: ["served", "given", "named"], 残障人士: ["served"], 残疾儿童: ["served"], 盲人: ["served"], 聋人: ["served"],
  老人: ["served", "given", "named"], 老年人: ["served"], 长者: ["served"],
  居民: ["served", "given", "named"], 村民: ["served", "given", "named"], 群众: ["served", "given", "named"], 市民: ["served"],
  求职者: ["served"], 失业人员: ["served"], 下岗职工: ["served"], 农民工: ["served"], 务工人员: ["served"],
  低保户: ["served", "given"], 困难群众: ["served"], 困难家庭: ["served"], 脱贫户: ["served"],
  留守妇女: ["served"], 留守儿童: ["served"], 退役军人: ["served"],
  社区矫正对象: ["served"], 矫正对象: ["served", "supervised"], 服刑人员: ["served"], 刑满释放人员: ["served", "supervised"],
  安置帮教对象: ["served"], 帮教对象: ["supervised"], 吸毒人员: ["supervised"], 监管对象: ["supervised"],
  孕产妇: ["served"], 患者: ["served", "named"], 病友: ["served"], 病人: ["named"],
  家庭: ["given", "named"], 儿童: ["given", "named"], 孩子: ["named"], 困难户: ["given"], 五保户: ["given"], 特困户: ["given"],
  军属: ["given", "named"], 烈属: ["given", "named"], 老兵: ["named"], 户: ["named"],
  学生: ["named"], 党员: ["named"], 干部: ["named"], 妇女: ["named"], 队员: ["named"], 职工: ["named"],
};

/**
 * The words of PEOPLE_WORDS that play `role`, as a regular-expression alternation in the table's order
 * (`残疾人|老人|居民|…`; no word of one role begins another, so the order never changes a match).
 */
export function peopleWords(role: PeopleRole): string {
  return Object.entries(PEOPLE_WORDS).filter(([, roles]) => roles.includes(role)).map(([word]) => word).join("|");
}

/**
 * A training for the people a unit serves (`peopleWords("served")`): a service, never its own cadres' training. Any name
 * that also names the unit's own staff or workers (`残疾人专职委员培训`, `助残志愿者培训`) or parents is none.
 */
// A training in skills for finding work (`就业技能培训班（电工）`, `创业培训`) is for the people a unit serves whoever it names
// (new-user test 69, D7: never a bureau's 业务提升).
export const SERVED_TRAINING = new RegExp(String.raw`^(?!.*(?:干部|职工|员工|教师|工作人员|工作者|业务骨干|骨干|专职委员|专干|协理员|网格员|信息员|联络员|指导员|组长|楼栋长|志愿者|家长)).*(?:(?:${peopleWords("served")})[一-鿿]{0,8}(?:培训|培训班|培训会|讲座|课堂|集中教育|教育学习|警示教育)|(?:就业|再就业|创业)(?:技能)?(?:培训|培训班|培训会))`, "u");

/**
 * A unit's service to job seekers (`春风行动专场招聘会`, `金秋招聘月现场招聘会`, `就业援助月`, `用工对接会`): care for the people
 * it serves (placementWords; new-user test 69, D7).
 */
export const EMPLOYMENT_SERVICE = /招聘会|招聘月|招聘活动|人才市场|就业援助|用工对接|岗位对接|送岗位|送就业/u;

/**
 * A venue's guided learning and visitors (`小小讲解员研学活动`, `接待观众`, `接待读者`) and first-aiders trained for the
 * public: 宣传教育 by their words (new-user test 49, D10). Beside other 其他指标 rows of 板块 其他 that the words place
 * nowhere (a library's `借阅图书`, `办理借书证`), the figures stay together with them (build-facts; new-user test 50, D13).
 */
export const VENUE_VISITORS = /研学|讲解|接待(?:观众|读者|参观)|观众|读者|救护员|急救员|应急救护|心肺复苏/u;

/**
 * Names of meetings (`护士节表彰大会`, `春运总结会`, `志愿者座谈会`): 召开-ed and attended in the text (`召开护士节表彰大会，
 * 300人参加`), and of 活动类型 会议培训 by their words (classify activityKindByWords; new-user test 58, D14/D18).
 */
export const MEETING_NAME = /(?:大会|会议|座谈会|推进会|动员会|表彰会|报告会|分析会|调度会|部署会|协调会|联席会|例会|恳谈会|议事会|听证会|评议会|研讨会|交流会|现场会|总结会|启动会|誓师会|通报会|讲评会|培训会|专题会|碰头会|学习会|家长会)$/u;

/**
 * A forum with the people a unit serves (`“中秋税月”纳税人座谈`, `企业恳谈会`, `客户满意度座谈会`, `患者座谈会`, a market's
 * `女摊主座谈会`: run-29 review, t55-market item 4): its service
 * work, told under 其他创建工作 — no meeting of its own staff, no 职工培训 when typed 会议培训, and never 文体 for a festival word
 * in its name (new-user tests 35 D10, 54 D8).
 */
export const SERVED_FORUM = /(?:纳税人|缴费人|群众|居民|村民|市民|企业|商户|经营户|个体户|摊主|摊户|服务对象|患者|病人|病友|旅客|乘客|游客|顾客|客户|储户|消费者|读者|家长|业主)[\u4e00-\u9fff]{0,5}(?:座谈|恳谈|见面会|听证|议事|沟通会|交流会|茶话会)|(?:座谈|恳谈|沟通|交流)[\u4e00-\u9fff]{0,2}(?:会)?[\u4e00-\u9fff]{0,2}(?:纳税人|缴费人|群众|居民|村民|市民|企业|商户|经营户|摊主|服务对象|客户|顾客|患者|乘客)/u;

/**
 * Names of a trade fair or sale (`年货节`, `购物节`, `美食节`, `促销`, `展销会`): commerce, never 我们的节日 (new-user test 55,
 * D11), and no closing `此外` of another section's work (run-29 review, t55-market item 4).
 */
export const COMMERCIAL_FAIR = /年货节|年货大集|购物节|消费节|美食节|啤酒节|促销|展销|特卖|让利/u;

/**
 * The unit's own service to the public, counted (`诉讼服务窗口接待群众`, `网上立案`, `审结案件`, `接待来访群众`): its service
 * work, told with the other 其他 work or beside its 文明服务 (new-user test 55, D7; run-29 review).
 */
export const SERVICE_WORK = /窗口|^(?:网上|线上|现场|跨域|自助)立案|立案(?:登记|服务|审查)$|^立案$|审结|接待(?:群众|来访|来电|当事人|咨询)|服务群众|诉讼服务|政务服务|便民服务/u;

const placementWords: readonly (readonly [RegExp, Placement])[] = [
  [/领导小组|指挥部|工作专班|创建办/u, { section: "organization", point: "leadership" }],
  // A forum with the people a unit serves: its service work (SERVED_FORUM).
  [SERVED_FORUM, { section: "other" }],
  // A forum of neighbours (`拆迁安置户融入座谈`, `邻里互助议事会`) is 共建共治 too (new-user test 38, D20).
  [RESIDENTS_FORUM, { section: "other" }],
  // A meeting said in spoken words (`同楼栋长开会`: facts/remark writtenMeeting) is a meeting too (new-user test 40-y, D4).
  [/动员会|推进会|部署会|调度会|工作会|例会|联席会|座谈会|会议|开(?:了|个|了个)?会$/u, { section: "organization", point: "supervision" }],
  // An award meeting (`“三八”妇女节巾帼建功表彰会`) is a meeting held, whoever it honours — never 关爱 for its 妇女
  // (new-user test 30, D16); the narrative tells award meetings with the honours.
  // So is a name that ends in 表彰 (`护士节表彰`, `年度表彰`, `表彰活动`, `先进评选表彰`): an award held, no 志愿服务 (new-user test 31, D15).
  [/表彰会|表彰大会|颁奖会|颁奖典礼|颁奖仪式|授牌仪式|表彰(?:活动)?$|评选表彰(?:活动)?$/u, { section: "organization", point: "supervision" }],
  [/督查|督导|暗访|考核|测评|点位|包保|责任书|任务/u, { section: "organization", point: "supervision" }],
  // A 评比 or 评选 (`美丽庭院评比`, `文明楼院评选`) chooses models: 道德建设's 选树典型, never 其他 folded into the section before
  // it — unless it grades hygiene or the environment (`环境卫生评比`; new-user test 34, D3).
  [/^(?!.*(?:卫生|环境|整治|保洁)).*(?:评比|评选)/u, { section: "morality" }],
  // A rite or class meeting of the young (`少先队建队日入队仪式`, `十八岁成人礼`, `开学典礼`, `升旗仪式`, `主题班会`, `主题团日`)
  // is 思想道德教育 of the young: 道德建设's 理想信念教育, never a 其他 folded into 志愿服务 with 此外 (new-user test 36, D17).
  [YOUTH_RITE, { section: "morality", point: "youth" }],
  // A drill or safety lesson for the public (`消防演练`, `应急疏散演练`, `消防安全培训`, `防溺水宣传`) is 宣传教育, never a
  // 其他 folded into 志愿服务 with 此外 (run-27 review, 材料1 item 8). A 防溺水 patrol (`防溺水安全巡河`) is service, not a lesson
  // (blind import corpus 10).
  [/(?:消防|应急|疏散|逃生|防震|防汛|地震|防火)[\u4e00-\u9fff]{0,2}(?:演练|演习)|(?:消防|安全|防火)(?:知识|常识)?(?:培训|讲座|教育|宣传)|防溺水(?![\u4e00-\u9fff]{0,4}(?:巡|值守|看护|救援))|防诈|反诈/u, { section: "publicity" }],
  // The unit's own service to the public (`诉讼服务窗口接待群众`, `网上立案`, `审结案件`, `接待来访群众`) is its service work,
  // told with the other 其他 work, never under 环境整治 for 立案 nor after 结对帮扶 (new-user test 55, D7).
  [SERVICE_WORK, { section: "other" }],
  // A bureau's service to job seekers (`春风行动专场招聘会`, `金秋招聘月`, `就业援助月`) is its care for the people it serves,
  // told with its care work (`帮助就业困难人员再就业`), never under 统筹推进其他创建工作 (new-user test 69, D7).
  [EMPLOYMENT_SERVICE, { section: "care" }],
  [/执法|立案|罚没|查处|查扣|暂扣|违章|违建|占道|摊点|摊群点|疏导点|小广告|牛皮癣|乱张贴|乱堆|渣土|垃圾|保洁|清运|清扫|卫生|绿化|苗木|行道树|环境|油烟|噪音|污水|公厕|厕所|美丽庭院|人居/u, { section: "environment" }],
  [/宣传|公益广告|横幅|标语|展板|宣传栏|道旗|报道|信息|微信|简报|宣讲|海报|明白纸|倡议书|知识手册/u, { section: "publicity" }],
  // 移风易俗 (红白理事会, 婚丧喜事简办, 天价彩礼) is 乡风文明, a core line of a village's moral work — never 其他 (new-user test 30, D8).
  [/讲堂|好人|模范|最美|道德|家风|家训|先进|榜样|文明家庭|星级|移风易俗|红白理事会|婚丧|喜事新办|丧事简办|婚事新办|厚养薄葬|厚葬薄养|薄养厚葬|彩礼|大操大办|人情攀比|封建迷信|集体婚礼/u, { section: "morality" }],
  [/志愿/u, { section: "volunteering" }],
  // Giving blood (`无偿献血`, `献血者日`) is voluntary service, told with the volunteering, never among the care for people in
  // need (new-user test 67, D11: never `开展关爱帮扶，服务困难群体……无偿献血达1260人次`).
  [/献血|造血干细胞|献髓/u, { section: "volunteering" }],
  // A class of the old (`老年大学书法班结业`, `老年书画展`) is their culture and learning, no 关爱 (new-user test 40, D21).
  [/老年(?:大学|学校|学堂)|书法|书画|国画|剪纸|合唱团|舞蹈队|太极/u, { section: "culture" }],
  // Giving (`99公益日募捐`, `爱心捐赠`) is 关爱帮扶 too, never 其他创建工作 (new-user test 49, D7).
  [/慰问|帮扶|困难|关爱|留守|空巢|孤寡|残疾|义诊|助学|救助|维权|心理|未成年|儿童|妇女|老人|老年|募捐|捐赠|捐款|捐助|募集|善款/u, { section: "care" }],
  // A duty on a festival (`清明祭扫安保`, `春节执勤`) is no cultural event (new-user test 11, D7).
  // A meeting or forum named after a festival (`中秋座谈`) is no 文体 either (new-user test 35, D10).
  [/^(?!.*(?:安保|执勤|巡逻|巡防|值守|值班|维稳|秩序维护|交通疏导|座谈|恳谈|听证|会议|培训)).*(?:节日|春节|元宵|清明|端午|七夕|中秋|重阳|文艺|演出|文体|比赛|运动会|广场舞|读书)/u, { section: "culture" }],
  // A venue's guided learning and visitors (`小小讲解员研学活动`, `接待观众`, `接待读者`: a museum's or library's main work)
  // are 宣传教育, never 其他创建工作; so are first-aiders trained for the public (`培训救护员`, with the trainings of
  // PUBLIC_TRAINING) (new-user test 49, D10).
  [VENUE_VISITORS, { section: "publicity" }],
  [/新建|改造|设施|停车|泊位|公园|路灯|道路|硬化|提升|修缮|站点|书屋|阵地|功能室/u, { section: "facilities" }],
];

/** Catalog section id of each 板块 name. */
const sectionOfName: Readonly<Record<string, string>> = {
  组织保障: "organization", 环境整治: "environment", 宣传教育: "publicity", 道德建设: "morality", 志愿服务: "volunteering",
  文体活动: "culture", 关爱帮扶: "care", 设施建设: "facilities", 其他: "other",
};

/** Where a row's words place it, or undefined when they say nothing clear. */
export function placementByWords(words: string): Placement | undefined {
  return placementWords.find(([re]) => re.test(words))?.[1];
}

/**
 * The name of a class held for others (`中青年干部培训班`, `乡镇干部进修班`, `就业技能培训班（电工）` with its kind in brackets):
 * 举办-ed, its turnout 参训, several of them counted in 期 — never `开展“……培训班”活动` nor `2场培训` (review run 34, reviewer AX,
 * 材料2 items 3–4, 材料3 items 1–3, 材料8 item 3).
 */
export const CLASS_NAME = /(?:培训班|进修班|研修班|轮训班|学习班)(?:[（(][\u4e00-\u9fff]{1,8}[）)])?$/u;
/** A training given in a class (`全县科级干部进修班创文专题培训`): one of the class's sessions, counted with the classes. */
export const CLASS_SESSION = /(?:培训班|进修班|研修班|轮训班|学习班)[\u4e00-\u9fff]{2,10}培训$/u;

/** Names of events (`……活动`, `……动员会`, `……培训`): what is held, as opposed to a measure taken. */
export const ACTIVITY_WORD = /活动$|讲堂$|会$|行动$|宣讲$|培训$|培训班$|研修班$|进修班$|轮训班$|学习班$|竞赛$|比赛$|评比$|评选$|讲座$|演出$|晚会$|义诊$|仪式$|主题实践$/u;

/**
 * True for an activity-ledger name that is a measure taken, not an event held (`设临时摊群点、免费停车场`):
 * it opens with its own action (not 开展) and names no event. Such a row is said as done and is never
 * counted among the events of a type (v2 rule 1; review run 5).
 */
export function isMeasureName(name: string): boolean {
  const verb = actionOf(name);
  return !!verb && verb !== "开展" && name.startsWith(verb) && !ACTIVITY_WORD.test(name);
}

/** A drill's name (`高层建筑灭火救援应急演练`, `人员密集场所应急疏散演练`, `防震演习`). */
export const DRILL_NAME = /(?:演练|演习)$/u;

/**
 * A 其他指标 名称 that counts what an audience did with the unit's content (`抖音短视频播放量`, `新媒体阅读量`, `网页浏览量`,
 * `网站访问人次`, `公众号关注数`): a measure, not work the unit did. Such counts run to millions for a county's media, so
 * `value.implausible` passes them by (new-user test 65, D15: 1200000次 of 播放量 was told `远超一个单位可能的数字`), and the
 * narrative says them with no verb (`新媒体阅读量达32.6万余次`, never `开展新媒体阅读量……`: D4).
 */
export const AUDIENCE_COUNT_NAME = /(?:阅读|播放|点击|浏览|访问|观看|收看|收听|转发|点赞|评论|下载|关注|订阅|曝光|推送|发行|传播)(?:量|总量|数|次数|人次)$/u;

/**
 * A 其他指标 row that counts the period's drills (`开展应急演练` 8 次, `消防演练` 3 场): its drill's name without the verb
 * (`应急演练`), or undefined for any other row. The narrative tells the count with the dated drills and check compares the
 * two (run-29 review, t55-fire-q2).
 */
export function drillCounted(name: string, unit: string): string | undefined {
  const typed = name.trim();
  const verb = actionOf(typed);
  const thing = verb && typed.startsWith(verb) ? typed.slice(verb.length) : typed;
  return /^(?:次|场|场次)$/u.test(unit.trim()) && DRILL_NAME.test(thing) && /^[\u4e00-\u9fff]{2,12}$/u.test(thing) ? thing : undefined;
}

/**
 * A check or test carried out (`食品安全快检`, `农残抽检`, `市场巡查`, `计量器具检测`): order and environment work, never
 * publicity; a check of publicity itself or a lesson (`宣传栏检查`, `检测知识讲座`) is not such (run-29 review, t55-market).
 */
export const INSPECTION_WORK = /^(?!.*(?:宣传|讲座|培训|教育|知识|咨询|展板|公益广告|横幅)).*(?:快检|抽检|快速检测|检测|巡查|巡检|抽查|检查)/u;

/**
 * The section a 其他指标 row belongs to (v2 rule 8): the 板块 the user chose, unless it is 其他 (or
 * blank) and the row's words place it elsewhere. A user's explicit choice of a real 板块 is kept, but for 设施建设 of a
 * community or road the unit takes charge of (包保), which is 环境整治.
 */
export function placeFigureRow(sectionName: string, words: string): string {
  const chosen = sectionOfName[sectionName];
  // Things bought for the community or road the unit takes charge of (`垃圾桶` 4个, 备注 `给分包社区购买`) are its 包保
  // work, told with it under 环境整治 — not the unit's own facilities (review runs 8, 10, 14 and 19 asked the same).
  if (chosen === "facilities" && /(?:分包|包保|包联|结对|共建)(?:社区|村|路段|小区|街道)/u.test(words)) return "environment";
  // A check or test done by the unit (`开展食品安全快检`, `农残抽检`, `市场巡查`) is its order and environment work, never
  // publicity, whatever 板块 was chosen (run-29 review, t55-market: the 快检 told after 主题教育).
  if (chosen === "publicity" && INSPECTION_WORK.test(words)) return "environment";
  if (chosen && chosen !== "other") return chosen;
  return placementByWords(words)?.section ?? "other";
}

/** The body after a place's name: a town's 人民政府, a street's 办事处 (a village's committee: VILLAGE_COMMITTEE). */
const GOVERNING_BODY = /(?<=[镇乡])(?:人民政府|政府)$|(?<=街道)办事处$/u;
/** A village's committee after its name, the village's own 村 with it or not (`柳溪村村委会`, `柳溪村民委员会`, `柳溪村委会`). */
const VILLAGE_COMMITTEE = /村?村(?:民委员会|委会)$/u;

/**
 * A village's, town's or street's name as running text says it, without the body that governs it (`柳树湾村村委会` →
 * `柳树湾村`, `桃源乡人民政府` → `桃源乡`, `城南街道办事处` → `城南街道`; new-user test 18, D15); other names as they are.
 * A village keeps its 村 where the committee's name shares it (`青川县石门镇柳溪村民委员会`, `柳溪村委会` → `…柳溪村`, never
 * `…柳溪`: new-user test 69, D3).
 */
export function withoutGoverningBody(name: string): string {
  return name.replace(GOVERNING_BODY, "").replace(VILLAGE_COMMITTEE, "村");
}

/** A community's residents' committee, which a street office drops too (`幸福里社区居委会` → `幸福里社区`). */
const RESIDENTS_COMMITTEE = /(?:居民委员会|居委会)$/u;

/**
 * A unit's name as a combining body writes it in running text: without the body that governs it
 * ({@link withoutGoverningBody}) or a residents' committee (`幸福里社区居委会` → `幸福里社区`, `新华村村委会` → `新华村`,
 * `青山镇人民政府` → `青山镇`); the name as it is when less than two characters would be left.
 */
export function displayUnitName(name: string): string {
  const short = withoutGoverningBody(name).replace(RESIDENTS_COMMITTEE, "");
  return short.length >= 2 ? short : name;
}

/**
 * The names a unit's own staff write it by in running text (a 导语 that says `县法院` names `县人民法院`): the name,
 * {@link displayUnitName}'s, and the common short form without `人民` of a court, procuratorate, government or hospital
 * (`县人民法院` → `县法院`, `市人民检察院` → `市检察院`, `区人民政府` → `区政府`, `县人民医院` → `县医院`; new-user test 55,
 * D18). Each of two characters or more, no repeats.
 */
export function unitNamesSaid(name: string): string[] {
  const shortened = name.replace(/人民(?=(?:法院|检察院|政府|医院)$)/u, "");
  return [...new Set([name, displayUnitName(name), shortened, commonShortName(name) ?? ""])].filter((x) => x.length >= 2);
}

/**
 * The bodies of a 群团组织 by their full names and the short names everyone writes them by (`残疾人联合会` → `残联`,
 * `科学技术协会` → `科协`): one table for {@link commonShortName} (new-user test 66, D5). A name already short (`县妇联`,
 * `总工会`) is matched by the short forms themselves.
 */
const MASS_BODY_SHORT: readonly (readonly [string, string])[] = [
  ["残疾人联合会", "残联"], ["妇女联合会", "妇联"], ["科学技术协会", "科协"], ["文学艺术界联合会", "文联"],
  ["工商业联合会", "工商联"], ["归国华侨联合会", "侨联"], ["社会科学界联合会", "社科联"], ["青年联合会", "青联"],
  ["关心下一代工作委员会", "关工委"], ["计划生育协会", "计生协"],
];
const MASS_BODY_SHORT_FORM = /(区|市|县|旗|镇|乡|街道)?(总工会|工会|妇联|团委|科协|残联|侨联|文联|工商联|社科联|青联|关工委|计生协|红十字会)$/u;

/**
 * The short name a 群团组织 is commonly written by, its level kept (new-user test 66, D5: `云川县残疾人联合会` → `县残联`,
 * `…县总工会` → `县总工会`, `共青团云川县委员会` → `团县委`, `…县红十字会` → `县红十字会`; new-user test 30, D16: never the bare
 * `妇联` of a 区妇联): what its staff type for it (主办或协办单位 `县残联`) and what its 导语 calls it. Undefined for a name
 * of no such body.
 */
export function commonShortName(unitName: string): string | undefined {
  const name = MASS_BODY_SHORT.reduce((n, [full, short]) => (n.endsWith(full) ? `${n.slice(0, -full.length)}${short}` : n), unitName.replace(/[（(].*?[）)]$/u, "").replace(/\s+/gu, ""));
  const league = /^共青团.*?(区|市|县|旗)?委(?:员会)?$/u.exec(name);
  if (league) return `团${league[1] ?? ""}委`;
  const m = MASS_BODY_SHORT_FORM.exec(name);
  return m ? `${m[1] ?? ""}${m[2]}` : undefined;
}

/**
 * The words a unit's 导语 may open with to name itself without its full name (new-user test 66, D9): its one-character
 * self-words with 我 or 本 (`我校`, `本馆`: {@link unitSelfChars}), `我单位`, `本单位`, and the tail of its name of three
 * characters or more (`管理处` of 云川县公园管理处, `中心小学`). Its 单位名称, 单位简称 and {@link unitNamesSaid} are not here.
 */
export function unitSelfWords(unitName: string): string[] {
  const name = unitName.replace(/[（(].*?[）)]$/u, "").trim();
  const tails = [...name].map((_, i) => name.slice(i)).filter((t) => t.length >= 3);
  return [...unitSelfChars(name).flatMap((c) => [`我${c}`, `本${c}`]), "我单位", "本单位", ...tails];
}

/**
 * The `我` word the unit's own 导语 names itself by, when it is `我` and a tail of two to four characters of its name
 * (`我支行` of `青川农村商业银行城关支行`, `我中心`, `我医院`), the longest found; undefined when the 导语 says none. A unit
 * that calls itself so in its 导语 is called so throughout its summary (new-user test 69, D8: never `我支行……。我行获评……`).
 */
export function leadSelfWord(unitName: string, lead: string): string | undefined {
  const name = unitName.replace(/[（(].*?[）)]$/u, "").trim();
  return [4, 3, 2].filter((n) => name.length > n).map((n) => `我${name.slice(-n)}`).find((w) => lead.includes(w));
}

/**
 * Which unit a 单位名称 names, for telling two files of one unit apart from two units (汇总's 重复报送, new-user test 25,
 * D29): the name without any whitespace (full-width too) and then as {@link displayUnitName} shortens it, so that
 * `向阳社区居委会`, a whitespace variant of `向阳社区居委会` and `向阳社区` are one unit (`向阳社区`), the name under which the roll-up's text
 * speaks of it. Two names with one key are never two units of one roll-up.
 */
export function unitIdentity(name: string): string {
  return displayUnitName(name.replace(/\s+/gu, ""));
}

/**
 * The county, district or city a unit's name opens on (`青山县住房和城乡建设局` → `青山县`, `城南区文明办` → `城南区`): two to six
 * characters and the level; undefined for a name that opens on its level alone (`县城市管理局`, `区城管局`: its `县城市` is no place,
 * new-user test 54, D17) or on none.
 */
export function leadingPlace(name: string): string | undefined {
  if (/^[县区市](?:城市|城乡|城区|城管)/u.test(name)) return undefined;
  return /^(.{2,6}?[区县市])(?![场容政])/u.exec(name)?.[1];
}

/**
 * A unit's name as its own county's people say it, the place's name dropped before the level (`青山县住房和城乡建设局` →
 * `县住房和城乡建设局`, `江岸区文明办` → `区文明办`; new-user test 56, D2); undefined when the name opens on no place
 * ({@link leadingPlace}) or two characters would not be left after the level, or another level follows (`青山县县委`).
 */
export function withoutLeadingPlace(name: string): string | undefined {
  const place = leadingPlace(name);
  const rest = place ? name.slice(place.length) : "";
  return place && rest.length >= 2 && !/^[区县]|^市(?![场容政民])/u.test(rest) ? `${place.slice(-1)}${rest}` : undefined;
}

/**
 * The one-character words by which a unit names itself before its own bodies and work (`院团委`, `校工会`, `局机关党委`,
 * `馆创建`): the body its name ends in (`青山职业技术学院` → 院 and 校, `城关第二小学` → 校, `县税务局` → 局, `县图书馆` → 馆),
 * none for a name ending in no such body (`…公司`, `…社区`). `unit`: the ledger's 单位名称. Review run 31 (AU), 材料1 item 6
 * (`联合院团委`), and new-user test 59, D20 rest (`成立馆创建文明单位工作领导小组`).
 */
export function unitSelfChars(unitName: string): readonly string[] {
  const name = unitName.replace(/[（(].*?[）)]$/u, "").trim();
  if (/(?:学院|大学)$/u.test(name)) return ["院", "校"];
  if (/(?:学校|中学|小学|技校|职校|党校|分校)$/u.test(name)) return ["校"];
  const last = /([院局馆所站厂台厅处园])$/u.exec(name);
  return last ? [last[1]] : [];
}

/**
 * A body that inspects, supervises or assesses others (`县市场监管局`, `区卫健委`, `县消防救援大队`, `市文明办`, `上级主管部门`,
 * `督查组`): as the 主办或协办单位 of an inspection of a unit it inspects (企事业单位, 学校 …), it is no partner — the unit was
 * inspected (review run 31, AU 材料7 item 4: never `联合县市场监管局在食堂开展食品安全专项检查`).
 */
export const INSPECTING_AUTHORITY = /(?:市场监管局|市场监督管理局|市场监管所|市场监督管理所|卫健委|卫健局|卫生健康委员会|卫生健康局|卫生监督所|卫生监督局|疾控中心|疾病预防控制中心|消防救援大队|消防救援支队|消防救援站|消防大队|文明办|文明委|应急管理局|应急局|生态环境局|环保局|住建局|住房和城乡建设局|城管局|城市管理局|综合行政执法局|执法局|教育局|教体局|民政局|文旅局|文化和旅游局|交通运输局|公安局|派出所|督查组|检查组|暗访组|考核组|测评组|验收组|主管部门|上级部门)$/u;

/** A unit's own bodies after its name (`滨江社区新时代文明实践站`, `…社区党委`, `…社区志愿服务队`): the unit itself. */
const OWN_BODY = /^(?:新时代文明实践(?:站|所|中心)|党委|党总支|党支部|党群服务中心|居委会|居民委员会|村委会|村民委员会|两委|志愿服务队|志愿队|网格)$/u;

/** Words by which any unit names itself in a cell its staff typed (`本单位`, `我局`, `自办`). */
const SELF_WORDS = /^(?:本单位|我单位|本局|我局|本委|我委|本院|我院|本校|我校|本公司|我公司|本社区|我社区|本村|我村|本街道|我街道|本镇|我镇|本所|我所|本站|我站|自办|自主)$/u;

/** The generic words by which a unit of a 单位类型 names itself (a 社区's `社区`, `居委会`; a 村's `村委会`; a 学校's `学校`). */
const SELF_BY_TYPE: Readonly<Record<string, RegExp>> = {
  社区: /^(?:社区|社区居委会|社区居委|居委会|社区居民委员会|居民委员会|社区两委|社区党委|社区党支部)$/u,
  村: /^(?:村|村委|村委会|村民委员会|村两委|村党支部|村支部|村党总支)$/u,
  学校: /^(?:学校|校方|校园)$/u,
  街道: /^(?:街道|街道办|街道办事处|办事处)$/u,
  乡镇: /^(?:镇|乡|镇政府|乡政府|镇人民政府|乡人民政府|镇党委|乡党委)$/u,
};

/**
 * Whether a body typed in a cell (主办或协办单位 `社区`, `村委会`, `学校`, `本单位`, the unit's 单位名称 or 单位简称) is the
 * unit itself, never a partner (new-user test 9, D1: `联合区卫健委` in its own summary; new-user test 40, D1: `联合社区、
 * 物业`, `联合村委会`). `unit`: the 单位类型, 单位名称 and 单位简称 of the ledger. Names are compared as {@link unitIdentity}
 * keys and by containment (`锦绣华庭社区` in `锦绣华庭社区居委会`).
 */
export function namesUnitItself(body: string, unit: { readonly unitType: string; readonly unitName: string; readonly shortName?: string }): boolean {
  const b = body.replace(/\s+/gu, "");
  if (!b) return false;
  if (SELF_WORDS.test(b) || SELF_BY_TYPE[unit.unitType]?.test(b)) return true;
  // The unit's name and one of its own bodies (`滨江社区新时代文明实践站`, `…社区党委`) is the unit; its name and another body
  // (`锦绣华庭社区物业服务中心`) is a partner; a single character is no name.
  // The name it is commonly written by (`县残联` of 云川县残疾人联合会: commonShortName) is the unit too (new-user test 66, D5).
  return [unit.unitName, unit.shortName ?? "", commonShortName(unit.unitName) ?? ""].some((s) => !!s && ((b.length >= 2 && s.includes(b)) || unitIdentity(s) === unitIdentity(b)
    || (b.startsWith(s) && OWN_BODY.test(b.slice(s.length)))));
}

/**
 * Whether a 上级指导单位 names the unit itself (new-user test 63, D2: `中国电信南岭分公司` as the guide of 中国电信南岭分公司,
 * copied from a sub-unit's ledger): its {@link unitIdentity} is that of the 单位名称, of the 单位简称, or of the name without its
 * county (`县住建局` of 青山县住建局). Never by containment: a unit's parent (`中国电信南岭分公司` of its `…城关营业厅`) guides it.
 */
export function guideIsUnitItself(guide: string, unit: { readonly unitName: string; readonly shortName?: string }): boolean {
  const g = guide.replace(/\s+/gu, "");
  if (!g) return false;
  const own = [unit.unitName, unit.shortName ?? "", withoutLeadingPlace(unit.unitName.replace(/\s+/gu, "")) ?? ""].filter((s) => s.trim() !== "");
  return own.some((s) => unitIdentity(s) === unitIdentity(g));
}

/**
 * A county, district or city as a whole, its level in group 1 (`江城县`, `东湖区人民政府`; not `幸福小区`, `科技园区`):
 * a 机关部门 when a unit type is read from the name, `全县` when a roll-up names its whole (new-user test 18, D9).
 */
export const WHOLE_COUNTY = /(?<![小园景校社])([县区市])(?:人民政府|政府)?$/u;

/**
 * A university or school for the elderly (`县老年大学`, `市老干部大学`, `县老年学校`, `社区老年学校`): an institution serving
 * retired 学员, no 学校 of 师生 (import infers 企事业单位; the summary speaks of 学员, never 职工 or 职业道德; new-user test 57,
 * D5, D14).
 */
export const ELDER_SCHOOL_NAME = /(?:老年|老干部|老年人|银龄)[\u4e00-\u9fff]{0,4}(?:大学|学校|学院)(?:[\u4e00-\u9fff]{1,6}(?:分校|校区|教学点))?$/u;
/**
 * A public-service institution by the end of its name (图书馆, 博物馆, 文化馆, 科技馆, 体育馆, 公园 …): a 企事业单位
 * (事业单位) whose events serve the public. The narrative speaks for it so (profiles `publicService`, new-user test 13,
 * D5), and 导入已有台账 reads 单位类型 企事业单位 from such a name (new-user test 25, D11).
 */
/**
 * A care home by the end of its name (敬老院, 养老院, 福利院, 老年公寓, 护理院, 养老服务中心 …): an institution whose own work is
 * the care of its residents, keeping its own premises (profiles `careHome`, new-user test 59, D7/D21).
 */
export const CARE_HOME_NAME = /(?:敬老院|养老院|福利院|老年公寓|护理院|颐养院|光荣院|养老中心|养老服务中心|供养服务中心)$/u;
export const PUBLIC_SERVICE_NAME = /(?:图书馆|博物馆|文化馆|美术馆|科技馆|纪念馆|展览馆|体育馆|体育中心|少年宫|青少年宫|文化宫|公园|剧院|档案馆|公园管理处|公园管理中心|公园管理所|公园管理局|公园管理站)$/u;

/**
 * An honour of the unit's own line of work (`系统内先进个人`, 级别 typed `系统内`): conferred by the 系统 the unit belongs to,
 * never by the unit or its 辖区. 级别 has no such value: it is kept as 本单位 (the list's nearest: not a 社区/村 or 区级
 * honour) and the 荣誉名称 says 系统内, so the summary tells it as received, `1人获评系统内“先进个人”` (new-user test 27, D15).
 */
export const SYSTEM_HONOUR = /^系统内/u;

/**
 * A 荣誉名称 that names a good deed, no title anyone confers (`好人好事`): quoted after 获评 it reads as a title
 * (`1人获评省级“好人好事”`; new-user test 39, D16). The summary leaves such a row out of its 获评 sentence and check says so.
 * Titles of people (`身边好人`, `中国好人`) are titles and do not match.
 */
export const DEED_NOT_TITLE = /^(?:好人好事|好人好事事迹|做好事)$/u;

/**
 * An honour named as an award, a medal or a title (`五一劳动奖章`, `工人先锋号`, `青年文明号`称号, `…荣誉称号`): it is
 * 获评-ed by its holders, never what the unit 评选表彰-s (`10人获评区级“五一劳动奖章”`, never `评选表彰五一劳动奖章10人`;
 * new-user test 32, D21). A title of people or things the unit selects (`楼栋好人`, `文明寝室`, `垃圾分类示范户`) is not one.
 */
export const AWARD_TITLE = /(?:奖章|勋章|奖状|先锋号|称号|荣誉)$/u;

/**
 * True when a unit is in a county rather than a district: the first of its name and its 上级指导单位 that names either
 * says which (`青山乡石门村`, a 村 guided by `青山乡人民政府`, `江城县交通运输局` → true; `老城区钟楼社区`, `区文明办` → false).
 * A 社区, 小区, 园区 or 景区 names no district; a 乡 (not 乡镇) is in a county. Its 县/区 honours are then 县级, never
 * 区级 (new-user test 27, D6). False when neither says.
 */
export function inCounty(unitName: string, guide = ""): boolean {
  return countyOrDistrict(unitName, guide) === "县";
}

/**
 * Whether a unit is in a county (`县`) or a district (`区`), by the first of its name and its 上级指导单位 that names either
 * (rules of {@link inCounty}); undefined when neither does (a 村 guided by `青山镇人民政府`, a 社区 by `城南街道办事处`): a
 * 镇 or a 街道 is in a county as often as in a district. The narrative then says `县（区）级`, never a guessed 区级
 * (new-user test 34, D13).
 */
export function countyOrDistrict(unitName: string, guide = ""): "县" | "区" | undefined {
  for (const text of [unitName, guide]) {
    const t = text.replace(/[社小园景校片街]区/gu, "").replace(/乡镇|城乡/gu, "");
    const district = t.search(/区/u);
    const county = t.search(/[县乡]/u);
    if (district < 0 && county < 0) continue;
    return district < 0 || (county >= 0 && county < district) ? "县" : "区";
  }
  return undefined;
}

/** What a 单位类型 is in the campaign (see {@link unitTypeTraits}). */
export interface UnitTypeTraits {
  /** The highest 级别 of honour the unit confers itself: above it an honour was received (本单位 for a school or company). */
  readonly ownHonourLevel: string;
  /** True when the unit has a 辖区 whose 户数 and 常住人口 its summary tells (not a school's or a company's). */
  readonly territorial: boolean;
  /**
   * What the unit is to the units it rolls up: an `area` over the units of its 辖区, a `school` over its colleges,
   * an `org` (a hospital, a company) over its own departments (new-user test 15, D5).
   */
  readonly combines: "area" | "school" | "org";
  /**
   * What 基本信息's 常住人口 counts for a unit that has no 辖区 of residents (a bureau's or a company's 干部职工, a school's
   * 师生), and the most of them such a unit has: above it the figure is the area it serves (see {@link populationAs}).
   */
  readonly members?: { readonly word: string; readonly max: number };
}

/**
 * Traits of each 单位类型 (spec §1): a 社区/村 confers its own level, a 街道/乡镇 its own, a district 机关部门 or 群团组织
 * (区总工会, 区科协) 区级 titles, a school, company or other unit only 本单位 ones (new-user tests 9 D8, 11 D10, 12 D1);
 * a school, company or 群团组织 (a 妇联) has no 辖区 (new-user tests 11 D8, 14 D11, 31 D25) and rolls up its colleges or departments, not units
 * of an area. One table behind the narrative's honours, background and roll-up wording.
 */
const UNIT_TYPE_TRAITS: Readonly<Record<string, UnitTypeTraits>> = {
  社区: { ownHonourLevel: "社区/村", territorial: true, combines: "area" },
  村: { ownHonourLevel: "社区/村", territorial: true, combines: "area" },
  街道: { ownHonourLevel: "街道/乡镇", territorial: true, combines: "area" },
  乡镇: { ownHonourLevel: "街道/乡镇", territorial: true, combines: "area" },
  机关部门: { ownHonourLevel: "县/区", territorial: true, combines: "area", members: { word: "干部职工", max: 5000 } },
  群团组织: { ownHonourLevel: "县/区", territorial: false, combines: "area", members: { word: "干部职工", max: 5000 } },
  学校: { ownHonourLevel: "本单位", territorial: false, combines: "school", members: { word: "师生", max: 50000 } },
  企事业单位: { ownHonourLevel: "本单位", territorial: false, combines: "org", members: { word: "干部职工", max: 50000 } },
  其他: { ownHonourLevel: "本单位", territorial: true, combines: "area" },
};

/**
 * The most people (人 or 人次) one activity of a unit of this 单位类型 may plausibly draw when its 常住人口 is not given
 * (new-user test 26, D3: 1200000人次 for one 社区 clean-up). A 社区 or 村, a school or a company gathers its own people and
 * some neighbours; a 街道 or 乡镇 a few communities. A 机关部门, 群团组织 or other unit may run a district-wide or online
 * campaign (`网上祭英烈` of a 区文明办), so it has no ceiling. Generous on purpose: above it a digit was typed twice.
 * With a population the check's own ratio applies (validate `activity.turnout-implausible`).
 */
export const activityTurnoutCeiling: Readonly<Record<string, number>> = {
  社区: 100000, 村: 50000, 街道: 500000, 乡镇: 500000, 学校: 50000, 企事业单位: 100000,
};

/**
 * The most registered volunteers (志愿服务 注册人数, all teams) a unit whose volunteers are its own staff may plausibly
 * have when its 常住人口 is not given (new-user test 33, D21: 25000 in one bank's 营业部 team): a company's or an
 * institution's staff who volunteer are some hundreds, a large group's some thousands; above 10,000 a digit was most
 * likely typed twice. Areas, schools and district-wide bodies (群团组织 registering a whole 区's 巾帼志愿者) have none here
 * ({@link activityTurnoutCeiling} bounds areas and schools). A 提示 only (validate `volunteer.members-implausible`).
 */
export const staffVolunteerCeiling: Readonly<Record<string, number>> = { 企事业单位: 10000 };

/**
 * The smallest figure that no unit of any 单位类型 — not even a whole city's roll-up — reports in one period, by the
 * measure word it counts in (new-user test 30, D7: `999999999处` 流动摊点 beside `2500处` 乱张贴). Source of the limits:
 * a city of 20 million people (the largest roll-up the workbook serves) in half a year —
 * - money (元): below 100亿元 (1e10): a city's whole 创文 budget is some 亿元;
 * - hours (小时, 人天 …): below 1e10 (every resident serving 500 hours);
 * - times (次, 人次, 户次 …): below 1e9 (50 visits by every resident; an online campaign's 人次 included);
 * - people, households and matter handed out (人, 户, 份, 张, 条 …): below 1e8 (five per resident);
 * - anything else counted one by one (处, 块, 场, 个, 支, 件 …): below 1,000,000 (one per 20 residents);
 * - a word prefixed 万 or 亿 (万元, 万人次): the limit of the word, in that many;
 * - a unit of measurement (吨, 平方米, 公里) or a word not known: below 1e11.
 * Undefined for a rate (%) or no word. Validate `value.impossible` makes a figure at or above it an error.
 */
export function impossibleFigureOf(word: string): number | undefined {
  const w = word.trim();
  if (!w || w === "%") return undefined;
  const scale = /^([万亿])(.+)$/u.exec(w);
  if (scale) {
    const of = impossibleFigureOf(scale[2]);
    return of === undefined ? undefined : of / (scale[1] === "万" ? 1e4 : 1e8);
  }
  return IMPOSSIBLE_FIGURE.find(([words]) => words.includes(w))?.[1] ?? (countingWords.includes(w) && !MEASUREMENT_WORDS.includes(w) ? 1e6 : 1e11);
}

/** Units of measurement among {@link countingWords}: their figures are no count of things (limit 1e11). */
const MEASUREMENT_WORDS: readonly string[] = ["吨", "公斤", "千克", "斤", "kg", "方", "立方米", "平方米", "平米", "亩", "公顷", "平方公里", "㎡", "m²", "公里", "米", "天"];

/** The limits of {@link impossibleFigureOf} by measure word, other counting words aside. */
const IMPOSSIBLE_FIGURE: readonly (readonly [words: readonly string[], limit: number])[] = [
  [["元", "块钱"], 1e10],
  [["小时", "人天", "人日", "工日"], 1e10],
  [["次", "人次", "户次", "车次", "台次", "辆次"], 1e9],
  [["人", "名", "位", "户", "份", "张", "条", "册", "本", "封", "袋"], 1e8],
];

/**
 * Publicity money (any 元 column of the catalog, `quantity: "money"`) above which one unit of a 单位类型 spending it in one
 * period is worth a 提示 (new-user test 30, D14: 12,345,678.9元 for 8 screens of one 社区): a 社区, 村, school or company
 * spends some 万元, a 街道 or 乡镇 some 十万元, a 机关部门, 群团组织 or other (district-level) unit some 百万元. Ten times
 * that is the ceiling; a 提示 only, the summary prints the figure. Look up with own keys only ({@link moneyCeilingOf}).
 */
export const moneyCeiling: Readonly<Record<string, number>> = {
  社区: 1e6, 村: 1e6, 学校: 1e6, 企事业单位: 1e6, 街道: 5e6, 乡镇: 5e6, 机关部门: 5e7, 群团组织: 5e7, 其他: 5e7,
};

/** {@link moneyCeiling} of a typed 单位类型, own keys only (a type typed `toString` has none). */
export const moneyCeilingOf = (unitType: string): number | undefined => (Object.prototype.hasOwnProperty.call(moneyCeiling, unitType) ? moneyCeiling[unitType] : undefined);

/** A grassroots office under a district body (`长江路消防救援站`, `城南派出所`, `交警一中队`): it confers no 区级 titles. */
// A branch of a city body (`南湖税务分局`, `东湖大队`) confers none either (new-user test 21, D1); nor does a street's or a
// town's team (`城关街道综合行政执法队`: its 县级 honours were received, never `评选表彰县级优秀执法队员2人`; new-user test 62, D9).
const GRASSROOTS_OFFICE = /(?:站|所|队|分局|支局|科|股)$/u;

/**
 * An institution typed 机关部门 or 群团组织 (`桐溪县青少年宫`, `县文化馆`, `县融媒体中心`, `县人民医院`, `县实验学校`): it runs no
 * county-wide selection, so its 县/区 honours were received — `3人获评县级“新时代好少年”`, never `评选表彰新时代好少年3人`
 * beside its `1人获评市级“新时代好少年”` (new-user test 64, D2). A 团县委, 县妇联 or 县总工会 (named by 委/联/会) does select.
 */
const INSTITUTION = /(?:宫|馆|中心|院|学校|校)$/u;

/**
 * The traits of a 单位类型; an unreadable one confers up to 县/区 and has a 辖区. `unitName` refines them: a
 * grassroots office typed 机关部门 or 群团组织 (a 消防救援站, a 派出所) confers only its own (本单位) titles, so its
 * 区级 honours were received (new-user test 18, D2).
 */
export function unitTypeTraits(unitType: string, unitName = ""): UnitTypeTraits {
  const typed = UNIT_TYPE_TRAITS[unitType] ?? { ownHonourLevel: "县/区", territorial: true, combines: "area" };
  // A 机关部门 has a 辖区 only as a grassroots office (a 派出所, a 司法所): a bureau (`区应急管理局`) that typed the
  // district's 户数 and 常住人口 has no 辖区居民 of its own (new-user test 39, D23: never `区应急管理局辖区有居民21万户`).
  const grassroots = GRASSROOTS_OFFICE.test(unitName.trim());
  const traits = unitType === "机关部门" && unitName.trim() && !grassroots ? { ...typed, territorial: false } : typed;
  return traits.ownHonourLevel === "县/区" && (grassroots || INSTITUTION.test(unitName.trim())) ? { ...traits, ownHonourLevel: "本单位" } : traits;
}

/**
 * What 基本信息's 常住人口 (and so the 志愿者注册率 computed on it) stands for in a unit's summary (new-user test 27, D24:
 * never `区市场监督管理局辖区有常住人口260人`): `辖区` for a unit with a 辖区 of residents (社区, 村, 街道, 乡镇, 其他, and a
 * 机关部门 or 群团组织 that typed 户数 too — a 派出所's 辖区); for a bureau, a 群团组织 or a company the word for its staff
 * (`干部职工`), for a school `师生` (unit traits `members`), as long as the figure is no more than such a unit has; undefined
 * when it is more (the area a school or a bureau serves: not told), when no 常住人口 was typed, or when a unit without a
 * 辖区 (群团组织, 学校, 企事业单位) typed 户数 beside it: then both are an area's, no count of its own people (new-user test 31,
 * D25: never `青石镇妇联辖区有居民560户` nor `现有干部职工1860人`). `population`, `households`: the typed figures (人, 户);
 * `unitName`: the 单位名称, which tells a bureau (no 辖区) from a grassroots office typed 机关部门 (see {@link unitTypeTraits}).
 */
export function populationAs(unitType: string, population: number | undefined, households: number | undefined, unitName = ""): string | undefined {
  if (!population) return undefined;
  const traits = unitTypeTraits(unitType, unitName);
  if (traits.members && !traits.territorial && households) return undefined;
  if (traits.members && !(traits.territorial && households)) return population <= traits.members.max ? traits.members.word : undefined;
  return traits.territorial ? "辖区" : undefined;
}

/**
 * Below this 志愿者注册率 (% of 常住人口) the rate is told under 存在的不足 rather than as an
 * achievement (narrative v2 rule 9: a weak figure goes to 存在的不足). A project choice, kept here
 * so that the narrative and the pane agree.
 */
export const lowRegistrationRate = 10;

/**
 * Verbs that may close a name (`老旧小区改造`, `背街小巷整治`): such a name is said verb first
 * (`改造老旧小区172个`), as people do.
 */
// 治理, 修复, 更换, 清除, 纠正, 整修 close names as the others do (`路面修复` → `修复路面`; new-user test 43, D6).
export const closingVerbs: readonly string[] = ["改造", "整治", "整顿", "清理", "建设", "维修", "安装", "绿化", "硬化", "提升", "修缮", "新建", "改建", "扩建", "整改", "清运", "拆除", "治理", "修复", "更换", "清除", "纠正", "整修"];

/**
 * Closing words that are a verb only beside a count of what was acted on: `夜市摊位规范` 200个 → `规范夜市摊位200个` (never
 * `……，夜市摊位规范200个` strung after another clause: new-user test 43, D6), while `窗口文明服务规范` alone names a code.
 */
export const closingVerbsWhenCounted: readonly string[] = ["规范"];

/** Words of manner or scope before a closing verb (`综合治理`, `文明规范`, `源头治理`): no object to turn round. */
const MANNER_BEFORE_VERB = /^(?:综合|文明|源头|系统|依法|联合|常态|长效|精细|精准|标准|规范|全面|重点|专项|日常|集中)$/u;

/**
 * A name of a problem by its thing and the action it still wants, negated (`飞线充电未清理`, `庭院杂物乱堆未清理`,
 * `建筑垃圾未清运`, `违建未拆除`): the thing and the action. The problem is the thing's (`飞线充电问题`), what was done is
 * the action on it (`清理飞线充电`); the name is never cut before the action as if it closed the name (`庭院杂物乱堆未`:
 * new-user test 38, D5 and D2). A state (`门店招牌不规范`, `清运不到位`, `不达标`) is no negated action: undefined.
 */
export function negatedActionOf(name: string): { thing: string; action: string } | undefined {
  const m = NEGATED_ACTION.exec(name);
  return m ? { thing: m[1], action: m[2] } : undefined;
}
const NEGATED_ACTION = /^([\u4e00-\u9fff“”]{2,}?)(?:尚未|还未|仍未|没有|未|没)(清理|清运|清除|处理|处置|整改|整治|治理|拆除|修复|维修|劝导|劝阻|纠正|查处)$/u;

/** Whether a part of a name closes with a negation (`庭院杂物乱堆未`): what follows it is no action closing the name. */
export const endsNegated = (part: string): boolean => /(?:未|不|没|无|没有)$/u.test(part);

/**
 * `老旧小区改造` → { verb: 改造, object: 老旧小区 }; undefined when the name does not close with one. `counted`: the name
 * stands beside a count of what was acted on, so closingVerbsWhenCounted (`规范`) are verbs too.
 */
export function closingActionOf(name: string, counted = false): { verb: string; object: string } | undefined {
  const v = [...closingVerbs, ...(counted ? closingVerbsWhenCounted : [])].find((x) => name.endsWith(x) && name.length >= x.length + 2);
  if (!v) return undefined;
  const object = name.slice(0, -v.length);
  // `庭院杂物乱堆未清理` is a problem with its action still wanted, never `清理庭院杂物乱堆未` (new-user test 38, D5).
  if (endsNegated(object) || MANNER_BEFORE_VERB.test(object)) return undefined;
  // `配合部门专项整治` is an action already: only a plain noun before the verb is turned round.
  if (actionOf(object) || /^(?:配合|协助|参与|组织|开展|集中|专项|日常)/u.test(object)) return undefined;
  // A work raised is raised in its level: `信访接待窗口文明服务提升` → `提升信访接待窗口文明服务水平`, never `提升……服务`
  // (new-user test 57, D20); a quality named already (`服务质量`, `文明素质`) stays.
  return { verb: v, object: v === "提升" && /(?:服务|管理|治理|保障)$/u.test(object) ? `${object}水平` : object };
}

/**
 * Names of standing facts about the unit itself (辖区面积, 居民楼栋, 居民小组, 法人单位, 党员 …): told in
 * the opening as the unit's background (v2 rule 14), not as work done. The people a home, a school or an association
 * holds or serves (入住老人, 在园幼儿, 在校学生, 服务对象, 会员, 床位) and a home's carers (护理员, 护工: new-user test 59, D21) are its size too, a stock and no result of work
 * (new-user test 46, D12: never `……累计开展3次，入住老人达120人`).
 */
export const backgroundWords = /^(?:辖区)?(?:开设|开办|自管|在册|在职|流动|离退休|入驻|进驻|入住|在住|在院|在养|在园|在校|在读|注册)?(?:面积|辖区面积|居民楼栋|楼栋|居民小组|法人单位|驻区单位|辖区单位|常住人口|户籍人口|流动人口|总户数|党员|党支部|网格|小区|商户|沿街商铺|辖区企业|学校|学生|教职工|职工|员工|老人|幼儿|儿童|学员|班级|教学班|服务对象|会员|床位|护理员|护工)(?:数|总数|人数)?$/u;

/**
 * True for an item that is a work of building a place (`“六室三站一场一校”阵地建设`, `服务站点建设`): told
 * as 阵地建设 (its section heading and its lead), never as a 工作机制 (reviews runs 5 and 10).
 */
export function isBuildingWork(content: string): boolean {
  return /(?:阵地|场所|设施|站点)建设$/u.test(content);
}

/**
 * A 荣誉名称 as the summary says it without names (narrative spec: names only when the user asks; new-user test
 * 11, D19): each name typed in 姓名 (`、`, `，`, `;` or space between; two characters or more) taken out of the
 * title — `张桂英家庭` → `先进家庭`, a title left shorter than two characters → `先进典型`. `inside` is true when a
 * name stood between words of the title (`保洁员王秀英拾金不昧` → `保洁员拾金不昧`): what is left is no title anyone
 * awarded (new-user test 18, D23; check `honour.name-in-title`).
 * @returns `said` the title to print; `names` the names found in it.
 */
export function honourTitleWithoutNames(title: string, names: string): { readonly said: string; readonly names: readonly string[]; readonly inside: boolean } {
  const named = names.split(/[、，,;；\s]+/u).map((n) => n.trim()).filter((n) => n.length >= 2 && title.includes(n));
  if (!named.length) return { said: title, names: [], inside: false };
  const inside = named.some((n) => {
    const at = title.indexOf(n);
    return at > 0 && at + n.length < title.length && !/^[的之]?(?:家庭|户|同志)$/u.test(title.slice(at + n.length));
  });
  const rest = named.reduce((t, n) => t.replace(n, ""), title).replace(/^[的之]/u, "");
  const said = rest === "家庭" || rest === "" ? "先进家庭" : rest.length < 2 ? "先进典型" : rest;
  return { said, names: named, inside };
}

/**
 * Marks, in a combined workbook's 备注, a 组织保障 row of a standing kind (领导小组, 工作机制, 共建单位) without a 日期 that
 * a unit's workbook started by 开始下一期 (one holding 上期指标) carried from the period before: the roll-up writes it
 * (rollup/rows.ts) and the combined summary tells the row as going on (`继续发挥……统筹作用`), never as set up this period
 * (new-user test 25, D31). Written before any other 备注 text.
 */
export const CARRIED_ROW_MARK = "〔上期延续〕";

/**
 * 其他指标 names that repeat a figure the 志愿服务 ledger gives (new-user test 28, D2: `注册志愿者服务时长` 3600小时 beside the
 * ledger's 380): the ledger column each repeats (志愿服务's 注册人数, 服务时长（小时）). Such a row is told nowhere — the
 * ledger's total is — and, when its value differs, the check `figure.repeats-ledger` says so.
 */
export const LEDGER_FIGURE_NAMES: readonly { readonly pattern: RegExp; readonly column: "members" | "hours"; readonly label: string; readonly unit: string }[] = [
  { pattern: /^(?:注册)?志愿(?:者)?(?:服务)?(?:总|累计)?(?:服务)?时长$/u, column: "hours", label: "服务时长", unit: "小时" },
  { pattern: /^(?:注册志愿者(?:人数|总数)?|志愿者(?:注册)?(?:人数|总数)|注册志愿者数)$/u, column: "members", label: "注册人数", unit: "人" },
];

/**
 * 其他指标 names of the volunteers newly registered in the period (`新增注册志愿者`, `本年新注册志愿者人数`): part of the
 * 志愿服务 ledger's registered total, never more than it — check `figure.new-over-registered` says so (new-user test 37, D18).
 */
export const NEW_VOLUNTEERS_NAME = /^(?:本期|本年|本年度|全年|年度|上半年|下半年|本季度|本月)?新(?:增|发展|招募)?(?:注册)?志愿(?:者|服务者)(?:人数|数)?$/u;

/** The 志愿服务 column a 其他指标 name repeats (`注册志愿者服务时长` → hours), or undefined. */
export function ledgerFigureOf(name: string): (typeof LEDGER_FIGURE_NAMES)[number] | undefined {
  const n = name.replace(/\s+/gu, "");
  return LEDGER_FIGURE_NAMES.find((f) => f.pattern.test(n));
}

/**
 * Words of 表述 (精确, 约, 余, 近) and their near synonyms, typed in a 其他指标 row's 频次 — the column right of 表述, an easy
 * slip (new-user test 35, D4): none is a frequency. Maps each word to the 表述 it stands for (`约`, `余`, `近`; `精确` for
 * an exact figure). check `value.frequency-approx` says so at the 频次; the summary reads it as the 表述 when that is blank.
 */
export const APPROX_WORD_IN_FREQUENCY: Readonly<Record<string, "精确" | "约" | "余" | "近">> = {
  精确: "精确", 准确: "精确", 约: "约", 大约: "约", 约数: "约", 左右: "约", 余: "余", 多: "余", 超过: "余", 以上: "余",
  近: "近", 将近: "近", 接近: "近",
};

/**
 * Rates that are shares of a whole (注册率, 整改率, 满意度 …): never above 100% — such a figure typed in 其他指标 is
 * impossible (check value.rate-over-100) and never told (new-user test 26, D1).
 */
/**
 * A 其他指标 指标名称 that names a share, as a figure in % must (`抢修响应及时率`, `垃圾分类覆盖面占比`, `群众满意度`, `绿化
 * 比例`): a name without one (`抢修响应` 100%) says no rate of what; the check tells it (`figure.percent-unnamed`;
 * new-user test 42, D29).
 */
/**
 * A 其他指标 指标名称 that is a bare noun of people, units or deeds honoured (`好人好事`, `文明单位`, `身边好人`, `最美家庭`):
 * said with its figure (`文明单位3个`) it has no action, though 填报说明 asks a name to start with one (`评选…`, `开展…`).
 * The check's `value.indicator-no-verb` (new-user test 52, D16). False for a name with an action (actionOf), a name that
 * holds an appraisal's verb (`文明班级评比参评班级`, `创建文明单位`) and a rate (`%`).
 */
export function verblessIndicator(name: string, unit: string): boolean {
  const n = name.trim();
  if (!BARE_HONOURED.test(n) || /[%％]/u.test(unit) || /评|选|创|表彰|命名|推荐|挂牌|授予/u.test(n)) return false;
  return actionOf(n) === undefined;
}
/** Nouns of people, units or deeds honoured, at the end of a name of 2 to 10 characters (verblessIndicator). */
const BARE_HONOURED = /^[\u4e00-\u9fff“”]{0,8}(?:好人好事|好人|文明单位|文明家庭|文明户|文明校园|文明班级|最美[\u4e00-\u9fff]{1,4}|道德模范|先进个人|先进集体|标兵|之星)$/u;

export const NAMES_A_SHARE = /(?:率|比例|占比|比重|百分比|份额|度|比)$/u;

export const BOUNDED_RATE = /(?:注册率|覆盖率|整改率|达标率|知晓率|满意度|满意率|参与率|入户率|普及率|合格率|完成率|办结率|回复率|签约率|分类率|投放率|准确率)$/u;

/**
 * Whether an 活动名称 names no activity: a placeholder (normalize isPlaceholderText: `其他`, `其他活动`, `同上`, `无`, `待定`,
 * `略`, `/` …) or the bare word of any activity (`活动`, `会议`). Never quoted in the summary, which says `开展活动1场`
 * instead; the check tells it (`text.placeholder`, new-user test 39, D4, D18).
 */
export function isPlaceholderActivityName(name: string): boolean {
  return isPlaceholderText(name) || /^(?:活动|会议)$/u.test(name.trim());
}

/**
 * Whether an 活动台账 row is no event a reader can see: its 活动名称 a placeholder (isPlaceholderActivityName: `其他`), its
 * 活动类型 `其他` or blank, and nothing else told (no 简要内容, no 参与数量, no 地点). Such a row is neither told nor counted
 * (the opening's `开展各类活动N场` and the 附表's 活动场次 agree with the events written); the check says so at its name
 * (`text.placeholder`, detail `activity-empty`; review run 31, reviewer AU, t59-library item 2). Cells as typed (strings,
 * numbers or blank).
 */
export function isEmptyActivityRow(row: { name?: unknown; kind?: unknown; summary?: unknown; participants?: unknown; place?: unknown }): boolean {
  const text = (v: unknown): string => (typeof v === "string" ? v.trim() : typeof v === "number" ? String(v) : "");
  const kind = text(row.kind);
  return isPlaceholderActivityName(text(row.name)) && (!kind || kind === "其他") && !text(row.summary) && !text(row.participants) && !text(row.place);
}

/**
 * A sentence that closes on its means (`以家庭文明建设为抓手。`): what was done by it never follows. check says so
 * (`text.intro-dangling`); the opening goes on after it with the period's work in the same sentence (new-user tests 47,
 * D16; 50, D11).
 */
export const DANGLING_MEANS = /以[^，。；！？]{2,30}为(?:抓手|载体|契机|突破口|切入点|主线|引领|统领|牵引|重点)[。；！]?$/u;
