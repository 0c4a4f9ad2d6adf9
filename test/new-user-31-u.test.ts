/**
 * New-user test 31 (docs/new-user-test-pane-31.md): the defects D12, D13, D16, D17 and D20 fixed in one session, each
 * as the tester met it.
 */
import { cli } from "./support/cli";
import { workbookFile } from "./support/files";
import { wordMessage } from "../src/taskpane/word/word-message";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { analyseLedger } from "../src/core";
import { readWorkbook } from "../src/adapters/xlsx/read-workbook";
import { missingStandardSheets, notStandardMessage, withoutMissingSheets } from "../src/taskpane/state/standard";
import { zhCN } from "../src/taskpane/strings";

it("D17: 起止日期 outside the 报告期 are an error that says what to change, and summarize waits for them to agree", async () => {
  const file = await workbookFile({
    profile: { 单位名称: "桂花巷社区居委会", 单位类型: "社区", 报告年度: 2025, 报告期: "上半年", 起始日期: "2025-03-01", 截止日期: "2025-09-30" },
    ledgers: { 活动台账: [{ 日期: "2025-07-15", 活动名称: "暑期安全讲座", 活动类型: "宣传教育", 参与数量: 40, 单位: "人" }] },
  });
  const check = await cli("check", file);
  expect(check.out).toContain("错误 基本信息!B11 [profile.period-mismatch] 日期2025年9月30日不在2025年上半年（2025年1月1日至2025年6月30日）内：总结标题写“2025年上半年”，数据却到9月30日；请改正报告年度、报告期或起止日期，三者一致后才能生成总结。");
  expect(check.out).not.toContain("基本信息!B10 [profile.period-mismatch]");
  const summary = await cli("summarize", file, "--text", "-");
  expect(summary.code).not.toBe(0);
  expect(summary.out).not.toContain("暑期安全讲座");
});

it("D20: with 报告期 blank, no 频次 hint judged against a guessed whole year", async () => {
  const content = (period?: string): Parameters<typeof workbookFile>[0] => ({
    profile: { 单位名称: "桂花巷社区居委会", 单位类型: "社区", 报告年度: 2025, ...(period ? { 报告期: period } : {}) },
    ledgers: { 组织保障: [{ 事项类型: "工作机制", 名称或内容: "巡查例会", 频次: "每周一次", 数量: 30, 单位: "次" }] },
  });
  const blank = (await cli("check", await workbookFile(content()))).out;
  expect(blank).not.toContain("value.frequency-total");
  const full = (await cli("check", await workbookFile(content("全年")))).out;
  expect(full).toContain("[value.frequency-total] 频次“每周一次”在报告期（约12个月）内约为52次，与填写的30次不符");
});

it("D13 (and D3): a date typed as text is converted 为日期, and the Word pane writes Excel台账助手 as the core's messages write Excel", async () => {
  const file = await workbookFile({
    profile: { 单位名称: "桂花巷社区居委会", 单位类型: "社区", 报告年度: 2025, 报告期: "下半年", 成文日期: "2025年12月3日" },
    ledgers: { 志愿服务: [{ 队伍名称: "桂花巷志愿服务队", 队伍类型: "综合志愿者", 注册人数: "80名" }] },
  });
  const check = await cli("check", file);
  expect(check.out).toContain("“成文日期”是文本“2025年12月3日”，已读作2025年12月3日。可用“规范数据”（命令行：campaign-ledger fix 台账.xlsx -o 新文件.xlsx）转换为日期。");
  expect(check.out).toContain("“注册人数”是文本“80名”，已读作80；本格只填数字。可用“规范数据”（命令行：campaign-ledger fix 台账.xlsx -o 新文件.xlsx）转换为数值。");
  expect(wordMessage("“成文日期”是文本“2025年12月3日”，已读作2025年12月3日。可用“规范数据”转换为日期。")).toBe("“成文日期”是文本“2025年12月3日”，已读作2025年12月3日。可用Excel台账助手或网页版中的“规范数据”转换为日期。");
});

it("D16: a hand-made workbook's notice counts every missing standard sheet, and the per-sheet findings are left to it", async () => {
  // Its own sheets 宣传 and 上半年工作 resemble 宣传投放 and 活动台账 (sheet.renamed, hand-made); the other 7 are missing.
  const file = join(__dirname, "..", "docs", "new-user-test-26-files", "handmade.xlsx");
  const analysis = analyseLedger(await readWorkbook(readFileSync(file)));
  const missing = missingStandardSheets(analysis.findings);
  expect(missing).toHaveLength(9);
  expect(analysis.errors).toBe(9);
  expect(notStandardMessage(missing!, zhCN, "word")).toBe("这不是标准台账：缺少基本信息、组织保障等 9 个工作表。");
  expect(withoutMissingSheets(analysis.findings).filter((f) => f.rule.startsWith("sheet."))).toEqual([]);
  const check = await cli("check", file);
  expect(check.out).toContain("这不是标准台账：缺少基本信息、组织保障等9个工作表。");
  expect(check.out).toContain("共9个错误（即缺少的9个工作表）。");
});
