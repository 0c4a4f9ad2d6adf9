/** @jest-environment node */
/**
 * New-user test 68 (docs/new-user-test-pane-68.md) D13: in a roll-up's 组织保障 sentence, the combining unit's own group is said
 * first and what else it did follows without its name again, the units after `；`: `城东街道成立创文工作领导小组，坚持每月开展
 * 创文督查2次，累计12次；幸福社区召开创文推进会6次。`, never `城东街道成立……，幸福社区召开……，城东街道坚持……`.
 */
import { rolledUpText, type Ledgers } from "./support/rollup";
import { summaryTextOf } from "./support/summaries";

describe("new-user test 68, D13: the own unit's work said together", () => {
  test("own group and inspections together, the community after", async () => {
    const street: Ledgers = { 组织保障: [
      { 事项类型: "领导小组", 名称或内容: "创文工作领导小组", 数量: 1, 单位: "个" },
      { 事项类型: "督查检查", 名称或内容: "创文督查", 数量: 12, 单位: "次", 频次: "每月2次" },
    ] };
    const community: Ledgers = {
      组织保障: [{ 事项类型: "工作会议", 名称或内容: "创文推进会", 数量: 6, 单位: "次" }],
      问题整改: [{ 问题类别: "乱张贴", 发现数: 40, 已整改数: 38, 单位: "处" }],
    };
    const text = await rolledUpText("青川县城东街道办事处", "街道", [
      ["青川县城东街道办事处", "街道", street], ["青川县城东街道幸福社区居委会", "社区", community],
    ]);
    expect(text).toContain("　街道成立创文工作领导小组，坚持每月开展创文督查2次，累计12次；幸福社区召开创文推进会6次。");
  });
});

/** New-user test 68 D14: a clean-up of the partner community at that community is done there, `到结对的幸福社区开展环境整治`. */
describe("new-user test 68, D14: the partner community's clean-up", () => {
  test("到结对的幸福社区开展环境整治", async () => {
    const text = await summaryTextOf({
      profile: { 单位名称: "青川县自然资源局", 单位简称: "县自然资源局", 单位类型: "机关部门", 报告年度: 2025, 报告期: "全年" },
      ledgers: { 活动台账: [{ 日期: "2025-02-28", 活动名称: "结对社区环境整治", 活动类型: "环境整治", 参与数量: "约50", 单位: "人", 地点: "幸福社区", 简要内容: "清理楼道杂物" }] },
    });
    expect(text).toContain("2月28日到结对的幸福社区开展环境整治，清理楼道杂物");
    expect(text).not.toContain("整治结对社区环境");
  });
});

/** New-user test 68 D14: a 进修班 is said as a 培训班 is, never `“乡镇干部进修班”活动` beside `“全县村（社区）干部培训班”`. */
describe("new-user test 68, D14: classes said alike", () => {
  test("培训班 and 进修班 without 活动, counted as 培训", async () => {
    const text = await summaryTextOf({
      profile: { 单位名称: "中共青川县委党校", 单位类型: "机关部门", 报告年度: 2025, 报告期: "第四季度" },
      ledgers: { 活动台账: [
        { 日期: "2025-10-15", 活动名称: "全县村（社区）干部培训班", 活动类型: "会议培训", 参与数量: 150, 单位: "人", 地点: "党校" },
        { 日期: "2025-11-20", 活动名称: "乡镇干部进修班", 活动类型: "会议培训", 参与数量: 80, 单位: "人", 地点: "党校" },
      ] },
    });
    // Since review run 34 (reviewer AX, 材料3 items 1–3) classes are 举办-ed, their turnout 参训, counted in 期.
    expect(text).toContain("在党校举办乡镇干部进修班，参训80人");
    expect(text).not.toContain("进修班”活动");
    expect(text).toContain("培训班2期");
  });
});
