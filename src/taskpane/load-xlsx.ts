/**
 * Lazy loading of the .xlsx reader (src/adapters/xlsx/read-workbook, i.e. exceljs): the reader
 * and exceljs become their own chunks (dist/xlsx.[hash].js and dist/exceljs.[hash].js, see
 * webpack.config.js), fetched on first use only, so the pane's first paint never pays for them.
 * In the browser build exceljs resolves to its own browser bundle (`exceljs/dist/exceljs.min.js`,
 * the package's `browser` field): no Node core-module polyfills are needed.
 *
 * Shared by the Word pane (a chosen workbook → checks → summary) and the Excel pane's file-based
 * features (汇总, 上期对比): keep the signature.
 * @module
 */
import type { WorkbookSnapshot } from "../core/grid/types";

/**
 * Loads the reader; resolves to `readWorkbook` (bytes → WorkbookSnapshot). The chunk is fetched
 * once; later calls resolve from webpack's module cache.
 * The reader throws `LedgerFileError` (one line of Chinese in `message`) for files that are not
 * readable workbooks: empty, .xls, encrypted, CSV, corrupt, too large.
 */
export async function loadXlsxReader(): Promise<(bytes: Uint8Array) => Promise<WorkbookSnapshot>> {
  const { readWorkbook } = await import(/* webpackChunkName: "xlsx" */ "../adapters/xlsx/read-workbook");
  return (bytes: Uint8Array) => readWorkbook(bytes);
}
