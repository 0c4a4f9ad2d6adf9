/**
 * New-user test 34 (docs/new-user-test-pane-34.md): D14 (each publicity thing keeps its own verb: a 墙绘 is 绘制-ed, a screen a
 * vehicle carries is used to play ads) and D23 (after a user 导语 the unit is named by its 单位简称; a thing's damage is a 问题).
 */
import { summaryTextOf } from "./support/summaries";

const village = { 单位名称: "柳塘村村民委员会", 单位简称: "柳塘村", 单位类型: "村", 报告年度: 2025, 报告期: "全年" };
const bureau = { 单位名称: "某某区交通运输局", 单位简称: "区交通局", 单位类型: "机关部门", 上级指导单位: "区文明办", 报告年度: 2025, 报告期: "上半年" };

it("D14: a 墙绘 is 绘制-ed and named by its theme, never listed under 设置 with the 宣传栏", async () => {
  const text = await summaryTextOf({ profile: village, ledgers: { 宣传投放: [
    { 类型: "墙绘", 位置或内容: "乡风文明墙绘", 数量: 20, 单位: "平方米", 方式: "新设", "投入金额（元）": 15000 },
    { 类型: "宣传栏", 位置或内容: "村务公开及文明宣传栏", 数量: 3, 单位: "块", 方式: "新设" },
  ] } });
  expect(text).toContain("　　投入宣传经费1.5万元，设置宣传栏3块，绘制乡风文明墙绘20平方米。\n");
  const plain = await summaryTextOf({ profile: village, ledgers: { 宣传投放: [{ 类型: "墙绘", 数量: 50, 单位: "平方米" }] } });
  expect(plain).toContain("　　制作墙绘50平方米。\n");
});

it("D14: an 电子屏 that is a taxi's 顶灯屏 plays ads, and ads named with their bus and stop are 投放-ed there", async () => {
  const text = await summaryTextOf({ profile: bureau, ledgers: { 宣传投放: [
    { 类型: "公益广告", 位置或内容: "公交车身及站台公益广告", 数量: 300, 单位: "幅", 方式: "新设", "投入金额（元）": "1.5万" },
    { 类型: "电子屏", 位置或内容: "出租车顶灯屏", 数量: 800, 单位: "块", 方式: "新设" },
  ] } });
  expect(text).toContain("在公交车身及站台投放公益广告300幅，利用800块出租车顶灯屏滚动播放公益广告。\n");
});

it("D14: a screen that is maintained, or one at a place (`大堂显示屏`), keeps its own verb", async () => {
  const text = await summaryTextOf({ profile: bureau, ledgers: { 宣传投放: [
    { 类型: "电子屏", 位置或内容: "公交车载显示屏", 数量: 120, 单位: "块", 方式: "维护" },
    { 类型: "电子屏", 位置或内容: "大堂显示屏", 数量: 2, 单位: "块", 方式: "新设" },
  ] } });
  expect(text).toContain("维护公交车载显示屏120块");
  expect(text).toContain("设置大堂显示屏2块");
});

it("D23: after a 导语 the unit is named by its 单位简称, and `公交站台破损` rectified is its 问题", async () => {
  const text = await summaryTextOf({ profile: bureau, ledgers: {
    文字材料: [{ 类型: "导语", 内容: "上半年，局党组把创建工作纳入全年重点任务。" }],
    问题整改: [
      { 问题类别: "占道经营", 发现数: 12, 已整改数: 12, 单位: "处" },
      { 问题类别: "其他", 发现数: 30, 已整改数: 28, 单位: "个", 备注: "公交站台破损" },
    ],
  } });
  expect(text).toContain("　　上半年，局党组把创建工作纳入全年重点任务。区交通局在区文明办的指导下，整改公交站台破损问题28个，规范占道经营12处。现将有关情况总结如下。\n");
  expect(text).toContain("　　公交站台破损问题30个中尚有2个未整改到位，需持续跟进。\n");
});
