/**
 * Imposes (creates, repairs, upgrades) the standard workbook in the open Excel workbook, from the
 * catalog only: the very hidden list sheet, 填报说明 with the version name, the form and ledger
 * sheets with their tables, formats, validation and formulas, and 指标汇总 with charts.
 * Idempotent: a second run changes nothing. Data is never moved or overwritten (see
 * impose-sheets.ts). Four syncs whatever the size: three to inspect, one to write.
 *
 * Requirement sets: ExcelApi 1.4 at least; 1.7 for frozen header rows; 1.8 for native data
 * validation (without it the sheets are still imposed and `nativeValidation` is false);
 * 1.9 to fill blank 整改率 cells of existing rows.
 * @module
 */
import { INDICATORS_ID, INSTRUCTIONS_ID, LIST_SHEET, listColumns, type Catalog } from "../../../core/catalog";
import { inspectWorkbook } from "./impose-inspect";
import { writeIndicators, writeInstructions, writeListSheet } from "./impose-generated";
import { writeDataSheet, type SheetOutcome } from "./impose-sheets";
import type { ExcelFeatures, RunExcel } from "../types";

export type { SheetOutcome } from "./impose-sheets";

/** What imposing did, for the pane to report. */
export interface ImposeReport {
  /** One outcome per form and ledger sheet, in catalog order. */
  readonly sheets: readonly SheetOutcome[];
  /** Generated sheets created (the others were rewritten). */
  readonly createdGenerated: readonly string[];
  /** Titles of the 指标汇总 charts created (missing before: a new workbook, or lost in a file round trip). */
  readonly chartsCreated: readonly string[];
  /** Native data validation was applied (ExcelApi 1.8); false: only the pane's checks are active. */
  readonly nativeValidation: boolean;
  /** Version text found before (undefined: none, a workbook not made by this tool) and after. */
  readonly versionBefore?: string;
  readonly versionAfter: string;
}

/**
 * Imposes the standard workbook of `catalog`.
 * @throws the Office.js error of a failing sync (e.g. AccessDenied on a sheet the user protected,
 *   InvalidOperationInCellEditMode while a cell is being edited); see describeExcelError.
 */
export async function imposeStandard(run: RunExcel, catalog: Catalog, features: ExcelFeatures): Promise<ImposeReport> {
  return run(async (context) => {
    const inspection = await inspectWorkbook(context, catalog, features);
    const wb = context.workbook;
    const lists = listColumns(catalog);
    const createdGenerated: string[] = [];
    const stateOf = (name: string) => {
      const state = inspection.generated.get(name);
      if (!state?.ws) createdGenerated.push(name);
      return state;
    };
    writeListSheet(wb, catalog, stateOf(LIST_SHEET));
    const outcomes: SheetOutcome[] = [];
    const chartsCreated: string[] = [];
    for (const spec of catalog.sheets) {
      if (spec.kind === "generated") {
        if (spec.id === INSTRUCTIONS_ID) writeInstructions(wb, catalog, spec.sheet, stateOf(spec.sheet), inspection.version?.ref);
        else if (spec.id === INDICATORS_ID) chartsCreated.push(...writeIndicators(wb, catalog, spec.sheet, stateOf(spec.sheet), features));
        continue;
      }
      const plan = inspection.plans.find((p) => p.spec === spec);
      if (plan) outcomes.push(writeDataSheet(wb, plan, lists, features));
    }
    await context.sync();
    return {
      sheets: outcomes,
      createdGenerated,
      chartsCreated,
      nativeValidation: features.api18,
      versionBefore: inspection.version?.text || undefined,
      versionAfter: catalog.versionText,
    };
  });
}
