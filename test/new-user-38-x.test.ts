/**
 * New-user test 38 (docs/new-user-test-pane-38.md): D6, D8, D9 and D10, each as the tester typed it (docs/new-user-test-38-files/make.js).
 */
import { summaryTextOf } from "./support/summaries";

it("D6: publicity taken from door to door counted in 户 has its verb: `开展“垃圾分类入户宣传”活动，覆盖120户`", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "柳塘村村民委员会", 单位类型: "村", 报告年度: 2025, 报告期: "下半年" },
    ledgers: { 活动台账: [
      { 日期: "2025-09-20", 活动名称: "乡村大舞台文艺汇演", 活动类型: "文体活动", 参与数量: 600, 单位: "人次" },
      { 日期: "2025-11-08", 活动名称: "垃圾分类入户宣传", 活动类型: "宣传教育", 参与数量: 120, 单位: "户" },
    ] },
  });
  expect(text).toContain("11月8日开展“垃圾分类入户宣传”活动，覆盖120户。");
  expect(text).not.toContain("垃圾分类入户宣传120户");
});

it("D6: a visit that names who was visited keeps its figure straight after (`走访慰问独居老人40户`)", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "柳塘村村民委员会", 单位类型: "村", 报告年度: 2025, 报告期: "下半年" },
    ledgers: { 活动台账: [{ 日期: "2025-09-28", 活动名称: "中秋慰问独居老人", 活动类型: "关爱帮扶", 参与数量: 40, 单位: "户" }] },
  });
  expect(text).toContain("结合中秋节走访慰问独居老人40户");
});

it("D8: a 专项's 工作思路 that leads with its means (`以全民阅读周为抓手推进文明单位创建`) ends in work: no `开展创建工作` after it", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "城南区图书馆", 单位类型: "企事业单位", 报告年度: 2025, 报告期: "专项", 起始日期: "2025-04-20", 截止日期: "2025-04-26", 工作思路: "以全民阅读周为抓手推进文明单位创建" },
    ledgers: {
      活动台账: [
        { 日期: "2025-04-23", 活动名称: "世界读书日阅读分享会", 活动类型: "宣传教育", 参与数量: 150, 单位: "人次" },
        { 日期: "2025-04-25", 活动名称: "文明礼仪进馆", 活动类型: "宣传教育", 参与数量: 60, 单位: "人" },
      ],
      志愿服务: [{ 队伍名称: "馆员志愿服务队", 队伍类型: "专业志愿者", 注册人数: 18, 服务次数: 6, "服务时长（小时）": 40, 主要服务内容: "图书导读" }],
    },
  });
  expect(text).toContain("2025年4月20日至26日，城南区图书馆以全民阅读周为抓手推进文明单位创建。现将有关情况总结如下。");
});

it("D9: a team's service done for someone (`为环卫工人提供热水`) takes no 参与: `主要为环卫工人提供热水服务`", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "中石化城南加油站", 单位类型: "企事业单位", 报告年度: 2025, 报告期: "月度", 起始日期: "2025-05-01" },
    ledgers: { 志愿服务: [{ 队伍名称: "加油站爱心驿站服务队", 队伍类型: "其他", 注册人数: 12, 主要服务内容: "为环卫工人提供热水" }] },
  });
  expect(text).toContain("加油站爱心驿站服务队现有注册志愿者12人，主要为环卫工人提供热水服务。");
});

it("D9: a repair typed as a task (`路灯维修`) is said verb first, its rest named as typed", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "滨江公园管理处", 单位类型: "企事业单位", 报告年度: 2025, 报告期: "第三季度", 起始日期: "2025-07-01", 截止日期: "2025-09-30" },
    ledgers: { 问题整改: [
      { 问题类别: "其他", 发现数: 18, 已整改数: 15, 单位: "处", 备注: "游客乱扔垃圾" },
      { 问题类别: "其他", 发现数: 5, 已整改数: 5, 单位: "处", 备注: "不文明游园行为劝导" },
      { 问题类别: "其他", 发现数: 4, 已整改数: 2, 单位: "个", 备注: "路灯维修" },
      { 问题类别: "其他", 发现数: 3, 已整改数: 3, 单位: "起", 备注: "遛狗不拴绳纠纷" },
    ] },
  });
  // Since 42-e a 备注 closing with its action (`不文明游园行为劝导`) is said with it; the opening names the problem alone.
  expect(text).toContain("整治游客乱扔垃圾15处，劝导不文明游园行为5处，维修路灯2个（计划4个），化解遛狗不拴绳纠纷3起。");
  expect(text).toContain("重点整治游客乱扔垃圾、不文明游园行为等问题。");
  expect(text).toContain("游客乱扔垃圾18处中尚有3处未整改到位，路灯维修尚有2个未完成，需持续跟进。");
});

it("D9: a 机关's complaints about its own window are no headline of its quarter: its volunteer service leads", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "江城市城南区税务局", 单位简称: "区税务局", 单位类型: "机关部门", 报告年度: 2025, 报告期: "第一季度", 起始日期: "2025-01-01", 截止日期: "2025-03-31" },
    ledgers: {
      志愿服务: [{ 队伍名称: "税务青年志愿服务队", 队伍类型: "青年志愿者", 注册人数: 46, 服务次数: 8, "服务时长（小时）": 120, 主要服务内容: "办税辅导、包联社区" }],
      问题整改: [{ 问题类别: "其他", 发现数: 3, 已整改数: 3, 单位: "件", 备注: "办税服务厅窗口服务态度投诉" }],
      活动台账: [{ 日期: "2025-03-05", 活动名称: "学雷锋便民办税春风行动", 活动类型: "志愿服务", 参与数量: 30, 单位: "人" }],
    },
  });
  expect(text).toContain("2025年第一季度，区税务局开展志愿服务8次，服务时长120小时。现将有关情况总结如下。");
  expect(text).toContain("受理办税服务厅窗口服务态度投诉3件，均已办结。");
});

it("D9: a 12345 热线 centre's complaints are its business: they head its opening", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "城南区12345政务服务便民热线中心", 单位类型: "机关部门", 报告年度: 2025, 报告期: "第一季度", 起始日期: "2025-01-01", 截止日期: "2025-03-31" },
    ledgers: { 问题整改: [{ 问题类别: "其他", 发现数: 300, 已整改数: 300, 单位: "件", 备注: "群众投诉" }] },
  });
  expect(text).toMatch(/^\u3000\u30002025年第一季度，[^。]*办结群众投诉300件/mu);
});

it("D10: a figure whose name ends in its measure (`认定志愿服务学分` 3600 学分) takes the short one; 学分认定 is no service 参与-ed", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "江城理工学院", 单位类型: "学校", 报告年度: 2025, 报告期: "全年", 常住人口: "1.2万" },
    ledgers: {
      志愿服务: [{ 队伍名称: "青年志愿者协会", 队伍类型: "青年志愿者", 注册人数: 1800, 服务次数: 320, "服务时长（小时）": 12000, 主要服务内容: "支教、文明交通劝导；志愿服务学分认定" }],
      其他指标: [{ 板块: "志愿服务", 指标名称: "认定志愿服务学分", 数值: 3600, 单位: "学分" }],
    },
  });
  expect(text).toContain("青年志愿者协会现有注册青年志愿者1800人，占师生总数的15%，主要参与支教、文明交通劝导，并负责志愿服务学分认定；累计开展志愿服务320次，服务时长1.2万小时。");
  expect(text).toContain("认定志愿服务学分3600分");
  expect(text).not.toContain("3600学分");
});
