/**
 * New-user test 49 (docs/new-user-test-pane-49.md), D3, D5, D9: a personal name in 组织保障 名称或内容 (`馆长张建国任组长`)
 * printed and not flagged; a spoken 问题整改 备注 (`展厅里乱摸展品、大声喧哗的，劝了`) used as the problem's name and its
 * behaviours counted in 处; a park's 备注 of kinds (`劝导乱扔垃圾、践踏草坪……`) not read, and the 劝导 figure of the lead
 * never told in the body.
 */
import { summaryTextOf } from "./support/summaries";
import { readWorkbook } from "../src/adapters/xlsx/read-workbook";
import { writeWorkbook } from "../src/adapters/xlsx/write-workbook";
import type { WorkbookContent } from "../src/adapters/xlsx/content";
import { analyzeWorkbook, documentText, standardV1, summarize } from "../src/core";

async function findingsOf(content: WorkbookContent, sheet: string): Promise<string[]> {
  const analysis = analyzeWorkbook(await readWorkbook(await writeWorkbook(standardV1, content)), standardV1);
  return analysis.findings.filter((f) => f.sheet === sheet).map((f) => `${f.rule} ${f.sheet}!${f.cell} ${f.message}`);
}

async function namedTextOf(content: WorkbookContent): Promise<string> {
  const snapshot = await readWorkbook(await writeWorkbook(standardV1, content));
  return documentText(summarize(analyzeWorkbook(snapshot, standardV1), standardV1, { includeNames: true, today: 45900 }).document);
}

const museum = { 单位名称: "县博物馆", 单位简称: "博物馆", 单位类型: "企事业单位", 报告年度: 2025, 报告期: "上半年" };

describe("D3: a name in 组织保障 名称或内容", () => {
  const content = (text: string): WorkbookContent => ({
    profile: museum,
    ledgers: { 组织保障: [{ 事项类型: "领导小组", 名称或内容: text, 数量: 1, 单位: "个", 日期: "2025-02-10" }] },
  });
  it("`成立馆创文工作领导小组，馆长张建国任组长` is told without the name, with and without --names", async () => {
    const c = content("成立馆创文工作领导小组，馆长张建国任组长");
    const text = await summaryTextOf(c);
    expect(text).not.toContain("张建国");
    expect(text).toContain("博物馆于2月10日成立以馆长为组长的创文工作领导小组。");
    expect(await namedTextOf(c)).not.toContain("张建国");
  });
  it("check warns value.personal at 组织保障!B3", async () => {
    const found = await findingsOf(content("成立馆创文工作领导小组，馆长张建国任组长"), "组织保障");
    expect(found.filter((f) => f.startsWith("value.personal"))).toEqual([expect.stringMatching(/^value\.personal 组织保障!B3 .*张建国/u)]);
  });
  it.each([
    ["成立创文工作领导小组，书记李明任组长", "成立以书记为组长的创文工作领导小组"],
    ["成立创文工作领导小组，由主任王芳担任组长", "成立以主任为组长的创文工作领导小组"],
    ["成立创文工作领导小组，局长赵刚为组长", "成立以局长为组长的创文工作领导小组"],
    ["成立创文工作领导小组，校长孙伟任组长，副校长周敏任副组长", "成立以校长为组长、副校长为副组长的创文工作领导小组"],
    ["成立创文工作领导小组，站长陈亮牵头", "成立创文工作领导小组，由站长牵头"],
    ["成立创文工作领导小组，经理吴凯负责", "成立创文工作领导小组，由经理负责"],
  ])("%s → %s", async (typed, told) => {
    const text = await summaryTextOf(content(typed));
    expect(text).toContain(told);
    expect(text).not.toMatch(/李明|王芳|赵刚|孙伟|周敏|陈亮|吴凯/u);
  });
});

describe("D5: a spoken 备注 of a 其他 problem row", () => {
  const content: WorkbookContent = {
    profile: museum,
    ledgers: { 问题整改: [{ 问题类别: "其他", 发现数: 15, 已整改数: 14, 单位: "处", 责任单位: "开放部", 备注: "展厅里乱摸展品、大声喧哗的，劝了" }] },
  };
  it("`展厅里乱摸展品、大声喧哗的` is told in written words, as behaviours counted in 起", async () => {
    const text = await summaryTextOf(content);
    expect(text).not.toMatch(/展厅里|喧哗的|乱摸|行为\d+处/u);
    expect(text).toContain("随意触摸展品、大声喧哗等不文明行为15起");
  });
});

describe("D9: a park's 备注 of kinds of conduct and its 劝导 indicator", () => {
  const content: WorkbookContent = {
    profile: { 单位名称: "东湖公园管理处", 单位类型: "企事业单位", 报告年度: 2025, 报告期: "上半年" },
    ledgers: {
      问题整改: [
        { 问题类别: "其他", 发现数: 320, 已整改数: 320, 单位: "起", 责任单位: "园区巡查组", 备注: "劝导乱扔垃圾、践踏草坪、野泳、遛狗不牵绳" },
        { 问题类别: "卫生死角", 发现数: 12, 已整改数: 10, 单位: "处", 责任单位: "保洁班" },
      ],
      其他指标: [{ 板块: "其他", 指标名称: "劝导不文明行为", 数值: "两千余", 单位: "人次" }],
    },
  };
  it("the kinds are named, never `其他问题320起`", async () => {
    const text = await summaryTextOf(content);
    expect(text).not.toContain("其他问题");
    expect(text).toContain("乱扔垃圾、践踏草坪、野泳、遛狗不牵绳等不文明行为320起");
    expect(text).toContain("；乱扔垃圾、践踏草坪、野泳、遛狗不牵绳等不文明行为320起，均已纠正，劝导不文明行为2000余人次。");
    // Told once, in the body: the opening takes its figures from the problems (`纠正……320起，清理卫生死角10处`).
    expect(text.match(/2000余人次/gu)?.length).toBe(1);
  });
});
