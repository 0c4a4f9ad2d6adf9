/**
 * New-user test 39 (docs/new-user-test-pane-39.md), defects D20, D23, D25 and D27: each as the tester typed it.
 */
import { cli } from "./support/cli";
import { workbookFile } from "./support/files";
import { summaryTextOf } from "./support/summaries";

it("D20: a 其他指标 total with a 频次 is told as the period's total, never after the frequency", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "中国移动城关营业厅", 单位类型: "企事业单位", 报告年度: 2025, 报告期: "下半年" },
    ledgers: { 其他指标: [{ 板块: "其他", 指标名称: "爱心驿站接待户外劳动者", 数值: "1,800", 单位: "人次", 频次: "每日" }] },
  });
  expect(text).not.toContain("每日爱心驿站接待户外劳动者1800人次");
  expect(text).toContain("爱心驿站坚持每日接待户外劳动者，累计1800人次");
});

it("D27: a 其他指标 with a 频次 and a total of another measure keeps the frequency", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "柳塘村村民委员会", 单位类型: "村", 报告年度: 2025, 报告期: "上半年" },
    ledgers: { 其他指标: [{ 板块: "环境整治", 指标名称: "河道保洁", 数值: "约2", 单位: "公里", 频次: "每周2次" }] },
  });
  expect(text).toContain("河道保洁约2公里，每周开展2次。");
});
