/**
 * New-user test 31 (docs/new-user-test-pane-31.md): D7, D22, D24, D28 and D29, each as the tester typed it.
 */
import { analyzeWorkbook, comparePeriods, documentText, standardV1, summarize } from "../src/core";
import { readWorkbook } from "../src/adapters/xlsx/read-workbook";
import { writeWorkbook } from "../src/adapters/xlsx/write-workbook";
import type { WorkbookContent } from "../src/adapters/xlsx/content";
import { summaryTextOf } from "./support/summaries";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { cli } from "./support/cli";
import { workbookFile } from "./support/files";

const community = (content: string, count: number): Parameters<typeof summaryTextOf>[0] => ({
  profile: { 单位名称: "桂花巷社区居民委员会", 单位类型: "社区", 报告年度: 2025, 报告期: "上半年" },
  ledgers: {
    组织保障: [
      { 事项类型: "领导小组", 名称或内容: "成立社区创文工作领导小组", 数量: 1, 单位: "个", 日期: "2025-01-10" },
      { 事项类型: "共建单位", 名称或内容: content, 数量: count, 单位: "家" },
    ],
  },
});
const second = async (content: string, count: number): Promise<string> => (await summaryTextOf(community(content, count))).split("\n").find((l) => l.includes("二是")) ?? "";

it("D24: one bureau named by its own name among seven counted is one of them, never `与7家区住建局`", async () => {
  expect(await second("与区住建局（联系人刘科长 0571-88886666）共驻共建", 7)).toBe("　　二是共驻共建。与区住建局等7家单位共驻共建。");
  expect(await second("与城关派出所签订共建协议", 3)).toBe("　　二是共驻共建。与城关派出所等3家单位签订共建协议。");
  // A kind of partner keeps its count in front.
  expect(await second("与辖区单位签订共建协议", 7)).toBe("　　二是共驻共建。与7家辖区单位签订共建协议。");
  expect(await second("与物业公司签订共建协议", 3)).toBe("　　二是共驻共建。与3家物业公司签订共建协议。");
});

it("a list that closes with its own 等 takes the count once: never `…等共驻等7家单位共建`", async () => {
  expect(await second("与辖区物业公司、区住建局等共驻共建", 7)).toBe("　　二是共驻共建。与辖区物业公司、区住建局等7家单位共驻共建。");
});

it("D29: 近40 and 百余 make about 140, never `140余`; 约120 and 80余 make about 230", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "桂花巷社区居民委员会", 单位类型: "社区", 报告年度: 2025, 报告期: "上半年" },
    ledgers: {
      志愿服务: [
        { 队伍名称: "党员志愿服务队", 队伍类型: "党员志愿者", 注册人数: "近40" },
        { 队伍名称: "老年志愿服务队", 队伍类型: "老年志愿者", 注册人数: "百余" },
      ],
      宣传投放: [
        { 类型: "公益广告", 位置或内容: "小区出入口", 数量: "约120", 单位: "块", 方式: "新设" },
        { 类型: "公益广告", 位置或内容: "楼道", 数量: "80余", 单位: "块", 方式: "新设" },
        { 类型: "公益广告", 位置或内容: "广场", 数量: 30, 单位: "块", 方式: "新设" },
      ],
    },
  });
  expect(text).toContain("注册志愿者约140人");
  expect(text).toContain("公益广告约230块");
  expect(text).not.toMatch(/140余|230余/u);
});

it("D22: the 附表 says a figure typed in 万 in 万, as the text does (`约30万` under 元)", async () => {
  const read = async (content: WorkbookContent) => analyzeWorkbook(await readWorkbook(await writeWorkbook(standardV1, content)), standardV1);
  const village = (money: string): WorkbookContent => ({
    profile: { 单位名称: "柳溪村村民委员会", 单位类型: "村", 报告年度: 2025, 报告期: "全年" },
    ledgers: { 其他指标: [{ 板块: "道德建设", 指标名称: "节约办事费用", 数值: money, 单位: "元", 表述: "约" }] },
  });
  const now = await read(village("30万"));
  const compared = comparePeriods(now.facts, (await read({ ...village("30万"), profile: { ...village("").profile, 报告年度: 2024 } })).facts, standardV1);
  if (!compared.ok) throw new Error(compared.message);
  const text = documentText(summarize(now, standardV1, { includeNames: false, today: 45900, appendix: true, comparison: compared.comparison }).document);
  expect(text).toContain("节约办事费用约30万元");
  expect(text.split("\n").find((l) => l.startsWith("节约办事费用\t"))).toBe("节约办事费用\t约30万\t元\t约30万\t持平");
});

it("D7: next carries a 下一步打算 typed twice once, and says so", async () => {
  const file = await workbookFile({
    profile: { 单位名称: "桂花巷社区居民委员会", 单位类型: "社区", 报告年度: 2025, 报告期: "上半年" },
    ledgers: {
      文字材料: [
        { 类型: "工作亮点", 内容: "加装电梯12部。" },
        { 类型: "下一步打算", 内容: "推动剩余单元加装电梯，引入专业物业服务。" },
        { 类型: "下一步打算", 内容: "推动剩余单元加装电梯，引入专业物业服务。" },
        { 类型: "下一步打算", 内容: "巩固老旧小区改造成果。" },
      ],
    },
  });
  const out = join(mkdtempSync(join(tmpdir(), "cl-nu31q-")), "下半年.xlsx");
  const run = await cli("next", file, "-o", out);
  expect(run.code).toBe(0);
  expect(run.out + run.err).toContain("文字材料：第5行下一步打算与第4行相同，只结转一次");
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  const ws = wb.getWorksheet("文字材料");
  const rows = [3, 4, 5].map((n) => [1, 2].map((c) => ws?.getRow(n).getCell(c).value ?? null));
  expect(rows).toEqual([["上期打算", "推动剩余单元加装电梯，引入专业物业服务。"], ["上期打算", "巩固老旧小区改造成果。"], [null, null]]);
});

describe("D28: header and item look-alikes are told what they are", () => {
  it("`数量（块）` in 宣传投放 is told the 块 goes in the 单位 column; `单位全称` is read as 单位名称", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(await workbookFile({
      profile: { 单位名称: "桂花巷社区居民委员会", 单位类型: "社区", 报告年度: 2025, 报告期: "上半年" },
      ledgers: { 宣传投放: [{ 类型: "公益广告", 位置或内容: "小区出入口", 数量: 12, 单位: "块", 方式: "新设" }] },
    }));
    wb.getWorksheet("宣传投放")!.getCell("C2").value = "数量（块）";
    const profile = wb.getWorksheet("基本信息")!;
    profile.eachRow((row) => {
      if (row.getCell(1).value === "单位名称") row.getCell(1).value = "单位全称";
    });
    const file = join(mkdtempSync(join(tmpdir(), "cl-nu31q-")), "q.xlsx");
    await wb.xlsx.writeFile(file);
    const out = (await cli("check", file)).out.split("\n");
    expect(out.filter((l) => l.includes("header-variant") || l.includes("item-"))).toEqual([
      "提示 基本信息!A3 [profile.item-variant] 项目“单位全称”已按“单位名称”读取。请把它改为“单位名称”，以便其他工具和汇总识别。",
      "提示 宣传投放!C2 [column.header-variant] 表头“数量（块）”已按标准表头“数量”读取。请把表头改为“数量”（单位请填在“单位”一列），以便其他工具和汇总识别。",
    ]);
    expect((await cli("summarize", file, "--text", "-")).out).toContain("桂花巷社区");
  });
});

it("D4: complaints a 政务服务中心 handles are 受理-d and 办结-ed, never 排查-ed and 整改-ed", async () => {
  const centre = (found: number, done: number) => summaryTextOf({
    profile: { 单位名称: "东城区政务服务中心", 单位类型: "其他", 报告年度: 2025, 报告期: "上半年" },
    ledgers: { 问题整改: [{ 问题类别: "其他", 发现数: found, 已整改数: done, 单位: "件", 备注: "群众投诉" }] },
  });
  const all = await centre(25, 25);
  expect(all).toContain("受理群众投诉25件，均已办结。");
  expect(all).not.toMatch(/排查群众投诉|投诉问题/u);
  const some = await centre(25, 20);
  expect(some).toContain("受理群众投诉25件，已办结20件，办结率为80%。");
  expect(some).toContain("群众投诉25件中尚有5件未办结");
});

it("D28: upgrade puts 单位名称 back over 单位全称, its 内容 kept", async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(await workbookFile({ profile: { 单位名称: "桂花巷社区居民委员会", 单位类型: "社区", 报告年度: 2025, 报告期: "上半年" } }));
  let at = 0;
  wb.getWorksheet("基本信息")!.eachRow((row, n) => {
    if (row.getCell(1).value === "单位名称") {
      row.getCell(1).value = "单位全称";
      at = n;
    }
  });
  const dir = mkdtempSync(join(tmpdir(), "cl-nu31q-"));
  await wb.xlsx.writeFile(join(dir, "a.xlsx"));
  const run = await cli("upgrade", join(dir, "a.xlsx"), "-o", join(dir, "b.xlsx"));
  expect(run.code).toBe(0);
  expect(run.out).toContain("“基本信息”把项目“单位全称”改回“单位名称”（内容不动）");
  const up = new ExcelJS.Workbook();
  await up.xlsx.readFile(join(dir, "b.xlsx"));
  const ws = up.getWorksheet("基本信息")!;
  expect([ws.getRow(at).getCell(1).value, ws.getRow(at).getCell(2).value]).toEqual(["单位名称", "桂花巷社区居民委员会"]);
  const names: unknown[] = [];
  ws.eachRow((row) => names.push(row.getCell(1).value));
  expect(names.filter((v) => v === "单位名称" || v === "单位全称")).toEqual(["单位名称"]);
  expect((await cli("check", join(dir, "b.xlsx"))).out).not.toContain("item-variant");
});
