/** Narrative: facts + unit profile → the summary document. @module */
export { composeSummary, inferredShortcomings, monthOfReport, summaryTitle, documentText, type InferredShortcoming, type Summary, type SummaryOptions } from "./compose";
export { figureText, joinList, dateText, fullDateText, numberText, chineseOrdinal } from "./phrase";
export { profileFor, type Profile, type ProfileId } from "./profiles";
export { appendixDetails, appendixTable, changeText, comparisonSentence, type AppendixDetail } from "./comparison-text";
export { lintText, type LintIssue } from "./lint";
export type { Section, Point } from "./sections";
export type { Sentence } from "./sentence";
