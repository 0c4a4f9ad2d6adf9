/**
 * Excel error values as Office.js and exceljs hand them over: strings such as `#DIV/0!`.
 * @module
 */
import type { CellValue } from "../grid/types";

/**
 * Every Excel error code, spelled as Excel shows it (Office.js `ErrorCellValueType` plus the
 * classic ones): the seven classic errors, the dynamic-array and data-type errors, and the
 * newer #EXTERNAL!, #PYTHON! and #TIMEOUT!.
 */
export const EXCEL_ERRORS: readonly string[] = [
  "#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A",
  "#GETTING_DATA", "#SPILL!", "#CALC!", "#FIELD!", "#BLOCKED!", "#CONNECT!", "#BUSY!",
  "#UNKNOWN!", "#EXTERNAL!", "#PYTHON!", "#TIMEOUT!",
];

const BY_UPPER: ReadonlyMap<string, string> = new Map(EXCEL_ERRORS.map((code) => [code, code]));

/**
 * The Excel error code a cell holds, or undefined. Matches a known code exactly after trimming
 * spaces, ignoring letter case (`#n/a` → `#N/A`), and returns Excel's spelling; numbers,
 * booleans, null and other text (`#待定`, `#12`) give undefined.
 * @example excelErrorOf("#DIV/0!") // "#DIV/0!"
 */
export function excelErrorOf(v: CellValue): string | undefined {
  if (typeof v !== "string" || v.length > 40) return undefined;
  const t = v.trim();
  if (!t.startsWith("#")) return undefined;
  return BY_UPPER.get(t.toUpperCase());
}
