/**
 * Native Excel data validation for catalog fields (spec "Conventions": dropdown lists and
 * whole-number / decimal / date / text-length rules with a Chinese error alert and input prompt).
 * Written as classic `<dataValidation>` elements by exceljs. Enumerations always reference a
 * column of the hidden list sheet (`_lists`), so no list formula comes near Excel's 255-character
 * limit for inline lists.
 * @module
 */
import type { DataValidation, Workbook, Worksheet } from "exceljs";
import type { Catalog, FieldSpec, NativeRule } from "../../core/catalog";
import { DATE_BOUNDS, LIST_SHEET, listColumns, nativeValidationFor, promptFor, quotedSheetRef, type ListColumn } from "../../core/catalog";
import { utcDay } from "./content";

export { LIST_SHEET, promptFor };

/** First and last date accepted by date columns (spec: 1990-01-01..2100-12-31), UTC midnight. */
export const DATE_MIN = utcDay(DATE_BOUNDS.min);
export const DATE_MAX = utcDay(DATE_BOUNDS.max);

/** exceljs has `Worksheet.dataValidations` at runtime but not in its typings. */
export interface WithValidations {
  dataValidations: { add(range: string, dv: DataValidation): void; model: Record<string, DataValidation | undefined> };
}

/** Column letters of a 1-based column number (1 → A, 27 → AA). */
export function columnLetter(col: number): string {
  let s = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** A sheet name as a formula prefix: always quoted (`'_lists'!`), which Excel and LibreOffice accept. */
export const sheetRef = quotedSheetRef;

/**
 * Writes the list sheet: one column per distinct enumeration of the catalog (core `listColumns`:
 * catalog order, values from row 1 down), very hidden and protected — created when missing,
 * rewritten from the catalog when present (it is generated: users never edit it).
 * @returns the absolute range formula of each enumeration, keyed by its values joined with `\u0001`.
 */
export async function ensureListSheet(wb: Workbook, catalog: Catalog): Promise<Map<string, string>> {
  const ws = wb.getWorksheet(LIST_SHEET) ?? wb.addWorksheet(LIST_SHEET, { state: "veryHidden" });
  ws.state = "veryHidden";
  const refs = new Map<string, string>();
  for (const list of listColumns(catalog)) {
    list.values.forEach((v, i) => (ws.getCell(i + 1, list.col).value = v));
    refs.set(list.values.join("\u0001"), list.range);
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

const OPERATOR = { between: "between", atLeast: "greaterThanOrEqual", atMost: "lessThanOrEqual" } as const;

/** The exceljs spelling of a core rule. */
function excelRule(rule: NativeRule): Pick<DataValidation, "type" | "operator" | "formulae"> {
  switch (rule.kind) {
    case "list":
      return { type: "list", formulae: [rule.listRange] } as Pick<DataValidation, "type" | "operator" | "formulae">;
    case "date":
      return { type: "date", operator: "between", formulae: [utcDay(rule.min), utcDay(rule.max)] };
    case "textLength":
      return { type: "textLength", operator: "lessThanOrEqual", formulae: [rule.max] };
    default:
      return { type: rule.kind, operator: OPERATOR[rule.operator], formulae: rule.operator === "between" ? [rule.min, rule.max] : [rule.operator === "atLeast" ? rule.min : rule.max] };
  }
}

/**
 * The native validation for one field (core `nativeValidationFor`, in exceljs' spelling), or
 * undefined for formula columns. All: blanks allowed, stop-style Chinese error alert, Chinese
 * input prompt titled with the header.
 */
export function validationFor(field: FieldSpec, lists: ReadonlyMap<string, string>): DataValidation | undefined {
  const columns: ListColumn[] = [...lists.entries()].map(([key, range], i) => ({ col: i + 1, values: key.split("\u0001"), range }));
  const native = nativeValidationFor(field, columns);
  if (!native) return undefined;
  return {
    ...excelRule(native.rule),
    allowBlank: true,
    showInputMessage: true,
    promptTitle: native.prompt.title,
    prompt: native.prompt.message,
    showErrorMessage: true,
    errorStyle: "stop",
    errorTitle: native.error.title,
    error: native.error.message,
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
