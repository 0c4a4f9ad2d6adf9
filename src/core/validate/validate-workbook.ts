/**
 * Validation of a whole workbook snapshot against the catalog: sheets and headers found by name,
 * every cell checked, cross-field rules (已整改数 ≤ 发现数, 起始日期 ≤ 截止日期, activity
 * dates inside the report period). Returns findings and the parsed workbook; never throws for
 * bad data.
 * @module
 */
import { fieldsOf, formOf, honourMeasure, MONTHLY_PERIOD, ledgersOf, reportingUnitColumn, type Catalog, type FieldSpec, type FormSpec, type LedgerSpec } from "../catalog";
import { cellAddress, type SheetGrid, type WorkbookSnapshot } from "../grid";
import { formatApproxTag, parseApproxTags } from "../normalize/approx-tag";
import { readNumber } from "../normalize/number";
import { readText } from "../normalize/text";
import { ymdFromSerial } from "../normalize/date";
import type { Finding } from "./finding";
import { cellAt, columnFor, type HeaderLocation } from "./locate";
import { ledgerColumns, profileLayout, type LedgerLayout } from "./layout";
import { compactRows, findRenamedSheets, layoutFindings, sheetFindings } from "./structure";
import { checkCell, formatSerialDate, makeFinding, readCell, type CellContext } from "./check-cell";
import type { LocatedField, ParsedCell, ParsedLedger, ParsedTable, ParsedWorkbook, ReportPeriod } from "./parsed";
import { columnarLedger, SnapshotColumn } from "./columnar";
import { defaultPeriod } from "./period";
import { crossChecks } from "./cross-checks";
import { columnPlans, readCells, type SlowCell } from "./fast-cell";
import { notStandardSheets } from "./not-standard";

/** Findings and the workbook as understood. */
export interface ValidationResult {
  /** Errors first, then warnings; within a severity in sheet (catalog) order, then row, then column. */
  readonly findings: readonly Finding[];
  readonly workbook: ParsedWorkbook;
}

/**
 * Validates a snapshot against a catalog (spec "Findings").
 * @example validateWorkbook(snapshot, standardV1).findings.filter((f) => f.severity === "error")
 */
export function validateWorkbook(snapshot: WorkbookSnapshot, catalog: Catalog): ValidationResult {
  const findings: Finding[] = [];
  const named = (name: string): SheetGrid | undefined => snapshot.sheets.find((s) => s.name === name) ?? snapshot.sheets.find((s) => s.name.trim() === name);
  const renamed = findRenamedSheets(snapshot, catalog);
  findings.push(...sheetFindings(renamed, catalog, named));
  // A ledger on a renamed sheet whose headers fit it unambiguously is read as that ledger, its findings under the
  // ledger's name, as a header variant is read as its header (new-user test 26, D32: --force dropped it unsaid).
  const readAs = new Map(renamed.filter((r) => r.read).map((r) => [r.spec.sheet, r.name]));
  const sheetOf = (name: string): SheetGrid | undefined => named(name) ?? (readAs.has(name) ? named(readAs.get(name) as string) : undefined);
  const form = formOf(catalog);
  const profile = readProfile(form, sheetOf(form.sheet), findings, catalog);
  const year = typeof profile.year?.value === "number" ? profile.year.value : undefined;
  const period = reportPeriod(profile, year);

  const ledgers: Record<string, ParsedLedger> = {};
  const periodName = typeof profile.period?.value === "string" ? profile.period.value : "";
  const span = period && periodName ? { ...period, name: periodName === MONTHLY_PERIOD ? `${ymdFromSerial(period.start).m}月` : periodName } : undefined;
  for (const spec of ledgersOf(catalog)) ledgers[spec.id] = readLedger(spec, sheetOf(spec.sheet), year, findings, catalog, span);

  const workbook: ParsedWorkbook = { profile, ledgers, period };
  // A 问题整改 其他-row 备注 with a phone is told once, by the cross-check that says why that 备注 matters (new-user test
  // 38, D27: checkCell tells the numbers in every other 备注).
  const cross = crossChecks(workbook, form, typedIn(sheetOf), catalog);
  const rectSheet = ledgers.rectification?.table?.sheet ?? ledgers.rectification?.spec.sheet;
  const personalAt = new Set(cross.filter((f) => f.rule === "value.personal" && f.sheet === rectSheet).map((f) => `${f.sheet}!${f.cell}`));
  if (personalAt.size) {
    for (let i = findings.length - 1; i >= 0; i--) if (findings[i].rule === "value.personal" && personalAt.has(`${findings[i].sheet}!${findings[i].cell}`)) findings.splice(i, 1);
  }
  findings.push(...cross);
  findings.push(...emptyWorkbook(catalog, ledgers, sheetOf, findings));
  return { findings: sortFindings(withReportingUnit(findings, ledgers, readAs), catalog), workbook };
}

/**
 * In a combined workbook (its ledgers carry 填报单位, a roll-up's) a finding at a row says whose row it is, first:
 * `（西湖社区居委会）已整改数42大于发现数32，…` — the street needs to know whom to call (new-user test 31, D23). The one
 * place for every rule; a message that already names the unit is left as it is. `readAs`: standard sheet name → the
 * renamed sheet read as it.
 */
function withReportingUnit(findings: readonly Finding[], ledgers: Readonly<Record<string, ParsedLedger>>, readAs: ReadonlyMap<string, string>): Finding[] {
  const unitAt = new Map<string, string>();
  for (const ledger of Object.values(ledgers)) {
    if (!ledger.found || !ledger.spec.columns.some((c) => c.id === reportingUnitColumn.id)) continue;
    const sheets = [ledger.spec.sheet, readAs.get(ledger.spec.sheet)].filter((x): x is string => !!x);
    if (!findings.some((f) => f.cell && sheets.includes(f.sheet.trim()))) continue;
    for (const row of ledger.rows) {
      const unit = row.cells[reportingUnitColumn.id]?.value;
      if (typeof unit === "string" && unit.trim()) for (const sheet of sheets) unitAt.set(`${sheet}!${row.row}`, unit.trim());
    }
  }
  if (!unitAt.size) return [...findings];
  return findings.map((f) => {
    const row = /\d+$/u.exec(f.cell)?.[0];
    const unit = row ? unitAt.get(`${f.sheet.trim()}!${row}`) : undefined;
    return unit && !f.message.includes(unit) ? { ...f, message: `（${unit}）${f.message}` } : f;
  });
}

/** What the user typed in a cell (`sheet!C5`), as text: a message quotes it (`发现数“百余”`). */
function typedIn(sheetOf: (name: string) => SheetGrid | undefined): (source: string) => string | undefined {
  return (source) => {
    const bang = source.lastIndexOf("!");
    const m = /^([A-Z]+)(\d+)$/u.exec(source.slice(bang + 1));
    const grid = sheetOf(source.slice(0, bang));
    if (!m || !grid) return undefined;
    const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    const v = grid.values[Number(m[2]) - grid.originRow]?.[col - grid.originCol];
    return v === null || v === undefined ? undefined : String(v).trim();
  };
}

/**
 * `workbook.empty` (new-user test 25, D18): a standard workbook none of whose ledgers holds a row — the blank template
 * with only 基本信息 filled, or the wrong file opened. Said once, at the first ledger sheet. A ledger sheet that is
 * there but could not be read (its headers not found) or renamed may hold data: then nothing is said (its error is); a workbook
 * that is no standard ledger at all is said so instead (notStandardSheets).
 */
function emptyWorkbook(catalog: Catalog, ledgers: Readonly<Record<string, ParsedLedger>>, sheetOf: (name: string) => SheetGrid | undefined, findings: readonly Finding[]): Finding[] {
  const specs = ledgersOf(catalog);
  if (!specs.length || notStandardSheets(findings, catalog)) return [];
  for (const spec of specs) {
    const ledger = ledgers[spec.id];
    if (!ledger?.found) {
      // There but unreadable, or renamed (its rows on another sheet): it may hold data.
      if (sheetOf(spec.sheet) || findings.some((f) => f.rule === "sheet.renamed" && f.sheet === spec.sheet)) return [];
      continue;
    }
    if ((ledger.table ? ledger.table.rowNumbers.length : ledger.rows.length) > 0) return [];
  }
  const list = specs.map((s) => s.sheet);
  return [makeFinding("workbook.empty", specs[0].sheet, "", { list: `${list.slice(0, 3).join("、")}等${list.length}个` })];
}

function reportPeriod(profile: Readonly<Record<string, ParsedCell>>, year: number | undefined): ReportPeriod | undefined {
  if (year === undefined) return undefined;
  const typedStart = typeof profile.start?.value === "number" ? profile.start.value : undefined;
  const def = defaultPeriod(year, typeof profile.period?.value === "string" ? profile.period.value : undefined, typedStart);
  const start = typedStart ?? def.start;
  const end = typeof profile.end?.value === "number" ? profile.end.value : def.end;
  // Dates typed the wrong way round (profile.date-order, an error): the period 报告年度 and 报告期 name, never a
  // backwards one that leaves every activity out (new-user test 18, D18). A 专项 names no days but its own: with them
  // backwards it has no period at all (no days in the text, no row judged by date), never the whole year nobody typed
  // (new-user test 43, D18: `2025年1月1日至12月31日`).
  if (start <= end) return { start, end };
  return profile.period?.value === "专项" ? undefined : { start: def.start, end: def.end };
}

function unknownHeaders(loc: HeaderLocation, fields: readonly FieldSpec[]): string {
  const known = new Set(fields.map((f) => f.header));
  return [...loc.columns.keys()].filter((k) => !known.has(k)).map((k) => `“${k}”`).join("、");
}

/**
 * Maps fields to columns and reports missing/duplicate headers. Columns a later version of the
 * standard added (`since`, e.g. 频次 of v1.1) that a workbook of an earlier version lacks make one
 * warning for the sheet, pointing to the upgrade, not one per column.
 */
function mapColumns(sheet: string, loc: HeaderLocation, fields: readonly FieldSpec[], findings: Finding[], catalog: Catalog): LocatedField[] {
  const located: LocatedField[] = [];
  const extra = unknownHeaders(loc, fields);
  const newer: FieldSpec[] = [];
  for (const field of fields) {
    const match = columnFor(loc, field, fields);
    const cols = match?.cols;
    // A count whose measure word has its own column (宣传投放 数量 + 单位): `数量（块）` is told where the 块 goes (new-user test 31, D28).
    const unitColumn = !field.unit && field.id !== "unit" ? fields.find((f) => f.id === "unit")?.header : undefined;
    if (match?.variant) findings.push(makeFinding("column.header-variant", sheet, cellAddress(loc.headerRow, match.cols[0]), { field: field.header, typed: match.variant, ...(unitColumn ? { detail: unitColumn } : {}) }));
    if (!cols) {
      if (field.since !== undefined && !field.required) newer.push(field);
      else findings.push(makeFinding(field.required ? "column.missing" : "column.missing-optional", sheet, "", { field: field.header, detail: extra }));
      continue;
    }
    if (cols.length > 1) {
      findings.push(makeFinding("column.duplicate", sheet, cellAddress(loc.headerRow, cols[1]), { field: field.header, detail: cols.map((c) => cellAddress(loc.headerRow, c)).join("、") }));
    }
    located.push({ field, col: cols[0] });
  }
  if (newer.length) findings.push(makeFinding("column.missing-newer", sheet, "", { list: newer.map((f) => `“${f.header}”`).join("、"), detail: catalog.versionText }));
  return located;
}

function readProfile(form: FormSpec, grid: SheetGrid | undefined, findings: Finding[], catalog: Catalog): Record<string, ParsedCell> {
  const out: Record<string, ParsedCell> = {};
  if (!grid) return out;
  const layout = profileLayout(grid, form);
  if (!layout) {
    findings.push(makeFinding("sheet.headers-not-found", form.sheet, "", { field: form.sheet, list: `${form.keyHeader}、${form.valueHeader}` }));
    return out;
  }
  if (!layout.loc.viaTable) findings.push(makeFinding("table.missing", form.sheet, "", { field: form.table }));
  const rows = [...layout.rows.values()].sort((a, b) => a - b);
  findings.push(...layoutFindings(form.sheet, grid, { loc: layout.loc, located: [], dataRows: rows, width: layout.valueCol }, []));
  // The year first: dates typed without a year (6月5日) take it.
  const ordered = [...form.items].sort((a, b) => Number(b.id === "year") - Number(a.id === "year"));
  let year: number | undefined;
  for (const item of ordered) {
    const row = layout.rows.get(item);
    if (row === undefined) {
      if (item.required) findings.push(makeFinding("profile.item-missing", form.sheet, "", { field: item.header }));
      continue;
    }
    const address = cellAddress(row, layout.valueCol);
    const variant = layout.variants.get(item);
    if (variant !== undefined) findings.push(makeFinding("profile.item-variant", form.sheet, cellAddress(row, layout.keyCol), { field: item.header, typed: variant }));
    const check = checkCell(item, cellAt(grid, row, layout.valueCol), { sheet: form.sheet, cell: address, year, formula: grid.formulas?.[address], choice: { catalog } });
    findings.push(...check.findings);
    out[item.id] = check.parsed;
    if (item.id === "year" && typeof check.parsed.value === "number") year = check.parsed.value;
  }
  return out;
}

function readLedger(spec: LedgerSpec, grid: SheetGrid | undefined, year: number | undefined, findings: Finding[], catalog: Catalog, period?: CellContext["period"]): ParsedLedger {
  if (!grid) return { spec, found: false, rows: [] };
  const fields = fieldsOf(spec);
  // The layout (ledgerLayout) with its data rows found in the same pass as the cells are read.
  const shape = ledgerColumns(grid, spec);
  if (!shape) {
    findings.push(makeFinding("sheet.headers-not-found", spec.sheet, "", { field: spec.sheet, list: fields.map((f) => f.header).join("、") }));
    return { spec, found: false, rows: [] };
  }
  const { loc } = shape;
  if (!loc.viaTable) findings.push(makeFinding("table.missing", spec.sheet, "", { field: spec.table }));
  const located = mapColumns(spec.sheet, loc, fields, findings, catalog);
  const unitField = located.find((l) => l.field.id === "unit");
  const unitCol = unitField?.col;
  const unitValues = unitField?.field.type === "enum" ? unitField.field.values : undefined;
  const plans = columnPlans(grid, located);
  const dataRows: number[] = [];
  const columns = plans.map((plan) => new SnapshotColumn(plan.field, plan.letters, grid.values, grid.originRow, plan.index, dataRows));
  // Rows with a cell off the fast path: the only ones a 合计 row can be (it lacks required values).
  const slowRows = new Set<number>();
  if (shape.located.length > 0) {
    // One context for every slow cell of the sheet (readCell keeps no reference to it).
    // Where 规范数据 puts a word the list lacks (the row's 其他 column, else 备注), named in the hint.
    const otherInto = located.find((l) => l.field.id === (spec.otherNamedBy ?? "remark"))?.field.header ?? located.find((l) => l.field.id === "remark")?.field.header;
    const choice = { catalog, ledgerId: spec.id, otherInto };
    const ctx: { -readonly [K in keyof CellContext]: CellContext[K] } = { sheet: spec.sheet, cell: "", year, period, percentAllowed: false, formula: undefined, rowUnit: undefined, ownUnit: undefined, rowApprox: undefined, choice };
    // 先进典型 counts a 家庭 honour in 户, a 寝室 in 间 (catalog honourMeasure): `3户` is then the column's own unit.
    const titleCol = spec.id === "honors" ? located.find((l) => l.field.id === "title")?.col : undefined;
    // The row's 表述 (其他指标), which a note on a number's reading names (new-user test 65, D16).
    const approxCol = located.find((l) => l.field.id === "approx")?.col;
    const unitIndex = plans.findIndex((p) => p.field.id === "unit");
    const readSlow: SlowCell = (c, i, row, raw, formula) => {
      slowRows.add(row);
      const { field } = plans[c];
      // 单位 % allows a percentage (其他指标); only numbers look at it.
      const unit = unitCol === undefined || (field.type !== "int" && field.type !== "num") ? "" : readText(cellAt(grid, row, unitCol));
      ctx.cell = plans[c].letters + row;
      ctx.percentAllowed = unit === "%" || unit === "％";
      ctx.rowUnit = unitCol === undefined ? undefined : { text: unit, values: unitValues };
      ctx.ownUnit = titleCol !== undefined && field.id === "people" ? honourMeasure(readText(cellAt(grid, row, titleCol))) : undefined;
      const approxWord = approxCol === undefined || (field.type !== "int" && field.type !== "num") ? "" : readText(cellAt(grid, row, approxCol)).trim();
      ctx.rowApprox = approxWord === "约" || approxWord === "余" || approxWord === "近" ? approxWord : undefined;
      ctx.formula = formula;
      const read = readCell(field, raw, ctx, findings);
      // A blank 单位 (`  `) already read as the unit typed beside it (`80人次`) keeps that reading.
      if (c === unitIndex && read.value === null && columns[c].lastRead() === i) return;
      columns[c].setRead(i, read.value);
      if (read.approx) columns[c].approx.set(i, read.approx);
      if (read.wan) columns[c].wan.add(i);
      if (read.month) columns[c].month.add(i);
      if (read.outsideMonth !== undefined) columns[c].outsideMonth.set(i, read.outsideMonth);
      if (read.rowUnit !== undefined && unitIndex >= 0) columns[unitIndex].setReadBlank(i, read.rowUnit);
    };
    const remarkCol = plans.findIndex((p) => p.field.id === "remark");
    applyApproxTags(spec, columns, readCells(grid, loc.headerRow, shape.dataIndexes, plans, columns, dataRows, remarkCol, readSlow), dataRows, findings);
  }
  const layout: LedgerLayout = { loc, located: shape.located, dataRows, width: shape.width };
  const table: ParsedTable = { sheet: spec.sheet, rowNumbers: dataRows, columns };
  if (loc.tableEnd !== undefined && dataRows.length > 0 && dataRows[dataRows.length - 1] > loc.tableEnd) {
    const outside = dataRows.filter((row) => row > (loc.tableEnd as number));
    findings.push(makeFinding("table.rows-outside", spec.sheet, cellAddress(outside[0], located[0]?.col ?? 1), { detail: compactRows(outside) }));
  }
  // 文字材料's rows are points of text: the summary says a point typed twice once (new-user test 29, D15).
  const structural = layoutFindings(spec.sheet, grid, layout, fields, slowRows, spec.id === "texts");
  findings.push(...structural);
  // A 合计 row is an error the user is asked to delete; until then its figures are not counted twice
  // in the summary (new-user test 2, D6): it stays for the checks, not in the rows the facts read.
  const totals = new Set(structural.filter((f) => f.rule === "row.total").map((f) => Number(f.cell.replace(/^[A-Z]+/u, ""))));
  // Its cells' own findings (“问题类别”不能填“合计”, “日期”必须填写) are noise once the row is said to be a 合计 row (new-user test 2, D3).
  if (totals.size) {
    const noise = (f: Finding) => f.sheet === spec.sheet && f.rule.startsWith("value.") && totals.has(Number(f.cell.replace(/^[A-Z]+/u, "")));
    for (let i = findings.length - 1; i >= 0; i--) if (noise(findings[i])) findings.splice(i, 1);
  }
  return columnarLedger(spec, table, totals);
}


const APPROX_TAG = "〔约数〕";

/**
 * 〔约数〕<header>：<typed> tags in 备注 make that column's figure approximate (spec "Approximate
 * figures"). `tagged`: the data-row indexes whose 备注 may hold a tag; `rows`: the sheet row of each
 * data-row index. A tag is read only while it still records the cell's figure (`百余` = 100 beside 100,
 * as 规范数据 wrote it): once the user types the exact figure the check asked for (128), the tag is stale,
 * the cell is read as the exact figure it is (never `120余`) and a `value.approx-tag-stale` warning
 * naming the cell is pushed to `findings` (new-user test 36, D5).
 */
function applyApproxTags(spec: LedgerSpec, columns: readonly SnapshotColumn[], tagged: readonly number[], rows: readonly number[], findings: Finding[]): void {
  const remarks = columns.find((c) => c.field.id === "remark");
  if (!remarks) return;
  for (const i of tagged) {
    const remark = remarks.value(i);
    if (typeof remark !== "string" || !remark.includes(APPROX_TAG)) continue;
    for (const tag of parseApproxTags(remark)) {
      const field = spec.columns.find((c) => c.header === tag.header);
      const column = field ? columns.find((c) => c.field === field) : undefined;
      const value = column?.value(i);
      if (!column || typeof value !== "number" || column.approx.has(i)) continue;
      const typed = readNumber(tag.typed);
      if (typed.kind !== "number" || !typed.approx) continue;
      if (approxTagStale(typed.value, value)) {
        const detail = `${remarks.letters}${rows[i]}`;
        findings.push(makeFinding("value.approx-tag-stale", spec.sheet, `${column.letters}${rows[i]}`, { field: column.field.header, read: String(value), typed: formatApproxTag(tag.header, tag.typed), detail }));
      } else column.approx.set(i, typed.approx);
    }
  }
}

/**
 * True when a 〔约数〕 tag's recorded figure (`百余` → 100) is not the cell's number (128): the user typed
 * the exact figure after 规范数据 wrote the tag. Both are plain numbers in the column's unit (规范数据 writes
 * `readNumber(typed).value`); a relative 1e-9 absorbs float noise of `1.2万`-style readings.
 */
export function approxTagStale(recorded: number, cell: number): boolean {
  return Math.abs(recorded - cell) > 1e-9 * Math.max(1, Math.abs(cell));
}

/** Letters then digits (`AB12`): the column number (AB → 28), else 0. */
function columnOfCell(cell: string): number {
  let c = 0;
  let i = 0;
  for (; i < cell.length; i++) {
    const ch = cell.charCodeAt(i);
    if (ch < 65 || ch > 90) break;
    c = c * 26 + ch - 64;
  }
  return i === 0 || i === cell.length ? 0 : c;
}

/** The row of a cell `columnOfCell` accepted: its digits (`AB12` → 12), else -1. */
function rowOfCell(cell: string): number {
  let i = 0;
  while (cell.charCodeAt(i) >= 65 && cell.charCodeAt(i) <= 90) i++;
  let r = 0;
  for (let j = i; j < cell.length; j++) {
    const ch = cell.charCodeAt(j);
    if (ch < 48 || ch > 57) return -1;
    r = r * 10 + ch - 48;
  }
  // Exact up to 15 digits; longer (no real cell) as Number reads them.
  return cell.length - i > 15 ? Number(cell.slice(i)) : r;
}

/**
 * Errors first, then warnings; within a severity by sheet (catalog order), row, column, then as
 * found. Each finding's position is packed into one number (severity, sheet < 128, row < 2^21,
 * column < 2^14: 43 bits); findings already in order — the usual case, cells being read row by row —
 * are returned without sorting.
 */
function sortFindings(findings: Finding[], catalog: Catalog): Finding[] {
  const order = new Map(catalog.sheets.map((s, i) => [s.sheet, i]));
  const keys = new Float64Array(findings.length);
  let sorted = true;
  let packed = true;
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i];
    // `C5` → row 5, column 3; anything else (a sheet-level finding) → 0, 0.
    let c = columnOfCell(f.cell);
    let r = c === 0 ? -1 : rowOfCell(f.cell);
    if (r < 0) r = c = 0;
    const o = order.get(f.sheet) ?? 99;
    if (r >= 2 ** 21 || c >= 2 ** 14 || o >= 128) packed = false;
    keys[i] = (((f.severity === "warning" ? 1 : 0) * 128 + o) * 2 ** 21 + r) * 2 ** 14 + c;
    if (i > 0 && keys[i] < keys[i - 1]) sorted = false;
  }
  if (sorted && packed) return findings;
  if (packed) return findings.map((f, i) => i).sort((a, b) => keys[a] - keys[b] || a - b).map((i) => findings[i]);
  // Positions beyond Excel's sheet size: compare the parts.
  return findings
    .map((f, i) => {
      const c = columnOfCell(f.cell);
      const r = c === 0 ? -1 : rowOfCell(f.cell);
      return { f, i, w: Number(f.severity === "warning"), o: order.get(f.sheet) ?? 99, r: r < 0 ? 0 : r, c: r < 0 ? 0 : c };
    })
    .sort((a, b) => a.w - b.w || a.o - b.o || a.r - b.r || a.c - b.c || a.i - b.i)
    .map((x) => x.f);
}

export { formatSerialDate };
