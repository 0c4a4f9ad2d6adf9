/**
 * Shared parts of the write-back commands (fix, upgrade): input/output paths that never let the
 * input be overwritten, loading through the size guards, and how values are shown in lists.
 * @module
 */
import type { CellValue } from "../../core";
import { clipTyped } from "../../core/validate/check-cell";
import { checkOutput, onlyInput, readInput, UsageError } from "../files";

/** The input path and bytes and the output path of `cmd IN.xlsx -o OUT.xlsx`. @throws UsageError */
export function inputAndOutput(command: string, positionals: readonly string[], output: string | undefined): { input: string; bytes: Uint8Array; output: string } {
  const input = onlyInput(positionals);
  if (!output) throw new UsageError(`请用 -o 指定输出文件，如 campaign-ledger ${command} ${input} -o 输出.xlsx（原文件不会被修改）。`);
  const bytes = readInput(input);
  checkOutput(output, { inputs: [input], ext: ".xlsx" });
  return { input, bytes, output };
}

/** A cell value as shown in a change list: text quoted and clipped, blank as （空）. */
export function shown(v: CellValue): string {
  if (v === null || v === "") return "（空）";
  if (typeof v === "string") return `“${clipTyped(v)}”`;
  return String(v);
}
