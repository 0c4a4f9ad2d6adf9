/**
 * New-user test 33 (docs/new-user-test-pane-33.md), read at main after its fixes: meetings named without 会, a frequency
 * of once beside a purpose, 其他指标 work in the opening, and roll-ups of a couples' count; and test 32's D20 (a minor
 * 其他指标 figure written in the opening and again in the body). Each as the tester typed it.
 */
import { rolledUpText } from "./support/rollup";
import { summaryTextOf } from "./support/summaries";

const village = (name: string): Record<string, string | number> => ({ 单位名称: name, 单位类型: "村", 报告年度: 2025, 报告期: "上半年" });

it("roll-ups read a 参与数量 typed 6对 beside 单位 人 as the unit's own summary does: 6对新人参加, never 6人", async () => {
  const wedding = { 日期: "2025-05-20", 活动名称: "红白理事会集体婚礼", 活动类型: "其他", 参与数量: "6对", 单位: "人" };
  const own = await summaryTextOf({ profile: village("柳塘村村民委员会"), ledgers: { 活动台账: [wedding] } });
  expect(own).toContain("5月20日举办红白理事会集体婚礼，6对新人参加。");
  const text = await rolledUpText("白沙镇人民政府", "乡镇", [
    ["柳塘村村民委员会", "村", { 活动台账: [wedding] }],
    ["桃源村村民委员会", "村", { 活动台账: [{ 日期: "2025-04-04", 活动名称: "清明祭英烈", 活动类型: "我们的节日", 参与数量: 40, 单位: "人" }] }],
  ]);
  expect(text).not.toMatch(/集体婚礼[^。]*6人/u);
  expect(text).toContain("柳塘村开展红白理事会集体婚礼活动，6对新人参加。");
});

const bus = { 单位名称: "城南公共交通有限公司", 单位简称: "城南公交", 单位类型: "企事业单位", 上级指导单位: "区交通运输局", 报告年度: 2025, 报告期: "全年" };
const bureau = { 单位名称: "城南区市场监督管理局", 单位简称: "区市场监管局", 单位类型: "机关部门", 上级指导单位: "区文明办", 报告年度: 2025, 报告期: "第二季度" };
const hospital = { 单位名称: "城南区人民医院", 单位类型: "企事业单位", 上级指导单位: "区卫健委", 报告年度: 2025, 报告期: "全年" };

it("meetings named without 会 (座谈, 中心组学习) are 召开-ed and attended, never 开展“……”活动", async () => {
  const text = await summaryTextOf({
    profile: bus,
    ledgers: {
      组织保障: [{ 事项类型: "领导小组", 名称或内容: "成立公司创文工作领导小组", 数量: 1, 单位: "个", 日期: "2025-01-05" }],
      活动台账: [{ 日期: "2025-06-01", 活动名称: "三十年驾龄老司机座谈", 活动类型: "会议培训", 参与数量: 30, 单位: "人" }],
    },
  });
  expect(text).toContain("二是职工培训。6月1日召开三十年驾龄老司机座谈会，30人参加。");
});

it("an agency's 党组理论学习中心组学习 is told under 组织保障 (理论武装) as a meeting, never 主题教育 beside its 宣传周", async () => {
  const text = await summaryTextOf({
    profile: bureau,
    ledgers: {
      组织保障: [
        { 事项类型: "领导小组", 名称或内容: "调整局创文工作领导小组", 数量: 1, 单位: "个", 日期: "2025-04-02" },
        { 事项类型: "任务分解", 名称或内容: "分解创文测评指标任务", 数量: 18, 单位: "项" },
      ],
      宣传投放: [{ 类型: "宣传资料", 位置或内容: "食品安全宣传资料", 数量: 3000, 单位: "份", 方式: "发放" }],
      活动台账: [
        { 日期: "2025-04-15", 活动名称: "食品安全宣传周", 活动类型: "宣传教育", 参与数量: 500, 单位: "人次" },
        { 日期: "2025-05-20", 活动名称: "党组理论学习中心组学习", 活动类型: "理论学习", 参与数量: 15, 单位: "人" },
      ],
    },
  });
  expect(text).toContain("一、强化组织保障，落实创建责任\n　　一是健全机构。区市场监管局于4月2日调整充实创文工作领导小组。\n　　二是压实责任。分解创文测评指标任务18项。\n　　三是理论武装。5月20日召开党组理论学习中心组学习会，15人参加。\n");
  expect(text).toContain("二是主题教育。4月15日开展“食品安全宣传周”活动，参与500人次。\n");
});

it("a regular meeting named with its purpose takes no 1次 after it; other regular work keeps its count", async () => {
  const org = (名称或内容: string, 数量: number, 频次: string, 事项类型 = "工作会议"): Record<string, string | number> => ({ 事项类型, 名称或内容, 数量, 单位: "次", 频次 });
  const text = await summaryTextOf({
    profile: hospital,
    ledgers: {
      组织保障: [
        org("召开院周会部署创文", 12, "每月1次"),
        org("召开党委会专题研究创文", 4, "每季度1次"),
        org("召开科室例会研究文明服务", 24, "每月2次"),
        org("开展院区环境卫生巡查", 48, "每周1次", "督查检查"),
      ],
      其他指标: [{ 板块: "组织保障", 指标名称: "召开中层干部会通报创文进展", 数值: 12, 单位: "次", 频次: "每月1次" }],
    },
  });
  expect(text).toContain("坚持每月召开院周会部署创文工作，累计召开12次");
  expect(text).toContain("坚持每季度召开党委会专题研究创文工作，累计召开4次");
  expect(text).toContain("坚持每月召开2次科室例会研究文明服务，累计召开24次");
  expect(text).toContain("坚持每周开展院区环境卫生巡查1次，累计开展48次");
  expect(text).toContain("坚持每月召开中层干部会通报创文进展，累计召开12次");
  expect(text).not.toMatch(/[^\d]1次，累计召开/u);
});

it("work done at a frequency typed in 其他指标 is told in the body, never as the opening's second sentence", async () => {
  const text = await summaryTextOf({
    profile: bus,
    ledgers: {
      组织保障: [
        { 事项类型: "领导小组", 名称或内容: "成立公司创文工作领导小组", 数量: 1, 单位: "个", 日期: "2025-01-05" },
        { 事项类型: "督查检查", 名称或内容: "开展车厢卫生暗访", 数量: 48, 单位: "次", 频次: "每周1次" },
      ],
      宣传投放: [{ 类型: "公益广告", 位置或内容: "公交车身", 数量: 120, 单位: "块", 方式: "新设", "投入金额（元）": 60000 }],
      问题整改: [{ 问题类别: "卫生死角", 发现数: 36, 已整改数: 36, 单位: "处" }],
      其他指标: [
        { 板块: "其他", 指标名称: "开展驾驶员文明礼仪培训", 数值: 12, 单位: "期", 频次: "每月1期" },
        { 板块: "其他", 指标名称: "投诉率下降", 数值: 15, 单位: "%" },
      ],
    },
  });
  const opening = text.split("\n")[2];
  expect(opening).toBe("　　2025年，城南公交在区交通运输局的指导下，整改卫生死角问题36处，投入宣传经费6万元。现将有关情况总结如下。");
  expect(text).toContain("　　坚持每月开展驾驶员文明礼仪培训1期，累计开展12期，投诉率下降15%。\n");
});

it("test 32 D20: a minor 其他指标 count the body says as a sentence of its own is not in the opening too", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "某某市交通职业技术学校", 单位类型: "学校", 报告年度: 2025, 报告期: "下半年" },
    ledgers: {
      组织保障: [{ 事项类型: "工作会议", 名称或内容: "召开创文专题会议", 数量: 4, 单位: "次", 频次: "每季度1次" }],
      宣传投放: [{ 类型: "宣传单", 位置或内容: "文明交通倡议书", 数量: 3000, 单位: "份", 方式: "发放", "投入金额（元）": 1200 }],
      志愿服务: [{ 队伍名称: "青年志愿者协会", 队伍类型: "青年志愿者", 注册人数: 400, 服务次数: 60, "服务时长（小时）": 1200, 主要服务内容: "文明交通劝导、站点引导" }],
      活动台账: [{ 日期: "2025-12-05", 活动名称: "国际志愿者日集中服务", 活动类型: "志愿服务", 参与数量: 300, 单位: "人次" }],
      其他指标: [{ 板块: "志愿服务", 指标名称: "开展文明交通劝导", 数值: 120, 单位: "次", 频次: "每周2次" }],
    },
  });
  expect(text.split("\n")[2]).toBe("　　2025年下半年，某某市交通职业技术学校投入宣传经费1200元，现有注册志愿者400人。现将有关情况总结如下。");
  expect(text).toContain("12月5日开展“国际志愿者日集中服务”活动，参与300人次。累计开展文明交通劝导120次。");
});
