/**
 * 新建文档打开: the summary as a new Word document.
 * @module
 */
import type { RunWord } from "./types";

/**
 * Opens the .docx (Base64) as a new document: `context.application.createDocument(base64).open()`
 * (WordApi 1.3, Application.createDocument and DocumentCreated.open). The new document is the whole
 * package, so page setup (A4, GB/T 9704 margins and grid), styles, headers, footers and page
 * numbers come along. One `context.sync()`.
 * Feature-detect WordApi 1.3 first (`WordFeatures.createDocument`).
 */
export async function openAsNewDocument(run: RunWord, base64: string): Promise<void> {
  await run(async (context) => {
    context.application.createDocument(base64).open();
    await context.sync();
  });
}
