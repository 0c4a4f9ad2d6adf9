/**
 * New-user test 62 (docs/new-user-test-pane-62.md), D16: a school's own 少先队大队部 is never `联合`-ed; a mechanism named as
 * such (`建立“小手拉大手”家校共创机制`) is led `完善机制`, never `细化分工`.
 */
import { summaryTextOf } from "./support/summaries";

it("D16: `3月5日大队部在城东社区开展……`, `二是完善机制。建立“小手拉大手”家校共创机制。`", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "清河县实验小学", 单位类型: "学校", 报告年度: 2025, 报告期: "上半年" },
    ledgers: {
      组织保障: [
        { 事项类型: "领导小组", 名称或内容: "成立创文工作领导小组", 数量: 1, 单位: "个", 日期: "2025-02-20" },
        { 事项类型: "工作机制", 名称或内容: "建立“小手拉大手”家校共创机制", 数量: 1, 单位: "项", 日期: "2025-03-01" },
      ],
      活动台账: [{ 日期: "2025-03-05", 活动名称: "学雷锋志愿服务进社区", 活动类型: "志愿服务", 参与数量: 120, 单位: "人", 地点: "城东社区", 主办或协办单位: "大队部" }],
    },
  });
  expect(text).toContain("二是完善机制。3月1日建立“小手拉大手”家校共创机制。");
  expect(text).toContain("3月5日大队部在城东社区开展");
  expect(text).not.toContain("联合大队部");
  expect(text).not.toContain("细化分工");
});
