/**
 * New-user test 38 (docs/new-user-test-pane-38.md), D16: a hand-made 问题清单 with a count column (问题描述 | 数量 | 整改情况 | 备注)
 * is imported by its counts (发现数 20/15/3/5, 已整改数 18/15/2/5), never one problem a line; the mapping file may name
 * 数量 → 发现数; a count column left out is said; 已整改数 typed with its verb (`已整改18户`) is read.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { cli } from "./support/cli";
import { sheetRows } from "./support/files";

/** Writes `sheets` (name → rows) to a fresh .xlsx; its path. */
async function sheetFile(sheets: Record<string, (string | number | null)[][]>, name: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const [sheet, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(sheet);
    rows.forEach((r, i) => { ws.getRow(i + 1).values = r; });
  }
  const file = join(mkdtempSync(join(tmpdir(), "cl-nu38aa-")), name);
  writeFileSync(file, new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
  return file;
}

/** The tester's 问题清单 sheet (make_import.js), as typed. */
const problemSheet = {
  问题清单: [
    ["问题描述", "数量", "整改情况", "备注"],
    ["楼道堆放杂物", "20户", "已整改18户", null],
    ["飞线充电", "15处", "已整改15处", "群租房"],
    ["路灯不亮", "3盏", "已维修2盏", "已报修"],
    ["问题：垃圾桶破损；整改情况：已更换", "5个", "5个", null],
  ],
};
const who = ["--unit", "桂园社区居委会", "--type", "社区", "--year", "2025", "--period", "上半年"];

/** Imports `source` into a fresh folder; the CLI's answer and the new workbook's path. */
async function imported(source: string, ...options: string[]): Promise<{ out: string; file: string }> {
  const file = join(mkdtempSync(join(tmpdir(), "cl-nu38aa-")), "imp.xlsx");
  const r = await cli("import", source, "-o", file, ...who, ...options);
  return { out: r.out, file };
}

/** The 问题整改 rows of a workbook: 问题类别, 发现数, 已整改数, 单位, 备注. */
const problems = (file: string): Promise<unknown[][]> => sheetRows(file, "问题整改", [1, 2, 3, 4, 9]);

/** A mapping file of the 问题清单 sheet with these columns and kind. */
function mappingFile(kind: string, columns: Record<string, string | null>): string {
  const file = join(mkdtempSync(join(tmpdir(), "cl-nu38aa-")), "m.json");
  writeFileSync(file, JSON.stringify({ format: "campaign-ledger/import-mapping", version: 1, sheets: [{ sheet: "问题清单", block: 1, kind, columns }] }));
  return file;
}

const counted = [
  ["其他", 20, 18, "户", "楼道堆放杂物"],
  ["其他", 15, 15, "处", "飞线充电；群租房"],
  ["其他", 3, 2, "个", "路灯不亮；已报修"],
  ["卫生死角", 5, 5, "个", "问题：垃圾桶破损；整改情况：已更换"],
];

describe("D16: a 问题清单 with a count column is imported by its counts", () => {
  it("数量 is 发现数, 整改情况's figure is 已整改数, 盏 is counted as 个 (43 found, 40 rectified)", async () => {
    const { out, file } = await imported(await sheetFile(problemSheet, "i_手工台账.xlsx"));
    expect(out).toContain("    B 数量 → 发现数（表头近义词，85%）\n");
    expect(out).toContain("  问题整改!D5 单位＝个：“3盏”的“盏”不在单位的可选项中，按“个”计（依据 问题清单!B4）\n");
    expect(out).not.toContain("看不出是否已整改");
    expect(out).not.toContain("单位“盏”不在");
    expect(out).toContain("  问题清单!C2:C5 → 问题整改!C3:C6\n");
    expect(await problems(file)).toEqual(counted);
    const text = (await cli("summarize", file, "--force", "--text", "-")).out;
    expect(text).not.toContain("问题4处");
    expect(text).toContain("累计排查发现楼道堆放杂物20户，已整改18户；");
  });

  it("a status without a figure is all of the count (listed), 整改中 none of it, 未整改3处 what is left", async () => {
    const source = await sheetFile({ 问题清单: [["问题描述", "问题数", "整改情况"], ["乱张贴小广告", "12处", "已整改"], ["占道经营", "6处", "整改中"], ["乱停车", "10起", "未整改3起"], ["乱堆杂物", "8处", "已于5月10日整改完成"]] }, "p.xlsx");
    const { out, file } = await imported(source);
    expect(await problems(file)).toEqual([
      ["乱张贴", 12, 12, "处", "乱张贴小广告"],
      ["占道经营", 6, 0, "处", "占道经营；整改情况：整改中"],
      ["其他", 10, 7, "起", "乱停车"],
      ["占道堆放", 8, 8, "处", "乱堆杂物"],
    ]);
    expect(out).toContain("  问题整改!C3 已整改数＝12：“已整改”未写数量，按全部12处已整改计（依据 问题清单!C2）\n");
    expect(out).toContain("  问题整改!C5 已整改数＝7：“未整改3起”是尚未整改的数量，按发现数10减去计（依据 问题清单!C4）\n");
  });

  it("a list without any count column keeps one problem a line (发现数 1)", async () => {
    const source = await sheetFile({ 问题清单: [["问题描述", "整改情况"], ["楼道堆放杂物", "已整改"], ["路灯不亮", "已维修"]] }, "q.xlsx");
    const { out, file } = await imported(source);
    expect(await problems(file)).toEqual([["其他", 1, 1, "处", "楼道堆放杂物"], ["其他", 1, 1, "处", "路灯不亮"]]);
    expect(out).not.toContain("import.count-left-out");
    expect(out).not.toContain("列未导入");
  });

  it("the mapping file accepts 数量 → 发现数 for a 问题清单", async () => {
    const m = mappingFile("问题清单", { 问题描述: "问题描述", 数量: "发现数", 整改情况: "整改情况", 备注: "备注" });
    const { out, file } = await imported(await sheetFile(problemSheet, "i.xlsx"), "--mapping", m);
    expect(out).not.toContain("不是标准字段");
    expect(out).toContain("    B 数量 → 发现数（映射文件，100%）\n");
    expect(await problems(file)).toEqual(counted);
  });

  it("a count column left out is a 发现 line at its header", async () => {
    const m = mappingFile("问题清单", { 问题描述: "问题描述", 数量: null, 整改情况: "整改情况", 备注: "备注" });
    const { out } = await imported(await sheetFile(problemSheet, "i.xlsx"), "--mapping", m);
    expect(out).toContain("    B 数量 → 备注（无对应的标准列）\n");
    expect(out).toContain("  提示：问题清单!B1：“数量”列未导入，每个问题只按发现数1计，问题总数和整改率会与原表不符；如该列是问题的数量，请在映射中把它对应到“发现数”。\n");
  });

  it("mapped as 问题整改, 已整改数 typed with its verb (`已整改18户`, `已维修2盏`) is read, listed as a guess", async () => {
    const m = mappingFile("问题整改", { 问题描述: "备注", 数量: "发现数", 整改情况: "已整改数", 备注: "备注" });
    const { out, file } = await imported(await sheetFile(problemSheet, "i.xlsx"), "--mapping", m);
    expect(out).toContain("  问题整改!C3 已整改数＝18：按“已整改18户”读作18（依据 问题清单!C2）\n");
    expect(out).toContain("  问题整改!C5 已整改数＝2：按“已维修2盏”读作2（依据 问题清单!C4）\n");
    expect(await problems(file)).toEqual(counted);
  });
});
