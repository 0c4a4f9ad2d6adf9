/**
 * The 〔约数〕 tag of a ledger row's 备注 (spec "Approximate figures"): `〔约数〕<header>：<text as
 * typed>`, several joined with `；`. `fix` writes it when it turns `552多` in 数量 into 552
 * (`〔约数〕数量：552多`), so the row stays approximate and nothing typed is lost.
 * @module
 */

/** Opens a tag. */
export const APPROX_TAG_MARK = "〔约数〕";
/** Between header and typed text (ASCII `:` is accepted when reading). */
const COLON = "：";
/** Between tags, and between other 备注 text and a tag (ASCII `;` is accepted when reading). */
const SEPARATOR = "；";

/** One tag: which column, and what was typed there. */
export interface ApproxTag {
  /** Header text of the column (`数量`, `投入金额（元）`). */
  readonly header: string;
  /** The cell's text as typed (`552多`). */
  readonly typed: string;
}

/**
 * One tag: `〔约数〕<header>：<typed>`, both trimmed.
 * @throws RangeError when a part is empty, holds the tag mark or `；`/`;`, or the header holds
 * `：`/`:` (headers are catalog text and typed approximations never do; the tag would not read back).
 * @example formatApproxTag("数量", "552多") // "〔约数〕数量：552多"
 */
export function formatApproxTag(header: string, typed: string): string {
  const h = header.trim();
  const t = typed.trim();
  const bad = (s: string): boolean => s === "" || s.includes(APPROX_TAG_MARK) || /[；;]/.test(s);
  if (bad(h) || bad(t) || /[：:]/.test(h)) throw new RangeError(`formatApproxTag: cannot tag ${JSON.stringify([header, typed])}`);
  return `${APPROX_TAG_MARK}${h}${COLON}${t}`;
}

/** A tag found in a remark, with where its text starts and ends. */
interface TagSpan extends ApproxTag {
  readonly start: number;
  readonly end: number;
}

/** Every tag of a remark with its span [start, end): the tag runs to the next `；`/`;`, the next tag, or the end. */
function findTags(remark: string): TagSpan[] {
  const tags: TagSpan[] = [];
  let at = remark.indexOf(APPROX_TAG_MARK);
  while (at >= 0) {
    const bodyStart = at + APPROX_TAG_MARK.length;
    const next = remark.indexOf(APPROX_TAG_MARK, bodyStart);
    let end = next < 0 ? remark.length : next;
    const sep = remark.slice(bodyStart, end).search(/[；;]/);
    if (sep >= 0) end = bodyStart + sep;
    const body = remark.slice(bodyStart, end);
    const colon = body.search(/[：:]/);
    if (colon > 0) {
      const header = body.slice(0, colon).trim();
      const typed = body.slice(colon + 1).trim();
      if (header !== "" && typed !== "") tags.push({ header, typed, start: at, end });
    }
    at = next;
  }
  return tags;
}

/**
 * The tags in a 备注 text, in order; other text around them is ignored. Reads what users may
 * have retyped too: ASCII `:` and `;`, spaces around the parts. Tags without a header or a
 * typed text are skipped.
 * @example parseApproxTags("已核实；〔约数〕数量：552多；〔约数〕投入金额（元）：4万余元")
 * // [{header: "数量", typed: "552多"}, {header: "投入金额（元）", typed: "4万余元"}]
 */
export function parseApproxTags(remark: string | null): ApproxTag[] {
  if (remark === null || !remark.includes(APPROX_TAG_MARK)) return [];
  return findTags(remark).map(({ header, typed }) => ({ header, typed }));
}

/**
 * The 备注 with a tag for `header` added: the tag alone when the remark is null or blank;
 * otherwise appended after `；` (none added when the remark already ends with `；`/`;`). A tag
 * for the same header is never doubled: when one exists with the same typed text the remark is
 * returned unchanged; with another typed text that tag is replaced in place (one cell, one tag).
 * The 200-character limit of 备注 is the validator's concern.
 * @throws RangeError as {@link formatApproxTag}.
 * @example addApproxTag("已核实", "数量", "552多") // "已核实；〔约数〕数量：552多"
 */
export function addApproxTag(remark: string | null, header: string, typed: string): string {
  const tag = formatApproxTag(header, typed);
  const text = remark ?? "";
  if (text.trim() === "") return tag;
  const same = findTags(text).find((t) => t.header === header.trim());
  if (same !== undefined) {
    if (same.typed === typed.trim()) return text;
    return text.slice(0, same.start) + tag + text.slice(same.end);
  }
  const body = text.trimEnd();
  return /[；;]$/.test(body) ? body + tag : body + SEPARATOR + tag;
}

/**
 * The 备注 without the tag for `header` (a stale one: the cell now holds the exact figure; new-user
 * test 36, D5), with the `；` that joined it to other text; the rest of the 备注 is kept as typed.
 * Null when nothing else is left; the remark unchanged when it holds no tag for `header`.
 * @example removeApproxTag("已核实；〔约数〕数量：552多", "数量") // "已核实"
 * @example removeApproxTag("〔约数〕数量：552多", "数量") // null
 */
export function removeApproxTag(remark: string | null, header: string): string | null {
  if (remark === null) return null;
  const tag = findTags(remark).find((t) => t.header === header.trim());
  if (tag === undefined) return remark;
  let start = tag.start;
  let end = tag.end;
  // The separator after the tag goes with it; else (the tag ends the remark) the one before it.
  if (/[；;]/u.test(remark[end] ?? "")) end++;
  else {
    const before = remark.slice(0, start).trimEnd();
    if (/[；;]$/u.test(before)) start = before.length - 1;
  }
  const rest = remark.slice(0, start) + remark.slice(end);
  return rest.trim() === "" ? null : rest;
}
