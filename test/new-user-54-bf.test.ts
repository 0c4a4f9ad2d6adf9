/** @jest-environment node */
/**
 * New-user test 54 (docs/new-user-test-pane-54.md), engineer bf: D21 (网页版 汇总 counted the combining unit's own ledger
 * as a unit until 汇总单位名称 was typed) and D7 rest (a verb-less 组织保障 其他 row printed as a bare point).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { readWorkbook, writeWorkbook } from "../src/adapters/xlsx";
import { analyzeWorkbook, standardV1 } from "../src/core";
import { summaryTextOf } from "./support/summaries";
import { zhCN } from "../src/taskpane/strings";
import { initialRollup, readFiles, rollupFiles, rollupReducer, rollupSummaryLine, rollupView, unitLine, type InputFile } from "../src/taskpane/state/rollup";

const DIR = join(__dirname, "../samples/rollup");
const file = (name: string, bytes: Uint8Array): InputFile => ({ name, arrayBuffer: async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer });

describe("D21: the 网页版 roll-up follows 汇总单位名称, typed before or after the files are picked", () => {
  const names = readdirSync(DIR).filter((n) => n.endsWith(".xlsx")).sort();
  const files = names.map((n) => file(n, readFileSync(join(DIR, n))));

  it("asks for the name before any count, then rolls up the files already read as the combining unit's own", async () => {
    const read = await readFiles(files, (b) => readWorkbook(b));
    const unnamed = rollupView(read, { name: "  " });
    expect(unnamed).toEqual({ type: "read/needs-name" });
    expect(rollupReducer(initialRollup, unnamed)).toEqual({ phase: "needsName" });

    const own = read.files[0].snapshot!.sheets.find((s) => s.name === "基本信息")!;
    const ownName = String(own.values.find((r) => r[0] === "单位名称")?.[1] ?? "");
    const named = rollupView(read, { name: ownName });
    expect(named.type).toBe("read/done");
    const result = named.type === "read/done" ? named.result : undefined;
    expect(result && rollupSummaryLine(result, zhCN)).toBe("汇总 3 个单位，共 106 行；未汇总 0 个。");
    expect(result?.units.map((u) => [u.label, u.status, u.reason ?? ""])).toEqual([
      ["donghu-2023-h1.xlsx", "own", "汇总单位自己的工作，“填报单位”留空"],
      ["guangming-2023-h1.xlsx", "included", ""],
      ["heping-2023-h1.xlsx", "included", ""],
      ["xingfuli-2023-h1.xlsx", "included", ""],
    ]);
    expect(result && unitLine(result.units[0], result.readErrors, zhCN)).toBe("东湖社区居委会（donghu-2023-h1.xlsx）：14 行，0 个错误，5 个提示");
    expect(ownName).toBe("东湖社区居委会");
    // Another name first (the files read once): all four are units; the name corrected, the same files give the own ledger.
    const other = rollupView(read, { name: "城南街道办事处" });
    expect(other.type === "read/done" && rollupSummaryLine(other.result, zhCN)).toBe("汇总 4 个单位，共 106 行；未汇总 0 个。");
    // The same as picking the files after typing the name.
    const after = await rollupFiles(files, (b) => readWorkbook(b), { name: ownName });
    expect(after.units).toEqual(result?.units);
  });
});

describe("D7 rest: a 组织保障 其他 row whose name says no action is left out, with a 提示", () => {
  const content = {
    profile: { 单位名称: "城关支行", 单位类型: "企事业单位", 报告年度: 2025, 报告期: "上半年" },
    ledgers: {
      组织保障: [
        { 事项类型: "领导小组", 名称或内容: "创文工作领导小组" },
        { 事项类型: "其他", 名称或内容: "客户投诉处理机制" },
        { 事项类型: "其他", 名称或内容: "客户投诉处理流程图" },
        { 事项类型: "其他", 名称或内容: "文明服务公约" },
        { 事项类型: "其他", 名称或内容: "包联社区", 数量: 2, 单位: "个" },
        { 事项类型: "其他", 名称或内容: "爱心雨伞", 数量: 20, 单位: "把" },
      ],
      活动台账: [{ 日期: "2025-03-05", 活动名称: "文明服务培训", 活动类型: "会议培训", 参与数量: 40, 单位: "人次" }],
    },
  } as const;

  it("tells the rows it can say with their verb, and never a bare noun", async () => {
    const text = await summaryTextOf(content);
    expect(text.split("\n").filter((l) => /夯实基础/u.test(l))).toEqual(["　　二是夯实基础。建立客户投诉处理机制，包联社区2个，配备爱心雨伞20把。"]);
    expect(text).not.toMatch(/流程图|文明服务公约/u);
  });

  it("says each left-out row at its 名称或内容", async () => {
    const analysis = analyzeWorkbook(await readWorkbook(await writeWorkbook(standardV1, content)), standardV1);
    expect(analysis.findings.filter((f) => f.rule === "org.no-verb").map((f) => [f.severity, `${f.sheet}!${f.cell}`, f.message])).toEqual([
      ["warning", "组织保障!B5", "名称或内容“客户投诉处理流程图”没有动作，总结不知道做了什么，这一行不写入总结；请以动作开头，如“建立…”“制定…”“开展…”。"],
      ["warning", "组织保障!B6", "名称或内容“文明服务公约”没有动作，总结不知道做了什么，这一行不写入总结；请以动作开头，如“建立…”“制定…”“开展…”。"],
    ]);
  });
});
