/**
 * Fake `Table` and `TableCollection`: tables may not overlap, a one-row table gets an empty data
 * row, blank header cells get default names, columns and rows are appended at the end.
 * @module
 */
import { parseRange, type RangeBounds } from "../../../core/grid";
import type { XlRange, XlTable, XlTableCollection, XlTableColumn } from "../types";
import { FakeContext, FakeObject, type Capturable } from "./context";
import { findSheet, intersects, setCell, type SheetModel, type TableModel } from "./model";
import { FakeRange } from "./range";
import { FakeWorksheet } from "./sheet";

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
    return name === "name" ? { value: this.find()?.name } : undefined;
  }
  get name(): string {
    return this.read("name");
  }
  set name(v: string) {
    const t = this.find();
    this.ctx.countWrite(v);
    if (!t) this.ctx.fail("ItemNotFound", "no such table");
    else if (this.ctx.model.tables.some((o) => o !== t && o.name.toLowerCase() === v.toLowerCase())) this.ctx.fail("InvalidArgument", `table name ${v} is taken`);
    else t.name = v;
  }
  private sheetProxy?: FakeWorksheet;
  get style(): string {
    return this.read("style");
  }
  set style(v: string) {
    const t = this.find();
    if (t) t.style = v;
  }
  get worksheet(): FakeWorksheet {
    return (this.sheetProxy ??= new FakeWorksheet(this.ctx, () => this.find()?.sheet));
  }
  private range(part: (b: RangeBounds) => RangeBounds): FakeRange {
    return new FakeRange(this.ctx, { sheet: () => this.find()?.sheet, bounds: () => { const t = this.find(); return t ? part(t.bounds) : undefined; } });
  }
  getRange(): XlRange {
    return this.range((b) => b);
  }
  getHeaderRowRange(): XlRange {
    return this.range((b) => ({ ...b, bottom: b.top }));
  }
  get columns() {
    return {
      add: (_index?: number | null, values?: unknown, name?: string): XlTableColumn => {
        const t = this.find();
        this.ctx.countWrite([values, name]);
        if (!t) {
          this.ctx.fail("ItemNotFound", "no such table");
        } else {
          t.bounds = { ...t.bounds, right: t.bounds.right + 1 };
          setCell(t.sheet, t.bounds.top, t.bounds.right, name ?? `列${t.bounds.right - t.bounds.left + 1}`);
        }
        const column: XlTableColumn = { load: () => column, name: name ?? "" };
        return column;
      },
    };
  }
  get rows() {
    return {
      add: (_index?: number | null, values?: unknown): unknown => {
        const t = this.find();
        this.ctx.countWrite(values);
        if (!t) return void this.ctx.fail("ItemNotFound", "no such table");
        const rows = Array.isArray(values) ? (values as unknown[][]) : [[]];
        for (const row of rows) {
          t.bounds = { ...t.bounds, bottom: t.bounds.bottom + 1 };
          row.forEach((v, i) => setCell(t.sheet, t.bounds.bottom, t.bounds.left + i, v));
        }
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
  add(address: string, _hasHeaders: boolean): XlTable {
    this.ctx.countWrite(address);
    const sheetName = address.includes("!") ? address.slice(0, address.lastIndexOf("!")).replace(/^'|'$/g, "") : undefined;
    const sheet = sheetName ? findSheet(this.ctx.model, sheetName) : this.sheet?.();
    const b = parseRange(address);
    const model = this.ctx.model;
    if (!sheet || !b) {
      this.ctx.fail("InvalidArgument", `cannot add a table at ${address}`);
      return new FakeTable(this.ctx, () => undefined);
    }
    if (model.tables.some((t) => t.sheet === sheet && intersects(t.bounds, b))) {
      this.ctx.fail("InvalidOperation", `a table already overlaps ${address}`);
      return new FakeTable(this.ctx, () => undefined);
    }
    const t: TableModel = { name: `Table${model.nextId++}`, sheet, bounds: b, style: "TableStyleMedium2" };
    if (b.top === b.bottom) t.bounds = { ...b, bottom: b.bottom + 1 }; // Excel adds one empty data row
    for (let c = b.left; c <= b.right; c++) if (!sheet.rows[b.top - 1]?.[c - 1]) setCell(sheet, b.top, c, `列${c - b.left + 1}`);
    model.tables.push(t);
    return new FakeTable(this.ctx, () => (model.tables.includes(t) ? t : undefined));
  }
  getItemOrNullObject(name: string): XlTable {
    return new FakeTable(this.ctx, () => this.mine().find((t) => t.name.toLowerCase() === name.toLowerCase()), true);
  }
}
