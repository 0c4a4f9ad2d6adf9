/**
 * New-user test 24 (checks and figures): the defects D3, D12, D14 and D17 the tester reported, each as typed.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { standardV1 } from "../src/core";
import { writeWorkbook } from "../src/adapters/xlsx/write-workbook";
import type { WorkbookContent } from "../src/adapters/xlsx/content";
import { figureText } from "../src/core/narrative/phrase";
import { cli } from "./support/cli";

/** Writes `content` as a standard workbook in a fresh folder; its path. */
async function workbook(name: string, content: WorkbookContent): Promise<string> {
  const file = join(mkdtempSync(join(tmpdir(), "cl-nu24c-")), name);
  writeFileSync(file, await writeWorkbook(standardV1, content));
  return file;
}

it("D12: 1.2亿 次 of a weekly 大清扫 gets value.implausible; 1.2亿 is said `1.2亿次`, 10000000000000元 `10万亿元`", async () => {
  const file = await workbook("market.xlsx", {
    profile: { 单位名称: "区市场监管局", 单位类型: "机关部门", 报告年度: 2025, 报告期: "上半年" },
    ledgers: {
      其他指标: [{ 板块: "环境整治", 指标名称: "开展市场环境大清扫", 数值: "1.2亿", 单位: "次", 频次: "每周1次" }, { 板块: "环境整治", 指标名称: "出动巡查人员", 数值: 5000, 单位: "人次" }],
      宣传投放: [{ 类型: "公益广告", 位置或内容: "各市场", 数量: 10, 单位: "块", 方式: "新设", "投入金额（元）": 10000000000000 }],
    },
  });
  const check = (await cli("check", file)).out;
  expect(check).toContain("提示 其他指标!C3 [value.implausible] “数值”为120000000次，远超一个单位可能的数字，请核对是否多输了数字；总结会照此写出。");
  expect(check).not.toContain("其他指标!C4 [value.implausible]");
  // 10万亿元 is no unit's at all: an error since new-user test 30 (D7), so the summary is forced.
  expect(check).toContain("错误 宣传投放!F3 [value.impossible] “投入金额”为10000000000000元，不可能是一个单位一期的数字，请核对是否多输了位数；改正前不能生成总结。");
  const text = (await cli("summarize", file, "--force", "--text", "-", "--date", "2025-07-05")).out;
  // 1.2亿 in 26 weeks contradicts `每周1次` (value.frequency-total): the total alone (new-user test 28, D13).
  expect(text).toContain("累计开展市场环境大清扫1.2亿次，出动巡查人员5000人次。");
  // 10万亿元 is value.impossible: its row is left out of a forced text (new-user test 34, D10); `10万亿元` is figureText's below.
  expect(text).not.toMatch(/万亿|投入宣传经费/u);
  expect(text).not.toMatch(/12000万|100000亿/u);
});

it("D12: figures from 1亿 in 亿, from 1万亿 in 万亿; 万元 typed past 1亿 in 亿元; others as before", () => {
  const f = (value: number, unit: string, kind: "count" | "money" = "count", approx?: "over" | "about") => figureText({ value, unit, kind, ...(approx ? { approx } : {}), sources: [] });
  expect(f(120000000, "次")).toBe("1.2亿次");
  expect(f(123456789, "人次")).toBe("123456789人次");
  expect(f(1.5e12, "人次")).toBe("1.5万亿人次");
  expect(f(1e13, "元", "money")).toBe("10万亿元");
  expect(f(2.5e8, "元", "money")).toBe("2.5亿元");
  expect(f(12000, "万元")).toBe("1.2亿元");
  expect(f(320, "万元")).toBe("320万元");
  expect(f(180000, "人")).toBe("18万人");
  expect(f(200000000, "人次", "count", "over")).toBe("2亿余人次");
});

it("D14: 组织保障 dated before the period: a standing group goes on (继续发挥…统筹作用), a meeting is left out, each with a 提示", async () => {
  const ledgers = {
    组织保障: [
      { 事项类型: "领导小组", 名称或内容: "调整局创建工作领导小组", 日期: "2025.2.10" },
      { 事项类型: "工作机制", 名称或内容: "建立创建工作周例会制度", 日期: "2025.2.12" },
      { 事项类型: "工作会议", 名称或内容: "召开创建工作推进会", 日期: "2025.2.20" },
      { 事项类型: "工作会议", 名称或内容: "召开创建工作部署会", 日期: "2025.3.5" },
    ],
    活动台账: [{ 日期: "2025-03-03", 活动名称: "文明交通宣传", 活动类型: "宣传教育", 参与数量: 300, 单位: "人次" }],
  };
  const q2 = await workbook("bureau-q2.xlsx", { profile: { 单位名称: "区财政局", 单位类型: "机关部门", 报告年度: 2025, 报告期: "第二季度" }, ledgers });
  const zx = await workbook("bureau-zx.xlsx", { profile: { 单位名称: "区财政局", 单位类型: "机关部门", 报告年度: 2025, 报告期: "专项", 起始日期: "2025-03-01", 截止日期: "2025-03-07" }, ledgers });
  const check = (await cli("check", q2)).out;
  expect(check).toContain("提示 组织保障!E3 [org.outside-period] 领导小组日期2025年2月10日早于报告期（2025年4月1日至2025年6月30日），总结不把它写成本期的工作，也不写这一日期，只写本期继续发挥作用；如确是本期的事，请核对日期或报告期。");
  expect(check).toContain("提示 组织保障!E5 [org.outside-period] 工作会议日期2025年2月20日不在报告期（2025年4月1日至2025年6月30日）内，这一项未写入总结；请核对日期或报告期。");
  const text = (await cli("summarize", q2, "--text", "-", "--date", "2025-07-05")).out;
  expect(text).toContain("我局继续发挥创建工作领导小组统筹作用。");
  expect(text).toContain("继续落实创建工作周例会制度");
  expect(text).not.toMatch(/2月10日|2月12日|调整局创建|推进会|部署会/u);
  const special = await cli("check", zx);
  expect(special.out).toContain("提示 组织保障!E5 [org.outside-period] 工作会议日期2025年2月20日不在报告期（2025年3月1日至2025年3月7日）内，这一项未写入总结；请核对日期或报告期。");
  expect(special.out).not.toContain("组织保障!E6 [org.outside-period]");
  const zxText = (await cli("summarize", zx, "--text", "-", "--date", "2025-03-08")).out;
  expect(zxText).toContain("我局继续发挥创建工作领导小组统筹作用。");
  expect(zxText).toContain("3月5日召开创建工作部署会");
  expect(zxText).not.toMatch(/2月10日|2月20日|推进会/u);
});

it("D17: 发现数 百余 with 已整改数 100 is not all rectified: a 提示 at the row, no 均已整改到位, and `next` names the row", async () => {
  const file = await workbook("hospital-ok.xlsx", {
    profile: { 单位名称: "东城区人民医院", 单位类型: "企事业单位", 报告年度: 2025, 报告期: "下半年" },
    ledgers: {
      问题整改: [
        { 问题类别: "卫生死角", 发现数: 20, 已整改数: 20, 单位: "处" },
        { 问题类别: "占道堆放", 发现数: 12, 已整改数: 12, 单位: "处" },
        { 问题类别: "乱张贴", 发现数: "百余", 已整改数: 100, 单位: "处" },
      ],
      文字材料: [{ 类型: "下一步打算", 内容: "巩固环境整治成果" }],
    },
  });
  const check = (await cli("check", file)).out;
  expect(check).toContain("提示 问题整改!C5 [rect.approx-found] 发现数“百余”是约数，已整改数100不能说明已全部整改，请填写实际发现数。总结不写“均已整改到位”。");
  const summary = await cli("summarize", file, "--text", "-", "--date", "2026-01-05");
  expect(summary.code).toBe(0);
  const text = summary.out;
  // No row names an area the hospital answers for: no 责任区域 (new-user test 60, D7).
  expect(text).toContain("发现乱张贴100余处、卫生死角20处、占道堆放12处，已整改132处。");
  expect(text).not.toContain("均已整改到位");
  // New-user test 53, D8: no remainder is claimed of a 余 count rectified to its base (the 提示 asks for the exact count).
  expect(text).not.toContain("其余尚未整改到位");
  const out = join(mkdtempSync(join(tmpdir(), "cl-nu24c-")), "next.xlsx");
  const next = await cli("next", file, "-o", out);
  expect(next.code).toBe(0);
  expect(next.out).toContain("问题整改：第5行发现数“百余”是约数，已整改数100不能说明已全部整改，该行未结转，请核对实际发现数后手工补入");
  expect(next.out).toContain("问题整改：已全部整改的问题第3—4行（2行）未结转");
});

it("D3: a 上半年 summary signed with --date 2026-01-10 is said on stderr to be signed before the period ends; a typed 成文日期 gets the 提示", async () => {
  const profile = { 单位名称: "中国工商银行滨江支行", 单位类型: "企事业单位", 报告年度: 2026, 报告期: "上半年" };
  const ledgers = { 问题整改: [{ 问题类别: "卫生死角", 发现数: 5, 已整改数: 5, 单位: "处" }], 文字材料: [{ 类型: "下一步打算", 内容: "巩固创建成果" }] };
  const bank = await workbook("bank.xlsx", { profile, ledgers });
  const early = await cli("summarize", bank, "--text", "-", "--date", "2026-01-10");
  expect(early.code).toBe(0);
  expect(early.err).toContain("成文日期2026年1月10日早于报告期截止日期2026年6月30日，总结的落款将是这一天。请核对：可用 --date 指定成文日期，或在基本信息中填写“成文日期”。\n");
  expect(early.out).toContain("2026年1月10日");
  const onTime = await cli("summarize", bank, "--text", "-", "--date", "2026-07-03");
  expect(onTime.err).not.toContain("早于报告期截止日期");
  const typed = await workbook("bank-typed.xlsx", { profile: { ...profile, 成文日期: "2026-01-10" }, ledgers });
  expect((await cli("check", typed)).out).toMatch(/提示 基本信息!B\d+ \[profile\.doc-date-early\] 成文日期2026年1月10日早于报告期截止日期2026年6月30日，总结的落款将是这一天；请核对（留空则取导出当天）。/u);
  const both = await cli("summarize", typed, "--text", "-", "--date", "2026-07-03");
  expect(both.err).toContain("（基本信息中已填写成文日期2026年1月10日，落款用它，--date 2026-07-03 未采用）");
});

it("D17: 发现数 and 已整改数 both typed `60余` are the same problems: no rect.approx-found, 均已整改到位", async () => {
  const file = await workbook("school.xlsx", {
    profile: { 单位名称: "安康职业技术学院", 单位类型: "学校", 报告年度: 2025, 报告期: "上半年" },
    ledgers: { 问题整改: [{ 问题类别: "卫生死角", 发现数: "60余", 已整改数: "60余", 单位: "处" }], 文字材料: [{ 类型: "下一步打算", 内容: "巩固校园环境整治成果" }] },
  });
  expect((await cli("check", file)).out).not.toContain("rect.approx-found");
  expect((await cli("summarize", file, "--text", "-", "--date", "2025-07-03")).out).toContain("卫生死角问题60余处，均已整改到位。");
});
