/**
 * New-user test 63 (docs/new-user-test-pane-63.md) D1 and D2, and review run 32 (docs/review-run-32*, reviewer AV: 材料2
 * t60-devzone item 1, 材料9 t61-sport item 1): how a unit and its units are named.
 * - D1: a unit's 单位简称 names it in a roll-up's text and 附表 (`白水营业厅`), beside units without one cut the same way
 *   (`城关营业厅`, the company's own name dropped), never its full name `中国电信南岭分公司白水营业厅`.
 * - D2: a 上级指导单位 that is the unit itself gets a 提示 and no `在……的指导下`; the roll-up's opening names its unit by
 *   its 单位简称, as the rest of the text does.
 * - 材料2 item 1: a group named after a part of the unit's name is not named after it again (`开发区管委会于1月5日成立
 *   开发区创文……`).
 * - 材料9 item 1: after a 导语 that says `我中心`, the next sentence says `我中心` too, never the full name.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { analyzeWorkbook, standardV1 } from "../src/core";
import { readWorkbook } from "../src/adapters/xlsx/read-workbook";
import { writeWorkbook } from "../src/adapters/xlsx/write-workbook";
import type { WorkbookContent } from "../src/adapters/xlsx/content";
import { cli } from "./support/cli";
import { summaryTextOf } from "./support/summaries";

const company = "中国电信南岭分公司";
const period = { 单位类型: "企事业单位", 上级指导单位: company, 报告年度: 2025, 报告期: "上半年" };

/** The 电信 roll-up of the report: 城关 (no 简称), 白水 (简称 白水营业厅) and the company's own ledger (简称 县电信分公司). */
async function telecomRollup(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), "nu63-md-"));
  const units: WorkbookContent[] = [
    { profile: { ...period, 单位名称: `${company}城关营业厅` }, ledgers: { 志愿服务: [{ 队伍名称: "城关营业厅青年志愿服务队", 队伍类型: "青年志愿者", 注册人数: 12, 服务次数: 10, "服务时长（小时）": 80 }] } },
    {
      profile: { ...period, 单位名称: `${company}白水营业厅`, 单位简称: "白水营业厅" },
      ledgers: {
        志愿服务: [{ 队伍名称: "白水营业厅志愿服务队", 队伍类型: "综合志愿者", 注册人数: 6, 服务次数: 4, "服务时长（小时）": 24 }],
        活动台账: [{ 日期: "2025-06-18", 活动名称: "端午节慰问留守老人", 活动类型: "我们的节日", 参与数量: 30, 单位: "户", 地点: "白水镇" }],
      },
    },
    {
      profile: { ...period, 单位名称: company, 单位简称: "县电信分公司" },
      ledgers: { 组织保障: [{ 事项类型: "工作会议", 名称或内容: "创文工作推进会", 数量: 3, 单位: "次" }], 宣传投放: [{ 类型: "公益广告", 位置或内容: "全县营业网点公益广告", 数量: 30, 单位: "块", 方式: "新设", "投入金额（元）": 9000 }] },
    },
  ];
  const files = await Promise.all(units.map(async (u, i) => {
    const file = join(dir, `${i}.xlsx`);
    writeFileSync(file, await writeWorkbook(standardV1, u));
    return file;
  }));
  const out = join(dir, "汇总.xlsx");
  const rolled = await cli("rollup", ...files, "-o", out, "--unit", company, "--type", "企事业单位");
  if (rolled.code !== 0) throw new Error(rolled.err);
  return (await cli("summarize", out, "-o", dir, "--appendix", "--text", "-")).out;
}

it("D1, D2: the roll-up names each unit by its 单位简称, others cut alike; its own unit by its 简称, never guided by itself", async () => {
  const text = await telecomRollup();
  expect(text).not.toContain(`${company}白水营业厅`);
  expect(text).toContain("其中城关营业厅12人、白水营业厅6人");
  expect(text).toContain("\n白水营业厅\t1场\t6人\t");
  expect(text).toContain("\n城关营业厅\t—\t12人\t");
  // One name for the roll-up's unit in its opening, and no guidance by itself.
  expect(text).toContain("　　2025年上半年，县电信分公司统筹各营业厅推进创建工作。"); // parts named by their kind (mc, new-user test 62 D3)
  expect(text).not.toContain(`${company}在`);
  expect(text).not.toContain("的指导下");
});

it("D2: 上级指导单位 the unit's own 单位名称 gets a 提示 at the cell, and the text says no guidance", async () => {
  const content: WorkbookContent = {
    profile: { ...period, 单位名称: company, 单位简称: "县电信分公司" },
    ledgers: { 宣传投放: [{ 类型: "公益广告", 位置或内容: "全县营业网点公益广告", 数量: 30, 单位: "块", 方式: "新设", "投入金额（元）": 9000 }] },
  };
  const found = analyzeWorkbook(await readWorkbook(await writeWorkbook(standardV1, content)), standardV1).findings.filter((f) => f.rule === "profile.guide-self");
  expect(found.map((f) => `${f.severity} ${f.sheet}!${f.cell} ${f.message}`)).toEqual([
    "warning 基本信息!B6 上级指导单位“中国电信南岭分公司”就是本单位自己，总结不写“在……的指导下”；请填写指导本单位创建工作的上级单位（如县文明办），没有可留空。",
  ]);
  const text = await summaryTextOf(content);
  expect(text).toContain("　　2025年上半年，县电信分公司投入宣传经费9000元。");
  expect(text).not.toContain("的指导下");
  // Its 单位简称 as the guide is the unit too; its parent guiding a sub-unit is a guide.
  const bySelf = await summaryTextOf({ ...content, profile: { ...content.profile, 上级指导单位: "县电信分公司" } });
  expect(bySelf).not.toContain("的指导下");
  const branch = await summaryTextOf({ ...content, profile: { ...period, 单位名称: `${company}城关营业厅`, 单位简称: "城关营业厅" } });
  expect(branch).toContain(`城关营业厅在${company}的指导下`);
});

it("review 32 材料2 item 1: a group named after part of the unit's name is not named after it again", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "江口经济开发区管理委员会", 单位简称: "开发区管委会", 单位类型: "机关部门", 上级指导单位: "市文明办", 报告年度: 2025, 报告期: "全年" },
    ledgers: { 组织保障: [{ 事项类型: "领导小组", 名称或内容: "成立开发区创文工作领导小组", 数量: 1, 单位: "个", 日期: "2025-01-05" }] },
  });
  expect(text).toContain("开发区管委会于1月5日成立创文工作领导小组。");
});

it("review 32 材料9 item 1: after a 导语 that says 我中心, the next sentence says 我中心 too", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "青川县体育中心", 单位类型: "企事业单位", 上级指导单位: "县文明办", 报告年度: 2025, 报告期: "专项", 起始日期: "2025-08-01", 截止日期: "2025-08-31", 专项名称: "全民健身月" },
    ledgers: {
      宣传投放: [{ 类型: "横幅", 位置或内容: "全民健身日宣传横幅", 数量: 20, 单位: "条", 方式: "新设", "投入金额（元）": 2000, 日期: "2025-08-01" }],
      活动台账: [{ 日期: "2025-08-08", 活动名称: "全民健身日广场舞展演", 活动类型: "文体活动", 参与数量: 300, 单位: "人次", 地点: "体育中心广场" }],
      文字材料: [{ 类型: "导语", 内容: "8月是全民健身月，我中心围绕“全民健身 文明同行”主题开展系列活动。" }],
    },
  });
  expect(text).toContain("。2025年8月1日至31日，我中心在县文明办的指导下，");
  expect(text).not.toContain("青川县体育中心在");
});
