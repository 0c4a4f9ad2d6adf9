/**
 * Chinese numerals (十二, 一百二十, 两千, 六千八, 一万二, 壹佰): a strict reader that refuses what
 * is not a well-formed numeral, cross-checked with the npm package `chinese-parseint2`.
 * @module
 */
import chineseParseInt from "chinese-parseint2";

const DIGITS: Readonly<Record<string, number>> = {
  〇: 0, "○": 0, 零: 0, 一: 1, 壹: 1, 二: 2, 贰: 2, 两: 2, 三: 3, 叁: 3, 四: 4, 肆: 4,
  五: 5, 伍: 5, 六: 6, 陆: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9,
};
const SMALL_UNITS: Readonly<Record<string, number>> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const BIG_UNITS: Readonly<Record<string, number>> = { 万: 1e4, 亿: 1e8 };

/** True when `ch` is one of the numeral characters 〇零一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟. */
export function isChineseNumeralChar(ch: string): boolean {
  return ch in DIGITS || ch in SMALL_UNITS || ch in BIG_UNITS;
}

/**
 * Reads a string made only of Chinese numeral characters as a whole number, or undefined when
 * it is not a well-formed numeral. Accepted: units in falling order within each 万/亿 group
 * (`三千五百`), a bare leading unit (`十二`, `百`), 零 for skipped places (`一百零五`), and the
 * spoken abbreviation of the last place (`六千八` = 6800, `两百五` = 250, `一万二` = 12000).
 * A year written digit by digit (`二〇二五`, `一九九八`) is read as that year.
 * Refused: other digit runs (`二三`, `三四` is "three or four"), units out of order (`十十`, `百十`),
 * a 万/亿 with nothing before it (`万`), stray 零 (`零五`, `一十零五`).
 * The value is also computed by `chinese-parseint2`; a disagreement is refused too.
 * @example parseChineseNumeral("一百二十") // 120
 * @example parseChineseNumeral("万") // undefined
 */
export function parseChineseNumeral(s: string): number | undefined {
  if (s.length === 0 || s.length > 30) return undefined;
  if (s === "零" || s === "〇" || s === "○") return 0;
  // A year as official documents write it, digit by digit (`二〇二五`, `一九九八`): new-user test 12, D2.
  if (YEAR.test(s)) return Number([...s].map((ch) => DIGITS[ch]).join(""));
  const own = readStrict(s);
  if (own === undefined) return undefined;
  const lib: unknown = chineseParseInt(s);
  return typeof lib === "number" && lib === own ? own : undefined;
}

/** Four digits of a year from 1900 to 2099, one numeral each (`二〇二五`); no other digit run is a number. */
const YEAR = /^(?:一九|二[〇○零])[〇○零一二三四五六七八九]{2}$/u;

type Prev = "start" | "digit" | "zero" | "small" | "big";

/** The strict reader behind {@link parseChineseNumeral}. */
function readStrict(s: string): number | undefined {
  let total = 0;
  let group = 0; // the part below the current 万/亿
  let digit: number | undefined; // a digit waiting for its unit
  let lastSmall = Infinity; // last small unit in this group
  let lastBig = Infinity;
  let zero = false; // a 零 is pending (a place was skipped)
  let prev: Prev = "start";
  let prevUnit = 1; // value of the last unit (small or big) seen
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (ch in DIGITS) {
      const d = DIGITS[ch];
      if (prev === "digit" || prev === "zero" && d === 0) return undefined;
      if (d === 0) {
        if (prev !== "small" && prev !== "big") return undefined;
        zero = true;
        prev = "zero";
        continue;
      }
      digit = d;
      prev = "digit";
    } else if (ch in SMALL_UNITS) {
      const u = SMALL_UNITS[ch];
      if (digit === undefined && prev !== "start") return undefined;
      if (u >= lastSmall || (zero && u * 10 >= lastSmall)) return undefined;
      group += (digit ?? 1) * u;
      lastSmall = u;
      prevUnit = u;
      digit = undefined;
      zero = false;
      prev = "small";
    } else if (ch in BIG_UNITS) {
      const b = BIG_UNITS[ch];
      if (b >= lastBig || prev === "zero" || prev === "big") return undefined;
      if (digit !== undefined) {
        // 二十五万 is fine; 一千二万 (1200万? 1002万?) is ambiguous.
        if (prev === "digit" && prevUnit > 10 && !zero) return undefined;
        group += digit;
      }
      if (group === 0) return undefined;
      total += group * b;
      group = 0;
      digit = undefined;
      lastSmall = Infinity;
      lastBig = b;
      prevUnit = b;
      zero = false;
      prev = "big";
    } else {
      return undefined;
    }
  }
  if (prev === "zero") return undefined;
  if (digit !== undefined) {
    if (zero) {
      if (lastSmall < 100 && lastSmall !== Infinity) return undefined; // 一十零五
      group += digit;
    } else if (prevUnit > 10) group += digit * (prevUnit / 10); // 六千八, 一万二
    else group += digit; // 十二, 五
  }
  return total + group;
}
