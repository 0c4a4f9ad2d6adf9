/**
 * New-user test 54 (docs/new-user-test-pane-54.md), the roll-up: D11 (the opening names a unit that held no activity;
 * `上述各单位` pointing back to nothing in its section) and D17 (`执法大队` by its 单位简称 beside `县环卫所`, `县市政公司`);
 * D16 (宣传投放 日期 `2025年2月` an error while 活动台账 `2025.8` is a 提示: a year-month is read alike in every date column);
 * D12, the import half (a bare `2000` under 参加人数, whose other cells say 人次, given 人 with no 推断 listed).
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { analyzeWorkbook, standardV1 } from "../src/core";
import { readWorkbook } from "../src/adapters/xlsx/read-workbook";
import { summaryTextOf } from "./support/summaries";
import { importLedgers } from "../src/core/import";
import { writeWorkbook } from "../src/adapters/xlsx/write-workbook";
import type { SeedValue } from "../src/adapters/xlsx/content";
import { cli } from "./support/cli";
import type { Ledgers } from "./support/rollup";

jest.setTimeout(90000);

type Unit = readonly [Record<string, SeedValue>, Ledgers];

/** The CLI's roll-up of `units` (each `[基本信息, ledgers]`) into 县城市管理局 (机关部门), and the summary text. */
async function rolledUp(units: readonly Unit[], ...extra: string[]): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), "nu54-bd-"));
  const files = await Promise.all(units.map(async ([profile, ledgers], i) => {
    const file = join(dir, `${i}.xlsx`);
    writeFileSync(file, await writeWorkbook(standardV1, { profile: { 报告年度: 2025, 报告期: "上半年", ...profile }, ledgers }));
    return file;
  }));
  const out = join(dir, "汇总.xlsx");
  await cli("rollup", ...files, "-o", out, "--unit", "县城市管理局", "--type", "机关部门", ...extra);
  return (await cli("summarize", out, "-o", dir, "--text", "-", ...extra)).out;
}

const own: Unit = [{ 单位名称: "县城市管理局", 单位简称: "我局", 单位类型: "机关部门", 上级指导单位: "县文明办" }, {
  组织保障: [{ 事项类型: "领导小组", 名称或内容: "局创文工作领导小组", 日期: "2025.1.10" }],
  问题整改: [{ 问题类别: "占道经营", 发现数: 36, 已整改数: 36, 单位: "处", 责任单位: "执法大队" }],
  活动台账: [{ 日期: "2025.3.5", 活动名称: "城管进社区学雷锋", 活动类型: "志愿服务", 参与数量: 50, 单位: "人" }],
}];
const sanitation: Unit = [{ 单位名称: "县环卫所", 单位类型: "企事业单位", 上级指导单位: "县城市管理局" }, {
  问题整改: [{ 问题类别: "卫生死角", 发现数: 120, 已整改数: "百余", 单位: "处" }, { 问题类别: "渣土偷倒", 发现数: 8, 已整改数: 8, 单位: "起" }],
  活动台账: [{ 日期: "2025年5月12日", 活动名称: "全民大扫除", 活动类型: "环境整治", 参与数量: "三百余", 单位: "人次" }],
  其他指标: [{ 板块: "环境整治", 指标名称: "清扫保洁道路", 数值: "约46", 单位: "万平方米" }],
}];
const enforcement = (bad: boolean): Unit => [{ 单位名称: "县城市管理综合执法大队", 单位简称: "执法大队", 单位类型: "机关部门", 上级指导单位: "县城市管理局" }, {
  问题整改: [{ 问题类别: "流动摊点", 发现数: 80, 已整改数: bad ? 90 : 80, 单位: "处" }],
  活动台账: [{ 日期: "2025.4.20", 活动名称: "夜市专项整治", 活动类型: "环境整治", 参与数量: 60, 单位: "人次" }],
  其他指标: [{ 板块: "环境整治", 指标名称: "出动执法人员", 数值: "3,600", 单位: "人次" }],
}];
const municipal: Unit = [{ 单位名称: "县市政公司", 单位类型: "企事业单位", 上级指导单位: "县城市管理局" }, {
  其他指标: [{ 板块: "设施建设", 指标名称: "修复破损人行道", 数值: 1200, 单位: "平方米" }],
}];

it("D11: the opening names only the units that held activities; the problems' total names who found them (`我局及县环卫所共`), never `上述各单位`", async () => {
  const text = await rolledUp([own, sanitation, enforcement(true), municipal]);
  expect(text).toContain("统筹系统内各单位推进创建工作。我局及县环卫所共开展各类活动2场。现将有关情况总结如下。");
  expect(text).toContain("一是抓好问题排查整改。我局及县环卫所共排查发现卫生死角和占道经营问题156处");
  expect(text).not.toContain("上述");
});

it("D17: a unit's 单位简称 that drops its name's place (`执法大队`) gives way to its 单位名称 when other units are named in full", async () => {
  const text = await rolledUp([own, sanitation, enforcement(false), municipal]);
  expect(text).toContain("县环卫所清扫保洁道路约46万平方米。县城市管理综合执法大队出动执法人员3600人次。");
  expect(text).toContain("县城市管理综合执法大队整改率达100%。");
  expect(text).toContain("\n县城市管理综合执法大队\t1场\t");
  expect(text).not.toMatch(/(?<!综合)执法大队[^\n]*\t/u);
});

it("D17: without its 单位简称 the unit is named in full, never cut at `县城市` as if that were a place (`市管理综合执法大队`)", async () => {
  const [profile, ledgers] = enforcement(false);
  const { 单位简称: _short, ...unnamed } = profile;
  const text = await rolledUp([own, sanitation, [unnamed, ledgers], municipal]);
  expect(text).toContain("县城市管理综合执法大队出动执法人员3600人次。");
  expect(text).not.toMatch(/(?<!县城)市管理综合执法大队/u);
});

describe("D16: a year-month in any ledger's date column", () => {
  const content = {
    profile: { 单位名称: "青山镇人民政府", 单位类型: "乡镇", 报告年度: 2025, 报告期: "全年" },
    ledgers: {
      组织保障: [{ 事项类型: "领导小组", 名称或内容: "镇创建工作领导小组", 日期: "2025年3月" }],
      宣传投放: [{ 类型: "宣传栏", 位置或内容: "镇区主干道", 数量: 12, 单位: "块", 日期: "2025年2月" }],
      问题整改: [{ 问题类别: "卫生死角", 发现数: 20, 已整改数: 20, 单位: "处", 整改时限: "2025.6" }],
      活动台账: [{ 日期: "2025.8", 活动名称: "环境卫生大扫除", 活动类型: "环境整治", 参与数量: 60, 单位: "人次" }],
    },
  };

  it("is read as that month with a 提示 (value.month-only), never 无法识别为日期", async () => {
    const analysis = analyzeWorkbook(await readWorkbook(await writeWorkbook(standardV1, content)), standardV1);
    const told = analysis.findings.filter((f) => f.rule.startsWith("value.")).map((f) => `${f.severity} ${f.rule} ${f.sheet}!${f.cell} ${f.message}`);
    expect(told).toEqual([
      "warning value.month-only 组织保障!E3 “日期”只填了年月“2025年3月”，已按2025年3月处理（不补具体日期）。",
      "warning value.month-only 宣传投放!G3 “日期”只填了年月“2025年2月”，已按2025年2月处理（不补具体日期）。",
      "warning value.month-only 问题整改!G3 “整改时限”只填了年月“2025.6”，已按2025年6月处理（不补具体日期）。",
      "warning value.month-only 活动台账!A3 “日期”只填了年月“2025.8”，已按2025年8月处理（不补具体日期）。",
    ]);
  });

  it("invents no day in the summary: the 领导小组 is told without a date, the 宣传栏 kept", async () => {
    const text = await summaryTextOf(content);
    expect(text).toContain("成立镇创建工作领导小组");
    expect(text).not.toMatch(/3月1日|2月1日/u);
    expect(text).toContain("宣传栏12块");
  });
});

describe("D12: a bare number under 参加人数 whose other cells say 人次", () => {
  const grid = {
    name: "三季度活动", originRow: 1, originCol: 1, tables: [], merges: ["A1:F1"],
    values: [
      ["县文化馆2025年第三季度文明创建活动登记表"],
      ["序号", "时间", "活动名称", "类别", "参加人数", "地点"],
      [1, "2025.7.12", "文化惠民送戏下乡", "文艺演出", "约800人次", "柳溪村"],
      [2, "2025.8.8", "非遗展示展演", "展览", "三百余人次", "文化馆展厅"],
      [3, "2025年9月30日", "迎国庆广场文艺演出", "文艺演出", "2000", "人民广场"],
    ],
  };
  const opts = { unitName: "县文化馆", unitType: "企事业单位", year: 2025, period: "第三季度" } as const;

  it("takes 人次 as the column's other rows do, listed under 推断填写 for the user to confirm", () => {
    const { result } = importLedgers([{ label: "import-src.xlsx", snapshot: { sheets: [grid] } }], opts);
    const rows = result.content.ledgers["活动台账"] ?? [];
    expect(rows.map((r) => r["单位"])).toEqual(["人次", "人次", "人次"]);
    expect(result.guesses.filter((g) => g.field === "单位").map((g) => `${g.destination} ${g.value}：${g.basis}（依据 ${g.from ?? ""}）`)).toEqual([
      "活动台账!E5 人次：“2000”未写单位，本列其他各行均以“人次”计，按人次计（依据 三季度活动!E5）",
    ]);
  });

  it("keeps the header's word when the other rows say none or disagree", () => {
    const mixed = { ...grid, values: grid.values.map((r, i) => (i === 3 ? [2, "2025.8.8", "非遗展示展演", "展览", "三百余人", "文化馆展厅"] : r)) };
    const { result } = importLedgers([{ label: "import-src.xlsx", snapshot: { sheets: [mixed] } }], opts);
    expect((result.content.ledgers["活动台账"] ?? []).map((r) => r["单位"])).toEqual(["人次", "人", "人"]);
    expect(result.guesses.filter((g) => g.field === "单位")).toEqual([]);
  });
});
