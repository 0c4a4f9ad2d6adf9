/**
 * `npm run bench` (issue #6): every figure with its target and a pass/miss mark, printed as a
 * table and written to bench/results.json ([{name, value, unit, target, pass, note?}]). Medians of
 * ≥ 5 runs after warm-up. `npm run bench -- validation syncs` runs only the named sections
 * (validation, syncs, summarize, cli, pane, app, rollup, import).
 * @module
 */
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { cpus } from "node:os";
import { benchValidation } from "./validation";
import { benchSyncs } from "./syncs";
import { benchSummarize } from "./summarize";
import { benchCli, benchRollup, makeTmp, removeTmp, ROOT, writeGenerated } from "./cli";
import { appFigures, buildPane, firstPaint, paneWeight } from "./pane";
import { benchImport } from "./import";
import type { BenchRow } from "./stats";

const SECTIONS = ["validation", "syncs", "summarize", "cli", "pane", "app", "rollup", "import"] as const;

function table(rows: readonly BenchRow[]): string {
  const cells = rows.map((r) => [r.pass ? "pass" : r.note?.startsWith("skipped") ? "skip" : "MISS", r.name, Number.isNaN(r.value) ? "—" : String(r.value), r.unit, r.target]);
  const head = ["", "name", "value", "unit", "target"];
  const width = (s: string): number => [...s].reduce((n, ch) => n + (/[\u1100-\uffff]/u.test(ch) ? 2 : 1), 0);
  const w = head.map((h, i) => Math.max(width(h), ...cells.map((c) => width(c[i]))));
  const line = (c: string[]): string => c.map((s, i) => (i === 2 ? " ".repeat(w[i] - width(s)) + s : s + " ".repeat(w[i] - width(s)))).join("  ");
  return [line(head), w.map((n) => "-".repeat(n)).join("  "), ...cells.map(line)].join("\n");
}

async function main(): Promise<void> {
  const asked = process.argv.slice(2).filter((a) => (SECTIONS as readonly string[]).includes(a));
  const want = (s: (typeof SECTIONS)[number]): boolean => asked.length === 0 || asked.includes(s);
  const rows: BenchRow[] = [];
  const step = async (label: string, f: () => Promise<BenchRow[]> | BenchRow[]): Promise<void> => {
    process.stderr.write(`bench: ${label}…\n`);
    const t0 = Date.now();
    try {
      rows.push(...(await f()));
    } catch (e) {
      rows.push({ name: `${label}: failed`, value: NaN, unit: "", target: "runs", pass: false, note: e instanceof Error ? e.message.split("\n")[0] : String(e) });
    }
    process.stderr.write(`bench: ${label} done in ${((Date.now() - t0) / 1000).toFixed(1)} s\n`);
  };
  const tmp = makeTmp();
  try {
    if (want("validation")) {
      await step("validation", () => {
        const v = benchValidation();
        process.stderr.write(`bench: validation: ${v.detail}\n`);
        return v.rows;
      });
    }
    if (want("syncs")) await step("syncs", () => benchSyncs());
    if (want("summarize")) await step("summarize", () => benchSummarize());
    if (want("cli")) await step("summarize (CLI)", () => benchCli(tmp));
    if (want("pane")) {
      await step("pane", async () => {
        const dist = join(tmp, "dist");
        buildPane(dist);
        return [...paneWeight(dist), ...(await firstPaint(dist))];
      });
    }
    if (want("app")) {
      await step("网页版 (app.html)", async () => {
        const dist = join(tmp, "dist");
        if (!existsSync(join(dist, "app.html"))) buildPane(dist);
        const workbook = join(tmp, "bench-10k.xlsx");
        await writeGenerated(workbook, 10000);
        return appFigures(dist, workbook);
      });
    }
    if (want("rollup")) await step("roll-up", () => benchRollup(tmp));
    if (want("import")) await step("import", () => benchImport(tmp));
  } finally {
    removeTmp(tmp);
  }
  const file = join(ROOT, "bench", "results.json");
  writeFileSync(file, `${JSON.stringify(rows, null, 2)}\n`);
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? "CPU"}, Node ${process.version}`;
  process.stdout.write(`\ncampaign-ledger benchmark (${machine}; medians of ≥ 5 runs after warm-up)\n\n${table(rows)}\n\n`);
  for (const r of rows.filter((x) => x.note)) process.stdout.write(`  ${r.name}: ${r.note}\n`);
  const missed = rows.filter((r) => !r.pass).length;
  process.stdout.write(`\n${rows.length - missed} of ${rows.length} figures meet their target; written to bench/results.json\n`);
}

main().catch((e) => {
  process.stderr.write(`bench failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 1;
});
