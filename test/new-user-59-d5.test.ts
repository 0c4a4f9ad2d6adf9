/**
 * New-user test 59 (docs/new-user-test-pane-59.md), D5: a 学雷锋志愿服务月 专项's opening was its one 其他指标 figure,
 * which names an activity of the period and is told by that activity's 简要内容 (`送书进敬老院200册` beside `送去图书二百册`):
 * `2025年3月1日至31日，我馆在县文明办的指导下，送书进敬老院200册。` The figure is the activity's detail, no headline;
 * the period's volunteer service leads instead. And the place the activity's name says already is not said twice
 * (`在县中心敬老院送书进敬老院`).
 */
import type { WorkbookContent } from "../src/adapters/xlsx/content";
import { summaryTextOf } from "./support/summaries";

const special: WorkbookContent = {
  profile: { 单位名称: "县图书馆", 单位简称: "我馆", 单位类型: "企事业单位", 上级指导单位: "县文明办", 报告年度: 2025, 报告期: "专项", 起始日期: "2025-03-01", 截止日期: "2025-03-31", 专项名称: "学雷锋志愿服务月" },
  ledgers: {
    组织保障: [{ 事项类型: "工作会议", 名称或内容: "学雷锋志愿服务月动员部署会", 数量: 1, 单位: "次", 日期: "2025-02-28" }],
    志愿服务: [{ 队伍名称: "图书馆阅读推广志愿服务队", 队伍类型: "青年志愿者", 注册人数: 35, 服务次数: 8, "服务时长（小时）": 64, 主要服务内容: "图书整理、读者引导" }],
    活动台账: [
      { 日期: "2025-03-05", 活动名称: "“学雷锋 书香暖人心”志愿服务", 活动类型: "志愿服务", 参与数量: 35, 单位: "人", 地点: "县图书馆", 简要内容: "为读者提供图书借阅咨询、整理书架" },
      { 日期: "2025-03-12", 活动名称: "送书进敬老院", 活动类型: "志愿服务", 参与数量: 12, 单位: "人", 地点: "县中心敬老院", 简要内容: "给老人读报纸，送去图书二百册，老人们可高兴了" },
      { 日期: "2025-03-18", 活动名称: "小小图书管理员体验", 活动类型: "志愿服务", 参与数量: 20, 单位: "人", 地点: "少儿阅览室", 简要内容: "学生体验图书上架" },
    ],
    其他指标: [{ 板块: "志愿服务", 指标名称: "送书进敬老院", 数值: 200, 单位: "册" }],
  },
};

it("D5: a 其他指标 figure an activity tells is no headline of a 专项: the volunteer service leads, as over any short period (new-user test 36, D2)", async () => {
  const text = await summaryTextOf(special);
  expect(text).toContain("2025年3月1日至31日，我馆在县文明办的指导下，开展志愿服务8次，服务时长64小时，注册志愿者达35人。现将有关情况总结如下。");
  expect(text.match(/200册/gu)).toHaveLength(1);
});

it("D5: the place an activity's name says (送书进敬老院 at 县中心敬老院) is said once", async () => {
  const text = await summaryTextOf(special);
  expect(text).not.toContain("在县中心敬老院送书进敬老院");
  expect(text).toContain("3月12日在县中心敬老院开展“送书进敬老院”活动，为老人读报纸，送去图书200册");
});

it("D20: after a 导语 whose subject is `今年我馆……` the opening's next sentence does not name the unit again", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "县图书馆", 单位类型: "企事业单位", 上级指导单位: "县文明办", 报告年度: 2025, 报告期: "全年" },
    ledgers: {
      宣传投放: [{ 类型: "宣传单", 位置或内容: "全民阅读倡议书", 数量: 2000, 单位: "份", 方式: "发放", "投入金额（元）": 3600 }],
      活动台账: ["3-05", "4-23", "5-12", "6-01", "9-10", "10-01"].map((d, i) => ({ 日期: `2025-${d}`, 活动名称: `读书分享会第${i + 1}期`, 活动类型: "宣传教育", 参与数量: 30, 单位: "人" })),
      文字材料: [{ 类型: "导语", 内容: "今年我们馆在县文明办指导下，认真抓了创文工作，效果还是不错的。" }],
    },
  });
  expect(text).toContain("今年我馆在县文明办指导下");
  expect(text).not.toContain("县图书馆共开展");
});
