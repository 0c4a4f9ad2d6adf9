/**
 * The fast path of ledger validation (fast-cell.ts) must agree with checkCell: for every cell it
 * accepts, checkCell gives the same parsed cell and no finding.
 */
import fc from "fast-check";
import { fieldsOf, ledgersOf, standardV1, type FieldSpec } from "../catalog";
import type { CellValue, SheetGrid } from "../grid";
import { checkCell } from "./check-cell";
import { columnPlans, fastValue, formulaAt } from "./fast-cell";
import { cellValue, SEED } from "../../../test/fuzz/arbitraries";

const fields: FieldSpec[] = ledgersOf(standardV1).flatMap((l) => fieldsOf(l));
const grid: SheetGrid = { name: "表", originRow: 1, originCol: 1, values: [], tables: [], formulas: { B5: "1+1", A05: "x", C7: "SUM(A1)" } };
const plans = columnPlans(grid, fields.map((field) => ({ field, col: 2 })));
const typical: CellValue[] = [null, "", " ", 0, -0, 1, 2.5, -3, 45082, 45082.75, 32873, 73415.5, 73416, NaN, Infinity, "#N/A", " 社区", "社区", "人次", "若干", "abc", "超".repeat(201), true];

function agree(i: number, raw: CellValue): void {
  const plan = plans[i];
  const fast = fastValue(plan, raw);
  if (fast === undefined) return;
  const slow = checkCell(plan.field, raw, { sheet: "表", cell: "B5", year: 2023 });
  expect([plan.field.id, raw, slow.findings]).toEqual([plan.field.id, raw, []]);
  // Same value, exact (no approx): the cell is then { value, source } either way.
  expect({ value: fast, source: "表!B5" }).toEqual(slow.parsed);
  expect(Object.keys(slow.parsed)).toEqual(["value", "source"]);
}

describe("fastValue", () => {
  it("agrees with checkCell on typical values and every enum value", () => {
    plans.forEach((plan, i) => [...typical, ...(plan.field.values ?? [])].forEach((v) => agree(i, v)));
  });

  it(`agrees with checkCell on adversarial values (seed ${SEED})`, () => {
    fc.assert(fc.property(fc.nat(plans.length - 1), cellValue, (i, raw) => agree(i, raw)), { seed: SEED, numRuns: 5000 });
  });

  it("takes the common clean cells", () => {
    const kind = plans.find((p) => p.field.type === "enum" && p.field.values?.includes("志愿服务"));
    const count = plans.find((p) => p.field.type === "int");
    expect(kind && fastValue(kind, "志愿服务")).toBe("志愿服务");
    expect(count && fastValue(count, 12)).toBe(12);
  });

  it("finds a column's formulas by row, for canonical addresses only", () => {
    expect(formulaAt(plans[0], 5)).toBe("1+1");
    const a = columnPlans(grid, [{ field: fields[0], col: 1 }])[0];
    expect(formulaAt(a, 5)).toBeUndefined();
  });
});
