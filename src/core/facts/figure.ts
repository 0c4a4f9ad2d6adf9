/**
 * Building figures: sums that keep their sources and combine approximations (spec
 * "Approximate figures": a total over rows of which any is approximate is approximate, 余 if
 * any part is 余, else 约).
 * @module
 */
import type { ParsedCell } from "../validate";
import type { ApproxKind } from "../normalize/types";
import type { Figure, FigureKind } from "./types";

/** The approximation of a total of parts. */
export function combineApprox(parts: readonly (ApproxKind | undefined)[]): ApproxKind | undefined {
  // One approximate part, or parts all of one kind and no exact part, keep that kind (近2万 stays 近).
  if (parts.length > 0 && parts.every((p) => p !== undefined && p === parts[0])) return parts[0];
  if (parts.some((p) => p === "over")) return "over";
  return parts.some((p) => p !== undefined) ? "about" : undefined;
}

/** A figure from one parsed cell, or undefined when the cell is blank, unreadable or zero. */
export function figureOf(cell: ParsedCell | undefined, unit: string, kind: FigureKind = "count"): Figure | undefined {
  if (!cell || typeof cell.value !== "number" || cell.value === 0) return undefined;
  return { value: cell.value, unit, kind, approx: cell.approx?.kind, sources: [cell.source] };
}

/**
 * Sum of cells as one figure (zero/blank cells skipped). Undefined when the sum is 0.
 * Floating sums are rounded to 6 decimals so 0.1 + 0.2 prints as 0.3.
 */
export function sumOf(cells: readonly (ParsedCell | undefined)[], unit: string, kind: FigureKind = "count"): Figure | undefined {
  let total = 0;
  const sources: string[] = [];
  const approx: (ApproxKind | undefined)[] = [];
  for (const c of cells) {
    if (!c || typeof c.value !== "number" || c.value === 0) continue;
    total += c.value;
    sources.push(c.source);
    approx.push(c.approx?.kind);
  }
  if (total === 0) return undefined;
  const a = combineApprox(approx);
  return { value: Math.round(total * 1e6) / 1e6, unit, kind, ...(a ? { approx: a } : {}), sources };
}

/** A count figure (number of rows) with the rows' sources. Undefined for 0. */
export function countOf(sources: readonly string[], unit: string): Figure | undefined {
  return sources.length ? { value: sources.length, unit, kind: "count", sources } : undefined;
}

/** A rate in % (0–100) of two figures; undefined when the denominator is 0. Approximate if either is. */
export function rateOf(part: Figure | undefined, whole: Figure | undefined): Figure | undefined {
  if (!whole || whole.value === 0) return undefined;
  const value = ((part?.value ?? 0) / whole.value) * 100;
  const approx = combineApprox([part?.approx, whole.approx]);
  return { value, unit: "%", kind: "rate", ...(approx ? { approx: "about" as const } : {}), sources: [...(part?.sources ?? []), ...whole.sources] };
}
