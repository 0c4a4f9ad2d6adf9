/** Facts: aggregated figures with sources, for the narrative. @module */
export * from "./types";
export { buildFacts, dayLedActivityName, orderDay, rateConflicts, type RateConflict } from "./build-facts";
export { combineApprox, differenceOf, overAtItsScale, participantsOf, sumOf, sumOfFigures, rateOf, figureOf } from "./figure";
export { computeIndicators, isPublicityIndicator, mainIndicatorIds, participantsByTypedKind, type IndicatorValue } from "./indicators";
export { comparePeriods, relatePeriods, indicatorChanges, figureChange, type Comparison, type IndicatorChange, type PeriodRelation, type PeriodSide, type Related } from "./compare";
export { readRemark, persuadedCustom, readsWritten, scrubPersonal, writtenMeeting, whoLed, spacedClauses, hasPersonalData, CN_DIGIT, frequencyOf, frequencyMismatch, OCCASIONS_COUNT, isPlace, isCarrier, partnerOnly, ROLE_FIRST, WRITTEN_PEOPLE, type RemarkReading, type Frequency } from "./remark";
export { workAndCount } from "./figure-names";
export { previousFiguresOf, previousSheetRows, readPreviousSheet, type PreviousDetail, type PreviousFigures } from "./previous";
