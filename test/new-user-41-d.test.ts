/**
 * New-user test 41 (docs/new-user-test-pane-41.md), defects D1 and D2: staff notes typed into an 活动台账 简要内容 — a note
 * about the record, who did it, a spoken tail, a space between clauses — as the tester typed them.
 */
import { cli } from "./support/cli";
import { workbookFile } from "./support/files";
import { summaryTextOf } from "./support/summaries";
import { activityContent } from "../src/core/facts/remark";

const profile = { 单位名称: "机床厂社区居民委员会", 单位类型: "社区", 报告年度: 2025, 报告期: "上半年" } as const;
const festivals: Record<string, string | number>[] = [
  { 日期: "2025-01-25", 活动名称: "迎春节写春联", 活动类型: "我们的节日", 参与数量: 100, 单位: "人次", 地点: "活动室", 主办或协办单位: "社区", 简要内容: "书法协会老李写的" },
  { 日期: "2025-02-12", 活动名称: "元宵猜灯谜", 活动类型: "我们的节日", 参与数量: 60, 单位: "人", 简要内容: "日期可能记错" },
];

it("D1: a note about the record (日期可能记错) or who did it (书法协会老李写的) in 简要内容 is no content: left out, never 以……为主要内容", async () => {
  const text = await summaryTextOf({ profile, ledgers: { 活动台账: festivals } });
  expect(text).toContain("1月25日在活动室举办“迎春节写春联”活动，参与100人次；2月12日开展“元宵猜灯谜”活动，参与60人。");
  expect(text).not.toMatch(/老李|记错|为主要内容/u);
});

it("D1: check says at the 简要内容 that a record note or who-did-it is no content", async () => {
  const check = (await cli("check", await workbookFile({ profile, ledgers: { 活动台账: festivals } }))).out;
  expect(check).toContain("提示 活动台账!H3 [text.placeholder] 简要内容中“书法协会老李写的”说的是由谁来做，不是活动内容：总结不写这一句；请写明活动的实际内容，个人姓名不必写入。");
  expect(check).toContain("提示 活动台账!H4 [text.placeholder] 简要内容中“日期可能记错”是对记录的说明，不是活动内容：总结不写这一句；请核实后改正台账，简要内容只写活动的实际内容。");
});

it("D1: record notes and who-did-it clauses the tester names are read as no content, written content is kept", () => {
  for (const note of ["日期可能记错", "待核实", "人数不准", "数字是估的", "照片在群里", "回头补", "记不清了"]) {
    expect(activityContent(note)).toEqual({ content: "", left: [{ text: note, why: "record" }] });
  }
  for (const who of ["王主任负责的", "小张弄的", "老李组织的"]) expect(activityContent(who)).toEqual({ content: "", left: [{ text: who, why: "who" }] });
  for (const written of ["开展垃圾分类知识宣传", "为老年人讲解电信诈骗，发放宣传资料200份", "书写春联赠送居民"]) {
    expect(activityContent(written)).toEqual({ content: written, left: [] });
  }
});

it("D2: a space between Chinese words separates clauses, and spoken tails (堆了好多年, 结了20对, 社区出的钱) are left out", async () => {
  const text = await summaryTextOf({ profile, ledgers: { 活动台账: [
    { 日期: "2025-05-12", 活动名称: "楼道大扫除", 活动类型: "环境整治", 参与数量: 200, 单位: "人次", 地点: "各楼道", 简要内容: "楼道长带头 清理楼道杂物 堆了好多年" },
    { 日期: "2025-06-20", 活动名称: "邻里互助 结对帮扶空巢老人", 活动类型: "关爱帮扶", 参与数量: 35, 单位: "人", 简要内容: "结了20对" },
  ] } });
  expect(text).toContain("5月12日在各楼道开展“楼道大扫除”活动，楼道长带头，清理楼道杂物，参与200人次。");
  expect(text).toContain("6月20日开展“邻里互助结对帮扶空巢老人”活动，参与35人。"); // the space in the name dropped by 40-y
  expect(text).not.toMatch(/好多年|结了|社区出的钱/u);
  expect(activityContent("老年食堂包饺子 社区出的钱")).toEqual({ content: "老年食堂包饺子", left: [{ text: "社区出的钱", why: "who" }] });
});
