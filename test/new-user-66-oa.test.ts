/** @jest-environment node */
/**
 * New-user test 66 (docs/new-user-test-pane-66.md), D1: `import` of a hand-made 统计表 whose rows are classified by a column
 * 工作项目 (宣传, 活动, 志愿服务, 问题整改, 其他) beside 具体内容 | 数量 | 单位 | 备注 — merged title, 填报单位/统计时间 rows, a
 * 合计 row that is 2 off, signature rows — was taken whole as 宣传投放 (把握 32%), 具体内容 went to 备注, the 次/人 units were
 * replaced by an inferred 个, and the summary said `设置公益广告2块和其他宣传品10198个、12处。`.
 * Now the table is split by row into the ledgers its categories name, each row's text in that ledger's content column and
 * its count and unit kept; a row whose category names no ledger is said, never coerced; and a 单位 typed that the
 * 宣传投放 list lacks is never replaced by the usual word.
 */
import type { WorkbookContent } from "../src/adapters/xlsx/content";
import { importLedgers, importReport } from "../src/core/import";
import type { CellValue, SheetGrid } from "../src/core/grid/types";
import { summaryTextOf } from "./support/summaries";

jest.setTimeout(90000);

/** The tester's sheet (files/chaoshi.js), with `extra` rows before the 合计 row. */
function chaoshi(extra: CellValue[][] = []): SheetGrid {
  const rows: CellValue[][] = [
    ["云川县惠民购物广场2025年上半年文明创建工作统计表"],
    ["填报单位：云川县惠民购物广场有限公司（盖章）", null, null, "统计时间：2025年1月—6月"],
    [],
    ["序号", "工作项目", "具体内容", "数量", "单位", "备注"],
    [1, "宣传", "超市入口LED屏滚动播放公益广告", "2", "块", "全天"],
    [2, "宣传", "购物袋印制文明标语", "一万", "个", null],
    [3, "活动", "学雷锋便民服务日", "3", "次", "免费量血压"],
    [4, "活动", "“光盘行动”进超市宣传", "150", "人", "2025.4.22"],
    [5, "志愿服务", "员工志愿服务队", "45", "人", "队长：孙卫东 13312345678"],
    [6, "问题整改", "门前占道堆放货物", "12", "处", "已整改10处"],
    [7, "其他", "文明购物劝导", "每天", "次", null],
    ...extra,
    ["合计", null, null, "10214", null, null],
    [],
    ["填表人：李娟", "", "审核人：王总", "", "联系电话：0871-6112233"],
  ];
  return { name: "创文工作", originRow: 1, originCol: 1, values: rows, tables: [], merges: ["A1:F1"] };
}

const importOf = (grid: SheetGrid) => importLedgers([{ label: "超市文明创建统计表.xlsx", snapshot: { sheets: [grid] } as never }]);

describe("D1: a sheet classified by a column 工作项目 is split by row into the ledgers its values name", () => {
  it("puts each row into its ledger, its text in the content column, its count and unit kept", () => {
    const out = importOf(chaoshi());
    const { ledgers } = out.result.content;
    expect(out.proposal.blocks.map((b) => `${b.kind} ${Math.round(b.confidence * 100)}%`)).toEqual(["宣传投放 90%", "活动台账 90%", "志愿服务 90%", "问题整改 90%", "其他指标 90%"]);
    expect(ledgers["宣传投放"]).toEqual([
      // 具体内容 goes to 位置或内容 on every row, as the 其他 row's does (new-user test 69, D9).
      { 类型: "公益广告", 位置或内容: "超市入口LED屏滚动播放公益广告", 数量: 2, 单位: "块", 备注: "全天" },
      { 类型: "其他", 位置或内容: "购物袋印制文明标语", 数量: 10000, 单位: "个" },
    ]);
    // 次 is no count of people: the figure is kept in 备注 with its word, never 3个.
    expect(ledgers["活动台账"]).toEqual([
      { 活动名称: "学雷锋便民服务日", 活动类型: "志愿服务", 备注: "免费量血压；参与数量：3次" },
      { 活动名称: "“光盘行动”进超市宣传", 活动类型: "宣传教育", 参与数量: 150, 单位: "人", 备注: "2025.4.22" },
    ]);
    expect(ledgers["志愿服务"]).toEqual([{ 队伍名称: "员工志愿服务队", 队伍类型: "其他", 注册人数: 45, 备注: "队长：孙卫东" }]);
    expect(ledgers["问题整改"]).toEqual([{ 问题类别: "占道堆放", 发现数: 12, 已整改数: 10, 单位: "处", 备注: "具体内容：门前占道堆放货物" }]);
    expect(ledgers["其他指标"]).toEqual([{ 板块: "其他", 指标名称: "文明购物劝导", 单位: "次", 备注: "数量：每天" }]);
    const report = importReport(out).join("\n");
    expect(report).not.toContain("单位＝个");
    expect(report).toContain("B 工作项目 → 不导入");
    expect(report).toContain("C 具体内容 → 活动名称（按数据推断，60%）");
    expect(report).toContain("创文工作!B7:B8：未对应的列（工作项目（按此列分到活动台账））");
    // The 合计 row is still checked against every row of the table.
    expect(out.result.findings.map((f) => f.message)).toContain("创文工作!D12：合计行“数量”为10214，上方各行之和为10212，两者不符；合计行未导入，导入的是各行数字，请核对。");
  });

  it("the summary no longer counts activities, volunteers and problems as 宣传品", async () => {
    const text = await summaryTextOf(importOf(chaoshi()).result.content as unknown as WorkbookContent);
    expect(text).not.toContain("其他宣传品10198个");
    expect(text).toContain("　　发现占道堆放问题12处，已整改10处，整改率为83.3%。");
    expect(text).toContain("　　一是宣传引导。在超市入口LED屏投放公益广告2块");
    expect(text).toContain("　　二是主题教育。开展“光盘行动”进超市宣传活动，参与150人。");
    expect(text).toContain("　　一是队伍建设。员工志愿服务队现有注册志愿者45人。");
    expect(text).toContain("　　二是主题志愿服务。开展“学雷锋便民服务日”活动。");
  });

  it("a row whose category names no ledger is said and not imported, never coerced", () => {
    const out = importOf(chaoshi([[8, "安全生产", "消防演练", "1", "次", null]]));
    const all = Object.values(out.result.content.ledgers).flat();
    expect(all.some((row) => Object.values(row).includes("消防演练"))).toBe(false);
    expect(out.result.findings.map((f) => f.message)).toContain("创文工作!B12：工作项目“安全生产”，看不出属于哪类台账，本行未导入；请在标准台账中按类别补填。");
    expect(out.result.cells.filter((c) => c.cell.startsWith("创文工作!") && /[A-F]12$/u.test(c.cell)).every((c) => c.status === "skipped" && c.reason === "unplaced" && c.detail === "工作项目“安全生产”无法归类")).toBe(true); // a row, not a column: new-user test 71, D11
  });

  it("a column of 活动类型 (志愿服务, 其他, 宣传教育) splits nothing: the list stays one 活动台账", () => {
    const grid: SheetGrid = {
      name: "活动", originRow: 1, originCol: 1, tables: [], merges: [],
      values: [
        ["序号", "活动时间", "活动名称", "类别", "参加人数"],
        [1, "2025.3.5", "学雷锋日", "志愿服务", "30人"],
        [2, "2025.4.1", "文明劝导", "其他", "20人"],
        [3, "2025.5.1", "垃圾分类讲座", "宣传教育", "50人"],
      ],
    };
    const out = importLedgers([{ label: "a.xlsx", snapshot: { sheets: [grid] } as never }], { unitName: "幸福里社区", unitType: "社区", year: 2025, period: "上半年" });
    expect(out.proposal.blocks.map((b) => b.kind)).toEqual(["活动台账"]);
    expect(out.result.content.ledgers["活动台账"]).toHaveLength(3);
  });

  it("without a column of categories, a 单位 the 宣传投放 list lacks (次, 人) is never replaced by the usual word 个", () => {
    const grid: SheetGrid = {
      name: "创文工作", originRow: 1, originCol: 1, tables: [], merges: [],
      values: [
        ["序号", "具体内容", "数量", "单位", "备注"],
        [1, "超市入口LED屏滚动播放公益广告", "2", "块", null],
        [2, "学雷锋便民服务日", "3", "次", null],
        [3, "员工志愿服务队", "45", "人", null],
      ],
    };
    const out = importLedgers([{ label: "a.xlsx", snapshot: { sheets: [grid] } as never }], { unitName: "惠民购物广场有限公司", unitType: "企事业单位", year: 2025, period: "上半年" });
    const rows = Object.values(out.result.content.ledgers).flat();
    expect(rows.filter((r) => r["单位"] === "个")).toEqual([]);
    expect(out.result.guesses.filter((g) => g.field === "单位" && g.value === "个")).toEqual([]);
  });
});

it("D1: the saved mapping of a split table has no entry for it, so that importing with it splits the table again", () => {
  const out = importOf(chaoshi());
  expect(out.mapping.sheets).toEqual([]);
  const again = importLedgers([{ label: "超市文明创建统计表.xlsx", snapshot: { sheets: [chaoshi()] } as never }], { mapping: out.mapping });
  expect(Object.keys(again.result.content.ledgers)).toEqual(["宣传投放", "活动台账", "志愿服务", "问题整改", "其他指标"]);
});
