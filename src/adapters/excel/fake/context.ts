/**
 * The fake `RequestContext`: queues `load()` calls, and on `sync()` captures what was loaded,
 * counts syncs and payload bytes (UTF-8 JSON), and enforces Excel on the web's limits (5 MB per
 * request or response, 5 million cells per read) and Office.js' rule that a property is read
 * only after `load()` and `sync()`. Writes apply to the model at once; an invalid operation is
 * remembered and thrown by the next `sync()`, as Office.js does.
 * @module
 */
import type { XlContext } from "../types";
import type { WorkbookModel } from "./model";
import { jsonBytes } from "./model";

/** An Office.js-like error: `code` as in `OfficeExtension.ErrorCodes`. */
export class FakeExcelError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "RichApi.Error";
  }
}

/** Payload limits in bytes and cells (Excel on the web: 5 MB each way, 5 M cells per read). */
export interface FakeLimits {
  readonly maxRequestBytes: number;
  readonly maxResponseBytes: number;
  readonly maxCells: number;
}

export const WEB_LIMITS: FakeLimits = { maxRequestBytes: 5 * 1024 * 1024, maxResponseBytes: 5 * 1024 * 1024, maxCells: 5_000_000 };

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

/** The fake request context. `workbook` is attached by createFakeExcel. */
export class FakeContext implements XlContext {
  workbook!: XlContext["workbook"];
  /** Number of completed syncs of this context (a proxy created before one may report isNullObject). */
  syncCount = 0;
  private pending: { obj: Capturable; path: string }[] = [];
  private requestBytes = 0;
  private error?: FakeExcelError;

  constructor(
    readonly model: WorkbookModel,
    readonly limits: FakeLimits,
    readonly stats: SyncStats,
  ) {}

  /** Queues a load of `path` (`values`, `items/name`, `format/columnWidth`). */
  queueLoad(obj: Capturable, path: string): void {
    this.pending.push({ obj, path });
    this.requestBytes += path.length + 16;
  }

  /** Counts the bytes of a write (its JSON payload plus a small envelope). */
  countWrite(payload: unknown): void {
    this.requestBytes += jsonBytes(payload) + 16;
  }

  /** Remembers the first failure of this batch; the next sync throws it. */
  fail(code: string, message: string): void {
    this.error ??= new FakeExcelError(code, message);
  }

  async sync(): Promise<void> {
    this.stats.syncs++;
    const request = this.requestBytes;
    const pending = this.pending;
    const error = this.error;
    this.pending = [];
    this.requestBytes = 0;
    this.error = undefined;
    this.stats.requestBytes.push(request);
    await Promise.resolve();
    if (request > this.limits.maxRequestBytes) {
      throw new FakeExcelError("RequestPayloadSizeLimitExceeded", `request of ${request} bytes exceeds ${this.limits.maxRequestBytes}`);
    }
    if (error) throw error;
    let bytes = 0;
    let cells = 0;
    const commits: (() => void)[] = [];
    for (const { obj, path } of pending) {
      const c = obj.capture(path);
      bytes += c.bytes;
      cells += c.cells;
      commits.push(c.commit);
    }
    this.stats.responseBytes.push(bytes);
    if (bytes > this.limits.maxResponseBytes || cells > this.limits.maxCells) {
      throw new FakeExcelError("ResponsePayloadSizeLimitExceeded", `response of ${bytes} bytes / ${cells} cells exceeds the limit`);
    }
    commits.forEach((c) => c());
    this.syncCount++;
  }
}

/** Base of every proxy: `load()`, captured properties, load-before-read. */
export abstract class FakeObject implements Capturable {
  private readonly loaded = new Map<string, unknown>();
  private readonly bornAt: number;
  private itemsOfSync?: { sync: number; items: FakeObject[] | undefined };

  constructor(protected readonly ctx: FakeContext) {
    this.bornAt = ctx.syncCount;
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
    if (!this.exists() && !this.nullable) throw new FakeExcelError("ItemNotFound", `${this.constructor.name}: the requested item does not exist`);
    const [head, ...rest] = path.split("/");
    if (head === "items") {
      // One list of item proxies per sync, so that `items/a,items/b` load the same proxies.
      if (this.itemsOfSync?.sync !== this.ctx.syncCount) this.itemsOfSync = { sync: this.ctx.syncCount, items: this.listItems() };
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
    if (!got) throw new FakeExcelError("InvalidArgument", `${this.constructor.name} has no property "${head}"`);
    const cells = Array.isArray(got.value) ? got.value.reduce((n: number, r: unknown) => n + (Array.isArray(r) ? r.length : 1), 0) : 0;
    return { bytes: jsonBytes(got.value) + head.length, cells, commit: () => this.loaded.set(head, got.value) };
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
