/**
 * New-user test 29 (/work/nu29/REPORT.md), defects D23 and D24: a 上期遗留 total beyond what 上期指标 left open, and a
 * roll-up of roll-ups.
 */
import { cli } from "./support/cli";
import { workbookFile } from "./support/files";

/** A workbook as 开始下一期 leaves it: 上期指标 (发现158/已整改151 → 7 open) and `problems` in 问题整改. */
function nextPeriodWorkbook(problems: Record<string, string | number>[], previous: (string | number)[][] = [["发现问题数", 158, "处"], ["已整改数", 151, "处"]]): Promise<string> {
  return workbookFile({
    profile: { 单位名称: "锦绣苑社区居委会", 单位类型: "社区", 报告年度: 2025, 报告期: "下半年" },
    ledgers: { 问题整改: problems },
    extraSheets: [{
      name: "上期指标", title: "上期指标（2025年上半年）",
      columns: [{ header: "项目" }, { header: "内容" }, { header: "" }, { header: "" }],
      rows: [["单位名称", "锦绣苑社区居委会", null, null], ["报告年度", 2025, null, null], ["报告期", "上半年", null, null], [null, null, null, null], ["指标", "数值", "单位", "约数"], ...previous.map((r) => [r[0], r[1], r[2], null])],
    }],
  }, "a-H2-b.xlsx");
}

const carried = [
  { 问题类别: "乱张贴", 发现数: 2, 已整改数: 2, 单位: "处", 来源: "上期遗留" },
  { 问题类别: "违章搭建", 发现数: 3, 已整改数: 1, 单位: "处", 来源: "上期遗留" },
];

it("D23: 上期遗留 rows finding 85处 where 上期指标 left 7 open get a 提示 at the first one's 发现数, naming rows and figures", async () => {
  const file = await nextPeriodWorkbook([...carried, { 问题类别: "乱张贴", 发现数: 80, 已整改数: 80, 单位: "处", 来源: "上期遗留" }, { 问题类别: "卫生死角", 发现数: 40, 已整改数: 36, 单位: "处" }]);
  const out = (await cli("check", file)).out;
  expect(out.split("\n").filter((l) => l.includes("rect.carried-over-previous"))).toEqual([
    "提示 问题整改!B3 [rect.carried-over-previous] 来源为“上期遗留”的问题（第3、4、5行）发现数合计85处，多于上期未整改的7处（上期指标：上期发现问题158处、已整改151处）；总结会写“上期遗留问题85处”，与上期总结不符。请核对这些行的“来源”：本期新发现的问题，来源应为“本期发现”或留空。",
  ]);
});

it("D23: 上期遗留 rows within what was open (5 of 7), or with the previous period's own 上期遗留 counted, get no such 提示", async () => {
  const within = await nextPeriodWorkbook([...carried, { 问题类别: "卫生死角", 发现数: 40, 已整改数: 36, 单位: "处" }]);
  expect((await cli("check", within)).out).not.toContain("rect.carried-over-previous");
  // 158 − 158 this period, but 5 of the period before still open: 5 may be carried.
  const older = await nextPeriodWorkbook(carried, [["发现问题数", 158, "处"], ["已整改数", 158, "处"], ["上期遗留问题数", 6, "处"], ["上期遗留问题已整改数", 1, "处"]]);
  expect((await cli("check", older)).out).not.toContain("rect.carried-over-previous");
  // Counted in 起 where the previous period counted in 处: no bound to compare with.
  const other = await nextPeriodWorkbook([{ 问题类别: "乱张贴", 发现数: 80, 已整改数: 80, 单位: "起", 来源: "上期遗留" }]);
  expect((await cli("check", other)).out).not.toContain("rect.carried-over-previous");
});
