/**
 * The slice of the Excel JavaScript API object model that this adapter uses, as narrow
 * interfaces named after Office.js' own (`Excel.RequestContext` → `XlContext`, …). The real
 * `Excel.RequestContext` satisfies them (office-compat.ts proves it at compile time), and the
 * in-memory fake (./fake) implements them, so the adapter runs unchanged in Excel, in unit tests
 * and in the pane's browser preview.
 *
 * Requirement sets noted per member: ExcelApi 1.1 unless stated.
 * @module
 */

/** A value as `Range.values` gives it (dates are serial numbers, errors are `#REF!` strings). */
export type XlValue = string | number | boolean | null;

/** An object whose scalar properties must be loaded (and synced) before they are read. */
export interface XlLoadable {
  load(propertyNames: string): this;
}

export interface XlFill {
  color: string;
}
export interface XlFont {
  bold: boolean;
  color: string;
  size: number;
}

/** `Excel.RangeFormat`. columnWidth in points (ExcelApi 1.2). */
export interface XlRangeFormat {
  columnWidth: number;
  wrapText: boolean;
  verticalAlignment: string;
  readonly fill: XlFill;
  readonly font: XlFont;
}

/** `Excel.DataValidation` (ExcelApi 1.8). Rule/prompt/errorAlert in Office.js' JSON shapes. */
export interface XlDataValidation extends XlLoadable {
  rule: unknown;
  prompt: unknown;
  errorAlert: unknown;
  ignoreBlanks: boolean;
  clear(): void;
}

/** `Excel.ConditionalFormat` of type Custom (ExcelApi 1.6). */
export interface XlConditionalFormat extends XlLoadable {
  readonly type: string;
  priority: number;
  readonly custom: { readonly rule: { formula: string }; readonly format: { readonly fill: XlFill; readonly font: { color: string } } };
  delete(): void;
}

/** `Excel.ConditionalFormatCollection` (ExcelApi 1.6). */
export interface XlConditionalFormatCollection extends XlLoadable {
  readonly items: XlConditionalFormat[];
  add(type: "Custom"): XlConditionalFormat;
}

/** `Excel.Range`. */
export interface XlRange extends XlLoadable {
  readonly address: string;
  readonly rowCount: number;
  readonly columnCount: number;
  readonly rowIndex: number;
  readonly columnIndex: number;
  /** ExcelApi 1.4, on the *OrNullObject variants. */
  readonly isNullObject: boolean;
  values: XlValue[][];
  formulas: unknown[][];
  numberFormat: unknown[][];
  /** Number formats in the user's language (`G/通用格式` for General in zh-CN). ExcelApi 1.7. */
  numberFormatLocal: unknown[][];
  readonly format: XlRangeFormat;
  /** ExcelApi 1.8. */
  readonly dataValidation: XlDataValidation;
  /** ExcelApi 1.6. */
  readonly conditionalFormats: XlConditionalFormatCollection;
  select(): void;
  clear(applyTo?: "All" | "Formats" | "Contents"): void;
  /** Unmerges the merged cells of the range (ExcelApi 1.2); the top-left cell keeps the value. */
  unmerge(): void;
  /** Blank cells, or cells holding a formula, as areas (ExcelApi 1.9); a null object when there are none. */
  getSpecialCellsOrNullObject(cellType: "Blanks" | "Formulas"): XlRangeAreas;
  /** ExcelApi 1.13: the merged areas inside the range (a null object when there are none). */
  getMergedAreasOrNullObject(): XlRangeAreas;
}

/** `Excel.RangeAreas` (ExcelApi 1.9): several ranges, `address` comma-separated. */
export interface XlRangeAreas extends XlLoadable {
  readonly address: string;
  readonly isNullObject: boolean;
  readonly conditionalFormats: XlConditionalFormatCollection;
}

export interface XlTableColumn extends XlLoadable {
  readonly name: string;
}

/** `Excel.Table`. */
export interface XlTable extends XlLoadable {
  name: string;
  /** Table style name (`TableStyleMedium2`). */
  style: string;
  readonly isNullObject: boolean;
  readonly worksheet: XlWorksheet;
  readonly columns: { add(index?: number | null, values?: unknown, name?: string): XlTableColumn };
  readonly rows: { add(index?: number | null, values?: unknown): unknown };
  getRange(): XlRange;
  getHeaderRowRange(): XlRange;
  /**
   * ExcelApi 1.13: the table over `address` (`A3:H9`); the header row stays where it is and the new
   * range must overlap the old one. Cells leaving the table keep their content.
   */
  resize(address: string): void;
}

/** `Excel.TableCollection`. */
export interface XlTableCollection extends XlLoadable {
  readonly items: XlTable[];
  add(address: string, hasHeaders: boolean): XlTable;
  /** ExcelApi 1.4. */
  getItemOrNullObject(name: string): XlTable;
}

export interface XlChart extends XlLoadable {
  name: string;
  readonly isNullObject: boolean;
  readonly title: { text: string };
  setPosition(startCell: string, endCell?: string): void;
}

/** `Excel.ChartCollection`. */
export interface XlChartCollection {
  add(type: "ColumnClustered" | "BarClustered", sourceData: XlRange, seriesBy?: "Auto" | "Columns" | "Rows"): XlChart;
  /** ExcelApi 1.4. */
  getItemOrNullObject(name: string): XlChart;
}

/** `Excel.WorksheetProtection` (ExcelApi 1.2). */
export interface XlProtection extends XlLoadable {
  readonly protected: boolean;
  /** Fails with AccessDenied on a protected sheet. A password: ExcelApi 1.7. */
  protect(options?: Record<string, never>, password?: string): void;
  /** Fails with AccessDenied on an unprotected sheet, with a wrong password, and (office-js#6784) on some builds always. */
  unprotect(password?: string): void;
}

/** What `Worksheet.onChanged` passes to handlers (ExcelApi 1.7). */
export interface XlChangedEventArgs {
  readonly address: string;
  readonly worksheetId: string;
  /** `ThisLocalAddin` for the add-in's own writes (ExcelApi 1.14; absent before). */
  readonly triggerSource?: string;
}

/** What `Worksheet.onSelectionChanged` passes to handlers (ExcelApi 1.7). */
export interface XlSelectionChangedEventArgs {
  /** The new selection (`C5`, `C5:D9`, `4:4`, or several areas comma-separated). */
  readonly address: string;
  readonly worksheetId: string;
}

/** What an event registration returns; `remove()` then sync in the same context. */
export interface XlEventRegistration {
  remove(): void;
  readonly context: { sync(): Promise<void> };
}

/** `Excel.Worksheet`. */
export interface XlWorksheet extends XlLoadable {
  readonly id: string;
  /** Settable (ExcelApi 1.1): a renamed standard sheet gets its name back (impose). */
  name: string;
  visibility: string;
  position: number;
  readonly isNullObject: boolean;
  readonly tables: XlTableCollection;
  readonly charts: XlChartCollection;
  /** ExcelApi 1.2. */
  readonly protection: XlProtection;
  /** ExcelApi 1.7. */
  readonly freezePanes: { freezeRows(count?: number): void };
  /** ExcelApi 1.7. */
  readonly onChanged: { add(handler: (args: XlChangedEventArgs) => Promise<unknown>): XlEventRegistration };
  /** ExcelApi 1.7: fires when the user selects other cells of the sheet. */
  readonly onSelectionChanged: { add(handler: (args: XlSelectionChangedEventArgs) => Promise<unknown>): XlEventRegistration };
  getRange(address?: string): XlRange;
  /** ExcelApi 1.4 (valuesOnly: 1.2). */
  getUsedRangeOrNullObject(valuesOnly?: boolean): XlRange;
  /** ExcelApi 1.9. */
  getRanges(address: string): XlRangeAreas;
  activate(): void;
}

/** `Excel.WorksheetCollection`. */
export interface XlWorksheetCollection extends XlLoadable {
  readonly items: XlWorksheet[];
  add(name?: string): XlWorksheet;
  getItem(key: string): XlWorksheet;
  /** ExcelApi 1.4. */
  getItemOrNullObject(key: string): XlWorksheet;
}

export interface XlNamedItem extends XlLoadable {
  readonly name: string;
  readonly type: string;
  /** For a named range, its address (`填报说明!$B$2`, sometimes with a leading `=`). */
  readonly value: unknown;
  readonly isNullObject: boolean;
  delete(): void;
}

/** `Excel.NamedItemCollection` (add: ExcelApi 1.4). */
export interface XlNamedItemCollection extends XlLoadable {
  readonly items: XlNamedItem[];
  add(name: string, reference: XlRange | string, comment?: string): XlNamedItem;
  getItemOrNullObject(name: string): XlNamedItem;
}

export interface XlWorkbook {
  readonly worksheets: XlWorksheetCollection;
  readonly tables: XlTableCollection;
  readonly names: XlNamedItemCollection;
}

/** `Excel.RequestContext`: the queue of commands, flushed by `sync()`. */
export interface XlContext {
  readonly workbook: XlWorkbook;
  sync(): Promise<void>;
}

/** `Excel.run` with a batch function: the only way adapter functions reach a workbook. */
export type RunExcel = <T>(batch: (context: XlContext) => Promise<T>) => Promise<T>;

/** Requirement sets the adapter branches on (from `Office.context.requirements.isSetSupported`). */
export interface ExcelFeatures {
  /** ExcelApi 1.7: onChanged events, freeze panes. */
  readonly api17: boolean;
  /** ExcelApi 1.8: native data validation. */
  readonly api18: boolean;
  /** ExcelApi 1.9: RangeAreas, special cells. */
  readonly api19: boolean;
  /** ExcelApi 1.20: `Excel.run({ mergeUndoGroup: true })`, add-in edits undoable in one step. Absent: false. */
  readonly api120?: boolean;
  /** ExcelApi 1.13: `Range.getMergedAreasOrNullObject()` (merged cells read for the checks). Absent: false. */
  readonly api113?: boolean;
}

/** Every feature present (the fake; current Microsoft 365). */
export const ALL_FEATURES: ExcelFeatures = { api17: true, api18: true, api19: true, api113: true };
