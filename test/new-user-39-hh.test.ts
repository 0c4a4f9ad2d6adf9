/**
 * New-user test 39 (docs/new-user-test-pane-39.md), session hh: D7 (a 妇联 专项 whose 导语 was followed by `2025年5月1日至31日，区妇联
 * 现有注册志愿者800人`), D8 (a 实践站's 植树活动 under `聚焦突出问题，推进整改落实` with no problem at all) and D12 (a street
 * roll-up praising `南门社区整改率达100%` and printing 100% in its 附表 for a 发现数 typed `三十余`; the check quoted it “30”),
 * each with the tester's values.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { standardV1 } from "../src/core";
import { writeWorkbook } from "../src/adapters/xlsx/write-workbook";
import { cli } from "./support/cli";
import { summaryTextOf } from "./support/summaries";

it("D7: a 妇联's 专项 with a 导语 and no volunteer service says no `现有注册志愿者` after the period: the 导语 turns to the body", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "区妇女联合会", 单位简称: "区妇联", 单位类型: "群团组织", 报告年度: 2025, 报告期: "专项", 专项名称: "“最美家庭”寻访专项行动", 起始日期: "2025-05-01", 截止日期: "2025-05-31", 成文日期: "2025-06-05" },
    ledgers: {
      先进典型: [
        { 荣誉名称: "最美家庭", 级别: "县/区", 类别: "孝老爱亲", 人数: 30, 备注: "户" },
        { 荣誉名称: "五好家庭", 级别: "市", 人数: 3, 备注: "户" },
      ],
      活动台账: [
        { 日期: "2025-05-15", 活动名称: "家庭文明建设宣讲", 活动类型: "宣传教育", 参与数量: 600, 单位: "人次" },
        { 日期: "2025-05-20", 活动名称: "最美家庭故事分享会", 活动类型: "道德讲堂", 参与数量: 150, 单位: "人" },
      ],
      志愿服务: [{ 队伍名称: "巾帼志愿者服务队", 队伍类型: "巾帼志愿者", 注册人数: 800 }],
      文字材料: [{ 类型: "导语", 内容: "区妇联以寻访“最美家庭”为抓手，推动家庭文明建设。" }],
    },
  });
  expect(text.split("\n")[2]).toBe("　　区妇联以寻访“最美家庭”为抓手，推动家庭文明建设。现将有关情况总结如下。");
  // The body still tells the team's size, as what the unit has.
  expect(text).toContain("　　巾帼志愿者服务队现有注册巾帼志愿者800人。");
});

it("D8: a 实践站's month with a 植树活动 typed 环境整治 and no 问题整改 row is headed by the environment, never by 整改", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "柳塘村新时代文明实践站", 单位类型: "其他", 报告年度: 2025, 报告期: "月度", 起始日期: "2025-03-01", 成文日期: "2025-04-02" },
    ledgers: {
      活动台账: [
        { 日期: "2025-03-05", 活动名称: "学雷锋理发", 活动类型: "志愿服务", 参与数量: 40, 单位: "人次" },
        { 日期: "2025-03-08", 活动名称: "三八妇女节插花", 活动类型: "文体活动", 参与数量: "约30", 单位: "人" },
        { 日期: "三月十二日", 活动名称: "植树活动", 活动类型: "环境整治", 参与数量: "二十余", 单位: "人" },
        { 日期: "2025-03-15", 活动名称: "反诈宣传", 活动类型: "宣传教育", 参与数量: "百余", 单位: "人次" },
      ],
      志愿服务: [{ 队伍名称: "实践站志愿服务队", 队伍类型: "综合志愿者", 注册人数: 50, 服务次数: 8, "服务时长（小时）": 64 }],
    },
  });
  expect(text).toContain("\n一、开展环境整治，建设美丽家园\n　　3月12日开展“植树活动”，参与20余人。\n");
  expect(text).not.toContain("整改落实");
});

it("D8: with a problem to rectify the 其他 profile keeps its heading of 整改", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "柳塘村新时代文明实践站", 单位类型: "其他", 报告年度: 2025, 报告期: "月度", 起始日期: "2025-03-01", 成文日期: "2025-04-02" },
    ledgers: {
      问题整改: [{ 问题类别: "卫生死角", 发现数: 12, 已整改数: 12, 单位: "处" }],
      活动台账: [
        { 日期: "2025-03-12", 活动名称: "植树活动", 活动类型: "环境整治", 参与数量: 20, 单位: "人" },
        { 日期: "2025-03-15", 活动名称: "反诈宣传", 活动类型: "宣传教育", 参与数量: 100, 单位: "人次" },
      ],
    },
  });
  expect(text).toContain("\n一、聚焦突出问题，推进整改落实\n");
});

it("D12: a street roll-up praises no 整改率达100% and prints no rate in its 附表 for a 发现数 typed `三十余` with 30 rectified; check quotes `三十余`", async () => {
  const dir = mkdtempSync(join(tmpdir(), "nu39-hh-"));
  const units: [string, Record<string, Record<string, string | number>[]>][] = [
    ["东门社区居委会", {
      问题整改: [{ 问题类别: "占道经营", 发现数: 40, 已整改数: 38, 单位: "处" }, { 问题类别: "其他", 发现数: 10, 已整改数: 9, 单位: "处", 备注: "背街小巷飞线" }],
      活动台账: [{ 日期: "2025-03-05", 活动名称: "学雷锋", 活动类型: "志愿服务", 参与数量: 60, 单位: "人" }, { 日期: "2025-04-04", 活动名称: "清明诗会", 活动类型: "我们的节日", 参与数量: 80, 单位: "人" }],
      志愿服务: [{ 队伍名称: "东门志愿队", 队伍类型: "综合志愿者", 注册人数: 300, 服务次数: 20, "服务时长（小时）": 200 }],
    }],
    ["南门社区居委会", {
      问题整改: [{ 问题类别: "卫生死角", 发现数: "三十余", 已整改数: "三十", 单位: "处" }],
      活动台账: [{ 日期: "2025-05-01", 活动名称: "劳动节大扫除", 活动类型: "环境整治", 参与数量: "约200", 单位: "人" }, { 日期: "2025-06-01", 活动名称: "六一关爱", 活动类型: "关爱帮扶", 参与数量: "百余", 单位: "人次" }],
      志愿服务: [{ 队伍名称: "南门志愿队", 队伍类型: "青年志愿者", 注册人数: "百余", 服务次数: 10, "服务时长（小时）": "约150" }],
    }],
  ];
  const files = await Promise.all(units.map(async ([name, ledgers], i) => {
    const file = join(dir, `${i}.xlsx`);
    writeFileSync(file, await writeWorkbook(standardV1, { profile: { 单位名称: name, 单位类型: "社区", 报告年度: 2025, 报告期: "上半年" }, ledgers }));
    return file;
  }));
  const out = join(dir, "汇总.xlsx");
  expect((await cli("rollup", ...files, "-o", out, "--unit", "鼓楼街道办事处", "--type", "街道")).code).toBe(0);
  const text = (await cli("summarize", out, "-o", dir, "--appendix", "--text", "-")).out;
  expect(text).toContain("　　一是抓好问题排查整改。全街道共排查发现占道经营、卫生死角和背街小巷飞线问题80余处，已整改77处。\n");
  expect(text).not.toContain("100%");
  expect(text).toContain("\n南门社区\t2场\t100余人\t30余处\t30处\t—\n");
  const check = (await cli("check", out)).out;
  expect(check).toContain("问题整改!D5 [rect.approx-found] （南门社区居委会）发现数“三十余”是约数，已整改数30不能说明已全部整改，请填写实际发现数。总结不写“均已整改到位”。");
});
