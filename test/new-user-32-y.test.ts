/**
 * New-user test 32 (docs/new-user-test-pane-32.md): D28 and D29, as the tester typed them.
 */
import { summaryTextOf } from "./support/summaries";

it("D28: an activity named for a time and its work (`端午后清扫`) keeps its name, never `清扫端午后`", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "望江社区居民委员会", 单位类型: "社区", 报告年度: 2025, 报告期: "上半年" },
    ledgers: { 活动台账: [{ 日期: "2025-06-30", 活动名称: "端午后清扫", 活动类型: "环境整治", 参与数量: 50, 单位: "人" }] },
  });
  expect(text).not.toContain("清扫端午后");
  expect(text).toContain("6月30日开展“端午后清扫”活动，参与50人。");
});


it("D29: a total typed with 频次 每日 is the period's total, never a daily figure", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "东湖社区居民委员会", 单位类型: "社区", 报告年度: 2025, 报告期: "第二季度" },
    ledgers: { 其他指标: [{ 板块: "关爱帮扶", 指标名称: "为独居老人送餐", 数值: 1200, 单位: "份", 表述: "余", 频次: "每日" }] },
  });
  expect(text).not.toContain("每日为独居老人送餐1200余份");
  expect(text).toContain("坚持每日为独居老人送餐，累计1200余份。");
});
