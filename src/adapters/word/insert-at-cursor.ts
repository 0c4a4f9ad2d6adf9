/**
 * 插入到光标处: the summary into the open document, at the cursor.
 * @module
 */
import { base64ByteLength } from "./base64";
import { MAX_INSERT_BYTES, type InsertLocation, type RunWord } from "./types";

/** A .docx too large for `insertFileFromBase64` (more than {@link MAX_INSERT_BYTES}). */
export class InsertTooLargeError extends Error {
  readonly code = "InsertTooLarge";

  constructor(readonly bytes: number) {
    super(`The document is ${bytes} bytes; Word inserts at most ${MAX_INSERT_BYTES} bytes`);
    this.name = "InsertTooLargeError";
  }
}

/** What {@link insertAtCursor} did. */
export interface InsertReport {
  /** "Replace" at a bare cursor (insertion point); "After" when text was selected, so it is kept. */
  readonly location: InsertLocation;
}

/**
 * Inserts the .docx (Base64) at the cursor: `context.document.getSelection()` (WordApi 1.1), then
 * `Range.insertFileFromBase64(base64, location)` (WordApi 1.1, at most 4 MB). At a bare cursor the
 * empty selection is replaced ("Replace", i.e. inserted there); when text is selected the file goes
 * after it ("After"), so nothing the user selected is overwritten. Two `context.sync()`s.
 *
 * What comes along: the body — paragraphs, runs, tables — with its styles (the 仿宋/黑体/楷体
 * headings and body styles are added to the document's styles). What does not: Word keeps the
 * target document's section properties, so the file's headers, footers (page numbers) and page
 * setup are left behind ("document settings aren't preserved when inserting a document").
 * Only 新建文档 (open-document.ts) carries them.
 * @throws InsertTooLargeError above 4 MB, before anything is sent to Word.
 */
export async function insertAtCursor(run: RunWord, base64: string): Promise<InsertReport> {
  const bytes = base64ByteLength(base64);
  if (bytes > MAX_INSERT_BYTES) throw new InsertTooLargeError(bytes);
  return run(async (context) => {
    const selection = context.document.getSelection();
    selection.load("text");
    await context.sync();
    const location: InsertLocation = selection.text === "" ? "Replace" : "After";
    selection.insertFileFromBase64(base64, location);
    await context.sync();
    return { location };
  });
}
