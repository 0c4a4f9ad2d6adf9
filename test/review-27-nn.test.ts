/**
 * Review run 27 (docs/reviews/run-27-f5d7a19-tester50-reviewer-AQ.md), figures:
 * - 材料3 item 2, 材料1 item 4, 材料2 items 5/7: 余 after a figure that is not round (`45余处`, `27余处`, `65余处`). A 余 sum is
 *   said as the round figure below it (`40余处`); where that would not exceed the rectified count, the parts are itemised
 *   (`院内吸烟点30余处、卫生死角15处，已整改43处`), with no total.
 * - 材料2 items 3/4 (docs/new-user-test-pane-50.md, D12): a row whose 单位 is an error (`8批`) is left out of a forced roll-up's text.
 * - 材料2 item 14: `尚有2件、4处以上问题` joined two measures into one total: each figure names its kind.
 * - 材料2 item 6 / 材料3 item 3: 其他指标 `处理患者投诉 12件, 备注 办结率100%` beside 问题整改 12 found, 10 rectified: a 提示 at both cells.
 * - 材料2 items 1, 11: own and units' meetings are not summed; one kind of honour is named.
 * - 材料2 items 8, 9, 12: no ranking of units (`发现问题最多`, `宣传投入最多`, `居各单位首位`); with four units or fewer each
 *   unit's figure follows the total.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { analyzeWorkbook, lintText, standardV1 } from "../src/core";
import { readWorkbook } from "../src/adapters/xlsx/read-workbook";
import { writeWorkbook } from "../src/adapters/xlsx/write-workbook";
import { cli } from "./support/cli";
import type { Ledgers } from "./support/rollup";
import { summaryTextOf } from "./support/summaries";

const hospital = { 单位名称: "县人民医院", 单位类型: "企事业单位", 报告年度: 2025, 报告期: "上半年" } as const;
const hospitalProblems: Record<string, string>[] = [
  { 问题类别: "其他", 发现数: "12", 已整改数: "10", 单位: "件", 责任单位: "门诊部", 备注: "患者投诉" },
  { 问题类别: "其他", 发现数: "三十余", 已整改数: "28", 单位: "处", 责任单位: "后勤保卫科", 备注: "院内吸烟点" },
  { 问题类别: "卫生死角", 发现数: "15", 已整改数: "15", 单位: "处", 责任单位: "后勤" },
];

it("材料3 item 2: 三十余 + 15 found, 43 rectified: the parts itemised, never 45余处 nor 40余处", async () => {
  const text = await summaryTextOf({ profile: hospital, ledgers: { 问题整改: hospitalProblems } });
  expect(text).toContain("排查发现院内吸烟点30余处、卫生死角15处，已整改43处");
  expect(text).not.toMatch(/45余|40余处/u);
  expect(text).toContain("院内吸烟点30余处中尚有部分未取缔");
});

it("材料3 item 2: 三十余 + 15 found, 20 rectified is the round 40余处", async () => {
  const text = await summaryTextOf({
    profile: hospital,
    ledgers: { 问题整改: [{ 问题类别: "乱张贴", 发现数: "三十余", 已整改数: "10", 单位: "处" }, { 问题类别: "卫生死角", 发现数: "15", 已整改数: "10", 单位: "处" }] },
  });
  expect(text).toContain("各类问题40余处，已整改20处");
  expect(text).not.toContain("45余");
});

it("材料1 item 4: 二十余 + 7 found, 27 rectified: 乱张贴20余处、…7处, and the 不足 agrees", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "阳光小区物业服务中心", 单位类型: "企事业单位", 报告年度: 2025, 报告期: "上半年" },
    ledgers: {
      问题整改: [
        { 问题类别: "乱张贴", 发现数: "二十余", 已整改数: "20", 单位: "处" },
        { 问题类别: "占道堆放", 发现数: "7", 已整改数: "7", 单位: "处" },
      ],
    },
  });
  expect(text).toContain("乱张贴20余处、占道堆放7处，已整改27处。");
  expect(text).not.toMatch(/27余|20余处，已整改27处|整改率/u);
  // New-user test 53, D8: a 余 count rectified to its base claims no open remainder (the 提示 asks for the exact count).
  expect(text).not.toContain("乱张贴20余处中已整改20处");
});

it("lint: 余 after a figure that is not round is rejected again", () => {
  expect(lintText("排查发现问题45余处，已整改43处。").map((i) => i.rule)).toContain("approximation");
  expect(lintText("排查发现问题40余处，已整改23处。")).toEqual([]);
});

async function forcedRollup(units: readonly (readonly [string, string, Ledgers])[]): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), "cl-r27nn-"));
  const files = await Promise.all(units.map(async ([name, unitType, ledgers], i) => {
    const file = join(dir, `${i}.xlsx`);
    writeFileSync(file, await writeWorkbook(standardV1, { profile: { 单位名称: name, 单位类型: unitType, 报告年度: 2025, 报告期: "上半年" }, ledgers }));
    return file;
  }));
  const out = join(dir, "汇总.xlsx");
  const run = await cli("rollup", ...files, "-o", out, "--unit", "县卫生健康委员会", "--type", "机关部门", "--force");
  if (run.code !== 0) throw new Error(run.err);
  return (await cli("summarize", out, "-o", dir, "--appendix", "--force", "--text", "-")).out;
}

describe("材料2: the health roll-up", () => {
  let text = "";
  beforeAll(async () => {
    text = await forcedRollup([
      ["县卫生健康委员会", "机关部门", { 组织保障: [{ 事项类型: "工作会议", 名称或内容: "卫健系统创文推进会", 数量: "2", 单位: "次" }] }],
      ["县人民医院", "企事业单位", {
        组织保障: [{ 事项类型: "工作会议", 名称或内容: "创文推进会", 数量: "6", 单位: "次", 频次: "每月1次" }],
        宣传投放: [{ 类型: "展板", 位置或内容: "文明就医、健康知识", 数量: "30", 单位: "块", 方式: "新设", "投入金额（元）": "15000" }],
        志愿服务: [{ 队伍名称: "“白衣天使”志愿导医队", 队伍类型: "专业志愿者", 注册人数: "35", 服务次数: "100", "服务时长（小时）": "1200" }],
        先进典型: [{ 荣誉名称: "院级优秀志愿者", 级别: "本单位", 类别: "敬业奉献", 人数: "5" }],
        问题整改: hospitalProblems,
      }],
      ["城关镇卫生院", "企事业单位", {
        志愿服务: [{ 队伍名称: "卫生院志愿队", 队伍类型: "专业志愿者", 注册人数: "20" }],
        问题整改: [{ 问题类别: "乱张贴", 发现数: "10", 已整改数: "12", 单位: "处" }, { 问题类别: "卫生死角", 发现数: "8", 已整改数: "8", 单位: "批" }],
      }],
      ["县中医院", "企事业单位", {
        宣传投放: [{ 类型: "展板", 数量: "20", 单位: "块", 方式: "新设", "投入金额（元）": "6000" }],
        志愿服务: [{ 队伍名称: "岐黄志愿队", 队伍类型: "专业志愿者", 注册人数: "60", 服务次数: "30", "服务时长（小时）": "240" }],
        问题整改: [{ 问题类别: "卫生死角", 发现数: "20", 已整改数: "18", 单位: "处" }],
      }],
    ]);
  });

  it("items 3, 4 (D12): the error unit 批 is left out of the text; the 附表 gives — and a 注", () => {
    expect(text).not.toContain("批");
    expect(text).toContain("城关镇卫生院\t—\t20人\t—\t—\t—");
    expect(text).toMatch(/注：城关镇卫生院有2行问题整改数据有误[^\n]*未计入。/u);
  });

  it("items 5, 7: no 余 after a figure that is not round", () => {
    expect(text).not.toMatch(/(?<![0-9])(?:[1-9]?[1-9]|\d+[1-9])余/u);
    expect(text).toContain("卫生死角35处、院内吸烟点30余处");
    expect(text).toContain("县人民医院\t—\t35人\t12件、30余+15处\t10件、43处\t—");
  });

  it("item 14: open problems of two measures each name their kind", () => {
    expect(text.split("附表")[0]).not.toMatch(/\d件、\d+处/u);
    expect(text).toMatch(/尚有患者投诉2件、部分卫生死角和院内吸烟点问题未整改到位/u);
  });

  it("items 8, 9, 12: no ranking; each unit's figure after the total", () => {
    expect(text).not.toMatch(/最多|首位/u);
    expect(text).toContain("注册志愿者115人，其中县人民医院35人、城关镇卫生院20人、县中医院60人");
  });

  it("item 1: meetings of different levels are not summed", () => {
    expect(text).not.toContain("共召开工作会议8次");
    expect(text).toMatch(/召开卫健系统创文推进会2次[，；]县人民医院召开创文推进会6次/u);
  });

  it("item 11: one kind of honour is named", () => {
    expect(text).toContain("评选表彰院级优秀志愿者5人");
  });
});

it("材料2 item 6 / 材料3 item 3: a stated 办结率100% that the 问题整改 row contradicts is a 提示 at both cells", async () => {
  const content = {
    profile: hospital,
    ledgers: {
      问题整改: hospitalProblems,
      其他指标: [{ 板块: "其他", 指标名称: "处理患者投诉", 数值: "12", 单位: "件", 备注: "办结率100%" }],
    },
  };
  const analysis = analyzeWorkbook(await readWorkbook(await writeWorkbook(standardV1, content)), standardV1);
  const found = analysis.findings.filter((f) => f.rule === "rect.stated-rate");
  expect(found.map((f) => `${f.sheet}!${f.cell} ${f.severity}`)).toEqual(["问题整改!C3 warning", "其他指标!G3 warning"]);
  expect(found.find((f) => f.sheet === "其他指标")?.message).toBe("办结率100%与问题整改数据不一致：发现12件、已整改10件（83.3%）（另见问题整改C3）。总结照各表的数字写出，请核对后统一。");
});
