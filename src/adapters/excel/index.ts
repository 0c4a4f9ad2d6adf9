/**
 * The Office.js adapter: reads the open workbook into the core's snapshot, imposes the standard
 * sheets, selects and highlights cells, and watches for edits. Every function takes a `RunExcel`
 * (`officeRun` in Excel, a fake's `run` in tests and the browser preview).
 * @module
 */
export * from "./types";
export { readSnapshot, type ReadSnapshotOptions } from "./read-snapshot";
export { imposeStandard, type ImposeOptions, type ImposeReport, type SheetOutcome } from "./impose";
export { selectCell } from "./select-cell";
export { highlightFindings, clearHighlights, clearHighlightsIn, HIGHLIGHT_MARK, HIGHLIGHT_FILL, type HighlightResult } from "./highlight";
export { watchChanges, type SheetChange, type WatchOptions, type Watcher } from "./watch-changes";
export { isPayloadError } from "./read-blocks";
export { applyFixes, applyFixesIn, fixSlices, undoLastFixes, lastFixBatch, needsTextPrefix, cellInput, formatFor, LeftReason, type ApplyFixesResult, type UndoFixesResult, type LeftCell, type ApplyFixesOptions } from "./apply-fixes";
export { CHANGE_LOG_SHEET, CHANGE_LOG_HEADERS, type LogEntry } from "./change-log";
