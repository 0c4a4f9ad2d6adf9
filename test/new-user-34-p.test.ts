/**
 * New-user test 34 (docs/new-user-test-pane-34.md), defects D8, D9 and D22: importing and upgrading the office's own
 * workbook (i-手工台账.xlsx: merged title, two header rows, 小计 and 合计, 20户/5家 in a 宣传 list), each as the
 * tester typed it.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { cli } from "./support/cli";

/** A fresh folder for one test's files. */
const folder = (): string => mkdtempSync(join(tmpdir(), "cl-nu34p-"));

/** The tester's hand-made workbook (make-import.js), written to `file`. */
async function handMade(file: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  let ws = wb.addWorksheet("活动记录");
  ws.mergeCells("A1:G1");
  ws.getCell("A1").value = "西湖社区2025年上半年创文活动登记表";
  ws.addRow([]);
  ws.getRow(2).values = ["序号", "活动情况", "", "", "参加", "", "备注"];
  ws.mergeCells("B2:D2");
  ws.mergeCells("E2:F2");
  ws.getRow(3).values = ["", "时间", "名称", "类别", "人员", "人数", ""];
  ws.addRow([1, "2025.1.25", "迎新春写春联", "我们的节日", "居民", "约120人", "书法家协会3人现场书写"]);
  ws.addRow([2, "2025年3月5日", "学雷锋义剪", "志愿服务", "志愿者", "35人", ""]);
  ws.addRow([3, "2025/2/30", "元宵灯谜会", "我们的节日", "居民", "三十", ""]);
  ws.addRow([4, "2025.4.12", "邻里节百家宴", "文体活动", "居民", "百余", ""]);
  ws.addRow(["小计", "", "", "", "", "285", ""]);
  ws.addRow([5, "2025.6.1", "六一关爱留守儿童", "关爱帮扶", "儿童", "20户", ""]);
  ws.addRow(["合计", "", "", "", "", "305人", ""]);
  ws.addRow(["填表人：王芳    审核人：李明    填表日期：2025年7月2日"]);
  ws = wb.addWorksheet("问题整改清单");
  ws.mergeCells("A1:E1");
  ws.getCell("A1").value = "西湖社区问题整改情况统计";
  ws.addRow(["问题类型", "发现（处）", "整改（处）", "整改率", "备注"]);
  ws.addRow(["乱张贴", "56处", "50处", "89%", ""]);
  ws.addRow(["卫生死角", "两千", "1,800", "", ""]);
  ws.addRow(["合计", "2056", "1850", "", ""]);
  ws = wb.addWorksheet("宣传氛围");
  ws.addRow(["宣传品", "数量", "金额", "时间", "地点"]);
  ws.addRow(["公益广告", "12块", "3,600元", "2025.3.8", "小区主入口"]);
  ws.addRow(["宣传栏", "5块", "1.5万", "2025年4月1日", ""]);
  ws.addRow(["入户走访", "20户", "", "", ""]);
  ws.addRow(["共建单位", "5家", "", "", ""]);
  ws = wb.addWorksheet("志愿者花名册");
  ws.addRow(["姓名", "性别", "所属队伍", "服务时长"]);
  ws.addRow(["张三", "男", "西湖社区党员志愿服务队", "12小时"]);
  ws.addRow(["李四", "女", "西湖社区党员志愿服务队", "8"]);
  ws = wb.addWorksheet("荣誉");
  ws.addRow(["荣誉", "级别", "人数", "姓名"]);
  ws.addRow(["区级好人", "区级", "2", "赵六、孙七"]);
  await wb.xlsx.writeFile(file);
  return file;
}

describe("D8: rows of a 宣传 list counted in 户 or 家 are no 宣传品", () => {
  it("入户走访 20户 goes to 其他指标, 共建单位 5家 to 组织保障, and the summary never says 其他宣传品25个", async () => {
    const dir = folder();
    const out = join(dir, "标准.xlsx");
    const imported = await cli("import", await handMade(join(dir, "i-手工台账.xlsx")), "-o", out);
    expect(imported.out).toContain("写入：活动台账 5行，问题整改 2行，宣传投放 2行，其他指标 1行，组织保障 1行，志愿服务 1行，先进典型 1行。");
    expect(imported.out).toContain("  提示：宣传氛围!B4：“入户走访 20户”以“户”计，不是宣传品，已导入其他指标（入户走访20户），未计入宣传投放，请核对。\n");
    expect(imported.out).toContain("  提示：宣传氛围!B5：“共建单位 5家”以“家”计，不是宣传品，已导入组织保障（共建单位5家），未计入宣传投放，请核对。\n");
    expect(imported.out).toContain("  宣传氛围!A4 → 其他指标!B3\n  宣传氛围!B4 → 其他指标!C3\n  宣传氛围!A5 → 组织保障!B3\n  宣传氛围!B5 → 组织保障!C3\n");
    expect(imported.out).not.toMatch(/类型＝其他|单位＝个|“20户”中的单位|“5家”中的单位/u);
    const text = (await cli("summarize", out, "--force", "--text", "-")).out;
    expect(text).toContain("\n一、加强组织领导，压实创建责任\n　　与5家共建单位结对共建。\n");
    expect(text).toContain("　　设置公益广告12块和宣传栏5块。入户走访群众20户。\n");
    expect(text).not.toContain("其他宣传品");
  });

  it("a thing the 类型 list lacks, counted in a word the 单位 list lacks, gets no guessed 个: check asks for 单位, the summary leaves it out", async () => {
    const dir = folder();
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("西湖社区2025年上半年宣传");
    ws.addRow(["宣传品", "数量", "时间"]);
    ws.addRow(["公益广告", "12块", "2025.3.8"]);
    ws.addRow(["环保袋", "200只", "2025.3.9"]);
    const source = join(dir, "宣传.xlsx");
    await wb.xlsx.writeFile(source);
    const out = join(dir, "标准.xlsx");
    const imported = await cli("import", source, "-o", out, "--unit", "西湖社区", "--type", "社区");
    expect(imported.out).toContain("  提示：西湖社区2025年上半年宣传!B3：“200只”中的单位“只”不在宣传投放“单位”的可选项（块、面、幅、条、处、个、份、张、平方米）中，导入的是数字200，单位未按“只”填写，请在标准台账中核对。\n");
    expect(imported.out).not.toContain("单位＝个");
    expect((await cli("check", out)).out).toContain("错误 宣传投放!D4 [value.required] “单位”必须填写。");
    const text = (await cli("summarize", out, "--force", "--text", "-")).out;
    expect(text).toContain("设置公益广告12块。");
    expect(text).not.toMatch(/其他宣传品|环保袋200/u);
  });
});

it("D8: a rough count (入户走访 约20户) moved to 其他指标 keeps its 约 as the 表述", async () => {
  const dir = folder();
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("西湖社区2025年上半年宣传");
  ws.addRow(["宣传品", "数量", "时间"]);
  ws.addRow(["公益广告", "12块", "2025.3.8"]);
  ws.addRow(["入户走访", "约20户", ""]);
  const source = join(dir, "宣传.xlsx");
  await wb.xlsx.writeFile(source);
  const out = join(dir, "标准.xlsx");
  const imported = await cli("import", source, "-o", out, "--unit", "西湖社区", "--type", "社区");
  expect(imported.out).toContain("  提示：西湖社区2025年上半年宣传!B3：“入户走访 约20户”以“户”计，不是宣传品，已导入其他指标（入户走访约20户），未计入宣传投放，请核对。\n");
  const text = (await cli("summarize", out, "--force", "--text", "-")).out;
  expect(text).toContain("设置公益广告12块。入户走访群众约20户。");
});

describe("D9: a 合计 is checked against every data row above it", () => {
  it("小计 285 and 合计 305人 over 约120人, 35人, 三十, 百余 and 20户: no false 两者不符, and 户 is never added to 人", async () => {
    const dir = folder();
    const imported = await cli("import", await handMade(join(dir, "i-手工台账.xlsx")), "-o", join(dir, "标准.xlsx"));
    expect(imported.out).toContain("  提示：活动记录!F10：合计行“参加/人数”为305人，上方各行中活动记录!F9为20户，户与人不能相加，合计未作核对；合计行未导入，导入的是各行数字，请核对。\n");
    expect(imported.out).not.toMatch(/活动记录!F8：合计行“|上方各行之和为20人|问题整改清单!B6：合计行“|问题整改清单!C6：合计行“/u);
  });

  it("a sum with rough figures is compared roughly: near the total nothing is said, far from it the sum is said as 约", async () => {
    const dir = folder();
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("活动记录");
    ws.addRow(["西湖社区2025年上半年活动登记表"]);
    ws.addRow(["时间", "活动名称", "活动类型", "参加人数"]);
    ws.addRow(["2025.3.1", "学雷锋志愿服务", "志愿服务", "约120人"]);
    ws.addRow(["2025.3.5", "义剪", "志愿服务", "35人"]);
    ws.addRow(["小计", "", "", "160"]);
    ws.addRow(["2025.4.1", "清明祭英烈", "我们的节日", "百余"]);
    ws.addRow(["2025.4.2", "清明诗会", "我们的节日", "30"]);
    ws.addRow(["小计", "", "", "300"]);
    ws.addRow(["合计", "", "", "290"]);
    const source = join(dir, "活动.xlsx");
    await wb.xlsx.writeFile(source);
    const imported = await cli("import", source, "-o", join(dir, "标准.xlsx"), "--type", "社区");
    expect(imported.out).toContain("  提示：活动记录!D8：合计行“参加人数”为300人，上方各行之和为约130人（含约数），两者不符；合计行未导入，导入的是各行数字，请核对。\n");
    // Near the rough sum the two are said to differ without a check (new-user test 39, D17), never `两者不符`.
    expect(imported.out).toContain("  提示：活动记录!D9：合计行“参加人数”为290人，上方各行之和约285人（含约数），两者不一致，无法精确核对；合计行未导入，导入的是各行数字，请核对。\n");
    expect(imported.out).not.toMatch(/活动记录!D5：合计行“[^\n]*两者不符|活动记录!D9：合计行“[^\n]*两者不符/u);
  });
});

describe("D22: upgrade keeps the own sheets of a workbook that is no standard ledger", () => {
  it("宣传氛围 and 荣誉 are not renamed into 宣传投放 and 先进典型: blank standard sheets beside them, each own sheet listed", async () => {
    const dir = folder();
    const out = join(dir, "i-up.xlsx");
    const upgraded = await cli("upgrade", await handMade(join(dir, "i-手工台账.xlsx")), "-o", out);
    expect(upgraded.code).toBe(0);
    expect(upgraded.out).not.toMatch(/改回标准名称|已改名/u);
    expect(upgraded.out).toContain("  补建缺少的工作表“宣传投放”（放在最后）\n");
    expect(upgraded.out).toContain("  补建缺少的工作表“先进典型”（放在最后）\n");
    expect(upgraded.out).toContain("  工作表“宣传氛围”像是本单位自己的宣传投放台账：生成或修复标准表不会动它，其中的数据也不会写入总结；可用“导入已有台账”把它导入标准台账。\n");
    expect(upgraded.out).toContain("  工作表“荣誉”像是本单位自己的先进典型台账：生成或修复标准表不会动它，其中的数据也不会写入总结；可用“导入已有台账”把它导入标准台账。\n");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.getWorksheet("宣传氛围")?.getRow(1).values).toEqual([undefined, "宣传品", "数量", "金额", "时间", "地点"]);
    expect(wb.getWorksheet("荣誉")?.getRow(2).values).toEqual([undefined, "区级好人", "区级", "2", "赵六、孙七"]);
    const check = (await cli("check", out)).out;
    expect(check).not.toMatch(/宣传投放!A4|先进典型!B2/u);
  });

  it("a sheet whose headers are the standard ones is renamed, said as such (never 改回)", async () => {
    const dir = folder();
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("活动");
    ws.addRow(["日期", "活动名称", "活动类型", "参与数量", "单位"]);
    ws.addRow([new Date(Date.UTC(2025, 2, 5)), "学雷锋", "志愿服务", 35, "人"]);
    wb.addWorksheet("我的表").addRow(["姓名", "电话"]);
    const source = join(dir, "b.xlsx");
    await wb.xlsx.writeFile(source);
    const upgraded = await cli("upgrade", source, "-o", join(dir, "b-up.xlsx"));
    expect(upgraded.out).toContain("\n  工作表“活动”的表头与标准表“活动台账”一致，已改名为“活动台账”\n");
  });
});
