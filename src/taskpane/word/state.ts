/**
 * State of the Word pane: the chosen workbook and its analysis, the names and appendix switches, the selected
 * sentence, and the two Word actions (with the confirmation when the workbook has errors).
 * @module
 */
import type { Analysis } from "../../core";

/** The two Word actions. */
export type WordAction = "open" | "insert";

/** The outcome of an action, for the status line. */
export interface WordResult {
  readonly action: WordAction;
  /** Size of the .docx sent (bytes). */
  readonly bytes: number;
  /** Inserted after selected text (kept) rather than at a bare cursor. */
  readonly after?: boolean;
}

export interface WordPaneState {
  readonly file?: { readonly name: string; readonly size: number };
  /** Said about the choice itself (several files dropped: the first is used). */
  readonly note?: string;
  readonly phase: "idle" | "reading" | "ready" | "failed";
  readonly analysis?: Analysis;
  readonly error?: string;
  readonly includeNames: boolean;
  /** 附主要指标统计表, as the Excel pane's switch and the CLI's --appendix (new-user test 69, D13). */
  readonly appendix: boolean;
  readonly selected?: { readonly block: number; readonly run: number };
  readonly action: "idle" | "confirm" | "running" | "done" | "failed";
  /** The action waiting for 仍然生成, or running. */
  readonly pending?: WordAction;
  readonly result?: WordResult;
  readonly actionError?: string;
}

export type WordPaneMessage =
  | { readonly type: "file/start"; readonly name: string; readonly size: number; readonly note?: string }
  | { readonly type: "file/done"; readonly analysis: Analysis }
  | { readonly type: "file/failed"; readonly error: string }
  | { readonly type: "names/set"; readonly on: boolean }
  | { readonly type: "appendix/set"; readonly on: boolean }
  | { readonly type: "run/selected"; readonly block: number; readonly run: number }
  | { readonly type: "action/confirm"; readonly action: WordAction }
  | { readonly type: "action/cancel" }
  | { readonly type: "action/start"; readonly action: WordAction }
  | { readonly type: "action/done"; readonly result: WordResult }
  | { readonly type: "action/failed"; readonly error: string };

export const initialWordPane: WordPaneState = { phase: "idle", includeNames: false, appendix: false, action: "idle" };

export function wordPaneReducer(state: WordPaneState, message: WordPaneMessage): WordPaneState {
  switch (message.type) {
    case "file/start":
      // A new file: everything about the previous one goes, the names and appendix choices stay.
      return { ...initialWordPane, includeNames: state.includeNames, appendix: state.appendix, file: { name: message.name, size: message.size }, phase: "reading", ...(message.note ? { note: message.note } : {}) };
    case "file/done":
      return { ...state, phase: "ready", analysis: message.analysis, error: undefined };
    case "file/failed":
      return { ...state, phase: "failed", analysis: undefined, error: message.error };
    case "names/set":
      return { ...state, includeNames: message.on, selected: undefined };
    case "appendix/set":
      return { ...state, appendix: message.on, selected: undefined };
    case "run/selected":
      return { ...state, selected: { block: message.block, run: message.run } };
    case "action/confirm":
      return { ...state, action: "confirm", pending: message.action };
    case "action/cancel":
      return { ...state, action: "idle", pending: undefined };
    case "action/start":
      return { ...state, action: "running", pending: message.action, result: undefined, actionError: undefined };
    case "action/done":
      return { ...state, action: "done", pending: undefined, result: message.result };
    case "action/failed":
      return { ...state, action: "failed", pending: undefined, actionError: message.error };
    default:
      return state;
  }
}
