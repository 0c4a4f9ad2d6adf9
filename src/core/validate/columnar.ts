/**
 * The columnar parsed ledger (issue #6). Validation stores no per-cell object, source string or
 * copy of a clean value: a column reads its clean cells straight from the snapshot's rows (for
 * them the typed value is the cell's value — see fast-cell.ts) and keeps only the cells read
 * otherwise (checkCell's values, dates with a time of day) in a sparse map. The `ParsedRow` /
 * `ParsedCell` objects, with their `sheet!C5` sources, are built only when a consumer asks for
 * `ledger.rows` — facts, narrative, roll-up and the pane read rows as before.
 *
 * Snapshots are immutable by contract (every type in grid/types.ts is readonly; applyChanges
 * copies), so sharing their rows is safe.
 * @module
 */
import type { FieldSpec, LedgerSpec } from "../catalog";
import type { CellValue } from "../grid";
import type { Approx } from "../normalize/types";
import type { ParsedCell, ParsedColumn, ParsedLedger, ParsedRow, ParsedTable, ParsedValue } from "./parsed";

/** A column over a snapshot's rows: the cell's value, unless validation read it otherwise. */
export class SnapshotColumn implements ParsedColumn {
  /**
   * Data-row indexes (ascending: cells are read row by row) of the cells read otherwise than as
   * their own value, and those readings — two plain arrays, cheaper to fill than a Map.
   */
  private readonly readAt: number[] = [];
  private readonly readValues: ParsedValue[] = [];
  readonly approx = new Map<number, Approx>();
  readonly wan = new Set<number>();
  readonly month = new Set<number>();
  readonly outsideMonth = new Map<number, number>();
  min = Infinity;
  max = -Infinity;

  constructor(
    readonly field: FieldSpec,
    readonly letters: string,
    /** The sheet's rows (`grid.values`), row `r` at `r - originRow`. */
    private readonly gridRows: readonly (readonly CellValue[])[],
    private readonly originRow: number,
    /** Index of the column in a grid row. */
    private readonly index: number,
    private readonly rowNumbers: readonly number[],
  ) {}

  /** Records that data row `i` was read as `value` (not as the cell's own value); `i` ascending. */
  setRead(i: number, value: ParsedValue): void {
    this.readAt.push(i);
    this.readValues.push(value);
    if (typeof value === "number") this.noteRange(value, value);
  }

  /**
   * Records that data row `i` is read as `value` although the cell is blank (a 单位 given by the figure
   * typed beside it, `80人次`); replaces a reading of the same row already recorded.
   */
  setReadBlank(i: number, value: ParsedValue): void {
    const last = this.readAt.length - 1;
    if (last >= 0 && this.readAt[last] === i) this.readValues[last] = value;
    else if (last < 0 || this.readAt[last] < i) this.setRead(i, value);
  }

  /** The data-row index of the last reading recorded (-1 when none). */
  lastRead(): number {
    return this.readAt.length ? this.readAt[this.readAt.length - 1] : -1;
  }

  /** Widens [min, max] to take in numbers from `min` to `max`. */
  noteRange(min: number, max: number): void {
    if (min < this.min) this.min = min;
    if (max > this.max) this.max = max;
  }

  /** The cell's own value at data row `i` (null when blank or missing). */
  private own(i: number): ParsedValue {
    const cells = this.gridRows[this.rowNumbers[i] - this.originRow];
    const v = cells === undefined ? undefined : cells[this.index];
    // Only null, numbers and strings are read as themselves: a clean cell is never a boolean.
    return v === undefined ? null : (v as ParsedValue);
  }

  value(i: number): ParsedValue {
    const at = this.readAt;
    if (at.length !== 0) {
      // Binary search of the (sorted) read rows.
      let lo = 0;
      let hi = at.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (at[mid] < i) lo = mid + 1;
        else if (at[mid] > i) hi = mid - 1;
        else return this.readValues[mid];
      }
    }
    return this.own(i);
  }

  /** Every value in data-row order (one pass, for building the rows). */
  values(): ParsedValue[] {
    const out: ParsedValue[] = [];
    const at = this.readAt;
    let k = 0;
    for (let i = 0; i < this.rowNumbers.length; i++) {
      if (k < at.length && at[k] === i) out.push(this.readValues[k++]);
      else out.push(this.own(i));
    }
    return out;
  }
}

/** `sheet!C5`: the source of a table's cell at column `col`, data-row index `i`. */
export function tableSource(table: ParsedTable, col: number, i: number): string {
  return `${table.sheet}!${table.columns[col].letters}${table.rowNumbers[i]}`;
}

/** The ParsedCell of a table's cell at column `col`, data-row index `i`. */
export function tableCell(table: ParsedTable, col: number, i: number): ParsedCell {
  const column = table.columns[col];
  const source = tableSource(table, col, i);
  const approx = column.approx.size === 0 ? undefined : column.approx.get(i);
  const cell: ParsedCell = approx === undefined ? { value: column.value(i), source } : { value: column.value(i), approx, source };
  if (column.month.size !== 0 && column.month.has(i)) return { ...cell, month: true };
  const outside = column.outsideMonth?.size ? column.outsideMonth.get(i) : undefined;
  if (outside !== undefined) return { ...cell, outsideMonth: outside };
  return column.wan.size !== 0 && column.wan.has(i) ? { ...cell, wan: true } : cell;
}

/** Every row of a table as ParsedRows (cells in column order). */
export function tableRows(table: ParsedTable): ParsedRow[] {
  const { rowNumbers, columns, sheet } = table;
  const prefixes = columns.map((c) => `${sheet}!${c.letters}`);
  const values = columns.map((c) => (c instanceof SnapshotColumn ? c.values() : rowNumbers.map((_, i) => c.value(i))));
  const rows: ParsedRow[] = [];
  for (let i = 0; i < rowNumbers.length; i++) {
    const row = rowNumbers[i];
    const cells: Record<string, ParsedCell> = {};
    for (let c = 0; c < columns.length; c++) {
      const column = columns[c];
      const source = prefixes[c] + row;
      const approx = column.approx.size === 0 ? undefined : column.approx.get(i);
      const value = values[c][i];
      const cell: ParsedCell = approx === undefined ? { value, source } : { value, approx, source };
      const outside = column.outsideMonth?.size ? column.outsideMonth.get(i) : undefined;
      cells[column.field.id] = column.wan.size !== 0 && column.wan.has(i) ? { ...cell, wan: true } : column.month.size !== 0 && column.month.has(i) ? { ...cell, month: true } : outside !== undefined ? { ...cell, outsideMonth: outside } : cell;
    }
    rows.push({ row, cells });
  }
  return rows;
}

/**
 * A found ledger backed by `table`: `rows` is an enumerable getter that builds the rows once and
 * keeps them; `table` is not enumerable (JSON, spreads and deep equality see spec, found, rows).
 * `leftOut`: row numbers kept in `table` (the cross-checks see them) but not in `rows`, which the
 * facts, the summary and the roll-up read — the 合计 rows (new-user test 2, D6).
 */
export function columnarLedger(spec: LedgerSpec, table: ParsedTable, leftOut: ReadonlySet<number> = new Set()): ParsedLedger {
  let rows: readonly ParsedRow[] | undefined;
  const ledger = {
    spec,
    found: true,
    get rows(): readonly ParsedRow[] {
      return (rows ??= leftOut.size ? tableRows(table).filter((r) => !leftOut.has(r.row)) : tableRows(table));
    },
  };
  Object.defineProperty(ledger, "table", { value: table, enumerable: false });
  return ledger as ParsedLedger;
}
