/**
 * New-user test 63 (docs/new-user-test-pane-63.md): D7 (a total in 人次 beside a 频次 in 次: never `每月……1次，累计12人次`;
 * review run 32, reviewer AV, 材料3 item 2 is the same: `坚持每周出动巡查警力1次，累计出动120人次`) and D3 (`next` clears a
 * count to be filled as the period's 次数 and sets its 单位 to 次; a count in 项 beside a 频次 in 次 is never `累计13项`).
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { standardV1 } from "../src/core";
import { readWorkbook } from "../src/adapters/xlsx/read-workbook";
import { writeWorkbook } from "../src/adapters/xlsx/write-workbook";
import { cli } from "./support/cli";
import { summaryTextOf } from "./support/summaries";

const unit = (ledgers: Record<string, Record<string, string | number>[]>, 单位名称 = "县气象局") => ({
  profile: { 单位名称, 单位类型: "机关部门", 报告年度: 2025, 报告期: "上半年" },
  ledgers,
});

it("D7: 12人次 of 志愿服务 with 每月一次 is who took part, never `每月……1次，累计12人次`", async () => {
  const text = await summaryTextOf(unit({ 其他指标: [{ 板块: "志愿服务", 指标名称: "干部职工到河西社区开展志愿服务", 数值: "１２", 单位: "人次", 频次: "每月一次" }] }));
  expect(text).toContain("干部职工到河西社区坚持每月开展志愿服务，累计参与12人次。");
  expect(text).not.toMatch(/1次，累计12人次/u);
});

it("D7 (review run 32, AV 材料3 item 2): 巡查警力 120人次 with 每周一次 is `坚持每周开展巡查，累计出动巡查警力120人次`", async () => {
  const text = await summaryTextOf(unit({ 其他指标: [{ 板块: "环境整治", 指标名称: "出动巡查警力", 数值: 120, 单位: "人次", 频次: "每周一次" }] }, "城关公安派出所"));
  expect(text).toContain("坚持每周开展巡查，累计出动巡查警力120人次。");
  expect(text).not.toMatch(/每周出动巡查警力1次/u);
});

it("D3: a mechanism counted in 项 beside a weekly 频次 is never `每周……1次，累计13项`", async () => {
  const text = await summaryTextOf(unit({ 组织保障: [{ 事项类型: "工作机制", 名称或内容: "创文工作“周调度”机制", 数量: 13, 单位: "项", 频次: "每周1次" }] }, "县燃气公司"));
  expect(text).not.toMatch(/累计13项/u);
  expect(text).toContain("建立创文工作“周调度”机制13项，坚持每周开展调度1次。");
});

it("D3: next clears a count of the period's occasions typed in 项 and sets its 单位 to 次; a mechanism of 1项 stays", async () => {
  const dir = mkdtempSync(join(tmpdir(), "cl-nu63mf-"));
  const now = join(dir, "第二季度.xlsx");
  writeFileSync(now, await writeWorkbook(standardV1, {
    profile: { 单位名称: "县燃气公司", 单位类型: "企事业单位", 报告年度: 2025, 报告期: "第二季度" },
    ledgers: {
      组织保障: [
        { 事项类型: "工作机制", 名称或内容: "创文工作“周调度”机制", 数量: 1, 单位: "项", 频次: "每周1次" },
        { 事项类型: "工作机制", 名称或内容: "创文工作调度会", 数量: 13, 单位: "项", 频次: "每周1次" },
      ],
      问题整改: [{ 问题类别: "乱张贴", 发现数: 20, 已整改数: 20, 单位: "处" }],
    },
  }));
  const next = join(dir, "第三季度.xlsx");
  const report = await cli("next", now, "-o", next);
  expect(report.code).toBe(0);
  expect(report.out).toContain("组织保障：结转的“创文工作调度会”是按期计数的事项，已清空数量，单位改为“次”，请填写本期的次数");
  const sheet = (await readWorkbook(readFileSync(next))).sheets.find((g) => g.name === "组织保障");
  expect(sheet?.values.find((r) => r.includes("创文工作“周调度”机制"))?.slice(0, 4)).toEqual(["工作机制", "创文工作“周调度”机制", 1, "项"]);
});
