/**
 * 2. Excel round-trips: syncs and bytes moved for a full check (readSnapshot through the Office.js
 * adapter, then validateWorkbook) of workbooks of 1k, 10k and 100k 活动台账 rows, against the
 * adapter's counting fake of the Excel object model (src/adapters/excel/fake).
 * @module
 */
import { standardV1, validateWorkbook } from "../src/core";
import { createFakeExcel, modelFromSnapshot } from "../src/adapters/excel/fake";
import { readSnapshot } from "../src/adapters/excel/read-snapshot";
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

export async function benchSyncs(sizes = [1_000, 10_000, 100_000]): Promise<BenchRow[]> {
  const out: BenchRow[] = [];
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
