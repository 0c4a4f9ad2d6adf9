/**
 * Fake `Worksheet`, its protection (ExcelApi 1.2; a password from 1.7: protecting a protected
 * sheet, unprotecting an unprotected one or giving the wrong password throws AccessDenied; the
 * office-js#6784 switch makes every unprotect throw), charts, frozen rows and `onChanged` handlers
 * (ExcelApi 1.7). Strict: charts ignore protection no more (F4), and adding, hiding, renaming or
 * moving a sheet fails under workbook-structure protection (F5).
 * @module
 */
import type { RangeBounds } from "../../../core/grid";
import type { XlChangedEventArgs, XlChart, XlSelectionChangedEventArgs, XlChartCollection, XlEventRegistration, XlProtection, XlRange, XlRangeAreas, XlTableCollection, XlWorksheet } from "../types";
import { FakeContext, FakeObject, type Capturable } from "./context";
import { boundsAddress, parseAddress, usedBounds, type ChartModel, type SheetModel } from "./model";
import { FakeRange, FakeRangeAreas } from "./range";
import { deniedOnProtected } from "./range-base";
import { FakeTables } from "./table";

const cellsOf = (b: RangeBounds) => () => b;

/** AccessDenied for a structural change (add, hide, rename, move a sheet) under workbook-structure protection (strict). */
export function deniedByStructure(ctx: FakeContext, what: string, errorLocation: string): boolean {
  if (!ctx.strict.protection || !ctx.model.structureProtected) return false;
  ctx.fail("AccessDenied", `the workbook structure is protected: ${what} refused`, errorLocation);
  return true;
}

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
  protect(_options?: unknown, password?: string): void {
    this.ctx.write(this, ["protect", password], () => {
      const s = this.sheet();
      if (!s) return void this.ctx.fail("ItemNotFound", "no such sheet");
      if (s.protected) return void this.ctx.fail("AccessDenied", `sheet ${s.name} is already protected`, "WorksheetProtection.protect");
      s.protected = true;
      if (password && this.ctx.strict.protection) s.password = password;
    });
  }
  unprotect(password?: string): void {
    this.ctx.write(this, ["unprotect", password], () => {
      const s = this.sheet();
      if (!s) return void this.ctx.fail("ItemNotFound", "no such sheet");
      if (this.ctx.env.bugs.unprotectThrows) return void this.ctx.fail("AccessDenied", `unprotect of ${s.name} refused (office-js#6784)`, "WorksheetProtection.unprotect");
      if (!s.protected) return void this.ctx.fail("AccessDenied", `sheet ${s.name} is not protected`, "WorksheetProtection.unprotect");
      if (this.ctx.strict.protection && s.password !== undefined && s.password !== password) return void this.ctx.fail("AccessDenied", `wrong password for ${s.name}`, "WorksheetProtection.unprotect");
      s.protected = false;
      s.password = undefined;
    });
  }
}

class FakeChart extends FakeObject implements XlChart {
  constructor(
    ctx: FakeContext,
    private readonly sheet: () => SheetModel | undefined,
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
  /** A change of the chart when the batch reaches it; refused on a protected sheet (strict). */
  private edit(args: unknown, op: (c: ChartModel) => void, paths = 0): void {
    this.ctx.write(
      this,
      args,
      () => {
        const c = this.find();
        const s = this.sheet();
        if (!c || !s) return void this.ctx.fail("ItemNotFound", "no such chart");
        if (deniedOnProtected(this.ctx, s, "chart", true)) return;
        op(c);
      },
      paths,
    );
  }
  get name(): string {
    return this.read("name");
  }
  set name(v: string) {
    this.edit(v, (c) => (c.name = v));
  }
  get title() {
    const find = this.find;
    const edit = (v: string) => this.edit(v, (c) => (c.title = v), 1);
    return {
      set text(v: string) {
        edit(v);
      },
      get text(): string {
        return find()?.title ?? "";
      },
    };
  }
  setPosition(startCell: string, endCell?: string): void {
    this.edit([startCell, endCell], (c) => (c.position = endCell ? `${startCell}:${endCell}` : startCell));
  }
}

class FakeCharts extends FakeObject implements XlChartCollection {
  constructor(
    ctx: FakeContext,
    private readonly sheet: () => SheetModel | undefined,
  ) {
    super(ctx);
  }
  protected exists(): boolean {
    return !!this.sheet();
  }
  protected scalar(): undefined {
    return undefined;
  }
  add(type: "ColumnClustered" | "BarClustered", sourceData: XlRange, seriesBy?: "Auto" | "Columns" | "Rows"): XlChart {
    let chart: ChartModel | undefined;
    const source = sourceData as unknown as FakeRange & { target: { bounds: () => RangeBounds | undefined } };
    this.ctx.touch(source);
    this.ctx.write(this, [type, seriesBy], () => {
      const s = this.sheet();
      if (!s) return void this.ctx.fail("ItemNotFound", "no such sheet");
      if (deniedOnProtected(this.ctx, s, "chart", true)) return;
      const b = source.target.bounds();
      chart = { name: `Chart ${this.ctx.model.nextId++}`, type, source: b ? boundsAddress(b) : "", title: "" };
      s.charts.push(chart);
    });
    return new FakeChart(this.ctx, this.sheet, () => (chart && this.sheet()?.charts.includes(chart) ? chart : undefined)).at(this, ["add", type]);
  }
  getItemOrNullObject(name: string): XlChart {
    return new FakeChart(this.ctx, this.sheet, () => this.sheet()?.charts.find((c) => c.name === name), true).at(this, ["getItemOrNullObject", name]);
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
  /** A change of the sheet itself when the batch reaches it. */
  private edit(args: unknown, op: (s: SheetModel) => void, structural?: [what: string, location: string]): void {
    this.ctx.write(this, args, () => {
      const s = this.find();
      if (!s) return void this.ctx.fail("ItemNotFound", "no such sheet");
      if (structural && deniedByStructure(this.ctx, ...structural)) return;
      op(s);
    });
  }
  get id(): string {
    return this.read("id");
  }
  get name(): string {
    return this.read("name");
  }
  set name(v: string) {
    this.edit(v, (s) => (s.name = v), ["renaming a sheet", "Worksheet.name"]);
  }
  get visibility(): string {
    return this.read("visibility");
  }
  set visibility(v: string) {
    this.edit(v, (s) => (s.visibility = v), ["hiding or showing a sheet", "Worksheet.visibility"]);
  }
  get position(): number {
    return this.read("position");
  }
  set position(p: number) {
    this.edit(
      p,
      (s) => {
        const sheets = this.ctx.model.sheets.filter((o) => o !== s);
        sheets.splice(Math.min(p, sheets.length), 0, s);
        this.ctx.model.sheets = sheets;
      },
      ["moving a sheet", "Worksheet.position"],
    );
  }
  private tablesProxy?: FakeTables;
  get tables(): XlTableCollection {
    return (this.tablesProxy ??= new FakeTables(this.ctx, this.find).at(this, "tables"));
  }
  private chartsProxy?: FakeCharts;
  get charts(): XlChartCollection {
    return (this.chartsProxy ??= new FakeCharts(this.ctx, this.find).at(this, "charts"));
  }
  private protectionProxy?: FakeProtection;
  get protection(): FakeProtection {
    return (this.protectionProxy ??= new FakeProtection(this.ctx, this.find).at(this, "protection"));
  }
  get freezePanes() {
    return {
      freezeRows: (count = 1) => this.ctx.write(this, ["freezeRows", count], () => {
        const s = this.find();
        if (s) s.frozenRows = count;
      }, 1),
    };
  }
  get onChanged() {
    return {
      add: (handler: (args: XlChangedEventArgs) => Promise<unknown>): XlEventRegistration => {
        const s = this.find();
        this.ctx.write(this, "onChanged.add", () => {
          if (!s) this.ctx.fail("ItemNotFound", "no such sheet");
          else s.handlers.push(handler);
        });
        return {
          context: this.ctx,
          remove: () => {
            this.ctx.write(this, "onChanged.remove", () => {
              if (s) s.handlers = s.handlers.filter((h) => h !== handler);
            });
          },
        };
      },
    };
  }
  get onSelectionChanged() {
    return {
      add: (handler: (args: XlSelectionChangedEventArgs) => Promise<unknown>): XlEventRegistration => {
        const s = this.find();
        this.ctx.write(this, "onSelectionChanged.add", () => {
          if (!s) this.ctx.fail("ItemNotFound", "no such sheet");
          else s.selectionHandlers.push(handler);
        });
        return {
          context: this.ctx,
          remove: () => {
            this.ctx.write(this, "onSelectionChanged.remove", () => {
              if (s) s.selectionHandlers = s.selectionHandlers.filter((h) => h !== handler);
            });
          },
        };
      },
    };
  }
  getRange(address?: string): XlRange {
    const b = address ? parseAddress(address) : { top: 1, left: 1, bottom: 1048576, right: 16384 };
    if (!b) this.ctx.fail("InvalidArgument", `bad address ${address}`);
    return new FakeRange(this.ctx, { sheet: this.find, bounds: cellsOf(b ?? { top: 1, left: 1, bottom: 1, right: 1 }) }).at(this, ["getRange", address]);
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): XlRange {
    const bounds = () => {
      const s = this.find();
      if (!s) return undefined;
      const values = usedBounds(s);
      if (valuesOnly || !this.ctx.strict.usedRange) return values;
      // Formatted cells count too without valuesOnly (Excel's used range).
      const boxes = [values, ...s.numberFormats.filter((f) => f.format !== "General").map((f) => f.bounds), ...s.styleRanges.map((r) => r.bounds)].filter((b): b is RangeBounds => !!b && b.bottom < 1048576);
      for (const [key, f] of s.cellFormats) {
        const p = f.format !== "General" ? parseAddress(key) : undefined;
        if (p) boxes.push(p);
      }
      for (const key of s.styles.keys()) {
        const p = parseAddress(key);
        if (p) boxes.push(p);
      }
      if (!boxes.length) return undefined;
      return { top: Math.min(...boxes.map((b) => b.top)), left: Math.min(...boxes.map((b) => b.left)), bottom: Math.max(...boxes.map((b) => b.bottom)), right: Math.max(...boxes.map((b) => b.right)) };
    };
    return new FakeRange(this.ctx, { sheet: this.find, bounds }, true).at(this, ["getUsedRangeOrNullObject", valuesOnly]);
  }
  getRanges(address: string): XlRangeAreas {
    const areas = address.split(",").map((a) => parseAddress(a.trim()));
    if (areas.some((a) => !a)) this.ctx.fail("InvalidArgument", `bad address ${address}`);
    return new FakeRangeAreas(this.ctx, this.find, () => areas.filter((a): a is RangeBounds => !!a)).at(this, ["getRanges", address]);
  }
  activate(): void {
    this.ctx.write(this, "activate", () => {
      const s = this.find();
      if (s) this.ctx.model.activeSheet = s.name;
    });
  }
}

