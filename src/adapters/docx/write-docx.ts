/**
 * The .docx writer: DocumentModel → Word package in the GB/T 9704-2012 style of the narrative
 * spec ("Word layout"). Browser-safe: no Node `fs`, no Buffer (the task pane bundles it).
 * @module
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  DocumentGridType,
  Footer,
  HeightRule,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import { splitAppendix, type Block, type DocumentModel, type HeadingLevel, type PageLayout, type Run } from "../../core/document/model";
import { buildStyles, STYLE_IDS } from "./styles";
import { sanitizeXmlText, textRuns } from "./text";
import { sectionGeometry, type SectionGeometry } from "./units";

/** Built-in Word style ids of the heading levels (`一、` `（一）` `1.` `（1）`). */
const HEADING_STYLE: Record<HeadingLevel, string> = { 1: "Heading1", 2: "Heading2", 3: "Heading3", 4: "Heading4" };

/** Em dash of the page number (GB/T 9704-2012 §7.5: 数字左右各放一条一字线). */
const DASH = "\u2014";

/** A body paragraph (style Normal) of model runs; `Run.bold` honoured, `Run.sources` not written. */
function bodyParagraph(runs: readonly Run[], keepNext = false): Paragraph {
  return new Paragraph({ keepNext, children: runs.flatMap((r) => textRuns(r.text, { bold: r.bold })) });
}

/** Cell borders of the appendix table: single 0.5 pt (sz in 1/8 pt) black lines. */
const LINE = { style: BorderStyle.SINGLE, size: 4, color: "000000" } as const;
const BORDERS = { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE };

/** Display width of a cell text in characters: CJK and full-width count 1, ASCII ½. */
function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += ch.charCodeAt(0) < 0x2e80 ? 0.5 : 1;
  return w;
}

/**
 * The lines of a table cell: a list of figures in a figure column (`约1200起、约4300处、350块`, any column but the first and
 * the last) one figure a line, so that a figure never parts from its measure word where the list wraps (`约1200`/`起、约4300`:
 * new-user test 62, D10); any other text one line. Shared by the widths and the cells.
 */
export function cellLines(text: string, col: number, cols: number): string[] {
  const parts = text.split("、");
  return col > 0 && col < cols - 1 && parts.length > 1 && parts.every((p) => /\d/u.test(p)) ? parts : [text];
}

/**
 * Column widths in twips that share `total` by the widest text of each column (at least 4 characters,
 * at most 14 before sharing), so labels do not wrap into narrow equal columns. With `charTwips` (one
 * character, twips) and three columns or more, the columns between the first and the last (figures,
 * units: `40000余`, `270人次`) get their widest text whole first — a figure never breaks inside its
 * cell (new-user test 7, D3) — and the first and last (labels, changes) share the rest, when at least
 * four characters each are left for them.
 */
export function columnWidths(rows: readonly (readonly string[])[], cols: number, total: number, charTwips?: number): number[] {
  const widest = (r: readonly string[], i: number): number => Math.max(...cellLines(r[i] ?? "", i, cols).map(displayWidth));
  const natural = Array.from({ length: cols }, (_, i) => Math.max(2, ...rows.map((r) => widest(r, i))) + 1);
  const want = natural.map((n) => Math.min(15, Math.max(5, n)));
  const share = (cells: readonly number[], room: number): number[] => {
    const sum = cells.reduce((a, b) => a + b, 0);
    return cells.map((w) => Math.floor((w / sum) * room));
  };
  let widths = share(want, total);
  if (charTwips && cols >= 3) {
    // A list of figures (`140人、320人次`) may wrap at its 、: a middle column takes at most 6 characters.
    // Half a character more than the text and its margins: a CJK font's digits are a little wider than half a
    // character, and `5000` at exactly its width broke into `500`/`0` (new-user test 27, D21).
    const fit = (natural: readonly number[]): number[] => natural.slice(1, -1).map((n) => Math.ceil((Math.min(6, n) + 0.5) * charTwips));
    let middle = fit(natural);
    // Many figure columns (a roll-up's 各单位 table: 开展活动, 注册志愿者, 发现问题, 已整改) leave too little for the labels:
    // their headers may then wrap in two even lines (`开展`/`活动`), their figures still whole, so that a unit's name
    // (`八年级组`) keeps its line (new-user test 60, D14).
    if (total - middle.reduce((a, b) => a + b, 0) < 8 * charTwips && rows.length > 1) {
      const body = Array.from({ length: cols }, (_, i) => Math.max(2, ...rows.slice(1).map((r) => widest(r, i))) + 1);
      middle = fit(body.map((n, i) => Math.max(n, Math.ceil(displayWidth(rows[0][i] ?? "") / 2) + 1)));
    }
    const room = total - middle.reduce((a, b) => a + b, 0);
    if (room >= 8 * charTwips) {
      const [first, last] = share([want[0], want[cols - 1]], room);
      // The last column, when it holds short figures (a roll-up's 整改率 `100%`), keeps them whole as a middle one does:
      // never `100`/`%` (new-user test 63, D11); labels in the first keep at least four characters.
      const lastWhole = fit([0, natural[cols - 1], 0])[0];
      widths = last < lastWhole && room - lastWhole >= 4 * charTwips ? [room - lastWhole, ...middle, lastWhole] : [first, ...middle, last];
    }
  }
  widths[0] += total - widths.reduce((a, b) => a + b, 0);
  return widths;
}

/** A table block: caption paragraph (style Caption) + full-width bordered table, header row bold and repeated. */
function tableBlocks(block: Extract<Block, { kind: "table" }>, geo: SectionGeometry, newPage = false): (Paragraph | Table)[] {
  const cols = Math.max(1, block.header.length, ...block.rows.map((r) => r.length));
  // A note under the figures (`注：九年级组有1行问题整改数据有误……，未计入。`, the rest of its row empty) spans the whole
  // row, never squeezed into the first column (new-user test 60, D14), and sets no column's width.
  const isNote = (r: readonly string[]): boolean => /^注[：:]/u.test(r[0] ?? "") && r.slice(1).every((c) => !c);
  const widths = columnWidths([block.header, ...block.rows.filter((r) => !isNote(r))], cols, geo.textWidth, geo.bodyCharTwips);
  const noteRow = (text: string) =>
    new TableRow({
      cantSplit: true,
      height: { value: geo.linePitch, rule: HeightRule.ATLEAST },
      children: [
        new TableCell({
          columnSpan: cols,
          width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
          children: [new Paragraph({ style: STYLE_IDS.tableText, children: textRuns(text) })],
        }),
      ],
    });
  const row = (cells: readonly string[], header: boolean) =>
    !header && cols > 1 && isNote(cells) ? noteRow(cells[0]) : new TableRow({
      tableHeader: header,
      cantSplit: true,
      height: { value: geo.linePitch, rule: HeightRule.ATLEAST },
      children: Array.from({ length: cols }, (_, i) =>
        new TableCell({
          width: { size: widths[i], type: WidthType.DXA },
          children: (header ? [cells[i] ?? ""] : cellLines(cells[i] ?? "", i, cols)).map((line) =>
            new Paragraph({
              style: STYLE_IDS.tableText,
              alignment: header ? AlignmentType.CENTER : undefined,
              children: textRuns(line, { bold: header }),
            }),
          ),
        }),
      ),
    });
  const rows = [...(block.header.length > 0 ? [row(block.header, true)] : []), ...block.rows.map((r) => row(r, false))];
  const out: (Paragraph | Table)[] = [];
  if (block.caption) out.push(new Paragraph({ style: "Caption", pageBreakBefore: newPage, children: textRuns(block.caption) }));
  if (rows.length > 0) {
    out.push(
      new Table({
        rows,
        width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
        columnWidths: widths,
        layout: TableLayoutType.FIXED,
        borders: BORDERS,
      }),
    );
  }
  return out;
}

/** Body elements of one block. */
function blockElements(block: Block, geo: SectionGeometry): (Paragraph | Table)[] {
  switch (block.kind) {
    case "heading":
      return [new Paragraph({ style: HEADING_STYLE[block.level], children: textRuns(block.text) })];
    case "paragraph":
      return [bodyParagraph(block.runs)];
    case "table":
      return tableBlocks(block, geo);
  }
}

/**
 * The page-number footer `— 1 —` (4号 14 pt 宋体, style Footer) — GB/T 9704-2012 §7.5: odd pages
 * right-aligned, even pages left-aligned, each 空一字 (one 14 pt character = 280 twips) from the edge.
 */
function pageNumberFooter(side: "odd" | "even", sizePt: number): Footer {
  const oneChar = Math.round(sizePt * 20);
  return new Footer({
    children: [
      new Paragraph({
        style: "Footer",
        alignment: side === "odd" ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === "odd" ? { right: oneChar } : { left: oneChar },
        children: [new TextRun({ font: { hint: "eastAsia" }, children: [`${DASH} `, PageNumber.CURRENT, ` ${DASH}`] })],
      }),
    ],
  });
}

/** Width of a title in characters of the title size: a Chinese character or full-width mark 1, other characters ½. */
const titleWidth = (text: string): number => [...text].reduce((w, ch) => w + (/[\u3000-\u9fff\uff00-\uffef]/u.test(ch) ? 1 : 0.5), 0);

/**
 * The title's lines: one when it fits the text width at the title size (22 pt plus the grid's character spacing: 20
 * characters); else broken after the unit's name when both parts fit — `江城市消防救援支队长江路消防救援站` /
 * `2025年上半年创建文明城市工作总结` — so that no word, no `2025年`, is torn across lines (GB/T 9704-2012 §7.3.3:
 * 回行时词意完整、排列对称). A title that cannot be broken so is left to Word to wrap (new-user test 18, D17).
 */
export function titleLines(title: string, unit: string, layout: PageLayout, geo: SectionGeometry): string[] {
  const perLine = Math.floor((geo.page.width - geo.margins.left - geo.margins.right) / 20 / (layout.titleSizePt + geo.charSpace / 4096));
  if (titleWidth(title) <= perLine || !unit || !title.startsWith(unit)) return [title];
  const rest = title.slice(unit.length);
  return titleWidth(unit) <= perLine && titleWidth(rest) <= perLine && rest ? [unit, rest] : [title];
}

/**
 * Builds the docx `Document` of a summary model.
 * Section: A4 11906 × 16838 twips; margins from `layout.marginsMm` (37/35/28/26 mm → 2098/1984/1587/1474 twips);
 * `w:docGrid w:type="linesAndChars"` with linePitch 579 twips and charSpace −842 (1/4096 pt) for 22 × 28
 * (see `sectionGeometry`); even/odd footers with the page number. Title (style Title), blocks, then one
 * blank line and the sign-off (style SignOff: right-aligned, right indent 4 characters = 1280 twips; the unit kept with its date).
 * Core properties: title = model.title, creator/lastModifiedBy = meta.creator, description = meta.description.
 */
export function buildDocx(model: DocumentModel): Document {
  const geo = sectionGeometry(model.layout);
  const { body, appendix } = splitAppendix(model.blocks);
  const signed = !!(model.signOff.unit || model.signOff.date);
  // The sign-off is never alone on the last page (GB/T 9704-2012 §7.3.5.1: the 落款 stands on the page of the body's end;
  // new-user test 67, D8: `临溪县东门街道石榴园社区居民委员会 / 2026年1月6日` alone on page 4): the last body paragraph keeps
  // with the blank line and the blank line with the sign-off, so that the body's last lines go over with it.
  const last = body.length - 1;
  const children: (Paragraph | Table)[] = [
    new Paragraph({ style: "Title", children: textRuns(titleLines(model.title, model.signOff.unit, model.layout, geo).join("\n")) }),
    ...body.flatMap((b, i) => (signed && i === last && b.kind === "paragraph" ? [bodyParagraph(b.runs, true)] : blockElements(b, geo))),
  ];
  if (signed) {
    children.push(new Paragraph({ keepNext: true, children: [] }));
    // The unit and its date stand on one page (new-user test 65, D10: the unit last on page 1, the date alone on page 2):
    // the unit line keeps with the next, each line whole.
    const lines = [model.signOff.unit, model.signOff.date].filter((l): l is string => !!l);
    lines.forEach((line, i) => children.push(new Paragraph({ style: STYLE_IDS.signOff, keepLines: true, keepNext: i < lines.length - 1, children: textRuns(line) })));
  }
  // 附表 after the sign-off, starting on a new page.
  appendix.forEach((b, i) => children.push(...(b.kind === "table" ? tableBlocks(b, geo, i === 0) : blockElements(b, geo))));
  // Core properties carry cell text too (the title holds 单位名称): XML 1.0 characters only.
  const creator = sanitizeXmlText(model.meta?.creator ?? "创文台账助手");
  const description = model.meta?.description;
  return new Document({
    title: sanitizeXmlText(model.title),
    creator,
    lastModifiedBy: creator,
    description: description === undefined ? undefined : sanitizeXmlText(description),
    evenAndOddHeaderAndFooters: true,
    styles: buildStyles(model.layout, geo),
    sections: [
      {
        properties: {
          page: {
            size: { width: geo.page.width, height: geo.page.height },
            margin: { ...geo.margins, header: geo.header, footer: geo.footer, gutter: 0 },
          },
          grid: { type: DocumentGridType.LINES_AND_CHARS, linePitch: geo.linePitch, charSpace: geo.charSpace },
        },
        footers: {
          default: pageNumberFooter("odd", model.layout.pageNumberSizePt),
          even: pageNumberFooter("even", model.layout.pageNumberSizePt),
        },
        children,
      },
    ],
  });
}

/** Writes the summary as a .docx package (bytes); works in Node and in the browser. */
export async function writeDocx(model: DocumentModel): Promise<Uint8Array> {
  return Packer.pack(buildDocx(model), "uint8array");
}

/** Writes the summary as a .docx Blob (MIME type of WordprocessingML) for a download in the task pane. */
export async function writeDocxBlob(model: DocumentModel): Promise<Blob> {
  return Packer.toBlob(buildDocx(model));
}
