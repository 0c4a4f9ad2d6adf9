/**
 * What the sixth new-user test found (docs/new-user-test-pane-6.md): personal data beside a phone
 * number, a double comma in 存在的不足, a rate rounded up to 100 %, the previous period's figures
 * per category in the 附表, and the unit an import takes from a title.
 */
import { analyzeWorkbook, documentText, standardV1, summarize } from "../src/core";
import { readWorkbook } from "../src/adapters/xlsx/read-workbook";
import { writeWorkbook } from "../src/adapters/xlsx/write-workbook";

const profile = { 单位名称: "红星社区居委会", 单位类型: "社区", 报告年度: 2024, 报告期: "上半年" };

async function textOf(ledgers: Record<string, Record<string, unknown>[]>): Promise<string> {
  const snapshot = await readWorkbook(await writeWorkbook(standardV1, { profile, ledgers }));
  return documentText(summarize(analyzeWorkbook(snapshot, standardV1), standardV1, { includeNames: false, today: 45500 }).document);
}

it("D1: a name beside a phone number, in brackets or after a role, is never printed (nor the label left without its number)", async () => {
  const text = await textOf({
    志愿服务: [
      { 队伍名称: "红星社区党员志愿服务队", 队伍类型: "党员志愿者", 注册人数: 60 },
      { 队伍名称: "巾帼志愿服务队（队长李秀英13712345678）", 队伍类型: "巾帼志愿者", 注册人数: 30 },
    ],
    组织保障: [{ 事项类型: "共建单位", 名称或内容: "与辖区单位签订共驻共建协议（联络员：孙红 电话0551-6543210）", 数量: 5, 单位: "家" }],
  });
  expect(text).toContain("巾帼志愿服务队");
  expect(text).toContain("签订共驻共建协议");
  for (const personal of ["李秀英", "孙红", "电话", "联络员", "队长"]) expect(text).not.toContain(personal);
});

it("D5: a category with nothing rectified reads 均未整改到位 (尚未 for one), with one comma between categories", async () => {
  const text = await textOf({
    问题整改: [
      { 问题类别: "占道经营", 发现数: 30, 已整改数: 28, 单位: "处" },
      { 问题类别: "流动摊点", 发现数: 12, 已整改数: 0, 单位: "处" },
      { 问题类别: "卫生死角", 发现数: 1, 已整改数: 0, 单位: "处" },
    ],
  });
  expect(text).not.toMatch(/，，/u);
  expect(text).toMatch(/流动摊点12处均未整改到位，[^，]*卫生死角1处尚未整改到位，需持续跟进/u);
});

it("D8: 2237 rectified of 2238 is 99.9 %, never 100 %, in the text and in the 附表", async () => {
  const snapshot = await readWorkbook(await writeWorkbook(standardV1, { profile, ledgers: { 问题整改: [
    { 问题类别: "乱张贴", 发现数: 1800, 已整改数: 1800, 单位: "处" },
    { 问题类别: "占道经营", 发现数: 426, 已整改数: 426, 单位: "处" },
    { 问题类别: "流动摊点", 发现数: 12, 已整改数: 11, 单位: "处" },
  ] } }));
  const text = documentText(summarize(analyzeWorkbook(snapshot, standardV1), standardV1, { includeNames: false, today: 45500, appendix: true }).document);
  expect(text).toContain("已整改2237处，整改率为99.9%");
  expect(text).not.toMatch(/整改率为100%|总整改率\t100\b/u);
  expect(text).toMatch(/总整改率\t99\.9/u);
});
