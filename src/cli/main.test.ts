/** @jest-environment node */
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { standardV1 } from "../core";
import { writeWorkbook } from "../adapters/xlsx/write-workbook";
import { run } from "./main";
import { findingsText } from "./format";

const dir = mkdtempSync(join(tmpdir(), "cl-cli-"));
async function cli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await run(args, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

const profile = { 单位名称: "测试社区", 单位类型: "社区", 报告年度: 2023, 报告期: "上半年" };

/** Each bad value of the spec's table, at a known cell. */
async function badWorkbook(): Promise<string> {
  const file = join(dir, "bad.xlsx");
  writeFileSync(
    file,
    await writeWorkbook(standardV1, {
      profile,
      ledgers: {
        宣传投放: [
          { 类型: "公益广告", 数量: "１２０", 单位: "块" },
          { 类型: "道旗", 数量: "120 面", 单位: "面" },
          { 类型: "宣传栏", 数量: "80余", 单位: "块", 日期: "2023.6.5" },
          { 类型: "横幅", 数量: "两千", 单位: "条", 日期: "6月5日" },
          { 类型: "展板", 数量: -3, 单位: "块" },
          { 类型: "墙绘", 数量: 12.5, 单位: "处" },
          { 类型: "电子屏", 数量: "#DIV/0!", 单位: "块", "投入金额（元）": "4万余元" },
        ],
        其他指标: [{ 板块: "环境整治", 指标名称: "出动巡查人员", 数值: "约14800", 单位: "人次" }],
      },
    }),
  );
  return file;
}

describe("campaign-ledger check", () => {
  it("reports each bad value at its exact cell, as JSON, and exits 1", async () => {
    const r = await cli("check", await badWorkbook(), "--json");
    expect(r.code).toBe(1);
    const findings = JSON.parse(r.out).findings as { severity: string; sheet: string; cell: string; rule: string; message: string }[];
    expect(findings.map((f) => `${f.severity} ${f.sheet}!${f.cell} ${f.rule}`)).toEqual([
      "error 宣传投放!C7 value.out-of-range",
      "error 宣传投放!C8 value.not-integer",
      "error 宣传投放!C9 value.excel-error",
      "warning 宣传投放!C3 value.as-text",
      "warning 宣传投放!C4 value.as-text",
      "warning 宣传投放!C5 value.approximate",
      "warning 宣传投放!G5 value.as-text",
      "warning 宣传投放!C6 value.as-text",
      "warning 宣传投放!G6 value.as-text",
      "warning 宣传投放!F9 value.approximate",
      "warning 其他指标!C3 value.approximate",
      "warning 文字材料! text.plans-missing", // two ledgers hold work, 文字材料 none (new-user test 18, D8)
    ]);
    expect(findings[2].message).toBe("“数量”是Excel错误值#DIV/0!，请改正公式或直接填写数值。");
    expect(findings.find((f) => f.cell === "G6")?.message).toBe("“日期”是文本“6月5日”，已读作2023年6月5日（年份取自报告年度）。可用“规范数据”转换为日期。");
  });

  it("prints findings as lines with a count", async () => {
    const r = await cli("check", await badWorkbook());
    expect(r.out.split("\n")[0]).toBe("错误 宣传投放!C7 [value.out-of-range] “数量”不能为负数，现为-3。");
    expect(r.out).toContain("共3个错误、9个提示。");
    // The core names the pane's action; the CLI adds its own command (issue #12 §1).
    expect(r.out).toContain("已读作2023年6月5日（年份取自报告年度）。可用“规范数据”（命令行：campaign-ledger fix 台账.xlsx -o 新文件.xlsx）转换为日期。");
  });

  it("exits 2 with one Chinese line for files that are not .xlsx", async () => {
    const csv = join(dir, "data.xlsx");
    writeFileSync(csv, "类型,数量\n公益广告,80\n");
    const empty = join(dir, "empty.xlsx");
    writeFileSync(empty, "");
    for (const [file, expected] of [
      [csv, "不是 .xlsx 文件"],
      [empty, "文件为空"],
      [join(dir, "missing.xlsx"), "找不到文件"],
    ]) {
      const r = await cli("check", file);
      expect(r.code).toBe(2);
      expect(r.err).toContain(expected);
      expect(r.err.trim().split("\n")).toHaveLength(1);
      expect(r.out).toBe("");
    }
  });

  it("exits 2 on unknown commands and options", async () => {
    expect((await cli("frobnicate")).code).toBe(2);
    const r = await cli("check", "--bogus");
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^参数错误/u);
  });
});

describe("campaign-ledger template and summarize", () => {
  it("writes a template that checks with only the missing required profile values", async () => {
    const file = join(dir, "t.xlsx");
    expect((await cli("template", "-o", file)).code).toBe(0);
    const r = await cli("check", file, "--json");
    expect(JSON.parse(r.out).findings.map((f: { cell: string; rule: string }) => `${f.cell} ${f.rule}`)).toEqual([
      "B3 value.required", "B5 value.required", "B8 value.required", "B9 value.required",
      // Every ledger of the blank template is empty (new-user test 25, D18), said once at the first ledger sheet.
      " workbook.empty",
    ]);
  });

  it("refuses to summarize a workbook with errors unless forced", async () => {
    const bad = await badWorkbook();
    const out = join(dir, "s.docx");
    const refused = await cli("summarize", bad, "-o", out);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain("错误 宣传投放!C7");
    expect(refused.out).toBe("");
    expect(existsSync(out)).toBe(false);
    const forced = await cli("summarize", bad, "-o", out, "--force", "--text", "-", "--date", "2023-08-03");
    expect(forced.code).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe("PK");
    expect(forced.out).toContain("测试社区2023年上半年创建文明城市工作总结");
    expect(forced.out).toContain("2023年8月3日");
    expect(forced.out).toContain("约14800人次");
  });

  it("names the output after the unit and period when -o is a folder", async () => {
    const folder = join(dir, "out") + "/";
    const r = await cli("summarize", join(__dirname, "..", "..", "samples", "community-2023-h1.xlsx"), "-o", folder);
    expect(r.code).toBe(0);
    expect(existsSync(join(folder, "幸福里社区居委会-2023年上半年-工作总结.docx"))).toBe(true);
  });
});

describe("output guards", () => {
  const sample = join(__dirname, "..", "..", "samples", "community-2023-h1.xlsx");

  it("never writes a summary over its input", async () => {
    const copy = join(dir, "input.xlsx");
    writeFileSync(copy, readFileSync(sample));
    for (const args of [["-o", copy], ["-o", join(dir, "s2.docx"), "--text", copy]]) {
      const r = await cli("summarize", copy, ...args);
      expect(r.code).toBe(2);
      expect(r.err).toContain("输出文件不能与输入文件相同");
    }
    expect(readFileSync(copy).equals(readFileSync(sample))).toBe(true);
  });

  it("refuses to replace an existing file with a blank template unless --force", async () => {
    const file = join(dir, "filled.xlsx");
    writeFileSync(file, readFileSync(sample));
    const r = await cli("template", "-o", file);
    expect(r.code).toBe(2);
    expect(r.err).toContain("已存在");
    expect(readFileSync(file).equals(readFileSync(sample))).toBe(true);
    expect((await cli("template", "-o", file, "--force")).code).toBe(0);
  });

  it("checks output extensions and impossible dates", async () => {
    expect((await cli("summarize", sample, "-o", join(dir, "x.txt"))).err).toContain("应以 .docx 结尾");
    const bad = await cli("summarize", sample, "-o", join(dir, "d.docx"), "--date", "2023-02-30");
    expect(bad.code).toBe(2);
    expect(bad.err).toBe("--date 应是一个真实的日期，写成 2023-08-03 的格式，收到“2023-02-30”。\n");
  });

  it("never rolls up over one of its inputs", async () => {
    const a = join(dir, "unit-a.xlsx");
    writeFileSync(a, readFileSync(sample));
    const r = await cli("rollup", a, sample, "-o", a);
    expect(r.code).toBe(2);
    expect(r.err).toContain("输出文件不能与输入文件相同");
    expect(readFileSync(a).equals(readFileSync(sample))).toBe(true);
  });
});

describe("a Word file given as the workbook", () => {
  it("says it is a Word document", async () => {
    const docx = join(dir, "summary.docx");
    const r1 = await cli("summarize", join(__dirname, "..", "..", "samples", "community-2023-h1.xlsx"), "-o", docx);
    expect(r1.code).toBe(0);
    const r = await cli("check", docx);
    expect(r.code).toBe(2);
    expect(r.err).toBe("这是 Word 文档（.docx），不是 Excel 台账；请选择 .xlsx 台账文件\n");
  });
});

describe("upgrade and a header with a unit added", () => {
  it("gives the header its standard text back and keeps the column's data", async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const ExcelJS = require("exceljs");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(join(__dirname, "..", "..", "samples", "community-2023-h1.xlsx")));
    wb.getWorksheet("志愿服务").getCell("C2").value = "注册人数（人）";
    const input = join(dir, "variant.xlsx");
    writeFileSync(input, Buffer.from(await wb.xlsx.writeBuffer()));
    const out = join(dir, "variant-fixed.xlsx");
    const r = await cli("upgrade", input, "-o", out);
    expect(r.code).toBe(0);
    expect(r.out).toContain("“志愿服务”把表头“注册人数（人）”改回标准表头“注册人数”（该列数据不动）");
    expect((await cli("check", out)).out).toMatch(/^提示 志愿服务!C3 \[text\.inferred-shortcoming\] [^\n]+\n共0个错误、1个提示。\n$/u); // the one 提示: new-user test 69, D10
  });

  it("restores a header typed as a synonym (活动时间, 说明) with its values, never adding the standard column again empty", async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const ExcelJS = require("exceljs");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(join(__dirname, "..", "..", "samples", "community-2023-h1.xlsx")));
    const acts = wb.getWorksheet("活动台账");
    const headers: string[] = acts.getRow(2).values.slice(1);
    const dateCol = headers.indexOf("日期") + 1;
    const remarkCol = headers.indexOf("备注") + 1;
    const before = [acts.getCell(3, dateCol).value, acts.getCell(3, remarkCol).value];
    acts.getCell(2, dateCol).value = "活动时间";
    acts.getCell(2, remarkCol).value = "说明";
    const input = join(dir, "synonym.xlsx");
    writeFileSync(input, Buffer.from(await wb.xlsx.writeBuffer()));
    const checked = await cli("check", input);
    expect(checked.out).toContain("表头“活动时间”已按标准表头“日期”读取");
    expect(checked.code).toBe(0);
    const out = join(dir, "synonym-fixed.xlsx");
    const r = await cli("upgrade", input, "-o", out);
    expect(r.code).toBe(0);
    expect(r.out).toContain("“活动台账”把表头“活动时间”改回标准表头“日期”（该列数据不动）");
    expect(r.out).toContain("“活动台账”把表头“说明”改回标准表头“备注”（该列数据不动）");
    const fixed = new ExcelJS.Workbook();
    await fixed.xlsx.load(readFileSync(out));
    const row2: string[] = fixed.getWorksheet("活动台账").getRow(2).values.slice(1);
    expect(row2.filter((h) => h === "日期" || h === "备注" || h === "活动时间" || h === "说明")).toEqual(["日期", "备注"]);
    const ws = fixed.getWorksheet("活动台账");
    expect([ws.getCell(3, row2.indexOf("日期") + 1).value, ws.getCell(3, row2.indexOf("备注") + 1).value]).toEqual(before);
    expect((await cli("check", out)).out).toMatch(/^提示 志愿服务!C3 \[text\.inferred-shortcoming\] [^\n]+\n共0个错误、1个提示。\n$/u); // the one 提示: new-user test 69, D10
  });
});

describe("findingsText", () => {
  it("lists 20 findings of one rule on one sheet and counts the rest", () => {
    const many = Array.from({ length: 25 }, (_, i) => ({ severity: "warning" as const, sheet: "宣传投放", cell: `C${i + 3}`, rule: "value.as-text", message: "m" }));
    const lines = findingsText(many).trim().split("\n");
    expect(lines).toHaveLength(22);
    expect(lines[20]).toBe("……“宣传投放”另有5处同类问题（value.as-text），完整列表请用 --json 查看");
    expect(lines[21]).toBe("共0个错误、25个提示。");
  });
});
