/**
 * Offering bytes as a download (Blob + `<a download>`: works in Excel on the web and mostly in
 * WebView2; silently nothing on Mac desktop, hence the pane's alternatives), and base64 for
 * `Excel.createWorkbook` / Word's `createDocument`.
 * @module
 */
export { bytesToBase64 as toBase64 } from "../../adapters/word/base64";

/** MIME type of .xlsx files. */
export const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
/** MIME type of .docx files. */
export const DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** Offers a Blob as a download named `fileName` (the object URL is revoked after a minute). */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  a.rel = "noopener";
  a.style.display = "none";
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Offers `bytes` as a download named `fileName`. */
export function downloadBytes(bytes: Uint8Array, fileName: string, mime = XLSX_MIME): void {
  downloadBlob(new Blob([bytes as BlobPart], { type: mime }), fileName);
}
