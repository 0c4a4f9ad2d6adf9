/**
 * New-user test 32 (docs/new-user-test-pane-32.md): D6 (a hotel's 专项 summary) and D7 (a 团区委's quarter), each as the tester met it.
 */
import { summaryTextOf } from "./support/summaries";

/** The hotel's 专项 week as the tester typed it (e-企业-fx.xlsx). */
const hotel: Parameters<typeof summaryTextOf>[0] = {
  profile: { 单位名称: "锦江大酒店有限公司", 单位类型: "企事业单位", 报告年度: 2025, 报告期: "专项", 起始日期: "2025-09-01", 截止日期: "2025-09-07" },
  ledgers: {
    宣传投放: [{ 类型: "电子屏", 位置或内容: "大堂电子屏滚动播放", 数量: 2, 单位: "块", 方式: "维护", 日期: "2025-09-02" }],
    志愿服务: [{ 队伍名称: "酒店青年志愿队", 队伍类型: "青年志愿者", 注册人数: 25, 服务次数: 3, "服务时长（小时）": 12, 主要服务内容: "光盘行动劝导" }],
    活动台账: [
      { 日期: "2025-09-03", 活动名称: "光盘行动宣传周启动", 活动类型: "宣传教育", 参与数量: 120, 单位: "人次" },
      { 日期: "2025-09-05", 活动名称: "员工文明礼仪培训", 活动类型: "会议培训", 参与数量: 80, 单位: "人" },
    ],
    其他指标: [{ 板块: "宣传教育", 指标名称: "张贴光盘行动桌牌", 数值: 200, 单位: "个" }],
  },
};

it("D6: a hotel's 专项 week heads no standing volunteer figure, tells the 桌牌 once, its 礼仪 training with 职业道德 and what its screens play", async () => {
  const text = await summaryTextOf(hotel);
  expect(text.split("\n").slice(0, 9)).toEqual([
    "锦江大酒店有限公司2025年创建文明城市专项工作总结",
    "",
    "　　2025年9月1日至7日，锦江大酒店有限公司开展创建工作。现将有关情况总结如下。",
    "一、做好创建宣传，引导职工参与",
    "　　一是宣传引导。利用大堂2块电子屏滚动播放公益宣传内容。",
    "　　二是主题教育。9月3日开展“光盘行动宣传周启动”活动，参与120人次。张贴光盘行动桌牌200个。",
    "二、加强职业道德建设，提升职工素质",
    "　　9月5日开展“员工文明礼仪培训”，参与80人。",
    "三、组织职工志愿服务，回馈社会",
  ]);
  expect(text.match(/桌牌200个/gu)).toHaveLength(1);
  expect(text).not.toContain("加强组织领导");
});

it("D6: over a quarter a team's size heads the opening only when nothing else does, and is then the level it reached after the quarter's service (达; new-user test 36, D2)", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "锦江大酒店有限公司", 单位类型: "企事业单位", 报告年度: 2025, 报告期: "第三季度" },
    ledgers: { 志愿服务: [{ 队伍名称: "酒店青年志愿队", 队伍类型: "青年志愿者", 注册人数: 25, 服务次数: 3, "服务时长（小时）": 12, 主要服务内容: "光盘行动劝导" }] },
  });
  expect(text).toContain("　　2025年第三季度，锦江大酒店有限公司开展志愿服务3次，服务时长12小时，注册志愿者达25人。现将有关情况总结如下。");
});

/** The 团区委's quarter as the tester typed it (h1-团区委-fx.xlsx). */
const league: Parameters<typeof summaryTextOf>[0] = {
  profile: { 单位名称: "共青团某某区委员会", 单位简称: "团区委", 单位类型: "群团组织", 报告年度: 2025, 报告期: "第二季度" },
  ledgers: {
    志愿服务: [{ 队伍名称: "青年突击队", 队伍类型: "青年志愿者", 注册人数: "两百余", 服务次数: 15, "服务时长（小时）": "约800", 主要服务内容: "文明交通劝导" }],
    先进典型: [{ 荣誉名称: "优秀共青团员", 级别: "县/区", 类别: "敬业奉献", 人数: 10, 日期: "2025-05-04" }],
    活动台账: [
      { 日期: "2025-05-04", 活动名称: "五四青年节主题团日", 活动类型: "理论学习", 参与数量: 150, 单位: "人" },
      { 日期: "2025-04-05", 活动名称: "清明祭英烈", 活动类型: "我们的节日", 参与数量: 200, 单位: "人" },
    ],
    文字材料: [{ 类型: "导语", 内容: "团区委围绕创文中心工作，组织动员全区青年广泛参与。" }],
  },
};

it("D7: a 团区委 says itself 团区委 (never 我会), its volunteers as what it has, and its people 团员青年", async () => {
  const text = await summaryTextOf(league);
  expect(text.split("\n").slice(2, 5)).toEqual([
    "　　团区委围绕创文中心工作，组织动员全区青年广泛参与。2025年第二季度，团区委共开展志愿服务15次，服务时长约800小时，注册志愿者达200余人。现将有关情况总结如下。",
    "一、加强理论武装，提升团员青年文明素养",
    "　　5月4日开展“五四青年节主题团日”理论学习活动，参与150人。",
  ]);
  expect(text).not.toContain("我会");
});

it("D7: without a 单位简称 a 共青团 committee is 团区委 and a 工会 speaks of 职工; 我会 only for a name ending in 会", async () => {
  const { selfReference } = await import("../src/core/narrative/profiles");
  expect(selfReference("群团组织", "共青团某某区委员会")).toBe("团区委");
  expect(selfReference("群团组织", "共青团某某市委员会")).toBe("团市委");
  expect(selfReference("群团组织", "某某区青年志愿者协会")).toBe("我会");
  expect(selfReference("群团组织", "某某区关心下一代工作委员会办公室")).toBe("我们");
  const union = await summaryTextOf({
    ...league,
    profile: { 单位名称: "某某区总工会", 单位类型: "群团组织", 报告年度: 2025, 报告期: "第二季度" },
    ledgers: { 活动台账: [{ 日期: "2025-05-04", 活动名称: "劳模精神宣讲", 活动类型: "理论学习", 参与数量: 150, 单位: "人" }] },
  });
  expect(union).toContain("一、加强理论武装，提升职工文明素养");
});
