/** @jest-environment node */
import { Workbook } from "exceljs";
import type { DataValidation, Worksheet } from "exceljs";
import { fieldsOf, formOf, ledgerById, ledgersOf, sheetById, standardV1 } from "../../core/catalog";
import type { FieldSpec } from "../../core/catalog";
import { readWorkbook } from "./read-workbook";
import { DATE_MAX, DATE_MIN, LIST_SHEET, WithValidations, columnLetter } from "./validation";
import { HEADER_ROW, validationLastRow, writeWorkbook } from "./write-workbook";

const catalog = standardV1;
const INSTRUCTIONS = sheetById(catalog, "instructions")!.sheet;
const INDICATORS = sheetById(catalog, "indicators")!.sheet;

async function load(bytes: Uint8Array): Promise<Workbook> {
  const wb = new Workbook();
  await wb.xlsx.load(bytes as never);
  return wb;
}
const dvs = (ws: Worksheet): Record<string, DataValidation | undefined> => (ws as unknown as WithValidations).dataValidations.model;
const sheet = (wb: Workbook, name: string): Worksheet => {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
};

/** The list values a list validation's formula points at on the list sheet. */
function listValues(wb: Workbook, formula: string): string[] {
  const m = /^'?([^'!]+)'?!\$([A-Z]+)\$(\d+):\$([A-Z]+)\$(\d+)$/.exec(formula);
  if (!m) throw new Error(`not a list range: ${formula}`);
  const ws = sheet(wb, m[1]);
  const out: string[] = [];
  for (let r = Number(m[3]); r <= Number(m[5]); r++) out.push(String(ws.getCell(`${m[2]}${r}`).value));
  return out;
}

/** Asserts the validation on `address` is the right rule for `field`. */
function expectValidation(wb: Workbook, dv: DataValidation | undefined, field: FieldSpec): void {
  if (field.type === "formula") return expect(dv).toBeUndefined();
  expect(dv).toBeDefined();
  const v = dv as DataValidation;
  expect(v).toMatchObject({ showErrorMessage: true, errorStyle: "stop", allowBlank: true, showInputMessage: true });
  expect(v.error).toMatch(/[\u4e00-\u9fff]/);
  expect(v.errorTitle).toMatch(/[\u4e00-\u9fff]/);
  expect(v.prompt).toMatch(/[\u4e00-\u9fff]/);
  expect(v.promptTitle).toBe(field.header);
  if (field.prompt) expect(v.prompt).toBe(field.prompt);
  switch (field.type) {
    case "enum":
      expect(v.type).toBe("list");
      expect(String(v.formulae[0]).length).toBeLessThanOrEqual(255);
      expect(listValues(wb, String(v.formulae[0]))).toEqual(field.values);
      break;
    case "int":
      expect(v.type).toBe("whole");
      if (field.max !== undefined) expect(v).toMatchObject({ operator: "between", formulae: [field.min, field.max] });
      else expect(v).toMatchObject({ operator: "greaterThanOrEqual", formulae: [field.min ?? 0] });
      break;
    case "num":
      expect(v).toMatchObject({ type: "decimal", operator: "greaterThanOrEqual", formulae: [field.min ?? 0] });
      break;
    case "date":
      expect(v).toMatchObject({ type: "date", operator: "between" });
      expect((v.formulae as Date[]).map((d) => d.getTime())).toEqual([DATE_MIN.getTime(), DATE_MAX.getTime()]);
      break;
    default:
      expect(v).toMatchObject({ type: "textLength", operator: "lessThanOrEqual", formulae: [field.maxLength] });
  }
}

describe("writeWorkbook: the blank template", () => {
  let bytes: Uint8Array;
  let wb: Workbook;
  beforeAll(async () => {
    bytes = await writeWorkbook(catalog);
    wb = await load(bytes);
  });

  test("sheets in catalog order, then the very hidden list sheet", () => {
    expect(wb.worksheets.map((ws) => ws.name)).toEqual([...catalog.sheets.map((s) => s.sheet), LIST_SHEET]);
    expect(sheet(wb, LIST_SHEET).state).toBe("veryHidden");
  });

  test("the version cell is named CL_StandardVersion and holds the version text", async () => {
    const snap = await readWorkbook(bytes);
    const ref = snap.names?.[catalog.versionName];
    const m = /^'?([^'!]+)'?!\$([A-Z]+)\$(\d+)$/.exec(ref ?? "");
    expect(m).not.toBeNull();
    const [, name, col, row] = m as RegExpExecArray;
    expect(name).toBe(INSTRUCTIONS);
    expect(sheet(wb, name).getCell(`${col}${row}`).value).toBe("标准台账 v1.2");
    expect(sheet(wb, name).getCell(`${col}${row}`).value).toBe(catalog.versionText);
  });

  test("each ledger's table has the catalog name, ref and headers, one empty row, filter buttons", async () => {
    const snap = await readWorkbook(bytes);
    for (const ledger of ledgersOf(catalog)) {
      const grid = snap.sheets.find((s) => s.name === ledger.sheet);
      const last = columnLetter(ledger.columns.length);
      expect(grid?.tables).toEqual([{ name: ledger.table, ref: `A${HEADER_ROW}:${last}${HEADER_ROW + 1}` }]);
      expect(grid?.values[HEADER_ROW - 1]).toEqual(ledger.columns.map((c) => c.header));
      expect(grid?.values[0]).toEqual([ledger.title]);
      const table = (sheet(wb, ledger.sheet) as unknown as { tables: Record<string, { table: { columns: { filterButton?: boolean }[] } }> }).tables[ledger.table];
      expect(table.table.columns.every((c) => c.filterButton)).toBe(true);
    }
    const form = formOf(catalog);
    const grid = snap.sheets.find((s) => s.name === form.sheet);
    expect(grid?.tables).toEqual([{ name: form.table, ref: `A${HEADER_ROW}:B${HEADER_ROW + form.items.length}` }]);
    expect(grid?.values[HEADER_ROW - 1]).toEqual([form.keyHeader, form.valueHeader]);
    expect(grid?.values.slice(HEADER_ROW).map((r) => r[0])).toEqual(form.items.map((i) => i.header));
  });

  test("frozen through the header row; widths and number formats per column", () => {
    for (const ledger of ledgersOf(catalog)) {
      const ws = sheet(wb, ledger.sheet);
      expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: HEADER_ROW });
      ledger.columns.forEach((field, i) => {
        if (field.width) expect(ws.getColumn(i + 1).width).toBe(field.width);
        if (field.numFmt && field.numFmt !== "General") {
          expect(ws.getCell(HEADER_ROW + 1, i + 1).numFmt).toBe(field.numFmt);
          expect(ws.getColumn(i + 1).numFmt).toBe(field.numFmt);
        }
      });
    }
    const form = formOf(catalog);
    const ws = sheet(wb, form.sheet);
    form.items.forEach((item, i) => {
      if (item.numFmt) expect(ws.getCell(HEADER_ROW + 1 + i, 2).numFmt).toBe(item.numFmt);
      expect(Boolean(ws.getCell(HEADER_ROW + 1 + i, 1).font?.bold)).toBe(item.required);
    });
  });

  test("native validation on every typed column, over rows 3..1002, right rule and Chinese texts", () => {
    const last = validationLastRow(1);
    for (const ledger of ledgersOf(catalog)) {
      const model = dvs(sheet(wb, ledger.sheet));
      ledger.columns.forEach((field, i) => {
        const col = columnLetter(i + 1);
        expectValidation(wb, model[`${col}${HEADER_ROW + 1}`], field);
        expectValidation(wb, model[`${col}${last}`], field);
        expect(model[`${col}${last + 1}`]).toBeUndefined();
      });
    }
    const form = formOf(catalog);
    const model = dvs(sheet(wb, form.sheet));
    form.items.forEach((item, i) => expectValidation(wb, model[`B${HEADER_ROW + 1 + i}`], item));
  });

  test("no list validation formula exceeds 255 characters", () => {
    for (const ws of wb.worksheets) {
      for (const dv of Object.values(dvs(ws))) {
        for (const f of dv?.formulae ?? []) expect(String(f).length).toBeLessThanOrEqual(255);
      }
    }
  });

  test("整改率 holds the catalog formula in the data row; indicators hold their formulas", async () => {
    const snap = await readWorkbook(bytes);
    const ledger = ledgerById(catalog, "rectification");
    const col = ledger.columns.findIndex((c) => c.type === "formula");
    const grid = snap.sheets.find((s) => s.name === ledger.sheet);
    expect(grid?.formulas?.[`${columnLetter(col + 1)}${HEADER_ROW + 1}`]).toBe(ledger.columns[col].formula);
    const ind = snap.sheets.find((s) => s.name === INDICATORS);
    const ws = sheet(wb, ind?.name ?? "");
    catalog.indicators.forEach((indicator, i) => {
      const row = HEADER_ROW + 1 + i;
      expect(ind?.values[row - 1]?.[0]).toBe(indicator.label);
      // Where the counted rows carry their own 单位 (问题整改, 公益广告), column C is a formula giving the word they share.
      if (indicator.unitFormula) expect(ind?.formulas?.[`C${row}`]).toBe(indicator.unitFormula);
      else expect(ind?.values[row - 1]?.[2]).toBe(indicator.unit);
      expect(ind?.formulas?.[`B${row}`]).toBe(indicator.formula);
      expect(ws.getCell(`B${row}`).numFmt).toBe(indicator.numFmt);
    });
  });

  test("instructions and indicators are protected; instructions list every enumeration", () => {
    const ws = sheet(wb, INSTRUCTIONS);
    const protection = (w: Worksheet) => (w as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection;
    expect(protection(ws)?.sheet).toBe(true);
    expect(protection(sheet(wb, INDICATORS))?.sheet).toBe(true);
    const text: string[] = [];
    ws.eachRow((row) => row.eachCell((c) => text.push(String(c.value))));
    for (const s of catalog.sheets) {
      expect(text).toContain(s.sheet);
      for (const f of fieldsOf(s)) if (f.values) expect(text).toContain(`${f.header}：${f.values.join("、")}`);
    }
  });
});

describe("writeWorkbook: content", () => {
  test("validation extends 1000 rows below the data", async () => {
    const rows = Array.from({ length: 5 }, (_, i) => ({ 类型: "导语", 内容: `第${i + 1}条` }));
    const wb = await load(await writeWorkbook(catalog, { ledgers: { 文字材料: rows } }));
    const model = dvs(sheet(wb, "文字材料"));
    expect(model[`A${validationLastRow(5)}`]?.type).toBe("list");
    expect(validationLastRow(5)).toBe(HEADER_ROW + 1005);
  });

  test("unknown sheet names, 项目 and headers throw, naming them", async () => {
    await expect(writeWorkbook(catalog, { ledgers: { 不存在: [] } })).rejects.toThrow(/不存在/);
    await expect(writeWorkbook(catalog, { ledgers: { 问题整改: [{ 发现数: 1, 发现数量: 2 }] } })).rejects.toThrow(/发现数量/);
    await expect(writeWorkbook(catalog, { profile: { 单位: "x" } })).rejects.toThrow(/单位/);
    await expect(writeWorkbook(catalog, { ledgers: { 活动台账: [{ 日期: { date: "2023-02-30" } }] } })).rejects.toThrow(/2023-02-30/);
  });
});
