/**
 * New-user test 41 (docs/new-user-test-pane-41.md): D9, D10 with D4's 导语 figure, D11 and D20, each as the tester typed it
 * (inputs as docs/new-user-test-41-files/data.js built them).
 */
import { cli } from "./support/cli";
import { workbookFile } from "./support/files";
import { summaryTextOf } from "./support/summaries";

it("D9: a collective honour counted in 个 is said with its holder (6个班级获评…), and 主题班会 is no 师生典型", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "市第十二中学", 单位类型: "学校", 上级指导单位: "区教育局", 报告年度: 2025, 报告期: "全年" },
    ledgers: {
      先进典型: [
        { 荣誉名称: "文明班集体", 级别: "县/区", 类别: "其他", 人数: 6 },
        { 荣誉名称: "美德少年", 级别: "市", 类别: "孝老爱亲", 人数: 2, 姓名: "王小明、李华" },
      ],
      活动台账: [{ 日期: "2025-09-10", 活动名称: "家长学校开学第一课", 活动类型: "会议培训", 参与数量: 800, 单位: "人" }],
      其他指标: [{ 板块: "道德建设", 指标名称: "开展主题班会", 数值: 48, 单位: "节" }],
      文字材料: [{ 类型: "导语", 内容: "学校以文明校园创建为抓手，落实立德树人根本任务。" }],
    },
  });
  expect(text).toContain("　　一是师生典型。2人获评市级“美德少年”，6个班级获评区级“文明班集体”。\n");
  expect(text).toContain("　　二是理想信念教育。开展主题班会48节。\n　　三是家校共育。9月10日开展“家长学校开学第一课”活动，参与800人。\n");
  expect(text).not.toContain("“文明班集体”6个");
});

it("D10: a 街道's 导语 with its headline sentence gets no third sentence of a 其他指标 figure; the figure is told in the body", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "东风街道办事处", 单位类型: "街道", 上级指导单位: "区文明办", 报告年度: 2025, 报告期: "下半年", 常住人口: "8.6万", 户数: 32000 },
    ledgers: {
      问题整改: [
        { 问题类别: "占道经营", 发现数: 420, 已整改数: 400, 单位: "处" },
        { 问题类别: "流动摊点", 发现数: 300, 已整改数: 280, 单位: "处" },
      ],
      志愿服务: [{ 队伍名称: "东风街道文明交通志愿队", 队伍类型: "青年志愿者", 注册人数: 220, 服务次数: 60, "服务时长（小时）": 1800, 主要服务内容: "文明交通劝导" }],
      活动台账: [
        { 日期: "2025-09-20", 活动名称: "文明交通劝导周", 活动类型: "志愿服务", 参与数量: 500, 单位: "人次", 地点: "各路口" },
        { 日期: "2025-12-05", 活动名称: "国际志愿者日集中服务", 活动类型: "志愿服务", 参与数量: 300, 单位: "人次" },
      ],
      其他指标: [
        { 板块: "其他", 指标名称: "劝导交通违法行为", 数值: "1.5万", 单位: "人次" },
        { 板块: "环境整治", 指标名称: "清理小广告", 数值: "两万余", 单位: "处" },
      ],
      文字材料: [{ 类型: "导语", 内容: "下半年，街道以网格化管理为抓手，持续整治市容秩序。" }],
    },
  });
  const lead = text.split("\n")[2];
  expect(lead).not.toContain("下半年共劝导交通违法行为");
  expect(lead.match(/下半年/gu)).toHaveLength(1);
  expect(lead.endsWith("清理小广告2万余处。现将有关情况总结如下。")).toBe(true);
  expect(text).toContain("12月5日开展“国际志愿者日集中服务”活动，参与300人次。此外，劝导交通违法行为1.5万人次。\n");
});

it("D4: goods piled on the road are 整治-ed (整治占道堆放28处), and the 导语 tells no stray 积分超市 figure", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "机床厂社区居委会", 单位类型: "社区", 上级指导单位: "东风街道办事处", 报告年度: 2025, 报告期: "上半年", 户数: 2000 },
    ledgers: {
      问题整改: [
        { 问题类别: "乱张贴", 发现数: 55, 已整改数: 50, 单位: "处" },
        { 问题类别: "占道堆放", 发现数: 30, 已整改数: 28, 单位: "处" },
        { 问题类别: "卫生死角", 发现数: 24, 已整改数: 24, 单位: "处" },
      ],
      活动台账: [{ 日期: "2025-06-20", 活动名称: "邻里互助 结对帮扶空巢老人", 活动类型: "关爱帮扶", 参与数量: 35, 单位: "人" }],
      其他指标: [{ 板块: "其他", 指标名称: "积分超市兑换物品", 数值: "两千余", 单位: "件" }],
      文字材料: [{ 类型: "导语", 内容: "上半年我社区紧紧围绕创文工作目标，扎实推进老旧小区改造和文明创建。" }],
    },
  });
  expect(text).toContain("其中清理乱张贴50处、卫生死角24处，整治占道堆放28处。");
  expect(text).not.toContain("清理乱张贴50处、占道堆放28处");
  const lead = text.split("\n")[2];
  expect(lead).not.toContain("积分超市");
  expect(lead.match(/上半年/gu)).toHaveLength(1);
  expect(text).toContain("此外，积分超市兑换物品2000余件。");
});

it("D11: a 专项's volunteers recruited are told with the teams (壮大队伍), and its activities are 集中服务, never 常态服务", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "共青团城南区委员会", 单位简称: "团区委", 单位类型: "群团组织", 报告年度: 2025, 报告期: "专项", 专项名称: "“青春志愿行”暑期专项行动", 起始日期: "2025-07-01", 截止日期: "2025-08-31" },
    ledgers: {
      志愿服务: [{ 队伍名称: "城南区青年志愿者协会", 队伍类型: "青年志愿者", 注册人数: 2300, 服务次数: 45, "服务时长（小时）": 12000, 主要服务内容: "文明劝导、关爱留守儿童" }],
      活动台账: [{ 日期: "2025-08-05", 活动名称: "文明交通劝导", 活动类型: "志愿服务", 参与数量: "约150", 单位: "人" }],
      其他指标: [{ 板块: "志愿服务", 指标名称: "招募大学生志愿者", 数值: "三百余", 单位: "人" }],
      文字材料: [{ 类型: "导语", 内容: "暑期团区委组织开展青春志愿行专项行动。" }],
    },
  });
  expect(text).toContain("现有注册青年志愿者2300人，期间新招募大学生志愿者300余人，主要参与文明劝导、关爱留守儿童；累计开展志愿服务45次，服务时长1.2万小时。\n　　二是集中服务。8月5日开展“文明交通劝导”志愿服务活动，参与约150人。\n");
  expect(text).not.toContain("常态服务");
});

it("D20: 赵老师 in a 先进典型 姓名 is a form of address: check says so, and --names leaves it out of the bracket", async () => {
  const file = await workbookFile({
    profile: { 单位名称: "机床厂社区居委会", 单位类型: "社区", 报告年度: 2025, 报告期: "上半年" },
    ledgers: { 先进典型: [{ 荣誉名称: "最美楼道长", 级别: "社区/村", 类别: "敬业奉献", 人数: 6, 姓名: "刘桂芬、赵老师等" }] },
  });
  expect((await cli("check", file)).out).toContain("提示 先进典型!E3 [honour.nickname] “姓名”“赵老师”像是称呼，不是正式姓名；总结写入姓名时不写它，请填写正式姓名。");
  const text = (await cli("summarize", file, "--names", "--text", "-")).out;
  expect(text).toContain("评选表彰最美楼道长6人（刘桂芬等）");
  expect(text).not.toContain("赵老师");
});
