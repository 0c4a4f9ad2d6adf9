/**
 * The table finder of 导入已有台账 (issue #16): where the tables of an office's own sheet are. It
 * skips title rows (a merged or one-cell row) and blank spacer rows, reads one- and two-row headers
 * (a merged group header over its sub-headers), stops a table at a note (`注：`) or a signature line
 * (`填表人：… 审核人：…`), recognises 合计/小计/总计 rows and finds several tables on one sheet.
 * Pure; a row is read as its cells' text.
 * @module
 */
import { cellAddress, parseRange, type RangeBounds } from "../grid/address";
import type { CellValue, SheetGrid } from "../grid/types";
import { readText } from "../normalize/text";

/** What a row of a source sheet is. */
export type RowKind = "blank" | "title" | "header" | "data" | "total" | "signature" | "note" | "outside";

/** One column of a table: 1-based column and its header (`group/child` for a two-row header). */
export interface SourceColumn {
  readonly col: number;
  readonly header: string;
  /** The header's parts: one, or the group header and the sub-header. */
  readonly parts: readonly string[];
}

/** One table found on a sheet. */
export interface TableBlock {
  readonly sheet: string;
  /** 1-based number on its sheet. */
  readonly index: number;
  /** 1-based rows of the titles above it (since the previous table). */
  readonly titleRows: readonly number[];
  /** Text of those titles, joined by a space. */
  readonly title: string;
  /** 1-based header rows (one or two). */
  readonly headerRows: readonly number[];
  readonly columns: readonly SourceColumn[];
  /** 1-based data rows, in order (blank spacer rows left out). */
  readonly dataRows: readonly number[];
  /** 1-based 合计/小计/总计 rows. */
  readonly totalRows: readonly number[];
  /**
   * The rows its 合计 rows add up when they are not its own data rows: a part of a table split by a column of categories
   * (`工作项目`: 宣传, 活动 …) checks the 合计 of the whole table (new-user test 66, D1).
   */
  readonly totalOver?: readonly number[];
}

/** A sheet's tables and what every non-blank row is. */
export interface SheetLayout {
  readonly sheet: string;
  readonly blocks: readonly TableBlock[];
  /** Kind of each non-blank 1-based row. */
  readonly rows: ReadonlyMap<number, RowKind>;
}

/** A header's stem as compared: spaces, a trailing `*` and a trailing bracketed note (`（块）`) removed. */
export function headerStem(h: string): string {
  return h.replace(/\s+/gu, "").replace(/[*＊]+$/u, "").replace(/[（(][^（()）]*[)）]$/u, "");
}

/** The bracketed note after a header (`数量（块）` → `块`), or undefined. */
export function headerNote(h: string): string | undefined {
  return /[（(]([^（()）]*)[)）]\s*$/u.exec(h)?.[1]?.trim() || undefined;
}

/** Signature lines under a table (`填表人：`, `填表：`, `审核人：`, `制表：`, `填表日期：`; `填表：教务处 李老师 135…`: new-user test 42, D32). */
const SIGNATURE = /(?:^|\s)(?:填表人|填报人|填表|填报|审核人|审核|制表人|制表|负责人|统计人|报送人|经办人|分管领导|单位负责人|主要负责人|填表日期|制表日期|报送日期|填报日期)\s*[:：]/u;
/** Notes under a table (`注：`, `备注：`, `说明：`, `注1、`). */
const NOTE = /^(?:注|备注|说明|附注|附：)\s*\d*\s*[:：、.．]/u;
/** A footer line of an export under its table (`导出时间：…`, `打印日期：…`, `共12条记录`). */
const FOOTER = /^(?:(?:导出|打印|生成|统计|数据截至|截至|截止)(?:时间|日期)\s*[:：]|共\s*\d+\s*条(?:记录|数据)?$)/u;
/** Words of a total row, also after a period (`一季度小计`, `1-3月合计`) or with a note after (`小计（1—2月）`). */
const TOTAL = /^(?:[一二三四五六七八九十\d\-—–~至]{1,6}(?:季度|月份?|半年|年度?)|本页|本期|本月|本季度?|本年|全年|上半年|下半年)?(?:合\s*计|小\s*计|总\s*计|共\s*计|总数|累计)(?:[（(][^（()）]*[)）])?[:：]?$/u;

interface RowCells {
  readonly row: number;
  readonly cells: readonly { readonly col: number; readonly text: string; readonly value: CellValue }[];
}

/** True for a value that is a figure or a date rather than a header word. */
function isFigure(value: CellValue, text: string): boolean {
  if (typeof value === "number" || typeof value === "boolean") return true;
  return /^[\d\s.,:：/年月日号\-–—~至%％约余多近]+$/u.test(text) || /^\d/u.test(text) && text.length <= 12;
}

/**
 * Finds the tables of one sheet. `vocabulary` holds header stems known to be headers (the catalog's
 * headers and synonyms, the lists' columns, 序号): a row is a header when at least two of its cells
 * are known words, or half of them, and none is a figure. When no row qualifies, the first row of
 * two or more text cells followed by a non-blank row is taken (a sheet of unknown headers is still
 * found, and its columns are then listed as unmapped).
 * @example findTables(grid, vocab).blocks[0].headerRows // [3] for title, spacer, header
 */
export function findTables(grid: SheetGrid, vocabulary: ReadonlySet<string>): SheetLayout {
  const rows: RowCells[] = grid.values.map((vals, i) => ({
    row: grid.originRow + i,
    cells: vals.flatMap((value, j) => {
      const text = readText(value ?? null);
      return text === "" ? [] : [{ col: grid.originCol + j, text, value: value ?? null }];
    }),
  }));
  const byRow = new Map(rows.map((r) => [r.row, r]));
  const merges = (grid.merges ?? []).map(parseRange).filter((b): b is RangeBounds => !!b);
  const kinds = new Map<number, RowKind>();
  const known = (t: string): boolean => vocabulary.has(headerStem(t));
  const headerish = (r: RowCells | undefined, strict = true): boolean => {
    if (!r || r.cells.length < 2 || r.cells.some((c) => isFigure(c.value, c.text) || c.text.length > 24)) return false;
    const hits = r.cells.filter((c) => known(c.text)).length;
    return strict ? hits >= 2 || hits * 2 >= r.cells.length : true;
  };
  const classify = (r: RowCells): RowKind | undefined => {
    if (r.cells.length === 0) return "blank";
    const texts = r.cells.map((c) => c.text);
    if (r.cells.length <= 6 && texts.some((t) => SIGNATURE.test(t))) return "signature";
    if (r.cells.length <= 2 && NOTE.test(texts[0])) return "note";
    if (r.cells.slice(0, 3).some((c) => TOTAL.test(c.text.replace(/\s+/gu, " ")))) return "total";
    return undefined;
  };

  const blocks: TableBlock[] = [];
  let pendingTitles: number[] = [];
  let cur: { titleRows: number[]; headerRows: number[]; columns: SourceColumn[]; dataRows: number[]; totalRows: number[]; gap: boolean; afterTotal: boolean } | undefined;
  const close = (): void => {
    if (cur) {
      blocks.push({
        sheet: grid.name, index: blocks.length + 1, titleRows: cur.titleRows, title: titleText(cur.titleRows),
        headerRows: cur.headerRows, columns: cur.columns, dataRows: cur.dataRows, totalRows: cur.totalRows,
      });
    }
    cur = undefined;
  };
  const titleText = (titleRows: readonly number[]): string => titleRows.map((r) => byRow.get(r)?.cells.map((c) => c.text).join(" ") ?? "").join(" ").trim();
  const nextNonBlank = (after: number): RowCells | undefined => rows.find((r) => r.row > after && r.cells.length > 0);
  const start = (r: RowCells): number => {
    const second = byRow.get(r.row + 1);
    const two = isTwoRowHeader(r, second, merges, known);
    const headerRows = two && second ? [r.row, second.row] : [r.row];
    cur = { titleRows: pendingTitles, headerRows, columns: headerColumns(r, two ? second : undefined, merges), dataRows: [], totalRows: [], gap: false, afterTotal: false };
    pendingTitles = [];
    for (const h of headerRows) kinds.set(h, "header");
    return headerRows[headerRows.length - 1];
  };
  const strictFound = rows.some((r) => headerish(r));
  let skipTo = 0;
  let signed = false;
  for (const r of rows) {
    if (r.row <= skipTo) continue;
    const kind = classify(r);
    if (kind === "blank") {
      if (cur) cur.gap = true;
      continue;
    }
    if (kind === "signature" || kind === "note") {
      kinds.set(r.row, kind);
      close();
      signed = true;
      continue;
    }
    if (cur && r.cells.length <= 3 && FOOTER.test(r.cells[0].text)) {
      kinds.set(r.row, "note");
      close();
      signed = true;
      continue;
    }
    if (cur) {
      if (kind === "total") {
        kinds.set(r.row, "total");
        cur.totalRows.push(r.row);
        cur.afterTotal = true;
        continue;
      }
      const fresh = cur.gap || cur.afterTotal;
      if (fresh && headerish(r)) {
        close();
        skipTo = start(r);
        continue;
      }
      if (fresh && r.cells.length === 1 && (cur.afterTotal || headerish(nextNonBlank(r.row)))) {
        close();
        pendingTitles.push(r.row);
        kinds.set(r.row, "title");
        continue;
      }
      kinds.set(r.row, "data");
      cur.dataRows.push(r.row);
      cur.gap = false;
      continue;
    }
    if (kind === "total") {
      kinds.set(r.row, "outside");
      continue;
    }
    if (headerish(r, strictFound) && nextNonBlank(r.row)) {
      skipTo = start(r);
      signed = false;
      continue;
    }
    kinds.set(r.row, signed ? "outside" : "title");
    if (!signed) pendingTitles.push(r.row);
  }
  close();
  // Titles after the last table (nothing below them) are not titles of a table.
  for (const t of pendingTitles) kinds.set(t, "outside");
  return { sheet: grid.name, blocks, rows: kinds };
}

/**
 * True when `first` is the group row of a two-row header: a merge spans columns in it (a group
 * header such as 参与情况 over 人数 | 人次), or it has gaps that the next row fills; and the next row
 * is all header words.
 */
function isTwoRowHeader(first: RowCells, second: RowCells | undefined, merges: readonly RangeBounds[], known: (t: string) => boolean): boolean {
  if (!second || second.cells.length === 0 || second.cells.some((c) => isFigure(c.value, c.text) || c.text.length > 24)) return false;
  const groupMerge = merges.some((m) => m.top === first.row && m.bottom === first.row && m.right > m.left);
  const verticalMerge = merges.some((m) => m.top === first.row && m.bottom === second.row);
  if (groupMerge || verticalMerge) return true;
  const firstCols = new Set(first.cells.map((c) => c.col));
  const fillsGaps = second.cells.some((c) => !firstCols.has(c.col));
  return fillsGaps && second.cells.filter((c) => known(c.text)).length >= 1 && second.cells.length < first.cells.length + second.cells.length;
}

/** The columns of a header: one row, or a group row over a sub-header row (group text `a/b`). */
function headerColumns(first: RowCells, second: RowCells | undefined, merges: readonly RangeBounds[]): SourceColumn[] {
  const top = new Map(first.cells.map((c) => [c.col, c.text]));
  const sub = new Map((second?.cells ?? []).map((c) => [c.col, c.text]));
  const cols = [...new Set([...top.keys(), ...sub.keys()])].sort((a, b) => a - b);
  // A merged group header covers the columns to its right.
  for (const m of merges) {
    if (m.top !== first.row || m.right <= m.left) continue;
    const text = top.get(m.left);
    if (text === undefined) continue;
    for (let c = m.left; c <= m.right; c++) if (!cols.includes(c) && sub.has(c)) cols.push(c);
  }
  cols.sort((a, b) => a - b);
  const all = [...new Set([...cols, ...sub.keys()])].sort((a, b) => a - b);
  return all.map((col) => {
    let parent = top.get(col);
    if (parent === undefined && second) {
      const merge = merges.find((m) => m.top === first.row && m.left <= col && m.right >= col && m.left !== col);
      if (merge) parent = top.get(merge.left);
      else if (sub.has(col)) {
        // Without merges (a CSV): the nearest group text to the left whose column has a sub-header too.
        for (let c = col - 1; c >= 1; c--) {
          if (top.has(c)) {
            if (sub.has(c)) parent = top.get(c);
            break;
          }
        }
      }
    }
    const child = sub.get(col);
    const parts = [parent, child].filter((p): p is string => !!p && p !== "");
    const unique = parts.length === 2 && parts[0] === parts[1] ? [parts[0]] : parts;
    return { col, header: unique.join("/"), parts: unique };
  });
}

/** The A1 address of a 1-based row and column (re-exported for the accounting). */
export const addressOf = cellAddress;

/** Cell value at a 1-based row and column of a grid (null outside its used range). */
export function cellAt(grid: SheetGrid, row: number, col: number): CellValue {
  const v = grid.values[row - grid.originRow]?.[col - grid.originCol];
  return v === undefined ? null : v;
}
