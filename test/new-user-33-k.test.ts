/**
 * New-user tests 32 and 33 (docs/new-user-test-pane-32.md, docs/new-user-test-pane-33.md): the defects fixed by
 * session k, each as the tester typed it.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { cli } from "./support/cli";
import { summaryTextOf } from "./support/summaries";

/** The tester's hand-made 整改 sheet (docs/new-user-test-33-files/make_import.js), with a row in 批 and an activity in 对 added. */
async function handMade(): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const acts = wb.addWorksheet("活动记录");
  acts.mergeCells("A1:D1");
  acts.getCell("A1").value = "东湖社区2025年第一季度创文活动登记表";
  acts.getRow(2).values = ["填报单位：东湖社区居委会"];
  acts.getRow(3).values = ["时间", "活动内容", "类别", "人数"];
  acts.getRow(4).values = ["2025.1.18", "迎新春送春联", "我们的节日", "35人"];
  acts.getRow(5).values = ["2025.3.8", "红白理事会集体婚礼", "其他", "6对"];
  const ws = wb.addWorksheet("整改");
  ws.getRow(1).values = ["问题", "发现", "整改完成", "备注"];
  ws.getRow(2).values = ["乱张贴", "45处", "40处", ""];
  ws.getRow(3).values = ["占道经营", "20户", "18户", ""];
  ws.getRow(4).values = ["楼道堆物", "百余", "百余", ""];
  ws.getRow(5).values = ["过期食品", "7批", "7批", ""];
  const file = join(mkdtempSync(join(tmpdir(), "cl-nu33k-")), "i_import.xlsx");
  writeFileSync(file, new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
  return file;
}

describe("nu33 D10 addendum: a problem typed in 户 keeps its 户 on import; a word the list lacks is said", () => {
  it("import keeps 户, says 批 and 对 at their cells, and never guesses 处 over a typed 户", async () => {
    const source = await handMade();
    const out = join(mkdtempSync(join(tmpdir(), "cl-nu33k-")), "i_std.xlsx");
    const imported = await cli("import", source, "-o", out);
    expect(imported.code).toBe(0);
    expect(imported.out).not.toContain("问题整改!D4 单位＝处");
    expect(imported.out).toContain("提示：整改!B5：“7批”中的单位“批”不在问题整改“单位”的可选项（宗、处、起、块、个、件、户、家）中，导入的是数字7，单位未按“批”填写，请在标准台账中核对。");
    expect(imported.out).toContain("提示：活动记录!D5：“6对”中的单位“对”不在活动台账“单位”的可选项（人、人次、户、家）中，导入的是数字6，单位未按“对”填写，请在标准台账中核对。");
    const text = (await cli("summarize", out, "--force", "--text", "-")).out;
    expect(text).toContain("占道经营20户，已整改18户");
    expect(text).not.toContain("占道经营问题20");
  });

  it("the summary tells problems in 户 and 家 by the work, without 问题 before the count", async () => {
    const profile = { 单位名称: "东湖社区居委会", 单位类型: "社区", 报告年度: 2025, 报告期: "上半年" };
    const mixed = await summaryTextOf({ profile, ledgers: { 问题整改: [{ 问题类别: "乱张贴", 发现数: 45, 已整改数: 40, 单位: "处" }, { 问题类别: "占道经营", 发现数: 20, 已整改数: 20, 单位: "户" }] } });
    expect(mixed).toContain("2025年上半年，东湖社区居委会清理乱张贴40处，规范占道经营20户。");
    expect(mixed).toContain("累计排查发现乱张贴问题45处，已整改40处；占道经营20户，均已整改到位。");
    const shops = await summaryTextOf({ profile, ledgers: { 问题整改: [{ 问题类别: "占道经营", 发现数: 35, 已整改数: 35, 单位: "家" }] } });
    expect(shops).toContain("2025年上半年，东湖社区居委会规范占道经营35家。");
    expect(shops).toContain("累计排查发现占道经营35家，均已整改到位。");
    const open = await summaryTextOf({ profile, ledgers: { 问题整改: [{ 问题类别: "流动摊点", 发现数: 12, 已整改数: 10, 单位: "户" }, { 问题类别: "乱摆卖", 发现数: 8, 已整改数: 8, 单位: "户" }] } });
    expect(open).toContain("累计排查发现流动摊点和乱摆乱卖20户，已整改18户，整改率为90%。其中规范流动摊点10户、乱摆乱卖8户。");
    expect(open).toContain("流动摊点12户中尚有2户未整改到位，需持续跟进。");
  });
});
