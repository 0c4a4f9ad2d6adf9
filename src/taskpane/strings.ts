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
  previewTitle: "预览模式",
  previewOutsideOffice: "当前不在 Office 中运行，Excel 相关操作不可用。",
  previewOfficeJsFailed: "未能加载 Office.js（可能处于离线状态），Excel 相关操作不可用。",
  wordHost: "当前在 Word 中运行：只能插入工作总结，生成标准表和校验请在 Excel 中进行。",
  excelApiOld: "此 Excel 版本不支持 ExcelApi 1.8，下拉选项和表格样式将无法自动设置。",
  footerVersion: "版本 {version}",
  hostExcel: "Excel",
  hostWord: "Word",
  hostPreview: "预览",
  cliHint: "也可以使用命令行工具 campaign-ledger 处理台账文件。",
  // 标准表
  imposeButton: "生成或修复标准表",
  imposeRunning: "正在设置标准表…",
  imposeDone: "标准表已就绪（{version}）。",
  imposeUpgraded: "已从“{before}”升级到“{after}”。",
  imposeCreatedSheets: "新建工作表：{list}",
  imposeCreatedTables: "新建表格：{list}",
  imposeRenamedTable: "{sheet}：表格“{from}”已改名为标准名称",
  imposeAddedColumns: "{sheet}：已在表格末尾补上 {list}",
  imposeBlockedColumns: "{sheet}：缺少 {list}，但表格右侧或下方有其他内容，未能自动补上，请手工添加",
  imposeUnknownColumns: "{sheet}：表头 {list} 不是标准表头（是否改过名？），数据保持不动",
  imposeSkipped: "{sheet}：工作表中已有其他内容且找不到标准表头，未做改动",
  imposeNoChanges: "各表结构完整，已重新应用格式、下拉选项和公式。",
  imposePaneOnly: "此 Excel 版本不支持 ExcelApi 1.8：表格已生成，但没有下拉选项和输入限制，只有侧栏校验生效。",
  imposeIdempotentNote: "可以随时再次运行：已有数据不会被移动或覆盖。",
  // 校验
  checkButton: "校验",
  checkRunning: "正在读取并校验…",
  checkProgress: "正在读取第 {done}/{planned} 批数据…",
  checkSummary: "{errors} 个错误，{warnings} 个提示",
  checkClean: "未发现问题。",
  checkAuto: "修改表格后会自动重新校验；从下拉列表选值后如未更新，请点“校验”。",
  checkStale: "工作簿已修改，正在重新校验…",
  groupCounts: "{errors} 错误 · {warnings} 提示",
  severityError: "错误",
  severityWarning: "提示",
  sheetLevel: "整表",
  highlightSwitch: "在表格中标出问题单元格",
  selectedCell: "已定位到 {cell}",
  previewMistakes: "在示例工作簿中加入几处常见错误",
  previewMistakesDone: "已加入：已整改数大于发现数、用汉字写的服务次数、负数的参与数量。",
  sourcesMore: "等共 {count} 个单元格",
  // 总结
  summaryBuild: "生成总结预览",
  summaryNeedsCheck: "先读取并校验工作簿，再生成总结。",
  includeNames: "在总结中写入先进典型姓名",
  sourcesTitle: "数据来源",
  sourcesHint: "点选总结中的句子，可查看其中数字来自哪些单元格。",
  sourcesNone: "这句话不含来自表格的数字。",
  exportWord: "导出 Word",
  exportRunning: "正在生成 Word 文档…",
  exportDone: "已生成“{file}”。如果没有开始下载，请使用下面的复制功能。",
  exportBlockedTitle: "工作簿有 {count} 个错误",
  exportBlockedText: "建议先改正错误再导出。以下是前几个：",
  exportAnyway: "仍然导出",
  copyText: "复制带格式的文本",
  copyDone: "已复制，可粘贴到 Word 或 WPS 中。",
  copyFailed: "无法访问剪贴板：{error}",
  wordInsert: "在 Word 中插入（即将推出）",
  exportAlternatives: "部分 Office 版本（如 Mac 桌面版）无法直接下载文件，可复制文本后粘贴到 Word。",
  // 通用
  loadingWorkbook: "正在准备示例工作簿…",
  errorTitle: "操作未完成",
  errorAccessDenied: "工作表受保护或没有编辑权限。请在“审阅”中撤消工作表保护后重试。",
  errorCellEdit: "Excel 正处于单元格编辑状态。请按 Enter 或 Esc 结束编辑后重试。",
  errorNotFound: "找不到对应的工作表或单元格，可能已被删除或改名。请重新校验。",
  errorPayload: "数据量超过 Excel 单次传输上限，请稍后重试或分表处理。",
  errorGeneric: "Excel 返回错误：{message}",
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
  previewTitle: "Preview mode",
  previewOutsideOffice: "Not running inside Office: Excel actions are unavailable.",
  previewOfficeJsFailed: "Office.js could not be loaded (offline?): Excel actions are unavailable.",
  wordHost: "Running in Word: only inserting the summary is available; create and check the ledger in Excel.",
  excelApiOld: "This Excel version lacks ExcelApi 1.8: drop-down lists and table styles cannot be set automatically.",
  footerVersion: "Version {version}",
  hostExcel: "Excel",
  hostWord: "Word",
  hostPreview: "Preview",
  cliHint: "Ledger files can also be processed with the campaign-ledger command-line tool.",
  // Template
  imposeButton: "Create or repair the standard sheets",
  imposeRunning: "Setting up the standard sheets…",
  imposeDone: "The standard workbook is ready ({version}).",
  imposeUpgraded: "Upgraded from “{before}” to “{after}”.",
  imposeCreatedSheets: "Sheets created: {list}",
  imposeCreatedTables: "Tables created: {list}",
  imposeRenamedTable: "{sheet}: table “{from}” renamed to the standard name",
  imposeAddedColumns: "{sheet}: added {list} at the end of the table",
  imposeBlockedColumns: "{sheet}: {list} missing, but cells beside or below the table are in use; please add them by hand",
  imposeUnknownColumns: "{sheet}: header(s) {list} are not standard (renamed?); their data is left as is",
  imposeSkipped: "{sheet}: the sheet holds other content and no standard header row; left unchanged",
  imposeNoChanges: "All tables are complete; formats, drop-down lists and formulas were re-applied.",
  imposePaneOnly: "This Excel lacks ExcelApi 1.8: the sheets are set up without drop-down lists or input rules; only the pane's checks are active.",
  imposeIdempotentNote: "You can run this again at any time: existing data is never moved or overwritten.",
  // Check
  checkButton: "Check",
  checkRunning: "Reading and checking…",
  checkProgress: "Reading block {done}/{planned}…",
  checkSummary: "{errors} errors, {warnings} warnings",
  checkClean: "No problems found.",
  checkAuto: "Edits trigger a new check automatically; if choosing from a drop-down list does not, press Check.",
  checkStale: "The workbook changed; checking again…",
  groupCounts: "{errors} errors · {warnings} warnings",
  severityError: "Error",
  severityWarning: "Warning",
  sheetLevel: "Sheet",
  highlightSwitch: "Highlight problem cells in the workbook",
  selectedCell: "Selected {cell}",
  previewMistakes: "Add a few typical mistakes to the sample workbook",
  previewMistakesDone: "Added: more rectified than found, a count written in Chinese numerals, a negative attendance.",
  sourcesMore: "{count} cells in all",
  // Summary
  summaryBuild: "Preview the summary",
  summaryNeedsCheck: "The workbook is read and checked first, then the summary is drafted.",
  includeNames: "Include honourees' names",
  sourcesTitle: "Sources",
  sourcesHint: "Select a sentence of the summary to see which cells its figures came from.",
  sourcesNone: "This sentence holds no figures from the workbook.",
  exportWord: "Export to Word",
  exportRunning: "Building the Word document…",
  exportDone: "Built “{file}”. If no download started, use copy below.",
  exportBlockedTitle: "The workbook has {count} errors",
  exportBlockedText: "Correct them before exporting if you can. The first ones:",
  exportAnyway: "Export anyway",
  copyText: "Copy formatted text",
  copyDone: "Copied: paste it into Word or WPS.",
  copyFailed: "The clipboard is not available: {error}",
  wordInsert: "Insert in Word (coming soon)",
  exportAlternatives: "Some Office versions (e.g. Excel for Mac) cannot download files; copy the text and paste it into Word.",
  // Common
  loadingWorkbook: "Preparing the sample workbook…",
  errorTitle: "The action did not complete",
  errorAccessDenied: "The sheet is protected or read-only. Unprotect it (Review tab) and try again.",
  errorCellEdit: "Excel is in cell-edit mode. Press Enter or Esc to finish editing, then try again.",
  errorNotFound: "The sheet or cell no longer exists (deleted or renamed?). Check again.",
  errorPayload: "Too much data for one Excel request; try again or split the sheet.",
  errorGeneric: "Excel reported an error: {message}",
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
