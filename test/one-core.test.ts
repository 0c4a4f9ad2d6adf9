/**
 * One core behind every front end (issue #12): the same workbook gives the same findings and the
 * same summary text through the CLI, through the Excel pane's operations (the strict fake of the
 * Excel object model, loaded with the workbook) and through the Word pane's path (the file read by
 * exceljs, then the core's `analyseLedger`). Workbooks: every bundled sample, the street roll-up of
 * samples/rollup/ (a 汇总 workbook must get the street's combined text everywhere), and a sample
 * with errors (summarised with the override). And the front ends never choose a catalog or build a
 * narrative themselves: they import the core's actions, not its pipeline or composers.
 */
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { analyseLedger, documentText, serialFromYmd, summariseLedger, type Finding } from "../src/core";
import { readWorkbook } from "../src/adapters/xlsx/read-workbook";
import { ALL_FEATURES } from "../src/adapters/excel/types";
import { createFakeExcel, modelFromSnapshot } from "../src/adapters/excel/fake";
import { createOps } from "../src/taskpane/operations";
import { cli } from "./support/cli";

const root = join(__dirname, "..");
const tmp = mkdtempSync(join(tmpdir(), "cl-one-core-"));
const today = serialFromYmd({ y: 2023, m: 7, d: 10 });


const key = (f: Finding): string => `${f.severity}|${f.sheet}|${f.cell ?? ""}|${f.message}`;

/** CLI, Excel pane and Word pane on one file: findings and text. */
async function throughEveryFrontEnd(file: string) {
  const bytes = new Uint8Array(readFileSync(file));
  const check = await cli("check", file, "--json");
  const summary = await cli("summarize", file, "--text", "-", "--date", "2023-07-10", "--force");
  // Excel pane: the workbook in the strict fake, read by the pane's own operations.
  const snapshot = await readWorkbook(bytes);
  const fake = createFakeExcel({ model: modelFromSnapshot(snapshot) });
  const excel = await createOps(fake.run, ALL_FEATURES).analyze();
  // Word pane: the file read by exceljs, then the core's action.
  const word = analyseLedger(await readWorkbook(bytes));
  const textOf = (a: typeof word): string => documentText(summariseLedger(a, { includeNames: false, today, appendix: false }).document);
  return {
    cli: { findings: (JSON.parse(check.out) as { findings: Finding[] }).findings.map(key).sort(), text: summary.out },
    excel: { findings: excel.findings.map(key).sort(), text: textOf(excel as typeof word) },
    word: { findings: word.findings.map(key).sort(), text: textOf(word) },
  };
}

describe("the same findings and text in every front end", () => {
  const samples = readdirSync(join(root, "samples")).filter((f) => f.endsWith(".xlsx")).map((f) => join(root, "samples", f));
  it.each(samples)("%s", async (file) => {
    const r = await throughEveryFrontEnd(file);
    expect(r.excel).toEqual(r.cli);
    expect(r.word).toEqual(r.cli);
  });

  it("a workbook with errors gives the same errors everywhere (and, overridden, the same text)", async () => {
    const ExcelJS = (await import("exceljs")).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(root, "samples", "community-2023-h1.xlsx"));
    const sheet = wb.getWorksheet("问题整改");
    if (!sheet) throw new Error("no 问题整改 sheet");
    // The header row is under the sheet's title; the first data row under it.
    let headerRow = 1;
    while (headerRow < 10 && !(sheet.getRow(headerRow).values as unknown[]).includes("已整改数")) headerRow++;
    const header = (sheet.getRow(headerRow).values as unknown[]).map((v) => String(v ?? ""));
    sheet.getRow(headerRow + 1).getCell(header.indexOf("已整改数")).value = 9999; // more rectified than found
    const file = join(tmp, "errors.xlsx");
    await wb.xlsx.writeFile(file);
    const r = await throughEveryFrontEnd(file);
    expect(r.cli.findings.filter((f) => f.startsWith("error|问题整改|"))).not.toEqual([]);
    expect(r.excel).toEqual(r.cli);
    expect(r.word).toEqual(r.cli);
  });

  it("a 汇总 workbook gets the street's combined text in the panes as in the CLI, without 填报单位 warnings", async () => {
    const combined = join(tmp, "rollup.xlsx");
    const rolled = await cli("rollup", "--dir", join(root, "samples", "rollup"), "-o", combined, "--unit", "城南街道办事处");
    expect(rolled.code).toBe(0);
    const r = await throughEveryFrontEnd(combined);
    expect(r.cli.text).toContain("全街道4个社区共开展各类活动48场。");
    expect(r.excel).toEqual(r.cli);
    expect(r.word).toEqual(r.cli);
    // No "not a standard column" warning for 填报单位: the one finding is the street's missing 下一步打算.
    expect(r.excel.findings.map((f) => f.split("|").slice(0, 4).join("|"))).toEqual([expect.stringMatching(/^warning\|文字材料\|\|汇总总结的“下一步工作打算”只写汇总单位自己的/u)]);
  });
});

describe("front ends call the core's actions", () => {
  // The catalog choice and the narrative are the core's: a front end that imported these would
  // decide them itself (the drift issue #12 found: the pane summarised a 汇总 workbook as a unit's).
  // Reading a workbook, comparing periods and rolling up choose a catalog: only core/actions does that.
  const forbidden = ["summarize(", "composeSummary(", "composeCombinedSummary(", "withLedgerExtensions(", "isRollupWorkbook(", "analyzeWorkbook(", "comparePeriods(", "new RollupBuilder("];
  const files = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : /\.(ts|tsx)$/u.test(e.name) && !/\.test\.tsx?$/u.test(e.name) ? [join(dir, e.name)] : []));
  it.each([["src/cli"], ["src/taskpane"]])("%s uses analyseLedger / summariseLedger", (dir) => {
    const used = files(join(root, dir)).flatMap((f) => forbidden.filter((w) => readFileSync(f, "utf8").includes(w)).map((w) => `${f.slice(root.length + 1)}: ${w}`));
    expect(used).toEqual([]);
  });
});

describe("core/actions: 与上期对比 and 'not a standard ledger', decided once", () => {
  it("reads a previous period, refuses a file that is not a ledger by the sheets it lacks, and compares", async () => {
    const { notStandardSheets, readPreviousPeriod, compareWithPrevious } = await import("../src/core");
    const previous = readPreviousPeriod(await readWorkbook(new Uint8Array(readFileSync(join(root, "samples", "community-2022-h1.xlsx")))));
    expect(previous.ok).toBe(true);
    const current = analyseLedger(await readWorkbook(new Uint8Array(readFileSync(join(root, "samples", "community-2023-h1.xlsx")))));
    const compared = previous.ok ? compareWithPrevious(current.facts, previous.facts) : undefined;
    expect(compared?.ok && compared.comparison.changes.length).toBeGreaterThan(0);
    const street = readPreviousPeriod(await readWorkbook(new Uint8Array(readFileSync(join(root, "samples", "street-2023.xlsx")))));
    expect(street.ok && compareWithPrevious(current.facts, street.facts)).toEqual({ ok: false, message: expect.stringMatching(/单位/u) });
    const sheet = (rule: string, name: string): Finding => ({ severity: "error", sheet: name, rule, message: "" }) as Finding;
    expect(notStandardSheets([sheet("sheet.missing", "基本信息")])).toEqual(["基本信息"]);
    expect(notStandardSheets([sheet("sheet.missing", "文字材料")])).toBeUndefined();
    expect(notStandardSheets([])).toBeUndefined();
  });

  it("the CLI refuses a previous file that is not a standard ledger, naming what it lacks", async () => {
    const ExcelJS = (await import("exceljs")).default;
    const other = new ExcelJS.Workbook();
    other.addWorksheet("Sheet1").addRows([["单位", "活动次数"], ["幸福里", 12]]);
    const file = join(tmp, "not-a-ledger.xlsx");
    await other.xlsx.writeFile(file);
    const r = await cli("summarize", join(root, "samples", "community-2023-h1.xlsx"), "--text", "-", "--previous", file);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^.*对比台账不是标准台账（缺少基本信息、组织保障等工作表），无法对比。/mu);
  });
});
