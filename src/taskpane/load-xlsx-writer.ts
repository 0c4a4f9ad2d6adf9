/**
 * Lazy loading of the .xlsx writer (src/adapters/xlsx/write-workbook, i.e. exceljs), sibling of
 * load-xlsx.ts: the writer is its own chunk (exceljs itself is the shared `exceljs` chunk of
 * webpack.config.js), fetched on first use only — the 汇总 of the 标准表 tab.
 * @module
 */
import type { Catalog } from "../core/catalog";
import type { WorkbookContent } from "../adapters/xlsx/content";

/** `writeWorkbook(catalog, content)` → .xlsx bytes. */
export type XlsxWriter = (catalog: Catalog, content: WorkbookContent) => Promise<Uint8Array>;

/** Loads the writer; the chunk is fetched once, later calls resolve from webpack's module cache. */
export async function loadXlsxWriter(): Promise<XlsxWriter> {
  const { writeWorkbook } = await import(/* webpackChunkName: "xlsx-writer" */ "../adapters/xlsx/write-workbook");
  return (catalog, content) => writeWorkbook(catalog, content);
}
