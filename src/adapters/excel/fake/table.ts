/**
 * Fake `Table` and `TableCollection`: tables may not overlap, a one-row table gets an empty data
 * row, blank header cells get default names, columns and rows are appended at the end. Strict
 * (F10, F4): `rows.add` inserts cells below the table and `columns.add` beside it (the cells there
 * shift, as with `alwaysInsert`, the default: d.ts `TableRowCollection.add`); header formulas
 * become text and duplicate headers get a number (`备注2`); a table name that looks like a cell
 * reference or is taken by a defined name is refused; every change is refused on a protected sheet.
 * @module
 */
import { parseRange, type RangeBounds } from "../../../core/grid";
import type { XlRange, XlTable, XlTableCollection, XlTableColumn } from "../types";
import { FakeContext, FakeObject, type Capturable } from "./context";
import { cellAt, findSheet, intersects, setCell, type SheetModel, type TableModel } from "./model";
import { FakeRange } from "./range";
import { deniedOnProtected } from "./range-base";
import { FakeWorksheet } from "./sheet";

/** Moves the cells of columns left..right from row `from` down by `n` rows. */
function shiftDown(sheet: SheetModel, from: number, left: number, right: number, n: number): void {
  for (let r = sheet.rows.length; r >= from; r--) {
    for (let c = left; c <= right; c++) {
      const cell = cellAt(sheet, r, c);
      if (sheet.rows[r - 1]) sheet.rows[r - 1][c - 1] = undefined;
      if (cell) (sheet.rows[r - 1 + n] ??= [])[c - 1] = cell;
    }
  }
}

/** Moves the cells of rows top..bottom from column `from` right by one column. */
function shiftRight(sheet: SheetModel, from: number, top: number, bottom: number): void {
  for (let r = top; r <= bottom; r++) {
    const row = sheet.rows[r - 1];
    if (row && row.length >= from) row.splice(from - 1, 0, undefined);
  }
}

/** A name Excel refuses for a table: a cell reference (`A1`, `R1C1`), or a name with a space. */
const BAD_TABLE_NAME = /^([A-Za-z]{1,3}\d+|[Rr]\d*[Cc]\d*|[RrCc])$|\s/;

class FakeTable extends FakeObject implements XlTable {
  constructor(
    ctx: FakeContext,
    private readonly find: () => TableModel | undefined,
    nullable = false,
  ) {
    super(ctx);
    this.nullable = nullable;
  }
  protected exists(): boolean {
    return !!this.find();
  }
  protected override child(name: string): Capturable | undefined {
    return name === "worksheet" ? this.worksheet : undefined;
  }
  protected override defaults(): readonly string[] {
    return ["name"];
  }
  protected scalar(name: string) {
    const t = this.find();
    if (name === "name") return { value: t?.name };
    if (name === "style") return { value: t?.style };
    return undefined;
  }
  /** A change of the table when the batch reaches it; refused on a protected sheet (strict). */
  private edit(args: unknown, op: (t: TableModel) => void, paths = 0): void {
    this.ctx.write(
      this,
      args,
      () => {
        const t = this.find();
        if (!t) return void this.ctx.fail("ItemNotFound", "no such table");
        if (deniedOnProtected(this.ctx, t.sheet, "table", true)) return;
        op(t);
      },
      paths,
    );
  }
  get name(): string {
    return this.read("name");
  }
  set name(v: string) {
    this.edit(v, (t) => {
      const model = this.ctx.model;
      if (model.tables.some((o) => o !== t && o.name.toLowerCase() === v.toLowerCase())) return void this.ctx.fail("InvalidArgument", `table name ${v} is taken`);
      if (this.ctx.strict.tables && (BAD_TABLE_NAME.test(v) || [...model.names.keys()].some((n) => n.toLowerCase() === v.toLowerCase()))) return void this.ctx.fail("InvalidArgument", `table name ${v} is not allowed`);
      t.name = v;
    });
  }
  private sheetProxy?: FakeWorksheet;
  get style(): string {
    return this.read("style");
  }
  set style(v: string) {
    this.edit(v, (t) => (t.style = v));
  }
  get worksheet(): FakeWorksheet {
    return (this.sheetProxy ??= new FakeWorksheet(this.ctx, () => this.find()?.sheet).at(this, "worksheet"));
  }
  private range(part: (b: RangeBounds) => RangeBounds, name: string): FakeRange {
    return new FakeRange(this.ctx, { sheet: () => this.find()?.sheet, bounds: () => { const t = this.find(); return t ? part(t.bounds) : undefined; } }).at(this, name);
  }
  getRange(): XlRange {
    return this.range((b) => b, "getRange");
  }
  getHeaderRowRange(): XlRange {
    return this.range((b) => ({ ...b, bottom: b.top }), "getHeaderRowRange");
  }
  /**
   * `Table.resize` (ExcelApi 1.13), as strict as Excel's: the header row must stay in its row, the
   * new range overlap the old one, hold a data row, and overlap no other table; no cell moves.
   */
  resize(address: string): void {
    this.edit(address, (t) => {
      const at = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
      const sheetName = address.includes("!") ? address.slice(0, address.lastIndexOf("!")).replace(/^'|'$/g, "") : undefined;
      const b = parseRange(at);
      if (!b || (sheetName !== undefined && sheetName !== t.sheet.name)) return void this.ctx.fail("InvalidArgument", `cannot resize ${t.name} to ${address}`);
      if (b.top !== t.bounds.top || !intersects(b, t.bounds) || b.bottom <= b.top) return void this.ctx.fail("InvalidArgument", `resize of ${t.name}: the header row must stay in row ${t.bounds.top} and the range overlap the table`);
      if (this.ctx.model.tables.some((o) => o !== t && o.sheet === t.sheet && intersects(o.bounds, b))) return void this.ctx.fail("InvalidOperation", `resize of ${t.name}: ${address} overlaps another table`);
      t.bounds = b;
    });
  }
  get columns() {
    return {
      add: (index?: number | null, values?: unknown, name?: string): XlTableColumn => {
        this.edit(
          [index, values, name],
          (t) => {
            if (this.ctx.strict.tables) shiftRight(t.sheet, t.bounds.right + 1, t.bounds.top, t.bounds.bottom);
            t.bounds = { ...t.bounds, right: t.bounds.right + 1 };
            setCell(t.sheet, t.bounds.top, t.bounds.right, name ?? `列${t.bounds.right - t.bounds.left + 1}`);
          },
          1,
        );
        const column: XlTableColumn = { load: () => column, name: name ?? "" };
        return column;
      },
    };
  }
  get rows() {
    return {
      add: (index?: number | null, values?: unknown): unknown => {
        this.edit(
          [index, values],
          (t) => {
            const rows = Array.isArray(values) ? (values as unknown[][]) : [[]];
            if (this.ctx.strict.tables) shiftDown(t.sheet, t.bounds.bottom + 1, t.bounds.left, t.bounds.right, rows.length);
            for (const row of rows) {
              t.bounds = { ...t.bounds, bottom: t.bounds.bottom + 1 };
              row.forEach((v, i) => setCell(t.sheet, t.bounds.bottom, t.bounds.left + i, v));
            }
          },
          1,
        );
        return undefined;
      },
    };
  }
}

export class FakeTables extends FakeObject implements XlTableCollection {
  constructor(
    ctx: FakeContext,
    private readonly sheet?: () => SheetModel | undefined,
  ) {
    super(ctx);
  }
  protected exists(): boolean {
    return !this.sheet || !!this.sheet();
  }
  protected scalar(name: string) {
    return name === "count" ? { value: this.mine().length } : undefined;
  }
  private mine(): TableModel[] {
    const s = this.sheet?.();
    return this.ctx.model.tables.filter((t) => !this.sheet || t.sheet === s);
  }
  protected override listItems(): FakeObject[] {
    return this.mine().map((t) => new FakeTable(this.ctx, () => (this.ctx.model.tables.includes(t) ? t : undefined)));
  }
  get items(): XlTable[] {
    return this.read("items");
  }
  add(address: string, hasHeaders: boolean): XlTable {
    let made: TableModel | undefined;
    this.ctx.write(this, [address, hasHeaders], () => {
      const sheetName = address.includes("!") ? address.slice(0, address.lastIndexOf("!")).replace(/^'|'$/g, "") : undefined;
      const sheet = sheetName ? findSheet(this.ctx.model, sheetName) : this.sheet?.();
      const b = parseRange(address);
      const model = this.ctx.model;
      if (!sheet || !b) return void this.ctx.fail("InvalidArgument", `cannot add a table at ${address}`);
      if (deniedOnProtected(this.ctx, sheet, "table", true)) return;
      if (model.tables.some((t) => t.sheet === sheet && intersects(t.bounds, b))) return void this.ctx.fail("InvalidOperation", `a table already overlaps ${address}`);
      const t: TableModel = { name: `Table${model.nextId++}`, sheet, bounds: b, style: "TableStyleMedium2" };
      if (b.top === b.bottom) t.bounds = { ...b, bottom: b.bottom + 1 }; // Excel adds one empty data row
      const seen = new Set<string>();
      for (let c = b.left; c <= b.right; c++) {
        const cell = cellAt(sheet, b.top, c);
        if (!this.ctx.strict.tables) {
          if (!cell) setCell(sheet, b.top, c, `列${c - b.left + 1}`);
          continue;
        }
        let header = cell?.formula !== undefined ? cell.formula : String(cell?.value ?? "");
        if (!header) header = `列${c - b.left + 1}`;
        const base = header;
        for (let n = 2; seen.has(header.toLowerCase()); n++) header = `${base}${n}`;
        seen.add(header.toLowerCase());
        if (header !== cell?.value || cell?.formula !== undefined) (sheet.rows[b.top - 1] ??= [])[c - 1] = { value: header };
      }
      model.tables.push(t);
      made = t;
    });
    return new FakeTable(this.ctx, () => (made && this.ctx.model.tables.includes(made) ? made : undefined)).at(this, ["add", address]);
  }
  getItemOrNullObject(name: string): XlTable {
    return new FakeTable(this.ctx, () => this.mine().find((t) => t.name.toLowerCase() === name.toLowerCase()), true).at(this, ["getItemOrNullObject", name]);
  }
}
