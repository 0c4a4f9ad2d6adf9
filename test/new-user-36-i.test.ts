/**
 * New-user test 36 (docs/new-user-test-pane-36.md), D14: the 网页版 (app.html → 打开本地台账文件) and the CLI read the
 * same .xlsx bytes into the same values, so they give the same findings and the same text.
 */
import ExcelJS from "exceljs";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { analyseLedger, documentText, standardV1, summarize, summaryLeftOut, type Analysis, type Finding } from "../src/core";
import { readWorkbook } from "../src/adapters/xlsx";
import { readSnapshot } from "../src/adapters/excel/read-snapshot";
import { createFakeExcel, modelFromSnapshot } from "../src/adapters/excel/fake";
import { createBrowserOps } from "../src/taskpane/browser/browser-ops";
import { workbookFile } from "./support/files";

/** Findings as `工作表!单元格 severity [rule] message`, in their order. */
const lines = (findings: readonly Finding[]): string[] => findings.map((f) => `${f.sheet}!${f.cell ?? ""} ${f.severity} [${f.rule}] ${f.message}`);

/**
 * A standard 社区 workbook whose 活动台账 rows hold, in 参与数量 (D) and 活动名称 (B), the cell kinds the two
 * readers might take differently: text "=SUM(1,2)", text "1,200", text "'120", an error cell #REF!, a
 * formula with a cached result, one without, and a rich-text name; and the text "=SUM(1,2)" over the
 * 整改率 formula (问题整改!E3).
 */
async function oddCells(): Promise<Uint8Array> {
  const row = (day: number) => ({ 日期: `2025-03-${String(day).padStart(2, "0")}`, 活动名称: `文明实践活动${day}`, 活动类型: "志愿服务", 参与数量: 10, 单位: "人" });
  const file = await workbookFile({
    profile: { 单位名称: "光明社区居委会", 单位类型: "社区", 报告年度: 2025, 报告期: "上半年" },
    ledgers: { 活动台账: [1, 2, 3, 4, 5, 6, 7].map(row), 问题整改: [{ 问题类别: "乱张贴", 发现数: 10, 已整改数: 8, 单位: "处" }] },
  });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
  const ws = wb.getWorksheet("活动台账");
  if (!ws) throw new Error("no 活动台账");
  ws.getCell("D3").value = "=SUM(1,2)";
  ws.getCell("D4").value = "1,200";
  ws.getCell("D5").value = "'120";
  ws.getCell("D6").value = { error: "#REF!" };
  ws.getCell("D7").value = { formula: "500+52", result: 552 };
  ws.getCell("D8").value = { formula: "1+2" } as ExcelJS.CellFormulaValue;
  ws.getCell("B9").value = { richText: [{ text: "学雷锋" }, { font: { bold: true }, text: "志愿服务" }] };
  // Over the 整改率 formula column (read by its formulas in the pane): the text, not a formula.
  const rect = wb.getWorksheet("问题整改");
  if (rect) rect.getCell("E3").value = "=SUM(1,2)";
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

it("D14: a text cell \"=SUM(1,2)\" in 参与数量 is the same error in the 网页版 as in the CLI; every odd cell reads the same", async () => {
  const bytes = await oddCells();
  const file = await readWorkbook(bytes);
  const cli = lines(analyseLedger(file).findings);
  expect(cli.filter((f) => f.startsWith("活动台账!D"))).toEqual([
    "活动台账!D3 error [value.not-number] “参与数量”应填数字，“=SUM(1,2)”无法识别为数字。",
    "活动台账!D5 error [value.not-number] “参与数量”应填数字，“'120”无法识别为数字。",
    "活动台账!D6 error [value.excel-error] “参与数量”是Excel错误值#REF!，请改正公式或直接填写数值。",
    "活动台账!D4 warning [value.as-text] “参与数量”是文本“1,200”，已读作1200。可用“规范数据”转换为数值。",
    "活动台账!D7 warning [value.formula-typed] “参与数量”中是公式“=500+52”，只读取其计算结果（552）。台账请直接填写数值，以免引用的单元格变动后数字跟着改变。",
    "活动台账!D8 warning [value.formula-typed] “参与数量”中是公式“=1+2”，只读取其计算结果（文件中没有计算结果，按空白读取）。台账请直接填写数值，以免引用的单元格变动后数字跟着改变。",
  ]);
  expect(cli).toContain("问题整改!E3 warning [value.formula-overwritten] “整改率”由公式自动计算，此处手工填写的“=SUM(1,2)”不会被采用（按已整改数÷发现数重新计算）。请清空该格，再用“生成或修复标准表”恢复公式（它只在空格中写入公式，不覆盖填写的内容）。");
  // The 网页版's path: the file's snapshot → the in-memory workbook → the pane's own reader.
  const pane = await readSnapshot(createFakeExcel({ model: modelFromSnapshot(file) }).run, standardV1, { merges: true, formulaCells: true });
  expect(pane.sheets.find((g) => g.name === "活动台账")?.values.slice(2, 9).map((r) => [r[1], r[3]])).toEqual([
    ["文明实践活动1", "=SUM(1,2)"],
    ["文明实践活动2", "1,200"],
    ["文明实践活动3", "'120"],
    ["文明实践活动4", "#REF!"],
    ["文明实践活动5", 552],
    ["文明实践活动6", ""],
    ["学雷锋志愿服务", 10],
  ]);
  expect(lines(analyseLedger(pane).findings)).toEqual(cli);
  // And as the page runs it: 校验 over the opened file.
  const page = createBrowserOps({ name: "bad-values.xlsx", bytes, snapshot: file }, async () => undefined);
  expect(lines((await page.analyze()).findings)).toEqual(cli);
});

/** The summary (names left out, a fixed export day) and the notice of rows with errors written under 仍然生成 (--force). */
function forced(analysis: Analysis): { text: string; leftOut: readonly string[] } {
  const { document } = summarize(analysis, standardV1, { includeNames: false, today: 45900 });
  return { text: documentText(document), leftOut: summaryLeftOut(analysis, document) };
}

it("D14: the tester's bad-values.xlsx gives the 网页版 the CLI's 5 errors and 22 提示 (the tester saw 16; test 36 D5 added value.approx-tag-stale at 志愿服务!C3, test 38 D21 two honour.nickname and D27 three value.personal for phones and an ID in 备注, test 44 D4 one for the person named beside a phone in a 组织保障 备注), and the same 总结 notice and text", async () => {
  const bytes = new Uint8Array(readFileSync(join(__dirname, "fixtures", "new-user-36-bad-values.xlsx")));
  const file = await readWorkbook(bytes);
  const cli = analyseLedger(file);
  const page = await createBrowserOps({ name: "bad-values.xlsx", bytes, snapshot: file }, async () => undefined).analyze();
  expect(lines(page.findings)).toEqual(lines(cli.findings));
  expect([page.findings.filter((f) => f.severity === "error").length, page.findings.filter((f) => f.severity === "warning").length]).toEqual([5, 23]);
  expect(lines(page.findings)).toContain("活动台账!D3 error [value.not-number] “参与数量”应填数字，“=SUM(1,2)”无法识别为数字。");
  expect(forced(page).leftOut).toContain("活动台账第3行有错误（D3），该行已写入总结，请核对D3");
  expect(forced(page)).toEqual(forced(cli));
});
