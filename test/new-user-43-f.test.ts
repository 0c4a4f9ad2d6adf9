/**
 * New-user test 43 (docs/new-user-test-pane-43.md), D17: the 附表 compared with an earlier workbook printed the earlier
 * 志愿者注册率 as `2` under this period's `2.6`. Its other half (`增加40人，增长30.8%` from 120 + 约50 against
 * 80 + 约50) stands: the same rough part on both sides leaves the change exact (new-user test 35, D15).
 */
import { cli } from "./support/cli";
import { workbookFile } from "./support/files";

const street = (year: number, patrol: number): Parameters<typeof workbookFile>[0] => ({
  profile: { 单位名称: "中山路步行街社区居委会", 单位类型: "社区", 报告年度: year, 报告期: "上半年", 常住人口: 6500, 户数: 2000 },
  ledgers: {
    志愿服务: [
      { 队伍名称: "步行街文明劝导队", 队伍类型: "综合志愿者", 注册人数: patrol },
      { 队伍名称: "商户志愿服务队", 队伍类型: "其他", 注册人数: "约50" },
    ],
  },
});

it("D17: a rate column keeps one decimal for both periods (`2.6` beside `2.0`), and the change of the same rough part on both sides stays exact", async () => {
  const before = await workbookFile(street(2024, 80), "before.xlsx");
  const now = await workbookFile(street(2025, 120), "now.xlsx");
  const text = (await cli("summarize", now, "--previous", before, "--appendix", "--force", "--text", "-")).out;
  expect(text).toContain("志愿者注册率\t2.6\t%\t2.0\t提高0.6个百分点");
  // The same 约50 on both sides: the 40 is exact and so is its percentage, as new-user test 35 (D15) decided.
  expect(text).toContain("注册志愿者较上年同期增加40人，增长30.8%");
});
