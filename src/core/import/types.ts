/**
 * Types of 导入已有台账 (issue #16): an office's own sheets read into the standard workbook. The
 * shapes here are plain data, so that the CLI prints them, `--json` serialises them and a pane shows
 * them in a table of dropdowns.
 * @module
 */
import type { CellValue, WorkbookSnapshot } from "../grid/types";

/** One source to import: a workbook snapshot and the label it is named by in messages (its file name). */
export interface ImportSource {
  /** File name or another label (`旧台账.xlsx`); messages say `旧台账.xlsx·Sheet1!B4` when several sources are given. */
  readonly label: string;
  readonly snapshot: WorkbookSnapshot;
}

/** A value of the standard workbook as import writes it (the xlsx adapter's `SeedValue` accepts it). */
export type ImportedValue = string | number | { readonly date: string };

/** The content written into the standard workbook: 基本信息 项目 → value; ledger sheet → rows (header → value). */
export interface ImportedContent {
  readonly profile: Readonly<Record<string, ImportedValue>>;
  readonly ledgers: Readonly<Record<string, readonly Readonly<Record<string, ImportedValue>>[]>>;
}

/** Profile fields of the standard 基本信息 import needs (options first, else the sheets). */
export interface ProfileOptions {
  /** 单位名称 (CLI `--unit`). */
  readonly unitName?: string;
  /** 单位类型 (CLI `--type`), one of the catalog's values. */
  readonly unitType?: string;
  /** 报告年度 (CLI `--year`). */
  readonly year?: number;
  /** 报告期 (CLI `--period`), one of the catalog's values. */
  readonly period?: string;
}

/** Options of {@link importLedgers}. */
export interface ImportOptions extends ProfileOptions {
  /** A mapping saved before (`--mapping`): its kinds and columns win over what import would propose. */
  readonly mapping?: ImportMapping;
}

/** How a profile field was found. */
export type ProfileSource = "option" | "sheet" | "title" | "label" | "dates" | "unit-name" | "file" | "sheet-name";

/** One profile field as proposed: its value and where it came from (a title's cell when read there). */
export interface ProfileField {
  /** 项目 of 基本信息 (`单位名称`). */
  readonly item: string;
  readonly value?: string | number;
  readonly source?: ProfileSource;
  /** `Sheet1!A1` when read from a title; the file or sheet name when read from it. */
  readonly cell?: string;
  /** Chinese, for a value guessed from the dates or a name (`按各行日期（2025年1月10日至3月12日）推断`): listed under 推断填写. */
  readonly basis?: string;
}

/**
 * Why a column goes where it goes: the standard header, it with a note (`数量（块）`), a synonym, its values, a saved
 * mapping, or `remark` — a column the ledger has no field for whose values are kept in 备注 with its header
 * (`经费3600元` of an activity list's 经费: new-user test 25, D10).
 */
export type ColumnBasis = "header" | "variant" | "synonym" | "values" | "mapping" | "remark" | "none";

/** One source column of a block and the standard field proposed for it. */
export interface ColumnProposal {
  /** Column letter on the source sheet (`C`). */
  readonly letter: string;
  /** Header as read: one row, or `group/child` for a two-row header (`参与情况/人数`). */
  readonly header: string;
  /**
   * The standard header (`参与数量`) or, for a list that is reshaped, the list column's header
   * (`整改情况`); undefined when the column is not imported.
   */
  readonly field?: string;
  /** 0–1: how sure the proposal is (1 for a mapping the user saved). */
  readonly confidence: number;
  readonly basis: ColumnBasis;
  /** A measure word the header or the values give the column's figures (`块` of `数量（块）`). */
  readonly unit?: string;
  /** True when the column holds personal data (never copied). */
  readonly personal?: boolean;
  /**
   * True when the rows are counted by this column (a 花名册's 姓名: one person a line), its data never copied; a personal
   * column that is only left out (a 问题清单's 责任人, a 花名册's 电话) has none (new-user test 40, D14).
   */
  readonly counted?: boolean;
}

/** One table found on a source sheet, its kind and its columns. */
export interface BlockProposal {
  /** Source label (file name). */
  readonly source: string;
  readonly sheet: string;
  /** 1-based number of the block on its sheet. */
  readonly block: number;
  /** A1 range of the block, header to last data row (`A3:F12`). */
  readonly range: string;
  /** The title above the block, when there is one. */
  readonly title?: string;
  /**
   * What the block is: a ledger's sheet name (`活动台账`) or a list's name (`问题清单`,
   * `志愿者花名册`, `分单位统计表`); undefined when import cannot tell (the block is then not imported).
   */
  readonly kind?: string;
  /** 0–1. */
  readonly confidence: number;
  readonly columns: readonly ColumnProposal[];
}

/** What import proposes before anything is written: the profile, then each block's kind and columns. */
export interface ImportProposal {
  readonly profile: readonly ProfileField[];
  readonly blocks: readonly BlockProposal[];
}

/** Why a non-empty source cell is not imported. */
export type ImportSkipReason = "title" | "header" | "total" | "signature" | "note" | "unmapped" | "unreadable" | "personal" | "outside" | "not-held" | "unplaced";

/** What became of one non-empty source cell. */
export type CellFate =
  | { readonly cell: string; readonly status: "imported"; readonly destination: string }
  | { readonly cell: string; readonly status: "skipped"; readonly reason: ImportSkipReason; readonly detail?: string };

/** A finding of import: a 合计 that does not add up, a value that cannot be read, a guess, a missing field. */
export interface ImportFinding {
  readonly severity: "error" | "warning" | "info";
  /** Stable id (`import.total-mismatch`). */
  readonly rule: string;
  /** Source cell (`旧台账.xlsx·Sheet1!D12`), or a standard cell for a guess. */
  readonly cell: string;
  /** Chinese, naming the sheet and cell first. */
  readonly message: string;
}

/** A value import chose for a required field by the catalog's classifier (or a default), listed for the user. */
export interface ImportGuess {
  /** Standard cell it was written to (`活动台账!C3`). */
  readonly destination: string;
  /** Standard header (`活动类型`). */
  readonly field: string;
  readonly value: string;
  /** Source cell whose words decided it, when there is one. */
  readonly from?: string;
  /** Chinese: why (`按“包粽子”归为我们的节日`). */
  readonly basis: string;
}

/** The result of an import: content to write, and the accounting of every non-empty source cell. */
export interface ImportResult {
  /** False when a profile field is missing: `missing` names them and nothing should be written. */
  readonly ok: boolean;
  /** 基本信息 项目 that neither the options nor the sheets gave (`单位名称`). */
  readonly missing: readonly string[];
  readonly content: ImportedContent;
  /** Every non-empty source cell, in source order: imported (its destination) or skipped with its reason. */
  readonly cells: readonly CellFate[];
  readonly findings: readonly ImportFinding[];
  readonly guesses: readonly ImportGuess[];
}

/** The one call's answer: the proposal (kinds and columns with confidences) and the result made with it. */
export interface ImportOutcome {
  readonly proposal: ImportProposal;
  readonly result: ImportResult;
  /** The proposal as a mapping to save (`--save-mapping`) and reuse. */
  readonly mapping: ImportMapping;
}

/** Format id of a saved mapping. */
export const MAPPING_FORMAT = "campaign-ledger/import-mapping";

/**
 * A saved mapping (JSON): per source sheet and block, its kind and where each column goes. Columns
 * are named by header text as read (`参与情况/人数`), so a file of the same layout with other
 * figures (or columns moved) maps the same; `null` leaves a column (or a block) out.
 * @example {"format":"campaign-ledger/import-mapping","version":1,"sheets":[{"sheet":"Sheet1","block":1,"kind":"活动台账","columns":{"活动时间":"日期","序号":null}}]}
 */
export interface ImportMapping {
  readonly format: typeof MAPPING_FORMAT;
  readonly version: 1;
  readonly sheets: readonly MappingSheet[];
}

/** One block's entry of an {@link ImportMapping}. */
export interface MappingSheet {
  readonly sheet: string;
  /** 1-based block on the sheet (default 1). */
  readonly block: number;
  /** Ledger sheet name or list name; null: the block is not imported. */
  readonly kind: string | null;
  /** Source header → standard (or list) header, or null for a column left out. */
  readonly columns: Readonly<Record<string, string | null>>;
}

/** Re-export for callers that build snapshots by hand. */
export type { CellValue };
