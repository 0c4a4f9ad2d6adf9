/**
 * New-user test 25: the defects of `import` a new user found (D9–D11), each with the tester's own hand-made workbook —
 * a 宣传阵地 sheet (`项目 | 数量 | 地点 | 备注`) and an activities sheet 创文工作情况 with a 经费 column and a wrong 合计,
 * both under the merged title `东城区图书馆2025年下半年创文工作台账` — run through the CLI as the tester ran it.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cli } from "./support/cli";
import { summaryTextOf } from "./support/summaries";

const TITLE = "东城区图书馆2025年下半年创文工作台账";

/** The tester's handmade.xlsx; `extra` adds rows to 宣传阵地 before its 合计 row (the 合计 then still adds up). */
async function handmade(dir: string, extra: (string | null)[][] = []): Promise<string> {
  const ExcelJS = (await import("exceljs")).default;
  const wb = new ExcelJS.Workbook();
  const pub = wb.addWorksheet("宣传阵地");
  pub.addRow([TITLE]);
  pub.mergeCells("A1:D1");
  const total = 20 + extra.reduce((s, r) => s + Number(/\d+/u.exec(r[1] ?? "")?.[0] ?? 0), 0);
  [["项目", "数量", "地点", "备注"], ["公益广告牌", "12块", "阅览大厅", "社会主义核心价值观主题"], ["宣传横幅", "８条", "正门", null], ...extra, ["合计", String(total), null, null]].forEach((r) => pub.addRow(r));
  const act = wb.addWorksheet("创文工作情况");
  act.addRow([TITLE]);
  act.mergeCells("A1:F1");
  act.addRow([]);
  [
    ["序号", "时间", "活动内容", "地点", "参加人数", "经费"],
    [1, "2025年7月15日", "文明礼仪进馆宣传", "阅览大厅", "120人", "3,600元"],
    [2, "2025年8月20日", "志愿者整理图书", "书库", "45人", "800元"],
    [3, "2025年9月10日", "全民阅读分享会", "报告厅", "80人", null],
    [4, "2025年10月12日", "重阳节敬老读书会", "老年阅览室", "40人", "1.5万元"],
    ["合计", null, null, null, "285人", "5,400元"],
  ].forEach((r) => act.addRow(r));
  const file = join(dir, "handmade.xlsx");
  await wb.xlsx.writeFile(file);
  return file;
}

/** Rows of a sheet of the imported workbook, from its header row (row 2) on, as header → value. */
async function rowsOf(file: string, sheet: string): Promise<Record<string, unknown>[]> {
  const ExcelJS = (await import("exceljs")).default;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet(sheet)!;
  const headers = (ws.getRow(2).values as unknown[]).slice(1).map(String);
  const rows: Record<string, unknown>[] = [];
  for (let r = 3; r <= ws.rowCount; r++) {
    const vals = (ws.getRow(r).values as unknown[]).slice(1);
    if (vals.every((v) => v === null || v === undefined || v === "")) continue;
    rows.push(Object.fromEntries(headers.flatMap((h, i) => (vals[i] === null || vals[i] === undefined ? [] : [[h, vals[i]]]))));
  }
  return rows;
}

it("D9: a 项目 column of a publicity sheet names the thing (公益广告牌 → 公益广告, 宣传横幅 → 横幅), and the summary sets the things at their places, never `设置其他宣传品12块和正门8条`", async () => {
  const dir = mkdtempSync(join(tmpdir(), "cl-nu25-"));
  const out = join(dir, "imported.xlsx");
  const r = await cli("import", await handmade(dir), "-o", out, "--unit", "东城区图书馆", "--type", "企事业单位");
  expect(r.code).toBe(0);
  expect(r.out).toContain("    A 项目 → 类型（表头近义词，85%）");
  expect(r.out).toContain("  宣传投放!A3 类型＝公益广告：按“公益广告牌”归为公益广告（依据 宣传阵地!A3）");
  expect(r.out).toContain("  宣传投放!A4 类型＝横幅：按“宣传横幅”归为横幅（依据 宣传阵地!A4）");
  expect(r.out).toContain("  宣传阵地!A3:A4 → 宣传投放!A3:A4");
  expect(r.out).not.toMatch(/A 项目 → 不导入|宣传投放!A\d 类型＝其他|未对应的列（项目）/u);
  // The typed names are kept in 备注 beside the type they were read as.
  expect(await rowsOf(out, "宣传投放")).toEqual([
    { 类型: "公益广告", 位置或内容: "阅览大厅", 数量: 12, 单位: "块", 备注: "项目：公益广告牌；社会主义核心价值观主题" },
    { 类型: "横幅", 位置或内容: "正门", 数量: 8, 单位: "条", 备注: "项目：宣传横幅" },
  ]);
  const text = (await cli("summarize", out, "-o", dir, "--text", "-", "--force")).out;
  expect(text).toContain("一是宣传引导。在阅览大厅设置公益广告12块，在正门悬挂横幅8条。");
  expect(text).not.toMatch(/其他宣传品|正门8条|设置正门/u);
});

it("D9: a thing the 类型 list lacks (读书角提示牌) is 其他 named by its typed name in 位置或内容, its place kept in 备注 — the summary names the thing, never its place", async () => {
  const dir = mkdtempSync(join(tmpdir(), "cl-nu25-"));
  const out = join(dir, "imported.xlsx");
  const r = await cli("import", await handmade(dir, [["读书角提示牌", "3块", "少儿阅览室", null]]), "-o", out, "--unit", "东城区图书馆", "--type", "企事业单位");
  expect(r.code).toBe(0);
  expect(r.out).toContain("  宣传投放!A5 类型＝其他：“读书角提示牌”不在类型的可选项中，归为其他（原文记入位置或内容）");
  expect(r.out).toContain("  宣传阵地!A5 → 宣传投放!B5");
  expect(r.out).toContain("  宣传阵地!C5 → 宣传投放!H5");
  expect((await rowsOf(out, "宣传投放"))[2]).toEqual({ 类型: "其他", 位置或内容: "读书角提示牌", 数量: 3, 单位: "块", 备注: "地点：少儿阅览室" });
  const text = (await cli("summarize", out, "-o", dir, "--text", "-", "--force")).out;
  expect(text).toContain("在阅览大厅设置公益广告12块，设置读书角提示牌3块");
  expect(text).not.toMatch(/其他宣传品|少儿阅览室3块/u);
});

it("D9: a 宣传投放 row typed 其他 known only by its place (正门, 8条) is told at the place (`在正门悬挂宣传品8条`), never `设置正门8条`", async () => {
  const profile = { 单位名称: "东城区图书馆", 单位类型: "企事业单位", 报告年度: 2025, 报告期: "下半年" };
  const alone = await summaryTextOf({ profile, ledgers: { 宣传投放: [{ 类型: "其他", 位置或内容: "正门", 数量: 8, 单位: "条" }] } });
  expect(alone).toContain("在正门悬挂宣传品8条。");
  const both = await summaryTextOf({ profile, ledgers: { 宣传投放: [{ 类型: "其他", 位置或内容: "阅览大厅", 数量: 12, 单位: "块" }, { 类型: "其他", 位置或内容: "正门", 数量: 8, 单位: "条" }] } });
  expect(both).toContain("在阅览大厅设置宣传品12块，在正门悬挂宣传品8条。");
  expect(`${alone}${both}`).not.toMatch(/设置其他宣传品|和正门8条|设置正门|设置阅览大厅/u);
});

it("D10: an activity's 经费 is kept in 备注 (经费3600元 …), and a 合计 that does not match the rows is said for the money column too", async () => {
  const dir = mkdtempSync(join(tmpdir(), "cl-nu25-"));
  const out = join(dir, "imported.xlsx");
  const r = await cli("import", await handmade(dir), "-o", out, "--unit", "东城区图书馆", "--type", "企事业单位");
  expect(r.code).toBe(0);
  expect(r.out).toContain("    F 经费 → 备注（本表无此列，按表头记入备注，90%）");
  expect(r.out).toContain("  提示：创文工作情况!F8：合计行“经费”为5400元，上方各行之和为19400元，两者不符；合计行未导入，各行的经费已记入备注，请核对。");
  expect(r.out).toContain("  创文工作情况!F4:F5 → 活动台账!I3:I4");
  expect(r.out).toContain("  创文工作情况!F7 → 活动台账!I6");
  expect(r.out).toContain("  创文工作情况!E8:F8：合计行");
  expect(r.out).not.toMatch(/F 经费 → 不导入|未对应的列（经费）|E8：合计行“参加人数”/u);
  expect((await rowsOf(out, "活动台账")).map((row) => row["备注"])).toEqual(["经费3600元", "经费800元", undefined, "经费15000元"]);
});

it("D10: a wrong 合计 of a people column names its measure word (合计行“参加人数”为300人，上方各行之和为285人)", async () => {
  const ExcelJS = (await import("exceljs")).default;
  const dir = mkdtempSync(join(tmpdir(), "cl-nu25-"));
  const wb = new ExcelJS.Workbook();
  const act = wb.addWorksheet("创文工作情况");
  [["时间", "活动内容", "参加人数", "经费"], ["2025年7月15日", "文明礼仪进馆宣传", "120人", "3,600元"], ["2025年8月20日", "志愿者整理图书", 165, "800元"], ["合计", null, "300人", "4,400元"]].forEach((row) => act.addRow(row));
  const file = join(dir, "acts.xlsx");
  await wb.xlsx.writeFile(file);
  const r = await cli("import", file, "-o", join(dir, "out.xlsx"), "--unit", "东城区图书馆", "--type", "企事业单位", "--year", "2025", "--period", "下半年");
  expect(r.code).toBe(0);
  expect(r.out).toContain("  提示：创文工作情况!C4：合计行“参加人数”为300人，上方各行之和为285人，两者不符；合计行未导入，导入的是各行数字，请核对。");
  expect(r.out).not.toContain("创文工作情况!D4：合计行");
});

it("D11: the unit's name is read from the merged title (东城区图书馆, shown as read from the title like the year) and its type from the name (图书馆 → 企事业单位)", async () => {
  const dir = mkdtempSync(join(tmpdir(), "cl-nu25-"));
  const r = await cli("import", await handmade(dir), "-o", join(dir, "imported.xlsx"));
  expect(r.code).toBe(0);
  expect(r.out).toContain("基本信息：单位名称 东城区图书馆（标题 宣传阵地!A1）；单位类型 企事业单位（按单位名称推断）；报告年度 2025（标题 宣传阵地!A1）；报告期 下半年（标题 宣传阵地!A1）");
  expect(r.out + r.err).not.toContain("缺少单位名称");
});
