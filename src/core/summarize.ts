/**
 * Facts → summary document, apart from the checks (pipeline.ts) so that the narrative is loaded only
 * where a summary is made. Pure.
 * @module
 */
import type { Catalog } from "./catalog";
import { composeSummary, type Summary, type SummaryOptions } from "./narrative";
import type { Analysis } from "./pipeline";

/** The summary of an analysed workbook (see composeSummary). */
export function summarize(analysis: Analysis, catalog: Catalog, options: SummaryOptions): Summary {
  return composeSummary(analysis.facts, catalog, options);
}
