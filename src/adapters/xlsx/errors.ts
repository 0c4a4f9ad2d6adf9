/**
 * File-level errors of the xlsx adapter, and the magic-byte sniffing that classifies a file
 * before exceljs sees it (exceljs' own errors on a non-xlsx file are English and cryptic).
 * @module
 */

/** Why a file cannot be read as a workbook. */
export type LedgerFileErrorCode = "empty" | "xls" | "encrypted" | "not-xlsx" | "corrupt" | "too-large";

/**
 * A file that cannot be read as an .xlsx workbook. `message` is one line of Chinese for the
 * user (CLI stderr, pane message bar); `code` is for programs and tests.
 */
export class LedgerFileError extends Error {
  readonly code: LedgerFileErrorCode;

  constructor(code: LedgerFileErrorCode, message: string, options?: { cause?: unknown }) {
    super(message);
    this.name = "LedgerFileError";
    this.code = code;
    if (options && "cause" in options) (this as { cause?: unknown }).cause = options.cause;
  }
}

/** Chinese one-line messages, by code (the corrupt one gets the underlying reason appended). */
export const FileErrorMessage = {
  empty: "文件为空（0字节），请确认已保存",
  xls: "这是旧版 Excel 97-2003 (.xls) 文件，请在 Excel 中另存为 .xlsx 后再试",
  encrypted: "文件已加密（设置了打开密码），请先在 Excel 中取消密码后另存",
  csv: "不是 .xlsx 文件（看起来是文本/CSV），请在 Excel 中打开后另存为 .xlsx",
  markup: "不是 .xlsx 文件（看起来是网页或 XML 文本），请在 Excel 中打开后另存为 .xlsx",
  binary: "不是 .xlsx 文件（无法识别的格式），请在 Excel 中打开后另存为 .xlsx",
  notXls: "无法读作 Excel 97-2003 (.xls) 工作簿（文件已损坏，或扩展名与内容不符），请在 Excel 或 WPS 中打开后另存为 .xlsx",
  noSheets: "不是 .xlsx 文件（压缩包中没有 Excel 工作表），请在 Excel 中打开后另存为 .xlsx",
  wordFile: "这是 Word 文档（.docx），不是 Excel 台账；请选择 .xlsx 台账文件",
  powerPointFile: "这是 PowerPoint 演示文稿（.pptx），不是 Excel 台账；请选择 .xlsx 台账文件",
  corrupt: "文件已损坏，无法读取：",
  tooLarge: (bytes: number, max: number): string =>
    `文件过大（${(bytes / 1048576).toFixed(1)} MB，上限 ${(max / 1048576).toFixed(0)} MB），请拆分或删除多余内容后再试`,
  inflated: (part: string, bytes: number, max: number): string =>
    `文件解压后过大（${part ? `${part} ` : ""}${(bytes / 1048576).toFixed(0)} MB，上限 ${(max / 1048576).toFixed(0)} MB），可能已损坏或不是正常的台账；请在 Excel 中打开后另存为 .xlsx 再试`,
} as const;

/** The first bytes of an OLE compound file: an .xls (BIFF) or an encrypted Office file. */
export const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** True when `bytes` starts with `prefix`. */
function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  if (bytes.length < prefix.length) return false;
  return prefix.every((b, i) => bytes[i] === b);
}

/** True when the UTF-16LE spelling of `text` occurs in `bytes` (CFB directory entry names). */
function containsUtf16(bytes: Uint8Array, text: string): boolean {
  const needle: number[] = [];
  for (const ch of text) needle.push(ch.charCodeAt(0) & 0xff, ch.charCodeAt(0) >> 8);
  outer: for (let i = 0; i + needle.length <= bytes.length; i++) {
    if (bytes[i] !== needle[0]) continue;
    for (let j = 1; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/** True when the first bytes look like text (UTF-8/GBK/UTF-16 BOM, no control bytes but tab/CR/LF). */
function looksLikeText(head: Uint8Array): boolean {
  if (startsWith(head, [0xff, 0xfe]) || startsWith(head, [0xfe, 0xff])) return true;
  for (const b of head) {
    if (b === 0x09 || b === 0x0a || b === 0x0d) continue;
    if (b < 0x20 || b === 0x7f) return false;
  }
  return true;
}

/** First non-blank ASCII character of a text file (after a UTF-8 BOM), or "". */
function firstChar(head: Uint8Array): string {
  let i = startsWith(head, [0xef, 0xbb, 0xbf]) ? 3 : 0;
  while (i < head.length && (head[i] === 0x20 || head[i] === 0x09 || head[i] === 0x0a || head[i] === 0x0d)) i++;
  return i < head.length ? String.fromCharCode(head[i]) : "";
}

/**
 * Classifies a file by its magic bytes, before exceljs sees it.
 * Returns normally for a zip (`PK\x03\x04`, or `PK\x05\x06` for an empty zip); exceljs decides the rest.
 * @throws LedgerFileError `empty` (0 bytes), `too-large` (more than `maxBytes`), `encrypted` (a CFB
 *   container holding an `EncryptedPackage` stream: a password-protected .xlsx), `xls` (any other
 *   CFB container: Excel 97-2003), `not-xlsx` (text/CSV, HTML/XML, anything else).
 */
export function sniffWorkbookBytes(bytes: Uint8Array, maxBytes: number): void {
  if (bytes.length === 0) throw new LedgerFileError("empty", FileErrorMessage.empty);
  if (bytes.length > maxBytes) throw new LedgerFileError("too-large", FileErrorMessage.tooLarge(bytes.length, maxBytes));
  if (startsWith(bytes, CFB_MAGIC)) {
    if (containsUtf16(bytes, "EncryptedPackage")) throw new LedgerFileError("encrypted", FileErrorMessage.encrypted);
    throw new LedgerFileError("xls", FileErrorMessage.xls);
  }
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) return;
  const head = bytes.subarray(0, 4096);
  if (looksLikeText(head)) {
    const markup = firstChar(head) === "<";
    throw new LedgerFileError("not-xlsx", markup ? FileErrorMessage.markup : FileErrorMessage.csv);
  }
  throw new LedgerFileError("not-xlsx", FileErrorMessage.binary);
}
