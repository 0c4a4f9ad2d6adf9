/**
 * New-user test 41 (docs/new-user-test-pane-41.md), defects D5, D6, D14, D17, D19, D21: each as the tester typed it.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { standardV1 } from "../src/core";
import { writeWorkbook } from "../src/adapters/xlsx/write-workbook";
import type { Ledgers } from "./support/rollup";
import { cli } from "./support/cli";
import { workbookFile } from "./support/files";
import { summaryTextOf } from "./support/summaries";

/** The rows of the 汇总 sheet (header first) of the CLI's roll-up of `units` (2025 上半年) into 东风街道办事处. */
async function summaryRows(units: readonly (readonly [string, Ledgers])[]): Promise<(string | number | null)[][]> {
  const dir = mkdtempSync(join(tmpdir(), "cl-nu41a-"));
  const files = await Promise.all(units.map(async ([name, ledgers], i) => {
    const file = join(dir, `${i}-${name}.xlsx`);
    writeFileSync(file, await writeWorkbook(standardV1, { profile: { 单位名称: name, 单位类型: "社区", 报告年度: 2025, 报告期: "上半年" }, ledgers }));
    return file;
  }));
  const out = join(dir, "汇总.xlsx");
  const rolled = await cli("rollup", ...files, "-o", out, "--unit", "东风街道办事处", "--type", "街道");
  if (rolled.code !== 0) throw new Error(rolled.err);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  const rows: (string | number | null)[][] = [];
  wb.getWorksheet("汇总")!.eachRow((r, i) => {
    if (i > 1) rows.push(Array.from((r.values as unknown[]).slice(1), (v) => (v === undefined ? null : (v as string | number | null))));
  });
  return rows.map((r) => Array.from({ length: rows[0].length }, (_, i) => r[i] ?? null));
}

it("D14, D19: the 汇总 sheet adds no 处 to 户 nor 平方米 to 块, and computes no 总整改率 from 约数 or mixed words", async () => {
  const rows = await summaryRows([
    ["机床厂社区居委会", {
      问题整改: [{ 问题类别: "乱张贴", 发现数: 126, 已整改数: 114, 单位: "处" }, { 问题类别: "其他", 发现数: 20, 已整改数: 18, 单位: "户" }],
      宣传投放: [{ 类型: "公益广告", 位置或内容: "小区围挡", 数量: 120, 单位: "块" }],
    }],
    ["向阳社区居委会", {
      问题整改: [{ 问题类别: "卫生死角", 发现数: "三十余", 已整改数: 30, 单位: "处" }],
      宣传投放: [{ 类型: "公益广告", 位置或内容: "主次干道围挡", 数量: 1200, 单位: "平方米" }],
    }],
  ]);
  const col = (h: string): number => rows[0].indexOf(h);
  const pick = (r: (string | number | null)[]): unknown[] =>
    [r[1], r[col("公益广告数量")], r[col("发现问题数")], r[col("已整改数")], r[col("总整改率")], r[col("状态")]];
  expect(rows[0]).toContain("公益广告数量");
  expect(rows[0]).not.toContain("公益广告数量（块）");
  expect(rows.slice(1).map(pick)).toEqual([
    ["机床厂社区居委会", "120块", "126处、20户", "114处、18户", null, "已汇总（问题量词不同，未计总整改率）"],
    ["向阳社区居委会", "1200平方米", "30余处", "30处", null, "已汇总（发现数或已整改数为约数，未计总整改率）"],
    ["合计（2个单位）", "120块、1200平方米", "150余处、20户", "144处、18户", null, "合计问题量词不同，未计总整改率"],
  ]);
});

it("D14: one measure word in a column keeps numbers, its word in the header, and the rate", async () => {
  const rows = await summaryRows([
    ["机床厂社区居委会", { 问题整改: [{ 问题类别: "乱张贴", 发现数: 40, 已整改数: 36, 单位: "处" }], 宣传投放: [{ 类型: "公益广告", 位置或内容: "围挡", 数量: 30, 单位: "面" }] }],
    ["向阳社区居委会", { 问题整改: [{ 问题类别: "卫生死角", 发现数: 10, 已整改数: 10, 单位: "处" }], 宣传投放: [{ 类型: "公益广告", 位置或内容: "围挡", 数量: 20, 单位: "面" }] }],
  ]);
  const col = (h: string): number => rows[0].indexOf(h);
  expect(rows.slice(1).map((r) => [r[col("公益广告数量（面）")], r[col("发现问题数")], r[col("已整改数")], r[col("总整改率")], r[col("状态")]])).toEqual([
    [30, 40, 36, 0.9, "已汇总"], [20, 10, 10, 1, "已汇总"], [50, 50, 46, 0.92, null],
  ]);
});

it("D17: the 附表 prints 志愿者注册率 2.97 beside the text's 不足3%, never 3", async () => {
  const file = await workbookFile({
    profile: { 单位名称: "机床厂社区居委会", 单位类型: "社区", 报告年度: 2025, 报告期: "下半年", 常住人口: "约6200" },
    ledgers: { 志愿服务: [{ 队伍名称: "楼道长服务队", 队伍类型: "综合志愿者", 注册人数: 184 }] },
  });
  const text = (await cli("summarize", file, "--appendix", "--text", "-")).out;
  expect(text).toContain("\n志愿者注册率\t2.97\t%\n");
});

it("D5: 三十余万 keeps its 余 before the 万 (30余万分), never 30万余分; 30万余 stays as typed", async () => {
  const text = async (typed: string): Promise<string> => summaryTextOf({
    profile: { 单位名称: "机床厂社区居委会", 单位类型: "社区", 报告年度: 2025, 报告期: "上半年" },
    ledgers: { 其他指标: [{ 板块: "志愿服务", 指标名称: "志愿服务积分", 数值: typed, 单位: "分" }] },
  });
  expect(await text("三十余万")).toContain("志愿服务积分30余万分");
  expect(await text("30万余")).toContain("志愿服务积分30万余分");
});

it("D6: fix reads 已整改18户 in 已整改数 as 18, dropping the 已整改 the header says, with a note", async () => {
  const file = await workbookFile({
    profile: { 单位名称: "机床厂社区居委会", 单位类型: "社区", 报告年度: 2025, 报告期: "上半年" },
    ledgers: { 问题整改: [{ 问题类别: "其他", 发现数: "20户", 已整改数: "已整改18户", 单位: "户", 备注: "楼顶漏水" }] },
  });
  const out = join(mkdtempSync(join(tmpdir(), "cl-nu41a-")), "fixed.xlsx");
  const fixed = await cli("fix", file, "-o", out);
  expect(fixed.out).toContain("问题整改!C3  “已整改18户” → 18  “已整改18户”去掉开头的“已整改”，“18户”转为数值18，去掉D3已有的单位“户”");
  expect((await cli("check", out)).out).not.toContain("问题整改!C3");
});

it("D6, D21: 组织保障 takes 户, 节 and 人次 in 单位 (入户走访百余户, 心理健康教育课36节, 心理咨询约120人次)", async () => {
  const file = await workbookFile({
    profile: { 单位名称: "市第十二中学", 单位类型: "学校", 报告年度: 2025, 报告期: "全年" },
    ledgers: {
      组织保障: [
        { 事项类型: "其他", 名称或内容: "入户走访", 数量: 100, 单位: "户" },
        { 事项类型: "其他", 名称或内容: "心理健康教育课", 数量: 36, 单位: "节" },
        { 事项类型: "其他", 名称或内容: "心理咨询", 数量: 120, 单位: "人次" },
      ],
    },
  });
  const checked = (await cli("check", file)).out;
  expect(checked).not.toMatch(/组织保障!D[345]/u);
  expect(checked).not.toContain("“单位”不能填");
});

it("D21: import reads 3.5 under a 时间 header of a dated sheet as 3月5日 of the report year, as 三月五日, with the same note", async () => {
  const dir = mkdtempSync(join(tmpdir(), "cl-nu41a-"));
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("活动记录");
  ws.mergeCells("A1:G1");
  ws.getCell("A1").value = "柳园社区2025年上半年创文活动开展情况登记表";
  ws.addRow(["序号", "时间", "活动名称", "类别", "参加人数", "地点", "备注"]);
  ws.addRow([1, "2025/3/5", "学雷锋义剪义诊", "志愿服务", "35人", "社区广场", ""]);
  ws.addRow([2, "3.5", "妇女节插花", "文体", "20人", "活动室", ""]);
  ws.addRow([3, "三月五日", "植树", "环境", "12人", "", ""]);
  ws.addRow([4, "13.5", "端午包粽子", "我们的节日", "30人", "", ""]);
  const file = join(dir, "柳园社区自制台账.xlsx");
  await wb.xlsx.writeFile(file);
  const imported = await cli("import", file, "-o", join(dir, "imported.xlsx"), "--type", "社区");
  expect(imported.out).toContain("活动台账!A4 日期＝2025年3月5日：“3.5”未写年份，按报告年度2025年计（依据 活动记录!B4）");
  expect(imported.out).toContain("活动台账!A5 日期＝2025年3月5日：“三月五日”未写年份，按报告年度2025年计（依据 活动记录!B5）");
  expect(imported.out).not.toContain("“3.5”无法读作日期");
  // No month 13: never read as a date.
  expect(imported.out).toContain("“13.5”无法读作日期");
});
