/**
 * New-user test 35 (docs/new-user-test-pane-35.md), roll-up wording: D20 and D21, each as the tester typed it.
 */
import { rolledUpText } from "./support/rollup";

it("D20: the points of one section never share a lead: a unit's 其他 activity and 其他指标 are one sentence", async () => {
  const text = await rolledUpText("城南街道办事处", "街道", [
    ["东湖社区居委会", "社区", { 活动台账: [{ 日期: 45750, 活动名称: "社区环境清洁日", 活动类型: "志愿服务", 参与数量: 40, 单位: "人" }] }],
    ["青山县不动产登记中心", "企事业单位", {
      活动台账: [{ 日期: 45797, 活动名称: "“文明窗口”服务提升月", 活动类型: "其他", 地点: "办事大厅" }],
      其他指标: [{ 板块: "其他", 指标名称: "办理登记业务", 数值: "3.6万", 单位: "件" }],
    }],
  ]);
  expect(text).toContain("、统筹推进其他创建任务\n　　青山县不动产登记中心开展“文明窗口”服务提升月活动，办理登记业务3.6万件。\n");
  expect(text).not.toContain("统筹推进各项工作。");
});

it("D21: a town's 县级 honour is 获评 in a 县 roll-up, and a 县直部门 is counted as one, never `1家单位`", async () => {
  const text = await rolledUpText("青山县文明办", "其他", [
    ["青山镇人民政府", "乡镇", {
      先进典型: [{ 荣誉名称: "青山好人", 级别: "县/区", 人数: 4 }],
      活动台账: [{ 日期: 45700, 活动名称: "春节联欢会", 活动类型: "我们的节日", 参与数量: 500, 单位: "人次" }],
    }],
    ["柳河乡人民政府", "乡镇", { 活动台账: [{ 日期: 45750, 活动名称: "文明宣传进村", 活动类型: "宣传教育", 参与数量: 300, 单位: "人" }] }],
    ["石桥镇人民政府", "乡镇", { 志愿服务: [{ 队伍名称: "石桥志愿服务队", 队伍类型: "综合志愿者", 注册人数: 800 }] }],
    ["青山县交通运输局", "机关部门", { 活动台账: [{ 日期: 45760, 活动名称: "文明交通劝导", 活动类型: "志愿服务", 参与数量: 60, 单位: "人次" }] }],
  ]);
  expect(text).toContain("　　青山镇4人获评县级“青山好人”。\n");
  expect(text).toContain("全县3个乡镇和1个县直部门共开展各类活动3场");
  expect(text).not.toMatch(/评选表彰各类先进典型|1家单位/u);
});
