/** Facts: aggregated figures with sources, for the narrative. @module */
export * from "./types";
export { buildFacts } from "./build-facts";
export { combineApprox, sumOf, rateOf, figureOf } from "./figure";
