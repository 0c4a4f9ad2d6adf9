/**
 * New-user test 32 (docs/new-user-test-pane-32.md), defects D30 and D32: each as the tester typed it.
 */
import { summaryTextOf } from "./support/summaries";

const community = { 单位名称: "南湖社区居委会", 单位类型: "社区", 报告年度: 2025, 报告期: "上半年" };

/** The body lines of a summary of one 组织保障 row (title, lead and signature left out). */
async function organizationLine(事项类型: string, 名称或内容: string, 数量: number | undefined, 频次: string): Promise<string> {
  const row = { 事项类型, 名称或内容, 数量, 单位: 数量 === undefined ? undefined : "次", 频次 };
  const text = await summaryTextOf({ profile: community, ledgers: { 组织保障: [row] } });
  return text.split("\n").slice(4, -3).join("\n").trim();
}

describe("D30: 频次 sentences take the work's own verb; a mechanism is set up once and reviewed at its frequency", () => {
  it.each([
    ["督查检查", "联合执法检查", 5, "每月", "坚持每月开展联合执法检查，累计开展5次。"],
    ["督查检查", "文明劝导", 5, "每月", "坚持每月开展文明劝导，累计开展5次。"],
    ["督查检查", "督导检查", 5, "每月", "坚持每月开展督导检查，累计开展5次。"],
    ["督查检查", "巡查", 5, "每月", "坚持每月开展巡查，累计开展5次。"],
    ["工作机制", "联合执法检查", 6, "每月1次", "坚持每月开展联合执法检查1次，累计开展6次。"],
    ["工作机制", "文明劝导", undefined, "每季度", "坚持每季度开展文明劝导。"],
    ["工作机制", "包保责任制", undefined, "每季度", "建立包保责任制，每季度调度落实情况。"],
    ["工作机制", "包保责任制", 6, "每月1次", "建立包保责任制，坚持每月调度1次，累计6次。"],
    ["督查检查", "包保责任制", 5, "每月", "落实包保责任制，每月调度落实情况，累计调度5次。"],
    ["工作机制", "河长制", undefined, "每月", "落实河长制，每月调度落实情况。"],
    ["工作机制", "例会制度", undefined, "每季度", "建立例会制度，每季度召开例会。"],
    ["工作机制", "网格巡查机制", undefined, "每季度", "建立网格巡查机制，每季度开展巡查。"],
  ] as const)("%s %s %s %s", async (kind, name, count, every, expected) => {
    expect(await organizationLine(kind, name, count, every)).toBe(expected);
  });

  it("the tester's rows together", async () => {
    const text = await summaryTextOf({
      profile: community,
      ledgers: { 组织保障: [
        { 事项类型: "督查检查", 名称或内容: "联合执法检查", 数量: 5, 单位: "次", 频次: "每月" },
        { 事项类型: "工作机制", 名称或内容: "包保责任制", 频次: "每季度" },
      ] },
    });
    expect(text).toContain("一是完善机制。建立包保责任制，每季度调度落实情况。");
    expect(text).toContain("二是督查推进。坚持每月开展联合执法检查，累计开展5次。");
    expect(text).not.toMatch(/累计联合|坚持每季度建立/u);
  });

  it("a 其他指标 row of a joint inspection done 每月 takes 开展 as well", async () => {
    const text = await summaryTextOf({
      profile: community,
      ledgers: { 其他指标: [{ 板块: "环境整治", 指标名称: "联合执法检查", 数值: 5, 单位: "次", 频次: "每月" }] },
    });
    expect(text).toContain("坚持每月开展联合执法检查，累计开展5次。");
  });
});
