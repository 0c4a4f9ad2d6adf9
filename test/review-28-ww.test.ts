/**
 * Review run 28 of new-user test 51 (docs/new-user-test-pane-51.md; docs/reviews/run-28-9dc7235-tester51-reviewer-AR.md):
 * 材料3 items 5-8 (two 问题整改 rows of category 其他 told as one kind `短斤缺两、秤不准等等问题130余件`, the 12315 complaints
 * as `其他问题`, and told again from 其他指标), 材料2 item 5 (a roll-up with a row left out: `其中` listing rectified figures
 * after the found figure) and 材料3 item 1 (`规范占道经营80处`).
 */
import { summaryTextOf } from "./support/summaries";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { standardV1 } from "../src/core";
import { writeWorkbook } from "../src/adapters/xlsx/write-workbook";
import type { Ledgers } from "./support/rollup";
import { cli } from "./support/cli";

/** `rollup … --force` of units (2025 上半年) into 县住房和城乡建设局, and `summarize … --force --text -` of the result. */
async function forcedRollupText(units: readonly (readonly [string, string, Ledgers])[]): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), "nu-rollup-"));
  const files = await Promise.all(units.map(async ([name, unitType, ledgers], i) => {
    const file = join(dir, `${i}.xlsx`);
    writeFileSync(file, await writeWorkbook(standardV1, { profile: { 单位名称: name, 单位类型: unitType, 上级指导单位: "县创城办", 报告年度: 2025, 报告期: "上半年" }, ledgers }));
    return file;
  }));
  const out = join(dir, "汇总.xlsx");
  const rolled = await cli("rollup", ...files, "-o", out, "--unit", "县住房和城乡建设局", "--type", "机关部门", "--force");
  if (rolled.code !== 0) throw new Error(rolled.err);
  return (await cli("summarize", out, "-o", dir, "--force", "--text", "-")).out;
}

const count = (text: string, s: string): number => text.split(s).length - 1;

const market: Parameters<typeof summaryTextOf>[0] = {
  profile: { 单位名称: "县市场监督管理局", 单位简称: "县市场监管局", 单位类型: "机关部门", 上级指导单位: "县创城办", 报告年度: 2025, 报告期: "全年", 起始日期: "2025-01-01", 截止日期: "2025-12-31" },
  ledgers: {
    问题整改: [
      { 问题类别: "占道经营", 发现数: 85, 已整改数: 80, 单位: "处", 责任单位: "各市场所", 备注: "城东市场最多" },
      { 问题类别: "卫生死角", 发现数: 40, 已整改数: 40, 单位: "处" },
      { 问题类别: "其他", 发现数: 36, 已整改数: 30, 单位: "件", 备注: "短斤缺两 秤不准" },
      { 问题类别: "其他", 发现数: "一百余", 已整改数: 95, 单位: "件", 责任单位: "消保科", 备注: "投诉举报 12315转办的" },
    ],
    其他指标: [
      { 板块: "其他", 指标名称: "开展食品安全抽检", 数值: 200, 单位: "批次" },
      { 板块: "其他", 指标名称: "受理投诉举报", 数值: "一百余", 单位: "件", 备注: "12315" },
    ],
  },
};

const housing: (readonly [string, string, Ledgers])[] = [
  ["县住房和城乡建设局", "机关部门", { 问题整改: [{ 问题类别: "违章搭建", 发现数: 22, 已整改数: 18, 单位: "处", 责任单位: "城管执法" }] }],
  ["阳光物业服务有限公司", "企事业单位", {
    问题整改: [
      { 问题类别: "占道堆放", 发现数: 45, 已整改数: 42, 单位: "处", 备注: "楼道堆物 电动车乱停" },
      { 问题类别: "卫生死角", 发现数: 15, 已整改数: 15, 单位: "处" },
    ],
  }],
  ["城南建设工程有限公司滨河项目部", "企事业单位", {
    问题整改: [
      { 问题类别: "渣土偷倒", 发现数: 5, 已整改数: 6, 单位: "起" },
      { 问题类别: "噪音扰民", 发现数: 3, 已整改数: 3, 单位: "起", 备注: "夜里施工 居民打12345" },
    ],
  }],
];

describe("材料3 items 5-8: each 其他 row by its own name", () => {
  it("tells the 12315 complaints as complaints and 短斤缺两、秤不准 on its own, once each", async () => {
    const text = await summaryTextOf(market);
    expect(text).toContain("巡查发现各类问题125处，已整改120处，其中规范占道经营80处，清理卫生死角40处；另有短斤缺两、秤不准等问题36件，已整改30件；受理12315投诉举报100余件，已办结95件。");
    expect(text).toContain("占道经营85处中尚有5处未整改到位，短斤缺两、秤不准等问题36件中尚有6件未整改到位，12315投诉举报100余件中尚有部分未办结，需持续跟进。");
    expect(text).not.toContain("等等");
    expect(text).not.toContain("其他问题");
    // 其他指标 `受理投诉举报 一百余 件` states the complaints row again: told once.
    expect(count(text, "投诉举报100余件")).toBe(2);
    expect(text).not.toContain("，受理投诉举报100余件");
  });
});

describe("材料2 item 5: with a row left out the totals keep their 已整改 clause", () => {
  it("a roll-up (forced): 其中 lists parts of the rectified figure", async () => {
    const text = await forcedRollupText(housing);
    expect(text).toContain("　　全系统共排查发现占道堆放、违章搭建和卫生死角问题82处，已整改75处；噪音扰民问题3起，均已整改到位。其中整治占道堆放42处，拆除违章搭建18处，清理卫生死角15处。\n");
  });

  it("a unit's own text with the same rows names no found total to misread", async () => {
    const text = await summaryTextOf({ profile: { 单位名称: "县住房和城乡建设局", 单位类型: "机关部门", 报告年度: 2025, 报告期: "上半年" }, ledgers: { 问题整改: housing.flatMap(([, , l]) => l.问题整改) } });
    expect(text).toContain("　　整治占道堆放42处，拆除违章搭建18处，清理卫生死角15处，处理噪音扰民问题3起。\n");
  });
});
