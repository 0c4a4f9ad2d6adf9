/** @jest-environment node */
/**
 * New-user test 46 (docs/new-user-test-pane-46.md), D2, D3, D5, D7 (the activity part) and D14: activity 简要内容.
 * D3: `讲解垃圾分类知识` was printed `讲解解垃圾分类知识` (a bare 讲 said as 讲解 inside 讲解 itself).
 * D2: `礼仪老师小王讲的` printed, no value.personal: a calling (老师, 医生 …) and 小X/老X is a person; `…讲的` says who did it.
 * D14: feedback (`家长反映很实用`) was said as `以家长反映很实用为主要内容`.
 * D7: `孩子和家长一起画国旗`, `老人和护工一起包饺子`, `局领导来送了米面油` were dropped as talk.
 * D5: spoken 简要内容 printed as typed (`请市纪委的老师来上了一堂廉政课`, `现场讲怎么识别假币`, `老人们都很感动` …).
 */
import { analyzeWorkbook, standardV1 } from "../src/core";
import { readWorkbook } from "../src/adapters/xlsx/read-workbook";
import { writeWorkbook } from "../src/adapters/xlsx/write-workbook";
import type { WorkbookContent } from "../src/adapters/xlsx/content";
import { noContentWhy, personalNameIn, writtenActivityClause } from "../src/core/facts/remark";
import { summaryTextOf } from "./support/summaries";

async function findingsOf(content: WorkbookContent): Promise<string[]> {
  const analysis = analyzeWorkbook(await readWorkbook(await writeWorkbook(standardV1, content)), standardV1);
  return analysis.findings.filter((f) => f.sheet === "活动台账").map((f) => `${f.rule} ${f.sheet}!${f.cell} ${f.message}`);
}
const unit = { 单位名称: "月湖社区居委会", 单位类型: "社区", 报告年度: 2025, 报告期: "上半年" } as const;
/** The summary sentence of one activity whose 简要内容 is `typed`, and the 活动台账 findings but dates. */
async function oneActivity(typed: string): Promise<[string, string[]]> {
  const content: WorkbookContent = { profile: unit, ledgers: { 活动台账: [{ 日期: { date: "2025-06-05" }, 活动名称: "世界环境日宣传", 活动类型: "宣传教育", 参与数量: 150, 单位: "人次", 简要内容: typed }] } };
  const text = await summaryTextOf(content);
  return [text.split("\n").find((l) => l.includes("6月5日")) ?? text, await findingsOf(content)];
}
const line = (content: string): string => `\u3000\u30006月5日开展“世界环境日宣传”活动，${content}参与150人次。`;
const talk = (clause: string): string =>
  `text.placeholder 活动台账!H3 “简要内容”中“${clause}”是口语、感受或闲谈，不是活动内容：总结不写这一句；请写明活动的实际内容（如“讲解垃圾分类知识”“发放宣传资料”）。`;
const who = (clause: string): string =>
  `text.placeholder 活动台账!H3 简要内容中“${clause}”说的是由谁来做，不是活动内容：总结不写这一句；请写明活动的实际内容，个人姓名不必写入。`;
const personal = (name: string): string => `value.personal 活动台账!H3 “简要内容”中有个人姓名或称呼“${name}”，总结不会写出这一部分；个人信息请不要填在这一列。`;

it.each([
  // D3: 讲解, 讲授, 讲座, 讲述, 讲话 are never doubled.
  ["讲解垃圾分类知识，发放宣传资料", line("讲解垃圾分类知识，发放宣传资料，"), []],
  ["讲授急救知识", line("讲授急救知识，"), []],
  ["讲座内容为防诈骗知识", line("讲座内容为防诈骗知识，"), []],
  ["讲述红色故事", line("讲述红色故事，"), []],
  ["讲分类知识", line("讲解分类知识，"), []],
  // D2
  ["窗口人员全部参加，礼仪老师小王讲的", line("窗口人员全部参加，"), [who("礼仪老师小王讲的"), personal("小王")]],
  ["礼仪老师讲的，窗口人员全部参加", line("窗口人员全部参加，"), [who("礼仪老师讲的")]],
  ["讲解员小李带领参观", line("讲解员带领参观，"), [personal("小李")]],
  // D14
  ["请了区妇幼的王医生讲，家长反映很实用", line(""), [talk("家长反映很实用"), personal("王医生")]],
  ["讲解育儿知识，群众反映效果很好", line("讲解育儿知识，"), [talk("群众反映效果很好")]],
  ["讲解育儿知识，家长普遍反映收获大", line("讲解育儿知识，"), [talk("家长普遍反映收获大")]],
  // D7
  ["孩子和家长一起画国旗", line("孩子和家长共同画国旗，"), []],
  ["老人和护工一起包饺子", line("老人和护工共同包饺子，"), []],
  ["局领导来送了米面油", line("局领导送来米面油，"), []],
  ["大家一起吃饭", line(""), [talk("大家一起吃饭")]],
  // D5
  ["请市纪委的老师来上了一堂廉政课", line("邀请市纪委老师讲授廉政课，"), []],
  ["摆摊发折页，现场讲怎么识别假币", line("设点发放折页，现场讲解识别假币方法，"), []],
  ["菜场里老人多，收到假币的多", line(""), [talk("菜场里老人多”“收到假币的多")]],
  ["红马甲到公交站帮忙文明劝导", line(""), [talk("红马甲到公交站帮忙文明劝导")]],
  ["119消防日演练，三分钟全部撤到操场", line("以119消防日演练为主要内容，"), [talk("三分钟全部撤到操场")]],
  ["党员上门看望独居老人，老人们都很感动", line("党员上门看望独居老人，"), [talk("老人们都很感动")]],
  ["发放宣传资料300多份，问题较多", line("发放宣传资料300多份，问题较多，"), []],
])("%s", async (typed, said, found) => {
  const [text, findings] = await oneActivity(typed);
  expect([text, findings.filter((f) => !f.startsWith("value.as-text"))]).toEqual([said, found]);
});

it("D2, D5, D14: the class — callings with 小X/老X, feedback, feelings, crowds said so — and what stays content", () => {
  expect(["礼仪老师小王讲的", "医生老李讲了半小时", "讲解员小李带领参观"].map(personalNameIn)).toEqual(["小王", "老李", "小李"]);
  expect(["老师小学部", "小区老师"].map(personalNameIn)).toEqual([undefined, undefined]);
  for (const said of ["收到假币的多", "菜场里老人多", "居民纷纷表示很受益", "学员反映收获很大", "大家都很感动", "讲得很实用", "帮忙维持秩序", "三分钟全部撤到操场"]) {
    expect([said, noContentWhy(said)]).toEqual([said, "talk"]);
  }
  for (const content of ["发放宣传资料300多份", "排查问题较多", "收集居民意见建议", "开展应急疏散演练", "帮助老人清扫庭院", "讲解防诈骗知识"]) {
    expect([content, noContentWhy(content)]).toEqual([content, undefined]);
  }
  expect(["请市纪委的老师来上了一堂廉政课", "邀请区人民医院专家来上健康课", "请老师来上了两堂课", "摆摊发宣传单", "讲怎么使用灭火器", "志愿者和居民一起清理楼道", "大家一起吃饭", "社区干部来送了慰问品"].map(writtenActivityClause))
    .toEqual(["邀请市纪委老师讲授廉政课", "邀请区人民医院专家讲授健康课", "邀请老师讲授两堂课", "设点发放宣传单", "讲解使用灭火器方法", "志愿者和居民共同清理楼道", "大家一起吃饭", "社区干部送来慰问品"]);
});
