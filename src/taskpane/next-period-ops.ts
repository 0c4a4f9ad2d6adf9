/**
 * 开始下一期 over the open workbook (issue #17), for `PaneOps.nextPeriod` in Excel and the preview:
 * the plan is the core's `startNextPeriod` on a fresh snapshot (nothing written), and applying it
 * reads the workbook again, checks that the plan still holds (the user may have typed since) and
 * writes it through the Office.js adapter (`writeNextPeriod`). Loaded lazily (its own chunk): the
 * pane's first paint never pays for it.
 * @module
 */
import { readSnapshot, type ExcelFeatures, type RunExcel } from "../adapters/excel";
import { writeNextPeriod } from "../adapters/excel/next-period";
import { startNextPeriod, type Catalog, type NextPeriodOptions } from "../core";
import type { NextApplied, NextPlan, NextPlanned } from "./operations";

/** What must not differ between the plan the user confirmed and the workbook written: every cell the core moves or sets. */
const fingerprint = (p: NextPlanned): string => JSON.stringify([p.next.year, p.next.period, p.next.profile, p.next.ledgers, p.next.previousSheet]);

/**
 * The plan of 开始下一期 for the workbook as it is now: the core's result (what is carried and
 * cleared, the new period) or its refusal (e.g. `period-needed` for 专项). Writes nothing.
 */
export async function planInPlace(run: RunExcel, catalog: Catalog, features: ExcelFeatures, options: NextPeriodOptions = {}): Promise<NextPlan> {
  const snapshot = await readSnapshot(run, catalog, { merges: !!features.api113 });
  const result = startNextPeriod(snapshot, catalog, options);
  return result.ok ? { ok: true, next: result.next, options } : result;
}

/**
 * Makes the open workbook the next period's, as `plan` says. The workbook is read again first:
 * when the plan no longer matches it (edited since), nothing is written and the promise rejects
 * with a Chinese message asking to look at the plan again.
 */
export async function applyInPlace(run: RunExcel, catalog: Catalog, features: ExcelFeatures, plan: NextPlanned): Promise<NextApplied> {
  const now = await planInPlace(run, catalog, features, plan.options);
  if (!now.ok) throw new Error(now.message);
  if (fingerprint(now) !== fingerprint(plan)) throw new Error("工作簿在预览之后有改动，未做任何修改；请重新点击“预览下一期”，核对后再确认。");
  const written = await writeNextPeriod(run, now.next, features);
  return { kind: "in-place", next: now.next, tablesResized: written.tablesResized };
}
