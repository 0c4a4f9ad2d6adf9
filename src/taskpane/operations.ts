/**
 * The host operations the pane's components use, behind one interface: the real Office.js
 * adapter in Excel, the in-memory fake in preview (preview/preview-ops.ts). Components get them
 * through context (ops-context.tsx) and never call Office themselves.
 * @module
 */
import {
  clearHighlights,
  highlightFindings,
  imposeStandard,
  readSnapshot,
  selectCell,
  watchChanges,
  type ExcelFeatures,
  type ImposeReport,
  type RunExcel,
} from "../adapters/excel";
import { analyzeWorkbook, standardV1, type Analysis, type Catalog, type Finding } from "../core";

/** Everything the pane asks of the workbook. */
export interface PaneOps {
  readonly features: ExcelFeatures;
  /** Creates or repairs the standard sheets. */
  impose(): Promise<ImposeReport>;
  /** Reads the workbook and runs the core's checks; `onProgress` gets (blocks done, planned). */
  analyze(onProgress?: (done: number, planned: number) => void): Promise<Analysis>;
  /** Activates the sheet and selects the cell ("" = A1). */
  selectCell(sheet: string, cell: string): Promise<void>;
  /** Highlights the findings' cells, or removes the highlight (null). */
  highlight(findings: readonly Finding[] | null): Promise<void>;
  /** Calls `onChange` after edits of the standard sheets; resolves to an unsubscribe function. */
  watch(onChange: () => void): Promise<() => Promise<void>>;
  /** Preview mode only: edits of the in-memory sample workbook. */
  readonly preview?: PreviewControls;
}

/** What only the browser preview can do to its in-memory workbook. */
export interface PreviewControls {
  /** Types a few typical mistakes into the sample (as a user would: onChanged fires). */
  addMistakes(): Promise<void>;
  /** The cell last selected (`sheet!A1`), for tests. */
  selection(): string | undefined;
}

/** Operations over any `RunExcel` (Office.js' `Excel.run` or the fake's). */
export function createOps(run: RunExcel, features: ExcelFeatures, catalog: Catalog = standardV1, preview?: PreviewControls): PaneOps {
  const dataSheets = catalog.sheets.filter((s) => s.kind !== "generated").map((s) => s.sheet);
  return {
    features,
    preview,
    impose: () => imposeStandard(run, catalog, features),
    analyze: async (onProgress) => analyzeWorkbook(await readSnapshot(run, catalog, { onProgress }), catalog),
    selectCell: (sheet, cell) => selectCell(run, sheet, cell),
    highlight: (findings) => (findings ? highlightFindings(run, dataSheets, findings, features) : clearHighlights(run, dataSheets)),
    watch: async (onChange) => (features.api17 ? watchChanges(run, catalog, onChange) : async () => undefined),
  };
}
