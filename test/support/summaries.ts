/**
 * Loads a bundled sample workbook (samples/) through the whole pipeline and returns its summary
 * text, with a fixed export day so the text is stable.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { analyzeWorkbook, comparePeriods, documentText, standardV1, summarize, type Analysis, type DocumentModel } from "../../src/core";
import { readWorkbook } from "../../src/adapters/xlsx/read-workbook";
import { writeWorkbook } from "../../src/adapters/xlsx/write-workbook";
import type { WorkbookContent } from "../../src/adapters/xlsx/content";

export interface LoadedSample {
  readonly analysis: Analysis;
  readonly document: DocumentModel;
  readonly text: string;
  /** Level-1 headings in order. */
  readonly headings: readonly string[];
}

export const samplePath = (name: string): string => join(__dirname, "..", "..", "samples", name);

export async function analyzeSample(name: string): Promise<Analysis> {
  return analyzeWorkbook(await readWorkbook(readFileSync(samplePath(name))), standardV1);
}

/** The summary of a sample; with `previous`, compared with that earlier sample (throws if refused). */
export async function loadSample(name: string, opts: { previous?: string; appendix?: boolean } = {}): Promise<LoadedSample> {
  const analysis = await analyzeSample(name);
  let comparison;
  if (opts.previous) {
    const compared = comparePeriods(analysis.facts, (await analyzeSample(opts.previous)).facts, standardV1);
    if (!compared.ok) throw new Error(compared.message);
    comparison = compared.comparison;
  }
  const { document } = summarize(analysis, standardV1, { includeNames: false, today: 45141, appendix: opts.appendix === true, ...(comparison ? { comparison } : {}) });
  const text = documentText(document);
  return { analysis, document, text, headings: text.split("\n").filter((l) => /^[一二三四五六七八九十]+、/u.test(l)) };
}

/**
 * The summary text of a workbook written by the template from `content` (profile items and ledger rows by their
 * Chinese names), names left out, exported on a fixed day (2025-08-31).
 */
export async function summaryTextOf(content: WorkbookContent): Promise<string> {
  const snapshot = await readWorkbook(await writeWorkbook(standardV1, content));
  return documentText(summarize(analyzeWorkbook(snapshot, standardV1), standardV1, { includeNames: false, today: 45900 }).document);
}
