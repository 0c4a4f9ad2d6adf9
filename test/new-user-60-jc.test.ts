/**
 * Review run 31 (docs/reviews/run-31-217bcb4-tester58-59-reviewer-AU.md, reviewer AU), roll-ups and computed shortfalls: 材料5 (t58-tax) items 1-3,
 * 材料6 (t59-edu) items 1-3, 材料3 (t58-station) item 1, 材料4 (t58-street-h2) item 4. Defects 1-6 of the brief jc:
 * a roll-up's few events told one by one (D1), a 督查检查 by what it checked (D1), a 幼儿园 never counted as a 学校 (D2),
 * a school's culture lead (D3), one unit's figure never the 全系统's (D4), a computed 注册率 said qualitatively (D5),
 * a closing meeting alone is no 组织领导 section (D6).
 */
import { profile, rolledUp, type Unit } from "./support/run-30-rollups";
import { summaryTextOf } from "./support/summaries";
import { unitGroupText } from "../src/core/narrative/combined";

const sub = (name: string, 上级指导单位: string): Record<string, string | number> => profile(name, "企事业单位", { 上级指导单位 });
const east = "国家税务总局青山县税务局城东税务分局";
export const tax: readonly Unit[] = [
  [profile("国家税务总局青山县税务局", "机关部门", { 单位简称: "县税务局", 上级指导单位: "县文明办" }), {
    组织保障: [
      { 事项类型: "领导小组", 名称或内容: "县局创建文明城市工作领导小组", 数量: 1, 单位: "个", 日期: "2025-01-08" },
      { 事项类型: "督查检查", 名称或内容: "对各分局文明窗口暗访督查", 数量: 6, 单位: "次", 频次: "每月1次" },
    ],
    活动台账: [{ 日期: "2025-04-01", 活动名称: "税收宣传月“税法进校园”", 活动类型: "宣传教育", 参与数量: 300, 单位: "人", 地点: "青山职业技术学院" }],
  }],
  [sub(east, "国家税务总局青山县税务局"), {
    组织保障: [{ 事项类型: "督查检查", 名称或内容: "开展办税服务厅文明服务督查", 数量: 4, 单位: "次" }],
    志愿服务: [{ 队伍名称: "税务青年志愿服务队", 队伍类型: "青年志愿者", 注册人数: 26, 服务次数: 18 }],
    问题整改: [{ 问题类别: "其他", 发现数: 12, 已整改数: 12, 单位: "件", 责任单位: "办税服务厅", 备注: "纳税人排队时间长、引导不到位" }],
    活动台账: [
      { 日期: "2025-03-05", 活动名称: "学雷锋 税务志愿服务进企业", 活动类型: "志愿服务", 参与数量: 20, 单位: "人", 地点: "开发区企业" },
      { 日期: "2025-04-01", 活动名称: "第34个税收宣传月启动仪式", 活动类型: "宣传教育", 参与数量: "约200", 单位: "人次", 地点: "县城广场" },
    ],
  }],
  [sub("城西税务分局", "国家税务总局青山县税务局"), {
    志愿服务: [{ 队伍名称: "城西分局志愿者", 队伍类型: "党员志愿者", 注册人数: 15 }],
    活动台账: [{ 日期: "2025-04-15", 活动名称: "税收宣传进社区", 活动类型: "宣传教育", 参与数量: "五十余", 单位: "人", 地点: "城西社区", 简要内容: "发放宣传资料，讲解个税汇算" }],
  }],
];

export const edu: readonly Unit[] = [
  [profile("某某县教育局", "机关部门", { 单位简称: "县教育局", 上级指导单位: "县文明办" }), {
    组织保障: [
      { 事项类型: "领导小组", 名称或内容: "成立教育系统创文工作领导小组，局长任组长", 数量: 1, 单位: "个", 日期: "2025-01-15" },
      { 事项类型: "督查检查", 名称或内容: "对全县中小学、幼儿园创文工作督查", 数量: 3, 单位: "次" },
    ],
  }],
  [sub("城关镇中心幼儿园", "某某县教育局"), {
    志愿服务: [{ 队伍名称: "家长志愿者队", 队伍类型: "其他", 注册人数: 60 }],
    活动台账: [
      { 日期: "2025-06-01", 活动名称: "六一儿童节文艺汇演", 活动类型: "文体活动", 参与数量: "三百余", 单位: "人次" },
      { 日期: "2025-03-05", 活动名称: "小手拉大手 文明一起走", 活动类型: "宣传教育", 参与数量: 120, 单位: "户", 简要内容: "发倡议书给家长" },
    ],
  }],
  [sub("实验小学", "某某县教育局"), {
    志愿服务: [{ 队伍名称: "红领巾志愿服务队", 队伍类型: "少年志愿者", 注册人数: 320, 服务次数: 24 }],
    活动台账: [
      { 日期: "2025-05-12", 活动名称: "防灾减灾安全教育", 活动类型: "宣传教育", 参与数量: 1200, 单位: "人", 简要内容: "开展地震疏散演练" },
      { 日期: "2025-04-04", 活动名称: "清明祭英烈", 活动类型: "我们的节日", 参与数量: "约800", 单位: "人", 地点: "烈士陵园" },
    ],
  }],
];

let taxText = "";
let eduText = "";
beforeAll(async () => {
  [taxText, eduText] = await Promise.all([rolledUp("县税务局", tax), rolledUp("县教育局", edu)]);
}, 120_000);

it("D1 (材料5 item 3): a roll-up's three 宣传教育 events are told one by one, each with its date, unit and place", () => {
  const text = taxText;
  expect(text).not.toContain("共开展宣传教育活动3场");
  expect(text).toContain("4月1日县税务局在青山职业技术学院开展税收宣传月“税法进校园”活动，参与300人；同日城东税务分局在县城广场举行第34个税收宣传月启动仪式，参与约200人次；4月15日城西税务分局在城西社区开展“税收宣传进社区”活动，发放宣传资料，讲解个税汇算，参与50余人。");
});

it("D1 (材料6 items 1-2): 督查检查 by what it checked; two schools' events one by one", () => {
  const text = eduText;
  expect(text).toContain("县教育局于1月15日成立教育系统创文工作领导小组，对全县中小学、幼儿园创文工作开展督查3次。");
  expect(text).not.toContain("开展督查检查3次");
  expect(text).not.toContain("共开展宣传教育活动2场");
  expect(text).toContain("3月5日城关镇中心幼儿园开展“小手拉大手文明一起走”宣传教育活动，发倡议书给家长，惠及120户；5月12日实验小学开展“防灾减灾安全教育”活动，进行地震疏散演练，参与1200人。");
});

it("D1 (run 30 rest): a 督查检查 row is told by what it checked, its leading 开展 said once; an 暗访督查 aimed at others after 对", () => {
  expect(taxText).toContain("县税务局于1月8日成立县局创建文明城市工作领导小组，对各分局文明窗口开展暗访督查6次，城东税务分局开展办税服务厅文明服务督查4次。");
  expect(taxText).not.toContain("督查检查");
  expect(taxText).not.toContain("开展对各分局");
});

it("D5 (材料4 item 4): a low 注册率 we computed is said in words in 存在的不足, never `志愿者注册率为1%`", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "城关街道办事处", 单位类型: "街道", 报告年度: 2025, 报告期: "下半年", 常住人口: 45000 },
    ledgers: {
      志愿服务: [{ 队伍名称: "巾帼志愿服务队", 队伍类型: "巾帼志愿者", 注册人数: 435 }],
      问题整改: [{ 问题类别: "乱张贴", 发现数: 40, 已整改数: 36, 单位: "处" }],
      文字材料: [{ 类型: "存在不足", 内容: "老旧小区长效管理机制还不健全" }],
    },
  });
  expect(text).toContain("志愿者注册人数占常住人口比例偏低，志愿服务队伍规模还需进一步扩大。");
  expect(text).not.toMatch(/注册率(?:为|不足)/u);
});

it("D2 (材料6 item 2): a 幼儿园 is never counted as a 学校: its units are 学校（园）", () => {
  expect(eduText).toContain("统筹全县各学校（园）推进创建工作。");
  expect(eduText).toContain("上述各学校（园）共组建志愿服务队伍2支，注册志愿者380人");
  expect(eduText).not.toMatch(/学校(?!（园）)/u);
  expect(unitGroupText([{ kind: "学校", name: "城关镇中心幼儿园" }, { kind: "学校", name: "实验小学" }])).toBe("2所学校（园）");
  expect(unitGroupText([{ kind: "学校", name: "城关镇中心幼儿园" }, { kind: "学校", name: "城南幼儿园" }])).toBe("2所幼儿园");
  expect(unitGroupText([{ kind: "学校", name: "县第二中学" }, { kind: "学校", name: "实验小学" }])).toBe("2所学校");
});

it("D3 (材料6 item 3): an education bureau's roll-up of schools tells its culture as the campus's", () => {
  expect(eduText).toMatch(/二是丰富校园文化生活。城关镇中心幼儿园[^\n]*六一儿童节文艺汇演/u);
  expect(eduText).not.toContain("丰富群众文体生活");
});

it("D4 (材料5 items 1-2): one unit's problems are never the 全系统's headline; window-service problems under a window heading", () => {
  expect(taxText).toContain("全系统共开展各类活动4场，注册志愿者41人。现将有关情况总结如下。");
  expect(taxText).not.toMatch(/全系统[^。]*排查发现/u);
  expect(taxText).toContain("聚焦窗口服务，提升办事体验\n　　城东税务分局排查发现纳税人排队时间长、引导不到位问题12件，已整改12件，整改率达100%。");
  expect(taxText).not.toContain("改善内外环境");
});

const station = {
  profile: { 单位名称: "青山火车站", 单位类型: "企事业单位", 报告年度: 2025, 报告期: "专项", 起始日期: "2025-01-14", 截止日期: "2025-02-22", 专项名称: "春运" },
  ledgers: {
    宣传投放: [{ 类型: "横幅", 位置或内容: "文明出行横幅", 数量: 20, 单位: "条", "投入金额（元）": 1200 }],
    活动台账: [
      { 日期: "2025-01-14", 活动名称: "春运启动仪式暨文明出行宣传", 活动类型: "宣传教育", 参与数量: 80, 单位: "人", 地点: "站前广场" },
      { 日期: "2025-01-25", 活动名称: "“温暖回家路”志愿服务", 活动类型: "志愿服务", 参与数量: 45, 单位: "人", 地点: "进站口" },
      { 日期: "2025-02-22", 活动名称: "春运总结会", 活动类型: "会议培训", 参与数量: 25, 单位: "人", 地点: "会议室" },
    ],
  },
};

it("D6 (材料3 item 1): a 组织领导 section of one closing meeting is folded into the opening; a start-up meeting keeps it", async () => {
  const text = await summaryTextOf(station);
  expect(text).not.toContain("组织领导");
  expect(text).toMatch(/2月22日在会议室召开春运总结会，25人参加。现将有关情况总结如下。\n一、/u);
  const deployed = await summaryTextOf({ ...station, ledgers: { ...station.ledgers, 活动台账: [...station.ledgers.活动台账, { 日期: "2025-01-15", 活动名称: "春运创建动员会", 活动类型: "会议培训", 参与数量: 40, 单位: "人" }] } });
  expect(deployed).toMatch(/一、[^\n]*\n[^\n]*春运创建动员会[^\n]*春运总结会/u);
});
