/**
 * New-user test 64 (docs/new-user-test-pane-64.md), D10, D11: a shortcoming said `还没（有）（彻底/根本）改变/解决` is written
 * enough to be printed (`尚未根本改变`), never a spoken sentence left out; `停车乱的问题` is `停车秩序混乱问题`; a plan's `明年`
 * is the year after the report's (`争取2026年解决停车问题` in a 2025 全年 summary signed in January 2026).
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
