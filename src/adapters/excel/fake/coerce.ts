/**
 * What Excel makes of a string written through `Range.values` (audit §4 F3; d.ts `Range.values`:
 * strings are parsed as if typed, unless the cell is text-formatted `@` or the string starts with
 * the text prefix `'`). The strict fake converts numbers (with thousands separators, sign,
 * exponent), percentages, currency amounts, booleans, times and ISO-like or 年月日 dates. Full-width
 * digits (`１２０`) are converted too: Excel's typed-input parser folds them to ASCII in CJK
 * locales — inferred, "to verify on real Excel" (docs/office-compatibility.md).
 * @module
 */
import type { XlValue } from "../types";

/** Day serial of a date (1900 date system: 1899-12-30 is day 0). */
function serial(y: number, m: number, d: number): number | undefined {
  if (m < 1 || m > 12 || d < 1 || d > 31) return undefined;
  const t = Date.UTC(y, m - 1, d);
  const back = new Date(t);
  if (back.getUTCMonth() !== m - 1) return undefined;
  return Math.round((t - Date.UTC(1899, 11, 30)) / 86_400_000);
}

/** The value Excel stores for `input` written into a cell of number format `format`. */
export function coerceInput(input: string, format: string): XlValue {
  if (format === "@") return input;
  const s = input.normalize("NFKC").trim();
  if (!s) return input;
  if (/^(true|false)$/i.test(s)) return s.toUpperCase() === "TRUE";
  const num = /^([+-]?)[¥$]?((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+)(?:[eE]([+-]?\d+))?(%?)$/u.exec(s);
  if (num) {
    let v = Number(num[2].replace(/,/g, "")) * (num[3] ? 10 ** Number(num[3]) : 1);
    if (num[1] === "-") v = -v;
    return num[4] ? v / 100 : v;
  }
  const date = /^(\d{4})[/-](\d{1,2})[/-](\d{1,2})$/.exec(s) ?? /^(\d{4})年(\d{1,2})月(\d{1,2})日$/u.exec(s);
  if (date) return serial(Number(date[1]), Number(date[2]), Number(date[3])) ?? input;
  const time = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(s);
  if (time && Number(time[1]) < 24 && Number(time[2]) < 60) return (Number(time[1]) * 3600 + Number(time[2]) * 60 + Number(time[3] ?? 0)) / 86_400;
  return input;
}
