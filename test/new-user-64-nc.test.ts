/**
 * New-user test 64 (docs/new-user-test-pane-64.md), D10, D11: a shortcoming said `还没（有）（彻底/根本）改变/解决` is written
 * enough to be printed (`尚未根本改变`), never a spoken sentence left out; `停车乱的问题` is `停车秩序混乱问题`; a plan's `明年`
 * is the year after the report's (`争取2026年解决停车问题` in a 2025 全年 summary signed in January 2026).
 * D3: a 群团组织's venue (`青少年宫`) keeps its own premises, no `改善城乡环境`; a 快递营业部 whose rows name only its own 周边
 * (`清扫营业部周边卫生`) answers for no 包保 area (no `履行包保责任`, no `包保整治`), and one training with no 组织保障 row is no
 * `加强组织领导`.
 */
import { analyzeWorkbook, standardV1 } from "../src/core";
import { readWorkbook } from "../src/adapters/xlsx/read-workbook";
import { writeWorkbook } from "../src/adapters/xlsx/write-workbook";
import type { WorkbookContent } from "../src/adapters/xlsx/content";
import { summaryTextOf } from "./support/summaries";

const village = { 单位名称: "桐溪县城南镇柳塘村村民委员会", 单位类型: "村", 上级指导单位: "城南镇创建办", 报告年度: 2025, 报告期: "全年" };
const community = { 单位名称: "桐溪县桂花社区居民委员会", 单位类型: "社区", 上级指导单位: "城关镇创建办", 报告年度: 2025, 报告期: "全年" };

const villageRows: WorkbookContent = { profile: village, ledgers: { 文字材料: [
  { 类型: "存在不足", 内容: "村民乱堆乱放习惯还没有彻底改变。" },
  { 类型: "下一步打算", 内容: "建立门前三包长效机制。" },
] } };
const communityRows: WorkbookContent = { profile: community, ledgers: { 文字材料: [
  { 类型: "存在不足", 内容: "一是老旧小区多，停车乱的问题还没根本解决；二是部分居民参与积极性不高。" },
  { 类型: "下一步打算", 内容: "继续抓好老旧小区环境整治，争取明年把停车问题解决掉。" },
  { 类型: "下一步打算", 内容: "进一步扩大志愿者队伍，吸引更多年青人参与。" },
] } };

const spokenFindings = async (content: WorkbookContent): Promise<string[]> =>
  analyzeWorkbook(await readWorkbook(await writeWorkbook(standardV1, content)), standardV1).findings
    .filter((f) => f.rule === "text.spoken").map((f) => `${f.cell} ${f.message}`);

it("D10: `还没有彻底改变` in 存在不足 is printed as `尚未根本改变`, not left out", async () => {
  const text = await summaryTextOf(villageRows);
  expect(text).toContain("一、存在的不足\n　　村民乱堆乱放习惯尚未根本改变。");
  const said = await spokenFindings(villageRows);
  expect(said.join("\n")).not.toContain("总结不写这一句");
});

it("D10: `停车乱的问题还没根本解决` is `停车秩序混乱问题尚未根本解决`, the main shortcoming kept", async () => {
  const text = await summaryTextOf(communityRows);
  expect(text).toContain("一是老旧小区多，停车秩序混乱问题尚未根本解决；二是部分居民参与积极性不高。");
  expect(text).not.toContain("还没");
});

it("D11: a plan's `明年` in a 2025 summary is `2026年`", async () => {
  const text = await summaryTextOf(communityRows);
  expect(text).toContain("一是继续抓好老旧小区环境整治，争取2026年解决停车问题；二是进一步扩大志愿者队伍，吸引更多年青人参与。");
  expect(text).not.toContain("明年");
});

it("D10, D11: check says the written form at the cell", async () => {
  const said = (await spokenFindings(communityRows)).join("\n");
  expect(said).toContain("尚未根本解决");
  expect(said).toContain("2026年");
});

it("D3: a 青少年宫's environment section is its venue's, never 城乡环境", async () => {
  const youth = { 单位名称: "桐溪县青少年宫", 单位类型: "群团组织", 报告年度: 2025, 报告期: "上半年" };
  const text = await summaryTextOf({ profile: youth, ledgers: { 问题整改: [
    { 问题类别: "乱张贴", 发现数: 15, 已整改数: 15, 单位: "处", 责任单位: "后勤保障部" },
    { 问题类别: "卫生死角", 发现数: 8, 已整改数: 6, 单位: "处" },
  ] } });
  expect(text).toContain("一、加强场馆管理，优化活动环境\n　　排查发现各类问题23处，已整改21处，整改率为91.3%。其中清理乱张贴15处、卫生死角6处。");
  expect(text).not.toContain("城乡环境");
});

it("D3: a 快递营业部 with its own 周边 only: no 包保, no 组织领导 over one training", async () => {
  const express = { 单位名称: "中通快递桐溪县城关营业部", 单位类型: "企事业单位", 报告年度: 2025, 报告期: "全年" };
  const text = await summaryTextOf({ profile: express, ledgers: {
    活动台账: [
      { 日期: "2025.3.5", 活动名称: "快递小哥学雷锋义务送件", 活动类型: "志愿服务", 参与数量: 15, 单位: "人", 地点: "城关镇" },
      { 日期: "2025.6.10", 活动名称: "文明驾驶安全培训", 活动类型: "会议培训", 参与数量: 22, 单位: "人", 地点: "营业部" },
      { 日期: "2025.12.6", 活动名称: "清扫营业部周边卫生", 活动类型: "环境整治", 参与数量: 20, 单位: "人", 地点: "营业部周边" },
    ],
    问题整改: [{ 问题类别: "占道经营", 发现数: 8, 已整改数: 8, 单位: "处", 备注: "包裹占道堆放" }],
  } });
  expect(text).toContain("一、加强职工教育培训，提升队伍素质\n　　6月10日开展“文明驾驶安全培训”，参与22人。");
  expect(text).toContain("二、规范网点管理，优化服务环境\n　　一是问题整改。发现占道经营问题8处，均已整改到位。");
  expect(text).not.toContain("包保");
  expect(text).not.toContain("责任区域");
});
