/**
 * Conversion of exceljs cell values to the host-neutral `CellValue` (src/core/grid/types.ts),
 * matching what Office.js `Range.values` gives: dates as Excel serial numbers, errors as their
 * `#DIV/0!` text, rich text and hyperlinks as plain text, formulas as their cached result.
 * @module
 */
import type { CellValue } from "../../core/grid/types";

/** Milliseconds per day. */
const DAY_MS = 86_400_000;
/** Date.UTC of Excel's day 0 in the 1900 date system (1899-12-30, accounting for the 1900 leap bug). */
const EPOCH_1900_MS = Date.UTC(1899, 11, 30);
/** Date.UTC of day 0 in the 1904 date system (1904-01-01). */
const EPOCH_1904_MS = Date.UTC(1904, 0, 1);

/**
 * A Date (as exceljs builds it: UTC-based) → Excel serial number. Whole days are exact integers
 * whatever the machine's time zone (2023-06-05 → 45082); a time of day becomes the fraction,
 * rounded to the millisecond.
 */
export function dateToSerial(date: Date, date1904 = false): number {
  const days = (date.getTime() - (date1904 ? EPOCH_1904_MS : EPOCH_1900_MS)) / DAY_MS;
  return Math.round(days * DAY_MS) / DAY_MS;
}

/** Excel serial number → Date at that UTC instant (inverse of {@link dateToSerial}). */
export function serialToDate(serial: number, date1904 = false): Date {
  return new Date((date1904 ? EPOCH_1904_MS : EPOCH_1900_MS) + Math.round(serial * DAY_MS));
}

type RichText = { richText: readonly { text: string }[] };

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null;
}

/** Plain text of a rich-text value (runs joined). */
function richTextOf(v: RichText): string {
  return v.richText.map((run) => run.text ?? "").join("");
}

/**
 * One exceljs cell value → CellValue.
 * - null/undefined → null; string/number/boolean → as is;
 * - Date → serial number in the 1900 date system (exceljs already turned a 1904-system file's
 *   serials into true dates, so the day is kept, not the stored number); `{ richText }` → joined text; `{ text, hyperlink }` → the text;
 * - `{ error }` → the error text (`#DIV/0!`);
 * - `{ formula | sharedFormula, result }` → the converted result, or null without one;
 * - anything else (checkbox-like objects, unknown shapes) → its `text` if a string, else null.
 */
export function toCellValue(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : dateToSerial(value);
  if (!isObject(value)) return null;
  if ("formula" in value || "sharedFormula" in value) {
    return "result" in value ? toCellValue(value.result) : null;
  }
  if (typeof value.error === "string") return value.error;
  if (Array.isArray(value.richText)) return richTextOf(value as RichText);
  if ("hyperlink" in value || "text" in value) {
    const text = value.text;
    if (isObject(text) && Array.isArray(text.richText)) return richTextOf(text as RichText);
    return typeof text === "string" ? text : text === undefined || text === null ? null : String(text);
  }
  return null;
}
