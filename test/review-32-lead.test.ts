/**
 * Review run 32 (docs/reviews/run-32-f15b594-tester60-61-reviewer-AV.md), fixes by the lead: a venue's visitors led by whom
 * it serves (材料7 item 1: never `一是整治保障。全年接待参观游客12.6万余人次。`).
 */
import { summaryTextOf } from "./support/summaries";

it("材料7 item 1: `接待参观游客` is led `服务游客`, never the profile's `整治保障`", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "青川县博物馆", 单位类型: "企事业单位", 报告年度: 2025, 报告期: "全年" },
    ledgers: {
      宣传投放: [{ 日期: "2025-03-01", 类型: "展板", 位置或内容: "文明旅游展板", 数量: 20, 单位: "块" }],
      活动台账: [{ 日期: "2025-05-18", 活动名称: "博物馆开放日", 活动类型: "宣传教育", 参与数量: 1200, 单位: "人次" }],
      其他指标: [{ 板块: "宣传教育", 指标名称: "接待参观游客", 数值: "12.6万", 单位: "人次", 表述: "余" }],
    },
  });
  expect(text).toContain("一是服务游客。全年接待参观游客12.6万余人次。");
  expect(text).not.toContain("整治保障");
});
