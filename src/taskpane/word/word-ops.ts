/**
 * What the Word pane asks of Word, behind one interface: Office.js in Word, the fake
 * (preview-word-ops.ts, lazy) in the browser preview. The pane never calls Office itself.
 * @module
 */
import { insertAtCursor, openAsNewDocument, type InsertReport, type RunWord, type WordFeatures } from "../../adapters/word";

/** The Word pane's host operations. */
export interface WordOps {
  /** Requirement sets of this Word (WordApi 1.1 insert, 1.3 new document). */
  readonly features: WordFeatures;
  /** 新建文档打开: createDocument(base64).open() (WordApi 1.3). */
  openAsNew(base64: string): Promise<void>;
  /** 插入到光标处: getSelection().insertFileFromBase64 (WordApi 1.1). */
  insertAtCursor(base64: string): Promise<InsertReport>;
  /** True in the browser preview: nothing reaches Word; the pane offers the file as a download. */
  readonly preview?: boolean;
}

/** Operations over a `RunWord` (Office.js' `Word.run`, or the fake's). */
export function createWordOps(run: RunWord, features: WordFeatures, preview = false): WordOps {
  return {
    features,
    preview,
    openAsNew: (base64) => openAsNewDocument(run, base64),
    insertAtCursor: (base64) => insertAtCursor(run, base64),
  };
}
