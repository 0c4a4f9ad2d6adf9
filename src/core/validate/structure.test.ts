import { standardV1 } from "../catalog";
import { makeSnapshot } from "../../../test/support/snapshot";
import { validateWorkbook } from "./validate-workbook";

const rulesAt = (snap: ReturnType<typeof makeSnapshot>): string[] => validateWorkbook(snap, standardV1).findings.map((f) => `${f.sheet}!${f.cell} ${f.rule}`);

describe("structural findings", () => {
  it("names the sheet that looks like a renamed standard sheet", () => {
    const snap = makeSnapshot({ ledgers: { 宣传投放: [{ 类型: "道旗", 数量: 3, 单位: "面" }] } });
    const sheets = snap.sheets.map((s) => (s.name === "宣传投放" ? { ...s, name: "宣传（2023）", tables: [] } : s));
    const findings = validateWorkbook({ sheets }, standardV1).findings;
    expect(findings.map((f) => `${f.sheet} ${f.rule}`)).toEqual(["宣传投放 sheet.renamed-read", "宣传投放 table.missing", "文字材料 text.plans-missing"]);
    expect(findings[0].message).toContain("工作表“宣传（2023）”的表头与它相符");
  });

  it("merged cells and hidden rows in a table, formulas typed in input cells", () => {
    const snap = makeSnapshot({
      ledgers: { 宣传投放: [{ 类型: "道旗", 数量: 3, 单位: "面" }, { 类型: "横幅", 数量: 5, 单位: "条" }] },
      formulas: { 宣传投放: { C4: "2+3" } },
    });
    const sheets = snap.sheets.map((s) => (s.name === "宣传投放" ? { ...s, merges: ["B3:C3", "J1:K1"], hiddenRows: [4] } : s));
    expect(rulesAt({ sheets })).toEqual(["宣传投放!B3 cell.merged", "宣传投放!A4 row.hidden", "宣传投放!C4 value.formula-typed", "文字材料! text.plans-missing"]);
  });

  it("user-added columns with data, huge text in them, and messages that quote at most 40 characters", () => {
    const snap = makeSnapshot({ ledgers: { 宣传投放: [{ 类型: "道旗", 数量: "字".repeat(10_000), 单位: "面" }] } });
    const sheets = snap.sheets.map((s) =>
      s.name === "宣传投放" ? { ...s, values: s.values.map((r, i) => (i === 1 ? [...r, "负责人", "空列"] : i === 2 ? [...r, "x".repeat(40_000)] : r)) } : s,
    );
    const findings = validateWorkbook({ sheets }, standardV1).findings;
    expect(findings.map((f) => `${f.sheet}!${f.cell} ${f.rule}`)).toEqual(["宣传投放!C3 value.not-number", "宣传投放!I2 column.extra", "宣传投放!I3 value.huge-text", "文字材料! text.plans-missing"]);
    expect(findings[0].message).toBe(`“数量”应填数字，“${"字".repeat(30)}…（共10000字）”无法识别为数字。`);
    expect(findings[1].message).toContain("表头“负责人”不是标准列");
  });
});
