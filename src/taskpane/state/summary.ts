/**
 * State of the 总结 tab: the names switch, the selected sentence (run), export / copy (both behind
 * the same confirmation when the workbook has errors: copying is the export route on Mac), and the
 * earlier period's workbook for 上期对比 (its facts; the comparison itself is derived) with the
 * 附表 switch, and the 成文日期 picked on the tab (网页版, as the CLI's `--date`).
 * @module
 */
import { comparisonFor, serialFromYmd, serialOfLocalDay, ymdFromSerial, type Analysis, type Facts, type LedgerAnalysis } from "../../core";

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
  /**
   * The 成文日期 picked on the tab (网页版; new-user test 34, D17): a native date input's value, `2025-07-10`; empty or
   * absent: today. Signs as the CLI's `--date` does — a 成文日期 typed in 基本信息 still signs instead.
   */
  readonly signDate?: string;
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
  | { readonly type: "previous/clear" }
  /** The 成文日期 picked (`2025-07-10`), or "" to sign with today again. */
  | { readonly type: "signDate/set"; readonly date: string };

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
    case "signDate/set":
      return { ...state, signDate: action.date || undefined, selected: undefined };
    default:
      return state;
  }
}

/** The previous period's figures a workbook holds in 上期指标, and what comparing with them gave. */
export interface EmbeddedComparison {
  readonly sheet: string;
  readonly profile: { readonly year?: number; readonly period?: string };
  /** The 起始日期 of 上期指标 (Excel serial), when it has one: a 月度 period is named by its month (`2025年3月`; new-user test 48, D21). */
  readonly start?: number;
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
  const start = ledger.embeddedPrevious.period?.start;
  return compared ? { sheet: ledger.catalog.previousPeriod?.sheet ?? "上期指标", profile: ledger.embeddedPrevious.profile, ...(start !== undefined ? { start } : {}), compared } : undefined;
}

/**
 * The day a summary made now is signed, as an Excel serial (the `today` of the core's summariseLedger): the 成文日期 picked
 * on the tab (`2025-07-10`, a native date input's value), like the CLI's `--date`; else — nothing picked, or not a real
 * day — the local calendar day of `now`. A 成文日期 typed in 基本信息 still signs instead (the core's rule, as in the CLI).
 * @example signOffDay("2025-07-10", new Date()) // 45848
 */
export function signOffDay(picked: string | undefined, now: Date): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(picked ?? "");
  if (m) {
    try {
      return serialFromYmd({ y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) });
    } catch {
      // Not a real day (2025-02-30): today, as with nothing picked.
    }
  }
  return serialOfLocalDay(now);
}

/** An Excel serial day as a native date input's value (`2025-07-10`). */
export function dateInputValue(serial: number): string {
  const { y, m, d } = ymdFromSerial(serial);
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}
