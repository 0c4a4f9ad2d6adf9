/**
 * New-user test 53 (docs/new-user-test-pane-53.md), D1 and D11, and new-user test 52 (docs/new-user-test-pane-52.md), D2:
 * staff's free text of rows (活动台账 简要内容, 组织保障 名称或内容) said in spoken words.
 */
import { analyzeWorkbook, standardV1 } from "../src/core";
import { readWorkbook } from "../src/adapters/xlsx/read-workbook";
import { writeWorkbook } from "../src/adapters/xlsx/write-workbook";
import type { WorkbookContent } from "../src/adapters/xlsx/content";
import { summaryTextOf } from "./support/summaries";

const findingsOf = async (content: WorkbookContent, rule: string): Promise<string[]> =>
  analyzeWorkbook(await readWorkbook(await writeWorkbook(standardV1, content)), standardV1).findings.filter((f) => f.rule === rule).map((f) => `${f.sheet}!${f.cell} ${f.message}`);

const hospital = { 单位名称: "县中医院", 单位类型: "企事业单位", 报告年度: 2025, 报告期: "第三季度" };
const street = { 单位名称: "西湖街道办事处", 单位类型: "街道", 报告年度: 2025, 报告期: "上半年" };
const community = { 单位名称: "东风社区居委会", 单位类型: "社区", 报告年度: 2025, 报告期: "下半年" };

const d1: WorkbookContent = {
  profile: hospital,
  ledgers: {
    活动台账: [
      { 日期: "2025.7.1", 活动名称: "建党节义诊进社区", 活动类型: "志愿服务", 参与数量: "35人", 单位: "人", 地点: "城关镇西门社区", 主办或协办单位: "院团委", 简要内容: "我们去了35个医生护士，给老百姓量血压测血糖，大概看了三百来人" },
    ],
  },
};

it("D1: the spoken clauses of a 简要内容 are written or left out with a 提示; the row's own figure is told once", async () => {
  const text = await summaryTextOf(d1);
  expect(text).toContain("7月1日院团委在城关镇西门社区开展“建党节义诊进社区”志愿服务活动，为群众测量血压、血糖，参与35人。");
  expect(text).not.toMatch(/我们|老百姓|三百来人|医生护士/u);
  expect(await findingsOf(d1, "text.placeholder")).toEqual([
    "活动台账!H3 “简要内容”中“大概看了三百来人”是口语、感受或闲谈，不是活动内容：总结不写这一句；请写明活动的实际内容（如“讲解垃圾分类知识”“发放宣传资料”）。",
  ]);
});

it("D1: the class — 咱们来了…, 差不多…N多人, 老百姓", async () => {
  const { activityContent } = await import("../src/core/facts/remark");
  expect(activityContent("咱们来了20多个志愿者，帮老百姓打扫楼道，差不多来了一百多人")).toEqual({
    content: "为群众打扫楼道",
    left: [{ text: "咱们来了20多个志愿者", why: "spoken" }, { text: "差不多来了一百多人", why: "talk" }],
  });
});

it("D11: 发/办/狗主人 in a 简要内容 and 把 in a 组织保障 名称或内容 are said in written words", async () => {
  const street53: WorkbookContent = {
    profile: street,
    ledgers: {
      活动台账: [{ 日期: "2025.5.20", 活动名称: "文明养犬宣传进社区", 活动类型: "宣传教育", 参与数量: "150", 单位: "人", 地点: "玉泉社区", 主办或协办单位: "派出所", 简要内容: "给狗主人发牵引绳，免费办犬证" }],
    },
  };
  const text = await summaryTextOf(street53);
  expect(text).toContain("为犬主发放牵引绳，免费办理犬证");
  expect(text).not.toMatch(/狗主人|发牵引绳|办犬证/u);
  const hosp: WorkbookContent = {
    profile: hospital,
    ledgers: { 组织保障: [{ 事项类型: "其他", 名称或内容: "把文明就医纳入科室绩效考核", 日期: "2025年7月15日" }] },
  };
  const org = await summaryTextOf(hosp);
  expect(org).toContain("7月15日，将文明就医纳入科室绩效考核");
  expect(org).not.toMatch(/把文明就医/u);
});

it("(52) D2: a figure in 人 after a task whose first noun is a person role goes with that role", async () => {
  const d2: WorkbookContent = {
    profile: community,
    ledgers: { 组织保障: [{ 事项类型: "任务分解", 名称或内容: "楼栋长包楼到户，幸福苑小区3栋、5栋由老周负责", 数量: 42, 单位: "人" }] },
  };
  const text = await summaryTextOf(d2);
  expect(text).toContain("　　落实楼栋长42人包楼到户。");
  expect(text).not.toMatch(/老周|包楼到户42人/u);
});
