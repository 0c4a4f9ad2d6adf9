/**
 * Shared base of the fake range objects: lazily resolved sheet and bounds, write checks
 * (missing range, protected sheet) and 2D/broadcast value shapes.
 * @module
 */
import type { RangeBounds } from "../../../core/grid";
import { FakeContext, FakeObject } from "./context";
import type { SheetModel } from "./model";

/** Resolves a range's sheet and bounds at the time of use. */
export interface RangeTarget {
  readonly sheet: () => SheetModel | undefined;
  readonly bounds: () => RangeBounds | undefined;
}

/** Largest number of cells a style write (fill, bold) stores cell by cell (larger: as a range). */
export const STYLE_CELL_CAP = 20000;

/** Broadcasts a scalar or 1×1 array, or checks a 2D array's dimensions. */
export function grid(ctx: FakeContext, input: unknown, b: RangeBounds): ((r: number, c: number) => unknown) | undefined {
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

/** AccessDenied for a change to a protected sheet (strict: every object; lax: only cells, as the old fake). */
export function deniedOnProtected(ctx: FakeContext, sheet: SheetModel, what: string, everyObject = false): boolean {
  if (!sheet.protected || (everyObject && !ctx.strict.protection)) return false;
  ctx.fail("AccessDenied", `sheet ${sheet.name} is protected: ${what} refused`);
  return true;
}

export abstract class SheetBound extends FakeObject {
  constructor(
    ctx: FakeContext,
    protected readonly target: RangeTarget,
  ) {
    super(ctx);
  }

  protected exists(): boolean {
    return !!this.target.sheet() && !!this.target.bounds();
  }

  /** The sheet and bounds for a write (call when the write runs), or undefined after recording why it failed. */
  protected writable(what = "write"): { sheet: SheetModel; b: RangeBounds } | undefined {
    const sheet = this.target.sheet();
    const b = this.target.bounds();
    if (!sheet || !b) return void this.ctx.fail("ItemNotFound", "the range does not exist");
    if (deniedOnProtected(this.ctx, sheet, what)) return undefined;
    return { sheet, b };
  }

  /** Queues (strict) or runs (lax) `op` with the writable sheet and bounds. */
  protected change(args: unknown, op: (w: { sheet: SheetModel; b: RangeBounds }) => void, what?: string, extraPaths = 0): void {
    this.ctx.write(
      this,
      args,
      () => {
        const w = this.writable(what);
        if (w) op(w);
      },
      extraPaths,
    );
  }
}
