/**
 * New-user test 61 (docs/new-user-test-pane-61.md), lows D16 and D17: `1.5万` in 投入金额 is read exactly and the 提示 says
 * why (an amount booked), beside the count's `视为约数`; 报告年度 `２０２５年度` reads as 2025 (and 规范数据 writes 2025);
 * 单位类型 `企事业`, 报告期 `Q2`, `4-6月`, `1～6月` get the list value to choose.
 */
import { analyzeWorkbook, planFixes, standardV1 } from "../src/core";
import { readWorkbook } from "../src/adapters/xlsx/read-workbook";
import { writeWorkbook } from "../src/adapters/xlsx/write-workbook";
import type { WorkbookContent } from "../src/adapters/xlsx/content";

const findingsOf = async (content: WorkbookContent): Promise<string[]> =>
  analyzeWorkbook(await readWorkbook(await writeWorkbook(standardV1, content)), standardV1).findings.map((f) => `${f.sheet}!${f.cell} ${f.message}`);

const museum = { 单位名称: "青川县博物馆", 单位类型: "企事业单位", 上级指导单位: "县文明办", 报告年度: 2025, 报告期: "全年" };

it("D16: money typed 1.5万 is read as 15000 and said booked exactly; hours typed so are said rough", async () => {
  const found = await findingsOf({
    profile: museum,
    ledgers: {
      宣传投放: [{ 日期: "2025-03-08", 类型: "宣传栏", 位置或内容: "馆前广场", 数量: 2, 单位: "块", "投入金额（元）": "1.5万" }],
      志愿服务: [{ 队伍名称: "文博志愿服务队", 注册人数: 35, 服务次数: 40, "服务时长（小时）": "1.5万" }],
    },
  });
  expect(found.filter((f) => f.includes("1.5万"))).toEqual([
    "宣传投放!F3 “投入金额（元）”是文本“1.5万”，已读作15000（金额按“万”换算为元，视为准确数）。可用“规范数据”转换为数值。",
    "志愿服务!E3 “服务时长（小时）”是约数“1.5万”，已读作15000（按“万”填写，视为约数；与其他行相加时，总结不写到个位）。如知道准确数字，请填写准确数字。",
  ]);
});

it("D17: 报告年度 ２０２５年度 reads as 2025; 企事业, Q2 and 4-6月 get the list value to choose, and 规范数据 writes them", async () => {
  const content: WorkbookContent = { profile: { ...museum, 单位类型: "企事业", 报告年度: "２０２５年度", 报告期: "Q2" }, ledgers: {} };
  const found = (await findingsOf(content)).filter((f) => /B5|B8|B9/u.test(f));
  // errors first, then the 提示
  expect(found).toEqual([
    "基本信息!B5 “单位类型”不能填“企事业”，请从下拉列表中选择：社区、村、街道、乡镇、机关部门、群团组织、学校、企事业单位、其他。“企事业”请选“企事业单位”，可用“规范数据”改正。",
    "基本信息!B9 “报告期”不能填“Q2”，请从下拉列表中选择：全年、上半年、下半年、第一季度、第二季度、第三季度、第四季度、月度、专项。“Q2”请选“第二季度”，可用“规范数据”改正。",
    "基本信息!B8 “报告年度”是文本“２０２５年度”，已读作2025；本格只填数字。可用“规范数据”转换为数值。",
  ]);
  const months = (await findingsOf({ ...content, profile: { ...content.profile, 报告期: "4-6月" } })).filter((f) => f.startsWith("基本信息!B9"));
  expect(months[0]).toContain("“4-6月”请选“第二季度”");
  const plan = planFixes(await readWorkbook(await writeWorkbook(standardV1, content)), standardV1);
  expect(plan.filter((c) => /^B[589]$/u.test(c.cell)).map((c) => [c.cell, c.after])).toEqual([["B5", "企事业单位"], ["B8", 2025], ["B9", "第二季度"]]);
});
