/**
 * fast-check arbitraries of adversarial cell values (issue #5 §3): control characters, emoji, RTL
 * marks, 10,000-character strings, NaN-like text, huge and negative numbers, every Excel error,
 * dates before 1900 and after 9999, and the values users really type (spec table). Shared by the
 * fuzz suites; `FUZZ_SEED` fixes the seed (printed by each suite) for reproduction.
 */
import fc from "fast-check";
import { EXCEL_ERRORS } from "../../src/core/normalize";
import type { CellValue } from "../../src/core";

/** The seed of this run: `FUZZ_SEED=123 npx jest test/fuzz` reproduces a failure. */
export const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 2147483647);

/** Typed values of the spec's table and their near misses. */
const TYPED = [
  "１２０", "552人", "120 面", "552多", "80余", "约14800", "近100", "4万", "4万余元", "1.2万", "十二", "一百二十", "两千", "六千八",
  "100%", "百分之百", "2023.6.5", "2023/6/5", "2023年6月5日", "6月5日", "二〇二三年六月五日", "20230605", "-3", "12.5", "1,200",
  "若干", "待定", "/", "—", "1e5", "3千", "二三十", "约100余", "0", "-0", "00012", "2023-02-30", "1900-02-29", "1899/12/31",
  "0001/1/1", "10000-01-01", "9999/12/31", "6/5/2023", "5.6.2023", "上半年", "社区", "〔约数〕数量：552多", "{ PAGE }",
  "<w:fldSimple w:instr=\"PAGE\"/>", "=1+1", "+1+1", "@SUM(A1)", "]]>", "&amp;", "<script>", "\u0000", "\ud800",
];
/** Text that looks like a number but is not one. */
const NAN_LIKE = ["NaN", "nan", "Infinity", "-Infinity", "undefined", "null", "1e309", "-1e309", "0x1F", "1_000", "١٢٣", "۱۲۳", "१२३"];
/** Characters that break naive text handling. */
const NASTY_CHARS = [
  "\u0001", "\u0007", "\u0008", "\u000b", "\u000c", "\u001f", "\u007f", "\u0085", "\u200b", "\u200e", "\u200f", "\u202a", "\u202b",
  "\u202e", "\u2066", "\u2069", "\u3000", "\u00a0", "\ufeff", "\ufffe", "\uffff", "\ud83d\ude00", "\ud83d\udc68\u200d\ud83d\udc69\u200d\ud83d\udc67",
  "\u{1f1e8}\u{1f1f3}", "\u0301", "\t", "\n", "\r\n", "\"", "'", "<", ">", "&", "\\", "；", "：", "〔", "〕", "%", "％", "万", "亿", "多", "约",
];

const nastyString = fc.array(fc.oneof(fc.constantFrom(...NASTY_CHARS), fc.string({ maxLength: 4 }), fc.constantFrom(...TYPED)), { maxLength: 8 }).map((p) => p.join(""));
/** 10,000 characters (or thereabouts) of one repeated piece. */
const hugeString = fc.tuple(fc.constantFrom("字", "1", " ", "\u3000", "a", "\ud83d\ude00", "约", "#"), fc.integer({ min: 9_990, max: 10_010 })).map(([c, n]) => c.repeat(n));
const number = fc.oneof(
  fc.double({ noNaN: false }),
  fc.integer({ min: -1e9, max: 1e9 }),
  fc.constantFrom(0, -0, 1, -1, 1e21, -1e21, 1e308, -1e308, Number.MAX_SAFE_INTEGER, Number.MIN_VALUE, NaN, Infinity, -Infinity),
  // Excel serials: before 1900 (≤ 0), 1900's leap bug (60), the allowed range, after 9999 (> 2958465).
  fc.constantFrom(-1, 0, 0.5, 59, 60, 61, 32873, 32874, 45082, 45082.75, 73415, 73416, 2958465, 2958466, 3e6),
);

/** Any cell value an adapter could hand over, weighted towards the adversarial. */
export const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  { arbitrary: fc.constantFrom(...TYPED), weight: 4 },
  { arbitrary: fc.constantFrom(...EXCEL_ERRORS, ...EXCEL_ERRORS.map((e) => ` ${e.toLowerCase()} `)), weight: 2 },
  { arbitrary: fc.constantFrom(...NAN_LIKE), weight: 1 },
  { arbitrary: nastyString, weight: 4 },
  { arbitrary: fc.string({ unit: "grapheme", maxLength: 30 }), weight: 2 },
  { arbitrary: fc.string({ unit: "binary", maxLength: 30 }), weight: 2 },
  { arbitrary: hugeString, weight: 1 },
  { arbitrary: number, weight: 4 },
  { arbitrary: fc.boolean(), weight: 1 },
  { arbitrary: fc.constantFrom(null, "", " ", "\u3000"), weight: 1 },
);

/** Draws `n` values from an arbitrary with the run's seed (plus an offset per batch). */
export function sample<T>(arb: fc.Arbitrary<T>, n: number, batch = 0): T[] {
  return fc.sample(arb, { numRuns: n, seed: SEED + batch });
}

/** A counter of values tested, printed by each suite. */
export function report(suite: string, values: number, extra = ""): void {
  console.log(`[fuzz] ${suite}: ${values.toLocaleString("en")} values tested (seed ${SEED})${extra ? `; ${extra}` : ""}`);
}
