/**
 * New-user test 34 (docs/new-user-test-pane-34.md), defects D5, D6, D7 and D12: each as the tester typed it.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Workbook } from "exceljs";
import { cli } from "./support/cli";
import { workbookFile } from "./support/files";
import { summaryTextOf } from "./support/summaries";

describe("D5: 落实上期工作打算 frames the plan as the plan and the result as this period's", () => {
  it("the tester's row", async () => {
    const text = await summaryTextOf({
      profile: { 单位名称: "望江社区居委会", 单位类型: "社区", 报告年度: 2025, 报告期: "下半年" },
      ledgers: {
        组织保障: [{ 事项类型: "领导小组", 名称或内容: "创文工作领导小组" }],
        文字材料: [{ 类型: "上期打算", 内容: "深化网格化管理，推进文明楼院全覆盖。", 落实情况: "网格化管理实现全覆盖，评出文明楼院10个" }],
      },
    });
    expect(text).toContain("、落实上期工作打算\n\u3000\u3000针对上期提出的“深化网格化管理，推进文明楼院全覆盖”，本期网格化管理实现全覆盖，评出文明楼院10个。\n");
    expect(text).not.toContain("推进文明楼院全覆盖，网格化管理");
  });

  it.each([
    // The 落实情况 restating the plan is said alone (new-user test 29, D6).
    ["完成剩余2个老旧小区改造。", "已完成剩余2个老旧小区改造，惠及居民320户。", "已完成剩余2个老旧小区改造，惠及居民320户"],
    ["开展垃圾分类宣传", "发放宣传单2000份，入户宣传800户。", "针对上期提出的“开展垃圾分类宣传”，本期发放宣传单2000份，入户宣传800户"],
    // A 落实情况 naming its own time takes no 本期.
    ["推进背街小巷改造", "下半年改造背街小巷3条，新铺路面2000平方米", "针对上期提出的“推进背街小巷改造”，下半年改造背街小巷3条，新铺路面2000平方米"],
  ])("%s + %s", async (plan, progress, expected) => {
    const { planOutcome } = await import("../src/core/narrative/compose");
    expect(planOutcome(plan, progress)).toBe(expected);
  });
});

describe("D12: recurring work typed as a 工作机制 is 开展-ed or 召开-ed, and the point is no 细化分工", () => {
  const school = { 单位名称: "城南实验小学", 单位类型: "学校", 报告年度: 2025, 报告期: "上半年" };

  it("the tester's row", async () => {
    const text = await summaryTextOf({
      profile: school,
      ledgers: { 组织保障: [
        { 事项类型: "领导小组", 名称或内容: "创文工作领导小组" },
        { 事项类型: "工作机制", 名称或内容: "文明班级月评比", 数量: 6, 单位: "次", 频次: "每月1次" },
      ] },
    });
    expect(text).toContain("二是完善机制。坚持每月开展文明班级评比1次，累计开展6次。");
    expect(text).not.toMatch(/落实文明班级|细化分工/u);
  });

  it("a meeting typed as a 工作机制 is held", async () => {
    const text = await summaryTextOf({
      profile: school,
      ledgers: { 组织保障: [
        { 事项类型: "领导小组", 名称或内容: "创文工作领导小组" },
        { 事项类型: "工作机制", 名称或内容: "创文工作例会", 数量: 6, 单位: "次", 频次: "每月1次" },
      ] },
    });
    expect(text).toContain("二是完善机制。坚持每月召开创文工作例会1次，累计召开6次。");
  });

  it("a school's division of duties stays 细化分工", async () => {
    const text = await summaryTextOf({
      profile: school,
      ledgers: { 组织保障: [
        { 事项类型: "领导小组", 名称或内容: "创文工作领导小组" },
        { 事项类型: "工作机制", 名称或内容: "班主任包班责任制" },
      ] },
    });
    expect(text).toContain("二是细化分工。建立班主任包班责任制。");
  });
});

/** `next` of a 上半年 workbook of `ledgers` into a new file; the CLI's output and the new workbook (exceljs). */
async function nextOf(file: string): Promise<{ out: string; wb: Workbook }> {
  const out = join(mkdtempSync(join(tmpdir(), "cl-nu34-")), "下半年.xlsx");
  const run = await cli("next", file, "-o", out);
  expect(run.err).toBe("");
  const wb = new Workbook();
  await wb.xlsx.load(readFileSync(out) as never);
  return { out: run.out, wb };
}

const wangjiang = { 单位名称: "望江社区居委会", 单位类型: "社区", 报告年度: 2025, 报告期: "上半年" };

describe("D6: `next` carries rows dated inside the new period and names them", () => {
  it("the tester's July activity in a 上半年 活动台账", async () => {
    const activity = (日期: string, 活动名称: string): Record<string, string | number> => ({ 日期, 活动名称, 活动类型: "志愿服务", 参与数量: 30, 单位: "人" });
    const file = await workbookFile({
      profile: wangjiang,
      ledgers: { 活动台账: [
        activity("2025-03-05", "学雷锋志愿服务"), activity("2025-04-10", "清明文明祭扫"), activity("2025-05-20", "邻里节"),
        activity("2025-06-12", "垃圾分类宣传"), activity("2025-07-15", "暑期安全教育"),
      ] },
    });
    const { out, wb } = await nextOf(file);
    expect(out).toContain("\n  活动台账：第7行日期2025年7月15日属于下一期（2025年下半年），已结转\n");
    expect(out).toContain("  活动台账：本期活动台账第3—6行（4行）未结转，新一期从空表开始\n");
    expect(out).not.toContain("第3—7行");
    const ws = wb.getWorksheet("活动台账")!;
    expect(ws.getCell(3, 2).value).toBe("暑期安全教育");
    expect(ws.getCell(3, 1).value).toBe("2025-07-15");
    expect(ws.getCell(4, 2).value).toBeNull();
  });

  it("a 工作会议 of 组织保障 dated in the new period is carried too, with its date", async () => {
    const file = await workbookFile({
      profile: wangjiang,
      ledgers: { 组织保障: [
        { 事项类型: "工作会议", 名称或内容: "创文推进会", 日期: "2025-03-08" },
        { 事项类型: "工作会议", 名称或内容: "下半年创文动员会", 日期: "2025-07-02" },
      ] },
    });
    const { out, wb } = await nextOf(file);
    expect(out).toContain("\n  组织保障：第4行日期2025年7月2日属于下一期（2025年下半年），已结转\n");
    expect(out).toContain("  组织保障：本期工作会议事项第3行（1行）未结转\n");
    expect(wb.getWorksheet("组织保障")!.getCell(3, 2).value).toBe("下半年创文动员会");
  });
});

describe("D7: `next` writes the catalog's 整改率 formula on carried problem rows", () => {
  it("a hand-typed per-row formula of the old row is replaced", async () => {
    const file = await workbookFile({
      profile: wangjiang,
      ledgers: { 问题整改: [
        { 问题类别: "乱张贴", 发现数: 20, 已整改数: 20, 单位: "处" },
        { 问题类别: "占道经营", 发现数: 5, 已整改数: 4, 单位: "处" },
      ] },
    });
    // The tester's hand-typed formula in E4 (kept by `upgrade`).
    const typed = new Workbook();
    await typed.xlsx.load(readFileSync(file) as never);
    typed.getWorksheet("问题整改")!.getCell("E4").value = { formula: 'IF(N(B4)=0,"",C4/B4)' } as never;
    await typed.xlsx.writeFile(file);
    const { wb } = await nextOf(file);
    const ws = wb.getWorksheet("问题整改")!;
    expect(ws.getCell("A3").value).toBe("占道经营");
    expect(ws.getCell("B3").value).toBe(1);
    expect(ws.getCell("E3").formula).toBe('IF(N(tbl_Rectification[[#This Row],[发现数]])=0,"",N(tbl_Rectification[[#This Row],[已整改数]])/tbl_Rectification[[#This Row],[发现数]])');
  });
});
