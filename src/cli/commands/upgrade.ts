/**
 * `campaign-ledger upgrade IN.xlsx -o OUT.xlsx` (套用/修复标准表, issue #5 §2): restores the
 * standard workbook structure on a copy — renamed sheets, missing sheets/columns/项目, tables,
 * validations, generated sheets — without moving or losing a user value, and keeps user-added
 * columns. Prints what it did, what it could not do, and the Excel-only objects the file had.
 * @module
 */
import { parseArgs } from "node:util";
import { standardV1, validateWorkbook } from "../../core";
import { ledgerLookalikes } from "../../core/import/lookalike";
import { describeExcelOnly, excelOnlyObjects } from "../../adapters/xlsx/package-inspect";
import { loadWorkbook, snapshotOf } from "../../adapters/xlsx/read-workbook";
import { saveWorkbook, upgradeWorkbook } from "../../adapters/xlsx/upgrade";
import type { Io } from "../main";
import { writeOutput } from "./output";
import { inputAndOutput } from "./write-back";

/** Runs `upgrade`; returns the exit code (0; 2 through a thrown UsageError / LedgerFileError). */
export async function upgradeCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({ args, options: { output: { type: "string", short: "o" } }, allowPositionals: true });
  const { bytes, output } = inputAndOutput("upgrade", positionals, values.output);
  const wb = await loadWorkbook(bytes);
  const report = await upgradeWorkbook(wb, standardV1);
  const objects = (await excelOnlyObjects(bytes)).map((o) => (o.kind === "x14-validations" ? { ...o, recreated: true } : o));
  const saved = await saveWorkbook(wb);
  writeOutput(output, saved, { say: (s) => io.err(s) });
  const repaired = snapshotOf(wb);
  const after = validateWorkbook(repaired, standardV1).findings;
  const errors = after.filter((f) => f.severity === "error").length;
  const lines = [`已按${standardV1.versionText} 修复，写入 ${output}（原文件未改动）：`, ...report.actions.map((a) => `  ${a}`)];
  lines.push(...describeExcelOnly(objects));
  // The user's own sheets that look like ledgers: left as they are, and said (new-user test 4, D7).
  lines.push(...ledgerLookalikes(repaired, standardV1).map((l) => `  ${l}`));
  lines.push(`修复后：${errors}个错误、${after.length - errors}个提示（用 campaign-ledger check ${output} 查看）。`);
  io.out(`${lines.join("\n")}\n`);
  if (report.problems.length) io.err(`${report.problems.map((p) => `未能修复：${p}`).join("\n")}\n`);
  return 0;
}
