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

/** True for a rolled-up workbook: its 填报单位 column holds more than one unit. */
export function isRollupWorkbook(snapshot: WorkbookSnapshot, catalog: Catalog = standardV1): boolean {
  return reportingUnitsOf(snapshot, catalog).length > 1;
}
