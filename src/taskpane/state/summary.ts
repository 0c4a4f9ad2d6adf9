/**
 * State of the 总结 tab: the names switch, the selected sentence (run), and export / copy.
 * @module
 */

export interface SummaryState {
  readonly includeNames: boolean;
  /** The selected run: block index and run index in the document model. */
  readonly selected?: { readonly block: number; readonly run: number };
  readonly exportPhase: "idle" | "confirm" | "running" | "done" | "failed";
  readonly exportMessage?: string;
  readonly copyPhase: "idle" | "done" | "failed";
  readonly copyMessage?: string;
}

export type SummaryAction =
  | { readonly type: "names/set"; readonly on: boolean }
  | { readonly type: "run/selected"; readonly block: number; readonly run: number }
  | { readonly type: "export/confirm" }
  | { readonly type: "export/cancel" }
  | { readonly type: "export/start" }
  | { readonly type: "export/done"; readonly file: string }
  | { readonly type: "export/failed"; readonly error: string }
  | { readonly type: "copy/done" }
  | { readonly type: "copy/failed"; readonly error: string };

export const initialSummary: SummaryState = { includeNames: false, exportPhase: "idle", copyPhase: "idle" };

export function summaryReducer(state: SummaryState, action: SummaryAction): SummaryState {
  switch (action.type) {
    case "names/set":
      return { ...state, includeNames: action.on, selected: undefined };
    case "run/selected":
      return { ...state, selected: { block: action.block, run: action.run } };
    case "export/confirm":
      return { ...state, exportPhase: "confirm" };
    case "export/cancel":
      return { ...state, exportPhase: "idle" };
    case "export/start":
      return { ...state, exportPhase: "running", exportMessage: undefined };
    case "export/done":
      return { ...state, exportPhase: "done", exportMessage: action.file };
    case "export/failed":
      return { ...state, exportPhase: "failed", exportMessage: action.error };
    case "copy/done":
      return { ...state, copyPhase: "done", copyMessage: undefined };
    case "copy/failed":
      return { ...state, copyPhase: "failed", copyMessage: action.error };
    default:
      return state;
  }
}
