/** @jest-environment node */
/**
 * 指标汇总 column C as a spreadsheet computes it (new-user test 8, D19): LibreOffice Calc opens a
 * workbook written by the template, recalculates, and the unit of a sum over rows with their own 单位
 * is the word they share — 起 for 起 alone, 多种量词 for 起 with 处, never 处 over 起.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import ExcelJS from "exceljs";
import { standardV1 } from "../../src/core";
import { writeWorkbook } from "../../src/adapters/xlsx/write-workbook";
import type { SeedValue } from "../../src/adapters/xlsx/content";

const OUT = join(resolve(__dirname, "../.."), "test-results", "indicator-units");

/** 指标汇总 after LibreOffice recalculates a template-written workbook: label → `value unit`. */
async function indicatorsAfterRecalc(name: string, profile: Record<string, SeedValue>, ledgers: Record<string, Record<string, SeedValue>[]>): Promise<Record<string, string>> {
  const file = join(OUT, `${name}.xlsx`);
  writeFileSync(file, await writeWorkbook(standardV1, { profile: { 单位名称: "江城市城管执法局第三中队", 单位类型: "机关", 报告年度: 2025, 报告期: "上半年", ...profile }, ledgers }));
  const calc = join(OUT, "calc");
  execFileSync("soffice", [`-env:UserInstallation=file://${join(OUT, "lo-profile")}`, "--headless", "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", calc, file], { stdio: "pipe", timeout: 120_000 });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(calc, `${name}.xlsx`));
  const out: Record<string, string> = {};
  wb.getWorksheet("指标汇总")?.eachRow((row, n) => {
    const cell = (c: number): unknown => { const v = row.getCell(c).value as { result?: unknown } | null; return v && typeof v === "object" ? v.result : v; };
    if (n >= 3) out[String(row.getCell(1).value ?? "")] = `${String(cell(2) ?? "")} ${String(cell(3) ?? "")}`;
  });
  return out;
}

async function unitsAfterRecalc(name: string, problems: Record<string, SeedValue>[]): Promise<Record<string, unknown>> {
  const all = await indicatorsAfterRecalc(name, {}, { 问题整改: problems, 宣传投放: [{ 类型: "公益广告", 数量: 10, 单位: "幅" }, { 类型: "宣传栏", 数量: 3 }] });
  return Object.fromEntries(Object.entries(all).filter(([label]) => /问题|已整改数|公益广告数量|宣传栏数量/u.test(label)));
}

beforeAll(() => {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
});

it("says the one word the rows share, and 多种量词 when they mix 起 and 处", async () => {
  expect(await unitsAfterRecalc("one-word", [{ 问题类别: "流动摊点", 发现数: 15, 已整改数: 9, 单位: "起" }])).toEqual({
    公益广告数量: "10 幅", 宣传栏数量: "3 块", 发现问题数: "15 起", 已整改数: "9 起", 上期遗留问题数: " 处", 上期遗留问题已整改数: " 处", // no carried rows: no value, the default word
  });
  expect(await unitsAfterRecalc("mixed", [
    { 问题类别: "流动摊点", 发现数: 15, 已整改数: 9, 单位: "起" },
    { 问题类别: "乱张贴", 发现数: 22, 已整改数: 20, 单位: "处" },
    { 问题类别: "占道经营", 发现数: 4, 已整改数: 4, 单位: "起", 来源: "上期遗留" },
  ])).toEqual({
    公益广告数量: "10 幅", 宣传栏数量: "3 块", 发现问题数: "37 多种量词", 已整改数: "29 多种量词", 上期遗留问题数: "4 起", 上期遗留问题已整改数: "4 起",
  });
}, 240_000);

// New-user test 18, D21: the formulas count the period's activities, as the summary and the 汇总 sheet do.
it("counts the activities of the report period only: one dated before it is left out, an undated one counts", async () => {
  const activities: Record<string, SeedValue>[] = [
    { 日期: { date: "2025-03-08" }, 活动名称: "道德讲堂进社区", 活动类型: "道德讲堂", 参与数量: 80 },
    { 日期: { date: "2024-12-20" }, 活动名称: "道德讲堂进校园", 活动类型: "道德讲堂", 参与数量: 60 },
    { 日期: { date: "2025-07-02" }, 活动名称: "清洁家园", 活动类型: "环境整治", 参与数量: 120 },
    { 活动名称: "义务植树", 活动类型: "志愿服务", 参与数量: 40 },
  ];
  // A zero comes back without a cached value (` 场`): read as 0.
  const pick = (all: Record<string, string>) =>
    ["活动场次", "道德讲堂期数", "活动场次（环境整治）", "活动场次（志愿服务）"].map((label) => all[label].replace(/^ /u, "0 "));
  expect(pick(await indicatorsAfterRecalc("half-year", {}, { 活动台账: activities }))).toEqual(["2 场", "1 期", "0 场", "1 场"]);
  // 下半年 takes July in and 2024 and March out; dates typed in 基本信息 override the 报告期's.
  expect(pick(await indicatorsAfterRecalc("second-half", { 报告期: "下半年" }, { 活动台账: activities }))).toEqual(["2 场", "0 期", "1 场", "1 场"]);
  expect(pick(await indicatorsAfterRecalc("special", { 报告期: "专项", 起始日期: { date: "2024-12-01" }, 截止日期: { date: "2025-03-31" } }, { 活动台账: activities })))
    .toEqual(["3 场", "2 期", "0 场", "1 场"]);
}, 240_000);
