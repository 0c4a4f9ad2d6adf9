/**
 * New-user test 49 (docs/new-user-test-pane-49.md), D6, D7, D8, D10: figures said twice (an indicator beside the activity
 * that states it), 宣传投放 content read as a place, and activities told in the wrong section.
 */
import { summaryTextOf } from "./support/summaries";

const redCross = {
  profile: { 单位名称: "县红十字会", 单位类型: "群团组织", 报告年度: 2025, 报告期: "下半年", 成文日期: "2025年12月20日" },
  ledgers: {
    组织保障: [{ 事项类型: "工作会议", 名称或内容: "理事会", 数量: 2, 单位: "次", 日期: "2025-09-10" }],
    志愿服务: [{ 队伍名称: "红十字应急救护志愿队", 队伍类型: "专业志愿者", 注册人数: 88, 服务次数: "40余", "服务时长（小时）": "约600", 主要服务内容: "应急救护培训" }],
    活动台账: [
      { 日期: "2025-09-13", 活动名称: "世界急救日应急救护培训", 活动类型: "会议培训", 参与数量: 200, 单位: "人", 地点: "县体育馆" },
      { 日期: "2025-10-10", 活动名称: "无偿献血进机关", 活动类型: "志愿服务", 参与数量: 120, 单位: "人", 地点: "县政府广场", 主办或协办单位: "县中心血站", 简要内容: "献血量3.6万毫升" },
      { 日期: "2025-08-08", 活动名称: "99公益日募捐", 活动类型: "其他", 简要内容: "募集善款12.5万元，捐赠物资一批" },
    ],
    其他指标: [
      { 板块: "关爱帮扶", 指标名称: "捐赠款物", 数值: "12.5万", 单位: "元", 表述: "约" },
      { 板块: "其他", 指标名称: "培训救护员", 数值: "1,560", 单位: "人" },
      { 板块: "其他", 指标名称: "无偿献血", 数值: "3.6万", 单位: "毫升" },
    ],
  },
};

const park = {
  profile: { 单位名称: "东湖公园管理处", 单位类型: "企事业单位", 报告年度: 2025, 报告期: "第二季度", 起始日期: "2025-04-01", 截止日期: "2025-06-30" },
  ledgers: {
    宣传投放: [{ 类型: "宣传栏", 位置或内容: "文明游园宣传栏", 数量: 8, 单位: "面", 方式: "更换", "投入金额（元）": "约2000元" }],
    活动台账: [{ 日期: "2025-04-20", 活动名称: "厕所保洁提升", 活动类型: "环境整治", 地点: "园内8座公厕", 简要内容: "每天保洁4次以上" }],
    其他指标: [{ 板块: "环境整治", 指标名称: "厕所保洁", 数值: 8, 单位: "座", 表述: "精确", 频次: "每日4次" }],
  },
};

const fire = {
  profile: { 单位名称: "区消防救援大队", 单位类型: "机关部门", 报告年度: 2025, 报告期: "全年" },
  ledgers: {
    宣传投放: [
      { 类型: "横幅", 位置或内容: "消防安全横幅进社区", 数量: "百余", 单位: "条", 方式: "新设", "投入金额（元）": "１２０００", 日期: "2025-11-09" },
      { 类型: "宣传单", 位置或内容: "消防安全宣传单", 数量: "1.2万", 单位: "份", 方式: "发放" },
    ],
  },
};

const museum = {
  profile: { 单位名称: "县博物馆", 单位简称: "博物馆", 单位类型: "企事业单位", 报告年度: 2025, 报告期: "上半年" },
  ledgers: {
    活动台账: [
      { 日期: "2025-05-18", 活动名称: "国际博物馆日文明参观", 活动类型: "宣传教育", 参与数量: "1.5万", 单位: "人次", 地点: "馆内" },
      { 日期: "2025-04-12", 活动名称: "小小讲解员研学活动", 活动类型: "其他", 参与数量: 120, 单位: "人", 地点: "展厅", 主办或协办单位: "县实验小学" },
    ],
    其他指标: [{ 板块: "其他", 指标名称: "接待观众", 数值: "8.6万", 单位: "人次", 表述: "约" }],
  },
};

it("D7/D10: the Red Cross says 3.6万毫升 and 12.5万元 once, by the activities; 募捐 is 关爱帮扶, the public first-aid training no 骨干提升", async () => {
  const text = await summaryTextOf(redCross as never);
  expect(text).toContain("10月10日联合县中心血站在县政府广场开展“无偿献血进机关”志愿服务活动，献血量3.6万毫升，参与120人。");
  expect(text).toContain("四、开展关爱帮扶，服务困难群体\n　　8月8日开展“99公益日募捐”活动，募集善款12.5万元，捐赠物资一批。");
  expect(text).toContain("　　9月13日在县体育馆开展“世界急救日应急救护培训”，参与200人。下半年培训救护员1560人。");
  expect(text.match(/3\.6万毫升/gu)?.length).toBe(1);
  expect(text.match(/12\.5万元/gu)?.length).toBe(1);
  expect(text).not.toContain("骨干提升");
  expect(text).not.toContain("其他创建工作");
});

it("D8: the park's 厕所保洁 8座 每日4次 is told once, by the activity at 园内8座公厕 that says 每天保洁4次以上", async () => {
  const text = await summaryTextOf(park as never);
  expect(text).toContain("　　4月20日起在园内8座公厕开展“厕所保洁提升”环境整治活动，每天保洁4次以上。\n");
  expect(text).not.toContain("每日开展4次");
});

it("D8: sites and the work done to them at a frequency read `坚持每日对8座厕所保洁4次`", async () => {
  const text = await summaryTextOf({ ...park, ledgers: { 其他指标: park.ledgers.其他指标 } } as never);
  expect(text).toContain("坚持每日对8座厕所保洁4次。");
});

it("D6: a campaign `消防安全横幅进社区` is content, not a place: `在社区悬挂消防安全横幅100余条`", async () => {
  const text = await summaryTextOf(fire as never);
  expect(text).toContain("在社区悬挂消防安全横幅100余条，发放消防安全宣传单1.2万份。");
});

it("D10: a museum's 研学 and 接待观众 are its 宣传教育 work, never 其他创建工作", async () => {
  const text = await summaryTextOf(museum as never);
  // The venue's visitors are a point of their own before the activities (review run 31, AU t59-library item 6).
  expect(text).toContain("　　一是服务观众。上半年接待观众约8.6万人次。\n　　二是主题活动。先后开展2场宣传教育活动：4月12日联合县实验小学在展厅开展“小小讲解员研学活动”，参与120人；5月18日在馆内开展“国际博物馆日文明参观”活动，参与1.5万人次。");
  expect(text).not.toContain("其他创建工作");
});
