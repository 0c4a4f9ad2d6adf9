/**
 * New-user test 58 (docs/new-user-test-pane-58.md), defects D4, D5, D9, D10, D13, D15: sentences of the summary.
 */
import { analyzeWorkbook, standardV1 } from "../src/core";
import { readWorkbook } from "../src/adapters/xlsx/read-workbook";
import { writeWorkbook } from "../src/adapters/xlsx/write-workbook";
import type { WorkbookContent } from "../src/adapters/xlsx/content";
import { summaryTextOf } from "./support/summaries";
import { rolledUpText } from "./support/rollup";

const college = { 单位名称: "青山职业技术学院", 单位类型: "学校", 上级指导单位: "县文明办", 报告年度: 2025, 报告期: "全年" };
const scenic = { 单位名称: "青山湖景区管理处", 单位类型: "企事业单位", 上级指导单位: "县文明办", 报告年度: 2025, 报告期: "上半年" };
const street = { 单位名称: "城关街道办事处", 单位简称: "街道", 单位类型: "街道", 上级指导单位: "县文明办", 报告年度: 2025, 报告期: "上半年" };

async function findingsOf(content: WorkbookContent): Promise<{ rule: string; sheet: string; cell: string; message: string }[]> {
  const analysis = analyzeWorkbook(await readWorkbook(await writeWorkbook(standardV1, content)), standardV1);
  return analysis.findings.map((f) => ({ rule: f.rule, sheet: f.sheet, cell: f.cell ?? "", message: f.message }));
}

describe("D4: a 其他指标 name of two parts split by a space — the work, then what the figure counts", () => {
  const content: WorkbookContent = {
    profile: college,
    ledgers: {
      其他指标: [
        { 板块: "环境整治", 指标名称: "食堂光盘行动 减少剩饭剩菜", 数值: 1.5, 单位: "吨", 表述: "约", 频次: "每日", 备注: "比去年少了不少" },
        { 板块: "环境整治", 指标名称: "垃圾分类宣传 发放倡议书", 数值: 3000, 单位: "份" },
      ],
    },
  };
  it("is said as the work and the figure of what it counts, with no half-width space", async () => {
    const text = await summaryTextOf(content);
    expect(text).toContain("　　坚持每日开展食堂光盘行动，累计减少剩饭剩菜约1.5吨，开展垃圾分类宣传，发放倡议书3000份。");
    expect(text).not.toMatch(/[\u4e00-\u9fff] [\u4e00-\u9fff]/u);
  });
  it("check warns at the name, as org.spoken-name does for 组织保障", async () => {
    const found = (await findingsOf(content)).filter((f) => f.rule === "figure.spoken-name");
    expect(found.map((f) => `${f.sheet}!${f.cell} ${f.message}`)).toEqual([
      "其他指标!B3 指标名称“食堂光盘行动 减少剩饭剩菜”中有空格，总结按“开展食堂光盘行动，减少剩饭剩菜”理解；请写成书面的名称（以动作开头），说明写在“备注”中。",
      "其他指标!B4 指标名称“垃圾分类宣传 发放倡议书”中有空格，总结按“开展垃圾分类宣传，发放倡议书”理解；请写成书面的名称（以动作开头），说明写在“备注”中。",
    ]);
  });
});

it("D5: a 组织保障 name whose second part is a programme's title is that programme of the work (`开展“文明礼仪第一课”新生入学教育`)", async () => {
  const content: WorkbookContent = {
    profile: college,
    ledgers: {
      组织保障: [
        { 事项类型: "领导小组", 名称或内容: "成立学院创建文明校园工作领导小组", 数量: 1, 单位: "个", 日期: "2025-03-08" },
        { 事项类型: "其他", 名称或内容: "新生入学教育 文明礼仪第一课", 数量: 1, 单位: "项", 日期: "2025-09-05" },
      ],
    },
  };
  expect(await summaryTextOf(content)).toContain("二是夯实基础。9月5日开展“文明礼仪第一课”新生入学教育。");
  expect((await findingsOf(content)).filter((f) => f.rule === "org.spoken-name").map((f) => `${f.sheet}!${f.cell} ${f.message}`)).toEqual([
    "组织保障!B4 名称或内容“新生入学教育 文明礼仪第一课”中有空格，总结按““文明礼仪第一课”新生入学教育”理解；请写成书面的名称，说明写在“备注”中。",
  ]);
});

it("D9: `投诉处理` is said with its verb first, and the same 36 of a 组织保障 row and a 其他指标 row is said once", async () => {
  const text = await summaryTextOf({
    profile: scenic,
    ledgers: {
      组织保障: [
        { 事项类型: "领导小组", 名称或内容: "成立创建工作领导小组", 数量: 1, 单位: "个", 日期: "2025-03-08" },
        { 事项类型: "其他", 名称或内容: "投诉处理 12345转过来的都按时回复了", 数量: 36, 单位: "件" },
        { 事项类型: "其他", 名称或内容: "矛盾纠纷调解", 数量: 12, 单位: "件" },
      ],
      问题整改: [{ 问题类别: "其他", 发现数: 15, 已整改数: 15, 单位: "件", 备注: "游客投诉" }],
      其他指标: [{ 板块: "其他", 指标名称: "处理游客投诉", 数值: 36, 单位: "件" }],
    },
  });
  expect(text).toContain("二是夯实基础。处理游客投诉36件，调解矛盾纠纷12件。");
  expect(text.match(/36件/gu)?.length).toBe(1);
  expect(text).not.toContain("投诉处理");
});

it("D13: a 导语 that is only the unit's approach (`以……为契机，……`) is woven into the opening sentence", async () => {
  const text = await summaryTextOf({
    profile: street,
    ledgers: {
      问题整改: [{ 问题类别: "占道经营", 发现数: 86, 已整改数: 80, 单位: "处" }],
      其他指标: [{ 板块: "环境整治", 指标名称: "清运建筑垃圾", 数值: "1,800", 单位: "吨", 表述: "余" }],
      文字材料: [{ 类型: "导语", 内容: "以城中村改造为契机，推进城市精细化管理" }],
    },
  });
  expect(text.split("\n")[2]).toBe("　　2025年上半年，街道在县文明办的指导下，以城中村改造为契机，推进城市精细化管理，整改占道经营问题80处，清运建筑垃圾1800余吨。现将有关情况总结如下。");
});

it("D15: an honour an activity of the same name awards is said after that activity, in one sentence", async () => {
  const text = await summaryTextOf({
    profile: college,
    ledgers: {
      先进典型: [{ 荣誉名称: "文明宿舍", 级别: "本单位", 类别: "其他", 人数: 48, 日期: "2025-12-01" }],
      活动台账: [
        { 日期: "2025-03-05", 活动名称: "学雷锋志愿服务日", 活动类型: "志愿服务", 参与数量: 30, 单位: "人", 地点: "县城广场" },
        { 日期: "2025-11-15", 活动名称: "文明宿舍评比", 活动类型: "其他", 地点: "各宿舍楼", 主办或协办单位: "学生处", 简要内容: "评出文明宿舍48间" },
      ],
    },
  });
  expect(text).toContain("11月15日学生处在各宿舍楼开展文明宿舍评比，评出文明宿舍48间。");
  expect(text.match(/48间/gu)?.length).toBe(1);
});

it("D10: a 其他指标 total of the work an event's 简要内容 names is the period's total after the events, never a loose clause", async () => {
  const text = await summaryTextOf({
    profile: street,
    ledgers: {
      问题整改: [{ 问题类别: "占道经营", 发现数: 86, 已整改数: 80, 单位: "处" }, { 问题类别: "乱张贴", 发现数: 200, 已整改数: 180, 单位: "处" }],
      活动台账: [
        { 日期: "2025-04-20", 活动名称: "城中村环境大整治", 活动类型: "环境整治", 参与数量: 300, 单位: "人次", 地点: "城中村片区", 主办或协办单位: "城管中队", 简要内容: "清运建筑垃圾60余车" },
        { 日期: "2025-06-15", 活动名称: "老旧小区楼道清理", 活动类型: "环境整治", 地点: "幸福小区" },
        { 日期: "2025-05-02", 活动名称: "占道经营专项整治", 活动类型: "环境整治", 参与数量: 50, 单位: "人", 地点: "主街" },
      ],
      其他指标: [{ 板块: "环境整治", 指标名称: "清运建筑垃圾", 数值: "1,800", 单位: "吨", 表述: "余" }],
    },
  });
  expect(text).toContain("；6月15日在幸福小区清理老旧小区楼道。上半年累计清运建筑垃圾1800余吨。");
  expect(text.match(/1800余吨/gu)?.length).toBe(2);
});

it("D13: in a roll-up, the own 导语 that is only the unit's approach is said after the unit and its guidance", async () => {
  const text = await rolledUpText("县税务局", "机关部门", [
    ["县税务局", "机关部门", {
      活动台账: [{ 日期: "2025-04-01", 活动名称: "税收宣传月“税法进校园”", 活动类型: "宣传教育", 参与数量: 300, 单位: "人", 地点: "青山职业技术学院" }],
      文字材料: [{ 类型: "导语", 内容: "以“便民办税春风行动”为载体，打造文明服务窗口" }],
    }],
    ["城东税务分局", "机关部门", { 活动台账: [{ 日期: "2025-05-20", 活动名称: "文明窗口服务礼仪培训", 活动类型: "会议培训", 参与数量: 32, 单位: "人", 地点: "分局会议室" }] }],
  ]);
  const opening = text.split("\n")[2];
  expect(opening.startsWith("　　2025年上半年，县税务局以“便民办税春风行动”为载体，打造文明服务窗口，统筹")).toBe(true);
});

it("D12: in a roll-up, meetings only one unit held are said as its own after the groups of the own unit and that unit", async () => {
  const text = await rolledUpText("县税务局", "机关部门", [
    ["县税务局", "机关部门", {
      组织保障: [{ 事项类型: "领导小组", 名称或内容: "县局创建文明城市工作领导小组", 数量: 1, 单位: "个", 日期: "2025-01-08" }, { 事项类型: "督查检查", 名称或内容: "对各分局文明窗口暗访督查", 数量: 6, 单位: "次", 频次: "每月1次" }],
      活动台账: [{ 日期: "2025-04-01", 活动名称: "税收宣传月“税法进校园”", 活动类型: "宣传教育", 参与数量: 300, 单位: "人", 地点: "青山职业技术学院" }],
    }],
    ["城东税务分局", "机关部门", {
      组织保障: [{ 事项类型: "领导小组", 名称或内容: "分局创建文明单位工作小组", 数量: 1, 单位: "个", 日期: "2025-01-15" }, { 事项类型: "工作会议", 名称或内容: "创文工作专题会", 数量: 3, 单位: "次" }],
      志愿服务: [{ 队伍名称: "税务青年志愿服务队", 队伍类型: "青年志愿者", 注册人数: 26 }],
    }],
    ["开发区税务所", "机关部门", { 志愿服务: [{ 队伍名称: "开发区税务所志愿服务队", 队伍类型: "青年志愿者", 注册人数: 8 }] }],
  ]);
  expect(text).toContain("　　我局及城东税务分局成立创建工作领导小组，城东税务分局召开创文工作专题会3次，我局对各分局文明窗口开展暗访督查6次。");
});
