/**
 * New-user test 26 (docs/new-user-test-pane-26.md), summary scope and structure: D8, D9, D13 (and lows) as the tester
 * typed them.
 */
import { cli } from "./support/cli";
import { workbookFile } from "./support/files";
import { rolledUpText, type Ledgers } from "./support/rollup";
import { summaryTextOf } from "./support/summaries";

const bureau = (found: number, rectified: number): Ledgers => ({
  活动台账: [{ 日期: "2025-03-05", 活动名称: "学雷锋志愿服务", 活动类型: "志愿服务", 参与数量: 20, 单位: "人" }],
  问题整改: [{ 问题类别: "卫生死角", 发现数: found, 已整改数: rectified, 单位: "处" }],
});

it("D8: three 区直 bureaus rolled up by 区委文明办 (机关部门) are the units rolled up, never 全区", async () => {
  const text = await rolledUpText("区委文明办", "机关部门", [["区民政局", "机关部门", bureau(100, 90)], ["区城市管理局", "机关部门", bureau(120, 100)], ["区教育局", "机关部门", bureau(80, 72)]]);
  expect(text).toContain("2025年上半年，区委文明办统筹各单位推进创建工作。区民政局、区城市管理局和区教育局共开展各类活动3场，排查发现各类问题300处，已整改262处。");
  expect(text).toContain("各单位共排查发现卫生死角问题300处，已整改262处，整改率为87.3%。");
  expect(text).toContain("各单位尚有卫生死角问题38处未整改到位，区城市管理局整改率为83.3%，低于平均水平，整改进度相对滞后。");
  expect(text).toContain("、聚焦重点难点，改善内外环境");
  expect(text).not.toMatch(/全区|辖区/u);
});

it("D8: two schools rolled up by 区教育局 are named (城南实验小学和城北中学), never 全区2所学校", async () => {
  const text = await rolledUpText("区教育局", "机关部门", [["城南实验小学", "学校", bureau(10, 9)], ["城北中学", "学校", bureau(6, 6)]]);
  expect(text).toContain("区教育局统筹全区各学校推进创建工作。城南实验小学和城北中学共开展各类活动2场，排查发现各类问题16处，已整改15处。");
  expect(text).not.toMatch(/全区2所学校|全区共|全区尚有/u);
});

it("D8: a street over its communities keeps 全街道, a 区直机关工委 its 区直机关", async () => {
  const street = await rolledUpText("幸福街道办事处", "街道", [["幸福里社区", "社区", bureau(10, 9)], ["和平社区", "社区", bureau(6, 6)]]);
  expect(street).toContain("全街道2个社区共开展各类活动2场");
  const organs = await rolledUpText("区直机关工委", "机关部门", [["区民政局", "机关部门", bureau(100, 90)], ["区城市管理局", "机关部门", bureau(120, 108)], ["区教育局", "机关部门", bureau(80, 72)]]);
  expect(organs).toContain("区直机关3个部门共开展各类活动3场");
});

/** A 村's half-year as the tester's b-村 and its next period: activities, volunteer hours, publicity spend, problems. */
const village = (period: { year: number; half: string; day: string }, f: { acts: number; members: number; hours: number; spend: number; found: number; rectified: number; population?: null }): Parameters<typeof workbookFile>[0] => ({
  profile: { 单位名称: "桃源村村民委员会", 单位类型: "村", 上级指导单位: "青山镇党委", 报告年度: period.year, 报告期: period.half, ...(f.population === null ? {} : { 常住人口: 1860 }), 户数: 520 },
  ledgers: {
    活动台账: Array.from({ length: f.acts }, (_, i) => ({ 日期: `${period.day}${String(i + 10)}`, 活动名称: `文明实践志愿服务${i + 1}`, 活动类型: "志愿服务", 参与数量: 20, 单位: "人" })),
    志愿服务: [{ 队伍名称: "桃源村志愿服务队", 队伍类型: "综合志愿者", 注册人数: f.members, "服务时长（小时）": f.hours }],
    宣传投放: [{ 类型: "墙绘", 位置或内容: "村文化墙", 数量: 3, 单位: "处", "投入金额（元）": f.spend }],
    问题整改: [{ 问题类别: "卫生死角", 发现数: f.found, 已整改数: f.rectified, 单位: "处" }],
  },
});

/** The 存在的不足 paragraph of a summary text. */
const shortcomings = (text: string): string => {
  const lines = text.split("\n");
  return lines[lines.findIndex((l) => /^[一二三四五六七八九十]+、存在的不足$/u.test(l)) + 1] ?? "";
};

it("D9: a fall of 1 event, of 16.7% in hours or of a one-off spend is no 不足; the material falls are, at most two", async () => {
  const earlier = await workbookFile(village({ year: 2025, half: "下半年", day: "2025-09-" }, { acts: 4, members: 100, hours: 180, spend: 22000, found: 40, rectified: 40 }), "上期.xlsx");
  const trivial = await workbookFile(village({ year: 2026, half: "上半年", day: "2026-03-" }, { acts: 3, members: 100, hours: 150, spend: 9000, found: 40, rectified: 40 }), "本期.xlsx");
  const trivialText = (await cli("summarize", trivial, "--previous", earlier, "--text", "-")).out;
  expect(trivialText).not.toMatch(/志愿服务时长较上年下半年减少|宣传投入较上年下半年减少|开展各类活动较上年下半年减少/u);
  expect(trivialText).not.toMatch(/存在的不足/u);
  const material = await workbookFile(village({ year: 2026, half: "上半年", day: "2026-03-" }, { acts: 3, members: 60, hours: 90, spend: 9000, found: 40, rectified: 30 }), "本期2.xlsx");
  const materialText = (await cli("summarize", material, "--previous", earlier, "--text", "-")).out;
  expect(shortcomings(materialText)).toBe("\u3000\u3000一是卫生死角40处中尚有10处未整改到位，需持续跟进；二是志愿者注册人数占常住人口比例偏低，较上年下半年下降2.2个百分点，志愿服务队伍规模还需进一步扩大；三是整改率较上年下半年下降25个百分点，整改力度还需加大。");
  // Counts only (no 常住人口, so no rate): the two that fell most, never the third.
  const counts = await workbookFile(village({ year: 2026, half: "上半年", day: "2026-03-" }, { acts: 4, members: 70, hours: 60, spend: 22000, found: 40, rectified: 30, population: null }), "本期3.xlsx");
  const earlierCounts = await workbookFile(village({ year: 2025, half: "下半年", day: "2025-09-" }, { acts: 10, members: 100, hours: 180, spend: 22000, found: 40, rectified: 30, population: null }), "上期3.xlsx");
  const countsText = (await cli("summarize", counts, "--previous", earlierCounts, "--text", "-")).out;
  expect(shortcomings(countsText)).toBe("\u3000\u3000一是卫生死角40处中尚有10处未整改到位，需持续跟进；二是志愿服务时长60小时，较上年下半年减少120小时，下降66.7%，志愿服务常态化水平还需提升；三是开展各类活动4场，较上年下半年减少6场，下降60%，活动开展的经常性还需加强。");
});

/** A community with its profile, six activities and 56 problems, and the 导语 `lead`. */
const community = (lead: string): Parameters<typeof summaryTextOf>[0] => ({
  profile: { 单位名称: "望江社区居委会", 单位类型: "社区", 报告年度: 2025, 报告期: "上半年", 常住人口: "约1.2万", 户数: 3600, 上级指导单位: "幸福街道党工委" },
  ledgers: {
    活动台账: Array.from({ length: 6 }, (_, i) => ({ 日期: `2025-03-${10 + i}`, 活动名称: `文明实践活动${i + 1}`, 活动类型: "志愿服务", 参与数量: 20, 单位: "人" })),
    问题整改: [{ 问题类别: "卫生死角", 发现数: 56, 已整改数: 56, 单位: "处" }],
    文字材料: [{ 类型: "导语", 内容: lead }],
  },
});
const openingOf = (text: string): string => text.split("\n")[2];

it("D13: a 导语 frames the opening; the unit's profile and the headline figures still appear", async () => {
  expect(openingOf(await summaryTextOf(community("社区紧紧围绕创建全国文明城市目标，坚持以人民为中心。")))).toBe(
    "\u3000\u3000望江社区居委会辖区有居民3600户，常住人口约1.2万人。社区紧紧围绕创建全国文明城市目标，坚持以人民为中心。2025年上半年，社区在幸福街道党工委的指导下，开展各类活动6场，整改卫生死角问题56处。现将有关情况总结如下。");
  // The 导语's own period, guidance and turn are kept, never said twice.
  expect(openingOf(await summaryTextOf(community("本季度，社区在街道党工委领导下扎实推进创建工作。现将有关情况总结如下：")))).toBe(
    "\u3000\u3000望江社区居委会辖区有居民3600户，常住人口约1.2万人。本季度，社区在街道党工委领导下扎实推进创建工作。社区共开展各类活动6场，整改卫生死角问题56处。现将有关情况总结如下：");
  // Figures the 导语 states are not repeated.
  expect(openingOf(await summaryTextOf(community("望江社区共有居民3600户，上半年开展各类活动6场。")))).toBe(
    "\u3000\u3000望江社区共有居民3600户，上半年开展各类活动6场。在幸福街道党工委的指导下，整改卫生死角问题56处。现将有关情况总结如下。");
});

it("D6: a one-sentence 其他 section has no heading: a 景区's visitors are the opening's context, a lone activity closes the section before", async () => {
  const scenic = await summaryTextOf({
    profile: { 单位名称: "青山湖风景区管理处", 单位类型: "其他", 报告年度: 2025, 报告期: "专项", 起始日期: "2025-10-01", 截止日期: "2025-10-07" },
    ledgers: {
      志愿服务: [{ 队伍名称: "文明旅游志愿服务队", 队伍类型: "青年志愿者", 注册人数: 60, 服务次数: 7, "服务时长（小时）": 420, 主要服务内容: "游客引导、文明劝导" }],
      问题整改: [{ 问题类别: "乱摆卖", 发现数: 30, 已整改数: 30, 单位: "处" }],
      其他指标: [{ 板块: "其他", 指标名称: "接待游客", 数值: "12.6万", 单位: "人次" }],
    },
  });
  // A team's size is no work of a 专项's week (new-user test 32, D6): the opening heads the problems fixed.
  expect(openingOf(scenic)).toBe("\u3000\u30002025年10月1日至7日，青山湖风景区管理处接待游客12.6万人次，整改乱摆乱卖问题30处。现将有关情况总结如下。");
  expect(scenic).not.toMatch(/其他创建/u);
  const kindergarten = await summaryTextOf({
    profile: { 单位名称: "城南第一幼儿园", 单位简称: "幼儿园", 单位类型: "学校", 报告年度: 2025, 报告期: "上半年" },
    ledgers: {
      志愿服务: [{ 队伍名称: "家长志愿服务队", 队伍类型: "综合志愿者", 注册人数: 80 }],
      活动台账: [
        { 日期: "2025-05-30", 活动名称: "端午节包粽子", 活动类型: "我们的节日", 参与数量: 150, 单位: "人次" },
        { 日期: "2025-03-12", 活动名称: "植树节亲子活动", 活动类型: "其他", 参与数量: 100, 单位: "人" },
      ],
    },
  });
  // A 植树节 activity is no festival's: never `此外` under the 我们的节日 heading (new-user test 39, D16); it keeps the 其他 section.
  expect(kindergarten).toContain("5月30日开展“端午节包粽子”活动，参与150人次。\n三、统筹推进其他创建任务\n\u3000\u30003月12日开展“植树节亲子活动”，参与100人。");
  expect(kindergarten).not.toContain("此外，3月12日开展“植树节亲子活动”");
});

it("D31: the stock 注册率 sentence joins shortfalls of the data only, never beside the unit's own words on volunteers", async () => {
  const unit = (open: number, own: string[]): Parameters<typeof summaryTextOf>[0] => ({
    profile: { 单位名称: "望江社区居委会", 单位类型: "社区", 报告年度: 2025, 报告期: "上半年", 常住人口: 5200 },
    ledgers: {
      志愿服务: [{ 队伍名称: "望江志愿服务队", 队伍类型: "综合志愿者", 注册人数: 120 }],
      问题整改: [{ 问题类别: "卫生死角", 发现数: 20, 已整改数: 20 - open, 单位: "处" }],
      文字材料: own.map((内容) => ({ 类型: "存在不足", 内容 })),
    },
  });
  // Only the unit's own rows: they are its 存在的不足.
  expect(shortcomings(await summaryTextOf(unit(0, ["居民参与创建的主动性还不够强"])))).toBe("\u3000\u3000居民参与创建的主动性有待提升。");
  // Its own row on volunteers says it: not again as a rate.
  expect(shortcomings(await summaryTextOf(unit(2, ["志愿者队伍年龄偏大，青年志愿者较少"])))).toBe("\u3000\u3000一是志愿者队伍年龄偏大，青年志愿者较少；二是卫生死角20处中尚有2处未整改到位，需持续跟进。");
  // Beside a shortfall of the data, with no row of its own, it stays.
  expect(shortcomings(await summaryTextOf(unit(2, [])))).toBe("\u3000\u3000一是卫生死角20处中尚有2处未整改到位，需持续跟进；二是志愿者注册人数占常住人口比例偏低，志愿服务队伍规模还需进一步扩大。");
});
