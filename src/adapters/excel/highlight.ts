/**
 * Highlighting the cells of findings without touching user formatting.
 *
 * Choice: conditional formats that the add-in adds and later removes by identity. A custom rule
 * whose formula is always true and carries a marker (`=N("cl-highlight:error")=0`) colours the
 * cells (red for errors, amber for warnings) above whatever fill the user gave them; removing
 * the rules restores the look exactly, with nothing to remember: no saved prior fills, no hidden
 * sheet, and it survives closing the pane or the workbook. The marker is how a rule is ours.
 *
 * Syncs: clearing takes 3 (sheets, then rule types and protection, then custom formulas) plus the
 * write; setting clears and adds in the same final sync. A protected sheet is skipped, not
 * unprotected, and named in the result (Excel refuses conditional formats there, and one refusal
 * would stop the batch for every sheet). Requirement sets: ExcelApi 1.6 (conditional formats),
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

/** What a highlight or its removal did: the protected sheets it had to leave as they were. */
export interface HighlightResult {
  /**
   * Protected sheets (Review › Protect Sheet) that had cells to mark or an earlier highlight of
   * ours, left untouched: Excel refuses conditional formats there (audit §4 F4), and one refusal
   * would stop the whole batch. In `sheets` order.
   */
  readonly skipped: readonly string[];
}

/**
 * Queues the deletion of the add-in's rules on the unprotected sheets of `sheets` (3 syncs to find
 * them and read protection). Protected sheets are left alone (rules are read, never changed there).
 * @returns the present sheets that are protected, each with whether it holds a rule of ours.
 */
async function queueClear(context: XlContext, sheets: readonly string[]): Promise<Map<string, boolean>> {
  const all = sheets.map((name) => ({ name, ws: context.workbook.worksheets.getItemOrNullObject(name) }));
  await context.sync();
  const present = all.filter((p) => !p.ws.isNullObject);
  const protections = present.map((p) => p.ws.protection.load("protected"));
  const collections = present.map((p) => p.ws.getRange().conditionalFormats.load("items/type"));
  await context.sync();
  const custom: XlConditionalFormat[][] = collections.map((c) => c.items.filter((cf) => cf.type === "Custom"));
  for (const cf of custom.flat()) cf.load("custom/rule/formula");
  await context.sync();
  const locked = new Map<string, boolean>();
  present.forEach((p, i) => {
    const ours = custom[i].filter((cf) => cf.custom.rule.formula.toLowerCase().includes(HIGHLIGHT_MARK));
    if (protections[i].protected) locked.set(p.name, ours.length > 0);
    else for (const cf of ours) cf.delete();
  });
  return locked;
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
export async function clearHighlightsIn(context: XlContext, sheets: readonly string[]): Promise<HighlightResult> {
  const locked = await queueClear(context, sheets);
  return { skipped: sheets.filter((s) => locked.get(s)) };
}

/**
 * Removes the add-in's highlight rules from `sheets`. User formatting, including the user's own
 * conditional formats, is left alone.
 */
export async function clearHighlights(run: RunExcel, sheets: readonly string[]): Promise<HighlightResult> {
  return run(async (context) => {
    const result = await clearHighlightsIn(context, sheets);
    await context.sync();
    return result;
  });
}

/**
 * Replaces the highlight on `sheets` with one for `findings` (cell-level findings only): a rule
 * per severity and sheet over all its cells (ExcelApi 1.9), or one per cell without 1.9.
 */
export async function highlightFindings(run: RunExcel, sheets: readonly string[], findings: readonly Finding[], features: ExcelFeatures): Promise<HighlightResult> {
  return run(async (context) => {
    const locked = await queueClear(context, sheets);
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
      if (locked.has(sheet)) continue;
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
    return { skipped: sheets.filter((s) => locked.get(s) || (locked.has(s) && bySheet.has(s))) };
  });
}
