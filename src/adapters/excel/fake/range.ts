/**
 * Fake `Range` over the model: values (coerced as Excel parses typed input, strict F3), formulas
 * (checked by ./formula.ts, strict F2), number formats (invariant and local), select, clear,
 * blank cells (within the used range, strict F11). Bounds are resolved lazily (a used range is
 * computed when loaded, as in Excel).
 * @module
 */
import type { RangeBounds } from "../../../core/grid";
import type { XlRange, XlRangeAreas, XlValue } from "../types";
import type { Capturable } from "./context";
import { FakeContext } from "./context";
import { coerceInput } from "./coerce";
import { FakeConditionalFormats, FakeRangeAreas } from "./conditional-formats";
import { checkFormula, scopeOf } from "./formula";
import { boundsAddress, cellAt, formatAt, intersects, setCell, setFormat, usedBounds } from "./model";
import { grid, SheetBound, type RangeTarget } from "./range-base";
import { FakeDataValidation, FakeRangeFormat } from "./range-format";

export type { RangeTarget } from "./range-base";
export { FakeRangeAreas } from "./conditional-formats";

/** zh-CN spellings of invariant number formats (`numberFormatLocal`, ExcelApi 1.7). */
const LOCAL_FORMATS: Readonly<Record<string, string>> = { General: "G/通用格式" };
const toLocal = (f: string): string => LOCAL_FORMATS[f] ?? f;
const fromLocal = (f: string): string => Object.entries(LOCAL_FORMATS).find(([, l]) => l === f)?.[0] ?? f;

export class FakeRange extends SheetBound implements XlRange {
  constructor(ctx: FakeContext, target: RangeTarget, nullable = false) {
    super(ctx, target);
    this.nullable = nullable;
  }

  private formatProxy?: FakeRangeFormat;
  get format(): FakeRangeFormat {
    return (this.formatProxy ??= new FakeRangeFormat(this.ctx, this.target).at(this, "format"));
  }
  private dvProxy?: FakeDataValidation;
  get dataValidation(): FakeDataValidation {
    return (this.dvProxy ??= new FakeDataValidation(this.ctx, this.target).at(this, "dataValidation"));
  }
  private cfProxy?: FakeConditionalFormats;
  get conditionalFormats(): FakeConditionalFormats {
    return (this.cfProxy ??= new FakeConditionalFormats(this.ctx, this.target.sheet, () => {
      const b = this.target.bounds();
      return b ? [b] : undefined;
    }).at(this, "conditionalFormats"));
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
        return { value: each((r, c) => (this.ctx.env.bugs.localizedNumberFormat ? toLocal(formatAt(sheet, r, c)) : formatAt(sheet, r, c))) };
      case "numberFormatLocal":
        return { value: each((r, c) => toLocal(formatAt(sheet, r, c))) };
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
    this.writeFormats(input, (f) => f);
  }
  get numberFormatLocal(): unknown[][] {
    return this.read("numberFormatLocal");
  }
  set numberFormatLocal(input: unknown[][]) {
    this.writeFormats(input, fromLocal);
  }

  private writeFormats(input: unknown, convert: (f: string) => string): void {
    this.change(input, (w) => {
      const at = grid(this.ctx, input, w.b);
      if (!at) return;
      const b = w.b;
      if (!Array.isArray(input) || input.length === 1) setFormat(w.sheet, b, convert(String(at(0, 0))));
      else for (let r = b.top; r <= b.bottom; r++) for (let c = b.left; c <= b.right; c++) setFormat(w.sheet, { top: r, bottom: r, left: c, right: c }, convert(String(at(r - b.top, c - b.left))));
    });
  }

  private writeCells(input: unknown): void {
    this.change(input, (w) => {
      const at = grid(this.ctx, input, w.b);
      if (!at) return;
      const strict = this.ctx.strict;
      const scope = strict.formulas ? scopeOf(this.ctx.model) : undefined;
      // Excel checks every formula of the command before it changes a cell.
      if (scope) {
        for (let r = w.b.top; r <= w.b.bottom; r++) {
          for (let c = w.b.left; c <= w.b.right; c++) {
            const v = at(r - w.b.top, c - w.b.left);
            const problem = typeof v === "string" ? checkFormula(v, scope) : undefined;
            if (problem) return void this.ctx.fail("InvalidArgument", `${w.sheet.name}!${boundsAddress({ top: r, bottom: r, left: c, right: c })}: ${problem}`);
          }
        }
      }
      for (let r = w.b.top; r <= w.b.bottom; r++) {
        for (let c = w.b.left; c <= w.b.right; c++) {
          const v = at(r - w.b.top, c - w.b.left);
          // Excel's text prefix: `'120` is stored as the text "120" (never a number or a formula).
          if (typeof v === "string" && v.startsWith("'") && v.length > 1) (w.sheet.rows[r - 1] ??= [])[c - 1] = { value: v.slice(1) };
          else if (typeof v === "string" && !v.startsWith("=") && strict.coercion) setCell(w.sheet, r, c, coerceInput(v, formatAt(w.sheet, r, c)));
          else setCell(w.sheet, r, c, v);
        }
      }
      if (strict.events) this.ctx.noteChange(w.sheet.id, boundsAddress(w.b));
    });
  }

  select(): void {
    this.ctx.write(this, "select", () => {
      const sheet = this.target.sheet();
      const b = this.target.bounds();
      if (!sheet || !b) return void this.ctx.fail("ItemNotFound", "the range does not exist");
      this.ctx.model.activeSheet = sheet.name;
      this.ctx.model.selection = `${sheet.name}!${boundsAddress(b)}`;
    });
  }

  unmerge(): void {
    // Excel keeps the value in each area's top-left cell; the other cells were blank already.
    this.change(undefined, ({ sheet, b }) => {
      sheet.merges = sheet.merges.filter((m) => !intersects(m, b));
    });
  }

  clear(applyTo: "All" | "Formats" | "Contents" = "All"): void {
    this.change(applyTo, ({ sheet, b }) => {
      if (applyTo !== "Formats") {
        for (let r = b.top; r <= Math.min(b.bottom, sheet.rows.length); r++) {
          const row = sheet.rows[r - 1];
          if (row) for (let c = b.left; c <= Math.min(b.right, row.length); c++) row[c - 1] = undefined;
        }
        if (this.ctx.strict.events) this.ctx.noteChange(sheet.id, boundsAddress(b));
      }
      if (applyTo !== "Contents") {
        sheet.numberFormats = sheet.numberFormats.filter((f) => !intersects(f.bounds, b));
        for (const key of [...sheet.cellFormats.keys()]) {
          const m = /^([A-Z]+)(\d+)$/.exec(key);
          if (m && intersects(b, { top: Number(m[2]), bottom: Number(m[2]), left: colOf(m[1]), right: colOf(m[1]) })) sheet.cellFormats.delete(key);
        }
        sheet.styleRanges = sheet.styleRanges.filter((s) => !intersects(s.bounds, b));
        for (const key of [...sheet.styles.keys()]) {
          const m = /^([A-Z]+)(\d+)$/.exec(key);
          if (m && intersects(b, { top: Number(m[2]), bottom: Number(m[2]), left: colOf(m[1]), right: colOf(m[1]) })) sheet.styles.delete(key);
        }
      }
    });
  }

  getSpecialCellsOrNullObject(cellType: "Blanks" | "Formulas"): XlRangeAreas {
    return new FakeRangeAreas(this.ctx, this.target.sheet, () => {
      const sheet = this.target.sheet();
      let b = this.target.bounds();
      if (!sheet || !b) return undefined;
      if (this.ctx.strict.usedRange) {
        // Like VBA's SpecialCells: only cells inside the used range count (inferred, to verify).
        const used = usedBounds(sheet);
        if (!used || !intersects(used, b)) return undefined;
        b = { top: Math.max(b.top, used.top), bottom: Math.min(b.bottom, used.bottom), left: Math.max(b.left, used.left), right: Math.min(b.right, used.right) };
      }
      const areas: RangeBounds[] = [];
      for (let c = b.left; c <= b.right; c++) {
        let start = 0;
        for (let r = b.top; r <= b.bottom + 1; r++) {
          // Blanks: no value and no formula; Formulas: a formula, whatever its result.
          const hit = r <= b.bottom && (cellType === "Formulas" ? !!cellAt(sheet, r, c)?.formula : !cellAt(sheet, r, c));
          if (hit && !start) start = r;
          if (!hit && start) {
            areas.push({ top: start, bottom: r - 1, left: c, right: c });
            start = 0;
          }
        }
      }
      return areas.length ? areas : undefined;
    }, true).at(this, ["getSpecialCellsOrNullObject", cellType]);
  }
  getMergedAreasOrNullObject(): XlRangeAreas {
    return new FakeRangeAreas(this.ctx, this.target.sheet, () => {
      const sheet = this.target.sheet();
      const b = this.target.bounds();
      if (!sheet || !b) return undefined;
      const areas = sheet.merges.filter((m) => intersects(m, b));
      return areas.length ? areas : undefined;
    }, true).at(this, ["getMergedAreasOrNullObject"]);
  }
}

const colOf = (letters: string): number => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
