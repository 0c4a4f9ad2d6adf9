/**
 * Plain extra sheets appended after the standard ones (the roll-up's 汇总 sheet, issue #7):
 * a bold title in row 1, a bold header row 2 frozen, values from row 3 with each column's number
 * format and width, the last `totalRows` rows bold. No table object and no validation: these
 * sheets are reports, not ledgers, and validation does not read them.
 * @module
 */
import type { Workbook } from "exceljs";

/** One extra sheet (structurally the core's roll-up `SummarySheet`). */
export interface ExtraSheet {
  readonly name: string;
  readonly title: string;
  readonly columns: readonly { readonly header: string; readonly numFmt?: string; readonly width?: number }[];
  readonly rows: readonly (readonly (string | number | null)[])[];
  /** Number of rows at the end printed bold (totals). */
  readonly totalRows?: number;
}

/** Row of the title and of the header row of an extra sheet. */
const TITLE_ROW = 1;
const HEADER_ROW = 2;

/** Adds `sheet` to the exceljs workbook `wb` (after the sheets already there). */
export function addExtraSheet(wb: Workbook, sheet: ExtraSheet): void {
  const ws = wb.addWorksheet(sheet.name);
  const title = ws.getCell(TITLE_ROW, 1);
  title.value = sheet.title;
  title.font = { bold: true, size: 14 };
  sheet.columns.forEach((c, i) => {
    const column = ws.getColumn(i + 1);
    if (c.width) column.width = c.width;
    const head = ws.getCell(HEADER_ROW, i + 1);
    head.value = c.header;
    head.font = { bold: true };
    head.alignment = { wrapText: true, vertical: "middle", horizontal: "center" };
  });
  const firstTotal = sheet.rows.length - (sheet.totalRows ?? 0);
  sheet.rows.forEach((values, r) => {
    const row = ws.getRow(HEADER_ROW + 1 + r);
    values.forEach((v, c) => {
      const cell = row.getCell(c + 1);
      cell.value = v;
      const fmt = sheet.columns[c]?.numFmt;
      if (fmt && typeof v === "number") cell.numFmt = fmt;
      if (r >= firstTotal) cell.font = { bold: true };
    });
  });
  ws.views = [{ state: "frozen", xSplit: 0, ySplit: HEADER_ROW }];
}
