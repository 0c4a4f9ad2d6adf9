/**
 * Validation of a whole workbook snapshot against the catalog: sheets and headers found by name,
 * every cell checked, cross-field rules (已整改数 ≤ 发现数, 起始日期 ≤ 截止日期, activity
 * dates inside the report period). Returns findings and the parsed workbook; never throws for
 * bad data.
 * @module
 */
import { fieldsOf, formOf, ledgersOf, type Catalog, type FieldSpec, type FormSpec, type LedgerSpec } from "../catalog";
import { cellAddress, type SheetGrid, type WorkbookSnapshot } from "../grid";
import { parseApproxTags } from "../normalize/approx-tag";
import { readNumber } from "../normalize/number";
import { readText } from "../normalize/text";
import type { Finding } from "./finding";
import { cellAt, type HeaderLocation } from "./locate";
import { ledgerLayout, profileLayout } from "./layout";
import { compactRows, layoutFindings, sheetFindings } from "./structure";
import { checkCell, formatSerialDate, makeFinding } from "./check-cell";
import type { LocatedField, ParsedCell, ParsedLedger, ParsedRow, ParsedWorkbook, ReportPeriod } from "./parsed";
import { defaultPeriod } from "./period";
import { crossChecks } from "./cross-checks";
import { columnPlans, fastCell, formulaAt, type ColumnPlan } from "./fast-cell";

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
  const sheetOf = (name: string): SheetGrid | undefined => snapshot.sheets.find((s) => s.name === name) ?? snapshot.sheets.find((s) => s.name.trim() === name);
  findings.push(...sheetFindings(snapshot, catalog, sheetOf));
  const form = formOf(catalog);
  const profile = readProfile(form, sheetOf(form.sheet), findings);
  const year = typeof profile.year?.value === "number" ? profile.year.value : undefined;
  const period = reportPeriod(profile, year);

  const ledgers: Record<string, ParsedLedger> = {};
  for (const spec of ledgersOf(catalog)) ledgers[spec.id] = readLedger(spec, sheetOf(spec.sheet), year, findings);

  const workbook: ParsedWorkbook = { profile, ledgers, period };
  findings.push(...crossChecks(workbook, form));
  return { findings: sortFindings(findings, catalog), workbook };
}

function reportPeriod(profile: Readonly<Record<string, ParsedCell>>, year: number | undefined): ReportPeriod | undefined {
  if (year === undefined) return undefined;
  const def = defaultPeriod(year, typeof profile.period?.value === "string" ? profile.period.value : undefined);
  const start = typeof profile.start?.value === "number" ? profile.start.value : def.start;
  const end = typeof profile.end?.value === "number" ? profile.end.value : def.end;
  return { start, end };
}

function unknownHeaders(loc: HeaderLocation, fields: readonly FieldSpec[]): string {
  const known = new Set(fields.map((f) => f.header));
  return [...loc.columns.keys()].filter((k) => !known.has(k)).map((k) => `“${k}”`).join("、");
}

/** Maps fields to columns and reports missing/duplicate headers. */
function mapColumns(sheet: string, loc: HeaderLocation, fields: readonly FieldSpec[], findings: Finding[]): LocatedField[] {
  const located: LocatedField[] = [];
  const extra = unknownHeaders(loc, fields);
  for (const field of fields) {
    const cols = loc.columns.get(field.header);
    if (!cols) {
      findings.push(makeFinding(field.required ? "column.missing" : "column.missing-optional", sheet, "", { field: field.header, detail: extra }));
      continue;
    }
    if (cols.length > 1) {
      findings.push(makeFinding("column.duplicate", sheet, cellAddress(loc.headerRow, cols[1]), { field: field.header, detail: cols.map((c) => cellAddress(loc.headerRow, c)).join("、") }));
    }
    located.push({ field, col: cols[0] });
  }
  return located;
}

function readProfile(form: FormSpec, grid: SheetGrid | undefined, findings: Finding[]): Record<string, ParsedCell> {
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
    const check = checkCell(item, cellAt(grid, row, layout.valueCol), { sheet: form.sheet, cell: address, year, formula: grid.formulas?.[address] });
    findings.push(...check.findings);
    out[item.id] = check.parsed;
    if (item.id === "year" && typeof check.parsed.value === "number") year = check.parsed.value;
  }
  return out;
}

function readLedger(spec: LedgerSpec, grid: SheetGrid | undefined, year: number | undefined, findings: Finding[]): ParsedLedger {
  if (!grid) return { spec, found: false, rows: [] };
  const fields = fieldsOf(spec);
  const layout = ledgerLayout(grid, spec);
  if (!layout) {
    findings.push(makeFinding("sheet.headers-not-found", spec.sheet, "", { field: spec.sheet, list: fields.map((f) => f.header).join("、") }));
    return { spec, found: false, rows: [] };
  }
  const { loc } = layout;
  if (!loc.viaTable) findings.push(makeFinding("table.missing", spec.sheet, "", { field: spec.table }));
  const located = mapColumns(spec.sheet, loc, fields, findings);
  const rows: ParsedRow[] = [];
  const outside: number[] = [];
  const plans = columnPlans(spec.sheet, grid, located);
  const unitCol = located.find((l) => l.field.id === "unit")?.col;
  for (const row of layout.dataRows) {
    if (loc.tableEnd !== undefined && row > loc.tableEnd) outside.push(row);
    rows.push(readRow(spec, grid, row, plans, unitCol, year, findings));
  }
  if (outside.length) findings.push(makeFinding("table.rows-outside", spec.sheet, cellAddress(outside[0], located[0]?.col ?? 1), { detail: compactRows(outside) }));
  findings.push(...layoutFindings(spec.sheet, grid, layout, fields));
  return { spec, found: true, rows };
}

/**
 * One data row: clean cells through the fast path (fast-cell.ts), every other cell (and every
 * cell holding a formula) through checkCell — the same parsed cells and findings either way.
 */
function readRow(spec: LedgerSpec, grid: SheetGrid, row: number, plans: readonly ColumnPlan[], unitCol: number | undefined, year: number | undefined, findings: Finding[]): ParsedRow {
  const cells: Record<string, ParsedCell> = {};
  const values = grid.values[row - grid.originRow];
  const rowText = String(row);
  let unit: string | undefined;
  for (const plan of plans) {
    const v = values === undefined ? undefined : values[plan.index];
    const raw = v === undefined ? null : v;
    const formula = formulaAt(plan, row);
    const source = plan.sourcePrefix + rowText;
    const fast = formula === undefined ? fastCell(plan, raw, source) : undefined;
    if (fast !== undefined) {
      cells[plan.field.id] = fast;
      continue;
    }
    unit ??= unitCol !== undefined ? readText(cellAt(grid, row, unitCol)) : "";
    const check = checkCell(plan.field, raw, { sheet: spec.sheet, cell: plan.letters + rowText, year, percentAllowed: unit === "%" || unit === "％", formula });
    for (const f of check.findings) findings.push(f);
    cells[plan.field.id] = check.parsed;
  }
  applyApproxTags(spec, cells);
  return { row, cells };
}

/** 〔约数〕<header>：<typed> tags in 备注 make that column's figure approximate (spec "Approximate figures"). */
function applyApproxTags(spec: LedgerSpec, cells: Record<string, ParsedCell>): void {
  const remark = cells.remark?.value;
  if (typeof remark !== "string" || !remark.includes("〔约数〕")) return;
  for (const tag of parseApproxTags(remark)) {
    const field = spec.columns.find((c) => c.header === tag.header);
    const cell = field ? cells[field.id] : undefined;
    if (!field || !cell || typeof cell.value !== "number" || cell.approx) continue;
    const typed = readNumber(tag.typed);
    if (typed.kind === "number" && typed.approx) cells[field.id] = { ...cell, approx: typed.approx };
  }
}

function sortFindings(findings: Finding[], catalog: Catalog): Finding[] {
  const order = new Map(catalog.sheets.map((s, i) => [s.sheet, i]));
  const pos = (cell: string): [number, number] => {
    const m = /^([A-Z]+)(\d+)$/.exec(cell);
    if (!m) return [0, 0];
    let c = 0;
    for (const ch of m[1]) c = c * 26 + ch.charCodeAt(0) - 64;
    return [Number(m[2]), c];
  };
  // Keys computed once per finding, not once per comparison.
  return findings
    .map((f, i) => {
      const [r, c] = pos(f.cell);
      return { f, i, w: Number(f.severity === "warning"), o: order.get(f.sheet) ?? 99, r, c };
    })
    .sort((a, b) => a.w - b.w || a.o - b.o || a.r - b.r || a.c - b.c || a.i - b.i)
    .map((x) => x.f);
}

export { formatSerialDate };
