/**
 * The preview's starting workbook: the parts of a snapshot the in-memory Excel needs (values,
 * formulas, tables, visibility, names), trimmed so the lazily loaded JSON stays small.
 * @module
 */
import type { WorkbookSnapshot } from "../../core/grid";

/** A snapshot without merges and hidden rows, and without the hidden list sheet's protection. */
export function previewSeed(snapshot: WorkbookSnapshot): WorkbookSnapshot {
  return {
    names: snapshot.names,
    sheets: snapshot.sheets.map((s) => ({ name: s.name, originRow: s.originRow, originCol: s.originCol, values: s.values, formulas: s.formulas, tables: s.tables, visibility: s.visibility })),
  };
}
