/**
 * An old Excel 97-2003 workbook (.xls, BIFF8) read into a `WorkbookSnapshot` for 导入已有台账 (issue
 * #16 item 7), through SheetJS. The npm `xlsx` package stops at 0.18.5 with known vulnerabilities
 * (prototype pollution CVE-2023-30533, ReDoS CVE-2024-22363, both fixed in 0.20.x, which SheetJS
 * publishes only on its own CDN); `@e965/xlsx` 0.20.3 is a widely used, unmodified republish of that
 * release on the npm registry, pinned exactly in package.json. Used by the CLI's `import` only: the
 * pane's bundles do not load it.
 *
 * Values as Excel stores them: numbers (dates as serials, as the core expects), text, booleans, an
 * error cell as its text (`#DIV/0!`); formulas with their cached results; merged ranges; hidden and
 * very hidden sheets. No tables (.xls has none).
 * @module
 */
import * as XLSX from "@e965/xlsx";
import type { CellValue, SheetGrid, WorkbookSnapshot } from "../../core/grid/types";
import { CFB_MAGIC, FileErrorMessage, LedgerFileError } from "./errors";

const VISIBILITY: Readonly<Record<number, SheetGrid["visibility"]>> = { 0: "visible", 1: "hidden", 2: "veryHidden" };

/**
 * The sheets of .xls bytes.
 * @throws LedgerFileError `empty` for 0 bytes, `not-xlsx` when SheetJS cannot read the bytes as a workbook.
 */
export function readXls(bytes: Uint8Array): WorkbookSnapshot {
  if (bytes.length === 0) throw new LedgerFileError("empty", FileErrorMessage.empty);
  // A BIFF workbook is a compound file; systems' “Excel” exports are often an HTML table saved as .xls.
  const head = new TextDecoder("utf-8").decode(bytes.subarray(0, 512)).trimStart().toLowerCase();
  const cfb = CFB_MAGIC.every((b, i) => bytes[i] === b);
  if (!cfb && !/^(?:<!doctype html|<html|<table|<\?xml)/u.test(head)) throw new LedgerFileError("not-xlsx", FileErrorMessage.notXls);
  let wb: XLSX.WorkBook;
  try {
    wb = XLSX.read(bytes, { type: "array", cellDates: false, cellFormula: true, cellHTML: false, cellStyles: false });
  } catch {
    throw new LedgerFileError("not-xlsx", FileErrorMessage.notXls);
  }
  const sheets = wb.SheetNames.map((name, i): SheetGrid => {
    const ws = wb.Sheets[name];
    const visibility = VISIBILITY[Number(wb.Workbook?.Sheets?.[i]?.Hidden ?? 0)] ?? "visible";
    const ref = ws?.["!ref"];
    if (!ws || !ref) return { name, originRow: 1, originCol: 1, values: [], formulas: {}, tables: [], visibility };
    const range = XLSX.utils.decode_range(ref);
    const values: CellValue[][] = [];
    const formulas: Record<string, string> = {};
    for (let r = range.s.r; r <= range.e.r; r++) {
      const row: CellValue[] = [];
      for (let c = range.s.c; c <= range.e.c; c++) {
        const address = XLSX.utils.encode_cell({ r, c });
        const cell = ws[address] as XLSX.CellObject | undefined;
        if (cell?.f) formulas[address] = cell.f;
        row.push(cellValue(cell));
      }
      values.push(row);
    }
    const merges = (ws["!merges"] ?? []).map((m) => XLSX.utils.encode_range(m));
    return { name, originRow: range.s.r + 1, originCol: range.s.c + 1, values, formulas, tables: [], visibility, ...(merges.length ? { merges } : {}) };
  });
  return { sheets };
}

/** A SheetJS cell as the core's value: blank → null, an error → its text (`#N/A`). */
function cellValue(cell: XLSX.CellObject | undefined): CellValue {
  if (!cell || cell.v === undefined || cell.v === null) return null;
  if (cell.t === "e") return cell.w ?? "#N/A";
  if (cell.t === "n" || cell.t === "b" || cell.t === "s") return cell.v as CellValue;
  return typeof cell.v === "object" ? String(cell.w ?? "") : (cell.v as CellValue);
}
