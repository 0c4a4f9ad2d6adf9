/**
 * The hot path of ledger validation (issue #6): a plan per located column, made once per sheet
 * (column letters, enum values in a Set, bounds, the column's formulas by row), and the cell loop
 * (readCells), which reads the cells users mostly hold — numbers in range, listed enum values,
 * plain text within its limit, blanks of optional fields — exactly as checkCell reads them (no
 * finding, exact), allocating nothing for them. Any other cell goes through checkCell, which
 * stays the one definition of the rules.
 * @module
 */
import type { FieldSpec } from "../catalog";
import { columnLetters, type CellValue, type SheetGrid } from "../grid";
import { isBlankChar } from "../normalize/text";
import type { LocatedField } from "./parsed";
import type { SnapshotColumn } from "./columnar";
import { isDataCells } from "./layout";

const enum Kind {
  /** Always checkCell (phone, and enums whose values would not survive the shortcut). */
  Slow,
  Date,
  Int,
  Num,
  Enum,
  Text,
  Formula,
}

/** What the fast path needs to know of one located column. */
export interface ColumnPlan {
  readonly field: FieldSpec;
  /** Index of the column in a row of `grid.values` (col − originCol). */
  readonly index: number;
  /** Column letters (`C`). */
  readonly letters: string;
  readonly kind: Kind;
  readonly required: boolean;
  readonly min: number;
  readonly max: number;
  readonly maxLength: number;
  /** A text column: contact data in it takes the slow path (value.personal; in 备注 too: new-user test 38, D27). */
  readonly scanContact: boolean;
  readonly values: ReadonlySet<unknown>;
  /** Formulas of this column by row (from `grid.formulas`), when it holds any. */
  readonly formulas?: ReadonlyMap<number, string>;
}

const NO_VALUES: ReadonlySet<unknown> = new Set();

/**
 * False for every blank character (isBlankChar), true for most others — CJK and printable ASCII
 * in two or three comparisons. Control characters count as blank here: they take the slow path.
 */
function solid(code: number): boolean {
  if (code > 0x3000) return code !== 0xfeff;
  return code > 0x20 && (code < 0x7f || !isBlankChar(code));
}

/** True for non-empty text with nothing to trim (see trimCell) that is not an Excel error (`#…`). */
function plainText(s: string): boolean {
  if (s.length === 0) return false;
  const first = s.charCodeAt(0);
  return first !== 0x23 && solid(first) && solid(s.charCodeAt(s.length - 1));
}

/** True when checkCell would accept each of an enum's values, typed exactly, without a finding and without change. */
function plainEnum(values: readonly string[]): boolean {
  return values.every(plainText);
}

function kindOf(field: FieldSpec): Kind {
  switch (field.type) {
    case "date":
      return Kind.Date;
    case "int":
      return Kind.Int;
    case "num":
      return Kind.Num;
    case "enum":
      return plainEnum(field.values ?? []) ? Kind.Enum : Kind.Slow;
    case "text":
      return Kind.Text;
    case "formula":
      return Kind.Formula;
    default:
      return Kind.Slow;
  }
}

/** The plans of a sheet's located fields, in their order. */
export function columnPlans(grid: SheetGrid, located: readonly LocatedField[]): ColumnPlan[] {
  const byColumn = formulasByColumn(grid);
  return located.map(({ field, col }) => {
    const letters = columnLetters(col);
    return {
      formulas: byColumn.get(letters),
      field,
      index: col - grid.originCol,
      letters,
      kind: kindOf(field),
      required: field.required,
      min: field.min ?? 0,
      max: field.max ?? Infinity,
      maxLength: field.maxLength ?? Infinity,
      scanContact: field.type === "text",
      values: field.type === "enum" ? new Set(field.values ?? []) : NO_VALUES,
    };
  });
}

/**
 * `grid.formulas` (A1 → formula) as column letters → row → formula, so that a cell's formula is
 * found without building its address. Only canonical addresses (`E5`, as `cellAddress` writes
 * them) are kept: they are the only keys a lookup by `cellAddress(row, col)` can hit.
 */
function formulasByColumn(grid: SheetGrid): Map<string, Map<number, string>> {
  const out = new Map<string, Map<number, string>>();
  for (const [address, formula] of Object.entries(grid.formulas ?? {})) {
    const m = /^([A-Z]+)([1-9][0-9]*)$/.exec(address);
    if (!m || formula === undefined) continue;
    let rows = out.get(m[1]);
    if (!rows) out.set(m[1], (rows = new Map()));
    rows.set(Number(m[2]), formula);
  }
  return out;
}

/** The formula of a planned column's cell at a 1-based row, if it holds one. */
export function formulaAt(plan: ColumnPlan, row: number): string | undefined {
  return plan.formulas === undefined ? undefined : plan.formulas.get(row);
}

/**
 * MIN_DATE_SERIAL and MAX_DATE_SERIAL + 1 (check-cell.ts) as literals the loop compiles in (an
 * import is a property load per cell); fast-cell.test.ts checks the bounds against checkCell.
 */
const enum DateBound {
  Min = 32874,
  End = 73416,
}

/** Receives a cell the loop does not take: column `c` of data row `i` (Excel row `row`). */
export type SlowCell = (c: number, i: number, row: number, raw: CellValue, formula: string | undefined) => void;

/**
 * The ledger cell loop (issue #6). Finds the data rows below `headerRow` — rows with a non-blank
 * cell at one of `dataIndexes`, as isDataRow decides — appends them to `dataRows`, and reads each
 * of their cells in the planned columns, each snapshot row loaded once. A clean cell — a number
 * in range, a listed enum value, plain text within its limit, a blank optional cell, a formula
 * column's cell holding its formula — is read exactly as checkCell reads it (no finding, exact)
 * with no allocation: its reading is its own value (SnapshotColumn reads it from the snapshot),
 * or, for a date with a time of day, is stored in its column. Every other cell goes to `slow`
 * (checkCell, the one definition of the rules). Numbers read here widen their column's [min, max].
 * Returns the data-row indexes whose cell in column `tagCol` holds 〔 (a possible 〔约数〕 tag).
 */
export function readCells(
  grid: SheetGrid,
  headerRow: number,
  dataIndexes: readonly number[],
  plans: readonly ColumnPlan[],
  columns: readonly SnapshotColumn[],
  dataRows: number[],
  tagCol: number,
  slow: SlowCell,
): number[] {
  const gridRows = grid.values;
  const originRow = grid.originRow;
  const last = originRow + gridRows.length - 1;
  const width = plans.length;
  const tagged: number[] = [];
  const mins = new Float64Array(width).fill(Infinity);
  const maxs = new Float64Array(width).fill(-Infinity);
  const firstIndex = dataIndexes.length > 0 ? dataIndexes[0] : -1;
  const start = Math.max(headerRow + 1, originRow);
  // Sized once for every row that could be a data row (no regrowth), trimmed at the end.
  let count = dataRows.length;
  dataRows.length = count + Math.max(0, last - start + 1);
  for (let row = start; row <= last; row++) {
    const cells = gridRows[row - originRow];
    if (cells === undefined) continue;
    // A number (or boolean) in the first column makes a data row; otherwise ask isDataCells.
    const first = firstIndex < 0 ? undefined : cells[firstIndex];
    if ((first === undefined || first === null || typeof first === "string") && !isDataCells(cells, dataIndexes)) continue;
    const i = count++;
    dataRows[i] = row;
    for (let c = 0; c < width; c++) {
      const plan = plans[c];
      const v = cells[plan.index];
      const raw = v === undefined ? null : v;
      if (c === tagCol && typeof raw === "string" && hasTagMark(raw)) tagged.push(i);
      const formula = plan.formulas === undefined ? undefined : plan.formulas.get(row);
      if (formula !== undefined) {
        // A formula column holding its formula reads as blank (it is recomputed), without a finding.
        if (plan.kind === Kind.Formula) {
          if (raw !== null) columns[c].setRead(i, null);
          continue;
        }
      } else if (raw === null) {
        if (!plan.required || plan.kind === Kind.Formula) continue;
      } else {
        switch (plan.kind) {
          case Kind.Date:
            // A serial in 1990-01-01..2100-12-31, the time of day dropped.
            if (typeof raw === "number" && raw >= DateBound.Min && raw < DateBound.End) {
              const day = Math.floor(raw);
              if (day < mins[c]) mins[c] = day;
              if (day > maxs[c]) maxs[c] = day;
              if (day !== raw) columns[c].setRead(i, day);
              continue;
            }
            break;
          case Kind.Int:
            if (typeof raw === "number" && raw >= plan.min && raw <= plan.max && Number.isInteger(raw)) {
              if (raw < mins[c]) mins[c] = raw;
              if (raw > maxs[c]) maxs[c] = raw;
              continue;
            }
            break;
          case Kind.Num:
            if (typeof raw === "number" && raw >= plan.min && raw <= plan.max && Number.isFinite(raw)) {
              if (raw < mins[c]) mins[c] = raw;
              if (raw > maxs[c]) maxs[c] = raw;
              continue;
            }
            break;
          case Kind.Enum:
            if (typeof raw === "string" && plan.values.has(raw)) continue;
            break;
          case Kind.Text:
            // Short enough even counted in UTF-16 units, nothing to trim, not an Excel error.
            if (typeof raw === "string" && raw.length <= plan.maxLength && raw.length > 0 && !(plan.scanContact && hasContactMark(raw))) {
              const a = raw.charCodeAt(0);
              const z = raw.charCodeAt(raw.length - 1);
              // The usual case inline — CJK or printable ASCII (not `#`) at both ends — else plainText.
              if (((a > 0x3000 && a !== 0xfeff) || (a > 0x20 && a < 0x7f && a !== 0x23)) && ((z > 0x3000 && z !== 0xfeff) || (z > 0x20 && z < 0x7f))) continue;
              if (plainText(raw)) continue;
            }
            break;
          default:
            break;
        }
      }
      slow(c, i, row, raw, formula);
    }
  }
  dataRows.length = count;
  for (let c = 0; c < width; c++) columns[c].noteRange(mins[c], maxs[c]);
  return tagged;
}

/** True when `text` may hold contact data (7 digits in a row, or 联/电/手/身/号): checkCell then decides (value.personal). */
function hasContactMark(text: string): boolean {
  let digits = 0;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c >= 0x30 && c <= 0x39) {
      if (++digits >= 7) return true;
    } else if (c !== 0x20 && c !== 0x2d) {
      // A space or dash inside a number (`138 0000 1111`, `139-5510-2233`: normalize/personal MOBILE) keeps its run going
      // (new-user test 58, D16).
      digits = 0;
      // 联 电 手 身, and 号 of a short 工号/警号/学号 (`警号012345`: new-user test 25, D28); @ of an e-mail, 信 of 微信 and
      // capital letters of a plate or QQ (new-user test 26, D29).
      if (c === 0x8054 || c === 0x7535 || c === 0x624b || c === 0x8eab || c === 0x53f7 || c === 0x40 || c === 0x4fe1 || (c >= 0x41 && c <= 0x5a)) return true;
    }
  }
  return false;
}

/** True when `text` holds 〔 (the start of a 〔约数〕 tag): a scan cheaper than `includes`. */
function hasTagMark(text: string): boolean {
  for (let k = 0; k < text.length; k++) if (text.charCodeAt(k) === 0x3014) return true;
  return false;
}
