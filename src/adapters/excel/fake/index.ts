/**
 * A small typed fake of the Excel object model, for unit tests and the pane's browser preview:
 * `createFakeExcel()` gives a `RunExcel` over an in-memory workbook, counts syncs and payload
 * bytes, enforces load-before-read and Excel on the web's payload limits, and models what the
 * audit (§4) found Excel does and the old fake did not: batches that stop at the first failing
 * command, formula references, string coercion, protection of every object (passwords, workbook
 * structure), validation rules, a request-size model with object paths, onChanged for the
 * add-in's own writes, cell-edit mode, Excel's undo stack (`mergeUndoGroup`) and
 * `Excel.createWorkbook`. Strict by default; `strict: LAX` (or single switches) shows the old
 * behaviour. Host bugs (office-js#6784, silent onChanged) are switched on by `bugs`.
 * office-addin-mock cannot mock collections; this can.
 * @module
 */
import { parseRange, type WorkbookSnapshot } from "../../../core/grid";
import type { RunExcel, XlContext } from "../types";
import { FakeContext, FakeExcelError, STRICT, WEB_LIMITS, type FakeEnv, type FakeHostBugs, type FakeLimits, type FakeStrictness, type SyncStats } from "./context";
import { addSheet, emptyWorkbook, findSheet, restoreModel, setCell, snapshotModel, storeCell, tableAt, validationAt, type ModelSnapshot, type WorkbookModel } from "./model";
import { fakeWorkbook } from "./workbook";

export { FakeExcelError, LAX, STRICT, WEB_LIMITS, type FakeHostBugs, type FakeLimits, type FakeStrictness, type SyncStats } from "./context";
export { checkFormula, scopeOf } from "./formula";
export { coerceInput } from "./coerce";
export * from "./model";

/** `Excel.RunOptions` the fake honours. */
export interface FakeRunOptions {
  /** Wait while the user edits a cell instead of failing (Excel: `delayForCellEdit`). */
  readonly delayForCellEdit?: boolean;
  /** Every change of the run is one entry of the undo stack (ExcelApi 1.20). */
  readonly mergeUndoGroup?: boolean;
}

/** Where the fake runs: `web` applies the 5 MB limit to `createWorkbook`; `mac` is desktop Mac. */
export type FakePlatform = "web" | "windows" | "mac";

/** A fake Excel: the runner, the model behind it and what it measured. */
export interface FakeExcel {
  readonly run: RunExcel;
  /** `Excel.run(options?, batch)` with the options the fake honours (for office-compat's runners). */
  readonly excelRun: <T>(options: FakeRunOptions, batch: (context: XlContext) => Promise<T>) => Promise<T>;
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
  /** Picks `value` from the cell's dropdown: like `edit`, but silent with `bugs.silentDropdown`. */
  pick(sheet: string, address: string, value: string): Promise<void>;
  /** Deletes `count` whole rows from `top` (cells move up, tables shrink); silent with `bugs.silentRowDelete`. */
  deleteRows(sheet: string, top: number, count: number): Promise<void>;
  /** The user clicks or moves to `sheet!address`: it becomes the selection and the sheet's onSelectionChanged handlers fire. */
  select(sheet: string, address: string): Promise<void>;
  /** The user starts typing in a cell (cell-edit mode) / presses Enter or Esc. */
  beginCellEdit(): void;
  endCellEdit(): void;
  /** Ctrl+Z: restores the state before the last undo entry; false when the stack is empty. */
  undo(): boolean;
  /** Entries on the undo stack. */
  undoDepth(): number;
  /** `Excel.createWorkbook(base64)`: the base64 of every workbook opened (ExcelApi 1.8). */
  createWorkbook(base64: string): Promise<void>;
  readonly createdWorkbooks: string[];
}

/** Options of createFakeExcel. */
export interface FakeExcelOptions {
  readonly model?: WorkbookModel;
  readonly limits?: Partial<FakeLimits>;
  /** Strictness switches (default: all on). */
  readonly strict?: Partial<FakeStrictness>;
  readonly bugs?: FakeHostBugs;
  readonly platform?: FakePlatform;
}

/** Creates a fake Excel over `options.model` (default: an empty workbook). */
export function createFakeExcel(options: FakeExcelOptions = {}): FakeExcel {
  const model = options.model ?? emptyWorkbook();
  const limits = { ...WEB_LIMITS, ...options.limits };
  const strict: FakeStrictness = { ...STRICT, ...options.strict };
  const bugs = options.bugs ?? {};
  const stats: SyncStats = { syncs: 0, requestBytes: [], responseBytes: [] };
  const undoStack: ModelSnapshot[] = [];
  const groups = new WeakMap<FakeContext, { taken: boolean }>();
  let editing: { ended: Promise<void>; end: () => void } | undefined;

  const fire = async (sheetId: string, address: string, triggerSource: string) => {
    const sheet = model.sheets.find((s) => s.id === sheetId);
    if (sheet) await Promise.all(sheet.handlers.map((h) => h({ address, worksheetId: sheet.id, triggerSource })));
  };
  const env: FakeEnv = {
    strict,
    bugs,
    inCellEdit: () => !!editing,
    cellEditEnded: () => editing?.ended ?? Promise.resolve(),
    beforeWrites(ctx) {
      const group = groups.get(ctx);
      if (group?.taken) return;
      if (group) group.taken = true;
      undoStack.push(snapshotModel(model));
    },
    afterWrites(changed) {
      setTimeout(() => {
        for (const [id, addresses] of changed) for (const a of addresses) void fire(id, a, "ThisLocalAddin");
      }, 0);
    },
  };
  const excelRun = async <T>(runOptions: FakeRunOptions, batch: (context: XlContext) => Promise<T>): Promise<T> => {
    const ctx = new FakeContext(model, limits, stats, env);
    ctx.delayForCellEdit = !!runOptions.delayForCellEdit;
    if (runOptions.mergeUndoGroup) groups.set(ctx, { taken: false });
    ctx.workbook = fakeWorkbook(ctx);
    return batch(ctx);
  };
  const run: RunExcel = (batch) => excelRun({}, batch);
  const userChange = async (sheetName: string, address: string, value: string | number | boolean | null, silent: boolean) => {
    const sheet = findSheet(model, sheetName);
    const b = parseRange(address);
    if (!sheet || !b) throw new Error(`fake edit: no cell ${sheetName}!${address}`);
    undoStack.push(snapshotModel(model));
    setCell(sheet, b.top, b.left, value);
    const above = tableAt(model, sheet, b.top - 1, b.left);
    if (above && above.bounds.bottom === b.top - 1 && value !== null && value !== "") above.bounds = { ...above.bounds, bottom: b.top };
    if (!silent) await fire(sheet.id, address, "Unknown");
  };
  const createdWorkbooks: string[] = [];
  return {
    run,
    excelRun,
    model,
    stats,
    resetStats() {
      stats.syncs = 0;
      stats.requestBytes = [];
      stats.responseBytes = [];
    },
    edit: (sheet, address, value) => userChange(sheet, address, value, false),
    async pick(sheetName, address, value) {
      const sheet = findSheet(model, sheetName);
      const b = parseRange(address);
      if (!sheet || !b || !validationAt(sheet, b.top, b.left)) throw new Error(`fake pick: ${sheetName}!${address} has no dropdown`);
      await userChange(sheetName, address, value, !!bugs.silentDropdown);
    },
    async deleteRows(sheetName, top, count) {
      const sheet = findSheet(model, sheetName);
      if (!sheet) throw new Error(`fake deleteRows: no sheet ${sheetName}`);
      undoStack.push(snapshotModel(model));
      sheet.rows.splice(top - 1, count);
      for (const t of model.tables.filter((x) => x.sheet === sheet)) {
        const { top: tt, bottom } = t.bounds;
        const gone = Math.max(0, Math.min(bottom, top + count - 1) - Math.max(tt, top) + 1);
        const above = Math.max(0, Math.min(count, tt - top));
        t.bounds = { ...t.bounds, top: tt - above, bottom: bottom - above - gone };
      }
      if (!bugs.silentRowDelete) await fire(sheet.id, `${top}:${top + count - 1}`, "Unknown");
    },
    async select(sheetName, address) {
      const sheet = findSheet(model, sheetName);
      if (!sheet) throw new Error(`fake select: no sheet ${sheetName}`);
      model.activeSheet = sheet.name;
      model.selection = `${sheet.name}!${address}`;
      await Promise.all(sheet.selectionHandlers.map((h) => h({ address, worksheetId: sheet.id })));
    },
    beginCellEdit() {
      let end = () => undefined as void;
      const ended = new Promise<void>((resolve) => (end = resolve));
      editing = { ended, end };
    },
    endCellEdit() {
      const e = editing;
      editing = undefined;
      e?.end();
    },
    undo() {
      const snap = undoStack.pop();
      if (!snap) return false;
      restoreModel(model, snap);
      return true;
    },
    undoDepth: () => undoStack.length,
    async createWorkbook(base64) {
      await Promise.resolve();
      if (options.platform === "web" && base64.length + 200 > limits.maxRequestBytes) {
        throw new FakeExcelError(bugs.oversizeAsGeneralException ? "GeneralException" : "RequestPayloadSizeLimitExceeded", `createWorkbook of ${base64.length} base64 characters exceeds the web's 5 MB request limit`);
      }
      createdWorkbooks.push(base64);
    },
    createdWorkbooks,
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
    // Values as the file holds them (a text "=SUM(1,2)" stays text, as the CLI reads it); formulas below.
    grid.values.forEach((row, i) => row.forEach((v, j) => storeCell(sheet, grid.originRow + i, grid.originCol + j, v)));
    for (const [a1, formula] of Object.entries(grid.formulas ?? {})) {
      const b = parseRange(a1);
      if (!b) continue;
      // Excel gives a formula cell's computed value: the file's cached result (as the snapshot holds it),
      // never "" (new-user test D16: `=500+52` read as empty, a false 必须填写).
      const cached = grid.values[b.top - grid.originRow]?.[b.left - grid.originCol];
      setCell(sheet, b.top, b.left, `=${formula}`);
      const cell = sheet.rows[b.top - 1]?.[b.left - 1];
      if (cell && cached !== null && cached !== undefined) cell.value = cached as typeof cell.value;
    }
    for (const m of grid.merges ?? []) {
      const b = parseRange(m);
      if (b) sheet.merges.push(b);
    }
    for (const t of grid.tables) {
      const bounds = parseRange(t.ref);
      if (bounds) model.tables.push({ name: t.name, sheet, bounds, style: "TableStyleMedium2" });
    }
  }
  for (const [name, ref] of Object.entries(snapshot.names ?? {})) model.names.set(name, ref);
  return model;
}

