/**
 * New-user test 42 (docs/new-user-test-pane-42.md), defects D19, D20, D21 (导入已有台账 of a hand-made workbook, i-手工台账.xlsx)
 * and D22 (活动台账 单位 对), each as the tester typed it.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { cli } from "./support/cli";
import { sheetRows, workbookFile } from "./support/files";
import { summaryTextOf } from "./support/summaries";

/** Writes `sheets` (name → rows) to a fresh .xlsx; its path. */
async function sheetFile(sheets: Record<string, (string | number | null)[][]>, name: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const [sheet, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(sheet);
    rows.forEach((r, i) => { ws.getRow(i + 1).values = r; });
  }
  const file = join(mkdtempSync(join(tmpdir(), "cl-nu42h-")), name);
  writeFileSync(file, new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
  return file;
}

const who = ["--unit", "锦绣华庭社区居委会", "--type", "社区", "--year", "2025", "--period", "上半年"];

/** Imports `source` into a fresh folder; the CLI's answer and the new workbook's path. */
async function imported(source: string): Promise<{ out: string; file: string }> {
  const file = join(mkdtempSync(join(tmpdir(), "cl-nu42h-")), "imp.xlsx");
  const r = await cli("import", source, "-o", file, ...who);
  return { out: r.out, file };
}

describe("D19: 已整改 typed in Chinese numerals (已整改二十处) is that figure, never all of the count", () => {
  it("三十余处 / 已整改二十处 → 发现数 30 (约), 已整改数 20; 两百 and 十五 are read too", async () => {
    const source = await sheetFile({
      问题清单: [
        ["问题", "数量", "整改情况", "责任人"],
        ["楼道堆放杂物", "20户", "已整改18户", "物业刘经理"],
        ["绿地种菜", "三十余处", "已整改二十处", "社区"],
        ["乱张贴小广告", "三百处", "已清理两百处", null],
        ["飞线充电", "二十处", "已整改十五处", null],
      ],
    }, "i-手工台账.xlsx");
    const { out, file } = await imported(source);
    expect(out).not.toContain("未写数量");
    expect(await sheetRows(file, "问题整改", [2, 3, 4])).toEqual([
      [20, 18, "户"],
      [30, 20, "处"],
      [300, 200, "处"],
      [20, 15, "处"],
    ]);
  });

  it("a 已整改数 column typed with its verb in Chinese numerals (已整改二十处) is 20", async () => {
    const source = await sheetFile({ 整改台账: [["问题类别", "发现数", "已整改数"], ["绿地种菜", 30, "已整改二十处"]] }, "z.xlsx");
    const { file } = await imported(source);
    expect(await sheetRows(file, "问题整改", [2, 3])).toEqual([[30, 20]]);
  });
});

describe("D20: a 活动记录 column 情况说明 is the activities' 简要内容, for every row", () => {
  it("情况说明 → 简要内容 beside 活动内容 → 活动名称; the phone number is not copied", async () => {
    const source = await sheetFile({
      活动记录: [
        ["序号", "时间", "活动内容", "类别", "参加人数", "情况说明"],
        [1, "2025/3/5", "学雷锋便民服务", "志愿服务", "35人", "理发、修家电，联系13700001111"],
        [2, "2025/3/8", "三八节插花", "其他", "20人", "妇联主席带队"],
        [3, "2025/3/12", "垃圾分类宣传", "宣传", "30人", "发宣传单，小区门口"],
      ],
    }, "i-手工台账.xlsx");
    const { out, file } = await imported(source);
    expect(out).toContain("    C 活动内容 → 活动名称（表头近义词，85%）\n");
    expect(out).toContain("    F 情况说明 → 简要内容（表头近义词，85%）\n");
    expect(out).not.toContain("未对应的列（情况说明）");
    expect(await sheetRows(file, "活动台账", [2, 8])).toEqual([
      ["学雷锋便民服务", "理发、修家电，联系"],
      ["三八节插花", "妇联主席带队"],
      ["垃圾分类宣传", "发宣传单，小区门口"],
    ]);
  });

  it("a 情况说明 that only says who led the group (妇联主席张桂芳带队) is no content: never 以妇联主席带队为主要内容", async () => {
    const source = await sheetFile({ 活动记录: [["时间", "活动内容", "类别", "参加人数", "情况说明"], ["2025/3/8", "三八节插花", "其他", "20人", "妇联主席张桂芳带队"]] }, "i.xlsx");
    const { file } = await imported(source);
    const text = (await cli("summarize", file, "--force", "--text", "-")).out;
    // A leader's title leads the sentence (42-f, whoLed); the name is cut.
    expect(text).toContain("3月8日妇联主席带队开展“三八节插花”活动，参与20人。");
    expect(text).not.toMatch(/张桂芳|为主要内容/u);
  });

  it.each(["内容简介", "具体内容", "活动情况"])("%s is a header of 简要内容 too", async (header) => {
    const source = await sheetFile({ 活动记录: [["时间", "活动名称", "类别", "参加人数", header], ["2025/3/12", "垃圾分类宣传", "宣传", "30人", "发宣传单"]] }, "a.xlsx");
    const { out, file } = await imported(source);
    expect(out).toContain(`    E ${header} → 简要内容（表头近义词，85%）\n`);
    expect(await sheetRows(file, "活动台账", [2, 8])).toEqual([["垃圾分类宣传", "发宣传单"]]);
  });
});

describe("D21: 宣传栏 counted in 批 is no 宣传栏3块", () => {
  it("单位 is left blank (check asks for it), 3批 kept in 备注, never 块 by the kind's usual word", async () => {
    const source = await sheetFile({ 宣传阵地: [["项目", "数量", "位置", "备注"], ["公益广告牌", "12块", "东门、南门"], ["宣传栏", "3批", "各楼栋"]] }, "i-手工台账.xlsx");
    const { out, file } = await imported(source);
    expect(out).not.toContain("宣传栏通常以“块”计");
    expect(await sheetRows(file, "宣传投放", [1, 3, 4, 8])).toEqual([
      ["公益广告", 12, "块", "项目：公益广告牌"],
      ["宣传栏", 3, null, "数量：3批"],
    ]);
    expect(out).toContain("  提示：宣传阵地!B3：“3批”中的单位“批”不在宣传投放“单位”的可选项（块、面、幅、条、处、个、份、张、平方米）中，导入的是数字3，原文记入备注，单位未填写，请在标准台账中补填。\n");
    const check = (await cli("check", file)).out;
    expect(check).toContain("错误 宣传投放!D4 [value.required] “单位”必须填写。\n");
    const text = (await cli("summarize", file, "--force", "--text", "-")).out;
    expect(text).toContain("在东门、南门设置公益广告12块。");
    expect(text).not.toContain("宣传栏3");
  });
});

describe("D22: 活动台账 单位 对 (a collective wedding's couples)", () => {
  it("对 is a value of 单位: check finds nothing; the summary tells 12对新人参加", async () => {
    const content = {
      profile: { 单位名称: "县新时代文明实践中心", 单位类型: "其他", 报告年度: 2025, 报告期: "第三季度" },
      ledgers: { 活动台账: [{ 日期: "2025-08-29", 活动名称: "七夕移风易俗集体婚礼", 活动类型: "我们的节日", 参与数量: 12, 单位: "对" }] },
    };
    const check = (await cli("check", await workbookFile(content))).out;
    expect(check).not.toContain("不能填“对”");
    const text = await summaryTextOf(content);
    expect(text).toContain("8月29日举办七夕移风易俗集体婚礼，12对新人参加。");
    expect(text).not.toMatch(/12人|参与12对/u);
  });

  it("couples are never added to the people of other activities", async () => {
    const text = await summaryTextOf({
      profile: { 单位名称: "县新时代文明实践中心", 单位类型: "其他", 报告年度: 2025, 报告期: "第三季度" },
      ledgers: { 活动台账: [
        { 日期: "2025-08-29", 活动名称: "七夕移风易俗集体婚礼", 活动类型: "我们的节日", 参与数量: 12, 单位: "对" },
        { 日期: "2025-09-06", 活动名称: "中秋诗会", 活动类型: "我们的节日", 参与数量: 50, 单位: "人" },
      ] },
    });
    expect(text).toContain("围绕七夕节和中秋节，先后开展2场“我们的节日”主题活动：8月29日举办七夕移风易俗集体婚礼，12对新人参加；9月6日开展“中秋诗会”，参与50人。");
    expect(text).not.toMatch(/62人/u);
  });
});
