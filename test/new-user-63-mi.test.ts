/**
 * Comparisons with the previous period: review run 32 (docs/reviews/run-32-f15b594-tester60-61-reviewer-AV.md), 材料5
 * (t60-water-q4) items 2, 3, 4, 6 and 材料8 (t61-post-q3) item 1; new-user test 63 (docs/new-user-test-pane-63.md), D10.
 */
import { analyzeWorkbook, comparePeriods, documentText, standardV1, summarize } from "../src/core";
import { readPreviousSheet, previousFiguresOf, previousSheetRows } from "../src/core/facts";
import { readWorkbook } from "../src/adapters/xlsx/read-workbook";
import { writeWorkbook } from "../src/adapters/xlsx/write-workbook";
import type { WorkbookContent } from "../src/adapters/xlsx/content";
import type { SheetGrid } from "../src/core/grid/types";

const water = (period: string) => ({ 单位名称: "平安县供水有限公司", 单位类型: "企事业单位", 上级指导单位: "县住建局", 报告年度: 2025, 报告期: period });

const analysis = async (content: WorkbookContent) => analyzeWorkbook(await readWorkbook(await writeWorkbook(standardV1, content)), standardV1);

/** The summary of `now` compared with the workbook `before` (with the 附表). */
async function compared(now: WorkbookContent, before: WorkbookContent): Promise<string> {
  const cur = await analysis(now);
  const c = comparePeriods(cur.facts, (await analysis(before)).facts, standardV1);
  if (!c.ok) throw new Error(c.message);
  return documentText(summarize(cur, standardV1, { includeNames: false, today: 46027, appendix: true, comparison: c.comparison }).document);
}

const q3: WorkbookContent = {
  profile: water("第三季度"),
  ledgers: {
    宣传投放: [{ 类型: "宣传单", 位置或内容: "夏季节水提示", 数量: 2000, 单位: "份", 方式: "发放", "投入金额（元）": 800 }],
    志愿服务: [{ 队伍名称: "供水志愿服务队", 队伍类型: "党员志愿者", 注册人数: 28, 服务次数: 4, "服务时长（小时）": "约8" }],
    问题整改: [{ 问题类别: "乱张贴", 发现数: 15, 已整改数: 10, 单位: "处" }],
  },
};

const q4 = (problems: Record<string, string | number>[]): WorkbookContent => ({
  profile: water("第四季度"),
  ledgers: {
    宣传投放: [{ 类型: "宣传单", 位置或内容: "冬季防冻保暖提示", 数量: 3000, 单位: "份", 方式: "发放", "投入金额（元）": 1500 }],
    志愿服务: [{ 队伍名称: "供水志愿服务队", 队伍类型: "党员志愿者", 注册人数: 30, 服务次数: 9, "服务时长（小时）": "约20" }],
    问题整改: problems,
    文字材料: [{ 类型: "上期打算", 内容: "完成老旧管网改造2公里", 落实情况: "已完成老旧管网改造1.5公里" }],
  },
});

const carried: Record<string, string | number>[] = [
  { 问题类别: "乱张贴", 发现数: 8, 已整改数: 8, 单位: "处" },
  { 问题类别: "其他", 发现数: 5, 已整改数: 3, 单位: "处", 来源: "上期遗留", 备注: "管网漏点" },
];

describe("review run 32, 材料5", () => {
  it("item 3: the compared figure's sentence takes its change (`发放宣传单3000份，较上季度增加1000份`), the noun not said again", async () => {
    const text = await compared(q4(carried), q3);
    expect(text).toContain("发放宣传单3000份，较上季度增加1000份，增长50%；宣传投入增加700元，增长87.5%。");
    expect(text).not.toContain("发放宣传资料较上季度");
  });

  it("item 4: a change of rough figures says its amount with 约, no growth rate (`增加约12小时`, never `增长约1.5倍`)", async () => {
    const text = await compared(q4(carried), q3);
    expect(text).toContain("注册志愿者较上季度增加2人，增长7.1%；志愿服务时长增加约12小时。");
    expect(text).toContain("志愿服务时长\t约20\t小时\t约8\t增加约12小时\n");
    expect(text).not.toMatch(/增长约/u);
  });

  it("item 2: this period's rate of new problems is not compared with last period's rate of all its problems", async () => {
    const text = await compared(q4(carried), q3);
    expect(text).toContain("发现乱张贴问题8处，均已整改到位。上期遗留问题5处，已整改3处。");
    expect(text).not.toContain("整改率较上季度");
    expect(text).toContain("总整改率\t100.0\t%\t66.7\t—\n");
  });

  it("item 2: without problems carried in, the two rates are alike and compared as before", async () => {
    const text = await compared(q4(carried.slice(0, 1)), q3);
    expect(text).toContain("发现乱张贴问题8处，均已整改到位，整改率较上季度提高33.3个百分点。");
  });

  it("item 6: a plan of a figure and its 落实情况 in the same words: `上期计划……，实际完成1.5公里`", async () => {
    const text = await compared(q4(carried), q3);
    expect(text).toContain("上期计划完成老旧管网改造2公里，实际完成1.5公里。");
    expect(text).not.toContain("针对上期提出的“完成老旧管网改造2公里”");
  });
});

describe("review run 32, 材料8 item 1", () => {
  const post = (period: string, ads: number, spend: number): WorkbookContent => ({
    profile: { 单位名称: "县邮政分公司", 单位类型: "企事业单位", 报告年度: 2025, 报告期: period },
    ledgers: { 宣传投放: [{ 类型: "公益广告", 位置或内容: "乡镇网点公益广告", 数量: ads, 单位: "块", 方式: "新设", "投入金额（元）": spend }] },
  });

  it("`设置公益广告24块，较上季度增加8块，增长50%`, never `设置公益广告24块。公益广告较上季度增加8块`", async () => {
    const text = await compared(post("第三季度", 24, 7200), post("第二季度", 16, 4800));
    expect(text).toMatch(/公益广告24块，较上季度增加8块，增长50%；宣传投入增加2400元，增长50%。/u);
    expect(text).not.toContain("。公益广告较上季度");
  });

  it("a sentence ending in another figure than the one compared keeps the comparison apart", async () => {
    const two = (period: string, ads: number): WorkbookContent => ({
      profile: { 单位名称: "县邮政分公司", 单位类型: "企事业单位", 报告年度: 2025, 报告期: period },
      ledgers: {
        宣传投放: [
          { 类型: "公益广告", 位置或内容: "乡镇网点公益广告", 数量: ads, 单位: "块", 方式: "新设" },
          { 类型: "宣传栏", 位置或内容: "营业厅宣传栏", 数量: 3, 单位: "块", 方式: "新设" },
        ],
      },
    });
    const text = await compared(two("第三季度", 24), two("第二季度", 16));
    expect(text).toMatch(/公益广告较上季度增加8块/u);
  });
});

describe("new-user test 63, D10: a count typed `1.2万` last period is rough", () => {
  const gas = (period: string, leaflets: string | number): WorkbookContent => ({
    profile: { 单位名称: "南岭县燃气有限公司", 单位类型: "企事业单位", 报告年度: 2026, 报告期: period },
    ledgers: { 宣传投放: [{ 类型: "宣传资料", 位置或内容: "燃气安全使用手册", 数量: leaflets, 单位: "份", 方式: "发放" }] },
  });

  it("compared with the workbook: `减少约4000份`, never `减少4000份，下降33.3%`", async () => {
    const text = await compared(gas("第三季度", 8000), gas("第二季度", "1.2万"));
    expect(text).toContain("宣传资料发放份数\t8000\t份\t12000\t减少约4000份\n");
  });

  it("the 上期指标 sheet stores it with 约, and the comparison with it says 约", async () => {
    const before = await analysis(gas("第二季度", "1.2万"));
    const { rows } = previousSheetRows(previousFiguresOf(before.facts, standardV1), standardV1.previousPeriod!);
    expect(rows.find((r) => r[0] === "宣传资料发放份数")).toEqual(["宣传资料发放份数", 12000, "份", "约"]);
    const grid: SheetGrid = { name: standardV1.previousPeriod!.sheet, originRow: 1, originCol: 1, tables: [], merges: [], values: rows };
    const prev = readPreviousSheet({ sheets: [grid] } as never, standardV1)!;
    const cur = await analysis(gas("第三季度", 8000));
    const c = comparePeriods(cur.facts, prev, standardV1);
    expect(c.ok && c.comparison.changes.find((x) => x.id === "leaflets")?.approx).toBe(true);
  });
});
