/**
 * Types of the roll-up (汇总, issue #7): a street office or district combines its units'
 * standard workbooks into one. Pure data, structurally compatible with the xlsx adapter's
 * `WorkbookContent` / `SeedValue`, so the shells can hand the result to `writeWorkbook` as is.
 * @module
 */
import type { ApproxKind } from "../normalize";
import type { Finding } from "../validate";
import type { WorkbookSnapshot } from "../grid";

/**
 * One value to write into a cell (the adapter's `SeedValue` minus formulas): text, a number,
 * a boolean, null, or `{ date: "yyyy-mm-dd" }` for a real Excel date.
 */
export type RollupValue = string | number | boolean | null | { readonly date: string };

/** One ledger row to write: header text (`发现数`) → value. Omitted headers are blank; 整改率 gets its formula. */
export type RollupRow = Readonly<Record<string, RollupValue>>;

/** Content of the combined workbook: 基本信息 by 项目 text, ledger rows by sheet name (the adapter's `WorkbookContent`). */
export interface RollupContent {
  readonly profile: Readonly<Record<string, RollupValue>>;
  readonly ledgers: Readonly<Record<string, readonly RollupRow[]>>;
}

/** A column of the 汇总 sheet. */
export interface SummaryColumn {
  readonly header: string;
  /** Excel number format of the column's values. */
  readonly numFmt: string;
  /** Width in Excel character units. */
  readonly width: number;
}

/**
 * The 汇总 sheet: one row per unit (included or not, with its status) and a 合计 row last.
 * Rates are fractions (0.965) formatted `0.0%`; blank figures are null.
 */
export interface SummarySheet {
  readonly name: string;
  readonly title: string;
  readonly columns: readonly SummaryColumn[];
  readonly rows: readonly (readonly (string | number | null)[])[];
  /** Number of rows at the end that are totals (bold). */
  readonly totalRows: number;
}

/** Why a unit is in or out of the roll-up. */
export type UnitStatus =
  /** Its rows are in the combined workbook. */
  | "included"
  /** Included although it has errors (`force`). */
  | "forced"
  /** Left out: validation found errors. */
  | "errors"
  /** Left out: another workbook of the same 单位名称 and 报告期 came first. */
  | "duplicate"
  /** Left out: its 报告年度/报告期 differs from the roll-up's. */
  | "period"
  /** Left out: the file could not be read as a workbook. */
  | "unreadable"
  /** Left out: the file is itself a roll-up (汇总台账): its units' work is not one unit's (new-user test 29, D24). */
  | "rollup"
  /**
   * The combining unit's own ledger (its 单位名称 or 单位简称 names the 汇总单位): its work is no unit's (new-user test 44, D1:
   * 石桥镇人民政府's year told as 石桥村's), so its rows are copied with 填报单位 blank, as the combining unit's own work, and
   * its 基本信息 fills what the roll-up's lacks (new-user test 45, D13). Counted in 合计; no failure.
   */
  | "own"
  /** Left out: every ledger is empty (check: workbook.empty); the unit did not report — 未填报, never 已汇总 (new-user test 47, D10). */
  | "empty";

/** The main indicators of one unit (指标汇总's definitions, computed from the parsed rows). */
export type IndicatorValues = Readonly<Record<string, number | null>>;

/**
 * The measure words behind a unit's counted indicators (rollup `unitMeasures`): `words[id][word]` is the sum of the rows in
 * that word (`words.problemsFound = {处: 126, 户: 20}`), `approxRate` true when a 发现数 or 已整改数 of this period is an
 * approximation (`三十余`), so that no 总整改率 is computed from it (new-user test 41, D14, D19).
 */
export interface UnitMeasures {
  readonly words: Readonly<Record<string, Readonly<Record<string, number>>>>;
  /** `approx[id][word]`: the kind of approximation of that sum when a part of it is one (`三十余` → over), shown in a text cell (`30余处`). */
  readonly approx?: Readonly<Record<string, Readonly<Record<string, ApproxKind>>>>;
  /** `roughParts[id][word]`: the sum of the approximate rows alone (`三十余` + 15 → 30), so a sum is said `45余处`, not `40余处`. */
  readonly roughParts?: Readonly<Record<string, Readonly<Record<string, number>>>>;
  readonly approxRate: boolean;
}

/** What happened to one input workbook. */
export interface UnitResult {
  /** What the caller called it (the file name). */
  readonly label: string;
  /** 单位名称 (the label when blank). */
  readonly unitName: string;
  /**
   * True when 单位名称 was blank and `unitName` was read from the file's name (rollup `nameFromLabel`): the 汇总 sheet's
   * 状态 says so, and check of the combined workbook keeps a 提示 until it is confirmed (new-user test 31, D5).
   */
  readonly nameFromFile?: boolean;
  /** 单位简称 as the unit typed it (`区城管局`): how the combined summary names it (new-user test 30, D10); absent when blank. */
  readonly shortName?: string;
  readonly unitType: string;
  readonly year?: number;
  readonly period?: string;
  /** The month (1–12) of a 月度 unit, its 起始日期's: units of different months are different periods (new-user test 36, D16). */
  readonly month?: number;
  /** 报告期 as typed when it could not be read even as a near-miss (`二季`): said in the message of a unit left out. */
  readonly periodTyped?: string;
  readonly status: UnitStatus;
  /** Number of ledger data rows. */
  readonly rows: number;
  readonly errors: number;
  readonly warnings: number;
  /** The unit's error findings (warnings are only counted). */
  readonly errorFindings: readonly Finding[];
  /** Its warnings that a figure is doubtful (rules' `doubtful` flag: publicity.quantity-over-population …), said by rollup.doubtful-figures (new-user test 64, D7); absent when none. */
  readonly doubtfulFindings?: readonly Finding[];
  /** Main indicators (empty for unreadable files). */
  readonly indicators: IndicatorValues;
  /** The measure words and approximations behind {@link indicators} (absent for unreadable files and in older callers). */
  readonly measures?: UnitMeasures;
  /** Why it was left out, in Chinese (absent when included). */
  readonly reason?: string;
  /** Status `unreadable` for a file that was read but is no standard ledger (a sign-in sheet): 导入已有台账 may take it. */
  readonly notLedger?: boolean;
}

/** A roll-up level finding: a unit left out, a duplicate, a mixed period. */
export interface RollupFinding {
  readonly severity: "error" | "warning";
  /** Stable id: `rollup.unit-errors`, `rollup.forced`, `rollup.duplicate`, `rollup.mixed-period`, `rollup.unreadable`, `rollup.not-standard`, `rollup.rollup-input`, `rollup.no-units`, `rollup.name-from-file`, `rollup.personal-left-out`, `rollup.own-columns-left-out`, `rollup.empty`, `rollup.thin`, `rollup.short-name`, `rollup.doubtful-figures`. */
  readonly rule: string;
  /** The unit's label (file name); empty for the roll-up as a whole. */
  readonly unit: string;
  readonly message: string;
}

/** Options of a roll-up. */
export interface RollupOptions {
  /** 单位名称 of the combining unit (blank when not given: the user fills 基本信息). */
  readonly unitName?: string;
  /** 单位类型 of the combining unit (default 街道). */
  readonly unitType?: string;
  /** 上级指导单位 of the combining unit. */
  readonly guide?: string;
  /** Include units that have errors (they are still reported). */
  readonly force?: boolean;
}

/** One input of {@link rollupSnapshots}. */
export interface UnitInput {
  /** The unit's label (file name, or the pane's name for it). */
  readonly name: string;
  readonly snapshot: WorkbookSnapshot;
  /** The file's modification time (ms since 1970): of two copies of a unit, the newer is preferred. */
  readonly modified?: number;
}

/** The result of a roll-up. */
export interface RollupResult {
  /** Content of the combined workbook (ledgers carry 填报单位); write it with the extended catalog. */
  readonly content: RollupContent;
  /** The 汇总 sheet. */
  readonly summary: SummarySheet;
  /** Every input in input order. */
  readonly units: readonly UnitResult[];
  readonly findings: readonly RollupFinding[];
  /** 报告年度 and 报告期 of the roll-up (the most common among the usable units). */
  readonly year?: number;
  readonly period?: string;
  /** The month (1–12) of a 月度 roll-up (new-user test 36, D16). */
  readonly month?: number;
  /** Number of ledger rows written. */
  readonly rows: number;
  /** 0: every unit included; 1: a unit left out or a duplicate; 2: no unit could be included. */
  readonly exitCode: 0 | 1 | 2;
}
