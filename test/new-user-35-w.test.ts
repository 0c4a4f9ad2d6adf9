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

it("D5: a 组织保障 其他 row naming a body (新乡贤理事会, 备注 成员12人) is set up, with its members: never a bare noun", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "柳塘村村民委员会", 单位类型: "村", 报告年度: 2025, 报告期: "下半年" },
    ledgers: { 组织保障: [
      { 事项类型: "其他", 名称或内容: "新乡贤理事会", 数量: 1, 单位: "个", 备注: "成员12人" },
      { 事项类型: "其他", 名称或内容: "矛盾纠纷调解室", 数量: 1, 单位: "个" },
    ] },
  });
  // Clauses of which one has its own comma are set apart by semicolons (new-user test 45, D10).
  expect(text).toContain("　　成立新乡贤理事会，吸纳成员12人；设立矛盾纠纷调解室。");
  expect(text).not.toMatch(/。新乡贤理事会|。矛盾纠纷调解室/u);
});

it("D10: a 纳税人座谈 typed 其他 with a festival in its name is the unit's service work, never 文体 for its staff", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "城南区税务局", 单位类型: "机关部门", 报告年度: 2025, 报告期: "全年" },
    ledgers: { 活动台账: [
      { 日期: "2025-09-12", 活动名称: "“中秋税月”纳税人座谈", 活动类型: "其他", 参与数量: 30, 单位: "人" },
    ] },
  });
  expect(text).toContain("、统筹推进其他创建工作\n　　9月12日召开“中秋税月”纳税人座谈会，30人参加。");
  expect(text).not.toContain("文体");
});
