/**
 * State of 开始下一期 (标准表 tab, issue #17): the plan (the core's result, or its refusal — for 专项
 * the pane then asks for the period), the user's confirmation (in Excel the open workbook is
 * rewritten: this period's rows are gone from it), and the outcome. Also the lines the pane shows
 * for a plan: the new period, rows kept and cleared per sheet, problems carried as 上期遗留, plans
 * carried as 上期打算, and everything not carried.
 * @module
 */
import { formatSerialDate, type NextPeriod, type NextPeriodRefusal } from "../../core";
import type { NextApplied, NextPlan, NextPlanned } from "../operations";
import { nextStringsFor } from "../next-strings";
import { formatString, periodText, type Strings } from "../strings";

export interface NextState {
  readonly phase: "idle" | "planning" | "review" | "refused" | "applying" | "done" | "failed";
  readonly plan?: NextPlanned;
  /** The core's refusal of the last plan (`period-needed`: ask for the period). */
  readonly refusal?: NextPeriodRefusal;
  /** In place only: the user ticked that a copy was saved and this period's rows may go. */
  readonly confirmed: boolean;
  readonly applied?: NextApplied;
  readonly error?: string;
}

export type NextAction =
  | { readonly type: "plan/start" }
  | { readonly type: "plan/done"; readonly plan: NextPlan }
  | { readonly type: "confirm/set"; readonly on: boolean }
  | { readonly type: "apply/start" }
  | { readonly type: "apply/done"; readonly applied: NextApplied }
  | { readonly type: "failed"; readonly error: string }
  | { readonly type: "cancel" };

export const initialNext: NextState = { phase: "idle", confirmed: false };

/** The reducer of {@link NextState}: a new plan always needs a new confirmation. */
export function nextReducer(state: NextState, action: NextAction): NextState {
  switch (action.type) {
    case "plan/start":
      return { phase: "planning", confirmed: false, ...(state.refusal?.reason === "period-needed" ? { refusal: state.refusal } : {}) };
    case "plan/done":
      return action.plan.ok ? { phase: "review", plan: action.plan, confirmed: false } : { phase: "refused", refusal: action.plan, confirmed: false };
    case "confirm/set":
      return state.phase === "review" ? { ...state, confirmed: action.on } : state;
    case "apply/start":
      return state.plan ? { ...state, phase: "applying", error: undefined } : state;
    case "apply/done":
      return { phase: "done", confirmed: false, applied: action.applied };
    case "failed":
      return { ...state, phase: "failed", error: action.error };
    case "cancel":
      return initialNext;
    default:
      return state;
  }
}

/** Rows per ledger: held this period, kept (carried) and cleared. */
export interface SheetCount {
  readonly sheet: string;
  readonly before: number;
  readonly kept: number;
  readonly cleared: number;
}

/** Rows kept and cleared per ledger sheet (sheets that held rows or keep some), and the total cleared. */
export function nextCounts(next: NextPeriod): { readonly sheets: readonly SheetCount[]; readonly cleared: number } {
  const sheets = next.ledgers
    .map((l) => ({ sheet: l.sheet, before: l.rowsBefore, kept: l.rows.length, cleared: Math.max(0, l.rowsBefore - l.rows.length) }))
    .filter((s) => s.before > 0 || s.kept > 0);
  return { sheets, cleared: sheets.reduce((n, s) => n + s.cleared, 0) };
}

/** The new period as the pane says it: `2023年下半年（2023年7月1日至2023年12月31日）`. */
export function nextPeriodLine(next: NextPeriod, strings: Strings): string {
  const t = nextStringsFor(strings);
  const days = next.start !== undefined && next.end !== undefined ? formatString(t.nextDays, { start: formatSerialDate(next.start), end: formatSerialDate(next.end) }) : t.nextDaysBlank;
  return formatString(t.nextPeriodLine, { period: periodText(next.year, next.period, strings, next.start), days });
}

/** What the plan does, one line each: rows kept/cleared per sheet, the carried problems, plans and standing rows, 上期指标. */
export function nextPlanLines(next: NextPeriod, strings: Strings): string[] {
  const t = nextStringsFor(strings);
  const counts = nextCounts(next);
  const lines = counts.sheets.map((s) => formatString(t.nextSheetLine, { sheet: s.sheet, kept: s.kept, cleared: s.cleared }));
  lines.push(formatString(t.nextClearedTotal, { cleared: counts.cleared }));
  // Only what is carried: never `0条“下一步打算”结转` (new-user test 25, D30).
  if (next.carried.problems) lines.push(formatString(t.nextProblemsLine, { count: next.carried.problems }));
  if (next.carried.plans) lines.push(formatString(t.nextPlansLine, { count: next.carried.plans }));
  if (next.carried.standing || next.carried.teams) lines.push(formatString(t.nextStandingLine, { kinds: next.carried.standingKinds.join("、"), standing: next.carried.standing, teams: next.carried.teams }));
  // Rows dated inside the new period, carried as they are (new-user test 34, D6).
  lines.push(...next.carried.ahead);
  lines.push(formatString(t.nextPreviousLine, { sheet: next.previousSheet.name }));
  // A carried plan the summary will not print, named at its cell to rewrite now, as the CLI says (new-user test 49, D11).
  lines.push(...next.carried.spokenPlans.map((note) => formatString(t.nextSpokenPlan, { note })));
  return lines;
}
