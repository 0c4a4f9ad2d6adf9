/**
 * New-user test 53 (docs/new-user-test-pane-53.md), D7, D9, D10, and new-user test 52 (docs/new-user-test-pane-52.md),
 * D13, D15, D16: figures, publicity verbs, 其他指标 and the opening of the summary.
 */
import { shortNameNote } from "../src/core/rollup";
import { summaryTextOf } from "./support/summaries";

const hospital = {
  profile: { 单位名称: "县中医院", 单位类型: "企事业单位", 上级指导单位: "县卫健局、县文明办", 报告年度: 2025, 报告期: "第三季度" },
  ledgers: {
    宣传投放: [
      { 类型: "电子屏", 位置或内容: "门诊大厅、住院部电子屏滚动播放文明就医公益广告", 数量: "6", 单位: "块", 方式: "新设", "投入金额（元）": "3,600元", 日期: "2025.7.10" },
      { 类型: "展板", 位置或内容: "中医药文化长廊", 数量: "24", 单位: "块", 方式: "新设", "投入金额（元）": "1.5万", 日期: "8月20日" },
      { 类型: "宣传资料", 位置或内容: "《中医药养生知识手册》", 数量: "两千", 单位: "份", 方式: "发放", "投入金额（元）": "约4000", 日期: "2025年9月1日" },
      { 类型: "其他", 位置或内容: "微信公众号推文", 数量: "15", 单位: "条", 方式: "", 日期: "", 备注: "公众号发了十五篇左右" },
    ],
    问题整改: [
      { 问题类别: "其他", 发现数: "35", 已整改数: "32", 单位: "件", 责任单位: "医务科", 备注: "患者投诉，主要是态度问题和排队时间长" },
      { 问题类别: "卫生死角", 发现数: "十八", 已整改数: "18", 单位: "处", 责任单位: "后勤保障科", 整改时限: "2025.8.30" },
    ],
    其他指标: [
      { 板块: "其他", 指标名称: "受理患者投诉", 数值: "35", 单位: "件", 表述: "", 备注: "同问题整改" },
      { 板块: "其他", 指标名称: "投诉办结率", 数值: "百分之九十一", 单位: "%" },
      { 板块: "宣传教育", 指标名称: "开展中医药健康讲座", 数值: "十", 单位: "场", 频次: "每周1次", 备注: "" },
      { 板块: "设施建设", 指标名称: "改造无障碍卫生间", 数值: "2", 单位: "个" },
    ],
  },
};

it("53 D7, D9: a 公众号推文 row is published in its own clause; the opening's figures are not said again; the 办结率 is the counts'", async () => {
  const text = await summaryTextOf(hospital as never);
  expect(text).toContain("开展中医药健康讲座10场，投入宣传经费约2.3万元，办结患者投诉32件。现将有关情况总结如下。");
  expect(text).toContain("设置电子屏6块和展板24块，发放宣传资料2000份，发布微信公众号推文15条。");
  expect(text).not.toContain("和微信公众号推文");
  expect(text.match(/投入宣传经费约2\.3万元/gu)?.length).toBe(1);
  expect(text).toContain("受理患者投诉35件，已办结32件。");
  expect(text).not.toContain("91%");
});

it("52 D16: verb-less 其他指标 names take the verb of their kind", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "县第三中学", 单位类型: "学校", 报告年度: 2025, 报告期: "上半年" },
    ledgers: {
      其他指标: [
        { 板块: "其他", 指标名称: "办理公积金业务", 数值: "1.5万", 单位: "笔", 表述: "约" },
        { 板块: "其他", 指标名称: "好评", 数值: "3600", 单位: "条" },
        { 板块: "思想道德", 指标名称: "心理健康辅导", 数值: "150", 单位: "人次", 表述: "约" },
        { 板块: "思想道德", 指标名称: "文明班级评比参评班级", 数值: "36", 单位: "个" },
        { 板块: "思想道德", 指标名称: "开设道德课", 数值: "36", 单位: "节" },
      ],
      活动台账: [{ 日期: "2025-03-05", 活动名称: "学雷锋日志愿服务", 活动类型: "志愿服务", 参与数量: 60, 单位: "人" }],
    },
  } as never);
  expect(text).toContain("参评文明班级36个，开设道德课36节。");
  expect(text).toContain("开展心理健康辅导约150人次。");
  expect(text).toContain("办理公积金业务约1.5万笔，收到好评3600条。");
});

it("52 D13: a 单位名称 that is the full form of its file's name gets no short-name hint", () => {
  expect(shortNameNote({ unitName: "县出租汽车公司", label: "d/出租车公司.xlsx" }, [])).toBeUndefined();
  expect(shortNameNote({ unitName: "城管三中队", label: "cg-第三执法中队.xlsx" }, [])).toContain("像是简称");
});
