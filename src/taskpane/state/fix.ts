/**
 * State of 规范数据 (校验 tab): the plan, which groups the user accepts, and the outcome of
 * applying or undoing. Changes are chosen by group (a figure, its 单位 and its 备注 tag go together).
 * @module
 */
import type { ApplyFixesResult, UndoFixesResult } from "../../adapters/excel";
import type { Change, FixPlan } from "../../core";

export interface FixState {
  readonly phase: "idle" | "planning" | "review" | "applying" | "applied" | "undoing" | "undone" | "failed";
  readonly plan?: FixPlan;
  /** Accepted groups (`Change.group`). */
  readonly accepted: ReadonlySet<string>;
  readonly applied?: ApplyFixesResult;
  readonly undone?: UndoFixesResult;
  readonly error?: string;
}

export type FixAction =
  | { readonly type: "plan/start" }
  | { readonly type: "plan/done"; readonly plan: FixPlan }
  | { readonly type: "group/toggle"; readonly group: string; readonly on: boolean }
  | { readonly type: "all/toggle"; readonly on: boolean }
  | { readonly type: "cancel" }
  | { readonly type: "apply/start" }
  | { readonly type: "apply/done"; readonly result: ApplyFixesResult }
  | { readonly type: "undo/start" }
  | { readonly type: "undo/done"; readonly result: UndoFixesResult }
  | { readonly type: "failed"; readonly error: string };

export const initialFix: FixState = { phase: "idle", accepted: new Set() };

/** The groups of a plan in order, each with its changes. */
export function fixGroups(changes: readonly Change[]): { readonly group: string; readonly changes: readonly Change[] }[] {
  const map = new Map<string, Change[]>();
  for (const c of changes) map.set(c.group, [...(map.get(c.group) ?? []), c]);
  return [...map.entries()].map(([group, list]) => ({ group, changes: list }));
}

/** The changes of the accepted groups, in plan order. */
export function acceptedChanges(state: FixState): Change[] {
  return (state.plan?.changes ?? []).filter((c) => state.accepted.has(c.group));
}

export function fixReducer(state: FixState, action: FixAction): FixState {
  switch (action.type) {
    case "plan/start":
      return { phase: "planning", accepted: new Set() };
    case "plan/done":
      return { phase: "review", plan: action.plan, accepted: new Set(action.plan.changes.map((c) => c.group)) };
    case "group/toggle": {
      const accepted = new Set(state.accepted);
      if (action.on) accepted.add(action.group);
      else accepted.delete(action.group);
      return { ...state, accepted };
    }
    case "all/toggle":
      return { ...state, accepted: new Set(action.on ? (state.plan?.changes ?? []).map((c) => c.group) : []) };
    case "cancel":
      return initialFix;
    case "apply/start":
      return { ...state, phase: "applying", error: undefined };
    case "apply/done":
      return { phase: "applied", plan: state.plan, accepted: state.accepted, applied: action.result };
    case "undo/start":
      return { ...state, phase: "undoing", error: undefined };
    case "undo/done":
      return { phase: "undone", accepted: new Set(), undone: action.result };
    case "failed":
      return { ...state, phase: "failed", error: action.error };
    default:
      return state;
  }
}
