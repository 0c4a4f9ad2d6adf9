/**
 * A small typed fake of the Excel object model, for unit tests and the pane's browser preview:
 * `createFakeExcel()` gives a `RunExcel` over an in-memory workbook, counts syncs and payload
 * bytes, enforces load-before-read and Excel on the web's payload limits, and fires
 * `Worksheet.onChanged` when `edit()` types into a cell (extending a table typed just below it,
 * as Excel does). office-addin-mock cannot mock collections; this can.
 * @module
 */
import { parseRange, type WorkbookSnapshot } from "../../../core/grid";
import type { RunExcel } from "../types";
import { FakeContext, WEB_LIMITS, type FakeLimits, type SyncStats } from "./context";
import { addSheet, emptyWorkbook, findSheet, setCell, tableAt, type WorkbookModel } from "./model";
import { fakeWorkbook } from "./workbook";

export { FakeExcelError, WEB_LIMITS, type FakeLimits, type SyncStats } from "./context";
export * from "./model";

/** A fake Excel: the runner, the model behind it and what it measured. */
export interface FakeExcel {
  readonly run: RunExcel;
  readonly model: WorkbookModel;
  readonly stats: SyncStats;
  /** Resets the counters (between the arrange and act steps of a test). */
  resetStats(): void;
  /**
   * Types `value` into `sheet!address` as a user would (a string starting with `=` is a formula),
   * grows a table when the cell is just below it, and fires the sheet's onChanged handlers.
   * @throws Error for an unknown sheet.
   */
  edit(sheet: string, address: string, value: string | number | boolean | null): Promise<void>;
}

/** Options of createFakeExcel. */
export interface FakeExcelOptions {
  readonly model?: WorkbookModel;
  readonly limits?: Partial<FakeLimits>;
}

/** Creates a fake Excel over `options.model` (default: an empty workbook). */
export function createFakeExcel(options: FakeExcelOptions = {}): FakeExcel {
  const model = options.model ?? emptyWorkbook();
  const limits = { ...WEB_LIMITS, ...options.limits };
  const stats: SyncStats = { syncs: 0, requestBytes: [], responseBytes: [] };
  const run: RunExcel = async (batch) => {
    const ctx = new FakeContext(model, limits, stats);
    ctx.workbook = fakeWorkbook(ctx);
    return batch(ctx);
  };
  return {
    run,
    model,
    stats,
    resetStats() {
      stats.syncs = 0;
      stats.requestBytes = [];
      stats.responseBytes = [];
    },
    async edit(sheetName, address, value) {
      const sheet = findSheet(model, sheetName);
      const b = parseRange(address);
      if (!sheet || !b) throw new Error(`fake edit: no cell ${sheetName}!${address}`);
      setCell(sheet, b.top, b.left, value);
      const above = tableAt(model, sheet, b.top - 1, b.left);
      if (above && above.bounds.bottom === b.top - 1 && value !== null && value !== "") above.bounds = { ...above.bounds, bottom: b.top };
      await Promise.all(sheet.handlers.map((h) => h({ address, worksheetId: sheet.id })));
    },
  };
}

/**
 * A workbook model holding a snapshot's sheets (values from their origin, formulas as `=…`,
 * visibility), tables and defined names: the sample workbook as the preview's starting point.
 */
export function modelFromSnapshot(snapshot: WorkbookSnapshot): WorkbookModel {
  const model = emptyWorkbook();
  for (const grid of snapshot.sheets) {
    const sheet = addSheet(model, grid.name);
    sheet.visibility = grid.visibility === "veryHidden" ? "VeryHidden" : grid.visibility === "hidden" ? "Hidden" : "Visible";
    grid.values.forEach((row, i) => row.forEach((v, j) => setCell(sheet, grid.originRow + i, grid.originCol + j, v)));
    for (const [a1, formula] of Object.entries(grid.formulas ?? {})) {
      const b = parseRange(a1);
      if (b) setCell(sheet, b.top, b.left, `=${formula}`);
    }
    for (const t of grid.tables) {
      const bounds = parseRange(t.ref);
      if (bounds) model.tables.push({ name: t.name, sheet, bounds, style: "TableStyleMedium2" });
    }
  }
  for (const [name, ref] of Object.entries(snapshot.names ?? {})) model.names.set(name, ref);
  return model;
}
