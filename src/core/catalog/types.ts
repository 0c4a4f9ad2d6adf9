/**
 * Types of the standard workbook catalog (标准台账).
 *
 * The catalog is plain, readonly data: one description of every sheet, table, column,
 * enumeration, number format and 板块 that sheet creation, native validation, checks and the
 * narrative all read. Source of truth: shared/spec/standard-sheets.md (standard v1) and the
 * project's docs/standard-sheets.md (v1 and its section "Version 1.1").
 * @module
 */

/** How a cell's value is typed and checked (spec "Conventions"). */
export const ValueType = {
  /** Free text of at most `maxLength` characters. */
  text: "text",
  /** Whole number >= `min` (default 0). */
  int: "int",
  /** Number >= `min` (default 0), decimals allowed. */
  num: "num",
  /** Real Excel date (serial) within 1990-01-01..2100-12-31. */
  date: "date",
  /** One of `values` exactly, after trimming spaces. */
  enum: "enum",
  /** Written by the add-in as an Excel formula; never typed by users. */
  formula: "formula",
  /** Phone number: digits, spaces, + and - only (a stray character is a warning). */
  phone: "phone",
} as const;
export type ValueType = (typeof ValueType)[keyof typeof ValueType];

/** What a number means, so that the narrative can phrase it (元 → money rules, % → rate). */
export type Quantity = "count" | "money" | "hours" | "rate" | "year";

/** One typed field: a ledger column, or one 项目 of the 基本信息 form. */
export interface FieldSpec {
  /** Stable ASCII identifier used in code (`found`, `rectified`). */
  readonly id: string;
  /** Exact header text (or 项目 text in 基本信息), without the `*` marker. */
  readonly header: string;
  readonly type: ValueType;
  readonly required: boolean;
  /** text: maximum length in characters. */
  readonly maxLength?: number;
  /** enum: the allowed values, in the spec's order. */
  readonly values?: readonly string[];
  /** int/num: inclusive lower bound (default 0). */
  readonly min?: number;
  /** int/num: inclusive upper bound (none by default). */
  readonly max?: number;
  /** Measure word or unit this number is counted in (人, 元, 小时, 户). */
  readonly unit?: string;
  /** What the number is, for phrasing (default `count` for int/num). */
  readonly quantity?: Quantity;
  /** How the summary names this figure where the header would not do (`宣传经费` for 投入金额（元）). */
  readonly spoken?: string;
  /** Excel number format (spec: `0`, `#,##0.00`, `0.0%`, `yyyy"年"m"月"d"日"`). */
  readonly numFmt?: string;
  /** Column width in Excel character units. */
  readonly width?: number;
  /** Personal data (填报人, 联系电话, 姓名): never printed unless the user opts in. */
  readonly personal?: boolean;
  /** Short Chinese input prompt shown by native validation (≤ 255 characters). */
  readonly prompt?: string;
  /**
   * formula: the Excel formula (without `=`) written in every row, in the file-format spelling of
   * structured references (`tbl_X[[#This Row],[发现数]]`), which Office.js and exceljs both accept.
   */
  readonly formula?: string;
  /** Spec note, e.g. "defaults from 报告年度 + 报告期". */
  readonly note?: string;
  /**
   * The standard version that added this field (`1.1`); absent for the fields of v1. Such a field
   * is always optional: a workbook of an earlier version lacks it, stays valid and gets it from
   * `upgrade` / the pane's 修复 (docs/standard-sheets.md, "Version 1.1").
   */
  readonly since?: number;
  /**
   * Other headers people type for this column in their own sheets (`活动时间` for 日期, `说明` for
   * 备注; docs/standard-sheets.md "Header synonyms"): the checks read such a column as this field
   * and say so, and `upgrade` / the pane's 修复 restore the standard header with the values. Used
   * only where the sheet has neither the standard header nor another column of that synonym.
   */
  readonly synonyms?: readonly string[];
  /**
   * text: how the summary tells this free text — `name` (named or quoted: 活动名称, 指标名称, 名称或内容), `content` (said as
   * a clause or point: 简要内容, 主要服务内容, 文字材料 内容 and 落实情况) or `note` (备注, read for clauses). A placeholder
   * typed in it (normalize isPlaceholderText: `同上`, `见备注`, `其他` …) is never told; check `text.placeholder` says so at
   * the cell — for a name any placeholder, for content a reference or catch-all, for a note a reference only (new-user
   * test 39, D18, D21, D26).
   */
  readonly told?: "name" | "content" | "note";
  /**
   * date: a year and month alone (`2025年11月`, `2025.11`) is read as that month, with a 提示 (`value.month-only`), never
   * as an error: an honour is often known by its month only (new-user test 46, D20). No day is invented for it. Every
   * ledger's date column reads a year-month alike (组织保障, 宣传投放, 问题整改 整改时限 too: new-user test 54, D16).
   */
  readonly monthOnly?: boolean;
}

/** A ledger (台账) sheet: one Excel table, one row per item. */
export interface LedgerSpec {
  readonly kind: "ledger";
  /** Stable ASCII id (`publicity`). */
  readonly id: string;
  /** Exact sheet name (`宣传投放`). */
  readonly sheet: string;
  /** Excel table (ListObject) name (`tbl_Publicity`). */
  readonly table: string;
  /** Title written in row 1 above the table. */
  readonly title: string;
  readonly columns: readonly FieldSpec[];
  /** How to fill it: shown in 填报说明. */
  readonly help: string;
  /**
   * Words of a sheet name or title that say an office's own sheet holds this ledger (`活动`,
   * `宣传`): one of the signs 导入已有台账 weighs with the headers (issue #16).
   */
  readonly importWords?: readonly string[];
  /**
   * The column whose words say what a row typed 其他 is (宣传投放: `place`, 位置或内容), where 规范数据 puts a word
   * the list lacks when that cell is blank; otherwise, and by default, 备注 (new-user test 18).
   */
  readonly otherNamedBy?: string;
}

/**
 * What a column of a one-item-a-line list means when 导入已有台账 reshapes it into a ledger
 * (issue #16): kept beside the headers people type for it, like {@link FieldSpec.synonyms}.
 * - `field`: the value goes to the ledger column of that header (its type decides how it is read);
 * - `count`: the row counts one item (花名册: a person; 问题清单: a problem) — nothing is copied;
 * - `status`: 已整改/整改中/未整改 words, read into the ledger's 已整改数 (1 or 0);
 * - `remark`: the text goes into the ledger row's 备注 (place and description of a problem);
 * - `group`: the rows are counted per value (the team of a 花名册 row), the value written to `field`;
 * - `sum`: numbers summed per group into `field` (a volunteer's hours into the team's 服务时长);
 * - `personal`: personal data (姓名, 联系电话, 身份证号): never copied, listed by cell address only;
 * - `label`: names what a row counts for (the village of a table of figures per village): the
 *   figures are summed over the rows, the names are not copied one by one;
 * - `figure`: a column of counts summed over the rows into one ledger row of its own (`reshape:
 *   "columns"`): the header names the figure, its note (`垃圾（吨）`) gives the measure word.
 */
export type ShapeRole = "field" | "count" | "status" | "remark" | "group" | "sum" | "collect" | "personal" | "label" | "figure";

/** One column of an {@link ImportShape}: the header people type, its synonyms and its role. */
export interface ShapeColumn {
  /** Stable ASCII id (`status`). */
  readonly id: string;
  /** The usual header (`整改情况`). */
  readonly header: string;
  readonly synonyms?: readonly string[];
  readonly role: ShapeRole;
  /** For `field`, `group`, `sum` and `collect` (distinct values joined with 、): the ledger header the value goes to. */
  readonly field?: string;
  /** For `remark`: the words put before the value in 备注 (`地点`); none: the value alone. */
  readonly label?: string;
}

/**
 * A list an office keeps one item a line that has no ledger of its own shape (问题清单: one problem a
 * line; 志愿者花名册: one person a line): 导入已有台账 recognises it by its headers and title words and
 * reshapes it into `ledger` (issue #16).
 */
export interface ImportShape {
  /** Stable ASCII id (`problemList`). */
  readonly id: string;
  /** Chinese name shown and saved in a mapping (`问题清单`). */
  readonly name: string;
  /** Ledger id the rows become (`rectification`). */
  readonly ledger: string;
  /**
   * Whether each row becomes a ledger row (`item`), the rows are counted per group (`group`), or
   * each figure column becomes one ledger row summed over the rows (`columns`: a wide table of
   * figures per village or unit).
   */
  readonly reshape: "item" | "group" | "columns";
  readonly columns: readonly ShapeColumn[];
  /** Words of a sheet name or title that say a list is of this shape (`花名册`). */
  readonly importWords: readonly string[];
}

/** The 基本信息 form: a two-column table (项目 | 内容), one row per fixed item. */
export interface FormSpec {
  readonly kind: "form";
  readonly id: string;
  readonly sheet: string;
  readonly table: string;
  readonly title: string;
  /** Header of the item column (项目). */
  readonly keyHeader: string;
  /** Header of the value column (内容). */
  readonly valueHeader: string;
  readonly items: readonly FieldSpec[];
  readonly help: string;
}

/** A sheet the add-in generates and protects (填报说明, 指标汇总). */
export interface GeneratedSpec {
  readonly kind: "generated";
  readonly id: string;
  readonly sheet: string;
  readonly help: string;
}

export type SheetSpec = LedgerSpec | FormSpec | GeneratedSpec;

/**
 * v1.2: the sheet holding the previous period's indicator figures (上期指标), written by 开始下一期
 * (`next`). Generated and protected, but data, not layout: it is not among `Catalog.sheets` (a
 * workbook without it is complete), no repair creates or rewrites it and every repair keeps it.
 * Layout (1-based rows): title in A1; one row per `items` entry from row 2 (A 项目 | B value); a
 * blank row; the header row (`headers`); one row per indicator figure (A label | B value | C unit |
 * D 约/余/近 or blank); an indicator with figures in several units has several rows.
 */
export interface PreviousPeriodSpec {
  readonly id: string;
  readonly sheet: string;
  readonly title: string;
  /** The standard version that added the sheet (1.2). */
  readonly since: number;
  /** 基本信息 项目 copied from the previous period (单位名称, 报告年度, 报告期, 起始日期, 截止日期). */
  readonly items: readonly string[];
  /** Headers of the figure table: 指标 | 数值 | 单位 | 约数. */
  readonly headers: readonly string[];
  /**
   * Headers of the second table, below the first: the appendix's detail rows (分项指标 | 数值 | 单位 | 约数): problems
   * per category, 参与人数 per activity type, every 其他指标 row (new-user test 64, D6).
   */
  readonly detailHeaders: readonly string[];
  readonly help: string;
}

/** One indicator of 指标汇总: a computed figure with its Excel formula. */
export interface IndicatorSpec {
  readonly id: string;
  /** Label shown in 指标汇总 column A. */
  readonly label: string;
  /** Unit shown in column C (人, 块, 元, %, 期 …). */
  readonly unit: string;
  /** Excel formula (without `=`) over the standard tables' structured references. */
  readonly formula: string;
  /**
   * Excel formula (without `=`) of column C where the summed rows carry their own 单位 (problems in
   * 处/起/件, 公益广告 in 块/幅): the word they share, else `多种量词`; `unit` stands where it cannot be written.
   */
  readonly unitFormula?: string;
  /** Number format of the value cell. */
  readonly numFmt: string;
  /** The standard version that added this indicator (1.2); absent for those of v1. */
  readonly since?: number;
  /** The formula of the versions before `until` (v1.2 counts 上期遗留 problems apart; v1/v1.1 did not). */
  readonly earlier?: { readonly until: number; readonly formula: string };
}

/** A narrative 板块 (section): which ledgers and activity types feed it (narrative spec §3). */
export interface SectionSpec {
  /** Stable ASCII id (`environment`). */
  readonly id: string;
  /** The 板块 value as used in 其他指标 (`环境整治`). */
  readonly name: string;
  /** Ledger ids whose rows this section narrates. */
  readonly ledgers: readonly string[];
  /** 活动类型 values whose activities this section narrates. */
  readonly activityTypes: readonly string[];
}

/** The whole standard workbook of one version. */
export interface Catalog {
  /** Version text stored in 填报说明 and named `CL_StandardVersion` (`标准台账 v1.1`). */
  readonly versionText: string;
  /**
   * Numeric version (1.1): major.minor with a one-digit minor, so versions compare as numbers
   * (see `versionOfText`). A minor version only adds optional fields (`FieldSpec.since`).
   */
  readonly version: number;
  /** Workbook-level defined name that refers to the version cell. */
  readonly versionName: string;
  readonly sheets: readonly SheetSpec[];
  readonly indicators: readonly IndicatorSpec[];
  /** v1.2: the 上期指标 sheet (see {@link PreviousPeriodSpec}); absent in earlier versions. */
  readonly previousPeriod?: PreviousPeriodSpec;
  readonly sections: readonly SectionSpec[];
  /** Lists of one item a line that 导入已有台账 reshapes into a ledger (issue #16). */
  readonly importShapes?: readonly ImportShape[];
  /** Festivals recognised in 我们的节日 activities (narrative spec §3), in calendar order. */
  readonly festivals: readonly string[];
  /** Other words in an activity name that name a festival (迎新春 → 春节), by festival. */
  readonly festivalAliases: Readonly<Record<string, readonly string[]>>;
}
