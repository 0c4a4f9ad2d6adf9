/**
 * Cell text: trimming that knows the blanks users paste (全角空格, NBSP, zero-width characters),
 * full-width → ASCII folding, and a cell's display text.
 * @module
 */
import type { CellValue } from "../grid/types";

/** True for a character that is blank in a cell: Unicode white space (incl. U+3000 全角空格, NBSP) or zero-width (U+200B–U+200D, U+2060, U+FEFF). */
export function isBlankChar(code: number): boolean {
  return (
    code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0xa0 || code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200d) || code === 0x2028 || code === 0x2029 || code === 0x202f ||
    code === 0x205f || code === 0x2060 || code === 0x3000 || code === 0xfeff
  );
}

/**
 * Removes blank characters (see {@link isBlankChar}: spaces, tabs, line breaks, U+3000, NBSP,
 * zero-width) from both ends. Linear time (no regex backtracking on long blank runs).
 * @example trimCell("\u3000 12 \u200b") // "12"
 */
export function trimCell(s: string): string {
  let start = 0;
  let end = s.length;
  while (start < end && isBlankChar(s.charCodeAt(start))) start++;
  while (end > start && isBlankChar(s.charCodeAt(end - 1))) end--;
  return s.slice(start, end);
}

/** True for a character foldFullWidth changes or drops. */
function foldable(c: number): boolean {
  return (c >= 0xff01 && c <= 0xff5e) || c === 0x3000 || c === 0x2212 || (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff;
}

/**
 * Folds what a Chinese input method types in full width to ASCII: U+FF01–U+FF5E (`１２０`,
 * `．`, `，`, `％`, `－`, `／`) → U+0021–U+007E, U+3000 → space, U+2212 minus → `-`; and drops
 * zero-width characters anywhere. Other characters are kept. Same length or shorter.
 * @example foldFullWidth("１，２００．５％") // "1,200.5%"
 */
export function foldFullWidth(s: string): string {
  // Most text has nothing to fold: return it as it is, without building a copy.
  let i = 0;
  while (i < s.length && !foldable(s.charCodeAt(i))) i++;
  if (i === s.length) return s;
  let out = s.slice(0, i);
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xff01 && c <= 0xff5e) out += String.fromCharCode(c - 0xfee0);
    else if (c === 0x3000) out += " ";
    else if (c === 0x2212) out += "-";
    else if ((c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff) continue;
    else out += s[i];
  }
  return out;
}

/**
 * A cell's text, trimmed with {@link trimCell}: null → `""`; a string trimmed; a whole number
 * without exponent (`1e21` → `"1000000000000000000000"`, `-0` → `"0"`); other numbers as
 * `String(v)`; booleans as Excel shows them (`TRUE`, `FALSE`). Excel error strings pass as
 * they are (use `excelErrorOf` to tell them apart).
 * @example readText("  某某社区\u3000") // "某某社区"
 */
export function readText(v: CellValue): string {
  if (v === null) return "";
  if (typeof v === "string") return trimCell(v);
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (Number.isInteger(v)) return Math.abs(v) < 1e21 ? String(v + 0) : BigInt(v).toString();
  return String(v);
}

/**
 * `text` split at each character of `ends` that stands outside brackets (`pairs`: opening then closing
 * characters, e.g. `“《` / `”》`), the pieces untrimmed and the separators dropped. An unclosed bracket
 * keeps the rest of the text in one piece. Pure.
 * @example splitOutside("甲（乙，丙），丁", "，", "（", "）") // ["甲（乙，丙）", "丁"]
 */
export function splitOutside(text: string, ends: string, opens: string, closes: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (opens.includes(ch)) depth++;
    else if (closes.includes(ch) && depth > 0) depth--;
    else if (depth === 0 && ends.includes(ch)) {
      out.push(text.slice(from, i));
      from = i + 1;
    }
  }
  out.push(text.slice(from));
  return out;
}

/** A bracket that notes something about the name rather than naming what it is: scope, state, count or example. */
const NOTE_IN_BRACKET = /^(?:含|包括|包含|如|例如|即|已|未|主要|共|约|其中|涉及|另|备注|注)|(?:等|已整改|未整改|整改中)$/u;

/**
 * A name typed with its qualifier in brackets, `X（Y）` (`乱停放（电动车）`, `乱堆放（楼道）`), in the order people say it,
 * `YX` (`电动车乱停放`, `楼道乱堆放`): both parts Chinese only, X 2–8 characters, Y 2–6 characters naming a kind (no
 * `含…`, `已整改`, `…等`, digits or punctuation). Anything else is returned as typed (trimmed). Used where a word
 * the 问题类别 list lacks moves to 备注 (规范数据) and where the summary reads it back (new-user test 28, D10). Pure.
 * @example wordInReadingOrder("乱停放（电动车）") // "电动车乱停放"
 * @example wordInReadingOrder("乱张贴（含小广告）") // "乱张贴（含小广告）"
 */
export function wordInReadingOrder(typed: string): string {
  const s = typed.trim();
  const m = /^([\u4e00-\u9fff]{2,8})[（(]([\u4e00-\u9fff]{2,6})[)）]$/u.exec(s);
  if (!m || NOTE_IN_BRACKET.test(m[2])) return s;
  return `${m[2]}${m[1]}`;
}

/** Quote pairs staff type around a whole name: “”, 「」, "", '', ‘’, 《》. */
const TYPED_QUOTES: readonly (readonly [string, string])[] = [["“", "”"], ["「", "」"], ['"', '"'], ["'", "'"], ["‘", "’"], ["《", "》"], ["”", "”"], ["“", "“"]];

/**
 * A name without the quotation marks typed around the whole of it (`“最美法官”` → `最美法官`, `「文明家庭」` → `文明家庭`),
 * so the text quotes it once (new-user test 55, D13: never `““最美法官””`). Marks inside the name (`“3·15”消费维权宣传`,
 * `“最美”家庭与“文明”家庭`) stay: only a pair that opens and closes the name and holds no other mark of its kind is cut.
 */
export function withoutTypedQuotes(name: string): string {
  const t = name.trim();
  for (const [open, close] of TYPED_QUOTES) {
    if (t.length > 2 && t.startsWith(open) && t.endsWith(close)) {
      const inner = t.slice(1, -1);
      if (!inner.includes(open) && !inner.includes(close) && inner.trim()) return inner.trim();
    }
  }
  return t;
}

/**
 * Straight quotes typed around a name in running text (`搞了个耕地保护"田长制"`) as the text prints them, `“田长制”`
 * (review run 34, reviewer AX, 材料5 item 7): each pair of ASCII `"` holding 1–20 characters and no line break, opening
 * one and closing the next; a lone `"` stays as typed. Pure.
 * @example curlyQuotes('推行"田长制"') // "推行“田长制”"
 */
export function curlyQuotes(text: string): string {
  return text.replace(/"([^"\n]{1,20})"/gu, "“$1”");
}
