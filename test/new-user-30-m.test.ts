/**
 * New-user test 30 (docs/new-user-test-pane-30.md), defects D6 and D2: each as the tester typed it.
 */
import { summaryTextOf } from "./support/summaries";

const clinic: Parameters<typeof summaryTextOf>[0] = {
  profile: { 单位名称: "东城区东湖街道社区卫生服务中心", 单位类型: "企事业单位", 上级指导单位: "东城区卫生健康局", 报告年度: 2025, 报告期: "上半年" },
  ledgers: {
    组织保障: [{ 事项类型: "领导小组", 名称或内容: "成立中心创文工作领导小组", 数量: 1, 单位: "个", 日期: "2025-01-15" }, { 事项类型: "工作机制", 名称或内容: "落实首问负责制和窗口文明服务制度" }],
    宣传投放: [{ 类型: "展板", 位置或内容: "健康教育宣传展板", 数量: 20, 单位: "块", 方式: "新设", "投入金额（元）": 3000, 日期: "2025-03-01" }, { 类型: "宣传资料", 位置或内容: "控烟宣传资料", 数量: 5000, 单位: "份", 方式: "发放", 日期: "2025-05-31" }],
    志愿服务: [{ 队伍名称: "白衣天使志愿服务队", 队伍类型: "专业志愿者", 注册人数: 42, 服务次数: 24, "服务时长（小时）": "约300", 主要服务内容: "义诊、健康讲座、导诊" }],
    先进典型: [{ 荣誉名称: "最美医生", 级别: "县/区", 类别: "敬业奉献", 人数: 1, 日期: "2025-05-12" }, { 荣誉名称: "文明窗口", 级别: "本单位", 类别: "其他", 人数: 2 }],
    问题整改: [{ 问题类别: "其他", 发现数: 9, 已整改数: 9, 单位: "处", 备注: "院内吸烟" }],
    活动台账: [
      { 日期: "2025-04-07", 活动名称: "世界卫生日义诊", 活动类型: "志愿服务", 参与数量: 260, 单位: "人次", 地点: "社区广场" },
      { 日期: "2025-03-20", 活动名称: "老年人健康讲座", 活动类型: "关爱帮扶", 参与数量: 80, 单位: "人" },
      { 日期: "2025-05-20", 活动名称: "家庭医生签约入户", 活动类型: "关爱帮扶", 参与数量: 150, 单位: "户" },
    ],
    其他指标: [{ 板块: "其他", 指标名称: "签约家庭医生服务", 数值: "3200", 单位: "人" }, { 板块: "关爱帮扶", 指标名称: "为65岁以上老人免费体检", 数值: 1450, 单位: "人" }],
  },
};

const openingOf = (text: string): string => text.split("\n")[2];

it("D6: a 其他指标 service counted in people says who signed up (`签约家庭医生服务对象3200人`), never `签约家庭医生服务3200人`", async () => {
  const text = await summaryTextOf(clinic);
  expect(openingOf(text)).toBe("　　2025年上半年，东城区东湖街道社区卫生服务中心在区卫生健康局的指导下，签约家庭医生服务对象3200人，整改院内吸烟问题9处，投入宣传经费3000元，现有注册志愿者42人。现将有关情况总结如下。");
  expect(text).not.toContain("服务3200人");
  // A service given to people is given to them; one counted in 人次 reads as typed.
  const given = await summaryTextOf({ ...clinic, ledgers: { ...clinic.ledgers, 其他指标: [
    { 板块: "关爱帮扶", 指标名称: "提供上门助浴服务", 数值: 120, 单位: "户" },
    { 板块: "关爱帮扶", 指标名称: "提供义诊服务", 数值: 500, 单位: "人次" },
  ] } });
  expect(given).toContain("为120户提供上门助浴服务");
  expect(given).toContain("提供义诊服务500人次");
});

it("D6: a figure typed under 板块 其他 heads the opening only when the ledgers give nothing", async () => {
  const activities = ["学雷锋义诊", "植树活动", "世界卫生日义诊", "健康讲座", "儿童节义诊"].map((name, i) => ({ 日期: `2025-0${i + 2}-10`, 活动名称: name, 活动类型: "志愿服务", 参与数量: 50, 单位: "人" }));
  const figures = ["开具电子处方", "完成慢病随访", "接种疫苗", "开展健康档案更新", "完成药品盘点", "更新门诊标识"].map((name, i) => ({ 板块: "其他", 指标名称: name, 数值: 5000 + i, 单位: "份" }));
  const text = await summaryTextOf({ profile: clinic.profile, ledgers: { 活动台账: activities, 其他指标: figures } });
  expect(openingOf(text)).toBe("　　2025年上半年，东城区东湖街道社区卫生服务中心在区卫生健康局的指导下，开展各类活动5场。现将有关情况总结如下。");
  // Alone, the 其他 figure is the opening's work done.
  const alone = await summaryTextOf({ profile: clinic.profile, ledgers: { 其他指标: figures } });
  expect(openingOf(alone)).toContain("更新门诊标识5005份");
});

const community = (row: Record<string, string | number>): Parameters<typeof summaryTextOf>[0] => ({
  profile: { 单位名称: "石牌东社区居委会", 单位类型: "社区", 报告年度: 2025, 报告期: "上半年" },
  ledgers: { 组织保障: [{ 事项类型: "领导小组", 名称或内容: "成立社区创文工作领导小组", 数量: 1, 单位: "个", 日期: "2025-01-10" }, { 事项类型: "共建单位", ...row }] },
});

it("D2: partners named and more counted close the list with their count (`与辖区派出所、物业公司等3家单位签订共建协议`)", async () => {
  const partners = async (content: string, count: string | number, unit: string): Promise<string> => (await summaryTextOf(community({ 名称或内容: content, 数量: count, 单位: unit }))).split("\n").find((l) => l.includes("二是")) ?? "";
  expect(await partners("与辖区派出所、物业公司签订共建协议", "三", "家")).toBe("　　二是共驻共建。与辖区派出所、物业公司等3家单位签订共建协议。");
  expect(await partners("与辖区派出所、物业公司和学校结对共建", 5, "家")).toBe("　　二是共驻共建。与辖区派出所、物业公司和学校等5家单位结对共建。");
  expect(await partners("与辖区派出所、物业公司签订共建协议", 4, "个")).toBe("　　二是共驻共建。与辖区派出所、物业公司等4个单位签订共建协议。");
  // As many as named: the names say it all.
  expect(await partners("与辖区派出所、物业公司签订共建协议", 2, "家")).toBe("　　二是共驻共建。与辖区派出所、物业公司签订共建协议。");
});
