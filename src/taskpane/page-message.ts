/**
 * Findings as the 网页版 (app.html) shows them.
 * @module
 */
import { ACTIONS, TABLE_EXTEND_ADVICE } from "../core/validate/rules";
import { zhCN } from "./strings";

/** The label of the page's download button without its `（.xlsx）`: `下载处理后的台账`. */
const DOWNLOAD = zhCN.browserDownload.replace(/（[^）]*）$/u, "");

/**
 * What the page says in place of {@link TABLE_EXTEND_ADVICE}: a browser shows no table to drag; its own steps are the
 * “标准表” page's “生成或修复标准表”, then the download (new-user test 30, D12).
 */
export const PAGE_TABLE_EXTEND_ADVICE = `请在“${zhCN.tabTemplate}”页用“${ACTIONS.repair}”把表格范围扩展到这些行，再用“${DOWNLOAD}”保存`;

/**
 * A finding's message (Chinese, from the core) as the 网页版 shows it: advice meant for a workbook open in Excel is
 * said as the page's own steps, as the CLI adds its command (cli/format.ts) and the Word pane where the action is
 * (word/word-message.ts). Other messages are unchanged.
 * @example pageMessage("第4行的数据在表格范围之外，已照常读取；请把表格范围扩展到这些行：在Excel中拖动表格右下角，或用“生成或修复标准表”，以便下拉列表和公式生效。")
 * // "第4行的数据在表格范围之外，已照常读取；请在“标准表”页用“生成或修复标准表”把表格范围扩展到这些行，再用“下载处理后的台账”保存，以便下拉列表和公式生效。"
 */
export function pageMessage(message: string): string {
  return message.replace(TABLE_EXTEND_ADVICE, PAGE_TABLE_EXTEND_ADVICE);
}
