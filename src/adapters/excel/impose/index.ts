/**
 * Imposes (creates, repairs, upgrades) the standard workbook in the open Excel workbook, from the
 * catalog only: the very hidden list sheet, 填报说明 with the version name, the form and ledger
 * sheets with their tables, formats, validation and formulas, and 指标汇总 with charts.
 * Idempotent: a second run changes nothing. Data is never moved or overwritten (see
 * impose-sheets.ts).
 *
 * In steps, each its own `context.sync()`, so that a failure leaves every earlier sheet complete
 * and no sheet half-written by a later one (audit §3 P14: Excel runs a batch in order and stops at
 * the first failing command): three syncs to inspect; the list sheet; one per form or ledger
 * sheet; then 填报说明 and 指标汇总 (after the tables their formulas refer to), each preceded by
 * its own `unprotect()` sync when it is protected. A generated sheet whose protection cannot be
 * lifted (a password; office-js#6784, where `unprotect()` throws AccessDenied even on a
 * protected sheet) is left as it was and reported (`generatedSkipped`); a data sheet the user
 * protected is left and reported (`SheetOutcome.protected`). An indicator whose table column is
 * missing gets a note instead of its formula (`indicatorsMissing`, P7b).
 *
 * Requirement sets: ExcelApi 1.4 at least; 1.7 for frozen header rows; 1.8 for native data
 * validation (without it the sheets are still imposed and `nativeValidation` is false);
 * 1.9 to fill blank 整改率 cells of existing rows (without it existing rows get no formula).
 * @module
 */
import { INDICATORS_ID, INSTRUCTIONS_ID, LIST_SHEET, listColumns, type Catalog, type FormSpec, type LedgerSpec } from "../../../core/catalog";
import { indicatorGaps, indicatorUnitGaps, type StructuredRef } from "../formula-refs";
import { queueRenameProbe } from "../renamed-sheets";
import { headerFields as fieldsFor, inspectWorkbook, type GeneratedState, type SheetPlan } from "./impose-inspect";
import { writeIndicators, writeInstructions, writeListSheet } from "./impose-generated";
import { writeDataSheet, type SheetOutcome } from "./impose-sheets";
import type { ExcelFeatures, RunExcel, XlContext } from "../types";

export type { SheetOutcome } from "./impose-sheets";
export { missingNote } from "./impose-generated";

/** A generated sheet left as it was, and why (`unprotectFailed`: its protection could not be lifted). */
export interface GeneratedSkip {
  readonly sheet: string;
  readonly reason: "unprotectFailed";
}

/** An indicator of 指标汇总 written as a note: the `表 列` it lacks. */
export interface IndicatorMissing {
  readonly label: string;
  readonly missing: readonly string[];
}

/** What imposing did, for the pane to report. */
export interface ImposeReport {
  /** One outcome per form and ledger sheet, in catalog order. */
  readonly sheets: readonly SheetOutcome[];
  /** Generated sheets created (the others were rewritten). */
  readonly createdGenerated: readonly string[];
  /** Generated sheets left as they were because their protection could not be lifted. */
  readonly generatedSkipped: readonly GeneratedSkip[];
  /** Indicators of 指标汇总 without a formula because a table column they use is missing. */
  readonly indicatorsMissing: readonly IndicatorMissing[];
  /** Titles of the 指标汇总 charts created (missing before: a new workbook, or lost in a file round trip). */
  readonly chartsCreated: readonly string[];
  /** Native data validation was applied (ExcelApi 1.8); false: only the pane's checks are active. */
  readonly nativeValidation: boolean;
  /** Version text found before (undefined: none, a workbook not made by this tool) and after. */
  readonly versionBefore?: string;
  readonly versionAfter: string;
  /** Standard sheets the user had renamed (their table kept the standard name), given their name back. */
  readonly sheetsRestored?: readonly { readonly sheet: string; readonly from: string }[];
  /**
   * Sheets of the user's own that look like ledgers, left as they are (one Chinese line each, core
   * `ledgerLookalikes`): filled in where the host has read them (the 网页版's opened file).
   */
  readonly lookalikes?: readonly string[];
}

/**
 * Gives a renamed standard sheet its name back, as the CLI's `upgrade` does (new-user test D8): a
 * standard sheet that is missing while another, non-standard sheet holds its table (`活动记录` with
 * tbl_Activities) or its headers (a ledger typed by hand or converted to a range: new-user test 2, D5)
 * is renamed to the standard name before anything else, its data untouched — unless the workbook is no standard
 * ledger at all (`RenamedSheet.handMade`: the office's own tables are for 导入). The match is the core's
 * (`findRenamedSheets`, through renamed-sheets.ts). One sync to read the names; when a standard sheet
 * is missing, one to read the top of the other sheets; one to rename (Worksheet.name, ExcelApi 1.1).
 * Returns what was renamed.
 */
async function restoreRenamedSheets(context: XlContext, catalog: Catalog, keep: ReadonlySet<string>): Promise<{ sheet: string; from: string }[]> {
  const wb = context.workbook;
  wb.worksheets.load("items/name,items/visibility");
  wb.tables.load("items/name,items/worksheet/name");
  await context.sync();
  const probe = queueRenameProbe(catalog, { worksheets: wb.worksheets.items.filter((ws) => !keep.has(ws.name)), tables: wb.tables.items });
  if (!probe) return [];
  await context.sync();
  // The office's own table in a workbook that is no standard ledger stays as it is: the pane lists it for 导入
  // (lookalikes), as `upgrade` does (new-user test 12, D13).
  const out = probe().filter((r) => !r.handMade).map((r) => ({ sheet: r.spec.sheet, from: r.name }));
  for (const r of out) wb.worksheets.getItem(r.from).name = r.sheet;
  if (out.length) await context.sync();
  return out;
}

/** A step of imposing failed: the sheet it was writing, the sheets completed before it, and Office.js' error. */
export class ImposeStepError extends Error {
  /** The Office.js error code of the cause (for describeError). */
  readonly code: string;
  constructor(
    readonly sheet: string,
    readonly done: readonly string[],
    override readonly cause: unknown,
  ) {
    super(`imposing stopped at ${sheet}: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = "ImposeStepError";
    this.code = String((cause as { code?: unknown } | null)?.code ?? "");
  }
}

const isAccessDenied = (e: unknown) => (e as { code?: unknown } | null)?.code === "AccessDenied";

/** Columns each standard table will have after the data-sheet steps (table name lower-cased → headers). */
function columnsAfter(plans: readonly SheetPlan[], outcomes: readonly SheetOutcome[]): Map<string, { sheet: string; headers: Set<string> }> {
  const out = new Map<string, { sheet: string; headers: Set<string> }>();
  plans.forEach((plan, i) => {
    const spec: LedgerSpec | FormSpec = plan.spec;
    const all = fieldsFor(spec).map((f) => f.header);
    let headers: string[] | undefined;
    if (plan.kind === "create") headers = all;
    else if (plan.kind === "repair") {
      // Headers typed with a unit (`注册人数（人）`) were given their standard text back (new-user test 6, D3).
      const restored = new Map((outcomes[i]?.headersRestored ?? []).map((h) => [h.typed, h.header]));
      headers = [...plan.found.headers.map((h) => restored.get(h) ?? h), ...(outcomes[i]?.headersRestored ?? []).map((h) => h.header), ...(outcomes[i]?.added ?? [])];
    }
    else if (plan.found?.table && plan.found.name?.toLowerCase() === spec.table.toLowerCase()) headers = [...plan.found.headers];
    if (headers) out.set(spec.table.toLowerCase(), { sheet: spec.sheet, headers: new Set(headers) });
  });
  return out;
}

/**
 * What each indicator's value formula lacks (`宣传投放 数量`), by indicator id (indicators lacking nothing
 * are absent), and the same of its unit formula (column C keeps its fixed word then).
 */
function tableGaps(catalog: Catalog, tables: Map<string, { sheet: string; headers: Set<string> }>): { values: Map<string, string[]>; units: Map<string, string[]> } {
  const sheetOf = new Map(catalog.sheets.filter((s): s is LedgerSpec | FormSpec => s.kind !== "generated").map((s) => [s.table.toLowerCase(), s.sheet]));
  const lacking = (ref: StructuredRef): string[] => {
    const t = tables.get(ref.table.toLowerCase());
    const sheet = t?.sheet ?? sheetOf.get(ref.table.toLowerCase()) ?? ref.table;
    return t ? ref.columns.filter((c) => !t.headers.has(c)).map((c) => `${sheet} ${c}`) : [`${sheet} 表格`];
  };
  return { values: indicatorGaps(catalog.indicators, lacking), units: indicatorUnitGaps(catalog.indicators, lacking) };
}

/** Lifts a generated sheet's protection in its own sync; false when Excel refuses (password, office-js#6784). */
async function unprotectAlone(context: XlContext, state: GeneratedState | undefined): Promise<boolean> {
  if (!state?.ws || !state.protected) return true;
  state.ws.protection.unprotect();
  try {
    await context.sync();
    return true;
  } catch (error) {
    if (isAccessDenied(error)) return false;
    throw error;
  }
}

/** Options of {@link imposeStandard}. */
export interface ImposeOptions {
  /**
   * Sheets never taken for a renamed standard sheet (导入已有台账, issue #16: the user's own sheets
   * being imported stay as they are, and the standard sheets are created beside them).
   */
  readonly keepSheets?: readonly string[];
}

/**
 * Imposes the standard workbook of `catalog`, in steps (see the module doc).
 * @throws ImposeStepError when a step fails for another reason than a generated sheet's
 *   protection (e.g. InvalidOperationInCellEditMode, a protected workbook structure): `sheet`
 *   names where it stopped, `done` the sheets completed; `code` is Office.js' (describeError).
 */
export async function imposeStandard(run: RunExcel, catalog: Catalog, features: ExcelFeatures, options: ImposeOptions = {}): Promise<ImposeReport> {
  return run(async (context) => {
    const sheetsRestored = await restoreRenamedSheets(context, catalog, new Set(options.keepSheets ?? []));
    const inspection = await inspectWorkbook(context, catalog, features);
    const wb = context.workbook;
    const lists = listColumns(catalog);
    const createdGenerated: string[] = [];
    const generatedSkipped: GeneratedSkip[] = [];
    const done: string[] = [];
    const step = async (sheet: string, write: () => void): Promise<void> => {
      write();
      try {
        await context.sync();
      } catch (error) {
        throw new ImposeStepError(sheet, done, error);
      }
      done.push(sheet);
    };
    /** A generated sheet: unprotected alone, then rewritten in one step; skipped when its protection stays. */
    const generated = async (name: string, write: (state: GeneratedState | undefined) => void): Promise<void> => {
      const state = inspection.generated.get(name);
      if (!(await unprotectAlone(context, state))) {
        generatedSkipped.push({ sheet: name, reason: "unprotectFailed" });
        return;
      }
      if (!state?.ws) createdGenerated.push(name);
      await step(name, () => write(state));
    };

    await generated(LIST_SHEET, (state) => writeListSheet(wb, catalog, state));
    const outcomes: SheetOutcome[] = [];
    const plans: SheetPlan[] = [];
    for (const spec of catalog.sheets) {
      if (spec.kind === "generated") continue;
      const plan = inspection.plans.find((p) => p.spec === spec);
      if (!plan) continue;
      plans.push(plan);
      let outcome: SheetOutcome | undefined;
      if (plan.kind === "skip") outcome = writeDataSheet(wb, plan, lists, features);
      else await step(spec.sheet, () => (outcome = writeDataSheet(wb, plan, lists, features)));
      if (outcome) outcomes.push(outcome);
    }
    const { values: gaps, units: unitGaps } = tableGaps(catalog, columnsAfter(plans, outcomes));
    const chartsCreated: string[] = [];
    for (const spec of catalog.sheets) {
      if (spec.kind !== "generated") continue;
      if (spec.id === INSTRUCTIONS_ID) await generated(spec.sheet, (state) => writeInstructions(wb, catalog, spec.sheet, state, inspection.version?.ref));
      else if (spec.id === INDICATORS_ID) await generated(spec.sheet, (state) => chartsCreated.push(...writeIndicators(wb, catalog, spec.sheet, state, features, gaps, unitGaps)));
    }
    const skippedIndicators = generatedSkipped.some((g) => catalog.sheets.some((s) => s.sheet === g.sheet && s.kind === "generated" && s.id === INDICATORS_ID));
    return {
      sheets: outcomes,
      createdGenerated,
      generatedSkipped,
      indicatorsMissing: skippedIndicators ? [] : catalog.indicators.filter((i) => gaps.has(i.id)).map((i) => ({ label: i.label, missing: gaps.get(i.id) ?? [] })),
      chartsCreated,
      nativeValidation: features.api18,
      versionBefore: inspection.version?.text || undefined,
      versionAfter: catalog.versionText,
      ...(sheetsRestored.length ? { sheetsRestored } : {}),
    };
  });
}
