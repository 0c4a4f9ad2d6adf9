/**
 * The pure core of campaign-ledger: catalog, snapshot, normalisation, validation, facts,
 * narrative, document model. No Office, DOM or file-system types.
 * @module
 */
export * from "./catalog";
export * from "./grid";
export * from "./validate";
export * from "./facts";
export * from "./narrative";
export * from "./document/model";
export * from "./pipeline";
export * from "./summarize";
export { serialFromYmd, serialOfLocalDay, ymdFromSerial } from "./normalize/date";
export * from "./fix";
export * from "./rollup";
export * from "./narrative/combined";
export * from "./actions";
export * from "./import";
