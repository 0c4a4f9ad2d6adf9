/**
 * Building figures: sums that keep their sources and combine approximations (spec
 * "Approximate figures": a total over rows of which any is approximate is approximate, 余 if
 * every approximate part is 余, else 约 — a 近 or 约 part may lie below its figure, so the total is no floor).
 * @module
 */
import type { ParsedCell } from "../validate";
import type { ApproxKind } from "../normalize/types";
import { roundedWan } from "../normalize";
import type { ActivityItem, Figure, FigureKind } from "./types";

/** The approximation of a total of parts. */
export function combineApprox(parts: readonly (ApproxKind | undefined)[]): ApproxKind | undefined {
  // One approximate part, or parts all of one kind and no exact part, keep that kind (近2万 stays 近).
  if (parts.length > 0 && parts.every((p) => p !== undefined && p === parts[0])) return parts[0];
  // 余 only when every approximate part is 余 (exact parts may join): `近40 + 百余` may be 139, so never `140余` but `约140`
  // (new-user test 31, D29); likewise `约120 + 80余`.
  const rough = parts.filter((p) => p !== undefined);
  if (rough.length > 0 && rough.every((p) => p === "over")) return "over";
  return parts.some((p) => p !== undefined) ? "about" : undefined;
}

/** A figure from one parsed cell, or undefined when the cell is blank, unreadable or zero. */
export function figureOf(cell: ParsedCell | undefined, unit: string, kind: FigureKind = "count"): Figure | undefined {
  if (!cell || typeof cell.value !== "number" || cell.value === 0) return undefined;
  return { value: cell.value, unit, kind, approx: cell.approx?.kind, sources: [cell.source], ...(cell.wan ? { wan: true as const } : {}), ...(cell.approx?.beforeScale ? { overBeforeScale: true as const } : {}) };
}

/**
 * Sum of cells as one figure (zero/blank cells skipped). Undefined when the sum is 0.
 * Floating sums are rounded to 6 decimals so 0.1 + 0.2 prints as 0.3.
 */
export function sumOf(cells: readonly (ParsedCell | undefined)[], unit: string, kind: FigureKind = "count"): Figure | undefined {
  let total = 0;
  const sources: string[] = [];
  const approx: (ApproxKind | undefined)[] = [];
  let wan = true;
  let rough = 0;
  for (const c of cells) {
    if (!c || typeof c.value !== "number" || c.value === 0) continue;
    total += c.value;
    if (c.approx) rough += c.value;
    wan &&= c.wan === true;
    sources.push(c.source);
    approx.push(c.approx?.kind);
  }
  if (total === 0) return undefined;
  const value = Math.round(total * 1e6) / 1e6;
  // Exact parts beside a count typed in 万 with a decimal (`1.2万` + 120 + 85 注册人数) are finer than it: the sum is said at
  // its last digit typed, `1.2万余`, never `12205` (new-user test 56, D14). Money typed so (`2.4万元`) is an amount booked.
  const coarse = kind === "count" && !approx.some((x) => x) ? roundWanStep(cells) : 1;
  if (coarse > 1 && value % coarse !== 0) {
    const wanParts = cells.reduce((n, c) => n + (c?.wan && typeof c.value === "number" ? c.value : 0), 0);
    return { value: Math.floor(value / coarse) * coarse, unit, kind, approx: "over", sources, rounded: true, exact: value, roughPart: Math.round(wanParts * 1e6) / 1e6 };
  }
  // A sum that falls on the rounded part's step (2000 + `1.5万`) is as rough as that part: `约1.7万`, never an exact 1.7万
  // (new-user test 62, D11); the rounded part alone stays as typed.
  if (coarse > 1 && sources.length > 1) return { value, unit, kind, approx: "about", sources };
  const a = combineApprox(approx);
  const shown = a === "over" || a === "about" ? atPrecisionOf(value, cells, a) : value;
  return { value: shown, unit, kind, ...(a ? { approx: a } : {}), sources, ...(shown !== value ? { rounded: true as const, exact: value } : {}), ...(wan ? { wan: true as const } : {}), ...(a ? { roughPart: Math.round(rough * 1e6) / 1e6 } : {}) };
}

/**
 * A "more than" sum said alone (a unit's services, hours and registered volunteers, activities' 参与, 其他指标 rows of one
 * name, the 附表): a sum of a rough 余 part and exact parts is said by its lower bound at two significant digits with 余, never
 * coarser than it is (`八百余 + 85` is `880余`, never `800余`, which drops the 85: new-user test 66, D4,
 * docs/new-user-test-pane-66.md; `三百余 + 12` is `310余`, `百余 + 40` is `140余`, `百余 + 250` is `350余`), never finer than
 * the 余 part's own figure allows: one digit below its last non-zero one (`2000余 + 85` is `2000余`, never `2080余`). This
 * replaces the rounding down to the 余 part's own scale (`300余` for `三百余 + 15`; run 30, reviewer AT, 材料1 item 6), which
 * lost exact parts the reader can see in the ledger. Scales of tens are left to the text's own rounding (overStated: `三十余 +
 * 15` is `40余`); a 约 part is ± both sides and keeps its exact sum (`约600 + 160` is `约760`, new-user test 52, D8), and sums
 * of several rough parts keep their rounding (`2.1万余`, review run 14). The figure's `exact` stays what rates are computed from.
 */
export function overAtItsScale<F extends Figure | undefined>(f: F): F {
  if (!f || f.approx !== "over" || f.roughPart === undefined || f.kind === "rate" || f.kind === "money" || !Number.isInteger(f.roughPart) || f.roughPart <= 0) return f;
  let scale = 1;
  while (f.roughPart % (scale * 10) === 0) scale *= 10;
  if (scale < 100 || f.value < scale) return f;
  // Two significant digits of the sum (880 of 885), never below one digit under the 余 part's own (10 for 八百余).
  const twoDigits = 10 ** Math.max(0, Math.floor(Math.log10(f.value)) - 1);
  const step = Math.max(scale / 10, twoDigits);
  const shown = Math.floor(f.value / step) * step;
  return shown === f.value ? f : { ...f, value: shown, rounded: true, exact: f.exact ?? f.value } as F;
}

/**
 * The last digit typed of the roughest count typed in 万 with a decimal (`1.2万` → 1000, `3.55万` → 100), such a count being a
 * rounded one (new-user test 56, D14); 1 when there is none (`2万` alone may be a count, exactly so).
 */
export function roundWanStep(cells: readonly (ParsedCell | undefined)[]): number {
  return Math.max(1, ...cells.map((c) => (c && !c.approx && typeof c.value === "number" && roundedWan(c.value, c.wan) ? wanStep([c]) : 1)));
}

/**
 * Sum of figures already read (one cell each, or sums) as one figure in `unit`, by the same path as {@link sumOf}: an
 * approximate part keeps the total approximate and said no more precisely than its roughest part (`5家` + `三十余家` is
 * `35余家`, never an exact 35; new-user test 41, D12). Undefined when the sum is 0.
 */
export function sumOfFigures(figures: readonly (Figure | undefined)[], unit: string, kind: FigureKind = "count"): Figure | undefined {
  const cells = figures.flatMap((f): ParsedCell[] => (f ? [{
    value: f.exact ?? f.value, source: f.sources[0] ?? "", ...(f.approx ? { approx: { kind: f.approx, word: "" } } : {}), ...(f.wan ? { wan: true as const } : {}),
  }] : []));
  const total = sumOf(cells, unit, kind);
  return total && { ...total, sources: figures.flatMap((f) => f?.sources ?? []) };
}

/**
 * The precision of the roughest approximate integer among `cells`: the power of ten of its trailing zeros (20000余 →
 * 10000, 百余 = 100 → 100); 1 when none is approximate and round. Shared by sums (atPrecisionOf) and rests (differenceOf).
 */
function roughestStep(cells: readonly (ParsedCell | undefined)[]): number {
  let step = 1;
  for (const c of cells) {
    if (!c?.approx || typeof c.value !== "number" || !Number.isInteger(c.value) || c.value === 0) continue;
    let p = 1;
    while (c.value % (p * 10) === 0) p *= 10;
    step = Math.max(step, p);
  }
  return step;
}

/** The precision of the roughest exact part typed in 万 (`1.2万` → 1000); 1 when there is none. */
function wanStep(cells: readonly (ParsedCell | undefined)[]): number {
  let step = 1;
  for (const c of cells) {
    if (!c?.wan || c.approx || typeof c.value !== "number" || !Number.isInteger(c.value) || c.value === 0) continue;
    let p = 1;
    while (c.value % (p * 10) === 0) p *= 10;
    step = Math.max(step, p);
  }
  return step;
}

/**
 * A sum of approximate figures said no more precisely than its roughest part (v2 rule 4; review run 14):
 * `20000余 + 1300余 + 345 + 160` is `21000余`, not `21800余` — `20000余` alone may be off by thousands.
 * The precision of an approximate integer is the power of ten of its trailing zeros (20000 → 10000);
 * the sum keeps one digit below it: `over` (余/多) rounds down, `about` (约) to the nearest. Unchanged when no approximate part is round.
 * An exact part typed in 万 sets the digit itself (wanStep).
 */
function atPrecisionOf(total: number, cells: readonly (ParsedCell | undefined)[], kind: "over" | "about"): number {
  // One 约 part beside exact ones (`约400` + 15) is said at its exact sum, `约415`: rounding it to the nearest ten gives a
  // figure in no cell (`约420`; new-user test 52, D8). Several rough parts (`近40 + 百余`) are rounded as below.
  const roughCells = cells.filter((c) => c?.approx && typeof c.value === "number" && c.value !== 0);
  const step = kind === "about" && roughCells.length === 1 && roughCells[0]?.approx?.kind === "about" ? 1 : roughestStep(cells);
  // Two significant figures at most beyond the roughest part (`2.1万余`): a total equal to one of its
  // parts (`20000余` over `20000余 + 1300余`) would read as if the rest were nothing.
  // Several rough parts at tens, at least one of them 约 (`约60 + 七十余 + 86`), leave the sum unsure in its tens: said
  // `约220` at the nearest ten, never `约216`, a units digit no part gave (new-user test 59, D3).
  const tens = kind === "about" && step === 10 && roughCells.length >= 2 && total >= 100;
  const rough = tens ? 10 : step >= 10 && total >= step ? step / 10 : step;
  // An exact part typed in 万 (`1.2万`) is no finer than its last digit typed: `约450 + 1.2万` is `约1.2万`, never `约12450`
  // (new-user test 41, D15).
  const unit = Math.max(rough, wanStep(cells));
  if (unit === 1 || total < unit) return total;
  return (kind === "over" ? Math.floor(total / unit) : Math.round(total / unit)) * unit;
}

/**
 * What is left of a total once a part is taken (发现数 − 已整改数 over rows, in one measure word `unit`), as approximate as
 * its terms (v2 rule 4; the rule of a unit's own 存在的不足, new-user test 17 D3, applied to totals: new-user test 38, D11):
 * exact when every cell is; `over` (said `部分`) when a part (已整改数) is a 余 count of an exact whole, `about` when a part is otherwise
 * approximate — the rest may lie either side — else as the
 * whole (`60余` − 52: `8以上`). An approximate rest is said at one digit below its roughest part (`百余` − `三十余` − 3 is
 * `约80`, never `76`), a rest below that digit as computed, and never below what the exact rows alone leave (`whole` and `part`
 * row by row). Undefined when nothing (or less) is left.
 */
export function differenceOf(whole: readonly (ParsedCell | undefined)[], part: readonly (ParsedCell | undefined)[], unit: string, sources: readonly string[]): Figure | undefined {
  const total = (cells: readonly (ParsedCell | undefined)[]): number => cells.reduce((s, c) => s + (c && typeof c.value === "number" ? c.value : 0), 0);
  const value = Math.round((total(whole) - total(part)) * 1e6) / 1e6;
  if (value <= 0) return undefined;
  // Less a 余 part of an exact whole (120 − `百余`, row by row) fewer are left than the difference, maybe none: `over`, which
  // the text says `部分`, never `约20处` (new-user test 54, D20). `百余` − `百余` beside exact rows stays `about`.
  const overPart = whole.length === part.length
    ? part.some((c, i) => c?.approx?.kind === "over" && !whole[i]?.approx)
    : part.some((c) => c?.approx?.kind === "over") && whole.every((c) => !c?.approx);
  const a = overPart ? "over" : part.some((c) => c?.approx) ? "about" : combineApprox(whole.map((c) => c?.approx?.kind));
  const step = roughestStep([...whole, ...part]);
  const digit = step >= 10 ? step / 10 : 1;
  const rounded = (a === "over" || a === "about") && value >= digit ? (a === "over" ? Math.floor(value / digit) : Math.round(value / digit)) * digit : value;
  // Never below what the exact rows alone leave (whole and part row by row): `126 − 114` beside `三十余 − 30` and `百余 − 百余`
  // is no `约10` (new-user test 41, D13).
  const floor = whole.length === part.length ? whole.reduce((s, w, i) => {
    const p = part[i];
    return w && !w.approx && typeof w.value === "number" && !p?.approx && (p === undefined || typeof p.value === "number" || p.value === null) ? s + Math.max(0, w.value - (typeof p?.value === "number" ? p.value : 0)) : s;
  }, 0) : 0;
  const shown = Math.max(rounded, Math.round(floor * 1e6) / 1e6);
  return { value: shown, unit, kind: "count", ...(a ? { approx: a } : {}), sources: [...sources], ...(shown !== value ? { rounded: true as const, exact: value } : {}) };
}

/** A count figure (number of rows) with the rows' sources. Undefined for 0. */
export function countOf(sources: readonly string[], unit: string): Figure | undefined {
  return sources.length ? { value: sources.length, unit, kind: "count", sources } : undefined;
}

/** A rate in % (0–100) of two figures; undefined when the denominator is 0. Approximate if either is. */
export function rateOf(part: Figure | undefined, whole: Figure | undefined): Figure | undefined {
  // From the exact sums, never the rounded ones said in the text: the rate agrees with 指标汇总 (new-user test 15, D4).
  const wholeValue = whole?.exact ?? whole?.value;
  if (!whole || !wholeValue) return undefined;
  const value = ((part?.exact ?? part?.value ?? 0) / wholeValue) * 100;
  const approx = combineApprox([part?.approx, whole.approx]);
  return { value, unit: "%", kind: "rate", ...(approx ? { approx: "about" as const } : {}), sources: [...(part?.sources ?? []), ...whole.sources] };
}

/**
 * The participants of `items` (活动台账 rows), one total per measure word (人, 人次, 户 …) in the order first met; never one
 * total over 人 and 人次 (v2 rule 3). Shared by the 活动类型 groups of the facts and the 附表's 参与人数 by typed type.
 */
export function participantsOf(items: readonly ActivityItem[]): Figure[] {
  const units = [...new Set(items.map((i) => i.participants?.unit).filter((u): u is string => !!u))];
  return units.map((u) => {
    const parts = items.map((i) => i.participants).filter((p): p is Figure => p?.unit === u);
    return overAtItsScale(sumOf(parts.map((p) => ({ value: p.value, source: p.sources[0], ...(p.approx ? { approx: { kind: p.approx, word: "" } } : {}) })), u) as Figure);
  });
}
