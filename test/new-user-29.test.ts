/**
 * New-user test 29 (docs/new-user-test-pane-29.md): the defects fixed in the session that ran it, each as the tester
 * typed it.
 */
import { cli } from "./support/cli";
import { workbookFile } from "./support/files";
import { summaryTextOf } from "./support/summaries";

const grid = {
  profile: { 单位名称: "钟楼社区居民委员会", 单位类型: "社区", 报告年度: 2025, 报告期: "上半年" },
  ledgers: { 组织保障: [{ 事项类型: "工作机制", 名称或内容: "网格化管理，划分网格１８个，每格配网格员", 数量: 18, 单位: "个" }] },
};

it("D1: `划分网格１８个` counted in 个 is no measure-word 提示 (never `应为“人”`)", async () => {
  const out = (await cli("check", await workbookFile(grid, "a.xlsx"))).out;
  expect(out).not.toContain("value.measure-word");
});

it("D2, D3: the row's 18 is not glued to 网格员 (never `每格配网格员18人`); full-width digits are written half-width", async () => {
  const text = await summaryTextOf(grid);
  expect(text).toContain("落实网格化管理，划分网格18个，每格配网格员。");
  expect(text).not.toMatch(/１|18人/u);
});
