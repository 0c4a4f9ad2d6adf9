/**
 * Text of cells and generated sentences as literal `w:t` content: never field codes, never
 * markup, always valid XML 1.0.
 * @module
 */
import { TextRun } from "docx";

/**
 * Characters that XML 1.0 forbids (§2.2 Char): C0 controls other than tab, LF and CR,
 * U+FFFE/U+FFFF, and UTF-16 surrogates that are not part of a pair. A well-formed pair is
 * matched first and kept; no lookbehind, so older WebKit task panes (Office for Mac) parse it.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const INVALID_XML_CHARS = /[\uD800-\uDBFF][\uDC00-\uDFFF]|[\uD800-\uDFFF]|[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Removes the characters XML 1.0 does not allow; keeps tab and line breaks (normalised to `\n`). */
export function sanitizeXmlText(text: string): string {
  return text.replace(/\r\n?/g, "\n").replace(INVALID_XML_CHARS, (m) => (m.length === 2 ? m : ""));
}

/** Run formatting the writer honours from the model (`Run.bold`). */
export interface RunFormat {
  readonly bold?: boolean;
}

/**
 * Text → docx runs: sanitised, one run per line with a `w:br` before each following line.
 * The text only ever goes into `w:t` (docx escapes `<`, `&`), so `{ PAGE }` stays literal.
 * `w:rFonts w:hint="eastAsia"` makes Word use the East Asian font for characters both scripts
 * share (“”、—、…), as Word itself writes for text typed with a Chinese IME; it selects no font.
 */
export function textRuns(text: string, format: RunFormat = {}): TextRun[] {
  const lines = sanitizeXmlText(text).split("\n");
  return lines.map(
    (line, i) =>
      new TextRun({
        text: line,
        break: i > 0 ? 1 : undefined,
        bold: format.bold ? true : undefined,
        font: { hint: "eastAsia" },
      }),
  );
}
