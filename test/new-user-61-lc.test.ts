/**
 * New-user test 61 (docs/new-user-test-pane-61.md), D4, D7, D8, D9, D10: a subtotal of participants never said before a list whose
 * parts mix rough (300余) and exact (12) figures; placeholder (`其他`) and copied-down (`同上`) rows never told as things;
 * D11: an imported sheet titled `…2025年清明节文明祭扫工作台账` with `统计时间：2025年3月20日—4月10日` is that 专项.
 */
import { analyzeWorkbook, standardV1 } from "../src/core";
import { readWorkbook } from "../src/adapters/xlsx/read-workbook";
import { writeWorkbook } from "../src/adapters/xlsx/write-workbook";
import type { WorkbookContent } from "../src/adapters/xlsx/content";
import { importLedgers, importReport } from "../src/core/import";
import type { CellValue, SheetGrid } from "../src/core/grid/types";
import { summaryTextOf } from "./support/summaries";

const placeholders = async (content: WorkbookContent): Promise<string[]> =>
  analyzeWorkbook(await readWorkbook(await writeWorkbook(standardV1, content)), standardV1).findings.filter((f) => f.rule === "text.placeholder").map((f) => `${f.sheet}!${f.cell} ${f.message}`);

const funeral = { 单位名称: "青川县殡仪馆", 单位类型: "企事业单位", 上级指导单位: "县民政局", 报告年度: 2025, 报告期: "上半年" };

it("D4: `共开展2场活动：……参与300余人；……参与12人`, never a subtotal `参与300余人：` the parts do not add up to", async () => {
  const text = await summaryTextOf({
    profile: funeral,
    ledgers: {
      活动台账: [
        { 日期: "2025-04-01", 活动名称: "“鲜花换纸钱”活动", 活动类型: "其他", 参与数量: "三百余", 单位: "人", 地点: "县公墓" },
        { 日期: "2025-04-08", 活动名称: "公益生态安葬仪式", 活动类型: "其他", 参与数量: 12, 单位: "人", 地点: "生态园" },
      ],
    },
  });
  expect(text).toContain("共开展2场活动：4月1日在县公墓开展“鲜花换纸钱”活动，参与300余人；4月8日在生态园举行公益生态安葬仪式，参与12人。");
  expect(text).not.toContain("参与300余人：");
});

it("D4: parts all exact keep their subtotal before the list", async () => {
  const text = await summaryTextOf({
    profile: funeral,
    ledgers: {
      活动台账: [
        { 日期: "2025-04-01", 活动名称: "“鲜花换纸钱”活动", 活动类型: "其他", 参与数量: 300, 单位: "人", 地点: "县公墓" },
        { 日期: "2025-04-08", 活动名称: "公益生态安葬仪式", 活动类型: "其他", 参与数量: 12, 单位: "人", 地点: "生态园" },
      ],
    },
  });
  expect(text).toContain("共开展2场活动，参与312人：4月1日在县公墓开展“鲜花换纸钱”活动，参与300人；4月8日在生态园举行公益生态安葬仪式，参与12人。");
});

const museum = { 单位名称: "青川县博物馆", 单位简称: "我馆", 单位类型: "企事业单位", 上级指导单位: "县文明办", 报告年度: 2025, 报告期: "全年" };

it("D7: a 宣传投放 row typed 其他 at 位置或内容 `其他` is told nowhere (never `和其他5个`); check says so at the cell", async () => {
  const content: WorkbookContent = {
    profile: museum,
    ledgers: {
      宣传投放: [
        { 类型: "电子屏", 位置或内容: "大厅LED屏滚动播放社会主义核心价值观", 数量: 2, 单位: "块", 方式: "新设" },
        { 类型: "展板", 位置或内容: "文明旅游展板", 数量: 20, 单位: "块", 方式: "新设" },
        { 类型: "宣传资料", 位置或内容: "文明参观倡议书、讲解手册", 数量: 2000, 单位: "份", 方式: "发放" },
        { 类型: "其他", 位置或内容: "其他", 数量: 5, 单位: "个" },
      ],
    },
  };
  const text = await summaryTextOf(content);
  expect(text).toContain("设置文明旅游展板20块，发放");
  expect(text).not.toContain("其他5个");
  expect(text).not.toContain("其他宣传品");
  expect(await placeholders(content)).toEqual(["宣传投放!B6 位置或内容“其他”不是具体内容：总结不写这一格，请写明实际内容。"]);
});

it("D8: a 工作机制 row at `同上` is never `建立工作机制。`; a bare 其他 problem is in the total only, what is left `尚有1处问题`", async () => {
  const text = await summaryTextOf({
    profile: { ...museum, 报告期: "下半年" },
    ledgers: {
      组织保障: [
        { 事项类型: "领导小组", 名称或内容: "成立创文领导小组", 数量: 1, 单位: "个", 日期: "2025-07-03" },
        { 事项类型: "工作机制", 名称或内容: "同上", 数量: 1, 单位: "项" },
      ],
      问题整改: [
        { 问题类别: "其他", 发现数: 3, 已整改数: 2, 单位: "处", 备注: "说了好几次" },
        { 问题类别: "占道堆放", 发现数: 2, 已整改数: 2, 单位: "处" },
      ],
    },
  });
  expect(text).toContain("成立创文领导小组");
  expect(text).not.toContain("建立工作机制");
  expect(text).toContain("已整改4处，整改率为80%。");
  expect(text).not.toContain("其他问题2处");
  expect(text).toContain("尚有1处问题未整改到位，需持续跟进。");
  expect(text).not.toContain("其他问题3处中");
});

const toll = { 单位名称: "G93成渝环线高速青川收费站", 单位简称: "收费站", 单位类型: "企事业单位", 上级指导单位: "县文明办", 报告年度: 2025, 报告期: "下半年" };

it("D9: `每天早上开班前会讲文明服务` 180次 每日 is a meeting held and what it stresses, never copied", async () => {
  const text = await summaryTextOf({
    profile: toll,
    ledgers: { 组织保障: [{ 事项类型: "其他", 名称或内容: "每天早上开班前会讲文明服务", 数量: 180, 单位: "次", 频次: "每日" }] },
  });
  expect(text).toContain("坚持每日召开班前会，累计召开180次，强调文明服务。");
  expect(text).not.toContain("开班前会讲文明服务");
});

it("D10: an 活动名称 `同上` is the activity of the row above, never `开展活动1场`", async () => {
  const text = await summaryTextOf({
    profile: toll,
    ledgers: {
      活动台账: [
        { 日期: "2025-10-01", 活动名称: "国庆“文明出行”宣传", 活动类型: "宣传教育", 参与数量: 300, 单位: "人次" },
        { 日期: "2025-10-02", 活动名称: "同上", 活动类型: "宣传教育", 参与数量: 250, 单位: "人次" },
      ],
    },
  });
  expect(text).not.toContain("开展活动1场");
  expect(text).not.toContain("同上");
  expect(text).toContain("先后开展2场宣传教育活动，累计参与550人次，以“国庆‘文明出行’宣传”为主题。");
});

it("D10: check says what `同上` as an 活动名称 was read as", async () => {
  const found = await placeholders({
    profile: toll,
    ledgers: {
      活动台账: [
        { 日期: "2025-10-01", 活动名称: "国庆“文明出行”宣传", 活动类型: "宣传教育", 参与数量: 300, 单位: "人次" },
        { 日期: "2025-10-02", 活动名称: "同上", 活动类型: "宣传教育", 参与数量: 250, 单位: "人次" },
      ],
    },
  });
  expect(found).toEqual(["活动台账!B4 活动名称“同上”不是具体名称，总结按上面一行的“国庆“文明出行”宣传”写作同一活动；如不是同一活动，请填写活动的实际名称。"]);
});

/** The 殡仪馆's own sheet as the tester typed it (docs/new-user-test-61-files/funeral.js), a few rows. */
const funeralSheet: SheetGrid = {
  name: "清明祭扫", originRow: 1, originCol: 1, tables: [], merges: ["A1:G1"],
  values: [
    ["青川县殡仪馆2025年清明节文明祭扫工作台账"],
    ["填报单位：青川县殡仪馆", "", "", "", "统计时间：2025年3月20日—4月10日"],
    ["序号", "日期", "工作内容", "参与人数", "地点", "备注"],
    [1, "2025.3.28", "文明祭扫倡议书进社区", "约500", "城区各社区", "发放倡议书两千份"],
    [2, "2025.4.1", "“鲜花换纸钱”活动", "三百余", "县公墓", ""],
    [3, "2025.4.5", "文明祭扫志愿服务", "80", "县公墓", "志愿者引导停车、劝导焚烧"],
  ] as readonly (readonly CellValue[])[],
};

it("D11: import reads the 专项 from the title's festival campaign and its 统计时间 line", () => {
  const run = importLedgers([{ label: "funeral-own.xlsx", snapshot: { sheets: [funeralSheet] } }], {});
  const profile = run.result.content.profile as Record<string, unknown>;
  expect([profile["报告期"], profile["起始日期"], profile["截止日期"], profile["专项名称"]]).toEqual(["专项", { date: "2025-03-20" }, { date: "2025-04-10" }, "清明节文明祭扫"]);
  expect(importReport(run).filter((l) => /基本信息!B(?:9|17) /u.test(l))).toEqual([
    "  基本信息!B9 报告期＝专项：标题中的“清明节文明祭扫”，时间为2025年3月20日至4月10日（不足三个月），按专项工作推断（依据 清明祭扫!A1）",
    "  基本信息!B17 专项名称＝清明节文明祭扫：按标题中的“清明节文明祭扫”填写",
  ]);
});
