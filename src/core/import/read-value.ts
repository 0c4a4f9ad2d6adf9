/**
 * One source cell read into a standard field through the core's normalisation (全角, 一百二十,
 * 80人, 约50, 4万余, 2023.3.5, 3月12日 with the report year): the value to write, the approximation
 * to keep (a 〔约数〕 tag in 备注, or 其他指标's 表述), a measure word typed in the cell, and text the
 * standard field cannot hold (kept in 备注). Pure.
 * @module
 */
import type { Catalog, FieldSpec, LedgerSpec } from "../catalog";
import { enumByWords, rectifiedByStatus } from "../catalog/classify";
import type { CellValue } from "../grid/types";
import { readDate, readMonthOnly, ymdFromSerial } from "../normalize/date";
import { readNumber } from "../normalize/number";
import { parseChineseNumeral } from "../normalize/chinese-numeral";
import { readText } from "../normalize/text";
import type { Approx } from "../normalize/types";
import type { ImportedValue } from "./types";

/** A cell read for a field. */
export type FieldRead =
  | {
      readonly ok: true;
      readonly value?: ImportedValue;
      /** The approximation typed (约50 → about), to keep with the figure. */
      readonly approx?: Approx;
      /** The text as typed: for the 〔约数〕 tag, or an enumeration's value not in its list (kept in 备注). */
      readonly typed?: string;
      /** A measure word typed in the cell (`80人` → 人). */
      readonly unit?: string;
      /** Text for 备注 when the field cannot hold it (`授予单位：区文明办` beside the 级别 guessed from it). */
      readonly remark?: string;
      /** Set when the value was chosen by the classifier from the cell's words. */
      readonly guess?: string;
      /** Set when a text was cut to the field's length. */
      readonly cut?: boolean;
    }
  | { readonly ok: false; readonly typed: string };

/** `yyyy-mm-dd` of an Excel serial. */
export function isoOfSerial(serial: number): string {
  const { y, m, d } = ymdFromSerial(serial);
  return `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/** `2023年3月5日` of an Excel serial, for a date kept in 备注. */
export function chineseDateOfSerial(serial: number): string {
  const { y, m, d } = ymdFromSerial(serial);
  return `${y}年${m}月${d}日`;
}

/**
 * A date cell: the day, also the first day of a range typed as `3月5日-3月7日` / `3月5日至7日`, the last day of `6月底前`,
 * and with the report year `year` a month and day typed as text with a dot (`3.5` → 3月5日, month 1–12 and a day of it),
 * as `三月五日` is read: in a date column only (new-user test 41, D21); the caller says the year was assumed.
 */
export function readDay(v: CellValue, year: number | undefined): number | undefined {
  const read = readDate(v, year !== undefined ? { year } : {});
  if (read.kind === "date") return read.serial;
  if (typeof v !== "string") return undefined;
  const monthDot = /^\s*(\d{1,2})\s*[.．]\s*(\d{1,2})\s*$/u.exec(v);
  if (monthDot && year !== undefined && Number(monthDot[1]) >= 1 && Number(monthDot[1]) <= 12) {
    const again = readDate(`${year}-${Number(monthDot[1])}-${Number(monthDot[2])}`, {});
    return again.kind === "date" ? again.serial : undefined;
  }
  // `6月底前`, `6月底`, `6月末`: the month's last day.
  const monthEnd = /^(?:((?:19|20)\d{2})\s*年)?\s*(\d{1,2})\s*月\s*(?:底|末)(?:前|之前)?$/u.exec(v.trim());
  if (monthEnd && (monthEnd[1] || year !== undefined)) {
    const y = Number(monthEnd[1] ?? year);
    const m = Number(monthEnd[2]);
    if (m >= 1 && m <= 12) {
      const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
      const again = readDate(`${y}-${m}-${last}`, {});
      if (again.kind === "date") return again.serial;
    }
  }
  const first = v.split(/至|到|[~～—–]|-(?=\d{1,2}月|\d{1,2}日)/u)[0];
  if (first === v) return undefined;
  const again = readDate(first, year !== undefined ? { year } : {});
  return again.kind === "date" ? again.serial : undefined;
}

/**
 * A month typed alone (`1月`, `十二月份`) in a sheet whose title or report gives the year (`year`): that year's month, as a
 * 月份 column of a hand-made list means it (new-user test 70, D11); undefined without a year or for anything else.
 * @example monthOfYear("1月", 2025) // { y: 2025, m: 1 }
 */
function monthOfYear(text: string, year: number | undefined): { y: number; m: number } | undefined {
  const m = year !== undefined ? /^\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*月份?\s*$/u.exec(text) : null;
  if (!m || year === undefined) return undefined;
  const month = /^\d+$/u.test(m[1]) ? Number(m[1]) : parseChineseNumeral(m[1]);
  return month !== undefined && month >= 1 && month <= 12 ? { y: year, m: month } : undefined;
}

/**
 * Reads `v` for `field` of `ledger`. Dates → `{date}`; int/num through `readNumber` (negative, or a
 * fraction in a whole-number field, is unreadable); an enumeration: the value itself, else the
 * classifier's value for the cell's words (the typed text kept in 备注), else the text in 备注 only
 * (the row's other words then decide, see reshape); text cut to its length (the whole kept in 备注).
 * @returns `{ok: false, typed}` for a value that cannot be read (the caller keeps it in 备注 and says so).
 */
export function readField(catalog: Catalog, ledger: LedgerSpec, field: FieldSpec, header: string, v: CellValue, year: number | undefined): FieldRead {
  const text = readText(v);
  switch (field.type) {
    case "date": {
      const serial = readDay(v, year);
      if (serial !== undefined) return { ok: true, value: { date: isoOfSerial(serial) } };
      // A month alone (`2025年4月`) where the column takes one (catalog `monthOnly`): written as the month, which check reads
      // as such (value.month-only), never a day invented nor a blank date (new-user test 57, D13).
      const month = field.monthOnly ? readMonthOnly(v) ?? monthOfYear(text, year) : undefined;
      return month ? { ok: true, value: `${month.y}年${month.m}月` } : { ok: false, typed: text };
    }
    case "int":
    case "num": {
      // 已整改数 typed with its verb (`已整改18户`, `已维修2盏`, `已整改二十处`: new-user test 42, D19): the figure after the
      // words of a rectification done (new-user test 38, D16), listed as a guess; any other text stays unreadable.
      const done = ledger.id === "rectification" && field.id === "rectified" ? /^\s*([\u4e00-\u9fa5]{1,6}?)\s*((?:\d|[一二两三四五六七八九十百](?=[零〇一二两三四五六七八九十百千万余多]*(?:[处户家个起件间条宗块盏台辆棵]|$)))[\s\S]*)$/u.exec(text) : null;
      if (done && typeof v === "string" && rectifiedByStatus(done[1]) === 1) {
        const figure = readField(catalog, ledger, field, header, done[2], year);
        if (figure.ok) return { ...figure, guess: `按“${text}”读作${String(figure.value)}` };
      }
      const n = readNumber(v);
      if (n.kind !== "number" || n.value < (field.min ?? 0) || n.percent || (field.type === "int" && !Number.isInteger(n.value))) return { ok: false, typed: text };
      return { ok: true, value: n.value, ...(n.approx ? { approx: n.approx, typed: n.typed } : {}), ...(n.unit ? { unit: n.unit } : {}) };
    }
    case "enum": {
      const allowed = field.values ?? [];
      if (allowed.includes(text)) return { ok: true, value: text };
      const near = allowed.find((a) => text.startsWith(a) || (a.length >= 2 && text.includes(a)));
      const guess = near ?? enumByWords(catalog, ledger.id, field.id, text);
      const keep = `${header}：${text}`;
      // A 系统内 honour (new-user test 27, D15) is a stated level the list lacks: said so, not as a reading of words.
      const system = ledger.id === "honors" && field.id === "level" && /系统内/u.test(text);
      if (guess) return { ok: true, value: guess, remark: keep, guess: system ? `“${text}”是本系统评选的荣誉，级别没有此项，按${guess}计，荣誉名称写明系统内，总结中写作获评系统内荣誉` : `按“${text}”归为${guess}` };
      // Words that say nothing clear: the text in 备注, the value left to the row's own words (then 其他). A problem
      // the list lacks (`院内吸烟`) is its own name, written bare: the summary names a 其他 problem by its 备注.
      return { ok: true, remark: ledger.id === "rectification" && field.id === "kind" ? text : keep, typed: text };
    }
    case "formula":
    case "phone":
      return { ok: false, typed: text };
    default: {
      const max = field.maxLength ?? 200;
      // A list of units typed with commas (a CSV's quoted `A,B`) is written with 、 as the standard does.
      if ((field.id === "host" || field.id === "owner") && /[,，]/u.test(text)) {
        const joined = text.split(/\s*[,，]\s*/u).filter(Boolean).join("、");
        if (joined.length <= max) return { ok: true, value: joined };
      }
      if (text.length <= max) return { ok: true, value: text };
      return { ok: true, value: `${text.slice(0, max - 1)}…`, remark: `${header}全文：${text}`, cut: true };
    }
  }
}
