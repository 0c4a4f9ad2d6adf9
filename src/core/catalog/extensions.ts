/**
 * Optional extension columns of the standard workbook (docs/standard-sheets.md, "Extension:
 * 填报单位"). They are not part of the ledgers' own column lists, so the template, native
 * validation and the checks of an ordinary unit workbook are unchanged; a workbook that needs
 * one (the roll-up, 汇总) is written and read with {@link withLedgerExtensions}.
 * @module
 */
import type { Catalog, FieldSpec, LedgerSpec } from "./types";

/**
 * `填报单位`: which unit a row came from, in a rolled-up (汇总) workbook. Free text of at most
 * 60 characters (a 单位名称); blank for the combining unit's own rows.
 */
export const reportingUnitColumn: FieldSpec = {
  id: "reportingUnit",
  header: "填报单位",
  type: "text",
  required: false,
  maxLength: 60,
  numFmt: "@",
  width: 20,
  prompt: "汇总台账中本行所属的单位；汇总单位自己的事项留空",
  note: "extension: written by rollup; optional on every ledger",
};

/** Extension columns any ledger may carry, in the order they are put before the standard columns. */
export const ledgerExtensionColumns: readonly FieldSpec[] = [reportingUnitColumn];

/**
 * The catalog with the extension columns added to every ledger (placed first, so that a
 * roll-up shows the unit at the left of each row). Ledgers that already have a column of the same
 * id are left as they are. Pure: the given catalog is not changed.
 * @example writeWorkbook(withLedgerExtensions(standardV1), content) // ledgers with 填报单位
 */
export function withLedgerExtensions(catalog: Catalog, columns: readonly FieldSpec[] = ledgerExtensionColumns): Catalog {
  return {
    ...catalog,
    sheets: catalog.sheets.map((s) => {
      if (s.kind !== "ledger") return s;
      const extra = columns.filter((c) => !s.columns.some((x) => x.id === c.id));
      return extra.length ? ({ ...s, columns: [...extra, ...s.columns] } satisfies LedgerSpec) : s;
    }),
  };
}
