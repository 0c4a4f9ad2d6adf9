/** @jest-environment node */
/**
 * New-user test 67 (docs/new-user-test-pane-67.md), `import` of a 商场's own 统计表 split by its column 类别:
 * - D1: a 志愿服务 row `员工志愿者文明劝导 | 12次` became 志愿服务 注册人数 12 with the activity's name as the team's, and the
 *   summary said `现有注册志愿者12人` twice. A count in 次/场 is never a team's members: the row is an activity.
 * - D9: a row `环境整治 | 清理商场周边占道经营 | 15处 | 备注 已整改13处` was not imported (`看不出属于哪类台账`): it is a
 *   problem found and put right. The unit's own honour `荣誉 | 市级文明诚信商户 | 1个` was told `1家商户获评……`: counted 1个
 *   by the unit, it is the unit's own title.
 */
import type { WorkbookContent } from "../src/adapters/xlsx/content";
import { importLedgers } from "../src/core/import";
import type { CellValue, SheetGrid } from "../src/core/grid/types";
import { summaryTextOf } from "./support/summaries";

jest.setTimeout(90000);

/** The tester's sheet (files/mall.js). */
function mall(rows?: CellValue[][]): SheetGrid {
  const values: CellValue[][] = [
    ["临溪县百汇购物广场2025年文明创建工作统计表"],
    ["填报单位：临溪县百汇购物广场", null, null, "统计时间：2025年1月-6月"],
    ["序号", "类别", "工作内容", "数量", "时间", "备注"],
    ...(rows ?? [
      [1, "宣传", "LED屏播放公益广告", "3块", "2025.1.10", null],
      [2, "宣传", "张贴文明标语", "四十余张", "2025.2.15", null],
      [3, "志愿服务", "员工志愿者文明劝导", "12次", "每周一次", "负责人孙丽 13788889999"],
      [4, "环境整治", "清理商场周边占道经营", "15处", "2025.4.1", "已整改13处"],
      [5, "活动", "端午节包粽子活动", "约80人", "2025.5.30", null],
      [6, "荣誉", "市级文明诚信商户", "1个", "2025.6.1", null],
    ]),
    ["合计", null, null, null, null, null],
    [],
    ["填表人：孙丽", null, null, "审核人：王经理", null, "联系电话：13788889999"],
  ];
  return { name: "创文工作", originRow: 1, originCol: 1, values, tables: [], merges: ["A1:F1"] };
}

const importOf = (grid: SheetGrid) =>
  importLedgers([{ label: "商场自制.xlsx", snapshot: { sheets: [grid] } as never }], { unitType: "企事业单位" });

describe("D1: a 志愿服务 row counted in 次 is an activity, never a team of registered volunteers", () => {
  // Since new-user test 71 (docs/new-user-test-pane-71.md D8) a count of occasions is a 其他指标 figure of 板块 志愿服务 (its
  // 每周一次 the 频次), no longer an activity with `数量：12次` in 备注 told as one 场.
  it("imports the row into 其他指标 (志愿服务, 12 次, 每周一次), and nothing into 志愿服务", () => {
    const { ledgers } = importOf(mall()).result.content;
    expect(ledgers["志愿服务"] ?? []).toEqual([]);
    expect(ledgers["其他指标"]).toEqual([{ 板块: "志愿服务", 指标名称: "员工志愿者文明劝导", 数值: 12, 单位: "次", 频次: "每周一次", 备注: "负责人孙丽" }]);
  });

  it("the summary says no registered volunteers", async () => {
    const text = await summaryTextOf(importOf(mall()).result.content as unknown as WorkbookContent);
    expect(text).not.toContain("注册志愿者12人");
    expect(text).toContain("　　累计开展员工志愿者文明劝导12次。");
  });

  it("a 志愿服务 row counted in 人 is still a team", () => {
    const { ledgers } = importOf(mall([
      [1, "宣传", "张贴文明标语", "40张", "2025.2.15", null],
      [2, "活动", "端午节包粽子活动", "80人", "2025.5.30", null],
      [3, "志愿服务", "员工志愿服务队", "45人", null, null],
    ])).result.content;
    expect(ledgers["志愿服务"]).toEqual([{ 队伍名称: "员工志愿服务队", 队伍类型: "其他", 注册人数: 45 }]);
  });
});

describe("D9: 环境整治 counted in 处 with 已整改 in 备注 is a problem; the unit's own honour of 1个 is its own", () => {
  it("imports the 环境整治 row into 问题整改 (found 15, put right 13) and marks the honour as the unit's", () => {
    const out = importOf(mall());
    const { ledgers } = out.result.content;
    expect(ledgers["问题整改"]).toEqual([expect.objectContaining({ 问题类别: "占道经营", 发现数: 15, 已整改数: 13, 单位: "处", 备注: "工作内容：清理商场周边占道经营" })]);
    expect(out.result.findings.map((f) => f.message).join("\n")).not.toContain("看不出属于哪类台账");
    expect(ledgers["先进典型"]).toEqual([{ 荣誉名称: "市级文明诚信商户", 级别: "市", 类别: "诚实守信", 人数: 1, 日期: { date: "2025-06-01" }, 备注: "本单位荣誉" }]);
    expect(out.result.guesses.map((g) => `${g.destination}＝${g.value}`)).toContain("先进典型!G3＝本单位荣誉");
  });

  it("the summary tells the problem and the unit's own honour, never `1家商户`", async () => {
    const text = await summaryTextOf(importOf(mall()).result.content as unknown as WorkbookContent);
    expect(text).toContain("　　2025年上半年，临溪县百汇购物广场整改占道经营问题13处，获评“市级文明诚信商户”。");
    expect(text).toContain("　　发现占道经营问题15处，已整改13处，整改率为86.7%。");
    expect(text).not.toContain("1家商户");
  });

  it("a 环境整治 row of people is no problem: still not placed", () => {
    const out = importOf(mall([
      [1, "宣传", "张贴文明标语", "40张", "2025.2.15", null],
      [2, "宣传", "LED屏播放公益广告", "3块", "2025.1.10", null],
      [3, "活动", "端午节包粽子活动", "80人", "2025.5.30", null],
      [4, "荣誉", "市级文明诚信商户", "1个", "2025.6.1", null],
      [5, "环境整治", "组织员工清扫周边环境", "30人", "2025.4.1", null],
    ]));
    expect(out.result.content.ledgers["问题整改"] ?? []).toEqual([]);
    expect(out.result.findings.map((f) => f.message).join("\n")).toContain("类别“环境整治”，看不出属于哪类台账");
  });
});
