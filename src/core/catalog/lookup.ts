/**
 * Look-ups over a catalog, so that no other module keeps its own list of sheets or headers.
 * @module
 */
import type { Catalog, FieldSpec, FormSpec, LedgerSpec, SheetSpec } from "./types";

/** All ledger sheets of a catalog, in workbook order. */
export function ledgersOf(catalog: Catalog): readonly LedgerSpec[] {
  return catalog.sheets.filter((s): s is LedgerSpec => s.kind === "ledger");
}

/** The 基本信息 form of a catalog. @throws Error when the catalog has none (programmer error). */
export function formOf(catalog: Catalog): FormSpec {
  const form = catalog.sheets.find((s): s is FormSpec => s.kind === "form");
  if (!form) throw new Error("catalog has no form sheet");
  return form;
}

/** The ledger with this ASCII id. @throws Error for an unknown id (programmer error). */
export function ledgerById(catalog: Catalog, id: string): LedgerSpec {
  const ledger = ledgersOf(catalog).find((l) => l.id === id);
  if (!ledger) throw new Error(`unknown ledger id ${id}`);
  return ledger;
}

/** The sheet spec with this ASCII id, or undefined. */
export function sheetById(catalog: Catalog, id: string): SheetSpec | undefined {
  return catalog.sheets.find((s) => s.id === id);
}

/** A column of a ledger by ASCII id. @throws Error for an unknown id (programmer error). */
export function columnById(ledger: LedgerSpec, id: string): FieldSpec {
  const column = ledger.columns.find((c) => c.id === id);
  if (!column) throw new Error(`unknown column ${ledger.id}.${id}`);
  return column;
}

/** The fields of a sheet spec: ledger columns or form items (none for generated sheets). */
export function fieldsOf(sheet: SheetSpec): readonly FieldSpec[] {
  return sheet.kind === "ledger" ? sheet.columns : sheet.kind === "form" ? sheet.items : [];
}
