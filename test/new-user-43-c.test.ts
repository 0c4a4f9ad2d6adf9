/**
 * New-user test 43 (docs/new-user-test-pane-43.md), D9 and D16: rates of approximate figures, and who a roll-up's figure
 * belongs to.
 * - D9: a community's 卫生死角 百余 found and 百余 rectified was praised `东风社区整改率达100%` while the 附表 gives its rate as `—`.
 * - D16: `各社区共更换宣传栏12块` when only 东风社区 reported it (fixed: publicity, volunteers and a roll-up's problems of one
 *   unit name that unit); `全区共排查发现占道经营和违章搭建问题312处` when only 江滨街道 did — kept: the problems of several
 *   measure words stay the scope's totals, as the reviewed roll-ups of tests 11–42 have them.
 */
import { rolledUpText } from "./support/rollup";

it("D9: 百余 found and 百余 rectified gives no `整改率达100%` in a roll-up", async () => {
  const text = await rolledUpText("城关街道办事处", "街道", [
    ["向阳社区居委会", "社区", { 问题整改: [{ 问题类别: "乱张贴", 发现数: 50, 已整改数: 45, 单位: "处" }] }],
    ["东风社区居委会", "社区", { 问题整改: [{ 问题类别: "卫生死角", 发现数: "百余", 已整改数: "百余", 单位: "处" }] }],
  ]);
  expect(text).toContain("排查发现");
  expect(text).not.toMatch(/东风社区[^。]*整改率/u);
  expect(text).not.toContain("整改率达100%");
});

describe("D16: a figure one unit reported is that unit's", () => {
  it("`东风社区更换宣传栏12块`, never `各社区共`", async () => {
    const text = await rolledUpText("城关街道办事处", "街道", [
      ["向阳社区居委会", "社区", { 活动台账: [{ 日期: { date: "2025-04-04" }, 活动名称: "清明祭英烈", 活动类型: "我们的节日", 参与数量: 50, 单位: "人" }] }],
      ["东风社区居委会", "社区", { 宣传投放: [{ 类型: "宣传栏", 位置或内容: "小区出入口", 数量: 12, 单位: "块", 方式: "更换", "投入金额（元）": 3600 }] }],
    ]);
    expect(text).toContain("　　东风社区更换宣传栏12块，投入宣传经费3600元。");
    expect(text).not.toContain("各社区共更换");
  });

  it("problems in several measure words keep the scope's totals (left: the per-word naming changed reviewed roll-ups and lost rates)", async () => {
    const text = await rolledUpText("城南区文明办", "其他", [
      ["江滨街道办事处", "街道", { 问题整改: [{ 问题类别: "占道经营", 发现数: 300, 已整改数: 280, 单位: "处" }, { 问题类别: "违章搭建", 发现数: 12, 已整改数: 5, 单位: "处" }] }],
      ["城南区商务局", "机关部门", { 问题整改: [{ 问题类别: "其他", 发现数: 36, 已整改数: 30, 单位: "家", 备注: "商超门前乱堆放" }] }],
      ["城南区生态环境分局", "机关部门", { 问题整改: [{ 问题类别: "噪音扰民", 发现数: 15, 已整改数: 15, 单位: "起" }] }],
    ]);
    expect(text).toContain("排查发现占道经营和违章搭建问题312处，已整改285处；");
    expect(text).toContain("区生态环境分局排查发现噪音扰民问题15起，均已整改到位");
  });
});
