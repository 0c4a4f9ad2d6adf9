/**
 * Tidying the text users typed before it is woven into Chinese prose (narrative spec: full-width
 * punctuation, no doubled punctuation): ASCII double quotes become “ ”, a phrase loses its end
 * punctuation (the sentence adds its own), a 文字材料 point loses the numbering users type in front
 * (`1、`, `2.`, `一是`, `（二）`: the summary numbers points itself).
 * @module
 */

/** ASCII `"…"` pairs → `“…”`; a lone `"` is left alone. */
export function chineseQuotes(text: string): string {
  let open = true;
  const count = (text.match(/"/gu) ?? []).length;
  if (count === 0 || count % 2 === 1) return text;
  return text.replace(/"/gu, () => {
    const q = open ? "“" : "”";
    open = !open;
    return q;
  });
}

const CJK = "\\u3400-\\u9fff";
const FULL: Readonly<Record<string, string>> = { ",": "，", ";": "；", ":": "：", "!": "！", "?": "？" };

const HALF_WIDTH = /[(,;:!?]/u;
const PARENS = /\(([^()]*)\)/gu;
const CJK_CHAR = new RegExp(`[${CJK}]`, "u");
const PUNCT_BY_CJK = new RegExp(`(?<=[${CJK}）”])\\s*([,;:!?])\\s*|\\s*([,;:!?])\\s*(?=[${CJK}（“])`, "gu");

/**
 * Half-width punctuation typed next to Chinese text made full-width (narrative spec: full-width
 * punctuation throughout): `,;:!?` after or before a Chinese character, and `( )` around or beside
 * Chinese text (`村(社区)` → `村（社区）`). ASCII text keeps its own (`8:30`, `a(b)`, XML).
 */
export function fullWidthPunctuation(text: string): string {
  // Most phrases hold none of these: no regex replacement, no new string.
  if (!HALF_WIDTH.test(text)) return text;
  return text
    .replace(PARENS, (m, inner: string, at: number) => {
      const before = text[at - 1] ?? "";
      const after = text[at + m.length] ?? "";
      return CJK_CHAR.test(`${inner}${before}${after}`) ? `（${inner}）` : m;
    })
    .replace(PUNCT_BY_CJK, (_m, a?: string, b?: string) => FULL[a ?? b ?? ""] ?? _m);
}

/**
 * A phrase for use inside a sentence: trimmed, quotes and punctuation made Chinese, end punctuation
 * removed, and a label users type in front (`帮扶点：`, `备注：`) left out — a colon in running text is
 * a spreadsheet's, not a sentence's (narrative v2 rule 5).
 */
/**
 * Full-width digits, Latin letters and `％` as 公文 writes them, half-width (`划分网格１８个` → `划分网格18个`; GB/T 15835
 * usage; new-user test 29, D3): a figure the text names is then compared with the row's own (`18`) and never told twice.
 */
export function halfWidthAlnum(text: string): string {
  if (!/[０-９Ａ-Ｚａ-ｚ％]/u.test(text)) return text;
  return text
    .replace(/[０-９Ａ-Ｚａ-ｚ]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/％/gu, "%")
    .replace(/(\d)．(?=\d)/gu, "$1.");
}

/** A name joined with `+` that is a model of working, not a list: `党建+`, `互联网+`, or one followed by 联动/融合/模式 … */
const PLUS_MODEL_BEFORE = /(?:党建|互联网|智慧|数字|文明|志愿|网格|信用|平安|法治|文化|教育|旅游|物联网)$/u;
const PLUS_MODEL_AFTER = /^[\u4e00-\u9fff]{1,8}?(?:联动|融合|模式|机制|工作法|双|共治|一体)/u;

/**
 * A `+` typed between two names (`业委会+物业`, `社区＋物业＋业委会`) is the 、 of written text (new-user test 50, D16). A
 * model of working keeps its `+`: one named `X+` (`党建+志愿服务`, `互联网+政务服务`), one inside quotes (`“警格+网格”联动`)
 * or one that names a way of working after it (`警格+网格联动`, `社区+物业模式`).
 */
export function plusAsList(text: string): string {
  if (!/[+＋]/u.test(text)) return text;
  // Whether a quote is open at `at`, read once from the last + on: linear in the text, however many + it holds.
  let seen = 0;
  let quoted = false;
  return text.replace(/(?<=[\u4e00-\u9fff])[ \u3000]*[+＋][ \u3000]*(?=[\u4e00-\u9fff])/gu, (m, at: number) => {
    for (; seen < at; seen++) {
      const c = text[seen];
      if (c === "“" || c === "《") quoted = true;
      else if (c === "”" || c === "》") quoted = false;
    }
    return quoted || PLUS_MODEL_BEFORE.test(text.slice(Math.max(0, at - 3), at)) || PLUS_MODEL_AFTER.test(text.slice(at + m.length, at + m.length + 12)) ? m : "、";
  });
}

/** Weekdays said by their numbers, in the order of the week (`日` is Sunday, after 六 only). */
const WEEKDAY_ORDER = "一二三四五六日";
const WEEKDAY_RUN = /(?<![一二三四五六七八九十两\d个])(每周|每星期|周|星期)([一二三四五六日]{2,7})(?![次天个人场回趟遍小点节期年月号十百千万\d])/gu;
/** A range of numbered buildings or parts typed with a hyphen or tilde (`1-12栋`, `3~5号楼`). */
const NUMBERED_RANGE = /(?<![\d\-－.])(\d{1,4})[ ]{0,2}[-－~～–][ ]{0,2}(\d{1,4})(?=[ ]{0,2}(?:号楼|栋|幢|单元|层|号院|排|组团))/gu;

/**
 * A list of weekdays and a range of numbered buildings as written text has them (new-user test 56, D6): `每周二四开课` →
 * `每周二、四开课` (weekdays in the week's order, each once; never `每周三四次`, three or four times a week, nor `每周六天`),
 * `1-12栋` → `1—12栋` (the 一字线 of a range, GB/T 15834: only before 栋, 幢, 号楼, 单元, 层 …, never a phone number or a
 * date). Pure; linear.
 */
export function writtenLists(text: string): string {
  if (!/周|星期|\d[ ]*[-－~～–]/u.test(text)) return text;
  return text
    .replace(WEEKDAY_RUN, (typed: string, week: string, days: string) => {
      const order = [...days].map((d) => WEEKDAY_ORDER.indexOf(d));
      const increasing = order.every((o, i) => i === 0 || o > order[i - 1]);
      const sunday = !days.includes("日") || (days.endsWith("六日") && days.indexOf("日") === days.length - 1);
      return increasing && sunday ? `${week}${[...days].join("、")}` : typed;
    })
    .replace(NUMBERED_RANGE, (typed: string, from: string, to: string) => (Number(from) < Number(to) ? `${from}—${to}` : typed));
}

/** A phrase for use inside a sentence (see the comment above halfWidthAlnum): trimmed, punctuation made Chinese, end punctuation and a leading label removed, weekdays and ranges as written (writtenLists). */
export function tidyPhrase(text: string): string {
  return writtenLists(plusAsList(fullWidthPunctuation(chineseQuotes(halfWidthAlnum(text.trim()))))).replace(/^[\u4e00-\u9fff]{2,4}[:：]\s*(?=\S)/u, "").replace(/[。；;.，,、！!？?\s]+$/u, "");
}

/**
 * The numbering users type in front of a point (`1、`, `2.`, `3）`, `（二）`, `三、`, `一是`, `①`), followed by its text. A
 * leading number joined by 、 to another number is an enumeration of values, not a marker (`7、8月份`, `3、5号楼`, `3、4号线`,
 * `一、二月份`), and `1.5万` a decimal: both are kept as typed (new-user test 56, D1). A marker before a year (`1、2025年起`)
 * is still a marker.
 */
const leadingNumber = /^(?:[一二三四五六七八九十]+是|[（(][一二三四五六七八九十\d]+[)）]|\d+(?:、(?!\d)|、(?=\d{4}年)|[.．](?!\d)|[)）])|[一二三四五六七八九十]+、(?![一二三四五六七八九十两]{1,3}(?:个?月|号|栋|幢|楼|线|日|期|批|组|季度|年级|周|届|单元))|[①-⑳])\s*/u;

/**
 * A word of three or four Chinese characters typed twice in a row (`进一步进一步`): always a slip, never a reduplication
 * (those are of one or two characters: `谢谢`, `研究研究`, which stay as typed). The check tells it (`text.doubled-word`).
 */
export const REPEATED_LONG_WORD = /([\u4e00-\u9fff]{3,4})\1/gu;

/** A run of one character (`字字字`, `哈哈哈`): reduplication or filler, never a word typed twice. */
export function isOneCharacterRun(word: string): boolean {
  return /^(.)\1+$/u.test(word);
}

/** A half-width or ideographic space between two Chinese characters (or a closing quote and a character). */
export const SPACE_BETWEEN_WORDS = /(?<=[\u4e00-\u9fff”）])[ \u00a0\u3000]+(?=[\u4e00-\u9fff“（])/gu;

/**
 * A 文字材料 point: trimmed, quotes converted, leading numbering removed, a space between words written ，, a doubled comma, 顿号 or semicolon typed once
 * (`要求，，进一步` → `要求，进一步`), and a word of three or four characters typed twice said once (`进一步进一步` →
 * `进一步`): new-user test 42, D30.
 */
export function tidyPoint(text: string): string {
  return writtenLists(fullWidthPunctuation(chineseQuotes(halfWidthAlnum(text.trim())).replace(leadingNumber, "").trim())
    // A space typed between two words where a colleague writes ， (`夜市专班 晚上十点后还在巡`): never a space in the text
    // (new-user test 43, D7; the check's text.spoken says so at the cell).
    .replace(SPACE_BETWEEN_WORDS, "，")
    .replace(/([，；、：])\1+/gu, "$1")
    .replace(REPEATED_LONG_WORD, (typed: string, word: string) => (isOneCharacterRun(word) ? typed : word)));
}

const HAN_NUMBERS = "一二三四五六七八九十";
const CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳";
/** The hand-numbering styles of one cell's items, each with the marker of item n (1-based). */
const NUMBER_STYLES: readonly ((n: number) => string)[] = [
  (n) => `${n}[.．](?![\\d.．])`, (n) => `${n}、`, (n) => `${n}[)）]`, (n) => `[（(]${n}[)）]`,
  (n) => `[（(]${HAN_NUMBERS[n - 1] ?? "-"}[)）]`, (n) => `${HAN_NUMBERS[n - 1] ?? "-"}是`, (n) => `${HAN_NUMBERS[n - 1] ?? "-"}、`,
  (n) => CIRCLED[n - 1] ?? "-",
];

/**
 * One 文字材料 cell holding several hand-numbered items (`1.加强宣传。2.完善设施。`, `1、…2、…`, `（1）…（2）…`, `①…②…`,
 * `一是…二是…`) as its items, in order, numbers kept (tidyPoint strips them): the summary numbers them `一是……；二是……`
 * itself, never stripping the first number only (new-user test 28, D16). An item's number counts only at the start of
 * the cell or after punctuation or a line break, and only in sequence from 1 in one style (`1.5万` or `第2、3次` is no
 * item); a cell with fewer than two items is returned whole. Pure.
 * @example numberedItems("1.加强宣传。2.完善设施。") // ["1.加强宣传。", "2.完善设施。"]
 */
export function numberedItems(text: string): string[] {
  const s = text.trim();
  for (const style of NUMBER_STYLES) {
    if (!new RegExp(`^${style(1)}`, "u").test(s)) continue;
    const starts = [0];
    for (let n = 2; n <= 20; n++) {
      const m = new RegExp(`(?<=[。；;，,：:！!？?\\s])${style(n)}`, "u").exec(s.slice(starts[starts.length - 1] + 1));
      if (!m) break;
      starts.push(starts[starts.length - 1] + 1 + m.index);
    }
    if (starts.length < 2) return [s];
    return starts.map((at, i) => s.slice(at, starts[i + 1] ?? s.length).trim());
  }
  return [s];
}
