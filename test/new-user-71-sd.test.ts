/** @jest-environment node */
/**
 * New-user test 71 (docs/new-user-test-pane-71.md): D12 (the 附表 lists every 宣传投放 category the text tells), D5 (a
 * training figure goes with the training point), D10 (a lead never says whom the row does not say), D9 (a 群团组织's heading
 * fits what its environment section holds). D1 (an area never becomes a count) is in new-user-71-lows.test.ts.
 */
import { analyzeWorkbook, documentText, standardV1, summarize } from "../src/core";
import { appendixDetails } from "../src/core/narrative";
import { readWorkbook } from "../src/adapters/xlsx/read-workbook";
import { writeWorkbook } from "../src/adapters/xlsx/write-workbook";
import type { WorkbookContent } from "../src/adapters/xlsx/content";
import { summaryTextOf } from "./support/summaries";

async function withAppendix(content: WorkbookContent): Promise<{ text: string; details: string[] }> {
  const analysis = analyzeWorkbook(await readWorkbook(await writeWorkbook(standardV1, content)), standardV1);
  const text = documentText(summarize(analysis, standardV1, { includeNames: false, today: 45900, appendix: true }).document);
  return { text, details: appendixDetails(analysis.facts).map((d) => `${d.label}\t${d.figures.map((f) => f.value).join("、")}\t${d.unit}`) };
}

const company = { 单位名称: "青石县华泰机械制造有限公司", 单位类型: "企事业单位", 报告年度: 2025, 报告期: "第三季度" } as const;

/** D12: `悬挂横幅20条` in the text, and no row of it in the 附表. */
describe("new-user test 71, D12: the 附表 lists the 宣传投放 the text tells", () => {
  test("横幅 20条 beside 宣传栏 and 宣传资料", async () => {
    const { text, details } = await withAppendix({
      profile: company,
      ledgers: {
        宣传投放: [
          { 类型: "宣传栏", 位置或内容: "厂区文明宣传栏", 数量: 8, 单位: "块", 方式: "新设", "投入金额（元）": 2400, 日期: "2025-07-15" },
          { 类型: "横幅", 位置或内容: "安全生产月横幅", 数量: 20, 单位: "条", 方式: "新设", 日期: "2025-07-01" },
          { 类型: "宣传资料", 位置或内容: "职工文明手册", 数量: 600, 单位: "份", 方式: "发放", 日期: "2025-08-01" },
        ],
      },
    });
    expect(text).toContain("悬挂横幅20条");
    expect(text).toContain("宣传投放（横幅）\t20\t条");
    expect(details).toContain("宣传投放（横幅）\t20\t条");
    // Those the indicators list already are not listed twice.
    expect(text).not.toContain("宣传投放（宣传栏）");
    expect(text).not.toContain("宣传投放（宣传资料）");
  });
});

/** D5: `此外，举办安全生产培训4次` under `开展职工文体活动`. */
describe("new-user test 71, D5: a training figure goes with the training point", () => {
  test("安全生产培训 4次 (板块 其他) joins 职工培训", async () => {
    const text = await summaryTextOf({
      profile: company,
      ledgers: {
        活动台账: [
          { 日期: "2025-08-15", 活动名称: "职工文明素养培训", 活动类型: "会议培训", 参与数量: 200, 单位: "人次", 地点: "公司大会议室" },
          { 日期: "2025-09-30", 活动名称: "安全生产知识竞赛", 活动类型: "文体活动", 参与数量: 60, 单位: "人", 地点: "职工之家" },
        ],
        其他指标: [{ 板块: "其他", 指标名称: "安全生产培训", 数值: 4, 单位: "次" }],
      },
    });
    expect(text).not.toContain("此外，举办安全生产培训4次");
    const training = text.split("\n").find((l) => l.includes("职工文明素养培训")) ?? "";
    expect(training).toContain("安全生产培训4次");
  });
});

/** D10: a 驾校's training of its 学员 told under `职工培训`. */
describe("new-user test 71, D10: a training that names no staff is no 职工培训", () => {
  test("驾校 主题培训", async () => {
    const text = await summaryTextOf({
      profile: { 单位名称: "青石县安达驾驶员培训学校", 单位类型: "企事业单位", 报告年度: 2025, 报告期: "上半年" },
      ledgers: {
        组织保障: [{ 事项类型: "领导小组", 名称或内容: "成立创文工作领导小组", 日期: "2025-02-01" }],
        活动台账: [{ 日期: "2025-04-15", 活动名称: "“文明驾驶 礼让斑马线”主题培训", 活动类型: "会议培训", 参与数量: "800余", 单位: "人次" }],
      },
    });
    expect(text).not.toContain("职工培训。4月15日");
    expect(text).toContain("是学习提升。4月15日开展“文明驾驶 礼让斑马线”主题培训，参与800余人次。");
  });
  test("a company's staff training keeps 职工培训", async () => {
    const text = await summaryTextOf({
      profile: company,
      ledgers: {
        组织保障: [{ 事项类型: "领导小组", 名称或内容: "成立创文工作领导小组", 日期: "2025-07-03" }],
        活动台账: [{ 日期: "2025-08-15", 活动名称: "职工文明素养培训", 活动类型: "会议培训", 参与数量: 200, 单位: "人次" }],
      },
    });
    expect(text).toContain("是职工培训。8月15日");
  });
});

/** D9: a 科协 whose problems are its own office's under `组织群众参与，改善城乡环境`. */
describe("new-user test 71, D9: a 群团组织's problems alone organise no 群众", () => {
  const kexie = { 单位名称: "青石县科学技术协会", 单位简称: "县科协", 单位类型: "群团组织", 报告年度: 2025, 报告期: "全年" } as const;
  const problems = [
    { 问题类别: "乱张贴", 发现数: 12, 已整改数: 12, 单位: "处", 责任单位: "县科协办公室" },
    { 问题类别: "卫生死角", 发现数: 5, 已整改数: 3, 单位: "处", 责任单位: "机关后勤" },
  ];
  test("problems only", async () => {
    const text = await summaryTextOf({ profile: kexie, ledgers: { 问题整改: problems } });
    expect(text).not.toContain("组织群众参与");
    expect(text).toContain("、抓好问题整改，改善环境面貌\n");
  });
  test("with a 环境整治 activity of the 群众 it stays", async () => {
    const text = await summaryTextOf({
      profile: kexie,
      ledgers: { 问题整改: problems, 活动台账: [{ 日期: "2025-03-12", 活动名称: "科技志愿者清洁家园行动", 活动类型: "环境整治", 参与数量: 300, 单位: "人次", 地点: "城关社区" }] },
    });
    expect(text).toContain("组织群众参与，改善城乡环境");
  });
});
