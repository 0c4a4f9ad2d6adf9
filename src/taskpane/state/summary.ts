/**
 * State of the 总结 tab: the names switch, the selected sentence (run), export / copy (both behind
 * the same confirmation when the workbook has errors: copying is the export route on Mac), and the
 * earlier period's workbook for 上期对比 (its facts; the comparison itself is derived) with the
 * 附表 switch.
 * @module
 */
import { comparisonFor, type Analysis, type Facts, type LedgerAnalysis } from "../../core";

export interface SummaryState {
  readonly includeNames: boolean;
  /** The selected run: block index and run index in the document model. */
  readonly selected?: { readonly block: number; readonly run: number };
  readonly exportPhase: "idle" | "confirm" | "running" | "done" | "failed";
  /** What waits for 仍然导出 / 仍然复制 while `exportPhase` is "confirm". */
  readonly confirming?: "export" | "copy";
  readonly exportMessage?: string;
  readonly copyPhase: "idle" | "done" | "failed";
  readonly copyMessage?: string;
  /** Append the 主要指标统计表. */
  readonly appendix: boolean;
  /** The earlier period's workbook (file name and facts), for the comparison. */
  readonly previous?: { readonly file: string; readonly facts: Facts };
  readonly previousPhase: "idle" | "reading" | "failed";
  readonly previousError?: string;
}

export type SummaryAction =
  | { readonly type: "names/set"; readonly on: boolean }
  | { readonly type: "run/selected"; readonly block: number; readonly run: number }
  | { readonly type: "export/confirm"; readonly what?: "export" | "copy" }
  | { readonly type: "export/cancel" }
  | { readonly type: "export/start" }
  /** The download started (or, on Mac, could not be): the sentence to show (deliverDocx). */
  | { readonly type: "export/done"; readonly message: string }
  | { readonly type: "export/failed"; readonly error: string }
  | { readonly type: "copy/start" }
  | { readonly type: "copy/done" }
  | { readonly type: "copy/failed"; readonly error: string }
  | { readonly type: "appendix/set"; readonly on: boolean }
  | { readonly type: "previous/start" }
  | { readonly type: "previous/done"; readonly file: string; readonly facts: Facts }
  | { readonly type: "previous/failed"; readonly error: string }
  | { readonly type: "previous/clear" };

export const initialSummary: SummaryState = { includeNames: false, exportPhase: "idle", copyPhase: "idle", appendix: false, previousPhase: "idle" };

export function summaryReducer(state: SummaryState, action: SummaryAction): SummaryState {
  switch (action.type) {
    case "names/set":
      return { ...state, includeNames: action.on, selected: undefined };
    case "run/selected":
      return { ...state, selected: { block: action.block, run: action.run } };
    case "export/confirm":
      return { ...state, exportPhase: "confirm", confirming: action.what ?? "export", copyPhase: "idle", copyMessage: undefined };
    case "export/cancel":
      return { ...state, exportPhase: "idle", confirming: undefined };
    case "export/start":
      return { ...state, exportPhase: "running", confirming: undefined, exportMessage: undefined, copyPhase: "idle" };
    case "copy/start":
      // Leaves the confirmation (仍然复制) and any earlier export message.
      return { ...state, exportPhase: state.exportPhase === "confirm" ? "idle" : state.exportPhase, confirming: undefined, copyPhase: "idle", copyMessage: undefined };
    case "export/done":
      return { ...state, exportPhase: "done", exportMessage: action.message };
    case "export/failed":
      return { ...state, exportPhase: "failed", exportMessage: action.error };
    case "copy/done":
      return { ...state, copyPhase: "done", copyMessage: undefined };
    case "copy/failed":
      return { ...state, copyPhase: "failed", copyMessage: action.error };
    case "appendix/set":
      return { ...state, appendix: action.on, selected: undefined };
    case "previous/start":
      return { ...state, previousPhase: "reading", previousError: undefined };
    case "previous/done":
      return { ...state, previousPhase: "idle", previous: { file: action.file, facts: action.facts }, selected: undefined };
    case "previous/failed":
      // A failed pick keeps the comparison already made (issue #12): the message says which file failed.
      return { ...state, previousPhase: "failed", previousError: action.error };
    case "previous/clear":
      return { ...state, previousPhase: "idle", previous: undefined, previousError: undefined, selected: undefined };
    default:
      return state;
  }
}

/** The previous period's figures a workbook holds in 上期指标, and what comparing with them gave. */
export interface EmbeddedComparison {
  readonly sheet: string;
  readonly profile: { readonly year?: number; readonly period?: string };
  readonly compared: NonNullable<ReturnType<typeof comparisonFor>>;
}

/**
 * 与上期对比 from the workbook itself: the core's `comparisonFor` over the 上期指标 sheet (v1.2),
 * with the sheet's name and the period it holds; undefined when the workbook has none.
 */
export function embeddedComparison(analysis: Analysis): EmbeddedComparison | undefined {
  const ledger = analysis as Partial<LedgerAnalysis>;
  if (!ledger.embeddedPrevious || !ledger.catalog) return undefined;
  const compared = comparisonFor(analysis as LedgerAnalysis);
  return compared ? { sheet: ledger.catalog.previousPeriod?.sheet ?? "上期指标", profile: ledger.embeddedPrevious.profile, compared } : undefined;
}
