/** @jest-environment node */
/**
 * Imposing on the strict fake where real Excel differs from the old fake (issue #15; audit §0
 * rows 2, 3, 10; §3 P5, P7b, P14, P15): the office-js#6784 unprotect regression, formulas that
 * would reference a column or table impose could not create, passwords and protected data
 * sheets, steps that each leave the workbook usable, and no ExcelApi 1.9.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fieldsOf, ledgerById, standardV1, type WorkbookSnapshot } from "../../../core";
import { readWorkbook } from "../../xlsx";
import { cellAt, createFakeExcel, findSheet, modelFromSnapshot, setCell, type SheetModel, type WorkbookModel } from "../fake";
import { imposeStandard } from ".";
import { ALL_FEATURES } from "../types";

const SAMPLE = join(__dirname, "../../../../samples/community-2023-h1.xlsx");
let sample: WorkbookSnapshot;
beforeAll(async () => {
  sample = await readWorkbook(readFileSync(SAMPLE));
});

/** Every stored cell of a sheet (value and formula), for before/after comparison. */
const cellsOf = (s: SheetModel | undefined) => (s ? s.rows.map((r) => (r ?? []).map((c) => (c ? { ...c } : null))) : undefined);
const sheet = (m: WorkbookModel, name: string) => findSheet(m, name)!;

describe("office-js#6784: unprotect() throws AccessDenied even on a protected sheet (§0 row 2, P5)", () => {
  it("does not protect the very hidden list sheet, and a repair on the affected build rewrites everything it can and names the sheets it could not", async () => {
    const fake = createFakeExcel({ model: modelFromSnapshot(sample), bugs: { unprotectThrows: true } });
    await imposeStandard(fake.run, standardV1, ALL_FEATURES);
    expect(sheet(fake.model, "_lists").protected).toBe(false);
    expect(sheet(fake.model, "_lists").visibility).toBe("VeryHidden");
    const instructions = cellsOf(sheet(fake.model, "填报说明"));
    const indicators = cellsOf(sheet(fake.model, "指标汇总"));
    fake.model.tables.find((t) => t.name === "tbl_Activities")!.sheet.validations = [];

    const again = await imposeStandard(fake.run, standardV1, ALL_FEATURES);
    expect(again.generatedSkipped).toEqual([
      { sheet: "填报说明", reason: "unprotectFailed" },
      { sheet: "指标汇总", reason: "unprotectFailed" },
    ]);
    expect(sheet(fake.model, "活动台账").validations.length).toBeGreaterThan(3);
    expect(cellsOf(sheet(fake.model, "填报说明"))).toEqual(instructions);
    expect(cellsOf(sheet(fake.model, "指标汇总"))).toEqual(indicators);
    expect([sheet(fake.model, "填报说明").protected, sheet(fake.model, "指标汇总").protected]).toEqual([true, true]);
  });
});

describe("formulas that would reference a column or table impose could not create (§0 row 3, P7b)", () => {
  it("writes a note instead of an indicator formula over a blocked column, reports it, and completes every other sheet", async () => {
    const model = modelFromSnapshot(sample);
    const table = model.tables.find((t) => t.name === "tbl_Publicity")!;
    const pub = table.sheet;
    const qty = fieldsOf(ledgerById(standardV1, "publicity")).findIndex((f) => f.header === "数量") + table.bounds.left;
    setCell(pub, table.bounds.top, qty, "件数");
    setCell(pub, table.bounds.top + 1, table.bounds.right + 1, "旁注");
    const fake = createFakeExcel({ model });
    const report = await imposeStandard(fake.run, standardV1, ALL_FEATURES);
    expect(report.sheets.find((s) => s.sheet === "宣传投放")?.blocked).toEqual(["数量"]);
    const needing = standardV1.indicators.filter((i) => i.formula.includes("tbl_Publicity[数量]"));
    expect(needing.length).toBeGreaterThan(0);
    expect(report.indicatorsMissing).toEqual(needing.map((i) => ({ label: i.label, missing: ["宣传投放 数量"] })));
    const ind = sheet(fake.model, "指标汇总");
    standardV1.indicators.forEach((i, k) => {
      const cell = cellAt(ind, 3 + k, 2);
      if (needing.includes(i)) expect(cell).toEqual({ value: "（缺少：宣传投放 数量）" });
      else expect(cell?.formula).toBe(`=${i.formula}`);
    });
    expect(ind.protected).toBe(true);
    expect(ind.charts).toHaveLength(2);
  });

  it("skips the 整改率 formula when 发现数 is missing from the table", async () => {
    const model = modelFromSnapshot(sample);
    const t = model.tables.find((x) => x.name === "tbl_Rectification")!;
    const found = fieldsOf(ledgerById(standardV1, "rectification")).findIndex((f) => f.header === "发现数") + t.bounds.left;
    setCell(t.sheet, t.bounds.top, found, "问题总计"); // no synonym of 发现数 (问题数 would be read as it)
    setCell(t.sheet, t.bounds.top + 1, t.bounds.right + 1, "旁注");
    const rateCol = fieldsOf(ledgerById(standardV1, "rectification")).findIndex((f) => f.header === "整改率") + t.bounds.left;
    setCell(t.sheet, t.bounds.top + 1, rateCol, null);
    const fake = createFakeExcel({ model });
    const report = await imposeStandard(fake.run, standardV1, ALL_FEATURES);
    expect(report.sheets.find((s) => s.sheet === "问题整改")).toMatchObject({ blocked: ["发现数"], formulasSkipped: ["整改率"] });
    expect(cellAt(t.sheet, t.bounds.top + 1, rateCol)).toBeUndefined();
    expect(report.indicatorsMissing.map((m) => m.label)).toEqual(expect.arrayContaining(["发现问题数"]));
  });
});

describe("impose in steps that each leave the workbook usable (P14)", () => {
  it("a password on 指标汇总 skips that sheet only, leaving it as it was", async () => {
    const fake = createFakeExcel({ model: modelFromSnapshot(sample) });
    await imposeStandard(fake.run, standardV1, ALL_FEATURES);
    const ind = sheet(fake.model, "指标汇总");
    ind.password = "用户的密码";
    const before = cellsOf(ind);
    fake.model.tables.find((t) => t.name === "tbl_Honors")!.sheet.validations = [];
    const report = await imposeStandard(fake.run, standardV1, ALL_FEATURES);
    expect(report.generatedSkipped).toEqual([{ sheet: "指标汇总", reason: "unprotectFailed" }]);
    expect(cellsOf(ind)).toEqual(before);
    expect([ind.protected, ind.password]).toEqual([true, "用户的密码"]);
    expect(sheet(fake.model, "先进典型").validations.length).toBeGreaterThan(3);
  });

  it("a protected data sheet is left untouched and reported; the others are imposed", async () => {
    const fake = createFakeExcel({ model: modelFromSnapshot(sample) });
    const acts = sheet(fake.model, "活动台账");
    acts.protected = true;
    const before = cellsOf(acts);
    const report = await imposeStandard(fake.run, standardV1, ALL_FEATURES);
    expect(report.sheets.find((s) => s.sheet === "活动台账")).toMatchObject({ skipped: true, protected: true });
    expect(cellsOf(acts)).toEqual(before);
    expect(acts.validations).toEqual([]);
    expect(sheet(fake.model, "志愿服务").validations.length).toBeGreaterThan(3);
    expect(sheet(fake.model, "指标汇总").charts).toHaveLength(2);
  });
});

describe("without ExcelApi 1.9 (§0 row 10, P15)", () => {
  it("a repair keeps a typed 整改率 and writes the formula in no existing row", async () => {
    const fake = createFakeExcel({ model: modelFromSnapshot(sample) });
    const t = fake.model.tables.find((x) => x.name === "tbl_Rectification")!;
    const rateCol = fieldsOf(ledgerById(standardV1, "rectification")).findIndex((f) => f.header === "整改率") + t.bounds.left;
    setCell(t.sheet, t.bounds.top + 2, rateCol, 0.9);
    await imposeStandard(fake.run, standardV1, { api17: true, api18: true, api19: false });
    expect(cellAt(t.sheet, t.bounds.top + 2, rateCol)).toEqual({ value: 0.9 });
  });
});
