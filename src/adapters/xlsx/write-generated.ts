/**
 * The two generated, protected sheets of the standard workbook: 填报说明 (instructions, with the
 * version cell named `CL_StandardVersion`, spec §0) and 指标汇总 (indicator formulas, spec §10).
 * Both are built by iterating the catalog; no sheet or header text is spelled here.
 * @module
 */
import type { Workbook, Worksheet } from "exceljs";
import type { Catalog, SheetSpec } from "../../core/catalog";
import { fieldsOf } from "../../core/catalog";
import { sheetRef } from "./validation";

/** Address of the cell of 填报说明 holding the version text (and named `catalog.versionName`). */
export const VERSION_CELL = { row: 2, col: 2, a1: "$B$2" } as const;

/** Fill colour that marks required headers / 项目 (a pale yellow; text stays dark). */
export const REQUIRED_FILL = "FFFFF2CC";

const PROTECT_OPTIONS = { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true };

/** Sheet protection without a password (the user may lift it; it prevents slips, not intent). */
export async function protect(ws: Worksheet): Promise<void> {
  await ws.protect("", PROTECT_OPTIONS);
}

/** The instructions sheet's id in the catalog. */
const INSTRUCTIONS_ID = "instructions";
/** The indicator sheet's id in the catalog. */
const INDICATORS_ID = "indicators";

/** True for the 填报说明 spec (found by id, so the sheet name stays in the catalog). */
export function isInstructions(sheet: SheetSpec): boolean {
  return sheet.kind === "generated" && sheet.id === INSTRUCTIONS_ID;
}

/** True for the 指标汇总 spec. */
export function isIndicators(sheet: SheetSpec): boolean {
  return sheet.kind === "generated" && sheet.id === INDICATORS_ID;
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
  ws.getColumn(1).width = 16;
  ws.getColumn(2).width = 100;
  heading(ws, 1, `创文台账填报说明（${catalog.versionText}）`, 16);
  ws.getCell(VERSION_CELL.row, 1).value = "标准版本";
  ws.getCell(VERSION_CELL.row, VERSION_CELL.col).value = catalog.versionText;
  wb.definedNames.add(`${sheetRef(ws.name)}${VERSION_CELL.a1}`, catalog.versionName);

  let row = 4;
  heading(ws, row++, "各表填法");
  const wrap = { wrapText: true, vertical: "top" } as const;
  for (const sheet of catalog.sheets) {
    const required = fieldsOf(sheet).filter((f) => f.required).map((f) => f.header);
    const text = required.length ? `${sheet.help}\n必填：${required.join("、")}` : sheet.help;
    ws.getCell(row, 1).value = sheet.sheet;
    ws.getCell(row, 1).alignment = { vertical: "top" };
    ws.getCell(row, 2).value = text;
    ws.getCell(row, 2).alignment = wrap;
    row++;
  }
  ws.getCell(row++, 2).value = "表头或项目底色为浅黄色的为必填；数字列只填数字，单位另列填写；日期请按 2023/6/5 的形式输入。";

  row++;
  heading(ws, row++, "可选值（下拉列表）");
  for (const sheet of catalog.sheets) {
    for (const field of fieldsOf(sheet)) {
      if (field.type !== "enum" || !field.values) continue;
      ws.getCell(row, 1).value = sheet.sheet;
      ws.getCell(row, 2).value = `${field.header}：${field.values.join("、")}`;
      ws.getCell(row, 2).alignment = wrap;
      row++;
    }
  }
  await protect(ws);
}

/**
 * Fills 指标汇总: title (A1), headers 指标 | 数值 | 单位 (row 2), then one row per
 * `catalog.indicators` entry: label | `{ formula }` with the indicator's number format | unit.
 * Frozen through row 2, protected.
 * @returns the 1-based row of the first indicator.
 */
export async function fillIndicators(ws: Worksheet, catalog: Catalog): Promise<number> {
  heading(ws, 1, ws.name, 14);
  const header = ws.getRow(2);
  header.values = ["指标", "数值", "单位"];
  header.font = { bold: true };
  [30, 16, 8].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  const first = 3;
  catalog.indicators.forEach((ind, i) => {
    const r = ws.getRow(first + i);
    r.getCell(1).value = ind.label;
    r.getCell(2).value = { formula: ind.formula } as never;
    r.getCell(2).numFmt = ind.numFmt;
    r.getCell(3).value = ind.unit;
  });
  ws.views = [{ state: "frozen", xSplit: 0, ySplit: 2 }];
  await protect(ws);
  return first;
}
