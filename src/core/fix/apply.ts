/**
 * Applying and reverting planned changes on a snapshot (pure): for previews, for re-validating
 * after a fix (what is still unreadable), and for undo in a shell.
 * @module
 */
import { parseRange, type CellValue, type SheetGrid, type WorkbookSnapshot } from "../grid";
import type { Change } from "./types";

/**
 * A copy of `snapshot` with every change's `after` written at its sheet and cell (grids grow as
 * needed). Changes for sheets the snapshot lacks, or with a malformed cell, are ignored.
 * Formulas are kept; the input is not modified.
 */
export function applyChanges(snapshot: WorkbookSnapshot, changes: readonly Change[]): WorkbookSnapshot {
  const bySheet = new Map<string, Change[]>();
  for (const c of changes) bySheet.set(c.sheet, [...(bySheet.get(c.sheet) ?? []), c]);
  const sheets = snapshot.sheets.map((grid): SheetGrid => {
    const mine = bySheet.get(grid.name);
    if (!mine) return grid;
    const values: CellValue[][] = grid.values.map((r) => [...r]);
    for (const c of mine) {
      const at = parseRange(c.cell);
      if (!at) continue;
      const r = at.top - grid.originRow;
      const col = at.left - grid.originCol;
      if (r < 0 || col < 0) continue;
      while (values.length <= r) values.push([]);
      while (values[r].length < col) values[r].push(null);
      values[r][col] = c.after;
    }
    return { ...grid, values };
  });
  return { ...snapshot, sheets };
}

/**
 * The changes that undo `changes`: each with `before` and `after` swapped, in reverse order.
 * (A shell that also changed number formats keeps the old formats itself: the core does not know them.)
 */
export function revertChanges(changes: readonly Change[]): Change[] {
  return [...changes].reverse().map((c) => ({ ...c, before: c.after, after: c.before }));
}
