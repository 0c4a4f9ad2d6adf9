/**
 * The standard workbook v1.1 (标准台账 v1.1): v1 exactly as shared/spec/standard-sheets.md gives it
 * (sheet names, header texts, types, enumerations, units, number formats and table names) plus the
 * optional fields of docs/standard-sheets.md "Version 1.1" (marked `since: 1.1`; nothing renamed).
 * Everything else (sheet creation, native validation, checks, narrative) reads this object.
 * @module
 */
import type { Catalog, FieldSpec, ImportShape, IndicatorSpec, LedgerSpec, FormSpec, GeneratedSpec, PreviousPeriodSpec, SectionSpec } from "./types";

/** Number formats of the spec's conventions. */
export const NumFmt = {
  int: "0",
  money: "#,##0.00",
  num: "0.##",
  rate: "0.0%",
  date: 'yyyy"年"m"月"d"日"',
  text: "@",
} as const;

/**
 * Honours given to households or collectives, not to persons, by how their 荣誉名称 ends, with the
 * measure word their 人数 counts in: 星级文明户 and 最美家庭 in 户 (new-user test 7, D1), 文明寝室 in
 * 间, 先进班集体, 文明科室, 青年文明号 and 巾帼文明岗 in 个 (new-user test 8, D2). The one list behind
 * the 先进典型人数 formulas (as `*户` wildcards, so no ending may end another: each row is subtracted
 * once) and {@link honourMeasure}. An ending marked `unit` names a unit as a whole (…文明单位, …先进集体,
 * …示范幼儿园): one of it is the unit's own honour ({@link namesWholeUnit}); the others name a part of a
 * unit (科室, 窗口, 班级) or a household.
 */
export const COLLECTIVE_HONOUR_ENDINGS: readonly (readonly [ending: string, measure: string, whole?: "unit"])[] = [
  ["户", "户"], ["家庭", "户"], ["庭院", "户"], // 美丽庭院 is a household's (own reading of a 村, 2026-12-05)
  ["寝室", "间"], ["宿舍", "间"],
  ["集体", "个", "unit"], ["科室", "个"], ["窗口", "个"], ["班组", "个"], ["车间", "个"], ["文明号", "个"], ["文明岗", "个"], ["示范岗", "个"],
  // A school's: 文明班级, 优秀中队, 先进团支部, 优秀教研组 (new-user test 10, D1).
  ["班级", "个"], ["中队", "个"], ["支部", "个"], ["教研组", "个"], ["年级组", "个"],
  // A trade union's, a league's, a workplace's: 工人先锋号, 青年突击队, 巾帼建功标兵岗, 最佳志愿服务组织 (new-user test 11, D1).
  ["先锋号", "个"], ["先锋岗", "个"], ["标兵岗", "个"], ["服务岗", "个"], ["突击队", "支"], ["服务队", "支"], ["组织", "个", "unit"], ["项目", "个", "unit"],
  ["示范点", "个", "unit"], ["基地", "个", "unit"],
  // The unit itself (市级文明单位, 百佳示范单位, 省级示范幼儿园, 文明校园): never a person (new-user test 13, D1).
  ["单位", "个", "unit"], ["校园", "个", "unit"], ["村", "个", "unit"], ["社区", "个", "unit"], ["家园", "个", "unit"], ["示范区", "个", "unit"], ["企业", "个", "unit"], ["机关", "个", "unit"],
  ["医院", "个", "unit"], ["学校", "所", "unit"], ["幼儿园", "所", "unit"], ["网点", "个", "unit"],
  // A town's or street's own (市级文明村镇, 省级文明乡镇, 文明街道): never `1人获评` (own reading of a 乡镇, 2026-12-05).
  ["镇", "个", "unit"], ["街道", "个", "unit"],
  // A transport or service unit's: 青年文明号线路, 巾帼文明车队, 文明服务区, 五星级消防站, 优秀律师事务所 (new-user test 18).
  ["线路", "条"], ["车队", "支"], ["服务区", "个", "unit"], ["站", "个", "unit"], ["所", "个", "unit"],
  // Shops, streets and estates a 市场监管所, a 街道 or a 物业公司 reports (诚信经营示范店, 文明示范街, 文明楼栋), never people.
  // Businesses are counted in 家 (诚信商户10家, 诚信商家), never `诚信商户10户` (a colleague's note on new-user test 47): the
  // longest ending read wins over 户, and the formulas' wildcards skip an ending that ends in another (COLLECTIVE_TITLES).
  ["店", "家"], ["商铺", "家"], ["店铺", "家"], ["商户", "家"], ["商家", "家"], ["街", "条"], ["街区", "个"], ["小区", "个"], ["楼栋", "栋"], ["市场", "个", "unit"],
  // A 社区's own: 文明楼院, 美丽院落, 文明楼道, 示范网格 — never `评选表彰文明楼院6人` (new-user test 34, D1).
  ["楼院", "个"], ["院落", "个"], ["楼道", "个"], ["网格", "个"],
  // A market's stalls (文明诚信摊位, 星级摊点, 诚信档口): never `评选表彰文明诚信摊位18人` (new-user test 44, D10).
  ["摊位", "个"], ["摊点", "个"], ["档口", "个"],
];
/** The 先进典型人数 formulas' wildcards: an ending that ends in another listed one (`商户`, in `户`) is subtracted by that one. */
const COLLECTIVE_TITLES = COLLECTIVE_HONOUR_ENDINGS.filter(([e]) => !COLLECTIVE_HONOUR_ENDINGS.some(([o]) => o !== e && e.endsWith(o))).map(([e]) => `*${e}`);

/**
 * A 荣誉名称's last word as read for its holder: without the quotation marks typed after it (`市级“青年文明号”`,
 * `“巾帼文明岗”` end in 文明号, 文明岗), so a title typed with quotes is the same collective as one typed without
 * (new-user test 62, D1: never `1人获评“市级“青年文明号””`).
 */
const titleEnding = (title: string): string => title.trim().replace(/[”"’」』》\s]+$/u, "");

/**
 * A title typed with its level word before its quoted name (`市级“青年文明号”`, `县级"优秀教师"`): group 1 the level, group
 * 2 the name (new-user test 62, D1).
 */
const LEVEL_BEFORE_QUOTED = /^(全国|省级|市级|县级|区级|街道级|乡镇级|镇级|社区级|村级)\s*[“"「‘]([^“”"「」‘’]+)[”"」’]$/u;

/**
 * A 荣誉名称 typed with its level word before its quoted name (`市级“青年文明号”`) as if typed without the quotes
 * (`市级青年文明号`), and whether it was so typed: the summary then quotes it once, its level before the quotes, and reads its
 * holder from its ending like the unquoted title's (new-user test 62, D1). Any other title is returned trimmed, `quoted` false.
 */
export const honourTitleUnquoted = (title: string): { readonly title: string; readonly quoted: boolean } => {
  const m = LEVEL_BEFORE_QUOTED.exec(title.trim());
  return m ? { title: `${m[1]}${m[2].trim()}`, quoted: true } : { title: title.trim(), quoted: false };
};

/** The measure word an honour's 人数 counts in: 人, or 户 / 间 / 个 for a title of {@link COLLECTIVE_HONOUR_ENDINGS} (its longest ending read: 商户 before 户). */
export const honourMeasure = (title: string): string =>
  COLLECTIVE_HONOUR_ENDINGS.filter(([e]) => titleEnding(title).endsWith(e)).sort((a, b) => b[0].length - a[0].length)[0]?.[1] ?? "人";

/** Measure words a 备注 may count a collective honour in (`评出文明楼院6个`, `12户`, `3栋`). */
const COLLECTIVE_MEASURE_WORDS = "个户间栋幢家支条所座处";

/**
 * The measure word one 先进典型 row counts in: for a collective title ({@link COLLECTIVE_HONOUR_ENDINGS}), the word its
 * 备注 gives with the same number as 人数 (`评出文明楼院6个` with 人数 6 → 个), else the catalog's; 人 for any other title
 * (a 备注 never makes a person's title collective: the 先进典型人数 formula reads the title alone). New-user test 34, D1.
 */
export const honourRowMeasure = (title: string, people: number | undefined, remark: string): string => {
  const listed = honourMeasure(title);
  if (listed === "人" || people === undefined) return listed;
  const said = new RegExp(`(?<![\\d.])${people}\\s*([${COLLECTIVE_MEASURE_WORDS}])`, "u").exec(remark)?.[1];
  return said ?? listed;
};

/** True for a title that names a unit as a whole (`省级文明校园`, `全国税务系统先进集体`), not a part of one or a household. */
export const namesWholeUnit = (title: string): boolean => COLLECTIVE_HONOUR_ENDINGS.some(([e, , whole]) => whole === "unit" && titleEnding(title).endsWith(e));

/**
 * A 单位名称 of a business that is itself a shop, a restaurant or a hotel (`锦江大酒店`, `华联超市有限公司`, `工商银行城东支行`),
 * not one that reports shops (a market, a mall, a property company).
 */
const SHOP_UNIT_NAME = /(?:店|酒店|饭店|宾馆|旅馆|餐厅|餐馆|食府|酒楼|超市|药房|营业厅|支行|分行|加油站|影院|网吧|公司)$/u;
const REPORTS_SHOPS = /市场|商场|商城|购物中心|商业街|步行街|物业|商业管理|商管|集团/u;

/**
 * True when a shop's title (one counted in 家: `诚信经营示范店`, `诚信商户`) of 人数 1 is the unit's own honour: the unit is a
 * 企事业单位 that is itself a shop by its name ({@link SHOP_UNIT_NAME}) — `我单位获评县级“诚信经营示范店”`, never `1家商户获评`,
 * which invents a merchant (new-user test 48, D8). A 社区, a 街道 or a market reporting its shops still counts them.
 */
export const ownShopHonour = (title: string, count: number, unitType: string, unitName: string): boolean =>
  count === 1 && honourMeasure(title) === "家" && unitType === "企事业单位" && SHOP_UNIT_NAME.test(unitName.trim()) && !REPORTS_SHOPS.test(unitName);

/** Collective titles a unit holds itself (`青年文明号`, `巾帼文明岗`, `工人先锋号`); a `文明窗口` is one window of it (`1个窗口获评……`, new-user tests 11, 21). */
export const OWN_COLLECTIVE_TITLE = /(?:青年文明号|巾帼文明岗|工人先锋号|巾帼建功标兵岗)$/u;

/** True for a title that honours households or collectives (星级文明户, 文明寝室): never counted among people. */
export const isCollectiveHonour = (title: string): boolean => honourMeasure(title) !== "人";

// ---- field builders (keep the table below readable) ----
const text = (id: string, header: string, maxLength: number, required = false, extra: Partial<FieldSpec> = {}): FieldSpec => ({
  id, header, type: "text", required, maxLength, numFmt: NumFmt.text, width: maxLength >= 200 ? 36 : maxLength >= 60 ? 24 : 14, ...extra,
});
const int = (id: string, header: string, required = false, extra: Partial<FieldSpec> = {}): FieldSpec => ({
  id, header, type: "int", required, min: 0, numFmt: NumFmt.int, width: 12, quantity: "count", ...extra,
});
const num = (id: string, header: string, required = false, extra: Partial<FieldSpec> = {}): FieldSpec => ({
  id, header, type: "num", required, min: 0, numFmt: NumFmt.num, width: 12, quantity: "count", ...extra,
});
const date = (id: string, header: string, required = false, extra: Partial<FieldSpec> = {}): FieldSpec => ({
  id, header, type: "date", required, numFmt: NumFmt.date, width: 16, ...extra,
});
const oneOf = (id: string, header: string, values: readonly string[], required = false, extra: Partial<FieldSpec> = {}): FieldSpec => ({
  id, header, type: "enum", required, values, width: Math.max(10, Math.min(16, 2 + 2 * Math.max(...values.map((v) => v.length)))), ...extra,
});
const remark = (): FieldSpec => text("remark", "备注", 200, false, { synonyms: ["说明", "附注", "备考"], told: "note" });
/** v1.1: how often a recurring piece of work happens (组织保障, 其他指标), placed before 备注. */
const frequency = (): FieldSpec =>
  text("frequency", "频次", 20, false, {
    since: 1.1,
    prompt: "如每月2期、每周1次、每日；写入总结时作“坚持每月……”，总数仍以数量或数值为准",
    note: "v1.1; e.g. 每月2期, 每周1次, 每日",
  });

/**
 * The months a 报告期 covers, first and last (spec §1: 起始日期/截止日期 default from 报告年度 + 报告期); 专项 and an
 * unknown 报告期 cover the whole year; 月度 names its month by 起始日期 ({@link MONTHLY_PERIOD}). One table for the core's period and the 指标汇总 formulas.
 */
export const PERIOD_MONTHS: Readonly<Record<string, readonly [number, number]>> = {
  全年: [1, 12], 专项: [1, 12], 月度: [1, 12], 上半年: [1, 6], 下半年: [7, 12], 第一季度: [1, 3], 第二季度: [4, 6], 第三季度: [7, 9], 第四季度: [10, 12],
};

/**
 * The 报告期 that follow one another within a year, in order (spec §1 报告期): the halves and the quarters. 全年 follows
 * the year before's 全年; 专项 follows nothing. Read by the period before (环比, facts/compare) and the period after
 * (开始下一期, actions/next-period).
 */
export const PERIOD_CYCLES: readonly (readonly string[])[] = [
  ["上半年", "下半年"],
  ["第一季度", "第二季度", "第三季度", "第四季度"],
];

/**
 * The 报告期 of a 月报 (new-user test 36, D16; an extension, docs/standard-sheets.md): its month is 起始日期's (required,
 * as a 专项's days are), 截止日期 defaults to that month's last day. It follows itself month by month (5月 → 6月, 12月 →
 * next year's 1月): the cycle of PERIOD_CYCLES read by the month of 起始日期 (actions/next-period, facts/compare).
 */
export const MONTHLY_PERIOD = "月度";

// ---- enumerations (spec §1–§9) ----
export const Enums = {
  unitType: ["社区", "村", "街道", "乡镇", "机关部门", "群团组织", "学校", "企事业单位", "其他"],
  period: ["全年", "上半年", "下半年", "第一季度", "第二季度", "第三季度", "第四季度", "月度", "专项"],
  orgKind: ["领导小组", "工作机制", "共建单位", "工作会议", "督查检查", "任务分解", "其他"],
  // 条/段/处: roads and points taken charge of (`包保路段18条`) — an extension (new-user test 40, D17).
  // 户/节/人次: households visited (`入户走访百余户`), lessons (`心理健康教育课36节`), counselling (`约120人次`) — an
  // extension (new-user test 41, D6, D21).
  orgUnit: ["个", "家", "次", "项", "人", "份", "条", "段", "处", "户", "节", "人次"],
  publicityKind: ["公益广告", "宣传栏", "道旗", "横幅", "电子屏", "墙绘", "展板", "宣传单", "倡议书", "宣传资料", "其他"],
  publicityUnit: ["块", "面", "幅", "条", "处", "个", "份", "张", "平方米"],
  publicityMode: ["新设", "更换", "发放", "维护"],
  teamKind: ["党员志愿者", "青年志愿者", "巾帼志愿者", "少年志愿者", "老年志愿者", "专业志愿者", "综合志愿者", "其他"],
  // 本单位: an honour the unit gives itself (校级, 院级, 公司级: new-user test 8, D1), below every territorial level.
  honourLevel: ["本单位", "楼栋/小区", "社区/村", "街道/乡镇", "县/区", "市", "省", "全国"],
  honourKind: ["助人为乐", "见义勇为", "诚实守信", "敬业奉献", "孝老爱亲", "其他"],
  problemKind: ["占道经营", "流动摊点", "乱摆卖", "乱张贴", "移动广告牌", "占道堆放", "违章搭建", "卫生死角", "渣土偷倒", "噪音扰民", "其他"],
  // 户, 家: problems of street vendors and shops are counted by household or shop (规范占道经营商户35家;
  // new-user test 33; an extension, docs/standard-sheets.md). 间: rooms (宿舍, 寝室, 门店) and 条: messages (留言, 线索, 帖子)
  // (new-user test 38, D7; the same extension). 车: loads of muck or refuse dumped (渣土偷倒约20车, 偷倒垃圾5车; review run 30,
  // 材料9 item 1: a forced unit's row in 车 was left out of the roll-up, the opening then said every problem was rectified).
  problemUnit: ["宗", "处", "起", "块", "个", "件", "户", "家", "间", "条", "车"],
  activityKind: ["道德讲堂", "我们的节日", "志愿服务", "环境整治", "宣传教育", "文体活动", "关爱帮扶", "理论学习", "会议培训", "其他"],
  // 户, 家: 走访, 慰问 and 家访 are counted in households (new-user test 32, D19; an extension, docs/standard-sheets.md).
  activityUnit: ["人", "人次", "户", "家", "对"],
  section: ["组织保障", "环境整治", "宣传教育", "道德建设", "志愿服务", "文体活动", "关爱帮扶", "设施建设", "其他"],
  approx: ["精确", "约", "余", "近"],
  textKind: ["导语", "工作亮点", "存在不足", "下一步打算", "上期打算"],
  /** v1.2: where a 问题整改 row comes from; blank = 本期发现. */
  problemOrigin: ["本期发现", "上期遗留"],
} as const;

/**
 * v1.2: the 组织保障 事项类型 that stand from period to period (领导小组, 工作机制, 共建单位): carried by
 * 开始下一期, and not told as the new period's work (docs/standard-sheets.md "Version 1.2").
 */
export const standingOrgKinds: readonly string[] = Enums.orgKind.slice(0, 3);

const profile: FormSpec = {
  kind: "form",
  id: "profile",
  sheet: "基本信息",
  table: "tbl_Profile",
  title: "基本信息",
  keyHeader: "项目",
  valueHeader: "内容",
  items: [
    text("unitName", "单位名称", 60, true, { prompt: "填写单位全称，如某某社区居委会", synonyms: ["单位全称", "单位名", "填报单位"] }),
    text("shortName", "单位简称", 20, false, {
      since: 1.1,
      prompt: "总结正文中对本单位的称呼，如区妇联、市创城办；留空则按单位类型称社区、街道、我局、我校等",
      note: "v1.1; how the summary names the unit in running text (区妇联, 市创城办, 我局)",
    }),
    oneOf("unitType", "单位类型", Enums.unitType, true, { prompt: "从下拉列表选择单位类型" }),
    text("guide", "上级指导单位", 60, false, { prompt: "如区文明办" }),
    text("approach", "工作思路", 100, false, {
      since: 1.1,
      prompt: "一句话概括本期创建工作的思路或主线，写入总结开头；可留空",
      note: "v1.1; the unit's organising idea in a phrase, e.g. 以“网格+志愿”为抓手",
    }),
    int("year", "报告年度", true, { min: 2000, max: 2100, quantity: "year", prompt: "四位年份，如2023" }),
    oneOf("period", "报告期", Enums.period, true, { prompt: "从下拉列表选择报告期；月报选“月度”，并在起始日期填该月1日；一天或一周的专项工作选“专项”，并填写起始日期和截止日期" }),
    date("start", "起始日期", false, { note: "defaults from 报告年度 + 报告期", prompt: "留空则按报告年度和报告期推算" }),
    date("end", "截止日期", false, { note: "must be >= 起始日期", prompt: "不得早于起始日期；留空则按报告期推算" }),
    int("population", "常住人口", false, { unit: "人", prompt: "人；社区、村、街道、乡镇填辖区常住人口，机关部门、群团组织、企事业单位填干部职工人数，学校填师生人数；用于计算志愿者注册率" }),
    int("households", "户数", false, { unit: "户", prompt: "户" }),
    text("reporter", "填报人", 20, false, { personal: true, prompt: "个人信息，不写入总结" }),
    { id: "phone", header: "联系电话", type: "phone", required: false, maxLength: 20, numFmt: NumFmt.text, width: 16, personal: true, prompt: "只填数字、空格、+、-；不写入总结" },
    date("docDate", "成文日期", false, { prompt: "总结落款日期；留空则取导出当天" }),
    // Last, below 成文日期: no existing cell moves, and 套用/修复标准表 appends it to an older workbook (new-user test 37, D24;
    // an extension, docs/standard-sheets.md).
    text("specialName", "专项名称", 30, false, {
      since: 1.2,
      prompt: "报告期为“专项”时填写，如春运、“文明交通”专项行动、国庆假期文明旅游；写入总结标题和文件名，其他报告期留空",
      note: "extension (new-user test 37, D24): names a 专项 in its title and file name; read for 报告期 专项 only",
      synonyms: ["专项活动名称", "专项行动名称", "专项工作名称"],
    }),
  ],
  help:
    "每个项目填在“内容”一列；带*的项目必填。报告年度和报告期决定总结标题与活动日期的核对范围；月报的报告期选“月度”，起始日期填该月1日（截止日期可不填）；一天或一周的专项工作报告，报告期选“专项”，并填写起始日期和截止日期，专项名称（如春运、“文明交通”专项行动）写入总结标题。" +
    "单位简称是总结正文对本单位的称呼（如区妇联、市创城办），工作思路用一句话概括本期工作主线，均可留空。填报人和联系电话不会写入总结。",
};

const organization: LedgerSpec = {
  kind: "ledger", id: "organization", sheet: "组织保障", table: "tbl_Organization", title: "组织保障台账",
  columns: [
    oneOf("kind", "事项类型", Enums.orgKind, true, { synonyms: ["事项类别", "类型", "类别"] }),
    text("content", "名称或内容", 200, true, { told: "name", prompt: "如创建工作领导小组、驻区单位共驻共建协议", synonyms: ["名称", "内容", "事项"] }),
    int("quantity", "数量"),
    oneOf("unit", "单位", Enums.orgUnit),
    date("date", "日期", false, { synonyms: ["时间", "成立时间", "召开时间"], monthOnly: true }),
    frequency(),
    remark(),
  ],
  importWords: ["组织保障", "领导小组", "工作机制", "会议", "组织"],
  help: "领导小组、工作机制、共建单位、工作会议、督查检查、任务分解等，一事一行。数量和单位配套填写（如共建单位7家）。经常性的工作（例会、督查、巡查）在“频次”一列写明每月2期、每周1次、每日等，数量仍填总数。",
};

const publicity: LedgerSpec = {
  kind: "ledger", id: "publicity", sheet: "宣传投放", table: "tbl_Publicity", title: "宣传投放台账",
  otherNamedBy: "place",
  columns: [
    // A hand-made list names the thing in a 项目 or 名称 column (`项目 | 数量 | 地点`: 公益广告牌, 宣传横幅; new-user test 25, D9),
    // or says what was done in a 工作内容 column (`设置公益广告`, `发放倡议书`; new-user test 24, D9).
    oneOf("kind", "类型", Enums.publicityKind, true, { synonyms: ["宣传类型", "宣传形式", "形式", "载体", "类别", "项目", "名称", "宣传品", "宣传品名称", "品名", "宣传项目", "工作内容", "工作事项"] }),
    // Told as the batch's content (`大厅LED屏滚动播放……`): a placeholder in it (`同上`, `其他`) is said by check text.placeholder
    // and never written (new-user test 61, D7).
    text("place", "位置或内容", 200, false, { told: "content", synonyms: ["位置", "投放位置", "地点", "投放地点", "设置地点", "宣传内容", "内容", "摆放地点", "摆放位置", "设置位置", "点位"] }),
    int("quantity", "数量", true, { synonyms: ["投放数量", "设置数量"] }),
    oneOf("unit", "单位", Enums.publicityUnit, true, { synonyms: ["计量单位", "量词"] }),
    oneOf("mode", "方式", Enums.publicityMode, false, { synonyms: ["投放方式"] }),
    num("amount", "投入金额（元）", false, { unit: "元", quantity: "money", spoken: "宣传经费", numFmt: NumFmt.money, width: 16, prompt: "元，只填数字", synonyms: ["投入金额", "金额", "费用", "经费", "投入资金", "资金", "投入经费", "投入", "花费", "支出"] }),
    date("date", "日期", false, { synonyms: ["投放时间", "投放日期", "设置时间", "时间"], monthOnly: true }),
    remark(),
  ],
  importWords: ["宣传", "公益广告", "投放"],
  help: "公益广告、宣传栏、道旗等每批一行；数量只填数字，量词填在“单位”一列；投入金额以元为单位。",
};

const volunteers: LedgerSpec = {
  kind: "ledger", id: "volunteers", sheet: "志愿服务", table: "tbl_Volunteers", title: "志愿服务队伍台账",
  columns: [
    text("team", "队伍名称", 60, true, { told: "name", synonyms: ["队名", "队伍", "服务队", "服务队名称", "志愿服务队名称"] }),
    oneOf("kind", "队伍类型", Enums.teamKind, true, { synonyms: ["队伍类别", "类型"] }),
    int("members", "注册人数", true, { unit: "人", synonyms: ["队员人数", "志愿者人数", "人数"] }),
    int("services", "服务次数", false, { unit: "次", synonyms: ["活动次数", "开展次数"] }),
    num("hours", "服务时长（小时）", false, { unit: "小时", quantity: "hours", synonyms: ["服务时长", "累计服务时长", "服务小时数", "时长"] }),
    text("content", "主要服务内容", 200, false, { told: "content", synonyms: ["服务内容", "服务项目", "内容"] }),
    remark(),
  ],
  importWords: ["志愿服务队", "志愿队伍", "服务队"],
  help: "每支志愿服务队伍一行；注册人数以人计，服务时长以小时计。",
};

const honors: LedgerSpec = {
  kind: "ledger", id: "honors", sheet: "先进典型", table: "tbl_Honors", title: "先进典型台账",
  columns: [
    text("title", "荣誉名称", 60, true, { prompt: "如楼栋好人、十佳孝老爱亲模范", synonyms: ["荣誉称号", "获奖名称", "表彰名称", "所获荣誉", "荣誉", "称号"] }),
    oneOf("level", "级别", Enums.honourLevel, true, { synonyms: ["表彰级别", "授予单位", "表彰单位", "颁发单位"] }),
    oneOf("kind", "类别", Enums.honourKind, false, { synonyms: ["典型类别", "类型"] }),
    int("people", "人数", true, { min: 1, unit: "人", synonyms: ["获奖人数"] }),
    text("names", "姓名", 200, false, { personal: true, prompt: "多人用、分隔；只有勾选“在总结中写入姓名”时才写入总结", synonyms: ["获奖人", "获奖人员", "人员姓名", "先进人物", "获奖个人", "获奖者", "获奖对象", "表彰对象", "受表彰个人"] }),
    date("date", "日期", false, { synonyms: ["表彰时间", "获奖时间", "授予时间", "时间"], monthOnly: true }),
    remark(),
  ],
  importWords: ["先进典型", "荣誉", "表彰", "好人", "典型", "先进"],
  help: "每项荣誉一行；人数至少为1。家庭或集体的荣誉（星级文明户、文明寝室、先进班集体）在人数一列填户数、间数或个数，不计入先进典型人数。本单位自己评选的（校级、院级、公司级）级别选“本单位”。姓名属个人信息，默认不写入总结。",
};

/**
 * Headers of a count of problems put right (`已整改`: 已整改数 with its 数 dropped, `整改完成数`, `已完成整改`): the 问题整改
 * ledger's 已整改数 and a 问题清单's column of the same counts (new-user test 55, D1) take them from here.
 */
const RECTIFIED_SYNONYMS: readonly string[] = ["整改", "整改数", "已整改", "整改完成数", "已整改数量", "整改数量", "整改完成数量", "已改", "已改数", "已完成", "完成数", "已办结", "整改完成", "完成整改", "已完成整改", "整改完毕"];

const rectification: LedgerSpec = {
  kind: "ledger", id: "rectification", sheet: "问题整改", table: "tbl_Rectification", title: "问题整改台账",
  columns: [
    oneOf("kind", "问题类别", Enums.problemKind, true, { synonyms: ["问题类型", "问题分类", "类别", "问题", "问题种类", "种类", "问题名称"] }),
    // `问题 | 数量 | 已改`: a problem list typed by hand counts in 数量 (new-user test 12, D6).
    int("found", "发现数", true, { synonyms: ["发现问题数", "问题数", "排查数", "发现数量", "发现问题数量", "发现", "发现问题", "数量", "问题数量"] }),
    int("rectified", "已整改数", true, { prompt: "不得大于发现数", synonyms: RECTIFIED_SYNONYMS }),
    oneOf("unit", "单位", Enums.problemUnit, true, { synonyms: ["计量单位"] }),
    {
      id: "rate", header: "整改率", type: "formula", required: false, numFmt: NumFmt.rate, width: 10, quantity: "rate",
      formula: 'IF(N(tbl_Rectification[[#This Row],[发现数]])=0,"",N(tbl_Rectification[[#This Row],[已整改数]])/tbl_Rectification[[#This Row],[发现数]])',
      note: "written by the add-in; never typed by users",
    },
    text("owner", "责任单位", 60, false, { synonyms: ["责任部门", "责任人单位", "责任科室", "整改责任单位", "负责单位", "整改单位"] }),
    date("deadline", "整改时限", false, { synonyms: ["整改期限", "完成时限"], monthOnly: true }),
    oneOf("origin", "来源", Enums.problemOrigin, false, {
      since: 1.2,
      prompt: "留空即本期发现；“开始下一期”结转的未整改问题为上期遗留，不计入本期发现数和整改率",
      note: "v1.2; 本期发现 / 上期遗留, blank = 本期发现",
    }),
    remark(),
  ],
  importWords: ["问题整改", "整改"],
  help:
    "每类问题一行：发现数与已整改数配套填写，已整改数不得大于发现数；整改率由公式自动计算，请勿手工填写。" +
    "“来源”一列区分本期发现和上期遗留（留空即本期发现）；上期遗留的问题单独统计，不计入本期发现问题数和总整改率。",
};

const activities: LedgerSpec = {
  kind: "ledger", id: "activities", sheet: "活动台账", table: "tbl_Activities", title: "活动台账",
  columns: [
    // 服务日期, 服务时间, 服务地点, 服务项目: a hand-made list of services, one row each (new-user test 63, D4).
    date("date", "日期", true, { prompt: "应在报告期内", synonyms: ["活动时间", "活动日期", "开展时间", "时间", "服务日期", "服务时间", "月份", "开展月份"], monthOnly: true }),
    // A hand-made list of the period's work (`时间 | 项目 | 工作内容 | 参加人数 | 投入`) is activities: 工作内容 names each,
    // 项目 its kind (new-user test 26, D7; the participants tell it from a 宣传投放 list of 工作内容 and 数量).
    text("name", "活动名称", 60, true, { told: "name", synonyms: ["活动主题", "活动项目", "主题", "名称", "活动", "工作内容", "活动名目", "名目", "项目名称", "服务项目"] }),
    oneOf("kind", "活动类型", Enums.activityKind, true, { synonyms: ["活动类别", "类型", "类别", "项目"] }),
    // 服务人数, 受益人数, 服务对象人数: the turnout of a service or a clinic day (new-user test 62, D4).
    int("participants", "参与数量", false, { synonyms: ["参加人数", "参与人数", "参加人次", "参与人次", "参加人员数", "参与人员数", "人数", "人次", "参加人员", "参与人员", "参加对象人数", "服务人数", "服务人次", "受益人数", "受益人次", "服务对象人数"] }),
    oneOf("unit", "单位", Enums.activityUnit, false, { synonyms: ["计量单位"] }),
    text("place", "地点", 60, false, { synonyms: ["活动地点", "活动场所", "地址", "服务地点"] }),
    text("host", "主办或协办单位", 60, false, { synonyms: ["主办单位", "承办单位", "组织单位", "组织部门", "发布组织", "发起单位", "负责科室", "负责部门", "牵头单位", "牵头科室", "承办科室"] }),
    // 情况说明, 内容简介, 具体内容, 活动情况: the free-text column of a hand-made activity list (new-user test 42, D20).
    text("summary", "简要内容", 200, false, { told: "content", synonyms: ["活动内容", "主要内容", "内容摘要", "情况说明", "内容简介", "具体内容", "活动情况"] }),
    remark(),
  ],
  importWords: ["活动"],
  help: "每场活动一行；日期应在报告期内。我们的节日活动请在活动名称中写明节日（春节、元宵、清明、端午、七夕、中秋、重阳）。",
};

const figures: LedgerSpec = {
  kind: "ledger", id: "figures", sheet: "其他指标", table: "tbl_Figures", title: "其他指标",
  columns: [
    oneOf("section", "板块", Enums.section, true),
    text("name", "指标名称", 60, true, { told: "name", synonyms: ["指标", "项目名称"], prompt: "以动作开头，如出动巡查人员、清理小广告、走访困难家庭；没有动作的写事物名称，如保洁员、垃圾桶" }),
    num("value", "数值", true, { numFmt: "General", synonyms: ["数量", "数额"] }),
    text("unit", "单位", 4, true, { prompt: "写入总结的量词，如人次、份、户、万元" }),
    oneOf("approx", "表述", Enums.approx, false, { prompt: "精确（默认）、约、余（多于）、近（接近）" }),
    frequency(),
    remark(),
  ],
  importWords: ["其他指标", "指标"],
  help:
    "没有专门台账的数字填在这里，一项一行，按板块写入总结。指标名称以动作开头（出动巡查人员、清理小广告、走访困难家庭），没有动作的写事物名称（保洁员、垃圾桶）。" +
    "单位为%时按百分点填写（100表示100%）。约数在“表述”一列选择约、余或近。经常性的工作在“频次”一列写明每月2期、每周1次、每日等，数值仍填总数。",
};

const texts: LedgerSpec = {
  kind: "ledger", id: "texts", sheet: "文字材料", table: "tbl_Texts", title: "文字材料",
  columns: [
    oneOf("kind", "类型", Enums.textKind, true),
    text("content", "内容", 1000, true, { told: "content", width: 60 }),
    text("progress", "落实情况", 500, false, {
      told: "content",
      since: 1.2,
      width: 40,
      prompt: "只对“上期打算”填写：这项打算本期落实得怎样；留空的上期打算不写入总结",
      note: "v1.2; read only on 上期打算 rows",
    }),
  ],
  importWords: ["文字材料"],
  help:
    "导语、工作亮点、存在不足、下一步打算，每条一行，按行序写入总结。" +
    "“上期打算”由“开始下一期”从上期的下一步打算结转而来：在“落实情况”一列写明本期落实的结果，填写了的才写入总结。",
};

const instructions: GeneratedSpec = {
  kind: "generated", id: "instructions", sheet: "填报说明",
  help: "本表由台账助手生成，说明各表填法与可选值。",
};
const indicators: GeneratedSpec = {
  kind: "generated", id: "indicators", sheet: "指标汇总",
  help: "本表由公式自动计算，随台账更新，请勿手工修改。",
};

/** v1.2: the previous period's indicator figures, written by 开始下一期 (`next`); data, kept by every repair. */
const previousPeriod: PreviousPeriodSpec = {
  id: "previous",
  sheet: "上期指标",
  title: "上期指标",
  since: 1.2,
  items: ["单位名称", "报告年度", "报告期", "起始日期", "截止日期"],
  headers: ["指标", "数值", "单位", "约数"],
  detailHeaders: ["分项指标", "数值", "单位", "约数"],
  help: "本表由“开始下一期”生成，保存上一期指标汇总的数值（不是公式），生成总结时用来与上期比较；请勿修改。再次开始下一期时整表替换。",
};

/**
 * 问题清单: one problem a line (issue #16), reshaped into 问题整改 rows of 发现数 1 — or, when the list has a count column
 * (`数量`, `问题数`, `处数`: `20户`), of that count, 已整改数 read from the figure in 整改情况 (`已整改18户`; new-user test 38, D16).
 */
const problemList: ImportShape = {
  id: "problemList",
  name: "问题清单",
  ledger: "rectification",
  reshape: "item",
  importWords: ["问题清单", "问题台账", "问题汇总", "问题整改清单", "问题"],
  columns: [
    { id: "kind", header: "问题类别", synonyms: ["问题类型", "问题分类", "类别", "类型"], role: "field", field: "问题类别" },
    { id: "place", header: "问题地点", synonyms: ["地点", "位置", "点位", "所在位置", "发现地点", "具体位置", "地址"], role: "remark" },
    { id: "description", header: "问题描述", synonyms: ["问题内容", "存在问题", "具体问题", "问题", "问题情况"], role: "remark" },
    // A count of the problem (`楼道堆放杂物 | 20户`): 发现数 and 单位 from it, never 1 a line (new-user test 38, D16);
    // `发现` as a header is that count too (`楼道堆物 | 20户`; new-user test 40, D14).
    { id: "found", header: "发现数", synonyms: ["数量", "问题数", "问题数量", "处数", "发现问题数", "发现数量", "个数", "件数", "户数", "发现", "发现问题", "发现问题数量"], role: "field", field: "发现数" },
    // A count of those put right (`已整改 | 7`): 已整改数 as typed, never read from 整改情况 nor 0 (new-user test 55, D1).
    // A column of words under such a header (`已整改 | 是`) is 整改情况 (matchColumns).
    { id: "rectified", header: "已整改数", synonyms: RECTIFIED_SYNONYMS, role: "field", field: "已整改数" },
    { id: "status", header: "整改情况", synonyms: ["整改状态", "状态", "是否整改", "是否整改完成", "整改进度", "完成情况", "整改结果", "处理结果", "处置结果", "办理结果", "处理情况", "处置情况", "办理情况", "办结情况"], role: "status" },
    { id: "owner", header: "责任单位", synonyms: ["责任部门", "责任人单位", "整改单位", "责任科室", "整改责任单位", "负责单位"], role: "field", field: "责任单位" },
    { id: "deadline", header: "整改时限", synonyms: ["整改期限", "完成时限", "时限要求"], role: "field", field: "整改时限" },
    { id: "found", header: "发现时间", synonyms: ["发现日期", "检查时间", "检查日期", "日期", "时间"], role: "remark", label: "发现时间" },
    { id: "person", header: "责任人", synonyms: ["联系人", "整改责任人"], role: "personal" },
    { id: "phone", header: "联系电话", synonyms: ["电话", "手机", "手机号", "联系方式"], role: "personal" },
    { id: "remark", header: "备注", synonyms: ["说明"], role: "remark" },
  ],
};

/** 志愿者花名册: one volunteer a line (issue #16), counted per team into 志愿服务; no personal datum copied. */
const volunteerRoster: ImportShape = {
  id: "roster",
  name: "志愿者花名册",
  ledger: "volunteers",
  reshape: "group",
  importWords: ["花名册", "名册", "志愿者名单", "志愿者登记", "注册志愿者"],
  columns: [
    { id: "name", header: "姓名", synonyms: ["志愿者姓名", "名字"], role: "count" },
    { id: "team", header: "所属队伍", synonyms: ["队伍名称", "所属服务队", "服务队", "志愿服务队", "所在队伍", "队伍", "所属团队"], role: "group", field: "队伍名称" },
    { id: "hours", header: "服务时长", synonyms: ["服务时长（小时）", "累计服务时长", "志愿服务时长", "服务小时数", "时长"], role: "sum", field: "服务时长（小时）" },
    { id: "services", header: "服务次数", synonyms: ["参加次数", "活动次数"], role: "sum", field: "服务次数" },
    { id: "service", header: "服务类型", synonyms: ["服务内容", "服务项目", "服务领域", "服务岗位", "志愿服务类型"], role: "collect", field: "主要服务内容" },
    { id: "gender", header: "性别", role: "personal" },
    { id: "age", header: "年龄", synonyms: ["出生年月", "出生日期"], role: "personal" },
    { id: "idNumber", header: "身份证号", synonyms: ["身份证号码", "证件号码", "身份证"], role: "personal" },
    { id: "phone", header: "联系电话", synonyms: ["电话", "手机", "手机号", "手机号码", "联系方式"], role: "personal" },
    { id: "politics", header: "政治面貌", role: "personal" },
    { id: "address", header: "住址", synonyms: ["家庭住址", "居住地址", "现住址"], role: "personal" },
    { id: "workplace", header: "工作单位", synonyms: ["单位"], role: "personal" },
  ],
};

/**
 * 分单位统计表: a wide table of figures, one row per village, community or unit and one column per
 * figure with its measure word in the header (`人员（人次）`, `垃圾（吨）`), issue #16: each figure
 * column becomes one 其他指标 row, summed over the rows. Told by its shape (a column of names, then
 * columns of counts), not by header words: the figure columns' headers are the office's own.
 */
const figureTable: ImportShape = {
  id: "figureTable",
  name: "分单位统计表",
  ledger: "figures",
  reshape: "columns",
  importWords: ["统计表", "汇总表", "情况统计", "分村", "各村", "各社区", "各单位"],
  columns: [
    {
      id: "place", header: "名称", role: "label",
      synonyms: ["村", "社区", "村居", "村社区", "村（社区）", "村/社区", "村名", "村别", "社区名称", "小区", "小区名称", "网格", "片区", "楼栋", "单位", "单位名称", "部门", "科室", "学校", "街道", "乡镇", "镇", "责任区", "站所"],
    },
    { id: "figure", header: "数值", role: "figure", field: "数值" },
  ],
};

const profileValue = (item: string): string => `INDEX(tbl_Profile[内容],MATCH("${item}",tbl_Profile[项目],0))`;

/**
 * The first or last month of the 报告期 in 基本信息, as nested IFs over {@link PERIOD_MONTHS} (an unknown 报告期 is
 * the whole year). Only functions of Excel 2007 on: no LET, no array constants.
 */
function periodMonth(which: 0 | 1): string {
  const whole = which === 0 ? 1 : 12;
  const byMonth = new Map<number, string[]>();
  for (const [name, months] of Object.entries(PERIOD_MONTHS)) {
    if (months[which] !== whole) byMonth.set(months[which], [...(byMonth.get(months[which]) ?? []), name]);
  }
  const period = profileValue("报告期");
  return [...byMonth].reduceRight(
    (rest, [month, names]) => `IF(${names.length > 1 ? `OR(${names.map((n) => `${period}="${n}"`).join(",")})` : `${period}="${names[0]}"`},${month},${rest})`,
    String(whole),
  );
}
const reportYear = `N(${profileValue("报告年度")})`;
/** 起始日期 / 截止日期 as 基本信息 gives them, else the first / last day of the 报告期 in 报告年度 (spec §1). */
const periodStart = `IF(ISNUMBER(${profileValue("起始日期")}),${profileValue("起始日期")},DATE(${reportYear},${periodMonth(0)},1))`;
// A 月度 report without 截止日期 ends with the month 起始日期 names (MONTHLY_PERIOD; new-user test 36, D16).
const monthEnd = `DATE(YEAR(${profileValue("起始日期")}),MONTH(${profileValue("起始日期")})+1,0)`;
const periodEnd = `IF(ISNUMBER(${profileValue("截止日期")}),${profileValue("截止日期")},IF(AND(${profileValue("报告期")}="${MONTHLY_PERIOD}",ISNUMBER(${profileValue("起始日期")})),${monthEnd},DATE(${reportYear},${periodMonth(1)}+1,0)))`;

/**
 * COUNTIFS over 活动台账 of the rows matching `criteria` that the summary counts: a row dated before or after the
 * report period is left out, as the text leaves it out (new-user test 18, D21); an undated row or one whose 日期
 * is text counts, and with no 报告年度 every row counts (core `inReportPeriod`). Dates typed the wrong way round
 * in 基本信息 are an error of the check (profile.date-order); this formula then takes them as typed.
 */
function activitiesInPeriod(criteria: string): string {
  const outside = `COUNTIFS(${criteria},tbl_Activities[日期],"<"&${periodStart})+COUNTIFS(${criteria},tbl_Activities[日期],">"&${periodEnd})`;
  return `COUNTIFS(${criteria})-IF(${reportYear}=0,0,${outside})`;
}

/**
 * The sum of `column` of `table` over the rows matching `criteria` (SUMIFS pairs; none: every row) that the summary
 * counts: as activitiesInPeriod, a 宣传投放 row dated before or after the report period is left out (new-user
 * test 26, D26); an undated row counts, and with no 报告年度 every row does (core `inReportPeriod`).
 */
function sumInPeriod(table: string, column: string, criteria = ""): string {
  const sum = `${table}[${column}]`;
  const and = criteria ? `,${criteria}` : "";
  const all = criteria ? `SUMIFS(${sum}${and})` : `SUM(${sum})`;
  const outside = `SUMIFS(${sum}${and},${table}[日期],"<"&${periodStart})+SUMIFS(${sum}${and},${table}[日期],">"&${periodEnd})`;
  return `(${all}-IF(${reportYear}=0,0,${outside}))`;
}

/** SUMIFS criteria of 本期发现 rows (来源 blank or 本期发现) and of 上期遗留 rows (v1.2). */
const thisPeriod = 'tbl_Rectification[来源],"<>上期遗留"';
const carried = 'tbl_Rectification[来源],"上期遗留"';

/**
 * Column C of an indicator summed over rows that carry their own 单位: the word every counted row with a
 * 单位 shares (`first` when none has one), else `多种量词` — never 处 over a sum that holds 起 or 件
 * (new-user test 8, D19). COUNTIFS only (Excel 2007 on): `"?*"` is a filled text cell.
 */
function sharedUnit(table: string, values: readonly string[], first: string, criteria: string): string {
  const order = [first, ...values.filter((v) => v !== first)];
  return order.reduceRight((rest, u) => `IF(COUNTIFS(${table}[单位],"?*",${table}[单位],"<>${u}",${criteria})=0,"${u}",${rest})`, '"多种量词"');
}
const problemUnit = sharedUnit("tbl_Rectification", Enums.problemUnit, "处", `tbl_Rectification[发现数],">0",${thisPeriod}`);
const carriedUnit = sharedUnit("tbl_Rectification", Enums.problemUnit, "处", `tbl_Rectification[发现数],">0",${carried}`);

/** 指标汇总 indicators (spec §10), each an Excel formula over the standard tables. */
const indicatorList: IndicatorSpec[] = [
  { id: "volunteerMembers", label: "志愿者注册人数", unit: "人", formula: "SUM(tbl_Volunteers[注册人数])", numFmt: NumFmt.int },
  {
    id: "volunteerRate", label: "志愿者注册率", unit: "%",
    formula: `IFERROR(IF(N(${profileValue("常住人口")})=0,"",SUM(tbl_Volunteers[注册人数])/${profileValue("常住人口")}),"")`,
    numFmt: NumFmt.rate,
  },
  { id: "volunteerHours", label: "志愿服务时长", unit: "小时", formula: "SUM(tbl_Volunteers[服务时长（小时）])", numFmt: NumFmt.num },
  {
    id: "ads", label: "公益广告数量", unit: "块", formula: sumInPeriod("tbl_Publicity", "数量", 'tbl_Publicity[类型],"公益广告"'), numFmt: NumFmt.int,
    unitFormula: sharedUnit("tbl_Publicity", Enums.publicityUnit, "块", 'tbl_Publicity[类型],"公益广告"'),
  },
  {
    id: "boards", label: "宣传栏数量", unit: "块", formula: sumInPeriod("tbl_Publicity", "数量", 'tbl_Publicity[类型],"宣传栏"'), numFmt: NumFmt.int,
    unitFormula: sharedUnit("tbl_Publicity", Enums.publicityUnit, "块", 'tbl_Publicity[类型],"宣传栏"'),
  },
  {
    id: "leaflets", label: "宣传资料发放份数", unit: "份",
    formula: `${sumInPeriod("tbl_Publicity", "数量", 'tbl_Publicity[方式],"发放",tbl_Publicity[单位],"份"')}+${sumInPeriod("tbl_Publicity", "数量", 'tbl_Publicity[类型],"宣传资料",tbl_Publicity[单位],"份",tbl_Publicity[方式],"<>发放"')}`,
    numFmt: NumFmt.int,
  },
  { id: "publicitySpend", label: "宣传投入金额", unit: "元", formula: sumInPeriod("tbl_Publicity", "投入金额（元）"), numFmt: NumFmt.money },
  // People only: household and collective titles (星级文明户, 文明寝室) are not people (new-user tests 7 D1, 8 D2).
  { id: "honourPeople", label: "先进典型人数", unit: "人", formula: `SUM(tbl_Honors[人数])${COLLECTIVE_TITLES.map((t) => `-SUMIFS(tbl_Honors[人数],tbl_Honors[荣誉名称],"${t}")`).join("")}`, numFmt: NumFmt.int },
  ...Enums.honourLevel.map((level): IndicatorSpec => ({
    id: `honourPeople:${level}`, label: level === "本单位" ? "先进典型人数（本单位评选）" : `先进典型人数（${level}级）`, unit: "人",
    formula: `SUMIFS(tbl_Honors[人数],tbl_Honors[级别],"${level}")${COLLECTIVE_TITLES.map((t) => `-SUMIFS(tbl_Honors[人数],tbl_Honors[级别],"${level}",tbl_Honors[荣誉名称],"${t}")`).join("")}`, numFmt: NumFmt.int,
  })),
  { id: "moralLectures", label: "道德讲堂期数", unit: "期", formula: activitiesInPeriod('tbl_Activities[活动类型],"道德讲堂"'), numFmt: NumFmt.int },
  { id: "activities", label: "活动场次", unit: "场", formula: activitiesInPeriod('tbl_Activities[活动名称],"?*"'), numFmt: NumFmt.int },
  ...Enums.activityKind.map((kind): IndicatorSpec => ({
    id: `activities:${kind}`, label: `活动场次（${kind}）`, unit: "场",
    formula: activitiesInPeriod(`tbl_Activities[活动类型],"${kind}"`), numFmt: NumFmt.int,
  })),
  // v1.2: rows of 来源 上期遗留 are counted apart, so carried problems never inflate this period's figures.
  {
    id: "problemsFound", label: "发现问题数", unit: "处", formula: `SUMIFS(tbl_Rectification[发现数],${thisPeriod})`, numFmt: NumFmt.int, unitFormula: problemUnit,
    earlier: { until: 1.2, formula: "SUM(tbl_Rectification[发现数])" },
  },
  {
    id: "problemsRectified", label: "已整改数", unit: "处", formula: `SUMIFS(tbl_Rectification[已整改数],${thisPeriod})`, numFmt: NumFmt.int, unitFormula: problemUnit,
    earlier: { until: 1.2, formula: "SUM(tbl_Rectification[已整改数])" },
  },
  {
    id: "rectificationRate", label: "总整改率", unit: "%",
    formula: `IF(SUMIFS(tbl_Rectification[发现数],${thisPeriod})=0,"",SUMIFS(tbl_Rectification[已整改数],${thisPeriod})/SUMIFS(tbl_Rectification[发现数],${thisPeriod}))`,
    numFmt: NumFmt.rate,
    earlier: { until: 1.2, formula: 'IF(SUM(tbl_Rectification[发现数])=0,"",SUM(tbl_Rectification[已整改数])/SUM(tbl_Rectification[发现数]))' },
  },
  { id: "carriedFound", label: "上期遗留问题数", unit: "处", formula: `SUMIFS(tbl_Rectification[发现数],${carried})`, numFmt: NumFmt.int, since: 1.2, unitFormula: carriedUnit },
  { id: "carriedRectified", label: "上期遗留问题已整改数", unit: "处", formula: `SUMIFS(tbl_Rectification[已整改数],${carried})`, numFmt: NumFmt.int, since: 1.2, unitFormula: carriedUnit },
];

/** Narrative 板块 in the order of narrative spec §3, with what feeds each. */
const sectionList: SectionSpec[] = [
  { id: "organization", name: "组织保障", ledgers: ["organization"], activityTypes: ["会议培训"] },
  { id: "environment", name: "环境整治", ledgers: ["rectification"], activityTypes: ["环境整治"] },
  { id: "publicity", name: "宣传教育", ledgers: ["publicity"], activityTypes: ["宣传教育", "理论学习"] },
  { id: "morality", name: "道德建设", ledgers: ["honors"], activityTypes: ["道德讲堂"] },
  { id: "volunteering", name: "志愿服务", ledgers: ["volunteers"], activityTypes: ["志愿服务"] },
  { id: "culture", name: "文体活动", ledgers: [], activityTypes: ["我们的节日", "文体活动"] },
  { id: "care", name: "关爱帮扶", ledgers: [], activityTypes: ["关爱帮扶"] },
  { id: "facilities", name: "设施建设", ledgers: [], activityTypes: [] },
  { id: "other", name: "其他", ledgers: [], activityTypes: ["其他"] },
];

/**
 * The standard workbook, current version v1.1 (the name stays `standardV1`: v1.1 is a minor step of
 * v1 that only adds optional fields; `catalogAtVersion(standardV1, 1)` gives v1 itself).
 */
export const standardV1: Catalog = {
  versionText: "标准台账 v1.2",
  version: 1.2,
  versionName: "CL_StandardVersion",
  sheets: [
    instructions, profile, organization, publicity, volunteers, honors, rectification, activities, figures, texts, indicators,
  ],
  indicators: indicatorList,
  previousPeriod,
  sections: sectionList,
  importShapes: [problemList, volunteerRoster, figureTable],
  festivals: ["春节", "元宵", "清明", "端午", "七夕", "中秋", "重阳"],
  festivalAliases: {
    // `新年` alone is the calendar's (元旦; `迎新年文艺汇演` on 12月28日): only the 农历 one is 春节 (new-user test 57, D3).
    春节: ["新春", "迎春", "除夕", "年夜饭", "春联", "拜年", "农历新年", "大年"],
    元宵: ["灯谜", "闹元宵", "汤圆"],
    清明: ["祭扫", "扫墓"],
    端午: ["粽子", "包粽", "龙舟"],
    七夕: ["乞巧"],
    中秋: ["月饼", "赏月"],
    重阳: ["登高"],
  },
};
