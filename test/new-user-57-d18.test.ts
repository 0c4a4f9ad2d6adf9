/**
 * New-user test 57 (docs/new-user-test-pane-57.md), D18: a 老年大学's `开设班级 32 个`, typed under 板块 文体活动, was told
 * after its 文艺汇演 (`……参与约500人次。开设班级32个。`). Classes are the school's size: said in the opening with its
 * 学员, after them, and never as `现有开设班级`.
 */
import { summaryTextOf } from "./support/summaries";

const 老年大学 = { 单位名称: "县老年大学", 单位类型: "企事业单位", 上级指导单位: "县委老干部局", 报告年度: 2025, 报告期: "全年", 成文日期: "2025-12-30" };

describe("D18: a school's classes are its size, in the opening", () => {
  it("after the 学员, whatever 板块 they were typed under", async () => {
    const text = await summaryTextOf({
      profile: 老年大学,
      ledgers: {
        活动台账: [{ 日期: "2025-12-28", 活动名称: "迎新年文艺汇演", 活动类型: "文体活动", 参与数量: "约500", 单位: "人次", 地点: "县文化馆" }],
        其他指标: [
          { 板块: "文体活动", 指标名称: "开设班级", 数值: 32, 单位: "个" },
          { 板块: "其他", 指标名称: "在校学员", 数值: "1,860", 单位: "人", 表述: "约" },
        ],
      },
    });
    expect(text.split("\n")[2]).toMatch(/^\u3000\u3000县老年大学现有在校学员约1860人，开设班级32个。/u);
    expect(text).toContain("12月28日在县文化馆举办“迎新年文艺汇演”，参与约500人次。\n");
    expect(text.match(/班级32个/gu)).toHaveLength(1);
  });

  it("alone, without `现有`", async () => {
    const text = await summaryTextOf({
      profile: 老年大学,
      ledgers: {
        活动台账: [{ 日期: "2025-12-28", 活动名称: "迎新年文艺汇演", 活动类型: "文体活动", 参与数量: 500, 单位: "人次" }],
        其他指标: [{ 板块: "文体活动", 指标名称: "开设班级", 数值: 32, 单位: "个" }],
      },
    });
    expect(text.split("\n")[2]).toMatch(/^\u3000\u3000县老年大学开设班级32个。/u);
    expect(text).not.toContain("现有开设");
  });
});
