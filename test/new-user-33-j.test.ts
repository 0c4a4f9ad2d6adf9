/**
 * New-user test 33 (docs/new-user-test-pane-33.md), the 宣传投放 sentence: D18 (公益广告 on buses, 车载移动电视), one verb over a
 * list that governs every item, and a 公益广告 whose 位置或内容 is its theme.
 */
import { summaryTextOf } from "./support/summaries";

const community = { 单位名称: "锦绣社区居民委员会", 单位简称: "锦绣社区", 单位类型: "社区", 报告年度: 2025, 报告期: "上半年" };
const bus = { 单位名称: "城南公共交通有限公司", 单位简称: "城南公交", 单位类型: "企事业单位", 报告年度: 2025, 报告期: "全年" };

it("D18: 公益广告 on `公交车身` is 投放-ed there, and an 电子屏 named `车载移动电视` is that screen", async () => {
  const text = await summaryTextOf({ profile: bus, ledgers: { 宣传投放: [
    { 类型: "公益广告", 位置或内容: "公交车身", 数量: 120, 单位: "块", 方式: "新设", "投入金额（元）": 60000 },
    { 类型: "电子屏", 位置或内容: "车载移动电视", 数量: 300, 单位: "块", 方式: "维护" },
  ] } });
  expect(text).toContain("　　投入宣传经费6万元，在公交车身投放公益广告120块，维护车载移动电视300块。\n");
});

it("D18: ads in `出租车及公交车` are 投放-ed; at a place that carries nothing (`小区围墙`) they are still 设置-ed", async () => {
  const text = await summaryTextOf({ profile: bus, ledgers: { 宣传投放: [
    { 类型: "公益广告", 位置或内容: "出租车及公交车", 数量: 80, 单位: "块", 方式: "新设" },
  ] } });
  expect(text).toContain("　　在出租车及公交车投放公益广告80块。\n");
  const wall = await summaryTextOf({ profile: community, ledgers: { 宣传投放: [
    { 类型: "公益广告", 位置或内容: "小区围墙", 数量: 60, 单位: "块", 方式: "新设" },
  ] } });
  expect(wall).toContain("　　在小区围墙设置公益广告60块。\n");
});

it("a 宣传资料 named by its paper (`垃圾分类倡议书`) is handed out, never governed by the 设置 of the things put up; a thing's place is said with it alone", async () => {
  const text = await summaryTextOf({ profile: community, ledgers: { 宣传投放: [
    { 类型: "公益广告", 位置或内容: "小区出入口、楼道", 数量: "100余", 单位: "块" },
    { 类型: "宣传栏", 位置或内容: "文明养犬宣传栏", 数量: 12, 单位: "块" },
    { 类型: "宣传资料", 位置或内容: "垃圾分类倡议书", 数量: 2000, 单位: "份" },
  ] } });
  expect(text).toContain("　　在小区出入口、楼道设置公益广告100余块，设置文明养犬宣传栏12块，发放垃圾分类倡议书2000份。\n");
});

it("a 公益广告 whose 位置或内容 is its theme (`文明养犬`) keeps the theme: `设置文明养犬公益广告20块`", async () => {
  const text = await summaryTextOf({ profile: community, ledgers: { 宣传投放: [
    { 类型: "公益广告", 位置或内容: "文明养犬", 数量: 20, 单位: "块", 方式: "新设" },
    { 类型: "展板", 位置或内容: "垃圾分类", 数量: 6, 单位: "块", 方式: "更换" },
  ] } });
  expect(text).toContain("　　设置文明养犬公益广告20块，更换垃圾分类展板6块。\n");
});

it("two things of one verb with no place stay one list: `设置公益广告30块、宣传栏8块`", async () => {
  const text = await summaryTextOf({ profile: community, ledgers: { 宣传投放: [
    { 类型: "公益广告", 数量: 30, 单位: "块", 方式: "新设" },
    { 类型: "宣传栏", 数量: 8, 单位: "块", 方式: "新设" },
    { 类型: "宣传资料", 位置或内容: "文明养犬倡议书", 数量: 500, 单位: "份" },
  ] } });
  expect(text).toContain("　　设置公益广告30块和宣传栏8块，发放文明养犬倡议书500份。\n");
});

it("a place of a thing that does not lead its verb's list stays untold: the list keeps one verb (`更换宣传栏26块和道旗66面`)", async () => {
  const text = await summaryTextOf({ profile: community, ledgers: { 宣传投放: [
    { 类型: "宣传栏", 数量: 26, 单位: "块", 方式: "更换" },
    { 类型: "道旗", 位置或内容: "小区主干道", 数量: 66, 单位: "面", 方式: "更换" },
  ] } });
  expect(text).toContain("　　更换宣传栏26块和道旗66面。\n");
});
