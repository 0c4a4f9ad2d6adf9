/**
 * New-user test 51 (docs/new-user-test-pane-51.md), D8 and D16: import's classifier of 活动类型 (`夜市秩序整治` → 其他,
 * `垃圾分类进社区` → 环境整治, `文明交通劝导` → 其他); D7: a nameless activity (`其他`) told as `开展1场活动。`; D17: an
 * imported ledger of 3 activities opening `县交通运输局开展创建工作。`; D15: `next` refusing an 活动台账 date error with
 * words about problems; D18: a 我们的节日 activity dated two weeks from its festival passing silently.
 */
import { importLedgers } from "../src/core/import";
import { activityKindByWords, standardV1 } from "../src/core/catalog";
import { analyzeWorkbook } from "../src/core";
import type { CellValue, SheetGrid } from "../src/core/grid/types";
import { startNextPeriod } from "../src/core/actions/next-period";
import { readWorkbook } from "../src/adapters/xlsx/read-workbook";
import { writeWorkbook } from "../src/adapters/xlsx/write-workbook";
import { summaryTextOf } from "./support/summaries";

/** The tester's own layout (docs/new-user-test-51-files/own_layout.js): merged title, activities, a problem table. */
const own: SheetGrid = {
  name: "上半年创文工作", originRow: 1, originCol: 1, tables: [], merges: ["A1:F1"],
  values: [
    ["县城管局2025年上半年创文工作情况统计表"],
    [],
    ["序号", "时间", "活动名称", "地点", "参加人数", "备注"],
    [1, "2025.3.5", "学雷锋志愿服务", "人民广场", "５０人", "老张带队"],
    [2, "2025年4月12日", "门前三包宣传", "新华路", "约80", null],
    [3, "五月二十日", "夜市秩序整治", "夜市一条街", "三十余", "联系人13811112222"],
    [4, "2025.6.31", "垃圾分类进社区", "城南社区", "百余", null],
    ["合计", null, null, null, "260", null],
  ] as readonly (readonly CellValue[])[],
};

/** The tester's CSV (docs/new-user-test-51-files/own.csv) as a sheet. */
const csv: SheetGrid = {
  name: "own", originRow: 1, originCol: 1, tables: [], merges: [],
  values: [
    ["日期", "活动", "参加人数", "地点", "备注"],
    ["2025/7/8", "文明交通劝导", "20人", "人民路口", null],
    ["2025.8.15", "七夕 \"爱在南湖\" 集体婚礼", "约60", null, "张主任主持"],
    ["2025年9月3日", "敬老院慰问", "十五", "县敬老院", "送了米和油"],
  ] as readonly (readonly CellValue[])[],
};

describe("D8, D16: 活动类型 read from an activity's words", () => {
  it("files 整治 of an order as 环境整治, X进社区 as 宣传教育, 劝导 as 志愿服务", () => {
    const { result } = importLedgers([{ label: "own_layout.xlsx", snapshot: { sheets: [own] } }], { unitName: "县城管局", unitType: "机关部门", year: 2025, period: "上半年" });
    expect(result.guesses.filter((g) => g.field === "活动类型").map((g) => `${g.destination} ${g.value}：${g.basis}`)).toEqual([
      "活动台账!C3 志愿服务：按“学雷锋志愿服务”归为志愿服务",
      "活动台账!C4 宣传教育：按“门前三包宣传”归为宣传教育",
      "活动台账!C5 环境整治：按“夜市秩序整治”归为环境整治",
      "活动台账!C6 宣传教育：按“垃圾分类进社区”归为宣传教育",
    ]);
    const csvImport = importLedgers([{ label: "own.csv", snapshot: { sheets: [csv] } }], { unitName: "县交通运输局", unitType: "机关部门", year: 2025, period: "第三季度" }).result;
    expect(csvImport.guesses.filter((g) => g.field === "活动类型").map((g) => `${g.value}`)).toEqual(["志愿服务", "我们的节日", "关爱帮扶"]);
  });

  it("reads the class, not the one phrase", () => {
    const kinds = ["占道经营整治", "市容秩序集中整顿", "背街小巷环境整治", "校园周边秩序治理", "河道清理", "禁毒宣传进校园", "文明礼仪进家庭", "反诈知识进企业", "志愿服务进社区", "文明餐桌劝导", "文明出行引导", "纪律作风整顿"]
      .map((w) => `${w}→${activityKindByWords(standardV1, w) ?? "无"}`);
    expect(kinds).toEqual([
      "占道经营整治→环境整治", "市容秩序集中整顿→环境整治", "背街小巷环境整治→环境整治", "校园周边秩序治理→环境整治", "河道清理→环境整治",
      "禁毒宣传进校园→宣传教育", "文明礼仪进家庭→宣传教育", "反诈知识进企业→宣传教育", "志愿服务进社区→志愿服务",
      "文明餐桌劝导→志愿服务", "文明出行引导→志愿服务", "纪律作风整顿→无",
    ]);
  });
});

describe("D7: a nameless activity has no sentence of its own", () => {
  // Since review run 31 (AU, t59-library item 2) a row named and typed 其他 that tells nothing else is no event and is not
  // counted either (catalog isEmptyActivityRow): 各类活动4场, as the 附表's 活动场次.
  it("leaves `开展1场活动。` out of 其他创建工作 and out of the count (never 各类活动5场)", async () => {
    const text = await summaryTextOf({
      profile: { 单位名称: "县供电公司", 单位类型: "企事业单位", 报告年度: 2025, 报告期: "上半年" },
      ledgers: {
        活动台账: [
          { 日期: "2025-03-05", 活动名称: "学雷锋电力志愿服务进社区", 活动类型: "志愿服务", 参与数量: 20 },
          { 日期: "2025-04-10", 活动名称: "安全用电进校园", 活动类型: "宣传教育", 参与数量: 200 },
          { 日期: "2025-05-12", 活动名称: "防灾减灾日安全用电宣传", 活动类型: "宣传教育", 参与数量: 80 },
          { 日期: "2025-06-05", 活动名称: "世界环境日节能宣传", 活动类型: "宣传教育", 参与数量: 60 },
          { 日期: "2025-06-20", 活动名称: "其他", 活动类型: "其他" },
        ],
        其他指标: [{ 板块: "其他", 指标名称: "受理客户投诉", 数值: 12, 单位: "件" }],
      },
    });
    expect(text).not.toMatch(/开展1场活动/u);
    expect(text).not.toMatch(/各类活动5场/u);
    expect(text).not.toMatch(/开展活动1场/u);
  });
});

describe("D17: the opening of a ledger of activities alone gives their count", () => {
  it("says `开展各类活动3场`", async () => {
    const text = await summaryTextOf({
      profile: { 单位名称: "县交通运输局", 单位类型: "机关部门", 报告年度: 2025, 报告期: "第三季度" },
      ledgers: {
        活动台账: [
          { 日期: "2025-07-08", 活动名称: "文明交通劝导", 活动类型: "志愿服务", 参与数量: 20, 地点: "人民路口" },
          { 日期: "2025-08-29", 活动名称: "七夕“爱在南湖”集体婚礼", 活动类型: "我们的节日", 参与数量: "约60" },
          { 日期: "2025-09-03", 活动名称: "敬老院慰问", 活动类型: "关爱帮扶", 参与数量: 15, 地点: "县敬老院" },
        ],
      },
    });
    expect(text.split("\n").find((l) => l.startsWith("　　2025年"))).toBe("　　2025年第三季度，县交通运输局开展各类活动3场。现将有关情况总结如下。");
  });
});

describe("D15: next's refusal says what the errors touch", () => {
  it("an 活动台账 date error: the 活动场次 put in 上期指标, no word of problems", async () => {
    const snapshot = await readWorkbook(await writeWorkbook(standardV1, {
      profile: { 单位名称: "县市场监管局", 单位类型: "机关部门", 报告年度: 2025, 报告期: "上半年" },
      ledgers: {
        活动台账: [
          { 日期: "2025-03-15", 活动名称: "消费者权益日宣传", 活动类型: "宣传教育", 参与数量: 80 },
          { 日期: "2025.13.5", 活动名称: "食品安全进市场", 活动类型: "宣传教育", 参与数量: 50 },
        ],
      },
    }));
    const result = startNextPeriod(snapshot, standardV1);
    expect(result.ok ? "" : `${result.reason} ${result.message}`).toBe(
      // Only the indicators its row feeds (new-user test 69, D12): a 宣传教育 activity is counted in 活动场次 alone.
      "errors 本台账有1个错误（活动台账!A4），开始下一期会把按有错的数据算出的活动场次存入“上期指标”；请先改正，再开始下一期。",
    );
  });
});

describe("D18: a 我们的节日 celebration dated two weeks from its festival", () => {
  it("warns at the 日期 with the festival's date; a 慰问 before 中秋 and a celebration on the day pass", async () => {
    const snapshot = await readWorkbook(await writeWorkbook(standardV1, {
      profile: { 单位名称: "南湖村", 单位类型: "村", 报告年度: 2025, 报告期: "第三季度" },
      ledgers: {
        活动台账: [
          { 日期: "2025-08-15", 活动名称: "七夕“爱在南湖”集体婚礼", 活动类型: "我们的节日", 参与数量: 60 },
          { 日期: "2025-09-06", 活动名称: "中秋“邻里一家亲”联欢会", 活动类型: "我们的节日", 参与数量: 100 },
          { 日期: "2025-09-20", 活动名称: "中秋走访慰问困难群众", 活动类型: "我们的节日", 参与数量: 12 },
          { 日期: "2025-08-29", 活动名称: "七夕乞巧手工", 活动类型: "我们的节日", 参与数量: 30 },
        ],
      },
    }));
    const found = analyzeWorkbook(snapshot, standardV1).findings.filter((f) => f.rule === "activity.festival-date").map((f) => `${f.sheet}!${f.cell} ${f.message}`);
    expect(found).toEqual([
      "活动台账!A3 “七夕“爱在南湖”集体婚礼”的日期2025年8月15日离七夕节（2025年8月29日）较远，请核对日期或年份。",
      "活动台账!A4 “中秋“邻里一家亲”联欢会”的日期2025年9月6日离中秋节（2025年10月6日）较远，请核对日期或年份。",
    ]);
  });
});
