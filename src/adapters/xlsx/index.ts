/**
 * The exceljs adapter: writes the standard workbook from the catalog and reads any .xlsx into a
 * `WorkbookSnapshot`. Bytes in, bytes out; the CLI does the file I/O.
 * @module
 */
export { writeWorkbook, TITLE_ROW, HEADER_ROW, VALIDATION_ROWS, validationLastRow } from "./write-workbook";
export { readWorkbook, DEFAULT_MAX_BYTES } from "./read-workbook";
export type { ReadOptions } from "./read-workbook";
export type { WorkbookContent, SeedValue } from "./content";
export { LedgerFileError, FileErrorMessage } from "./errors";
export type { LedgerFileErrorCode } from "./errors";
export { LIST_SHEET } from "./validation";
export { VERSION_CELL } from "./write-generated";
export { dateToSerial, serialToDate } from "./cell-values";
