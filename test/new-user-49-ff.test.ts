/** @jest-environment node */
/**
 * New-user test 49 (docs/new-user-test-pane-49.md), D1, D2, D4, D12: staff's spoken 活动台账 简要内容.
 * D1: `排查了好多小场所，发现问题当场叫整改` printed (`好多` as a quantity, `叫整改` as a causative), check silent.
 * D2: `婚事新办，彩礼不要太高` printed (advice said so: `不要太…`, `别…`, `少…点`).
 * D4: `为村里70岁以上老人办了敬老宴` printed (`村里` as a place, `办了` + object).
 * D12: `讲了消防知识，演示了灭火器怎么用，大伙儿挺积极` and `教了心肺复苏和海姆立克，大家学得很认真` dropped whole: the
 * factual clauses are said in written words, only the feeling clause is left out.
 */
import { analyzeWorkbook, standardV1 } from "../src/core";
import { readWorkbook } from "../src/adapters/xlsx/read-workbook";
import { writeWorkbook } from "../src/adapters/xlsx/write-workbook";
import type { WorkbookContent } from "../src/adapters/xlsx/content";
import { activityContent } from "../src/core/facts/remark";
import { summaryTextOf } from "./support/summaries";

async function findingsOf(content: WorkbookContent): Promise<string[]> {
  const analysis = analyzeWorkbook(await readWorkbook(await writeWorkbook(standardV1, content)), standardV1);
  return analysis.findings.filter((f) => f.sheet === "活动台账" && f.cell === "H3").map((f) => `${f.rule} ${f.sheet}!${f.cell} ${f.message}`);
}
const brigade = { 单位名称: "区消防救援大队", 单位类型: "机关部门", 报告年度: 2025, 报告期: "上半年" } as const;
async function oneActivity(row: Record<string, unknown>): Promise<[string, string[]]> {
  const content = { profile: brigade, ledgers: { 活动台账: [{ 日期: { date: "2025-03-05" }, ...row }] } } as WorkbookContent;
  const text = await summaryTextOf(content);
  return [text.split("\n").find((l) => l.includes("3月5日")) ?? text, await findingsOf(content)];
}

it("D1: `好多小场所`, `当场叫整改` are talk, left out with a 提示", async () => {
  const [line, findings] = await oneActivity({ 活动名称: "隐患排查专项行动", 活动类型: "环境整治", 地点: "辖区九小场所", 简要内容: "排查了好多小场所，发现问题当场叫整改" });
  expect(line).toBe("\u3000\u30003月5日在辖区九小场所开展“隐患排查专项行动”。");
  expect(findings).toEqual(["text.placeholder 活动台账!H3 “简要内容”中“排查了好多小场所”“发现问题当场叫整改”是口语、感受或闲谈，不是活动内容：总结不写这一句；请写明活动的实际内容（如“讲解垃圾分类知识”“发放宣传资料”）。"]);
  for (const typed of ["走访了好些商户", "劝导老多人", "让他们改", "叫店主搬走", "当场叫拆"]) expect([typed, activityContent(`开展巡查，${typed}`).content]).toEqual([typed, "开展巡查"]);
  // Written register stays: 叫卖, 让群众满意, 不少 before a written verb.
  for (const typed of ["劝离占道叫卖摊贩12处", "让群众满意", "吸引不少居民参与"]) expect(activityContent(`开展巡查，${typed}`).content).toBe(`开展巡查，${typed}`);
});

it("D2: advice said so (`彩礼不要太高`) is left out with a 提示, and the bare slogan beside it too", async () => {
  const [line, findings] = await oneActivity({ 活动名称: "七夕移风易俗宣传", 活动类型: "宣传教育", 参与数量: "百余", 单位: "人", 地点: "村文化广场", 简要内容: "婚事新办，彩礼不要太高" });
  expect(line).toBe("\u3000\u30003月5日在村文化广场开展“七夕移风易俗宣传”活动，参与100余人。");
  expect(findings).toEqual(["text.placeholder 活动台账!H3 “简要内容”中“婚事新办”“彩礼不要太高”是口语、感受或闲谈，不是活动内容：总结不写这一句；请写明活动的实际内容（如“讲解垃圾分类知识”“发放宣传资料”）。"]);
  for (const typed of ["别乱扔垃圾", "酒席少办点", "不能太铺张", "要节约点"]) expect([typed, activityContent(`发放倡议书，${typed}`).content]).toEqual([typed, "发放倡议书"]);
});

it("D4: `为村里70岁以上老人办了敬老宴` is talk, left out with a 提示", async () => {
  const [line, findings] = await oneActivity({ 活动名称: "重阳敬老宴", 活动类型: "关爱帮扶", 参与数量: "六十余", 单位: "人", 地点: "村老年活动室", 简要内容: "为村里70岁以上老人办了敬老宴，老人们都很开心" });
  expect(line).toBe("\u3000\u30003月5日在村老年活动室开展“重阳敬老宴”关爱帮扶活动，参与60余人。");
  expect(findings).toEqual(["text.placeholder 活动台账!H3 “简要内容”中“为村里70岁以上老人办了敬老宴”“老人们都很开心”是口语、感受或闲谈，不是活动内容：总结不写这一句；请写明活动的实际内容（如“讲解垃圾分类知识”“发放宣传资料”）。"]);
});

it("D12: `讲了消防知识，演示了灭火器怎么用` said in written words, only `大伙儿挺积极` left out", async () => {
  const [line, findings] = await oneActivity({ 活动名称: "119消防宣传月进社区", 活动类型: "宣传教育", 参与数量: "两千", 单位: "人次", 地点: "各社区", 简要内容: "讲了消防知识，演示了灭火器怎么用，大伙儿挺积极" });
  expect(line).toBe("\u3000\u30003月5日在各社区开展“119消防宣传月进社区”活动，讲解消防知识，演示灭火器使用方法，参与2000人次。");
  expect(findings).toEqual(["text.placeholder 活动台账!H3 “简要内容”中“大伙儿挺积极”是口语、感受或闲谈，不是活动内容：总结不写这一句；请写明活动的实际内容（如“讲解垃圾分类知识”“发放宣传资料”）。"]);
  const [red, redFindings] = await oneActivity({ 活动名称: "世界急救日应急救护培训", 活动类型: "会议培训", 参与数量: "二百", 单位: "人", 地点: "县体育馆", 简要内容: "教了心肺复苏和海姆立克，大家学得很认真" });
  expect(red).toBe("\u3000\u30003月5日在县体育馆开展“世界急救日应急救护培训”，讲授心肺复苏和海姆立克，参与200人。");
  expect(redFindings).toEqual(["text.placeholder 活动台账!H3 “简要内容”中“大家学得很认真”是口语、感受或闲谈，不是活动内容：总结不写这一句；请写明活动的实际内容（如“讲解垃圾分类知识”“发放宣传资料”）。"]);
  for (const [typed, written] of [["介绍了垃圾分类知识", "介绍垃圾分类知识"], ["发了宣传折页", "发放宣传折页"], ["示范了包扎怎么做", "示范包扎方法"]]) expect(activityContent(`进社区宣传，${typed}`).content).toBe(`进社区宣传，${written}`);
});
