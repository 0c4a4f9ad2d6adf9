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
  /**
   * Set when the number was typed with 万 after Arabic digits (`1.5万`): the summary then says it in 万 as typed
   * (narrative v2 rule 10 allows either form between 10,000 and 100,000; new-user tests 23 D12, 25 D2).
   */
  readonly wan?: true;
  /**
   * Set when a date was typed as a month alone (`2025年10月`, catalog monthOnly; value: the month's first day): the summary
   * says the month, never a day (new-user test 49, D16).
   */
  readonly month?: true;
  /**
   * Set when a date is impossible (`2025.2.30`, value null) and the month it names lies wholly outside the report period:
   * that month's first day (Excel serial). The row is then no row of the period (inReportPeriod; new-user test 50, D14).
   */
  readonly outsideMonth?: number;
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

/** A typed cell value (see {@link ParsedCell.value}). */
export type ParsedValue = number | string | null;

/** One located column of a ledger as validation stored it. */
export interface ParsedColumn {
  readonly field: FieldSpec;
  /** Column letters on the sheet (`C`): a cell's source is `sheet!C<row>`. */
  readonly letters: string;
  /** Typed value of data row `i` (indexed as {@link ParsedTable.rowNumbers}). */
  value(i: number): ParsedValue;
  /** Approximate figures by data-row index (sparse: most cells are exact). */
  readonly approx: ReadonlyMap<number, Approx>;
  /** Data-row indexes of numbers typed with 万 (`1.5万`; sparse). */
  readonly wan: ReadonlySet<number>;
  /** Data-row indexes of dates typed as a month alone (`2025年10月`; sparse). */
  readonly month: ReadonlySet<number>;
  /** Impossible dates whose month lies outside the report period, by data-row index: ParsedCell.outsideMonth (sparse). */
  readonly outsideMonth?: ReadonlyMap<number, number>;
  /** Smallest and largest number among the values (Infinity and -Infinity when there is none). */
  readonly min: number;
  readonly max: number;
}

/**
 * A ledger as validation stores it: by column, without a per-cell object or source string
 * (issue #6). {@link ParsedLedger.rows} is built from it on first access.
 */
export interface ParsedTable {
  /** Sheet name as in the workbook (the `sheet` of every source). */
  readonly sheet: string;
  /** 1-based Excel row of each data row, ascending. */
  readonly rowNumbers: readonly number[];
  /** Located standard columns, in catalog order. */
  readonly columns: readonly ParsedColumn[];
}

/** One ledger as read. */
export interface ParsedLedger {
  readonly spec: LedgerSpec;
  /** False when the sheet or its headers were not found. */
  readonly found: boolean;
  /**
   * The data rows. On ledgers read by validateWorkbook a view of {@link table}, built (and kept)
   * on first access.
   */
  readonly rows: readonly ParsedRow[];
  /**
   * The columnar store behind `rows`, on ledgers read by validateWorkbook (not enumerable, so
   * that a copy with other `rows` — `{ ...ledger, rows }` — does not carry it).
   */
  readonly table?: ParsedTable;
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
  /**
   * Report period (from 起始/截止日期, else from 报告年度 + 报告期); undefined without a year, and for a 专项 whose 截止日期
   * is before its 起始日期 (profile.date-order: its days are unknown; new-user test 43, D18).
   */
  readonly period?: ReportPeriod;
}

/** A field with where it sits: its 1-based column on the sheet. */
export interface LocatedField {
  readonly field: FieldSpec;
  readonly col: number;
  /** The header text on the sheet when it is the standard header with a unit added (`注册人数（人）`). */
  readonly variant?: string;
}
