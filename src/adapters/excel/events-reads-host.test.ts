/** @jest-environment node */
/**
 * Edits, events and reads on the strict fake where real Excel differs from the old fake (issue
 * #15; audit §0 row 7, §3 P1, P2, P6): cell-edit mode, the add-in's own writes firing onChanged,
 * oversize reads answered with GeneralException or null values, and a stray far cell.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fixPlan, standardV1, type WorkbookSnapshot } from "../../core";
import { readWorkbook } from "../xlsx";
import { applyFixes } from "./apply-fixes";
import { createFakeExcel, findSheet, modelFromSnapshot, setCell } from "./fake";
import { runnerOf } from "./office-compat";
import { readSnapshot } from "./read-snapshot";
import { watchChanges } from "./watch-changes";
import { zhCN } from "../../taskpane/strings";

const SAMPLE = join(__dirname, "../../../samples/community-2023-h1.xlsx");
let sample: WorkbookSnapshot;
beforeAll(async () => {
  sample = await readWorkbook(readFileSync(SAMPLE));
});

describe("the automatic re-check while the user types in the next cell (§0 row 7, P6)", () => {
  it("Excel.run is asked to wait for cell edit (delayForCellEdit), so the read completes after Enter instead of failing", async () => {
    const fake = createFakeExcel({ model: modelFromSnapshot(sample) });
    const run = runnerOf(fake.excelRun);
    fake.beginCellEdit();
    let finished = false;
    const reading = readSnapshot(run, standardV1).then((s) => ((finished = true), s));
    await new Promise((r) => setTimeout(r, 10));
    expect(finished).toBe(false);
    fake.endCellEdit();
    const snapshot = await reading;
    expect(snapshot.sheets.find((s) => s.name === "活动台账")?.values.length).toBeGreaterThan(2);
  });

  it("the add-in's own writes do not trigger a re-check; a user's edit does", async () => {
    const model = modelFromSnapshot(sample);
    setCell(findSheet(model, "宣传投放")!, 3, 3, "１２０");
    const fake = createFakeExcel({ model });
    const seen: string[] = [];
    await watchChanges(fake.run, standardV1, (c) => seen.push(`${c.sheet}!${c.address}`));
    await applyFixes(fake.run, fixPlan(await readSnapshot(fake.run, standardV1), standardV1).changes, { log: true });
    await new Promise((r) => setTimeout(r, 10));
    await fake.edit("活动台账", "B3", "道德讲堂");
    expect(seen).toEqual(["活动台账!B3"]);
  });

  it("the hint names both cases where Excel may not report a change: dropdown picks and deleted rows", () => {
    expect(zhCN.checkAuto).toBe("修改表格后会自动重新校验；从下拉列表选值或删除行后如未更新，请点“校验”。");
  });
});

describe("reads that Excel answers badly (P1, P2)", () => {
  it("halves a block refused with GeneralException instead of a payload code (docs-reference#354, office-js#1314)", async () => {
    const fake = createFakeExcel({ model: modelFromSnapshot(sample), limits: { maxResponseBytes: 4000 }, bugs: { oversizeAsGeneralException: true } });
    const snapshot = await readSnapshot(fake.run, standardV1);
    const full = await readSnapshot(createFakeExcel({ model: modelFromSnapshot(sample) }).run, standardV1);
    expect(snapshot.sheets.map((s) => s.values)).toEqual(full.sheets.map((s) => s.values));
  });

  it("treats values that come back null over the cell limit as a payload error (docs PR #5821)", async () => {
    const fake = createFakeExcel({ model: modelFromSnapshot(sample), limits: { maxCells: 200 }, bugs: { nullValuesOverCellLimit: true } });
    const snapshot = await readSnapshot(fake.run, standardV1);
    const full = await readSnapshot(createFakeExcel({ model: modelFromSnapshot(sample) }).run, standardV1);
    expect(snapshot.sheets.map((s) => s.values)).toEqual(full.sheets.map((s) => s.values));
  });

  it("one stray value far to the right does not widen every block of the sheet", async () => {
    const clean = createFakeExcel({ model: modelFromSnapshot(sample) });
    await readSnapshot(clean.run, standardV1);
    const model = modelFromSnapshot(sample);
    setCell(findSheet(model, "活动台账")!, 1, 16000, "x");
    const stray = createFakeExcel({ model });
    const snapshot = await readSnapshot(stray.run, standardV1);
    const total = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
    expect(total(stray.stats.responseBytes)).toBeLessThan(total(clean.stats.responseBytes) * 1.2);
    expect(Math.max(...snapshot.sheets.find((s) => s.name === "活动台账")!.values.map((r) => r?.length ?? 0))).toBeLessThan(100);
  });
});
