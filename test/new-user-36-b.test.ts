/**
 * New-user test 35 (docs/new-user-test-pane-35.md), what session 36-b took on: D20's side remark (a unit's 群众满意率
 * vanished from the 街道 roll-up without a word) and D14 (people served at a 窗口 counted as if they took part).
 */
import { rolledUpText } from "./support/rollup";
import { summaryTextOf } from "./support/summaries";

const centre = (rate: number | string): readonly [string, string, Parameters<typeof rolledUpText>[2][number][2]] => ["青山县不动产登记中心", "企事业单位", {
  活动台账: [{ 日期: 45797, 活动名称: "“文明窗口”服务提升月", 活动类型: "其他", 地点: "办事大厅" }],
  其他指标: [
    { 板块: "其他", 指标名称: "办理登记业务", 数值: "3.6万", 单位: "件" },
    { 板块: "其他", 指标名称: "群众满意率", 数值: rate, 单位: "%" },
  ],
}];

it("D20: a unit's 群众满意率 is told as its own in the roll-up (never summed, never dropped without a word)", async () => {
  const text = await rolledUpText("城南街道办事处", "街道", [
    ["东湖社区居委会", "社区", { 活动台账: [{ 日期: 45750, 活动名称: "社区环境清洁日", 活动类型: "志愿服务", 参与数量: 40, 单位: "人" }] }],
    centre(99.8),
  ]);
  expect(text).toContain("、统筹推进其他创建任务\n　　青山县不动产登记中心开展“文明窗口”服务提升月活动，办理登记业务3.6万件，群众满意率达99.8%。\n");
});

it("D20: the rates of two units are each told with their unit, never added up or averaged", async () => {
  const text = await rolledUpText("城南街道办事处", "街道", [
    ["东湖社区居委会", "社区", {
      其他指标: [{ 板块: "其他", 指标名称: "清理小广告", 数值: 300, 单位: "处" }, { 板块: "其他", 指标名称: "居民满意率", 数值: 96.5, 单位: "%" }],
    }],
    ["西湖社区居委会", "社区", {
      其他指标: [{ 板块: "其他", 指标名称: "清理小广告", 数值: 200, 单位: "处" }, { 板块: "其他", 指标名称: "居民满意率", 数值: 98, 单位: "%" }],
    }],
  ]);
  expect(text).toContain("各社区共清理小广告500处。东湖社区居民满意率达96.5%。西湖社区居民满意率达98%。");
  expect(text).not.toMatch(/居民满意率达(?:194\.5|97\.25)%/u);
});

it("D14: people served at a 窗口 or 大厅 are 群众 served (服务群众800人次); a 社区's volunteers in its 服务大厅 still 参与", async () => {
  const centreText = await summaryTextOf({
    profile: { 单位名称: "青山县不动产登记中心", 单位类型: "企事业单位", 报告年度: 2025, 报告期: "上半年" },
    ledgers: { 活动台账: [{ 日期: "2025-05-20", 活动名称: "帮办代办服务", 活动类型: "志愿服务", 参与数量: 800, 单位: "人次", 地点: "办事大厅" }] },
  });
  expect(centreText).toContain("5月20日在办事大厅开展“帮办代办服务”活动，服务群众800人次。");
  const community = await summaryTextOf({
    profile: { 单位名称: "望江社区居委会", 单位类型: "社区", 报告年度: 2025, 报告期: "上半年" },
    ledgers: { 活动台账: [{ 日期: "2025-03-05", 活动名称: "学雷锋志愿服务", 活动类型: "志愿服务", 参与数量: 80, 单位: "人次", 地点: "社区服务大厅" }] },
  });
  expect(community).toContain("3月5日在社区服务大厅开展“学雷锋志愿服务”活动，参与80人次。");
});
