/**
 * Versions of the standard workbook (标准台账 v1 → v1.1 → v1.2, docs/standard-sheets.md "Version 1.1",
 * "Version 1.2"): a
 * minor version only adds optional fields, each marked `since` in the catalog, so an earlier
 * version is the catalog without the later fields, and a workbook's version is read from the text
 * of its version cell (`标准台账 v1`).
 * @module
 */
import { fieldsOf } from "./lookup";
import type { Catalog, FieldSpec, IndicatorSpec, SheetSpec } from "./types";

/** The version text of a numeric version: 1 → `标准台账 v1`, 1.1 → `标准台账 v1.1`. */
export function versionTextOf(version: number): string {
  return `标准台账 v${version}`;
}

/**
 * The numeric version named by a version cell's text (`标准台账 v1.1` → 1.1, `标准台账 v1` → 1,
 * spaces and a full-width ｖ tolerated); undefined for any other text.
 */
export function versionOfText(text: string | null | undefined): number | undefined {
  const m = /标准台账\s*[vVｖＶ]\s*(\d+(?:\.\d)?)\s*$/u.exec(String(text ?? "").trim());
  return m ? Number(m[1]) : undefined;
}

/** True when `field` belongs to version `version` (added by it or before). */
export function fieldInVersion(field: FieldSpec, version: number): boolean {
  return field.since === undefined || field.since <= version;
}

/**
 * The catalog as it was at `version` (fields, indicators and the 上期指标 sheet added later left out,
 * indicator formulas as that version wrote them, version and version text set):
 * `catalogAtVersion(standardV1, 1)` writes and reads a v1 workbook. Pure.
 */
export function catalogAtVersion(catalog: Catalog, version: number): Catalog {
  const keep = (fields: readonly FieldSpec[]) => fields.filter((f) => fieldInVersion(f, version));
  return {
    ...catalog,
    version,
    versionText: versionTextOf(version),
    sheets: catalog.sheets.map((s): SheetSpec => (s.kind === "ledger" ? { ...s, columns: keep(s.columns) } : s.kind === "form" ? { ...s, items: keep(s.items) } : s)),
    indicators: catalog.indicators
      .filter((i) => i.since === undefined || i.since <= version)
      // An earlier formula comes without the unit formula (it counts by 来源, which that version lacks).
      .map(({ earlier, unitFormula, ...i }): IndicatorSpec => (earlier && version < earlier.until ? { ...i, formula: earlier.formula } : { ...i, ...(unitFormula ? { unitFormula } : {}), ...(earlier ? { earlier } : {}) })),
    ...(catalog.previousPeriod && catalog.previousPeriod.since > version ? { previousPeriod: undefined } : {}),
  };
}

/** One field a version added, with its sheet. */
export interface FieldAddition {
  readonly sheet: string;
  readonly field: FieldSpec;
}

/** The fields added after `version` (all of them optional), in workbook order. */
export function additionsSince(catalog: Catalog, version: number): readonly FieldAddition[] {
  return catalog.sheets.flatMap((s) => fieldsOf(s).filter((f) => !fieldInVersion(f, version)).map((field) => ({ sheet: s.sheet, field })));
}
