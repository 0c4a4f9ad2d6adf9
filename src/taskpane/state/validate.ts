/**
 * State of the 校验 tab: the latest analysis (also read by the 总结 tab), progress, the
 * highlight option, the selected finding, and whether the workbook changed since.
 * @module
 */
import type { Analysis, Finding } from "../../core";
import { formatString, type Strings } from "../strings";

export interface ValidateState {
  readonly phase: "idle" | "running" | "done" | "failed";
  readonly analysis?: Analysis;
  readonly error?: string;
  readonly progress?: { readonly done: number; readonly planned: number };
  readonly highlight: boolean;
  /** `sheet!cell` of the finding last clicked. */
  readonly selected?: string;
  /** The workbook changed after the last analysis (a re-check is due). */
  readonly stale: boolean;
  /** Protected sheets the last highlight (or its removal) had to leave as they were. */
  readonly highlightSkipped?: readonly string[];
}

export type ValidateAction =
  | { readonly type: "check/start" }
  | { readonly type: "check/progress"; readonly done: number; readonly planned: number }
  | { readonly type: "check/done"; readonly analysis: Analysis }
  | { readonly type: "check/failed"; readonly error: string }
  | { readonly type: "workbook/changed" }
  | { readonly type: "highlight/set"; readonly on: boolean }
  | { readonly type: "highlight/result"; readonly skipped: readonly string[] }
  | { readonly type: "finding/selected"; readonly key: string };

export const initialValidate: ValidateState = { phase: "idle", highlight: false, stale: false };

export function validateReducer(state: ValidateState, action: ValidateAction): ValidateState {
  switch (action.type) {
    case "check/start":
      return { ...state, phase: "running", progress: undefined, error: undefined, stale: false };
    case "check/progress":
      return { ...state, progress: { done: action.done, planned: action.planned } };
    case "check/done":
      return { ...state, phase: "done", analysis: action.analysis, progress: undefined };
    case "check/failed":
      return { ...state, phase: "failed", error: action.error, progress: undefined };
    case "workbook/changed":
      return { ...state, stale: true };
    case "highlight/set":
      return { ...state, highlight: action.on };
    case "highlight/result":
      return { ...state, highlightSkipped: action.skipped };
    case "finding/selected":
      return { ...state, selected: action.key };
    default:
      return state;
  }
}

/**
 * Findings grouped by sheet, with counts: groups with errors first, then the others, each part in
 * catalog (sheet) order; within a group errors before warnings.
 */
export interface FindingGroup {
  readonly sheet: string;
  readonly errors: number;
  readonly warnings: number;
  readonly findings: readonly Finding[];
}

export function groupFindings(findings: readonly Finding[], sheetOrder: readonly string[]): FindingGroup[] {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) groups.set(f.sheet, [...(groups.get(f.sheet) ?? []), f]);
  const rank = (s: string) => (sheetOrder.includes(s) ? sheetOrder.indexOf(s) : sheetOrder.length);
  return [...groups.entries()]
    .map(([sheet, list]) => {
      const sorted = [...list].sort((a, b) => Number(a.severity === "warning") - Number(b.severity === "warning"));
      const errors = sorted.filter((f) => f.severity === "error").length;
      return { sheet, errors, warnings: sorted.length - errors, findings: sorted };
    })
    .sort((a, b) => Number(a.errors === 0) - Number(b.errors === 0) || rank(a.sheet) - rank(b.sheet));
}

/** How many cells the highlight marks: distinct `sheet!cell` of findings with a cell on `sheets`. */
export function highlightedCells(findings: readonly Finding[], sheets: readonly string[]): number {
  return new Set(findings.filter((f) => f.cell && sheets.includes(f.sheet)).map((f) => `${f.sheet}!${f.cell}`)).size;
}

/**
 * The highlight's status line: how many cells are marked (protected sheets not counted) and which
 * protected sheets could not be marked, or, with the highlight off, which kept their marks.
 */
export function highlightStatus(state: ValidateState, strings: Strings, sheets: readonly string[]): string {
  const skipped = state.highlightSkipped ?? [];
  const names = skipped.join("、");
  if (!state.highlight) return skipped.length ? formatString(strings.highlightClearSkipped, { sheets: names }) : strings.highlightCleared;
  const done = formatString(strings.highlightDone, { count: highlightedCells(state.analysis?.findings ?? [], sheets.filter((s) => !skipped.includes(s))) });
  return skipped.length ? `${done}${formatString(strings.highlightSkipped, { sheets: names })}` : done;
}
