/**
 * UI strings of 开始下一期 (issue #17), zh-CN first and en-US with the same keys
 * (`state/next-period.test.ts` compares them). Kept out of strings.ts so that they load with the
 * lazy panel, not with the pane's first paint (bench "gzip: initial JS").
 * @module
 */
import type { Strings } from "./strings";

/** Simplified Chinese (default). */
export const nextZhCN = {
  nextTitle: "开始下一期",
  nextDescription: "把当前工作簿改为下一期的台账：保留单位基本信息、领导小组等常设事项、志愿服务队伍、未整改到位的问题和下一步打算，清除本期其余各行；本期指标数字存入受保护的“上期指标”表，下一期总结与它对比。",
  nextDescriptionDownload: "由打开的台账生成下一期的台账文件：保留单位基本信息、领导小组等常设事项、志愿服务队伍、未整改到位的问题和下一步打算，清除本期其余各行；本期指标数字存入“上期指标”表。结果下载为新文件，原文件不变。",
  nextPreview: "预览下一期",
  nextPlanning: "正在核对本期台账…",
  nextPeriodLine: "下一期：{period}（{days}）",
  nextDays: "{start}至{end}",
  nextDaysBlank: "起始日期和截止日期请在基本信息中填写",
  nextSheetLine: "{sheet}：保留{kept}行，清除{cleared}行",
  nextClearedTotal: "共清除本期数据{cleared}行",
  nextProblemsLine: "问题整改：{count}个未整改到位的问题结转为“上期遗留”（发现数改为剩余数，已整改数为0）",
  nextPlansLine: "文字材料：{count}条“下一步打算”结转为“上期打算”，落实情况待新一期填写",
  nextStandingLine: "保留{kinds}{standing}行和志愿服务队伍{teams}支（日期、服务次数、服务时长和备注清空）",
  nextPreviousLine: "本期指标数字存入受保护的“{sheet}”表",
  nextSpokenPlan: "请注意：{note}",
  nextNotCarriedTitle: "未结转的内容（{count}项）：",
  nextWarningTitle: "此操作会改写当前工作簿",
  nextWarning: "上面列出的本期数据将从当前工作簿中清除，可能无法用“撤销”恢复。请先用“文件 › 另存为”保存一份本期台账的副本，再继续。",
  nextConfirmCheck: "我已另存本期台账的副本，确认清除本期数据",
  nextApply: "开始下一期",
  nextApplyDownload: "下载下一期台账",
  nextApplying: "正在写入下一期…",
  nextDone: "已开始{period}：当前工作簿已是下一期的台账，本期指标在“上期指标”表中。请核对基本信息后再填报。",
  nextDoneDownload: "{message}（新台账：{errors}个错误）",
  nextTablesKept: "此 Excel 版本不能调整表格大小（需 ExcelApi 1.13），各表保留了已清空的行，可直接在其中填写。",
  nextAskPeriod: "请选择下一期的报告期和报告年度，再点“预览下一期”。",
  nextPeriodLabel: "下一期报告期",
  nextYearLabel: "报告年度",
  nextCancel: "取消",
};

/** The strings of 开始下一期. */
export type NextStrings = { readonly [K in keyof typeof nextZhCN]: string };

/** English. */
export const nextEnUS: NextStrings = {
  nextTitle: "Start the next period",
  nextDescription: "Turns this workbook into the next period's ledger: keeps the unit's profile, the standing rows (领导小组 …), the volunteer teams, the problems not yet rectified and the plans, and clears this period's other rows; this period's figures go into the protected 上期指标 sheet, which the next summary compares with.",
  nextDescriptionDownload: "Makes the next period's ledger from the opened file: keeps the unit's profile, the standing rows (领导小组 …), the volunteer teams, the problems not yet rectified and the plans, and clears this period's other rows; this period's figures go into the 上期指标 sheet. The result is a new download; your file is not changed.",
  nextPreview: "Preview the next period",
  nextPlanning: "Reading this period's ledger…",
  nextPeriodLine: "Next period: {period} ({days})",
  nextDays: "{start} to {end}",
  nextDaysBlank: "fill in the start and end dates on 基本信息",
  nextSheetLine: "{sheet}: {kept} rows kept, {cleared} cleared",
  nextClearedTotal: "{cleared} rows of this period cleared in all",
  nextProblemsLine: "问题整改: {count} problems not fully rectified carried as 上期遗留 (发现数 = what is left, 已整改数 0)",
  nextPlansLine: "文字材料: {count} 下一步打算 rows carried as 上期打算, 落实情况 to be filled next period",
  nextStandingLine: "Kept: {standing} standing rows ({kinds}) and {teams} volunteer teams (dates, services, hours and notes cleared)",
  nextPreviousLine: "This period's figures go into the protected sheet “{sheet}”",
  nextSpokenPlan: "Note: {note}",
  nextNotCarriedTitle: "Not carried ({count}):",
  nextWarningTitle: "This rewrites the open workbook",
  nextWarning: "The rows above are removed from this workbook and Undo may not bring them back. First save a copy of this period's ledger (File › Save As), then go on.",
  nextConfirmCheck: "I saved a copy of this period's ledger; clear this period's data",
  nextApply: "Start the next period",
  nextApplyDownload: "Download the next period's ledger",
  nextApplying: "Writing the next period…",
  nextDone: "Started {period}: this workbook is now the next period's ledger; this period's figures are in 上期指标. Check 基本信息 before filling in.",
  nextDoneDownload: "{message} (new ledger: {errors} errors)",
  nextTablesKept: "This Excel cannot resize tables (ExcelApi 1.13 needed): the tables keep their emptied rows, ready to fill in.",
  nextAskPeriod: "Choose the next period and year, then Preview the next period.",
  nextPeriodLabel: "Next period",
  nextYearLabel: "Year",
  nextCancel: "Cancel",
};

/** The table for the pane's language. */
export function nextStringsFor(strings: Strings): NextStrings {
  return strings.locale === "en-US" ? nextEnUS : nextZhCN;
}
