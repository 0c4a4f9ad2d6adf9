/**
 * New-user test 25 (docs/new-user-test-pane-25.md), the check and export defects (D18, D22, D24), each as the tester
 * typed it.
 */
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { analyseLedger, exportGate, standardV1, summaryFileName } from "../src/core";
import { readWorkbook } from "../src/adapters/xlsx/read-workbook";
import { writeWorkbook } from "../src/adapters/xlsx/write-workbook";
import type { SeedValue } from "../src/adapters/xlsx/content";
import { cli } from "./support/cli";

const blankProfile = { 单位名称: "空白社区居委会", 单位类型: "社区", 报告年度: 2026, 报告期: "上半年" };

/** A fresh folder with an empty out/ in it. */
function workDir(): { dir: string; out: string } {
  const dir = mkdtempSync(join(tmpdir(), "cl-nu25c-"));
  const out = join(dir, "out");
  mkdirSync(out);
  return { dir, out };
}

describe("D18: a workbook whose ledgers are all empty", () => {
  it("is told by check as a 提示 at the first ledger sheet, never `未发现问题。`", async () => {
    const { dir } = workDir();
    const file = join(dir, "空白.xlsx");
    writeFileSync(file, await writeWorkbook(standardV1, { profile: blankProfile }));
    const r = await cli("check", file);
    expect(r.out).toBe(
      "提示 组织保障 [workbook.empty] 各台账（组织保障、宣传投放、志愿服务等8个）都没有数据，无法生成总结。如果打开的是空白模板或别的文件，请打开本单位填好的台账；否则请先填写台账。\n" +
        "共0个错误、1个提示。\n",
    );
    expect(r.code).toBe(0);
  });

  it("gets no summary, --force or not: one Chinese line, exit 1, nothing written", async () => {
    const { dir, out } = workDir();
    const file = join(dir, "空白.xlsx");
    writeFileSync(file, await writeWorkbook(standardV1, { profile: blankProfile }));
    for (const force of [[], ["--force"]]) {
      const r = await cli("summarize", file, "-o", `${out}/`, "--text", "-", ...force);
      expect(r).toEqual({ code: 1, out: "", err: "各台账都没有数据，未生成总结。请先填写台账。\n" });
    }
    expect(readdirSync(out)).toEqual([]);
  });

  it("is refused by the core's export gate every front end uses (the pane's 仍然导出 included); one row lifts it", async () => {
    const empty = analyseLedger(await readWorkbook(await writeWorkbook(standardV1, { profile: blankProfile })));
    expect(exportGate(empty, true)).toMatchObject({ blocked: true, refused: { reason: "empty" } });
    const one = analyseLedger(await readWorkbook(await writeWorkbook(standardV1, {
      profile: blankProfile,
      ledgers: { 活动台账: [{ 日期: 46100, 活动名称: "文明祭扫宣传", 活动类型: "宣传教育", 参与数量: 30, 单位: "人" }] },
    })));
    expect(one.findings.map((f) => f.rule)).not.toContain("workbook.empty");
    expect(exportGate(one, false)).toEqual({ blocked: false, errors: [] });
  });
});

describe("D24: a workbook that is no standard ledger", () => {
  const notLedger = "这不是标准台账：缺少基本信息、组织保障等9个工作表，未生成总结（--force 只用于有错误的标准台账）。如果是本单位自己做的表格，可用 campaign-ledger import ";

  it("gets no summary with --force: what check says, exit 2, no 未命名单位-年-工作总结.docx", async () => {
    const { dir, out } = workDir();
    const sheet1 = join(dir, "handmade.xlsx");
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Sheet1");
    writeFileSync(sheet1, Buffer.from(await wb.xlsx.writeBuffer()));
    // An office's own sheet: a title, its own headers, a 合计 row.
    const own = new ExcelJS.Workbook();
    const ws = own.addWorksheet("活动登记");
    ws.addRows([["2026年上半年活动登记表"], ["序号", "日期", "活动内容", "人数"], [1, "3月10日", "端午节香囊制作", 50], [2, "3月20日", "文明劝导", 20], ["合计", "", "", 70]]);
    const handmade = join(dir, "活动登记.xlsx");
    writeFileSync(handmade, Buffer.from(await own.xlsx.writeBuffer()));
    for (const file of [sheet1, handmade]) {
      for (let run = 0; run < 2; run++) {
        const r = await cli("summarize", file, "-o", `${out}/`, "--force");
        expect(r.code).toBe(2);
        expect(r.out).toBe("");
        expect(r.err.startsWith(notLedger)).toBe(true);
        expect(r.err).toContain(`import ${file} -o 标准台账.xlsx 把其中的数据导入标准台账；如果是缺了几张表的标准台账，可用 campaign-ledger upgrade 补上。\n`);
      }
    }
    expect(readdirSync(out)).toEqual([]);
    // Without --force, no word of it.
    expect((await cli("summarize", sheet1, "-o", `${out}/`)).err).toContain("缺少基本信息、组织保障等9个工作表，未生成总结。如果是");
  });

  it("is refused by the core's export gate whatever the override (the pane's 仍然导出)", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Sheet1");
    const analysis = analyseLedger(await readWorkbook(new Uint8Array(await wb.xlsx.writeBuffer())));
    const gate = exportGate(analysis, true);
    expect(gate.blocked).toBe(true);
    expect(gate.refused).toEqual({ reason: "not-standard", missing: ["基本信息", "组织保障", "宣传投放", "志愿服务", "先进典型", "问题整改", "活动台账", "其他指标", "文字材料"] });
  });

  it("a summary's file name has no bare 年 without a 报告年度", () => {
    expect(summaryFileName({ unitName: "" })).toBe("未命名单位-工作总结.docx");
    expect(summaryFileName({ unitName: "", period: "上半年" })).toBe("未命名单位-上半年-工作总结.docx");
    expect(summaryFileName({ unitName: "幸福里社区居委会", year: 2023 })).toBe("幸福里社区居委会-2023年-工作总结.docx");
    expect(summaryFileName({ unitName: "幸福里社区居委会", year: 2023, period: "上半年" })).toBe("幸福里社区居委会-2023年上半年-工作总结.docx");
  });
});

describe("D22: a 我们的节日 activity dated far from the festival its name names", () => {
  const festivalWorkbook = (rows: Record<string, SeedValue>[]) =>
    writeWorkbook(standardV1, { profile: { ...blankProfile, 单位名称: "端午社区居委会" }, ledgers: { 活动台账: rows } });

  it("is told at its 日期 with the festival's date (端午节香囊制作 on 2026.3.10; 端午 2026年6月19日)", async () => {
    const { dir } = workDir();
    const file = join(dir, "节日.xlsx");
    writeFileSync(file, await festivalWorkbook([
      { 日期: "2026.3.10", 活动名称: "端午节香囊制作", 活动类型: "我们的节日", 参与数量: 50, 单位: "人" },
      // 春节当天, named without the festival: no word of it (the summary's festival grouping is another matter, left).
      { 日期: "2026.2.17", 活动名称: "包饺子", 活动类型: "我们的节日", 参与数量: 30, 单位: "人" },
    ]));
    const r = await cli("check", file);
    expect(r.out.split("\n").filter((l) => l.includes("[activity.festival-date]"))).toEqual([
      "提示 活动台账!A3 [activity.festival-date] “端午节香囊制作”的日期2026年3月10日离端午节（2026年6月19日）较远，请核对日期或年份。",
    ]);
    expect(r.code).toBe(0);
  });

  it("is told only far from the festival: not near it, nor in 腊月 before 春节, nor near either festival of a name naming two (元旦春节)", async () => {
    const analysis = analyseLedger(await readWorkbook(await festivalWorkbook([
      { 日期: 46192, 活动名称: "端午节包粽子", 活动类型: "我们的节日", 参与数量: 50, 单位: "人" }, // 2026-06-19
      { 日期: 46161, 活动名称: "清明节文明祭扫宣传", 活动类型: "宣传教育", 参与数量: 40, 单位: "人" }, // 2026-05-19: told
      { 日期: 46030, 活动名称: "春节前走访慰问困难群众", 活动类型: "其他", 参与数量: 12, 单位: "人" }, // 2026-01-08
      { 日期: 46023, 活动名称: "元旦春节两节慰问", 活动类型: "其他", 参与数量: 12, 单位: "人" }, // 2026-01-01
      { 日期: 46048, 活动名称: "腊八节施粥", 活动类型: "我们的节日", 参与数量: 60, 单位: "人" }, // 2026-01-26
    ])));
    expect(analysis.findings.filter((f) => f.rule === "activity.festival-date").map((f) => `${f.cell} ${f.message}`)).toEqual([
      "A4 “清明节文明祭扫宣传”的日期2026年5月19日离清明节（2026年4月5日）较远，请核对日期或年份。",
    ]);
  });

  it("judges no date outside the table's years (2015–2035)", async () => {
    const analysis = analyseLedger(await readWorkbook(await writeWorkbook(standardV1, {
      profile: { ...blankProfile, 报告年度: 2036 },
      ledgers: { 活动台账: [{ 日期: "2036.3.1", 活动名称: "中秋节赏月", 活动类型: "我们的节日", 参与数量: 80, 单位: "人" }] },
    })));
    expect(analysis.findings.map((f) => f.rule)).not.toContain("activity.festival-date");
    expect(analysis.workbook.ledgers.activities.table?.rowNumbers).toHaveLength(1);
  });
});
