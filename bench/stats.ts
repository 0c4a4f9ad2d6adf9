/**
 * Timing helpers and the result rows of the benchmark.
 * @module
 */
import { performance } from "node:perf_hooks";

/** One figure as written to bench/results.json. */
export interface BenchRow {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  readonly target: string;
  readonly pass: boolean;
  /** Why a row was skipped, or how a figure was obtained. */
  readonly note?: string;
}

/** Median of a list of numbers. */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** Default warm-up runs and measured runs (the issue asks for the median of ≥ 5 after warm-up). */
export const WARMUP = 2;
export const RUNS = 7;

/** Milliseconds of each measured run of `fn` after `warmup` unmeasured ones. */
export async function timeRuns(fn: () => unknown, runs = RUNS, warmup = WARMUP): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  return times;
}

/**
 * Runs several contenders interleaved (A B C A B C …) so that they share the machine's state
 * (GC, CPU frequency) fairly; returns each contender's run times in ms.
 */
export function timeInterleaved(fns: Readonly<Record<string, () => unknown>>, runs = RUNS, warmup = WARMUP): Record<string, number[]> {
  const out: Record<string, number[]> = {};
  for (const k of Object.keys(fns)) out[k] = [];
  for (let i = 0; i < warmup + runs; i++) {
    for (const [k, fn] of Object.entries(fns)) {
      const t0 = performance.now();
      fn();
      const dt = performance.now() - t0;
      if (i >= warmup) out[k].push(dt);
    }
  }
  return out;
}

/** A number rounded to `digits` significant digits (for the table and the JSON). */
export function round(x: number, digits = 3): number {
  if (!Number.isFinite(x) || x === 0) return x;
  return Number(x.toPrecision(digits));
}
