/**
 * Word styles of the summary (narrative spec "Word layout"; GB/T 9704-2012 §7.2–7.5): real,
 * built-in style ids (Normal, Title, Heading1–4, Caption, Footer) so the user can restyle the
 * document in Word, plus two own styles (SignOff, TableText).
 * @module
 */
import { AlignmentType, LineRuleType, type IStylesOptions } from "docx";
import type { PageLayout } from "../../core/document/model";
import { ptToHalfPoints, type SectionGeometry } from "./units";

/**
 * East Asian font names, written to `w:rFonts w:eastAsia`. Word takes one name per attribute,
 * with no fallback list, so each is the name that exists on stock Windows (and that fonts.conf
 * maps for the rendering check):
 * - body 仿宋: "仿宋" (FangSong, simfang.ttf, on every Windows since Vista). Templates often ask
 *   for "仿宋_GB2312", which modern Windows lacks and Word then replaces with 宋体 — the worse
 *   failure, so the spec's fallback FangSong is the name written.
 * - title "方正小标宋简体": not shipped with Windows; where it is missing Word substitutes (the
 *   spec's fallback is SimSun bold, which the user applies by hand — no fallback can be embedded).
 * - level-1 heading "黑体" (SimHei), level-2 "楷体" (KaiTi), page numbers "宋体" (SimSun).
 */
export const FONTS = {
  body: "仿宋",
  title: "方正小标宋简体",
  heading1: "黑体",
  heading2: "楷体",
  pageNumber: "宋体",
  /** Latin and digits (`w:ascii`, `w:hAnsi`). */
  latin: "Times New Roman",
} as const;

/** Own style ids (not Word built-ins). */
export const STYLE_IDS = { signOff: "SignOff", tableText: "TableText" } as const;

/** Characters of first-line indent of body and heading paragraphs (GB/T 9704-2012 §7.3.3: 首行缩进2字). */
export const FIRST_LINE_CHARS = 2;
/** Characters of right indent of the sign-off lines (成文日期右空四字, GB/T 9704-2012 §7.3.5.1). */
export const SIGN_OFF_RIGHT_CHARS = 4;

/** `w:rFonts` of one East Asian face with Times New Roman for Latin text. */
function fonts(eastAsia: string) {
  return { ascii: FONTS.latin, hAnsi: FONTS.latin, cs: FONTS.latin, eastAsia };
}

/** Run properties: East Asian face, size in pt (→ half-points), never bold, no colour. */
function run(eastAsia: string, sizePt: number) {
  return { font: fonts(eastAsia), size: ptToHalfPoints(sizePt), bold: false };
}

/**
 * Builds `styles` for `new Document`. Units: sizes pt → half-points; spacing and indents twips.
 * - docDefaults: 仿宋/Times New Roman, body size, `w:lang w:val="en-US" w:eastAsia="zh-CN"`.
 * - Normal: exact line spacing = grid line pitch (579 twips = 28.95 pt), first-line indent 2
 *   characters written both as `w:firstLineChars="200"` (Word) and `w:firstLine="640"` (readers
 *   without *Chars support, e.g. older LibreOffice).
 * - Title 22 pt 方正小标宋简体 centred, one line of space after; Heading1 黑体, Heading2 楷体,
 *   Heading3/4 仿宋, all body size, not bold, no colour, keep with next, outline levels 0–3.
 */
export function buildStyles(layout: PageLayout, geo: SectionGeometry): IStylesOptions {
  const exact = { line: geo.linePitch, lineRule: LineRuleType.EXACT, before: 0, after: 0 };
  const firstLine = { firstLineChars: FIRST_LINE_CHARS * 100, firstLine: FIRST_LINE_CHARS * geo.bodyCharTwips };
  const noIndent = { firstLineChars: 0, firstLine: 0, left: 0, right: 0 };
  const body = layout.bodySizePt;
  const heading = (eastAsia: string, level: number) => ({
    run: run(eastAsia, body),
    paragraph: { spacing: exact, indent: firstLine, keepNext: true, outlineLevel: level },
  });
  return {
    default: {
      document: {
        run: { font: fonts(FONTS.body), size: ptToHalfPoints(body), language: { value: "en-US", eastAsia: "zh-CN" } },
        paragraph: { spacing: { before: 0, after: 0 } },
      },
      title: {
        run: run(FONTS.title, layout.titleSizePt),
        paragraph: { alignment: AlignmentType.CENTER, spacing: { ...exact, after: geo.linePitch }, indent: noIndent, keepNext: true },
      },
      heading1: heading(FONTS.heading1, 0),
      heading2: heading(FONTS.heading2, 1),
      heading3: heading(FONTS.body, 2),
      heading4: heading(FONTS.body, 3),
      // Not used; replaced so that no coloured default remains in the package.
      heading5: heading(FONTS.body, 4),
      heading6: heading(FONTS.body, 5),
      caption: {
        run: run(FONTS.body, body),
        paragraph: { alignment: AlignmentType.CENTER, spacing: exact, indent: noIndent, keepNext: true },
      },
    },
    paragraphStyles: [
      {
        id: "Normal",
        name: "Normal",
        quickFormat: true,
        run: run(FONTS.body, body),
        paragraph: { spacing: exact, indent: firstLine },
      },
      {
        id: STYLE_IDS.signOff,
        name: "Sign-off 落款",
        basedOn: "Normal",
        next: "Normal",
        quickFormat: true,
        paragraph: {
          alignment: AlignmentType.RIGHT,
          indent: { ...noIndent, right: SIGN_OFF_RIGHT_CHARS * geo.bodyCharTwips },
        },
      },
      {
        id: STYLE_IDS.tableText,
        name: "Table Text 表格文字",
        basedOn: "Normal",
        quickFormat: true,
        paragraph: { indent: noIndent },
      },
      {
        id: "Footer",
        name: "footer",
        basedOn: "Normal",
        run: run(FONTS.pageNumber, layout.pageNumberSizePt),
        paragraph: { spacing: { line: geo.pageNumberLine, lineRule: LineRuleType.EXACT, before: 0, after: 0 }, indent: noIndent },
      },
    ],
  };
}
