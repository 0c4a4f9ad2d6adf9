/**
 * The 网页版's copy of the user's file (issue #13), loaded lazily with exceljs: the original bytes
 * (or, without a file, a blank standard workbook) with what the page did to its in-memory working
 * copy replayed — 套用/修复标准表 as the CLI's `upgrade`, 规范数据 as the CLI's `fix` — written as a
 * new .xlsx. The user's file itself is never touched: the page can only download.
 * @module
 */
import { standardV1, type Change, type NextPeriodOptions, type NextPeriodRefusal } from "../../core";
import { nextPeriodFile, type NextPeriodFile } from "../../adapters/xlsx/next-period";
import { loadWorkbook } from "../../adapters/xlsx/read-workbook";
import { saveWorkbook, upgradeWorkbook } from "../../adapters/xlsx/upgrade";
import { applyChangesToWorkbook } from "../../adapters/xlsx/apply-changes";
import { writeWorkbook } from "../../adapters/xlsx/write-workbook";

/** What was done to the working copy since the file was opened. */
export interface CopyRecipe {
  /** The file's bytes; undefined: start from a blank standard workbook. */
  readonly original?: Uint8Array;
  /** 套用/修复标准表 was run. */
  readonly imposed: boolean;
  /** 规范数据 changes applied (and not undone), in order. */
  readonly changes: readonly Change[];
}

/**
 * The .xlsx bytes of the copy: the original upgraded to the standard (when imposed) with the
 * changes applied to the cells they name (a cell edited since is left, as the CLI's `fix` does).
 * @throws LedgerFileError (Chinese message) when the original cannot be read.
 */
export async function copyBytes(recipe: CopyRecipe): Promise<Uint8Array> {
  const wb = await loadWorkbook(recipe.original ?? (await writeWorkbook(standardV1)));
  if (recipe.imposed && recipe.original) await upgradeWorkbook(wb, standardV1);
  if (recipe.changes.length) applyChangesToWorkbook(wb, recipe.changes);
  return saveWorkbook(wb);
}

/**
 * 开始下一期 in the 网页版 (issue #17): the copy as {@link copyBytes} makes it, turned into the next
 * period's workbook by the same call as the CLI's `next` (`nextPeriodFile`: brought to the standard,
 * the core's `startNextPeriod`, 上期指标 written). The user's file is not changed.
 * @returns the new file, or the core's refusal (`period-needed` for 专项 without a period).
 */
export async function nextBytes(recipe: CopyRecipe, options: NextPeriodOptions = {}): Promise<NextPeriodFile | NextPeriodRefusal> {
  return nextPeriodFile(await copyBytes(recipe), standardV1, options);
}
