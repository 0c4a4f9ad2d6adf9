/**
 * `summarize` on a rolled-up workbook (issue #7): a workbook whose 填报单位 column names more
 * than one unit is read with the 填报单位 extension and gets the combined (street / district)
 * narrative instead of a unit's.
 * @module
 */
import { analyzeWorkbook, composeCombinedSummary, isRollupWorkbook, standardV1, withLedgerExtensions, type Analysis, type DocumentModel } from "../../core";
import { readWorkbook } from "../../adapters/xlsx/read-workbook";

/** The catalog a rolled-up workbook is read with (ledgers carry 填报单位). */
const rollupCatalog = withLedgerExtensions(standardV1);

/** Reads and analyses a workbook; `combined` is true for a roll-up (analysed with the extension). */
export async function loadForSummary(bytes: Uint8Array): Promise<{ analysis: Analysis; combined: boolean }> {
  const snapshot = await readWorkbook(bytes);
  const combined = isRollupWorkbook(snapshot);
  return { analysis: analyzeWorkbook(snapshot, combined ? rollupCatalog : standardV1), combined };
}

/** The combined summary document of an analysed roll-up. */
export function combinedDocument(analysis: Analysis, today: number): { document: DocumentModel } {
  return { document: composeCombinedSummary(analysis.workbook, rollupCatalog, { today }).document };
}
