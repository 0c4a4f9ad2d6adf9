/** Host-neutral workbook snapshot and A1 helpers. @module */
export * from "./types";
export * from "./address";
export * from "./window";
