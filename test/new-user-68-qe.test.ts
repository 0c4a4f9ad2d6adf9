/** @jest-environment node */
/**
 * New-user test 68 (docs/new-user-test-pane-68.md), `import` of a 高速公路服务区's home-made sheet whose 项目 column names
 * each row's kind (序号 | 项目 | 内容 | 数量 | 单位 | 时间 | 备注), taken as a 宣传 list:
 * - D1: rows of 项目 我们的节日 / 先进典型 / 文明服务 (a training) became 宣传投放 类型 其他 and the summary said
 *   `设置宣传栏8块、我们的节日约500份和先进典型1个`; the 省级 `五星级服务区` honour was lost. A 项目 naming a ledger or an
 *   activity type routes the row there, its 内容 the row's name.
 * - D2: `问题整改 | 15 | 处 | 备注 已整改12处` became 其他指标 `问题整改` told `整改问题15处`: it is 问题整改 发现数 15, 已整改数 12.
 * - D3: with no --period, a sheet titled `2025年…台账`, dated `2025年12月`, with dates `2025.6` and `2025.11` was inferred
 *   上半年 from its full dates only.
 * - D4: the `4期` training row was written with an empty 单位 (an error in the new workbook).
 * - D5: the 服务区 was guessed 机关部门 and not listed among the guesses.
 */
import type { WorkbookContent } from "../src/adapters/xlsx/content";
import { readWorkbook } from "../src/adapters/xlsx/read-workbook";
import { writeWorkbook } from "../src/adapters/xlsx/write-workbook";
import { analyzeWorkbook, standardV1 } from "../src/core";
import { importLedgers } from "../src/core/import";
import type { CellValue, SheetGrid } from "../src/core/grid/types";
import { summaryTextOf } from "./support/summaries";

jest.setTimeout(90000);

/** The tester's sheet (files/u5.js). */
function station(): SheetGrid {
  const values: CellValue[][] = [
    ["青川服务区2025年创建文明城市工作台账"],
    ["填报单位：川陕高速青川服务区（盖章）　　　　　　　2025年12月"],
    ["序号", "项目", "内容", "数量", "单位", "时间", "备注"],
    [1, "公益广告", "服务区广场LED屏播放创文公益广告", "12", "块", "2025.3.1", ""],
    [2, "宣传栏", "餐厅、卫生间文明宣传栏", "８", "块", "2025年4月", ""],
    [3, "志愿服务", "“司乘之家”学雷锋志愿服务", "３６", "次", "2025.3.5", "志愿者负责人 刘洋 13512345678"],
    [4, "环境整治", "公厕、停车场环境卫生专项整治", "二十", "次", "全年", ""],
    [5, "问题整改", "停车场乱停乱放问题整改", "15", "处", "2025.6", "已整改12处"],
    [6, "文明服务", "开展文明服务培训", "4", "期", "2025.5.10", ""],
    [7, "我们的节日", "春运“暖冬行动”为旅客送饺子", "约500", "份", "2025.1.28", "春节"],
    [8, "先进典型", "获评省级“五星级服务区”", "1", "个", "2025.11", ""],
    ["合计", "", "", "596", "", "", ""],
    [],
    ["填表人：张敏", "", "", "审核人：李强", "", "联系电话：0839-8888888", ""],
    ["服务区负责人（签字）：", "", "", "", "", "", ""],
  ];
  return { name: "2025年创文工作台账", originRow: 1, originCol: 1, values, tables: [], merges: ["A1:G1", "A2:G2"] };
}

const importOf = (opts: { period?: string; unitType?: string } = {}) =>
  importLedgers([{ label: "u5-服务区台账.xlsx", snapshot: { sheets: [station()] } as never }], opts);

const contentOf = (opts: { period?: string; unitType?: string } = {}) => importOf(opts).result.content as unknown as WorkbookContent;

describe("D1: a 项目 naming a ledger or an activity type routes its row there", () => {
  it("imports 我们的节日 and the training as activities, 先进典型 as an honour; 宣传投放 keeps its two rows", () => {
    const { ledgers } = importOf({ period: "全年", unitType: "企事业单位" }).result.content;
    expect(ledgers["宣传投放"]).toHaveLength(2);
    expect(ledgers["活动台账"]).toEqual(expect.arrayContaining([
      expect.objectContaining({ 活动名称: "春运“暖冬行动”为旅客送饺子", 活动类型: "我们的节日", 日期: { date: "2025-01-28" } }),
      expect.objectContaining({ 活动名称: "开展文明服务培训", 活动类型: "会议培训", 日期: { date: "2025-05-10" } }),
    ]));
    expect(ledgers["先进典型"]).toEqual([expect.objectContaining({ 级别: "省", 人数: 1 })]);
    expect(String(ledgers["先进典型"]?.[0]?.["荣誉名称"])).toContain("五星级服务区");
  });

  it("the summary never tells them as 宣传品 and tells the 省级 honour", async () => {
    const text = await summaryTextOf(contentOf({ period: "全年", unitType: "企事业单位" }));
    expect(text).not.toContain("我们的节日约500份");
    expect(text).not.toContain("先进典型1个");
    expect(text).toContain("设置宣传栏8块");
    expect(text).toContain("获评省级“五星级服务区”。");
    expect(text).not.toContain("获评“获评");
    expect(text).toContain("春运“暖冬行动”为旅客送饺子");
  });
});

describe("D2: 项目 问题整改 with 已整改 in 备注 is a 问题整改 row", () => {
  it("imports 发现数 15, 已整改数 12 and tells both", async () => {
    const { ledgers } = importOf({ period: "全年", unitType: "企事业单位" }).result.content;
    expect(ledgers["问题整改"]).toEqual([expect.objectContaining({ 发现数: 15, 已整改数: 12, 单位: "处" })]);
    expect((ledgers["其他指标"] ?? []).map((r) => r["指标名称"])).not.toContain("问题整改");
    const text = await summaryTextOf(contentOf({ period: "全年", unitType: "企事业单位" }));
    expect(text).not.toContain("整改问题15处");
    expect(text).toContain("排查发现停车场乱停乱放问题15处，已整改12处");
  });
});

describe("D3: year-month dates count when the period is inferred; a year's title dated December is 全年", () => {
  it("infers 全年", () => {
    const out = importOf();
    expect(out.result.content.profile["报告期"]).toBe("全年");
    expect(out.result.guesses.map((g) => `${g.destination}＝${g.value}`)).toContain("基本信息!B9＝全年");
  });
});

describe("D4: the written workbook passes check", () => {
  it("has no error", async () => {
    const analysis = analyzeWorkbook(await readWorkbook(await writeWorkbook(standardV1, contentOf())), standardV1);
    expect(analysis.findings.filter((f) => f.severity === "error").map((f) => f.message)).toEqual([]);
  });
});

describe("D5: a 服务区 is 企事业单位, and the guess is listed", () => {
  it("guesses 企事业单位 and lists it", () => {
    const out = importOf();
    expect(out.result.content.profile["单位类型"]).toBe("企事业单位");
    expect(out.result.guesses.map((g) => `${g.field}＝${g.value}`)).toContain("单位类型＝企事业单位");
  });
});
