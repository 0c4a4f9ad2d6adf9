/**
 * Writing an output file for the write-back commands (folders created as needed).
 * @module
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { UsageError } from "../main";

/** Writes `data` to `path`. @throws UsageError with the system's error code. */
export function writeOutput(path: string, data: Uint8Array | string): void {
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, data);
  } catch (e) {
    throw new UsageError(`无法写入 ${path}（${(e as NodeJS.ErrnoException).code ?? "未知错误"}）。`);
  }
}
