/**
 * The structured-reference parser lives in the core (`core/catalog/formula-refs`): the Excel impose,
 * the strict fake and the .xlsx upgrade find the table columns a catalog formula needs with it.
 * @module
 */
export * from "../../core/catalog/formula-refs";
