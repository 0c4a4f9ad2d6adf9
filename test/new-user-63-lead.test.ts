/**
 * New-user test 63 (docs/new-user-test-pane-63.md), D15: a named 专项 of one whole month (`“书香南岭”全民阅读月`, 4月1日—30日)
 * is that campaign, titled by its name: check no longer offers 月度 (which would drop the name); an unnamed one still is.
 */
import { analyzeWorkbook, standardV1 } from "../src/core";
import { readWorkbook } from "../src/adapters/xlsx/read-workbook";
import { writeWorkbook } from "../src/adapters/xlsx/write-workbook";

const rules = async (profile: Record<string, string | number>): Promise<string[]> =>
  analyzeWorkbook(await readWorkbook(await writeWorkbook(standardV1, { profile, ledgers: {} })), standardV1).findings.map((f) => f.rule);

const shop = { 单位名称: "南岭县新华书店", 单位类型: "企事业单位", 报告年度: 2026, 报告期: "专项", 起始日期: "2026-04-01", 截止日期: "2026-04-30" };

it("D15: a named 专项 of one month is not told 月度 exists; an unnamed one is", async () => {
  expect(await rules({ ...shop, 专项名称: "“书香南岭”全民阅读月" })).not.toContain("profile.special-month");
  expect(await rules(shop)).toContain("profile.special-month");
});
