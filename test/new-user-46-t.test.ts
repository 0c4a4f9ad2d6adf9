/**
 * New-user test 46 (docs/new-user-test-pane-46.md), D4 and D12, and new-user test 45
 * (docs/new-user-test-pane-45.md), D15: one figure, said once, in its place.
 * - D4 / 45 D15: a 其他指标 figure that a 上期打算's 落实情况 states again is told there, once; an indicator whose name is the
 *   activity's 简要内容 joins that clause (`清理楼道杂物40余处，参与60人`), never a second sentence after it.
 * - D12: a standing size (`入住老人 120 人`) is the unit's profile, said in the opening, never after an activity.
 */
import { summaryTextOf } from "./support/summaries";

const june = { 单位名称: "月湖社区居委会", 单位简称: "月湖社区", 单位类型: "社区", 报告年度: 2025, 报告期: "月度", 起始日期: "2025-06-01", 截止日期: "2025-06-30" };
const clearing = { 日期: "2025-06-14", 活动名称: "楼道清理大行动", 活动类型: "环境整治", 参与数量: 60, 单位: "人", 简要内容: "清理楼道杂物" };

it("D4: `清理楼道杂物40余处` of 其他指标 and of a 落实情况 is told once in the body, by the 落实情况", async () => {
  const text = await summaryTextOf({
    profile: june,
    ledgers: {
      其他指标: [{ 板块: "环境整治", 指标名称: "清理楼道杂物", 数值: "40余", 单位: "处" }],
      活动台账: [clearing],
      文字材料: [{ 类型: "上期打算", 内容: "6月份重点整治楼道堆放", 落实情况: "6月10日至20日集中整治楼道堆放，清理楼道杂物40余处" }],
    },
  });
  expect(text).toContain("6月14日开展“楼道清理大行动”，清理楼道杂物，参与60人。\n");
  expect(text).toContain("针对上期提出的“6月份重点整治楼道堆放”，6月10日至20日集中整治楼道堆放，清理楼道杂物40余处。");
  const body = text.slice(text.indexOf("一、"));
  expect(body.match(/40余处/gu)?.length).toBe(1);
});

it("D4: an indicator named as the activity's 简要内容 joins that clause: `清理楼道杂物40余处，参与60人`", async () => {
  const text = await summaryTextOf({
    profile: june,
    ledgers: {
      其他指标: [{ 板块: "环境整治", 指标名称: "清理楼道杂物", 数值: "40余", 单位: "处" }],
      活动台账: [clearing],
    },
  });
  expect(text).toContain("6月14日开展“楼道清理大行动”，清理楼道杂物40余处，参与60人。\n");
  const body = text.slice(text.indexOf("一、"));
  expect(body.match(/40余处/gu)?.length).toBe(1);
});

it("D12: `入住老人 120 人` (板块 其他) is the home's profile in the opening, never after the birthday parties", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "福寿养老院", 单位类型: "其他", 上级指导单位: "区民政局", 报告年度: 2025, 报告期: "第一季度" },
    ledgers: {
      其他指标: [
        { 板块: "关爱帮扶", 指标名称: "为高龄老人过集体生日", 数值: 3, 单位: "次", 频次: "每月1次" },
        { 板块: "其他", 指标名称: "入住老人", 数值: 120, 单位: "人" },
      ],
      活动台账: [{ 日期: "2025-03-05", 活动名称: "学雷锋志愿者探访", 活动类型: "志愿服务", 参与数量: 35, 单位: "人" }],
    },
  });
  expect(text).toContain("　　福寿养老院现有入住老人120人。");
  expect(text).toContain("坚持每月开展为高龄老人过集体生日1次，累计开展3次。");
  expect(text.match(/120人/gu)?.length).toBe(1);
});
