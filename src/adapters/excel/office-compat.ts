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
