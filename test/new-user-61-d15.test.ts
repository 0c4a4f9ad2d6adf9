/**
 * New-user test 61 (docs/new-user-test-pane-61.md), D15: an activity whose 地点 is the unit itself was told
 * `5月18日在县博物馆开展……` in the 县博物馆's own summary; the unit's own premises are where all its work is.
 */
import { summaryTextOf } from "./support/summaries";

it("D15: the unit as its own place is not said; another place is", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "县博物馆", 单位类型: "企事业单位", 报告年度: 2025, 报告期: "上半年" },
    ledgers: {
      活动台账: [
        { 日期: "2025-05-18", 活动名称: "博物馆开放日", 活动类型: "宣传教育", 参与数量: 1200, 单位: "人次", 地点: "县博物馆" },
        { 日期: "2025-06-10", 活动名称: "文物知识进校园", 活动类型: "宣传教育", 参与数量: 300, 单位: "人", 地点: "县实验小学" },
      ],
    },
  });
  expect(text).not.toContain("在县博物馆");
  expect(text).toContain("5月18日开展“博物馆开放日”");
  expect(text).toContain("6月10日在县实验小学开展");
});

it("D15 (review run 32, AV 材料7 item 3): the unit's name without its county is the unit too; the county itself is a place", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "青川县博物馆", 单位类型: "企事业单位", 报告年度: 2025, 报告期: "上半年" },
    ledgers: {
      活动台账: [
        { 日期: "2025-05-18", 活动名称: "博物馆开放日", 活动类型: "宣传教育", 参与数量: 1200, 单位: "人次", 地点: "县博物馆" },
        { 日期: "2025-06-10", 活动名称: "文物知识宣讲", 活动类型: "宣传教育", 参与数量: 300, 单位: "人", 地点: "青川县" },
      ],
    },
  });
  expect(text).toContain("5月18日开展“博物馆开放日”");
  expect(text).toContain("6月10日在青川县开展");
});
