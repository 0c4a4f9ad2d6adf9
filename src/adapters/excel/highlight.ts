/**
 * Highlighting the cells of findings without touching user formatting.
 *
 * Choice: conditional formats that the add-in adds and later removes by identity. A custom rule
 * whose formula is always true and carries a marker (`=N("cl-highlight:error")=0`) colours the
 * cells (red for errors, amber for warnings) above whatever fill the user gave them; removing
 * the rules restores the look exactly, with nothing to remember: no saved prior fills, no hidden
 * sheet, and it survives closing the pane or the workbook. The marker is how a rule is ours.
 *
 * Syncs: clearing takes 2 (list rule types, then read custom formulas) plus the write; setting
 * clears and adds in the same final sync. Requirement sets: ExcelApi 1.6 (conditional formats),
 * 1.9 (several cells per rule through `getRanges`; without it one rule per cell, capped).
 * @module
 */
import type { Finding } from "../../core/validate";
import type { ExcelFeatures, RunExcel, XlConditionalFormat, XlContext } from "./types";

/** Marker inside the rule formula that identifies the add-in's highlight rules. */
export const HIGHLIGHT_MARK = "cl-highlight";

/** Fill colours per severity (Excel's "light red" and "light amber" style fills). */
export const HIGHLIGHT_FILL = { error: "#FFC7CE", warning: "#FFEB9C" } as const;

/** Longest address list per `getRanges` call (Excel limits a reference's length). */
const MAX_ADDRESS_CHARS = 2000;
/** Without ExcelApi 1.9: at most this many single-cell rules per sheet. */
const MAX_SINGLE_CELL_RULES = 500;

const formulaFor = (severity: Finding["severity"]) => `=N("${HIGHLIGHT_MARK}:${severity}")=0`;

/** Queues the deletion of the add-in's rules on `sheets` (2 syncs to find them). */
async function queueClear(context: XlContext, sheets: readonly string[]): Promise<void> {
  const all = sheets.map((name) => context.workbook.worksheets.getItemOrNullObject(name));
  await context.sync();
  const present = all.filter((ws) => !ws.isNullObject);
  const collections = present.map((ws) => ws.getRange().conditionalFormats.load("items/type"));
  await context.sync();
  const custom: XlConditionalFormat[] = collections.flatMap((c) => c.items.filter((cf) => cf.type === "Custom"));
  for (const cf of custom) cf.load("custom/rule/formula");
  await context.sync();
  for (const cf of custom) if (cf.custom.rule.formula.toLowerCase().includes(HIGHLIGHT_MARK)) cf.delete();
}

/** Groups addresses into comma lists short enough for one `getRanges` call. */
function chunks(addresses: readonly string[]): string[] {
  const out: string[] = [];
  let current = "";
  for (const a of addresses) {
    if (current && current.length + a.length + 1 > MAX_ADDRESS_CHARS) {
      out.push(current);
      current = "";
    }
    current = current ? `${current},${a}` : a;
  }
  if (current) out.push(current);
  return out;
}

/**
 * Queues the removal of the add-in's highlight rules from `sheets` inside a batch the caller runs
 * (3 syncs to find them; the deletions go with the caller's next sync), so that it can share an
 * undo group with other changes (ExcelApi 1.20 `mergeUndoGroup`; audit §3 P10).
 */
export async function clearHighlightsIn(context: XlContext, sheets: readonly string[]): Promise<void> {
  await queueClear(context, sheets);
}

/**
 * Removes the add-in's highlight rules from `sheets`. User formatting, including the user's own
 * conditional formats, is left alone.
 */
export async function clearHighlights(run: RunExcel, sheets: readonly string[]): Promise<void> {
  await run(async (context) => {
    await queueClear(context, sheets);
    await context.sync();
  });
}

/**
 * Replaces the highlight on `sheets` with one for `findings` (cell-level findings only): a rule
 * per severity and sheet over all its cells (ExcelApi 1.9), or one per cell without 1.9.
 */
export async function highlightFindings(run: RunExcel, sheets: readonly string[], findings: readonly Finding[], features: ExcelFeatures): Promise<void> {
  await run(async (context) => {
    await queueClear(context, sheets);
    const bySheet = new Map<string, Map<Finding["severity"], string[]>>();
    for (const f of findings) {
      if (!f.cell || !sheets.includes(f.sheet)) continue;
      const sev = bySheet.get(f.sheet) ?? new Map<Finding["severity"], string[]>();
      bySheet.set(f.sheet, sev);
      const list = sev.get(f.severity) ?? [];
      if (!list.includes(f.cell)) list.push(f.cell);
      sev.set(f.severity, list);
    }
    for (const [sheet, severities] of bySheet) {
      const ws = context.workbook.worksheets.getItem(sheet);
      // Warnings first, errors last: a cell with both shows the error colour.
      for (const severity of ["warning", "error"] as const) {
        const cells = severities.get(severity) ?? [];
        const targets = features.api19 ? chunks(cells).map((c) => ws.getRanges(c).conditionalFormats) : cells.slice(0, MAX_SINGLE_CELL_RULES).map((c) => ws.getRange(c).conditionalFormats);
        for (const target of targets) {
          const cf = target.add("Custom");
          cf.custom.rule.formula = formulaFor(severity);
          cf.custom.format.fill.color = HIGHLIGHT_FILL[severity];
        }
      }
    }
    await context.sync();
  });
}
