/**
 * Reading a workbook for `check` and `summarize`: the bytes through exceljs, then the core's
 * action (`analyseLedger`), which recognises a roll-up (issue #7) and chooses its catalog — the
 * same call the panes make (issue #12).
 * @module
 */
import { analyseLedger, type LedgerAnalysis } from "../../core";
import { readWorkbook } from "../../adapters/xlsx/read-workbook";

/** Reads and analyses a workbook; `analysis.combined` is true for a roll-up. */
export async function loadForSummary(bytes: Uint8Array): Promise<{ analysis: LedgerAnalysis; combined: boolean }> {
  const analysis = analyseLedger(await readWorkbook(bytes));
  return { analysis, combined: analysis.combined };
}
