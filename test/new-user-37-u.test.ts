/**
 * New-user test 37 (docs/new-user-test-pane-37.md), D24: a 专项 summary says which 专项 — the optional 基本信息 项目 专项名称 (an
 * extension, docs/standard-sheets.md) names its title and file name.
 */
import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { standardV1, summaryFileName, type Catalog } from "../src/core";
import { specialNameOf } from "../src/core/facts/build-facts";
import { specialTitle } from "../src/core/narrative/compose";
import { writeWorkbook } from "../src/adapters/xlsx/write-workbook";
import type { WorkbookContent } from "../src/adapters/xlsx/content";
import { cli } from "./support/cli";
import { workbookFile } from "./support/files";

const station = (profile: Record<string, unknown> = {}): WorkbookContent => ({
  profile: {
    单位名称: "城南火车站", 单位类型: "企事业单位", 报告年度: 2025, 报告期: "专项", 起始日期: "2025-01-14", 截止日期: "2025-02-22",
    工作思路: "春运期间围绕“温馨春运、文明出行”开展创建", 成文日期: "2025-02-25", ...profile,
  },
  ledgers: {
    活动台账: [{ 日期: "2025-01-20", 活动名称: "“温馨春运”志愿服务", 活动类型: "志愿服务", 参与数量: 30, 单位: "人" }],
  },
});

/** The first line of the summary and the .docx written into a fresh folder by `summarize -o <folder>`. */
async function titleAndFile(content: WorkbookContent): Promise<{ title: string; file: string[] }> {
  const src = await workbookFile(content);
  const text = (await cli("summarize", src, "--text", "-")).out;
  const dir = mkdtempSync(join(tmpdir(), "cl-nu37u-"));
  const r = await cli("summarize", src, "-o", dir, "--text", "/dev/null");
  expect(r.code).toBe(0);
  return { title: text.split("\n")[0], file: readdirSync(dir) };
}

it("D24: a 专项 with 专项名称 春运 is titled and named by it", async () => {
  expect(await titleAndFile(station({ 专项名称: "春运" }))).toEqual({
    title: "城南火车站2025年春运创建文明城市专项工作总结",
    file: ["城南火车站-2025年春运-工作总结.docx"],
  });
});

it("D24: a 专项名称 that says a campaign or what is created is not followed by a second 专项 or 创建文明城市", async () => {
  expect(await titleAndFile(station({ 专项名称: "“文明交通”专项行动" }))).toEqual({
    title: "城南火车站2025年“文明交通”专项行动工作总结",
    file: ["城南火车站-2025年“文明交通”专项行动-工作总结.docx"],
  });
  // The editor's title of the report; a year and a closing 工作 typed in the name are not said twice.
  expect((await titleAndFile(station({ 专项名称: "2025年春运文明创建工作" }))).title).toBe("城南火车站2025年春运文明创建专项工作总结");
});

it("D24: without 专项名称 a 专项 reads as before; check says it is blank (new-user test 39, D25)", async () => {
  expect(await titleAndFile(station())).toEqual({
    title: "城南火车站2025年创建文明城市专项工作总结",
    file: ["城南火车站-2025年专项-工作总结.docx"],
  });
  expect((await cli("check", await workbookFile(station()))).out).toMatch(/提示 基本信息!B\d+ \[profile\.special-name-missing\] 报告期为“专项”，“专项名称”还没有填写/u);
});

it("D24: specialNameOf tidies the name the title and file name use, for 报告期 专项 only", () => {
  expect(["春运", " 2025年春运工作 ", "2025春运", "国庆假期文明旅游专项工作总结。", "春运"].map((n, i) => specialNameOf(n, 2025, i === 4 ? "上半年" : "专项"))).toEqual(["春运", "春运", "春运", "国庆假期文明旅游专项", undefined]);
  expect(["春运", "国庆假期文明旅游", "“文明交通”专项行动", "环境卫生专项整治", "文明交通宣传月"].map(specialTitle)).toEqual([
    "春运创建文明城市专项工作总结", "国庆假期文明旅游专项工作总结", "“文明交通”专项行动工作总结", "环境卫生专项整治工作总结", "文明交通宣传月工作总结",
  ]);
});

it("D24: the file name drops characters no file system takes, keeping Chinese quotes", () => {
  expect(summaryFileName({ unitName: "城南火车站", year: 2025, period: "专项", specialName: "\"文明交通\"/春运" })).toBe("城南火车站-2025年_文明交通_春运-工作总结.docx");
  expect(summaryFileName({ unitName: "城南火车站", year: 2025, period: "上半年", specialName: "春运" })).toBe("城南火车站-2025年上半年-工作总结.docx");
});

it("D24: a 专项名称 on another 报告期 is a 提示 at its cell and changes nothing in the summary", async () => {
  const file = await workbookFile(station({ 报告期: "上半年", 起始日期: null, 截止日期: null, 成文日期: "2025-07-05", 专项名称: "春运" }));
  const check = (await cli("check", file)).out;
  expect(check).toContain("提示 基本信息!B17 [profile.special-name-unused] 专项名称“春运”只用于报告期为“专项”的总结标题和文件名，本表报告期为“上半年”，总结不会用到它；如是专项工作总结，请把报告期改为“专项”并填写起止日期，否则可清空专项名称。");
  expect((await cli("summarize", file, "--text", "-")).out.split("\n")[0]).toBe("城南火车站2025年上半年创建文明城市工作总结");
});

it("D24: upgrade adds 专项名称 below 成文日期 of an older workbook, every value kept in its cell", async () => {
  const older: Catalog = { ...standardV1, sheets: standardV1.sheets.map((s) => (s.kind === "form" ? { ...s, items: s.items.filter((i) => i.id !== "specialName") } : s)) };
  const dir = mkdtempSync(join(tmpdir(), "cl-nu37u-"));
  const src = join(dir, "old.xlsx");
  writeFileSync(src, await writeWorkbook(older, station()));
  const cellsOf = async (path: string): Promise<string[][]> => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    const ws = wb.getWorksheet("基本信息")!;
    const rows: string[][] = [];
    for (let r = 1; r <= ws.rowCount; r++) rows.push([1, 2].map((c) => String(ws.getCell(r, c).text ?? "")));
    return rows;
  };
  const before = await cellsOf(src);
  expect(before.map((r) => r[0])).not.toContain("专项名称");
  expect((await cli("check", src)).out).not.toContain("专项名称");
  const out = join(dir, "up.xlsx");
  const r = await cli("upgrade", src, "-o", out);
  expect(r.out).toContain("“基本信息”补上标准台账 v1.2 新增的项目“专项名称”（第17行）");
  const after = await cellsOf(out);
  expect(after.slice(0, before.length)).toEqual(before);
  expect(after[16]).toEqual(["专项名称", ""]);
});
