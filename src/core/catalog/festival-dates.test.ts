import { serialFromYmd, ymdFromSerial } from "../normalize/date";
import { FESTIVAL_YEARS, festivalDay, nearestFestivalDay, TABLE_FESTIVALS, type TableFestival } from "./festival-dates";

const day = (y: number, m: number, d: number): number => serialFromYmd({ y, m, d });
const years = Array.from({ length: FESTIVAL_YEARS.last - FESTIVAL_YEARS.first + 1 }, (_, i) => FESTIVAL_YEARS.first + i);
const at = (f: TableFestival, y: number): number => festivalDay(f, y) as number;

describe("festival-dates", () => {
  it("has every festival of every year, none before 1月1日 of its year", () => {
    for (const y of years) for (const f of TABLE_FESTIVALS) expect(ymdFromSerial(at(f, y)).y).toBe(f === "腊八" ? (ymdFromSerial(at(f, y)).m === 12 ? y : y + 1) : y);
    expect(festivalDay("春节", FESTIVAL_YEARS.first - 1)).toBeUndefined();
    expect(festivalDay("除夕", FESTIVAL_YEARS.last)).toBeUndefined();
  });

  it("gives the published 春节 of 2015–2035 and the dates the tester and everyone know", () => {
    const published = ["2015-02-19", "2016-02-08", "2017-01-28", "2018-02-16", "2019-02-05", "2020-01-25", "2021-02-12", "2022-02-01", "2023-01-22", "2024-02-10", "2025-01-29", "2026-02-17", "2027-02-06", "2028-01-26", "2029-02-13", "2030-02-03", "2031-01-23", "2032-02-11", "2033-01-31", "2034-02-19", "2035-02-08"];
    for (const iso of published) {
      const [y, m, d] = iso.split("-").map(Number);
      expect(at("春节", y)).toBe(day(y, m, d));
    }
    expect(at("端午", 2026)).toBe(day(2026, 6, 19));
    expect(at("中秋", 2024)).toBe(day(2024, 9, 17));
    expect(at("中秋", 2025)).toBe(day(2025, 10, 6));
    expect(at("除夕", 2025)).toBe(day(2026, 2, 16));
    expect(at("腊八", 2022)).toBe(day(2022, 12, 30));
  });

  it("keeps the lunar calendar's arithmetic: months of 29 or 30 days, one leap month at most between two festivals", () => {
    // Lunar month and day of each festival but 清明 (a solar term).
    const lunar: Partial<Record<TableFestival, [number, number]>> = { 春节: [1, 1], 元宵: [1, 15], 端午: [5, 5], 七夕: [7, 7], 中秋: [8, 15], 重阳: [9, 9], 腊八: [12, 8] };
    const named = Object.entries(lunar) as [TableFestival, [number, number]][];
    for (const y of years) {
      for (let i = 0; i + 1 < named.length; i++) {
        const [a, [m1, d1]] = named[i];
        const [b, [m2, d2]] = named[i + 1];
        const months = at(b, y) - at(a, y) - (d2 - d1);
        const k = m2 - m1;
        // k whole months, or k + 1 with a leap month between.
        expect(months >= 29 * k && months <= 30 * (k + 1)).toBe(true);
        if (months > 30 * k) expect(months).toBeGreaterThanOrEqual(29 * (k + 1));
      }
      expect(at("元宵", y) - at("春节", y)).toBe(14);
      const ymd = ymdFromSerial(at("清明", y));
      expect([ymd.m, ymd.d === 4 || ymd.d === 5]).toEqual([4, true]);
      expect(at("春节", y)).toBeGreaterThanOrEqual(day(y, 1, 21));
      expect(at("春节", y)).toBeLessThanOrEqual(day(y, 2, 20));
      if (y < FESTIVAL_YEARS.last) {
        expect([354, 355, 383, 384]).toContain(at("春节", y + 1) - at("春节", y));
        // 腊八 is 12/8: 22 or 23 days before the next 春节 (the 12th month of 29 or 30 days).
        expect([22, 23]).toContain(at("春节", y + 1) - at("腊八", y));
      }
    }
  });

  it("finds the festival nearest to a date, across the turn of the year", () => {
    expect(nearestFestivalDay("端午", day(2026, 3, 10))).toBe(day(2026, 6, 19));
    expect(nearestFestivalDay("腊八", day(2023, 12, 30))).toBe(day(2024, 1, 18));
    expect(nearestFestivalDay("春节", day(2025, 12, 20))).toBe(day(2026, 2, 17));
    expect(nearestFestivalDay("除夕", day(2026, 2, 1))).toBe(day(2026, 2, 16));
    expect(nearestFestivalDay("中秋", day(2014, 9, 8))).toBeUndefined();
    expect(nearestFestivalDay("中秋", day(2036, 1, 1))).toBeUndefined();
  });
});
