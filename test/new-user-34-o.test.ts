/**
 * New-user test 34 (docs/new-user-test-pane-34.md), defects D18–D21: how 备注 and 简要内容 are read. No private person's name
 * reaches the text, and a clause is used whole and grammatical or not at all.
 */
import { cli } from "./support/cli";
import { workbookFile } from "./support/files";
import { summaryTextOf } from "./support/summaries";
import type { WorkbookContent } from "../src/adapters/xlsx/content";

const profile = { 单位名称: "望江社区居委会", 单位类型: "社区", 报告年度: 2025, 报告期: "上半年" };
const volunteering = (备注: string): Record<string, string | number> => ({ 日期: "2025-03-05", 活动名称: "学雷锋志愿服务活动", 活动类型: "志愿服务", 参与数量: 35, 单位: "人", 备注 });
const sentenceOf = (text: string): string => text.split("\n").find((l) => l.includes("学雷锋志愿服务活动"))?.trim() ?? "";

it.each([
  ["每周二在社区广场开展，由网格员王小明负责（电话13912345678），共服务独居老人15户", "3月5日开展“学雷锋志愿服务活动”，参与35人，共服务独居老人15户。"],
  ["由社区志愿者张建国带队，服务老人20人次", "3月5日开展“学雷锋志愿服务活动”，参与35人，服务老人20人次。"],
  ["每月一次，共服务群众300余人次", "3月5日开展“学雷锋志愿服务活动”，参与35人，共服务群众300余人次。"],
])("D18: 活动台账·备注 %s names no one, and its figure is a clause of its own", async (备注, sentence) => {
  const text = await summaryTextOf({ profile, ledgers: { 活动台账: [volunteering(备注)] } });
  expect(sentenceOf(text)).toBe(sentence);
  expect(text).not.toMatch(/王小明|张建国|名共服务|名服务老人/u);
});

it("D18: a 备注 that is only who took part still says so (`35名辖区居民参加`)", async () => {
  const text = await summaryTextOf({ profile, ledgers: { 活动台账: [volunteering("辖区居民")] } });
  expect(sentenceOf(text)).toBe("3月5日开展“学雷锋志愿服务活动”，35名辖区居民参加。");
});

const problems: WorkbookContent = {
  profile,
  ledgers: {
    问题整改: [
      { 问题类别: "乱张贴", 发现数: 60, 已整改数: 58, 单位: "处" },
      { 问题类别: "其他", 发现数: 3, 已整改数: 2, 单位: "处", 备注: "居民王某某（电话13800000000）在3号楼下私搭鸡舍" },
    ],
  },
};

it("D20: a 问题整改 其他 row whose 备注 names a resident is 其他问题, never the fragment `居民在`", async () => {
  const text = await summaryTextOf(problems);
  // A bare 其他 beside a named kind is in the total only, never a part `整治其他问题2处` (new-user test 61, D8).
  expect(text).toContain("累计排查发现乱张贴等问题63处，已整改60处，整改率为95.2%。");
  expect(text).not.toContain("整治其他问题");
  expect(text).toContain("乱张贴60处中尚有2处未整改到位，其他问题3处中尚有1处未整改到位，需持续跟进。");
  expect(text).not.toMatch(/居民在|王某某|13800000000/u);
});

it("D20: check tells the personal data in that 备注", async () => {
  const check = (await cli("check", await workbookFile(problems))).out;
  expect(check).toContain("提示 问题整改!I4 [value.personal] “备注”中有电话号码、身份证号或联系人，总结不会写出这一部分；问题类别为“其他”时，总结从备注中读取问题名称，个人信息请不要填在这一列。");
});

const springCouplets: WorkbookContent = {
  profile,
  ledgers: { 活动台账: [{ 日期: "2025-02-01", 活动名称: "写春联送祝福活动", 活动类型: "关爱帮扶", 参与数量: 80, 单位: "人次", 简要内容: "由社区书记刘建华带领志愿者为孤寡老人赵大爷送春联" }] },
};

it("D21: a beneficiary called 赵大爷 in 简要内容 is left out, the work kept", async () => {
  const text = await summaryTextOf(springCouplets);
  expect(text).toContain("2月1日开展“写春联送祝福活动”，由社区书记带领志愿者为孤寡老人送春联，参与80人次。");
  expect(text).not.toMatch(/赵大爷|刘建华/u);
});

it("D21: check tells the name in 简要内容", async () => {
  const check = (await cli("check", await workbookFile(springCouplets))).out;
  expect(check).toContain("提示 活动台账!H3 [value.personal] “简要内容”中有个人姓名或称呼“书记刘建华、赵大爷”，总结不会写出这一部分；个人信息请不要填在这一列。");
});

it("D19: a count of whole thousands from 10,000 is said in 万 however it was typed", async () => {
  const festival = (参与数量: number | string): Parameters<typeof summaryTextOf>[0] => ({ profile, ledgers: { 活动台账: [{ 日期: "2025-05-01", 活动名称: "邻里节", 活动类型: "文化活动", 参与数量, 单位: "人次" }] } });
  expect(await summaryTextOf(festival(15000))).toContain("5月1日开展“邻里节”活动，参与1.5万人次。");
  expect(await summaryTextOf(festival("1.5万"))).toContain("5月1日开展“邻里节”活动，参与1.5万人次。");
  expect(await summaryTextOf(festival(15300))).toContain("5月1日开展“邻里节”活动，参与15300人次。");
});
