/**
 * Fake `Worksheet`, its protection (ExcelApi 1.2: protecting a protected sheet, or unprotecting
 * an unprotected one, throws AccessDenied as in current Microsoft 365 builds), charts, frozen
 * rows and `onChanged` handlers (ExcelApi 1.7).
 * @module
 */
import type { RangeBounds } from "../../../core/grid";
import type { XlChangedEventArgs, XlChart, XlChartCollection, XlEventRegistration, XlProtection, XlRange, XlRangeAreas, XlTableCollection, XlWorksheet } from "../types";
import { FakeContext, FakeObject, type Capturable } from "./context";
import { boundsAddress, parseAddress, usedBounds, type ChartModel, type SheetModel } from "./model";
import { FakeRange, FakeRangeAreas } from "./range";
import { FakeTables } from "./table";

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
