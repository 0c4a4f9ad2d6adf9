/**
 * New-user test 37 (docs/new-user-test-pane-37.md): D8 and D10, each as the tester typed it.
 */
import { rolledUpText } from "./support/rollup";
import { summaryTextOf } from "./support/summaries";

it("D8: a district roll-up tells a bureau's 培训驾驶员 under 深化宣传教育, beside one activity named, never as a 宣传阵地", async () => {
  const street = (name: string): readonly [string, string, Record<string, Record<string, string | number>[]>] => [name, "街道", {
    问题整改: [{ 问题类别: "乱张贴", 发现数: 30, 已整改数: 30, 单位: "处" }],
    宣传投放: [{ 类型: "公益广告", 位置或内容: "主干道沿线", 数量: 120, 单位: "块", 方式: "新设" }],
  }];
  const text = await rolledUpText("城南区文明办", "机关部门", [
    street("东城街道办事处"),
    street("西城街道办事处"),
    ["城南区交通运输局", "机关部门", { 其他指标: [{ 板块: "宣传教育", 指标名称: "培训驾驶员", 数值: 2300, 单位: "人次", 表述: "精确" }] }],
    ["城南区民政局", "机关部门", { 活动台账: [{ 日期: "2025-05-20", 活动名称: "文明婚俗宣传", 活动类型: "宣传教育", 参与数量: 200, 单位: "人" }] }],
  ]);
  expect(text).toContain("　　二是深化宣传教育。区民政局开展“文明婚俗宣传”活动，参与200人。区交通运输局培训驾驶员2300人次。\n");
  expect(text).not.toContain("拓展宣传阵地");
  expect(text).not.toContain("宣传教育活动1场");
});

it("D10: 上期遗留 problems in mixed measure words are told per measure word with their kinds, never `3起、7处`", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "锦绣华庭社区居委会", 单位类型: "社区", 报告年度: 2025, 报告期: "下半年" },
    ledgers: { 问题整改: [
      { 问题类别: "其他", 发现数: 3, 已整改数: 3, 单位: "起", 来源: "上期遗留", 备注: "物业服务纠纷" },
      { 问题类别: "占道堆放", 发现数: 5, 已整改数: 4, 单位: "处", 来源: "上期遗留", 备注: "楼道堆物" },
      { 问题类别: "其他", 发现数: 2, 已整改数: 0, 单位: "处", 来源: "上期遗留", 备注: "犬只粪便未清理" },
      { 问题类别: "乱张贴", 发现数: 40, 已整改数: 40, 单位: "处" },
    ] },
  });
  expect(text).toContain("上期遗留的3起物业服务纠纷已全部化解，7处占道堆放和犬只粪便未清理问题已整改4处。");
  expect(text).not.toContain("3起、7处");
});
