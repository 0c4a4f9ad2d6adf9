/**
 * 3. Summarize in-process: validation + facts, narrative and .docx for 1k, 10k and 100k ledger
 * rows spread over the ledgers as a community's are (bench/ledger.ts mixedWorkbook).
 * @module
 */
import { analyzeWorkbook, standardV1, summarize } from "../src/core";
import { writeDocx } from "../src/adapters/docx/write-docx";
import { mixedWorkbook } from "./ledger";
import { median, round, timeRuns, type BenchRow } from "./stats";

/** 2023-08-03, the export day (a fixed date keeps the document identical run to run). */
const TODAY = 45141;

/** Times of the steps for one workbook of `rows` rows (ms, medians of `runs`). */
export async function summarizeTimes(rows: number, runs = 5): Promise<{ analyze: number; narrative: number; docx: number; total: number; bytes: number }> {
  const snapshot = mixedWorkbook(rows);
  const parts = { analyze: [] as number[], narrative: [] as number[], docx: [] as number[], total: [] as number[] };
  let bytes = 0;
  await timeRuns(async () => {
    const t0 = performance.now();
    const analysis = analyzeWorkbook(snapshot, standardV1);
    const t1 = performance.now();
    const { document } = summarize(analysis, standardV1, { includeNames: false, today: TODAY });
    const t2 = performance.now();
    bytes = (await writeDocx(document)).length;
    const t3 = performance.now();
    parts.analyze.push(t1 - t0);
    parts.narrative.push(t2 - t1);
    parts.docx.push(t3 - t2);
    parts.total.push(t3 - t0);
  }, runs, 0);
  // The first runs were warm-up: keep the last `runs` of warmup + runs.
  const m = (xs: number[]): number => median(xs.slice(-runs));
  return { analyze: m(parts.analyze), narrative: m(parts.narrative), docx: m(parts.docx), total: m(parts.total), bytes };
}

export async function benchSummarize(): Promise<BenchRow[]> {
  const out: BenchRow[] = [];
  const totals: Record<number, number> = {};
  for (const rows of [1_000, 10_000, 100_000]) {
    const t = await summarizeTimes(rows, rows >= 100_000 ? 5 : 7);
    totals[rows] = t.total;
    const target = rows === 10_000 ? "≤ 150 ms" : "report (linear growth)";
    out.push({
      name: `summarize: in-process, ${rows / 1000}k rows (validate + facts + narrative + .docx)`,
      value: round(t.total),
      unit: "ms",
      target,
      pass: rows === 10_000 ? t.total <= 150 : true,
      note: `validate+facts ${round(t.analyze)} ms, narrative ${round(t.narrative)} ms, docx ${round(t.docx)} ms (${round(t.bytes / 1024)} KB)`,
    });
  }
  const g1 = totals[10_000] / totals[1_000];
  const g2 = totals[100_000] / totals[10_000];
  out.push({ name: "summarize: growth 1k → 10k → 100k rows", value: round(g2, 2), unit: "× per 10× rows", target: "≈ 10× per 10× rows (linear; ≤ 13×)", pass: g2 <= 13 && g1 <= 13, note: `1k→10k ×${round(g1, 2)}, 10k→100k ×${round(g2, 2)}` });
  return out;
}
