/**
 * New-user test 26 (docs/new-user-test-pane-26.md), CLI and import: D32, D11, D10, D21, D27 as the tester met them.
 */
import { writeFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { cli } from "./support/cli";
import { workbookFile } from "./support/files";
import { summaryTextOf } from "./support/summaries";

/** 桃源村's 下半年 workbook with its 活动台账 and 宣传投放 sheets as the tester renamed them (`renames`: old → new). */
async function renamedWorkbook(renames: Readonly<Record<string, string>>, edit?: (wb: ExcelJS.Workbook) => void): Promise<string> {
  const file = await workbookFile({
    profile: { 单位名称: "桃源村村民委员会", 单位类型: "村", 报告年度: 2025, 报告期: "下半年" },
    ledgers: {
      宣传投放: [{ 类型: "墙绘", 位置或内容: "村主干道文化墙", 数量: 300, 单位: "处", 方式: "新设", "投入金额（元）": 22000 }],
      活动台账: [
        { 日期: "2025-09-10", 活动名称: "敬老孝亲志愿服务", 活动类型: "志愿服务", 参与数量: 30, 单位: "人" },
        { 日期: "2025-10-01", 活动名称: "“我们的节日·国庆”文艺汇演", 活动类型: "我们的节日", 参与数量: 200, 单位: "人" },
      ],
      问题整改: [{ 问题类别: "卫生死角", 发现数: 12, 已整改数: 12, 单位: "处" }],
    },
  });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  for (const [from, to] of Object.entries(renames)) wb.getWorksheet(from)!.name = to;
  edit?.(wb);
  writeFileSync(file, new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
  return file;
}

describe("D32: a ledger on a renamed sheet", () => {
  it("is read as that ledger when its headers fit it, with a 提示 in check and a line beside the summary", async () => {
    const file = await renamedWorkbook({ 活动台账: "活动台帐", 宣传投放: "宣传" });
    const check = await cli("check", file);
    expect(check.code).toBe(0);
    expect(check.out).toContain("提示 活动台账 [sheet.renamed-read] 缺少工作表“活动台账”；工作表“活动台帐”的表头与它相符，已当作“活动台账”读取，其数据会写入总结（各提示中的“活动台账”即指“活动台帐”）。请把“活动台帐”改回“活动台账”，或用“生成或修复标准表”（命令行：campaign-ledger upgrade 台账.xlsx -o 新文件.xlsx）自动改回。");
    const r = await cli("summarize", file, "--text", "-");
    expect(r.code).toBe(0);
    expect(r.err).toContain("（工作表“活动台帐”已当作活动台账读取，其数据已写入总结，请核对并改回原名）\n");
    expect(r.err).toContain("（工作表“宣传”已当作宣传投放读取，其数据已写入总结，请核对并改回原名）\n");
    expect(r.out).toContain("　　绘制村主干道文化墙300处。\n");
    expect(r.out).toContain("　　9月10日开展“敬老孝亲志愿服务”活动，参与30人。\n");
    expect(r.out).toContain("　　10月1日举办“我们的节日·国庆”文艺汇演，参与200人。");
  });

  it("is not read when its headers do not fit the ledger: the summary made under --force says the ledger is not in it", async () => {
    const file = await renamedWorkbook({ 活动台账: "活动台帐" }, (wb) => {
      // No table, and 活动类型 (required) gone: enough headers to suspect a rename, not to read the sheet as the ledger.
      const ws = wb.getWorksheet("活动台帐")!;
      ws.removeTable("tbl_Activities");
      ws.getCell("C2").value = "分组";
    });
    const check = (await cli("check", file)).out;
    expect(check).toContain("错误 活动台账 [sheet.renamed] 缺少工作表“活动台账”；工作表“活动台帐”的表头与它相符，可能被改了名。");
    const r = await cli("summarize", file, "--force", "--text", "-");
    expect(r.err).toContain("（活动台账未找到（疑为“活动台帐”），其数据未写入总结）\n");
    expect(r.out).not.toContain("敬老孝亲");
  });

  it("a deleted ledger and a renamed one under --force: both named", async () => {
    const file = await renamedWorkbook({ 活动台账: "活动台帐" }, (wb) => {
      const ws = wb.getWorksheet("活动台帐")!;
      ws.removeTable("tbl_Activities");
      ws.getCell("C2").value = "分组";
      wb.removeWorksheet(wb.getWorksheet("先进典型")!.id);
    });
    const r = await cli("summarize", file, "--force", "--text", "-");
    expect(r.err).toContain("（先进典型、活动台账两张表未找到（疑为“活动台帐”），其数据未写入总结）\n");
  });
});

it("D11: a file named twice to rollup is read once, and that is said on stderr and under 提示 in the report", async () => {
  const file = await workbookFile({
    profile: { 单位名称: "东岭村村民委员会", 单位类型: "村", 报告年度: 2025, 报告期: "上半年" },
    ledgers: { 问题整改: [{ 问题类别: "卫生死角", 发现数: 12, 已整改数: 12, 单位: "处" }] },
  }, "v1-东岭村.xlsx");
  const out = file.replace("v1-东岭村.xlsx", "x-roll3.xlsx");
  const r = await cli("rollup", file, file, "-o", out, "--unit", "青山镇");
  expect(r.code).toBe(0);
  expect(r.err).toContain(`（${file} 指定了两次，只读取一次）\n`);
  expect(r.out).toBe(`已写入汇总台账：${out}（青山镇，2025年上半年，汇总1个单位，共1行）\n提示：\n  东岭村村民委员会（v1-东岭村.xlsx）的台账只填了问题整改1行，其余台账均为空；已汇总，请核实该单位是否漏报。\n  “v1-东岭村.xlsx”指定了两次，只汇总一次。\n`);
});

it("D10: counts summed past 2^53/100 never reach the text: value.impossible rows are left out (new-user test 34, D10)", async () => {
  // Since new-user test 30 (D7) a 发现数 of 1e15处 is an error whose row a forced summary leaves out; figures summed as
  // typed under --force (志愿服务) still must stay whole.
  const file = await workbookFile({
    profile: { 单位名称: "桃源村村民委员会", 单位类型: "村", 报告年度: 2025, 报告期: "下半年" },
    ledgers: { 志愿服务: [
      { 队伍名称: "桃源村志愿服务队", 队伍类型: "综合志愿者", 注册人数: 1e15, "服务时长（小时）": 0.88 },
      { 队伍名称: "巾帼志愿服务队", 队伍类型: "巾帼志愿者", 注册人数: 2, "服务时长（小时）": 1e15 },
    ] },
  });
  // Since new-user test 34 (D10) such figures (value.impossible) leave their rows out of a forced text, as check promises:
  // none of them, nor a fraction of their sum, is printed.
  const r = await cli("summarize", file, "--force", "--text", "-");
  expect(r.out).not.toMatch(/1000000000000|\.88/u);
  expect(r.err).toContain("（志愿服务第3行有错误（C3），该行未写入总结）");
  expect(r.err).toContain("（志愿服务第4行有错误（E4），该行未写入总结）");
});

it("D21: a hospital's 备注 院区 is no 重点 of its problems, and its heading says 环境 once", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "城南区人民医院", 单位类型: "企事业单位", 上级指导单位: "区卫健委", 报告年度: 2025, 报告期: "上半年" },
    ledgers: { 问题整改: [
      { 问题类别: "卫生死角", 发现数: 25, 已整改数: 25, 单位: "处", 备注: "院区" },
      { 问题类别: "占道堆放", 发现数: 10, 已整改数: 8, 单位: "处", 备注: "停车秩序" },
    ] },
  });
  expect(text).toContain("一、整治院区环境，改善就医秩序\n　　排查发现各类问题35处，已整改33处，整改率为94.3%。其中清理卫生死角25处，整治占道堆放8处。\n");
});
