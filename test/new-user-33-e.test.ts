/**
 * New-user test 33 (docs/new-user-test-pane-33.md), defects D1, D2, D3 and D9, each as the tester typed it.
 */
import { summaryTextOf } from "./support/summaries";

const community = { 单位名称: "锦绣社区居民委员会", 单位简称: "锦绣社区", 单位类型: "社区", 报告年度: 2025, 报告期: "上半年" };
const bureau = { 单位名称: "区市场监督管理局", 单位简称: "区市场监管局", 单位类型: "机关", 报告年度: 2025, 报告期: "第二季度" };

it("D1: an 其他 problem whose 备注 says where it was found (`老旧小区改造中发现的飞线充电`) is its kind in the total, never `的的`", async () => {
  const text = await summaryTextOf({ profile: community, ledgers: { 问题整改: [
    { 问题类别: "乱张贴", 发现数: 60, 已整改数: 58, 单位: "处" },
    { 问题类别: "其他", 发现数: 15, 已整改数: 15, 单位: "处", 备注: "老旧小区改造中发现的飞线充电" },
  ] } });
  expect(text).not.toContain("的的");
  expect(text).toContain("　　累计排查发现各类问题75处，已整改73处，整改率为97.3%。其中清理乱张贴58处，整改老旧小区改造中发现的飞线充电问题15处。\n");
});

it("D1: the one problem found so is told in its own words (`老旧小区改造中发现飞线充电问题15处`)", async () => {
  const text = await summaryTextOf({ profile: community, ledgers: { 问题整改: [
    { 问题类别: "其他", 发现数: 15, 已整改数: 12, 单位: "处", 备注: "老旧小区改造中发现的飞线充电" },
  ] } });
  expect(text).not.toContain("的的");
  expect(text).toContain("　　老旧小区改造中发现飞线充电问题15处，已整改12处，整改率为80%。\n");
  expect(text).toContain("老旧小区改造中发现的飞线充电问题15处中尚有3处未整改到位");
});

it("D3: complaints named with their handling (`投诉举报处置`) are received and closed: `受理投诉举报1200件，已办结1150件`", async () => {
  const text = await summaryTextOf({ profile: bureau, ledgers: { 问题整改: [
    { 问题类别: "其他", 发现数: "1,200", 已整改数: "1,150", 单位: "件", 备注: "投诉举报处置" },
  ] } });
  expect(text).not.toContain("处置");
  expect(text).toContain("2025年第二季度，区市场监管局办结投诉举报1150件。");
  expect(text).toContain("　　受理投诉举报1200件，已办结1150件，办结率为95.8%。\n");
  expect(text).toContain("　　投诉举报1200件中尚有50件未办结，需持续跟进。\n");
});

it("D3 (the tester's rows): complaints beside problems counted in 处 are a clause of their own, received and closed", async () => {
  const text = await summaryTextOf({ profile: bureau, ledgers: { 问题整改: [
    { 问题类别: "占道经营", 发现数: 80, 已整改数: 76, 单位: "处" },
    { 问题类别: "其他", 发现数: "1,200", 已整改数: "1,150", 单位: "件", 备注: "投诉举报处置" },
  ] } });
  expect(text).not.toMatch(/处置|整改投诉|投诉举报处置问题/u);
  expect(text).toContain("2025年第二季度，区市场监管局规范占道经营76处，办结投诉举报1150件。");
  expect(text).toContain("　　巡查发现占道经营问题80处，已整改76处；受理投诉举报1200件，已办结1150件。\n");
  expect(text).toContain("　　占道经营80处中尚有4处未整改到位，投诉举报1200件中尚有50件未办结，需持续跟进。\n");
});

it("D3: 12345工单办理 all closed beside problems in 处: `受理12345热线工单300件，均已办结`", async () => {
  const text = await summaryTextOf({ profile: bureau, ledgers: { 问题整改: [
    { 问题类别: "占道经营", 发现数: 80, 已整改数: 76, 单位: "处" },
    { 问题类别: "其他", 发现数: 300, 已整改数: 300, 单位: "件", 备注: "12345热线工单办理" },
  ] } });
  expect(text).toContain("　　巡查发现占道经营问题80处，已整改76处；受理12345热线工单300件，均已办结。\n");
});

it("D2: a 公益广告 row whose 位置或内容 is a place (`老旧小区楼道及围墙`) is set up there, with its type named", async () => {
  const text = await summaryTextOf({ profile: community, ledgers: { 宣传投放: [
    { 类型: "公益广告", 位置或内容: "老旧小区楼道及围墙", 数量: "百余", 单位: "块", 方式: "新设" },
    { 类型: "横幅", 位置或内容: "物业小区", 数量: 35, 单位: "条", 方式: "新设" },
  ] } });
  expect(text).toContain("　　在老旧小区楼道及围墙设置公益广告100余块，在物业小区悬挂横幅35条。\n");
});

it("D9: a 公益广告 row at `小区围墙` (the next period's file) is `在小区围墙设置公益广告60块`", async () => {
  const text = await summaryTextOf({ profile: community, ledgers: { 宣传投放: [
    { 类型: "公益广告", 位置或内容: "小区围墙", 数量: 60, 单位: "块", 方式: "新设", "投入金额（元）": 5000 },
  ] } });
  expect(text).toContain("　　投入宣传经费5000元，在小区围墙设置公益广告60块。\n");
});

it("D2: a 位置或内容 that is the content, not a place (`文明养犬`), keeps the type as the thing set up", async () => {
  const text = await summaryTextOf({ profile: community, ledgers: { 宣传投放: [
    { 类型: "公益广告", 位置或内容: "文明养犬", 数量: 20, 单位: "块", 方式: "新设" },
  ] } });
  expect(text).toContain("　　设置文明养犬公益广告20块。\n");
});
