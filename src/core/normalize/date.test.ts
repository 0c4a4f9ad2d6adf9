import fc from "fast-check";
import { isValidYmd, readDate, serialFromYmd, serialOfLocalDay, ymdFromSerial } from "./date";
import type { DateRead } from "./types";

const fromText = (typed: string, serial: number, yearAssumed = false): DateRead => ({
  kind: "date", serial, fromText: true, typed, ...(yearAssumed && { yearAssumed: true }),
});

describe("serialFromYmd", () => {
  it.each<[number, number, number, number]>([
    [1900, 1, 1, 1],
    [1900, 2, 28, 59],
    [1900, 2, 29, 60],
    [1900, 3, 1, 61],
    [1990, 1, 1, 32874],
    [2023, 6, 5, 45082],
    [2024, 2, 29, 45351],
    [2100, 12, 31, 73415],
    [9999, 12, 31, 2958465],
  ])("gives %i-%i-%i serial %i", (y, m, d, serial) => {
    expect(serialFromYmd({ y, m, d })).toBe(serial);
  });

  it("throws when the day does not exist", () => {
    expect(() => serialFromYmd({ y: 2023, m: 2, d: 30 })).toThrow(RangeError);
  });
});

describe("ymdFromSerial", () => {
  it.each<[number, number, number, number]>([
    [1, 1900, 1, 1],
    [59, 1900, 2, 28],
    [60, 1900, 2, 29],
    [61, 1900, 3, 1],
    [45082, 2023, 6, 5],
    [45082.99, 2023, 6, 5],
    [2958465, 9999, 12, 31],
  ])("gives serial %d as %i-%i-%i, keeping the day of a fraction", (serial, y, m, d) => {
    expect(ymdFromSerial(serial)).toEqual({ y, m, d });
  });

  it("throws when the serial is not finite", () => {
    expect(() => ymdFromSerial(NaN)).toThrow(RangeError);
  });

  it("round-trips every serial from 1 to 9999-12-31", () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 2958465 }), (serial) => serialFromYmd(ymdFromSerial(serial)) === serial));
  });

  it("agrees with Date.UTC after 1900-03-01", () => {
    fc.assert(
      fc.property(fc.integer({ min: 61, max: 2958465 }), (serial) => {
        const t = new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000);
        const { y, m, d } = ymdFromSerial(serial);
        return t.getUTCFullYear() === y && t.getUTCMonth() + 1 === m && t.getUTCDate() === d;
      }),
    );
  });
});

describe("isValidYmd", () => {
  it.each<[number, number, number, boolean]>([
    [2023, 6, 5, true],
    [2024, 2, 29, true],
    [2023, 2, 29, false],
    [2023, 2, 30, false],
    [1900, 2, 29, false],
    [2000, 2, 29, true],
    [2023, 13, 1, false],
    [2023, 4, 31, false],
    [2023, 0, 1, false],
    [2023, 1, 1.5, false],
  ])("says %i-%i-%i is %p", (y, m, d, ok) => {
    expect(isValidYmd({ y, m, d })).toBe(ok);
  });
});

describe("readDate", () => {
  it.each<[string, DateRead]>([
    ["2023.6.5", fromText("2023.6.5", 45082)],
    ["2023/6/5", fromText("2023/6/5", 45082)],
    ["2023-06-05", fromText("2023-06-05", 45082)],
    ["2023年6月5日", fromText("2023年6月5日", 45082)],
    ["2023年6月5号", fromText("2023年6月5号", 45082)],
    ["２０２３年６月５日", fromText("２０２３年６月５日", 45082)],
    ["２０２３．６．５", fromText("２０２３．６．５", 45082)],
    ["2023年 6月 5日", fromText("2023年 6月 5日", 45082)],
    ["  2023/06/05 10:30 ", fromText("2023/06/05 10:30", 45082)],
    ["2023-06-05T08:00:00", fromText("2023-06-05T08:00:00", 45082)],
    ["20230605", fromText("20230605", 45082)],
    ["二〇二三年六月五日", fromText("二〇二三年六月五日", 45082)],
    ["2023年十二月二十五日", fromText("2023年十二月二十五日", 45285)],
  ])("reads %j as a date from text", (typed, expected) => {
    expect(readDate(typed, { year: 1999 })).toEqual(expected);
  });

  it("takes the year from opts.year when only month and day are typed", () => {
    expect(readDate("6月5日", { year: 2023 })).toEqual(fromText("6月5日", 45082, true));
    expect(readDate("６月５号", { year: 2023 })).toEqual(fromText("６月５号", 45082, true));
  });

  it("gives invalid for 6月5日 when no year is given", () => {
    expect(readDate("6月5日", {})).toEqual({ kind: "invalid", typed: "6月5日" });
  });

  it("gives invalid for 2月29日 in a year that has none", () => {
    expect(readDate("2月29日", { year: 2023 })).toEqual({ kind: "invalid", typed: "2月29日" });
    expect(readDate("2月29日", { year: 2024 })).toEqual(fromText("2月29日", 45351, true));
  });

  it("passes a serial through with fromText false, dropping the time of day", () => {
    expect(readDate(45082, {})).toEqual({ kind: "date", serial: 45082, fromText: false, typed: "45082" });
    expect(readDate(45082.75, {})).toEqual({ kind: "date", serial: 45082, fromText: false, typed: "45082.75" });
  });

  it.each([0, -1, 2958466, NaN, Infinity])("gives invalid for the serial %p", (v) => {
    expect(readDate(v, {})).toEqual({ kind: "invalid", typed: String(v) });
  });

  it.each(["#DIV/0!", "#REF!", "#VALUE!"])("gives an excelError for %s", (code) => {
    expect(readDate(code, { year: 2023 })).toEqual({ kind: "excelError", code });
  });

  it.each<[string | null]>([[null], [""], ["  \u3000 "]])("gives blank for %j", (v) => {
    expect(readDate(v, {})).toEqual({ kind: "blank" });
  });

  it.each(["2023-02-30", "2023.13.1", "2023/6/31", "2023年2月29日", "1899-12-31", "2023/6-5", "23.6.5", "6.5", "2023年6月",
    "abc", "待定", "明天", "2023年六月5号x", "二〇2三年6月5日", "😀", "20231305", "0月0日"])(
    "gives invalid for %j",
    (typed) => {
      expect(readDate(typed, { year: 2023 })).toEqual({ kind: "invalid", typed });
    },
  );

  it("gives invalid for a boolean", () => {
    expect(readDate(true, {})).toEqual({ kind: "invalid", typed: "TRUE" });
  });

  it("gives invalid, quickly, for a 10,000-character string", () => {
    const long = "2023年".repeat(2000);
    const t0 = Date.now();
    expect(readDate(long, { year: 2023 })).toEqual({ kind: "invalid", typed: long });
    expect(Date.now() - t0).toBeLessThan(200);
  });

  it("does not depend on the machine's time zone", () => {
    const saved = process.env.TZ;
    try {
      process.env.TZ = "Pacific/Kiritimati";
      const east = readDate("2023年6月5日", {});
      process.env.TZ = "America/Adak";
      expect(readDate("2023年6月5日", {})).toEqual(east);
    } finally {
      process.env.TZ = saved;
    }
  });
});

describe("serialOfLocalDay", () => {
  it("gives the serial of the local calendar day, whatever the time of day", () => {
    expect(serialOfLocalDay(new Date(2023, 7, 3, 0, 0, 1))).toBe(45141);
    expect(serialOfLocalDay(new Date(2023, 7, 3, 23, 59, 59))).toBe(45141);
  });
});
