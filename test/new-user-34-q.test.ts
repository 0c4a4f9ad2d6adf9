/**
 * New-user test 34 (docs/new-user-test-pane-34.md), roll-ups: D25 (组织保障 counted by rows and told unit by unit in turns), D26
 * (one publicity item in two measure words named twice; a problem total without a verb after `；`; `整改公交站台破损28个`)
 * and D15 (an identical `-副本` kept over its original; a left-out unit's problems shown as 0). Each as the tester typed it.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { standardV1 } from "../src/core";
import { writeWorkbook } from "../src/adapters/xlsx/write-workbook";
import type { WorkbookContent } from "../src/adapters/xlsx/content";
import { readWorkbook } from "../src/adapters/xlsx/read-workbook";
import type { SheetGrid } from "../src/core";
import { cli } from "./support/cli";

type Ledgers = WorkbookContent["ledgers"];

/** The 汇总 sheet's rows from row 2 (header) down, as header → value records. */
function summaryRecords(sheet: SheetGrid): Record<string, unknown>[] {
  const [, header, ...rows] = sheet.values;
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [String(h), r[i] ?? null])));
}
const profile = (单位名称: string, 单位类型: string, 单位简称?: string): WorkbookContent["profile"] => ({ 单位名称, 单位类型, 报告年度: 2025, 报告期: "上半年", ...(单位简称 ? { 单位简称 } : {}) });

/** The tester's 望江社区 and 区交通局 (their 组织保障, 宣传投放 and 问题整改 rows as typed), 望江 with 已整改数 above 发现数 in one row. */
const community: Ledgers = {
  组织保障: [
    { 事项类型: "领导小组", 名称或内容: "社区创建文明城市工作领导小组", 数量: 1, 单位: "个", 日期: "2025-01-06" },
    { 事项类型: "工作机制", 名称或内容: "网格化管理：全社区划分12个网格，网格员每日巡查", 数量: 12, 单位: "个", 频次: "每日" },
    { 事项类型: "共建单位", 名称或内容: "与辖区学校、医院签订共驻共建协议", 数量: 5, 单位: "家", 日期: "2025-02-10" },
    { 事项类型: "工作会议", 名称或内容: "创城推进会", 数量: 3, 单位: "次", 频次: "每月1次" },
  ],
  宣传投放: [{ 类型: "公益广告", 位置或内容: "小区出入口及楼道", 数量: "约120", 单位: "块", 方式: "新设", "投入金额（元）": 3600 }],
  问题整改: [
    { 问题类别: "乱张贴", 发现数: 60, 已整改数: 58, 单位: "处" },
    { 问题类别: "占道经营", 发现数: 20, 已整改数: 25, 单位: "处" },
    { 问题类别: "卫生死角", 发现数: 30, 已整改数: 30, 单位: "处" },
  ],
};
const bureau: Ledgers = {
  组织保障: [
    { 事项类型: "领导小组", 名称或内容: "局创建文明城市工作领导小组", 数量: 1, 单位: "个" },
    { 事项类型: "督查检查", 名称或内容: "公交站台文明督查", 数量: 24, 单位: "次", 频次: "每周1次" },
    { 事项类型: "任务分解", 名称或内容: "分解创城任务", 数量: 18, 单位: "项" },
  ],
  宣传投放: [
    { 类型: "公益广告", 位置或内容: "公交车身及站台公益广告", 数量: 300, 单位: "幅", 方式: "新设", "投入金额（元）": 15000 },
    { 类型: "电子屏", 位置或内容: "出租车顶灯屏", 数量: 800, 单位: "块", 方式: "新设" },
  ],
  问题整改: [
    { 问题类别: "占道经营", 发现数: 12, 已整改数: 12, 单位: "处" },
    { 问题类别: "其他", 发现数: 30, 已整改数: 28, 单位: "个", 备注: "公交站台破损" },
  ],
};

/** Writes `units` ([file name, content]) into a fresh folder, rolls the folder up with `args`; the run, the combined file and its summary. */
async function rolledUp(units: readonly (readonly [string, WorkbookContent])[], ...args: string[]): Promise<{ run: Awaited<ReturnType<typeof cli>>; out: string; text: string }> {
  const dir = mkdtempSync(join(tmpdir(), "nu34-q-"));
  mkdirSync(join(dir, "in"));
  for (const [name, content] of units) writeFileSync(join(dir, "in", name), await writeWorkbook(standardV1, content));
  const out = join(dir, "汇总.xlsx");
  const run = await cli("rollup", "--dir", join(dir, "in"), "-o", out, "--unit", "城南街道办事处", ...args);
  const text = (await cli("summarize", out, "-o", dir, "--text", "-", "--force", "--date", "2025-07-05")).out;
  return { run, out, text };
}

describe("new-user test 34: a street's roll-up of a 社区 and 区交通局 (forced: 望江 has 已整改数 above 发现数)", () => {
  let text = "";
  beforeAll(async () => {
    ({ text } = await rolledUp([
      ["a-社区-望江.xlsx", { profile: profile("望江社区居委会", "社区", "望江社区"), ledgers: community }],
      ["d-机关-交通局.xlsx", { profile: profile("某某区交通运输局", "机关部门", "区交通局"), ledgers: bureau }],
    ], "--force"));
  }, 60000);

  it("D25: 组织保障 is told unit by unit, tasks by their 数量 (18项) and the mechanism by its name, never `1项`", () => {
    expect(text).toContain("　　各单位均成立创建工作领导小组，望江社区建立完善网格化管理机制，召开创城推进会3次，与5家共建单位结对共建；区交通局分解创建任务18项，坚持每周开展公交站台文明督查1次，累计24次。\n");
    expect(text).not.toMatch(/分解落实创建任务1项|工作机制1项/u);
  });

  it("D26: one publicity item in 块 and 幅 is named once; the problem totals are one list under 排查发现; 公交站台破损问题", () => {
    // Each unit's publicity told with it (run 30: a few units' items each of one unit), the spend summed.
    expect(text).toContain("望江社区设置公益广告约120块；区交通局设置公益广告300幅和电子屏800块。全街道共投入宣传经费1.86万元，");
    // Review run 28, 材料2 item 5: the row left out is in neither total, so each keeps its 已整改 clause (`其中` never lists
    // rectified figures right after a found one).
    expect(text).toContain("全街道共排查发现乱张贴、卫生死角和占道经营问题102处，已整改100处；公交站台破损问题30个，已整改28个。其中清理乱张贴58处、卫生死角30处，规范占道经营12处。");
  });
});

describe("new-user test 34, D15: the street's duplicate pair and the unit left out for an error", () => {
  const unit = (name: string, rows: Ledgers): WorkbookContent => ({ profile: profile(name, "社区"), ledgers: rows });
  const plain: Ledgers = { 问题整改: [{ 问题类别: "乱张贴", 发现数: 9, 已整改数: 8, 单位: "处" }] };
  let run: Awaited<ReturnType<typeof cli>>;
  let records: Record<string, unknown>[] = [];
  beforeAll(async () => {
    let out: string;
    ({ run, out } = await rolledUp([
      ["1-望江.xlsx", unit("望江社区居委会", plain)],
      ["2-江滨.xlsx", unit("江滨社区居委会", plain)],
      ["2-江滨-副本.xlsx", unit("江滨社区居委会", plain)],
      ["3-临江-有错.xlsx", unit("临江社区居委会", { 问题整改: [{ 问题类别: "乱张贴", 发现数: 10, 已整改数: 12, 单位: "处" }] })],
    ]));
    records = summaryRecords((await readWorkbook(readFileSync(out))).sheets.find((s) => s.name === "汇总") as SheetGrid);
  }, 60000);

  it("keeps the original of two identical files, never the `-副本`", () => {
    expect(run.out + run.err).toContain("江滨社区居委会（2-江滨-副本.xlsx）与2-江滨.xlsx的单位名称和报告期相同，属重复报送，未汇总（两份内容相同）。");
    expect(records.filter((r) => r["填报单位"] === "江滨社区居委会").map((r) => r["状态"])).toEqual(["已汇总（2-江滨.xlsx）", "未汇总：2-江滨-副本.xlsx与2-江滨.xlsx重复"]);
  });

  it("shows a left-out unit's problem columns blank, never 0 for the 10 it found", () => {
    const linjiang = records.find((r) => r["填报单位"] === "临江社区居委会") ?? {};
    expect(linjiang["状态"]).toBe("未汇总：有1个错误");
    expect([linjiang["发现问题数"], linjiang["已整改数"], linjiang["总整改率"]]).toEqual([null, null, null]);
    // A counted unit's figures stay.
    expect(records.find((r) => r["填报单位"] === "望江社区居委会")?.["发现问题数"]).toBe(9);
  });
});

it("D25: a roll-up names one unit's mechanisms by their names, and says nothing it cannot name", async () => {
  const { mechanismNames } = await import("../src/core/narrative/combined/sections");
  expect(mechanismNames(["网格化管理：全社区划分12个网格，网格员每日巡查"])).toBe("网格化管理机制");
  expect(mechanismNames(["党工委成员包片、工作人员包网格、保洁人员包路段的网格化包保责任制"])).toBe("网格化包保责任制");
  expect(mechanismNames(["建立门前三包责任制", "每日巡查"])).toBe("门前三包责任制和每日巡查机制");
  expect(mechanismNames(["每周五下午由社区书记带队对辖区主次干道开展巡查"])).toBe("");
});
