/**
 * New-user test 47 (docs/new-user-test-pane-47.md), defects D2, D10, D13 and D11 of `import` and `rollup`:
 * - D2: a hand-made first-quarter workbook (sheets 1月/2月/3月, file name 锦江社区一季度工作台账.xlsx) was imported as
 *   `上半年（按日期推断）`, and that guess was not listed under 推断填写.
 * - D10: a unit whose ledgers are all empty was `已汇总` with 0 rows and counted among the units rolled up.
 * - D13: a unit's 单位名称 (`城管三中队`) that is a short form of its file's (`cg-第三执法中队.xlsx`) gave no 提示.
 * - D11: names and nicknames in an imported 备注 (`网格员小王（王磊）组织的`, `书法协会老李写的`) gave no value.personal.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { periodOfDates } from "../src/core/import";
import { cli } from "./support/cli";

const serial = (y: number, m: number, d: number): number => (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86400000;

/** The tester's 锦江社区 workbook, cut down: one sheet per month, a merged title, an activities table. */
async function jinjiang(dir: string, file = "锦江社区一季度工作台账.xlsx", months: Record<string, (string | number)[][]> = {
  "1月": [[serial(2025, 1, 10), "迎新春环境大扫除", "环境整治", "45人", "网格员小王（王磊）组织的"], ["2025.1.22", "送春联进万家", "我们的节日", "二百户", "书法协会老李写的"], ["1月28日", "除夕慰问独居老人", "关爱帮扶", "12户", "胖姐带队"]],
  "2月": [[serial(2025, 2, 12), "元宵猜灯谜", "我们的节日", "约150人", "热闹得很"], ["2025/2/20", "道德讲堂：孝老爱亲", "道德讲堂", "60人", "请了张阿姨讲她照顾婆婆的故事"]],
  "3月": [[serial(2025, 3, 5), "学雷锋志愿服务", "志愿服务", "八十人次", "大家积极性很高"], ["2025年3月12日", "植树节义务植树", "环境整治", "35人", ""]],
}): Promise<string> {
  const ExcelJS = (await import("exceljs")).default;
  const wb = new ExcelJS.Workbook();
  for (const [m, rows] of Object.entries(months)) {
    const ws = wb.addWorksheet(m);
    ws.mergeCells("A1:F1");
    ws.getCell("A1").value = `锦江社区2025年${m}创文工作开展情况`;
    ws.addRow([]);
    ws.addRow(["序号", "时间", "活动名称", "类别", "参加人数", "备注"]);
    rows.forEach((r, i) => ws.addRow([i + 1, ...r]));
    ws.getColumn(2).numFmt = "yyyy-mm-dd";
  }
  const path = join(dir, file);
  await wb.xlsx.writeFile(path);
  return path;
}

async function profileOf(file: string): Promise<Record<string, unknown>> {
  const ExcelJS = (await import("exceljs")).default;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet("基本信息")!;
  const out: Record<string, unknown> = {};
  ws.eachRow((row, r) => {
    if (r > 2) out[String(row.getCell(1).value).replace(/[*＊]/gu, "")] = row.getCell(2).value;
  });
  return out;
}

describe("D2: the 报告期 of an imported workbook", () => {
  it("dates January–March with 一季度 in the file name give 第一季度, listed under 推断填写", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cl-nu47x-"));
    const out = join(dir, "锦江导入.xlsx");
    const r = await cli("import", await jinjiang(dir), "-o", out, "--type", "社区");
    expect(r.code).toBe(0);
    expect(r.out).toContain("报告期 第一季度（文件名 锦江社区一季度工作台账.xlsx）");
    expect(r.out).toContain("  基本信息!B9 报告期＝第一季度：文件名中的“一季度”与各行日期（2025年1月10日至3月12日）相符（依据 锦江社区一季度工作台账.xlsx）");
    expect(r.out).not.toContain("上半年");
    expect((await profileOf(out))["报告期"]).toBe("第一季度");
  });

  it("without a period word, dates within one quarter give that quarter (按日期推断), still listed under 推断填写", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cl-nu47x-"));
    const out = join(dir, "导入.xlsx");
    const r = await cli("import", await jinjiang(dir, "锦江社区台账.xlsx"), "-o", out, "--type", "社区");
    expect(r.code).toBe(0);
    expect(r.out).toContain("报告期 第一季度（按日期推断）");
    expect(r.out).toContain("  基本信息!B9 报告期＝第一季度：按各行日期（2025年1月10日至3月12日）推断");
    expect((await profileOf(out))["报告期"]).toBe("第一季度");
  });

  it("a file name's period that the dates contradict loses to the dates", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cl-nu47x-"));
    const out = join(dir, "导入.xlsx");
    const r = await cli("import", await jinjiang(dir, "锦江社区二季度台账.xlsx"), "-o", out, "--type", "社区");
    expect(r.code).toBe(0);
    expect(r.out).toContain("报告期 第一季度（按日期推断）");
  });

  it("--period is taken as given and is no guess", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cl-nu47x-"));
    const out = join(dir, "导入.xlsx");
    const r = await cli("import", await jinjiang(dir), "-o", out, "--type", "社区", "--period", "上半年");
    expect(r.out).toContain("报告期 上半年（选项）");
    expect(r.out).not.toContain("报告期＝");
  });

  it("periodOfDates: one month → 月度, one quarter → the quarter, one half → the half, else 全年", () => {
    expect(periodOfDates([serial(2025, 5, 3), "2025.5.20"])).toEqual({ year: 2025, period: "月度", first: "2025-05-03", last: "2025-05-20" });
    expect(periodOfDates([serial(2025, 4, 3), "2025.6.20"])).toEqual({ year: 2025, period: "第二季度", first: "2025-04-03", last: "2025-06-20" });
    expect(periodOfDates([serial(2025, 3, 3), "2025.4.20"])).toEqual({ year: 2025, period: "上半年", first: "2025-03-03", last: "2025-04-20" });
    expect(periodOfDates([serial(2025, 6, 3), "2025.7.20"])).toEqual({ year: 2025, period: "全年", first: "2025-06-03", last: "2025-07-20" });
  });
});

/** The tester's 城管 files: the 局's own ledger and three 中队 (第二 with nothing filled, 第三 named `城管三中队`). */
async function chengguan(dir: string): Promise<string[]> {
  const { writeWorkbook } = await import("../src/adapters/xlsx/write-workbook");
  const { standardV1 } = await import("../src/core");
  const { writeFileSync } = await import("node:fs");
  const profile = (name: string): Record<string, string | number> => ({ 单位名称: name, 单位类型: "机关部门", 报告年度: 2025, 报告期: "上半年" });
  const filled = {
    问题整改: [{ 问题类别: "占道经营", 发现数: 20, 已整改数: 18, 单位: "处" }],
    活动台账: [{ 日期: "2025-03-05", 活动名称: "学雷锋志愿服务", 活动类型: "志愿服务", 参与数量: 30, 单位: "人次" }],
  };
  const files: [string, Record<string, string | number>, Record<string, Record<string, string | number>[]>][] = [
    ["cg-局本级.xlsx", profile("区城市管理局"), { 组织保障: [{ 事项类型: "领导小组", 名称或内容: "创建工作领导小组", 数量: 1, 单位: "个" }] }],
    ["cg-第一执法中队.xlsx", profile("区城市管理局第一执法中队"), filled],
    ["cg-第二执法中队.xlsx", profile("区城市管理局第二执法中队"), {}],
    ["cg-第三执法中队.xlsx", profile("城管三中队"), filled],
  ];
  const paths: string[] = [];
  for (const [file, p, ledgers] of files) {
    const path = join(dir, file);
    writeFileSync(path, await writeWorkbook(standardV1, { profile: p, ledgers }));
    paths.push(path);
  }
  return paths;
}

describe("D10, D13: rollup of the 城管 files", () => {
  it("an empty unit is 未填报（台账为空）, not counted among the units rolled up; a short-form 单位名称 gets a 提示", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cl-nu47x-"));
    const out = join(dir, "城管汇总.xlsx");
    const r = await cli("rollup", ...(await chengguan(dir)), "-o", out, "--unit", "区城市管理局", "--type", "机关部门");
    expect(r.out).toContain("汇总2个单位及本单位自己的台账，共5行）");
    expect(r.out).toContain("未填报（台账为空）1个：\n  区城市管理局第二执法中队（cg-第二执法中队.xlsx）的各台账均无数据，未计入汇总单位；请该单位填报后重新汇总。\n");
    expect(r.out).toContain("  城管三中队（cg-第三执法中队.xlsx）：单位名称“城管三中队”与文件名中的“第三执法中队”不一致，像是简称；汇总表和总结将用“城管三中队”，如应为全称（如“区城市管理局第三执法中队”），请在该台账的基本信息中改正后重新汇总。");
    const { readWorkbook } = await import("../src/adapters/xlsx/read-workbook");
    const { readFileSync } = await import("node:fs");
    const book = await readWorkbook(readFileSync(out));
    const sheet = book.sheets.find((s) => s.name === "汇总")!;
    const status = sheet.values.find((row) => row.some((v) => v === "区城市管理局第二执法中队"));
    expect(status?.[status.length - 1]).toBe("未填报（台账为空）");
  });

  it("the core result: status `empty`, its reason, and a warning `rollup.empty`", async () => {
    const { rollupSnapshots } = await import("../src/core");
    const { readWorkbook } = await import("../src/adapters/xlsx/read-workbook");
    const { readFileSync } = await import("node:fs");
    const dir = mkdtempSync(join(tmpdir(), "cl-nu47x-"));
    const paths = await chengguan(dir);
    const units = await Promise.all(paths.map(async (p) => ({ name: p.replace(/^.*\//u, ""), snapshot: await readWorkbook(readFileSync(p)) })));
    const result = rollupSnapshots(units, { unitName: "区城市管理局", unitType: "机关部门" });
    expect(result.units.map((u) => [u.unitName, u.status, u.reason ?? ""])).toEqual([
      ["区城市管理局", "own", "汇总单位自己的工作，“填报单位”留空"],
      ["区城市管理局第一执法中队", "included", ""],
      ["区城市管理局第二执法中队", "empty", "未填报（台账为空）"],
      ["城管三中队", "included", ""],
    ]);
    expect(result.findings.filter((f) => f.rule === "rollup.empty" || f.rule === "rollup.short-name").map((f) => [f.rule, f.severity, f.unit])).toEqual([
      ["rollup.empty", "warning", "cg-第二执法中队.xlsx"],
      ["rollup.short-name", "warning", "cg-第三执法中队.xlsx"],
    ]);
  });
});
