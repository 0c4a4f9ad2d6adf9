/**
 * The workbook as validation understood it: typed values with the cells they came from.
 * Facts and narrative read this, never raw rows.
 * @module
 */
import type { FieldSpec, LedgerSpec } from "../catalog";
import type { Approx } from "../normalize/types";

/** One understood cell. */
export interface ParsedCell {
  /**
   * The typed value: number for int/num/formula (counts, 元, hours; % points for percent figures),
   * Excel serial for dates, trimmed string for text/enum/phone; null when blank or unreadable.
   */
  readonly value: number | string | null;
  /** Set when the figure is approximate (typed 多/约/近, or tagged 〔约数〕 in 备注). */
  readonly approx?: Approx;
  /** `sheet!A1` of the cell. */
  readonly source: string;
}

/** One data row of a ledger. */
export interface ParsedRow {
  /** 1-based Excel row number. */
  readonly row: number;
  /** Cells by column id (columns missing from the sheet are absent). */
  readonly cells: Readonly<Record<string, ParsedCell>>;
}

/** One ledger as read. */
export interface ParsedLedger {
  readonly spec: LedgerSpec;
  /** False when the sheet or its headers were not found. */
  readonly found: boolean;
  readonly rows: readonly ParsedRow[];
}

/** The report period as Excel serial days, inclusive. */
export interface ReportPeriod {
  readonly start: number;
  readonly end: number;
}

/** The whole workbook as read. */
export interface ParsedWorkbook {
  /** 基本信息 values by item id (unitName, unitType, year, period, start, end …). */
  readonly profile: Readonly<Record<string, ParsedCell>>;
  /** Ledgers by id. */
  readonly ledgers: Readonly<Record<string, ParsedLedger>>;
  /** Report period (from 起始/截止日期, else from 报告年度 + 报告期); undefined without a year. */
  readonly period?: ReportPeriod;
}

/** A field with where it sits: its 1-based column on the sheet. */
export interface LocatedField {
  readonly field: FieldSpec;
  readonly col: number;
}
