/**
 * Getting the summary out of the pane: a .docx download (Blob + `<a download>`; works in Excel
 * on the web and mostly in WebView2, silently does nothing on Mac desktop, hence the
 * alternatives), and the formatted text on the clipboard.
 * @module
 */
import type { DocumentModel } from "../../core/document/model";
import { documentText } from "../../core/narrative";
import type { Strings } from "../strings";
import { deliverDownload, type DeliverEnv, type Delivered } from "./deliver-workbook";
import { documentHtml } from "./document-html";
import { DOCX_MIME } from "./download";

/**
 * 导出 Word: builds the .docx (docx is a lazy chunk) and starts its download through
 * {@link deliverDownload} — worded as started, pointing to the Downloads folder and to copying;
 * on Mac nothing is built or downloaded and the message says where to go instead.
 */
export async function deliverDocx(doc: DocumentModel, fileName: string, env: Pick<DeliverEnv, "platform" | "download">, strings: Strings): Promise<Delivered> {
  const texts = { started: strings.exportDownloadStarted, mac: strings.exportMacNoDownload, mime: DOCX_MIME };
  if (env.platform === "mac") return deliverDownload(new Uint8Array(), fileName, env, strings, texts);
  const { writeDocx } = await import(/* webpackChunkName: "docx-writer" */ "../../adapters/docx/write-docx");
  return deliverDownload(await writeDocx(doc), fileName, env, strings, texts);
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
