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
  const text = (await cli("summarize", file, "--text", "-", "--date", "2025-07-05")).out;
  expect(text).toContain("坚持每周开展市场环境大清扫1次，累计开展1.2亿次，出动巡查人员5000人次。");
  expect(text).toContain("投入宣传经费10万亿元");
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
