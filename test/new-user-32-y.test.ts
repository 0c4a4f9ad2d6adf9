/**
 * New-user test 32 (docs/new-user-test-pane-32.md): D28, as the tester typed it.
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

