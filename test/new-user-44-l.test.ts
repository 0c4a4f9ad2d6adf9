/**
 * New-user test 44 (docs/new-user-test-pane-44.md), D9 (the part left open): a 工作亮点 or 存在不足 row typed by staff
 * that states a figure the ledger already gives said it twice —
 * c_scenic `改造旅游厕所6座` in 设施配套 and again in the 亮点 (`推进“厕所革命”，改造旅游厕所6座`);
 * e_laocheng `违章搭建尚有6处未拆除` typed as 存在不足 beside the ledger's `违章搭建15处中尚有6处未整改到位`.
 * Each figure is now said once: by the staff's row, which holds its purpose or its reason too; the ledger's clause
 * goes only when the row states the same thing with the same figure.
 */
import { analyzeWorkbook, standardV1, summarize } from "../src/core";
import { readWorkbook } from "../src/adapters/xlsx/read-workbook";
import { writeWorkbook } from "../src/adapters/xlsx/write-workbook";
import { summaryTextOf } from "./support/summaries";

const scenic = (highlight: string) => ({
  profile: { 单位名称: "青山风景区管理处", 单位类型: "企事业单位", 上级指导单位: "区文旅局", 报告年度: 2025, 报告期: "第三季度", 成文日期: "2025年10月10日" },
  ledgers: {
    问题整改: [{ 问题类别: "卫生死角", 发现数: "38", 已整改数: "38", 单位: "处" }],
    其他指标: [
      { 板块: "设施建设", 指标名称: "改造旅游厕所", 数值: "6", 单位: "座" },
      { 板块: "设施建设", 指标名称: "新增第三卫生间", 数值: 2, 单位: "个" },
    ],
    文字材料: [{ 类型: "工作亮点", 内容: highlight }],
  },
});

it("D9: a 亮点 that states a 其他指标 figure tells it once, with its purpose", async () => {
  const text = await summaryTextOf(scenic("推进“厕所革命”，改造旅游厕所6座"));
  expect(text).toContain("新增第三卫生间2个。");
  expect(text).not.toContain("改造旅游厕所6座，新增第三卫生间2个");
  expect(text).toContain("推进“厕所革命”，改造旅游厕所6座。");
  expect(text.match(/旅游厕所6座/gu)?.length).toBe(1);
});

it("D9: the 亮点 that tells a 其他指标 figure is traced to that row's cell too", async () => {
  const { document } = summarize(analyzeWorkbook(await readWorkbook(await writeWorkbook(standardV1, scenic("推进“厕所革命”，改造旅游厕所6座"))), standardV1), standardV1, { includeNames: false, today: 45900 });
  const runs = document.blocks.flatMap((b) => (b.kind === "paragraph" ? b.runs : []));
  const told = runs.find((r) => r.text.includes("改造旅游厕所6座"));
  expect(told?.sources).toEqual(["文字材料!B3", "其他指标!C3"]);
});

it("D9: a 亮点 with another figure for the same thing leaves the ledger's figure in place", async () => {
  const text = await summaryTextOf(scenic("推进“厕所革命”，改造旅游厕所4座"));
  expect(text).toContain("改造旅游厕所6座，新增第三卫生间2个。");
  expect(text).toContain("推进“厕所革命”，改造旅游厕所4座。");
});

const oldTown = (shortcoming: string) => ({
  profile: { 单位名称: "老城社区居委会", 单位类型: "社区", 上级指导单位: "城关街道", 报告年度: 2025, 报告期: "上半年", 户数: 2000, 常住人口: 6800, 成文日期: "2025年7月5日" },
  ledgers: {
    问题整改: [
      { 问题类别: "占道经营", 发现数: "80", 已整改数: "70", 单位: "处"},
      { 问题类别: "违章搭建", 发现数: "15", 已整改数: "9", 单位: "处" },
    ],
    文字材料: [{ 类型: "存在不足", 内容: shortcoming }],
  },
});

it("D9: a 存在不足 row that states what is still open of a problem is the one mention of it", async () => {
  const text = await summaryTextOf(oldTown("违章搭建尚有6处未拆除，拆除难度较大"));
  const gaps = text.split("存在的不足\n")[1].split("\n")[0];
  expect(gaps).toBe("　　一是违章搭建尚有6处未拆除，拆除难度较大；二是占道经营80处中尚有10处未整改到位，需持续跟进。");
});

it("D9: a 存在不足 row with another figure leaves the ledger's open problems in place", async () => {
  const text = await summaryTextOf(oldTown("违章搭建尚有4处未拆除，拆除难度较大"));
  const gaps = text.split("存在的不足\n")[1].split("\n")[0];
  expect(gaps).toContain("违章搭建15处中尚有6处未整改到位");
  expect(gaps).toContain("违章搭建尚有4处未拆除，拆除难度较大");
});

it("D9: a row with a 频次 of its own stays in its section beside a 亮点 that repeats its figure", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "老城社区居委会", 单位类型: "社区", 报告年度: 2025, 报告期: "上半年", 成文日期: "2025年7月5日" },
    ledgers: {
      其他指标: [{ 板块: "道德建设", 指标名称: "开展道德讲堂", 数值: 12, 单位: "期", 频次: "每月2期" }],
      文字材料: [{ 类型: "工作亮点", 内容: "打造“老城讲堂”品牌，开展道德讲堂12期" }],
    },
  });
  expect(text).toContain("每月开展道德讲堂2期");
  expect(text).toContain("打造“老城讲堂”品牌，开展道德讲堂12期。");
});
