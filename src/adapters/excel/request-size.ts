/**
 * The request-size model: how many bytes one `context.sync()` sends to Excel, estimated
 * conservatively, so that writes can be cut into requests under Excel on the web's 5 MB limit
 * (resource-limits-and-performance-optimization.md: "payload size limit for requests and
 * responses of 5MB"). The same model is used by the fake (src/adapters/excel/fake) to count and
 * refuse requests, and by the adapters to plan their chunks (apply-fixes.ts), so a plan that fits
 * the model fits the fake, and — the model being larger than what Office.js sends — Excel.
 *
 * Model (audit §4 F7; "to verify on real Excel": the real envelope was never measured here):
 * - every object path a request references (`worksheets.getItem("…")`, `.getRange("C5")`,
 *   `.format`, `.font`) costs {@link PATH_BYTES} plus the UTF-8 JSON of its arguments, once per
 *   request, whether it was created in this batch or an earlier one;
 * - every action (a property set, a method call, a load) costs {@link ACTION_BYTES} plus the
 *   UTF-8 JSON of its arguments (the value written, the property names loaded);
 * - each request costs {@link REQUEST_ENVELOPE_BYTES} once.
 * Office.js' own JSON for an object path (`{"Id":12,"ObjectPathType":3,"Name":"getRange",
 * "ParentObjectPathId":11,"ArgumentInfo":{"Arguments":["C5"]}}`) is about 90 bytes and an action
 * about 70 bytes; the constants round both up.
 * @module
 */
import { jsonBytes } from "./payload";

/** Bytes per object path referenced by a request (plus its arguments' JSON). */
export const PATH_BYTES = 120;
/** Bytes per action of a request (plus its arguments' JSON). */
export const ACTION_BYTES = 100;
/** Bytes per request, once. */
export const REQUEST_ENVELOPE_BYTES = 512;
/** Excel on the web's limit per request or response, in bytes (5 MB). */
export const WEB_PAYLOAD_LIMIT = 5 * 1024 * 1024;
/** What a planned write request may weigh under the model: 3.5 MB, well under the 5 MB limit. */
export const WRITE_BUDGET_BYTES = 3.5 * 1024 * 1024;

/** Bytes of one object path with `args` (the model above). */
export function pathBytes(args: unknown): number {
  return PATH_BYTES + (args === undefined ? 0 : jsonBytes(args));
}

/** Bytes of one action with `args` (the model above). */
export function actionBytes(args: unknown): number {
  return ACTION_BYTES + (args === undefined ? 0 : jsonBytes(args));
}

/**
 * Cuts `items` into consecutive slices whose modelled bytes (`bytesOf` per item, plus the
 * envelope) stay under `budget`; an item heavier than the budget gets a slice of its own.
 * @returns the slices in order (none for no items).
 */
export function sliceByBytes<T>(items: readonly T[], bytesOf: (item: T) => number, budget = WRITE_BUDGET_BYTES): T[][] {
  const out: T[][] = [];
  let current: T[] = [];
  let bytes = REQUEST_ENVELOPE_BYTES;
  for (const item of items) {
    const b = bytesOf(item);
    if (current.length && bytes + b > budget) {
      out.push(current);
      current = [];
      bytes = REQUEST_ENVELOPE_BYTES;
    }
    current.push(item);
    bytes += b;
  }
  if (current.length) out.push(current);
  return out;
}
