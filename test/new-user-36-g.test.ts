/**
 * New-user test 36 (docs/new-user-test-pane-36.md): defects D7 and D8 fixed by session g, each as the tester typed it.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { cli } from "./support/cli";
import { summaryTextOf } from "./support/summaries";
import type { WorkbookContent } from "../src/adapters/xlsx/content";

describe("D8: a count of shops is no count of 问题; a hospital's 窗口服务 problems are 窗口服务 work", () => {
  it("the 导语 names shops counted in 家 without 问题, as the section does", async () => {
    const text = await summaryTextOf({
      profile: { 单位名称: "江岸区市场监督管理局", 单位简称: "区市场监管局", 单位类型: "机关部门", 报告年度: 2025, 报告期: "上半年" },
      ledgers: {
        组织保障: [{ 事项类型: "工作会议", 名称或内容: "创文专题会", 数量: 4, 单位: "次" }],
        问题整改: [
          { 问题类别: "乱摆卖", 发现数: 210, 已整改数: 205, 单位: "处" },
          { 问题类别: "其他", 发现数: 35, 已整改数: 35, 单位: "家", 备注: "农贸市场环境卫生不达标商户" },
        ],
        其他指标: [{ 板块: "环境整治", 指标名称: "规范门头招牌", 数值: 320, 单位: "块" }],
      },
    });
    expect(text).toContain("2025年上半年，区市场监管局规范乱摆乱卖205处、门头招牌320块，整治农贸市场环境卫生不达标商户35家。现将有关情况总结如下。");
    expect(text).toContain("巡查发现乱摆乱卖问题210处，已整改205处；农贸市场环境卫生不达标商户35家，均已整改到位。");
    expect(text).not.toContain("商户问题");
  });

  it("what is left open of shops counted in 家 is named without 问题 in 存在的不足", async () => {
    const text = await summaryTextOf({
      profile: { 单位名称: "江岸区市场监督管理局", 单位简称: "区市场监管局", 单位类型: "机关部门", 报告年度: 2025, 报告期: "上半年" },
      ledgers: { 问题整改: [{ 问题类别: "其他", 发现数: 40, 已整改数: 35, 单位: "家", 备注: "农贸市场环境卫生不达标商户" }] },
    });
    expect(text).toContain("农贸市场环境卫生不达标商户40家中尚有5家未整改到位");
  });

  const hospital: WorkbookContent = {
    profile: { 单位名称: "江城市第一人民医院", 单位类型: "企事业单位", 报告年度: 2025, 报告期: "上半年" },
    ledgers: {
      组织保障: [{ 事项类型: "领导小组", 名称或内容: "医院创文工作领导小组", 数量: 1, 单位: "个" }],
      问题整改: [
        { 问题类别: "噪音扰民", 发现数: 6, 已整改数: 6, 单位: "起" },
        { 问题类别: "其他", 发现数: 40, 已整改数: 36, 单位: "个", 责任单位: "门诊部", 备注: "窗口服务态度、排队秩序" },
      ],
      其他指标: [{ 板块: "设施建设", 指标名称: "增设无障碍设施", 数值: 12, 单位: "处" }],
    },
  };

  it("a hospital's 窗口服务 problems beside a 噪音扰民 are told under 优化窗口服务, never 包保整治 of 院区环境", async () => {
    const text = await summaryTextOf(hospital);
    expect(text).toContain("2025年上半年，江城市第一人民医院整改窗口服务态度、排队秩序问题36个，处理噪音扰民问题6起，增设无障碍设施12处。");
    expect(text).toContain("二、优化窗口服务，完善设施设备\n　　一是问题整改。发现窗口服务态度、排队秩序问题40个，已整改36个；噪音扰民问题6起，均已整改到位。\n　　二是设施配套。增设无障碍设施12处。");
    expect(text).not.toMatch(/包保整治|整治院区环境|整治窗口/u);
  });

  it("a hospital whose problems are all its window's: 窗口服务 lead and 改善就医秩序", async () => {
    const only: WorkbookContent = { ...hospital, ledgers: { 组织保障: hospital.ledgers!.组织保障, 问题整改: [hospital.ledgers!.问题整改[1]] } };
    const text = await summaryTextOf(only);
    expect(text).toContain("二、优化窗口服务，改善就医秩序\n　　发现窗口服务态度、排队秩序问题40个，已整改36个，整改率为90%。");
  });

  it("a bank's 排队秩序 problems: 优化窗口服务，提升群众满意度", async () => {
    const text = await summaryTextOf({
      profile: { 单位名称: "中国工商银行江城支行", 单位类型: "企事业单位", 报告年度: 2025, 报告期: "上半年" },
      ledgers: {
        组织保障: [{ 事项类型: "领导小组", 名称或内容: "创文工作领导小组", 数量: 1, 单位: "个" }],
        问题整改: [{ 问题类别: "其他", 发现数: 12, 已整改数: 12, 单位: "个", 备注: "窗口服务态度、排队秩序" }],
      },
    });
    expect(text).toContain("优化窗口服务，提升群众满意度");
    expect(text).not.toMatch(/包保|履行包保责任/u);
  });
});

/** The tester's hand-made sheet (docs/new-user-test-36-files/make-import.js): a merged title, then a sign-off line above the table. */
async function handMade(): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const acts = wb.addWorksheet("活动记录");
  acts.mergeCells("A1:F1");
  acts.getCell("A1").value = "南湖社区2025年上半年创文活动开展情况登记表";
  acts.getRow(2).values = ["填报单位：南湖社区居委会　　填表日期：2025年7月2日"];
  acts.getRow(3).values = ["序号", "时间", "活动内容", "活动类别", "参加人员", "备注"];
  acts.getRow(4).values = [1, "2025.3.5", "学雷锋志愿服务", "志愿服务", "35人", ""];
  acts.getRow(5).values = [2, "2025.4.4", "清明祭英烈", "我们的节日", "60人", ""];
  const file = join(mkdtempSync(join(tmpdir(), "cl-nu36g-")), "i-手工台账.xlsx");
  writeFileSync(file, new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
  return file;
}

describe("D7: a sheet's own 填报单位 line names the unit before a name cut from its title", () => {
  it("import takes 南湖社区居委会 from 活动记录!A2 and says so; the summary is signed with it", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "cl-nu36g-")), "i-导入.xlsx");
    const imported = await cli("import", await handMade(), "-o", out);
    expect(imported.code).toBe(0);
    expect(imported.out).toContain("基本信息：单位名称 南湖社区居委会（填报单位 活动记录!A2）；单位类型 社区（按单位名称推断）；报告年度 2025（标题 活动记录!A1）；报告期 上半年（标题 活动记录!A1）");
    const text = (await cli("summarize", out, "--force", "--date", "2025-07-02", "--text", "-")).out;
    expect(text).toMatch(/^南湖社区居委会2025年上半年创建文明城市工作总结/u);
    expect(text).toContain("\n南湖社区居委会\n2025年7月2日");
  });
});
