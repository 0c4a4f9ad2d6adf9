/**
 * Watching the standard sheets for edits, so that the pane re-checks by itself. Handlers are
 * registered on each standard sheet's `onChanged` (ExcelApi 1.7), which also fires for rows
 * typed below a table; the pane debounces. Events caused by the add-in's own writes
 * (`triggerSource` `ThisLocalAddin`, ExcelApi 1.14) are ignored: the pane re-checks after its own
 * changes itself.
 *
 * Some Excel builds fire no `onChanged` when a value is picked from a dropdown (office-js#420,
 * #3888, #4066) or rows are deleted (#294, Mac). So the watcher also keeps a cheap signature —
 * every standard sheet's used range (values only) and the values of the cells the user has
 * selected (at most {@link MAX_TRACKED_CELLS}) — and compares it when the user selects other cells
 * (`onSelectionChanged`, ExcelApi 1.7) and, with `pollMs`, periodically: one small read of a few
 * addresses and cells, no more. A difference Excel did not report is reported as a change. After
 * every event Excel does report (the user's or the add-in's own), the signature is taken again, so
 * nothing is reported twice; a silent change just before that is not lost, since the reported
 * event's own re-check reads the workbook after it.
 * @module
 */
import type { Catalog } from "../../core/catalog";
import { parseRange } from "../../core/grid";
import type { RunExcel, XlEventRegistration } from "./types";

/** One change: the sheet name and the changed address (`C5` or `C5:D9`). */
export interface SheetChange {
  readonly sheet: string;
  readonly address: string;
}

/** Options of watchChanges. */
export interface WatchOptions {
  /** Compare the signature every `pollMs` ms as well (0 or absent: only on selection changes). */
  readonly pollMs?: number;
}

/** What watchChanges returns: stop watching; run the add-in's own writes without their being reported. */
export interface Watcher {
  /** Removes the handlers (in their own context, as Office.js requires) and stops the comparisons. */
  (): Promise<void>;
  /**
   * Runs `work` (the add-in's own writes: impose, 规范数据, 撤销) with the comparison paused, then
   * takes the signature anew, so that the add-in's changes are not reported as the user's even
   * before Excel's `ThisLocalAddin` events arrive.
   */
  quiet<T>(work: () => Promise<T>): Promise<T>;
}

/** The largest selection whose values are remembered (a cell or a few; not whole rows or columns). */
export const MAX_TRACKED_CELLS = 200;

interface Place {
  readonly sheet: string;
  readonly address: string;
}

/** What the signature is made of: used ranges by sheet, and the tracked cells' values. */
interface Signature {
  readonly used: readonly string[];
  readonly place?: Place;
  readonly cells: string;
}

const bare = (address: string) => address.slice(address.lastIndexOf("!") + 1);

/** A selection small enough to remember its values (one area of at most MAX_TRACKED_CELLS cells). */
function trackable(address: string): boolean {
  const b = !address.includes(",") ? parseRange(address) : undefined;
  return !!b && (b.bottom - b.top + 1) * (b.right - b.left + 1) <= MAX_TRACKED_CELLS;
}

/**
 * Registers `onChange` on every standard sheet present. One sync to list sheets, one to register,
 * one to take the first signature.
 * @returns a {@link Watcher}: call it to stop watching.
 */
export async function watchChanges(run: RunExcel, catalog: Catalog, onChange: (change: SheetChange) => void, options: WatchOptions = {}): Promise<Watcher> {
  const names: string[] = [];
  let place: Place | undefined;
  let baseline: Signature | undefined;
  let stopped = false;
  let queue: Promise<void> = Promise.resolve();
  let pending = 0;
  let quietDepth = 0;

  /** Reads the used ranges and the cells of `places` (one sync); undefined when the read fails. */
  const read = (places: readonly (Place | undefined)[]) =>
    run(async (context) => {
      const sheets = context.workbook.worksheets;
      const used = names.map((n) => sheets.getItem(n).getUsedRangeOrNullObject(true).load("address"));
      const cells = places.map((p) => (p && trackable(p.address) ? sheets.getItem(p.sheet).getRange(bare(p.address)).load("values") : undefined));
      await context.sync();
      return { used: used.map((r) => (r.isNullObject ? "" : bare(r.address))), cells: cells.map((c) => (c ? JSON.stringify(c.values) : "")) };
    }).catch(() => undefined);

  /**
   * One comparison (serialised with the others). `compare`: report a difference from the
   * baseline; `next`: the selection the user moved to. Then the baseline is taken anew.
   */
  const step = (compare: boolean, next?: Place): Promise<void> => {
    pending++;
    queue = queue.then(async () => {
      try {
        if (stopped) return;
        const now = await read([place, next]);
        if (!now) {
          baseline = undefined; // a sheet renamed or deleted: start again from the next read
          return;
        }
        if (compare && baseline && !stopped && !quietDepth) {
          const i = now.used.findIndex((u, k) => u !== baseline!.used[k]);
          if (i >= 0) onChange({ sheet: names[i], address: now.used[i] });
          else if (place && baseline.place === place && now.cells[0] !== baseline.cells) onChange({ sheet: place.sheet, address: bare(place.address) });
        }
        if (next) place = next;
        baseline = { used: now.used, place, cells: next ? now.cells[1] : now.cells[0] };
      } finally {
        pending--;
      }
    });
    return queue;
  };

  const registrations = await run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name,items/id");
    await context.sync();
    const wanted = new Set(catalog.sheets.filter((s) => s.kind !== "generated").map((s) => s.sheet));
    const regs: XlEventRegistration[] = [];
    for (const ws of sheets.items) {
      if (!wanted.has(ws.name.trim())) continue;
      const name = ws.name;
      names.push(name);
      regs.push(
        ws.onChanged.add(async (args) => {
          if (args.triggerSource !== "ThisLocalAddin") onChange({ sheet: name, address: args.address });
          void step(false); // reported (or ours): the signature is taken again, not compared
        }),
        ws.onSelectionChanged.add(async (args) => {
          await step(true, { sheet: name, address: args.address });
        }),
      );
    }
    await context.sync();
    return regs;
  });
  await step(false);

  const timer = options.pollMs
    ? setInterval(() => {
        if (!pending) void step(true);
      }, options.pollMs)
    : undefined;
  (timer as { unref?: () => void } | undefined)?.unref?.();

  const stop = async () => {
    stopped = true;
    if (timer !== undefined) clearInterval(timer);
    for (const r of registrations) r.remove();
    if (registrations.length) await registrations[0].context.sync();
  };
  const quiet = async <T>(work: () => Promise<T>): Promise<T> => {
    quietDepth++;
    try {
      return await work();
    } finally {
      await step(false);
      quietDepth--;
    }
  };
  return Object.assign(stop, { quiet });
}
