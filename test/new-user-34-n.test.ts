/**
 * New-user test 34 (docs/new-user-test-pane-34.md), defects D3 and D4: each as the tester typed it.
 */
import { placeFigureRow } from "../src/core/catalog";
import { summaryTextOf } from "./support/summaries";

/** The tester's 供电公司: a 专项 of a 学雷锋 week (2025-03-01 to 03-07). */
const powerCompany: Parameters<typeof summaryTextOf>[0] = {
  profile: { 单位名称: "国网某某县供电公司", 单位简称: "县供电公司", 单位类型: "企事业单位", 报告年度: 2025, 报告期: "专项", 起始日期: "2025-03-01", 截止日期: "2025-03-07" },
  ledgers: {
    志愿服务: [{ 队伍名称: "共产党员服务队", 队伍类型: "党员志愿者", 注册人数: 45, 服务次数: 7, "服务时长（小时）": 56, 主要服务内容: "入户检查用电安全" }],
    活动台账: [
      { 日期: "2025-03-05", 活动名称: "学雷锋进社区用电安全检查", 活动类型: "志愿服务", 参与数量: 45, 单位: "人", 简要内容: "走访20户" },
      { 日期: "2025-03-06", 活动名称: "营业厅文明服务培训", 活动类型: "会议培训", 参与数量: 30, 单位: "人" },
    ],
    其他指标: [
      { 板块: "关爱帮扶", 指标名称: "走访孤寡老人", 数值: 20, 单位: "户" },
      { 板块: "其他", 指标名称: "更换老旧电表", 数值: 120, 单位: "块" },
    ],
  },
};

describe("D3: items under the heading they belong to", () => {
  it("(1) a staff training in 文明服务 is 职业道德 (文明服务), never a whole 加强组织领导 section", async () => {
    const text = await summaryTextOf(powerCompany);
    expect(text).not.toContain("组织领导");
    expect(text).toContain("一、加强职业道德建设，提升职工素质\n　　3月6日开展“营业厅文明服务培训”，参与30人。\n");
  });

  it("(1) beside honours, a 文明服务 training is a point of 道德建设 led 文明服务 (not 文明礼仪)", async () => {
    const text = await summaryTextOf({
      ...powerCompany,
      ledgers: { ...powerCompany.ledgers, 先进典型: [{ 荣誉名称: "优秀共产党员", 级别: "县/区", 人数: 2 }] },
    });
    expect(text).toMatch(/是文明服务。3月6日开展“营业厅文明服务培训”，参与30人。/u);
  });

  it("(2) a 启动会 is 召开-ed and told with 研究部署, never 学习培训", async () => {
    const text = await summaryTextOf({
      profile: { 单位名称: "望江社区居委会", 单位简称: "望江社区", 单位类型: "社区", 报告年度: 2025, 报告期: "上半年" },
      ledgers: {
        组织保障: [
          { 事项类型: "领导小组", 名称或内容: "社区创建文明城市工作领导小组", 数量: 1, 单位: "个", 日期: "2025-01-06" },
          { 事项类型: "工作会议", 名称或内容: "创城推进会", 数量: 3, 单位: "次", 频次: "每月1次" },
        ],
        活动台账: [{ 日期: "2025-04-10", 活动名称: "文明楼院评比启动会", 活动类型: "会议培训", 参与数量: 40, 单位: "人" }],
      },
    });
    expect(text).not.toContain("学习培训");
    expect(text).toContain("二是研究部署。累计召开创城推进会3次。4月10日召开文明楼院评比启动会，40人参加。\n");
  });

  it("(3) a 评比 typed 其他 joins the honours in 道德建设, its households 参评: never folded into 我们的节日 with 此外", async () => {
    const text = await summaryTextOf({
      profile: { 单位名称: "柳塘村村民委员会", 单位简称: "柳塘村", 单位类型: "村", 报告年度: 2025, 报告期: "全年" },
      ledgers: {
        先进典型: [{ 荣誉名称: "美丽庭院示范户", 级别: "社区/村", 人数: 20, 备注: "20户" }, { 荣誉名称: "好媳妇", 级别: "县/区", 类别: "孝老爱亲", 人数: 2 }],
        活动台账: [
          { 日期: "2025-02-12", 活动名称: "元宵节猜灯谜", 活动类型: "我们的节日", 参与数量: "约200", 单位: "人", 地点: "村文化广场" },
          { 日期: "2025-10-29", 活动名称: "重阳节敬老宴", 活动类型: "我们的节日", 参与数量: 120, 单位: "人" },
          { 日期: "2025-11-05", 活动名称: "美丽庭院评比", 活动类型: "其他", 参与数量: "20户" },
        ],
      },
    });
    expect(text).not.toContain("此外");
    expect(text).not.toContain("惠及");
    expect(text).toContain("11月5日开展“美丽庭院评比”，参评20户。");
    expect(text).toContain("围绕元宵节和重阳节，先后开展2场“我们的节日”主题活动，参与约320人。\n");
  });
});

describe("D4: a 专项's opening leads with the campaign work", () => {
  it("the service of the 学雷锋 week heads the opening; the 板块 其他 business figure follows as the period's context, not vanished", async () => {
    const text = await summaryTextOf(powerCompany);
    expect(text).toContain("　　2025年3月1日至7日，县供电公司开展志愿服务7次，服务时长56小时，走访孤寡老人20户。期间共更换老旧电表120块。现将有关情况总结如下。\n");
  });
});

describe("D3 (3): where a row typed 其他 is placed by its words", () => {
  it("a 评比 or 评选 is 道德建设, but a hygiene 评比 is 环境整治; 美丽庭院 work is 人居环境", () => {
    expect(placeFigureRow("其他", "美丽庭院评比")).toBe("morality");
    expect(placeFigureRow("其他", "文明楼院评选")).toBe("morality");
    expect(placeFigureRow("其他", "环境卫生评比")).toBe("environment");
    expect(placeFigureRow("其他", "创建美丽庭院")).toBe("environment");
  });
});
