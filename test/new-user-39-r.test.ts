/**
 * New-user test 39 (docs/new-user-test-pane-39.md), defects D20, D23, D25 and D27: each as the tester typed it.
 */
import { cli } from "./support/cli";
import { workbookFile } from "./support/files";
import { summaryTextOf } from "./support/summaries";

it("D20: a 其他指标 total with a 频次 is told as the period's total, never after the frequency", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "中国移动城关营业厅", 单位类型: "企事业单位", 报告年度: 2025, 报告期: "下半年" },
    ledgers: { 其他指标: [{ 板块: "其他", 指标名称: "爱心驿站接待户外劳动者", 数值: "1,800", 单位: "人次", 频次: "每日" }] },
  });
  expect(text).not.toContain("每日爱心驿站接待户外劳动者1800人次");
  expect(text).toContain("爱心驿站坚持每日接待户外劳动者，累计1800人次");
});

it("D27: a 其他指标 with a 频次 and a total of another measure keeps the frequency", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "柳塘村村民委员会", 单位类型: "村", 报告年度: 2025, 报告期: "上半年" },
    ledgers: { 其他指标: [{ 板块: "环境整治", 指标名称: "河道保洁", 数值: "约2", 单位: "公里", 频次: "每周2次" }] },
  });
  expect(text).toContain("河道保洁约2公里，每周开展2次。");
});

it("D23: a bureau (机关部门) that typed the district's 户数 and 常住人口 gets the 提示 and no 辖区 sentence; a 派出所 keeps its 辖区", async () => {
  const content = (单位名称: string): Parameters<typeof workbookFile>[0] => ({
    profile: { 单位名称, 单位类型: "机关部门", 报告年度: 2025, 报告期: "全年", 常住人口: 650000, 户数: 210000 },
    ledgers: { 问题整改: [{ 问题类别: "其他", 发现数: 320, 已整改数: 316, 单位: "处", 备注: "安全隐患" }] },
  });
  const bureau = await workbookFile(content("区应急管理局"));
  const check = (await cli("check", bureau)).out;
  expect(check).toContain("提示 基本信息!B12 [profile.population-not-territorial] 机关部门填了户数，这里的“常住人口”应是辖区人口而不是本单位干部职工人数，总结不写这一项，也不据此计算志愿者注册率；如是本单位干部职工人数，请删去户数。");
  expect(check).toContain("提示 基本信息!B13 [profile.households-not-territorial] 机关部门一般不填“户数”，总结不写这一项。");
  const text = (await cli("summarize", bureau, "--text", "-")).out;
  expect(text).not.toMatch(/辖区|21万户|65万人/u);
  const station = (await cli("summarize", await workbookFile(content("城关派出所")), "--text", "-")).out;
  expect(station).toContain("城关派出所辖区有居民21万户，常住人口65万人。");
});

it("D27: the 村 text says its subject once before 在……的指导下, and its two 劝导 figures in one sentence", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "柳塘村村民委员会", 单位类型: "村", 报告年度: 2025, 报告期: "上半年", 常住人口: 1860, 户数: 520, 上级指导单位: "青石镇党委" },
    ledgers: {
      问题整改: [{ 问题类别: "其他", 发现数: 12, 已整改数: 12, 单位: "宗", 责任单位: "红白理事会", 备注: "大操大办" }],
      其他指标: [{ 板块: "道德建设", 指标名称: "劝导简办婚丧事宜", 数值: 15, 单位: "起" }],
      文字材料: [{ 类型: "导语", 内容: "今年以来，我村把移风易俗作为乡风文明建设的重要抓手。" }],
    },
  });
  expect(text).toContain("今年以来，我村把移风易俗作为乡风文明建设的重要抓手。在青石镇党委的指导下，");
  expect(text).not.toContain("我村在青石镇党委的指导下");
  expect(text).toContain("　　劝导纠正大操大办问题12宗，劝导简办婚丧事宜15起。");
});

it("D25: a date after the subject takes 于; 学校（中职） suggests 学校; a 专项 without 专项名称 gets a 提示", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "鼓楼社区居委会", 单位类型: "社区", 报告年度: 2025, 报告期: "上半年" },
    ledgers: { 组织保障: [{ 事项类型: "领导小组", 名称或内容: "成立创文工作领导小组，书记任组长", 数量: 1, 单位: "个", 日期: "2025-01-06" }] },
  });
  expect(text).toContain("社区于1月6日成立以书记为组长的创文工作领导小组。");
  const school = await workbookFile({ profile: { 单位名称: "区职业技术学校", 单位类型: "学校（中职）", 报告年度: 2025, 报告期: "第二季度" }, ledgers: { 活动台账: [{ 日期: "2025-04-10", 活动名称: "文明礼仪进课堂", 活动类型: "宣传教育", 参与数量: 300, 单位: "人" }] } });
  expect((await cli("check", school)).out).toContain("“单位类型”不能填“学校（中职）”，请从下拉列表中选择：社区、村、街道、乡镇、机关部门、群团组织、学校、企事业单位、其他。“学校（中职）”请选“学校”，");
  const special = await workbookFile({ profile: { 单位名称: "区妇女联合会", 单位类型: "群团组织", 报告年度: 2025, 报告期: "专项", 起始日期: "2025-05-10", 截止日期: "2025-05-16" }, ledgers: { 活动台账: [{ 日期: "2025-05-15", 活动名称: "家庭文明建设宣讲", 活动类型: "宣传教育", 参与数量: 600, 单位: "人次" }] } });
  expect((await cli("check", special)).out).toMatch(/提示 基本信息!B\d+ \[profile\.special-name-missing\] 报告期为“专项”，“专项名称”还没有填写；总结标题只写“创建文明城市专项工作总结”。请在基本信息中填写专项名称（如春运、“文明交通”专项行动），标题会写明是哪一项专项工作。/u);
});
