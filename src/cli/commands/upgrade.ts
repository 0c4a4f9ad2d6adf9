/**
 * `campaign-ledger upgrade IN.xlsx -o OUT.xlsx` (套用/修复标准表, issue #5 §2): restores the
 * standard workbook structure on a copy — renamed sheets, missing sheets/columns/项目, tables,
 * validations, generated sheets — without moving or losing a user value, and keeps user-added
 * columns. Prints what it did, what it could not do, and the Excel-only objects the file had.
 * @module
 */
import { parseArgs } from "node:util";
import { notStandardSheets, standardV1, validateWorkbook } from "../../core";
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
  const { input, bytes, output } = inputAndOutput("upgrade", positionals, values.output);
  const wb = await loadWorkbook(bytes);
  const missing = notStandardSheets(validateWorkbook(snapshotOf(wb), standardV1).findings, standardV1);
  const report = await upgradeWorkbook(wb, standardV1);
  const objects = (await excelOnlyObjects(bytes)).map((o) => (o.kind === "x14-validations" ? { ...o, recreated: true } : o));
  const saved = await saveWorkbook(wb);
  writeOutput(output, saved, { say: (s) => io.err(s) });
  const repaired = snapshotOf(wb);
  const after = validateWorkbook(repaired, standardV1).findings;
  const errors = after.filter((f) => f.severity === "error").length;
  const lines = [`已按${standardV1.versionText} 修复，写入 ${output}（原文件未改动）：`, ...report.actions.map((a) => `  ${a}`)];
  // An office's own workbook gets blank standard sheets beside its own, which keep every value; the data is
  // taken over only by import, said once up front (new-user test 31, D27: fix refuses such a file).
  if (missing) {
    lines.unshift(`原文件不是标准台账（缺少${missing.slice(0, 2).join("、")}${missing.length > 2 ? `等${missing.length}个` : ""}工作表）：已在它旁边补建空白的标准表，本单位自己的工作表及其中的值原样保留，不会写入总结；要把其中的数据导入标准台账，请用 campaign-ledger import ${input} -o 标准台账.xlsx。`);
  }
  lines.push(...describeExcelOnly(objects));
  // The user's own sheets that look like ledgers: left as they are, and said (new-user test 4, D7).
  lines.push(...ledgerLookalikes(repaired, standardV1).map((l) => `  ${l}`));
  lines.push(`修复后：${errors}个错误、${after.length - errors}个提示（用 campaign-ledger check ${output} 查看）。`);
  io.out(`${lines.join("\n")}\n`);
  if (report.problems.length) io.err(`${report.problems.map((p) => `未能修复：${p}`).join("\n")}\n`);
  return 0;
}
