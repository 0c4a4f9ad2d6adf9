/**
 * Structural findings (issue #5 §2): standard sheets missing or renamed (a sheet whose table or
 * headers match a missing standard sheet is named), generated sheets missing, merged cells and
 * hidden rows inside a table, user-added columns, and text beyond Excel's cell limit. Cell-level
 * rules stay in check-cell.ts; wording in rules.ts.
 * @module
 */
import { fieldsOf, type Catalog, type FieldSpec, type SheetSpec } from "../catalog";
import { cellAddress, parseRange, type SheetGrid, type WorkbookSnapshot } from "../grid";
import { readText } from "../normalize/text";
import type { Finding } from "./finding";
import { isBlank, makeFinding } from "./check-cell";
import { cellAt, headerKey, lastRow } from "./locate";
import { ledgerLayout, profileLayout, type LedgerLayout } from "./layout";

/** Words of a totals row. */
const TOTAL_WORDS = new Set(["合计", "总计", "小计", "累计", "总数", "合计数"]);

/** True for a word that makes a row a 合计 row (`合计`, ` 小 计 `): such a row is never turned into data. */
export const isTotalWord = (text: string): boolean => TOTAL_WORDS.has(text.replace(/\s+/gu, ""));

/** Excel's limit on the characters of one cell. */
export const EXCEL_CELL_CHARS = 32767;

/** A sheet that holds a missing standard sheet's table or headers: a rename. */
export interface RenamedSheet {
  readonly spec: SheetSpec;
  /** The sheet's current name. */
  readonly name: string;
  /**
   * True when the workbook is no standard ledger (its 基本信息 is gone, or most ledgers are, renamed ones
   * aside): the sheet is then the office's own table, for 导入已有台账, and is never renamed by
   * 生成或修复标准表 / `upgrade` (new-user tests 10 D12, 12 D13).
   */
  readonly handMade?: boolean;
  /**
   * True when the sheet is read as that ledger (new-user test 26, D32): a ledger, not hand-made, whose standard table
   * (by name) is on the sheet, or whose every required header is, the sheet fitting no other missing sheet and the
   * ledger no other sheet. Never for 基本信息, and never two sheets for one ledger.
   */
  readonly read?: boolean;
  /**
   * True for a sheet renamed in a workbook that is no standard ledger: only a sheet holding the standard table (by
   * name) or every required header as the standard spells it is (new-user test 34, D22); said as such, never `改回`.
   */
  readonly inOwnWorkbook?: boolean;
}

/**
 * Standard sheets (form and ledgers) that are missing under their own name but whose table (by
 * name) or headers (at least half of them, and two or more) are on a sheet with a non-standard
 * name. Each candidate sheet is matched at most once; table-name matches win.
 */
export function findRenamedSheets(snapshot: WorkbookSnapshot, catalog: Catalog): RenamedSheet[] {
  // 上期指标 (v1.2) is the catalog's too: never taken for a renamed ledger.
  const standard = new Set([...catalog.sheets.map((s) => s.sheet), ...(catalog.previousPeriod ? [catalog.previousPeriod.sheet] : [])]);
  const present = (name: string): boolean => snapshot.sheets.some((g) => g.name.trim() === name);
  const candidates = snapshot.sheets.filter((g) => !standard.has(g.name.trim()) && g.visibility !== "veryHidden");
  const missing = catalog.sheets.filter((spec): spec is Exclude<SheetSpec, { kind: "generated" }> => spec.kind !== "generated" && !present(spec.sheet));
  // Every (missing sheet, candidate) pair that qualifies — the table's name, else enough headers: a form
  // by three 项目 texts, a ledger by half its headers (at most four) — best first: a table's name, then
  // the share of the standard headers found. Each side is taken once, so a sheet is given the name it
  // fits best, not the first that it fits (new-user test 5, D1: 宣传 fits 宣传投放 better than 组织保障).
  const pairs: { spec: SheetSpec; name: string; table: boolean; share: number; score: number; order: number }[] = [];
  for (const spec of missing) {
    const fields = fieldsOf(spec).length;
    const needed = spec.kind === "form" ? 3 : Math.max(2, Math.min(4, Math.ceil(fields / 2)));
    candidates.forEach((g, order) => {
      const table = g.tables.some((t) => t.name.toLowerCase() === spec.table.toLowerCase());
      const score = table ? fields : headerScore(g, spec);
      if (table || score >= needed) pairs.push({ spec, name: g.name, table, share: score / Math.max(1, fields), score, order });
    });
  }
  pairs.sort((a, b) => Number(b.table) - Number(a.table) || b.share - a.share || b.score - a.score || a.order - b.order);
  const usedSpecs = new Set<SheetSpec>();
  const usedNames = new Set<string>();
  const out: RenamedSheet[] = [];
  for (const p of pairs) {
    if (usedSpecs.has(p.spec) || usedNames.has(p.name)) continue;
    usedSpecs.add(p.spec);
    usedNames.add(p.name);
    out.push({ spec: p.spec, name: p.name });
  }
  // No standard ledger: a sheet that fits a ledger's headers by its headers alone and shows a hand-made table's
  // marks (a title above the headers, a 合计 row, a 填表人 line) is the office's own table, not a renamed one.
  const renamed = new Set(out.map((r) => r.spec.sheet));
  const gone = missing.filter((s) => !renamed.has(s.sheet));
  const ledgers = catalog.sheets.filter((s) => s.kind === "ledger");
  const notStandard = gone.some((s) => s.kind === "form") || gone.filter((s) => s.kind === "ledger").length * 2 > ledgers.length;
  const byTable = new Set(pairs.filter((p) => p.table).map((p) => `${p.spec.sheet}\u0000${p.name}`));
  const handMade = (r: RenamedSheet): boolean => {
    if (!notStandard || r.spec.kind !== "ledger" || byTable.has(`${r.spec.sheet}\u0000${r.name}`)) return false;
    const grid = candidates.find((g) => g.name === r.name);
    // Headers that only resemble the ledger's (宣传品, 金额, 时间 of a 宣传氛围 sheet) make it the office's own table too,
    // kept as it is: `upgrade` said the own sheets stay untouched, then renamed two (new-user test 34, D22).
    return grid !== undefined && (hasHandMadeMarks(grid, r.spec) || !hasStandardHeaders(grid, r.spec));
  };
  // Read as the ledger only when nothing else could be meant: one sheet for the ledger, one ledger for the sheet.
  const readable = (r: RenamedSheet): boolean => {
    if (r.spec.kind !== "ledger") return false;
    if (byTable.has(`${r.spec.sheet}\u0000${r.name}`)) return true;
    if (pairs.some((p) => (p.spec === r.spec) !== (p.name === r.name))) return false;
    const grid = candidates.find((g) => g.name === r.name);
    const located = new Set((grid ? ledgerLayout(grid, r.spec)?.located ?? [] : []).map((l) => l.field));
    return fieldsOf(r.spec).every((f) => !f.required || located.has(f));
  };
  // In catalog order, as the findings list them.
  return out
    .map((r) => (handMade(r) ? { ...r, handMade: true } : readable(r) ? { ...r, read: true } : r))
    .map((r) => (notStandard && !r.handMade ? { ...r, inOwnWorkbook: true } : r))
    .sort((a, b) => catalog.sheets.indexOf(a.spec) - catalog.sheets.indexOf(b.spec));
}

/** A signature line of a hand-made form (`填表人：许文`, `审核人：`, `填报日期：`). */
const SIGNATURE_LINE = /(?:^|\s)(?:填表人|填报人|审核人|制表人|统计人|报送人|经办人|填表日期|制表日期|报送日期|填报日期)\s*[:：]/u;

/**
 * True when a sheet shows the marks of a table made by hand rather than a standard sheet renamed: text or a
 * merged range above its header row (a title), a row whose first filled cell says 合计, or a 填表人 line.
 */
function hasHandMadeMarks(grid: SheetGrid, spec: Extract<SheetSpec, { kind: "ledger" }>): boolean {
  const layout = ledgerLayout(grid, spec);
  if (!layout) return false;
  const top = layout.loc.headerRow;
  if ((grid.merges ?? []).some((m) => (parseRange(m)?.top ?? top) < top)) return true;
  for (let row = grid.originRow; row < top; row++) if ((grid.values[row - grid.originRow] ?? []).some((v) => !isBlank(v))) return true;
  for (let row = top + 1; row <= lastRow(grid); row++) {
    const cells = grid.values[row - grid.originRow] ?? [];
    const first = cells.find((v) => !isBlank(v));
    if (typeof first === "string" && isTotalWord(first)) return true;
    if (cells.some((v) => typeof v === "string" && SIGNATURE_LINE.test(v))) return true;
  }
  return false;
}

/** True when every required header of the ledger is on the sheet as the standard spells it (no synonym, `宣传品` for 类型). */
function hasStandardHeaders(grid: SheetGrid, spec: Extract<SheetSpec, { kind: "ledger" }>): boolean {
  const layout = ledgerLayout(grid, spec);
  if (!layout) return false;
  const exact = new Set(layout.located.filter((l) => !l.variant).map((l) => l.field));
  return spec.columns.every((f) => !f.required || f.type === "formula" || exact.has(f));
}

/** How many of a standard sheet's headers (or 项目 for the form) a grid holds. */
function headerScore(grid: SheetGrid, spec: SheetSpec): number {
  if (spec.kind === "ledger") return ledgerLayout(grid, spec)?.located.length ?? 0;
  if (spec.kind === "form") return profileLayout(grid, spec)?.rows.size ?? 0;
  return 0;
}

/**
 * Missing generated sheets (warning), missing standard sheets (error), renamed ones (error, naming the sheet; a warning
 * `sheet.renamed-read` for one read as its ledger, `RenamedSheet.read`). `renamedSheets`: findRenamedSheets' answer.
 */
export function sheetFindings(renamedSheets: readonly RenamedSheet[], catalog: Catalog, sheetOf: (name: string) => SheetGrid | undefined): Finding[] {
  const out: Finding[] = [];
  // No standard ledger (as notStandardSheets decides from these findings): a sheet that fits a ledger's headers is
  // the office's own table, for 导入已有台账, not a renamed one (new-user test 10, D12).
  const renamed = new Map(renamedSheets.map((r) => [r.spec.sheet, r]));
  for (const spec of catalog.sheets) {
    if (sheetOf(spec.sheet)) continue;
    const r = renamed.get(spec.sheet);
    if (spec.kind === "generated") out.push(makeFinding("sheet.generated-missing", spec.sheet, "", { field: spec.sheet }));
    else if (r?.read) out.push(makeFinding("sheet.renamed-read", spec.sheet, "", { field: spec.sheet, typed: r.name }));
    else if (r) out.push(makeFinding("sheet.renamed", spec.sheet, "", { field: spec.sheet, typed: r.name, ...(r.handMade ? { detail: "hand-made" } : {}) }));
    else out.push(makeFinding("sheet.missing", spec.sheet, "", { field: spec.sheet }));
  }
  return out;
}

/** `5–9、12` for a sorted list of row numbers. */
export function compactRows(rows: readonly number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < rows.length; i++) {
    let j = i;
    while (j + 1 < rows.length && rows[j + 1] === rows[j] + 1) j++;
    parts.push(j > i ? `${rows[i]}–${rows[j]}` : String(rows[i]));
    i = j;
  }
  return parts.join("、");
}

/** Columns [left, right] of the table area: the table object's, else header row to the last used column. */
function tableColumns(grid: SheetGrid, layout: LedgerLayout): { left: number; right: number } {
  const cols = [...layout.loc.columns.values()].flat();
  const left = Math.min(grid.originCol, ...cols);
  return { left, right: Math.max(layout.width, ...cols) };
}


/** A cell as the duplicate-row check compares it: text trimmed, other values told apart by their type (`n1` ≠ `s1`). */
function cellKey(v: unknown): string {
  return typeof v === "string" ? `s${v.trim()}` : `${(typeof v)[0]}${String(v)}`;
}

/**
 * FNV-1a (32-bit) of `text`'s length and its first 64 characters, continued from `hash`, with a separator after it. A bucket
 * key only (rows in one bucket are compared cell by cell), so a long text need not be read whole: a sheet of 30,000-character
 * cells was hashed character by character at every check.
 */
function hashText(hash: number, text: string): number {
  let h = Math.imul(hash ^ text.length, 0x01000193);
  const n = Math.min(text.length, 64);
  for (let i = 0; i < n; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return Math.imul(h ^ 0, 0x01000193) >>> 0;
}

/**
 * Findings about the area of one table: merged ranges that reach into the header or data rows
 * (`cell.merged`, at each range's top-left cell), hidden data rows (`row.hidden`, one per
 * sheet), user-added header texts (`column.extra`, only when no standard column is missing —
 * the missing-column message names them otherwise; columns without data are ignored) and cells of user columns longer than
 * Excel's 32,767-character limit (`value.huge-text`), and 合计 rows (`row.total`: the first filled cell of a row among `totalsIn`
 * (default: every data row) says 合计). `fields` empty skips the column checks.
 */
export function layoutFindings(sheet: string, grid: SheetGrid, layout: LedgerLayout, fields: readonly FieldSpec[], totalsIn: Iterable<number> = layout.dataRows, toldOnce = false): Finding[] {
  const out: Finding[] = [];
  const { left, right } = tableColumns(grid, layout);
  const top = layout.loc.headerRow;
  // dataRows are ascending: the last is the lowest.
  const lastData = layout.dataRows.length ? layout.dataRows[layout.dataRows.length - 1] : top;
  const bottom = Math.max(layout.loc.tableEnd ?? top, lastData);
  for (const merge of grid.merges ?? []) {
    const b = parseRange(merge);
    if (!b || b.bottom < top || b.top > bottom || b.right < left || b.left > right) continue;
    out.push(makeFinding("cell.merged", sheet, cellAddress(b.top, b.left), { detail: merge.replace(/\$/g, "") }));
  }
  const hidden = new Set(grid.hiddenRows ?? []);
  const hiddenData = hidden.size === 0 ? [] : layout.dataRows.filter((r) => hidden.has(r));
  if (hiddenData.length) out.push(makeFinding("row.hidden", sheet, cellAddress(hiddenData[0], left), { detail: compactRows(hiddenData) }));
  // 合计 rows: the row's first filled cell says 合计/总计/小计 (users' habit from hand-made sheets).
  for (const row of [...totalsIn].sort((a, b) => a - b)) {
    const cells = grid.values[row - grid.originRow] ?? [];
    let c = left;
    while (c <= right && (cells[c - grid.originCol] === null || cells[c - grid.originCol] === undefined || cells[c - grid.originCol] === "")) c++;
    const v = c <= right ? cells[c - grid.originCol] : undefined;
    if (typeof v === "string" && v.length <= 8 && isTotalWord(v)) {
      out.push(makeFinding("row.total", sheet, cellAddress(row, c), { typed: v.trim(), detail: String(row) }));
    }
  }
  if (fields.length === 0) return out;
  // A row typed twice (copy and paste): every standard cell the same as an earlier row's (new-user test D1).
  // Rows are bucketed by a hash of their cells and compared cell by cell only within a bucket: no key string per row.
  const seen = new Map<number, number[]>();
  for (const row of layout.dataRows) {
    let hash = 0x811c9dc5;
    let blank = true;
    for (const l of layout.located) {
      const v = cellAt(grid, row, l.col);
      if (!isBlank(v)) blank = false;
      hash = hashText(hash, cellKey(v));
    }
    if (blank) continue;
    const bucket = seen.get(hash);
    const first = bucket?.find((earlier) => layout.located.every((l) => cellKey(cellAt(grid, earlier, l.col)) === cellKey(cellAt(grid, row, l.col))));
    if (first !== undefined) out.push(makeFinding("row.duplicate", sheet, cellAddress(row, left), { detail: String(row), read: String(first), ...(toldOnce ? { list: "once" } : {}) }));
    else if (bucket) bucket.push(row);
    else seen.set(hash, [row]);
  }
  const known = new Set(fields.map((f) => f.header));
  const standardCols = new Set(layout.located.map((l) => l.col));
  const filled = (col: number): boolean => layout.dataRows.some((r) => !isBlank(cellAt(grid, r, col)));
  // Header texts of the whole header row (a user column may sit just outside the table object).
  const extra = new Map<string, number>();
  for (let c = grid.originCol; c <= layout.width; c++) {
    const key = headerKey(cellAt(grid, top, c));
    if (key && !known.has(key) && !standardCols.has(c) && !extra.has(key) && filled(c)) extra.set(key, c);
  }
  if (extra.size && layout.located.length === fields.length) {
    const first = Math.min(...extra.values());
    out.push(makeFinding("column.extra", sheet, cellAddress(top, first), { detail: [...extra.keys()].map((h) => `“${h}”`).join("、") }));
  }
  const userCols: number[] = [];
  for (let c = grid.originCol; c <= layout.width; c++) if (!standardCols.has(c)) userCols.push(c);
  if (userCols.length === 0) return out;
  for (const row of layout.dataRows) {
    for (const c of userCols) {
      const v = cellAt(grid, row, c);
      if (typeof v === "string" && v.length > EXCEL_CELL_CHARS) out.push(makeFinding("value.huge-text", sheet, cellAddress(row, c), { detail: String(readText(v).length) }));
    }
  }
  return out;
}
