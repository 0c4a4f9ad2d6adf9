/**
 * New-user test 35 (D2, D5, D10): the defects fixed in the session that ran it, each as the tester typed it.
 */
import { summaryTextOf } from "./support/summaries";

it("D2: two 志愿服务 activities of their own names are each told with their turnout, never one as both's 主题", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "光明社区居委会", 单位类型: "社区", 报告年度: 2025, 报告期: "上半年" },
    ledgers: { 活动台账: [
      { 日期: "2025-03-05", 活动名称: "学雷锋志愿服务", 活动类型: "志愿服务", 参与数量: 35, 单位: "人" },
      { 日期: "2025-05-20", 活动名称: "志愿服务积分超市兑换日", 活动类型: "志愿服务", 参与数量: 60, 单位: "户" },
    ] },
  });
  expect(text).toContain("共开展2场志愿服务活动：3月5日开展“学雷锋志愿服务”活动，参与35人；5月20日开展“志愿服务积分超市兑换日”活动，惠及60户。");
  expect(text).not.toContain("为主题");
});
