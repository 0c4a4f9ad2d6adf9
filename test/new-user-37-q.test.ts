/**
 * New-user test 37 (docs/new-user-test-pane-37.md), defects D11 and D12 of `import`: the tester's hand-made 桂花苑 workbook
 * (make_import.js: 活动记录 `序号 | 时间 | 活动主题 | 类别 | 参加人员 | 备注说明`, 宣传 `宣传品种类 | 摆放地点 | 数量 | 花费`)
 * run through the CLI as the tester ran it.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cli } from "./support/cli";

const TITLE = "桂花苑社区2025年上半年创文活动登记表";

/** A hand-made workbook like the tester's: 活动记录 under a merged title (rows `participants` in 参加人员) and a 宣传 sheet. */
async function handmade(dir: string, participants: readonly (readonly [string, string, string, string])[]): Promise<string> {
  const ExcelJS = (await import("exceljs")).default;
  const wb = new ExcelJS.Workbook();
  const act = wb.addWorksheet("活动记录");
  act.mergeCells("A1:E1");
  act.getCell("A1").value = TITLE;
  act.addRow([]);
  act.addRow(["序号", "时间", "活动主题", "类别", "参加人员"]);
  participants.forEach((r, i) => act.addRow([i + 1, ...r]));
  const pub = wb.addWorksheet("宣传");
  [["宣传品种类", "摆放地点", "数量"], ["公益广告", "小区大门", "12块"], ["横幅", "主路", "20条"]].forEach((r) => pub.addRow(r));
  const file = join(dir, "桂花苑手工台账.xlsx");
  await wb.xlsx.writeFile(file);
  return file;
}

/** Rows of a sheet of the imported workbook, from its header row (row 2) on, as header → value (dates as yyyy-mm-dd). */
async function rowsOf(file: string, sheet: string): Promise<Record<string, unknown>[]> {
  const ExcelJS = (await import("exceljs")).default;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet(sheet)!;
  const headers = (ws.getRow(2).values as unknown[]).slice(1).map(String);
  const rows: Record<string, unknown>[] = [];
  for (let r = 3; r <= ws.rowCount; r++) {
    const vals = (ws.getRow(r).values as unknown[]).slice(1).map((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v));
    if (vals.every((v) => v === null || v === undefined || v === "")) continue;
    rows.push(Object.fromEntries(headers.flatMap((h, i) => (vals[i] === null || vals[i] === undefined ? [] : [[h, vals[i]]]))));
  }
  return rows;
}

it("D11: 参加人员 (35人, 20人次, 12户) is read as 参与数量 with the unit typed, 摆放地点 as 位置或内容; the summary tells the turnout", async () => {
  const dir = mkdtempSync(join(tmpdir(), "cl-nu37q-"));
  const out = join(dir, "i-std.xlsx");
  const r = await cli("import", await handmade(dir, [
    ["2025/3/5", "学雷锋便民服务", "志愿服务", "35人"],
    ["2025/3/8", "“三八”节插花活动", "文体活动", "20人次"],
    ["2025/4/12", "楼道清理", "环境整治", "12户"],
  ]), "-o", out);
  expect(r.code).toBe(0);
  expect(r.out).toContain("    E 参加人员 → 参与数量（表头近义词，85%）");
  expect(r.out).toContain("    B 摆放地点 → 位置或内容（表头近义词，85%）");
  expect(r.out).toContain("  活动记录!E4:E6 → 活动台账!D3:D5");
  expect(r.out).toContain("  宣传!B2:B3 → 宣传投放!B3:B4");
  expect(r.out).not.toMatch(/参加人员 → 不导入|摆放地点 → 不导入|未对应的列（参加人员）|未对应的列（摆放地点）/u);
  expect(await rowsOf(out, "活动台账")).toEqual([
    { 日期: "2025-03-05", 活动名称: "学雷锋便民服务", 活动类型: "志愿服务", 参与数量: 35, 单位: "人" },
    { 日期: "2025-03-08", 活动名称: "“三八”节插花活动", 活动类型: "文体活动", 参与数量: 20, 单位: "人次" },
    { 日期: "2025-04-12", 活动名称: "楼道清理", 活动类型: "环境整治", 参与数量: 12, 单位: "户" },
  ]);
  expect(await rowsOf(out, "宣传投放")).toEqual([
    { 类型: "公益广告", 位置或内容: "小区大门", 数量: 12, 单位: "块" },
    { 类型: "横幅", 位置或内容: "主路", 数量: 20, 单位: "条" },
  ]);
  const text = (await cli("summarize", out, "--date", "2025-07-10", "--text", "-")).out;
  expect(text).toContain("3月5日开展“学雷锋便民服务”活动，参与35人。");
  expect(text).toContain("开展“三八”节插花活动，参与20人次。");
  expect(text).toContain("在小区大门设置公益广告12块，在主路悬挂横幅20条。");
});

it("D11: a 参加人员 column of names (张三、李四) is who took part, not 参与数量: left out as today, the names never copied nor told", async () => {
  const dir = mkdtempSync(join(tmpdir(), "cl-nu37q-"));
  const out = join(dir, "i-std.xlsx");
  const r = await cli("import", await handmade(dir, [
    ["2025/3/5", "学雷锋便民服务", "志愿服务", "张三、李四、王五"],
    ["2025/6/5", "环境日清理楼道", "环境整治", "居民"],
  ]), "-o", out);
  expect(r.out).toContain("    E 参加人员 → 不导入");
  expect(r.out).toContain("  活动记录!E4:E5：未对应的列（参加人员）");
  expect(await rowsOf(out, "活动台账")).toEqual([
    { 日期: "2025-03-05", 活动名称: "学雷锋便民服务", 活动类型: "志愿服务" },
    { 日期: "2025-06-05", 活动名称: "环境日清理楼道", 活动类型: "环境整治" },
  ]);
  const text = (await cli("summarize", out, "--date", "2025-07-10", "--text", "-")).out;
  expect(text).toContain("3月5日开展“学雷锋便民服务”活动。");
  expect(text).not.toMatch(/张三|李四|王五|居民/u);
});

it("D11: a word among the counts of 参加人员 (全体网格员 beside 35人) is kept in 备注 with a finding, never in the text", async () => {
  const dir = mkdtempSync(join(tmpdir(), "cl-nu37q-"));
  const out = join(dir, "i-std.xlsx");
  const r = await cli("import", await handmade(dir, [
    ["2025/3/5", "学雷锋便民服务", "志愿服务", "35人"],
    ["2025/6/5", "环境日清理楼道", "环境整治", "全体网格员"],
  ]), "-o", out);
  expect(r.out).toContain("    E 参加人员 → 参与数量（表头近义词，85%）");
  expect(r.out).toContain("  提示：活动记录!E5：“全体网格员”无法读作参与数量，原文记入备注，参与数量请在标准台账中补填。");
  expect(await rowsOf(out, "活动台账")).toEqual([
    { 日期: "2025-03-05", 活动名称: "学雷锋便民服务", 活动类型: "志愿服务", 参与数量: 35, 单位: "人" },
    { 日期: "2025-06-05", 活动名称: "环境日清理楼道", 活动类型: "环境整治", 备注: "参加人员：全体网格员" },
  ]);
  const text = (await cli("summarize", out, "--date", "2025-07-10", "--text", "-")).out;
  expect(text).toContain("3月5日开展“学雷锋便民服务”活动，参与35人。");
  expect(text).not.toContain("全体网格员");
});

it("D12: `3批` under 参加人员 goes to 备注 (`参加人员：3批`) like `2场次`, 参与数量 blank — never 3 人 added to the people", async () => {
  const dir = mkdtempSync(join(tmpdir(), "cl-nu37q-"));
  const out = join(dir, "i-std.xlsx");
  const r = await cli("import", await handmade(dir, [
    ["2025/4/4", "清明节网上祭英烈", "我们的节日", "3批"],
    ["2025/5/31", "端午节包粽子", "我们的节日", "2场次"],
    ["2025/6/18", "端午节诵读会", "我们的节日", "80人"],
  ]), "-o", out);
  expect(r.out).toContain("  提示：活动记录!E4：“3批”中的单位“批”不在活动台账“单位”的可选项（人、人次、户、家、对）中，原文记入备注，参与数量未填写，请在标准台账中核对。");
  expect(r.out).toContain("  提示：活动记录!E5：“2场次”无法读作参与数量，原文记入备注，参与数量请在标准台账中补填。");
  expect(r.out).not.toContain("导入的是数字3");
  expect(await rowsOf(out, "活动台账")).toEqual([
    { 日期: "2025-04-04", 活动名称: "清明节网上祭英烈", 活动类型: "我们的节日", 备注: "参加人员：3批" },
    { 日期: "2025-05-31", 活动名称: "端午节包粽子", 活动类型: "我们的节日", 备注: "参加人员：2场次" },
    { 日期: "2025-06-18", 活动名称: "端午节诵读会", 活动类型: "我们的节日", 参与数量: 80, 单位: "人" },
  ]);
  const text = (await cli("summarize", out, "--date", "2025-07-10", "--text", "-")).out;
  expect(text).toContain("围绕清明节和端午节，先后开展3场“我们的节日”主题活动，其中清明节1场，端午节2场。");
  expect(text).not.toMatch(/83人|参与3人/u);
});
