/** @jest-environment node */
/**
 * New-user test 65 (docs/new-user-test-pane-65.md): D1 (the 附表's 参与人数 cell of `百余` + 70 and its change state one
 * figure, the one the text's rough sums are said by), D11 (one personal honour's people are the whole 先进典型: its
 * change joins that honour, `2人获评市级“优秀医务工作者”，较上半年增加1人`, and no `增长100%` from a base of 1), D14 (86
 * typed with 表述 余: text and 附表 `80余`, as 余 follows a round figure, and check says so), D16 (`1.5万` with 表述 余 is read as the
 * 表述 says, never `视为准确数`).
 */
import { analyzeWorkbook, comparePeriods, documentText, standardV1, summarize, type Analysis } from "../src/core";
import { readWorkbook } from "../src/adapters/xlsx/read-workbook";
import { writeWorkbook } from "../src/adapters/xlsx/write-workbook";
import type { WorkbookContent } from "../src/adapters/xlsx/content";

const analysed = async (content: WorkbookContent): Promise<Analysis> => analyzeWorkbook(await readWorkbook(await writeWorkbook(standardV1, content)), standardV1);

/** The summary of `current` compared with `previous`, with the 附表. */
async function comparedText(current: WorkbookContent, previous: WorkbookContent): Promise<string> {
  const now = await analysed(current);
  const compared = comparePeriods(now.facts, (await analysed(previous)).facts, standardV1);
  if (!compared.ok) throw new Error(compared.message);
  return documentText(summarize(now, standardV1, { includeNames: false, today: 45900, appendix: true, comparison: compared.comparison }).document);
}

const appendixLine = (text: string, label: string): string | undefined => text.slice(text.indexOf("附表：主要指标统计表")).split("\n").find((l) => l.startsWith(`${label}\t`));

const hospital = (period: "上半年" | "下半年", ledgers: WorkbookContent["ledgers"]): WorkbookContent => ({
  profile: { 单位名称: "澄江县中医院", 单位类型: "企事业单位", 上级指导单位: "县卫健局", 报告年度: 2025, 报告期: period },
  ledgers,
});

describe("new-user test 65, D1: the 附表's rough sum and its change state one figure", () => {
  const h1 = hospital("上半年", {
    活动台账: [
      { 日期: "2025-03-12", 活动名称: "春季健康讲座", 活动类型: "宣传教育", 参与数量: "80余", 单位: "人" },
      { 日期: "2025-05-20", 活动名称: "控烟知识讲座", 活动类型: "宣传教育", 参与数量: 60, 单位: "人" },
    ],
  });
  const h2 = hospital("下半年", {
    活动台账: [
      { 日期: "2025-08-19", 活动名称: "中国医师节健康讲座", 活动类型: "宣传教育", 参与数量: "百余", 单位: "人" },
      { 日期: "2025-11-06", 活动名称: "冬病夏治健康讲座", 活动类型: "宣传教育", 参与数量: 70, 单位: "人" },
    ],
  });

  test("the cell is the sum said at its lower bound (`170余`, never `100余` beside `增加约30人`)", async () => {
    const text = await comparedText(h2, h1);
    expect(appendixLine(text, "参与人数（宣传教育）")?.split("\t").slice(1)).toEqual(["170余", "人", "140余", "增加约30人"]);
  });
});

describe("new-user test 65, D11: the change of 先进典型 joins its one personal honour", () => {
  const honours = (people: number): WorkbookContent["ledgers"] => ({
    先进典型: [
      { 日期: "2025-12-28", 荣誉名称: "文明科室", 级别: "本单位", 人数: 4, 备注: "评出文明科室4个" },
      { 日期: "2025-12-20", 荣誉名称: "优秀医务工作者", 级别: "市", 人数: people },
    ],
  });

  test("`2人获评市级“优秀医务工作者”，较上半年增加1人`, never `各级先进典型共2人` again nor `增长100%`", async () => {
    const text = await comparedText(hospital("下半年", honours(2)), hospital("上半年", { 先进典型: [{ 日期: "2025-05-12", 荣誉名称: "优秀医务工作者", 级别: "县", 人数: 1 }] }));
    expect(text).toContain("2人获评市级“优秀医务工作者”，较上半年增加1人；");
    expect(text).not.toContain("各级先进典型共");
    expect(text).not.toContain("增长100%");
    expect(appendixLine(text, "先进典型人数")).toBe("先进典型人数\t2\t人\t1\t增加1人");
  });

  test("people of two titles keep their total and its change; a base of 5 or more keeps its share", async () => {
    const previous = hospital("上半年", { 先进典型: [{ 日期: "2025-05-12", 荣誉名称: "优秀医务工作者", 级别: "县级", 人数: 5 }] });
    const current = hospital("下半年", { 先进典型: [
      { 日期: "2025-12-20", 荣誉名称: "优秀医务工作者", 级别: "市级", 人数: 4 },
      { 日期: "2025-12-22", 荣誉名称: "优秀护士", 级别: "县级", 人数: 3 },
    ] });
    const text = await comparedText(current, previous);
    expect(text).toContain("各级先进典型共7人，较上半年增加2人，增长40%。");
  });
});

describe("new-user test 65, D14: 86 typed with 表述 余", () => {
  const media: WorkbookContent = {
    profile: { 单位名称: "澄江县融媒体中心", 单位类型: "机关部门", 上级指导单位: "县委宣传部", 报告年度: 2025, 报告期: "第二季度" },
    ledgers: { 其他指标: [{ 板块: "宣传教育", 指标名称: "播发创文新闻稿件", 数值: 86, 单位: "篇", 表述: "余" }] },
  };

  test("the text and the 附表 say `80余` as the genre does, and check says so", async () => {
    const analysis = await analysed(media);
    const text = documentText(summarize(analysis, standardV1, { includeNames: false, today: 45900, appendix: true }).document);
    expect(text).toContain("80余篇");
    expect(appendixLine(text, "播发创文新闻稿件")).toBe("播发创文新闻稿件\t80余\t篇");
    expect(analysis.findings.filter((f) => f.rule === "value.over-not-round").map((f) => `${f.cell} ${f.message}`)).toEqual([
      "C3 数值86选了表述“余”：“余”只跟在整数之后，总结和附表写作“80余篇”；如86是准确数，请把表述改为“精确”。",
    ]);
  });
});

describe("new-user test 65, D16: `1.5万` with 表述 余 is read with the 表述", () => {
  test("the note says the row's 表述, never `视为准确数`", async () => {
    const analysis = await analysed({
      profile: { 单位名称: "澄江县烟草专卖局", 单位类型: "机关部门", 上级指导单位: "县文明办", 报告年度: 2025, 报告期: "全年" },
      ledgers: { 其他指标: [
        { 板块: "宣传教育", 指标名称: "投入创文专项经费", 数值: "1.5万", 单位: "元", 表述: "余" },
        { 板块: "宣传教育", 指标名称: "投入志愿服务经费", 数值: "2.5万", 单位: "元" },
      ] },
    });
    const notes = analysis.findings.filter((f) => f.rule === "value.as-text").map((f) => f.message);
    expect(notes).toEqual([
      expect.stringContaining("已读作15000（金额按“万”换算为元，按本行表述“余”视为约数（多于））"),
      expect.stringContaining("已读作25000（金额按“万”换算为元，视为准确数）"),
    ]);
  });
});
