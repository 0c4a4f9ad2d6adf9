/**
 * Roll-up (汇总, issue #7): combining units' standard workbooks into one, with a 汇总 sheet of
 * their main indicators. Pure; the CLI and the pane do the reading and writing.
 * @module
 */
export * from "./types";
export { RollupBuilder, rollupSnapshots, isCombiningUnit, OWN_LEDGER_REASON, EMPTY_REASON, shortNameNote, OWN_WORK_REASON } from "./rollup";
export { reportingUnitsOf, isRollupWorkbook } from "./detect";
export { buildSummarySheet, guessedNameIn, periodLabel, SHORT_NAME_HEADER, SUMMARY_SHEET } from "./summary-sheet";
export { rollupIndicatorIds, unitIndicators, totalIndicators } from "./indicators";
export { seedRows, dateSeed, type SeededRows } from "./rows";
