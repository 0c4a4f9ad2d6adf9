/**
 * Compile-time proof that the real Office.js object model satisfies the narrow interfaces of
 * ./types, and the one place that turns `Excel.run` into a `RunExcel`.
 * @module
 */
import type { RunExcel, XlContext } from "./types";

/** Fails to compile when @types/office-js and ./types drift apart. */
export function asXlContext(context: Excel.RequestContext): XlContext {
  return context;
}

/** `Excel.run(options, batch)`'s shape, with the options the adapter uses (`Excel.RunOptions`). */
export type ExcelRunWithOptions = <T>(options: { delayForCellEdit?: boolean; mergeUndoGroup?: boolean }, batch: (context: XlContext) => Promise<T>) => Promise<T>;

/**
 * A `RunExcel` over `Excel.run(options, batch)` (or the fake's `excelRun`): always with
 * `delayForCellEdit: true`, so that a batch started while the user is typing in a cell waits for
 * Enter or Esc instead of failing with InvalidOperationInCellEditMode (Microsoft: "Delay the
 * execution while a cell is being edited"; audit §0 row 7, §3 P6). `delayForCellEdit` carries no
 * requirement-set tag in @types/office-js; where it is unknown it is ignored (inferred, to verify
 * on real Excel), and the pane's automatic re-check stays quiet on that error.
 * `grouped`: `mergeUndoGroup: true` too (ExcelApi 1.20).
 */
export function runnerOf(excelRun: ExcelRunWithOptions, grouped = false): RunExcel {
  return (batch) => excelRun({ delayForCellEdit: true, ...(grouped ? { mergeUndoGroup: true } : {}) }, batch);
}

const excelRunWithOptions: ExcelRunWithOptions = (options, batch) => Excel.run(options, (context) => batch(asXlContext(context)));

/** `Excel.run` as a `RunExcel` (call only inside Excel, after Office.onReady); waits out cell edit. */
export const officeRun: RunExcel = runnerOf(excelRunWithOptions);

/**
 * `Excel.run({ mergeUndoGroup: true }, …)` as a `RunExcel`: every change of the batch becomes one
 * entry of Excel's undo stack (ExcelApi 1.20; check `isSetSupported("ExcelApi", "1.20")` first).
 * An API without undo support inside the batch fails it with `UndoNotSupported`.
 */
export const officeRunGrouped: RunExcel = runnerOf(excelRunWithOptions, true);

/**
 * `Excel.createWorkbook(base64)` (ExcelApi 1.8): opens an .xlsx as a new workbook, leaving the
 * open one untouched. Undefined when this Office.js lacks it (feature-detected, not assumed).
 */
export function officeCreateWorkbook(): ((base64: string) => Promise<void>) | undefined {
  if (typeof Excel === "undefined" || typeof (Excel as { createWorkbook?: unknown }).createWorkbook !== "function") return undefined;
  return async (base64) => {
    await Excel.createWorkbook(base64);
  };
}
