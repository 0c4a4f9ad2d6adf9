/**
 * Review run 33 (docs/reviews/run-33-fc211cb-tester65-66-reviewer-AW.md), reviewer AW: carried conduct told with its own verb
 * (材料8 item 3: `上期遗留的2起……不文明行为已全部纠正`, never `已全部整改到位`); the open carried problem named by its kind
 * (材料2 item 4: `上期遗留的就诊秩序混乱、插队问题尚有1件未整改到位`); a change the user's own text states not said again
 * (材料8 item 7: never `注册志愿者较上季度增加7人` beside `新招募劝导志愿者7名，队伍扩大到32人`); the unit's own title under a
 * lead of its own (材料4 item 5: never `一是身边典型。我局获评“县级文明单位”`); one unit's one 工作机制 named in a roll-up
 * (材料5 item 3: never `建立完善工作机制1项`).
 */
import { analyseLedger, comparisonFor, documentText, standardV1, summarize } from "../src/core";
import { readWorkbook } from "../src/adapters/xlsx/read-workbook";
import { writeWorkbook } from "../src/adapters/xlsx/write-workbook";
import type { SeedValue, WorkbookContent } from "../src/adapters/xlsx/content";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { withLedgerExtensions } from "../src/core/catalog";
import { mechanismNames } from "../src/core/narrative/combined/sections";
import { cli } from "./support/cli";
import { summaryTextOf } from "./support/summaries";

jest.setTimeout(60000);

/** The summary compared with the 上期指标 it holds (as `summarize` does), exported on a fixed day. */
async function compared(content: WorkbookContent): Promise<string> {
  const analysis = analyseLedger(await readWorkbook(await writeWorkbook(standardV1, content)));
  const c = comparisonFor(analysis);
  return documentText(summarize(analysis, standardV1, { includeNames: false, today: 46030, ...(c?.ok ? { comparison: c.comparison } : {}) }).document);
}

const park = { 单位名称: "云川县公园管理处", 单位简称: "管理处", 单位类型: "企事业单位", 上级指导单位: "县住房和城乡建设局", 报告年度: "2025", 报告期: "第四季度" } as const;

/** 材料8's 问题整改 (云川县公园管理处, 第四季度). */
const parkProblems: Record<string, SeedValue>[] = [
  { 问题类别: "其他", 发现数: 2, 已整改数: 2, 单位: "起", 责任单位: "园区巡查组", 来源: "上期遗留", 备注: "游客践踏草坪、乱扔垃圾等不文明行为" },
  { 问题类别: "流动摊点", 发现数: 3, 已整改数: 1, 单位: "处", 责任单位: "园区保安队", 来源: "上期遗留", 备注: "东门外流动摊贩" },
  { 问题类别: "其他", 发现数: 2, 已整改数: 0, 单位: "处", 责任单位: "园区巡查组", 来源: "上期遗留", 备注: "遛狗不拴绳" },
  { 问题类别: "其他", 发现数: 25, 已整改数: 22, 单位: "起", 责任单位: "园区巡查组", 来源: "本期发现", 备注: "游客乱扔垃圾、攀折花木等不文明行为" },
  { 问题类别: "流动摊点", 发现数: 10, 已整改数: 10, 单位: "处", 责任单位: "园区保安队" },
];

it("材料8 item 3: carried conduct is 纠正-ed as this period's is, `上期遗留的2起……不文明行为已全部纠正`", async () => {
  const text = await summaryTextOf({ profile: park, ledgers: { 问题整改: parkProblems } });
  expect(text).toContain("已纠正22起");
  expect(text).toContain("上期遗留的2起游客践踏草坪、乱扔垃圾等不文明行为已全部纠正，5处流动摊点和遛狗不拴绳问题已整改1处。");
  expect(text).not.toContain("不文明行为已全部整改到位");
  // The open carried problems of one measure word are named too (材料2 item 4).
  expect(text).toContain("是上期遗留的流动摊点和遛狗不拴绳问题尚有4处未整改到位，整改进度仍需加快。");
});

it("材料2 item 4: the open carried problem is named by its kind, `上期遗留的就诊秩序混乱、插队问题尚有1件未整改到位`", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "澄江县中医院", 单位类型: "企事业单位", 上级指导单位: "县卫生健康局", 报告年度: "2025", 报告期: "下半年" },
    ledgers: {
      问题整改: [
        { 问题类别: "其他", 发现数: 5, 已整改数: 5, 单位: "处", 责任单位: "后勤保障科", 来源: "上期遗留", 备注: "停车场车辆乱停乱放、占用消防通道" },
        { 问题类别: "其他", 发现数: 2, 已整改数: 1, 单位: "件", 责任单位: "门诊部", 来源: "上期遗留", 备注: "就诊秩序混乱、插队" },
        { 问题类别: "其他", 发现数: 9, 已整改数: 8, 单位: "处", 责任单位: "后勤保障科", 备注: "停车场车辆乱停乱放" },
      ],
    },
  });
  expect(text).toContain("上期遗留的就诊秩序混乱、插队问题尚有1件未整改到位，整改进度仍需加快。");
  expect(text).not.toContain("上期遗留问题尚有1件");
  // A disorder beside a conduct (`插队`) is no conduct: still 整改-ed.
  expect(text).toContain("2件就诊秩序混乱、插队问题已整改1件");
});

it("材料8 item 7: the registered volunteers' change the 上期打算's 落实情况 states is not said again; the hours' change stays", async () => {
  const text = await compared({
    profile: park,
    ledgers: {
      志愿服务: [{ 队伍名称: "公园文明劝导志愿服务队", 队伍类型: "综合志愿者", 注册人数: 32, 服务次数: 60, "服务时长（小时）": 240, 主要服务内容: "文明游园劝导" }],
      文字材料: [{ 类型: "上期打算", 内容: "增加节假日文明劝导志愿者力量。", 落实情况: "国庆、中秋期间新招募劝导志愿者7名，队伍扩大到32人。" }],
    },
    extraSheets: [{
      name: "上期指标", title: "上期指标（2025年第三季度）",
      columns: [{ header: "项目" }, { header: "内容" }, { header: "" }, { header: "" }],
      rows: [["单位名称", "云川县公园管理处", null, null], ["报告年度", 2025, null, null], ["报告期", "第三季度", null, null], [null, null, null, null], ["指标", "数值", "单位", "约数"],
        ["志愿者注册人数", 25, "人", null], ["志愿服务时长", 180, "小时", null]],
    }],
  });
  expect(text).toContain("新招募劝导志愿者7名，队伍扩大到32人");
  expect(text).not.toContain("注册志愿者较上季度增加7人");
  expect(text).toContain("服务时长240小时，较上季度增加60小时，增长33.3%。");
});

it("材料4 item 5: the unit's own title is told under a lead of its own, the people's titles under 身边典型", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "澄江县烟草专卖局", 单位简称: "我局", 单位类型: "机关部门", 上级指导单位: "县文明办", 报告年度: "2025", 报告期: "全年" },
    ledgers: {
      先进典型: [
        { 荣誉名称: "优秀志愿者", 级别: "市", 人数: 3 },
        { 荣誉名称: "文明科室", 级别: "本单位", 人数: 2 },
        { 荣誉名称: "县级文明单位", 级别: "县/区", 人数: 1, 日期: "2025-11-03" },
      ],
    },
  });
  expect(text).toMatch(/一是创建成果。我局获评“县级文明单位”。\n\u3000\u3000二是[^。]+。3人获评市级“优秀志愿者”/u);
  expect(text).not.toMatch(/是身边典型。我局获评/u);
});

it("材料5 item 3: a roll-up names one unit's one 工作机制 with a quoted name, never `建立完善工作机制1项`", async () => {
  expect(mechanismNames(["营业厅文明服务“首问负责制”"])).toBe("营业厅文明服务“首问负责制”");
  // A workbook with 填报单位 rows (a roll-up), summarized as the CLI does.
  const dir = mkdtempSync(join(tmpdir(), "review33-oj-"));
  const file = join(dir, "water.xlsx");
  writeFileSync(file, await writeWorkbook(withLedgerExtensions(standardV1), {
    profile: { 单位名称: "澄江县水务集团有限公司", 单位简称: "集团", 单位类型: "企事业单位", 上级指导单位: "县国资委", 报告年度: "2025", 报告期: "上半年" },
    ledgers: {
      组织保障: [
        { 事项类型: "领导小组", 名称或内容: "集团创建文明城市工作领导小组", 数量: 1, 单位: "个", 日期: "2025-01-08" },
        { 填报单位: "澄江县水务集团城区营业所", 事项类型: "工作机制", 名称或内容: "营业厅文明服务“首问负责制”", 数量: 1, 单位: "项" },
        { 填报单位: "澄江县水务集团第一水厂", 事项类型: "工作会议", 名称或内容: "厂务会部署创文工作", 数量: 4, 单位: "次" },
      ],
      活动台账: [
        { 填报单位: "澄江县水务集团城区营业所", 日期: "2025-04-18", 活动名称: "节水进社区", 活动类型: "宣传教育", 参与数量: 120, 单位: "人" },
        { 填报单位: "澄江县水务集团第一水厂", 日期: "2025-06-05", 活动名称: "河道清理", 活动类型: "环境整治", 参与数量: 25, 单位: "人" },
      ],
    },
  }));
  const text = (await cli("summarize", file, "-o", dir, "--text", "-")).out;
  expect(text).toContain("城区营业所建立完善营业厅文明服务“首问负责制”");
  expect(text).not.toContain("工作机制1项");
});
