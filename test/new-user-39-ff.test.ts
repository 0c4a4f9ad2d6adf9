/**
 * New-user test 39 (docs/new-user-test-pane-39.md), defects D4, D5, D10 and D11: each as the tester typed it.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { standardV1 } from "../src/core/catalog";
import { writeWorkbook } from "../src/adapters/xlsx";
import { cli } from "./support/cli";
import { workbookFile } from "./support/files";
import { summaryTextOf } from "./support/summaries";

const community = { 单位名称: "鼓楼社区居民委员会", 单位类型: "社区", 报告年度: 2025, 报告期: "上半年" } as const;
const lineWith = (text: string, part: string): string => text.split("\n").find((l) => l.includes(part)) ?? "";

it("D4: an 活动名称 that is a placeholder (其他活动) is a 提示 and never quoted; `以开了个会为主要内容` is left out", async () => {
  const content: Parameters<typeof workbookFile>[0] = {
    profile: community,
    ledgers: { 活动台账: [
      { 日期: "2025.2.14", 活动名称: "其他活动", 活动类型: "其他", 参与数量: 10, 单位: "人", 简要内容: "开了个会" },
      { 日期: "2025-05-01", 活动名称: "红色物业议事会", 活动类型: "其他", 参与数量: 25, 单位: "人" },
    ] },
  };
  const check = (await cli("check", await workbookFile(content))).out;
  expect(check).toContain("提示 活动台账!B3 [text.placeholder] 活动名称“其他活动”不是具体名称，活动类型又是“其他”：总结只把它计入活动总数，不单独写这一场；请填写活动的实际名称。");
  const text = await summaryTextOf(content);
  // Since 40-y a spoken meeting (`开了个会`) places the row with 组织 and counts who attended.
  expect(text).toContain("2月14日开展活动1场，10人参加。");
  expect(text).not.toMatch(/其他活动”|开了个会/u);
});

it("D11: a 简要内容 that is a staff note (`期外活动`) or colloquial is left out; a topic keeps `以……为主要内容`", async () => {
  const text = await summaryTextOf({
    profile: community,
    ledgers: { 活动台账: [
      { 日期: "2025-03-15", 活动名称: "背街小巷大扫除", 活动类型: "环境整治", 参与数量: 60, 单位: "人", 简要内容: "期外活动" },
      { 日期: "2025-04-10", 活动名称: "社区周末课堂", 活动类型: "宣传教育", 参与数量: 40, 单位: "人", 简要内容: "垃圾分类知识" },
      { 日期: "2025-05-10", 活动名称: "文明礼仪进课堂", 活动类型: "宣传教育", 参与数量: 30, 单位: "人", 简要内容: "见附件" },
    ] },
  });
  expect(text).toContain("3月15日开展“背街小巷大扫除”活动，参与60人");
  expect(text).toContain("4月10日开展“社区周末课堂”宣传教育活动，以垃圾分类知识为主要内容，参与40人");
  expect(text).toContain("5月10日开展“文明礼仪进课堂”宣传教育活动，参与30人");
  expect(text).not.toMatch(/期外活动|见附件/u);
});

it("D5: a mechanism's 频次 takes the work from its own words (`坚持每周巡河1次`), else `每周开展1次`, never `坚持每周1次`", async () => {
  const mechanism = async (name: string): Promise<string> =>
    lineWith(await summaryTextOf({ profile: { ...community, 单位名称: "青石镇人民政府", 单位类型: "乡镇" }, ledgers: { 组织保障: [{ 事项类型: "工作机制", 名称或内容: name, 数量: 1, 单位: "项", 频次: "每周1次", 备注: "镇级河长12名" }] } }), name);
  expect(await mechanism("河长制巡河机制")).toContain("建立河长制巡河机制，坚持每周巡河1次。");
  expect(await mechanism("文明创建联动机制")).toContain("建立文明创建联动机制，每周开展1次。");
});

it("D10: a carried 领导小组 `成立创文工作领导小组，书记任组长` goes on by its name only: `继续发挥创文工作领导小组统筹作用`", async () => {
  const dir = mkdtempSync(join(tmpdir(), "cl-nu39ff-"));
  const now = join(dir, "本期.xlsx");
  writeFileSync(now, await writeWorkbook(standardV1, {
    profile: community,
    ledgers: {
      组织保障: [{ 事项类型: "领导小组", 名称或内容: "成立创文工作领导小组，书记任组长", 数量: 1, 单位: "个", 日期: 45680 }],
      问题整改: [{ 问题类别: "乱张贴", 发现数: 20, 已整改数: 20, 单位: "处" }],
    },
  }));
  const next = join(dir, "下期.xlsx");
  expect((await cli("next", now, "-o", next)).code).toBe(0);
  const out = await cli("summarize", next, "--text", "-", "--date", "2026-01-05");
  expect(out.out).toContain("社区继续发挥创文工作领导小组统筹作用。");
  expect(out.out).not.toContain("书记任组长统筹");
});
