/**
 * Writes the standard workbook (spec: docs/standard-sheets.md, 标准台账 v1.1; a v1 workbook with `catalogAtVersion(standardV1, 1)`) with exceljs,
 * built only from the catalog: sheets in catalog order, one Excel table per ledger, number
 * formats, column widths, frozen headers, native validation, and the generated sheets.
 * Bytes in, bytes out (no file paths), so it also runs in a browser bundle.
 * @module
 */
import { Workbook } from "exceljs";
import type { Cell, Worksheet } from "exceljs";
import type { Catalog, FieldSpec, FormSpec, LedgerSpec } from "../../core/catalog";
import { FORM_WIDTHS, HEADER_ROW, TITLE_ROW, VALIDATION_ROWS, validationLastRow } from "../../core/catalog";
import { assertContentMatches, toExcelValue } from "./content";
import { addExtraSheet } from "./extra-sheet";
import type { ExcelSeed, SeedValue, WorkbookContent } from "./content";
import { addValidation, columnLetter, ensureListSheet } from "./validation";
import { REQUIRED_FILL, fillIndicators, fillInstructions, isIndicators, isInstructions } from "./write-generated";

export { TITLE_ROW, HEADER_ROW, VALIDATION_ROWS, validationLastRow };

const TABLE_STYLE = { theme: "TableStyleMedium2", showRowStripes: true } as const;

function writeTitle(ws: Worksheet, title: string): void {
  const cell = ws.getCell(TITLE_ROW, 1);
  cell.value = title;
  cell.font = { bold: true, size: 14 };
}

/** Marks a required header / 项目 cell: bold dark text on pale yellow (readable on any table style). */
function markRequired(cell: Cell): void {
  cell.font = { bold: true, color: { argb: "FF000000" } };
  cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: REQUIRED_FILL } };
}

/** A ledger row in catalog column order: content value when the key is present, else formula or blank. */
function ledgerRow(columns: readonly FieldSpec[], row: Readonly<Record<string, SeedValue>>): ExcelSeed[] {
  return columns.map((c) => {
    if (Object.prototype.hasOwnProperty.call(row, c.header)) return toExcelValue(row[c.header]);
    return c.type === "formula" && c.formula ? { formula: c.formula } : null;
  });
}

/**
 * One ledger sheet: title in row 1, table `ledger.table` with its header at row 2 (columns in
 * catalog order, filter buttons), data rows (or one empty row), number format and width per
 * column, required headers marked, frozen through row 2, one validation range per typed column.
 */
export function fillLedger(ws: Worksheet, ledger: LedgerSpec, rows: readonly Readonly<Record<string, SeedValue>>[], lists: ReadonlyMap<string, string>): void {
  writeTitle(ws, ledger.title);
  const data = (rows.length ? rows : [{}]).map((r) => ledgerRow(ledger.columns, r));
  ws.addTable({
    name: ledger.table,
    displayName: ledger.table,
    ref: `A${HEADER_ROW}`,
    headerRow: true,
    totalsRow: false,
    style: TABLE_STYLE,
    columns: ledger.columns.map((c) => ({ name: c.header, filterButton: true })),
    rows: data,
  } as never);
  const lastData = HEADER_ROW + data.length;
  const lastValidated = validationLastRow(data.length);
  ledger.columns.forEach((field, i) => {
    const col = i + 1;
    const column = ws.getColumn(col);
    if (field.width) column.width = field.width;
    if (field.numFmt) {
      column.numFmt = field.numFmt; // column style: rows typed below the table inherit it
      for (let r = HEADER_ROW + 1; r <= lastData; r++) ws.getCell(r, col).numFmt = field.numFmt;
      for (let r = TITLE_ROW; r <= HEADER_ROW; r++) ws.getCell(r, col).numFmt = "General";
    }
    if (field.required) markRequired(ws.getCell(HEADER_ROW, col));
    const letter = columnLetter(col);
    addValidation(ws, `${letter}${HEADER_ROW + 1}:${letter}${lastValidated}`, field, lists);
  });
  ws.views = [{ state: "frozen", xSplit: 0, ySplit: HEADER_ROW }];
}

/**
 * 基本信息: title in row 1, table `form.table` (项目 | 内容) with its header at row 2, one row per
 * item in catalog order; required 项目 marked; each 内容 cell gets the item's number format and
 * its own validation (items differ, so one single-cell range each).
 */
export function fillForm(ws: Worksheet, form: FormSpec, values: Readonly<Record<string, SeedValue>>, lists: ReadonlyMap<string, string>): void {
  writeTitle(ws, form.title);
  ws.addTable({
    name: form.table,
    displayName: form.table,
    ref: `A${HEADER_ROW}`,
    headerRow: true,
    totalsRow: false,
    style: TABLE_STYLE,
    columns: [form.keyHeader, form.valueHeader].map((name) => ({ name, filterButton: true })),
    rows: form.items.map((item) => [item.header, item.header in values ? toExcelValue(values[item.header]) : null]),
  } as never);
  FORM_WIDTHS.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  form.items.forEach((item, i) => {
    const row = HEADER_ROW + 1 + i;
    if (item.required) markRequired(ws.getCell(row, 1));
    const value = ws.getCell(row, 2);
    if (item.numFmt) value.numFmt = item.numFmt;
    addValidation(ws, `B${row}`, item, lists);
  });
  ws.views = [{ state: "frozen", xSplit: 0, ySplit: HEADER_ROW }];
}

/**
 * Builds the standard workbook from `catalog`, optionally seeded with `content`.
 *
 * Layout (spec §0–§10): the catalog's sheets in catalog order, then the very hidden list sheet
 * `_lists` (one column per enumeration, referenced by the dropdown validations). 填报说明 and
 * 指标汇总 are protected without a password; B2 of 填报说明 holds `catalog.versionText` and is
 * named `catalog.versionName`. Ledger tables start at A2 (title in row 1); formula columns
 * (整改率) hold the catalog formula with its structured references (`tbl_X[[#This Row],[h]]`)
 * as written, in every data row. The workbook asks for a full recalculation on load, since
 * exceljs writes formulas without cached results.
 *
 * @param catalog the standard (e.g. `standardV1`).
 * @param content optional seed values; see {@link WorkbookContent}.
 * @returns the .xlsx file's bytes.
 * @throws Error when `content` names an unknown sheet, 项目 or header, or holds a malformed
 *   date (programmer errors).
 */
export async function writeWorkbook(catalog: Catalog, content: WorkbookContent = {}): Promise<Uint8Array> {
  assertContentMatches(catalog, content);
  const wb = new Workbook();
  wb.creator = "campaign-ledger";
  wb.calcProperties = { fullCalcOnLoad: true };
  const sheets = catalog.sheets.map((spec) => ({ spec, ws: wb.addWorksheet(spec.sheet) }));
  const lists = await ensureListSheet(wb, catalog);
  for (const { spec, ws } of sheets) {
    if (spec.kind === "ledger") fillLedger(ws, spec, content.ledgers?.[spec.sheet] ?? [], lists);
    else if (spec.kind === "form") fillForm(ws, spec, content.profile ?? {}, lists);
    else if (isInstructions(spec)) await fillInstructions(wb, ws, catalog);
    else if (isIndicators(spec)) await fillIndicators(ws, catalog);
  }
  for (const extra of content.extraSheets ?? []) addExtraSheet(wb, extra); // roll-up 汇总 sheet (#7)
  const buffer = await wb.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
