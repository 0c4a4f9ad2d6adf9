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
  /** Values read otherwise than the cell's own value, by data-row index. */
  private readonly read = new Map<number, ParsedValue>();
  readonly approx = new Map<number, Approx>();

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

  min = Infinity;
  max = -Infinity;

  /** Records that data row `i` was read as `value` (not as the cell's own value). */
  setRead(i: number, value: ParsedValue): void {
    this.read.set(i, value);
    if (typeof value === "number") this.noteRange(value, value);
  }

  /** Widens [min, max] to take in numbers from `min` to `max`. */
  noteRange(min: number, max: number): void {
    if (min < this.min) this.min = min;
    if (max > this.max) this.max = max;
  }

  value(i: number): ParsedValue {
    if (this.read.size !== 0) {
      const read = this.read.get(i);
      if (read !== undefined) return read;
    }
    const cells = this.gridRows[this.rowNumbers[i] - this.originRow];
    const v = cells === undefined ? undefined : cells[this.index];
    // Only null, numbers and strings reach here: a clean cell is never a boolean.
    return v === undefined ? null : (v as ParsedValue);
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
  return approx === undefined ? { value: column.value(i), source } : { value: column.value(i), approx, source };
}

/** Every row of a table as ParsedRows (cells in column order). */
export function tableRows(table: ParsedTable): ParsedRow[] {
  const { rowNumbers, columns, sheet } = table;
  const prefixes = columns.map((c) => `${sheet}!${c.letters}`);
  const rows: ParsedRow[] = [];
  for (let i = 0; i < rowNumbers.length; i++) {
    const row = rowNumbers[i];
    const cells: Record<string, ParsedCell> = {};
    for (let c = 0; c < columns.length; c++) {
      const column = columns[c];
      const source = prefixes[c] + row;
      const approx = column.approx.size === 0 ? undefined : column.approx.get(i);
      cells[column.field.id] = approx === undefined ? { value: column.value(i), source } : { value: column.value(i), approx, source };
    }
    rows.push({ row, cells });
  }
  return rows;
}

/**
 * A found ledger backed by `table`: `rows` is an enumerable getter that builds the rows once and
 * keeps them; `table` is not enumerable (JSON, spreads and deep equality see spec, found, rows).
 */
export function columnarLedger(spec: LedgerSpec, table: ParsedTable): ParsedLedger {
  let rows: readonly ParsedRow[] | undefined;
  const ledger = {
    spec,
    found: true,
    get rows(): readonly ParsedRow[] {
      return (rows ??= tableRows(table));
    },
  };
  Object.defineProperty(ledger, "table", { value: table, enumerable: false });
  return ledger as ParsedLedger;
}
