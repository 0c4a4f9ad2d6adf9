/** @jest-environment node */
/**
 * New-user test 53 (docs/new-user-test-pane-53.md), D12: `fix` (规范数据) left every ledger's typed rows outside its table,
 * and `check` on the 规范后 file still sent the user to `upgrade` (`table.rows-outside`); now `fix` extends the table over
 * them and says so. Test 52 (docs/new-user-test-pane-52.md), D20: `import` classed 烈士陵园祭扫 as 我们的节日 and named a
 * 花名册 sheet's team `志愿服务队` although it said 按表名命名.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Workbook } from "exceljs";
import { readWorkbook } from "../src/adapters/xlsx";
import { createBrowserOps } from "../src/taskpane/browser/browser-ops";
import type { SheetGrid } from "../src/core/grid/types";
import { importLedgers, importReport } from "../src/core/import";
import { cli } from "./support/cli";
import { workbookFile } from "./support/files";

/** The blank template's one-row tables with three rows typed below 活动台账's, as the tester's fill.js. */
async function rowsBelowTable(): Promise<string> {
  const file = await workbookFile({ profile: { 单位名称: "区医院", 单位类型: "机关部门", 报告年度: 2024, 报告期: "全年" }, ledgers: {} });
  const wb = new Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet("活动台账")!;
  ws.getRow(3).values = [45300, "学雷锋志愿服务", "志愿服务", "３０", "人"];
  ws.getRow(4).values = [45301, "文明交通劝导", "志愿服务", 20, "人"];
  ws.getRow(5).values = [45302, "健康义诊进社区", "志愿服务", 40, "人"];
  await wb.xlsx.writeFile(file);
  return file;
}

const tableRef = (wb: Workbook, sheet: string): string => {
  const t = Object.values((wb.getWorksheet(sheet) as unknown as { tables: Record<string, { table: { tableRef?: string; ref?: string } }> }).tables)[0];
  return t.table.tableRef ?? t.table.ref ?? "";
};

it("D12: `fix` extends 活动台账's table over the rows typed below it, says so, and the check after it has no table.rows-outside", async () => {
  const file = await rowsBelowTable();
  expect((await cli("check", file)).out).toContain("提示 活动台账!A4 [table.rows-outside]");
  const out = join(file, "..", "规范后.xlsx");
  const fixed = await cli("fix", file, "-o", out);
  expect(fixed.code).toBe(0);
  expect(fixed.out).toContain("  活动台账：表格已扩展到第5行");
  const wb = new Workbook();
  await wb.xlsx.readFile(out);
  expect(tableRef(wb, "活动台账")).toBe("A2:I5");
  // Nothing typed is lost or moved; the text figure is still converted.
  expect(wb.getWorksheet("活动台账")!.getRow(5).getCell(2).value).toBe("健康义诊进社区");
  expect(wb.getWorksheet("活动台账")!.getRow(3).getCell(4).value).toBe(30);
  expect((await cli("check", out)).out).not.toContain("table.rows-outside");
});

it("D12: the pane's 规范数据 (fake Excel, as the 网页版) extends the table with the changes; 撤销 restores the cells", async () => {
  const file = await rowsBelowTable();
  const bytes = new Uint8Array(readFileSync(file));
  const ops = createBrowserOps({ name: "e.xlsx", bytes, snapshot: await readWorkbook(bytes) }, async () => undefined);
  const plan = await ops.planFixes();
  expect(plan.tables).toEqual([{ sheet: "活动台账", table: "tbl_Activities", from: "A2:I3", to: "A2:I5", lastRow: 5, note: "活动台账：表格已扩展到第5行" }]);
  const result = await ops.applyFixes(plan.changes, { tables: plan.tables });
  expect(result.extended?.map((t) => t.note)).toEqual(["活动台账：表格已扩展到第5行"]);
  expect(result.applied.map((c) => `${c.sheet}!${c.cell}`)).toEqual(["活动台账!D3"]);
  const after = await ops.analyze();
  expect(after.findings.filter((f) => f.rule === "table.rows-outside")).toEqual([]);
  // A second plan finds nothing left to extend.
  expect((await ops.planFixes()).tables).toEqual([]);
  const undone = await ops.undoFixes();
  expect(undone.restored.map((e) => `${e.sheet}!${e.cell}`)).toEqual(["活动台账!D3"]);
  expect((await ops.analyze()).workbook.ledgers.activities.rows.map((r) => r.cells.name?.value)).toEqual(["学雷锋志愿服务", "文明交通劝导", "健康义诊进社区"]);
});

/** `import` of one office sheet: the report's lines of guesses (`…＝…：…`). */
function importGuesses(grid: SheetGrid): string[] {
  const report = importReport(importLedgers([{ label: "三中自制表.xlsx", snapshot: { sheets: [grid] } }], { unitName: "第三中学", unitType: "学校", year: 2025, period: "上半年" }));
  return report.filter((l) => l.includes("＝"));
}

describe("(52) D20: import's guesses", () => {
  it("烈士陵园祭扫 is no 我们的节日 (清明 is; the 祭扫 of a 清明 row stays one)", () => {
    const lines = importGuesses({
      name: "活动记录", originRow: 1, originCol: 1, tables: [], merges: [],
      values: [
        ["序号", "日期", "活动名称", "类别", "参加人数"],
        [1, "2025年4月3日", "清明节烈士陵园祭扫", "纪念活动", 120],
        [2, "2025年4月3日", "烈士陵园祭扫", "纪念活动", 80],
        [3, "2025年4月4日", "清明祭扫", "纪念活动", 60],
      ],
    });
    expect(lines.filter((l) => l.includes("活动类型"))).toEqual([
      expect.stringMatching(/活动台账!C3 活动类型＝我们的节日：/u),
      "  活动台账!C4 活动类型＝其他：“纪念活动”不在活动类型的可选项中，归为其他（原文记入备注）",
      expect.stringMatching(/活动台账!C5 活动类型＝我们的节日：/u),
    ]);
  });

  it("a 花名册 without a team column is named from its sheet: `家长志愿者队`", () => {
    const roster = (name: string): SheetGrid => ({
      name, originRow: 1, originCol: 1, tables: [], merges: [],
      values: [
        ["序号", "姓名", "联系电话", "服务时长（小时）"],
        [1, "张三", "13800000001", 4],
        [2, "李四", "13800000002", 6],
      ],
    });
    expect(importGuesses(roster("家长志愿者名单")).filter((l) => l.includes("队伍名称"))).toEqual([expect.stringContaining("队伍名称＝家长志愿者队：花名册未写所属队伍，按表名命名")]);
    expect(importGuesses(roster("Sheet1")).filter((l) => l.includes("队伍名称"))).toEqual([expect.stringContaining("队伍名称＝第三中学志愿服务队：花名册未写所属队伍，按单位名称命名")]);
  });
});
