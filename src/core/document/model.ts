/**
 * A plain document model of the narrative summary: what the .docx writer (adapters/docx) and
 * the pane's preview render. Pure data; units are given per field.
 * @module
 */

/** A piece of text with the workbook cells its figures came from (`宣传投放!C5`). */
export interface Run {
  readonly text: string;
  /** Cells whose values produced the figures in this run, as `sheet!A1`; empty for plain text. */
  readonly sources?: readonly string[];
  readonly bold?: boolean;
}

/** Heading levels of GB/T 9704 numbering: 1 `一、` (黑体), 2 `（一）` (楷体), 3 `1.` and 4 `（1）` (仿宋). */
export type HeadingLevel = 1 | 2 | 3 | 4;

export type Block =
  | { readonly kind: "heading"; readonly level: HeadingLevel; readonly text: string }
  /** A body paragraph, first-line indent 2 characters. A run may be a level-3 lead-in (`1.加强……。`). */
  | { readonly kind: "paragraph"; readonly runs: readonly Run[] }
  /** An appendix table: header row + rows of plain text cells. */
  | { readonly kind: "table"; readonly caption: string; readonly header: readonly string[]; readonly rows: readonly (readonly string[])[] };

/** Page layout in millimetres and points (narrative spec "Word layout", GB/T 9704-2012 §5). */
export interface PageLayout {
  /** Margins in mm: top 37, bottom 35, left 28, right 26. */
  readonly marginsMm: { readonly top: number; readonly bottom: number; readonly left: number; readonly right: number };
  /** Lines per page (22) and characters per line (28). */
  readonly linesPerPage: number;
  readonly charsPerLine: number;
  /** Body font size in pt (16, 3号). */
  readonly bodySizePt: number;
  /** Title font size in pt (22, 2号). */
  readonly titleSizePt: number;
  /** Page-number font size in pt (14, 4号). */
  readonly pageNumberSizePt: number;
}

/** The default GB/T 9704-style layout. */
export const gbLayout: PageLayout = {
  marginsMm: { top: 37, bottom: 35, left: 28, right: 26 },
  linesPerPage: 22,
  charsPerLine: 28,
  bodySizePt: 16,
  titleSizePt: 22,
  pageNumberSizePt: 14,
};

/** A whole summary document. */
export interface DocumentModel {
  /** Title line(s), centred, 2号 小标宋. */
  readonly title: string;
  /** Body blocks in order (opening paragraph, sections, 存在的不足, 下一步工作打算). */
  readonly blocks: readonly Block[];
  /** Sign-off: unit name line and date line (`2023年8月3日`), right-aligned. */
  readonly signOff: { readonly unit: string; readonly date: string };
  readonly layout: PageLayout;
  /** Document metadata (core properties). */
  readonly meta?: { readonly creator?: string; readonly description?: string };
}

/**
 * Splits a document's blocks into the body and the appendix: the table blocks that end the document
 * (附表) are printed after the sign-off, on a new page (GB/T 9704-2012 §8.2: 附件 after the 成文日期).
 */
export function splitAppendix(blocks: readonly Block[]): { readonly body: readonly Block[]; readonly appendix: readonly Block[] } {
  let i = blocks.length;
  while (i > 0 && blocks[i - 1].kind === "table") i--;
  return { body: blocks.slice(0, i), appendix: blocks.slice(i) };
}
