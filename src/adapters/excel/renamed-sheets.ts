/**
 * Finds the standard sheets a user renamed, in the open workbook, by the core's own rule
 * (`findRenamedSheets`: the standard table's name, else at least half of the standard headers),
 * so that the pane and the 网页版 recognise `活动记录` as the renamed 活动台账 as the CLI does — with or
 * without an Excel table on it (new-user test 2, D5: a ledger typed by hand or converted to a range).
 *
 * Cost: nothing when every standard data sheet is present or held by its table; else the top of each
 * candidate sheet (`A1:BH30`: the 30 rows where the core looks for a header row, 60 columns) is read
 * in the caller's next sync. Requirement set: ExcelApi 1.1 (Worksheet.getRange, Range.values).
 * @module
 */
import type { Catalog } from "../../core/catalog";
import type { CellValue, SheetGrid } from "../../core/grid";
import { findRenamedSheets, type RenamedSheet } from "../../core/validate";
import type { XlRange, XlTable, XlWorksheet } from "./types";

/** The block read at the top of a candidate sheet (the core searches 30 rows for a header row). */
export const PROBE_ADDRESS = "A1:BH30";

/** What the probe needs loaded beforehand: `worksheets` items' name and visibility, `tables` items' name and worksheet name. */
export interface ProbeInput {
  readonly worksheets: readonly XlWorksheet[];
  readonly tables: readonly XlTable[];
}

/**
 * Queues the reads that tell which non-standard sheets are renamed standard sheets. Call
 * `context.sync()` after it, then the returned function.
 * @returns undefined when nothing can be renamed (every standard data sheet present, or no candidate
 *   sheet), else a function giving the renames (standard sheet → the sheet's current name), as
 *   `findRenamedSheets` gives them on a file.
 */
export function queueRenameProbe(catalog: Catalog, input: ProbeInput): (() => RenamedSheet[]) | undefined {
  const previous = catalog.previousPeriod?.sheet;
  const standard = new Set([...catalog.sheets.map((s) => s.sheet), ...(previous ? [previous] : [])]);
  const isStandard = (name: string): boolean => standard.has(name) || standard.has(name.trim());
  const present = new Set(input.worksheets.map((ws) => ws.name.trim()));
  const missing = catalog.sheets.some((s) => s.kind !== "generated" && !present.has(s.sheet));
  const candidates = input.worksheets.filter((ws) => !isStandard(ws.name) && ws.visibility !== "VeryHidden");
  if (!missing || !candidates.length) return undefined;
  const tablesOn = (name: string) => input.tables.filter((t) => t.worksheet.name === name).map((t) => ({ name: t.name, ref: "" }));
  // A candidate holding a standard table is matched by the table's name: its values are not needed.
  const tableNames = new Set(catalog.sheets.flatMap((s) => ("table" in s && s.table ? [s.table.toLowerCase()] : [])));
  const probes = new Map<string, XlRange>();
  for (const ws of candidates) {
    if (!tablesOn(ws.name).some((t) => tableNames.has(t.name.toLowerCase()))) probes.set(ws.name, ws.getRange(PROBE_ADDRESS).load("values"));
  }
  return () => {
    const grid = (ws: XlWorksheet): SheetGrid => ({
      name: ws.name,
      originRow: 1,
      originCol: 1,
      values: (probes.get(ws.name)?.values ?? []) as CellValue[][],
      formulas: {},
      tables: tablesOn(ws.name),
      visibility: ws.visibility === "VeryHidden" ? "veryHidden" : ws.visibility === "Hidden" ? "hidden" : "visible",
    });
    // Standard sheets take part by name only (findRenamedSheets asks whether they are present).
    const sheets = input.worksheets.map(grid);
    return findRenamedSheets({ names: {}, sheets }, catalog);
  };
}
