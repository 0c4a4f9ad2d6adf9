/**
 * Unit conversions and the page geometry of the .docx writer: every millimetre and point of
 * the narrative spec ("Word layout", GB/T 9704-2012 §5.2) becomes twips or half-points here,
 * and nowhere else.
 *
 * Word units: 1 twip = 1/20 pt = 1/1440 inch; font sizes are in half-points (`w:sz`);
 * `w:docGrid w:charSpace` is in 1/4096 pt relative to the Normal style's font size.
 * @module
 */
import type { PageLayout } from "../../core/document/model";

/** Millimetres per inch (exact). */
const MM_PER_INCH = 25.4;
/** Twips per inch (exact): 72 pt × 20. */
const TWIPS_PER_INCH = 1440;

/** mm → twips, rounded to the nearest twip (37 mm → 2098, 28 mm → 1587). */
export function mmToTwips(mm: number): number {
  return Math.round((mm * TWIPS_PER_INCH) / MM_PER_INCH);
}

/** pt → half-points (`w:sz`), rounded (16 pt → 32, 10.5 pt 五号 → 21). */
export function ptToHalfPoints(pt: number): number {
  return Math.round(pt * 2);
}

/** pt → twips, rounded (16 pt → 320, 28.95 pt → 579). */
export function ptToTwips(pt: number): number {
  return Math.round(pt * 20);
}

/** twips → mm (not rounded); for reports and tests. */
export function twipsToMm(twips: number): number {
  return (twips * MM_PER_INCH) / TWIPS_PER_INCH;
}

/** A4 portrait in twips: 210 × 297 mm (GB/T 9704-2012 §5.2.1; Word writes 11906 × 16838). */
export const A4_TWIPS = { width: 11906, height: 16838 } as const;

/** Scale of `w:charSpace`: 4096 units per point (ECMA-376 §17.6.5 docGrid). */
export const CHAR_SPACE_UNITS_PER_PT = 4096;

/** Gap between the 版心 and the top of the page-number line, mm (GB/T 9704-2012 §7.5: 一字线上距版心下边缘7mm). */
export const PAGE_NUMBER_GAP_MM = 7;

/** Line height of the page-number paragraph as a multiple of its font size (exact rule; keeps it off the grid). */
export const PAGE_NUMBER_LINE_FACTOR = 1.25;

/** Everything the section and the styles need, in Word units. */
export interface SectionGeometry {
  /** Page size, twips. */
  readonly page: { readonly width: number; readonly height: number };
  /** Margins, twips (top 2098, bottom 1984, left 1587, right 1474 for gbLayout). */
  readonly margins: { readonly top: number; readonly bottom: number; readonly left: number; readonly right: number };
  /** Text area (版心), twips: width 8845 (≈156 mm), height 12756 (≈225 mm). */
  readonly textWidth: number;
  readonly textHeight: number;
  /**
   * Line pitch of the grid and the exact line spacing of body paragraphs, twips:
   * floor(textHeight / linesPerPage) = floor(12756 / 22) = 579 (28.95 pt).
   */
  readonly linePitch: number;
  /**
   * `w:charSpace` of the grid, 1/4096 pt relative to the body size:
   * floor((textWidth / 20 / charsPerLine − bodySizePt) × 4096) = floor((15.7946 − 16) × 4096) = −842.
   * Rounded down so that charsPerLine × pitch never exceeds the text width (28 × 15.79443 pt = 442.24 pt ≤ 442.25 pt).
   * Word (and WPS) condense each CJK character to this pitch. LibreOffice 7.4 does not: a glyph wider
   * than the cell takes two cells, so its rendering shows ~14 widely spaced characters per line; the
   * docx is right, the rendering check (scripts/render-docx.sh) is not a judge of the character grid.
   */
  readonly charSpace: number;
  /** Body character pitch, pt (16 + charSpace / 4096 ≈ 15.794). */
  readonly charPitchPt: number;
  /** One body character (= body size), twips: 320 for 16 pt; unit of indents in "characters". */
  readonly bodyCharTwips: number;
  /** Exact line height of the page-number paragraph, twips (14 pt × 1.25 = 350). */
  readonly pageNumberLine: number;
  /**
   * Footer distance from the page bottom, twips, so that the top of the page-number line is 7 mm
   * below the 版心: bottom margin − 7 mm − pageNumberLine (1984 − 397 − 350 = 1237 twips ≈ 21.8 mm).
   */
  readonly footer: number;
  /** Header distance from the page top, twips (15 mm; the summary has no header). */
  readonly header: number;
}

/** Computes the section geometry of a layout (narrative spec "Word layout"; GB/T 9704-2012 §5.2). */
export function sectionGeometry(layout: PageLayout): SectionGeometry {
  const m = layout.marginsMm;
  const margins = { top: mmToTwips(m.top), bottom: mmToTwips(m.bottom), left: mmToTwips(m.left), right: mmToTwips(m.right) };
  const textWidth = A4_TWIPS.width - margins.left - margins.right;
  const textHeight = A4_TWIPS.height - margins.top - margins.bottom;
  const linePitch = Math.floor(textHeight / layout.linesPerPage);
  const pitchPt = textWidth / 20 / layout.charsPerLine;
  const charSpace = Math.floor((pitchPt - layout.bodySizePt) * CHAR_SPACE_UNITS_PER_PT);
  const pageNumberLine = ptToTwips(layout.pageNumberSizePt * PAGE_NUMBER_LINE_FACTOR);
  const footer = Math.max(0, margins.bottom - mmToTwips(PAGE_NUMBER_GAP_MM) - pageNumberLine);
  return {
    page: { ...A4_TWIPS },
    margins,
    textWidth,
    textHeight,
    linePitch,
    charSpace,
    charPitchPt: layout.bodySizePt + charSpace / CHAR_SPACE_UNITS_PER_PT,
    bodyCharTwips: ptToTwips(layout.bodySizePt),
    pageNumberLine,
    footer,
    header: mmToTwips(15),
  };
}
