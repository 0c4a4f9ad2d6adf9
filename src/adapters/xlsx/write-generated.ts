/**
 * The two generated, protected sheets of the standard workbook: 填报说明 (instructions, with the
 * version cell named `CL_StandardVersion`, spec §0) and 指标汇总 (indicator formulas, spec §10).
 * Both are built by iterating the catalog; no sheet or header text is spelled here.
 * @module
 */
import type { Workbook, Worksheet } from "exceljs";
import type { Catalog } from "../../core/catalog";
import { INDICATOR_LAYOUT, INSTRUCTION_WIDTHS, REQUIRED_FILL, VERSION_CELL, instructionRows, isIndicators, isInstructions } from "../../core/catalog";
import { sheetRef } from "./validation";
import { missingNote, unitFormulaOf } from "../../core/catalog/formula-refs";

export { VERSION_CELL, REQUIRED_FILL, isInstructions, isIndicators };

const PROTECT_OPTIONS = { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true };

/** Sheet protection without a password (the user may lift it; it prevents slips, not intent). */
export async function protect(ws: Worksheet): Promise<void> {
  await ws.protect("", PROTECT_OPTIONS);
}

function heading(ws: Worksheet, row: number, text: string, size = 12): void {
  const cell = ws.getCell(row, 1);
  cell.value = text;
  cell.font = { bold: true, size };
}

/**
 * Fills 填报说明: title (A1); 标准版本 | `catalog.versionText` (A2:B2, B2 gets the workbook-level
 * defined name `catalog.versionName`); one row per sheet with its help text and required
 * fields; one row per enumerated field listing its values. Protected.
 */
export async function fillInstructions(wb: Workbook, ws: Worksheet, catalog: Catalog): Promise<void> {
  INSTRUCTION_WIDTHS.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  for (const r of instructionRows(catalog)) {
    if (r.a !== undefined) ws.getCell(r.row, 1).value = r.a;
    if (r.b !== undefined) ws.getCell(r.row, 2).value = r.b;
    if (r.heading) ws.getCell(r.row, 1).font = { bold: true, size: r.heading };
    else if (r.wrap) {
      ws.getCell(r.row, 1).alignment = { vertical: "top" };
      ws.getCell(r.row, 2).alignment = { wrapText: true, vertical: "top" };
    }
  }
  wb.definedNames.add(`${sheetRef(ws.name)}${VERSION_CELL.a1}`, catalog.versionName);
  await protect(ws);
}

/**
 * Rewrites an existing 填报说明 for `catalog` (a workbook of an earlier standard version): every
 * cell cleared (values and styles), the version name's old references removed, then
 * `fillInstructions`.
 */
export async function refillInstructions(wb: Workbook, ws: Worksheet, catalog: Catalog): Promise<void> {
  ws.eachRow({ includeEmpty: true }, (row) =>
    row.eachCell({ includeEmpty: true }, (cell) => {
      cell.value = null;
      cell.style = {};
    }),
  );
  for (const range of wb.definedNames.model.find((n) => n.name === catalog.versionName)?.ranges ?? []) wb.definedNames.remove(range, catalog.versionName);
  await fillInstructions(wb, ws, catalog);
}

/**
 * Rewrites an existing 指标汇总 for `catalog` (a workbook of an earlier standard version whose
 * formulas changed): protection lifted, every cell cleared (values and styles), then `fillIndicators`.
 */
export async function refillIndicators(ws: Worksheet, catalog: Catalog, lacking: ReadonlyMap<string, readonly string[]> = new Map(), unitGaps: ReadonlyMap<string, readonly string[]> = new Map()): Promise<void> {
  ws.unprotect();
  ws.eachRow({ includeEmpty: true }, (row) =>
    row.eachCell({ includeEmpty: true }, (cell) => {
      cell.value = null;
      cell.style = {};
    }),
  );
  await fillIndicators(ws, catalog, lacking, unitGaps);
}

/**
 * Fills 指标汇总: title (A1), headers 指标 | 数值 | 单位 (row 2), then one row per
 * `catalog.indicators` entry: label | `{ formula }` with the indicator's number format | unit.
 * Frozen through row 2, protected.
 * @returns the 1-based row of the first indicator.
 */
export async function fillIndicators(ws: Worksheet, catalog: Catalog, lacking: ReadonlyMap<string, readonly string[]> = new Map(), unitGaps: ReadonlyMap<string, readonly string[]> = new Map()): Promise<number> {
  heading(ws, 1, ws.name, 14);
  const header = ws.getRow(2);
  header.values = [...INDICATOR_LAYOUT.headers];
  header.font = { bold: true };
  INDICATOR_LAYOUT.widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  const first = INDICATOR_LAYOUT.firstRow;
  catalog.indicators.forEach((ind, i) => {
    const r = ws.getRow(first + i);
    r.getCell(1).value = ind.label;
    // A formula over a column the sheet lacks says so instead (`（缺少：问题整改 来源）`, as in Excel).
    const gap = lacking.get(ind.id);
    r.getCell(2).value = gap?.length ? missingNote(gap) : ({ formula: ind.formula } as never);
    r.getCell(2).numFmt = ind.numFmt;
    // The word the counted rows share (处, 起 …, else 多种量词), where the rows carry a 单位 (new-user test 8, D19).
    const unitFormula = unitFormulaOf(ind, unitGaps);
    r.getCell(3).value = unitFormula ? ({ formula: unitFormula } as never) : ind.unit;
  });
  ws.views = [{ state: "frozen", xSplit: 0, ySplit: 2 }];
  await protect(ws);
  return first;
}
