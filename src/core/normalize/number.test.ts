import fc from "fast-check";
import { figuresInDigits, readNumber } from "./number";
import type { NumberRead } from "./types";

/** The expected reading of a text cell (fromText true); optional fields absent unless given. */
const text = (typed: string, value: number, extra: Partial<Extract<NumberRead, { kind: "number" }>> = {}): NumberRead => ({
  kind: "number", value, fromText: true, typed, ...extra,
});
const over = (word: string) => ({ approx: { kind: "over" as const, word } });
const about = (word: string) => ({ approx: { kind: "about" as const, word } });
const nearly = (word: string) => ({ approx: { kind: "nearly" as const, word } });

describe("readNumber", () => {
  describe("spec table “Values users really type”", () => {
    it.each<[string, NumberRead]>([
      ["１２０", text("１２０", 120)],
      ["552人", text("552人", 552, { unit: "人" })],
      ["120 面", text("120 面", 120, { unit: "面" })],
      ["552多", text("552多", 552, over("多"))],
      ["80余", text("80余", 80, over("余"))],
      ["约14800", text("约14800", 14800, about("约"))],
      ["近100", text("近100", 100, nearly("近"))],
      ["4万", text("4万", 40000, { scale: 10000 })],
      ["4万余元", text("4万余元", 40000, { ...over("余"), unit: "元", scale: 10000 })],
      ["1.2万", text("1.2万", 12000, { scale: 10000 })],
      ["4千元", text("4千元", 4000, { unit: "元", scale: 1000 })],
      ["1.5千", text("1.5千", 1500, { scale: 1000 })],
      ["5千克", text("5千克", 5, { unit: "千克" })],
      ["3千米", text("3千米", 3, { unit: "千米" })],
      ["十二", text("十二", 12, { chinese: true })],
      ["一百二十", text("一百二十", 120, { chinese: true })],
      ["两千", text("两千", 2000, { chinese: true })],
      ["100%", text("100%", 100, { percent: true })],
      ["百分之百", text("百分之百", 100, { percent: true, chinese: true })],
      ["-3", text("-3", -3)],
      ["12.5", text("12.5", 12.5)],
    ])("reads %s as the spec says", (typed, expected) => {
      expect(readNumber(typed)).toEqual(expected);
    });

    it.each(["#DIV/0!", "#REF!", "#N/A", "#SPILL!", "#GETTING_DATA"])("gives an excelError when the cell holds %s", (code) => {
      expect(readNumber(code)).toEqual({ kind: "excelError", code });
    });
  });

  describe("adversarial values of the foundation issue", () => {
    it.each<[string, number, Partial<Extract<NumberRead, { kind: "number" }>>]>([
      ["六千八", 6800, { chinese: true }],
      ["两千", 2000, { chinese: true }],
      ["3.5万", 35000, { scale: 10000 }],
      ["3.5万元", 35000, { unit: "元", scale: 10000 }],
      ["一万二", 12000, { chinese: true }],
      ["三千五百", 3500, { chinese: true }],
      ["1.15万", 11500, { scale: 10000 }],
      ["1.5亿", 150000000, { scale: 100000000 }],
    ])("reads %s as %d, not a prefix of it", (typed, value, extra) => {
      expect(readNumber(typed)).toEqual(text(typed, value, extra));
    });

    it.each(["abc", "待定", "若干", "/", "—", "-", ".", "万", "3千千", "二三十", "十几", "一般", "一些", "数十人", "1,20", "1 200",
      "1e5", "1e308", "1.8e308", "12abc", "12人人", "约100余", "百分之95%", "4万%", "2023.6.5", "😀", "12😀", "12 👍", "百分之", "--3", "12%人"])(
      "gives invalid (never 0) for %j",
      (typed) => {
        expect(readNumber(typed)).toEqual({ kind: "invalid", typed });
      },
    );
  });

  describe("numbers", () => {
    it("passes a number through with fromText false", () => {
      expect(readNumber(0)).toEqual({ kind: "number", value: 0, fromText: false, typed: "0" });
      expect(readNumber(-3)).toEqual({ kind: "number", value: -3, fromText: false, typed: "-3" });
      expect(readNumber(1e308)).toEqual({ kind: "number", value: 1e308, fromText: false, typed: "1e+308" });
    });

    it.each([NaN, Infinity, -Infinity])("gives invalid for %p", (v) => {
      expect(readNumber(v)).toEqual({ kind: "invalid", typed: String(v) });
    });
  });

  describe("blanks, booleans", () => {
    it.each<[string | null]>([[null], [""], ["   "], ["\u3000\u00a0\u200b\t"]])("gives blank for %j", (v) => {
      expect(readNumber(v)).toEqual({ kind: "blank" });
    });

    it("gives invalid for a boolean", () => {
      expect(readNumber(true)).toEqual({ kind: "invalid", typed: "TRUE" });
      expect(readNumber(false)).toEqual({ kind: "invalid", typed: "FALSE" });
    });
  });

  describe("text", () => {
    it.each<[string, NumberRead]>([
      ["0", text("0", 0)],
      ["  12 ", text("12", 12)],
      ["\u300012\u3000", text("12", 12)],
      ["\u200b12\u00a0", text("12", 12)],
      ["1,200", text("1,200", 1200)],
      ["１，２００．５", text("１，２００．５", 1200.5)],
      ["1,234,567.89", text("1,234,567.89", 1234567.89)],
      ["－3", text("－3", -3)],
      ["−3", text("−3", -3)],
      ["-0", text("-0", 0)],
      ["007", text("007", 7)],
      [".5", text(".5", 0.5)],
      ["96.5%", text("96.5%", 96.5, { percent: true })],
      ["９６．５％", text("９６．５％", 96.5, { percent: true })],
      ["百分之九十五", text("百分之九十五", 95, { percent: true, chinese: true })],
      ["百分之95", text("百分之95", 95, { percent: true })],
      ["约95%", text("约95%", 95, { percent: true, ...about("约") })],
      ["100以上", text("100以上", 100, over("以上"))],
      ["大约300", text("大约300", 300, about("大约"))],
      ["300左右", text("300左右", 300, about("左右"))],
      ["将近100", text("将近100", 100, nearly("将近"))],
      ["80余人", text("80余人", 80, { ...over("余"), unit: "人" })],
      ["552多人", text("552多人", 552, { ...over("多"), unit: "人" })],
      ["100人以上", text("100人以上", 100, { ...over("以上"), unit: "人" })],
      ["约300人左右", text("约300人左右", 300, { ...about("约"), unit: "人" })],
      ["40余万元", text("40余万元", 400000, { approx: { kind: "over", word: "余", beforeScale: true }, unit: "元", scale: 10000 })],
      ["1.2万人次", text("1.2万人次", 12000, { unit: "人次", scale: 10000 })],
      ["14800人次", text("14800人次", 14800, { unit: "人次" })],
      ["一百多人", text("一百多人", 100, { ...over("多"), unit: "人", chinese: true })],
      ["三十余万元", text("三十余万元", 300000, { approx: { kind: "over", word: "余", beforeScale: true }, unit: "元", chinese: true, scale: 10000 })],
      ["三万元", text("三万元", 30000, { unit: "元", chinese: true })],
      ["五千克", text("五千克", 5, { unit: "千克", chinese: true })],
      ["5千克", text("5千克", 5, { unit: "千克" })],
      ["200㎡", text("200㎡", 200, { unit: "㎡" })],
      ["12.5小时", text("12.5小时", 12.5, { unit: "小时" })],
      ["零", text("零", 0, { chinese: true })],
      ["壹佰", text("壹佰", 100, { chinese: true })],
    ])("reads %j", (typed, expected) => {
      expect(readNumber(typed)).toEqual(expected);
    });
  });

  describe("limits", () => {
    it("gives invalid, quickly, for a 10,000-character string", () => {
      const long = "1".repeat(10_000);
      const t0 = Date.now();
      expect(readNumber(long)).toEqual({ kind: "invalid", typed: long });
      expect(readNumber(" ".repeat(10_000) + "x" + " ".repeat(10_000))).toEqual({ kind: "invalid", typed: "x" });
      expect(readNumber("\u3000".repeat(10_000))).toEqual({ kind: "blank" });
      expect(Date.now() - t0).toBeLessThan(200);
    });

    it("never gives a non-finite value for a long digit run", () => {
      const r = readNumber("9".repeat(400));
      expect(r.kind).toBe("invalid");
      const big = readNumber("9".repeat(60) + "亿");
      expect(big.kind === "number" && Number.isFinite(big.value)).toBe(true);
    });

    it("never throws, and never reads a value that is not finite, for any string", () => {
      fc.assert(
        fc.property(fc.string({ maxLength: 80, unit: "grapheme" }), (s) => {
          const r = readNumber(s);
          return r.kind !== "number" || Number.isFinite(r.value);
        }),
      );
    });
  });
});

describe("figuresInDigits (new-user test 47, D3)", () => {
  it.each([
    ["帮扶老弱病残孕旅客三百余人", "帮扶老弱病残孕旅客300余人"],
    ["接待游客三万余人次", "接待游客3万余人次"],
    ["服务一万二千人次", "服务1.2万人次"],
    ["发放一万二千三百份", "发放12300份"],
    ["一百二十人次", "120人次"],
    ["国庆七天，第十二次，十九届，二十四节气，三八", "国庆七天，第十二次，十九届，二十四节气，三八"],
  ])("%s → %s", (typed, written) => {
    expect(figuresInDigits(typed)).toBe(written);
  });
});
