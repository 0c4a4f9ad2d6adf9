/**
 * The built CLI (bin/campaign-ledger.js) for e2e comparisons: its stdout, whatever the exit code
 * when it is 1 (the workbook has errors); any other failure throws.
 */
import { execFileSync } from "node:child_process";
import { join, resolve } from "node:path";

const ROOT = resolve(__dirname, "../../..");
const BIN = join(ROOT, "bin", "campaign-ledger.js");

export function cli(...args: string[]): string {
  try {
    return execFileSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: "utf8" });
  } catch (error) {
    const e = error as { status?: number; stdout?: string };
    if (e.status === 1 && typeof e.stdout === "string") return e.stdout;
    throw error;
  }
}
