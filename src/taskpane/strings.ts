/**
 * UI strings of the task pane, zh-CN first and en-US with the same keys
 * (`strings.test.ts` fails when the key sets differ). Placeholders are `{name}`, filled by
 * `formatString`. Issue messages of the checks live in src/core/messages, not here.
 * @module
 */

/** Simplified Chinese (default). */
export const zhCN = {
  appTitle: "创文台账助手",
  tabTemplate: "标准表",
  tabValidate: "校验",
  tabSummary: "总结",
  templateDescription:
    "在当前工作簿中生成创文标准台账：工作表、表头、下拉选项、数字格式和填报说明都按统一标准设置。",
  validateDescription:
    "检查各表填报的数据：必填项、数字和日期格式、选项取值以及各表之间的对应关系；逐条列出问题并可跳到对应单元格。",
  summaryDescription:
    "根据校验通过的台账数据生成工作总结初稿（Word 文档），每句话都注明数据来源单元格。",
  comingSoon: "此功能即将推出。",
  previewTitle: "预览模式",
  previewOutsideOffice: "当前不在 Office 中运行，Excel 相关操作不可用。",
  previewOfficeJsFailed: "未能加载 Office.js（可能处于离线状态），Excel 相关操作不可用。",
  wordHost: "当前在 Word 中运行：只能插入工作总结，生成标准表和校验请在 Excel 中进行。",
  excelApiOld: "此 Excel 版本不支持 ExcelApi 1.8，下拉选项和表格样式将无法自动设置。",
  docxCheckButton: "检查 Word 导出组件",
  docxCheckLoading: "正在加载 Word 导出组件…",
  docxCheckOk: "Word 导出组件可用（示例文档 {size} KB）。",
  docxCheckFailed: "Word 导出组件加载失败：{error}",
  footerVersion: "版本 {version}",
  hostExcel: "Excel",
  hostWord: "Word",
  hostPreview: "预览",
  cliHint: "也可以使用命令行工具 campaign-ledger 处理台账文件。",
};

/** Every UI string key; the type both locales must satisfy. */
export type Strings = { readonly [K in keyof typeof zhCN]: string };

/** English (United States): used when Office's display language starts with "en". */
export const enUS: Strings = {
  appTitle: "Campaign Ledger",
  tabTemplate: "Template",
  tabValidate: "Check",
  tabSummary: "Summary",
  templateDescription:
    "Creates the standard campaign ledger in this workbook: sheets, headers, drop-down lists, number formats and filling notes, all to one standard.",
  validateDescription:
    "Checks the entered data: required cells, number and date formats, allowed values and cross-sheet consistency. Lists each issue and jumps to its cell.",
  summaryDescription:
    "Drafts the work summary (a Word document) from the checked ledger data; every sentence names its source cells.",
  comingSoon: "Coming soon.",
  previewTitle: "Preview mode",
  previewOutsideOffice: "Not running inside Office: Excel actions are unavailable.",
  previewOfficeJsFailed: "Office.js could not be loaded (offline?): Excel actions are unavailable.",
  wordHost: "Running in Word: only inserting the summary is available; create and check the ledger in Excel.",
  excelApiOld: "This Excel version lacks ExcelApi 1.8: drop-down lists and table styles cannot be set automatically.",
  docxCheckButton: "Check the Word export component",
  docxCheckLoading: "Loading the Word export component…",
  docxCheckOk: "Word export component works (sample document {size} KB).",
  docxCheckFailed: "The Word export component failed to load: {error}",
  footerVersion: "Version {version}",
  hostExcel: "Excel",
  hostWord: "Word",
  hostPreview: "Preview",
  cliHint: "Ledger files can also be processed with the campaign-ledger command-line tool.",
};

/**
 * Picks the locale for an Office display language tag (`Office.context.displayLanguage`,
 * e.g. "en-US", "zh-CN"): English for "en…", Chinese otherwise, including when unknown.
 */
export function pickStrings(displayLanguage: string | undefined): Strings {
  return displayLanguage?.toLowerCase().startsWith("en") ? enUS : zhCN;
}

/**
 * Fills `{name}` placeholders from `params`; unknown placeholders stay as written.
 * @example formatString("版本 {version}", { version: "0.1.0" }) // "版本 0.1.0"
 */
export function formatString(template: string, params: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}
