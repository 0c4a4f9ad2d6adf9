/**
 * New-user test 67 (docs/new-user-test-pane-67.md), D7, D10 and D8:
 * - D7: a roll-up's opening says each figure of the units that had it: `城东环卫站开展各类活动1场，排查发现各类问题40处，
 *   已整改38处。`, never `城东环卫站和垃圾清运队共……` when the 清运队 had only 清运垃圾.
 * - D10: check tells `同上` in every ledger's text cell (问题整改's 责任单位 too); `next` carrying a row whose cell is `同上`
 *   while the row above it is not carried writes the value it referred to, and says so.
 * - D8: the .docx keeps the last body paragraph with the sign-off (GB/T 9704: the 落款 never alone on the last page).
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { analyzeWorkbook, standardV1 } from "../src/core";
import { readWorkbook } from "../src/adapters/xlsx/read-workbook";
import { writeWorkbook } from "../src/adapters/xlsx/write-workbook";
import type { WorkbookContent } from "../src/adapters/xlsx/content";
import { writeDocx } from "../src/adapters/docx/write-docx";
import { gbLayout } from "../src/core/document/model";
import { cli } from "./support/cli";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const JSZip = require("jszip");
import type { Ledgers } from "./support/rollup";

/** The CLI's roll-up (2025 上半年) as `rolledUpText` makes it, a unit with errors left out as the tester's was (exit 1). */
async function rolledUpText(unit: string, type: string, units: readonly (readonly [string, string, Ledgers])[]): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), "nu67-pd-"));
  const files = await Promise.all(units.map(async ([name, unitType, ledgers], i) => {
    const file = join(dir, `${i}.xlsx`);
    writeFileSync(file, await writeWorkbook(standardV1, { profile: { 单位名称: name, 单位类型: unitType, 报告年度: 2025, 报告期: "上半年" }, ledgers }));
    return file;
  }));
  const out = join(dir, "汇总.xlsx");
  const rolled = await cli("rollup", ...files, "-o", out, "--unit", unit, "--type", type);
  if (!rolled.out.includes("已写入汇总台账")) throw new Error(rolled.err);
  return (await cli("summarize", out, "-o", dir, "--force", "--text", "-")).out;
}

describe("D7: a roll-up's opening figures are said of the units that had them", () => {
  const east: Ledgers = {
    问题整改: [{ 问题类别: "卫生死角", 发现数: 40, 已整改数: 38, 单位: "处" }],
    活动台账: [{ 日期: "2025.3.5", 活动名称: "学雷锋环境清扫", 活动类型: "志愿服务", 参与数量: 30, 单位: "人" }],
    其他指标: [{ 板块: "环境整治", 指标名称: "清运垃圾", 数值: 2300, 单位: "吨" }],
  };
  // 已整改数 over 发现数: the roll-up leaves this unit out.
  const west: Ledgers = { 问题整改: [{ 问题类别: "渣土偷倒", 发现数: 8, 已整改数: 10, 单位: "处" }] };
  const team: Ledgers = { 其他指标: [{ 板块: "环境整治", 指标名称: "清运垃圾", 数值: 3100, 单位: "吨" }] };
  const own: Ledgers = { 组织保障: [{ 事项类型: "督查检查", 名称或内容: "所领导带队检查各站保洁质量", 数量: 24, 单位: "次" }] };
  it("one unit's figures alone, without 共", async () => {
    const text = await rolledUpText("临溪县环境卫生管理所", "企事业单位", [
      ["临溪县环境卫生管理所城东环卫站", "企事业单位", east], ["临溪县环境卫生管理所城西环卫站", "企事业单位", west],
      ["临溪县环境卫生管理所垃圾清运队", "企事业单位", team], ["临溪县环境卫生管理所", "企事业单位", own],
    ]);
    expect(text).toContain("城东环卫站开展各类活动1场，排查发现各类问题40处，已整改38处。");
    expect(text).not.toContain("城东环卫站和垃圾清运队共");
  });
  it("several units that all had them still share the total", async () => {
    const text = await rolledUpText("临溪县环境卫生管理所", "企事业单位", [
      ["临溪县环境卫生管理所城东环卫站", "企事业单位", east], ["临溪县环境卫生管理所城西环卫站", "企事业单位", west],
      ["临溪县环境卫生管理所城南环卫站", "企事业单位", east], ["临溪县环境卫生管理所垃圾清运队", "企事业单位", team],
    ]);
    expect(text).toContain("城东环卫站和城南环卫站共开展各类活动2场，排查发现各类问题80处，已整改76处。");
  });
});

describe("D10: 同上 in a ledger's text cell", () => {
  const community: WorkbookContent = {
    profile: { 单位名称: "临溪县东门街道石榴园社区居民委员会", 单位类型: "社区", 报告年度: 2025, 报告期: "第四季度" },
    ledgers: {
      问题整改: [
        { 问题类别: "乱张贴", 发现数: 56, 已整改数: 50, 单位: "处", 责任单位: "社区网格员" },
        { 问题类别: "占道堆放", 发现数: 23, 已整改数: 23, 单位: "处", 责任单位: "物业公司" },
        { 问题类别: "卫生死角", 发现数: 30, 已整改数: 28, 单位: "处", 责任单位: "同上" },
      ],
    },
  };
  it("check tells it in 问题整改's 责任单位, with what it points at", async () => {
    const findings = analyzeWorkbook(await readWorkbook(await writeWorkbook(standardV1, community)), standardV1).findings
      .filter((f) => f.rule === "text.placeholder").map((f) => `${f.sheet}!${f.cell} ${f.message}`);
    expect(findings).toEqual(["问题整改!F5 责任单位“同上”指上面的“物业公司”：请直接填写“物业公司”。行被排序、删除或开始下一期只结转部分行时，“同上”会改指别的行。"]);
  });
  it("next carries the value it referred to when the row above is not carried, and says so", async () => {
    const dir = mkdtempSync(join(tmpdir(), "nu67-pd-next-"));
    const now = join(dir, "Q4.xlsx");
    writeFileSync(now, await writeWorkbook(standardV1, community));
    const next = join(dir, "2026Q1.xlsx");
    const report = await cli("next", now, "-o", next);
    expect(report.err).toBe("");
    expect(report.code).toBe(0);
    expect(report.out).toContain("问题整改：第5行责任单位“同上”所指的上一行（第4行）未结转，已改为它所指的“物业公司”");
    const sheet = (await readWorkbook(readFileSync(next))).sheets.find((g) => g.name === "问题整改");
    expect(sheet?.values.find((r) => r.includes("卫生死角"))).toContain("物业公司");
    expect(sheet?.values.find((r) => r.includes("乱张贴"))).toContain("社区网格员");
    expect(sheet?.values.some((r) => r.includes("同上"))).toBe(false);
  });
  it("next leaves it as typed when the row above is carried too", async () => {
    const dir = mkdtempSync(join(tmpdir(), "nu67-pd-next-"));
    const now = join(dir, "Q4.xlsx");
    const both = { ...community, ledgers: { 问题整改: [community.ledgers?.问题整改?.[0], { ...community.ledgers?.问题整改?.[1], 已整改数: 20 }, community.ledgers?.问题整改?.[2]] } } as WorkbookContent;
    writeFileSync(now, await writeWorkbook(standardV1, both));
    const next = join(dir, "2026Q1.xlsx");
    const report = await cli("next", now, "-o", next);
    expect(report.code).toBe(0);
    expect(report.out).not.toContain("同上");
    const sheet = (await readWorkbook(readFileSync(next))).sheets.find((g) => g.name === "问题整改");
    expect(sheet?.values.find((r) => r.includes("卫生死角"))).toContain("同上");
  });
});

describe("D8: the last body paragraph keeps with the sign-off", () => {
  it("the last paragraph and the blank line before the sign-off have keepNext, the paragraphs before do not", async () => {
    const bytes = await writeDocx({
      title: "临溪县东门街道石榴园社区居民委员会2025年第四季度创建文明城市工作总结",
      blocks: [
        { kind: "heading", level: 1, text: "六、下一步工作打算" },
        { kind: "paragraph", runs: [{ text: "持续开展楼道堆物清理。" }] },
        { kind: "paragraph", runs: [{ text: "每月组织一次环境卫生大扫除。" }] },
      ],
      signOff: { unit: "临溪县东门街道石榴园社区居民委员会", date: "2026年1月6日" },
      layout: gbLayout,
    });
    const xml: string = await (await JSZip.loadAsync(bytes)).file("word/document.xml").async("string");
    const paras = xml.split("</w:p>");
    const para = (text: string): string => paras.find((p) => p.includes(text)) ?? "";
    expect(para("每月组织一次环境卫生大扫除。")).toMatch(/<w:keepNext\/>/u);
    expect(para("持续开展楼道堆物清理。")).not.toMatch(/<w:keepNext\/>/u);
    const unitAt = paras.findIndex((p) => p.includes("临溪县东门街道石榴园社区居民委员会</w:t>") && p.includes("SignOff"));
    expect(paras[unitAt - 1]).not.toMatch(/<w:t[ >]/u);
    expect(paras[unitAt - 1]).toMatch(/<w:keepNext\/>/u);
  });
});
