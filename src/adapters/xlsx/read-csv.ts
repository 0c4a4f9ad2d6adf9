/**
 * A .csv file (an export of a volunteer platform, a sheet saved as CSV) read into a one-sheet
 * `WorkbookSnapshot` for 导入已有台账 (issue #16): the encoding detected (UTF-8 with or without BOM,
 * UTF-16 with BOM, else GBK/GB18030 — what Excel and WPS on Chinese Windows write), the separator
 * detected (comma, semicolon or tab), quotes as RFC 4180 says. Cells stay text: the core's
 * normalisation reads numbers and dates. Uses the platform's `TextDecoder` (Node 20 and browsers
 * have GBK), so no dependency is needed.
 * @module
 */
import type { CellValue, WorkbookSnapshot } from "../../core/grid/types";
import { FileErrorMessage, LedgerFileError } from "./errors";

/** Which encoding the bytes were read with. */
export type CsvEncoding = "utf-8" | "utf-16le" | "utf-16be" | "gb18030";

/**
 * The text of CSV bytes and its encoding: a BOM decides; else bytes that are valid UTF-8 are UTF-8;
 * else GB18030 (a superset of GBK).
 * @throws LedgerFileError `empty` for 0 bytes.
 */
export function decodeCsv(bytes: Uint8Array): { readonly text: string; readonly encoding: CsvEncoding } {
  if (bytes.length === 0) throw new LedgerFileError("empty", FileErrorMessage.empty);
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: new TextDecoder("utf-8").decode(bytes.subarray(3)), encoding: "utf-8" };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le" };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), encoding: "utf-16be" };
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    return { text: new TextDecoder("gb18030").decode(bytes), encoding: "gb18030" };
  }
}

/** The separator of a CSV text: the one of `,` `;` tab most frequent in its first line outside quotes. */
function separatorOf(text: string): string {
  const line = text.split(/\r?\n/u, 1)[0] ?? "";
  const count = (sep: string): number => line.replace(/"[^"]*"/gu, "").split(sep).length - 1;
  return ["\t", ";", ","].reduce((best, sep) => (count(sep) > count(best) ? sep : best), ",");
}

/** Rows of a CSV text (RFC 4180: quoted fields with `""`, line breaks inside quotes); blank cells are null. */
export function parseCsv(text: string): CellValue[][] {
  const sep = separatorOf(text);
  const rows: CellValue[][] = [];
  let row: CellValue[] = [];
  let field = "";
  let quoted = false;
  let i = 0;
  const endField = (): void => {
    row.push(field.trim() === "" ? null : field);
    field = "";
  };
  const endRow = (): void => {
    endField();
    while (row.length && row[row.length - 1] === null) row.pop();
    rows.push(row);
    row = [];
  };
  while (i < text.length) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (ch === '"') quoted = false;
      else field += ch;
      i++;
      continue;
    }
    if (ch === '"' && field.trim() === "") {
      quoted = true;
      field = "";
    } else if (ch === sep) endField();
    else if (ch === "\n" || ch === "\r") {
      endRow();
      if (ch === "\r" && text[i + 1] === "\n") i++;
    } else field += ch;
    i++;
  }
  if (field !== "" || row.length) endRow();
  while (rows.length && rows[rows.length - 1].length === 0) rows.pop();
  return rows;
}

/**
 * CSV bytes as a one-sheet snapshot named `sheetName` (the file name without `.csv`).
 * @throws LedgerFileError `empty` for 0 bytes; `not-xlsx` for bytes that hold no text rows.
 */
export function readCsv(bytes: Uint8Array, sheetName: string): { readonly snapshot: WorkbookSnapshot; readonly encoding: CsvEncoding } {
  const { text, encoding } = decodeCsv(bytes);
  const values = parseCsv(text);
  if (!values.some((r) => r.length)) throw new LedgerFileError("not-xlsx", "CSV 文件中没有内容");
  return { snapshot: { sheets: [{ name: sheetName, originRow: 1, originCol: 1, values, tables: [], merges: [] }] }, encoding };
}
