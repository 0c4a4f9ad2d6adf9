/**
 * New-user test 50 (docs/new-user-test-pane-50.md), defects D7, D8, D14, D16 (e) and D17: a 组织保障 name split at its
 * space left a verb-less fragment after the figures (`……累计开展24次，创文专项督查`); a 任务分解 that says its own verb
 * (`……清单下发到……`) took a second one (`分解落实……下发到`); an undated 领导小组 of a monthly report was told as set up
 * that month, with `业委会+物业` as typed; an impossible date outside the period printed under --force; a place before a
 * name (`石门村 张德福`) counted as a second person.
 */
import { analyzeWorkbook, standardV1 } from "../src/core";
import { readWorkbook } from "../src/adapters/xlsx/read-workbook";
import { writeWorkbook } from "../src/adapters/xlsx/write-workbook";
import type { WorkbookContent } from "../src/adapters/xlsx/content";
import { plusAsList } from "../src/core/facts/tidy";
import { summaryTextOf } from "./support/summaries";

const hospital = { 单位名称: "县人民医院", 单位类型: "企事业单位", 报告年度: 2025, 报告期: "上半年" };
const town = { 单位名称: "城关镇人民政府", 单位简称: "城关镇", 单位类型: "乡镇", 报告年度: 2025, 报告期: "全年" };

async function findingsOf(content: WorkbookContent, rule: string): Promise<string[]> {
  const analysis = analyzeWorkbook(await readWorkbook(await writeWorkbook(standardV1, content)), standardV1);
  return analysis.findings.filter((f) => f.rule === rule).map((f) => `${f.sheet}!${f.cell} ${f.message}`);
}

describe("D7: `行政查房 创文专项督查` 24次 每周1次", () => {
  const content = { profile: hospital, ledgers: { 组织保障: [{ 事项类型: "督查检查", 名称或内容: "行政查房 创文专项督查", 数量: 24, 单位: "次", 频次: "每周1次" }] } };
  it("the two names of one work stay one object before the figures, no fragment after them", async () => {
    const text = await summaryTextOf(content);
    expect(text).toContain("坚持每周开展行政查房、创文专项督查1次，累计开展24次。");
    expect(text).not.toContain("，创文专项督查。");
  });
  it("org.spoken-name shows the name as the text says it", async () => {
    expect(await findingsOf(content, "org.spoken-name")).toEqual([expect.stringContaining("“行政查房、创文专项督查”")]);
  });
});

it("D8: `创文任务清单下发到柳塘村、石门村、新桥村等8个村` 8个 takes no second verb", async () => {
  const text = await summaryTextOf({ profile: town, ledgers: { 组织保障: [{ 事项类型: "任务分解", 名称或内容: "创文任务清单下发到柳塘村、石门村、新桥村等8个村", 数量: 8, 单位: "个" }] } });
  expect(text).toContain("将创文任务清单分解下发到柳塘村、石门村、新桥村等8个村。");
  expect(text).not.toContain("分解落实创文任务清单");
});

it("D16 (e): an undated 领导小组 of a monthly report is not told as set up that month; `业委会+物业` is `业委会、物业`", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "阳光小区物业服务中心", 单位类型: "企事业单位", 报告年度: 2025, 报告期: "月度", 起始日期: "2025-05-01" },
    ledgers: { 组织保障: [{ 事项类型: "领导小组", 名称或内容: "小区创文工作小组（业委会+物业）" }] },
  });
  // Run-27 review, 材料1 item 1: the members in brackets are said as who forms the group.
  expect(text).toContain("我中心充分发挥由业委会和物业组成的小区创文工作小组统筹作用。");
  expect(text).not.toContain("成立小区创文工作小组");
  expect(text).not.toContain("+");
});

describe("D14: `2025.2.30` 寒假阅读总结 in a 第二季度 report", () => {
  const content = {
    profile: { 单位名称: "县图书馆", 单位类型: "企事业单位", 报告年度: 2025, 报告期: "第二季度" },
    ledgers: {
      活动台账: [
        { 日期: "2025-04-23", 活动名称: "世界读书日主题活动", 活动类型: "文体活动", 参与数量: 300, 单位: "人次" },
        { 日期: "2025.2.30", 活动名称: "寒假阅读总结", 活动类型: "文体活动", 参与数量: 20, 单位: "人" },
      ],
    },
  };
  it("the invalid-date error says the month is outside the period", async () => {
    expect(await findingsOf(content, "value.not-date")).toEqual(["活动台账!A4 “日期”“2025.2.30”不是有效日期：2025年2月没有30日（只有28天），且2月不在报告期（第二季度）内，强制生成时总结不写这一行，请改正。"]);
  });
  it("with --force the row is left out of the text, as a valid out-of-period row is", async () => {
    const text = await summaryTextOf(content);
    expect(text).not.toContain("寒假阅读总结");
    expect(text).toContain("世界读书日主题活动");
  });
});

it("D17: `石门村 张德福` is one person of 石门村", async () => {
  const content = { profile: town, ledgers: { 先进典型: [{ 荣誉名称: "县级道德模范", 级别: "县/区", 类别: "见义勇为", 人数: 1, 姓名: "石门村 张德福" }] } };
  expect(await findingsOf(content, "honour.names-count")).toEqual([]);
  const two = { profile: town, ledgers: { 先进典型: [{ 荣誉名称: "县级道德模范", 级别: "县/区", 类别: "见义勇为", 人数: 1, 姓名: "李明 张德福" }] } };
  expect(await findingsOf(two, "honour.names-count")).toEqual(["先进典型!E3 姓名列了2人（李明、张德福），人数为1：如另有获评人，请补全姓名或在最后加“等”；否则请核对人数。"]);
});

it.each([
  ["业委会+物业", "业委会、物业"], ["社区＋物业＋业委会", "社区、物业、业委会"], ["小区创文工作小组（业委会 + 物业）", "小区创文工作小组（业委会、物业）"],
  ["党建+志愿服务", "党建+志愿服务"], ["“警格+网格”联动", "“警格+网格”联动"], ["警格+网格联动", "警格+网格联动"], ["8+2", "8+2"],
])("D16: plusAsList(%s) is %s — a + between names is 、, a model of working keeps it", (typed, said) => {
  expect(plusAsList(typed)).toBe(said);
});
