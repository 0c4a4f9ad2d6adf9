/**
 * Offering bytes as a download (Blob + `<a download>`), and base64 for `Excel.createWorkbook`.
 * @module
 */

/** MIME type of .xlsx files. */
export const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** Offers `bytes` as a download named `fileName`. */
export function downloadBytes(bytes: Uint8Array, fileName: string, mime = XLSX_MIME): void {
  const blob = new Blob([bytes as BlobPart], { type: mime });
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

/** Base64 of `bytes` (chunked: no call-stack limit on large files). */
export function toBase64(bytes: Uint8Array): string {
  let binary = "";
  const step = 0x8000;
  for (let i = 0; i < bytes.length; i += step) binary += String.fromCharCode(...bytes.subarray(i, i + step));
  return btoa(binary);
}
