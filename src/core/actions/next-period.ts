/**
 * 开始下一期 (issue #17): the next period's workbook from this one, as one core call for every front
 * end. The period advances (上半年 → 下半年, 下半年 → next year's 上半年, 第N季度 → the next quarter,
 * 全年 → next year; 专项 only with a period given); what stands is carried, what belonged to this
 * period is cleared (docs/standard-sheets.md, "Version 1.2" → "开始下一期"), and this period's
 * indicator figures go into the new workbook's 上期指标 sheet. The result says what each sheet
 * becomes — rows copied from the old ones with some cells set — and every thing not carried; the
 * adapter only moves cells. Pure.
 * @module
 */
import { isRollupWorkbook } from "../rollup/detect";
import { Enums, MONTHLY_PERIOD, PERIOD_CYCLES, columnById, formOf, ledgersOf, standingOrgKinds, versionTextOf, type Catalog, type LedgerSpec } from "../catalog";
import { previousFiguresOf, previousSheetRows } from "../facts";
import { appendixDetails } from "../narrative";
import type { CellValue, SheetGrid, WorkbookSnapshot } from "../grid";
import { cellAddress, parseRange } from "../grid";
import { spokenSentences } from "../facts/remark";
import { formatSerialDate, ledgerLayout, profileLayout, defaultPeriod, type ParsedRow, type ParsedWorkbook } from "../validate";
import { monthSpan, reportPeriodLabel as periodLabelOf } from "../validate/period";
import { ymdFromSerial } from "../normalize/date";
import { analyzeWorkbook } from "../pipeline";
import { notStandardSheets } from "../validate/not-standard";
import type { Finding } from "../validate";
import { addApproxTag, formatApproxTag, parseApproxTags } from "../normalize/approx-tag";
import type { ApproxKind } from "../normalize/types";
import { readNumber } from "../normalize/number";
import { PREVIOUS_REMARK_OPEN, cellAbove, isAboveReference, isPlaceholderText, previousRemarks, withoutPreviousRemarks } from "../normalize/placeholder";
import { approxTagStale } from "../validate/validate-workbook";

/** Options of {@link startNextPeriod}: the next period when it is not the natural one (or cannot be: 专项). */
export interface NextPeriodOptions {
  /** 报告期 of the new period (one of the catalog's 报告期 values). */
  readonly period?: string;
  /** 报告年度 of the new period (default: the year that follows from the period). */
  readonly year?: number;
  /**
   * Go on although this workbook has errors (each front end words its own override: CLI `--force`).
   * Without it a workbook with errors is refused (`errors`): its figures would be kept in 上期指标 and
   * its open problems judged from wrong counts (new-user test 3, D7).
   */
  readonly override?: boolean;
}

/** A value a cell of the new workbook gets: as a snapshot holds it, a date (serial), or a formula. */
export type NextCell = CellValue | { readonly date: number } | { readonly formula: string };

/** One data row of a ledger in the new workbook: a copy of old row `from` with cells set (1-based columns). */
export interface CarriedRow {
  readonly from: number;
  readonly set: Readonly<Record<number, NextCell>>;
}

/**
 * A ledger's table in the new workbook: its header row and columns stay; its data rows become
 * `rows` (in order, from the row below the header), every other cell of the old rows `top+1..bottom`
 * between `left` and `right` (user columns included) is cleared, and the table ends at the last row
 * (or holds one empty row).
 */
export interface LedgerRewrite {
  readonly sheet: string;
  readonly table: string;
  readonly headerRow: number;
  readonly left: number;
  readonly right: number;
  /** Last 1-based row of the old table (or of its data). */
  readonly bottom: number;
  readonly rows: readonly CarriedRow[];
  /** Ledger rows this period held (rows with a standard cell filled): `rowsBefore - rows.length` are not carried. */
  readonly rowsBefore: number;
}

/** The new workbook, as changes to the old one (after it was brought to the catalog's version). */
export interface NextPeriod {
  readonly year: number;
  readonly period: string;
  /** 起始日期 and 截止日期 of the new period (Excel serials); absent for 专项, whose days the user fills. */
  readonly start?: number;
  readonly end?: number;
  /** 基本信息: cells of the 内容 column set (报告年度, 报告期, 起始日期, 截止日期; 成文日期 cleared). */
  readonly profile: { readonly sheet: string; readonly cells: readonly { readonly row: number; readonly col: number; readonly value: NextCell }[] };
  readonly ledgers: readonly LedgerRewrite[];
  /** The 上期指标 sheet (replacing any there is): rows from A1 (see `previousSheetRows`); `headerRows` (1-based) are bold, the first frozen. */
  readonly previousSheet: { readonly name: string; readonly rows: readonly (readonly CellValue[])[]; readonly dateRows: readonly number[]; readonly headerRows: readonly number[] };
  /** What of the old workbook is not in the new one, one Chinese line each (sheet first). */
  readonly notCarried: readonly string[];
  /** Carried 上期遗留 problems and 上期打算 rows, for the front end's report. */
  readonly carried: {
    readonly problems: number;
    readonly plans: number;
    readonly standing: number;
    /** The 事项类型 of the carried standing rows, in the catalog's order (`["领导小组"]` when only that row was carried). */
    readonly standingKinds: readonly string[];
    readonly teams: number;
    /**
     * Rows dated inside the new period (an activity of 7月15日 in a 上半年 ledger), carried as they are: one Chinese line
     * each, `活动台账：第7行日期2025年7月15日属于下一期（2025年下半年），已结转` (new-user test 34, D6).
     */
    readonly ahead: readonly string[];
    /**
     * Carried 上期打算 typed in spoken words (facts/remark spokenSentences), one Chinese line each naming the new workbook's
     * cell to rewrite: the summary never prints such a plan (new-user test 49, D11).
     */
    readonly spokenPlans: readonly string[];
  };
}

/** Why the next period cannot be started. `period-needed`: a 专项 workbook and no period given. */
export type NextPeriodRefusal = {
  readonly ok: false;
  readonly reason: "period-needed" | "bad-period" | "bad-year" | "no-period" | "not-after" | "not-standard" | "upgrade-needed" | "errors" | "rollup";
  /** One Chinese line naming no front end's control (the CLI adds its option names). */
  readonly message: string;
  /**
   * `not-standard` for a workbook that is no standard ledger at all (`notStandardSheets`): the standard
   * sheets it lacks, for the front end's own "这不是标准台账" notice (the one its 校验 gives).
   */
  readonly missing?: readonly string[];
};

/**
 * 开始下一期 of a workbook that is no standard ledger (an office's own sheets, no 基本信息): refused
 * before anything else is said — not as errors on cells of sheets it does not have (new-user test,
 * 预览下一期 of a hand-made file). The one decision for every front end: `startNextPeriod` asks it of
 * the workbook's findings, and the file front ends (CLI `next`, 网页版) ask it of the file as opened,
 * before bringing it to the standard would add a blank 基本信息.
 * @returns the refusal (`not-standard`, with the missing sheets), or undefined for a standard ledger.
 */
export function notStandardRefusal(findings: readonly Finding[], catalog: Catalog): NextPeriodRefusal | undefined {
  const missing = notStandardSheets(findings, catalog);
  if (!missing) return undefined;
  const listed = missing.slice(0, 2).join("、");
  const sheets = missing.length > 2 ? `缺少${listed}等${missing.length}个工作表` : `缺少工作表${listed}`;
  return { ok: false, reason: "not-standard", message: `这不是标准台账（${sheets}），无法开始下一期；请先把其中的数据导入标准台账。`, missing };
}

/** Standing 事项类型 of 组织保障 that go on from period to period (the catalog's `standingOrgKinds`). */
export const STANDING_KINDS: readonly string[] = standingOrgKinds;

/**
 * The natural next period of (year, 报告期); undefined for 专项 (and unknown periods). A 月度 report's (catalog
 * MONTHLY_PERIOD) is the month after `start`'s (its 起始日期, an Excel serial): `month` 6 after 5月, 1 of the next year
 * after 12月 (new-user test 36, D16); undefined without `start`.
 */
export function naturalNextPeriod(year: number, period: string, start?: number): { year: number; period: string; month?: number } | undefined {
  if (period === "全年") return { year: year + 1, period };
  if (period === MONTHLY_PERIOD) {
    if (start === undefined) return undefined;
    const m = ymdFromSerial(start).m;
    return m < 12 ? { year, period, month: m + 1 } : { year: year + 1, period, month: 1 };
  }
  for (const cycle of PERIOD_CYCLES) {
    const i = cycle.indexOf(period);
    if (i >= 0) return i + 1 < cycle.length ? { year, period: cycle[i + 1] } : { year: year + 1, period: cycle[0] };
  }
  return undefined;
}

/** A period named beside another in a message: `2025年全年`, never a bare `2025年` beside `2025年上半年` (new-user test 27, D19); a month as `2025年6月`. */
const periodLabel = periodLabelOf;
const refuse = (reason: NextPeriodRefusal["reason"], message: string): NextPeriodRefusal => ({ ok: false, reason, message });
const str = (v: unknown): string => (v === null || v === undefined ? "" : String(v).trim());
const num = (v: unknown): number | undefined => (typeof v === "number" && Number.isFinite(v) ? v : undefined);

/** `3、5—9、12` for row numbers. */
function rowList(rows: readonly number[]): string {
  const out: string[] = [];
  for (let i = 0; i < rows.length; i++) {
    let j = i;
    while (j + 1 < rows.length && rows[j + 1] === rows[j] + 1) j++;
    out.push(j > i ? `${rows[i]}—${rows[j]}` : `${rows[i]}`);
    i = j;
  }
  return out.join("、");
}

/**
 * What starting the next period would carry of the sheets `errors` are on, as the refusal says it (new-user test 51, D15):
 * errors on 问题整改 or 基本信息 (or on no sheet) make wrong figures in 上期指标 and wrong open problems; errors on another
 * ledger the figures of 上期指标 computed from the cells in error (catalog indicators, the shortest label: `活动场次等` for an
 * 活动台账 date; {@link indicatorsFedBy}: only those the erring row feeds, new-user test 69, D12 — never 宣传栏数量 for a
 * 宣传资料 row), never problems that are not there; errors on cells no figure comes from, their content carried as typed.
 */
function errorsCarried(errors: readonly Finding[], catalog: Catalog, wb: ParsedWorkbook): string {
  const form = formOf(catalog).sheet;
  const all = ledgersOf(catalog);
  const ledgers = errors.map((f) => all.find((l) => l.sheet === f.sheet));
  if (errors.some((f, i) => !f.sheet || f.sheet === form || ledgers[i]?.id === "rectification")) return "开始下一期会把有错的数字存入“上期指标”，并按错的数字判断哪些问题未整改完";
  const fed = new Set(errors.flatMap((f, i) => indicatorsFedBy(catalog, wb, ledgers[i], f.cell)));
  const labels = catalog.indicators.filter((ind) => !ind.label.includes("（") && fed.has(ind.id)).map((ind) => ind.label).sort((a, b) => a.length - b.length);
  if (!labels.length) return "开始下一期会把有错的内容带入下一期";
  return `开始下一期会把按有错的数据算出的${labels[0]}${labels.length > 1 ? "等" : ""}存入“上期指标”`;
}

/** One SUMIFS/COUNTIFS/SUM call of an indicator formula: the `table[column]` pairs it tests against a literal (`"宣传资料"`, `"<>发放"`, `"?*"`). */
const CALL = /\b(?:SUMIFS|COUNTIFS|SUM)\(([^()]*(?:\([^()]*\)[^()]*)*)\)/gu;

/**
 * The ids of the catalog indicators a ledger cell in error (`cell` `C6` of `ledger`'s sheet) feeds: an indicator whose
 * formula reads the cell's column from the ledger's table, in a SUM/SUMIFS/COUNTIFS call whose literal criteria the row's
 * values meet (`tbl_Publicity[类型],"宣传栏"` never for a 宣传资料 row; `"<>发放"`, `"?*"` as Excel reads them). A cell
 * with no row or column read (a missing header) feeds every indicator of the table.
 */
function indicatorsFedBy(catalog: Catalog, wb: ParsedWorkbook, ledger: LedgerSpec | undefined, cell: string): string[] {
  if (!ledger?.table) return [];
  const tableRef = `${ledger.table}[`;
  const reading = catalog.indicators.filter((ind) => ind.formula.includes(tableRef));
  const at = /^([A-Z]+)(\d+)$/u.exec(cell);
  const table = wb.ledgers[ledger.id]?.table;
  const column = at ? table?.columns.find((c) => c.letters === at[1]) : undefined;
  const index = at && table ? table.rowNumbers.indexOf(Number(at[2])) : -1;
  if (!table || !column || index < 0) return reading.map((ind) => ind.id);
  const valueOf = (header: string): string => {
    const c = table.columns.find((col) => col.field.header === header);
    const v = c?.value(index);
    return v === null || v === undefined ? "" : String(v);
  };
  const meets = (typed: string, criterion: string): boolean =>
    criterion === "?*" ? typed !== "" : criterion.startsWith("<>") ? typed !== criterion.slice(2) : typed === criterion;
  const escaped = ledger.table.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
  return reading.filter((ind) => {
    if (!ind.formula.includes(`${tableRef}${column.field.header}]`)) return false;
    return [...ind.formula.matchAll(CALL)].some((call) => {
      if (!call[1].includes(tableRef)) return false;
      const pairs = [...call[1].matchAll(new RegExp(`${escaped}\\[([^\\]]+)\\],"([^"]*)"(?=[,)]|$)`, "gu"))];
      return pairs.every((p) => meets(valueOf(p[1]), p[2]));
    });
  }).map((ind) => ind.id);
}

/** A ledger's place on its sheet and its rows as validation read them. */
interface LedgerPlace {
  readonly spec: LedgerSpec;
  readonly sheet: string;
  readonly headerRow: number;
  readonly left: number;
  readonly right: number;
  readonly bottom: number;
  readonly dataRows: readonly number[];
  readonly col: ReadonlyMap<string, number>;
  /** The sheet as read: what the user typed (`百余`) for a message. */
  readonly grid?: SheetGrid;
}

/**
 * 开始下一期: the next period's workbook from `snapshot` (a standard ledger already brought to
 * `catalog`'s version: the front end runs 套用/修复标准表 / `upgrade` first, so that 来源 and 落实情况
 * exist) — see the module doc and docs/standard-sheets.md "开始下一期" for what is carried.
 * @param catalog the standard catalog, v1.2 or later (the one the front ends impose).
 * @returns the new workbook as changes ({@link NextPeriod}), or a refusal with a Chinese reason:
 *   `period-needed` (专项 and no `options.period`), `bad-period`/`bad-year` (options out of range),
 *   `no-period` (报告年度/报告期 unreadable), `not-after` (the period given is not after this one),
 *   `not-standard` (no standard ledger: {@link notStandardRefusal}; or 基本信息 or a ledger's headers missing), `upgrade-needed` (来源/落实情况 missing),
 *   `errors` (the workbook has errors and `options.override` is not set).
 */
/**
 * A carried row's text cell holding `同上` (normalize isAboveReference) whose row above is not carried would point at
 * another row in the new sheet (new-user test 67, D10: 责任单位 `同上` under 物业公司 came to mean 社区网格员): it takes the
 * value it referred to, the nearest cell above it in the old sheet that is no reference (normalize cellAbove), in `carried`'s
 * `set`; the report lines say so, or ask for the value where there is none to take.
 */
function resolveAboveReferences(
  place: { readonly spec: LedgerSpec; readonly sheet: string; readonly dataRows: readonly number[]; readonly col: ReadonlyMap<string, number> },
  rows: ReadonlyMap<number, ParsedRow>,
  carried: CarriedRow[],
): string[] {
  const lines: string[] = [];
  const blank = (r: number): boolean => { const row = rows.get(r); return !row || Object.values(row.cells).every((c) => c.value === null || c.value === ""); };
  const order = place.dataRows.filter((r) => !blank(r));
  for (const field of place.spec.columns) {
    const at = place.col.get(field.id);
    if (field.type !== "text" || at === undefined) continue;
    const typed = order.map((r) => { const v = rows.get(r)?.cells[field.id]?.value; return typeof v === "string" ? v.trim() : ""; });
    carried.forEach((c, k) => {
      const i = order.indexOf(c.from);
      if (i < 0 || at in c.set || !isAboveReference(typed[i])) return;
      const value = cellAbove(typed, i);
      const before = carried[k - 1];
      // The same row above, its cell as it was (or set to what this one says): the reference still says the same.
      if (before && before.from === order[i - 1] && (!(at in before.set) || before.set[at] === value)) return;
      const said = `${place.sheet}：第${c.from}行${field.header}“${typed[i]}”所指的上一行${i > 0 ? `（第${order[i - 1]}行）` : ""}未结转`;
      if (value === undefined) {
        lines.push(`${said}，结转后它会指向别的行，请写明实际内容`);
        return;
      }
      carried[k] = { from: c.from, set: { ...c.set, [at]: value } };
      lines.push(`${said}，已改为它所指的“${value}”`);
    });
  }
  return lines;
}

export function startNextPeriod(snapshot: WorkbookSnapshot, catalog: Catalog, options: NextPeriodOptions = {}): { ok: true; next: NextPeriod } | NextPeriodRefusal {
  const analysis = analyzeWorkbook(snapshot, catalog);
  const wb = analysis.workbook;
  // No standard ledger at all: said as such, never as errors on cells of sheets it does not have (`override` or not).
  const notStandard = notStandardRefusal(analysis.findings, catalog);
  if (notStandard) return notStandard;
  // A roll-up's next period is rolled up again from its units' next-period ledgers: carried over, its 汇总 sheet would
  // name last period's units and their 未汇总 (new-user test 28, D23).
  if (isRollupWorkbook(snapshot, catalog)) return refuse("rollup", "这是汇总台账（由各单位的台账汇总而成），不能开始下一期：下一期请各单位各自开始下一期、填好后重新汇总。");
  if (analysis.errors && !options.override) {
    const errors = analysis.findings.filter((f) => f.severity === "error");
    const first = errors.slice(0, 3).map((f) => `${f.sheet}${f.cell ? `!${f.cell}` : ""}`);
    return refuse("errors", `本台账有${analysis.errors}个错误（${first.join("、")}${analysis.errors > 3 ? "等" : ""}），${errorsCarried(errors, catalog, wb)}；请先改正，再开始下一期。`);
  }
  const year = num(wb.profile.year?.value);
  const period = str(wb.profile.period?.value);
  if (options.period !== undefined && !(Enums.period as readonly string[]).includes(options.period)) {
    return refuse("bad-period", `报告期“${options.period}”不是标准值，应为${Enums.period.join("、")}之一。`);
  }
  if (options.year !== undefined && !(Number.isInteger(options.year) && options.year >= 2000 && options.year <= 2100)) {
    return refuse("bad-year", `报告年度应是2000至2100之间的四位年份，收到“${options.year}”。`);
  }
  if (year === undefined || !period) return refuse("no-period", "本台账的报告年度或报告期没有填写（或无法识别），推算不出下一期；请先填好基本信息，或指定下一期的报告期和年度。");
  const current = wb.period ?? defaultPeriod(year, period);
  let next: { year: number; period: string; month?: number } | undefined;
  const typedStart = num(wb.profile.start?.value);
  if (options.period !== undefined) {
    const p = options.period;
    // 月度 given as the next period: the month after this period ends (new-user test 36, D16).
    const after = ymdFromSerial(current.end + 1);
    if (p === MONTHLY_PERIOD) next = { year: options.year ?? after.y, period: p, month: options.year !== undefined && options.year !== after.y ? 1 : after.m };
    else {
      const sameYear = options.year ?? (p === "专项" || defaultPeriod(year, p).start > current.end ? year : year + 1);
      next = { year: options.year ?? sameYear, period: p };
    }
  } else {
    next = naturalNextPeriod(year, period, typedStart);
    if (next && options.year !== undefined) next = { ...next, year: options.year };
  }
  // What to do is each front end's to word (the CLI's --period, the pane's choice of period): the core says only why
  // (new-user test 32, D26: never the request twice).
  if (!next) return refuse("period-needed", `本台账的报告期是“${period}”，下一期的报告期推算不出来。`);
  // A 专项 has no days of its own until the user gives them: 起始日期/截止日期 are left blank.
  const special = next.period === "专项";
  const span = next.month !== undefined ? monthSpan(next.year, next.month) : defaultPeriod(next.year, next.period);
  if (special ? next.year < year : span.start <= current.end) {
    return refuse("not-after", `下一期（${periodLabel(next.year, next.period, next.month !== undefined ? span.start : undefined)}）须在本期（${periodLabel(year, period, current.start)}，截至${formatSerialDate(current.end)}）之后。`);
  }

  const notCarried: string[] = [];
  const form = formOf(catalog);
  const formGrid = snapshot.sheets.find((g) => g.name.trim() === form.sheet);
  const fl = formGrid && profileLayout(formGrid, form);
  if (!formGrid || !fl) return refuse("not-standard", `找不到“${form.sheet}”表的项目和内容，无法开始下一期。`);
  const rowOf = new Map([...fl.rows].map(([f, r]) => [f.header, r]));
  const cells: { row: number; col: number; value: NextCell }[] = [];
  const setItem = (header: string, value: NextCell): void => {
    const row = rowOf.get(header);
    if (row !== undefined) cells.push({ row, col: fl.valueCol, value });
  };
  setItem("报告年度", next.year);
  setItem("报告期", next.period);
  setItem("起始日期", special ? null : { date: span.start });
  setItem("截止日期", special ? null : { date: span.end });
  const docDate = wb.profile.docDate;
  if (docDate && docDate.value !== null && docDate.value !== "") {
    setItem("成文日期", null);
    notCarried.push(`${form.sheet}：成文日期（${typeof docDate.value === "number" ? formatSerialDate(docDate.value) : docDate.value}）已清空，新一期导出时再填`);
  }

  const places = new Map<string, LedgerPlace>();
  for (const spec of catalog.sheets) {
    if (spec.kind !== "ledger") continue;
    const grid = snapshot.sheets.find((g) => g.name.trim() === spec.sheet);
    const layout = grid && ledgerLayout(grid, spec);
    if (!grid || !layout) return refuse("not-standard", `找不到“${spec.sheet}”表的表头，无法开始下一期；请先套用/修复标准表。`);
    const table = grid.tables.find((t) => t.name.toLowerCase() === spec.table.toLowerCase());
    const tb = table ? parseRange(table.ref) : undefined;
    const cols = layout.located.map((l) => l.col);
    places.set(spec.id, {
      spec, sheet: grid.name, headerRow: layout.loc.headerRow,
      // The table's columns (upgrade has made it cover the user's headed columns); without a table, every headed column.
      left: tb?.left ?? Math.min(...cols), right: tb?.right ?? Math.max(...cols, ...[...layout.loc.columns.values()].flat()),
      bottom: Math.max(tb?.bottom ?? 0, layout.loc.headerRow + 1, ...layout.dataRows),
      dataRows: layout.dataRows, col: new Map(layout.located.map((l) => [l.field.id, l.col])), grid,
    });
  }
  const need = (ledger: string, id: string): number | undefined => places.get(ledger)?.col.get(id);
  if (need("rectification", "origin") === undefined || need("texts", "progress") === undefined) {
    return refuse("upgrade-needed", `“问题整改”缺少“来源”列或“文字材料”缺少“落实情况”列：请先按${catalog.versionText}套用/修复标准表。`);
  }
  const parsedRows = (id: string): ReadonlyMap<number, ParsedRow> => new Map((wb.ledgers[id]?.rows ?? []).map((r) => [r.row, r]));

  const ledgers: LedgerRewrite[] = [];
  const counts = { problems: 0, plans: 0, standing: 0, standingKinds: [] as string[], teams: 0, ahead: [] as string[], spokenPlans: [] as string[] };
  for (const place of places.values()) {
    const { spec } = place;
    const rows = parsedRows(spec.id);
    const carried: CarriedRow[] = [];
    const dropped: number[] = [];
    /** 下一步打算 carried, by content without spaces: the row first carrying it. */
    const plans = new Map<string, number>();
    let rowsBefore = 0;
    const colOf = (id: string): number | undefined => place.col.get(id);
    const cleared = (ids: readonly string[]): Record<number, NextCell> => Object.fromEntries(ids.flatMap((id) => (colOf(id) === undefined ? [] : [[colOf(id) as number, null]])));
    const clearedNames = (ids: readonly string[]): string => ids.filter((id) => colOf(id) !== undefined).map((id) => columnById(spec, id).header).join("、");
    // The catalog's formula columns (问题整改's 整改率) are written anew on every carried row: a formula typed by hand
    // with the old row's references (`=IF(N(B4)=0,"",C4/B4)` moved to row 3) would show another row's rate (new-user test 34, D7).
    /** Carried 组织保障 rows whose 数量 counted the old period's events (cleared: new-user test 40, D11). */
    const recounted: number[] = [];
    /** 组织保障 事项类型 of the rows not carried, in row order (new-user test 44, D14: named, never a fixed list). */
    const droppedKinds: string[] = [];
    /** New rows of carried 上期遗留 problems whose 备注 got a 上期备注 mark (new-user test 44, D12). */
    const marked: number[] = [];
    const formulas: Record<number, NextCell> = Object.fromEntries(spec.columns.flatMap((c) => (c.type === "formula" && c.formula && colOf(c.id) !== undefined ? [[colOf(c.id) as number, { formula: c.formula }]] : [])));
    for (const r of place.dataRows) {
      const row = rows.get(r);
      const cell = (id: string): unknown => row?.cells[id]?.value;
      // A row whose standard cells are all blank (a note beside the table) is no ledger row: left where it is.
      if (!row || Object.values(row.cells).every((c) => c.value === null || c.value === "")) continue;
      rowsBefore++;
      // A row dated inside the new period (an activity of 7月15日 in a 上半年 ledger) is the new period's: carried as it
      // is, and named, never dropped with this period's rows (new-user test 34, D6). Standing 组织保障 rows are carried anyway.
      const dated = num(cell("date"));
      const standing = spec.id === "organization" && STANDING_KINDS.includes(str(cell("kind")));
      if (!special && !standing && colOf("date") !== undefined && dated !== undefined && dated >= span.start && dated <= span.end) {
        carried.push({ from: r, set: { ...formulas } });
        counts.ahead.push(`${place.sheet}：第${r}行日期${formatSerialDate(dated)}属于下一期（${periodLabel(next.year, next.period, span.start)}），已结转`);
        continue;
      }
      switch (spec.id) {
        case "organization":
          if (STANDING_KINDS.includes(str(cell("kind")))) {
            if (!counts.standingKinds.includes(str(cell("kind")))) counts.standingKinds.push(str(cell("kind")));
            // A standing row that counts the period's events (a 联席会议 6次, 每月1次) starts the new period at none: its
            // 数量 was the old period's (new-user test 40, D11); a standing count (共建单位5家, 领导小组1个) stays.
            // One standing thing in a word of things (`“街长制”巡查机制` 1项, 频次 每日: the patrol's frequency, not a count
            // per period) is carried as it is (new-user test 62, D13).
            const unit = str(cell("unit")).trim();
            const occasions = /^(?:次|场|期|轮|回|节|堂)$/u.test(unit);
            const one = !occasions && !/次$/u.test(unit) && num(cell("quantity")) === 1;
            const events = colOf("quantity") !== undefined && cell("quantity") !== null && cell("quantity") !== "" && (occasions || (str(cell("frequency")).trim() !== "" && !one));
            const ids = events ? ["quantity", "date", "remark"] : ["date", "remark"];
            if (events) recounted.push(r);
            // A count cleared to be filled as the period's 次数 is in 次: a word of things (`项`, `个`) kept beside it read
            // `坚持每周开展调度1次，累计13项` once filled (new-user test 63, D3). 人次 and the words of occasions stay.
            const unitAt = colOf("unit");
            const recountedIn = events && unitAt !== undefined && !occasions && !/次$/u.test(unit) ? { [unitAt]: "次" } : {};
            carried.push({ from: r, set: { ...cleared(ids), ...keptTags(spec, colOf("remark"), cell("remark"), ids, row), ...recountedIn } });
          } else {
            dropped.push(r);
            const kind = str(cell("kind")).trim();
            if (kind && !droppedKinds.includes(kind)) droppedKinds.push(kind);
          }
          break;
        case "volunteers":
          carried.push({ from: r, set: { ...cleared(["services", "hours", "remark"]), ...keptTags(spec, colOf("remark"), cell("remark"), ["services", "hours", "remark"], row) } });
          break;
        case "rectification": {
          const found = num(cell("found"));
          const done = num(cell("rectified")) ?? 0;
          if (found === undefined) {
            notCarried.push(`${place.sheet}：第${r}行发现数无法识别，该行未结转，请核对后手工补入`);
            continue;
          }
          // `百余` found and 100 rectified is not known to be all rectified (new-user test 24, D17): named, never dropped unsaid.
          const approx = row?.cells.found?.approx?.kind;
          // The same rough figure typed in both (`60余`, `60余`) says all were rectified.
          if (found - done <= 0 && done === found && (approx === "over" || approx === "about") && !row?.cells.rectified?.approx) {
            const typed = place.grid?.values[r - place.grid.originRow]?.[(colOf("found") as number) - place.grid.originCol];
            notCarried.push(`${place.sheet}：第${r}行发现数“${str(typed) || found}”是约数，已整改数${done}不能说明已全部整改，该行未结转，请核对实际发现数后手工补入`);
            continue;
          }
          if (found - done > 0) {
            const left = Math.round((found - done) * 1e6) / 1e6;
            // A rough 发现数 (约40, 近40) less the counted 已整改数 (38) is carried as the count it is (2): the open problems
            // are a list the new period works through, never `约2处` (new-user test 32, D15); the report asks to check it.
            if ((approx === "about" || approx === "nearly") && !row?.cells.rectified?.approx) {
              const typed = place.grid?.values[r - place.grid.originRow]?.[(colOf("found") as number) - place.grid.originCol];
              // A figure typed as a number with its 〔约数〕 tag in 备注 is named as the tag has it (`约40`).
              const tagged = parseApproxTags(typeof cell("remark") === "string" ? (cell("remark") as string) : null).find((t) => t.header === columnById(spec, "found").header)?.typed;
              const unit = str(cell("unit"));
              notCarried.push(`${place.sheet}：第${r}行发现数“${tagged ?? (str(typed) || found)}”是约数，结转的上期遗留问题按${found}减去已整改的${done}计为${left}${unit}，请核对实际未整改的数量`);
            }
            // A 整改时限 the new period begins after is kept as typed (user data) and named (new-user tests 32 D16, 33 D8);
            // check says it in the new workbook too (rect.deadline-passed).
            const deadline = cell("deadline");
            if (!special && typeof deadline === "number" && deadline < span.start) {
              notCarried.push(`${place.sheet}：第${r}行整改时限${formatSerialDate(deadline)}已过（下一期自${formatSerialDate(span.start)}开始），已照原样结转，请重新确定整改时限`);
            }
            // The 备注's clauses of the old period's progress (`拆了9处，剩下的有难度`) are kept, marked as last period's
            // (new-user test 44, D12): nothing typed is lost, and the new period's summary never reads them as its own.
            const tagged = leftTag(spec, colOf("remark"), cell("remark"), left, approx, row?.cells.rectified?.approx?.kind);
            const remarkAt = colOf("remark");
            const before = remarkAt !== undefined && remarkAt in tagged ? tagged[remarkAt] : cell("remark");
            const stale = typeof before === "string" ? markStaleRemark(before) : undefined;
            if (stale !== undefined) marked.push(place.headerRow + carried.length + 1);
            carried.push({
              from: r,
              set: {
                ...formulas,
                ...tagged,
                ...(stale !== undefined && remarkAt !== undefined ? { [remarkAt]: stale } : {}),
                [colOf("found") as number]: left,
                [colOf("rectified") as number]: 0,
                [colOf("origin") as number]: Enums.problemOrigin[1],
              },
            });
          } else dropped.push(r);
          break;
        }
        case "texts": {
          if (str(cell("kind")) !== "下一步打算") {
            dropped.push(r);
            break;
          }
          // A plan typed twice (check's row.duplicate) is carried once (new-user test 31, D7): the summary wrote it once.
          const plan = str(cell("content")).replace(/\s+/gu, "");
          const first = plans.get(plan);
          if (first !== undefined) {
            notCarried.push(`${place.sheet}：第${r}行下一步打算与第${first}行相同，只结转一次`);
            break;
          }
          plans.set(plan, r);
          // A placeholder (`同上`, `无`, `待定`: normalize/placeholder) is no plan: never carried as a 上期打算 (new-user test 52,
          // D18: `下一步打算2条` for one plan and its `同上`).
          if (isPlaceholderText(str(cell("content")))) {
            notCarried.push(`${place.sheet}：第${r}行下一步打算“${str(cell("content")).trim()}”不是具体打算，未结转`);
            break;
          }
          // A plan in spoken words is never printed: said now, at its new cell, while it can still be rewritten (new-user
          // test 49, D11).
          const spoken = spokenSentences(str(cell("content")), "上期打算").left.map((x) => x.text);
          const at = colOf("content");
          if (spoken.length && at !== undefined) {
            counts.spokenPlans.push(`${place.sheet}!${cellAddress(place.headerRow + carried.length + 1, at)} 结转的上期打算${spoken.map((x) => `“${x}”`).join("")}是口语说法，总结不写原话（填了落实情况时只写落实情况）；请现在改写成书面表述。`);
          }
          carried.push({ from: r, set: { [colOf("kind") as number]: "上期打算", ...cleared(["progress"]) } });
          break;
        }
        default:
          dropped.push(r);
      }
    }
    notCarried.push(...resolveAboveReferences(place, rows, carried));
    ledgers.push({ sheet: place.sheet, table: spec.table, headerRow: place.headerRow, left: place.left, right: place.right, bottom: place.bottom, rows: carried, rowsBefore });
    // The 〔约数〕 tags kept in a cleared 备注 (keptTags), by the header they record: said, so that the report and the file
    // agree (new-user test 40, D12: `已清空…备注` while `〔约数〕注册人数：约120` stayed).
    const remarkCol = colOf("remark");
    const keptTagHeaders = remarkCol === undefined ? [] : [...new Set(carried.flatMap((c) => { const v = c.set[remarkCol]; return typeof v === "string" ? parseApproxTags(v).map((t) => t.header) : []; }))];
    notCarried.push(...sheetReport(spec, place.sheet, carried.length, dropped, clearedNames, counts.standingKinds, keptTagHeaders, droppedKinds));
    if (marked.length) notCarried.push(`${place.sheet}：结转的上期遗留问题第${rowList(marked)}行备注中关于上期进展的文字已标为${PREVIOUS_REMARK_OPEN}…〕（照原样保留，总结不再采用），请按本期情况更新`);
    if (spec.id === "organization" && recounted.length) {
      const names = recounted.map((r) => str(rows.get(r)?.cells.content?.value).trim()).filter(Boolean).map((n) => (/[“”"]/u.test(n) ? n : `“${n}”`)).join("、");
      // A name with its own quotes (`“街长制”巡查机制`) is quoted once, never `““街长制”巡查机制”` (new-user test 62, D13);
      // a 单位 changed to 次 is said (new-user test 63, D3).
      const changed = recounted.filter((r) => { const u = str(rows.get(r)?.cells.unit?.value).trim(); return !/^(?:次|场|期|轮|回|节|堂)$/u.test(u) && !/次$/u.test(u); }).length;
      notCarried.push(`${place.sheet}：结转的${names || `${recounted.length}行`}是按期计数的事项，已清空${columnById(spec, "quantity").header}${changed ? `，${columnById(spec, "unit").header}改为“次”` : ""}，请填写本期的次数`);
    }
    if (spec.id === "rectification") counts.problems = carried.length;
    if (spec.id === "texts") counts.plans = carried.length;
    if (spec.id === "organization") counts.standing = carried.length;
    counts.standingKinds.sort((a, b) => STANDING_KINDS.indexOf(a) - STANDING_KINDS.indexOf(b));
    if (spec.id === "volunteers") counts.teams = carried.length;
  }

  // The appendix's detail rows too, for the next period's 附表 to compare them (new-user test 64, D6).
  const details = appendixDetails(analysis.facts).map((d) => ({ label: d.label, figures: d.figures }));
  const previous = { ...previousFiguresOf(analysis.facts, catalog), details };
  const spec = catalog.previousPeriod;
  if (!spec) return refuse("upgrade-needed", `${catalog.versionText}没有上期指标表，请使用${versionTextOf(1.2)}或更新的标准。`);
  const sheetRows = previousSheetRows(previous, spec);
  if (snapshot.sheets.some((g) => g.name.trim() === spec.sheet)) notCarried.push(`${spec.sheet}：原有的上期数字（上一期之前的一期）由本期数字替换`);
  return {
    ok: true,
    next: {
      year: next.year, period: next.period, ...(special ? {} : { start: span.start, end: span.end }),
      profile: { sheet: formGrid.name, cells },
      ledgers,
      previousSheet: { name: spec.sheet, ...sheetRows },
      notCarried,
      carried: counts,
    },
  };
}

/**
 * The 〔约数〕 tags of a cleared 备注 that belong to a carried column (`〔约数〕注册人数：552多`): they
 * are part of that figure (docs/standard-sheets.md "Approximate figures"), so they stay; the rest
 * of the 备注 goes. A stale tag (its figure no longer the cell's `row` value) is dropped. Empty when there are none.
 */
function keptTags(spec: LedgerSpec, remarkCol: number | undefined, remark: unknown, clearedIds: readonly string[], row?: ParsedRow): Record<number, NextCell> {
  if (remarkCol === undefined || typeof remark !== "string") return {};
  const carriedHeaders = new Set(spec.columns.filter((c) => !clearedIds.includes(c.id)).map((c) => c.header));
  // A stale tag (`〔约数〕注册人数：百余` beside the exact 128 typed since; new-user test 36, D5) is no part of the figure.
  const stale = (t: { header: string; typed: string }): boolean => {
    const value = row?.cells[spec.columns.find((c) => c.header === t.header)?.id ?? ""]?.value;
    const recorded = readNumber(t.typed);
    return typeof value === "number" && recorded.kind === "number" && recorded.approx !== undefined && approxTagStale(recorded.value, value);
  };
  const tags = parseApproxTags(remark).filter((t) => carriedHeaders.has(t.header) && !stale(t));
  return tags.length ? { [remarkCol]: tags.map((t) => formatApproxTag(t.header, t.typed)).join("；") } : {};
}

/** A rest of a 约/近 发现数 less a counted 已整改数 below this is a handful counted as such (leftTag; new-user test 32, D15). */
const COUNTED_REST = 10;

/**
 * The 〔约数〕 tag of a carried 发现数 that is what is left of an approximate one (`百余` − 80: `〔约数〕发现数：20余`), so
 * that the next period says `20余宗` as this one did (new-user test 30, D19). Which leftovers stay approximate:
 * - 发现数 a lower bound (余/多) and 已整改数 counted: so is the rest (`百余` − 80 is `20余`: at least 20 are open);
 * - 已整改数 approximate: the rest is about so many (约);
 * - 发现数 约/近 and 已整改数 counted: about so many (`约1200` − 1150 is `约50`, as `860多` − 812 is `48多`: a rest of a rough
 *   figure is rough either way; new-user test 62, D12), save a handful (below {@link COUNTED_REST}): `约40` − 38 is no
 *   `约2处` (which reads as nobody knows the list), the open problems being the known list the new period works through,
 *   carried as the count 2 (new-user test 32, D15); `next`'s report asks to check either;
 * - both exact: none.
 * Any tag of the old 发现数 is replaced (dropped when the rest is exact); the rest of the 备注 stays. Nothing to write when
 * there is no 备注 column or the 备注 holds no tag to drop.
 */
function leftTag(spec: LedgerSpec, remarkCol: number | undefined, remark: unknown, left: number, found: ApproxKind | undefined, rectified: ApproxKind | undefined): Record<number, NextCell> {
  const kind = rectified ? "about" : found === "over" ? "over" : (found === "about" || found === "nearly") && left >= COUNTED_REST ? "about" : undefined;
  if (remarkCol === undefined) return {};
  if (!kind) {
    // The old tag of the 发现数 (〔约数〕发现数：约40) is no part of the counted rest.
    if (typeof remark !== "string") return {};
    const header = columnById(spec, "found").header;
    const kept = remark.split(/[；;]/u).filter((part) => !part.trim().startsWith(`〔约数〕${header}：`));
    return kept.length === remark.split(/[；;]/u).length ? {} : { [remarkCol]: kept.join("；") || null };
  }
  const typed = kind === "over" ? `${left}${left % 10 === 0 ? "余" : "多"}` : `约${left}`;
  return { [remarkCol]: addApproxTag(typeof remark === "string" ? remark : null, columnById(spec, "found").header, typed) };
}

/**
 * A clause of a 问题整改 备注 that tells the period's progress or a judgement of it (`拆了9处`, `已整改5处`, `剩下的有难度`,
 * `还在走法律程序`): no longer true in the next period.
 */
const PROGRESS_CLAUSE = /(?:\d+(?:\.\d+)?|[两三四五六七八九十百几]+)(?:处|个|起|户|家|件|次|宗|块|条|间|天|%)|(?:拆|清理|整改|处理|清|改|办|谈)了|拆除了|已(?:经)?(?:整改|拆|清|完成|处理|办结|动工|开工|启动|协调|约谈|下达|立案|交办|上报)|剩|还有|还在|还没|尚(?:有|未|在|需)|(?:未|没)(?:整改|完成|拆|到位|处理|办结|解决)|难度|正在|进行中|推进中|程序/u;

/**
 * A carried 上期遗留 row's 备注 with the clauses of the old period's progress marked (`老旧小区违建，拆了9处，剩下的有难度` →
 * `老旧小区违建〔上期备注：拆了9处，剩下的有难度〕`): the description before the first such clause stays as typed; 〔约数〕
 * tags stay apart; a mark already there (a second 开始下一期) takes the new clauses after its own. Undefined when no
 * clause tells progress (the 备注 is carried unchanged). Source: new-user test 44, D12; docs/standard-sheets.md.
 */
function markStaleRemark(remark: string): string | undefined {
  const parts = remark.split(/[；;]/u);
  const tags = parts.filter((p) => p.trim().startsWith("〔约数〕"));
  const own = withoutPreviousRemarks(parts.filter((p) => !p.trim().startsWith("〔约数〕")).join("；"));
  const old = previousRemarks(remark);
  const clauses = own.split(/(?<=[，,；;。])/u);
  const at = clauses.findIndex((c) => PROGRESS_CLAUSE.test(c));
  if (at < 0) return undefined;
  const head = clauses.slice(0, at).join("").replace(/[，,；;。\s]+$/u, "");
  const stale = [...old, clauses.slice(at).join("").replace(/[，,；;。\s]+$/u, "")].join("；");
  return [`${head}${PREVIOUS_REMARK_OPEN}${stale}〕`, ...tags].join("；");
}

/**
 * The lines of what a ledger does not carry (rows left out by row number; cells cleared on carried rows). `keptTags`: the
 * headers whose 〔约数〕 tag stays in a cleared 备注 because it records a carried figure (`注册人数`): the line says so
 * (`…已清空服务次数、服务时长（小时）、备注（备注中注册人数的〔约数〕标记保留）`).
 */
function sheetReport(spec: LedgerSpec, sheet: string, carried: number, dropped: readonly number[], clearedNames: (ids: readonly string[]) => string, standingKinds: readonly string[], keptTags: readonly string[] = [], droppedKinds: readonly string[] = []): string[] {
  const out: string[] = [];
  const tagsKept = keptTags.length ? `（备注中${keptTags.join("、")}的〔约数〕标记保留）` : "";
  const rows = dropped.length ? `第${rowList(dropped)}行（${dropped.length}行）` : "";
  switch (spec.id) {
    case "organization":
      // The rows' own 事项类型 (`其他`), never a fixed list that may name none of them (new-user test 44, D14).
      if (rows) out.push(`${sheet}：本期${droppedKinds.join("、")}事项${rows}未结转`);
      if (carried && clearedNames(["date", "remark"])) out.push(`${sheet}：结转的${standingKinds.join("、")}${carried}行已清空${clearedNames(["date", "remark"])}${tagsKept}`);
      break;
    case "volunteers":
      if (carried && clearedNames(["services", "hours", "remark"])) out.push(`${sheet}：结转的${carried}支队伍已清空${clearedNames(["services", "hours", "remark"])}${tagsKept}`);
      break;
    case "rectification":
      if (rows) out.push(`${sheet}：已全部整改的问题${rows}未结转`);
      break;
    case "texts":
      if (rows) out.push(`${sheet}：导语、工作亮点、存在不足等${rows}未结转（下一步打算结转为上期打算）`);
      break;
    default:
      if (rows) out.push(`${sheet}：本期${spec.sheet}${rows}未结转，新一期从空表开始`);
  }
  return out;
}
