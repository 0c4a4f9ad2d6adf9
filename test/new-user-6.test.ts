/**
 * What the sixth new-user test found (docs/new-user-test-pane-6.md): personal data beside a phone
 * number, a double comma in 存在的不足, a rate rounded up to 100 %, the previous period's figures
 * per category in the 附表, and the unit an import takes from a title.
 */
import { analyzeWorkbook, documentText, standardV1, summarize } from "../src/core";
import { readWorkbook } from "../src/adapters/xlsx/read-workbook";
import { writeWorkbook } from "../src/adapters/xlsx/write-workbook";
import type { SeedValue } from "../src/adapters/xlsx/content";
import { cli } from "./support/cli";
import { join } from "node:path";
import { appendixTable } from "../src/core/narrative/comparison-text";
import { comparePeriods } from "../src/core/facts";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { importReducer, initialImport } from "../src/taskpane/state/import";
import { createFakeExcel, modelFromSnapshot } from "../src/adapters/excel/fake";
import { ALL_FEATURES } from "../src/adapters/excel/types";
import { createOps } from "../src/taskpane/operations";
import ExcelJS from "exceljs";

const profile = { 单位名称: "红星社区居委会", 单位类型: "社区", 报告年度: 2024, 报告期: "上半年" };

async function textOf(ledgers: Record<string, Record<string, SeedValue>[]>): Promise<string> {
  const snapshot = await readWorkbook(await writeWorkbook(standardV1, { profile, ledgers }));
  return documentText(summarize(analyzeWorkbook(snapshot, standardV1), standardV1, { includeNames: false, today: 45500 }).document);
}

it("D1: a name beside a phone number, in brackets or after a role, is never printed (nor the label left without its number)", async () => {
  const text = await textOf({
    志愿服务: [
      { 队伍名称: "红星社区党员志愿服务队", 队伍类型: "党员志愿者", 注册人数: 60 },
      { 队伍名称: "巾帼志愿服务队（队长李秀英13712345678）", 队伍类型: "巾帼志愿者", 注册人数: 30 },
    ],
    组织保障: [{ 事项类型: "共建单位", 名称或内容: "与辖区单位签订共驻共建协议（联络员：孙红 电话0551-6543210）", 数量: 5, 单位: "家" }],
  });
  expect(text).toContain("巾帼志愿服务队");
  expect(text).toContain("签订共驻共建协议");
  for (const personal of ["李秀英", "孙红", "电话", "联络员", "队长"]) expect(text).not.toContain(personal);
});

it("D5: a category with nothing rectified reads 均未整改到位 (尚未 for one), with one comma between categories", async () => {
  const text = await textOf({
    问题整改: [
      { 问题类别: "占道经营", 发现数: 30, 已整改数: 28, 单位: "处" },
      { 问题类别: "流动摊点", 发现数: 12, 已整改数: 0, 单位: "处" },
      { 问题类别: "卫生死角", 发现数: 1, 已整改数: 0, 单位: "处" },
    ],
  });
  expect(text).not.toMatch(/，，/u);
  expect(text).toMatch(/流动摊点12处、卫生死角1处均未整改到位，占道经营30处中尚有2处未整改到位，需持续跟进/u);
});

it("D8: 2237 rectified of 2238 is 99.9 %, never 100 %, in the text and in the 附表", async () => {
  const snapshot = await readWorkbook(await writeWorkbook(standardV1, { profile, ledgers: { 问题整改: [
    { 问题类别: "乱张贴", 发现数: 1800, 已整改数: 1800, 单位: "处" },
    { 问题类别: "占道经营", 发现数: 426, 已整改数: 426, 单位: "处" },
    { 问题类别: "流动摊点", 发现数: 12, 已整改数: 11, 单位: "处" },
  ] } }));
  const text = documentText(summarize(analyzeWorkbook(snapshot, standardV1), standardV1, { includeNames: false, today: 45500, appendix: true }).document);
  expect(text).toContain("已整改2237处，整改率为99.9%");
  expect(text).not.toMatch(/整改率为100%|总整改率\t100\b/u);
  expect(text).toMatch(/总整改率\t99\.9/u);
});

it("D4: with 与上期对比, the 附表's rows per category and of 其他指标 get the earlier workbook's figures (未比较 against 上期指标 alone)", async () => {
  const samples = join(__dirname, "..", "samples");
  const r = await cli("summarize", join(samples, "community-2023-h1.xlsx"), "--previous", join(samples, "community-2022-h1.xlsx"), "--appendix", "--text", "-", "--date", "2023-07-10");
  expect(r.out).toContain("发现问题（乱张贴）\t58\t处\t50\t增加8处，增长16%");
  expect(r.out).toContain("已整改（占道经营）\t36\t处\t28\t增加8处，增长28.6%");
  expect(r.out).toContain("参与人数（道德讲堂）\t480\t人次\t350\t增加130人次，增长37.1%");
  expect(r.out).toContain("小区保洁员\t12\t人\t10\t增加2人，增长20%");
  // A figure the earlier period did not have: `—` (it had none).
  expect(r.out).toContain("垃圾桶\t70余\t个\t—\t—");
});

it("D4: compared with the indicators of 上期指标 only, the detail rows say 未比较, never a `—` that reads as none", async () => {
  const read = async (name: string) => analyzeWorkbook(await readWorkbook(new Uint8Array(readFileSync(join(__dirname, "..", "samples", name)))), standardV1).facts;
  const [current, previous] = [await read("community-2023-h1.xlsx"), await read("community-2022-h1.xlsx")];
  const compared = comparePeriods(current, previous, standardV1);
  if (!compared.ok) throw new Error(compared.message);
  const { previousFacts: _dropped, ...indicatorsOnly } = compared.comparison;
  const table = appendixTable(current, standardV1, indicatorsOnly);
  const rows = table?.kind === "table" ? table.rows : [];
  expect(rows.find((r) => r[0] === "发现问题（乱张贴）")).toEqual(["发现问题（乱张贴）", "58", "处", "未比较", "—"]);
  expect(rows.find((r) => r[0] === "志愿者注册人数")?.[3]).toBe("500");
});

it("D6: import takes the unit from a 填报单位 line before a name cut from a title (城南街道城管科, 机关部门); the import screen can correct what it read", async () => {
  const file = join(__dirname, "..", "docs", "new-user-test-6-files", "05-城管科-自制统计表.xlsx");
  const r = await cli("import", file, "-o", join(tmpdir(), `nu6-import-${process.pid}.xlsx`));
  expect(r.out).toContain("基本信息：单位名称 城南街道城管科（标题 创文工作开展情况!A2）；单位类型 机关部门（按单位名称推断）");
  // The screen: a value read from the sheets is corrected in place and written as typed.
  const source = { label: "05-城管科-自制统计表.xlsx", snapshot: await readWorkbook(new Uint8Array(readFileSync(file))) };
  let state = importReducer(initialImport, { type: "read/done", sources: [source] });
  expect(state.outcome?.proposal.profile.find((p) => p.item === "单位名称")?.value).toBe("城南街道城管科");
  state = importReducer(state, { type: "profile/edit", item: "单位名称", value: "城南街道城管科" });
  state = importReducer(state, { type: "profile/set", item: "单位名称", value: "城南街道办事处城市管理科" });
  expect(state.asked).toContain("单位名称");
  expect(state.outcome?.proposal.profile.find((p) => p.item === "单位名称")).toMatchObject({ value: "城南街道办事处城市管理科", source: "option" });
});

it("D2: a typed-over 整改率 is to be cleared before repair restores its formula, and then it is", async () => {
  const dir = mkdtempSync(join(tmpdir(), "nu6-d2-"));
  const up = join(dir, "up.xlsx");
  await cli("upgrade", join(__dirname, "..", "docs", "new-user-test-6-files", "04-东风社区-手工台账.xlsx"), "-o", up);
  const check = JSON.parse((await cli("check", up, "--json")).out) as { findings: { rule: string; sheet: string; cell?: string; message: string }[] };
  const typed = check.findings.filter((f) => f.rule === "value.formula-overwritten");
  expect(typed.length).toBeGreaterThan(0);
  expect(typed[0].message).toContain("请清空该格，再用“生成或修复标准表”");
  // Following the advice: the cells cleared, repair writes the formula.
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(up);
  for (const f of typed) wb.getWorksheet(f.sheet)!.getCell(f.cell!).value = null;
  const cleared = join(dir, "cleared.xlsx");
  await wb.xlsx.writeFile(cleared);
  const again = join(dir, "again.xlsx");
  await cli("upgrade", cleared, "-o", again);
  expect((await cli("check", again, "--json")).out).not.toContain("value.formula-overwritten");
});

it("D3: after the headers typed with a unit are given their standard text back, 指标汇总 gets its formulas and the report says nothing is missing", async () => {
  const file = join(__dirname, "..", "docs", "new-user-test-6-files", "04-东风社区-手工台账.xlsx");
  const fake = createFakeExcel({ model: modelFromSnapshot(await readWorkbook(new Uint8Array(readFileSync(file)))) });
  const report = await createOps(fake.run, ALL_FEATURES).impose();
  expect(report.sheets.flatMap((s) => s.headersRestored ?? []).map((h) => h.header)).toEqual(expect.arrayContaining(["注册人数"]));
  expect(report.indicatorsMissing).toEqual([]);
});

it("D9: a figure beyond any unit's (1e15 注册人数, 1.2e11 元) is an error at its cell (new-user test 30, D7: no longer a 提示)", async () => {
  const r = await cli("check", join(__dirname, "..", "docs", "new-user-test-6-files", "odd", "huge-numbers.xlsx"), "--json");
  const found = (JSON.parse(r.out) as { findings: { rule: string; sheet: string; cell?: string; message: string }[] }).findings.filter((f) => f.rule === "value.implausible" || f.rule === "value.impossible");
  expect(found.map((f) => `${f.sheet}!${f.cell} ${f.rule} ${f.message}`)).toEqual([
    "宣传投放!F3 value.impossible “投入金额”为123456789012.34元，不可能是一个单位一期的数字，请核对是否多输了位数；改正前不能生成总结。",
    "志愿服务!C3 value.impossible “注册人数”为1000000000000000人，不可能是一个单位一期的数字，请核对是否多输了位数；改正前不能生成总结。",
    // 99999999处 was below the old limit of any count (100,000,000); 处 are counted up to 1,000,000.
    "问题整改!B3 value.impossible “发现数”为99999999处，不可能是一个单位一期的数字，请核对是否多输了位数；改正前不能生成总结。",
    "问题整改!C3 value.impossible “已整改数”为99999998处，不可能是一个单位一期的数字，请核对是否多输了位数；改正前不能生成总结。",
  ]);
});
