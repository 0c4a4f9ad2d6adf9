/** @jest-environment node */
/**
 * 规范数据 on the strict fake where real Excel differs from the old fake (issue #15; audit §0
 * rows 4–6, §3 P1, P7, P10): a protected 修改记录, requests over the web's 5 MB, full-width
 * digits, the local number format on undo, and one Ctrl+Z with highlighting on.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fixPlan, standardV1, validateWorkbook, type Change, type WorkbookSnapshot } from "../../core";
import { createOps } from "../../taskpane/operations";
import { readWorkbook } from "../xlsx";
import { applyFixes, needsTextPrefix, undoLastFixes } from "./apply-fixes";
import { CHANGE_LOG_SHEET } from "./change-log";
import { addSheet, cellAt, createFakeExcel, emptyWorkbook, findSheet, formatAt, modelFromSnapshot, setCell, type FakeExcel, type WorkbookModel } from "./fake";
import { readSnapshot } from "./read-snapshot";
import { WEB_PAYLOAD_LIMIT } from "./request-size";
import { ALL_FEATURES } from "./types";

const SAMPLE = join(__dirname, "../../../samples/community-2023-h1.xlsx");
let sample: WorkbookSnapshot;
beforeAll(async () => {
  sample = await readWorkbook(readFileSync(SAMPLE));
});

const valuesOf = (m: WorkbookModel) => m.sheets.filter((s) => s.name !== CHANGE_LOG_SHEET).map((s) => s.rows.map((r) => (r ?? []).map((c) => (c ? { ...c } : null))));
const formatsOf = (m: WorkbookModel) => m.sheets.filter((s) => s.name !== CHANGE_LOG_SHEET).map((s) => s.rows.flatMap((r, i) => (r ?? []).map((_c, j) => formatAt(s, i + 1, j + 1))));

/** The sample with a few typed-as-text figures. */
function messy(options: Parameters<typeof createFakeExcel>[0] = {}): FakeExcel {
  const model = modelFromSnapshot(sample);
  setCell(findSheet(model, "宣传投放")!, 3, 3, "１２０");
  setCell(findSheet(model, "志愿服务")!, 3, 3, "120多");
  return createFakeExcel({ model, ...options });
}

describe("a protected 修改记录 (§0 row 4, P5b)", () => {
  it("changes no cell when the undo record cannot be written, and says why for every cell", async () => {
    const fake = messy();
    const changes = [...fixPlan(await readSnapshot(fake.run, standardV1), standardV1).changes];
    await applyFixes(fake.run, changes.slice(0, 1), { log: true });
    await undoLastFixes(fake.run);
    const log = findSheet(fake.model, CHANGE_LOG_SHEET)!;
    log.protected = true;
    const before = valuesOf(fake.model);
    const logRows = log.rows.length;
    const result = await applyFixes(fake.run, changes, { log: true });
    expect(result.applied).toEqual([]);
    expect(result.left).toHaveLength(changes.length);
    expect(new Set(result.left.map((l) => l.reason))).toEqual(new Set(["修改记录工作表受保护，无法记录撤销信息，未修改"]));
    expect(valuesOf(fake.model)).toEqual(before);
    expect(log.rows.length).toBe(logRows);
  });
});

describe("large plans within Excel on the web's 5 MB request limit (§0 row 5, P1)", () => {
  it("applies and undoes 20,000 changes in requests that each fit the size model, restoring every cell", async () => {
    const model = emptyWorkbook();
    const s = addSheet(model, "活动台账");
    const changes: Change[] = [];
    for (let r = 1; r <= 20_000; r++) {
      setCell(s, r, 3, `${r}人`);
      changes.push({ sheet: "活动台账", cell: `C${r}`, before: `${r}人`, after: r, kind: "number", numFmt: "0", note: `“${r}人”→ ${r}`, group: `活动台账!${r}` } as Change);
    }
    const fake = createFakeExcel({ model });
    const before = { values: valuesOf(model), formats: formatsOf(model) };
    const result = await applyFixes(fake.run, changes, { log: true });
    expect(result.applied).toHaveLength(20_000);
    expect(cellAt(s, 20_000, 3)?.value).toBe(20_000);
    expect(Math.max(...fake.stats.requestBytes)).toBeLessThanOrEqual(WEB_PAYLOAD_LIMIT);
    fake.resetStats();
    const undo = await undoLastFixes(fake.run);
    expect(undo.restored).toHaveLength(20_000);
    expect(Math.max(...fake.stats.requestBytes)).toBeLessThanOrEqual(WEB_PAYLOAD_LIMIT);
    expect({ values: valuesOf(model), formats: formatsOf(model) }).toEqual(before);
  }, 60_000);
});

describe("data fidelity in zh-CN Excel (P7)", () => {
  it("writes full-width digits restored by undo as text, not as the number Excel would read", async () => {
    expect(needsTextPrefix("１２０")).toBe(true);
    const fake = messy();
    const before = valuesOf(fake.model);
    const changes = [...fixPlan(await readSnapshot(fake.run, standardV1), standardV1).changes];
    await applyFixes(fake.run, changes, { log: true });
    await undoLastFixes(fake.run);
    expect(cellAt(findSheet(fake.model, "宣传投放")!, 3, 3)).toEqual({ value: "１２０" });
    expect(valuesOf(fake.model)).toEqual(before);
  });

  it("undo restores the number format even where numberFormat reads back in the UI language (office-js#2824)", async () => {
    const fake = messy({ bugs: { localizedNumberFormat: true } });
    const before = formatsOf(fake.model);
    const changes = [...fixPlan(await readSnapshot(fake.run, standardV1), standardV1).changes];
    await applyFixes(fake.run, changes, { log: true });
    expect(formatAt(findSheet(fake.model, "宣传投放")!, 3, 3)).not.toBe("General");
    await undoLastFixes(fake.run);
    expect(formatsOf(fake.model)).toEqual(before);
  });
});

describe("one Ctrl+Z with highlighting on (§0 row 6, P10)", () => {
  it("clears the highlight inside the same undo group, so one undo restores values and highlight exactly", async () => {
    const fake = messy();
    const ops = createOps(fake.run, { ...ALL_FEATURES, api120: true }, standardV1, undefined, { runGrouped: (batch) => fake.excelRun({ mergeUndoGroup: true }, batch) });
    const findings = validateWorkbook(await readSnapshot(fake.run, standardV1), standardV1).findings;
    await ops.highlight(findings);
    const highlighted = fake.model.sheets.map((s) => s.conditionalFormats.map((c) => ({ ...c })));
    expect(highlighted.flat().length).toBeGreaterThan(0);
    const before = valuesOf(fake.model);
    await ops.applyFixes((await ops.planFixes()).changes, { clearHighlight: true });
    expect(fake.model.sheets.flatMap((s) => s.conditionalFormats)).toEqual([]);
    expect(fake.undo()).toBe(true);
    expect(valuesOf(fake.model)).toEqual(before);
    expect(fake.model.sheets.map((s) => s.conditionalFormats)).toEqual(highlighted);
  });
});
