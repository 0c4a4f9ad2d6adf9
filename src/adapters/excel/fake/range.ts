/**
 * Fake `Range`, `RangeAreas`, `RangeFormat`, `DataValidation` and conditional formats over the
 * model. Bounds are resolved lazily (a used range is computed when loaded, as in Excel).
 * @module
 */
import type { RangeBounds } from "../../../core/grid";
import type {
  XlConditionalFormat,
  XlConditionalFormatCollection,
  XlDataValidation,
  XlRange,
  XlRangeAreas,
  XlRangeFormat,
  XlValue,
} from "../types";
import { FakeContext, FakeObject, type Capturable } from "./context";
import { boundsAddress, cellAt, formatAt, intersects, setCell, type ConditionalFormatModel, type SheetModel } from "./model";

/** Resolves a range's sheet and bounds at the time of use. */
export interface RangeTarget {
  readonly sheet: () => SheetModel | undefined;
  readonly bounds: () => RangeBounds | undefined;
}

/** Largest number of cells a style write (fill, bold) touches cell by cell. */
const STYLE_CELL_CAP = 20000;

/** Broadcasts a scalar or 1×1 array, or checks a 2D array's dimensions. */
function grid(ctx: FakeContext, input: unknown, b: RangeBounds): ((r: number, c: number) => unknown) | undefined {
  const rows = b.bottom - b.top + 1;
  const cols = b.right - b.left + 1;
  if (!Array.isArray(input)) return () => input;
  if (input.length === 1 && Array.isArray(input[0]) && input[0].length === 1) return () => input[0][0];
  if (input.length !== rows || input.some((r) => !Array.isArray(r) || r.length !== cols)) {
    ctx.fail("InvalidArgument", `array of ${input.length} rows does not match the range's ${rows}×${cols} cells`);
    return undefined;
  }
  return (r, c) => (input as unknown[][])[r][c];
}

abstract class SheetBound extends FakeObject {
  constructor(
    ctx: FakeContext,
    protected readonly target: RangeTarget,
  ) {
    super(ctx);
  }

  protected exists(): boolean {
    return !!this.target.sheet() && !!this.target.bounds();
  }

  /** The sheet and bounds for a write, or undefined after recording why it failed. */
  protected writable(): { sheet: SheetModel; b: RangeBounds } | undefined {
    const sheet = this.target.sheet();
    const b = this.target.bounds();
    if (!sheet || !b) return void this.ctx.fail("ItemNotFound", "the range does not exist");
    if (sheet.protected) return void this.ctx.fail("AccessDenied", `sheet ${sheet.name} is protected`);
    return { sheet, b };
  }
}

class FakeFill {
  constructor(private readonly set: (v: string) => void) {}
  set color(v: string) {
    this.set(v);
  }
  get color(): string {
    throw new Error("fake: read fill colour from the model");
  }
}

class FakeFont {
  constructor(private readonly set: (k: "bold" | "color" | "size", v: unknown) => void) {}
  set bold(v: boolean) {
    this.set("bold", v);
  }
  set color(v: string) {
    this.set("color", v);
  }
  set size(v: number) {
    this.set("size", v);
  }
  get bold(): boolean {
    throw new Error("fake: read fonts from the model");
  }
  get color(): string {
    throw new Error("fake: read fonts from the model");
  }
  get size(): number {
    throw new Error("fake: read fonts from the model");
  }
}

export class FakeRangeFormat extends SheetBound implements XlRangeFormat {
  readonly fill = new FakeFill((v) => this.style({ fill: v }));
  readonly font = new FakeFont((k, v) => this.style(k === "bold" ? { bold: Boolean(v) } : k === "size" ? { size: Number(v) } : { fontColor: String(v) }));

  protected scalar(name: string) {
    const b = this.target.bounds();
    const sheet = this.target.sheet();
    if (name === "columnWidth" && b && sheet) return { value: sheet.columnWidths.get(b.left) ?? 48 };
    return undefined;
  }
  get columnWidth(): number {
    return this.read("columnWidth");
  }
  set columnWidth(points: number) {
    const w = this.writable();
    if (!w) return;
    this.ctx.countWrite(points);
    for (let c = w.b.left; c <= w.b.right; c++) w.sheet.columnWidths.set(c, points);
  }
  set wrapText(v: boolean) {
    this.style({ wrap: v });
  }
  get wrapText(): boolean {
    return this.read("wrapText");
  }
  set verticalAlignment(v: string) {
    this.style({ vertical: v });
  }
  get verticalAlignment(): string {
    return this.read("verticalAlignment");
  }

  private style(patch: Record<string, unknown>): void {
    const w = this.writable();
    if (!w) return;
    this.ctx.countWrite(patch);
    const { b, sheet } = w;
    if ((b.bottom - b.top + 1) * (b.right - b.left + 1) > STYLE_CELL_CAP) return;
    for (let r = b.top; r <= b.bottom; r++) {
      for (let c = b.left; c <= b.right; c++) {
        const key = boundsAddress({ top: r, bottom: r, left: c, right: c });
        sheet.styles.set(key, { ...(sheet.styles.get(key) ?? {}), ...patch });
      }
    }
  }
}

export class FakeDataValidation extends SheetBound implements XlDataValidation {
  protected scalar(name: string) {
    const entry = this.entry();
    if (name === "rule" || name === "prompt" || name === "errorAlert" || name === "ignoreBlanks") return { value: entry?.[name] ?? null };
    return undefined;
  }
  private entry() {
    const sheet = this.target.sheet();
    const b = this.target.bounds();
    return sheet && b ? sheet.validations.find((v) => boundsAddress(v.bounds) === boundsAddress(b)) : undefined;
  }
  private put(key: "rule" | "prompt" | "errorAlert" | "ignoreBlanks", value: unknown): void {
    const w = this.writable();
    if (!w) return;
    this.ctx.countWrite(value);
    const mine = this.entry();
    if (key === "rule" && !mine && w.sheet.validations.some((v) => intersects(v.bounds, w.b))) {
      this.ctx.fail("InvalidOperation", "the range already has data validation: clear() it first");
      return;
    }
    if (mine) mine[key] = value as never;
    else w.sheet.validations.push({ bounds: w.b, [key]: value });
  }
  get rule(): unknown {
    return this.read("rule");
  }
  set rule(v: unknown) {
    this.put("rule", v);
  }
  get prompt(): unknown {
    return this.read("prompt");
  }
  set prompt(v: unknown) {
    this.put("prompt", v);
  }
  get errorAlert(): unknown {
    return this.read("errorAlert");
  }
  set errorAlert(v: unknown) {
    this.put("errorAlert", v);
  }
  get ignoreBlanks(): boolean {
    return this.read("ignoreBlanks");
  }
  set ignoreBlanks(v: boolean) {
    this.put("ignoreBlanks", v);
  }
  /** Removes every validation that intersects the range (a simplification of Excel's split). */
  clear(): void {
    const w = this.writable();
    if (!w) return;
    this.ctx.countWrite("clear");
    w.sheet.validations = w.sheet.validations.filter((v) => !intersects(v.bounds, w.b));
  }
}

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

export class FakeRange extends SheetBound implements XlRange {
  readonly format = new FakeRangeFormat(this.ctx, this.target);
  readonly dataValidation = new FakeDataValidation(this.ctx, this.target);
  readonly conditionalFormats = new FakeConditionalFormats(this.ctx, this.target.sheet, () => {
    const b = this.target.bounds();
    return b ? [b] : undefined;
  });

  constructor(ctx: FakeContext, target: RangeTarget, nullable = false) {
    super(ctx, target);
    this.nullable = nullable;
  }

  protected override child(name: string): Capturable | undefined {
    return name === "format" ? this.format : name === "dataValidation" ? this.dataValidation : undefined;
  }
  protected override defaults(): readonly string[] {
    return ["address", "rowCount", "columnCount", "values"];
  }
  protected scalar(name: string) {
    const sheet = this.target.sheet();
    const b = this.target.bounds();
    if (!sheet || !b) return undefined;
    const each = (f: (r: number, c: number) => unknown) => {
      const out: unknown[][] = [];
      for (let r = b.top; r <= b.bottom; r++) {
        const row: unknown[] = [];
        for (let c = b.left; c <= b.right; c++) row.push(f(r, c));
        out.push(row);
      }
      return out;
    };
    switch (name) {
      case "address":
        return { value: `${sheet.name}!${boundsAddress(b)}` };
      case "rowCount":
        return { value: b.bottom - b.top + 1 };
      case "columnCount":
        return { value: b.right - b.left + 1 };
      case "rowIndex":
        return { value: b.top - 1 };
      case "columnIndex":
        return { value: b.left - 1 };
      case "values":
        return { value: each((r, c) => cellAt(sheet, r, c)?.value ?? "") };
      case "formulas":
        return { value: each((r, c) => { const cell = cellAt(sheet, r, c); return cell?.formula ?? cell?.value ?? ""; }) };
      case "numberFormat":
        return { value: each((r, c) => formatAt(sheet, r, c)) };
      default:
        return undefined;
    }
  }

  get address(): string {
    return this.read("address");
  }
  get rowCount(): number {
    return this.read("rowCount");
  }
  get columnCount(): number {
    return this.read("columnCount");
  }
  get rowIndex(): number {
    return this.read("rowIndex");
  }
  get columnIndex(): number {
    return this.read("columnIndex");
  }
  get values(): XlValue[][] {
    return this.read("values");
  }
  set values(input: XlValue[][]) {
    this.writeCells(input);
  }
  get formulas(): unknown[][] {
    return this.read("formulas");
  }
  set formulas(input: unknown[][]) {
    this.writeCells(input);
  }
  get numberFormat(): unknown[][] {
    return this.read("numberFormat");
  }
  set numberFormat(input: unknown[][]) {
    const w = this.writable();
    if (!w) return;
    this.ctx.countWrite(input);
    const at = grid(this.ctx, input, w.b);
    if (!at) return;
    const b = w.b;
    w.sheet.numberFormats = w.sheet.numberFormats.filter((f) => !(f.bounds.top >= b.top && f.bounds.bottom <= b.bottom && f.bounds.left >= b.left && f.bounds.right <= b.right));
    if (!Array.isArray(input) || input.length === 1) w.sheet.numberFormats.push({ bounds: w.b, format: String(at(0, 0)) });
    else for (let r = w.b.top; r <= w.b.bottom; r++) for (let c = w.b.left; c <= w.b.right; c++) w.sheet.numberFormats.push({ bounds: { top: r, bottom: r, left: c, right: c }, format: String(at(r - w.b.top, c - w.b.left)) });
  }

  private writeCells(input: unknown): void {
    const w = this.writable();
    if (!w) return;
    this.ctx.countWrite(input);
    const at = grid(this.ctx, input, w.b);
    if (!at) return;
    for (let r = w.b.top; r <= w.b.bottom; r++) for (let c = w.b.left; c <= w.b.right; c++) setCell(w.sheet, r, c, at(r - w.b.top, c - w.b.left));
  }

  select(): void {
    const sheet = this.target.sheet();
    const b = this.target.bounds();
    if (!sheet || !b) return void this.ctx.fail("ItemNotFound", "the range does not exist");
    this.ctx.model.activeSheet = sheet.name;
    this.ctx.model.selection = `${sheet.name}!${boundsAddress(b)}`;
  }

  clear(applyTo: "All" | "Formats" | "Contents" = "All"): void {
    const w = this.writable();
    if (!w) return;
    this.ctx.countWrite(applyTo);
    const { sheet, b } = w;
    if (applyTo !== "Formats") {
      for (let r = b.top; r <= Math.min(b.bottom, sheet.rows.length); r++) {
        const row = sheet.rows[r - 1];
        if (row) for (let c = b.left; c <= Math.min(b.right, row.length); c++) row[c - 1] = undefined;
      }
    }
    if (applyTo !== "Contents") {
      sheet.numberFormats = sheet.numberFormats.filter((f) => !intersects(f.bounds, b));
      for (const key of [...sheet.styles.keys()]) {
        const m = /^([A-Z]+)(\d+)$/.exec(key);
        if (m && intersects(b, { top: Number(m[2]), bottom: Number(m[2]), left: colOf(m[1]), right: colOf(m[1]) })) sheet.styles.delete(key);
      }
    }
  }

  getSpecialCellsOrNullObject(_cellType: "Blanks"): XlRangeAreas {
    return new FakeRangeAreas(this.ctx, this.target.sheet, () => {
      const sheet = this.target.sheet();
      const b = this.target.bounds();
      if (!sheet || !b) return undefined;
      const areas: RangeBounds[] = [];
      for (let c = b.left; c <= b.right; c++) {
        let start = 0;
        for (let r = b.top; r <= b.bottom + 1; r++) {
          const blank = r <= b.bottom && !cellAt(sheet, r, c);
          if (blank && !start) start = r;
          if (!blank && start) {
            areas.push({ top: start, bottom: r - 1, left: c, right: c });
            start = 0;
          }
        }
      }
      return areas.length ? areas : undefined;
    }, true);
  }
}

const colOf = (letters: string): number => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);

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
