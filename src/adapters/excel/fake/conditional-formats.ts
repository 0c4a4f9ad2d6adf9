/**
 * Fake conditional formats (ExcelApi 1.6: custom rules with a fill) and `RangeAreas` (ExcelApi
 * 1.9: several ranges, as `getRanges` and special cells return them).
 * @module
 */
import type { RangeBounds } from "../../../core/grid";
import type { XlConditionalFormat, XlConditionalFormatCollection, XlRangeAreas } from "../types";
import { FakeContext, FakeObject, type Capturable } from "./context";
import { boundsAddress, intersects, type ConditionalFormatModel, type SheetModel } from "./model";

class FakeConditionalFormat extends FakeObject implements XlConditionalFormat {
  constructor(
    ctx: FakeContext,
    private readonly sheet: SheetModel,
    private readonly cf: ConditionalFormatModel,
  ) {
    super(ctx);
  }
  protected exists(): boolean {
    return this.sheet.conditionalFormats.includes(this.cf);
  }
  protected scalar(name: string) {
    if (name === "type") return { value: this.cf.type };
    if (name === "priority") return { value: this.cf.priority };
    if (name === "id") return { value: String(this.cf.id) };
    return undefined;
  }
  protected override child(name: string): Capturable | undefined {
    if (name !== "custom") return undefined;
    const cf = this.cf;
    return { capture: (p: string) => (p === "rule/formula" ? { bytes: cf.formula.length, cells: 0, commit: () => (this.formulaLoaded = true) } : { bytes: 0, cells: 0, commit: () => undefined }) };
  }
  private formulaLoaded = false;
  get type(): string {
    return this.read("type");
  }
  get priority(): number {
    return this.read("priority");
  }
  set priority(v: number) {
    this.cf.priority = v;
  }
  get custom() {
    const cf = this.cf;
    const loaded = () => this.formulaLoaded;
    return {
      rule: {
        get formula(): string {
          if (!loaded()) throw new Error("PropertyNotLoaded: custom/rule/formula");
          return cf.formula;
        },
        set formula(v: string) {
          cf.formula = v;
        },
      },
      format: {
        fill: { set color(v: string) { cf.fill = v; }, get color() { return cf.fill; } },
        font: { set color(v: string) { cf.fontColor = v; }, get color() { return cf.fontColor; } },
      },
    };
  }
  delete(): void {
    this.ctx.countWrite("delete");
    this.sheet.conditionalFormats = this.sheet.conditionalFormats.filter((c) => c !== this.cf);
  }
}

export class FakeConditionalFormats extends FakeObject implements XlConditionalFormatCollection {
  constructor(
    ctx: FakeContext,
    private readonly sheet: () => SheetModel | undefined,
    private readonly ranges: () => RangeBounds[] | undefined,
  ) {
    super(ctx);
  }
  protected exists(): boolean {
    return !!this.sheet() && !!this.ranges();
  }
  protected scalar(name: string) {
    return name === "count" ? { value: this.listItems()?.length ?? 0 } : undefined;
  }
  protected override listItems(): FakeObject[] | undefined {
    const sheet = this.sheet();
    const ranges = this.ranges() ?? [];
    if (!sheet) return [];
    return sheet.conditionalFormats.filter((cf) => cf.ranges.some((r) => ranges.some((q) => intersects(r, q)))).map((cf) => new FakeConditionalFormat(this.ctx, sheet, cf));
  }
  get items(): XlConditionalFormat[] {
    return this.read("items");
  }
  add(_type: "Custom"): XlConditionalFormat {
    const sheet = this.sheet();
    const ranges = this.ranges();
    const cf: ConditionalFormatModel = { id: this.ctx.model.nextId++, ranges: ranges ?? [], type: "Custom", formula: "", fill: "", fontColor: "", priority: 0 };
    this.ctx.countWrite(ranges);
    if (!sheet || !ranges) this.ctx.fail("ItemNotFound", "the range does not exist");
    else sheet.conditionalFormats.push(cf);
    return new FakeConditionalFormat(this.ctx, sheet ?? ({ conditionalFormats: [] } as unknown as SheetModel), cf);
  }
}

export class FakeRangeAreas extends FakeObject implements XlRangeAreas {
  readonly conditionalFormats: FakeConditionalFormats;
  constructor(
    ctx: FakeContext,
    private readonly sheet: () => SheetModel | undefined,
    private readonly areas: () => RangeBounds[] | undefined,
    nullable = false,
  ) {
    super(ctx);
    this.nullable = nullable;
    this.conditionalFormats = new FakeConditionalFormats(ctx, sheet, areas);
  }
  protected exists(): boolean {
    return !!this.sheet() && !!this.areas()?.length;
  }
  protected scalar(name: string) {
    const sheet = this.sheet();
    const areas = this.areas();
    if (name === "address" && sheet && areas) return { value: areas.map((a) => `${sheet.name}!${boundsAddress(a)}`).join(",") };
    if (name === "areaCount") return { value: areas?.length ?? 0 };
    return undefined;
  }
  get address(): string {
    return this.read("address");
  }
}
