/**
 * New-user test 64 (docs/new-user-test-pane-64.md), defect D1, as the tester typed it: the 城南镇 roll-up of its 村
 * (docs/new-user-test-64-files/town.js).
 */
import { rolledUpText } from "./support/rollup";

const group = (name: string): Record<string, string | number> => ({ 事项类型: "领导小组", 名称或内容: name, 数量: 1, 单位: "个" });

it("D1: a village's `村庄环境卫生检查` keeps its 村 after the village's name, and its 频次 is told as the village's own text tells it", async () => {
  const text = await rolledUpText("桐溪县城南镇人民政府", "乡镇", [
    ["桐溪县城南镇柳塘村村民委员会", "村", { 组织保障: [group("柳塘村创建文明城市工作领导小组"), { 事项类型: "督查检查", 名称或内容: "村庄环境卫生检查", 数量: 12, 单位: "次", 频次: "每月2次" }] }],
    ["桐溪县城南镇桥头村村民委员会", "村", { 组织保障: [group("桥头村创文工作领导小组")] }],
  ]);
  expect(text).toContain("柳塘村坚持每月开展村庄环境卫生检查2次，累计12次。");
  expect(text).not.toContain("开展庄环境");
});

it("D1: without a 频次 the village's inspection keeps its whole name", async () => {
  const text = await rolledUpText("桐溪县城南镇人民政府", "乡镇", [
    ["桐溪县城南镇柳塘村村民委员会", "村", { 组织保障: [group("柳塘村创建文明城市工作领导小组"), { 事项类型: "督查检查", 名称或内容: "村庄环境卫生检查", 数量: 24, 单位: "次" }] }],
    ["桐溪县城南镇桥头村村民委员会", "村", { 组织保障: [group("桥头村创文工作领导小组")] }],
  ]);
  expect(text).toContain("柳塘村开展村庄环境卫生检查24次。");
});
