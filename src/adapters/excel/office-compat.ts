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

/** `Excel.run` as a `RunExcel` (call only inside Excel, after Office.onReady). */
export const officeRun: RunExcel = (batch) => Excel.run((context) => batch(asXlContext(context)));

/**
 * `Excel.run({ mergeUndoGroup: true }, …)` as a `RunExcel`: every change of the batch becomes one
 * entry of Excel's undo stack (ExcelApi 1.20; check `isSetSupported("ExcelApi", "1.20")` first).
 * An API without undo support inside the batch fails it with `UndoNotSupported`.
 */
export const officeRunGrouped: RunExcel = (batch) => Excel.run({ mergeUndoGroup: true }, (context) => batch(asXlContext(context)));

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
