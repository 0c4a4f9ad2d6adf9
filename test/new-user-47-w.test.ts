/** @jest-environment node */
/**
 * New-user test 47 (docs/new-user-test-pane-47.md), D1, D7, D8: staff's free text in 活动台账 简要内容 and 文字材料.
 * D1: `学雷锋义务清扫` was re-parsed into `清扫学雷锋义务`, and `干得热火朝天` printed `以干得热火朝天为主要内容`.
 * D8: spoken 简要内容 clauses copied (`表彰了一批最美家庭`, `请村里的书法爱好者写春联，送到各家各户`, `院长讲话`).
 * D7: spoken 存在不足 (`觉得是额外任务`, `还是有，屡禁不止`) printed unflagged.
 */
import { analyzeWorkbook, standardV1 } from "../src/core";
import { readWorkbook } from "../src/adapters/xlsx/read-workbook";
import { writeWorkbook } from "../src/adapters/xlsx/write-workbook";
import type { WorkbookContent } from "../src/adapters/xlsx/content";
import { spokenSentences } from "../src/core/facts/remark";
import { summaryTextOf } from "./support/summaries";

async function findingsOf(content: WorkbookContent, sheet: string): Promise<string[]> {
  const analysis = analyzeWorkbook(await readWorkbook(await writeWorkbook(standardV1, content)), standardV1);
  return analysis.findings.filter((f) => f.sheet === sheet).map((f) => `${f.rule} ${f.sheet}!${f.cell} ${f.message}`);
}
const village = { 单位名称: "桃源村村委会", 单位类型: "村", 报告年度: 2025, 报告期: "上半年" } as const;
const talk = (clause: string): string =>
  `text.placeholder 活动台账!H3 “简要内容”中“${clause}”是口语、感受或闲谈，不是活动内容：总结不写这一句；请写明活动的实际内容（如“讲解垃圾分类知识”“发放宣传资料”）。`;
async function oneActivity(row: Record<string, unknown>): Promise<[string, string[]]> {
  const content = { profile: village, ledgers: { 活动台账: [{ 日期: { date: "2025-03-05" }, ...row }] } } as WorkbookContent;
  const text = await summaryTextOf(content);
  return [text.split("\n").find((l) => l.includes("3月5日")) ?? text, await findingsOf(content, "活动台账")];
}

it("D1: `学雷锋义务清扫` stays a quoted name; an all-talk 简要内容 prints no content", async () => {
  const [line, findings] = await oneActivity({ 活动名称: "学雷锋义务清扫", 活动类型: "志愿服务", 参与数量: 45, 单位: "人次", 简要内容: "大伙儿一起把村道扫了一遍，干得热火朝天" });
  expect(line).toBe("\u3000\u30003月5日开展“学雷锋义务清扫”志愿服务活动，参与45人次。");
  expect(findings).toEqual([talk("大伙儿一起把村道扫了一遍”“干得热火朝天")]);
});

it.each([
  ["表彰了一批最美家庭", "表彰最美家庭，", []],
  ["请村里的书法爱好者写春联，送到各家各户", "邀请书法爱好者书写春联，送到群众家中，", []],
  ["院长讲话，部署文明窗口创建", "部署文明窗口创建工作，", [talk("院长讲话")]],
])("D8: `%s`", async (typed, expected, hints) => {
  const [line, findings] = await oneActivity({ 活动名称: "新春送福", 活动类型: "宣传教育", 参与数量: 60, 单位: "人", 简要内容: typed });
  expect([line, findings]).toEqual([`\u3000\u30003月5日开展“新春送福”宣传教育活动，${expected}参与60人。`, hints]);
});

it("D7: spoken 存在不足", () => {
  // Only the spoken tail goes, the written head is kept (new-user test 50, D10).
  expect(spokenSentences("部分干警对创文认识不够，觉得是额外任务。")).toEqual({ kept: "部分干警对创文认识不够。", left: [{ text: "觉得是额外任务", why: "口语", head: "部分干警对创文认识不够" }] });
  expect(spokenSentences("站前广场出租车拒载、绕路问题还是有，屡禁不止。").left).toEqual([{ text: "站前广场出租车拒载、绕路问题还是有，屡禁不止。", why: "口语" }]);
  // Written words of the same spirit stay.
  expect(spokenSentences("部分干警对创建工作认识不足。站前广场出租车拒载、绕路问题仍时有发生。").left).toEqual([]);
});
