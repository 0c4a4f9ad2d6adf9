/**
 * Writing the generated sheets through Office.js: the very hidden list sheet (not protected:
 * VeryHidden already keeps it out of reach, and a protected one could not be rewritten on builds
 * whose `unprotect()` always fails, office-js#6784), 填报说明 (with the version cell and its
 * defined name) and 指标汇总 (live formulas and charts of the main indicators; an indicator whose
 * table column is missing gets a note instead of a formula Excel would refuse, audit §3 P7b).
 * Each is rewritten whole (so a repair restores it); 填报说明 and 指标汇总 are protected again.
 * The caller (./index.ts) lifts protection first, in its own sync, and skips a sheet whose
 * protection cannot be lifted.
 * Requirement sets: ExcelApi 1.1 (values, formulas, charts), 1.2 (protection), 1.4 (names), 1.7 (freeze).
 * @module
 */
import {
  INDICATOR_CHARTS,
  INDICATOR_LAYOUT,
  INSTRUCTION_WIDTHS,
  LIST_SHEET,
  VERSION_CELL,
  chartIndicatorRows,
  instructionRows,
  listColumns,
  quotedSheetRef,
  type Catalog,
} from "../../../core/catalog";
import { cellAddress, columnLetters } from "../../../core/grid";
import { missingNote, unitFormulaOf } from "../formula-refs";
import type { GeneratedState } from "./impose-inspect";
import type { ExcelFeatures, XlWorkbook, XlWorksheet } from "../types";

/** Column width in points for a width in Excel character units (Calibri 11: 7 px a character + 5 px). */
export function widthPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

/** The sheet ready for rewriting: created when missing, cleared (its protection was lifted by the caller). */
function openGenerated(wb: XlWorkbook, name: string, state: GeneratedState | undefined): XlWorksheet {
  const ws = state?.ws ?? wb.worksheets.add(name);
  ws.getRange().clear("All");
  return ws;
}

/** Writes the list sheet: one column per enumeration (core `listColumns`), very hidden, not protected. */
export function writeListSheet(wb: XlWorkbook, catalog: Catalog, state: GeneratedState | undefined): void {
  const ws = openGenerated(wb, LIST_SHEET, state);
  for (const list of listColumns(catalog)) {
    const l = columnLetters(list.col);
    ws.getRange(`${l}1:${l}${list.values.length}`).values = list.values.map((v) => [v]);
  }
  ws.visibility = "VeryHidden";
}

/**
 * Writes 填报说明 (core `instructionRows`), names its version cell `catalog.versionName` unless
 * the name already refers to it, and protects it.
 * @param versionRef what the version name refers to now, if it exists.
 */
export function writeInstructions(wb: XlWorkbook, catalog: Catalog, sheet: string, state: GeneratedState | undefined, versionRef: string | undefined): void {
  const ws = openGenerated(wb, sheet, state);
  INSTRUCTION_WIDTHS.forEach((w, i) => (ws.getRange(`${columnLetters(i + 1)}:${columnLetters(i + 1)}`).format.columnWidth = widthPoints(w)));
  const rows = instructionRows(catalog);
  const last = Math.max(...rows.map((r) => r.row));
  const values: string[][] = Array.from({ length: last }, () => ["", ""]);
  for (const r of rows) values[r.row - 1] = [r.a ?? "", r.b ?? ""];
  ws.getRange(`A1:B${last}`).values = values;
  for (const r of rows) {
    if (r.heading) {
      const cell = ws.getRange(`A${r.row}`).format.font;
      cell.bold = true;
      cell.size = r.heading;
    } else if (r.wrap) {
      const range = ws.getRange(`A${r.row}:B${r.row}`).format;
      range.wrapText = true;
      range.verticalAlignment = "Top";
    }
  }
  const wanted = `${sheet}!${VERSION_CELL.a1}`;
  const same = versionRef !== undefined && versionRef.replace(/'/g, "") === wanted;
  if (!same) {
    if (versionRef !== undefined) wb.names.getItemOrNullObject(catalog.versionName).delete();
    wb.names.add(catalog.versionName, ws.getRange(VERSION_CELL.a1.replace(/\$/g, "")), `${catalog.versionText}（创文台账助手）`);
  }
  ws.protection.protect();
}

/**
 * Writes 指标汇总: title, headers, one row per indicator (label | `=formula` with its number
 * format | unit), frozen through row 2; beside them a small block per chart (`=A5`, `=B5`) that
 * feeds a clustered column chart of the main indicators and one of activities by type (added only
 * when a chart of that name is missing, so a repair keeps the user's chart edits, and re-creates
 * the charts a file round trip through the CLI or WPS drops). Protected. Returns the titles of
 * the charts created.
 * @param missing indicator id → what it lacks (`宣传投放 数量`): such an indicator gets {@link missingNote}.
 * @param unitGaps indicator id → what its unit formula lacks: column C then keeps the fixed unit.
 */
export function writeIndicators(wb: XlWorkbook, catalog: Catalog, sheet: string, state: GeneratedState | undefined, features: ExcelFeatures, missing: ReadonlyMap<string, readonly string[]> = new Map(), unitGaps: ReadonlyMap<string, readonly string[]> = new Map()): string[] {
  const createdCharts: string[] = [];
  const ws = openGenerated(wb, sheet, state);
  const first = INDICATOR_LAYOUT.firstRow;
  const last = first + catalog.indicators.length - 1;
  INDICATOR_LAYOUT.widths.forEach((w, i) => (ws.getRange(`${columnLetters(i + 1)}:${columnLetters(i + 1)}`).format.columnWidth = widthPoints(w)));
  ws.getRange("A1").values = [[sheet]];
  ws.getRange("A1").format.font.bold = true;
  ws.getRange("A2:C2").values = [[...INDICATOR_LAYOUT.headers]];
  ws.getRange("A2:C2").format.font.bold = true;
  ws.getRange(`A${first}:C${last}`).formulas = catalog.indicators.map((ind) => {
    const lacking = missing.get(ind.id);
    const unitFormula = unitFormulaOf(ind, unitGaps);
    return [ind.label, lacking?.length ? missingNote(lacking) : `=${ind.formula}`, unitFormula ? `=${unitFormula}` : ind.unit];
  });
  catalog.indicators.forEach((ind, i) => (ws.getRange(`B${first + i}`).numberFormat = [[ind.numFmt]]));
  if (features.api17) ws.freezePanes.freezeRows(2);

  INDICATOR_CHARTS.forEach((chart, i) => {
    const rows = chartIndicatorRows(catalog, chart);
    if (!rows.length) return;
    const labelCol = 5 + i * 3;
    const l = columnLetters(labelCol);
    const v = columnLetters(labelCol + 1);
    ws.getRange(`${l}2`).values = [[chart.title]];
    ws.getRange(`${l}3:${v}${2 + rows.length}`).formulas = rows.map((r) => [`=A${r}`, `=B${r}`]);
    const existing = state?.charts.get(chart.name);
    if (existing && !existing.isNullObject) return;
    const created = ws.charts.add("ColumnClustered", ws.getRange(`${l}3:${v}${2 + rows.length}`), "Columns");
    created.name = chart.name;
    created.title.text = chart.title;
    const top = 2 + i * 20;
    created.setPosition(cellAddress(top, 12), cellAddress(top + 17, 19));
    createdCharts.push(chart.title);
  });
  ws.protection.protect();
  return createdCharts;
}

export { missingNote };

/** `'_lists'!` prefix (re-exported for tests that read list sources). */
export const listSheetRef = quotedSheetRef(LIST_SHEET);
