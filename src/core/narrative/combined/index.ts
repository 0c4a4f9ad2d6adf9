/**
 * The combined (street / district) narrative of a rolled-up workbook (issue #7).
 * @module
 */
export { composeCombinedSummary, type CombinedSummary, type CombinedSummaryOptions } from "./compose";
export { splitByUnit, shortUnitName, unitKind, unitGroupText, scopeText, combinerOf, type Combiner, type UnitFacts } from "./units";
export { combinedHeadings } from "./register";
