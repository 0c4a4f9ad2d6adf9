/**
 * Fake `RangeFormat` (fill, font, width, wrap, alignment) and `DataValidation` (ExcelApi 1.8:
 * a rule over a range that already has one must be cleared first, as in Excel).
 * @module
 */
import type { XlDataValidation, XlRangeFormat } from "../types";
import { SheetBound, STYLE_CELL_CAP } from "./range-base";
import { boundsAddress, intersects } from "./model";

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
