/**
 * Loads every corpus workbook (workbooks/*.ts), in file-name order.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { CorpusWorkbook } from "./types";

export type { CorpusWorkbook } from "./types";

const dir = join(__dirname, "workbooks");

/** All corpus workbooks, sorted by id. */
export function loadCorpus(): CorpusWorkbook[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".ts"))
    .sort()
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    .map((f) => (require(join(dir, f)) as { workbook: CorpusWorkbook }).workbook);
}

/** The source text of a corpus workbook. */
export function sourceText(w: CorpusWorkbook): string {
  return readFileSync(join(__dirname, "..", "..", "..", "shared", "reference", w.source), "utf8");
}
