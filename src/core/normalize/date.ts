/**
 * Dates: Excel serial dates (1900 date system) ↔ calendar days, and reading a date cell as users
 * type it (`2023.6.5`, `2023/6/5`, `2023年6月5日`, `6月5日`). Pure arithmetic: nothing here
 * depends on the machine's time zone or clock.
 * @module
 */
import type { CellValue } from "../grid/types";
import { parseChineseNumeral } from "./chinese-numeral";
import { excelErrorOf } from "./excel-error";
import { foldFullWidth, trimCell } from "./text";
import type { DateRead, Ymd } from "./types";

/** Largest serial Excel shows as a date: 9999-12-31. */
const MAX_SERIAL = 2958465;
/** Day number (see {@link daysFromCivil}) of 1899-12-31, Excel's day 0. */
const EPOCH = daysFromCivil(1899, 12, 31);
/** Longer text is never a date. */
const MAX_DATE_TEXT = 40;

/** Days since 1970-01-01 of a proleptic Gregorian day (H. Hinnant's days_from_civil); any integer year. */
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The proleptic Gregorian day of a day number since 1970-01-01 (inverse of {@link daysFromCivil}). */
function civilFromDays(z: number): Ymd {
  const zz = z + 719468;
  const era = Math.floor(zz / 146097);
  const doe = zz - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: era * 400 + yoe + (m <= 2 ? 1 : 0), m, d };
}

/** Days in month `m` (1–12) of Gregorian year `y`. */
function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/**
 * True when `ymd` is a real Gregorian day with a year in 1..9999: integer parts, month 1–12,
 * day within the month (2023-02-30 and 1900-02-29 are not; 2024-02-29 is).
 * @example isValidYmd({ y: 2023, m: 2, d: 29 }) // false
 */
export function isValidYmd(ymd: Ymd): boolean {
  const { y, m, d } = ymd;
  return (
    Number.isInteger(y) && Number.isInteger(m) && Number.isInteger(d) &&
    y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m)
  );
}

/**
 * The Excel serial date (1900 system) of a day: 1900-01-01 → 1, 1900-02-28 → 59, Excel's
 * fictitious 1900-02-29 → 60, 1900-03-01 → 61, 2023-06-05 → 45082. Days before 1900 give
 * 0 or less (Excel has no such dates).
 * @throws RangeError when `ymd` is neither a valid day ({@link isValidYmd}) nor 1900-02-29.
 * @example serialFromYmd({ y: 2023, m: 6, d: 5 }) // 45082
 */
export function serialFromYmd(ymd: Ymd): number {
  const { y, m, d } = ymd;
  if (y === 1900 && m === 2 && d === 29) return 60;
  if (!isValidYmd(ymd)) throw new RangeError(`serialFromYmd: not a day: ${y}-${m}-${d}`);
  const serial = daysFromCivil(y, m, d) - EPOCH;
  return serial >= 60 ? serial + 1 : serial;
}

/**
 * The day of an Excel serial date (1900 system): 1 → 1900-01-01, 60 → the fictitious
 * 1900-02-29, 61 → 1900-03-01, 45082 → 2023-06-05. A fraction is the time of day and is
 * dropped (45082.75 → 2023-06-05). Serials below 1 give the proleptic days before 1900-01-01.
 * @throws RangeError when `serial` is not a finite number.
 * @example ymdFromSerial(45082) // { y: 2023, m: 6, d: 5 }
 */
export function ymdFromSerial(serial: number): Ymd {
  if (!Number.isFinite(serial)) throw new RangeError(`ymdFromSerial: not a serial: ${serial}`);
  const day = Math.floor(serial);
  if (day === 60) return { y: 1900, m: 2, d: 29 };
  return civilFromDays(EPOCH + (day > 60 ? day - 1 : day));
}

/** Options of {@link readDate}. */
export interface ReadDateOptions {
  /** Year for a date typed without one (`6月5日`): the workbook's 报告年度. */
  readonly year?: number;
}

/** `2023.6.5`, `2023/6/5`, `2023-06-05` (one separator throughout), optionally followed by a time. */
const NUMERIC_DATE = /^(\d{4})([./-])(\d{1,2})\2(\d{1,2})(?:[ T]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$/;
/** `20230605`. */
const COMPACT_DATE = /^(\d{4})(\d{2})(\d{2})$/;
/** `2023年6月5日`, `2023年6月5号`, `6月5日`, `二〇二三年六月五日`; parts are checked afterwards. */
const CHINESE_DATE = /^(?:([\d〇零一二三四五六七八九]{4}) *年)? *([\d〇零一二三四五六七八九十]{1,3}) *月 *([\d〇零一二三四五六七八九十]{1,3}) *[日号]?$/;
const YEAR_DIGITS = "〇一二三四五六七八九";

/**
 * Reads one cell of a date column.
 * - number → an Excel serial date, `fromText: false`, the time of day dropped (45082.5 →
 *   45082); below 1, above 2958465 (9999-12-31) or not finite → invalid.
 * - null, `""` or blanks → `{kind: "blank"}`; an Excel error string → `{kind: "excelError"}`;
 *   a boolean → invalid.
 * - text, trimmed and folded from full width → `fromText: true`: `2023.6.5`, `2023/6/5`,
 *   `2023-06-05` (a time after it is dropped), `20230605`, `2023年6月5日`, `2023年6月5号`,
 *   `二〇二三年六月五日`, and `6月5日` with the year from `opts.year` (`yearAssumed: true`;
 *   invalid without it). A day that does not exist (2023-02-30) or a year outside 1900..9999
 *   → invalid; so is anything else. The report-period range check is the validator's.
 * @example readDate("6月5日", { year: 2023 }) // {kind: "date", serial: 45082, fromText: true, typed: "6月5日", yearAssumed: true}
 */
export function readDate(v: CellValue, opts: ReadDateOptions = {}): DateRead {
  if (v === null) return { kind: "blank" };
  if (typeof v === "boolean") return { kind: "invalid", typed: v ? "TRUE" : "FALSE" };
  if (typeof v === "number") {
    const ok = Number.isFinite(v) && v >= 1 && v < MAX_SERIAL + 1;
    return ok ? { kind: "date", serial: Math.floor(v), fromText: false, typed: String(v) } : { kind: "invalid", typed: String(v) };
  }
  const code = excelErrorOf(v);
  if (code !== undefined) return { kind: "excelError", code };
  const typed = trimCell(v);
  if (typed === "") return { kind: "blank" };
  const parts = typed.length <= MAX_DATE_TEXT ? parseDateText(foldFullWidth(typed), opts.year) : undefined;
  if (parts === undefined) return { kind: "invalid", typed };
  const serial = serialFromYmd(parts.ymd);
  return { kind: "date", serial, fromText: true, typed, ...(parts.yearAssumed && { yearAssumed: true }) };
}

/** The day a date text names, or undefined; `ymd` is always a valid day of 1900..9999. */
function parseDateText(s: string, year: number | undefined): { ymd: Ymd; yearAssumed: boolean } | undefined {
  let y: number | undefined;
  let m: number | undefined;
  let d: number | undefined;
  let yearAssumed = false;
  const numeric = NUMERIC_DATE.exec(s) ?? COMPACT_DATE.exec(s);
  if (numeric !== null) {
    y = Number(numeric[1]);
    m = Number(numeric[numeric.length === 5 ? 3 : 2]);
    d = Number(numeric[numeric.length === 5 ? 4 : 3]);
  } else {
    const chinese = CHINESE_DATE.exec(s);
    if (chinese === null) return undefined;
    if (chinese[1] !== undefined) y = readYear(chinese[1]);
    else {
      y = year;
      yearAssumed = true;
    }
    m = readDayOrMonth(chinese[2]);
    d = readDayOrMonth(chinese[3]);
  }
  if (y === undefined || m === undefined || d === undefined) return undefined;
  const ymd = { y, m, d };
  return isValidYmd(ymd) && y >= 1900 ? { ymd, yearAssumed } : undefined;
}

/** `2023` or `二〇二三` (digit by digit; 零 accepted for 〇); mixed digits are refused. */
function readYear(s: string): number | undefined {
  if (/^\d{4}$/.test(s)) return Number(s);
  let y = 0;
  for (const ch of s) {
    const digit = YEAR_DIGITS.indexOf(ch === "零" ? "〇" : ch);
    if (digit < 0) return undefined;
    y = y * 10 + digit;
  }
  return y;
}

/** A month or day: `6`, `06`, `六`, `十二`, `二十五`. */
function readDayOrMonth(s: string): number | undefined {
  if (/^\d{1,2}$/.test(s)) return Number(s);
  return /\d/.test(s) ? undefined : parseChineseNumeral(s);
}

/** `2025年11月`, `2025年11月份`, `2025.11`, `2025/11`, `2025-11`: a year and a month, no day. */
const MONTH_ONLY = /^(\d{4}) *(?:年 *(\d{1,2}) *月份?|([./-])(\d{1,2}))$/u;

/**
 * The month a cell names with no day (`2025年11月`, `2025.11`, full-width digits folded): `{ y, m }`, or undefined for
 * anything else (a whole date, a month outside 1–12, a year before 1900). For date columns that accept a month
 * (catalog `monthOnly`: 先进典型 日期; new-user test 46, D20).
 * @example readMonthOnly("2025年11月") // { y: 2025, m: 11 }
 */
export function readMonthOnly(v: CellValue): { y: number; m: number } | undefined {
  if (typeof v !== "string") return undefined;
  const m = MONTH_ONLY.exec(foldFullWidth(trimCell(v)));
  if (!m) return undefined;
  const y = Number(m[1]);
  const month = Number(m[2] ?? m[4]);
  return y >= 1900 && month >= 1 && month <= 12 ? { y, m: month } : undefined;
}

/**
 * The Excel serial of the calendar day a `Date` falls on in the machine's own time zone (the
 * user's "today"; the clock is read by the caller, never by the core).
 * @example serialOfLocalDay(new Date(2023, 7, 3)) // 45141
 */
export function serialOfLocalDay(date: Date): number {
  return serialFromYmd({ y: date.getFullYear(), m: date.getMonth() + 1, d: date.getDate() });
}
