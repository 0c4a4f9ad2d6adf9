/**
 * Fake `Workbook`, `Worksheet(Collection)`, `Table(Collection)`, `NamedItem(Collection)`, charts
 * and protection over the model, with Office.js' rules that matter to the adapter: items and
 * properties only after load + sync, `getItem` of a missing sheet fails at sync, protecting a
 * protected sheet (or unprotecting an unprotected one) throws AccessDenied, tables may not overlap.
 * @module
 */
import { parseRange, type RangeBounds } from "../../../core/grid";
import type {
  XlChart,
  XlChartCollection,
  XlNamedItem,
  XlNamedItemCollection,
  XlProtection,
  XlRange,
  XlRangeAreas,
  XlTable,
  XlTableCollection,
  XlTableColumn,
  XlWorkbook,
  XlWorksheet,
  XlWorksheetCollection,
  XlEventRegistration,
  XlChangedEventArgs,
} from "../types";
import { FakeContext, FakeObject, type Capturable } from "./context";
import { addSheet, boundsAddress, findSheet, intersects, parseAddress, setCell, usedBounds, type SheetModel, type TableModel, type ChartModel } from "./model";
import { FakeRange, FakeRangeAreas } from "./range";

const cellsOf = (b: RangeBounds) => () => b;

class FakeProtection extends FakeObject implements XlProtection {
  constructor(
    ctx: FakeContext,
    private readonly sheet: () => SheetModel | undefined,
  ) {
    super(ctx);
  }
  protected exists(): boolean {
    return !!this.sheet();
  }
  protected scalar(name: string) {
    return name === "protected" ? { value: this.sheet()?.protected ?? false } : undefined;
  }
  get protected(): boolean {
    return this.read("protected");
  }
  protect(): void {
    const s = this.sheet();
    this.ctx.countWrite("protect");
    if (!s) return void this.ctx.fail("ItemNotFound", "no such sheet");
    if (s.protected) return void this.ctx.fail("AccessDenied", `sheet ${s.name} is already protected`);
    s.protected = true;
  }
  unprotect(): void {
    const s = this.sheet();
    this.ctx.countWrite("unprotect");
    if (!s) return void this.ctx.fail("ItemNotFound", "no such sheet");
    if (!s.protected) return void this.ctx.fail("AccessDenied", `sheet ${s.name} is not protected`);
    s.protected = false;
  }
}

class FakeChart extends FakeObject implements XlChart {
  constructor(
    ctx: FakeContext,
    private readonly find: () => ChartModel | undefined,
    nullable = false,
  ) {
    super(ctx);
    this.nullable = nullable;
  }
  protected exists(): boolean {
    return !!this.find();
  }
  protected scalar(name: string) {
    return name === "name" ? { value: this.find()?.name } : undefined;
  }
  get name(): string {
    return this.read("name");
  }
  set name(v: string) {
    const c = this.find();
    if (c) c.name = v;
  }
  get title() {
    const find = this.find;
    return {
      set text(v: string) {
        const c = find();
        if (c) c.title = v;
      },
      get text(): string {
        return find()?.title ?? "";
      },
    };
  }
  setPosition(startCell: string, endCell?: string): void {
    const c = this.find();
    if (c) c.position = endCell ? `${startCell}:${endCell}` : startCell;
  }
}

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

class FakeTables extends FakeObject implements XlTableCollection {
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

class FakeCharts implements XlChartCollection {
  constructor(
    private readonly ctx: FakeContext,
    private readonly sheet: () => SheetModel | undefined,
  ) {}
  add(type: "ColumnClustered" | "BarClustered", sourceData: XlRange, _seriesBy?: "Auto" | "Columns" | "Rows"): XlChart {
    const s = this.sheet();
    this.ctx.countWrite(type);
    if (!s) {
      this.ctx.fail("ItemNotFound", "no such sheet");
      return new FakeChart(this.ctx, () => undefined);
    }
    const source = (sourceData as unknown as { target: { bounds: () => RangeBounds | undefined } }).target.bounds();
    const chart: ChartModel = { name: `Chart ${this.ctx.model.nextId++}`, type, source: source ? boundsAddress(source) : "", title: "" };
    s.charts.push(chart);
    return new FakeChart(this.ctx, () => (s.charts.includes(chart) ? chart : undefined));
  }
  getItemOrNullObject(name: string): XlChart {
    return new FakeChart(this.ctx, () => this.sheet()?.charts.find((c) => c.name === name), true);
  }
}

export class FakeWorksheet extends FakeObject implements XlWorksheet {
  constructor(
    ctx: FakeContext,
    private readonly find: () => SheetModel | undefined,
    nullable = false,
  ) {
    super(ctx);
    this.nullable = nullable;
  }
  protected exists(): boolean {
    return !!this.find();
  }
  protected override defaults(): readonly string[] {
    return ["id", "name", "visibility", "position"];
  }
  protected override child(name: string): Capturable | undefined {
    return name === "protection" ? this.protection : undefined;
  }
  protected scalar(name: string) {
    const s = this.find();
    if (name === "id") return { value: s?.id };
    if (name === "name") return { value: s?.name };
    if (name === "visibility") return { value: s?.visibility };
    if (name === "position") return { value: s ? this.ctx.model.sheets.indexOf(s) : -1 };
    return undefined;
  }
  get id(): string {
    return this.read("id");
  }
  get name(): string {
    return this.read("name");
  }
  get visibility(): string {
    return this.read("visibility");
  }
  set visibility(v: string) {
    const s = this.find();
    if (s) s.visibility = v;
  }
  get position(): number {
    return this.read("position");
  }
  set position(p: number) {
    const s = this.find();
    if (!s) return;
    const sheets = this.ctx.model.sheets.filter((o) => o !== s);
    sheets.splice(Math.min(p, sheets.length), 0, s);
    this.ctx.model.sheets = sheets;
  }
  private tablesProxy?: FakeTables;
  get tables(): XlTableCollection {
    return (this.tablesProxy ??= new FakeTables(this.ctx, this.find));
  }
  get charts(): XlChartCollection {
    return new FakeCharts(this.ctx, this.find);
  }
  readonly protection = new FakeProtection(this.ctx, this.find);
  get freezePanes() {
    return {
      freezeRows: (count = 1) => {
        const s = this.find();
        if (s) s.frozenRows = count;
      },
    };
  }
  get onChanged() {
    return {
      add: (handler: (args: XlChangedEventArgs) => Promise<unknown>): XlEventRegistration => {
        const s = this.find();
        if (!s) this.ctx.fail("ItemNotFound", "no such sheet");
        else s.handlers.push(handler);
        return {
          context: this.ctx,
          remove: () => {
            if (s) s.handlers = s.handlers.filter((h) => h !== handler);
          },
        };
      },
    };
  }
  getRange(address?: string): XlRange {
    const b = address ? parseAddress(address) : { top: 1, left: 1, bottom: 1048576, right: 16384 };
    if (!b) this.ctx.fail("InvalidArgument", `bad address ${address}`);
    return new FakeRange(this.ctx, { sheet: this.find, bounds: cellsOf(b ?? { top: 1, left: 1, bottom: 1, right: 1 }) });
  }
  getUsedRangeOrNullObject(_valuesOnly?: boolean): XlRange {
    return new FakeRange(this.ctx, { sheet: this.find, bounds: () => { const s = this.find(); return s ? usedBounds(s) : undefined; } }, true);
  }
  getRanges(address: string): XlRangeAreas {
    const areas = address.split(",").map((a) => parseAddress(a.trim()));
    if (areas.some((a) => !a)) this.ctx.fail("InvalidArgument", `bad address ${address}`);
    return new FakeRangeAreas(this.ctx, this.find, () => areas.filter((a): a is RangeBounds => !!a));
  }
  activate(): void {
    const s = this.find();
    if (s) this.ctx.model.activeSheet = s.name;
  }
}

class FakeWorksheets extends FakeObject implements XlWorksheetCollection {
  protected exists(): boolean {
    return true;
  }
  protected scalar(name: string) {
    return name === "count" ? { value: this.ctx.model.sheets.length } : undefined;
  }
  protected override listItems(): FakeObject[] {
    return this.ctx.model.sheets.map((s) => new FakeWorksheet(this.ctx, () => (this.ctx.model.sheets.includes(s) ? s : undefined)));
  }
  get items(): XlWorksheet[] {
    return this.read("items");
  }
  add(name?: string): XlWorksheet {
    this.ctx.countWrite(name);
    const model = this.ctx.model;
    const n = name ?? `Sheet${model.sheets.length + 1}`;
    if (findSheet(model, n)) this.ctx.fail("ItemAlreadyExists", `sheet ${n} exists`);
    const s = findSheet(model, n) ?? addSheet(model, n);
    return new FakeWorksheet(this.ctx, () => (model.sheets.includes(s) ? s : undefined));
  }
  getItem(key: string): XlWorksheet {
    if (!findSheet(this.ctx.model, key)) this.ctx.fail("ItemNotFound", `no sheet ${key}`);
    return new FakeWorksheet(this.ctx, () => findSheet(this.ctx.model, key));
  }
  getItemOrNullObject(key: string): XlWorksheet {
    return new FakeWorksheet(this.ctx, () => findSheet(this.ctx.model, key), true);
  }
}

class FakeNamedItem extends FakeObject implements XlNamedItem {
  constructor(
    ctx: FakeContext,
    private readonly key: string,
    nullable = false,
  ) {
    super(ctx);
    this.nullable = nullable;
  }
  protected exists(): boolean {
    return this.ctx.model.names.has(this.key);
  }
  protected override defaults(): readonly string[] {
    return ["name", "type", "value"];
  }
  protected scalar(name: string) {
    if (name === "name") return { value: this.key };
    if (name === "type") return { value: "Range" };
    if (name === "value") return { value: this.ctx.model.names.get(this.key) };
    return undefined;
  }
  get name(): string {
    return this.read("name");
  }
  get type(): string {
    return this.read("type");
  }
  get value(): unknown {
    return this.read("value");
  }
  delete(): void {
    this.ctx.countWrite("delete");
    this.ctx.model.names.delete(this.key);
  }
}

class FakeNames extends FakeObject implements XlNamedItemCollection {
  protected exists(): boolean {
    return true;
  }
  protected scalar(): undefined {
    return undefined;
  }
  protected override listItems(): FakeObject[] {
    return [...this.ctx.model.names.keys()].map((k) => new FakeNamedItem(this.ctx, k));
  }
  get items(): XlNamedItem[] {
    return this.read("items");
  }
  add(name: string, reference: XlRange | string): XlNamedItem {
    this.ctx.countWrite(name);
    let ref = typeof reference === "string" ? reference.replace(/^=/, "") : "";
    if (typeof reference !== "string") {
      const target = (reference as unknown as { target: { sheet: () => SheetModel | undefined; bounds: () => RangeBounds | undefined } }).target;
      const s = target.sheet();
      const b = target.bounds();
      ref = s && b ? `${s.name}!${boundsAddress(b).replace(/([A-Z]+)(\d+)/g, "$$$1$$$2")}` : "";
    }
    if (this.ctx.model.names.has(name)) this.ctx.fail("ItemAlreadyExists", `name ${name} exists`);
    else this.ctx.model.names.set(name, ref);
    return new FakeNamedItem(this.ctx, name);
  }
  getItemOrNullObject(name: string): XlNamedItem {
    return new FakeNamedItem(this.ctx, name, true);
  }
}

/** The fake `context.workbook`. */
export function fakeWorkbook(ctx: FakeContext): XlWorkbook {
  return { worksheets: new FakeWorksheets(ctx), tables: new FakeTables(ctx), names: new FakeNames(ctx) };
}
