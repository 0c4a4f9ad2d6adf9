/**
 * Recognising a rolled-up workbook: its ledgers carry the 填报单位 extension column and that
 * column names more than one unit (issue #7). Reads the snapshot directly, before validation,
 * so that the shells can choose the catalog (with or without the extension) and the narrative.
 * @module
 */
import { ledgersOf, reportingUnitColumn, standardV1, type Catalog } from "../catalog";
import type { WorkbookSnapshot } from "../grid";
import { readText } from "../normalize/text";
import { cellAt, lastRow, locateHeaders } from "../validate/locate";
import { SUMMARY_SHEET } from "./summary-sheet";

/**
 * The distinct 填报单位 values of a workbook's ledgers (trimmed, non-blank), in order of first
 * appearance (ledgers in catalog order, rows top to bottom). Empty when no ledger has the column.
 */
export function reportingUnitsOf(snapshot: WorkbookSnapshot, catalog: Catalog = standardV1): string[] {
  const seen = new Set<string>();
  for (const spec of ledgersOf(catalog)) {
    const grid = snapshot.sheets.find((s) => s.name === spec.sheet) ?? snapshot.sheets.find((s) => s.name.trim() === spec.sheet);
    if (!grid) continue;
    const loc = locateHeaders(grid, spec.table, [reportingUnitColumn, ...spec.columns]);
    const col = loc?.columns.get(reportingUnitColumn.header)?.[0];
    if (!loc || col === undefined) continue;
    for (let row = loc.headerRow + 1; row <= lastRow(grid); row++) {
      const unit = readText(cellAt(grid, row, col));
      if (unit) seen.add(unit);
    }
  }
  return [...seen];
}

/**
 * True for a rolled-up workbook: its 填报单位 column holds more than one unit, or one unit beside the 汇总 sheet a
 * roll-up writes (its header has 填报单位 and 状态) — a county's roll-up of the one 乡镇 whose file was ready is
 * still the county's roll-up, never the county's own ledger (new-user test 18).
 */
export function isRollupWorkbook(snapshot: WorkbookSnapshot, catalog: Catalog = standardV1): boolean {
  const units = reportingUnitsOf(snapshot, catalog).length;
  return units > 1 || (units === 1 && hasRollupSheet(snapshot));
}

/** The workbook has the 汇总 sheet of a roll-up: a sheet `汇总` with a row holding both 填报单位 and 状态. */
function hasRollupSheet(snapshot: WorkbookSnapshot): boolean {
  const sheet = snapshot.sheets.find((s) => s.name === SUMMARY_SHEET);
  return !!sheet && sheet.values.some((r) => r.includes("填报单位") && r.includes("状态"));
}
