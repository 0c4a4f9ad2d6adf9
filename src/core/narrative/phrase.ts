/**
 * How figures, dates and lists are written (narrative spec "Figures in the text").
 * @module
 */
import type { Figure } from "../facts";
import { ymdFromSerial } from "../normalize/date";
import { withoutTypedQuotes } from "../normalize/text";

/**
 * Plain Arabic numerals, no thousands separators, at most `decimals` decimals, no trailing zeros. An integer is written
 * as it is, and a value too large to scale by 10^decimals exactly is written rounded to a whole number: a count stays a
 * whole count (new-user test 26, D10: 1000000000000002 was written `1000000000000001.88`).
 */
export function numberText(value: number, decimals = 2): string {
  if (Number.isInteger(value)) return String(value);
  const f = 10 ** decimals;
  if (!Number.isSafeInteger(Math.round(value * f))) return String(Math.round(value));
  const rounded = Math.round(value * f) / f;
  return Number.isInteger(rounded) ? String(rounded) : rounded.toFixed(decimals).replace(/0+$/u, "").replace(/\.$/u, "");
}

/**
 * A rate in % (0–100) with one decimal, never rounded to a bound it has not reached: 99.96 is
 * `99.9`, not `100` (one problem is still open), and 0.04 is `0.1`, not `0` (new-user test 6, D8).
 */
export function rateNumber(value: number): string {
  const shown = numberText(value, 1);
  if (value < 100 && Number(shown) >= 100) return "99.9";
  if (value > 0 && Number(shown) <= 0) return "0.1";
  return shown;
}

/** True for a "round" number after which "more than" is written 余 (a multiple of 10). */
function isRound(value: number): boolean {
  return Number.isInteger(value) && value % 10 === 0 && value !== 0;
}

/**
 * The round figure below a "more than" value that is not round (narrative v2 rule 4: `1748多起` →
 * `1700余起`, `552多人` → `550余人`, `15多` → `10余`): the value cut to its leading digit's tens,
 * hundreds … (below 100 to tens, below 1,000 to tens, above to hundreds). A round value is kept.
 */
export function roundDownForOver(value: number): number {
  if (isRound(value) || value < 10) return value;
  const step = value >= 1000 ? 100 : 10;
  return Math.floor(value / step) * step;
}

/**
 * Money in 元 (spec): below 10,000 in 元 (`8500元`); from 10,000 in 万元 with at most two
 * decimals (`4万元`, `4.25万元`); from 100,000,000 in 亿元 (`1.2亿元`); when two decimals cannot hold the amount, rounded with 约
 * (`约1.23万元`). Approximate amounts keep their kind (`4万余元`, `约4万元`, `近4万元`).
 */
function moneyText(f: Figure): string {
  if (f.value < 10000) return approxText(f.value, "元", f.approx);
  // From 100,000,000 in 亿元 (`1.2亿元`), as people write it: never `10000000000.2万元` (new-user test 22, D9); from
  // 1,000,000,000,000 in 万亿元 (`10万亿元`), never `100000亿元` (new-user test 24, D12).
  if (f.value >= 1e8) {
    const [step, word0] = f.value >= 1e12 ? [1e12, "万亿"] : [1e8, "亿"];
    const yi = numberText(f.value / step, 2);
    const exactYi = Math.abs(Number(yi) * step - f.value) < 1e-6 * step / 1e8;
    const word = f.approx === "over" ? "余" : "";
    return `${f.approx === "nearly" ? "近" : f.approx === "about" || (!exactYi && !word) ? "约" : ""}${yi}${word0}${word}元`;
  }
  const wan = f.value / 10000;
  const shown = numberText(wan, 2);
  const exact = Math.abs(Number(shown) * 10000 - f.value) < 1e-6;
  if (f.approx === "over") return `${numberText(f.value >= 100000 ? Math.floor(wan) : Math.floor(wan * 10) / 10, 2)}万余元`;
  // 约 with two decimals contradicts itself (`约1236.07万元`: new-user test 30, D14): an approximate sum of hundreds of 万 is
  // said in whole 万, of tens in one decimal.
  // Rounded up to 10000万 it is said in 亿 (`约1亿元`, never `约10000万元`: new-user test 38, D26).
  if ((f.approx === "about" || !exact) && Math.round(wan) >= 10000) return "约1亿元";
  // A sum of a rough part and exact ones (`约8万` + 900 + 12000) is no more precise than one decimal of 万: `约9.3万元`, never
  // `约9.29万元` (review run 30, 材料2 item 4); a single amount typed `约1.25万` keeps its typed decimals.
  const roughSum = f.approx === "about" && f.roughPart !== undefined && f.roughPart > 0 && f.roughPart < f.value;
  if (f.approx === "about" || !exact) return `约${wan >= 100 ? numberText(Math.round(wan), 0) : wan >= 10 || roughSum ? numberText(Math.round(wan * 10) / 10, 1) : shown}万元`;
  if (f.approx === "nearly") return `近${shown}万元`;
  return `${shown}万元`;
}

/**
 * A count in digits, or in 万 from 100,000 when two decimals hold it exactly (narrative v2 rule 10:
 * `18万`, `12.35万`); between 10,000 and 100,000 a count of whole thousands (`1.5万`, exact or rough: {@link roughDigits})
 * or one typed in 万 is said in 万, any other keeps its digits (`12345`).
 */
function countDigits(value: number, typedWan = false): string {
  // From 1亿 in 亿 (`1.2亿次`), from 1万亿 in 万亿, when two decimals hold it; else digits: never `12000万` (new-user test 24, D12).
  if (value >= 1e8) {
    const step = value >= 1e12 ? 1e12 : 1e8;
    const yi = numberText(value / step, 2);
    return Math.abs(Number(yi) * step - value) < 1e-6 * step / 1e8 ? `${yi}${step === 1e12 ? "万亿" : "亿"}` : numberText(value);
  }
  // Typed in 万 (`1.5万`): said so from 10,000 (v2 rule 10 allows either form below 100,000; new-user test 25, D2). A count
  // of whole thousands from 10,000 is said in 万 however it was typed (`15000` and `1.5万` both `1.5万人次`, as rough ones
  // are: roughDigits; new-user test 34, D19): one form in the document, never `1.5万人次` beside `15000人次`.
  if (value >= 100000 || (value >= 10000 && (typedWan || value % 1000 === 0))) {
    const wan = numberText(value / 10000, 2);
    if (Math.abs(Number(wan) * 10000 - value) < 1e-6) return `${wan}万`;
  }
  return numberText(value);
}

/**
 * An approximate count of whole thousands from 10,000 (`50000余`, `近22000`) in 万 (`5万余`, `近2.2万`): a rough
 * five-digit figure reads as falsely precise (review run 18, both reviewers); exact counts keep their digits.
 */
function roughDigits(value: number, typedWan = false): string {
  return value >= 10000 && value < 100000 && value % 1000 === 0 ? `${numberText(value / 10000, 1)}万` : countDigits(value, typedWan);
}

/**
 * The number said before 余 for a "more than" figure (`over`): the round figure below it (narrative v2 rule 4: `552多` →
 * `550余`, `三十余` + 15 → `40余`; review run 27, 材料3 item 2: never `45余`). Where that round figure would not exceed
 * what was rectified, the text itemises the parts instead (overAtOrBelow). A sum whose exact parts alone exceed that round
 * figure is cut to tens only (`1,200` + 45 + `三十余` = 1275余: `1270余`, never `1200余` beside its own parts 1200 and 45:
 * new-user test 54, D1).
 * @example overStated({ value: 45, roughPart: 30 }) // 40
 * @example overStated({ value: 1275, roughPart: 30 }) // 1270
 * @example overStated({ value: 2140, roughPart: 100, rounded: true }) // 2100
 */
export function overStated(f: { readonly value: number; readonly roughPart?: number; readonly rounded?: boolean }): number {
  // A sum already cut to tens by its roughest part (`45` + `两千` + `百余` = 2145, kept as 2140) is said at its hundreds like
  // any figure from 1,000 (`2100余`), unless its exact parts exceed them (new-user test 55, D16: never `2140余`, a figure no
  // combination of the cells gives).
  const round = f.rounded && f.value >= 1000 ? Math.floor(f.value / 100) * 100 : roundDownForOver(f.value);
  const exactParts = f.roughPart !== undefined ? f.value - f.roughPart : 0;
  return round < exactParts && f.value >= 100 ? Math.max(round, Math.floor(f.value / 10) * 10) : round;
}

/**
 * Whether a "more than" found total made of a rough part and exact parts (`三十余` + 15, said `40余`) would read as at or
 * below the exact rectified count of the same measure (43): then its parts are said one by one (`院内吸烟点30余处、卫生死角
 * 15处，已整改43处`) with no total and no rate (review run 27, 材料3 item 2, 材料1 item 4).
 */
export function overAtOrBelow(found: { readonly value: number; readonly approx?: string; readonly roughPart?: number; readonly unit: string }, rectified: { readonly value: number; readonly approx?: string; readonly unit: string } | undefined): boolean {
  return found.approx === "over" && found.roughPart !== undefined && found.value > found.roughPart && !!rectified && !rectified.approx && rectified.unit === found.unit && rectified.value >= overStated(found);
}

function approxText(value: number, unit: string, approx: Figure["approx"], typedWan = false, roughPart?: number, rounded?: boolean): string {
  switch (approx) {
    case "over": {
      // "More than" is always 余 after a round figure; a figure that is not round is rounded down (rule 4).
      const v = overStated({ value, roughPart, rounded });
      return v < 10 ? `${numberText(v)}${unit}以上` : `${roughDigits(v, typedWan)}余${unit}`;
    }
    case "about":
      return `约${roughDigits(value, typedWan)}${unit}`;
    case "nearly":
      return `近${roughDigits(value, typedWan)}${unit}`;
    default:
      return `${countDigits(value, typedWan)}${unit}`;
  }
}

/**
 * A figure with its measure word: `公益广告80块` takes `80块`; `550余人` (typed 552多), `约14800人次`,
 * `近100名`, `4.25万元`, `96.5%`. Rates have at most one decimal and never an approximation word
 * (narrative v2 rule 4): a "more than" rate is `90%以上`, others print as computed. 万元 (and other 万-measure)
 * figures of 其他指标 stay in 万.
 * @example figureText({ value: 80, unit: "块", kind: "count", approx: "over", sources: [] }) // "80余块"
 */
export function figureText(f: Figure): string {
  if (f.kind === "money" && f.unit === "元") return moneyText(f);
  if (f.kind === "rate") return `${rateNumber(f.value)}%${f.approx === "over" ? "以上" : ""}`;
  // Any measure in 万 (`万元`, `万起`, `万人次`: typed so in 其他指标) says "more than" after the 万: `1.3万余起`.
  // A figure typed in 万 that reaches 1亿 (`12000万元`, `30000万人次`) is said in 亿 (`1.2亿元`), never `12000万` (new-user test 24, D12).
  if (f.unit.startsWith("万") && f.unit.length > 1 && f.value >= 10000) return figureText({ ...f, value: f.value * 10000, unit: f.unit.slice(1), ...(f.unit === "万元" ? { kind: "money" } : {}) });
  if (f.unit.startsWith("万")) {
    const shown = numberText(f.value, 2);
    // `4万余元` for a few 万, `400余万元` for hundreds of them (as people write it).
    if (f.approx === "over") return f.value >= 10 ? `${numberText(roundDownForOver(f.value), 2)}余${f.unit}` : `${shown}万余${f.unit.slice(1)}`;
    if (f.approx === "about") return `约${shown}${f.unit}`;
    if (f.approx === "nearly") return `近${shown}${f.unit}`;
    return `${shown}${f.unit}`;
  }
  // A rounded sum of approximations (`21000余` from 20000余 + 1300余 + …) reads as rounded in 万 (`2.1万余`),
  // not as an exact count a reader would check against its parts (review run 15).
  if (f.rounded && f.value >= 1e8 && f.approx) return `${f.approx === "about" ? "约" : f.approx === "nearly" ? "近" : ""}${numberText(f.value / 1e8, 1)}亿${f.approx === "over" ? "余" : ""}${f.unit}`;
  if (f.rounded && f.value >= 10000 && f.approx) return `${f.approx === "about" ? "约" : f.approx === "nearly" ? "近" : ""}${numberText(f.value / 10000, 1)}万${f.approx === "over" ? "余" : ""}${f.unit}`;
  // `三十余万` (30余万, more than 30 万) keeps its 余 before the 万, as typed; `30万余` is 300000-odd (new-user test 41, D5).
  if (f.approx === "over" && f.overBeforeScale && f.value >= 100000 && f.value % 10000 === 0) return `${numberText(roundDownForOver(f.value / 10000))}余万${f.unit}`;
  return approxText(f.value, f.unit, f.approx, f.wan === true, f.roughPart, f.rounded);
}

/** Joins items with `、` and a final `和` (`A、B和C`); `及` when `word` says so. */
export function joinList(items: readonly string[], word: "和" | "及" = "和"): string {
  const xs = items.filter((s) => s.length > 0);
  if (xs.length <= 1) return xs.join("");
  return `${xs.slice(0, -1).join("、")}${word}${xs[xs.length - 1]}`;
}

/**
 * A name in quotation marks; quotes typed around the whole name are cut first (`“最美法官”` → `“最美法官”`, never doubled:
 * new-user test 55, D13), quotes inside it become single quotes (`““一老一小”关爱”` → `“‘一老一小’关爱”`).
 */
export function quoted(name: string): string {
  return `“${stripEnd(withoutTypedQuotes(name)).replace(/“/gu, "‘").replace(/”/gu, "’")}”`;
}

/**
 * Items followed by 等: joined with `、` only (`A、B、C等`), and quoted items without a mark between
 * them (`“A”“B”“C”等`, GB/T 15834: 标有引号的并列成分之间通常不用顿号).
 */
export function listWithEtc(items: readonly string[]): string {
  return items.reduce((acc, it, i) => (i === 0 ? it : acc + (acc.endsWith("”") && it.startsWith("“") ? "" : "、") + it), "");
}

/** `6月5日` inside the report year, `2022年12月30日` otherwise. */
export function dateText(serial: number, reportYear: number | undefined): string {
  const { y, m, d } = ymdFromSerial(serial);
  return y === reportYear ? `${m}月${d}日` : `${y}年${m}月${d}日`;
}

/** `2023年8月3日` (sign-off: Arabic numerals, no leading zeros). */
export function fullDateText(serial: number): string {
  const { y, m, d } = ymdFromSerial(serial);
  return `${y}年${m}月${d}日`;
}

const digits = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];

/** Chinese ordinal for enumerations and headings: 1 → 一, 10 → 十, 12 → 十二, 21 → 二十一 (1..99). */
export function chineseOrdinal(n: number): string {
  if (n < 10) return digits[n];
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? "" : digits[tens]}十${ones ? digits[ones] : ""}`;
}

/** Strips trailing sentence punctuation and spaces (`。；;.，,`) from a user's text. */
export function stripEnd(text: string): string {
  return text.trim().replace(/[。；;.，,、！!\s]+$/u, "");
}

/** A meeting said with what it is held for: 召开 + the meeting + a verb of purpose + what (`召开院周会部署创文`). */
const MEETING_FOR = /^(召开|举行|组织召开)([\u4e00-\u9fff]{1,12}?(?:会议|会))((?:专题|集中)?(?:研究|部署|调度|推进|安排|通报|传达|督办|分析|总结|学习))([\u4e00-\u9fff“”]{2,})$/u;

/**
 * A regular meeting named with its purpose (`召开院周会部署创文`), timed by a frequency's count (`1次`) before its total
 * (v2 rule 6): the count goes with the meeting, never after the purpose (`……部署创文1次` reads as the purpose done once);
 * once per period it is left out, the frequency says it (`召开院周会部署创文工作`), else it is said before the meeting
 * (`召开2次院周会部署创文工作`). A bare campaign word after the purpose verb takes 工作 (`部署创文工作`). Undefined for other
 * work, which keeps its count after it (`开展车厢卫生暗访1次`, `召开例会1次`). New-user test 33.
 */
export function meetingForPurpose(work: string, count: string): string | undefined {
  const m = MEETING_FOR.exec(work);
  const n = /^([\d一二两三四五六七八九十]+)\s*([次期场轮回])$/u.exec(count);
  if (!m || !n) return undefined;
  const what = /^(?:创文|创城|创卫|创建|文明创建|创建文明城市|文明城市创建|创文迎检)$/u.test(m[4]) ? `${m[4]}工作` : m[4];
  const once = /^[1一]$/u.test(n[1]);
  return `${m[1]}${once ? "" : `${n[1].replace(/^两$/u, "2")}${n[2]}`}${m[2]}${m[3]}${what}`;
}
