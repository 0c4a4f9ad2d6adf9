/**
 * Native Excel data validation for catalog fields (spec "Conventions": dropdown lists and
 * whole-number / decimal / date / text-length rules with a Chinese error alert and input prompt).
 * Written as classic `<dataValidation>` elements by exceljs. Enumerations always reference a
 * column of the hidden list sheet (`_lists`), so no list formula comes near Excel's 255-character
 * limit for inline lists.
 * @module
 */
import type { DataValidation, Workbook, Worksheet } from "exceljs";
import type { Catalog, FieldSpec } from "../../core/catalog";
import { fieldsOf } from "../../core/catalog";

/** Name of the very hidden sheet that holds one column per distinct enumeration. */
export const LIST_SHEET = "_lists";

/** First and last date accepted by date columns (spec: 1990-01-01..2100-12-31), UTC midnight. */
export const DATE_MIN = new Date(Date.UTC(1990, 0, 1));
export const DATE_MAX = new Date(Date.UTC(2100, 11, 31));

/** Excel's limits on validation texts (longer ones make Excel repair the file). */
const MAX_TITLE = 32;
const MAX_MESSAGE = 255;

/** exceljs has `Worksheet.dataValidations` at runtime but not in its typings. */
export interface WithValidations {
  dataValidations: { add(range: string, dv: DataValidation): void; model: Record<string, DataValidation | undefined> };
}

const clip = (text: string, max: number): string => (text.length > max ? text.slice(0, max - 1) + "…" : text);

/** Column letters of a 1-based column number (1 → A, 27 → AA). */
export function columnLetter(col: number): string {
  let s = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** A sheet name as a formula prefix: always quoted (`'_lists'!`), which Excel and LibreOffice accept. */
export function sheetRef(name: string): string {
  return `'${name.replace(/'/g, "''")}'!`;
}

/**
 * Writes the list sheet: one column per distinct enumeration of the catalog (in catalog order,
 * values from row 1 down), very hidden and protected.
 * @returns the absolute range formula of each enumeration, keyed by its values joined with `\u0001`.
 */
export async function addListSheet(wb: Workbook, catalog: Catalog): Promise<Map<string, string>> {
  const ws = wb.addWorksheet(LIST_SHEET, { state: "veryHidden" });
  const refs = new Map<string, string>();
  for (const sheet of catalog.sheets) {
    for (const field of fieldsOf(sheet)) {
      if (field.type !== "enum" || !field.values?.length) continue;
      const key = field.values.join("\u0001");
      if (refs.has(key)) continue;
      const col = refs.size + 1;
      field.values.forEach((v, i) => (ws.getCell(i + 1, col).value = v));
      const letter = columnLetter(col);
      refs.set(key, `${sheetRef(LIST_SHEET)}$${letter}$1:$${letter}$${field.values.length}`);
    }
  }
  await ws.protect("", { selectLockedCells: true, selectUnlockedCells: true });
  return refs;
}

/** The list-range formula for an enum field. @throws Error when the list sheet lacks it (programmer error). */
export function listRefFor(field: FieldSpec, lists: ReadonlyMap<string, string>): string {
  const ref = lists.get((field.values ?? []).join("\u0001"));
  if (!ref) throw new Error(`no list range for enum ${field.id}`);
  return ref;
}

/** Chinese input prompt: the catalog's `prompt` if any, else one generated from the type. */
export function promptFor(field: FieldSpec): string {
  if (field.prompt) return field.prompt;
  const unit = field.unit ? `，单位：${field.unit}` : "";
  switch (field.type) {
    case "enum":
      return "请从下拉列表中选择";
    case "int":
      return field.max !== undefined ? `整数，${field.min ?? 0}至${field.max}${unit}` : `整数${unit}${(field.min ?? 0) > 0 ? `，不小于${field.min}` : ""}`;
    case "num":
      return `数字，可带小数${unit}`;
    case "date":
      return "日期，如2023/6/5";
    default:
      return `文字，不超过${field.maxLength ?? MAX_MESSAGE}个字`;
  }
}

/**
 * The native validation for one field, or undefined for formula columns.
 * enum → list (from the list sheet); int → whole ≥ min (between min and max when max is set);
 * num → decimal ≥ min (between when max is set); date → date between 1990-01-01 and 2100-12-31;
 * text/phone → textLength ≤ maxLength. All: blanks allowed, stop-style Chinese error alert,
 * Chinese input prompt titled with the header.
 */
export function validationFor(field: FieldSpec, lists: ReadonlyMap<string, string>): DataValidation | undefined {
  const min = field.min ?? 0;
  const bounded = field.max !== undefined;
  let rule: Pick<DataValidation, "type" | "operator" | "formulae">;
  let error: string;
  switch (field.type) {
    case "formula":
      return undefined;
    case "enum":
      rule = { type: "list", formulae: [listRefFor(field, lists)] };
      error = `请从下拉列表中选择${field.header}，不要手工输入其他内容`;
      break;
    case "int":
      rule = bounded ? { type: "whole", operator: "between", formulae: [min, field.max] } : { type: "whole", operator: "greaterThanOrEqual", formulae: [min] };
      error = bounded ? `请输入${min}至${field.max}之间的整数` : `请输入不小于${min}的整数${field.unit ? `（单位：${field.unit}）` : ""}，不要带单位或文字`;
      break;
    case "num":
      rule = bounded ? { type: "decimal", operator: "between", formulae: [min, field.max] } : { type: "decimal", operator: "greaterThanOrEqual", formulae: [min] };
      error = bounded ? `请输入${min}至${field.max}之间的数字` : `请输入不小于${min}的数字${field.unit ? `（单位：${field.unit}）` : ""}，不要带单位或文字`;
      break;
    case "date":
      rule = { type: "date", operator: "between", formulae: [DATE_MIN, DATE_MAX] };
      error = "请输入1990年1月1日至2100年12月31日之间的日期，如2023/6/5";
      break;
    default: {
      const max = field.maxLength ?? MAX_MESSAGE;
      rule = { type: "textLength", operator: "lessThanOrEqual", formulae: [max] };
      error = `最多${max}个字，请精简内容`;
    }
  }
  return {
    ...rule,
    allowBlank: true,
    showInputMessage: true,
    promptTitle: clip(field.header, MAX_TITLE),
    prompt: clip(promptFor(field), MAX_MESSAGE),
    showErrorMessage: true,
    errorStyle: "stop",
    errorTitle: clip(`${field.header}填写有误`, MAX_TITLE),
    error: clip(error, MAX_MESSAGE),
  } as DataValidation;
}

/**
 * Adds one validation per field to `range` (`C3:C1002`, or a single cell), never per cell
 * (per-cell assignment writes overlapping ranges). No-op for formula columns.
 */
export function addValidation(ws: Worksheet, range: string, field: FieldSpec, lists: ReadonlyMap<string, string>): void {
  const dv = validationFor(field, lists);
  if (dv) (ws as unknown as WithValidations).dataValidations.add(range, dv);
}
