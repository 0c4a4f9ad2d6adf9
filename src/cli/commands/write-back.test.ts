/** @jest-environment node */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Workbook } from "exceljs";
import { standardV1, validateWorkbook } from "../../core";
import { readWorkbook } from "../../adapters/xlsx/read-workbook";
import { writeWorkbook } from "../../adapters/xlsx/write-workbook";
import { run } from "../main";

const dir = mkdtempSync(join(tmpdir(), "cl-wb-"));
async function cli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await run(args, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}
const profile = { 单位名称: "测试社区", 单位类型: "社区", 报告年度: 2023, 报告期: "上半年" };

describe("campaign-ledger fix", () => {
  it("writes every change to -o, lists them and the unreadable values, leaves the input alone, exits 0", async () => {
    const input = join(dir, "typed.xlsx");
    writeFileSync(input, await writeWorkbook(standardV1, {
      profile,
      ledgers: {
        宣传投放: [
          { 类型: "公益广告", 数量: "１２０", 单位: "块" },
          { 类型: "宣传栏", 数量: "552多", 单位: "块", 日期: "2023.6.5", 备注: "已核实" },
          { 类型: "展板", 数量: "若干", 单位: "块" },
        ],
      },
    }));
    const original = new Uint8Array(readFileSync(input));
    const output = join(dir, "fixed.xlsx");
    const r = await cli("fix", input, "-o", output);
    expect(r.code).toBe(0);
    expect(r.err).toBe("");
    expect(r.out.split("\n").slice(0, 5)).toEqual([
      `已规范 4 处，写入 ${output}（原文件未改动）：`,
      "  宣传投放!C3  “１２０” → 120  文本“１２０”转为数值120",
      "  宣传投放!C4  “552多” → 552  约数“552多”转为552，约数标记写入备注H4",
      "  宣传投放!H4  “已核实” → “已核实；〔约数〕数量：552多”  加上〔约数〕数量：552多",
      "  宣传投放!G4  “2023.6.5” → 2023年6月5日  文本日期“2023.6.5”转为日期2023年6月5日",
    ]);
    expect(r.out).toContain("无法识别、保持原样 1 处：\n  宣传投放!C5  “数量”应填数字，“若干”无法识别为数字。");
    expect(new Uint8Array(readFileSync(input))).toEqual(original);
    const fixed = await readWorkbook(readFileSync(output));
    const sheet = fixed.sheets.find((s) => s.name === "宣传投放")!;
    expect(sheet.values[2][2]).toBe(120);
    expect(sheet.values[3][6]).toBe(45082);
    const { findings, workbook } = validateWorkbook(fixed, standardV1);
    expect(findings.filter((f) => f.sheet === "宣传投放").map((f) => `${f.cell} ${f.rule}`)).toEqual(["C5 value.not-number"]);
    expect(workbook.ledgers.publicity.rows[1].cells.quantity.approx?.kind).toBe("over");
    const wb = new Workbook();
    await wb.xlsx.load(readFileSync(output) as never);
    expect(wb.getWorksheet("宣传投放")!.getCell("G4").numFmt).toBe('yyyy"年"m"月"d"日"');
  });

  it("refuses to write over its input, and needs -o", async () => {
    const input = join(dir, "same.xlsx");
    writeFileSync(input, await writeWorkbook(standardV1));
    for (const args of [["fix", input, "-o", input], ["fix", input], ["upgrade", input, "-o", input]]) {
      const r = await cli(...args);
      expect(r.code).toBe(2);
      expect(r.err.trim().split("\n")).toHaveLength(1);
    }
  });
});

describe("campaign-ledger upgrade", () => {
  it("restores renamed sheets, missing columns and tables without moving user values", async () => {
    const wb = new Workbook();
    await wb.xlsx.load(await writeWorkbook(standardV1, { profile, ledgers: { 宣传投放: [{ 类型: "公益广告", 数量: 5, 单位: "块", 备注: "甲" }] } }) as never);
    const pub = wb.getWorksheet("宣传投放")!;
    pub.name = "宣传";
    pub.getCell("I2").value = "负责人";
    pub.getCell("I3").value = "张三";
    const act = wb.getWorksheet("活动台账")!;
    act.removeTable("tbl_Activities");
    act.getCell("A3").value = "2023/6/5";
    act.getCell("B3").value = "清扫";
    act.getCell("C3").value = "环境整治";
    act.getCell("F2").value = null; // 地点 header deleted
    wb.removeWorksheet(wb.getWorksheet("指标汇总")!.id);
    const input = join(dir, "damaged.xlsx");
    writeFileSync(input, new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
    const before = validateWorkbook(await readWorkbook(readFileSync(input)), standardV1).findings.map((f) => `${f.sheet} ${f.rule}`);
    expect(before).toEqual(expect.arrayContaining(["宣传投放 sheet.renamed-read", "活动台账 table.missing", "活动台账 column.missing-optional", "指标汇总 sheet.generated-missing"]));
    const output = join(dir, "upgraded.xlsx");
    const r = await cli("upgrade", input, "-o", output);
    expect(r.code).toBe(0);
    expect(r.out).toContain("工作表“宣传”改回标准名称“宣传投放”");
    expect(r.out).toContain("“活动台账”补上缺少的列“地点”（J列，表格最右侧）");
    const snap = await readWorkbook(readFileSync(output));
    const after = validateWorkbook(snap, standardV1).findings;
    expect(after.filter((f) => f.severity === "error")).toEqual([]);
    const pubGrid = snap.sheets.find((s) => s.name === "宣传投放")!;
    expect(pubGrid.values[2]).toEqual(["公益广告", null, 5, "块", null, null, null, "甲", "张三"]);
    expect(pubGrid.tables).toEqual([{ name: "tbl_Publicity", ref: "A2:I3" }]);
    const actGrid = snap.sheets.find((s) => s.name === "活动台账")!;
    expect(actGrid.values[2].slice(0, 3)).toEqual(["2023/6/5", "清扫", "环境整治"]);
    expect(actGrid.tables).toEqual([{ name: "tbl_Activities", ref: "A2:J3" }]);
    expect(snap.sheets.map((s) => s.name)).toContain("指标汇总");
  });
});
