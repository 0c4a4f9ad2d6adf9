/** @jest-environment node */
/**
 * New-user test 67 (docs/new-user-test-pane-67.md), D4, D5 and D6.
 * D4: a 领导小组 row `调整充实社区创文工作领导小组，书记任组长` was told `于10月8日成立以书记为组长的调整充实社区创文工作领导小组`, and
 * carried by 开始下一期 `石榴园社区充实创文工作领导小组统筹作用。`. Now a group adjusted keeps its verb (`……调整充实创文工作领导小组，
 * 由书记任组长`) and a carried one goes on (`继续发挥创文工作领导小组统筹作用`).
 * D5: `共走访470户` of two activities and the 其他指标 `开展入户走访` 470户 told again as `入户走访群众470户。`; `垃圾分类入户指导150户`
 * without a verb. Now the row equal to the activities' sum is told once, by them, and guidance at the door has its verb.
 * D6: a 司法所's problems of 其他 with 备注 `矛盾纠纷` were told under `开展专项整治，优化环境秩序`, compared as `发现问题……整改问题`,
 * the 其他指标 `排查化解矛盾纠纷` 15起 said again, and `在册社区矫正对象达12人`. Now the section is `化解矛盾纠纷，维护和谐稳定`,
 * the comparison names the disputes, the row is told once, and the standing count takes no 达.
 */
import { analyzeWorkbook, comparePeriods, documentText, standardV1, summarize } from "../src/core";
import { readWorkbook } from "../src/adapters/xlsx/read-workbook";
import { writeWorkbook } from "../src/adapters/xlsx/write-workbook";
import type { WorkbookContent } from "../src/adapters/xlsx/content";
import { summaryTextOf } from "./support/summaries";

jest.setTimeout(90000);

const community = (year: number, period: string) => ({ 单位名称: "临溪县东门街道石榴园社区居民委员会", 单位简称: "石榴园社区", 单位类型: "社区", 上级指导单位: "临溪县东门街道办事处", 报告年度: year, 报告期: period });
const group = { 事项类型: "领导小组", 名称或内容: "调整充实社区创文工作领导小组，书记任组长", 数量: 1, 单位: "个", 日期: 45938 };
const lineWith = (text: string, words: string): string => text.split("\n").find((l) => l.includes(words)) ?? "";

describe("D4: a 领导小组 adjusted keeps its verb", () => {
  it("told as adjusted in its period: `调整充实创文工作领导小组，由书记任组长`", async () => {
    const text = await summaryTextOf({ profile: community(2025, "第四季度"), ledgers: { 组织保障: [group], 问题整改: [{ 问题类别: "乱张贴", 发现数: 20, 已整改数: 20, 单位: "处" }] } });
    expect(text).toContain("石榴园社区于10月8日调整充实创文工作领导小组，由书记任组长。");
    expect(text).not.toContain("成立以书记为组长的调整充实");
  });
  it("carried to the next period it goes on: `继续发挥创文工作领导小组统筹作用`", async () => {
    const text = await summaryTextOf({ profile: community(2026, "第一季度"), ledgers: { 组织保障: [group], 问题整改: [{ 问题类别: "乱张贴", 发现数: 20, 已整改数: 20, 单位: "处" }] } });
    expect(text).toContain("石榴园社区继续发挥创文工作领导小组统筹作用。");
    expect(text).not.toContain("充实创文工作领导小组统筹作用");
  });
});

it("D5: the 其他指标 row equal to the activities' sum is told once; guidance at the door has its verb", async () => {
  const text = await summaryTextOf({
    profile: community(2025, "第四季度"),
    ledgers: {
      活动台账: [
        { 日期: 45966, 活动名称: "入户宣传创文知识", 活动类型: "宣传教育", 参与数量: 320, 单位: "户", 地点: "各小区", 主办或协办单位: "网格员", 简要内容: "入户发放宣传单、征求意见" },
        { 日期: 45991, 活动名称: "垃圾分类入户指导", 活动类型: "宣传教育", 参与数量: 150, 单位: "户", 地点: "3号、5号小区", 主办或协办单位: "石榴籽青年服务队" },
      ],
      其他指标: [{ 板块: "宣传教育", 指标名称: "开展入户走访", 数值: 470, 单位: "户" }],
    },
  });
  const line = lineWith(text, "2场宣传教育活动");
  expect(line).toContain("开展2场宣传教育活动，共覆盖470户：");
  expect(line).toContain("11月30日联合石榴籽青年服务队在3号、5号小区开展“垃圾分类入户指导”活动，覆盖150户。");
  expect(text).not.toContain("入户走访群众470户");
  expect(text).not.toContain("入户指导150户");
  expect(text.match(/470户/gu)).toHaveLength(1);
});

describe("D6: a 司法所's disputes are told as disputes", () => {
  const justice = (period: string) => ({ 单位名称: "临溪县东门镇司法所", 单位类型: "机关部门", 上级指导单位: "临溪县司法局", 报告年度: 2025, 报告期: period });
  const quarter = (period: string, found: number, settled: number, supervised: number): WorkbookContent => ({
    profile: justice(period),
    ledgers: {
      问题整改: [{ 问题类别: "其他", 发现数: found, 已整改数: settled, 单位: "起", 责任单位: "司法所", 备注: "矛盾纠纷" }],
      宣传投放: [{ 类型: "宣传资料", 位置或内容: "法律知识宣传资料", 数量: 800, 单位: "份", 方式: "发放" }],
      其他指标: [
        { 板块: "其他", 指标名称: "排查化解矛盾纠纷", 数值: found, 单位: "起" },
        { 板块: "其他", 指标名称: "在册社区矫正对象", 数值: supervised, 单位: "人" },
      ],
    },
  });
  it("under a heading of their own, the 其他指标 row told once, the standing count without 达", async () => {
    const text = await summaryTextOf(quarter("第一季度", 15, 13, 12));
    expect(text).toContain("化解矛盾纠纷，维护和谐稳定");
    expect(text).not.toContain("优化环境秩序");
    expect(text).toContain("排查矛盾纠纷15起，已调处化解13起，化解率为86.7%。");
      expect(text).not.toContain("排查化解矛盾纠纷15起");
    expect(text).toContain("在册社区矫正对象12人");
    expect(text).not.toContain("对象达12人");
  });
  it("compared with the quarter before as disputes taken in and settled", async () => {
    const analysis = async (content: WorkbookContent) => analyzeWorkbook(await readWorkbook(await writeWorkbook(standardV1, content)), standardV1);
    const cur = await analysis(quarter("第二季度", 21, 20, 11));
    const c = comparePeriods(cur.facts, (await analysis(quarter("第一季度", 15, 13, 12))).facts, standardV1);
    if (!c.ok) throw new Error(c.message);
    const text = documentText(summarize(cur, standardV1, { includeNames: false, today: 45900, comparison: c.comparison }).document);
    // The 化解率 rose: its change says the result, the counts are not heaped beside it (comparison-text isUntold).
    expect(text).toContain("排查矛盾纠纷21起，已调处化解20起，化解率为95.2%，较上季度提高8.5个百分点。");
    expect(text).not.toContain("整改率");
  });
});
