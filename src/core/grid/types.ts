/**
 * The host-neutral workbook snapshot that adapters (Office.js, exceljs) produce and the core
 * reads. No Office, DOM or file-system types.
 * @module
 */

/**
 * One cell value as Office.js `Range.values` gives it: a string, a number (dates are Excel
 * serial numbers, day 1 = 1900-01-01), a boolean, or null/"" for blank. Excel error values are
 * strings such as `#DIV/0!` and `#REF!`.
 */
export type CellValue = string | number | boolean | null;

/** An Excel table (ListObject) on a sheet: its name and its A1 range, header row included. */
export interface TableRef {
  readonly name: string;
  /** A1 range of the whole table, header row included (`A2:F10`). */
  readonly ref: string;
}

/** One worksheet's used range. */
export interface SheetGrid {
  readonly name: string;
  /** 1-based row of values[0]. */
  readonly originRow: number;
  /** 1-based column of values[r][0]. */
  readonly originCol: number;
  /** Row-major values of the used range. Rows may be shorter than the widest row. */
  readonly values: readonly (readonly CellValue[])[];
  /** Formulas by A1 address (`E5` → `IF(...)`, without `=`), only for cells that hold one. */
  readonly formulas?: Readonly<Record<string, string>>;
  /** Tables on this sheet. */
  readonly tables: readonly TableRef[];
  /** Merged ranges in A1 (`B3:C3`), when the adapter knows them. */
  readonly merges?: readonly string[];
  /** 1-based rows hidden by the user, when the adapter knows them. */
  readonly hiddenRows?: readonly number[];
  /** Sheet visibility. */
  readonly visibility?: "visible" | "hidden" | "veryHidden";
}

/** A whole workbook as the core sees it. */
export interface WorkbookSnapshot {
  readonly sheets: readonly SheetGrid[];
  /** Workbook-level defined names → what they refer to (`填报说明!$B$3`). */
  readonly names?: Readonly<Record<string, string>>;
}
