/**
 * 导入已有台账 (issue #16): an office's own sheets into the standard workbook, nothing lost and
 * nothing silent. The one call is {@link importLedgers}; the rest is exported for tests and panes.
 * @module
 */
export * from "./types";
export { importLedgers } from "./import-ledgers";
export { findTables, headerStem, type TableBlock, type SheetLayout, type RowKind, type SourceColumn } from "./find-tables";
export { importKinds, headerVocabulary, type ImportKind } from "./kinds";
export { mapBlock, type BlockMapping } from "./map-columns";
export { mappingOf, mappingProblem, parseMapping } from "./mapping-json";
export { resolveProfile, unitNameOfTitle, unitTypeOfName, periodOfDates, profileOptionProblem } from "./profile";
export { columnInRemark, importReport, REMARK_COLUMN } from "./report";
export { ledgerLookalikes } from "./lookalike";
