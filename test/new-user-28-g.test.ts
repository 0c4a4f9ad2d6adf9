/**
 * New-user test 28 (docs/new-user-test-pane-28.md), defects D10, D11, D12 and D16, each as the tester typed it: a 问题类别
 * `乱停放（电动车）` that 规范数据 moved to 备注, four open kinds of problem, a twentyfold rise, and hand-numbered
 * 下一步打算 in one cell.
 */
import { join, dirname } from "node:path";
import ExcelJS from "exceljs";
import { analyzeWorkbook, comparePeriods, documentText, standardV1, summarize } from "../src/core";
import { readWorkbook } from "../src/adapters/xlsx/read-workbook";
import { writeWorkbook } from "../src/adapters/xlsx/write-workbook";
import type { WorkbookContent } from "../src/adapters/xlsx/content";
import { cli } from "./support/cli";
import { workbookFile } from "./support/files";
import { summaryTextOf } from "./support/summaries";

const community = { 单位名称: "锦绣华庭社区居民委员会", 单位类型: "社区", 报告年度: 2025, 报告期: "上半年" };
const problems = (others: Record<string, unknown>): WorkbookContent => ({
  profile: community,
  ledgers: { 问题整改: [
    { 问题类别: "乱张贴", 发现数: 12000, 已整改数: 11000, 单位: "处" },
    { 发现数: 56, 已整改数: 50, 单位: "处", ...others },
    { 问题类别: "占道堆放", 发现数: 30, 已整改数: 28, 单位: "处" },
    { 问题类别: "违章搭建", 发现数: 4, 已整改数: 2, 单位: "处" },
  ] },
});

it("D10: `乱停放（电动车）` is advised and fixed into 备注 as `电动车乱停放`, and the summary names it (never `其他问题`)", async () => {
  const typed = await workbookFile(problems({ 问题类别: "乱停放（电动车）" }), "a.xlsx");
  const check = await cli("check", typed);
  expect(check.out).toContain("错误 问题整改!A4 [value.enum] “问题类别”不能填“乱停放（电动车）”，请从下拉列表中选择：占道经营、流动摊点、乱摆卖、乱张贴、移动广告牌、占道堆放、违章搭建、卫生死角、渣土偷倒、噪音扰民、其他。不属于以上各项的请选“其他”，并把“电动车乱停放”写在“备注”中，可用“规范数据”（命令行：campaign-ledger fix 台账.xlsx -o 新文件.xlsx）改正。");
  const fixed = join(dirname(typed), "a_clean.xlsx");
  const fix = await cli("fix", typed, "-o", fixed);
  expect(fix.out + fix.err).toContain("问题整改!A4  “乱停放（电动车）” → “其他”  “乱停放（电动车）”不在下拉列表中，改为“其他”，按通常语序写作“电动车乱停放”写入备注I4");
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(fixed);
  const row = book.getWorksheet("问题整改")?.getRow(4);
  expect([row?.getCell(1).value, row?.getCell(9).value]).toEqual(["其他", "电动车乱停放"]);
  const said = "其中清理乱张贴1.1万处，整治电动车乱停放50处、占道堆放28处，拆除违章搭建2处。";
  expect(await summaryTextOf(problems({ 问题类别: "其他", 备注: "电动车乱停放" }))).toContain(said);
  // A 备注 as 规范数据 wrote it before this fix is read in the same order.
  const before = await summaryTextOf(problems({ 问题类别: "其他", 备注: "乱停放（电动车）" }));
  expect(before).toContain(said);
  expect(before).not.toContain("其他问题");
}, 60000);

it("D11: four kinds partly rectified are one total with its parts, the most left first", async () => {
  const text = await summaryTextOf(problems({ 问题类别: "其他", 备注: "电动车乱停放" }));
  expect(text).toContain("二、存在的不足\n　　尚有1010处问题未整改到位，其中乱张贴1000处、电动车乱停放6处、占道堆放2处、违章搭建2处，需持续跟进。\n");
});

it("D11: two kinds left keep their own clauses", async () => {
  const text = await summaryTextOf({ profile: community, ledgers: { 问题整改: [
    { 问题类别: "乱张贴", 发现数: 120, 已整改数: 110, 单位: "处" },
    { 问题类别: "占道堆放", 发现数: 30, 已整改数: 28, 单位: "处" },
  ] } });
  expect(text).toContain("乱张贴120处中尚有10处未整改到位，占道堆放30处中尚有2处未整改到位，需持续跟进。");
});

/** The summary of `current` compared with `previous`, 附表 included, as `summarize --previous --appendix` writes it. */
async function comparedText(current: WorkbookContent, previous: WorkbookContent): Promise<string> {
  const analysed = async (c: WorkbookContent) => analyzeWorkbook(await readWorkbook(await writeWorkbook(standardV1, c)), standardV1);
  const now = await analysed(current);
  const compared = comparePeriods(now.facts, (await analysed(previous)).facts, standardV1);
  if (!compared.ok) throw new Error(compared.message);
  return documentText(summarize(now, standardV1, { includeNames: false, today: 45900, appendix: true, comparison: compared.comparison }).document);
}

it("D12: a rise above 100 % is said in multiples, in the text and the 附表 alike (`增长19.5倍`, never `增长1949.2%`)", async () => {
  const rows = (found: number, rectified: number, carded: number): WorkbookContent => ({
    profile: { ...community, 报告年度: found > 1000 ? 2025 : 2024 },
    ledgers: {
      问题整改: [{ 问题类别: "乱张贴", 发现数: found, 已整改数: rectified, 单位: "处" }],
      宣传投放: [{ 类型: "展板", 数量: carded, 单位: "块", 方式: "新设" }],
    },
  });
  const text = await comparedText(rows(12090, 11080, 48), rows(590, 580, 40));
  expect(text).toContain("发现问题较上年同期增加11500处，增长19.5倍；整改问题增加10500处，增长18.1倍");
  expect(text).not.toMatch(/增长\d{3,}(?:\.\d)?%/u);
  expect(text).toContain("发现问题数\t12090\t处\t590\t增加11500处，增长19.5倍\n已整改数\t11080\t处\t580\t增加10500处，增长18.1倍\n");
});

describe("D16: hand-numbered items in one 文字材料 cell are points of their own, never half-stripped", () => {
  const textWith = (kind: string, content: string) => summaryTextOf({
    profile: community,
    ledgers: {
      志愿服务: [{ 队伍名称: "红马甲", 队伍类型: "党员志愿者", 注册人数: 50 }],
      文字材料: [{ 类型: kind, 内容: content }],
    },
  });
  it.each([
    ["1.加强宣传。2.完善设施。"], ["1、加强宣传；2、完善设施"], ["（1）加强宣传；（2）完善设施。"], ["①加强宣传 ②完善设施"], ["一是加强宣传，二是完善设施。"],
  ])("下一步打算 %s", async (typed) => {
    expect(await textWith("下一步打算", typed)).toContain("下一步工作打算\n　　一是加强宣传；二是完善设施。\n");
  });
  it("工作亮点, 存在不足, and a decimal that is no item", async () => {
    expect(await textWith("工作亮点", "1.打造“红色物业”品牌，物业与社区联动。2.建成楼道文化墙12处。")).toContain("　　一是打造“红色物业”品牌，物业与社区联动；二是建成楼道文化墙12处。\n");
    expect(await textWith("存在不足", "1.宣传覆盖面不广。2.志愿者年龄偏大。")).toContain("一是宣传覆盖面不广；二是志愿者年龄偏大。");
    expect(await textWith("下一步打算", "1.新增志愿者1.5万人")).toContain("新增志愿者1.5万人。");
  });
});

it("D10: only a bracket that names a kind is read before its name", async () => {
  const { wordInReadingOrder } = await import("../src/core/normalize/text");
  expect(["乱停放（电动车）", "乱堆放(楼道)", "乱张贴（含小广告）", "卫生死角（已整改）", "乱停放（电动车、自行车）"].map(wordInReadingOrder))
    .toEqual(["电动车乱停放", "楼道乱堆放", "乱张贴（含小广告）", "卫生死角（已整改）", "乱停放（电动车、自行车）"]);
});
