/**
 * New-user test 36 (docs/new-user-test-pane-36.md), D9 and D11 as the tester typed them: the 导语's comparison of the activities,
 * and a private person's name in an 活动名称.
 */
import { cli } from "./support/cli";
import { workbookFile } from "./support/files";

/** The tester's b-村 over a whole year: `acts` activities, a clean-up figure and an honour. */
const village = (year: number, acts: number): Parameters<typeof workbookFile>[0] => ({
  profile: { 单位名称: "柳塘村村民委员会", 单位类型: "村", 上级指导单位: "青山镇", 报告年度: year, 报告期: "全年", 常住人口: 1860, 户数: 520 },
  ledgers: {
    活动台账: Array.from({ length: acts }, (_, i) => ({ 日期: `${year}-0${i + 1}-15`, 活动名称: `文明实践志愿服务${i + 1}`, 活动类型: "志愿服务", 参与数量: 20, 单位: "人" })),
    志愿服务: [{ 队伍名称: "柳塘村志愿服务队", 队伍类型: "综合志愿者", 注册人数: 42 }],
    问题整改: [{ 问题类别: "卫生死角", 发现数: 60, 已整改数: 58, 单位: "处" }],
  },
});

/** The opening paragraph (the line after the title and the blank line). */
const openingOf = (text: string): string => text.split("\n")[2] ?? "";

it("D9: a rise of 1 activity (3 → 4) is no news for the 导语: never `开展各类活动较上年增加1场，增长33.3%。` after its main sentence", async () => {
  const earlier = await workbookFile(village(2024, 3), "2024.xlsx");
  const current = await workbookFile(village(2025, 4), "2025.xlsx");
  const text = (await cli("summarize", current, "--previous", earlier, "--text", "-")).out;
  expect(openingOf(text)).toBe("　　柳塘村共有农户520户，常住人口1860人。2025年，我村在青山镇的指导下，整改卫生死角问题58处。现将有关情况总结如下。");
  expect(text).not.toContain("较上年增加1场");
});

it("D9: a material rise is told in the main sentence with its total first (`开展各类活动8场，较上年增加5场`)", async () => {
  const earlier = await workbookFile(village(2024, 3), "2024.xlsx");
  const current = await workbookFile(village(2025, 8), "2025.xlsx");
  const text = (await cli("summarize", current, "--previous", earlier, "--text", "-")).out;
  expect(openingOf(text)).toBe("　　柳塘村共有农户520户，常住人口1860人。2025年，我村在青山镇的指导下，开展各类活动8场，较上年增加5场，整改卫生死角问题58处。现将有关情况总结如下。");
  // No share from a base of 3 (new-user test 65, D11: MIN_SHARE_BASE): the amount says it.
});

it("D9: a fall told under 存在的不足 says the count it fell to (`开展各类活动3场，较上年减少5场`)", async () => {
  const earlier = await workbookFile(village(2024, 8), "2024.xlsx");
  const current = await workbookFile(village(2025, 3), "2025.xlsx");
  const text = (await cli("summarize", current, "--previous", earlier, "--text", "-")).out;
  expect(text).toContain("开展各类活动3场，较上年减少5场，下降62.5%，活动开展的经常性还需加强。");
  expect(text).not.toContain("开展各类活动较上年");
});

/** A 社区's half-year with the given 活动名称 (B3, B4, …). */
const withActivities = (...names: string[]): Parameters<typeof workbookFile>[0] => ({
  profile: { 单位名称: "锦绣社区居委会", 单位类型: "社区", 报告年度: 2025, 报告期: "上半年" },
  ledgers: { 活动台账: names.map((n, i) => ({ 日期: `2025-0${i + 3}-05`, 活动名称: n, 活动类型: "文体活动", 参与数量: 60, 单位: "人" })) },
});

it("D11: a private person's full name in an 活动名称 is a 提示 (the summary prints the name as typed; the user decides)", async () => {
  const file = await workbookFile(withActivities("张桂芳家庭端午包粽子", "为孤寡老人王大爷送温暖"));
  const personal = (await cli("check", file)).out.split("\n").filter((l) => l.includes("[value.personal]"));
  expect(personal).toEqual([
    "提示 活动台账!B3 [value.personal] “活动名称”中似有个人姓名“张桂芳”，总结写到这项活动时会照原样写出；如不宜公开，请改写（如“文明家庭端午包粽子”）。",
    "提示 活动台账!B4 [value.personal] “活动名称”中似有个人姓名“王大爷”，总结写到这项活动时会照原样写出；如不宜公开，请改写。",
  ]);
  // The text itself is the user's to change.
  expect((await cli("summarize", file, "--text", "-")).out).toContain("开展“张桂芳家庭端午包粽子”活动");
});

it("D11: public models (学习雷锋, 焦裕禄精神, 张桂梅事迹报告会) and words opening with a surname character (高龄老人, 金婚家庭) are no one's private name", async () => {
  const file = await workbookFile(withActivities("学习雷锋志愿服务", "弘扬焦裕禄精神主题党日", "张桂梅事迹报告会", "看望高龄老人", "金婚家庭表彰", "周末家庭亲子游"));
  expect((await cli("check", file)).out).not.toContain("[value.personal]");
});
