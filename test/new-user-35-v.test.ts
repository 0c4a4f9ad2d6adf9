/**
 * New-user test 35 (/work/nu35/REPORT.md): D1, D4, D11, each as the tester typed it.
 */
import { cli } from "./support/cli";
import { workbookFile } from "./support/files";
import { summaryTextOf } from "./support/summaries";

const community = { 单位名称: "光明社区居委会", 单位类型: "社区", 报告年度: 2025, 报告期: "上半年", 常住人口: 12600 };

it("D1: a 其他指标 row counted in 分 (积分超市兑换积分 12000分) is told, never silently dropped", async () => {
  const text = await summaryTextOf({
    profile: community,
    ledgers: {
      志愿服务: [{ 队伍名称: "光明社区积分超市志愿队", 队伍类型: "综合志愿者", 注册人数: 30 }],
      活动台账: [
        { 日期: "2025-03-05", 活动名称: "学雷锋志愿服务", 活动类型: "志愿服务", 参与数量: 35, 单位: "人", 地点: "社区广场" },
        { 日期: "2025-05-20", 活动名称: "志愿服务积分超市兑换日", 活动类型: "志愿服务", 参与数量: 60, 单位: "户" },
      ],
      其他指标: [{ 板块: "志愿服务", 指标名称: "积分超市兑换积分", 数值: 12000, 单位: "分", 表述: "精确" }],
    },
  });
  expect(text).toContain("二是常态服务。共开展2场志愿服务活动，以“学雷锋志愿服务”为主题。积分超市兑换积分1.2万分。");
});
