/**
 * Findings: what validation reports (spec "Findings").
 * @module
 */

/** `error` blocks export unless forced (强制); `warning` informs (提示). */
export type Severity = "error" | "warning";

/** One finding about a cell, a column or a whole sheet. */
export interface Finding {
  readonly severity: Severity;
  /** Sheet name as in the workbook (the standard name when the sheet is missing). */
  readonly sheet: string;
  /** A1 address (`C5`), or "" for a sheet-level finding or a missing header. */
  readonly cell: string;
  /** Stable rule id (docs/rules.md). */
  readonly rule: string;
  /** Chinese message: what is wrong and what to do. */
  readonly message: string;
}
