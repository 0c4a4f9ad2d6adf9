/**
 * Fake `Range` over the model: values, formulas, number formats, select, clear, blank cells.
 * Bounds are resolved lazily (a used range is computed when loaded, as in Excel).
 * @module
 */
import type { RangeBounds } from "../../../core/grid";
import type { XlRange, XlRangeAreas, XlValue } from "../types";
import type { Capturable } from "./context";
import { FakeContext } from "./context";
import { FakeConditionalFormats, FakeRangeAreas } from "./conditional-formats";
import { boundsAddress, cellAt, formatAt, intersects, setCell } from "./model";
import { grid, SheetBound, type RangeTarget } from "./range-base";
import { FakeDataValidation, FakeRangeFormat } from "./range-format";

export type { RangeTarget } from "./range-base";
export { FakeRangeAreas } from "./conditional-formats";

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
    for (let r = w.b.top; r <= w.b.bottom; r++) {
      for (let c = w.b.left; c <= w.b.right; c++) {
        const v = at(r - w.b.top, c - w.b.left);
        // Excel's text prefix: `'120` is stored as the text "120" (never a number or a formula).
        if (typeof v === "string" && v.startsWith("'") && v.length > 1) (w.sheet.rows[r - 1] ??= [])[c - 1] = { value: v.slice(1) };
        else setCell(w.sheet, r, c, v);
      }
    }
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
