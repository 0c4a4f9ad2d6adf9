/**
 * Scale run of the roll-up (issue #7), not part of `npm test`:
 *
 *   npm run build:cli && node build/cli/scripts/rollup-scale.js [units=500] [rows=200] [dir]
 *
 * Generates `units` unit workbooks of `rows` ledger rows each (scripts/rollup-units.ts) in a
 * temporary folder (kept and reused on the next run), then runs `campaign-ledger rollup` on it in a
 * child process and prints its exit code, time, workbooks per second and peak resident memory
 * (the child's own `process.resourceUsage().maxRSS`). Prints one JSON line last, for the bench.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { standardV1 } from "../src/core";
import { writeWorkbook } from "../src/adapters/xlsx/write-workbook";
import { unitContent } from "./rollup-units";

/** Writes the unit workbooks that are missing from `dir`. */
async function generate(dir: string, units: number, rows: number): Promise<void> {
  mkdirSync(dir, { recursive: true });
  const have = new Set(readdirSync(dir));
  const started = Date.now();
  for (let i = 0; i < units; i++) {
    const name = `unit-${String(i + 1).padStart(4, "0")}.xlsx`;
    if (have.has(name)) continue;
    writeFileSync(join(dir, name), await writeWorkbook(standardV1, unitContent({ name: `第${i + 1}社区居委会`, rows, seed: i + 1 })));
    if ((i + 1) % 50 === 0) process.stderr.write(`已生成 ${i + 1}/${units} 个台账（${((Date.now() - started) / 1000).toFixed(1)}秒）\n`);
  }
}

/** The child: runs the CLI and reports its peak RSS on its last stderr line. */
const child = (main: string, args: readonly string[]): string => `
const { run } = require(${JSON.stringify(main)});
run(${JSON.stringify(args)}, { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s) }).then((code) => {
  process.stderr.write("\\nmaxRSS_KB=" + process.resourceUsage().maxRSS + "\\n");
  process.exitCode = code;
});`;

async function main(): Promise<void> {
  const units = Number(process.argv[2] ?? 500);
  const rows = Number(process.argv[3] ?? 200);
  const dir = process.argv[4] ?? join(tmpdir(), `cl-rollup-scale-${units}x${rows}`);
  await generate(dir, units, rows);
  const out = join(dir, "..", `cl-rollup-scale-${units}x${rows}-汇总.xlsx`);
  const main = join(__dirname, "..", "src", "cli", "main.js");
  if (!existsSync(main)) throw new Error(`未找到 ${main}：请先运行 npm run build:cli`);
  const started = Date.now();
  const r = spawnSync(process.execPath, ["-e", child(main, ["rollup", "--dir", dir, "-o", out, "--unit", "规模测试街道办事处"])], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  const seconds = (Date.now() - started) / 1000;
  const rss = Number(/maxRSS_KB=(\d+)/u.exec(r.stderr)?.[1] ?? NaN) / 1024;
  process.stdout.write(r.stdout);
  process.stderr.write(r.stderr.replace(/\nmaxRSS_KB=\d+\n/u, "\n"));
  const result = { units, rows, exitCode: r.status, seconds: Number(seconds.toFixed(1)), workbooksPerSecond: Number((units / seconds).toFixed(1)), peakRssMB: Math.round(rss) };
  process.stdout.write(`汇总规模测试：${units}个台账×${rows}行，退出码${r.status}，用时${result.seconds}秒（含进程启动），每秒${result.workbooksPerSecond}个台账，峰值内存${result.peakRssMB} MB\n`);
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

if (require.main === module) {
  main().catch((e) => {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  });
}
