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

/**
 * The rows of the 上期指标 sheet from A1 (see `PreviousPeriodSpec` for the layout): title, the
 * profile items (dates as serials, for the adapter to write as dates in `dateRows`), a blank row,
 * the header, one row per figure (rates in percentage points, as the narrative prints them).
 * @returns `rows` (A..D) and the 1-based rows whose B cell is a date.
 */
export function previousSheetRows(previous: PreviousFigures, spec: PreviousPeriodSpec): { rows: CellValue[][]; dateRows: number[] } {
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
  for (const ind of previous.indicators) {
    // The unrounded sum (135 with 余, never the 130余 said): the next comparison subtracts from it (new-user test 35, D15).
    // A count typed in 万 with a decimal (`1.2万`) is rough (check: `视为约数`), and stored so: 约 (new-user test 63, D10).
    for (const f of ind.figures) rows.push([ind.spec.label, f.exact ?? f.value, f.unit, f.approx ? APPROX_TEXT[f.approx] : isRough(f) ? APPROX_TEXT.about : null]);
  }
  return { rows, dateRows };
}

/** Serial day of a date cell (a number) or undefined. */
const serial = (v: CellValue | undefined): number | undefined => (typeof v === "number" && Number.isFinite(v) ? Math.floor(v) : undefined);
const text = (v: CellValue | undefined): string => (v === null || v === undefined ? "" : String(v).trim());

/**
 * Reads the 上期指标 sheet of a snapshot (by the catalog's sheet name; items and headers found by
 * their text in column A, so rows may have moved): undefined when the workbook has no such sheet,
 * or it names no unit or no figure. Figures keep their cell as source (`上期指标!B12`).
 */
export function readPreviousSheet(snapshot: WorkbookSnapshot, catalog: Catalog): PreviousFigures | undefined {
  const spec = catalog.previousPeriod;
  const grid = spec && snapshot.sheets.find((g) => g.name.trim() === spec.sheet);
  if (!spec || !grid) return undefined;
  const cell = (row: number, col: number): CellValue | undefined => grid.values[row - grid.originRow]?.[col - grid.originCol];
  const last = grid.originRow + grid.values.length - 1;
  const items = new Map<string, CellValue | undefined>();
  let header: number | undefined;
  for (let r = grid.originRow; r <= last; r++) {
    const a = text(cell(r, 1));
    if (header === undefined && spec.items.includes(a) && !items.has(a)) items.set(a, cell(r, 2));
    if (header === undefined && a === spec.headers[0] && text(cell(r, 2)) === spec.headers[1]) header = r;
  }
  const unitName = text(items.get("单位名称"));
  if (!unitName || header === undefined) return undefined;
  const byLabel = new Map<string, Figure[]>();
  for (let r = header + 1; r <= last; r++) {
    const label = text(cell(r, 1));
    const value = cell(r, 2);
    const unit = text(cell(r, 3));
    if (!label || typeof value !== "number" || !Number.isFinite(value)) continue;
    const approxText = text(cell(r, 4));
    const approx = (Object.keys(APPROX_TEXT) as ApproxKind[]).find((k) => APPROX_TEXT[k] === approxText);
    const figure: Figure = { value, unit, kind: unit === "%" ? "rate" : unit === "元" ? "money" : unit === "小时" ? "hours" : "count", ...(approx ? { approx } : {}), sources: [`${grid.name}!B${r}`] };
    byLabel.set(label, [...(byLabel.get(label) ?? []), figure]);
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
  };
}
