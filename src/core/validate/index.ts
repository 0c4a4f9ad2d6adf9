/** Validation: findings over a workbook snapshot. @module */
export * from "./finding";
export * from "./parsed";
export { ACTIONS, TABLE_EXTEND_ADVICE, isDoubtfulFigure, rules, type RuleId } from "./rules";
export { validateWorkbook, type ValidationResult } from "./validate-workbook";
export { defaultPeriod, inReportPeriod, monthSpan, orgRowInPeriod, reportPeriodLabel, signedEarly, signedLate, wholeMonthOf } from "./period";
export { formatSerialDate } from "./check-cell";
export { ledgerLayout, profileLayout, isDataRow, gridWidth, type LedgerLayout, type ProfileLayout } from "./layout";
export { findRenamedSheets, EXCEL_CELL_CHARS, type RenamedSheet } from "./structure";
export { locateHeaders, headerKey, matchHeaderRow, type HeaderLocation } from "./locate";
export { tableCell, tableSource } from "./columnar";
