/**
 * Workbooks written to disk for tests that run the CLI on them.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { standardV1 } from "../../src/core";
import { writeWorkbook } from "../../src/adapters/xlsx/write-workbook";
import type { WorkbookContent } from "../../src/adapters/xlsx/content";

/** A standard workbook of `content` (profile items and ledger rows by their Chinese names) in a fresh folder; its path. */
export async function workbookFile(content: WorkbookContent, name = "台账.xlsx"): Promise<string> {
  const file = join(mkdtempSync(join(tmpdir(), "cl-test-")), name);
  writeFileSync(file, await writeWorkbook(standardV1, content));
  return file;
}
