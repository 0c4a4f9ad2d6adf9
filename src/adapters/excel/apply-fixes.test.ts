/** @jest-environment node */
/**
 * 规范数据 through the Office.js adapter, against the in-memory fake: apply the core's plan, the
 * hidden 修改记录 log, undo restoring values and number formats exactly, cells edited in between
 * left and listed, Excel's text prefix for text that looks like a number, and the ExcelApi 1.20
 * path (one undo group, no log).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fixPlan, standardV1, type Change, type WorkbookSnapshot } from "../../core";
import { createOps } from "../../taskpane/operations";
import { readWorkbook } from "../xlsx";
import { applyFixes, cellInput, lastFixBatch, needsTextPrefix, undoLastFixes } from "./apply-fixes";
import { CHANGE_LOG_SHEET, decodeValue, encodeValue } from "./change-log";
import { cellAt, createFakeExcel, FakeExcelError, findSheet, formatAt, modelFromSnapshot, setCell, type FakeExcel, type SheetModel, type WorkbookModel } from "./fake";
import { readSnapshot } from "./read-snapshot";
import { ALL_FEATURES, type RunExcel } from "./types";

const SAMPLE = join(__dirname, "../../../samples/community-2023-h1.xlsx");
let sample: WorkbookSnapshot;
beforeAll(async () => {
  sample = await readWorkbook(readFileSync(SAMPLE));
});

/** The sample with typical typed-as-text values (and a text format on one of them). */
function messyFake(): FakeExcel {
  const model = modelFromSnapshot(sample);
  const sheet = (name: string) => findSheet(model, name)!;
  setCell(sheet("宣传投放"), 3, 3, "１２０");
  sheet("宣传投放").numberFormats.push({ bounds: { top: 3, bottom: 3, left: 3, right: 3 }, format: "@" });
  setCell(sheet("活动台账"), 3, 1, "2023.6.5");
  setCell(sheet("活动台账"), 4, 2, `  ${String(cellAt(sheet("活动台账"), 4, 2)?.value ?? "活动")}  `);
  setCell(sheet("志愿服务"), 3, 3, "120多");
  return createFakeExcel({ model });
}

/** Values and number formats of every sheet but the log (what undo must restore exactly). */
function observe(model: WorkbookModel): unknown {
  const fmt = (s: SheetModel) => s.rows.flatMap((r, i) => (r ?? []).map((_c, j) => `${i + 1},${j + 1}:${formatAt(s, i + 1, j + 1)}`));
  return model.sheets.filter((s) => s.name !== CHANGE_LOG_SHEET).map((s) => ({ name: s.name, rows: s.rows.map((r) => (r ?? []).map((c) => (c ? { ...c } : null))), formats: fmt(s) }));
}

async function plan(fake: FakeExcel): Promise<Change[]> {
  return [...fixPlan(await readSnapshot(fake.run, standardV1), standardV1).changes];
}

describe("applyFixes / undoLastFixes on the fake", () => {
  it("applies every change, logs it in a hidden 修改记录 sheet, and undo restores values and formats exactly", async () => {
    const fake = messyFake();
    const before = observe(fake.model);
    const changes = await plan(fake);
    expect(changes.map((c) => `${c.sheet}!${c.cell}`)).toEqual(expect.arrayContaining(["宣传投放!C3", "活动台账!A3", "活动台账!B4", "志愿服务!C3"]));

    const result = await applyFixes(fake.run, changes, { log: true, now: new Date(2023, 6, 1, 9, 30) });
    expect(result.left).toEqual([]);
    expect(result.applied).toHaveLength(changes.length);
    const pub = findSheet(fake.model, "宣传投放")!;
    expect(cellAt(pub, 3, 3)?.value).toBe(120);
    expect(formatAt(pub, 3, 3)).not.toBe("@");
    expect(typeof cellAt(findSheet(fake.model, "活动台账")!, 3, 1)?.value).toBe("number");
    expect(await plan(fake)).toEqual([]);

    const log = findSheet(fake.model, CHANGE_LOG_SHEET)!;
    expect(log.visibility).toBe("Hidden");
    expect(log.rows[0]?.map((c) => c?.value)).toEqual(["批次", "时间", "工作表", "单元格", "修改前", "修改后", "修改前格式", "修改后格式", "说明", "状态"]);
    expect(log.rows.length).toBe(changes.length + 1);
    const pubRow = log.rows.find((r) => r?.[2]?.value === "宣传投放" && r?.[3]?.value === "C3");
    expect(pubRow?.map((c) => c?.value).slice(1, 8)).toEqual(["2023-07-01 09:30:00", "宣传投放", "C3", '"１２０"', "120", "@", formatAt(pub, 3, 3)]);
    expect(await lastFixBatch(fake.run)).toMatchObject({ batch: result.batch, count: changes.length });

    const undo = await undoLastFixes(fake.run);
    expect(undo.left).toEqual([]);
    expect(undo.restored).toHaveLength(changes.length);
    expect(observe(fake.model)).toEqual(before);
    expect(log.rows.slice(1).every((r) => r?.[9]?.value === "已撤销")).toBe(true);
    expect(await lastFixBatch(fake.run)).toBeUndefined();
    expect(await undoLastFixes(fake.run)).toEqual({ restored: [], left: [] });
  });

  it("leaves a group whose cell was edited after the plan, and lists it", async () => {
    const fake = messyFake();
    const changes = await plan(fake);
    const group = changes.find((c) => c.sheet === "志愿服务" && c.cell === "C3")!.group;
    const inGroup = changes.filter((c) => c.group === group);
    expect(inGroup.length).toBeGreaterThan(1); // the figure and the 〔约数〕 tag in 备注
    const other = inGroup.find((c) => c.cell !== "C3")!;
    await fake.edit("志愿服务", other.cell, "改过了");
    const result = await applyFixes(fake.run, changes, { log: true });
    expect(result.left.map((l) => l.cell).sort()).toEqual(inGroup.map((c) => c.cell).sort());
    expect(result.left.find((l) => l.cell === other.cell)?.reason).toContain("改过了");
    expect(cellAt(findSheet(fake.model, "志愿服务")!, 3, 3)?.value).toBe("120多");
    expect(result.applied).toHaveLength(changes.length - inGroup.length);
  });

  it("undo leaves a cell the user changed after the fix, restores the rest and marks the row", async () => {
    const fake = messyFake();
    const changes = await plan(fake);
    await applyFixes(fake.run, changes, { log: true });
    await fake.edit("宣传投放", "C3", 125);
    const undo = await undoLastFixes(fake.run);
    expect(undo.left).toEqual([{ sheet: "宣传投放", cell: "C3", found: 125, reason: "单元格已被修改（现为“125”），未改动" }]);
    expect(cellAt(findSheet(fake.model, "宣传投放")!, 3, 3)?.value).toBe(125);
    expect(cellAt(findSheet(fake.model, "活动台账")!, 3, 1)?.value).toBe("2023.6.5");
    const log = findSheet(fake.model, CHANGE_LOG_SHEET)!;
    expect(log.rows.find((r) => r?.[3]?.value === "C3" && r?.[2]?.value === "宣传投放")?.[9]?.value).toMatch(/^未撤销：/);
  });

  it("a log row edited by hand is left and listed, not guessed", async () => {
    const fake = messyFake();
    await applyFixes(fake.run, await plan(fake), { log: true });
    const log = findSheet(fake.model, CHANGE_LOG_SHEET)!;
    setCell(log, 2, 5, "{坏的");
    const undo = await undoLastFixes(fake.run);
    expect(undo.left).toHaveLength(1);
    expect(undo.left[0].reason).toContain("无法读取");
  });

  it("skips cells on a protected sheet instead of failing the batch", async () => {
    const fake = messyFake();
    const changes = await plan(fake);
    findSheet(fake.model, "宣传投放")!.protected = true;
    const result = await applyFixes(fake.run, changes, { log: true });
    expect(result.left.every((l) => l.sheet === "宣传投放" && l.reason.includes("受保护"))).toBe(true);
    expect(result.applied.length).toBeGreaterThan(0);
  });
});

describe("text that Excel would re-read", () => {
  it("is written with the text prefix, and plain text is not", () => {
    expect(["120", "2023.6.5", "2023/6/5", "=SUM(A1)", "TRUE", "-3", "50%"].every(needsTextPrefix)).toBe(true);
    expect(["道德讲堂", "120多", "两千", ""].some(needsTextPrefix)).toBe(false);
    expect(cellInput("120", "General")).toBe("'120");
    expect(cellInput("120", "@")).toBe("120");
    expect(cellInput(null, "General")).toBe("");
  });

  it("log values keep their type through JSON", () => {
    for (const v of ["１２０", "120", 120, null, "2023.6.5"]) expect(decodeValue(encodeValue(v))).toBe(v);
    expect(decodeValue(120)).toBe(120);
  });
});

describe("PaneOps with ExcelApi 1.20", () => {
  it("applies inside one undo group without a log; falls back to the log on UndoNotSupported", async () => {
    const fake = messyFake();
    const groups: number[] = [];
    const grouped: RunExcel = (batch) => {
      groups.push(1);
      return fake.run(batch);
    };
    const ops = createOps(fake.run, { ...ALL_FEATURES, api120: true }, standardV1, undefined, { runGrouped: grouped });
    expect(ops.fixUndo).toBe("excel");
    const plan1 = await ops.planFixes();
    const r = await ops.applyFixes(plan1.changes);
    expect(groups).toHaveLength(1);
    expect(r.batch).toBeUndefined();
    expect(findSheet(fake.model, CHANGE_LOG_SHEET)).toBeUndefined();

    const fake2 = messyFake();
    const failing: RunExcel = async () => {
      throw new FakeExcelError("UndoNotSupported", "not undoable");
    };
    const ops2 = createOps(fake2.run, { ...ALL_FEATURES, api120: true }, standardV1, undefined, { runGrouped: failing });
    const r2 = await ops2.applyFixes((await ops2.planFixes()).changes);
    expect(r2.batch).toBeDefined();
    expect(findSheet(fake2.model, CHANGE_LOG_SHEET)).toBeDefined();
  });
});
