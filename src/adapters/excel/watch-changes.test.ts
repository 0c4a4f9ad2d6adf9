/** @jest-environment node */
/**
 * The automatic re-check when Excel's `onChanged` stays silent (issue #15, audit §3 P6, §2b note
 * F; §4 F8): on some builds a value picked from a dropdown (office-js#420, #3888, #4066) or a
 * deleted row (#294) fires no `onChanged`. The watcher then still notices: it remembers the
 * selected cells' values and every standard sheet's used range, and compares them when the user
 * selects other cells and every `pollMs`. The fake's `silentDropdown` and `silentRowDelete`
 * switches are on in every test here.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fixPlan, standardV1, type WorkbookSnapshot } from "../../core";
import { readWorkbook } from "../xlsx";
import { applyFixes } from "./apply-fixes";
import { cellAt, createFakeExcel, findSheet, modelFromSnapshot, setCell, type FakeExcel } from "./fake";
import { imposeStandard } from "./impose";
import { runnerOf } from "./office-compat";
import { readSnapshot } from "./read-snapshot";
import { ALL_FEATURES } from "./types";
import { watchChanges } from "./watch-changes";
import { createOps } from "../../taskpane/operations";

const SAMPLE = join(__dirname, "../../../samples/community-2023-h1.xlsx");
let sample: WorkbookSnapshot;
beforeAll(async () => {
  sample = await readWorkbook(readFileSync(SAMPLE));
});

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The sample imposed on the strict fake with onChanged silent for dropdown picks and row deletions. */
async function silentHost(): Promise<{ fake: FakeExcel; kindColumn: string }> {
  const model = modelFromSnapshot(sample);
  setCell(findSheet(model, "宣传投放")!, 3, 3, "１２０");
  const fake = createFakeExcel({ model, bugs: { silentDropdown: true, silentRowDelete: true } });
  await imposeStandard(runnerOf(fake.excelRun), standardV1, ALL_FEATURES);
  const kind = findSheet(fake.model, "活动台账")!.validations.find((v) => (v.rule as { list?: unknown })?.list)!;
  return { fake, kindColumn: String.fromCharCode(64 + kind.bounds.left) };
}

describe("re-check when onChanged is silent (P6: dropdown picks, row deletions)", () => {
  it("a dropdown pick Excel does not report is seen when the user selects the next cell", async () => {
    const { fake, kindColumn } = await silentHost();
    const seen: string[] = [];
    const dispose = await watchChanges(runnerOf(fake.excelRun), standardV1, (c) => seen.push(`${c.sheet}!${c.address}`));
    await fake.select("活动台账", `${kindColumn}4`);
    expect(cellAt(findSheet(fake.model, "活动台账")!, 4, kindColumn.charCodeAt(0) - 64)?.value).toBe("道德讲堂");
    await fake.pick("活动台账", `${kindColumn}4`, "文体活动");
    expect(seen).toEqual([]); // the host said nothing
    await fake.select("活动台账", `${kindColumn}5`);
    expect(seen).toEqual([`活动台账!${kindColumn}4`]);
    await fake.select("活动台账", `${kindColumn}6`); // nothing new: no second report
    expect(seen).toEqual([`活动台账!${kindColumn}4`]);
    await dispose();
  });

  it("a dropdown pick with no move afterwards is seen by the periodic comparison", async () => {
    const { fake, kindColumn } = await silentHost();
    const seen: string[] = [];
    const dispose = await watchChanges(runnerOf(fake.excelRun), standardV1, (c) => seen.push(`${c.sheet}!${c.address}`), { pollMs: 20 });
    await fake.select("活动台账", `${kindColumn}4`);
    await fake.pick("活动台账", `${kindColumn}4`, "文体活动");
    await wait(120);
    expect(seen).toEqual([`活动台账!${kindColumn}4`]);
    await dispose();
  });

  it("rows deleted without an event are seen by the periodic comparison of the used ranges", async () => {
    const { fake } = await silentHost();
    const seen: string[] = [];
    const dispose = await watchChanges(runnerOf(fake.excelRun), standardV1, (c) => seen.push(`${c.sheet}!${c.address}`), { pollMs: 20 });
    expect(findSheet(fake.model, "先进典型")!.rows.length).toBe(4);
    await fake.deleteRows("先进典型", 4, 1);
    await wait(120);
    expect(seen).toEqual(["先进典型!A1:G3"]);
    await dispose();
    await fake.deleteRows("先进典型", 4, 1);
    await wait(80);
    expect(seen).toHaveLength(1); // disposed: no more comparisons
  });

  it("the add-in's own writes and edits Excel did report are not reported a second time by the comparison", async () => {
    const { fake } = await silentHost();
    const run = runnerOf(fake.excelRun);
    const seen: string[] = [];
    const watcher = await watchChanges(run, standardV1, (c) => seen.push(`${c.sheet}!${c.address}`), { pollMs: 5 });
    await fake.select("宣传投放", "C3");
    const plan = fixPlan(await readSnapshot(run, standardV1), standardV1);
    const applied = await watcher.quiet(() => applyFixes(run, plan.changes, { log: true }));
    expect(applied.applied.map((c) => `${c.sheet}!${c.cell}`)).toContain("宣传投放!C3");
    await wait(80);
    await fake.edit("活动台账", "B3", "道德讲堂");
    await wait(80);
    await fake.select("活动台账", "B4");
    await wait(80);
    expect(seen).toEqual(["活动台账!B3"]);
    await watcher();
  });

  it("the pane's watch (createOps) compares every pollMs and never reports the pane's own 规范数据 or 撤销", async () => {
    const { fake, kindColumn } = await silentHost();
    const ops = createOps(runnerOf(fake.excelRun), ALL_FEATURES);
    let changes = 0;
    const off = await ops.watch(() => void changes++, { pollMs: 5 });
    await fake.select("宣传投放", "C3");
    await ops.applyFixes((await ops.planFixes()).changes);
    expect(cellAt(findSheet(fake.model, "宣传投放")!, 3, 3)?.value).toBe(120);
    await ops.undoFixes();
    expect(cellAt(findSheet(fake.model, "宣传投放")!, 3, 3)?.value).toBe("１２０");
    await wait(60);
    expect(changes).toBe(0);
    await fake.select("活动台账", `${kindColumn}5`);
    await fake.pick("活动台账", `${kindColumn}5`, "文体活动");
    await wait(60);
    expect(changes).toBe(1);
    await off();
  });
});
