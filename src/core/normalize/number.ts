/**
 * Reading a number cell as users really fill it (spec "Values users really type"): full-width
 * digits, thousands separators, measure words, 万/亿, approximate words, Chinese numerals and
 * percentages. Range and whole-number checks are the validator's job, not this module's.
 * @module
 */
import type { CellValue } from "../grid/types";
import { parseChineseNumeral, isChineseNumeralChar } from "./chinese-numeral";
import { excelErrorOf } from "./excel-error";
import { APPROX_AFTER, APPROX_BEFORE, MEASURE_WORDS_LONGEST_FIRST, type ApproxWord } from "./measure-words";
import { foldFullWidth, trimCell } from "./text";
import type { Approx, NumberRead } from "./types";

/** Longer text is never a figure; refusing it early keeps reading linear and cheap. */
const MAX_NUMBER_TEXT = 64;

/** 千, 万 and 亿 after Arabic digits (`4千元`, `4万`, `1.5亿`): the power of ten they multiply by (new-user test 2, D4). */
const SCALES: Readonly<Record<string, number>> = { 千: 3, 万: 4, 亿: 8 };

/** Arabic digits: `1200`, `1,200` (groups of three only), `12.5`, `.5`. Sticky, no nested quantifiers. */
const ARABIC = /(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+/y;

const PERCENT_PREFIX = "百分之";

const BLANK: NumberRead = { kind: "blank" };

/** What the text of a number cell says, before it becomes a {@link NumberRead}. */
interface NumberParts {
  readonly value: number;
  readonly approx?: Approx;
  readonly unit?: string;
  readonly chinese?: boolean;
  readonly percent?: boolean;
  readonly scale?: number;
}

/**
 * Reads one cell of a number column.
 * - number → `{kind: "number", value, fromText: false, typed: String(v)}`; NaN/±Infinity → invalid.
 * - null, `""` or blanks only (spaces, U+3000, NBSP, zero-width) → `{kind: "blank"}`.
 * - an Excel error string (`#DIV/0!`) → `{kind: "excelError", code}`; a boolean → invalid.
 * - text → `fromText: true`, `typed` = the text trimmed, and (spec table):
 *   `１２０` → 120; `1,200` → 1200; `552人`/`120 面` → unit 人/面; `552多`, `80余`, `100以上`
 *   → approx over; `约14800`, `大约300`, `300左右` → about; `近100`, `将近100` → nearly;
 *   `4万` → 40000, `1.2万` → 12000, `1.5亿`; `4万余元`/`40余万元` → 40000/400000, over, unit 元 —
 *   a typed 万元 gives unit 元 with the value in 元 and `scale: 10000`; `十二`, `两千`, `六千八`
 *   → 12/2000/6800 with `chinese: true`; `100%`, `96.5%`, `百分之百`, `百分之九十五` → value in
 *   percentage points (100, 96.5, 100, 95) with `percent: true`; `-3` → -3; `12.5` → 12.5.
 * - anything else (`abc`, `待定`, `若干`, `/`, `—`, `1e5`, `3千`, `二三十`, an unknown measure
 *   word) → `{kind: "invalid", typed}`; never 0.
 * Pure and linear in the input length (text over 64 characters is invalid at once).
 * @example readNumber("4万余元") // {kind: "number", value: 40000, fromText: true, typed: "4万余元", approx: {kind: "over", word: "余"}, unit: "元", scale: 10000}
 */
export function readNumber(v: CellValue): NumberRead {
  if (v === null) return BLANK;
  if (typeof v === "boolean") return { kind: "invalid", typed: v ? "TRUE" : "FALSE" };
  if (typeof v === "number") {
    return Number.isFinite(v) ? { kind: "number", value: v, fromText: false, typed: String(v) } : { kind: "invalid", typed: String(v) };
  }
  const code = excelErrorOf(v);
  if (code !== undefined) return { kind: "excelError", code };
  const typed = trimCell(v);
  if (typed === "") return BLANK;
  const parts = typed.length <= MAX_NUMBER_TEXT ? parseNumberText(foldFullWidth(typed)) : undefined;
  if (parts === undefined) return { kind: "invalid", typed };
  return { kind: "number", fromText: true, typed, ...parts };
}

/** Reads folded text as [approx] [百分之] [sign] number [万/亿] [approx] [万/亿] [unit | %] [approx]. */
function parseNumberText(s: string): NumberParts | undefined {
  let i = 0;
  const skipSpaces = (): void => {
    while (s[i] === " " || s[i] === "\t") i++;
  };
  const take = <T extends { readonly word: string }>(words: readonly T[]): T | undefined => {
    const hit = words.find((w) => s.startsWith(w.word, i));
    if (hit !== undefined) i += hit.word.length;
    return hit;
  };
  const takeScale = (): number | undefined => {
    // `5千克` is 5 千克 (a measure word), not 5000 克.
    if (MEASURE_WORDS_LONGEST_FIRST.some((w) => w.length > 1 && w[0] === s[i] && s.startsWith(w, i))) return undefined;
    const exp = SCALES[s[i]];
    if (exp !== undefined) i++;
    return exp;
  };

  skipSpaces();
  const before = take(APPROX_BEFORE);
  skipSpaces();
  const percentPrefix = s.startsWith(PERCENT_PREFIX, i);
  if (percentPrefix) i += PERCENT_PREFIX.length;
  const negative = s[i] === "-";
  const signed = negative || s[i] === "+";
  if (signed) i++;

  ARABIC.lastIndex = i;
  const arabic = ARABIC.exec(s);
  let digits: string | undefined;
  let chineseValue: number | undefined;
  if (arabic !== null) {
    digits = arabic[0].replace(/,/g, "");
    i = ARABIC.lastIndex;
  } else {
    if (signed) return undefined;
    const end = chineseRunEnd(s, i);
    chineseValue = parseChineseNumeral(s.slice(i, end));
    if (chineseValue === undefined) return undefined;
    i = end;
  }

  skipSpaces();
  let exp = takeScale();
  const after = take(APPROX_AFTER);
  // `三十余万`: the 余 stands before the 万 (30余万), said there again (new-user test 41, D5).
  const beforeScale = exp === undefined && after !== undefined;
  if (exp === undefined) exp = takeScale();
  skipSpaces();
  let percent = percentPrefix;
  let unit: string | undefined;
  if (s[i] === "%") {
    if (percentPrefix) return undefined;
    percent = true;
    i++;
  } else if (!percentPrefix) {
    unit = MEASURE_WORDS_LONGEST_FIRST.find((w) => s.startsWith(w, i));
    if (unit !== undefined) i += unit.length;
  }
  skipSpaces();
  const lateAfter = after === undefined ? take(APPROX_AFTER) : undefined;
  skipSpaces();
  if (i !== s.length || (percent && exp !== undefined)) return undefined;

  const combined = combineApprox(before, after ?? lateAfter);
  if (combined === null) return undefined;
  const approx = combined && beforeScale && exp !== undefined ? { ...combined, beforeScale: true as const } : combined;
  const magnitude = digits !== undefined ? shiftDecimal(digits, exp ?? 0) : (chineseValue as number) * 10 ** (exp ?? 0);
  const value = (negative ? -magnitude : magnitude) + 0; // + 0 turns -0 into 0
  if (!Number.isFinite(value)) return undefined;
  return {
    value,
    ...(approx !== undefined && { approx }),
    ...(unit !== undefined && { unit }),
    ...(chineseValue !== undefined && { chinese: true }),
    ...(percent && { percent: true }),
    ...(exp !== undefined && { scale: 10 ** exp }),
  };
}

/**
 * End of the run of Chinese numeral characters starting at `start`, giving back a final 千/百
 * that begins a measure word (`五千克` is 5 千克, not 5000 克).
 */
function chineseRunEnd(s: string, start: number): number {
  let end = start;
  while (end < s.length && isChineseNumeralChar(s[end])) end++;
  if (end - 1 > start && MEASURE_WORDS_LONGEST_FIRST.some((w) => isChineseNumeralChar(w[0]) && s.startsWith(w, end - 1))) end--;
  return end;
}

/** One approximation from the words before and after the number; null when they disagree (`约100余`). */
function combineApprox(before: ApproxWord | undefined, after: ApproxWord | undefined): Approx | undefined | null {
  if (before !== undefined && after !== undefined && before.kind !== after.kind) return null;
  const w = before ?? after;
  return w === undefined ? undefined : { kind: w.kind, word: w.word };
}

/** `digits` (`1.15`, `.5`, `40`) times 10^exp, exactly: the decimal point is moved in the string, so 1.15万 is 11500, not 11499.999…. */
function shiftDecimal(digits: string, exp: number): number {
  if (exp === 0) return Number(digits);
  const dot = digits.indexOf(".");
  const whole = dot < 0 ? digits : digits.slice(0, dot);
  const frac = (dot < 0 ? "" : digits.slice(dot + 1)).padEnd(exp, "0");
  return Number(`${whole}${frac.slice(0, exp)}.${frac.slice(exp) || "0"}`);
}

/** A whole figure of 10,000 or more in 万 when that is exact to one decimal (`30000` → `3万`, `12000` → `1.2万`), else digits. */
const inWan = (n: number): string => (n >= 10000 && Number.isInteger(n / 1000) ? `${n / 10000}万` : String(n));

/** Measure words after which a numeral in free text counts things or people (never 届, 节, 期, 轮: `十九届`, `二十四节气`). */
const COUNTED_AFTER = /^(?:人次|户次|人|名|位|户|家|个|处|件|起|场|次|份|条|块|面|幅|张|本|册|辆|棵|株|盆|座|间|所|套|袋|箱|吨|公斤|斤|平方米|米|公里|元|万元|小时)/u;

/**
 * Free text with its Chinese-numeral figures written in Arabic digits, as every other figure of a text handed in
 * (GB/T 15835; narrative.md figure rules): a run of two numerals or more, or one before 余/多, right before a counting
 * measure word ({@link COUNTED_AFTER}), read by {@link parseChineseNumeral}: `帮扶老弱病残孕旅客三百余人` →
 * `帮扶老弱病残孕旅客300余人`, `一百二十人次` → `120人次`. Everything else stays as typed: one numeral alone (`七天`,
 * `千人宴`, `两人`), an ordinal (`第十二次`), a name (`十九届`, `二十四节气`, `三八`), a run the reader refuses (`三四个`).
 * Ten thousand and more is said in 万 as typed (`三万余人` → `3万余人`, never `30000余人`) where it stays exact.
 * New-user test 47, D3.
 */
export function figuresInDigits(text: string): string {
  let out = "";
  let i = 0;
  while (i < text.length) {
    if (!isChineseNumeralChar(text[i]) || (i > 0 && (isChineseNumeralChar(text[i - 1]) || text[i - 1] === "第"))) {
      out += text[i++];
      continue;
    }
    let end = i;
    while (end < text.length && isChineseNumeralChar(text[end])) end++;
    const run = text.slice(i, end);
    const over = /^[余多]/u.exec(text.slice(end))?.[0] ?? "";
    const value = parseChineseNumeral(run);
    const counted = value !== undefined && (run.length >= 2 || over !== "") && COUNTED_AFTER.test(text.slice(end + over.length));
    out += counted ? `${inWan(value)}${over}` : run;
    i = counted ? end + over.length : end;
  }
  return out;
}

/**
 * True when a count read in 万 (`value` from `1.2万`, `3.55万`: typed so, `wan`) has a decimal: a rounded count, no finer than
 * its last digit typed (1.2万 ≈ 12000, to the thousand). Added to exact counts (`1.2万` + 120 + 85 注册人数) the sum is said no
 * finer (`1.2万余`), and `check` calls it approximate (new-user test 56, D14). A whole 万 (`2万`) may be a count, exactly so.
 * @example roundedWan(12000, true) // true
 */
export function roundedWan(value: number, wan: boolean | undefined): boolean {
  return wan === true && Number.isInteger(value) && value % 10000 !== 0;
}
