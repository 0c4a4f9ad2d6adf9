/**
 * New-user test 35 (docs/new-user-test-pane-35.md): D7 (a hand-made sheet's 活动名目 and 问题种类 columns), D8 (a day typed
 * without its year) and D9 (楼道堆物 is not 占道堆放), each as the tester typed it (hand-桂花社区.xlsx, make3.js).
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { standardV1 } from "../src/core";
import { enumByWords } from "../src/core/catalog/classify";
import { cli } from "./support/cli";

/** Writes `sheets` (name → rows; a row of strings/numbers) to a fresh .xlsx; its path. */
async function sheetFile(sheets: Record<string, (string | number)[][]>, name: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const [sheet, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(sheet);
    rows.forEach((r, i) => { ws.getRow(i + 1).values = r; });
  }
  const file = join(mkdtempSync(join(tmpdir(), "cl-nu35x-")), name);
  writeFileSync(file, new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
  return file;
}

/** The tester's hand-made sheet (make3.js), without the roster. */
function handMade(): Promise<string> {
  return sheetFile({
    活动记录: [
      ["桂花社区2025年第二季度文明创建活动登记表"],
      ["序号", "时间", "活动名目", "类别", "人数", "情况说明"],
      [1, "2025年4月3日", "清明文明祭扫宣传", "我们的节日", "35人", "王大爷、李阿姨带头参加"],
      [2, "2025.5.1", "劳动节大扫除", "环境整治", "约120人次", "清理楼道堆物12处"],
      [3, "5月20日", "积分超市兑换", "志愿服务", "20户", "兑换物资3批"],
      [4, "2025/6/15", "消夏晚会", "文体活动", "百余人", ""],
    ],
    宣传和整改: [
      ["问题种类", "发现", "已整改", "备注"],
      ["楼道堆物", "45处", "40处", ""],
      ["乱停车", "30起", "30起", ""],
    ],
  }, "hand-桂花社区.xlsx");
}

/** Imports `source` into a fresh folder; the CLI's answer and the new workbook's path. */
async function imported(source: string, ...options: string[]): Promise<{ out: string; file: string }> {
  const file = join(mkdtempSync(join(tmpdir(), "cl-nu35x-")), "imp.xlsx");
  const r = await cli("import", source, "-o", file, ...options);
  return { out: r.out, file };
}

describe("D7: 活动名目 is 活动名称 and 问题种类 is 问题类别; a left-out column's text is kept when the row lacks a required field", () => {
  it("import maps both columns, keeps every activity name and problem word, and check has no 活动名称 error", async () => {
    const { out, file } = await imported(await handMade());
    expect(out).toContain("    C 活动名目 → 活动名称（表头近义词，85%）\n");
    expect(out).toContain("    A 问题种类 → 问题类别（表头近义词，85%）\n");
    expect(out).not.toContain("→ 不导入\n    D 类别");
    const check = (await cli("check", file)).out;
    expect(check).not.toContain("[value.required] “活动名称”必须填写");
    const text = (await cli("summarize", file, "--force", "--text", "-")).out;
    expect(text).toContain("　　2025年第二季度，桂花社区清理楼道堆物40处，纠正乱停车30起。现将有关情况总结如下。\n");
    expect(text).toContain("　　一是整治顽疾。累计排查发现楼道堆物问题45处，已整改40处；乱停车行为30起，均已纠正。\n");
    expect(text).toContain("　　一是节日活动。4月3日开展“清明文明祭扫宣传”活动，参与35人。\n");
  });

  it.each([["名目", "活动名称"], ["活动项目", "活动名称"], ["项目名称", "活动名称"]])("`%s` is %s", async (header, target) => {
    const source = await sheetFile({ 活动: [["时间", header, "类别", "人数"], ["2025.4.3", "清明文明祭扫宣传", "我们的节日", "35人"]] }, "a.xlsx");
    const { out } = await imported(source, "--unit", "桂花社区居委会", "--type", "社区", "--year", "2025", "--period", "上半年");
    expect(out).toContain(`    B ${header} → ${target}（表头近义词，85%）\n`);
  });

  it.each(["种类", "问题类型", "问题名称"])("`%s` is 问题类别", async (header) => {
    const source = await sheetFile({ 整改: [[header, "发现", "已整改"], ["乱张贴", "45处", "40处"]] }, "b.xlsx");
    const { out } = await imported(source, "--unit", "桂花社区居委会", "--type", "社区", "--year", "2025", "--period", "上半年");
    expect(out).toContain(`    A ${header} → 问题类别（表头近义词，85%）\n`);
  });

  it("a column left out (干了啥 → 不导入) is kept in 备注 with its header when the row then lacks 活动名称", async () => {
    const source = await sheetFile({ 活动: [["序号", "时间", "干了啥", "类别", "人数"], [1, "2025.4.3", "清明文明祭扫宣传", "我们的节日", "35人"], [2, "2025.5.1", "劳动节大扫除", "环境整治", "120人"]] }, "c.xlsx");
    const { out, file } = await imported(source, "--unit", "桂花社区居委会", "--type", "社区", "--year", "2025", "--period", "上半年");
    expect(out).toContain("    C 干了啥 → 备注（无对应的标准列）\n");
    expect(out).toContain("  活动!C2:C3 → 活动台账!I3:I4\n");
    expect(out).toContain("  活动!A2:A3：未对应的列（序号）\n");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet("活动台账")!;
    expect([ws.getCell("I3").value, ws.getCell("I4").value]).toEqual(["干了啥：清明文明祭扫宣传", "干了啥：劳动节大扫除"]);
  });

  it("a problem column left out (查到的事 → 不导入) is kept bare at the front of 备注, so the row is classed and named by it", async () => {
    const source = await sheetFile({ 整改: [["查到的事", "发现", "已整改", "备注"], ["乱张贴小广告", "45处", "40处", ""], ["楼道堆物", "30处", "30处", "物业清理"]] }, "f.xlsx");
    const { out, file } = await imported(source, "--unit", "桂花社区居委会", "--type", "社区", "--year", "2025", "--period", "上半年");
    expect(out).toContain("  问题整改!A3 问题类别＝乱张贴：按“乱张贴小广告”归为乱张贴\n");
    expect(out).toContain("  问题整改!A4 问题类别＝其他：本行是楼内堆物，不属占道堆放，归为其他（原文在备注中）\n");
    const text = (await cli("summarize", file, "--force", "--text", "-")).out;
    expect(text).toContain("　　累计排查发现各类问题75处，已整改70处，整改率为93.3%。其中清理乱张贴40处、楼道堆物30处。\n");
  });

  it("a left-out column is not copied into 备注 when the row has every required field", async () => {
    const source = await sheetFile({ 活动: [["时间", "活动名称", "类别", "人数", "天气"], ["2025.4.3", "清明文明祭扫宣传", "我们的节日", "35人", "晴"]] }, "d.xlsx");
    const { out } = await imported(source, "--unit", "桂花社区居委会", "--type", "社区", "--year", "2025", "--period", "上半年");
    expect(out).toContain("  活动!E2：未对应的列（天气）\n");
  });
});

describe("D9: 楼道堆物 (inside a building) is 其他 with its words, never 占道堆放", () => {
  it("import lists 楼道堆物 as 其他 kept in 备注, and the summary names 楼道堆物", async () => {
    const { out, file } = await imported(await handMade());
    expect(out).toContain("  问题整改!A3 问题类别＝其他：“楼道堆物”不在问题类别的可选项中，归为其他（原文记入备注）\n");
    expect(out).not.toContain("归为占道堆放");
    const text = (await cli("summarize", file, "--force", "--text", "-")).out;
    expect(text).not.toContain("占道堆放");
  });

  it("the word table: stairwell clutter gives no value; clutter on a road stays 占道堆放", () => {
    expect(enumByWords(standardV1, "rectification", "kind", "楼道堆物")).toBeUndefined();
    expect(enumByWords(standardV1, "rectification", "kind", "楼梯间堆放杂物")).toBeUndefined();
    expect(enumByWords(standardV1, "rectification", "kind", "楼道口占道堆物")).toBe("占道堆放");
    expect(enumByWords(standardV1, "rectification", "kind", "路边堆放杂物")).toBe("占道堆放");
    expect(enumByWords(standardV1, "rectification", "kind", "堆物")).toBe("占道堆放");
  });
});

it("D9: a 问题清单 row `3栋楼道 | 堆放杂物` is 其他, and import says it is clutter inside a building", async () => {
  const source = await sheetFile({ 问题清单: [["序号", "问题地点", "问题描述", "整改情况", "责任单位"], [1, "幸福路12号", "店外经营", "已整改", "城管中队"], [2, "3栋楼道", "堆放杂物", "整改中", "物业"]] }, "e.xlsx");
  const { out } = await imported(source, "--unit", "桂花社区居委会", "--type", "社区", "--year", "2025", "--period", "上半年");
  expect(out).toContain("  问题整改!A4 问题类别＝其他：本行是楼内堆物，不属占道堆放，归为其他（原文在备注中）\n");
});

describe("D8: a day typed without its year is listed under 推断填写", () => {
  it("5月20日 is 2025年5月20日 by the title's year, and said; a day with its year is not", async () => {
    const { out } = await imported(await handMade());
    expect(out).toContain("  活动台账!A5 日期＝2025年5月20日：“5月20日”未写年份，按报告年度2025年计（依据 活动记录!B5）\n");
    expect(out).not.toContain("“2025年4月3日”未写年份");
    expect(out).not.toContain("“2025.5.1”未写年份");
  });
});
