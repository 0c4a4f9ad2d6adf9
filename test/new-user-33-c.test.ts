/**
 * New-user test 32 (docs/new-user-test-pane-32.md), defects D30 and D32: each as the tester typed it.
 */
import { summaryTextOf } from "./support/summaries";

const community = { 单位名称: "南湖社区居委会", 单位类型: "社区", 报告年度: 2025, 报告期: "上半年" };

/** The body lines of a summary of one 组织保障 row (title, lead and signature left out). */
async function organizationLine(事项类型: string, 名称或内容: string, 数量: number | undefined, 频次: string): Promise<string> {
  const row: Record<string, string | number> = 数量 === undefined ? { 事项类型, 名称或内容, 频次 } : { 事项类型, 名称或内容, 数量, 单位: "次", 频次 };
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
    ["工作机制", "门前三包责任制", undefined, "每日", "建立门前三包责任制，每日落实。"],
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

describe("D32: a department whose 文体活动 serve the public tells them as 文化惠民, never 职工文体", () => {
  const bureau = { 单位名称: "某某区文化和旅游局", 单位简称: "区文旅局", 单位类型: "机关部门", 报告年度: 2025, 报告期: "上半年" };
  /** A 领导小组, so the summary has sections with headings. */
  const group = [{ 事项类型: "领导小组", 名称或内容: "创文领导小组", 日期: "2025-01-09" }];
  const event = (日期: string, 活动名称: string, 活动类型: string, 参与数量: number, 单位 = "人次"): Record<string, string | number> => ({ 日期, 活动名称, 活动类型, 参与数量, 单位 });
  /** The culture section of a summary: its heading and its points. */
  const cultureOf = (text: string): string[] => {
    const lines = text.split("\n").map((l) => l.trim());
    const at = lines.findIndex((l) => /^[一二三四五六七八九十]+、.*(?:文化|文体)/u.test(l));
    const end = lines.findIndex((l, n) => n > at && (/^[一二三四五六七八九十]+、/u.test(l) || !l));
    return lines.slice(at, end);
  };

  it("the tester's bureau: 春节文艺演出 5000人次, 送文化下乡 3000人次 and 送戏下乡 36场", async () => {
    const text = await summaryTextOf({
      profile: bureau,
      ledgers: {
        组织保障: group,
        活动台账: [event("2025-01-28", "春节文艺演出", "我们的节日", 5000), event("2025-02-01", "送文化下乡", "文体活动", 3000)],
        其他指标: [{ 板块: "文体活动", 指标名称: "送戏下乡", 数值: 36, 单位: "场" }],
      },
    });
    expect(cultureOf(text)).toEqual([
      "二、开展文化惠民活动，丰富群众精神生活",
      "一是节日活动。1月28日举办春节文艺演出，参与5000人次。",
      "二是文化惠民。2月1日送文化下乡，参与3000人次。累计送戏下乡36场。",
    ]);
    expect(text).not.toMatch(/职工文体|职工文化生活|开展送戏下乡/u);
  });

  it("a turn-out far beyond the staff is public work, whatever the event's name", async () => {
    const text = await summaryTextOf({
      profile: { ...bureau, 常住人口: 60 },
      ledgers: { 组织保障: group, 活动台账: [event("2025-04-20", "广场文艺展演", "文体活动", 2000)] },
    });
    expect(cultureOf(text)).toEqual(["二、开展文化惠民活动，丰富群众精神生活", "4月20日开展“广场文艺展演”活动，参与2000人次。"]);
  });

  it("a 机关's own 职工运动会 of 80人 stays staff recreation", async () => {
    const text = await summaryTextOf({
      profile: { 单位名称: "某某区财政局", 单位简称: "区财政局", 单位类型: "机关部门", 报告年度: 2025, 报告期: "上半年", 常住人口: 90 },
      ledgers: { 组织保障: group, 活动台账: [event("2025-05-10", "职工运动会", "文体活动", 80, "人")] },
    });
    expect(cultureOf(text)).toEqual(["二、开展文体活动，凝聚干部职工", "5月10日举办“职工运动会”，参与80人。"]);
  });

  it("staff recreation beside culture taken to the villages names both", async () => {
    const text = await summaryTextOf({
      profile: { ...bureau, 常住人口: 90 },
      ledgers: {
        组织保障: group,
        活动台账: [event("2025-05-10", "职工运动会", "文体活动", 80, "人")],
        其他指标: [{ 板块: "文体活动", 指标名称: "送戏下乡", 数值: 36, 单位: "场" }],
      },
    });
    expect(cultureOf(text)).toEqual(["二、开展文体活动，推进文化惠民", "5月10日举办“职工运动会”，参与80人。累计送戏下乡36场。"]);
  });
});
