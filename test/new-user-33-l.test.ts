/**
 * New-user test 33 (docs/new-user-test-pane-33.md), read at main after its fixes: meetings named without 会, a frequency
 * of once beside a purpose, 其他指标 work in the opening, and roll-ups of a couples' count; and test 32's D20 (a minor
 * 其他指标 figure written in the opening and again in the body). Each as the tester typed it.
 */
import { rolledUpText } from "./support/rollup";
import { summaryTextOf } from "./support/summaries";

const village = (name: string): Record<string, string | number> => ({ 单位名称: name, 单位类型: "村", 报告年度: 2025, 报告期: "上半年" });

it("roll-ups read a 参与数量 typed 6对 beside 单位 人 as the unit's own summary does: 6对新人参加, never 6人", async () => {
  const wedding = { 日期: "2025-05-20", 活动名称: "红白理事会集体婚礼", 活动类型: "其他", 参与数量: "6对", 单位: "人" };
  const own = await summaryTextOf({ profile: village("柳塘村村民委员会"), ledgers: { 活动台账: [wedding] } });
  expect(own).toContain("5月20日举办红白理事会集体婚礼，6对新人参加。");
  const text = await rolledUpText("白沙镇人民政府", "乡镇", [
    ["柳塘村村民委员会", "村", { 活动台账: [wedding] }],
    ["桃源村村民委员会", "村", { 活动台账: [{ 日期: "2025-04-04", 活动名称: "清明祭英烈", 活动类型: "我们的节日", 参与数量: 40, 单位: "人" }] }],
  ]);
  expect(text).not.toMatch(/集体婚礼[^。]*6人/u);
  expect(text).toContain("柳塘村开展红白理事会集体婚礼活动，6对新人参加。");
});
