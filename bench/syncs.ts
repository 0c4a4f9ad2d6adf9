/**
 * 2. Excel round-trips: syncs and bytes moved for a full check (readSnapshot through the Office.js
 * adapter, then validateWorkbook) of workbooks of 1k, 10k and 100k 活动台账 rows, against the
 * adapter's counting fake of the Excel object model (src/adapters/excel/fake), whose requests are
 * counted by the strict size model of src/adapters/excel/request-size.ts (object paths included);
 * and 规范数据 of 1k and 20k changes (apply with the log, then undo): the largest request.
 * @module
 */
import { standardV1, validateWorkbook } from "../src/core";
import type { Change } from "../src/core";
import { applyFixes, undoLastFixes } from "../src/adapters/excel/apply-fixes";
import { addSheet, createFakeExcel, emptyWorkbook, modelFromSnapshot, setCell } from "../src/adapters/excel/fake";
import { readSnapshot } from "../src/adapters/excel/read-snapshot";
import { watchChanges } from "../src/adapters/excel/watch-changes";
import { WEB_PAYLOAD_LIMIT } from "../src/adapters/excel/request-size";
import { activityWorkbook } from "./ledger";
import { round, type BenchRow } from "./stats";

const BLOCK = 4 * 1024 * 1024;

/** One full check of a workbook of `rows` activity rows: syncs, bytes, findings. */
export async function fullCheck(rows: number): Promise<{ syncs: number; requestBytes: number; responseBytes: number; allowed: number; findings: number }> {
  const { snapshot } = activityWorkbook(rows, 0.01);
  const fake = createFakeExcel({ model: modelFromSnapshot(snapshot) });
  const read = await readSnapshot(fake.run, standardV1);
  const findings = validateWorkbook(read, standardV1).findings.length;
  const responseBytes = fake.stats.responseBytes.reduce((a, b) => a + b, 0);
  const requestBytes = fake.stats.requestBytes.reduce((a, b) => a + b, 0);
  // Target: ≤ 3 syncs whatever the size, plus one per ~4 MB block of values.
  const allowed = 3 + Math.max(0, Math.ceil(responseBytes / BLOCK) - 1);
  return { syncs: fake.stats.syncs, requestBytes, responseBytes, allowed, findings };
}

/** 规范数据 of `n` typed-as-text figures, applied with the log and undone: syncs and the largest request (strict size model). */
export async function fixRoundTrip(n: number): Promise<{ applySyncs: number; undoSyncs: number; maxRequest: number }> {
  const model = emptyWorkbook();
  const sheet = addSheet(model, "活动台账");
  const changes: Change[] = [];
  for (let r = 1; r <= n; r++) {
    setCell(sheet, r, 3, `${r}人`);
    changes.push({ sheet: "活动台账", cell: `C${r}`, before: `${r}人`, after: r, kind: "number", numFmt: "0", note: `“${r}人”→ ${r}`, group: `活动台账!${r}` });
  }
  const fake = createFakeExcel({ model });
  await applyFixes(fake.run, changes, { log: true });
  const applySyncs = fake.stats.syncs;
  const applyMax = Math.max(...fake.stats.requestBytes);
  fake.resetStats();
  await undoLastFixes(fake.run);
  return { applySyncs, undoSyncs: fake.stats.syncs, maxRequest: Math.max(applyMax, ...fake.stats.requestBytes) };
}

/** The watcher's comparison for edits Excel did not report (audit §3 P6): syncs and bytes of one, on a workbook of `rows` rows. */
export async function watchComparison(rows: number): Promise<{ syncs: number; bytes: number }> {
  const { snapshot } = activityWorkbook(rows, 0.01);
  const fake = createFakeExcel({ model: modelFromSnapshot(snapshot) });
  const stop = await watchChanges(fake.run, standardV1, () => undefined);
  fake.resetStats();
  await fake.select("活动台账", "C5");
  const bytes = [...fake.stats.requestBytes, ...fake.stats.responseBytes].reduce((a, b) => a + b, 0);
  const syncs = fake.stats.syncs;
  await stop();
  return { syncs, bytes };
}

export async function benchSyncs(sizes = [1_000, 10_000, 100_000]): Promise<BenchRow[]> {
  const out: BenchRow[] = [];
  for (const n of [1_000, 20_000]) {
    const r = await fixRoundTrip(n);
    out.push({
      name: `syncs: 规范数据 apply / undo, ${n / 1000}k changes (strict size model)`,
      value: round(r.maxRequest / 1024 / 1024),
      unit: "MB",
      target: "largest request ≤ 5 MB",
      pass: r.maxRequest <= WEB_PAYLOAD_LIMIT,
      note: `${r.applySyncs} syncs to apply, ${r.undoSyncs} to undo`,
    });
  }
  const w = await watchComparison(100_000);
  out.push({ name: "syncs: re-check signature comparison (selection change or every 3 s), 100k rows", value: w.syncs, unit: "syncs", target: "1 sync, ≤ 8 KB", pass: w.syncs === 1 && w.bytes <= 8 * 1024, note: `${round(w.bytes / 1024)} KB sent and read` });
  for (const rows of sizes) {
    const r = await fullCheck(rows);
    const mb = r.responseBytes / 1024 / 1024;
    out.push({
      name: `syncs: full check, ${rows / 1000}k rows (Office.js adapter, counting fake)`,
      value: r.syncs,
      unit: "syncs",
      target: `≤ 3 + 1 per further 4 MB block = ${r.allowed}`,
      pass: r.syncs <= r.allowed,
      note: `${round(mb)} MB read, ${round(r.requestBytes / 1024)} KB sent, ${r.findings} findings`,
    });
    out.push({ name: `syncs: bytes moved, ${rows / 1000}k rows`, value: round(mb), unit: "MB", target: "report (≤ 5 MB per sync)", pass: true });
  }
  return out;
}
