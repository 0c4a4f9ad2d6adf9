/**
 * Writing the form and ledger sheets through Office.js: creating a missing sheet with its table,
 * or repairing one that holds data without moving or overwriting any of it (missing columns and
 * 项目 are appended to the table only when the cells they would take are empty), then number
 * formats, native validation, required marks, the 整改率 formula where it is blank, frozen header
 * rows and (for new columns only) widths. Ledger sheets are never protected: tables must grow.
 * Requirement sets: ExcelApi 1.1 (tables, formats), 1.2 (widths), 1.7 (freeze), 1.8 (validation).
 * @module
 */
import { FORM_WIDTHS, HEADER_ROW, REQUIRED_FILL, TITLE_ROW, VALIDATION_ROWS, nativeValidationFor, type FieldSpec, type FormSpec, type LedgerSpec, type ListColumn } from "../../../core/catalog";
import { cellAddress, columnLetters, type CellValue, type RangeBounds } from "../../../core/grid";
import { headerKey, matchHeaderRow } from "../../../core/validate/locate";
import { structuredRefs } from "../formula-refs";
import { headerFields, type SheetPlan } from "./impose-inspect";
import { widthPoints } from "./impose-generated";
import { applyValidation } from "./native-validation";
import type { ExcelFeatures, XlRange, XlRangeAreas, XlTable, XlWorkbook, XlWorksheet } from "../types";

/** What a sheet's repair did or could not do (reported in the pane). */
export interface SheetOutcome {
  readonly sheet: string;
  readonly created: boolean;
  /** A table was created over existing data, or a table was renamed to the catalog name. */
  readonly tableCreated: boolean;
  readonly tableRenamed?: string;
  /** Headers (or 项目) added. */
  readonly added: readonly string[];
  /** Headers (or 项目) missing that could not be added because the cells were not empty. */
  readonly blocked: readonly string[];
  /** Headers in the table that the standard does not know (renamed? user columns). */
  readonly unknown: readonly string[];
  /** The sheet holds other content and no header row of the standard, or is protected: left untouched. */
  readonly skipped: boolean;
  /** Skipped because the user protected the sheet. */
  readonly protected?: boolean;
  /** 基本信息 typed without its 项目 | 内容 header and no empty row above the items: no table made (its items are still read). */
  readonly formHeaderBlocked?: boolean;
  /** 基本信息: 项目 | 内容 written into the empty row above the items (1-based row). */
  readonly formHeaderAdded?: number;
  /** Formula columns (整改率) left without their formula: a column it needs is missing. */
  readonly formulasSkipped: readonly string[];
  /** Standard headers typed with a unit or note added (注册人数（人）), changed back as the CLI's `upgrade` does; their data stays. */
  readonly headersRestored?: readonly { readonly typed: string; readonly header: string }[];
  /** A table of the standard name found on another sheet, renamed so the standard one could be made (its data untouched). */
  readonly strayRenamed?: { readonly sheet: string; readonly to: string };
  /** Merged areas inside the table, unmerged (`A2:A3`): the value stays in the top-left cell, the others are blank. */
  readonly unmerged?: readonly string[];
}

const TABLE_STYLE = "TableStyleMedium2";
const FILL = `#${REQUIRED_FILL.slice(2)}`;

interface Layout {
  readonly ws: XlWorksheet;
  readonly table: XlTable;
  readonly bounds: RangeBounds;
  /** Header → 1-based column. */
  readonly colOf: Map<string, number>;
  /** Headers whose columns are new (widths are set only for these). */
  readonly fresh: Set<string>;
}

function markRequired(ws: XlWorksheet, address: string): void {
  const f = ws.getRange(address).format;
  f.fill.color = FILL;
  f.font.bold = true;
  f.font.color = "#000000";
}

/** Creates `spec`'s table (title, header row, one empty row or the form's 项目) on a new or empty sheet. */
function createTable(wb: XlWorkbook, spec: LedgerSpec | FormSpec, existing: XlWorksheet | undefined): Layout {
  const ws = existing ?? wb.worksheets.add(spec.sheet);
  const headers = headerFields(spec).map((f) => f.header);
  const right = headers.length;
  ws.getRange(cellAddress(TITLE_ROW, 1)).values = [[spec.title]];
  ws.getRange(cellAddress(TITLE_ROW, 1)).format.font.bold = true;
  ws.getRange(`A${HEADER_ROW}:${cellAddress(HEADER_ROW, right)}`).values = [headers];
  const rows = spec.kind === "form" ? spec.items.map((i) => [i.header, ""]) : [];
  if (rows.length) ws.getRange(`A${HEADER_ROW + 1}:${cellAddress(HEADER_ROW + rows.length, right)}`).values = rows;
  const bottom = HEADER_ROW + Math.max(1, rows.length);
  const table = ws.tables.add(`A${HEADER_ROW}:${cellAddress(bottom, right)}`, true);
  table.name = spec.table;
  table.style = TABLE_STYLE;
  return { ws, table, bounds: { top: HEADER_ROW, left: 1, bottom, right }, colOf: new Map(headers.map((h, i) => [h, i + 1])), fresh: new Set(headers) };
}

/** Writes one form or ledger sheet according to its plan. */
export function writeDataSheet(wb: XlWorkbook, plan: SheetPlan, lists: readonly ListColumn[], features: ExcelFeatures): SheetOutcome {
  const formulasSkipped: string[] = [];
  const base = { sheet: plan.spec.sheet, created: false, tableCreated: false, added: [] as string[], blocked: [] as string[], unknown: [] as string[], skipped: false, formulasSkipped };
  if (plan.kind === "skip") return { ...base, skipped: true, ...(plan.protected ? { protected: true } : {}), ...(plan.formHeaderBlocked ? { formHeaderBlocked: true } : {}) };
  if (plan.stray) plan.stray.table.name = plan.stray.to;
  const stray = plan.stray ? { strayRenamed: { sheet: plan.stray.sheet, to: plan.stray.to } } : {};
  const fields = headerFields(plan.spec);
  let layout: Layout;
  let formRows = new Map<string, number>();
  let outcome: SheetOutcome = base;
  if (plan.kind === "create") {
    layout = createTable(wb, plan.spec, plan.ws);
    outcome = { ...base, created: !plan.ws, tableCreated: true };
    if (plan.spec.kind === "form") plan.spec.items.forEach((item, i) => formRows.set(item.header, HEADER_ROW + 1 + i));
  } else {
    const { found, ws } = plan;
    let table = found.table;
    let tableRenamed: string | undefined;
    // A table holds no merged cell: unmerge first and say so, as the CLI's upgrade does (new-user test 2, D8).
    const unmerged = plan.merges && !plan.merges.isNullObject ? plan.merges.address.split(",").map((a) => a.trim().slice(a.trim().lastIndexOf("!") + 1).replace(/\$/g, "")) : [];
    for (const area of unmerged) ws.getRange(area).unmerge();
    const form = found.form;
    // 基本信息 typed without its header: 项目 | 内容 written into the empty row above the items (as `upgrade`).
    if (form?.header === "write" && plan.spec.kind === "form") {
      ws.getRange(cellAddress(found.bounds.top, form.keyCol)).values = [[plan.spec.keyHeader]];
      ws.getRange(cellAddress(found.bounds.top, form.valueCol)).values = [[plan.spec.valueHeader]];
    }
    if (!table) {
      table = ws.tables.add(`${cellAddress(found.bounds.top, found.bounds.left)}:${cellAddress(found.bounds.bottom, found.bounds.right)}`, true);
      table.name = plan.spec.table;
      table.style = TABLE_STYLE;
    } else if (found.name !== plan.spec.table) {
      tableRenamed = found.name;
      table.name = plan.spec.table;
    }
    // Data typed below the table's end: the table reaches it, as the CLI's `upgrade` rebuilds it (new-user test 42, D13:
    // the check after 生成或修复标准表 never asks for that repair again). Without ExcelApi 1.13 the check still says so.
    if (found.table && found.tableBottom !== undefined && features.api113) table.resize(`${cellAddress(found.bounds.top, found.bounds.left)}:${cellAddress(found.bounds.bottom, found.bounds.right)}`);
    const colOf = new Map<string, number>();
    found.headers.forEach((h, i) => !colOf.has(h) && h && colOf.set(h, found.bounds.left + i));
    // Fields under a variant header (`注册人数（人）`) are found as the checks find them (core).
    const matched = matchHeaderRow(found.headers, fields);
    for (const [header, i] of matched.index) colOf.set(header, found.bounds.left + i);
    const headersRestored = [...matched.variants].map(([header, typed]) => ({ typed, header }));
    const unknown = new Set(matched.unknown);
    // 基本信息: its columns are where the core finds them; a 内容 column headed `值` gets its standard header back.
    if (form && plan.spec.kind === "form") {
      colOf.set(plan.spec.keyHeader, form.keyCol);
      colOf.set(plan.spec.valueHeader, form.valueCol);
      const typed = found.headers[form.valueCol - found.bounds.left] ?? "";
      if (form.header === "headed" && typed !== plan.spec.valueHeader) {
        if (typed) headersRestored.push({ typed, header: plan.spec.valueHeader });
        unknown.delete(typed);
      }
    }
    for (const { header } of headersRestored) ws.getRange(cellAddress(found.bounds.top, colOf.get(header)!)).values = [[header]];
    const missing = fields.filter((f) => !colOf.has(f.header)).map((f) => f.header);
    const added: string[] = [];
    const fresh = new Set<string>();
    let right = found.bounds.right;
    if (missing.length && plan.rightFree) {
      for (const header of missing) {
        table.columns.add(null, undefined, header);
        right++;
        colOf.set(header, right);
        added.push(header);
        fresh.add(header);
      }
    }
    layout = { ws, table, bounds: { ...found.bounds, right }, colOf, fresh };
    if (plan.spec.kind === "form") formRows = repairForm(plan.spec, layout, found.values ?? [], plan.belowFree, added);
    if (plan.titleBlank && found.bounds.top === HEADER_ROW) ws.getRange(cellAddress(TITLE_ROW, 1)).values = [[plan.spec.title]];
    outcome = {
      ...base,
      tableCreated: !found.table,
      tableRenamed,
      added,
      blocked: [...missing.filter((h) => !added.includes(h)), ...(plan.spec.kind === "form" ? plan.spec.items.filter((i) => !formRows.has(i.header)).map((i) => i.header) : [])],
      unknown: [...unknown],
      ...(headersRestored.length ? { headersRestored } : {}),
      ...(unmerged.length ? { unmerged } : {}),
      ...(form?.header === "write" ? { formHeaderAdded: found.bounds.top } : {}),
    };
  }
  if (plan.spec.kind === "ledger") formatLedger(plan.spec, layout, lists, features, plan.kind === "repair" ? plan.blanks : undefined, formulasSkipped);
  else formatForm(plan.spec, layout, formRows, lists, features);
  if (features.api17) layout.ws.freezePanes.freezeRows(layout.bounds.top);
  return { ...outcome, ...stray };
}

/** Maps 项目 to rows and appends the missing ones below the table when those cells are empty. */
function repairForm(spec: FormSpec, layout: Layout, values: readonly (readonly CellValue[])[], belowFree: boolean, added: string[]): Map<string, number> {
  const keyCol = layout.colOf.get(spec.keyHeader);
  const rows = new Map<string, number>();
  if (keyCol === undefined) return rows;
  values.forEach((row, i) => {
    const key = headerKey(row[keyCol - layout.bounds.left] ?? null);
    if (i > 0 && key && !rows.has(key)) rows.set(key, layout.bounds.top + i);
  });
  const missing = spec.items.filter((item) => !rows.has(item.header));
  if (!missing.length || !belowFree) return rows;
  const width = layout.bounds.right - layout.bounds.left + 1;
  let bottom = layout.bounds.bottom;
  layout.table.rows.add(
    null,
    missing.map((item) => {
      const row: CellValue[] = Array.from({ length: width }, () => "");
      row[keyCol - layout.bounds.left] = item.header;
      rows.set(item.header, ++bottom);
      added.push(item.header);
      return row;
    }),
  );
  return rows;
}

function formatLedger(spec: LedgerSpec, layout: Layout, lists: readonly ListColumn[], features: ExcelFeatures, blanks: Map<string, XlRangeAreas> | undefined, formulasSkipped: string[]): void {
  const { ws, bounds } = layout;
  const dataRows = bounds.bottom - bounds.top;
  const lastRow = bounds.top + Math.max(VALIDATION_ROWS, dataRows + VALIDATION_ROWS);
  for (const field of spec.columns) {
    const col = layout.colOf.get(field.header);
    if (col === undefined) continue;
    const l = columnLetters(col);
    const body = ws.getRange(`${l}${bounds.top + 1}:${l}${lastRow}`);
    if (field.numFmt) body.numberFormat = [[field.numFmt]];
    if (field.width && layout.fresh.has(field.header)) ws.getRange(`${l}:${l}`).format.columnWidth = widthPoints(field.width);
    if (field.required) markRequired(ws, cellAddress(bounds.top, col));
    validate(body, field, lists, features);
    if (field.type === "formula" && field.formula) {
      // Excel refuses a structured reference to a column the table lacks (P7b): no formula then.
      const lacking = structuredRefs(field.formula).some((r) => r.table.toLowerCase() === spec.table.toLowerCase() && r.columns.some((c) => !layout.colOf.has(c)));
      if (lacking) formulasSkipped.push(field.header);
      // Without ExcelApi 1.9 the blank cells of an existing column are unknown: write none (P15).
      else writeFormula(ws, field, l, bounds, layout.fresh.has(field.header) ? undefined : features.api19 ? blanks?.get(field.header) : null);
    }
  }
}

/**
 * Writes the catalog formula into a formula column: everywhere when new (`blank` undefined), else
 * only in the blank cells found (ExcelApi 1.9); `null` writes nothing (blank cells unknown).
 */
function writeFormula(ws: XlWorksheet, field: FieldSpec, letter: string, bounds: RangeBounds, blank: XlRangeAreas | null | undefined): void {
  if (blank === null) return;
  const formula = `=${field.formula}`;
  // Office.js applies a single (non-array) value to every cell of the range.
  const put = (address: string) => ((ws.getRange(address) as unknown as { formulas: unknown }).formulas = formula);
  if (blank === undefined) put(`${letter}${bounds.top + 1}:${letter}${bounds.bottom}`);
  else if (blank && !blank.isNullObject) for (const area of blank.address.split(",")) put(area.slice(area.lastIndexOf("!") + 1));
}

function validate(range: XlRange, field: FieldSpec, lists: readonly ListColumn[], features: ExcelFeatures): void {
  if (!features.api18) return;
  const v = nativeValidationFor(field, lists);
  if (v) applyValidation(range, v);
}

function formatForm(spec: FormSpec, layout: Layout, rows: Map<string, number>, lists: readonly ListColumn[], features: ExcelFeatures): void {
  const { ws } = layout;
  const keyCol = layout.colOf.get(spec.keyHeader);
  const valueCol = layout.colOf.get(spec.valueHeader);
  if (keyCol === undefined || valueCol === undefined) return;
  if (layout.fresh.size) FORM_WIDTHS.forEach((w, i) => (ws.getRange(`${columnLetters(i + 1)}:${columnLetters(i + 1)}`).format.columnWidth = widthPoints(w)));
  for (const item of spec.items) {
    const row = rows.get(item.header);
    if (row === undefined) continue;
    const cell = ws.getRange(cellAddress(row, valueCol));
    if (item.numFmt) cell.numberFormat = [[item.numFmt]];
    if (item.required) markRequired(ws, cellAddress(row, keyCol));
    validate(cell, item, lists, features);
  }
}
