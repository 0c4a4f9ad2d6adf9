/**
 * New-user test 26 (docs/new-user-test-pane-26.md), summary scope and structure: D8, D9, D13 (and lows) as the tester
 * typed them.
 */
import { rolledUpText, type Ledgers } from "./support/rollup";

const bureau = (found: number, rectified: number): Ledgers => ({
  活动台账: [{ 日期: "2025-03-05", 活动名称: "学雷锋志愿服务", 活动类型: "志愿服务", 参与数量: 20, 单位: "人" }],
  问题整改: [{ 问题类别: "卫生死角", 发现数: found, 已整改数: rectified, 单位: "处" }],
});

it("D8: three 区直 bureaus rolled up by 区委文明办 (机关部门) are the units rolled up, never 全区", async () => {
  const text = await rolledUpText("区委文明办", "机关部门", [["区民政局", "机关部门", bureau(100, 90)], ["区城市管理局", "机关部门", bureau(120, 100)], ["区教育局", "机关部门", bureau(80, 72)]]);
  expect(text).toContain("2025年上半年，区委文明办统筹各单位推进创建工作。参加汇总的3家单位共开展各类活动3场，排查发现各类问题300处，已整改262处。");
  expect(text).toContain("3家单位共排查发现各类问题300处，已整改262处，整改率为87.3%。");
  expect(text).toContain("3家单位尚有38处问题正在整改，区城市管理局整改率为83.3%，低于平均水平，整改进度相对滞后。");
  expect(text).toContain("、聚焦重点难点，改善内外环境");
  expect(text).not.toMatch(/全区|辖区/u);
});

it("D8: two schools rolled up by 区教育局 are 参加汇总的2所学校, never 全区2所学校", async () => {
  const text = await rolledUpText("区教育局", "机关部门", [["城南实验小学", "学校", bureau(10, 9)], ["城北中学", "学校", bureau(6, 6)]]);
  expect(text).toContain("区教育局统筹全区各学校推进创建工作。参加汇总的2所学校共开展各类活动2场，排查发现各类问题16处，已整改15处。");
  expect(text).not.toMatch(/全区2所学校|全区共|全区尚有/u);
});

it("D8: a street over its communities keeps 全街道, a 区直机关工委 its 区直机关", async () => {
  const street = await rolledUpText("幸福街道办事处", "街道", [["幸福里社区", "社区", bureau(10, 9)], ["和平社区", "社区", bureau(6, 6)]]);
  expect(street).toContain("全街道2个社区共开展各类活动2场");
  const organs = await rolledUpText("区直机关工委", "机关部门", [["区民政局", "机关部门", bureau(100, 90)], ["区城市管理局", "机关部门", bureau(120, 108)], ["区教育局", "机关部门", bureau(80, 72)]]);
  expect(organs).toContain("区直机关3个部门共开展各类活动3场");
});
