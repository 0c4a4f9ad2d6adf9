/**
 * 3b. The whole CLI `summarize` on a generated 10k-row workbook (written by writeWorkbook into a
 * temp folder): wall time and peak RSS of the process, via /usr/bin/time -v when present, else
 * a Node wrapper reading process.resourceUsage(). Also the roll-up (5.) through the CLI.
 * @module
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { fieldsOf, ledgersOf, standardV1, ymdFromSerial, type CellValue, type WorkbookSnapshot } from "../src/core";
import { writeWorkbook } from "../src/adapters/xlsx/write-workbook";
import type { SeedValue, WorkbookContent } from "../src/adapters/xlsx/content";
import { mixedWorkbook, PROFILE } from "./ledger";
import { median, round, type BenchRow } from "./stats";

export const ROOT = resolve(__dirname, "../../..");
const BIN = join(ROOT, "bin", "campaign-ledger.js");

/** A snapshot made by bench/ledger.ts as writeWorkbook content (dates as real dates, formula columns left to the template). */
export function contentOf(snapshot: WorkbookSnapshot, profile: Record<string, CellValue> = PROFILE): WorkbookContent {
  const ledgers: Record<string, Record<string, SeedValue>[]> = {};
  for (const spec of ledgersOf(standardV1)) {
    const grid = snapshot.sheets.find((s) => s.name === spec.sheet);
    const fields = fieldsOf(spec);
    ledgers[spec.sheet] = (grid?.values.slice(2) ?? []).map((row) => {
      const rec: Record<string, SeedValue> = {};
      fields.forEach((f, i) => {
        const v = row[i] ?? null;
        if (f.type === "formula" || v === null) return;
        if (f.type === "date" && typeof v === "number" && v >= 1) {
          const { y, m, d } = ymdFromSerial(v);
          rec[f.header] = { date: `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}` };
        } else rec[f.header] = v;
      });
      return rec;
    });
  }
  return { profile: profile as Record<string, SeedValue>, ledgers };
}

/** Writes a generated workbook of about `rows` rows to `file`. */
export async function writeGenerated(file: string, rows: number, seed = 7, profile: Record<string, CellValue> = PROFILE): Promise<void> {
  writeFileSync(file, await writeWorkbook(standardV1, contentOf(mixedWorkbook(rows, seed), profile)));
}

interface ProcessRun {
  readonly ms: number;
  readonly peakMb: number;
  readonly code: number;
  readonly stderr: string;
}

const hasTime = existsSync("/usr/bin/time");

/** Runs `node bin/campaign-ledger.js …args`, measuring wall time and peak RSS. */
export function runCli(args: readonly string[]): ProcessRun {
  if (hasTime) {
    const t0 = performance.now();
    const r = spawnSync("/usr/bin/time", ["-v", process.execPath, BIN, ...args], { encoding: "utf8", cwd: ROOT, maxBuffer: 256 * 1024 * 1024 });
    const ms = performance.now() - t0;
    const peak = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr ?? "");
    const wall = /Elapsed \(wall clock\) time[^:]*: (?:(\d+):)?(\d+):([\d.]+)/.exec(r.stderr ?? "");
    const wallMs = wall ? ((Number(wall[1] ?? 0) * 60 + Number(wall[2])) * 60 + Number(wall[3])) * 1000 : ms;
    return { ms: Math.min(ms, wallMs || ms), peakMb: peak ? Number(peak[1]) / 1024 : NaN, code: r.status ?? -1, stderr: r.stderr ?? "" };
  }
  const wrapper = `const t0=Date.now();process.on("exit",()=>{const u=process.resourceUsage();process.stderr.write("\\nBENCH "+(Date.now()-t0)+" "+u.maxRSS+"\\n")});process.argv=[process.argv[0],${JSON.stringify(BIN)},...process.argv.slice(1)];require(${JSON.stringify(BIN)});`;
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ["-e", wrapper, ...args], { encoding: "utf8", cwd: ROOT, maxBuffer: 256 * 1024 * 1024 });
  const ms = performance.now() - t0;
  const m = /BENCH (\d+) (\d+)/.exec(r.stderr ?? "");
  return { ms, peakMb: m ? Number(m[2]) / 1024 : NaN, code: r.status ?? -1, stderr: r.stderr ?? "" };
}

/** Median wall time and peak RSS of `runs` runs after one warm-up. */
function measure(args: readonly string[], runs = 5): { ms: number; peakMb: number; code: number; stderr: string } {
  runCli(args);
  const rs = Array.from({ length: runs }, () => runCli(args));
  return { ms: median(rs.map((r) => r.ms)), peakMb: median(rs.map((r) => r.peakMb)), code: rs[0].code, stderr: rs[0].stderr };
}

export async function benchCli(tmp: string): Promise<BenchRow[]> {
  const file = join(tmp, "ledger-10k.xlsx");
  const t0 = performance.now();
  await writeGenerated(file, 10_000);
  const writeMs = performance.now() - t0;
  const out = join(tmp, "summary.docx");
  const run = measure(["summarize", file, "-o", out, "--force", "--date", "2023-08-03"]);
  const ok = run.code === 0 && existsSync(out);
  return [
    {
      name: "summarize: whole CLI on the 10k workbook (process wall time)",
      value: round(run.ms),
      unit: "ms",
      target: "≤ 2000 ms",
      pass: ok && run.ms <= 2000,
      note: ok ? `exit ${run.code}; ${hasTime ? "/usr/bin/time -v" : "process.resourceUsage"}; workbook written in ${round(writeMs)} ms` : `failed (exit ${run.code}): ${run.stderr.split("\n")[0]}`,
    },
    { name: "summarize: whole CLI on the 10k workbook (peak RSS)", value: round(run.peakMb), unit: "MB", target: "report", pass: ok },
  ];
}

/** 5. Roll-up: `campaign-ledger rollup --dir` over `units` generated unit workbooks. */
export async function benchRollup(tmp: string, units = 50, rowsPerUnit = 200): Promise<BenchRow[]> {
  const hasRollup = existsSync(join(ROOT, "build", "cli", "src", "cli", "commands", "rollup.js"));
  if (!hasRollup) return [{ name: "roll-up: workbooks per second", value: 0, unit: "workbooks/s", target: "report", pass: false, note: "not yet: no rollup command" }];
  const dir = join(tmp, "units");
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < units; i++) {
    await writeGenerated(join(dir, `unit-${String(i + 1).padStart(2, "0")}.xlsx`), rowsPerUnit, 100 + i, { ...PROFILE, 单位名称: `第${i + 1}社区居委会` });
  }
  const out = join(tmp, "rollup.xlsx");
  const run = measure(["rollup", "--dir", dir, "-o", out, "--unit", "某某街道办事处"], 5);
  const ok = (run.code === 0 || run.code === 1) && existsSync(out);
  const rate = units / (run.ms / 1000);
  return [
    {
      name: `roll-up: workbooks per second (CLI rollup of ${units} units × ${rowsPerUnit} rows, read + checked + merged + written)`,
      value: round(rate),
      unit: "workbooks/s",
      target: "report",
      pass: ok,
      note: ok ? `${round(run.ms)} ms a run, peak ${round(run.peakMb)} MB, exit ${run.code}` : `failed (exit ${run.code}): ${run.stderr.split("\n")[0]}`,
    },
  ];
}

export function makeTmp(): string {
  return mkdtempSync(join(tmpdir(), "cl-bench-"));
}

export function removeTmp(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

export { execFileSync };
