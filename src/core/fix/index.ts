/**
 * Fix planning (规范数据): pure normalisation changes over a snapshot, for the CLI's `fix` and the
 * task pane. `planFixes(snapshot, catalog)` → Change[]; `applyChanges` / `revertChanges` for
 * preview and undo.
 * @module
 */
export * from "./types";
export { planFixes, fixPlan } from "./plan-fixes";
export { applyChanges, revertChanges } from "./apply";
export { FixNote, SkipReason } from "./wording";
