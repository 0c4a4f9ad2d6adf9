/**
 * Seed content for `writeWorkbook`: values to put into the standard workbook's 基本信息 form and
 * ledger tables (samples, fixtures, the CLI's `fix` output), keyed by the catalog's exact texts.
 * @module
 */
import type { Catalog } from "../../core/catalog";
import { fieldsOf, formOf, ledgersOf } from "../../core/catalog";
import type { ExtraSheet } from "./extra-sheet";

/**
 * One value to write into a cell.
 * - `string` / `number` / `boolean`: written as is (a number keeps its type; text stays text).
 * - `null`: blank cell (for a formula column: the catalog formula is still NOT written; omit the
 *   key instead to get the formula).
 * - `{ date: "yyyy-mm-dd" }`: a real Excel date (serial number) for that calendar day, the same
 *   in every time zone (2023-06-05 → serial 45082).
 * - `{ formula: "SUM(A1:A3)" }`: an Excel formula (a leading `=` is dropped), no cached result.
 */
export type SeedValue = string | number | boolean | null | { readonly date: string } | { readonly formula: string };

/**
 * Content of a standard workbook (spec §1–§9), every key an exact catalog text.
 * - `profile`: 基本信息 — 项目 text (without `*`, e.g. `单位名称`) → 内容 value.
 * - `ledgers`: ledger sheet name (`问题整改`) → rows, each a record header text (`发现数`) → value.
 *   A header left out of a row is blank, except formula columns (整改率), which get the catalog
 *   formula; a ledger with no rows (or not given) gets one empty table row.
 * Unknown sheet names, 项目 texts or headers make `writeWorkbook` throw (programmer error).
 */
export interface WorkbookContent {
  readonly profile?: Readonly<Record<string, SeedValue>>;
  readonly ledgers?: Readonly<Record<string, readonly Readonly<Record<string, SeedValue>>[]>>;
  /** Plain report sheets appended after the standard ones (the roll-up's 汇总, issue #7); see extra-sheet.ts. */
  readonly extraSheets?: readonly ExtraSheet[];
}

/** The exceljs cell value a seed becomes: a Date is at UTC midnight of its day. */
export type ExcelSeed = string | number | boolean | null | Date | { formula: string };

const DATE_RE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

/**
 * A `yyyy-mm-dd` day as a Date at UTC midnight (exceljs writes a Date by its UTC time, so this
 * is the exact serial of that day whatever the machine's time zone).
 * @throws Error for malformed or impossible dates (2023-02-30).
 */
export function utcDay(text: string): Date {
  const m = DATE_RE.exec(text.trim());
  if (!m) throw new Error(`invalid seed date "${text}" (expected yyyy-mm-dd)`);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) {
    throw new Error(`invalid seed date "${text}"`);
  }
  return date;
}

/** Converts one seed value to what exceljs writes. @throws Error for a malformed date. */
export function toExcelValue(value: SeedValue): ExcelSeed {
  if (value === null || typeof value !== "object") return value;
  if ("date" in value) return utcDay(value.date);
  return { formula: value.formula.replace(/^\s*=/, "") };
}

/**
 * Checks that every key of `content` is a text of `catalog`.
 * @throws Error naming every unknown sheet, 项目 and header (programmer error).
 */
export function assertContentMatches(catalog: Catalog, content: WorkbookContent): void {
  const problems: string[] = [];
  const form = formOf(catalog);
  const items = new Set(fieldsOf(form).map((f) => f.header));
  for (const key of Object.keys(content.profile ?? {})) {
    if (!items.has(key)) problems.push(`${form.sheet}: unknown 项目 "${key}"`);
  }
  const ledgers = new Map(ledgersOf(catalog).map((l) => [l.sheet, l]));
  for (const [sheet, rows] of Object.entries(content.ledgers ?? {})) {
    const ledger = ledgers.get(sheet);
    if (!ledger) {
      problems.push(`unknown ledger sheet "${sheet}"`);
      continue;
    }
    const headers = new Set(ledger.columns.map((c) => c.header));
    const unknown = new Set<string>();
    for (const row of rows) for (const key of Object.keys(row)) if (!headers.has(key)) unknown.add(key);
    for (const key of unknown) problems.push(`${sheet}: unknown header "${key}"`);
  }
  if (problems.length) throw new Error(`workbook content does not match the catalog: ${problems.join("; ")}`);
}
