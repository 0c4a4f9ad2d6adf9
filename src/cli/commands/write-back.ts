/**
 * Shared parts of the write-back commands (fix, upgrade): input/output paths that never let the
 * input be overwritten, loading through the size guards, and how values are shown in lists.
 * @module
 */
import { readFileSync, realpathSync } from "node:fs";
import { resolve } from "node:path";
import type { CellValue } from "../../core";
import { clipTyped } from "../../core/validate/check-cell";
import { UsageError } from "../main";

/** The input path and bytes and the output path of `cmd IN.xlsx -o OUT.xlsx`. @throws UsageError */
export function inputAndOutput(command: string, positionals: readonly string[], output: string | undefined): { input: string; bytes: Uint8Array; output: string } {
  if (positionals.length === 0) throw new UsageError("请指定要读取的 .xlsx 文件。");
  if (positionals.length > 1) throw new UsageError(`只能指定一个 .xlsx 文件，多余的参数：${positionals.slice(1).join(" ")}`);
  const input = positionals[0];
  if (!output) throw new UsageError(`请用 -o 指定输出文件，如 campaign-ledger ${command} ${input} -o 输出.xlsx（原文件不会被修改）。`);
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(input);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(code === "ENOENT" ? `找不到文件：${input}` : code === "EISDIR" ? `${input} 是文件夹，不是 .xlsx 文件。` : `无法读取文件 ${input}（${code ?? "未知错误"}）。`);
  }
  const real = (p: string): string => {
    try {
      return realpathSync(p);
    } catch {
      return resolve(p);
    }
  };
  if (real(input) === real(output)) throw new UsageError(`输出文件不能与输入文件相同（${output}）：本工具从不修改原文件，请另起文件名。`);
  return { input, bytes, output };
}

/** A cell value as shown in a change list: text quoted and clipped, blank as （空）. */
export function shown(v: CellValue): string {
  if (v === null || v === "") return "（空）";
  if (typeof v === "string") return `“${clipTyped(v)}”`;
  return String(v);
}
