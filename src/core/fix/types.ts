/**
 * The Change model of normalisation fixes (issue #5 §1): one planned edit of one cell, with the
 * value before and after, so that a shell can preview, apply and revert it.
 * @module
 */
import type { CellValue } from "../grid/types";
import type { Finding } from "../validate/finding";

/**
 * What a change does.
 * - `number`: text read as a number becomes that number (`１２０`, `两千`, `552人`, `552多`, `100%`).
 * - `date`: text read as a date becomes the Excel serial of that day (`2023.6.5` → 45082).
 * - `trim`: stray blanks (spaces, U+3000, NBSP, zero-width) cut from both ends; blanks only → null; or, in an approximate
 *   figure left as text (no 备注 to keep its 约), full-width digits made half-width (`约１２０００` → `约12000`; new-user
 *   test 37, D23).
 * - `unit`: the 单位 cell of the row receives the unit typed in a number cell (`552人` → 人).
 * - `approx-tag`: the row's 备注 receives `〔约数〕<header>：<typed>` (spec "Approximate figures"), or loses a stale one
 *   whose recorded figure is no longer the cell's (new-user test 36, D5).
 * - `approx-kind`: 其他指标's 表述 receives 约 / 余 / 近 for an approximate 数值.
 */
export type ChangeKind = "number" | "date" | "trim" | "unit" | "approx-tag" | "approx-kind" | "enum";

/**
 * One planned cell edit. Applying sets `cell` to `after`; reverting sets it back to `before`.
 * At most one Change per cell in a plan (a 备注 that receives several tags is one Change whose
 * `after` holds them all).
 */
export interface Change {
  /** Sheet name as in the workbook. */
  readonly sheet: string;
  /** A1 address (`C5`). */
  readonly cell: string;
  /** The raw value now in the cell (as in the snapshot). */
  readonly before: CellValue;
  /**
   * The value to write: a number (for `date`, an Excel serial day that the shell writes as a
   * date), a string, or null for a blank.
   */
  readonly after: CellValue;
  readonly kind: ChangeKind;
  /**
   * The catalog number format the shell should give the cell when its own format does not show
   * the new value properly (text `@` or General for a number; anything but a date format for a
   * date). Absent for text changes.
   */
  readonly numFmt?: string;
  /** One Chinese line for the preview: what was typed and what it becomes. */
  readonly note: string;
  /**
   * Changes that belong together share a group (`宣传投放!5`: sheet and row): a converted figure,
   * the unit moved to 单位 and the tag in 备注 must be applied and undone together.
   */
  readonly group: string;
}

/** A value that was understood but deliberately left as typed (a conflict), with the reason. */
export interface Skipped {
  readonly sheet: string;
  readonly cell: string;
  /** The typed text (trimmed). */
  readonly typed: string;
  /** Chinese reason (`单位列已填“块”，与“120 面”中的“面”不一致`). */
  readonly reason: string;
}

/** What `fixPlan` returns: the changes, the readable values left alone, and the cells nothing can read. */
export interface FixPlan {
  readonly changes: readonly Change[];
  readonly skipped: readonly Skipped[];
  /**
   * Cells validation still cannot read once the changes are made (errors of the `value.*` rules, e.g. `2025.6.31`):
   * left as typed, for the user to correct; every front end lists them (new-user test 21, D12).
   */
  readonly unreadable: readonly Finding[];
  /**
   * Ledger tables that end above rows typed below them (the check's `table.rows-outside`): each is extended down to its
   * last data row, its columns kept, as `upgrade` / 生成或修复标准表 do (new-user test 53, D12). Cells are not touched.
   */
  readonly tables: readonly TableExtension[];
}

/**
 * One ledger table to extend downwards. `from` / `to` are A1 ranges of the whole table (header row included) on
 * `sheet`; `to` has the same top, left and right as `from` and ends at `lastRow` (1-based). `note`: one Chinese line
 * for the report (`活动台账：表格已扩展到第8行`).
 */
export interface TableExtension {
  readonly sheet: string;
  readonly table: string;
  readonly from: string;
  readonly to: string;
  readonly lastRow: number;
  readonly note: string;
}
