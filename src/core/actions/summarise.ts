/**
 * 生成总结 (summarise), the one core call of every front end for a summary (issue #12), in a module
 * of its own so that the narrative is loaded only where a summary is made.
 * Pure: no Office, DOM or file-system types.
 * @module
 */
import { standardV1 } from "../catalog";
import type { DocumentModel } from "../document/model";
import type { SummaryOptions } from "../narrative";
import { composeCombinedSummary } from "../narrative/combined";
import { summarize } from "../summarize";
import type { Analysis } from "../pipeline";
import type { LedgerAnalysis } from "./index";

/**
 * 生成总结 (summarise) of an analysed workbook: the combined narrative of a roll-up (export day
 * only; its table of units is always appended), else the unit's summary (names, appendix, comparison).
 * `analysis` may be a plain {@link Analysis} (read with `standardV1`, never a roll-up).
 * @returns the document model every front end renders (text, .docx, Word, preview).
 */
export function summariseLedger(analysis: Analysis | LedgerAnalysis, options: SummaryOptions): { readonly document: DocumentModel } {
  const ledger = analysis as Partial<LedgerAnalysis>;
  if (ledger.combined && ledger.catalog) {
    // The table of each unit's figures is the core of a street's summary: always on.
    return { document: composeCombinedSummary(analysis.workbook, ledger.catalog, { today: options.today, ...(ledger.unitsLeftOut ? { unitsLeftOut: ledger.unitsLeftOut } : {}), ...(ledger.unitShortNames ? { unitShortNames: ledger.unitShortNames } : {}), ...(ledger.unitTypes ? { unitTypes: ledger.unitTypes } : {}), ...(analysis.flagged ? { flagged: analysis.flagged } : {}) }).document };
  }
  return summarize(analysis, ledger.catalog ?? standardV1, options);
}
