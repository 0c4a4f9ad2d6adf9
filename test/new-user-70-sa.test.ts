/**
 * New-user test 70 (docs/new-user-test-pane-70.md), `import` of a 民宿's home-made sheet (the tester's files/u5.js as a grid):
 * - D1 (high): a unit is never invented where none is typed and none follows from the row — a 宣传投放 row with no 数量
 *   (`开展员工文明礼仪培训`, taken as 宣传投放 by a mapping) took `单位＝个：其他通常以“个”计`.
 * - D11: `1月` … `6月` take the title's year (2025年1月), read to the month (the sheet as typed, with its 5月 row).
 * - D12: `张贴公益广告` with `30张` in 发放宣传品 was given `方式＝发放` (the header's word) and `单位＝块`: 张贴 is no 发放, and
 *   the row's own typed `张` is no ground for another word.
 * - D13: the 网页版 import page showed `--save-mapping`/`kind`/`--mapping`: the core's message names no CLI flag; the
 *   CLI's report says its flags, the page its 类别 select.
 */
import { importLedgers, importReport, parseMapping } from "../src/core/import";
import type { CellValue, SheetGrid } from "../src/core/grid/types";
import { cliRemedy } from "../src/cli/commands/import";
import { importEn, importRemedyWords, importZh } from "../src/taskpane/strings-import";

const grid = (name: string, merges: string[], values: (CellValue | undefined)[][]): SheetGrid =>
  ({ name, originRow: 1, originCol: 1, tables: [], merges, values: values.map((r) => r.map((v) => v ?? null)) as readonly (readonly CellValue[])[] });

/** The tester's 云水间民宿 sheet (files/u5.js). */
const homestay = (): SheetGrid => grid("创文工作", ["A1:F1"], [
  ["云水间民宿2025年上半年创文工作情况统计表"],
  ["单位：青禾县云水间民宿（盖章）", "", "", "", "", "2025年7月2日"],
  ["月份", "工作内容", "参加人数", "发放宣传品", "投入资金", "备注"],
  ["1月", "开展员工文明礼仪培训", "12人", "", "800元", ""],
  ["2月", "门前三包卫生整治", "8人", "", "", ""],
  ["3月", "学雷锋志愿服务（清扫景区步道）", "15人次", "", "", "联系人：吴小梅 13607458888"],
  ["4月", "发放文明旅游倡议书", "", "500份", "1,200元", ""],
  ["5月", "张贴公益广告", "", "30张", "600", ""],
  ["6月", "“我们的节日·端午”游客包粽子体验", "约40人次", "", "2000元", ""],
  [],
  ["合计", "", "75人", "530份", "4600元", ""],
  [],
  ["填表人：吴小梅", "", "联系电话：13607458888", "", "审核人：孙志强", ""],
]);

/** The tester's u5-map.json: the sheet as 宣传投放. */
const asPublicity = parseMapping(JSON.stringify({
  format: "campaign-ledger/import-mapping", version: 1,
  sheets: [{ sheet: "创文工作", block: 1, kind: "宣传投放", columns: { 月份: null, 工作内容: "类型", 参加人数: null, 发放宣传品: null, 投入资金: "投入金额（元）", 备注: "备注" } }],
}), "u5-map.json");

const run = (mapping?: unknown) => importLedgers([{ label: "u5-云水间民宿自制表.xlsx", snapshot: { sheets: [homestay()] } }], { unitType: "企事业单位", ...(mapping ? { mapping } : {}) } as never);

describe("new-user test 70 (sa)", () => {
  it("D1/D11: the sheet as typed is 活动台账, each month of the title's year, nothing in 宣传投放", () => {
    const ledgers = run().result.content.ledgers as Record<string, Record<string, unknown>[]>;
    expect(ledgers["宣传投放"] ?? []).toEqual([]);
    expect((ledgers["活动台账"] ?? []).map((r) => r["日期"])).toEqual(["2025年1月", "2025年2月", "2025年3月", "2025年4月", "2025年5月", "2025年6月"]);
    expect(importReport(run()).join("\n")).not.toContain("无法读作日期");
  });

  it("D1/D12: as 宣传投放, no unit is invented for a row without a count, and 张贴 is no 发放", () => {
    if (!asPublicity.ok) throw new Error(asPublicity.message);
    const report = importReport(run(asPublicity.mapping)).join("\n");
    expect(report).not.toContain("其他通常以“个”计");
    expect(report).not.toContain("宣传投放!D7 单位＝块");
    expect(report).not.toContain("宣传投放!E7 方式＝发放");
    // The row that says 发放 itself still does.
    expect(report).toContain("  宣传投放!E6 方式＝发放：按本行文字和表名归为发放");
  });

  it("D13: the core's message of a doubtful kind names no CLI flag; the CLI's report words its own", () => {
    const sheet = grid("Sheet1", [], [
      ["服务项目", "参加人数", "服务时长", "备注"],
      ["助老数字课堂", "5人", "4", ""],
      ["防诈骗宣传", "6人", "8", ""],
      ["上门办理业务", "7人", "12", ""],
    ]);
    const outcome = importLedgers([{ label: "a.xlsx", snapshot: { sheets: [sheet] } }], { unitName: "城关营业厅", unitType: "企事业单位", year: 2026, period: "上半年" });
    const finding = outcome.result.findings.find((f) => f.rule === "import.doubtful-kind");
    expect(finding?.message).toBe("Sheet1!A1：这张表按活动台账导入，把握只有43%，各行都没有“日期”，导入后都是错误。");
    expect(finding?.message).not.toMatch(/--|kind/u);
    expect(importReport(outcome).join("\n")).not.toContain("--");
    expect(importReport(outcome, { remedy: cliRemedy }).join("\n")).toContain("  提示：Sheet1!A1：这张表按活动台账导入，把握只有43%，各行都没有“日期”，导入后都是错误。请在原表补上这些列后重新导入，或用 --save-mapping 保存映射，改正这张表的 kind 和各列后用 --mapping 导入。");
  });

  it("D13: the page words the remedy by its 类别 and 导入到 selects, never a flag", () => {
    const sheet = grid("Sheet1", [], [
      ["服务项目", "参加人数", "服务时长", "备注"],
      ["助老数字课堂", "5人", "4", ""],
      ["防诈骗宣传", "6人", "8", ""],
    ]);
    const outcome = importLedgers([{ label: "a.xlsx", snapshot: { sheets: [sheet] } }], { unitName: "城关营业厅", unitType: "企事业单位", year: 2026, period: "上半年" });
    const page = importReport(outcome, importRemedyWords(importZh)).join("\n");
    expect(page).toContain("导入后都是错误。请在原表补上这些列后重新导入，或在上方改选这张表的“类别”和各列的“导入到”，再导入。");
    expect(page).not.toMatch(/--|kind/u);
    expect(importRemedyWords(importZh).remedy?.({ kind: "choose-kind", to: "活动台账" })).toBe("如是，请在上方把这张表的“类别”改选为“活动台账”，再导入。");
    expect(importRemedyWords(importEn).remedy?.({ kind: "choose-kind" })).not.toMatch(/--|mapping/u);
  });
});

