/** @jest-environment node */
/**
 * New-user test 71 (docs/new-user-test-pane-71.md), `import` of a 驾校's home-made 创文工作台账 split by its column 工作类别:
 * - D6: a row `先进 | 文明教练员 | 4人 | 2025.6.20` was not imported (`看不出属于哪类台账`): 先进 names 先进典型.
 * - D7: `发现6处，已整改5处` in the 数量 cell of a 问题整改 row was not read: it is 发现数 6, 已整改数 5, 单位 处.
 * - D8: a 志愿服务 row `教练员志愿者路口交通劝导 | 12次` kept its 12次 only in 备注 and the summary said `共开展2场志愿服务活动`:
 *   a count of occasions (次, 场) is a 其他指标 figure of 板块 志愿服务, as a 宣传 list's row so counted is (reshape routeNamedRow).
 * - D11: a row not imported was listed as `未对应的列（未能归入台账）`: it is `未导入的行（工作类别“…”无法归类）`.
 */
import type { WorkbookContent } from "../src/adapters/xlsx/content";
import { importLedgers } from "../src/core/import";
import { fateRanges } from "../src/core/import/report";
import { foundAndRectified } from "../src/core/import/reshape";
import type { CellValue, SheetGrid } from "../src/core/grid/types";
import { summaryTextOf } from "./support/summaries";

jest.setTimeout(90000);

/** The tester's sheet (u5-jiaxiao.xlsx), rows replaceable. */
function school(rows?: CellValue[][]): SheetGrid {
  const values: CellValue[][] = [
    ["青石县安达驾驶员培训学校2025年上半年创文工作台账"],
    ["序号", "工作类别", "工作内容", "数量", "日期", "负责人", "备注"],
    ...(rows ?? [
      [1, "宣传", "校区LED屏滚动播放文明交通标语", "3块", "2025.3.1", "王校长", "13900002222"],
      [2, "宣传", "发放文明驾驶宣传单", "两千份", "2025年4月", null, null],
      [3, "志愿服务", "教练员志愿者路口交通劝导", "12次", "2025.5.10", "李教练", null],
      [4, "志愿服务", "学员志愿者参与劝导", "约150人次", "2025.5.10", null, null],
      [5, "活动", "“文明驾驶 礼让斑马线”主题培训", "八百余人次", "2025.4.15", null, null],
      [6, "问题整改", "训练场周边乱停乱放", "发现6处，已整改5处", "2025.6", null, null],
      [7, "组织", "成立创文工作领导小组", "1个", "2025.2.1", null, null],
      [8, "先进", "文明教练员", "4人", "2025.6.20", "张三、李四", null],
    ]),
    ["合计"],
    ["填表人：陈会计", null, "审核人：王校长", null, "联系电话：0571-85551234"],
  ];
  return { name: "创文工作台账", originRow: 1, originCol: 1, values, tables: [], merges: ["A1:G1"] };
}

const importOf = (grid: SheetGrid) =>
  importLedgers([{ label: "u5-jiaxiao.xlsx", snapshot: { sheets: [grid] } as never }], { unitType: "企事业单位", year: 2025, period: "上半年" });
const messages = (out: ReturnType<typeof importOf>): string[] => out.result.findings.map((f) => f.message);

describe("D6: a 工作类别 先进 row is a 先进典型", () => {
  it("imports `先进 | 文明教练员 | 4人` into 先进典型 (荣誉名称, 人数), no names", () => {
    const out = importOf(school());
    const honors = out.result.content.ledgers["先进典型"] ?? [];
    expect(honors).toHaveLength(1);
    expect(honors[0]).toMatchObject({ 荣誉名称: "文明教练员", 人数: 4 });
    expect(honors[0]["姓名"]).toBeUndefined();
    expect(JSON.stringify(honors[0])).not.toContain("张三");
    expect(messages(out).join("\n")).not.toContain("看不出属于哪类台账");
  });
});

describe("D7: `发现6处，已整改5处` in one 数量 cell", () => {
  it("fills 发现数 6, 已整改数 5, 单位 处", () => {
    const out = importOf(school());
    const rows = out.result.content.ledgers["问题整改"] ?? [];
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ 发现数: 6, 已整改数: 5, 单位: "处" });
    expect(String(rows[0]["备注"] ?? "")).not.toContain("发现6处");
    expect(messages(out).join("\n")).not.toContain("无法读作发现数");
  });

  it("reads the usual ways of saying both, and nothing else", () => {
    expect(foundAndRectified("发现6处，已整改5处")).toEqual({ found: "6处", rectified: 5 });
    expect(foundAndRectified("排查问题12个；已整改10个")).toEqual({ found: "12个", rectified: 10 });
    expect(foundAndRectified("发现3处，均已整改")).toEqual({ found: "3处", rectified: 3 });
    expect(foundAndRectified("发现6处，已整改5个")).toBeUndefined();
    expect(foundAndRectified("6处")).toBeUndefined();
    expect(foundAndRectified("发现6处")).toBeUndefined();
  });

  it("the summary tells the problems found and put right", async () => {
    const text = await summaryTextOf(importOf(school()).result.content as unknown as WorkbookContent);
    expect(text).toContain("训练场周边乱停乱放问题6处，已整改5处，整改率为83.3%。");
    expect(text).not.toContain("该行未写入总结");
  });
});

describe("D8: a 志愿服务 row counted in 次 keeps its count", () => {
  it("imports `教练员志愿者路口交通劝导 | 12次` as 其他指标 (志愿服务, 12 次), the 人次 row as an activity", () => {
    const { ledgers } = importOf(school()).result.content;
    expect(ledgers["其他指标"]).toEqual([{ 板块: "志愿服务", 指标名称: "教练员志愿者路口交通劝导", 数值: 12, 单位: "次" }]);
    expect(ledgers["活动台账"]).toContainEqual({ 日期: { date: "2025-05-10" }, 活动名称: "学员志愿者参与劝导", 活动类型: "志愿服务", 参与数量: 150, 单位: "人次", 备注: "〔约数〕参与数量：约150人次" });
  });

  it("the summary says the 12 times, never one 场", async () => {
    const text = await summaryTextOf(importOf(school()).result.content as unknown as WorkbookContent);
    expect(text).toContain("累计开展教练员志愿者路口交通劝导12次。");
    expect(text).toContain("　　5月10日开展“学员志愿者参与劝导”活动，参与约150人次。");
    expect(text).not.toContain("共开展2场志愿服务活动");
  });
});

describe("D11: a row not imported is said as a row", () => {
  it("lists `未导入的行（工作类别“荣誉墙”无法归类）`, never `未对应的列`", () => {
    const rows: CellValue[][] = [
      [1, "宣传", "张贴文明标语", "40张", "2025.2.15", null, null],
      [2, "活动", "端午节包粽子活动", "80人", "2025.5.30", null, null],
      [3, "问题整改", "训练场周边乱停乱放", "6处", "2025.6", null, "已整改5处"],
      [4, "组织", "成立创文工作领导小组", "1个", "2025.2.1", null, null],
      [5, "宣传", "发放宣传单", "200份", "2025.3.1", null, null],
      [6, "荣誉墙", "更新荣誉墙", "1面", "2025.6.20", null, null],
    ];
    const out = importOf(school(rows));
    const cells = out.result.cells;
    const row8 = cells.filter((c) => /!(?:[A-G])8$/u.test(c.cell));
    expect(row8.length).toBeGreaterThan(0);
    expect(fateRanges(cells)).toContain("创文工作台账!A8:E8：未导入的行（工作类别“荣誉墙”无法归类）");
    for (const c of row8) expect(c).toMatchObject({ status: "skipped", reason: "unplaced", detail: "工作类别“荣誉墙”无法归类" });
  });
});
