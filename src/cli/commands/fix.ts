/**
 * `campaign-ledger fix IN.xlsx -o OUT.xlsx [--json]` (规范数据, issue #5 §1): plans the core's
 * normalisation fixes, applies them to the loaded workbook (formats, other sheets and user columns
 * survive) and writes OUT; the input is never modified. Prints every change (cell, before, after),
 * the values left as typed (with the reason) and those it could not read; exit 0 even then. A workbook that is
 * no standard ledger (an office's own sheets) is refused with the `import` hint, exit 2, nothing written.
 * @module
 */
import { parseArgs } from "node:util";
import { fixPlan, formatSerialDate, notStandardSheets, standardV1, validateWorkbook, type Change } from "../../core";
import { applyChangesToWorkbook, extendTables } from "../../adapters/xlsx/apply-changes";
import { describeExcelOnly, excelOnlyObjects } from "../../adapters/xlsx/package-inspect";
import { loadWorkbook, snapshotOf } from "../../adapters/xlsx/read-workbook";
import { restoreValidations, saveWorkbook } from "../../adapters/xlsx/upgrade";
import type { Io } from "../main";
import { writeOutput } from "./output";
import { inputAndOutput, shown } from "./write-back";
import { UsageError } from "../files";
import { notStandardLine } from "../format";

const after = (c: Change): string => (c.kind === "date" && typeof c.after === "number" ? formatSerialDate(c.after) : shown(c.after));

/** Runs `fix`; returns the exit code (0, or 2 through a thrown UsageError / LedgerFileError). */
export async function fixCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({ args, options: { output: { type: "string", short: "o" }, json: { type: "boolean" } }, allowPositionals: true });
  const { input, bytes, output } = inputAndOutput("fix", positionals, values.output);
  const wb = await loadWorkbook(bytes);
  const snapshot = snapshotOf(wb);
  // An office's own workbook is no standard ledger: "没有需要规范的值" would be false; nothing is written and
  // `import` is named, as check and next do (new-user test 31, D27).
  const missing = notStandardSheets(validateWorkbook(snapshot, standardV1).findings, standardV1);
  if (missing) throw new UsageError(notStandardLine(missing, input, "，未规范、未写入文件"));
  const plan = fixPlan(snapshot, standardV1);
  applyChangesToWorkbook(wb, plan.changes);
  // Rows typed below a table: the table reaches them, as `upgrade` makes it (new-user test 53, D12).
  const extended = extendTables(wb, plan.tables);
  const objects = await excelOnlyObjects(bytes);
  if (objects.some((o) => o.kind === "x14-validations")) await restoreValidations(wb, standardV1);
  writeOutput(output, await saveWorkbook(wb), { say: (s) => io.err(s) });
  const unreadable = plan.unreadable;
  if (values.json) {
    io.out(`${JSON.stringify({ output, changes: plan.changes, tables: extended.done, skipped: plan.skipped, unreadable, excelOnly: objects }, null, 2)}\n`);
    return 0;
  }
  const lines: string[] = [];
  lines.push(plan.changes.length ? `已规范 ${plan.changes.length} 处，写入 ${output}（原文件未改动）：` : `没有需要规范的值；已${extended.done.length ? "" : "照原样"}写入 ${output}（原文件未改动）。`);
  for (const c of plan.changes) lines.push(`  ${c.sheet}!${c.cell}  ${shown(c.before)} → ${after(c)}  ${c.note}`);
  if (extended.done.length) {
    lines.push("表格下方已填的行纳入表格：");
    for (const t of extended.done) lines.push(`  ${t.note}`);
  }
  for (const problem of extended.problems) lines.push(problem);
  if (plan.skipped.length) {
    lines.push(`未转换、请手工核对 ${plan.skipped.length} 处：`);
    for (const s of plan.skipped) lines.push(`  ${s.sheet}!${s.cell}  ${shown(s.typed)}  ${s.reason}`);
  }
  if (unreadable.length) {
    lines.push(`无法识别、保持原样 ${unreadable.length} 处：`);
    for (const f of unreadable) lines.push(`  ${f.sheet}!${f.cell}  ${f.message}`);
  }
  lines.push(...describeExcelOnly(objects));
  io.out(`${lines.join("\n")}\n`);
  return 0;
}
