/** @jest-environment node */
/**
 * New-user test 46 (docs/new-user-test-pane-46.md), D6, D7 (the section part), D8, D9 and D10.
 * D8: a 其他指标 `收缴假币 12 张` (the year's) was glued to one activity: `…“反假币宣传进菜场”活动，…参与100余人，收缴假币12张。`
 * D6: spoken 文字材料 (`老年人办税不用跑`, `排队时间还是有点长，群众有意见`, `家长都很配合`, `继续搞好家园共育`,
 * `再联系几家学校来搞志愿探访`) printed; D7: the 导语 `……把文明创建和网点服务结合起来抓` was dropped, and a 提示 that leaves
 * out the only 下一步打算 did not say the summary then has no 下一步工作打算.
 * D9: `办结客户投诉9件` (问题整改 其他) and `受理客户投诉9件` (其他指标) told in two sections.
 * D10: `推行“非接触式”办税业务为85%`: a percent row whose name is no rate.
 */
import { analyzeWorkbook, standardV1 } from "../src/core";
import { readWorkbook } from "../src/adapters/xlsx/read-workbook";
import { writeWorkbook } from "../src/adapters/xlsx/write-workbook";
import type { WorkbookContent } from "../src/adapters/xlsx/content";
import { spokenSentences } from "../src/core/facts/remark";
import { summaryTextOf } from "./support/summaries";

/** The findings of `content` of one rule as `sheet!cell message`. */
async function findingsOf(content: WorkbookContent, rule: string): Promise<string[]> {
  const analysis = analyzeWorkbook(await readWorkbook(await writeWorkbook(standardV1, content)), standardV1);
  return analysis.findings.filter((f) => f.rule === rule).map((f) => `${f.sheet}!${f.cell} ${f.message}`);
}

const bank = { 单位名称: "中国工商银行XX城中支行", 单位简称: "城中支行", 单位类型: "企事业单位", 上级指导单位: "区文明办", 报告年度: 2025, 报告期: "全年" } as const;

it("D8: `收缴假币12张` is the year's, said apart — never the 6月12日 market event's result", async () => {
  const text = await summaryTextOf({
    profile: bank,
    ledgers: {
      活动台账: [
        { 日期: "2025-03-15", 活动名称: "3·15金融消费者权益日宣传", 活动类型: "宣传教育", 参与数量: "约300", 单位: "人次", 地点: "营业厅门口", 简要内容: "发放宣传折页" },
        { 日期: "2025-06-12", 活动名称: "反假币宣传进菜场", 活动类型: "宣传教育", 参与数量: "百余", 单位: "人", 地点: "城中菜场", 简要内容: "发放反假币折页" },
      ],
      其他指标: [{ 板块: "宣传教育", 指标名称: "收缴假币", 数值: "１２", 单位: "张" }],
      文字材料: [{ 类型: "下一步打算", 内容: "继续做好适老化服务" }],
    },
  });
  expect(text).toContain("6月12日在城中菜场开展“反假币宣传进菜场”活动，发放反假币折页，参与100余人。全年收缴假币12张。");
});

it("D6: the tester's spoken 文字材料 sentences are left out; D7: `结合起来抓` is the genre's own and kept", () => {
  for (const spoken of [
    "推出“税务蓝”帮办代办，老年人办税不用跑",
    "一是窗口高峰期排队时间还是有点长，群众有意见",
    "家园共育做得比较好，家长都很配合",
    "明年上半年继续搞好家园共育，办好家长学校",
    "二季度再联系几家学校来搞志愿探访。",
  ]) expect([spoken, spokenSentences(spoken).left.length]).toEqual([spoken, 1]);
  for (const written of [
    "2025年，我行坚持“以客户为中心”，把文明创建和网点服务结合起来抓",
    "推出“税务蓝”帮办代办服务，实现老年人办税“少跑腿”。",
    "窗口高峰期排队时间较长，群众满意度有待提升。",
    "家园共育成效明显，家长参与度较高。",
    "继续办好家长学校，深化家园共育。",
    "二季度联系辖区学校开展志愿探访活动。",
    "把创文工作作为一把手工程来抓。",
  ]) expect(spokenSentences(written)).toEqual({ kept: written, left: [] });
});

it("D7: leaving out the only 下一步打算 says that the summary has no 下一步工作打算", async () => {
  const content: WorkbookContent = {
    profile: bank,
    ledgers: {
      活动台账: [{ 日期: "2025-03-15", 活动名称: "金融知识宣传", 活动类型: "宣传教育", 参与数量: 300, 单位: "人次" }],
      文字材料: [
        { 类型: "存在不足", 内容: "部分员工服务意识不强" },
        { 类型: "下一步打算", 内容: "下半年再搞几次进社区" },
      ],
    },
  };
  expect(await findingsOf(content, "text.spoken")).toEqual([
    "文字材料!B4 内容中“下半年再搞几次进社区”是口语说法，总结不写这一句，总结将没有“下一步工作打算”部分；请改写成书面表述。",
  ]);
});

it("D9: 受理 (其他指标) of the 客户投诉 that 问题整改 tells 办结-ed is not told again in 八", async () => {
  const text = await summaryTextOf({
    profile: bank,
    ledgers: {
      问题整改: [
        { 问题类别: "其他", 发现数: 9, 已整改数: 9, 单位: "件", 备注: "客户投诉9起" },
        { 问题类别: "其他", 发现数: 5, 已整改数: 5, 单位: "处", 备注: "无障碍设施整改" },
      ],
      其他指标: [
        { 板块: "其他", 指标名称: "受理客户投诉", 数值: 9, 单位: "件" },
        { 板块: "其他", 指标名称: "客户满意度", 数值: "99.2", 单位: "%" },
      ],
      文字材料: [{ 类型: "下一步打算", 内容: "继续做好适老化服务" }],
    },
  });
  const body = text.slice(text.indexOf("一、"));
  // New-user test 53, D9: the opening's `办结客户投诉9件` is not said again as the first clause of the section.
  expect(body).toContain("一、规范网点管理，优化服务环境\n　　整改无障碍设施5处。");
  expect(text.match(/办结客户投诉9件/gu)?.length).toBe(1);
  expect(text).not.toContain("受理客户投诉");
});

it("D10: a percent row named as work (`推行“非接触式”办税业务 85 %`) is said as a share", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "国家税务总局XX市城中区税务局", 单位简称: "区税务局", 单位类型: "机关部门", 报告年度: 2025, 报告期: "上半年" },
    ledgers: {
      活动台账: [{ 日期: "2025-03-05", 活动名称: "学雷锋志愿服务", 活动类型: "志愿服务", 参与数量: 30, 单位: "人" }],
      其他指标: [
        { 板块: "其他", 指标名称: "推行“非接触式”办税业务", 数值: 85, 单位: "%" },
        { 板块: "其他", 指标名称: "延时服务", 数值: "30余", 单位: "次" },
      ],
      文字材料: [{ 类型: "下一步打算", 内容: "继续优化办税服务" }],
    },
  });
  expect(text).not.toContain("办税业务为85%");
  expect(text).toContain("上半年“非接触式”办税业务占比为85%，开展延时服务30余次。");
});
