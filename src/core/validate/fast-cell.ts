/**
 * The hot path of ledger validation (issue #6): a plan per located column, made once per sheet
 * (column letters, enum values in a Set, bounds, the column's formulas by row), and a fast
 * reading of the cells users mostly hold — numbers in range, listed enum values, plain text
 * within its limit, blanks of optional fields — that gives exactly the typed value checkCell
 * gives for them (and, like checkCell, no finding and no approximation). Any other cell gets
 * `undefined` and goes through checkCell, which stays the one definition of the rules. Nothing is
 * allocated for a clean cell.
 * @module
 */
import type { FieldSpec } from "../catalog";
import { columnLetters, type CellValue, type SheetGrid } from "../grid";
import { isBlankChar } from "../normalize/text";
import { MAX_DATE_SERIAL, MIN_DATE_SERIAL } from "./check-cell";
import type { LocatedField, ParsedValue } from "./parsed";

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
 * The typed value of a clean cell (one checkCell reports nothing for and reads as exact), or
 * undefined: then the cell needs checkCell. Only for cells without a formula (a formula in an
 * input column is a finding).
 */
export function fastValue(plan: ColumnPlan, raw: CellValue): ParsedValue | undefined {
  if (raw === null) return plan.required && plan.kind !== Kind.Formula ? undefined : null;
  switch (plan.kind) {
    case Kind.Date:
      // A serial in 1990-01-01..2100-12-31, the time of day dropped.
      return typeof raw === "number" && raw >= MIN_DATE_SERIAL && raw < MAX_DATE_SERIAL + 1 ? Math.floor(raw) : undefined;
    case Kind.Int:
      return typeof raw === "number" && raw >= plan.min && raw <= plan.max && Number.isInteger(raw) ? raw : undefined;
    case Kind.Num:
      return typeof raw === "number" && raw >= plan.min && raw <= plan.max && Number.isFinite(raw) ? raw : undefined;
    case Kind.Enum:
      return typeof raw === "string" && plan.values.has(raw) ? raw : undefined;
    case Kind.Text:
      // Short enough even counted in UTF-16 units, nothing to trim, not an Excel error.
      return typeof raw === "string" && raw.length <= plan.maxLength && plainText(raw) ? raw : undefined;
    default:
      return undefined;
  }
}
