/**
 * Reading large ranges within Excel on the web's payload limits (5 MB per request or response,
 * 5 M cells per read): reads are planned as row blocks whose estimated JSON stays under a budget
 * (~4 MB), small reads share one `context.sync()` (a block that does not fit whole fills the rest
 * of a sync), the serialized size of the rows read so far sizes the rest of a range's blocks just
 * under the budget, and a block refused with ResponsePayloadSizeLimitExceeded /
 * RequestPayloadSizeLimitExceeded is halved and retried (the halved size then sticks for the rest
 * of that range).
 * @module
 */
import { cellAddress } from "../../core/grid";
import { jsonBytes } from "./payload";
import type { XlContext } from "./types";

/** One rectangle to read: 1-based inclusive bounds on a sheet, and which property. */
export interface ReadRequest {
  readonly sheet: string;
  readonly top: number;
  readonly bottom: number;
  readonly left: number;
  readonly right: number;
  readonly prop: "values" | "formulas";
  /** Estimated JSON bytes per cell of this request. */
  readonly bytesPerCell: number;
}

/** A piece of a request as read: its first row and the rows of cells. */
export interface ReadPiece {
  readonly request: ReadRequest;
  readonly top: number;
  readonly rows: readonly (readonly unknown[])[];
}

/** Budget per sync, in bytes: under the 5 MB cap with room for the envelope. */
export const DEFAULT_BLOCK_BYTES = 4 * 1024 * 1024;
/** Cells per read stay under Excel on the web's 5 M cell limit. */
const MAX_CELLS = 4_000_000;

const PAYLOAD_ERRORS = new Set(["ResponsePayloadSizeLimitExceeded", "RequestPayloadSizeLimitExceeded"]);

/** True for Office.js' payload-size errors (OfficeExtension.Error `code`). */
export function isPayloadError(error: unknown): boolean {
  return typeof error === "object" && error !== null && PAYLOAD_ERRORS.has(String((error as { code?: unknown }).code));
}

/**
 * For a read: a payload error, or a `GeneralException` — Excel on the web has answered oversized
 * payloads with "An internal error has occurred" (office-js-docs-reference#354, office-js#1314),
 * so such a block is halved too; a single row failing so is rethrown (audit §3 P1).
 */
function isReadSizeError(error: unknown): boolean {
  return isPayloadError(error) || (error as { code?: unknown } | null)?.code === "GeneralException";
}

/** Thrown when a loaded range's values came back null (over the 5 M cell limit: docs PR #5821, audit §3 P2). */
const NULL_VALUES = Object.assign(new Error("Range values came back null (cell limit)"), { code: "ResponsePayloadSizeLimitExceeded" });

interface Piece {
  readonly request: ReadRequest;
  readonly top: number;
  readonly bottom: number;
}

/**
 * Margin over the measured bytes per cell when re-planning the rest of a range: blocks come out
 * just under the budget (the hard limit is 5 MB, and a refused block is halved).
 */
const MEASURE_MARGIN = 1.03;

const cellsOf = (p: Piece): number => (p.bottom - p.top + 1) * (p.request.right - p.request.left + 1);

/** Rows per block of a request under `budget` bytes at `bytesPerCell` (at least 1). */
export function rowsPerBlock(request: ReadRequest, budget: number, bytesPerCell = request.bytesPerCell): number {
  const width = request.right - request.left + 1;
  return Math.max(1, Math.min(Math.floor(budget / (width * bytesPerCell)), Math.floor(MAX_CELLS / width)));
}

function split(piece: Piece, rows: number): Piece[] {
  const out: Piece[] = [];
  for (let top = piece.top; top <= piece.bottom; top += rows) out.push({ request: piece.request, top, bottom: Math.min(piece.bottom, top + rows - 1) });
  return out;
}

/**
 * Reads every request, as few syncs as the budget allows: pieces are packed greedily into
 * batches of at most `budget` estimated bytes, one `context.sync()` per batch.
 * @param onBatch called after each successful batch with (batches done, batches planned).
 * @returns the pieces read, in request order then row order.
 * @throws the Office.js error of a sync that fails for another reason than payload size, or a
 *   payload error for a single row.
 */
export async function readInBlocks(context: XlContext, requests: readonly ReadRequest[], budget = DEFAULT_BLOCK_BYTES, onBatch?: (done: number, planned: number) => void): Promise<ReadPiece[]> {
  const maxRows = new Map<ReadRequest, number>(requests.map((r) => [r, rowsPerBlock(r, budget)]));
  /** Serialized bytes and cells read so far of each request (the sample its blocks are sized from). */
  const measured = new Map<ReadRequest, { bytes: number; cells: number }>();
  /** Bytes per cell of a request: measured (with the margin) once a block of it was read, else its estimate. */
  const density = new Map<ReadRequest, number>();
  const perCell = (r: ReadRequest): number => density.get(r) ?? r.bytesPerCell;
  const bytesOf = (p: Piece): number => cellsOf(p) * perCell(p.request);
  let queue: Piece[] = requests.flatMap((r) => (r.bottom < r.top ? [] : split({ request: r, top: r.top, bottom: r.bottom }, maxRows.get(r) ?? 1)));
  const done: ReadPiece[] = [];
  let batches = 0;
  const halved = new Set<ReadRequest>();
  const planned = (): number => batches + Math.max(1, Math.ceil(queue.reduce((n, p) => n + bytesOf(p), 0) / budget));
  while (queue.length) {
    const batch: Piece[] = [];
    let bytes = 0;
    while (queue.length && (batch.length === 0 || bytes + bytesOf(queue[0]) <= budget)) {
      const next = queue.shift() as Piece;
      batch.push(next);
      bytes += bytesOf(next);
    }
    // The next block does not fit whole: its first rows fill the rest of this sync.
    const next = queue[0];
    if (next && batch.length > 0 && next.bottom > next.top) {
      const rowBytes = (next.request.right - next.request.left + 1) * perCell(next.request);
      const fit = Math.min(Math.floor((budget - bytes) / rowBytes), next.bottom - next.top);
      if (fit >= 1) {
        const head: Piece = { request: next.request, top: next.top, bottom: next.top + fit - 1 };
        queue[0] = { request: next.request, top: head.bottom + 1, bottom: next.bottom };
        batch.push(head);
        bytes += bytesOf(head);
      }
    }
    const loaded = batch.map((p) => {
      const { request: r } = p;
      const range = context.workbook.worksheets.getItem(r.sheet).getRange(`${cellAddress(p.top, r.left)}:${cellAddress(p.bottom, r.right)}`);
      range.load(r.prop);
      return { piece: p, range };
    });
    try {
      await context.sync();
      if (loaded.some(({ piece, range }) => !Array.isArray(piece.request.prop === "values" ? range.values : range.formulas))) throw NULL_VALUES;
    } catch (error) {
      if (!isReadSizeError(error)) throw error;
      if (batch.length > 1) {
        // Estimates were wrong for the batch as a whole: retry its pieces one sync each.
        queue = [...batch, ...queue];
        budget = Math.max(1, Math.floor(bytes / batch.length));
        continue;
      }
      const [piece] = batch;
      const rows = piece.bottom - piece.top + 1;
      if (rows <= 1) throw error;
      const half = Math.ceil(rows / 2);
      maxRows.set(piece.request, Math.min(maxRows.get(piece.request) ?? half, half));
      halved.add(piece.request);
      const rest = queue.filter((p) => p.request === piece.request).flatMap((p) => split(p, half));
      queue = [...split(piece, half), ...rest, ...queue.filter((p) => p.request !== piece.request)];
      continue;
    }
    const sampled = new Set<ReadRequest>();
    for (const { piece, range } of loaded) {
      const rows = piece.request.prop === "values" ? range.values : range.formulas;
      done.push({ request: piece.request, top: piece.top, rows });
      const m = measured.get(piece.request) ?? { bytes: 0, cells: 0 };
      measured.set(piece.request, { bytes: m.bytes + jsonBytes(rows), cells: m.cells + cellsOf(piece) });
      sampled.add(piece.request);
    }
    for (const request of sampled) {
      const m = measured.get(request) as { bytes: number; cells: number };
      queue = replan(queue, request, (m.bytes / Math.max(1, m.cells)) * MEASURE_MARGIN);
    }
    batches++;
    onBatch?.(batches, planned());
  }

  /** Re-splits the queued rest of `request` for its measured density (never above a halved size). */
  function replan(pending: Piece[], request: ReadRequest, measured: number): Piece[] {
    density.set(request, Math.max(1, measured));
    const mine = pending.filter((p) => p.request === request);
    if (!mine.length) return pending;
    const rows = Math.min(rowsPerBlock(request, budget, Math.max(1, measured)), halved.has(request) ? (maxRows.get(request) ?? 1) : Infinity);
    const span: Piece = { request, top: Math.min(...mine.map((p) => p.top)), bottom: Math.max(...mine.map((p) => p.bottom)) };
    return [...split(span, rows), ...pending.filter((p) => p.request !== request)];
  }
  const order = new Map(requests.map((r, i) => [r, i]));
  return done.sort((a, b) => (order.get(a.request) ?? 0) - (order.get(b.request) ?? 0) || a.top - b.top);
}
