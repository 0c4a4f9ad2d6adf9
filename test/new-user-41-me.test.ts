/**
 * New-user test 41 (docs/new-user-test-pane-41.md), read again after its fixes were merged: the 导语's `我社区` is the unit
 * (D4), and a 简要内容 that says who took part is no topic.
 */
import { summaryTextOf } from "./support/summaries";

it("D4: after the user's `上半年我社区紧紧围绕……` the next sentence does not name the community again", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "机床厂社区居委会", 单位简称: "机床厂社区", 单位类型: "社区", 报告年度: 2025, 报告期: "上半年", 上级指导单位: "东风街道办事处" },
    ledgers: {
      文字材料: [{ 类型: "导语", 内容: "上半年我社区紧紧围绕创文工作目标，扎实推进老旧小区改造和文明创建。" }],
      活动台账: [
        { 日期: "2025-03-05", 活动名称: "学雷锋志愿服务进大院", 活动类型: "志愿服务", 参与数量: 80, 单位: "人" },
        { 日期: "2025-04-05", 活动名称: "清明缅怀先烈", 活动类型: "我们的节日", 参与数量: 30, 单位: "人" },
      ],
      问题整改: [
        { 问题类别: "乱张贴", 发现数: 55, 已整改数: 50, 单位: "处" },
        { 问题类别: "占道经营", 发现数: 30, 已整改数: 28, 单位: "处" },
      ],
    },
  });
  expect(text).toContain("上半年我社区紧紧围绕创文工作目标，扎实推进老旧小区改造和文明创建。在东风街道办事处的指导下，");
  expect(text).not.toContain("。机床厂社区在东风街道办事处的指导下");
});

it("a 简要内容 that says who took part (`初二年级全体`) is no topic: never `以初二年级全体为主要内容`", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "市第十二中学", 单位类型: "学校", 报告年度: 2025, 报告期: "全年" },
    ledgers: { 活动台账: [{ 日期: "2025-04-10", 活动名称: "研学旅行红色教育基地", 活动类型: "宣传教育", 参与数量: 450, 单位: "人", 简要内容: "初二年级全体" }] },
  });
  expect(text).toContain("4月10日开展“研学旅行红色教育基地”");
  expect(text).not.toContain("为主要内容");
});
