/**
 * The Office.js members the adapters call, for docs/office-compatibility.md and its test
 * (test/office-compat.test.ts, issue #15 item 3): the narrow interfaces of excel/types.ts and
 * word/types.ts mapped to their Office.js classes (every call goes through them), the members
 * used outside them, the declared baseline below which the pane refuses, and how each member
 * above the baseline is feature-checked. Requirement sets themselves come from @types/office-js
 * (scripts/office-apisets.js), never from here.
 * @module
 */

/** ExcelApi level below which the pane refuses to work in Excel (host.ts: `belowBaseline`). */
export const EXCEL_BASELINE = "1.7";
/** WordApi level below which the Word pane offers nothing (insert needs 1.1). */
export const WORD_BASELINE = "1.1";

/** Adapter interface → Office.js class (`Namespace.Class`). */
export const INTERFACE_CLASSES: Readonly<Record<string, string>> = {
  XlRangeFormat: "Excel.RangeFormat",
  XlFill: "Excel.RangeFill",
  XlFont: "Excel.RangeFont",
  XlDataValidation: "Excel.DataValidation",
  XlConditionalFormat: "Excel.ConditionalFormat",
  XlConditionalFormatCollection: "Excel.ConditionalFormatCollection",
  XlRange: "Excel.Range",
  XlRangeAreas: "Excel.RangeAreas",
  XlTableColumn: "Excel.TableColumn",
  XlTable: "Excel.Table",
  XlTableCollection: "Excel.TableCollection",
  XlChart: "Excel.Chart",
  XlChartCollection: "Excel.ChartCollection",
  XlProtection: "Excel.WorksheetProtection",
  XlChangedEventArgs: "Excel.WorksheetChangedEventArgs",
  XlSelectionChangedEventArgs: "Excel.WorksheetSelectionChangedEventArgs",
  XlWorksheet: "Excel.Worksheet",
  XlWorksheetCollection: "Excel.WorksheetCollection",
  XlNamedItem: "Excel.NamedItem",
  XlNamedItemCollection: "Excel.NamedItemCollection",
  XlWorkbook: "Excel.Workbook",
  XlContext: "Excel.RequestContext",
  WdRange: "Word.Range",
  WdDocumentCreated: "Word.DocumentCreated",
  WdContext: "Word.RequestContext",
};

/** Adapter interfaces that are not Office.js classes (helpers, events' registrations, features). */
export const NOT_OFFICE_INTERFACES: readonly string[] = ["XlLoadable", "XlEventRegistration", "ExcelFeatures", "WordFeatures"];

/** Members called outside the interfaces: runners, options, Word's nested objects. */
export const EXTRA_MEMBERS: readonly string[] = [
  "Excel.run",
  "Excel.createWorkbook",
  "Excel.RunOptions.delayForCellEdit",
  "Excel.RunOptions.mergeUndoGroup",
  "Excel.WorksheetFreezePanes.freezeRows",
  "Excel.ConditionalRangeFormat.fill",
  "Excel.CustomConditionalFormat.rule",
  "Excel.ConditionalFormatRule.formula",
  "Excel.TableColumnCollection.add",
  "Excel.TableRowCollection.add",
  "Excel.ChartTitle.text",
  "Word.run",
  "Word.Application.createDocument",
  "Word.Document.getSelection",
];

/**
 * Members above the baseline and how each is feature-checked (a member of a class listed as
 * `Excel.RangeAreas.*` covers the class). The test fails when a member above the baseline is
 * missing here.
 */
export const FEATURE_CHECKED: Readonly<Record<string, string>> = {
  "Excel.Range.dataValidation": "ExcelFeatures.api18 (isSetSupported ExcelApi 1.8): impose-sheets.ts `validate`",
  "Excel.DataValidation.*": "ExcelFeatures.api18, as Range.dataValidation",
  "Excel.Range.getSpecialCellsOrNullObject": "ExcelFeatures.api19: impose-inspect.ts (Blanks), operations.ts passes `formulaCells` to read-snapshot.ts (Formulas); without it no 整改率 formula in existing rows and no formula hints in the pane",
  "Excel.Range.getMergedAreasOrNullObject": "ExcelFeatures.api113: operations.ts passes `merges` to read-snapshot.ts, impose-inspect.ts; without it no cell.merged hint in the pane and repair does not unmerge",
  "Excel.Table.resize": "ExcelFeatures.api113: next-period.ts (开始下一期), impose-sheets.ts (生成或修复标准表 over rows typed below a table); without it the table keeps its emptied rows, or its end",
  "Excel.Worksheet.getRanges": "ExcelFeatures.api19: highlight.ts; without it one rule per cell (≤ 500)",
  "Excel.RangeAreas.*": "ExcelFeatures.api19, as getRanges / getSpecialCellsOrNullObject",
  "Excel.createWorkbook": "ExcelFeatures.api18 and a typeof check (office-compat.ts); guarded by deliver-workbook.ts",
  "Excel.RunOptions.mergeUndoGroup": "ExcelFeatures.api120: operations.ts `runGrouped`; UndoNotSupported falls back to the log",
  "Excel.WorksheetChangedEventArgs.triggerSource": "read only: undefined below ExcelApi 1.14 counts as a user edit (watch-changes.ts)",
  "Excel.WorksheetChangedEventArgs.*": "with Worksheet.onChanged (ExcelApi 1.7, the baseline)",
  "Excel.Range.numberFormatLocal": "ExcelApi 1.7 = the baseline",
  "Word.Application.createDocument": "WordFeatures.createDocument (isSetSupported WordApi 1.3)",
  "Word.DocumentCreated.*": "WordFeatures.createDocument, as Application.createDocument",
};
