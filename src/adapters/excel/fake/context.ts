/**
 * The fake `RequestContext`. Strict by default, as Excel is (audit §4):
 * - **batch** (F1): writes and loads are queued and run at `sync()` in order; the first command
 *   that fails stops the batch (later ones never run, earlier ones stay applied) and `sync()`
 *   throws its error — the partial states real Excel leaves can be observed;
 * - **requestModel** (F7): a request is counted by the model of ../request-size.ts (object paths
 *   included) and refused over 5 MB before anything runs;
 * - **cellEdit** (F9): while the user edits a cell, `sync()` fails with
 *   InvalidOperationInCellEditMode unless the run asked for `delayForCellEdit` (then it waits).
 * Loads capture at their place in the queue; loaded values become readable only when the whole
 * batch succeeded (Office.js' rule: read after `load()` and `sync()`). The other strictnesses
 * live in the proxies (see {@link FakeStrictness}); `LAX` is the old, kinder fake, for tests
 * that show the old behaviour only.
 * @module
 */
import type { XlContext } from "../types";
import { actionBytes, pathBytes, REQUEST_ENVELOPE_BYTES } from "../request-size";
import type { WorkbookModel } from "./model";
import { jsonBytes } from "./model";

/** An Office.js-like error: `code` as in `OfficeExtension.ErrorCodes`, `debugInfo.errorLocation` like Office.js'. */
export class FakeExcelError extends Error {
  readonly debugInfo: { readonly code: string; readonly errorLocation?: string };
  constructor(
    readonly code: string,
    message: string,
    errorLocation?: string,
  ) {
    super(message);
    this.name = "RichApi.Error";
    this.debugInfo = { code, errorLocation };
  }
}

/** Payload limits in bytes and cells (Excel on the web: 5 MB each way, 5 M cells per read). */
export interface FakeLimits {
  readonly maxRequestBytes: number;
  readonly maxResponseBytes: number;
  readonly maxCells: number;
}

export const WEB_LIMITS: FakeLimits = { maxRequestBytes: 5 * 1024 * 1024, maxResponseBytes: 5 * 1024 * 1024, maxCells: 5_000_000 };

/**
 * What the fake refuses or models as Excel does (each one an audit §4 row). All true by default;
 * a test may switch one off only to show the old behaviour.
 */
export interface FakeStrictness {
  /** F1: commands run in order at sync; the first failure stops the batch. */
  readonly batch: boolean;
  /** F2: formulas (cells, conditional formats) are parsed and their references resolved. */
  readonly formulas: boolean;
  /** F3: unprefixed strings that look like numbers, dates, percents or booleans are converted. */
  readonly coercion: boolean;
  /** F4/F5: protection covers tables, charts, conditional formats; passwords; workbook structure. */
  readonly protection: boolean;
  /** F6: rule shapes and text lengths checked; clear() clears only the overlap. */
  readonly validation: boolean;
  /** F7: requests counted by the size model, object paths included. */
  readonly requestModel: boolean;
  /** F8: the add-in's own writes fire onChanged (triggerSource ThisLocalAddin). */
  readonly events: boolean;
  /** F9: cell-edit mode fails batches without delayForCellEdit. */
  readonly cellEdit: boolean;
  /** F10: rows.add / columns.add insert and shift cells; header formulas become text; duplicate headers renamed. */
  readonly tables: boolean;
  /** F11/F12: special cells stop at the used range; the used range counts formatted cells unless valuesOnly. */
  readonly usedRange: boolean;
  /** F13: formats of any size are stored; fill and font must be loaded before they are read. */
  readonly styles: boolean;
}

/** Every strictness on (the default). */
export const STRICT: FakeStrictness = { batch: true, formulas: true, coercion: true, protection: true, validation: true, requestModel: true, events: true, cellEdit: true, tables: true, usedRange: true, styles: true };
/** The old, kind fake: for tests that show what it let through. */
export const LAX: FakeStrictness = { batch: false, formulas: false, coercion: false, protection: false, validation: false, requestModel: false, events: false, cellEdit: false, tables: false, usedRange: false, styles: false };

/** Host bugs reported against real Excel builds, off by default. */
export interface FakeHostBugs {
  /** office-js#6784 (Current Channel 2605, June 2026): `unprotect()` throws AccessDenied even on a protected sheet. */
  readonly unprotectThrows?: boolean;
  /** office-js#420, #3888, #4066: a value picked from a dropdown fires no `onChanged`. */
  readonly silentDropdown?: boolean;
  /** office-js#294 (Mac): deleting rows fires no `onChanged`. */
  readonly silentRowDelete?: boolean;
  /** office-js#2824, #1553: `numberFormat` reads back in the UI language on the web ("G/通用格式"). */
  readonly localizedNumberFormat?: boolean;
  /** docs-reference#354, office-js#1314: an oversize payload fails with GeneralException, not a payload code. */
  readonly oversizeAsGeneralException?: boolean;
  /** docs PR #5821: over the 5 M cell limit `Range.values` "doesn't always throw… returns null instead". */
  readonly nullValuesOverCellLimit?: boolean;
}

/** What the fake measured, per sync in order. */
export interface SyncStats {
  syncs: number;
  requestBytes: number[];
  responseBytes: number[];
}

/** One captured load: its size and how to make it readable. */
export interface Capture {
  readonly bytes: number;
  readonly cells: number;
  readonly commit: () => void;
}

/** Something that can be loaded: the proxies of ./proxies. */
export interface Capturable {
  capture(path: string): Capture;
}

/** The environment a context runs in: switches, the user's cell-edit mode, undo and event hooks. */
export interface FakeEnv {
  readonly strict: FakeStrictness;
  readonly bugs: FakeHostBugs;
  /** True while the user is editing a cell. */
  inCellEdit(): boolean;
  /** Resolves when the user leaves cell-edit mode. */
  cellEditEnded(): Promise<void>;
  /** Called before the first write of each sync (the undo model takes its snapshot). */
  beforeWrites(ctx: FakeContext): void;
  /** Called after a successful sync with the cells the add-in changed, per sheet id. */
  afterWrites(changed: Map<string, Set<string>>): void;
}

type Command = { readonly kind: "load"; readonly obj: Capturable; readonly path: string } | { readonly kind: "write"; readonly op: () => void };

/** The fake request context. `workbook` is attached by createFakeExcel. */
export class FakeContext implements XlContext {
  workbook!: XlContext["workbook"];
  /** Number of completed syncs of this context (a proxy created before one may report isNullObject). */
  syncCount = 0;
  /** `Excel.run({ delayForCellEdit: true })`: wait for the user to leave cell-edit mode. */
  delayForCellEdit = false;
  private commands: Command[] = [];
  private requestBytes = 0;
  private error?: FakeExcelError;
  private executing = false;
  /** While true, loaded cell arrays are committed as null (the nullValuesOverCellLimit bug). */
  nulled = false;
  private wrote = false;
  /** Cells written by the add-in in the current sync, per sheet id (for onChanged). */
  readonly changed = new Map<string, Set<string>>();

  constructor(
    readonly model: WorkbookModel,
    readonly limits: FakeLimits,
    readonly stats: SyncStats,
    readonly env: FakeEnv,
  ) {}

  get strict(): FakeStrictness {
    return this.env.strict;
  }

  /** Counts `obj`'s object path and its parents' (once per request) under the size model. */
  touch(obj: FakeObject | undefined): void {
    if (!this.strict.requestModel) return;
    for (let o = obj; o; o = o.pathParent) {
      if (o.countedInSync === this.syncCount) break;
      o.countedInSync = this.syncCount;
      this.requestBytes += pathBytes(o.pathArgs);
    }
  }

  /** Queues a load of `path` (`values`, `items/name`, `format/columnWidth`). */
  queueLoad(obj: Capturable, path: string): void {
    this.commands.push({ kind: "load", obj, path });
    if (this.strict.requestModel) {
      if (obj instanceof FakeObject) this.touch(obj);
      this.requestBytes += actionBytes(path);
    } else this.requestBytes += path.length + 16;
  }

  /**
   * A write (property set or method call) on `owner` with `args`: counted, then run at once
   * (lax) or queued to run at sync in order (strict). `extraPaths` counts object paths that
   * have no proxy of their own (`format.font`, `chart.title`).
   */
  write(owner: FakeObject | undefined, args: unknown, op: () => void, extraPaths = 0): void {
    if (this.strict.requestModel) {
      this.touch(owner);
      this.requestBytes += actionBytes(args) + extraPaths * pathBytes(undefined);
    } else this.requestBytes += jsonBytes(args) + 16;
    if (this.strict.batch) this.commands.push({ kind: "write", op });
    else this.runWrite(op);
  }

  private runWrite(op: () => void): void {
    if (!this.wrote) {
      this.wrote = true;
      this.env.beforeWrites(this);
    }
    op();
  }

  /** Records that the add-in changed `address` on `sheetId` (onChanged after the sync). */
  noteChange(sheetId: string, address: string): void {
    const set = this.changed.get(sheetId) ?? new Set<string>();
    set.add(address);
    this.changed.set(sheetId, set);
  }

  /**
   * Records a failure. Strict: the running command fails and the batch stops there. Lax: the
   * first failure of the batch is remembered and thrown by the next sync, after every write.
   */
  fail(code: string, message: string, errorLocation?: string): void {
    this.error ??= new FakeExcelError(code, message, errorLocation);
  }

  async sync(): Promise<void> {
    this.stats.syncs++;
    const request = this.requestBytes + (this.strict.requestModel ? REQUEST_ENVELOPE_BYTES : 0);
    const commands = this.commands;
    this.commands = [];
    this.requestBytes = 0;
    this.stats.requestBytes.push(request);
    await Promise.resolve();
    if (this.strict.cellEdit && this.env.inCellEdit()) {
      if (!this.delayForCellEdit) {
        this.reset();
        throw new FakeExcelError("InvalidOperationInCellEditMode", "Excel is in cell-editing mode");
      }
      await this.env.cellEditEnded();
    }
    if (request > this.limits.maxRequestBytes) {
      this.reset();
      throw this.oversize("RequestPayloadSizeLimitExceeded", `request of ${request} bytes exceeds ${this.limits.maxRequestBytes}`);
    }
    let bytes = 0;
    let cells = 0;
    const commits: (() => void)[] = [];
    try {
      this.executing = true;
      for (const c of commands) {
        if (this.error) break;
        if (c.kind === "write") {
          this.runWrite(c.op);
          continue;
        }
        const got = c.obj.capture(c.path);
        bytes += got.bytes;
        cells += got.cells;
        commits.push(got.commit);
      }
    } finally {
      this.executing = false;
    }
    const error = this.error;
    this.reset();
    if (error) {
      this.changed.clear();
      throw error;
    }
    this.stats.responseBytes.push(bytes);
    if (cells > this.limits.maxCells && this.env.bugs.nullValuesOverCellLimit && bytes <= this.limits.maxResponseBytes) {
      this.nulled = true;
      try {
        commits.forEach((c) => c());
      } finally {
        this.nulled = false;
      }
      this.syncCount++;
      return;
    }
    if (bytes > this.limits.maxResponseBytes || cells > this.limits.maxCells) {
      throw this.oversize("ResponsePayloadSizeLimitExceeded", `response of ${bytes} bytes / ${cells} cells exceeds the limit`);
    }
    commits.forEach((c) => c());
    this.syncCount++;
    if (this.changed.size) {
      const changed = new Map(this.changed);
      this.changed.clear();
      this.env.afterWrites(changed);
    }
  }

  private reset(): void {
    this.error = undefined;
    this.wrote = false;
  }

  private oversize(code: string, message: string): FakeExcelError {
    return new FakeExcelError(this.env.bugs.oversizeAsGeneralException ? "GeneralException" : code, message);
  }
}

/** Base of every proxy: `load()`, captured properties, load-before-read, its object path. */
export abstract class FakeObject implements Capturable {
  private readonly loaded = new Map<string, unknown>();
  private readonly bornAt: number;
  private itemsOfSync?: { sync: number; items: FakeObject[] | undefined };
  /** The proxy this one was reached from (for the size model). */
  pathParent?: FakeObject;
  /** The arguments of the call or property that made this proxy (for the size model). */
  pathArgs: unknown;
  /** The sync in which this proxy's path was last counted. */
  countedInSync = -1;

  constructor(protected readonly ctx: FakeContext) {
    this.bornAt = ctx.syncCount;
  }

  /** Sets this proxy's object path (parent and arguments); returns `this`. */
  at(parent: FakeObject | undefined, args: unknown): this {
    this.pathParent = parent;
    this.pathArgs = args;
    return this;
  }

  /** Queues loads: comma-separated property paths. */
  load(propertyNames: string): this {
    for (const p of propertyNames.split(",").map((s) => s.trim()).filter(Boolean)) this.ctx.queueLoad(this, p);
    return this;
  }

  /** Live value of a scalar property; `undefined` when this object has no such property. */
  protected abstract scalar(name: string): { value: unknown } | undefined;

  /** A navigation property (`format`, `worksheet`, `protection`) for nested load paths. */
  protected child(_name: string): Capturable | undefined {
    return undefined;
  }

  /** The items of a collection, at capture time (collections only). */
  protected listItems(): FakeObject[] | undefined {
    return undefined;
  }

  /** Default properties loaded by `load("")`-style paths ending on this object. */
  protected defaults(): readonly string[] {
    return [];
  }

  /** True when the object this proxy stands for exists (null objects and missing items don't). */
  protected abstract exists(): boolean;

  /** Whether this proxy was made by an *OrNullObject method. */
  protected nullable = false;

  capture(path: string): Capture {
    if (!this.exists() && !this.nullable) {
      this.ctx.fail("ItemNotFound", `${this.constructor.name}: the requested item does not exist`);
      return { bytes: 0, cells: 0, commit: () => undefined };
    }
    const [head, ...rest] = path.split("/");
    if (head === "items") {
      // One list of item proxies per sync, so that `items/a,items/b` load the same proxies.
      if (this.itemsOfSync?.sync !== this.ctx.syncCount) this.itemsOfSync = { sync: this.ctx.syncCount, items: this.listItems()?.map((item) => item.at(this, undefined)) };
      const items = this.itemsOfSync.items;
      if (items) {
        const parts = items.map((item) => item.capture(rest.join("/") || "*"));
        const all = merge(parts);
        return { ...all, commit: () => (all.commit(), this.loaded.set("items", items)) };
      }
    }
    const child = this.child(head);
    if (child) return child.capture(rest.join("/"));
    if (head === "isNullObject") return { bytes: 5, cells: 0, commit: () => undefined };
    if (head === "" || head === "*") return merge(this.defaults().map((p) => this.capture(p)));
    const got = this.exists() ? this.scalar(head) : { value: null };
    if (!got) {
      this.ctx.fail("InvalidArgument", `${this.constructor.name} has no property "${head}"`);
      return { bytes: 0, cells: 0, commit: () => undefined };
    }
    const cells = Array.isArray(got.value) ? got.value.reduce((n: number, r: unknown) => n + (Array.isArray(r) ? r.length : 1), 0) : 0;
    return { bytes: jsonBytes(got.value) + head.length, cells, commit: () => this.loaded.set(head, cells && this.ctx.nulled ? null : got.value) };
  }

  /** Whether `name` was loaded and synced. */
  protected isLoaded(name: string): boolean {
    return this.loaded.has(name);
  }

  /** A loaded property; throws PropertyNotLoaded otherwise (Office.js' rule). */
  protected read<T>(name: string): T {
    if (!this.loaded.has(name)) throw new FakeExcelError("PropertyNotLoaded", `${this.constructor.name}.${name} was read before load() and sync()`);
    return this.loaded.get(name) as T;
  }

  /** isNullObject: known after the first sync following this proxy's creation. */
  get isNullObject(): boolean {
    if (this.ctx.syncCount <= this.bornAt) throw new FakeExcelError("PropertyNotLoaded", `${this.constructor.name}.isNullObject was read before sync()`);
    return !this.exists();
  }
}

/** Sums several captures into one. */
export function merge(captures: readonly Capture[]): Capture {
  return {
    bytes: captures.reduce((n, c) => n + c.bytes, 0),
    cells: captures.reduce((n, c) => n + c.cells, 0),
    commit: () => captures.forEach((c) => c.commit()),
  };
}
