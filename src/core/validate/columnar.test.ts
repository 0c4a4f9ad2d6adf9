/**
 * The columnar parsed ledger (columnar.ts): `rows` is a lazily built, cached view of the store,
 * and the store answers a cell's value and source without building rows.
 */
import { standardV1, validateWorkbook } from "..";
import { makeSnapshot } from "../../../test/support/snapshot";
import { tableCell, tableSource } from "./columnar";

const snapshot = makeSnapshot({
  ledgers: {
    宣传投放: [
      { 类型: "公益广告", 数量: 552, 单位: "块", 备注: "已核实；〔约数〕数量：552多" }, // row 3: tagged approx
      { 类型: "道旗", 数量: "80余", 单位: "面", 日期: 45082.75 }, // row 4: approx from text, date with a time
      { 类型: " 横幅 ", 数量: "十二", 单位: "条" }, // row 5: enum to trim, Chinese numeral
      { 类型: "其它", 数量: -3, 单位: "块", 备注: "  待查  " }, // row 6: bad enum, bad number, text to trim
    ],
    活动台账: [
      { 日期: 45000, 活动名称: "学雷锋志愿服务", 活动类型: "志愿服务" }, // 2023-03-15: inside 2023 上半年
      { 日期: 45300.5, 活动名称: "迎新年文艺演出", 活动类型: "文体活动" }, // 2024-01-08: outside
    ],
    问题整改: [{ 问题类别: "占道经营", 发现数: 10, 已整改数: 12, 单位: "处", 整改率: 0.5 }], // rate typed over the formula
  },
  formulas: { 问题整改: { E3: "IF(C3=0,\"\",D3/C3)" } },
});

describe("the columnar parsed ledger", () => {
  const { workbook, findings } = validateWorkbook(snapshot, standardV1);

  it("feeds the cross-field rules from the store", () => {
    const brief = findings.filter((f) => !f.sheet.startsWith("宣传")).map((f) => `${f.sheet}!${f.cell} ${f.rule}`);
    expect(brief).toEqual(["问题整改!C3 rect.exceeds-found", "活动台账!A4 activity.outside-period", "文字材料! text.plans-missing"]);
  });

  const publicity = workbook.ledgers.publicity;

  it("reads values, approximations and sources as rows", () => {
    const rows = publicity.rows.map((r) => [r.row, r.cells.kind.value, r.cells.quantity.value, r.cells.quantity.approx?.kind, r.cells.date.value, r.cells.remark.value]);
    expect(rows).toEqual([
      [3, "公益广告", 552, "over", null, "已核实；〔约数〕数量：552多"],
      [4, "道旗", 80, "over", 45082, null],
      [5, "横幅", 12, undefined, null, null],
      [6, null, null, undefined, null, "待查"],
    ]);
    expect(publicity.rows[1].cells.date.source).toBe("宣传投放!G4");
    expect(workbook.ledgers.rectification.rows[0].cells.rate).toEqual({ value: null, source: "问题整改!E3" });
  });

  it("keeps the built rows, and answers cells from the store alike", () => {
    expect(publicity.rows).toBe(publicity.rows);
    const table = publicity.table;
    if (!table) throw new Error("no columnar store");
    table.columns.forEach((column, c) => {
      table.rowNumbers.forEach((_, i) => {
        expect(tableCell(table, c, i)).toEqual(publicity.rows[i].cells[column.field.id]);
        expect(tableSource(table, c, i)).toBe(publicity.rows[i].cells[column.field.id].source);
      });
    });
    const quantity = table.columns.find((c) => c.field.id === "quantity");
    expect([quantity?.min, quantity?.max]).toEqual([12, 552]);
  });

  it("shows spec, found and rows only (JSON, spreads, equality)", () => {
    expect(Object.keys(publicity)).toEqual(["spec", "found", "rows"]);
    expect(JSON.parse(JSON.stringify(publicity)).rows).toHaveLength(4);
    expect({ ...publicity, rows: [] }).not.toHaveProperty("table");
    expect(workbook.ledgers.honors).toEqual({ spec: workbook.ledgers.honors.spec, found: true, rows: [] });
  });
});
