/**
 * The Gregorian dates of the traditional festivals, lunar years 2014–2036 — the one table of them (rule
 * `activity.festival-date`, new-user test 25, D22). 春节 is lunar 1/1, 元宵 1/15, 端午 5/5, 七夕 7/7, 中秋 8/15,
 * 重阳 9/9, 腊八 12/8 and 除夕 the day before the next 春节; 清明 is the solar term (4月4日 or 5日 in these years).
 *
 * Source: generated once, offline, with the npm package lunar-javascript 1.7.7 (`Lunar.fromYmd(y, m, d).getSolar()`,
 * `getJieQiTable()["清明"]`) and checked day by day against the npm package lunar-calendar 0.1.4 (`solarToLunar`,
 * whose month numbers count a leap month: compared by month name); every 春节 also against the published dates.
 * Neither package is a dependency. src/core/catalog/festival-dates.test.ts checks the table's own arithmetic.
 * Pure: no I/O.
 * @module
 */

/** The festivals of the table, in calendar order. */
export const TABLE_FESTIVALS = ["春节", "元宵", "清明", "端午", "七夕", "中秋", "重阳", "腊八"] as const;
export type TableFestival = (typeof TABLE_FESTIVALS)[number] | "除夕";

/**
 * By lunar year: the MMDD of 春节 元宵 清明 端午 七夕 中秋 重阳 腊八 (TABLE_FESTIVALS' order), in the Gregorian year of
 * the same number — but 腊八 (lunar 12/8), which in January lies in the next Gregorian year (2022's fell on
 * 2022-12-30).
 */
const TABLE: Readonly<Record<number, string>> = {
  2014: "0131 0214 0405 0602 0802 0908 1002 0127",
  2015: "0219 0305 0405 0620 0820 0927 1021 0117",
  2016: "0208 0222 0404 0609 0809 0915 1009 0105",
  2017: "0128 0211 0404 0530 0828 1004 1028 0124",
  2018: "0216 0302 0405 0618 0817 0924 1017 0113",
  2019: "0205 0219 0405 0607 0807 0913 1007 0102",
  2020: "0125 0208 0404 0625 0825 1001 1025 0120",
  2021: "0212 0226 0404 0614 0814 0921 1014 0110",
  2022: "0201 0215 0405 0603 0804 0910 1004 1230",
  2023: "0122 0205 0405 0622 0822 0929 1023 0118",
  2024: "0210 0224 0404 0610 0810 0917 1011 0107",
  2025: "0129 0212 0404 0531 0829 1006 1029 0126",
  2026: "0217 0303 0405 0619 0819 0925 1018 0115",
  2027: "0206 0220 0405 0609 0808 0915 1008 0104",
  2028: "0126 0209 0404 0528 0826 1003 1026 0122",
  2029: "0213 0227 0404 0616 0816 0922 1016 0111",
  2030: "0203 0217 0405 0605 0805 0912 1005 0101",
  2031: "0123 0206 0405 0624 0824 1001 1024 0120",
  2032: "0211 0225 0404 0612 0812 0919 1012 0108",
  2033: "0131 0214 0404 0601 0801 0908 1001 0127",
  2034: "0219 0305 0405 0620 0820 0927 1020 0116",
  2035: "0208 0222 0405 0610 0810 0916 1009 0105",
  2036: "0128 0211 0404 0530 0828 1004 1027 0123",
};

/** The first and last lunar year of the table. */
export const FESTIVAL_YEARS = { first: 2014, last: 2036 } as const;

/** Excel serial (1900 system) of a day after 1900-03-01. */
const serial = (y: number, m: number, d: number): number => Date.UTC(y, m - 1, d) / 86_400_000 + 25_569;

/**
 * The Excel serial date of `festival` in lunar year `year` (除夕: the eve of the next year's 春节), or undefined
 * outside the table.
 * @example festivalDay("端午", 2026) // the serial of 2026-06-19
 */
export function festivalDay(festival: TableFestival, year: number): number | undefined {
  if (festival === "除夕") {
    const next = festivalDay("春节", year + 1);
    return next === undefined ? undefined : next - 1;
  }
  const row = TABLE[year];
  if (!row) return undefined;
  const mmdd = row.split(" ")[TABLE_FESTIVALS.indexOf(festival)];
  const m = Number(mmdd.slice(0, 2));
  const d = Number(mmdd.slice(2));
  return serial(festival === "腊八" && m < 12 ? year + 1 : year, m, d);
}

/**
 * The day of `festival` nearest to the serial date `day` (of the lunar years around its Gregorian year), or undefined
 * when `day` lies outside 2015–2035 (the table's years with a neighbour on each side).
 */
export function nearestFestivalDay(festival: TableFestival, day: number): number | undefined {
  if (day < serial(FESTIVAL_YEARS.first + 1, 1, 1) || day >= serial(FESTIVAL_YEARS.last, 1, 1)) return undefined;
  const year = new Date((Math.floor(day) - 25_569) * 86_400_000).getUTCFullYear();
  let best: number | undefined;
  for (const y of [year - 1, year, year + 1]) {
    const f = festivalDay(festival, y);
    if (f !== undefined && (best === undefined || Math.abs(f - day) < Math.abs(best - day))) best = f;
  }
  return best;
}

/**
 * The holidays of fixed Gregorian date that are no 我们的节日 (元旦 1/1, 妇女节 3/8, 劳动节 5/1, 青年节 5/4, 儿童节 6/1,
 * 建党节 7/1, 建军节 8/1, 教师节 9/10, 国庆节 10/1), by MMDD: the names the 填报说明 and the calendar give them.
 */
const MODERN_HOLIDAYS: Readonly<Record<string, string>> = {
  "0101": "元旦", "0308": "妇女节", "0501": "劳动节", "0504": "青年节", "0601": "儿童节", "0701": "建党节", "0801": "建军节", "0910": "教师节", "1001": "国庆节",
};

/**
 * The modern holiday (MODERN_HOLIDAYS: `国庆节`, `劳动节`, `元旦` …) that falls on the Excel serial date `day`, or undefined —
 * also undefined when a traditional festival of the table falls on the same day (2020-10-01 was 中秋 and 国庆): then the
 * day says nothing on which of them an activity kept. New-user test 48, D14: a 10月1日 flag-raising typed 我们的节日 is
 * 国庆's, never `中秋节…` (2025's 中秋 was 10月6日).
 * @example modernHolidayOn(45931) // "国庆节" (2025-10-01)
 */
export function modernHolidayOn(day: number): string | undefined {
  const date = new Date((Math.floor(day) - 25_569) * 86_400_000);
  const holiday = MODERN_HOLIDAYS[`${String(date.getUTCMonth() + 1).padStart(2, "0")}${String(date.getUTCDate()).padStart(2, "0")}`];
  if (!holiday) return undefined;
  return TABLE_FESTIVALS.some((f) => nearestFestivalDay(f, Math.floor(day)) === Math.floor(day)) ? undefined : holiday;
}
