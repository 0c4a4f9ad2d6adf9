/** @jest-environment node */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { analyzeWorkbook, ledgerById, standardV1, type WorkbookSnapshot } from "../../core";
import { readWorkbook } from "../xlsx";
import { createFakeExcel, findSheet, modelFromSnapshot, setCell, FakeExcelError } from "./fake";
import { readSnapshot } from "./read-snapshot";

const SAMPLE = join(__dirname, "../../../samples/community-2023-h1.xlsx");
let sample: WorkbookSnapshot;
beforeAll(async () => {
  sample = await readWorkbook(readFileSync(SAMPLE));
});

/** A fake holding the sample, with `rows` activity rows appended to 活动台账's table. */
function fakeWithActivities(rows: number) {
  const fake = createFakeExcel({ model: modelFromSnapshot(sample) });
  const sheet = findSheet(fake.model, "活动台账");
  const table = fake.model.tables.find((t) => t.name === "tbl_Activities");
  if (!sheet || !table) throw new Error("sample lacks 活动台账");
  const start = table.bounds.bottom + 1;
  for (let i = 0; i < rows; i++) {
    const r = start + i;
    [45100 + (i % 150), `社区志愿服务活动第${i + 1}场`, "志愿服务", 20 + (i % 30), "人次", "幸福里社区广场", "社区居委会"].forEach((v, j) => setCell(sheet, r, j + 1, v));
  }
  table.bounds = { ...table.bounds, bottom: start + rows - 1 };
  return fake;
}

describe("readSnapshot", () => {
  it("reads the sample into a snapshot that validates like the file does", async () => {
    const fake = createFakeExcel({ model: modelFromSnapshot(sample) });
    const snapshot = await readSnapshot(fake.run, standardV1);
    const fromExcel = analyzeWorkbook(snapshot, standardV1);
    const fromFile = analyzeWorkbook(sample, standardV1);
    expect(fromExcel.findings).toEqual(fromFile.findings);
    expect(fromExcel.facts).toEqual(fromFile.facts);
    expect(snapshot.names).toEqual({ CL_StandardVersion: sample.names?.CL_StandardVersion });
    expect(fake.stats.syncs).toBe(3);
  });

  it("keeps the formulas of the 整改率 column, so a typed-over rate is found", async () => {
    const fake = createFakeExcel({ model: modelFromSnapshot(sample) });
    const sheet = findSheet(fake.model, "问题整改");
    const table = fake.model.tables.find((t) => t.name === "tbl_Rectification");
    if (!sheet || !table) throw new Error("sample lacks 问题整改");
    const rateCol = ledgerById(standardV1, "rectification").columns.findIndex((c) => c.type === "formula") + 1;
    setCell(sheet, table.bounds.top + 1, rateCol, 0.5);
    const { findings } = analyzeWorkbook(await readSnapshot(fake.run, standardV1), standardV1);
    expect(findings.filter((f) => f.rule === "value.formula-overwritten").map((f) => f.cell)).toEqual([`E${table.bounds.top + 1}`]);
  });

  it.each([
    [1_000, 3],
    [10_000, 3],
    [100_000, 6],
  ])("reads %i activity rows in a bounded number of syncs", async (rows, expectedSyncs) => {
    const fake = fakeWithActivities(rows);
    const snapshot = await readSnapshot(fake.run, standardV1);
    const grid = snapshot.sheets.find((s) => s.name === "活动台账");
    expect(grid?.values.length).toBeGreaterThan(rows);
    // 2 syncs for sheets and ranges, then one per ~4 MB block of values (measured after the first).
    const valueBytes = fake.stats.responseBytes.slice(2).reduce((a, b) => a + b, 0);
    expect(fake.stats.syncs).toBeLessThanOrEqual(2 + Math.ceil((valueBytes * 1.25) / (4 * 1024 * 1024)) + 2);
    expect(fake.stats.syncs).toBe(expectedSyncs);
    expect(Math.max(...fake.stats.responseBytes)).toBeLessThanOrEqual(5 * 1024 * 1024);
    if (process.env.CL_REPORT) console.log(`${rows} rows: ${fake.stats.syncs} syncs, responses ${fake.stats.responseBytes.join(", ")} bytes`);
  });

  it("halves a block refused for its size and still reads every row", async () => {
    const fake = fakeWithActivities(3_000);
    const expected = await readSnapshot(fake.run, standardV1);
    const tight = createFakeExcel({ model: fake.model, limits: { maxResponseBytes: 60_000 } });
    const snapshot = await readSnapshot(tight.run, standardV1, { bytesPerCell: 4 });
    expect(snapshot).toEqual(expected);
    expect(Math.max(...tight.stats.responseBytes.filter((b) => b <= 60_000))).toBeLessThanOrEqual(60_000);
    expect(tight.stats.syncs).toBeGreaterThan(fake.stats.syncs);
  });
});

describe("the fake Excel", () => {
  it("refuses to read a property that was not loaded and synced", async () => {
    const fake = createFakeExcel({ model: modelFromSnapshot(sample) });
    await expect(
      fake.run(async (ctx) => {
        const range = ctx.workbook.worksheets.getItem("基本信息").getRange("A1");
        range.load("values");
        return range.values;
      }),
    ).rejects.toMatchObject({ code: "PropertyNotLoaded" });
  });

  it("throws AccessDenied when protecting a protected sheet", async () => {
    const fake = createFakeExcel({ model: modelFromSnapshot(sample) });
    await expect(
      fake.run(async (ctx) => {
        const p = ctx.workbook.worksheets.getItem("基本信息").protection;
        p.protect();
        p.protect();
        await ctx.sync();
      }),
    ).rejects.toBeInstanceOf(FakeExcelError);
  });
});
