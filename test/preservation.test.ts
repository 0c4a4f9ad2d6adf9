/** @jest-environment node */
/**
 * Data preservation proofs (issue #5 §5): workbooks filled with random data (typed values, user
 * columns with their own formats) and random structural damage go through `upgrade` and `fix`;
 * every user cell is compared before and after — values at the same address, and the formats of
 * user columns. Zero differences are allowed, except the previewed fixes (each cell a Change
 * names holds exactly its `after`). Each random workbook takes ~2 s (exceljs), so `npm test` runs
 * 2 per property and `npm run test:e2e` 25 (test/e2e/preservation-heavy.test.ts).
 */
import fc from "fast-check";
import { Workbook } from "exceljs";
import { fixPlan, standardV1, type CellValue } from "../src/core";
import { applyChangesToWorkbook } from "../src/adapters/xlsx/apply-changes";
import { readWorkbook, snapshotOf } from "../src/adapters/xlsx/read-workbook";
import { saveWorkbook, upgradeWorkbook } from "../src/adapters/xlsx/upgrade";
import { writeWorkbook } from "../src/adapters/xlsx/write-workbook";
import type { SeedValue } from "../src/adapters/xlsx/content";
import { SEED, report } from "./fuzz/arbitraries";

const typed = fc.constantFrom<SeedValue>("１２０", "552多", "约14800", "两千", "120 面", "若干", "2023.6.5", " 公益广告 ", "#N/A", "", "〔约数〕数量：5多");
const seed = fc.oneof(typed, fc.integer({ min: -5, max: 100000 }), fc.double({ min: 0, max: 1e6, noNaN: true }), fc.string({ maxLength: 12 }), fc.constant<SeedValue>({ date: "2023-06-05" }));
type Row = { a: SeedValue; b: SeedValue; c: SeedValue; d: SeedValue; user: string };
const row: fc.Arbitrary<Row> = fc.record({ a: seed, b: seed, c: seed, d: seed, user: fc.string({ minLength: 1, maxLength: 10 }) });
const damage = fc.constantFrom("none", "rename", "unlist", "drop-header", "drop-generated", "merge");
const input = fc.record({ rows: fc.array(row, { minLength: 1, maxLength: 12 }), damage, bold: fc.boolean() });

/** Random workbooks per property: 2 in `npm test`; test/e2e/preservation-heavy.test.ts runs 25. */
const RUNS = Number(process.env.PRESERVATION_RUNS ?? 2);

type Cells = Map<string, CellValue>;

/** Every non-blank cell of the form and ledger sheets, keyed `sheet!A1` (renamed sheets under their standard name). */
async function cellsOf(bytes: Uint8Array, rename: Record<string, string> = {}): Promise<Cells> {
  const snap = await readWorkbook(bytes);
  const out: Cells = new Map();
  const standard = new Set(standardV1.sheets.filter((s) => s.kind !== "generated").map((s) => s.sheet));
  for (const grid of snap.sheets) {
    const name = rename[grid.name] ?? grid.name;
    if (!standard.has(name)) continue;
    grid.values.forEach((r, i) => r.forEach((v, j) => {
      if (v !== null && v !== "") out.set(`${name}!${String.fromCharCode(65 + j)}${i + 1}`, v);
    }));
  }
  return out;
}

async function damaged(rows: Row[], kind: string, bold: boolean): Promise<Uint8Array> {
  const wb = new Workbook();
  await wb.xlsx.load(await writeWorkbook(standardV1, {
    profile: { 单位名称: "测试社区", 单位类型: "社区", 报告年度: 2023, 报告期: "上半年" },
    ledgers: { 宣传投放: rows.map((r) => ({ 类型: r.a, 数量: r.b, "投入金额（元）": r.c, 日期: r.d, 单位: "块" })) },
  }) as never);
  const ws = wb.getWorksheet("宣传投放")!;
  ws.getCell("I2").value = "负责人";
  rows.forEach((r, i) => {
    const cell = ws.getCell(3 + i, 9);
    cell.value = r.user;
    cell.numFmt = "@";
    if (bold) cell.font = { bold: true, color: { argb: "FF0070C0" } };
  });
  if (kind === "rename") ws.name = "宣传";
  if (kind === "unlist") ws.removeTable("tbl_Publicity");
  if (kind === "drop-header") ws.getCell("E2").value = null;
  if (kind === "drop-generated") wb.removeWorksheet(wb.getWorksheet("填报说明")!.id);
  if (kind === "merge") ws.mergeCells("B3:C3");
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

function diff(before: Cells, after: Cells, allowed: Map<string, CellValue> = new Map()): string[] {
  const out: string[] = [];
  for (const [key, v] of before) {
    const want = allowed.has(key) ? allowed.get(key) : v;
    const got = after.get(key) ?? null;
    if (!Object.is(got, want) && !(want === null && got === null)) out.push(`${key}: ${JSON.stringify(v)} → ${JSON.stringify(got)}`);
  }
  return out;
}

describe("no user value is lost or moved", () => {
  let cells = 0;
  afterAll(() => report("preservation (upgrade, fix)", cells));

  it("upgrade keeps every user cell at its address, and the formats of user columns", async () => {
    await fc.assert(
      fc.asyncProperty(input, async ({ rows, damage: kind, bold }) => {
        const bytes = await damaged(rows, kind, bold);
        const before = await cellsOf(bytes, kind === "rename" ? { 宣传: "宣传投放" } : {});
        if (kind === "merge") before.delete("宣传投放!C3"); // a merged cell's hidden part is not a value
        const wb = new Workbook();
        await wb.xlsx.load(bytes as never);
        await upgradeWorkbook(wb, standardV1);
        const out = await saveWorkbook(wb);
        const after = await cellsOf(out);
        expect(diff(before, after)).toEqual([]);
        const check = new Workbook();
        await check.xlsx.load(out as never);
        const ws = check.getWorksheet("宣传投放")!;
        rows.forEach((_, i) => {
          const cell = ws.getCell(3 + i, 9);
          expect(cell.numFmt).toBe("@");
          if (bold) expect(cell.font).toMatchObject({ bold: true, color: { argb: "FF0070C0" } });
        });
        cells += before.size;
      }),
      { numRuns: RUNS, seed: SEED },
    );
  }, 120_000);

  it("fix changes exactly the previewed cells, to exactly their `after`", async () => {
    await fc.assert(
      fc.asyncProperty(input, async ({ rows, bold }) => {
        const bytes = await damaged(rows, "none", bold);
        const before = await cellsOf(bytes);
        const wb = new Workbook();
        await wb.xlsx.load(bytes as never);
        const plan = fixPlan(snapshotOf(wb), standardV1);
        applyChangesToWorkbook(wb, plan.changes);
        const after = await cellsOf(await saveWorkbook(wb));
        const allowed = new Map(plan.changes.map((c) => [`${c.sheet}!${c.cell}`, c.after === "" ? null : c.after]));
        expect(diff(before, after, allowed)).toEqual([]);
        for (const [key, v] of allowed) if (!before.has(key)) expect(after.get(key) ?? null).toEqual(v);
        cells += before.size;
      }),
      { numRuns: RUNS, seed: SEED },
    );
  }, 120_000);
});
