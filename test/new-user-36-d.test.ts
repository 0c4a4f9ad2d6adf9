/**
 * New-user test 36 (docs/new-user-test-pane-36.md), session d: D2 (the 导语's one standing figure after a period, `现有注册志愿者`) and
 * D6 (one registration rate said `不足2%` or `为2%` as the 常住人口 was typed `约6800` or 6800), each as the tester typed it.
 */
import { summaryTextOf } from "./support/summaries";

it("D2: a 学院's quarter with its own 导语 heads the period's volunteer service, the size after it, and says 学院 as its 导语 does", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "江城职业技术学院", 单位类型: "学校", 报告年度: 2025, 报告期: "第一季度" },
    ledgers: {
      组织保障: [{ 事项类型: "领导小组", 名称或内容: "学院创文工作领导小组", 数量: 1, 单位: "个" }],
      志愿服务: [
        { 队伍名称: "青年志愿者协会", 队伍类型: "青年志愿者", 注册人数: 860, 服务次数: 40, "服务时长（小时）": 3200 },
        { 队伍名称: "学雷锋小组", 队伍类型: "青年志愿者", 注册人数: 120 },
      ],
      活动台账: [
        { 日期: "2025-03-05", 活动名称: "学雷锋月启动仪式", 活动类型: "志愿服务", 参与数量: 1200, 单位: "人" },
        { 日期: "2025-03-20", 活动名称: "未成年人思想道德建设进社区", 活动类型: "宣传教育", 参与数量: 60, 单位: "人" },
        { 日期: "2025-01-10", 活动名称: "道德讲堂：诚信考试", 活动类型: "道德讲堂", 参与数量: 300, 单位: "人" },
      ],
      文字材料: [{ 类型: "导语", 内容: "学院坚持立德树人，把创文融入人才培养全过程。" }],
    },
  });
  expect(text.split("\n")[2]).toBe("　　学院坚持立德树人，把创文融入人才培养全过程。2025年第一季度，学院共开展志愿服务40次，服务时长3200小时，注册志愿者达980人。现将有关情况总结如下。");
});

it("D2: a 协会's half year with no 导语 says its volunteer service and the size it reached, never `扎实推进创建工作，现有注册志愿者`", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "江城市志愿者协会", 单位类型: "群团组织", 报告年度: 2025, 报告期: "下半年" },
    ledgers: {
      志愿服务: [
        { 队伍名称: "应急救援队", 队伍类型: "专业志愿者", 注册人数: 300, 服务次数: 50, "服务时长（小时）": "1.2万" },
        { 队伍名称: "文明交通劝导队", 队伍类型: "综合志愿者", 注册人数: "２００", 服务次数: 80, "服务时长（小时）": "约5000" },
      ],
      活动台账: [
        { 日期: "2025-08-01", 活动名称: "“八一”拥军慰问", 活动类型: "关爱帮扶", 参与数量: 30, 单位: "人" },
        { 日期: "2025-12-05", 活动名称: "国际志愿者日主题活动", 活动类型: "志愿服务", 参与数量: 500, 单位: "人" },
      ],
      其他指标: [{ 板块: "志愿服务", 指标名称: "培训志愿者", 数值: 1200, 单位: "人次" }],
    },
  });
  expect(text.split("\n")[2]).toBe("　　2025年下半年，江城市志愿者协会开展志愿服务130次，服务时长约1.7万小时，注册志愿者达500人。现将有关情况总结如下。");
});

it("D6: 135 volunteers of 6800 residents (1.99%) are `不足2%` whether the 常住人口 was typed 约6800 or 6800", async () => {
  const content = (population: string | number): Parameters<typeof summaryTextOf>[0] => ({
    profile: { 单位名称: "东风路社区居委会", 单位类型: "社区", 报告年度: 2025, 报告期: "下半年", 常住人口: population, 户数: 2350 },
    ledgers: {
      志愿服务: [
        { 队伍名称: "东风路社区志愿服务站", 队伍类型: "综合志愿者", 注册人数: 100, 服务次数: 30, "服务时长（小时）": 100 },
        { 队伍名称: "党员先锋队", 队伍类型: "党员志愿者", 注册人数: 35, 服务次数: 30, "服务时长（小时）": 140 },
      ],
      问题整改: [{ 问题类别: "乱张贴", 发现数: 40, 已整改数: 38, 单位: "处" }, { 问题类别: "违章搭建", 发现数: 8, 已整改数: 6, 单位: "处" }],
    },
  });
  for (const population of ["约6800", 6800]) {
    const text = await summaryTextOf(content(population));
    expect(text).toContain("志愿者注册人数占常住人口比例偏低，志愿服务队伍规模还需进一步扩大。");
    expect(text).not.toContain("注册率为2%");
  }
});
