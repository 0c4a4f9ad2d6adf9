/**
 * Getting the summary out of the pane: a .docx download (Blob + `<a download>`; works in Excel
 * on the web and mostly in WebView2, silently does nothing on Mac desktop, hence the
 * alternatives), and the formatted text on the clipboard.
 * @module
 */
import type { DocumentModel } from "../../core/document/model";
import { documentText } from "../../core/narrative";
import { documentHtml } from "./document-html";
import { downloadBlob } from "./download";

/** Builds the .docx in the pane (docx is a lazy chunk) and offers it as a download. */
export async function downloadDocx(doc: DocumentModel, fileName: string): Promise<void> {
  const { writeDocxBlob } = await import(/* webpackChunkName: "docx-writer" */ "../../adapters/docx/write-docx");
  downloadBlob(await writeDocxBlob(doc), fileName);
}

/**
 * Copies the summary as HTML and plain text (ClipboardItem), falling back to plain text, then to
 * a selected hidden textarea and `execCommand("copy")` for older webviews.
 * @throws Error when no way of copying works.
 */
export async function copyDocument(doc: DocumentModel): Promise<void> {
  const text = documentText(doc);
  const html = documentHtml(doc);
  const clip = navigator.clipboard as Clipboard | undefined;
  if (clip && typeof ClipboardItem !== "undefined" && typeof clip.write === "function") {
    try {
      await clip.write([new ClipboardItem({ "text/html": new Blob([html], { type: "text/html" }), "text/plain": new Blob([text], { type: "text/plain" }) })]);
      return;
    } catch {
      // fall through: permission or type not supported
    }
  }
  if (clip && typeof clip.writeText === "function") {
    try {
      await clip.writeText(text);
      return;
    } catch {
      // fall through
    }
  }
  const area = document.createElement("textarea");
  area.value = text;
  area.setAttribute("readonly", "");
  area.style.position = "fixed";
  area.style.opacity = "0";
  document.body.appendChild(area);
  area.select();
  const ok = document.execCommand("copy");
  area.remove();
  if (!ok) throw new Error("execCommand('copy') failed");
}
