/**
 * State of the 标准表 tab: imposing the standard sheets and its report.
 * @module
 */
import type { ImposeReport } from "../../adapters/excel";

export type TemplateState =
  | { readonly phase: "idle" }
  | { readonly phase: "running" }
  | { readonly phase: "done"; readonly report: ImposeReport }
  | { readonly phase: "failed"; readonly error: string };

export type TemplateAction = { readonly type: "impose/start" } | { readonly type: "impose/done"; readonly report: ImposeReport } | { readonly type: "impose/failed"; readonly error: string };

export const initialTemplate: TemplateState = { phase: "idle" };

export function templateReducer(state: TemplateState, action: TemplateAction): TemplateState {
  switch (action.type) {
    case "impose/start":
      return { phase: "running" };
    case "impose/done":
      return { phase: "done", report: action.report };
    case "impose/failed":
      return { phase: "failed", error: action.error };
    default:
      return state;
  }
}
