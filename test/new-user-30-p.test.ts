/**
 * New-user test 30 (docs/new-user-test-pane-30.md), defects D8 and D16: wording of the 机关/学校/村/卫生服务中心/妇联 texts an editor
 * would rewrite, each as the tester typed it.
 */
import { summaryTextOf } from "./support/summaries";

it("D8a: `罚款金额` 12.5万元 is the fine itself (`处罚款12.5万元`); a `……金额` names only the column", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "东城区城市管理和综合执法局", 单位简称: "区城管局", 单位类型: "机关部门", 报告年度: 2025, 报告期: "上半年" },
    ledgers: {
      问题整改: [{ 问题类别: "占道经营", 发现数: 1234, 已整改数: 1200, 单位: "宗" }],
      其他指标: [
        { 板块: "环境整治", 指标名称: "出动执法人员", 数值: 3600, 单位: "人次" },
        { 板块: "环境整治", 指标名称: "出动执法车辆", 数值: 420, 单位: "台次" },
        { 板块: "环境整治", 指标名称: "罚款金额", 数值: 12.5, 单位: "万元" },
        { 板块: "关爱帮扶", 指标名称: "发放慰问金金额", 数值: 3000, 单位: "元" },
      ],
    },
  });
  expect(text).toContain("出动执法人员3600人次、执法车辆420台次，处罚款12.5万元。");
  expect(text).toContain("发放慰问金3000元。");
  expect(text).not.toMatch(/罚款金额|慰问金金额/u);
});

it("D8b: after a 导语 that names the bureau, the opening's next sentence says 我局, never the name again", async () => {
  const text = await summaryTextOf({
    profile: {
      单位名称: "东城区城市管理和综合执法局", 单位简称: "区城管局", 单位类型: "机关部门", 上级指导单位: "东城区文明办",
      报告年度: 2025, 报告期: "专项", 起始日期: "2025-05-01", 截止日期: "2025-05-31",
    },
    ledgers: {
      问题整改: [{ 问题类别: "乱张贴", 发现数: 2500, 已整改数: 2500, 单位: "处" }],
      文字材料: [{ 类型: "导语", 内容: "按照区创文指挥部统一部署，区城管局于5月开展市容环境集中整治专项行动。" }],
    },
  });
  expect(text).toContain("　　按照区创文指挥部统一部署，区城管局于5月开展市容环境集中整治专项行动。2025年5月1日至31日，我局在东城区文明办的指导下，整改乱张贴问题2500处。现将有关情况总结如下。\n");
});

it("D8c: a 家长学校 lecture typed 会议培训 is the school's 家校共育, not the leadership's 学习培训", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "东城区实验小学", 单位简称: "实验小学", 单位类型: "学校", 报告年度: 2025, 报告期: "全年" },
    ledgers: {
      组织保障: [{ 事项类型: "领导小组", 名称或内容: "成立校园文明创建领导小组", 日期: "2025-02-20" }, { 事项类型: "工作会议", 名称或内容: "召开创文工作推进会", 数量: 6, 单位: "次" }],
      先进典型: [{ 荣誉名称: "文明班级", 级别: "本单位", 人数: 8 }],
      活动台账: [{ 日期: "2025-05-10", 活动名称: "家长学校专题讲座：家庭教育与文明习惯", 活动类型: "会议培训", 参与数量: 600, 单位: "人次", 地点: "学校礼堂" }],
      其他指标: [{ 板块: "道德建设", 指标名称: "学生参与“光盘行动”", 数值: 1800, 单位: "人", 表述: "近" }],
    },
  });
  expect(text).not.toContain("学习培训");
  expect(text).toContain("　　三是家校共育。5月10日在学校礼堂开展“家长学校专题讲座：家庭教育与文明习惯”活动，参与600人次。\n");
  // No honour: a point of its own right after the titles won, never under 选树典型 (new-user test 41, D9).
  expect(text).toContain("　　一是师生典型。评出文明班级8个。\n　　二是道德实践。近1800名学生参与“光盘行动”。\n　　三是家校共育。");
});

it("D8d: a village's 移风易俗 figures and its 最美庭院 评比 are 乡风文明, not 其他创建工作", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "下洋村村民委员会", 单位类型: "村", 报告年度: 2025, 报告期: "下半年" },
    ledgers: {
      先进典型: [{ 荣誉名称: "星级文明户", 级别: "社区/村", 人数: 15 }],
      活动台账: [{ 日期: "2025-08-20", 活动名称: "“最美庭院”评比", 活动类型: "其他" }],
      其他指标: [{ 板块: "其他", 指标名称: "劝导婚丧喜事简办", 数值: 9, 单位: "起" }],
    },
  });
  // The 移风易俗 figure is a point of its own (new-user test 31, D1), never a result of the 评比; one section of two points
  // follows the opening without a `一、` (compose: `alone`).
  expect(text).toContain("　　一是选树典型。评出星级文明户15户。8月20日开展“最美庭院”评比。\n　　二是推进移风易俗。劝导婚丧喜事简办9起。\n");
  expect(text).not.toContain("其他创建工作");
});

it("D8e: a health lecture and 签约入户 with no 结对 in the data are not headed 结对帮扶", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "东城区东湖街道社区卫生服务中心", 单位类型: "企事业单位", 报告年度: 2025, 报告期: "上半年" },
    ledgers: {
      活动台账: [
        { 日期: "2025-03-20", 活动名称: "老年人健康讲座", 活动类型: "关爱帮扶", 参与数量: 80, 单位: "人" },
        { 日期: "2025-05-20", 活动名称: "家庭医生签约入户", 活动类型: "关爱帮扶", 参与数量: 150, 单位: "户" },
      ],
      其他指标: [{ 板块: "关爱帮扶", 指标名称: "为65岁以上老人免费体检", 数值: 1450, 单位: "人" }],
    },
  });
  expect(text).toContain("一、开展关爱服务，履行社会责任\n");
  expect(text).not.toContain("结对帮扶");
});

it("D16: a 区妇联 without 单位简称 calls itself 区妇联 and tells its 表彰会 with its honours, not under 关爱", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "东城区妇女联合会", 单位类型: "群团组织", 报告年度: 2025, 报告期: "上半年" },
    ledgers: {
      组织保障: [{ 事项类型: "领导小组", 名称或内容: "成立区妇联创文工作专班", 数量: 1, 单位: "个", 日期: "2025-02-01" }],
      先进典型: [{ 荣誉名称: "最美家庭", 级别: "市", 人数: 10 }],
      活动台账: [{ 日期: "2025-03-08", 活动名称: "“三八”妇女节巾帼建功表彰会", 活动类型: "其他", 参与数量: "三十", 单位: "人" }],
      其他指标: [{ 板块: "关爱帮扶", 指标名称: "走访慰问困难妇女", 数值: 120, 单位: "人", 表述: "余" }],
    },
  });
  expect(text).toContain("一、加强组织领导，细化创建任务\n　　区妇联于2月1日成立创文工作专班。\n");
  expect(text).toContain("　　二是表彰激励。3月8日召开“三八”妇女节巾帼建功表彰会，30人参加。\n");
  expect(text).toContain("三、关爱妇女儿童，传递社会温暖\n　　走访慰问困难妇女120余人。\n");
  expect(text).not.toMatch(/妇联2月1日|(?<!区)妇联成立/u);
});
