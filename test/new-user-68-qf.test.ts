/** @jest-environment node */
/**
 * New-user test 68 (docs/new-user-test-pane-68.md), fixer qf: D6, D7 and D9.
 */
import { summaryTextOf } from "./support/summaries";
import type { WorkbookContent } from "../src/adapters/xlsx/content";

const bureau = (ledgers: WorkbookContent["ledgers"]): WorkbookContent => ({
  profile: { 单位名称: "青川县自然资源局", 单位类型: "机关部门", 上级指导单位: "县文明办", 报告年度: 2025, 报告期: "全年" },
  ledgers,
});

const landDay = { 日期: "2025-06-25", 活动名称: "全国土地日耕地保护宣传活动", 活动类型: "宣传教育", 参与数量: 800, 单位: "人次", 地点: "县城广场", 主办或协办单位: "局办公室", 简要内容: "发放宣传册，现场讲解" };

/**
 * docs/new-user-test-pane-68.md D6: two activities of the same date and name (the second was `同上`), 200人 and 150人, are
 * both told: `开展……活动，共2场，参与350人`, as the 附表's 350人; never the first alone (`参与200人`).
 */
describe("new-user test 68, D6: same-day twins of one name are told with their sum", () => {
  test("two rows of one name and day beside another activity", async () => {
    const text = await summaryTextOf(bureau({
      活动台账: [
        landDay,
        { 日期: "2025-09-10", 活动名称: "自然资源法律法规进社区", 活动类型: "宣传教育", 参与数量: 200, 单位: "人", 地点: "幸福社区" },
        { 日期: "2025-09-10", 活动名称: "自然资源法律法规进社区", 活动类型: "宣传教育", 参与数量: 150, 单位: "人", 地点: "幸福社区" },
      ],
    }));
    expect(text).toContain("9月10日在幸福社区开展“自然资源法律法规进社区”活动，共2场，参与350人。");
    expect(text).not.toContain("活动，参与200人");
    expect(text).not.toContain("其中6月25日");
  });
});

/**
 * docs/new-user-test-pane-68.md D7: a year's 其他指标 row of information published (`发布耕地保护政务信息 48条`) is no part of one
 * event whose name shares a word with it: never `……参与800余人次，发布耕地保护政务信息48条；`.
 */
describe("new-user test 68, D7: information published is the period's, not one event's", () => {
  test("a 其他指标 row of 发布……信息 beside two events", async () => {
    const text = await summaryTextOf(bureau({
      活动台账: [
        landDay,
        { 日期: "2025-09-10", 活动名称: "自然资源法律法规进社区", 活动类型: "宣传教育", 参与数量: 200, 单位: "人", 地点: "幸福社区" },
      ],
      其他指标: [{ 板块: "宣传教育", 指标名称: "发布耕地保护政务信息", 数值: 48, 单位: "条" }],
    }));
    expect(text).not.toContain("参与800人次，发布耕地保护政务信息48条");
    expect(text).toContain("发布耕地保护政务信息48条。");
  });
});

/**
 * docs/new-user-test-pane-68.md D9: a 党校's 其他指标 `组织保障 / 培训干部 / 1280 人次` joins the point of its trainings, never a
 * point of its own (`五是夯实基础。培训干部1280人次。`) apart from `四是业务提升。共开展2场培训……`.
 */
describe("new-user test 68, D9: a training figure joins the training point", () => {
  test("培训干部 beside two trainings and other 组织保障 work", async () => {
    const text = await summaryTextOf({
      profile: { 单位名称: "中共青川县委党校", 单位类型: "机关部门", 上级指导单位: "县文明办", 报告年度: 2025, 报告期: "第三季度", 常住人口: 48 },
      ledgers: {
        组织保障: [
          { 事项类型: "领导小组", 名称或内容: "成立创文工作领导小组" },
        ],
        活动台账: [
          { 日期: "2025-07-08", 活动名称: "全县科级干部进修班创文专题培训", 活动类型: "会议培训", 参与数量: 120, 单位: "人", 地点: "党校报告厅", 简要内容: "讲授文明城市创建相关知识" },
          { 日期: "2025-08-15", 活动名称: "中青年干部培训班", 活动类型: "会议培训", 参与数量: 60, 单位: "人", 地点: "党校" },
          { 日期: "2025-09-20", 活动名称: "校园环境大扫除", 活动类型: "环境整治", 参与数量: 40, 单位: "人", 地点: "校园" },
        ],
        其他指标: [{ 板块: "组织保障", 指标名称: "培训干部", 数值: 1280, 单位: "人次" }],
      },
    });
    expect(text).not.toContain("夯实基础。培训干部1280人次。");
    expect(text).toMatch(/是业务(?:提升|培训)。[^\n]*培训干部1280人次/u);
  });
});
