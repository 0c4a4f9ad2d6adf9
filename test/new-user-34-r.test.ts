/**
 * New-user test 34 (/work/nu34/REPORT.md), defects D5, D6, D7 and D12: each as the tester typed it.
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
