/**
 * The previous period inside the workbook (标准台账 v1.2, sheet 上期指标, docs/standard-sheets.md
 * "Version 1.2"): the indicator figures of the period a workbook was started from by 开始下一期
 * (`next`), written as values, read back for the period comparison when no earlier workbook is
 * given. Pure: the rows of the sheet are produced and parsed here, adapters only copy cells.
 * @module
 */
import { MONTHLY_PERIOD, type Catalog, type PreviousPeriodSpec } from "../catalog";
import { ymdFromSerial } from "../normalize/date";
import type { ApproxKind } from "../normalize/types";
import type { CellValue, WorkbookSnapshot } from "../grid";
import { computeIndicators, type IndicatorValue } from "./indicators";
import { isRough } from "./compare";
import type { Facts, Figure } from "./types";

/**
 * What a comparison needs of the earlier period: its unit and period (as {@link Facts} has them)
 * and its indicator values. Built from an earlier workbook's facts ({@link previousFiguresOf}) or
 * read from the 上期指标 sheet ({@link readPreviousSheet}).
 */
export interface PreviousFigures {
  readonly profile: { readonly unitName: string; readonly year?: number; readonly period?: string };
  /** 起始日期..截止日期 as Excel serials, when known. */
  readonly period?: { readonly start: number; readonly end: number };
  /** Indicator values in catalog order (an indicator without a figure has `figures: []`). */
  readonly indicators: readonly IndicatorValue[];
  /**
   * The appendix's detail rows (`发现问题（乱张贴）`, `参与人数（我们的节日）`, each 其他指标 row) by their printed label,
   * when known: written by 开始下一期 below the indicators; absent in a 上期指标 sheet written before (new-user test 64, D6).
   */
  readonly details?: readonly PreviousDetail[];
}

/** One detail row of the earlier period's appendix: its label as printed and its figures (one per measure word). */
export interface PreviousDetail {
  readonly label: string;
  readonly figures: readonly Figure[];
}

/** 约/余/近 as written in the 约数 column, by approximation kind. */
const APPROX_TEXT: Readonly<Record<ApproxKind, string>> = { about: "约", over: "余", nearly: "近" };

/** The previous period of a workbook's facts: unit, period and every indicator (catalog order). */
export function previousFiguresOf(facts: Facts, catalog: Catalog): PreviousFigures {
  const p = facts.profile;
  return {
    profile: { unitName: p.unitName, ...(p.year !== undefined ? { year: p.year } : {}), ...(p.period ? { period: p.period } : {}) },
    ...(facts.period ? { period: facts.period } : {}),
    indicators: computeIndicators(facts, catalog),
  };
}

/** A figure's row of the 上期指标 sheet: label, value, unit, 约数. */
function figureRow(label: string, f: Figure): CellValue[] {
  // The unrounded sum (135 with 余, never the 130余 said): the next comparison subtracts from it (new-user test 35, D15).
  // A count typed in 万 with a decimal (`1.2万`) is rough (check: `视为约数`), and stored so: 约 (new-user test 63, D10).
  return [label, f.exact ?? f.value, f.unit, f.approx ? APPROX_TEXT[f.approx] : isRough(f) ? APPROX_TEXT.about : null];
}

/**
 * The rows of the 上期指标 sheet from A1 (see `PreviousPeriodSpec` for the layout): title, the
 * profile items (dates as serials, for the adapter to write as dates in `dateRows`), a blank row,
 * the header, one row per figure (rates in percentage points, as the narrative prints them); then, when
 * `previous.details` holds any, a blank row, the detail header and one row per detail figure.
 * @returns `rows` (A..D), the 1-based rows whose B cell is a date, and the 1-based header rows (bold in the sheet).
 */
export function previousSheetRows(previous: PreviousFigures, spec: PreviousPeriodSpec): { rows: CellValue[][]; dateRows: number[]; headerRows: number[] } {
  const p = previous.profile;
  // A 月报's period is its month (`2025年5月`; new-user test 36, D16).
  const month = p.period === MONTHLY_PERIOD && previous.period ? `${ymdFromSerial(previous.period.start).m}月` : undefined;
  const periodText = p.year !== undefined ? `${p.year}年${month ?? (p.period && p.period !== "全年" ? p.period : "")}` : "";
  const rows: CellValue[][] = [[`${spec.title}${periodText ? `（${periodText}）` : ""}`]];
  const dateRows: number[] = [];
  const itemValue: Readonly<Record<string, CellValue>> = {
    单位名称: p.unitName || null, 报告年度: p.year ?? null, 报告期: p.period ?? null,
    起始日期: previous.period?.start ?? null, 截止日期: previous.period?.end ?? null,
  };
  for (const item of spec.items) {
    rows.push([item, itemValue[item] ?? null]);
    if (/日期$/u.test(item) && typeof itemValue[item] === "number") dateRows.push(rows.length);
  }
  rows.push([]);
  rows.push([...spec.headers]);
  const headerRows = [rows.length];
  for (const ind of previous.indicators) for (const f of ind.figures) rows.push(figureRow(ind.spec.label, f));
  const details = previous.details?.filter((d) => d.figures.length) ?? [];
  if (details.length) {
    rows.push([], [...spec.detailHeaders]);
    headerRows.push(rows.length);
    for (const d of details) for (const f of d.figures) rows.push(figureRow(d.label, f));
  }
  return { rows, dateRows, headerRows };
}

/** Serial day of a date cell (a number) or undefined. */
const serial = (v: CellValue | undefined): number | undefined => (typeof v === "number" && Number.isFinite(v) ? Math.floor(v) : undefined);
const text = (v: CellValue | undefined): string => (v === null || v === undefined ? "" : String(v).trim());

/**
 * Reads the 上期指标 sheet of a snapshot (by the catalog's sheet name; items and headers found by
 * their text in column A, so rows may have moved): undefined when the workbook has no such sheet,
 * or it names no unit or no figure. Figures keep their cell as source (`上期指标!B12`). Rows below the
 * detail header (分项指标) are the appendix's `details`; a sheet without that header has none (written
 * before new-user test 64, D6: the appendix then says 未比较 of its detail rows).
 */
export function readPreviousSheet(snapshot: WorkbookSnapshot, catalog: Catalog): PreviousFigures | undefined {
  const spec = catalog.previousPeriod;
  const grid = spec && snapshot.sheets.find((g) => g.name.trim() === spec.sheet);
  if (!spec || !grid) return undefined;
  const cell = (row: number, col: number): CellValue | undefined => grid.values[row - grid.originRow]?.[col - grid.originCol];
  const last = grid.originRow + grid.values.length - 1;
  const items = new Map<string, CellValue | undefined>();
  let header: number | undefined;
  let detailHeader: number | undefined;
  for (let r = grid.originRow; r <= last; r++) {
    const a = text(cell(r, 1));
    if (header === undefined && spec.items.includes(a) && !items.has(a)) items.set(a, cell(r, 2));
    if (header === undefined && a === spec.headers[0] && text(cell(r, 2)) === spec.headers[1]) header = r;
    else if (header !== undefined && detailHeader === undefined && a === spec.detailHeaders[0] && text(cell(r, 2)) === spec.detailHeaders[1]) detailHeader = r;
  }
  const unitName = text(items.get("单位名称"));
  if (!unitName || header === undefined) return undefined;
  const byLabel = new Map<string, Figure[]>();
  const details = new Map<string, Figure[]>();
  for (let r = header + 1; r <= last; r++) {
    if (r === detailHeader) continue;
    const label = text(cell(r, 1));
    const value = cell(r, 2);
    const unit = text(cell(r, 3));
    if (!label || typeof value !== "number" || !Number.isFinite(value)) continue;
    const approxText = text(cell(r, 4));
    const approx = (Object.keys(APPROX_TEXT) as ApproxKind[]).find((k) => APPROX_TEXT[k] === approxText);
    const figure: Figure = { value, unit, kind: unit === "%" ? "rate" : unit === "元" ? "money" : unit === "小时" ? "hours" : "count", ...(approx ? { approx } : {}), sources: [`${grid.name}!B${r}`] };
    const into = detailHeader !== undefined && r > detailHeader ? details : byLabel;
    into.set(label, [...(into.get(label) ?? []), figure]);
  }
  if (!byLabel.size) return undefined;
  const year = serial(items.get("报告年度"));
  const period = text(items.get("报告期"));
  const start = serial(items.get("起始日期"));
  const end = serial(items.get("截止日期"));
  return {
    profile: { unitName, ...(year !== undefined ? { year } : {}), ...(period ? { period } : {}) },
    ...(start !== undefined && end !== undefined ? { period: { start, end } } : {}),
    indicators: catalog.indicators.map((s) => ({ spec: s, figures: byLabel.get(s.label) ?? [] })),
    ...(detailHeader !== undefined ? { details: [...details].map(([label, figures]) => ({ label, figures })) } : {}),
  };
}
