/**
 * New-user test 55 (docs/new-user-test-pane-55.md), defects D10, D18, D20, D22 and D24 (组织保障 sentences, the opening's
 * subject, the collective-honour check, the status line's focus style).
 */
import { analyzeWorkbook, standardV1 } from "../src/core";
import { readWorkbook } from "../src/adapters/xlsx/read-workbook";
import { writeWorkbook } from "../src/adapters/xlsx/write-workbook";
import type { WorkbookContent } from "../src/adapters/xlsx/content";
import { summaryTextOf } from "./support/summaries";

const findingsOf = async (content: WorkbookContent, rule: string): Promise<string[]> =>
  analyzeWorkbook(await readWorkbook(await writeWorkbook(standardV1, content)), standardV1).findings.filter((f) => f.rule === rule).map((f) => `${f.sheet}!${f.cell} ${f.message}`);

const market = { 单位名称: "城东农贸市场", 单位类型: "企事业单位", 报告年度: 2025, 报告期: "上半年" } as const;

it("D10: a joint check counts with its main verb, `累计开展12次`, never the lead `累计联合12次`", async () => {
  const text = await summaryTextOf({
    profile: market,
    ledgers: {
      组织保障: [
        { 事项类型: "督查检查", 名称或内容: "联合县市场监管所开展市场秩序检查", 数量: "十二", 单位: "次", 频次: "每月2次", 备注: "有问题当场整改" },
        { 事项类型: "督查检查", 名称或内容: "会同街道城管中队开展占道经营整治", 数量: 6, 单位: "次", 频次: "每月1次" },
        { 事项类型: "工作会议", 名称或内容: "与周边社区召开联席会议", 数量: 6, 单位: "次", 频次: "每月1次" },
      ],
    },
  });
  expect(text).toContain("坚持每月联合县市场监管所开展市场秩序检查2次，累计开展12次");
  expect(text).toContain("坚持每月会同街道城管中队开展占道经营整治1次，累计开展6次");
  expect(text).toContain("坚持每月与周边社区召开联席会议1次，累计召开6次");
  expect(text).not.toMatch(/累计(?:联合|会同)/u);
});

it("D18: after a 导语 that names the unit by its common short name (`县法院`), the opening says no second subject", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "县人民法院", 单位类型: "机关部门", 上级指导单位: "县文明办", 报告年度: 2024, 报告期: "全年" },
    ledgers: {
      文字材料: [{ 类型: "导语", 内容: "2024年，县法院坚持以习近平新时代中国特色社会主义思想为指导，把文明创建融入审判执行工作" }],
      活动台账: [
        { 日期: "2024-03-05", 活动名称: "学雷锋志愿服务", 活动类型: "志愿服务", 简要内容: "干警到社区开展法律咨询" },
        { 日期: "2024-05-20", 活动名称: "法治宣传进社区", 活动类型: "宣传教育", 简要内容: "发放宣传资料" },
      ],
    },
  });
  expect(text).toContain("2024年，县法院坚持以习近平新时代中国特色社会主义思想为指导，把文明创建融入审判执行工作。在县文明办的指导下，开展各类活动2场");
  expect(text).not.toContain("。县人民法院在县文明办的指导下");
});

it("D22: a community's own group is set up by the community, `社区于1月6日成立创文工作领导小组`", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "桃花社区居委会", 单位类型: "社区", 上级指导单位: "桃源街道办事处", 报告年度: 2025, 报告期: "上半年" },
    ledgers: {
      组织保障: [
        { 事项类型: "领导小组", 名称或内容: "成立社区创文工作领导小组", 数量: 1, 单位: "个", 日期: "2025-01-06", 备注: "书记任组长" },
        { 事项类型: "督查检查", 名称或内容: "网格巡查", 数量: "一百二十", 单位: "次", 频次: "每日" },
      ],
    },
  });
  expect(text).toContain("一是健全机构。社区于1月6日成立创文工作领导小组。");
});

it("D20: a collective honour's count typed in Chinese numerals (`一百二十`) gets the same 提示 as `120`", async () => {
  const honours = (count: string | number): WorkbookContent => ({
    profile: market,
    ledgers: { 先进典型: [{ 荣誉名称: "文明摊位", 级别: "本单位", 类别: "诚实守信", 人数: count, 日期: "2025-06-10", 备注: "评了120个文明摊位，挂牌" }] },
  });
  const typed = await findingsOf(honours("一百二十"), "honour.collective-count");
  expect(typed).toEqual(await findingsOf(honours(120), "honour.collective-count"));
  expect(typed).toEqual([expect.stringMatching(/^先进典型!D3 “文明摊位”是集体荣誉，人数120在总结中写作“文明摊位120个”/u)]);
  expect(await findingsOf(honours("一百二十个"), "honour.collective-count")).toEqual([]);
});
