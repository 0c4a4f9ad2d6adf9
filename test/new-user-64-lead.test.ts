/** @jest-environment node */
/**
 * New-user test 64 (docs/new-user-test-pane-64.md), D6, and test 63 (docs/new-user-test-pane-63.md), D10: a period started
 * by 开始下一期 compares its 附表's detail rows (problems per category, 参与人数 per activity type, 其他指标) with the
 * earlier period's from its own 上期指标 sheet, as `--previous` with the earlier workbook does — never `未比较`.
 */
import { Workbook } from "exceljs";
import { analyseLedger, comparePeriods, comparisonFor, documentText, standardV1, summarize } from "../src/core";
import { readPreviousSheet } from "../src/core/facts";
import { nextPeriodFile } from "../src/adapters/xlsx/next-period";
import { readWorkbook } from "../src/adapters/xlsx/read-workbook";
import { writeWorkbook } from "../src/adapters/xlsx/write-workbook";
import type { WorkbookContent } from "../src/adapters/xlsx/content";
import { summaryTextOf } from "./support/summaries";

const day = (y: number, m: number, d: number): Date => new Date(Date.UTC(y, m - 1, d));

const firstHalf: WorkbookContent = {
  profile: { 单位名称: "桐溪县青少年宫", 单位类型: "企事业单位", 上级指导单位: "县文明办", 报告年度: 2025, 报告期: "上半年" },
  ledgers: {
    问题整改: [
      { 问题类别: "乱张贴", 发现数: 15, 已整改数: 15, 单位: "处" },
      { 问题类别: "卫生死角", 发现数: 6, 已整改数: 5, 单位: "处" },
    ],
    活动台账: [
      { 日期: "2025-01-28", 活动名称: "春节写春联", 活动类型: "我们的节日", 参与数量: 120, 单位: "人" },
      { 日期: "2025-03-05", 活动名称: "学雷锋志愿服务", 活动类型: "志愿服务", 参与数量: 60, 单位: "人次" },
    ],
    其他指标: [
      { 板块: "宣传教育", 指标名称: "开展文明礼仪课", 数值: 36, 单位: "节" },
      { 板块: "关爱帮扶", 指标名称: "结对帮扶留守儿童", 数值: 80, 单位: "人", 表述: "余" },
    ],
  },
};

/** The second half: started by `next` from the first, then filled as the tester did. */
async function secondHalf(): Promise<Uint8Array> {
  const started = await nextPeriodFile(await writeWorkbook(standardV1, firstHalf), standardV1);
  if (!started.ok) throw new Error(started.message);
  const wb = new Workbook();
  await wb.xlsx.load(started.bytes as never);
  const rect = wb.getWorksheet("问题整改")!;
  // Row 3 is the carried 卫生死角 (1 open); this period's problems below it.
  rect.getRow(4).values = ["乱张贴", 12, 12, "处"];
  rect.getRow(5).values = ["占道堆放", 4, 4, "处"];
  const acts = wb.getWorksheet("活动台账")!;
  acts.getRow(3).values = [day(2025, 10, 1), "中秋国庆游园", "我们的节日", 140, "人"];
  const figures = wb.getWorksheet("其他指标")!;
  figures.getRow(3).values = ["宣传教育", "开展文明礼仪课", 40, "节"];
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** The 附表 lines of a summary text (after its caption). */
const appendixLines = (text: string): string[] => text.slice(text.indexOf("附表：主要指标统计表")).split("\n").filter((l) => l.includes("\t"));

describe("new-user test 64, D6: the 附表 of a period started by 开始下一期", () => {
  let embedded = "";
  let withFile = "";
  let sheet: ReturnType<typeof readPreviousSheet>;

  beforeAll(async () => {
    const snapshot = await readWorkbook(await secondHalf());
    const analysis = analyseLedger(snapshot);
    sheet = readPreviousSheet(snapshot, standardV1);
    const own = comparisonFor(analysis);
    if (!own?.ok) throw new Error("no comparison with 上期指标");
    embedded = documentText(summarize(analysis, standardV1, { includeNames: false, today: 46027, appendix: true, comparison: own.comparison }).document);
    const earlier = analyseLedger(await readWorkbook(await writeWorkbook(standardV1, firstHalf)));
    const file = comparePeriods(analysis.facts, earlier.facts, standardV1);
    if (!file.ok) throw new Error(file.message);
    withFile = documentText(summarize(analysis, standardV1, { includeNames: false, today: 46027, appendix: true, comparison: file.comparison }).document);
  }, 60000);

  it("上期指标 holds the detail rows below the indicators, under their own header", () => {
    expect(sheet?.details?.map((d) => `${d.label} ${d.figures.map((f) => `${f.value}${f.approx ? "余" : ""}${f.unit}`).join("、")}`)).toEqual([
      "发现问题（乱张贴） 15处", "已整改（乱张贴） 15处", "发现问题（卫生死角） 6处", "已整改（卫生死角） 5处",
      "参与人数（我们的节日） 120人", "参与人数（志愿服务） 60人次", "开展文明礼仪课 36节", "结对帮扶留守儿童 80余人",
    ]);
  });

  it("compares the detail rows with them, never `未比较`", () => {
    expect(embedded).not.toContain("未比较");
    const lines = appendixLines(embedded);
    expect(lines).toContain("发现问题（乱张贴）\t12\t处\t15\t减少3处，下降20%");
    expect(lines).toContain("开展文明礼仪课\t40\t节\t36\t增加4节，增长11.1%");
    expect(lines).toContain("参与人数（我们的节日）\t140\t人\t120\t增加20人，增长16.7%");
    expect(lines).toContain("发现问题（占道堆放）\t4\t处\t—\t—");
  });

  it("the detail rows say what `--previous` with the earlier workbook says", () => {
    const details = (text: string) => appendixLines(text).filter((l) => /^(?:发现问题（|已整改（|参与人数（|开展文明礼仪课)/u.test(l));
    expect(details(embedded)).toEqual(details(withFile));
  });
});

describe("new-user test 64, D4: a small unit's opening over a quarter", () => {
  const bank = (figures: Record<string, string | number>[]): WorkbookContent => ({
    profile: { 单位名称: "中国人民银行桐溪县支行", 单位简称: "县支行", 单位类型: "机关部门", 上级指导单位: "县文明办", 报告年度: 2025, 报告期: "第三季度" },
    ledgers: {
      宣传投放: [{ 类型: "宣传资料", 位置或内容: "反假货币宣传折页", 数量: "约800", 单位: "份", 方式: "发放", 日期: "2025-09-15" }],
      志愿服务: [{ 队伍名称: "县支行青年志愿服务队", 队伍类型: "青年志愿者", 注册人数: 18, 服务次数: 6, "服务时长（小时）": 48, 主要服务内容: "金融知识宣传进社区" }],
      活动台账: [
        { 日期: "2025-08-12", 活动名称: "“金融知识进万家”宣传", 活动类型: "宣传教育", 参与数量: "300余", 单位: "人次", 地点: "桂花社区" },
        { 日期: "2025-09-28", 活动名称: "中秋国庆双节慰问结对户", 活动类型: "关爱帮扶", 参与数量: 12, 单位: "户", 地点: "桂花社区" },
      ],
      其他指标: figures,
    },
  });

  it("is headed by its volunteer service (servedFirst), never by taking part in another's `周末卫生日` (told once, in the body)", async () => {
    const text = await summaryTextOf(bank([{ 板块: "组织保障", 指标名称: "参加社区“周末卫生日”", 数值: 13, 单位: "人次", 频次: "每周六" }]));
    expect(text).toContain("2025年第三季度，县支行在县文明办的指导下，开展志愿服务6次，服务时长48小时，注册志愿者达18人。现将有关情况总结如下。");
    expect(text.match(/周末卫生日/gu)).toHaveLength(1);
  });
});
