/**
 * UI strings of the task pane, zh-CN first and en-US with the same keys
 * (`strings.test.ts` fails when the key sets differ). Placeholders are `{name}`, filled by
 * `formatString`. Issue messages of the checks live in src/core/messages, not here.
 * @module
 */
import { ymdFromSerial } from "../core/normalize/date";

/** Simplified Chinese (default). */
export const zhCN = {
  /** BCP 47 tag of this table (not shown; tells the UI which locale it runs in). */
  locale: "zh-CN",
  appTitle: "创文台账助手",
  tabTemplate: "标准表",
  tabValidate: "校验",
  tabSummary: "总结",
  templateDescription:
    "在当前工作簿中生成创文标准台账：工作表、表头、下拉选项、数字格式和填报说明都按统一标准设置。",
  templateDescriptionPage:
    "在打开的台账文件上生成或修复创文标准台账：工作表、表头、下拉选项、数字格式和填报说明都按统一标准设置；结果用上方的“下载处理后的台账”保存为新文件，原文件不动。",
  templateNoFilePage:
    "生成或修复标准表要在打开的台账文件上进行：请先用上方的“打开本地台账文件”打开本单位的台账；还没有台账的，可点“下载空白标准台账”，填好后再打开。",
  validateDescription:
    "检查各表填报的数据：必填项、数字和日期格式、选项取值以及各表之间的对应关系；逐条列出问题并可跳到对应单元格。",
  summaryDescription:
    "根据台账数据生成工作总结初稿（Word 文档），每句话都注明数据来源单元格。",
  previewTitle: "预览模式",
  localFileOpen: "打开本地台账文件（.xlsx）",
  localFileDropNow: "松开鼠标即可打开这个文件。",
  localFileHint: "当前是示例工作簿。也可把台账文件拖到这里。文件只在本机内存中处理，不会上传，也不会改动原文件。",
  localFileOpened: "正在使用：{file}（只在本机内存中处理，原文件不会改动；导出的总结另存为新文件）",
  localFileImportHint: "；如是本单位自己的表格，可在“标准表”中用“导入已有台账”读入它。",
  localFileFailed: "无法打开 {file}：{reason}",
  previewOutsideOffice: "当前不在 Office 中运行：各项操作都在内存中的副本上进行（示例工作簿，或用“打开本地台账文件”打开的文件），不会改动任何文件。",
  previewOfficeJsFailed: "未能加载 Office.js（可能处于离线状态）：各项操作都在内存中的副本上进行（示例工作簿，或用“打开本地台账文件”打开的文件），不会改动任何文件。",
  officeJsBlockedTitle: "无法连接 Excel",
  officeJsBlocked: "未能加载 Office.js（微软的 Office 脚本库），助手无法读写当前工作簿，也不会改用示例数据。请检查本机能否访问 appsforoffice.microsoft.com（国内版 Microsoft 365 为 appsforoffice.cdn.partner.office365.cn），或请管理员按部署说明改用本单位服务器上的 Office.js；也可以改用网页版（app.html），在浏览器中打开台账文件。",
  wordHost: "当前在 Word 中运行：选择台账文件生成工作总结；生成标准表请在 Excel 中进行。",
  excelBelowBaseline: "此 Excel 版本过旧（不支持 ExcelApi 1.7），台账助手无法在其中运行。请使用 Microsoft 365、Office 2021 及以上版本或 Excel 网页版；也可以使用命令行工具 campaign-ledger。",
  excelApiOld: "此 Excel 版本不支持 ExcelApi 1.8，下拉选项和表格样式将无法自动设置。",
  footerVersion: "版本 {version}",
  hostExcel: "Excel",
  hostWord: "Word",
  hostPreview: "预览",
  hostBrowser: "网页版",
  browserTitle: "创文台账助手 · 网页版",
  browserNotice: "台账文件只在本机浏览器中处理，不会上传；本页面不向任何服务器发送请求。原文件不会改动，结果都以新文件下载。",
  browserHint: "请打开本单位的台账文件（.xlsx），也可以把文件拖到这里；还没有台账的，可直接下载空白标准台账，填好后再打开。",
  browserNoFile: "还没有打开台账文件。请用上方的“打开本地台账文件”打开本单位的台账（.xlsx），校验、规范数据和生成总结都在打开的文件上进行；还没有台账的，可先下载空白标准台账，填好后再打开。",
  browserOpened: "正在使用：{file}（原文件不会改动；修复、规范数据后的台账和总结都另存为下载的新文件）",
  browserChecked: "校验：{result}（详见“校验”页）",
  browserCheckedNotStandard: "校验：这不是标准台账（详见“校验”页）",
  browserDownload: "下载处理后的台账（.xlsx）",
  browserDownloadBlank: "下载空白标准台账（.xlsx）",
  cliHint: "也可以使用命令行工具 campaign-ledger 处理台账文件。",
  // 标准表
  imposeButton: "生成或修复标准表",
  imposeRunning: "正在设置标准表…",
  imposeDone: "标准表已就绪（{version}）。",
  imposeUpgraded: "已从“{before}”升级到“{after}”。",
  imposeRestoredSheet: "工作表“{from}”已改回标准名称“{sheet}”（数据未动）。",
  imposeStrayTable: "工作表“{other}”里的表格占用了“{sheet}”的标准表格名，已把它改名为 {to}（该表数据未动），并新建了标准的“{sheet}”表。如“{other}”是改过名的“{sheet}”，请把数据移到“{sheet}”。",
  imposeCreatedSheets: "新建工作表：{list}",
  imposeCreatedTables: "新建表格：{list}",
  imposeRenamedTable: "{sheet}：表格“{from}”已改名为标准名称",
  imposeRestoredHeader: "{sheet}：表头“{typed}”已改回标准表头“{header}”（该列数据不动）",
  imposeUnmerged: "{sheet}：已取消表格内的合并单元格 {list}（内容保留在左上角一格，同一合并区域的其余格现为空，请逐格补填）",
  imposeAddedColumns: "{sheet}：已在表格末尾补上 {list}",
  imposeBlockedColumns: "{sheet}：缺少 {list}，但表格右侧或下方有其他内容，未能自动补上，请手工添加",
  imposeUnknownColumns: "{sheet}：表头 {list} 不是标准表头（是否改过名？），数据保持不动",
  imposeSkipped: "{sheet}：工作表中已有其他内容且找不到标准表头，未做改动",
  imposeFormHeaderBlocked: "{sheet}：项目上方没有空行可写表头“项目”“内容”，未建立表格，未做改动；各项目照常按名称读取（如需表格，请在项目上方插入一个空行后再运行一次）",
  imposeFormHeaderAdded: "{sheet}：已在第{row}行补上表头“项目”“内容”",
  listSheetName: "隐藏的下拉选项表",
  imposeGeneratedSkipped: "{sheet}：Excel 拒绝撤消该表的保护（设有密码，或是部分 Microsoft 365 版本的已知问题），本次未重写，表中内容保持原样；其余各表已处理。",
  imposeProtectedSheet: "{sheet}：工作表受保护，未做任何改动。如需生成或修复，请先在“审阅”中撤消该表的保护，再运行一次。",
  imposeIndicatorsMissing: "指标汇总：{list} 缺少所需的列，暂以说明文字代替公式；补上这些列后再运行一次即可。",
  imposeFormulasSkipped: "{sheet}：缺少计算{list}所需的列，未写入公式。",
  imposeStopped: "在“{sheet}”处停止：{error} 此前的工作表已处理完毕（{done}），其余未改动；处理后可再次运行。",
  imposeStoppedNone: "在“{sheet}”处停止：{error} 工作簿未做改动。",
  imposeNoChanges: "各表结构完整，已重新应用格式、下拉选项和公式。",
  imposePaneOnly: "此 Excel 版本不支持 ExcelApi 1.8：表格已生成，但没有下拉选项和输入限制，只有侧栏校验生效。",
  imposeIdempotentNote: "可以随时再次运行：已有数据不会被移动或覆盖。",
  // 校验
  checkButton: "校验",
  checkRunning: "正在读取并校验…",
  checkProgress: "正在读取第 {done}/{planned} 批数据…",
  checkSummary: "{errors} 个错误，{warnings} 个提示",
  checkClean: "未发现问题。",
  checkAuto: "修改表格后会自动重新校验；从下拉列表选值或删除行后如未更新，请点“校验”。",
  checkStale: "工作簿已修改，正在重新校验…",
  groupCounts: "{errors} 错误 · {warnings} 提示",
  severityError: "错误",
  severityWarning: "提示",
  sheetLevel: "整表",
  highlightSwitch: "在表格中标出问题单元格",
  highlightDone: "已标出 {count} 个单元格。",
  highlightCleared: "已清除标记。",
  highlightSkipped: "以下工作表受保护，未能在其中标出问题单元格：{sheets}。如需标出，请在“审阅”中撤消工作表保护后点“校验”。",
  highlightClearSkipped: "以下工作表受保护，其中的标记未能清除：{sheets}。请在“审阅”中撤消工作表保护后，打开再关闭此开关。",
  findingsLanguageNote: "问题说明使用中文，与台账标准一致。",
  selectedCell: "已定位到 {cell}",
  previewMistakes: "在示例工作簿中加入几处常见错误",
  previewMistakesDone: "已加入：已整改数大于发现数、用汉字写的服务次数、负数的参与数量。",
  sourcesMore: "等共 {count} 个单元格",
  // 总结
  summaryBuild: "生成总结预览",
  summaryNeedsCheck: "先读取并校验工作簿，再生成总结。",
  includeNames: "在总结中写入先进典型姓名",
  sourcesTitle: "数据来源：",
  sourcesHint: "点选总结中的句子，可查看其中数字来自哪些单元格。",
  sourcesNone: "这句话不含来自表格的数字。",
  exportWord: "导出 Word",
  exportRunning: "正在生成 Word 文档…",
  exportDownloadStarted: "已开始下载“{file}”……如未看到文件，请查看“下载”文件夹，或使用“复制带格式的文本”。",
  exportMacNoDownload: "Mac 版 Office 的任务窗格无法下载文件。请使用“复制带格式的文本”粘贴到 Word 或 WPS，或在 Excel 网页版中导出，也可以用命令行工具 campaign-ledger 生成。",
  exportBlockedTitle: "工作簿有 {count} 个错误，",
  exportBlockedText: "建议先改正错误再导出。以下是前几个：",
  exportAnyway: "仍然导出",
  copyAnyway: "仍然复制",
  dismiss: "关闭",
  /** 总结 refused whatever the user chooses (core exportGate `refused`): no ledger, or nothing in it. */
  summaryRefusedNotStandard: "这不是标准台账，不能生成总结。",
  summaryRefusedEmpty: "各台账都没有数据，不能生成总结。请先填写台账（也请确认打开的是本单位的台账文件）。",
  summaryHasErrors: "台账有 {count} 个错误，以下总结中的相关数字可能不准确；请先到“校验”页改正。",
  summaryShowErrors: "查看错误",
  copyText: "复制带格式的文本",
  copyDone: "已复制，可粘贴到 Word 或 WPS 中。",
  copyFailed: "无法访问剪贴板：{error}",
  summarySignDate: "成文日期",
  summarySignDateHint: "总结落款的日期，默认为今天。",
  summarySignDateTyped: "基本信息中已填写成文日期，落款用它；如要改，请改基本信息。",
  summarySignDateCheck: "请核对：可在基本信息中填写“成文日期”。",
  summarySignDateCheckPage: "请核对：可在下方“成文日期”中选择落款日期。",
  summaryPageNote: "下载的 Word 文档可在 Word 或 WPS 中打开、修改后上报；也可以复制文本后粘贴到其他文档。",
  summaryWordNote: "在 Word 中：打开 Word，从“开始”选项卡打开台账助手，选择本台账文件，即可新建文档或插入到光标处。",
  exportAlternatives: "部分 Office 版本（如 Mac 桌面版）无法直接下载文件，可复制文本后粘贴到 Word。",
  // Word
  wordDescription: "选择按标准台账填写的 Excel 文件（.xlsx），校验后生成工作总结，再新建文档打开或插入到光标处。",
  wordChooseFile: "选择台账文件（.xlsx）",
  wordDropHint: "也可以把文件拖到这里",
  wordFileChosen: "{file}（{size}）",
  wordOneFile: "只能选择一个台账文件，已使用第一个：{file}",
  wordNotStandard: "这不是标准台账：缺少{sheets}等 {count} 个工作表。",
  notStandardImport: "如果是本单位自己做的表格，可在“标准表”页用“导入已有台账”把其中的数据导入标准台账；如果是缺了几张表的标准台账，可用“生成或修复标准表”补上。",
  wordNotStandardFew: "这不是标准台账：缺少工作表{sheets}。",
  wordNotStandardHint: "如果是本单位自己做的表格，请先在 Excel 的台账助手或网页版的“标准表”页用“导入已有台账”把数据导入标准台账，再在这里生成总结。",
  wordFileFailed: "无法读取“{file}”：{error}",
  wordFindings: "校验结果：{summary}",
  wordOpenButton: "新建文档打开",
  wordInsertButton: "插入到光标处",
  wordInsertNote: "新建文档带有完整的页面设置、页眉页脚和页码；插入到光标处只带入正文和样式，页眉、页脚（页码）不会随之插入。",
  wordNeedsCreate: "此 Word 版本不支持新建文档（需要 WordApi 1.3），请使用“插入到光标处”。",
  wordNeedsInsert: "此 Word 版本不支持插入文档（需要 WordApi 1.1）。",
  wordBlockedText: "建议先在 Excel 中改正错误再生成。以下是前几个：",
  wordGenerateAnyway: "仍然生成",
  wordOpened: "已在新文档中打开工作总结。",
  wordInserted: "已插入到光标处（页眉、页脚和页码未随之插入）。",
  wordInsertedAfter: "已插入到所选文字之后，所选内容保留（页眉、页脚和页码未随之插入）。",
  wordPreviewDone: "已生成 {size} 的 Word 文档（预览模式）。",
  wordPreviewOpen: "在 Word 中将以新文档打开，含页面设置、页眉页脚和页码。",
  wordPreviewInsert: "在 Word 中将插入到光标处，只含正文和样式，不含页眉页脚。",
  wordDownload: "下载 .docx",
  wordTooLarge: "文档超过 4 MB，Word 无法插入，请使用“新建文档打开”。",
  wordError: "Word 返回错误：{message}",
  previewWordOutsideOffice: "当前不在 Office 中运行：Word 操作不会真正执行，只显示将发送给 Word 的文档并提供下载。",
  // 规范数据
  fixButton: "规范数据",
  fixDescription: "把以文本形式填写的数字、日期（如“１２０”“552人”“2023.6.5”）转为数值，多余空格去掉；逐条列出，确认后再修改。",
  fixPlanning: "正在读取并找出需要规范的单元格…",
  fixNone: "没有需要规范的单元格。",
  fixCount: "共 {count} 处可规范（{groups} 组），请勾选要修改的：",
  fixSelectAll: "全选",
  fixApply: "修改所选（{count} 处）",
  fixApplying: "正在修改…",
  fixTablesTitle: "表格下方已填的行将纳入表格（不改动单元格）：",
  fixTablesDone: "表格下方已填的行已纳入表格：",
  fixCancel: "取消",
  fixApplied: "已修改 {count} 处。",
  fixUndoExcel: "在 Excel 中按一次 Ctrl+Z（撤消）即可撤销这次规范的全部修改。",
  fixUndoExcelMarks: "问题单元格的标记已随之清除。紧接着在 Excel 中按一次 Ctrl+Z（撤消）即可撤销这次规范的全部修改并恢复标记；如之后又打开标记，需先撤消标记。",
  fixUndoLog: "修改前的值已记入隐藏的“修改记录”工作表，可随时撤销。",
  fixUndoPage: "关闭本页之前，可点“撤销”恢复修改前的值；下载的台账只含修改后的值，不含修改记录。",
  fixUndoButton: "撤销上次规范（{time}，{count} 处）",
  fixUndoing: "正在撤销…",
  fixUndone: "已恢复 {count} 处原值和数字格式。",
  fixLeftTitle: "以下 {count} 处未改动：",
  fixUnreadableTitle: "以下 {count} 处无法识别，规范数据不改动，请在表中改正：",
  fixSkippedTitle: "以下 {count} 处能读懂但保留原样，请核对后手工修改：",
  fixMore: "还有 {count} 处未列出",
  fixBlank: "（空白）",
  // 修复 / 汇总
  imposeRepairNote: "修复会补回经命令行工具或 WPS 另存后丢失的对象：指标汇总的两张图表、各列的下拉选项和输入限制。",
  imposeChartsCreated: "已重新生成图表：{list}",
  imposeChartsNotInDownload: "下载的台账不含“指标汇总”的图表：网页版写不出图表，请在 Excel 中用台账助手加载项的“生成或修复标准表”补回。",
  imposeRepairNoteDownload: "修复会补回经命令行工具或 WPS 另存后丢失的各列下拉选项和输入限制；指标汇总的两张图表只能在 Excel 的台账助手加载项中补回。",
  imposeValidationRestored: "已重新设置各列的下拉选项和输入限制。",
  rollupTitle: "汇总各单位台账",
  rollupDescription: "选择各单位报送的台账文件（.xlsx，可多选），逐个校验后合并为一个新的标准台账，并附“汇总”表。不会改动当前工作簿。",
  rollupUnit: "汇总单位名称",
  rollupUnitNeeded: "请先填写汇总单位名称（如“城南街道办事处”），总结的标题和落款都用它。",
  rollupType: "汇总单位类型",
  rollupTypeAuto: "按名称判断",
  rollupTypeHint: "决定总结的称谓（全街道、全镇、全区……）。按名称判断时，“…街道办事处”为街道，“…镇人民政府”为乡镇，“…局”为机关部门；判断不出时，各单位都是村的为乡镇，否则为街道。",
  rollupPick: "选择台账文件…",
  rollupReading: "正在读取第 {done}/{total} 个台账…",
  rollupResult: "汇总 {included} 个单位，共 {rows} 行；未汇总 {left} 个。",
  rollupIncluded: "已汇总",
  rollupForced: "强制汇总",
  rollupLeftOut: "未汇总",
  rollupNotReported: "未填报",
  rollupEmptyCount: "未填报（台账为空）{n} 个。",
  rollupUnitLine: "{unit}（{file}）：{rows} 行，{errors} 个错误，{warnings} 个提示",
  rollupUnitLineFile: "{file}：{rows} 行，{errors} 个错误，{warnings} 个提示",
  rollupNotLedger: "{file}：{reason}，未汇总；如是本单位自己做的表格，可先用“导入已有台账”导入标准台账。",
  rollupUnreadable: "{file}：无法读取——{reason}",
  rollupRepeated: "以下文件选择了不止一次，只汇总一次：{files}",
  rollupOpen: "在新工作簿中打开",
  rollupDownload: "下载汇总台账",
  rollupBuilding: "正在生成汇总台账…",
  rollupOpened: "已在新的 Excel 窗口中打开汇总台账。",
  deliverDownloadStarted: "已开始下载“{file}”……如未看到文件，请查看浏览器的下载列表。",
  deliverTooLargeForWeb: "文件较大（{size} MB），Excel 网页版无法直接打开。",
  deliverOpenFailed: "Excel 未能直接打开新工作簿。",
  deliverMacNoDownload: "Mac 版 Excel 的任务窗格无法下载文件。请在 Excel 网页版中使用本功能，或用命令行工具 campaign-ledger 生成该文件。",
  rollupNoUnits: "没有可汇总的台账。",
  rollupForceAll: "仍然汇总（含有错误的单位）",
  importOpen: "导入已有台账…",
  rollupForceHint: "含有错误的单位将按现有数据汇总，并标为“强制汇总”；建议先请该单位改正后重新报送。",
  rollupMoreErrors: "……共 {n} 个错误",
  // 上期对比
  compareTitle: "与上期对比",
  compareDescription: "选择本单位上一期或上年同期的台账（.xlsx），总结中写入与上期相比的变化。",
  comparePick: "选择上期台账…",
  compareReading: "正在读取上期台账…",
  compareOk: "已与“{file}”（{period}）对比，{count} 项指标可与上期比较。",
  compareEmbeddedWord: "已与本台账“{sheet}”表中的上期数字（{period}）对比，{count} 项指标可与上期比较。",
  compareEmbedded: "已与本台账“{sheet}”表中的上期数字（{period}）对比，{count} 项指标可与上期比较；选择上一期台账文件则改为与该文件对比。",
  compareRefused: "无法对比：{message}",
  compareRefusedPicked: "无法对比：{message}总结未作对比。",
  compareNotStandard: "所选文件不是标准台账（缺少{sheets}等工作表），无法对比。",
  compareNotStandardFew: "所选文件不是标准台账（缺少工作表{sheets}），无法对比。",
  compareClear: "取消所选台账",
  // Period and version labels inside messages (English messages must not carry the Chinese ones)
  periodOfYear: "{year}年{period}",
  periodOfMonth: "{year}年{month}月",
  periodYear: "全年",
  periodH1: "上半年",
  periodH2: "下半年",
  periodQ1: "第一季度",
  periodQ2: "第二季度",
  periodQ3: "第三季度",
  periodQ4: "第四季度",
  periodMonth: "月度",
  periodSpecial: "专项",
  versionLabel: "标准台账 {version}",
  appendixSwitch: "附主要指标统计表",
  rollupAppendixNote: "汇总台账的总结末尾附各单位主要指标统计表（预览最后可见）",
  // 通用
  sizeBytes: "{n} 字节",
  sizeKB: "{n} KB",
  sizeMB: "{n} MB",
  loadingWorkbook: "正在准备示例工作簿…",
  errorTitle: "操作未完成",
  errorAccessDenied: "工作表受保护或没有编辑权限。请在“审阅”中撤消工作表保护后重试。",
  errorUnprotect: "Excel 拒绝撤消工作表保护（工作表设有密码，或是部分 Microsoft 365 版本的已知问题）。",
  errorStructure: "工作簿结构受保护，无法新建、隐藏或移动工作表。请在“审阅”›“保护工作簿”中撤消保护后重试。",
  errorCellEdit: "Excel 正处于单元格编辑状态。请按 Enter 或 Esc 结束编辑后重试。",
  errorNotFound: "找不到对应的工作表或单元格，可能已被删除或改名。请重新校验。",
  errorPayload: "数据量超过 Excel 单次传输上限（Excel 网页版为 5 MB）。请分表处理，或在桌面版 Excel 中操作。",
  errorGeneric: "Excel 返回错误：{message}",
};

/** Every UI string key; the type both locales must satisfy. */
export type Strings = { readonly [K in keyof typeof zhCN]: string };


/** 报告期 values (the catalog's enum) → their string key. */
const PERIOD_KEYS: Readonly<Record<string, keyof Strings>> = {
  全年: "periodYear", 上半年: "periodH1", 下半年: "periodH2", 第一季度: "periodQ1", 第二季度: "periodQ2", 第三季度: "periodQ3", 第四季度: "periodQ4", 月度: "periodMonth", 专项: "periodSpecial",
};

/**
 * A 报告年度 + 报告期 in the pane's language: "2022年上半年" / "H1 2022"; 月度 with its 起始日期 (`start`, an Excel
 * serial) "2025年6月" / "6/2025"; an unknown period is kept as typed; blank parts are left out.
 */
export function periodText(year: number | undefined, period: string | undefined, strings: Strings, start?: number): string {
  // A 月度 period by its month, 起始日期's (`2025年6月`; new-user test 36, D16).
  if (period === "月度" && start !== undefined) return formatString(strings.periodOfMonth, { year: ymdFromSerial(start).y, month: ymdFromSerial(start).m });
  const key = period ? PERIOD_KEYS[period] : undefined;
  const named = key ? strings[key] : (period ?? "");
  if (year === undefined) return named;
  return named ? formatString(strings.periodOfYear, { year, period: named }) : String(year);
}

/** The standard's version text ("标准台账 v1.1", as written in the workbook) in the pane's language. */
export function versionText(text: string, strings: Strings): string {
  const m = /^标准台账\s*(v[\d.]+)$/u.exec(text.trim());
  return m ? formatString(strings.versionLabel, { version: m[1] }) : text;
}

/**
 * Whether an Office display language tag (`Office.context.displayLanguage`, e.g. "en-US",
 * "zh-CN") asks for the English strings (strings-en.ts, loaded on demand): "en…" does; anything
 * else, including unknown, gets Chinese.
 */
export function wantsEnglish(displayLanguage: string | undefined): boolean {
  return displayLanguage?.toLowerCase().startsWith("en") ?? false;
}

/** `one` when `n` is 1, else `other` (English plurals; Chinese strings do not use it). */
export function plural(n: number, one: string, other: string): string {
  return n === 1 ? one : other;
}

/**
 * Fills `{name}` placeholders from `params`, and `{name|one|other}` with `plural(params.name,
 * one, other)`; unknown placeholders stay as written.
 * @example formatString("版本 {version}", { version: "0.1.0" }) // "版本 0.1.0"
 * @example formatString("{n} {n|error|errors}", { n: 1 }) // "1 error"
 */
export function formatString(template: string, params: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)(?:\|([^|}]*)\|([^|}]*))?\}/g, (whole, name: string, one: string | undefined, other: string | undefined) => {
    if (!Object.prototype.hasOwnProperty.call(params, name)) return whole;
    const value = params[name];
    return one === undefined ? String(value) : plural(Number(value), one, other ?? one);
  });
}

/**
 * A file size for people: bytes below 1 KB, KB (one decimal below 10) below 1 MB, else MB
 * (one decimal below 100). 1 KB = 1024 bytes.
 * @example formatSize(0, zhCN) // "0 字节"; formatSize(30_000_000, zhCN) // "28.6 MB"
 */
export function formatSize(bytes: number, strings: Strings): string {
  const round = (x: number, limit: number) => (x < limit ? String(Math.round(x * 10) / 10) : String(Math.round(x)));
  if (bytes < 1024) return formatString(strings.sizeBytes, { n: Math.max(0, Math.round(bytes)) });
  const kb = bytes / 1024;
  if (kb < 1024 && Math.round(kb) < 1024) return formatString(strings.sizeKB, { n: round(kb, 10) });
  return formatString(strings.sizeMB, { n: round(kb / 1024, 100) });
}
