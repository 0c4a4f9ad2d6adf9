/**
 * New-user test 54 (docs/new-user-test-pane-54.md), the roll-up: D11 (the opening names a unit that held no activity;
 * `上述各单位` pointing back to nothing in its section) and D17 (`执法大队` by its 单位简称 beside `县环卫所`, `县市政公司`).
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { standardV1 } from "../src/core";
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
