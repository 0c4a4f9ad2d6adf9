/**
 * New-user test 56 (docs/new-user-test-pane-56.md), defects D4 and D17 (second part): an activity typed 其他 named after a
 * title the honours tell (`“青年文明号开放日”`) goes with them, never `此外` after 关爱帮扶; an activity dated by its month
 * alone (`2025年3月`) comes after that month's named days.
 */
import type { WorkbookContent } from "../src/adapters/xlsx/content";
import { summaryTextOf } from "./support/summaries";

const league: WorkbookContent = {
  profile: { 单位名称: "共青团青山县委员会", 单位简称: "团县委", 单位类型: "群团组织", 报告年度: 2025, 报告期: "全年" },
  ledgers: {
    先进典型: [
      { 荣誉名称: "市级青年文明号", 级别: "市", 类别: "其他", 人数: 2 },
      { 荣誉名称: "县级青年文明号", 级别: "县", 类别: "其他", 人数: 8, 备注: "团县委评出" },
    ],
    活动台账: [
      { 日期: "2025年3月", 活动名称: "学雷锋月志愿服务进社区", 活动类型: "志愿服务", 参与数量: "百余", 单位: "人次" },
      { 日期: "2025.3.5", 活动名称: "学雷锋月启动仪式暨志愿服务集中行动", 活动类型: "志愿服务", 参与数量: 500, 单位: "人", 地点: "县人民广场" },
      { 日期: "2025.6.1", 活动名称: "关爱留守儿童“六一”圆梦", 活动类型: "关爱帮扶", 参与数量: 60, 单位: "人", 地点: "青山镇中心小学" },
      { 日期: "2025.7.10", 活动名称: "“七彩假期”留守儿童暑期课堂", 活动类型: "关爱帮扶", 参与数量: 200, 单位: "人次" },
      { 日期: "2025.11.1", 活动名称: "青年文明号开放日", 活动类型: "其他", 参与数量: 80, 单位: "人" },
    ],
  },
};

it("D4: `“青年文明号开放日”` typed 其他 goes with the 青年文明号 honours, without 此外, never after 关爱帮扶", async () => {
  const text = await summaryTextOf(league);
  expect(text).toMatch(/青年文明号”8个。11月1日开展“青年文明号开放日”活动，参与80人。\n/u);
  expect(text).not.toContain("此外，11月1日");
});

it("D17: the month's named day first, then the work dated by the month alone", async () => {
  const text = await summaryTextOf(league);
  expect(text).toContain("共开展2场志愿服务活动：3月5日在县人民广场开展“学雷锋月启动仪式暨志愿服务集中行动”，参与500人；3月开展“学雷锋月志愿服务进社区”活动，参与100余人次。");
});
