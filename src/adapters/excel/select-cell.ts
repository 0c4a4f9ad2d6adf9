/**
 * Jumping to a finding's cell: activates its sheet and selects the cell (or, for a sheet-level
 * finding, the sheet's first cell). One sync. Requirement set: ExcelApi 1.1.
 * @module
 */
import type { RunExcel } from "./types";

/**
 * Selects `cell` (A1, e.g. `C5`) on `sheet`; `cell` "" selects A1.
 * @throws the Office.js error (ItemNotFound when the sheet was deleted or renamed meanwhile).
 */
export async function selectCell(run: RunExcel, sheet: string, cell: string): Promise<void> {
  await run(async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet);
    ws.activate();
    ws.getRange(cell || "A1").select();
    await context.sync();
  });
}
