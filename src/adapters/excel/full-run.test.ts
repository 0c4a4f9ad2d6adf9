/** @jest-environment node */
/**
 * The whole pane workflow on the strict fake (issue #15 "Done when"): impose → fill → 规范数据 →
 * undo → check → highlight → repair, with every strictness on and the host-bug switches on
 * (office-js#6784 unprotect throws; onChanged silent on dropdown picks and row deletions). Every
 * cell of every data sheet is compared before and after: no user value lost, no sheet
 * half-written.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { analyseLedger, standardV1, type WorkbookSnapshot } from "../../core";
import { createOps } from "../../taskpane/operations";
import { readWorkbook } from "../xlsx";
import { CHANGE_LOG_SHEET } from "./change-log";
import { cellAt, createFakeExcel, findSheet, formatAt, modelFromSnapshot, type FakeExcel, type WorkbookModel } from "./fake";
import { runnerOf } from "./office-compat";
import { ALL_FEATURES } from "./types";

const SAMPLE = join(__dirname, "../../../samples/community-2023-h1.xlsx");
let sample: WorkbookSnapshot;
beforeAll(async () => {
  sample = await readWorkbook(readFileSync(SAMPLE));
});

const DATA = standardV1.sheets.filter((s) => s.kind !== "generated").map((s) => s.sheet);

/** Every cell of the data sheets: value, formula and number format, by `sheet!A1`. */
function everyCell(model: WorkbookModel): Map<string, string> {
  const out = new Map<string, string>();
  for (const name of DATA) {
    const s = findSheet(model, name);
    if (!s) continue;
    s.rows.forEach((row, i) => (row ?? []).forEach((c, j) => c && out.set(`${name}!${i + 1},${j + 1}`, JSON.stringify([c.value, c.formula ?? null, formatAt(s, i + 1, j + 1)]))));
  }
  return out;
}

/** The strict fake with both bug switches, the sample imposed and filled by a user (typed text numbers, a dropdown pick, a deleted row). */
async function filled(): Promise<{ fake: FakeExcel; events: string[] }> {
  const fake = createFakeExcel({ model: modelFromSnapshot(sample), bugs: { unprotectThrows: true, silentDropdown: true, silentRowDelete: true } });
  const ops = createOps(runnerOf(fake.excelRun), ALL_FEATURES);
  await ops.impose();
  const events: string[] = [];
  await ops.watch(() => events.push("changed"));
  await fake.edit("宣传投放", "C3", "１２０");
  await fake.edit("志愿服务", "C3", "552人");
  await fake.edit("活动台账", "A3", "2023.6.5");
  await new Promise((r) => setTimeout(r, 10)); // a pause: a change before it is covered by the re-check the typed edits start
  const kind = findSheet(fake.model, "活动台账")!.validations.find((v) => (v.rule as { list?: unknown })?.list)!;
  await fake.pick("活动台账", `${String.fromCharCode(64 + kind.bounds.left)}4`, "道德讲堂");
  await fake.deleteRows("先进典型", 4, 1);
  await fake.select("先进典型", "B2"); // the user moves on: the watcher compares and sees what Excel did not report
  return { fake, events };
}

describe("impose → fill → 规范数据 → undo → check → highlight → repair, on Excel as strict as the fake can make it", () => {
  it("log undo: every user value and format is back, no sheet is half-written, and the pane saw the typed edits and, at the next selection, the silent pick and deletion", async () => {
    const { fake, events } = await filled();
    // three typed edits; the pick and the deletion were silent (switches on) and were seen, once, at the next selection
    expect(events).toEqual(["changed", "changed", "changed", "changed"]);
    const ops = createOps(runnerOf(fake.excelRun), ALL_FEATURES);
    const before = everyCell(fake.model);

    const plan = await ops.planFixes();
    expect(plan.changes.length).toBeGreaterThan(2);
    const applied = await ops.applyFixes(plan.changes);
    expect(applied.left).toEqual([]);
    expect(cellAt(findSheet(fake.model, "宣传投放")!, 3, 3)?.value).toBe(120);
    expect(ops.fixUndo).toBe("log");
    const undone = await ops.undoFixes();
    expect(undone.left).toEqual([]);
    expect(everyCell(fake.model)).toEqual(before);

    const analysis = await ops.analyze();
    await ops.highlight(analysis.findings);
    const report = await ops.impose();
    expect(report.generatedSkipped.map((g) => g.sheet)).toEqual(["填报说明", "指标汇总"]);
    expect(everyCell(fake.model)).toEqual(before);
    const ind = findSheet(fake.model, "指标汇总")!;
    standardV1.indicators.forEach((i, k) => expect(cellAt(ind, 3 + k, 2)?.formula).toBe(`=${i.formula}`));
    expect(ind.protected).toBe(true);
    expect(analyseLedger(await (await import("./read-snapshot")).readSnapshot(fake.run, standardV1), standardV1).findings).toEqual(analysis.findings);
    expect(events.length).toBe(4); // no re-check fired by the add-in's own writes
  });

  it("Excel's undo (ExcelApi 1.20): one Ctrl+Z after 规范数据 with highlighting on restores every cell and the highlight", async () => {
    const { fake } = await filled();
    const ops = createOps(runnerOf(fake.excelRun), { ...ALL_FEATURES, api120: true }, standardV1, undefined, { runGrouped: runnerOf(fake.excelRun, true) });
    await ops.highlight((await ops.analyze()).findings);
    const before = everyCell(fake.model);
    const marks = fake.model.sheets.map((s) => s.conditionalFormats.map((c) => ({ ...c })));
    await ops.applyFixes((await ops.planFixes()).changes, { clearHighlight: true });
    await ops.analyze(); // the pane's re-check after applying, without re-highlighting
    expect(fake.undo()).toBe(true);
    expect(everyCell(fake.model)).toEqual(before);
    expect(fake.model.sheets.map((s) => s.conditionalFormats)).toEqual(marks);
    expect(findSheet(fake.model, CHANGE_LOG_SHEET)).toBeUndefined();
  });
});
