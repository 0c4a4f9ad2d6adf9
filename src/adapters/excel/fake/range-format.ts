/**
 * Fake `RangeFormat` (fill, font, width, wrap, alignment) and `DataValidation` (ExcelApi 1.8:
 * a rule over a range that already has one must be cleared first, as in Excel). Strict (F6):
 * rule shapes and text lengths are checked, and `clear()` clears only the overlapping cells.
 * Strict (F13): a style over any number of cells is stored, and fill and font read only after load.
 * @module
 */
import type { RangeBounds } from "../../../core/grid";
import type { XlDataValidation, XlRangeFormat } from "../types";
import { FakeExcelError, type FakeContext } from "./context";
import { SheetBound, STYLE_CELL_CAP } from "./range-base";
import { boundsAddress, findSheet, intersects, type StyleModel, type ValidationModel } from "./model";

/** Reading a format property the adapter never loaded: PropertyNotLoaded (strict), a plain Error (lax). */
function unloaded(ctx: FakeContext, what: string): never {
  if (ctx.strict.styles) throw new FakeExcelError("PropertyNotLoaded", `${what} was read before load() and sync()`);
  throw new Error(`fake: read ${what} from the model`);
}

class FakeFill {
  constructor(
    private readonly ctx: FakeContext,
    private readonly set: (v: string) => void,
  ) {}
  set color(v: string) {
    this.set(v);
  }
  get color(): string {
    return unloaded(this.ctx, "format.fill.color");
  }
}

class FakeFont {
  constructor(
    private readonly ctx: FakeContext,
    private readonly set: (k: "bold" | "color" | "size", v: unknown) => void,
  ) {}
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
    return unloaded(this.ctx, "format.font.bold");
  }
  get color(): string {
    return unloaded(this.ctx, "format.font.color");
  }
  get size(): number {
    return unloaded(this.ctx, "format.font.size");
  }
}

export class FakeRangeFormat extends SheetBound implements XlRangeFormat {
  readonly fill = new FakeFill(this.ctx, (v) => this.style({ fill: v }));
  readonly font = new FakeFont(this.ctx, (k, v) => this.style(k === "bold" ? { bold: Boolean(v) } : k === "size" ? { size: Number(v) } : { fontColor: String(v) }));

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
    this.change(points, ({ sheet, b }) => {
      for (let c = b.left; c <= b.right; c++) sheet.columnWidths.set(c, points);
    });
  }
  set wrapText(v: boolean) {
    this.style({ wrap: v }, 0);
  }
  get wrapText(): boolean {
    return this.read("wrapText");
  }
  set verticalAlignment(v: string) {
    this.style({ vertical: v }, 0);
  }
  get verticalAlignment(): string {
    return this.read("verticalAlignment");
  }

  private style(patch: StyleModel, extraPaths = 1): void {
    this.change(
      patch,
      ({ sheet, b }) => {
        if ((b.bottom - b.top + 1) * (b.right - b.left + 1) > STYLE_CELL_CAP) {
          if (this.ctx.strict.styles) sheet.styleRanges.push({ bounds: b, patch });
          return;
        }
        for (let r = b.top; r <= b.bottom; r++) {
          for (let c = b.left; c <= b.right; c++) {
            const key = boundsAddress({ top: r, bottom: r, left: c, right: c });
            sheet.styles.set(key, { ...(sheet.styles.get(key) ?? {}), ...patch });
          }
        }
      },
      "format",
      extraPaths,
    );
  }
}

const RULE_KINDS = ["list", "wholeNumber", "decimal", "date", "time", "textLength", "custom"];

/** Why Excel would refuse this part of a validation (strict F6), or undefined. Limits: Excel's dialog (title 32, prompt 255, alert 225 characters; inline list 255). */
function invalidPart(key: "rule" | "prompt" | "errorAlert" | "ignoreBlanks", value: unknown, hasSheet: (name: string) => boolean): string | undefined {
  const o = (value ?? {}) as Record<string, unknown>;
  const len = (v: unknown) => (typeof v === "string" ? v.length : 0);
  if (key === "rule") {
    const kinds = Object.keys(o).filter((k) => RULE_KINDS.includes(k));
    if (kinds.length !== 1) return `a rule needs exactly one of ${RULE_KINDS.join("/")}`;
    if (kinds[0] === "list") {
      const source = String((o.list as { source?: unknown } | undefined)?.source ?? "");
      if (!source) return "a list rule needs a source";
      if (source.startsWith("=")) {
        const sheet = /^='?(.+?)'?!/.exec(source)?.[1]?.replace(/''/g, "'");
        if (sheet && !hasSheet(sheet)) return `list source sheet ${sheet} does not exist`;
      } else if (source.length > 255) return "an inline list is longer than 255 characters";
    }
    return undefined;
  }
  if (key === "prompt" && (len(o.title) > 32 || len(o.message) > 255)) return "prompt title over 32 or message over 255 characters";
  if (key === "errorAlert" && (len(o.title) > 32 || len(o.message) > 225)) return "error alert title over 32 or message over 225 characters";
  return undefined;
}

/** `b` minus `cut`: up to four rectangles. */
function subtract(b: RangeBounds, cut: RangeBounds): RangeBounds[] {
  if (!intersects(b, cut)) return [b];
  const out: RangeBounds[] = [];
  if (b.top < cut.top) out.push({ ...b, bottom: cut.top - 1 });
  if (b.bottom > cut.bottom) out.push({ ...b, top: cut.bottom + 1 });
  const top = Math.max(b.top, cut.top);
  const bottom = Math.min(b.bottom, cut.bottom);
  if (b.left < cut.left) out.push({ top, bottom, left: b.left, right: cut.left - 1 });
  if (b.right > cut.right) out.push({ top, bottom, left: cut.right + 1, right: b.right });
  return out;
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
    this.change(
      value,
      (w) => {
        if (this.ctx.strict.validation) {
          const problem = invalidPart(key, value, (name) => !!findSheet(this.ctx.model, name));
          if (problem) return void this.ctx.fail("InvalidArgument", `${w.sheet.name}!${boundsAddress(w.b)}: ${problem}`);
        }
        const mine = this.entry();
        if (key === "rule" && !mine && w.sheet.validations.some((v) => intersects(v.bounds, w.b))) {
          this.ctx.fail("InvalidOperation", "the range already has data validation: clear() it first");
          return;
        }
        if (mine) mine[key] = value as never;
        else w.sheet.validations.push({ bounds: w.b, [key]: value });
      },
      "data validation",
    );
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
  /** Clears the validation of the range's cells: strict, only the overlap (Microsoft's docs); lax, every intersecting validation whole. */
  clear(): void {
    this.change(
      "clear",
      (w) => {
        if (!this.ctx.strict.validation) {
          w.sheet.validations = w.sheet.validations.filter((v) => !intersects(v.bounds, w.b));
          return;
        }
        w.sheet.validations = w.sheet.validations.flatMap((v): ValidationModel[] => subtract(v.bounds, w.b).map((bounds) => ({ ...v, bounds })));
      },
      "data validation",
    );
  }
}

