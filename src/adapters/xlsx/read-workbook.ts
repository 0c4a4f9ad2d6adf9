/**
 * Reads an .xlsx file (bytes) into the host-neutral `WorkbookSnapshot` (src/core/grid/types.ts)
 * with exceljs, after classifying the bytes so that users get a Chinese one-line reason for
 * files that are not workbooks (empty, .xls, encrypted, CSV, corrupt).
 * @module
 */
import { Workbook } from "exceljs";
import type { Worksheet } from "exceljs";
import type { CellValue, SheetGrid, TableRef, WorkbookSnapshot } from "../../core/grid/types";
import { toCellValue } from "./cell-values";
import { FileErrorMessage, LedgerFileError, sniffWorkbookBytes } from "./errors";
import { columnLetter } from "./validation";
import { assertZipSizes, type ZipLimits } from "./zip-directory";

/** Default upper bound on the file size (bytes): exceljs needs ~90× the file size in memory. */
export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

/** Options of {@link readWorkbook}. */
export interface ReadOptions {
  /** Files larger than this many bytes are refused with `too-large` (default 50 MB). */
  readonly maxBytes?: number;
  /** Limits on the inflated sizes of the zip's parts (see `assertZipSizes`). */
  readonly zipLimits?: ZipLimits;
}

/** exceljs cell type of the non-master cells of a merged range (`ValueType.Merge`). */
const MERGE_TYPE = 1;

/** Shapes of exceljs internals that its typings omit. */
interface TableModel {
  name?: string;
  displayName?: string;
  ref?: string;
  tableRef?: string;
}
interface LoadedTable {
  table?: TableModel;
  model?: TableModel;
}

/** A sheet name as Excel prints it in a reference: quoted only when needed. */
export function formatSheetName(name: string): string {
  const plain = /^[^\s'!"#$%&()*+,\-/:;<=>?@[\\\]^`{|}~]+$/u.test(name) && !/^\d/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

/** `'填报说明'!$B$2` → `填报说明!$B$2` (quotes kept when the sheet name needs them). */
function normaliseRange(range: string): string {
  const m = /^'((?:[^']|'')+)'!(.*)$/.exec(range);
  return m ? `${formatSheetName(m[1].replace(/''/g, "'"))}!${m[2]}` : range;
}

function tablesOf(ws: Worksheet): TableRef[] {
  const tables = Object.values((ws as unknown as { tables?: Record<string, LoadedTable> }).tables ?? {});
  const refs: TableRef[] = [];
  for (const t of tables) {
    const model = t.table ?? t.model ?? {};
    const name = model.displayName ?? model.name;
    const ref = model.tableRef ?? model.ref;
    if (name && ref) refs.push({ name, ref });
  }
  return refs;
}

/** One worksheet → SheetGrid: values of A1..(last used row, last used column per row). */
export function sheetToGrid(ws: Worksheet): SheetGrid {
  const values: CellValue[][] = [];
  const formulas: Record<string, string> = {};
  const hiddenRows: number[] = [];
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    if (row.hidden) hiddenRows.push(r);
    const cells: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (cell.type === MERGE_TYPE) return; // only the master of a merge holds the value
      const value = toCellValue(cell.value);
      const formula = cell.formula;
      if (formula) formulas[`${columnLetter(c)}${r}`] = formula.replace(/^=/, "");
      if (value === null && !formula) return;
      while (cells.length < c - 1) cells.push(null);
      cells[c - 1] = value;
    });
    if (cells.length) {
      while (values.length < r - 1) values.push([]);
      values[r - 1] = cells;
    }
  });
  const merges = ((ws.model as unknown as { merges?: string[] }).merges ?? []).slice();
  return {
    name: ws.name,
    originRow: 1,
    originCol: 1,
    values,
    formulas,
    tables: tablesOf(ws),
    merges,
    hiddenRows,
    visibility: ws.state === "hidden" || ws.state === "veryHidden" ? ws.state : "visible",
  };
}

/**
 * Reads a workbook's bytes into a snapshot: every worksheet in workbook order (hidden ones too,
 * with their `visibility`) as a SheetGrid from A1 (originRow/originCol 1) with values converted
 * to CellValue (dates as 1900-system serials, errors as `#DIV/0!` text, rich text/hyperlinks as
 * plain text, formula cells as their cached result or null), formulas by A1 address (shared
 * formulas translated), tables (name + A1 ref with header row), merges, hidden rows; and the
 * workbook-level defined names that refer to cells (`CL_StandardVersion` → `填报说明!$B$2`;
 * several areas are joined with `,`; names holding constants are dropped by exceljs).
 *
 * @throws LedgerFileError with a one-line Chinese message: `empty`, `too-large`, `xls`,
 *   `encrypted`, `not-xlsx` (text/CSV/HTML, unknown binary, a zip without worksheets) or
 *   `corrupt` (a zip exceljs cannot read; the message carries exceljs' reason).
 */
export async function readWorkbook(data: Uint8Array | ArrayBuffer, options: ReadOptions = {}): Promise<WorkbookSnapshot> {
  return snapshotOf(await loadWorkbook(data, options));
}

/** The snapshot of an exceljs workbook already loaded (see {@link readWorkbook}). */
export function snapshotOf(wb: Workbook): WorkbookSnapshot {
  const names: Record<string, string> = {};
  for (const { name, ranges } of wb.definedNames.model) {
    if (ranges.length) names[name] = ranges.map(normaliseRange).join(",");
  }
  return { sheets: wb.worksheets.map(sheetToGrid), names };
}

/** True when the zip's (uncompressed) directory names a part: part names are stored as plain bytes. */
function namesPart(bytes: Uint8Array, part: string): boolean {
  const needle = new TextEncoder().encode(part);
  outer: for (let i = 0; i + needle.length <= bytes.length; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/** A Word or PowerPoint package picked by mistake gets its own message. @throws LedgerFileError `not-xlsx` */
function assertNotOtherOfficeFile(bytes: Uint8Array): void {
  if (namesPart(bytes, "xl/workbook.xml")) return;
  if (namesPart(bytes, "word/document.xml")) throw new LedgerFileError("not-xlsx", FileErrorMessage.wordFile);
  if (namesPart(bytes, "ppt/presentation.xml")) throw new LedgerFileError("not-xlsx", FileErrorMessage.powerPointFile);
}

/**
 * Loads a workbook's bytes into an exceljs Workbook, for the commands that write it back (fix,
 * upgrade): magic bytes classified first, then the zip directory's inflated sizes checked
 * (a zip bomb or a huge sharedStrings.xml is refused before anything is inflated), then exceljs.
 * @throws LedgerFileError as {@link readWorkbook}; `too-large` also for parts that would inflate
 *   beyond `options.zipLimits` (default 300 MB a part, 600 MB in all).
 */
export async function loadWorkbook(data: Uint8Array | ArrayBuffer, options: ReadOptions = {}): Promise<Workbook> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  sniffWorkbookBytes(bytes, options.maxBytes ?? DEFAULT_MAX_BYTES);
  assertZipSizes(bytes, options.zipLimits);
  assertNotOtherOfficeFile(bytes);
  const wb = new Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as Parameters<typeof wb.xlsx.load>[0]);
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    throw new LedgerFileError("corrupt", FileErrorMessage.corrupt + reason.split("\n")[0], { cause: err });
  }
  if (wb.worksheets.length === 0) throw new LedgerFileError("not-xlsx", FileErrorMessage.noSheets);
  return wb;
}
