/**
 * The cell loop of ledger validation (fast-cell.ts) must agree with checkCell: every cell it
 * takes without checkCell gets the reading checkCell gives it, and checkCell has no finding for it.
 */
import fc from "fast-check";
import { fieldsOf, ledgersOf, standardV1, type FieldSpec } from "../catalog";
import type { CellValue, SheetGrid } from "../grid";
import { checkCell, MAX_DATE_SERIAL, MIN_DATE_SERIAL } from "./check-cell";
import { SnapshotColumn } from "./columnar";
import { columnPlans, formulaAt, readCells } from "./fast-cell";
import { cellValue, SEED } from "../../../test/fuzz/arbitraries";

const fields: FieldSpec[] = ledgersOf(standardV1).flatMap((l) => fieldsOf(l));
const grid: SheetGrid = { name: "表", originRow: 1, originCol: 1, values: [], tables: [], formulas: { B5: "1+1", A05: "x", C7: "SUM(A1)" } };
const plans = columnPlans(grid, fields.map((field) => ({ field, col: 2 })));
const typical: CellValue[] = [null, "", " ", 0, -0, 1, 2.5, -3, 45082, 45082.75, 32873, 32873.5, 32874, 73415, 73415.5, 73416, NaN, Infinity, "#N/A", " 社区", "社区", "人次", "若干", "abc", "超".repeat(201), "a\u200b", "\u3000a", "a\ufeff", true];

/**
 * Runs the loop on one cell (B5, with a filled C5 so that the row is a data row) of `field`,
 * optionally holding `formula`: the reading when the loop takes the cell, else undefined.
 */
function loopReading(field: FieldSpec, raw: CellValue, formula?: string): { value: unknown } | undefined {
  const g: SheetGrid = { name: "表", originRow: 5, originCol: 2, values: [[raw, "x"]], tables: [], formulas: formula === undefined ? {} : { B5: formula } };
  const plan = columnPlans(g, [{ field, col: 2 }]);
  const rows: number[] = [];
  const column = new SnapshotColumn(field, "B", g.values, 5, 0, rows);
  let slow = false;
  readCells(g, 4, [0, 1], plan, [column], rows, -1, () => (slow = true));
  expect(rows).toEqual([5]);
  return slow ? undefined : { value: column.value(0) };
}

function agree(field: FieldSpec, raw: CellValue, formula?: string): void {
  const fast = loopReading(field, raw, formula);
  if (fast === undefined) return;
  const slow = checkCell(field, raw, { sheet: "表", cell: "B5", year: 2023, formula });
  expect([field.id, raw, slow.findings]).toEqual([field.id, raw, []]);
  // Same value, exact (no approx): the cell is then { value, source } either way.
  expect({ value: fast.value, source: "表!B5" }).toEqual(slow.parsed);
  expect(Object.keys(slow.parsed)).toEqual(["value", "source"]);
}

describe("readCells (the fast path)", () => {
  it("agrees with checkCell on typical values and every enum value, with and without a formula", () => {
    for (const field of fields) for (const v of [...typical, ...(field.values ?? [])]) for (const formula of [undefined, "1+1"]) agree(field, v, formula);
  });

  it(`agrees with checkCell on adversarial values (seed ${SEED})`, () => {
    fc.assert(fc.property(fc.nat(fields.length - 1), cellValue, fc.boolean(), (i, raw, formula) => agree(fields[i], raw, formula ? "A1*2" : undefined)), { seed: SEED, numRuns: 5000 });
  });

  it("takes the common clean cells", () => {
    const kind = fields.find((f) => f.type === "enum" && f.values?.includes("志愿服务"));
    const count = fields.find((f) => f.type === "int");
    const date = fields.find((f) => f.type === "date");
    expect(kind && loopReading(kind, "志愿服务")).toEqual({ value: "志愿服务" });
    expect(count && loopReading(count, 12)).toEqual({ value: 12 });
    expect(date && loopReading(date, 45082.75)).toEqual({ value: 45082 });
    // The date bounds, as checkCell has them (MIN_DATE_SERIAL, MAX_DATE_SERIAL).
    expect(date && [MIN_DATE_SERIAL, MAX_DATE_SERIAL + 0.5].map((v) => loopReading(date, v))).toEqual([{ value: MIN_DATE_SERIAL }, { value: MAX_DATE_SERIAL }]);
    expect(date && [MIN_DATE_SERIAL - 0.5, MAX_DATE_SERIAL + 1].map((v) => loopReading(date, v))).toEqual([undefined, undefined]);
  });

  it("finds a column's formulas by row, for canonical addresses only", () => {
    expect(formulaAt(plans[0], 5)).toBe("1+1");
    const a = columnPlans(grid, [{ field: fields[0], col: 1 }])[0];
    expect(formulaAt(a, 5)).toBeUndefined();
  });

  it("skips rows without data and widens the columns' ranges", () => {
    const field = fields.find((f) => f.type === "int") as FieldSpec;
    const g: SheetGrid = { name: "表", originRow: 1, originCol: 1, values: [["h"], [3], [null], [], [7], [" "]], tables: [] };
    const rows: number[] = [];
    const column = new SnapshotColumn(field, "A", g.values, 1, 0, rows);
    readCells(g, 1, [0], columnPlans(g, [{ field, col: 1 }]), [column], rows, -1, () => undefined);
    expect(rows).toEqual([2, 5]);
    expect([column.min, column.max]).toEqual([3, 7]);
  });
});
