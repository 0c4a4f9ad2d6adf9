/**
 * New-user test 43 (docs/new-user-test-pane-43.md), D1: a 其他指标 row (`爱心预约服务乘客 １２３ 人次`) was lost when the
 * opening took the other row of the same sentence (`劝阻车厢内饮食约400人次`) as its headline.
 */
import { summaryTextOf } from "./support/summaries";

it("D1: `爱心预约服务乘客 １２３ 人次` is told beside the headline that took its neighbour", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "地铁1号线人民广场站", 单位类型: "企事业单位", 报告年度: 2025, 报告期: "专项", 起始日期: "2025-03-01", 截止日期: "2025-03-31", 专项名称: "学雷锋志愿服务月" },
    ledgers: {
      其他指标: [
        { 板块: "其他", 指标名称: "爱心预约服务乘客", 数值: "１２３", 单位: "人次" },
        { 板块: "其他", 指标名称: "劝阻车厢内饮食", 数值: "约四百", 单位: "人次" },
      ],
      志愿服务: [{ 队伍名称: "站务雷锋服务队", 队伍类型: "青年志愿者", 注册人数: 18, 主要服务内容: "问询引导、爱心预约", 服务次数: 22 }],
      活动台账: [{ 日期: "2025-03-05", 活动名称: "学雷锋日爱心预约乘车", 活动类型: "志愿服务", 简要内容: "帮残疾乘客上下车" }],
    },
  });
  expect(text).toContain("2025年3月1日至31日，地铁1号线人民广场站劝阻车厢内饮食约400人次。期间爱心预约服务乘客达123人次。");
  expect(text.match(/约400人次/gu)?.length).toBe(1);
});
