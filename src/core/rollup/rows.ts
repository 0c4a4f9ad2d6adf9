/**
 * A unit's ledger rows as rows of the combined workbook: values as validation understood them
 * (numbers as numbers, dates as real dates, text trimmed), 填报单位 added, approximations kept
 * through the 〔约数〕 tag in 备注 (as `fix` writes them), and cells that could not be read kept
 * as typed (only a forced unit has such cells), so nothing a unit typed is lost.
 * @module
 */
import { CARRIED_ROW_MARK, reportingUnitColumn, standingOrgKinds, TYPED_TURNOUT, type FieldSpec, type LedgerSpec } from "../catalog";
import { lettersToColumn, type CellValue, type SheetGrid } from "../grid";
import { addApproxTag, parseApproxTags, removeApproxTag } from "../normalize/approx-tag";
import { approxTagStale } from "../validate/validate-workbook";
import { ymdFromSerial } from "../normalize/date";
import { readNumber } from "../normalize/number";
import { hasContactData } from "../normalize/personal";
import { scrubPersonal } from "../facts/remark";
import type { ParsedCell, ParsedLedger, ParsedRow } from "../validate";
import { cellAt } from "../validate/locate";
import type { RollupRow, RollupValue } from "./types";

/** `{ date: "2023-06-05" }` for an Excel serial (the time of day dropped). */
export function dateSeed(serial: number): { readonly date: string } {
  const { y, m, d } = ymdFromSerial(serial);
  return { date: `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}` };
}

/** The raw value behind a parsed cell, found through its `sheet!A1` source. */
function rawOf(grid: SheetGrid | undefined, cell: ParsedCell): CellValue {
  const m = /!\$?([A-Z]+)\$?(\d+)$/u.exec(cell.source);
  if (!grid || !m) return null;
  return cellAt(grid, Number(m[2]), lettersToColumn(m[1]));
}

const blankRaw = (v: CellValue): boolean => v === null || (typeof v === "string" && v.trim() === "");

/** The value to write for one field, and the typed text of an approximate figure typed as text. */
function seedOf(field: FieldSpec, cell: ParsedCell, raw: CellValue): { value?: RollupValue; approxTyped?: string } {
  const v = cell.value;
  if (field.type === "date") {
    if (typeof v === "number") return { value: dateSeed(v) };
  } else if (field.type === "int" || field.type === "num") {
    if (typeof v === "number") return cell.approx && typeof raw === "string" ? { value: v, approxTyped: raw.trim() } : { value: v };
  } else if (typeof v === "string") {
    return v === "" ? {} : { value: v };
  }
  // Unreadable (only a forced unit gets here): keep what was typed, so the combined file shows it too.
  return blankRaw(raw) ? {} : { value: raw };
}

/** One unit's rows as combined rows, and the `sheet!A1` of what was not passed on. */
export interface SeededRows {
  readonly rows: RollupRow[];
  /** Text cells with a phone or ID number whose clauses were left out (new-user test 12, D5). */
  readonly contactLeftOut: readonly string[];
  /** 姓名 cells (a personal column, spec §5) not copied (new-user test 14, D13). */
  readonly namesLeftOut: readonly string[];
  /**
   * The unit's own columns (a header the catalog does not know, `网格员`, `照片编号`) with something typed under them in
   * a data row, as headed on the sheet: the combined workbook has the standard columns only (new-user test 38, D12).
   */
  readonly ownColumns: readonly string[];
}

/**
 * One parsed row → one combined row, with 填报单位 = `unit`. Personal data is not passed on, since a
 * street forwards the combined workbook: a phone or ID number typed in a text cell (`负责人吴桂芳，
 * 电话13811112222` in 备注) has its clauses left out (new-user test 12, D5), and a personal column
 * (先进典型 姓名, spec §5) is not copied at all (new-user test 14, D13); each cell left out is pushed,
 * as `sheet!A1`, to `contactLeftOut` or `namesLeftOut`.
 */
function seedRow(spec: LedgerSpec, row: ParsedRow, grid: SheetGrid | undefined, unit: string, contactLeftOut: string[], namesLeftOut: string[], carried: boolean): RollupRow {
  const out: Record<string, RollupValue> = { [reportingUnitColumn.header]: unit };
  const tags: { header: string; typed: string }[] = [];
  for (const field of spec.columns) {
    const cell = row.cells[field.id];
    if (!cell || field.type === "formula" || field.id === reportingUnitColumn.id) continue;
    const seeded = seedOf(field, cell, rawOf(grid, cell));
    const { approxTyped } = seeded;
    let { value } = seeded;
    if (value !== undefined && field.personal) {
      namesLeftOut.push(cell.source);
      continue;
    }
    if (typeof value === "string" && field.type !== "phone" && hasContactData(value)) {
      const kept = scrubPersonal(value);
      contactLeftOut.push(cell.source);
      value = kept === "" ? undefined : kept;
    }
    // A count typed in a word its row's 单位 contradicts and the 单位 column cannot hold (`6对` beside 人: catalog
    // TYPED_TURNOUT) is kept as typed: the combined file is checked and told as the unit's own (`6对新人参加`), never
    // as 6 of the column's 人 (new-user test 33).
    const raw = rawOf(grid, cell);
    const typedUnit = (field.type === "int" || field.type === "num") && typeof raw === "string" && !cell.approx ? readNumber(raw) : undefined;
    const rowUnit = row.cells.unit?.value;
    if (typedUnit?.kind === "number" && typedUnit.unit && TYPED_TURNOUT.has(typedUnit.unit) && typeof rowUnit === "string" && rowUnit && rowUnit !== typedUnit.unit) value = (raw as string).trim();
    if (value !== undefined) out[field.header] = value;
    if (approxTyped) tags.push({ header: field.header, typed: approxTyped });
  }
  const remarkField = spec.columns.find((c) => c.id === "remark");
  // A stale 〔约数〕 tag (`〔约数〕注册人数：百余` beside the exact 128 typed since; new-user test 36, D5) is not passed on.
  const typedRemark = remarkField && out[remarkField.header];
  if (remarkField && typeof typedRemark === "string") {
    let remark: string | null = typedRemark;
    for (const t of parseApproxTags(typedRemark)) {
      const value = row.cells[spec.columns.find((c) => c.header === t.header)?.id ?? ""]?.value;
      const recorded = readNumber(t.typed);
      if (typeof value === "number" && recorded.kind === "number" && recorded.approx && approxTagStale(recorded.value, value)) remark = removeApproxTag(remark, t.header);
    }
    if (remark === null) delete out[remarkField.header];
    else out[remarkField.header] = remark;
  }
  if (tags.length && remarkField) {
    let remark = typeof out[remarkField.header] === "string" ? (out[remarkField.header] as string) : null;
    for (const t of tags) {
      try {
        remark = addApproxTag(remark, t.header, t.typed);
      } catch {
        // A typed text that cannot be a tag (holds ；): the figure is written exactly.
      }
    }
    if (remark !== null) out[remarkField.header] = remark;
  }
  // A standing row carried by 开始下一期 (no 日期, in a workbook with 上期指标) says so in 备注 (catalog CARRIED_ROW_MARK).
  const kind = row.cells.kind?.value;
  if (carried && spec.id === "organization" && remarkField && typeof kind === "string" && standingOrgKinds.includes(kind) && row.cells.date?.value == null) {
    const remark = out[remarkField.header];
    out[remarkField.header] = `${CARRIED_ROW_MARK}${typeof remark === "string" ? remark : ""}`;
  }
  return out;
}

/**
 * Every data row of a ledger as combined rows, and the cells whose personal data was left out ({@link seedRow}).
 * `carried`: the unit's workbook holds 上期指标 (started by 开始下一期), so its standing 组织保障 rows without a 日期 are
 * marked as carried (catalog CARRIED_ROW_MARK).
 */
export function seedRows(ledger: ParsedLedger, grid: SheetGrid | undefined, unit: string, carried = false): SeededRows {
  const contactLeftOut: string[] = [];
  const namesLeftOut: string[] = [];
  const rows = ledger.rows.map((r) => seedRow(ledger.spec, r, grid, unit, contactLeftOut, namesLeftOut, carried));
  return { rows, contactLeftOut, namesLeftOut, ownColumns: ownColumnsOf(ledger, grid) };
}

/**
 * The headers of a ledger sheet's own columns — a column the catalog does not know (`网格员`, `照片编号`; 填报单位 is
 * the catalog's) headed in the standard columns' header row — under which a data row holds something, in sheet order.
 * The header row is the last row above the first data row that holds a standard header at its column. Nothing under
 * them is carried into the combined workbook (a phone in `网格员` never is): the roll-up names them (new-user test 38, D12).
 */
function ownColumnsOf(ledger: ParsedLedger, grid: SheetGrid | undefined): string[] {
  if (!grid || !ledger.rows.length) return [];
  const columnOfSource = (source: string): number | undefined => {
    const m = /!\$?([A-Z]+)\$?\d+$/u.exec(source);
    return m ? lettersToColumn(m[1]) : undefined;
  };
  const standard = new Map<number, FieldSpec>();
  for (const r of ledger.rows) {
    for (const field of ledger.spec.columns) {
      const cell = r.cells[field.id];
      const col = cell && columnOfSource(cell.source);
      if (col !== undefined) standard.set(col, field);
    }
  }
  const dataRows = ledger.rows.map((r) => r.row);
  const first = Math.min(...dataRows);
  const text = (row: number, col: number): string => {
    const v = cellAt(grid, row, col);
    return typeof v === "string" ? v.trim() : typeof v === "number" ? String(v) : "";
  };
  let header: number | undefined;
  for (let row = first - 1; row >= grid.originRow && header === undefined; row--) {
    if ([...standard].some(([col, field]) => text(row, col).startsWith(field.header))) header = row;
  }
  if (header === undefined) return [];
  const width = grid.originCol + Math.max(0, ...grid.values.map((v) => v.length)) - 1;
  const own: string[] = [];
  for (let col = grid.originCol; col <= width; col++) {
    const name = text(header, col);
    if (!name || standard.has(col) || name === reportingUnitColumn.header) continue;
    if (dataRows.some((row) => text(row, col) !== "")) own.push(name);
  }
  return own;
}
