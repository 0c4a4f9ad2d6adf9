/**
 * New-user test 62 (docs/new-user-test-pane-62.md): D8 (a 其他指标 frequency in 次 beside a total of lessons in 节 it
 * contradicts: told by check, never printed beside it) and D13 (`next`: a name with its own quotes quoted once; a standing
 * mechanism of 1项 with a 频次 carried as it is).
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { analyzeWorkbook, standardV1 } from "../src/core";
import { readWorkbook } from "../src/adapters/xlsx/read-workbook";
import { writeWorkbook } from "../src/adapters/xlsx/write-workbook";
import { cli } from "./support/cli";
import { summaryTextOf } from "./support/summaries";

const school = (其他指标: Record<string, string | number>[]) => ({
  profile: { 单位名称: "城东小学", 单位类型: "学校", 报告年度: 2025, 报告期: "上半年" },
  ledgers: { 其他指标 },
});

it("D8: 36节 of 主题班会 with 每月一次 over a half-year is told at the cell; the text says the total alone", async () => {
  const content = school([{ 板块: "宣传教育", 指标名称: "开展主题班会", 数值: "36", 单位: "节", 频次: "每月一次" }]);
  const text = await summaryTextOf(content);
  expect(text).toContain("累计开展主题班会36节。");
  expect(text).not.toMatch(/每月[^。]*1节/u);
  const analysis = analyzeWorkbook(await readWorkbook(await writeWorkbook(standardV1, content)), standardV1);
  const told = analysis.findings.filter((f) => f.rule === "value.frequency-total");
  expect(told.map((f) => `${f.sheet}!${f.cell} ${f.message}`)).toEqual([
    "其他指标!C3 频次“每月一次”在报告期（约6个月）内约为6节，与填写的36节不符，总结只写累计的36节，不写频次；请核对频次或数量。",
  ]);
});

it("D8: lessons that agree with their frequency (6节, 每月一次) are told with it; each class's (每班) are not judged", async () => {
  const agree = school([{ 板块: "宣传教育", 指标名称: "开展主题班会", 数值: 6, 单位: "节", 频次: "每月一次" }]);
  expect(await summaryTextOf(agree)).toContain("坚持每月开展主题班会1节，累计开展6节。");
  const perClass = school([{ 板块: "宣传教育", 指标名称: "开展主题班会", 数值: 36, 单位: "节", 频次: "每班每月一次" }]);
  const analysis = analyzeWorkbook(await readWorkbook(await writeWorkbook(standardV1, perClass)), standardV1);
  expect(analysis.findings.filter((f) => f.rule === "value.frequency-total")).toEqual([]);
});

it("D13: next carries a mechanism of 1项 with 频次 每日 as it is, and quotes a quoted name once", async () => {
  const dir = mkdtempSync(join(tmpdir(), "cl-nu62mf-"));
  const now = join(dir, "上半年.xlsx");
  writeFileSync(now, await writeWorkbook(standardV1, {
    profile: { 单位名称: "城关镇综合行政执法队", 单位类型: "机关部门", 报告年度: 2025, 报告期: "上半年" },
    ledgers: {
      组织保障: [
        { 事项类型: "工作机制", 名称或内容: "“街长制”巡查机制", 数量: 1, 单位: "项", 日期: "2025-03-01", 频次: "每日", 备注: "分片包干" },
        { 事项类型: "工作机制", 名称或内容: "“周例会”制度", 数量: 24, 单位: "次", 频次: "每周1次" },
      ],
      问题整改: [{ 问题类别: "乱张贴", 发现数: 20, 已整改数: 20, 单位: "处" }],
    },
  }));
  const next = join(dir, "下半年.xlsx");
  const report = await cli("next", now, "-o", next);
  expect(report.err).toBe("");
  expect(report.code).toBe(0);
  expect(report.out).toContain("组织保障：结转的“周例会”制度是按期计数的事项，已清空数量，请填写本期的次数");
  expect(report.out).not.toMatch(/““|街长制”巡查机制”/u);
  const sheet = (await readWorkbook(readFileSync(next))).sheets.find((g) => g.name === "组织保障");
  const row = sheet?.values.find((r) => r.includes("“街长制”巡查机制"));
  expect(row?.slice(0, 4)).toEqual(["工作机制", "“街长制”巡查机制", 1, "项"]);
  const weekly = sheet?.values.find((r) => r.includes("“周例会”制度"));
  expect(weekly?.slice(0, 4)).toEqual(["工作机制", "“周例会”制度", null, "次"]);
  const text = (await cli("summarize", next, "--text", "-", "--date", "2026-01-05")).out;
  expect(text).toMatch(/“街长制”巡查机制/u);
});
