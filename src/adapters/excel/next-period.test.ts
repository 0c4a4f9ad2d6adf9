/** @jest-environment node */
/**
 * 开始下一期 in the open workbook (issue #17): the pane's operations over the strict fake Excel
 * (seeded from each sample file) write what the CLI's `next` writes — the same 基本信息, the same
 * rows in every ledger, the same 上期指标 — and the result is checked without errors; a protected
 * ledger stops it before any cell changes; a second run replaces 上期指标.
 */
import { readFileSync } from "node:fs";
import { Workbook } from "exceljs";
import { join } from "node:path";
import { analyseLedger, comparisonFor, standardV1, type CellValue, type SheetGrid, type WorkbookSnapshot } from "../../core";
import { readWorkbook } from "../xlsx";
import { nextPeriodFile } from "../xlsx/next-period";
import { readSnapshot } from "./read-snapshot";
import { ALL_FEATURES } from "./types";
import { createFakeExcel, modelFromSnapshot, type FakeExcel } from "./fake";
import { findSheet } from "./fake/model";
import { createOps } from "../../taskpane/operations";
import { NextPeriodWriteError } from "./next-period";

const SAMPLES = join(__dirname, "../../../samples");
const LEDGERS = ["组织保障", "宣传投放", "志愿服务", "先进典型", "问题整改", "活动台账", "其他指标", "文字材料"];

/** A sheet's rows from row 1 as plain values, trailing blanks dropped (dates as serials). */
function rowsOf(s: WorkbookSnapshot, name: string): CellValue[][] {
  const g = s.sheets.find((x) => x.name === name) as SheetGrid;
  const out: CellValue[][] = [];
  for (let r = 1; r < g.originRow + g.values.length; r++) {
    const row: CellValue[] = [];
    const width = Math.max(0, ...g.values.map((v) => v.length)) + g.originCol - 1;
    for (let c = 1; c <= width; c++) {
      const v = g.values[r - g.originRow]?.[c - g.originCol] ?? null;
      row.push(v === "" ? null : v);
    }
    while (row.length && row[row.length - 1] === null) row.pop();
    out.push(row);
  }
  while (out.length && !out[out.length - 1].length) out.pop();
  return out;
}

/** Rows of a ledger below its header (row 2), the 整改率 column left out (a formula: exceljs keeps no result, the fake none either). */
function ledgerRows(s: WorkbookSnapshot, name: string): CellValue[][] {
  const rows = rowsOf(s, name);
  const rate = (rows[1] ?? []).indexOf("整改率");
  return rows.slice(2).map((r) => r.filter((_, i) => i !== rate));
}

async function fakeOf(file: string): Promise<FakeExcel> {
  return createFakeExcel({ model: modelFromSnapshot(await readWorkbook(readFileSync(file))) });
}

describe.each(["community-2023-h1", "community-2022-h2", "bureau-2023-h1", "womens-federation-2023", "street-2023"])("开始下一期 in Excel on %s", (sample) => {
  const file = join(SAMPLES, `${sample}.xlsx`);

  it("writes what the CLI's next writes, and the result has no errors", async () => {
    const cli = await nextPeriodFile(readFileSync(file), standardV1);
    if (!cli.ok) throw new Error(cli.message);
    const expected = await readWorkbook(cli.bytes);

    const fake = await fakeOf(file);
    const ops = createOps(fake.run, ALL_FEATURES);
    const plan = await ops.nextPeriod!.plan();
    if (!plan.ok) throw new Error(plan.message);
    expect(plan.next.carried).toEqual(cli.next.carried);
    const done = await ops.nextPeriod!.apply(plan);
    expect(done).toMatchObject({ kind: "in-place", tablesResized: true });
    const after = await readSnapshot(fake.run, standardV1);

    expect(rowsOf(after, "基本信息")).toEqual(rowsOf(expected, "基本信息"));
    for (const sheet of LEDGERS) expect({ sheet, rows: ledgerRows(after, sheet) }).toEqual({ sheet, rows: ledgerRows(expected, sheet) });
    expect(rowsOf(after, "上期指标")).toEqual(rowsOf(expected, "上期指标"));
    // Each table ends at its last carried row (or holds one empty row), as in the CLI's file.
    for (const t of fake.model.tables) {
      const twin = expected.sheets.flatMap((g) => g.tables).find((x) => x.name === t.name);
      expect({ table: t.name, bottom: t.bounds.bottom }).toEqual({ table: t.name, bottom: Number(/\d+$/.exec(twin!.ref)![0]) });
    }
    const sheet = findSheet(fake.model, "上期指标")!;
    expect(sheet.protected).toBe(true);
    const analysis = analyseLedger(after);
    expect(analysis.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(comparisonFor(analysis)?.ok).toBe(true);
  });
});

describe("开始下一期 in Excel: what the user must not lose", () => {
  const file = join(SAMPLES, "community-2023-h1.xlsx");

  it("carries the open problems as 上期遗留 with what is left, and the plans as 上期打算", async () => {
    const fake = await fakeOf(file);
    const before = analyseLedger(await readSnapshot(fake.run, standardV1));
    const open = before.workbook.ledgers.rectification.rows.filter((r) => Number(r.cells.found.value) - Number(r.cells.rectified.value ?? 0) > 0);
    const plans = before.workbook.ledgers.texts.rows.filter((r) => r.cells.kind.value === "下一步打算");
    const ops = createOps(fake.run, ALL_FEATURES);
    const plan = await ops.nextPeriod!.plan();
    if (!plan.ok) throw new Error(plan.message);
    await ops.nextPeriod!.apply(plan);
    const after = analyseLedger(await readSnapshot(fake.run, standardV1));
    const rect = after.workbook.ledgers.rectification.rows;
    expect(rect.map((r) => [r.cells.kind.value, r.cells.found.value, r.cells.rectified.value, r.cells.origin.value])).toEqual(
      open.map((r) => [r.cells.kind.value, Number(r.cells.found.value) - Number(r.cells.rectified.value ?? 0), 0, "上期遗留"]),
    );
    expect(after.workbook.ledgers.texts.rows.map((r) => [r.cells.kind.value, r.cells.content.value, r.cells.progress?.value ?? null])).toEqual(plans.map((r) => ["上期打算", r.cells.content.value, null]));
    expect(after.workbook.ledgers.activities.rows).toEqual([]);
    expect([after.facts.profile.year, after.facts.profile.period]).toEqual([2023, "下半年"]);
  });

  it("keeps a user's own column's values on carried rows and clears them on the others; a note beside the table stays", async () => {
    const fake = await fakeOf(file);
    const t = fake.model.tables.find((x) => x.name === "tbl_Rectification")!;
    const sheet = t.sheet;
    // A user column at the table's right, inside the table, and a note beside the table.
    const col = t.bounds.right + 1;
    (sheet.rows[t.bounds.top - 1] ??= [])[col - 1] = { value: "牵头人" };
    for (let r = t.bounds.top + 1; r <= t.bounds.bottom; r++) (sheet.rows[r - 1] ??= [])[col - 1] = { value: `人${r}` };
    t.bounds = { ...t.bounds, right: col };
    (sheet.rows[t.bounds.top] ??= [])[col + 1] = { value: "旁注" };
    const ops = createOps(fake.run, ALL_FEATURES);
    const plan = await ops.nextPeriod!.plan();
    if (!plan.ok) throw new Error(plan.message);
    const carried = plan.next.ledgers.find((l) => l.table === "tbl_Rectification")!.rows.map((r) => r.from);
    await ops.nextPeriod!.apply(plan);
    const kept = sheet.rows.slice(t.bounds.top, t.bounds.top + carried.length).map((r) => r[col - 1]?.value);
    expect(kept).toEqual(carried.map((r) => `人${r}`));
    expect(sheet.rows.slice(t.bounds.top + carried.length).map((r) => r?.[col - 1]?.value ?? null).filter((v) => v !== null && v !== "")).toEqual([]);
    expect(sheet.rows[t.bounds.top]?.[col + 1]?.value).toBe("旁注");
  });

  it("stops before any cell changes when a ledger sheet is protected", async () => {
    const fake = await fakeOf(file);
    const ops = createOps(fake.run, ALL_FEATURES);
    const plan = await ops.nextPeriod!.plan();
    if (!plan.ok) throw new Error(plan.message);
    findSheet(fake.model, "活动台账")!.protected = true;
    const before = JSON.stringify(await readSnapshot(fake.run, standardV1));
    await expect(ops.nextPeriod!.apply(plan)).rejects.toThrow(NextPeriodWriteError);
    await expect(ops.nextPeriod!.apply(plan)).rejects.toThrow("“活动台账”受保护");
    expect(JSON.stringify(await readSnapshot(fake.run, standardV1))).toBe(before);
  });

  it("refuses a plan the workbook no longer matches (edited since), writing nothing", async () => {
    const fake = await fakeOf(file);
    const ops = createOps(fake.run, ALL_FEATURES);
    const plan = await ops.nextPeriod!.plan();
    if (!plan.ok) throw new Error(plan.message);
    const t = fake.model.tables.find((x) => x.name === "tbl_Rectification")!;
    // An edit that changes what is carried and makes no error (an error is refused as such first):
    // a problem marked fully rectified becomes open.
    await fake.edit(t.sheet.name, `C${t.bounds.top + 1}`, 0);
    const before = JSON.stringify(await readSnapshot(fake.run, standardV1));
    await expect(ops.nextPeriod!.apply(plan)).rejects.toThrow("预览之后有改动");
    expect(JSON.stringify(await readSnapshot(fake.run, standardV1))).toBe(before);
  });

  it("a second 开始下一期 advances again and replaces 上期指标 with the then-current figures", async () => {
    const fake = await fakeOf(file);
    const ops = createOps(fake.run, ALL_FEATURES);
    for (let i = 0; i < 2; i++) {
      const plan = await ops.nextPeriod!.plan();
      if (!plan.ok) throw new Error(plan.message);
      await ops.nextPeriod!.apply(plan);
    }
    const after = await readSnapshot(fake.run, standardV1);
    const a = analyseLedger(after);
    expect([a.facts.profile.year, a.facts.profile.period]).toEqual([2024, "上半年"]);
    expect(String(rowsOf(after, "上期指标")[0][0])).toContain("2023年下半年");
    expect(fake.model.sheets.filter((s) => s.name === "上期指标")).toHaveLength(1);
  });

  it("asks for the period of a 专项 workbook (period-needed), and takes one given", async () => {
    const fake = await fakeOf(file);
    const form = findSheet(fake.model, "基本信息")!;
    const row = form.rows.findIndex((r) => r?.[0]?.value === "报告期");
    form.rows[row][1] = { value: "专项" };
    const ops = createOps(fake.run, ALL_FEATURES);
    const refused = await ops.nextPeriod!.plan();
    expect(refused).toMatchObject({ ok: false, reason: "period-needed" });
    const plan = await ops.nextPeriod!.plan({ period: "上半年", year: 2024 });
    if (!plan.ok) throw new Error(plan.message);
    await ops.nextPeriod!.apply(plan);
    const a = analyseLedger(await readSnapshot(fake.run, standardV1));
    expect([a.facts.profile.year, a.facts.profile.period]).toEqual([2024, "上半年"]);
  });

  it("without ExcelApi 1.13 the tables keep their emptied rows (no resize), and the values are the same", async () => {
    const fake = await fakeOf(file);
    const bottom = fake.model.tables.find((x) => x.name === "tbl_Activities")!.bounds.bottom;
    const features = { ...ALL_FEATURES, api113: false };
    const ops = createOps(fake.run, features);
    const plan = await ops.nextPeriod!.plan();
    if (!plan.ok) throw new Error(plan.message);
    expect(await ops.nextPeriod!.apply(plan)).toMatchObject({ tablesResized: false });
    expect(fake.model.tables.find((x) => x.name === "tbl_Activities")!.bounds.bottom).toBe(bottom);
    const after = analyseLedger(await readSnapshot(fake.run, standardV1));
    expect(after.workbook.ledgers.activities.rows).toEqual([]);
    expect(after.findings.filter((f) => f.severity === "error")).toEqual([]);
  });
});

describe("开始下一期 in Excel on a workbook that is no standard ledger", () => {
  it("is refused as such (as the 网页版 and the CLI refuse it), nothing written", async () => {
    const wb = new Workbook();
    wb.addWorksheet("宣传统计").addRows([["项目", "数量", "单位"], ["公益广告", 12, "块"]]);
    const fake = createFakeExcel({ model: modelFromSnapshot(await readWorkbook(new Uint8Array(await wb.xlsx.writeBuffer()))) });
    const ops = createOps(fake.run, ALL_FEATURES);
    const refusal = {
      ok: false,
      reason: "not-standard",
      message: "这不是标准台账（缺少基本信息、组织保障等9个工作表），无法开始下一期；请先把其中的数据导入标准台账。",
      missing: ["基本信息", "组织保障", "宣传投放", "志愿服务", "先进典型", "问题整改", "活动台账", "其他指标", "文字材料"],
    };
    expect(await ops.nextPeriod!.plan()).toEqual(refusal);
    expect(await ops.nextPeriod!.plan({ override: true })).toEqual(refusal);
    expect(fake.model.sheets.map((s) => s.name)).toEqual(["宣传统计"]);
  });
});
