/**
 * Watching the standard sheets for edits, so that the pane re-checks by itself. Handlers are
 * registered on each standard sheet's `onChanged` (ExcelApi 1.7), which also fires for rows
 * typed below a table; the pane debounces. Some Excel builds do not fire onChanged when a value
 * is picked from a dropdown (office-js#420, #3888, #4066) or rows are deleted (#294, Mac), so the
 * pane keeps its check button. Events caused by the add-in's own writes (`triggerSource`
 * `ThisLocalAddin`, ExcelApi 1.14) are ignored: the pane re-checks after its own changes itself.
 * @module
 */
import type { Catalog } from "../../core/catalog";
import type { RunExcel, XlEventRegistration } from "./types";

/** One change: the sheet name and the changed address (`C5` or `C5:D9`). */
export interface SheetChange {
  readonly sheet: string;
  readonly address: string;
}

/**
 * Registers `onChange` on every standard sheet present. One sync to list sheets, one to register.
 * @returns a function that removes the handlers (in their own context, as Office.js requires).
 */
export async function watchChanges(run: RunExcel, catalog: Catalog, onChange: (change: SheetChange) => void): Promise<() => Promise<void>> {
  const registrations = await run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name,items/id");
    await context.sync();
    const wanted = new Set(catalog.sheets.filter((s) => s.kind !== "generated").map((s) => s.sheet));
    const regs: XlEventRegistration[] = [];
    for (const ws of sheets.items) {
      if (!wanted.has(ws.name.trim())) continue;
      const name = ws.name;
      regs.push(
        ws.onChanged.add(async (args) => {
          if (args.triggerSource !== "ThisLocalAddin") onChange({ sheet: name, address: args.address });
        }),
      );
    }
    await context.sync();
    return regs;
  });
  return async () => {
    for (const r of registrations) r.remove();
    if (registrations.length) await registrations[0].context.sync();
  };
}
