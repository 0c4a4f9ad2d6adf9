/**
 * New-user test 63 (docs/new-user-test-pane-63.md): D8 (a 其他指标 row an activity's 备注 says it achieved, `捐赠图书1200册`,
 * is told with that activity, once: never a dangling sentence after another list, nor the opening's headline as well), D14
 * (a satisfaction rate of the whole unit is a sentence of its own, never joined to one service's clause).
 */
import { summaryTextOf } from "./support/summaries";

const profile = (name: string, extra: Record<string, string | number> = {}): Record<string, string | number> => ({ 单位名称: name, 单位类型: "企事业单位", 上级指导单位: "县文明办", 报告年度: 2025, 报告期: "下半年", ...extra });

it("63 D8: a 其他指标 row the opening tells (`捐赠图书1200册`) is no dangling sentence after the activity list", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "南岭县新华书店", 单位类型: "企事业单位", 上级指导单位: "南岭县委宣传部", 报告年度: 2026, 报告期: "上半年" },
    ledgers: {
      活动台账: [
        { 日期: "2026-04-02", 活动名称: "全民阅读月启动仪式", 活动类型: "宣传教育", 参与数量: "三百余", 单位: "人", 地点: "县文化广场" },
        { 日期: "2026-04-18", 活动名称: "图书进乡村流动书车", 活动类型: "关爱帮扶", 参与数量: 5, 单位: "个", 地点: "白水镇、石门乡等5个村", 简要内容: "送书下乡", 备注: "捐赠图书1200册" },
        { 日期: "2026-04-23", 活动名称: "世界读书日好书推荐会", 活动类型: "宣传教育", 参与数量: 150, 单位: "人次", 地点: "书店一楼" },
      ],
      其他指标: [{ 板块: "宣传教育", 指标名称: "捐赠图书", 数值: "1,200", 单位: "册" }],
    },
  });
  expect(text.match(/捐赠图书1200册/gu)?.length).toBe(1);
  expect(text).not.toMatch(/参与150人次。捐赠图书1200册。/u);
  expect(text).toContain("开展“图书进乡村流动书车”关爱帮扶活动，送书下乡，捐赠图书1200册。");
});

it("63 D14: a rate of the whole unit (`入住老人满意度`) is not joined to one service's clause", async () => {
  const text = await summaryTextOf({
    profile: profile("南岭县养老服务中心"),
    ledgers: {
      其他指标: [
        { 板块: "关爱帮扶", 指标名称: "开展上门助餐", 数值: "2千", 单位: "人次", 表述: "余", 频次: "每日" },
        { 板块: "关爱帮扶", 指标名称: "入住老人满意度", 数值: 98.5, 单位: "%" },
      ],
    },
  });
  expect(text).not.toContain("人次，入住老人满意度");
  expect(text).toMatch(/人次。(?:[^。]*?，)?入住老人满意度达98\.5%。/u);
});
