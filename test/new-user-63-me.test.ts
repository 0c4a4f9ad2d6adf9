/**
 * New-user test 63 (docs/new-user-test-pane-63.md), D4: 营业厅's own 志愿服务统计表, one row per service
 * (`序号、服务日期、服务项目、服务地点、参加人数、服务时长（小时）、备注`), is an activity ledger (活动类型 志愿服务, its title saying
 * 志愿服务), never the 志愿服务 (teams) ledger with 42 % and 10 errors; the impossible date `2026.6.31` is reported. A table
 * with a date a row is never the teams ledger, and a kind taken with little confidence whose rows all lack a required
 * column is said, with how to choose another (`--mapping`).
 * The sheet is the tester's own (docs/new-user-test-63-files/imp.js) as a grid.
 */
import { importLedgers, importReport } from "../src/core/import";
import type { CellValue, SheetGrid } from "../src/core/grid/types";

const grid = (name: string, merges: string[], values: (CellValue | undefined)[][]): SheetGrid =>
  ({ name, originRow: 1, originCol: 1, tables: [], merges, values: values.map((r) => r.map((v) => v ?? null)) as readonly (readonly CellValue[])[] });

/** 营业厅's `志愿服务统计表` (test 63). */
const shop: SheetGrid = grid("志愿服务", ["A1:G1"], [
  ["城关营业厅2026年上半年志愿服务情况统计表"],
  ["填报单位：中国电信南岭分公司城关营业厅", "", "", "", "统计时间：2026年1月—6月"],
  [],
  ["序号", "服务日期", "服务项目", "服务地点", "参加人数", "服务时长（小时）", "备注"],
  [1, "2026.1.20", "帮老人设置手机健康码", "城关镇敬老院", "5人", "10", ""],
  [2, "2026年3月5日", "学雷锋助老数字课堂", "营业厅", "8", "16", ""],
  [3, "4月12日", "防诈骗宣传进社区", "河西社区", "6", "12", "发放资料300份"],
  [4, "2026/5/20", "上门为残疾人办理业务", "城关镇", "２", "4", ""],
  [5, "2026.6.31", "端午慰问", "敬老院", 4, "8", ""],
  ["合计", "", "", "", "25", "50", ""],
]);

it("63 D4: a sheet of one row per service with a date column is the activity ledger, 活动类型 志愿服务, and `2026.6.31` is reported", () => {
  const run = importLedgers([{ label: "城关营业厅志愿服务统计表.xlsx", snapshot: { sheets: [shop] } }], { unitType: "企事业单位" });
  const report = importReport(run);
  const table = report.find((l) => l.includes("第1张表"));
  expect(table).toMatch(/→ 活动台账（把握 \d+%）$/u);
  expect(report).toContain("    B 服务日期 → 日期（表头近义词，85%）");
  expect(report).toContain("    E 参加人数 → 参与数量（单位 人）（表头近义词，85%）");
  const rows = (run.result.content.ledgers as Record<string, Record<string, unknown>[]>)["活动台账"];
  expect(rows.map((r) => r["活动类型"])).toEqual(["志愿服务", "志愿服务", "志愿服务", "志愿服务", "志愿服务"]);
  expect(report).toContain("  活动台账!C3 活动类型＝志愿服务：表名“城关营业厅2026年上半年志愿服务情况统计表”写明是志愿服务，按志愿服务计");
  expect(report.filter((l) => l.includes("2026.6.31") && !l.includes("→"))).toEqual(["  提示：志愿服务!B9：“2026.6.31”不是有效日期（2026年6月没有31日），原文记入备注，日期请在标准台账中补填。"]);
  expect((run.result.content.ledgers as Record<string, unknown[]>)["志愿服务"] ?? []).toEqual([]);
});

it("63 D4: any table with a date a row (`日子 | 服务内容 | 服务时长 | 备注`) is never the teams ledger, which holds no dates", () => {
  const sheet = grid("Sheet1", [], [
    ["日子", "服务内容", "服务时长", "备注"],
    ["2026-03-05", "学雷锋助老", "16", ""],
    ["2026-04-12", "防诈骗宣传", "12", ""],
    ["2026-05-20", "上门办理业务", "4", ""],
  ]);
  const report = importReport(importLedgers([{ label: "a.xlsx", snapshot: { sheets: [sheet] } }], { unitName: "城关营业厅", unitType: "企事业单位", year: 2026, period: "上半年" }));
  expect(report.find((l) => l.includes("第1张表"))).not.toMatch(/→ 志愿服务/u);
});

it("63 D4: a kind taken with little confidence whose every row lacks a required column says so and how to choose another", () => {
  const sheet = grid("Sheet1", [], [
    ["服务项目", "参加人数", "服务时长", "备注"],
    ["助老数字课堂", "5人", "4", ""],
    ["防诈骗宣传", "6人", "8", ""],
    ["上门办理业务", "7人", "12", ""],
  ]);
  const report = importReport(importLedgers([{ label: "a.xlsx", snapshot: { sheets: [sheet] } }], { unitName: "城关营业厅", unitType: "企事业单位", year: 2026, period: "上半年" }));
  expect(report).toContain("  a.xlsx·Sheet1 第1张表 A1:D4 → 活动台账（把握 43%）");
  expect(report).toContain("  提示：Sheet1!A1：这张表按活动台账导入，把握只有43%，各行都没有“日期”，导入后都是错误；请在原表补上这些列后重新导入，或用 --save-mapping 保存映射，改正这张表的 kind 和各列后用 --mapping 导入。");
});
