/**
 * The narrative test corpus (issue #11): workbooks filled as staff would fill the standard
 * workbook, each from the figures of one real summary of ../shared/reference (corpus/INDEX.md).
 * A workbook is content for the standard sheets (exact catalog texts, as samples use) plus what
 * the fixture tests need to know about its source.
 */
import type { Content } from "../support/content-snapshot";

/** One corpus workbook. */
export interface CorpusWorkbook {
  /** Stable id, e.g. `c01-pengcheng` (file name without `.ts`). */
  readonly id: string;
  /** Source text, relative to ../shared/reference (e.g. `corpus/01-community-pengcheng.txt`). */
  readonly source: string;
  /**
   * Proper names used in cells that may come from the source verbatim (the unit, organisations,
   * places, named activities and campaigns). The 10-character overlap test ignores them.
   */
  readonly properNames: readonly string[];
  /** The workbook content: 基本信息 items and ledger rows, keyed by the catalog's exact texts. */
  readonly content: Content;
}
