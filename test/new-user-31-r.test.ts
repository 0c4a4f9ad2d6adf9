/**
 * New-user test 31 (docs/new-user-test-pane-31.md), defects D1, D2, D21 and D26: the village 柳溪村 (移风易俗, 红白理事会) as
 * the tester typed it, and the same data as 青石镇妇联 (群团组织, 第二季度).
 */
import { carriedMechanism } from "../src/core/narrative/points-ledgers";
import { summaryTextOf } from "./support/summaries";

type Content = Parameters<typeof summaryTextOf>[0];

/** 柳溪村's ledgers (the tester's make.js, b-村.xlsx), under the given 基本信息. */
const village = (profile: Content["profile"]): Content => ({
  profile,
  ledgers: {
    组织保障: [
      { 事项类型: "工作机制", 名称或内容: "修订村规民约，成立红白理事会", 数量: 1, 单位: "个", 日期: "2025.3.1" },
      { 事项类型: "其他", 名称或内容: "红白理事会成员", 数量: 9, 单位: "人" },
    ],
    先进典型: [
      { 荣誉名称: "星级文明户", 级别: "社区/村", 类别: "其他", 人数: 42, 日期: "2025.12.1" },
      { 荣誉名称: "镇级好婆婆", 级别: "街道/乡镇", 类别: "孝老爱亲", 人数: 3, 姓名: "张某某", 日期: "2025.9.9" },
    ],
    问题整改: [
      { 问题类别: "卫生死角", 发现数: 60, 已整改数: 60, 单位: "处", 责任单位: "村两委" },
      { 问题类别: "其他", 发现数: 12, 已整改数: 10, 单位: "起", 责任单位: "红白理事会", 备注: "大操大办劝导" },
    ],
    活动台账: [{ 日期: "2025.8.8", 活动名称: "道德讲堂：孝老爱亲", 活动类型: "道德讲堂", 参与数量: 50, 单位: "人次" }],
    其他指标: [
      { 板块: "道德建设", 指标名称: "劝导简办婚丧喜事", 数值: 18, 单位: "起", 表述: "精确" },
      { 板块: "道德建设", 指标名称: "节约办事费用", 数值: "约30万", 单位: "元", 表述: "约" },
    ],
  },
});

const villageText = (): Promise<string> => summaryTextOf(village({ 单位名称: "柳溪村村民委员会", 单位类型: "村", 上级指导单位: "青石镇党委", 报告年度: 2025, 报告期: "全年" }));
const federationText = (): Promise<string> => summaryTextOf(village({ 单位名称: "青石镇妇联", 单位类型: "群团组织", 上级指导单位: "青石镇党委", 报告年度: 2025, 报告期: "第二季度" }));

it("D1: 移风易俗 figures of 道德建设 are a point of their own, never appended to the 道德讲堂 point", async () => {
  const text = await villageText();
  // The 大操大办 cases persuaded are told there first (new-user test 36, D1: 移风易俗 problems are no environment 顽疾).
  expect(text).toContain("　　二是办好讲堂。8月8日开展“孝老爱亲”主题道德讲堂，参与50人次。\n　　三是推进移风易俗。排查发现大操大办问题12起，已劝导10起。节约办事费用约30万元。\n");
  expect(await federationText()).toContain("　　二是推进移风易俗。排查发现大操大办问题12起，已劝导10起。节约办事费用约30万元。\n");
});

it("D2: a 其他 problem named with its action (`大操大办劝导`) is the problem, then the action: never `大操大办劝导问题`", async () => {
  const text = await villageText();
  // Told in 推进移风易俗, never beside the 卫生死角 under 环境整治 (new-user test 36, D1).
  expect(text).toContain("二、狠抓环境整治，建设美丽家园\n　　累计排查发现卫生死角问题60处，均已整改到位。\n");
  expect(text).toContain("三是推进移风易俗。排查发现大操大办问题12起，已劝导10起。");
  expect(text).toContain("　　大操大办问题12起中尚有2起未纠正到位，需持续跟进。\n");
  expect(text).toContain("，劝导简办婚丧喜事18起，整改卫生死角问题60处。现将有关情况总结如下。");
  expect(text).not.toContain("大操大办劝导");
});

it("D21: `红白理事会成员` 9人 joins the clause that set the council up; on its own it has a predicate", async () => {
  expect(await villageText()).toContain("一、加强组织领导，压实创建责任\n　　3月1日修订村规民约，成立红白理事会，成员9人。\n二、");
  // Carried (before the period) the council is no longer set up in the text: its members stand with a predicate.
  expect(await federationText()).toContain("　　二是夯实基础。红白理事会有成员9人。\n");
});

it("D26: a multi-clause 工作机制 set up before the period goes on clause by clause, under 完善机制", async () => {
  const text = await federationText();
  expect(text).toContain("　　一是完善机制。继续执行修订后的村规民约，发挥红白理事会作用。\n");
  expect(text).not.toContain("成立红白理事会");
});

it("D26: carriedMechanism rewrites every clause of a carried 工作机制", () => {
  expect(carriedMechanism("修订村规民约，成立红白理事会")).toBe("继续执行修订后的村规民约，发挥红白理事会作用");
  expect(carriedMechanism("成立红白理事会，建立婚丧事报备制度")).toBe("继续发挥红白理事会作用，落实婚丧事报备制度");
  expect(carriedMechanism("建立路口文明交通劝导责任制")).toBe("继续落实路口文明交通劝导责任制");
  expect(carriedMechanism("网格化管理机制，成立巡查队")).toBe("网格化管理机制，发挥巡查队作用");
});

it("D2: the other actions that close a 其他 problem's name are turned round too (`楼道杂物清理` → 清理楼道杂物)", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "和平社区居委会", 单位类型: "社区", 报告年度: 2025, 报告期: "上半年" },
    ledgers: { 问题整改: [{ 问题类别: "卫生死角", 发现数: 20, 已整改数: 20, 单位: "处" }, { 问题类别: "其他", 发现数: 15, 已整改数: 15, 单位: "处", 备注: "楼道杂物清理" }] },
  });
  expect(text).toContain("　　累计排查发现各类问题35处，均已整改到位。其中清理卫生死角20处、楼道杂物15处。\n");
  expect(text).not.toContain("楼道杂物清理");
});
