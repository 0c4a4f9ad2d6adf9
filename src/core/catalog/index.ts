/**
 * The catalog of the standard workbook: the one data structure everything else reads.
 * @module
 */
export * from "./types";
export { standardV1, Enums, PERIOD_MONTHS, PERIOD_CYCLES, MONTHLY_PERIOD, NumFmt, standingOrgKinds, honourMeasure, honourRowMeasure, honourTitleUnquoted, OWN_COLLECTIVE_TITLE, isCollectiveHonour, namesWholeUnit, ownShopHonour, COLLECTIVE_HONOUR_ENDINGS } from "./standard-v1";
export * from "./lookup";
export * from "./validation-rules";
export * from "./layout";
export * from "./extensions";
export * from "./domain";
export * from "./versions";
export * from "./measure-words";
export * from "./classify";
export * from "./org-verbs";
