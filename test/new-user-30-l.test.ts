/**
 * New-user test 30, roll-up wording: D9 (`参加汇总的3个村`, then `3个村共…` in every section) and D10 (the units' 单位简称).
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { standardV1 } from "../src/core";
import { writeWorkbook } from "../src/adapters/xlsx/write-workbook";
import type { SeedValue } from "../src/adapters/xlsx/content";
import { cli } from "./support/cli";
import type { Ledgers } from "./support/rollup";
import { makeSnapshot } from "./support/snapshot";
import { contentSnapshot } from "./support/content-snapshot";
import { withLedgerExtensions } from "../src/core/catalog";
import { rollupSnapshots, type UnitInput } from "../src/core/rollup";
import { validateWorkbook } from "../src/core/validate";
import { documentText } from "../src/core/narrative/compose";
import { composeCombinedSummary } from "../src/core/narrative/combined";

jest.setTimeout(90000);

/**
 * The roll-up (2025 上半年) of units `[单位名称, 单位类型, 单位简称, ledgers]` into `unit` of `type`, whatever the roll-up's
 * exit code (a unit left out exits 1), and the summary text of the combined workbook.
 */
async function rolledUp(unit: string, type: string, units: readonly (readonly [string, string, string, Ledgers])[]): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), "nu30-l-"));
  const files = await Promise.all(units.map(async ([name, unitType, short, ledgers], i) => {
    const file = join(dir, `${i}.xlsx`);
    const profile: Record<string, SeedValue> = { 单位名称: name, 单位类型: unitType, 报告年度: 2025, 报告期: "上半年", ...(short ? { 单位简称: short } : {}) };
    writeFileSync(file, await writeWorkbook(standardV1, { profile, ledgers }));
    return file;
  }));
  const out = join(dir, "汇总.xlsx");
  await cli("rollup", ...files, "-o", out, "--unit", unit, "--type", type);
  return (await cli("summarize", out, "-o", dir, "--text", "-")).out;
}

const village = (found: number, rectified: number, murals: number): Ledgers => ({
  组织保障: [{ 日期: "2025-02-10", 事项类型: "领导小组", 名称或内容: "成立村创建工作领导小组" }],
  活动台账: [{ 日期: "2025-03-05", 活动名称: "环境卫生大扫除", 活动类型: "环境整治", 参与数量: 30, 单位: "人" }],
  问题整改: [{ 问题类别: "卫生死角", 发现数: found, 已整改数: rectified, 单位: "处" }],
  其他指标: [{ 板块: "宣传教育", 指标名称: "设置墙绘", 数值: murals, 单位: "处" }],
});

const bureau = (found: number, rectified: number): Ledgers => ({
  活动台账: [{ 日期: "2025-03-05", 活动名称: "学雷锋志愿服务", 活动类型: "志愿服务", 参与数量: 20, 单位: "人" }],
  问题整改: [{ 问题类别: "卫生死角", 发现数: found, 已整改数: rectified, 单位: "处" }],
});

it("30 D9: a town's roll-up with a village left out names the villages rolled up once, points back once (上述各村), then says 各村", async () => {
  const text = await rolledUp("东溪镇人民政府", "乡镇", [
    ["上洋村村民委员会", "村", "", village(30, 28, 6)],
    ["溪头村村民委员会", "村", "", village(12, 10, 6)],
    ["下洋村村民委员会", "村", "", village(46, 46, 6)],
    ["后坪村村民委员会", "村", "", village(8, 9, 6)],
  ]);
  expect(text).toContain("2025年上半年，东溪镇人民政府统筹辖区各村推进创建工作。上洋村、溪头村和下洋村共开展各类活动3场，排查发现各类问题88处，已整改84处。现将有关情况总结如下。");
  expect(text).toContain("上述各村均成立创建工作领导小组。");
  expect(text).toContain("各村共排查发现卫生死角问题88处，已整改84处，整改率为95.5%。");
  expect(text).toContain("各村尚有卫生死角问题4处未整改到位");
  expect(text).not.toMatch(/参加汇总|\d个村共|\d个村均|\d个村尚有|全镇/u);
  expect(text.match(/上述/gu)).toHaveLength(1);
});

it("30 D9, D10: a 文明办's bureaus are named once by their 单位简称, then 各单位; never 全区 nor 参加汇总的3家单位", async () => {
  const text = await rolledUp("东城区文明办", "机关部门", [
    ["区城市管理和综合执法局", "机关部门", "区城管局", bureau(300, 280)],
    ["区教育局", "机关部门", "区教育局", bureau(20, 20)],
    ["区人力资源和社会保障局", "机关部门", "区人社局", bureau(10, 9)],
  ]);
  expect(text).toContain("2025年上半年，东城区文明办统筹各单位推进创建工作。区城管局、区教育局和区人社局共开展各类活动3场，排查发现各类问题330处，已整改309处。现将有关情况总结如下。");
  expect(text).toContain("各单位共排查发现卫生死角问题330处，已整改309处，整改率为93.6%。区教育局整改率达100%。");
  expect(text).toContain("各单位尚有卫生死角问题21处未整改到位，区人社局整改率为90%，低于平均水平，整改进度相对滞后。");
  expect(text).toContain("区城管局\t1场\t—\t300处\t280处\t93.3%");
  expect(text).not.toMatch(/参加汇总|3家单位|全区|城市管理和综合执法局|人力资源和社会保障局/u);
});

it("30 D10: without 单位简称 a roll-up's units keep their names (no 单位简称 column in 汇总)", async () => {
  const text = await rolledUp("东城区文明办", "机关部门", [
    ["区城市管理和综合执法局", "机关部门", "", bureau(300, 280)],
    ["区教育局", "机关部门", "", bureau(20, 20)],
  ]);
  expect(text).toContain("区城市管理和综合执法局和区教育局共开展各类活动2场");
  expect(text).toContain("区城市管理和综合执法局尚有卫生死角问题20处未整改到位，整改率为93.3%"); // named once (new-user test 52, D17)
});

it("30 D9: after the town's own 导语 the opening still names the villages rolled up (32 D9), then 上述各村 once, then 各村", () => {
  const catalog = withLedgerExtensions(standardV1);
  const unit = (name: string, found: number, fixed: number): UnitInput => ({
    name: `${name}.xlsx`,
    snapshot: makeSnapshot({ profile: { 单位名称: name }, ledgers: { 组织保障: [{ 事项类型: "领导小组", 名称或内容: "成立村创建工作领导小组" }], 问题整改: [{ 问题类别: "卫生死角", 发现数: found, 已整改数: fixed, 单位: "处" }] } }),
  });
  const r = rollupSnapshots([unit("上洋村村民委员会", 30, 28), unit("溪头村村民委员会", 12, 10)], { unitName: "东溪镇人民政府", unitType: "乡镇" });
  const ledgers = { ...r.content.ledgers, 文字材料: [{ 类型: "导语", 内容: "今年以来，我镇坚持以人民为中心，扎实推进创建工作。" }] };
  const { workbook } = validateWorkbook(contentSnapshot({ ...r.content, ledgers }, catalog), catalog);
  const text = documentText(composeCombinedSummary(workbook, catalog, { today: 45117, unitsLeftOut: ["后坪村村民委员会"] }).document);
  expect(text).toContain("今年以来，我镇坚持以人民为中心，扎实推进创建工作。上洋村和溪头村共排查发现各类问题42处，已整改38处。现将有关情况总结如下。");
  expect(text).toContain("上述各村均成立创建工作领导小组。");
  expect(text).toContain("各村共排查发现卫生死角问题42处，已整改38处，整改率为90.5%。");
});
