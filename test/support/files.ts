/**
 * Workbooks written to disk for tests that run the CLI on them.
 */
import ExcelJS from "exceljs";
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

/**
 * The data rows (row 3 on, as the standard template lays them out) of `sheet` in the workbook at `file`: the values of the
 * given 1-based `columns`, in that order. For tests that read back what `import` or `fix` wrote.
 */
export async function sheetRows(file: string, sheet: string, columns: readonly number[]): Promise<unknown[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const rows: unknown[][] = [];
  wb.getWorksheet(sheet)!.eachRow((r, i) => {
    if (i > 2) rows.push(columns.map((c) => r.getCell(c).value));
  });
  return rows;
}
