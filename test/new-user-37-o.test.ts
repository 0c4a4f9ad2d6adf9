/**
 * New-user test 37 (docs/new-user-test-pane-37.md): defects D6 and D7, each as the tester typed it.
 */
import type { WorkbookContent } from "../src/adapters/xlsx/content";
import { summaryTextOf } from "./support/summaries";

describe("D6: a hospital's 就诊秩序 problem is inside the hospital, never a 责任区域 or 周边环境", () => {
  const hospital: WorkbookContent = {
    profile: { 单位名称: "城南区人民医院", 单位类型: "企事业单位", 报告年度: 2025, 报告期: "下半年" },
    ledgers: {
      组织保障: [{ 事项类型: "领导小组", 名称或内容: "本院创文工作领导小组", 数量: 1, 单位: "个" }],
      问题整改: [
        { 问题类别: "其他", 发现数: 40, 已整改数: 38, 单位: "件", 责任单位: "门诊部", 备注: "就诊秩序混乱" },
        { 问题类别: "乱张贴", 发现数: 15, 已整改数: 15, 单位: "处", 责任单位: "后勤保障部" },
      ],
    },
  };

  it("beside 乱张贴: 优化就医秩序，改善院区环境, 排查发现, and 整改……问题 in the opening", async () => {
    const text = await summaryTextOf(hospital);
    expect(text).toContain("2025年下半年，城南区人民医院整改就诊秩序混乱问题38件，清理乱张贴15处。");
    expect(text).toContain("二、优化就医秩序，改善院区环境\n　　发现就诊秩序混乱问题40件，已整改38件；乱张贴问题15处，均已整改到位。");
    expect(text).not.toMatch(/责任区域|周边环境|包保|整治就诊秩序/u);
  });

  it("alone: 优化窗口服务，改善就医秩序", async () => {
    const text = await summaryTextOf({ ...hospital, ledgers: { ...hospital.ledgers, 问题整改: [hospital.ledgers!.问题整改[0]] } });
    expect(text).toContain("二、优化窗口服务，改善就医秩序\n　　发现就诊秩序混乱问题40件，已整改38件，整改率为95%。");
  });

  it("a 秩序混乱 whose 责任单位 is an internal department (营业厅) is the unit's own, never a 责任区域", async () => {
    const text = await summaryTextOf({
      profile: { 单位名称: "国网城南供电公司", 单位类型: "企事业单位", 报告年度: 2025, 报告期: "上半年" },
      ledgers: {
        组织保障: [{ 事项类型: "领导小组", 名称或内容: "创文工作领导小组", 数量: 1, 单位: "个" }],
        问题整改: [
          { 问题类别: "其他", 发现数: 10, 已整改数: 10, 单位: "件", 责任单位: "城东营业厅", 备注: "秩序混乱" },
          { 问题类别: "乱张贴", 发现数: 8, 已整改数: 8, 单位: "处", 责任单位: "综合服务中心" },
        ],
      },
    });
    expect(text).toContain("二、优化窗口服务，改善办事环境\n");
    expect(text).not.toMatch(/责任区域|包保/u);
  });
});

describe("D7: a 新时代文明实践所 preaches to 群众, never 提升干部职工文明素养", () => {
  it("its 理论宣讲 is 广泛开展宣讲，推动党的创新理论深入人心", async () => {
    const text = await summaryTextOf({
      profile: { 单位名称: "东城街道新时代文明实践所", 单位类型: "其他", 报告年度: 2025, 报告期: "第三季度" },
      ledgers: {
        组织保障: [{ 事项类型: "工作机制", 名称或内容: "“群众点单、中心派单、志愿者接单”机制", 数量: 1, 单位: "项" }],
        活动台账: [{ 日期: "2025-07-01", 活动名称: "庆祝建党104周年理论宣讲", 活动类型: "理论学习", 参与数量: 120, 单位: "人" }],
        志愿服务: [{ 队伍名称: "理论宣讲志愿队", 队伍类型: "党员志愿者", 注册人数: 45 }],
      },
    });
    expect(text).toContain("二、广泛开展宣讲，推动党的创新理论深入人心\n　　7月1日开展“庆祝建党104周年理论宣讲”，参与120人。");
    expect(text).not.toContain("干部职工");
  });

  it("a 新时代文明实践站 typed 其他 speaks of 群众 in its culture heading and calls itself 我站", async () => {
    const text = await summaryTextOf({
      profile: { 单位名称: "光明社区新时代文明实践站", 单位类型: "其他", 报告年度: 2025, 报告期: "上半年" },
      ledgers: {
        组织保障: [{ 事项类型: "领导小组", 名称或内容: "实践站工作领导小组", 数量: 1, 单位: "个" }],
        活动台账: [
          { 日期: "2025-05-01", 活动名称: "广场舞展演", 活动类型: "文体活动", 参与数量: 200, 单位: "人" },
          { 日期: "2025-03-05", 活动名称: "学雷锋志愿服务", 活动类型: "志愿服务", 参与数量: 30, 单位: "人" },
        ],
      },
    });
    expect(text).toContain("三、开展文化惠民活动，丰富群众精神生活\n　　5月1日开展“广场舞展演”活动，参与200人。");
    // It says 我站, never 我单位.
    expect(text).toContain("　　我站成立实践站工作领导小组。");
  });
});
