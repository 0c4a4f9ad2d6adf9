/**
 * `upgrade` / 套用·修复标准表 on a loaded exceljs workbook (issue #5 §2): restores the standard
 * without losing or moving a user value — renamed standard sheets get their name back, missing
 * sheets, columns (appended at the right end of the table) and 项目 are added, tables and
 * validations re-created (x14 list validations that exceljs dropped come back as classic ones),
 * generated sheets (填报说明, 指标汇总) and the CL_StandardVersion name re-created when missing.
 * A workbook of an earlier version of the standard (标准台账 v1) is upgraded the same way: the
 * optional columns and 项目 the later version added (频次, 单位简称, 工作思路) are appended like any
 * missing one, and 填报说明 is rewritten for the new version (its version cell included); 指标汇总
 * is rewritten when the new version changed its formulas (v1.2: 上期遗留 counted apart), or when a workbook of
 * this version holds formulas written before one was corrected (活动 counted by 报告期).
 * User-added columns and sheets are kept, and so is 上期指标 (v1.2, data written by `next`). Also `restoreValidations`, for `fix`.
 * @module
 */
import type { Workbook, Worksheet } from "exceljs";
import { INDICATOR_LAYOUT, VERSION_CELL, additionsSince, formOf, isIndicators, isInstructions, ledgersOf, versionOfText, type Catalog } from "../../core/catalog";
import { findRenamedSheets, ledgerLayout, profileLayout } from "../../core/validate";
import { snapshotOf } from "./read-workbook";
import { repairForm, repairLedger } from "./repair-sheet";
import { RepairNote } from "./repair-wording";
import { ensureListSheet, setColumnValidation, validationEnd } from "./restore-validations";
import { fillLedger, fillForm } from "./write-workbook";
import { fillIndicators, fillInstructions, refillIndicators, refillInstructions } from "./write-generated";
import { sheetRef } from "./validation";
import { indicatorGaps, indicatorUnitGaps, type StructuredRef } from "../../core/catalog/formula-refs";

/** What `upgradeWorkbook` did (Chinese lines) and what it could not do. */
export interface UpgradeReport {
  readonly actions: readonly string[];
  readonly problems: readonly string[];
}

/** A sheet of the workbook by its standard name (exact, else trimmed). */
function sheetNamed(wb: Workbook, name: string) {
  return wb.getWorksheet(name) ?? wb.worksheets.find((ws) => ws.name.trim() === name);
}

/**
 * Upgrades `wb` in place to `catalog`'s standard (see the module doc) and asks Excel to
 * recalculate on open. Never throws for user data; sheets it cannot repair are reported.
 */
export async function upgradeWorkbook(wb: Workbook, catalog: Catalog): Promise<UpgradeReport> {
  const actions: string[] = [];
  const problems: string[] = [];
  const blocked = new Map<string, { sheet: string; headers: Set<string> }>();
  const before = workbookVersion(wb, catalog);
  const older = before !== undefined && before.version < catalog.version;
  if (older) actions.push(RepairNote.versionStep(before.text, catalog.versionText, additionsSince(catalog, before.version)));
  for (const r of findRenamedSheets(snapshotOf(wb), catalog)) {
    const ws = wb.getWorksheet(r.name);
    if (!ws) continue;
    // The office's own table in a workbook that is no standard ledger: for 导入, never renamed; the report lists it
    // with the other look-alikes (new-user test 12, D13).
    if (r.handMade) continue;
    ws.name = r.spec.sheet;
    actions.push(r.inOwnWorkbook ? RepairNote.renamedByHeaders(r.name, r.spec.sheet) : RepairNote.renamed(r.name, r.spec.sheet));
  }
  const lists = await ensureListSheet(wb, catalog);
  const snapshot = snapshotOf(wb);
  for (const spec of catalog.sheets) {
    let ws = sheetNamed(wb, spec.sheet);
    const grid = ws && snapshot.sheets.find((g) => g.name === ws?.name);
    const empty = !grid || grid.values.every((row) => row.every((v) => v === null || v === ""));
    if (spec.kind === "generated") {
      if (ws && older && isInstructions(spec)) {
        await refillInstructions(wb, ws, catalog);
        actions.push(RepairNote.instructionsUpdated(spec.sheet, catalog.versionText));
      }
      // v1.2 changed formulas of 指标汇总 (上期遗留 counted apart): a workbook of an earlier version gets them.
      if (ws && older && isIndicators(spec) && indicatorsChangedSince(catalog, before.version)) {
        await refillIndicators(ws, catalog);
        actions.push(RepairNote.indicatorsUpdated(spec.sheet, catalog.versionText));
      } else if (ws && before?.version === catalog.version && isIndicators(spec) && indicatorFormulasDiffer(ws, catalog)) {
        // Formulas the same version wrote otherwise before (活动 counted by 报告期 since new-user test 18, D21).
        await refillIndicators(ws, catalog);
        actions.push(RepairNote.indicatorsRefreshed(spec.sheet));
      }
      if (ws) continue;
      ws = wb.addWorksheet(spec.sheet);
      if (isInstructions(spec)) await fillInstructions(wb, ws, catalog);
      else if (isIndicators(spec)) await fillIndicators(ws, catalog);
      actions.push(RepairNote.generated(spec.sheet));
      continue;
    }
    if (!ws || empty) {
      ws = ws ?? wb.addWorksheet(spec.sheet);
      if (spec.kind === "ledger") fillLedger(ws, spec, [], lists);
      else fillForm(ws, spec, {}, lists);
      actions.push(RepairNote.sheetAdded(spec.sheet));
      continue;
    }
    const repair = spec.kind === "ledger" ? repairLedger(ws, grid as NonNullable<typeof grid>, spec, lists) : repairForm(ws, grid as NonNullable<typeof grid>, spec, lists);
    actions.push(...repair.actions);
    problems.push(...repair.problems);
    if (spec.kind === "ledger" && repair.blocked?.length) blocked.set(spec.table.toLowerCase(), { sheet: spec.sheet, headers: new Set(repair.blocked) });
  }
  // Columns that could not be added: 指标汇总 says what its formulas lack instead of formulas Excel would
  // refuse, as 生成或修复标准表 does in Excel (new-user test 8, D12).
  const indicators = catalog.sheets.find(isIndicators);
  const blockedOf = (ref: StructuredRef): string[] => {
    const b = blocked.get(ref.table.toLowerCase());
    return b ? ref.columns.filter((c) => b.headers.has(c)).map((c) => `${b.sheet} ${c}`) : [];
  };
  const lacking = indicatorGaps(catalog.indicators, blockedOf);
  const unitGaps = indicatorUnitGaps(catalog.indicators, blockedOf);
  const indicatorSheet = indicators && sheetNamed(wb, indicators.sheet);
  if (indicatorSheet && (lacking.size || unitGaps.size)) {
    await refillIndicators(indicatorSheet, catalog, lacking, unitGaps);
    if (lacking.size) problems.push(RepairNote.indicatorsLacking(indicators.sheet, catalog.indicators.filter((i) => lacking.has(i.id)).map((i) => i.label)));
  }
  restoreVersionName(wb, catalog, actions);
  actions.push(RepairNote.validations(ledgersOf(catalog).length + 1));
  wb.calcProperties = { ...(wb.calcProperties ?? {}), fullCalcOnLoad: true };
  return { actions, problems };
}

/**
 * True when a formula of 指标汇总 column B (rows from `INDICATOR_LAYOUT.firstRow`, in catalog order) is not the
 * catalog's: a workbook of this version written before a formula was corrected. A note in place of a formula
 * (a column the table lacks) is no difference.
 */
function indicatorFormulasDiffer(ws: Worksheet, catalog: Catalog): boolean {
  return catalog.indicators.some((ind, i) => {
    const value = ws.getCell(INDICATOR_LAYOUT.firstRow + i, 2).value;
    const formula = value && typeof value === "object" && "formula" in value ? value.formula : undefined;
    return typeof formula === "string" && formula.replace(/^=/u, "") !== ind.formula;
  });
}

/** True when an indicator of `catalog` was added or got another formula after `version`. */
function indicatorsChangedSince(catalog: Catalog, version: number): boolean {
  return catalog.indicators.some((i) => (i.since !== undefined && i.since > version) || (i.earlier !== undefined && i.earlier.until > version));
}

/**
 * The standard version a workbook says it is: the text of the cell named `catalog.versionName`,
 * else of 填报说明's version cell; undefined when neither holds a version text (`标准台账 v1`).
 */
export function workbookVersion(wb: Workbook, catalog: Catalog): { readonly text: string; readonly version: number } | undefined {
  const texts: string[] = [];
  for (const range of wb.definedNames.model.find((n) => n.name === catalog.versionName)?.ranges ?? []) {
    const bang = range.lastIndexOf("!");
    const ws = bang > 0 ? sheetNamed(wb, range.slice(0, bang).replace(/^'|'$/g, "").replace(/''/g, "'")) : undefined;
    const address = range.slice(bang + 1).replace(/\$/g, "").split(":")[0];
    if (ws && /^[A-Z]+\d+$/.test(address)) texts.push(ws.getCell(address).text);
  }
  const spec = catalog.sheets.find(isInstructions);
  const ws = spec && sheetNamed(wb, spec.sheet);
  if (ws) texts.push(ws.getCell(VERSION_CELL.row, VERSION_CELL.col).text);
  for (const text of texts) {
    const version = versionOfText(text);
    if (version !== undefined) return { text: text.trim(), version };
  }
  return undefined;
}

/** Re-adds the CL_StandardVersion name (and the version cell) on 填报说明 when the name is gone. */
function restoreVersionName(wb: Workbook, catalog: Catalog, actions: string[]): void {
  const has = wb.definedNames.model.some((n) => n.name === catalog.versionName && n.ranges.length > 0);
  const spec = catalog.sheets.find(isInstructions);
  const ws = spec && sheetNamed(wb, spec.sheet);
  if (has || !ws) return;
  ws.getCell(VERSION_CELL.row, 1).value = "标准版本";
  ws.getCell(VERSION_CELL.row, VERSION_CELL.col).value = catalog.versionText;
  wb.definedNames.add(`${sheetRef(ws.name)}${VERSION_CELL.a1}`, catalog.versionName);
  actions.push(RepairNote.versionName(catalog.versionName, ws.name));
}

/**
 * Re-creates the standard validations of every standard column found (by header) on the form and
 * ledger sheets, without other changes — for `fix` on a file whose x14 list validations exceljs
 * dropped. Adds the list sheet when it is missing.
 * @returns how many sheets got their validations back.
 */
export async function restoreValidations(wb: Workbook, catalog: Catalog): Promise<number> {
  const lists = await ensureListSheet(wb, catalog);
  const snapshot = snapshotOf(wb);
  let sheets = 0;
  const form = formOf(catalog);
  const formWs = sheetNamed(wb, form.sheet);
  const formGrid = formWs && snapshot.sheets.find((g) => g.name === formWs.name);
  const fl = formGrid && profileLayout(formGrid, form);
  if (formWs && fl) {
    for (const [item, row] of fl.rows) setColumnValidation(formWs, fl.valueCol, row, row, item, lists);
    sheets++;
  }
  for (const spec of ledgersOf(catalog)) {
    const ws = sheetNamed(wb, spec.sheet);
    const grid = ws && snapshot.sheets.find((g) => g.name === ws.name);
    const layout = grid && ledgerLayout(grid, spec);
    if (!ws || !layout) continue;
    const top = layout.loc.headerRow;
    const end = validationEnd(top, Math.max(top + 1, layout.loc.tableEnd ?? 0, ...layout.dataRows));
    for (const { field, col } of layout.located) setColumnValidation(ws, col, top + 1, end, field, lists);
    sheets++;
  }
  return sheets;
}

/**
 * The workbook's bytes (exceljs), asking Excel to recalculate formulas on open. A table loaded
 * without style information (LibreOffice Calc writes none) gets an empty one: exceljs cannot
 * write a table whose style is missing.
 */
export async function saveWorkbook(wb: Workbook): Promise<Uint8Array> {
  wb.calcProperties = { ...(wb.calcProperties ?? {}), fullCalcOnLoad: true };
  for (const ws of wb.worksheets) {
    for (const t of Object.values((ws as unknown as { tables?: Record<string, { table?: { style?: unknown } }> }).tables ?? {})) {
      if (t.table && !t.table.style) t.table.style = {};
    }
  }
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}
