/**
 * New-user test 61 (docs/new-user-test-pane-61.md), D1, D12, D14: a 其他指标 name that
 * already says its action takes no frame verb (`畅通绿色通道车辆` is never `配备……`, `免费开放场馆` 31天 is never `建有……`);
 * the opening tells the activity count before a trivial figure; a 工作亮点 that restates a 其他指标 row is said once.
 */
import { summaryTextOf } from "./support/summaries";

const toll = { 单位名称: "G93成渝环线高速青川收费站", 单位简称: "收费站", 单位类型: "企事业单位", 上级指导单位: "县文明办", 报告年度: 2025, 报告期: "上半年" };
const sport = { 单位名称: "青川县体育中心", 单位类型: "企事业单位", 上级指导单位: "县文明办", 报告年度: 2025, 报告期: "下半年" };

it("D1: `畅通绿色通道车辆` 1.2万余辆 says its own action, never `配备畅通绿色通道车辆`", async () => {
  const text = await summaryTextOf({
    profile: toll,
    ledgers: {
      其他指标: [
        { 板块: "其他", 指标名称: "畅通绿色通道车辆", 数值: "1.2万", 单位: "辆", 表述: "余" },
        { 板块: "其他", 指标名称: "救助故障车辆", 数值: 37, 单位: "辆" },
      ],
    },
  });
  expect(text).toContain("畅通绿色通道车辆1.2万余辆");
  expect(text).not.toContain("配备畅通");
});

it("D1: `免费开放场馆` 31天 is `场馆免费开放31天`, never `建有免费开放场馆31天`", async () => {
  const text = await summaryTextOf({
    profile: sport,
    ledgers: {
      其他指标: [
        { 板块: "文体活动", 指标名称: "免费开放场馆", 数值: 31, 单位: "天" },
        { 板块: "文体活动", 指标名称: "接待健身群众", 数值: "4.5万", 单位: "人次", 表述: "余" },
      ],
    },
  });
  expect(text).toContain("场馆免费开放31天，接待健身群众4.5万余人次。");
  expect(text).not.toContain("建有免费开放场馆");
});

it("D1: names opening with 保障, 疏导 say their own action, never 配备/建有", async () => {
  const text = await summaryTextOf({
    profile: sport,
    ledgers: {
      其他指标: [
        { 板块: "设施建设", 指标名称: "保障应急通道", 数值: 3, 单位: "条" },
        { 板块: "设施建设", 指标名称: "疏导进出车辆", 数值: 800, 单位: "辆", 表述: "余" },
      ],
    },
  });
  expect(text).toContain("保障应急通道3条");
  expect(text).toContain("疏导进出车辆800余辆");
  expect(text).not.toMatch(/(?:配备|建有)(?:保障|疏导)/u);
});

it("D14: a few things counted under 板块 其他 (`畅通应急通道` 3条) are no context of the period in the opening; told with the 设施", async () => {
  const text = await summaryTextOf({
    profile: sport,
    ledgers: {
      活动台账: [{ 日期: "2025-08-08", 活动名称: "全民健身日健步走", 活动类型: "文体活动", 参与数量: 500, 单位: "人" }],
      其他指标: [
        { 板块: "设施建设", 指标名称: "免费开放天数", 数值: 184, 单位: "天" },
        { 板块: "设施建设", 指标名称: "健身路径", 数值: 12, 单位: "条" },
        { 板块: "其他", 指标名称: "畅通应急通道", 数值: 3, 单位: "条" },
        { 板块: "环境整治", 指标名称: "劝导不文明行为", 数值: 260, 单位: "人次" },
        { 板块: "组织保障", 指标名称: "创文专项经费", 数值: 5, 单位: "万元" },
        { 板块: "关爱帮扶", 指标名称: "残疾人免费健身", 数值: 320, 单位: "人次" },
      ],
    },
  });
  expect(text).not.toContain("下半年畅通应急通道3条");
  expect(text).not.toContain("下半年共畅通应急通道3条");
  expect(text).toContain("免费开放184天，建有健身路径12条。此外，畅通应急通道3条。");
  expect(text).not.toContain("残疾人免费健身达320人次。此外");
});

it("D12: a 工作亮点 that states a 其他指标 row with where it went (`开展流动展览进乡村8场`) tells it once", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "青川县博物馆", 单位简称: "我馆", 单位类型: "企事业单位", 上级指导单位: "县文明办", 报告年度: 2025, 报告期: "下半年" },
    ledgers: {
      活动台账: [{ 日期: "2025-09-20", 活动名称: "中秋节猜灯谜", 活动类型: "我们的节日", 参与数量: 200, 单位: "人次" }],
      其他指标: [
        { 板块: "文体活动", 指标名称: "开展流动展览", 数值: 8, 单位: "场" },
        { 板块: "志愿服务", 指标名称: "开展志愿讲解", 数值: 200, 单位: "场", 表述: "余" },
      ],
      文字材料: [{ 类型: "工作亮点", 内容: "开展流动展览进乡村8场，把展览送到群众家门口。" }],
    },
  });
  expect(text).toContain("开展流动展览进乡村8场，把展览送到群众家门口。");
  expect(text).not.toContain("开展流动展览8场");
});

it("D12: a 工作亮点 clause that restates an activity's 简要内容 is left to the body; the highlight keeps the brand", async () => {
  const text = await summaryTextOf({
    profile: toll,
    ledgers: {
      活动台账: [
        { 日期: "2025-01-14", 活动名称: "春运“暖冬行动”便民服务", 活动类型: "志愿服务", 参与数量: 3600, 单位: "人次", 地点: "收费广场", 简要内容: "为司乘人员提供热水、药品和路况信息" },
        { 日期: "2025-03-05", 活动名称: "学雷锋志愿服务", 活动类型: "志愿服务", 参与数量: 28, 单位: "人" },
      ],
      文字材料: [{ 类型: "工作亮点", 内容: "打造“温馨驿站”服务品牌，为过往司乘提供热水、药品、路况等便民服务。" }],
    },
  });
  expect(text).toContain("为司乘人员提供热水、药品和路况信息，服务司乘人员3600人次");
  expect(text).toContain("打造“温馨驿站”服务品牌。");
  expect(text).not.toContain("为过往司乘提供热水、药品、路况等便民服务");
});
