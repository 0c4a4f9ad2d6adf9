/**
 * 导入已有台账 in the 网页版 (issue #16), loaded lazily with exceljs: a file read as the CLI's
 * `import` reads it (.xlsx through the workbook reader, .csv/.txt in UTF-8 or GBK through the CSV
 * reader), and the import written as a new standard workbook by the template writer — the same
 * bytes the CLI writes for the same content.
 * @module
 */
import { standardV1 } from "../../core/catalog";
import type { WorkbookSnapshot } from "../../core/grid";
import type { ImportedContent } from "../../core/import";
import { readWorkbook } from "../../adapters/xlsx/read-workbook";
import { readCsv } from "../../adapters/xlsx/read-csv";
import { writeWorkbook } from "../../adapters/xlsx/write-workbook";
import { analyseLedger } from "../../core/actions";

/**
 * A file's bytes as a snapshot: CSV by its extension (one sheet, named after the file as the CLI
 * names it), else .xlsx.
 * @throws LedgerFileError (one line of Chinese) when the file cannot be read.
 */
export async function readImportFile(name: string, bytes: Uint8Array): Promise<WorkbookSnapshot> {
  const ext = /\.[^.]+$/u.exec(name)?.[0].toLowerCase() ?? "";
  if (ext === ".csv" || ext === ".txt") return readCsv(bytes, name.slice(0, name.length - ext.length)).snapshot;
  return readWorkbook(bytes);
}

/**
 * The standard workbook of an import, as the CLI's `import` writes it, and its check as the CLI
 * reports it (`新台账：1个错误、0个提示`; new-user test 8, D8): the written bytes read back and analysed.
 */
export async function writeImportFile(content: ImportedContent): Promise<{ readonly bytes: Uint8Array; readonly check: { readonly errors: number; readonly warnings: number } }> {
  const bytes = await writeWorkbook(standardV1, content);
  const analysis = analyseLedger(await readWorkbook(bytes));
  return { bytes, check: { errors: analysis.errors, warnings: analysis.warnings } };
}
