/**
 * Fake conditional formats (ExcelApi 1.6: custom rules with a fill) and `RangeAreas` (ExcelApi
 * 1.9: several ranges, as `getRanges` and special cells return them). Strict: adding, changing or
 * deleting a rule on a protected sheet is refused (F4), and a rule's formula is checked (F2).
 * @module
 */
import type { RangeBounds } from "../../../core/grid";
import type { XlConditionalFormat, XlConditionalFormatCollection, XlRangeAreas } from "../types";
import { FakeContext, FakeObject, type Capturable } from "./context";
import { checkFormula, scopeOf } from "./formula";
import { boundsAddress, intersects, type ConditionalFormatModel, type SheetModel } from "./model";
import { deniedOnProtected } from "./range-base";

class FakeConditionalFormat extends FakeObject implements XlConditionalFormat {
  constructor(
    ctx: FakeContext,
    private readonly sheet: () => SheetModel | undefined,
    private readonly cf: () => ConditionalFormatModel | undefined,
  ) {
    super(ctx);
  }
  protected exists(): boolean {
    const cf = this.cf();
    return !!cf && !!this.sheet()?.conditionalFormats.includes(cf);
  }
  protected scalar(name: string) {
    const cf = this.cf();
    if (!cf) return undefined;
    if (name === "type") return { value: cf.type };
    if (name === "priority") return { value: cf.priority };
    if (name === "id") return { value: String(cf.id) };
    return undefined;
  }
  protected override child(name: string): Capturable | undefined {
    if (name !== "custom") return undefined;
    return { capture: (p: string) => (p === "rule/formula" ? { bytes: this.cf()?.formula.length ?? 0, cells: 0, commit: () => (this.formulaLoaded = true) } : { bytes: 0, cells: 0, commit: () => undefined }) };
  }
  private formulaLoaded = false;
  get type(): string {
    return this.read("type");
  }
  get priority(): number {
    return this.read("priority");
  }
  set priority(v: number) {
    this.edit(v, (cf) => (cf.priority = v));
  }
  /** A change of this rule, run when the batch reaches it: refused on a protected sheet (strict). */
  private edit(args: unknown, op: (cf: ConditionalFormatModel) => void, paths = 0): void {
    this.ctx.write(
      this,
      args,
      () => {
        const cf = this.cf();
        const sheet = this.sheet();
        if (!cf || !sheet) return void this.ctx.fail("ItemNotFound", "no such conditional format");
        if (deniedOnProtected(this.ctx, sheet, "conditional format", true)) return;
        op(cf);
      },
      paths,
    );
  }
  get custom() {
    const cf = this.cf;
    const loaded = () => this.formulaLoaded;
    const edit = (args: unknown, op: (m: ConditionalFormatModel) => void, paths: number) => this.edit(args, op, paths);
    const ctx = this.ctx;
    return {
      rule: {
        get formula(): string {
          if (!loaded()) throw new Error("PropertyNotLoaded: custom/rule/formula");
          return cf()?.formula ?? "";
        },
        set formula(v: string) {
          edit(v, (m) => {
            const problem = ctx.strict.formulas ? checkFormula(v, scopeOf(ctx.model)) : undefined;
            if (problem) return void ctx.fail("InvalidArgument", `conditional format: ${problem}`);
            m.formula = v;
          }, 2);
        },
      },
      format: {
        fill: { set color(v: string) { edit(v, (m) => (m.fill = v), 3); }, get color() { return cf()?.fill ?? ""; } },
        font: { set color(v: string) { edit(v, (m) => (m.fontColor = v), 3); }, get color() { return cf()?.fontColor ?? ""; } },
      },
    };
  }
  delete(): void {
    this.edit("delete", () => {
      const sheet = this.sheet();
      if (sheet) sheet.conditionalFormats = sheet.conditionalFormats.filter((c) => c !== this.cf());
    });
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
    return sheet.conditionalFormats.filter((cf) => cf.ranges.some((r) => ranges.some((q) => intersects(r, q)))).map((cf) => new FakeConditionalFormat(this.ctx, this.sheet, () => cf));
  }
  get items(): XlConditionalFormat[] {
    return this.read("items");
  }
  add(type: "Custom"): XlConditionalFormat {
    let made: ConditionalFormatModel | undefined;
    this.ctx.write(this, type, () => {
      const sheet = this.sheet();
      const ranges = this.ranges();
      if (!sheet || !ranges) return void this.ctx.fail("ItemNotFound", "the range does not exist");
      if (deniedOnProtected(this.ctx, sheet, "conditional format", true)) return;
      made = { id: this.ctx.model.nextId++, ranges, type: "Custom", formula: "", fill: "", fontColor: "", priority: 0 };
      sheet.conditionalFormats.push(made);
    });
    return new FakeConditionalFormat(this.ctx, this.sheet, () => made).at(this, ["add", type]);
  }
}

export class FakeRangeAreas extends FakeObject implements XlRangeAreas {
  private cfProxy?: FakeConditionalFormats;
  constructor(
    ctx: FakeContext,
    private readonly sheet: () => SheetModel | undefined,
    private readonly areas: () => RangeBounds[] | undefined,
    nullable = false,
  ) {
    super(ctx);
    this.nullable = nullable;
  }
  get conditionalFormats(): FakeConditionalFormats {
    return (this.cfProxy ??= new FakeConditionalFormats(this.ctx, this.sheet, this.areas).at(this, "conditionalFormats"));
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
