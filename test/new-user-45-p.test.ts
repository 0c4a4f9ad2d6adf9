/**
 * New-user test 45 (docs/new-user-test-pane-45.md), defects D4, D6, D7, D10, D11, D12 and D15: ledger sentences
 * (donations told as money spent, 跟 turned into 与 inside a word, a figure inside a noun, a body counted in people, a
 * 板块 其他 figure closing 志愿服务, nested quotes and 本期 before a month in 落实上期工作打算) and 单位类型 typed as the
 * office calls itself.
 */
import { nearestChoice, standardV1 } from "../src/core";
import { summaryTextOf } from "./support/summaries";

const village = { 单位名称: "河湾村村委会", 单位简称: "河湾村", 单位类型: "村", 报告年度: 2025, 报告期: "上半年", 成文日期: "2025-07-03" };

it("D4: `乡贤捐资 5.8万 余 元` is money given to the village, told as given and not inside the 讲堂 point", async () => {
  const text = await summaryTextOf({
    profile: village,
    ledgers: {
      活动台账: [{ 日期: "2025-04-20", 活动名称: "道德评议会", 活动类型: "道德讲堂", 参与数量: 60, 单位: "人", 简要内容: "评议不赡养老人行为" }],
      先进典型: [{ 荣誉名称: "文明家庭", 级别: "村级", 人数: 15 }],
      其他指标: [
        { 板块: "道德建设", 指标名称: "乡贤捐资", 数值: "5.8万", 单位: "元", 表述: "余" },
        { 板块: "道德建设", 指标名称: "修订村规民约", 数值: 1, 单位: "部" },
      ],
    },
  });
  expect(text).not.toMatch(/投入[^。]*用于乡贤捐资/u);
  expect(text).toContain("　　二是办好讲堂。4月20日召开道德评议会，评议不赡养老人行为，60人参加。\n　　三是道德实践。乡贤捐资5.8万余元，修订村规民约1部。");
});

it("D6: `跟车督查` with 频次 每周5次 keeps 跟", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "城东公交公司", 单位类型: "企事业单位", 报告年度: 2025, 报告期: "全年", 成文日期: "2026-01-10" },
    ledgers: {
      组织保障: [
        { 事项类型: "督查检查", 名称或内容: "跟车督查", 数量: 240, 单位: "次", 频次: "每周5次", 备注: "安全科每周跟车抽查，发现问题扣分" },
        { 事项类型: "督查检查", 名称或内容: "跟班检查", 数量: 12, 单位: "次" },
      ],
    },
  });
  expect(text).toContain("坚持每周跟车督查5次，累计240次");
  expect(text).not.toMatch(/与车|与班/u);
  expect(text).toContain("　　坚持每周跟车督查5次，累计240次；跟班检查12次。");
});

it("D7: the figure stands before the whole carrier noun `车载移动电视`", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "城东公交公司", 单位类型: "企事业单位", 报告年度: 2025, 报告期: "全年", 成文日期: "2026-01-10" },
    ledgers: {
      宣传投放: [{ 类型: "电子屏", 位置或内容: "车载移动电视播放文明乘车公益片", 数量: 180, 单位: "块", 方式: "维护" }],
    },
  });
  expect(text).toContain("　　利用180块车载移动电视播放文明乘车公益片。");
});

it("D10: a body counted in people is `成立……，成员9人`", async () => {
  const text = await summaryTextOf({
    profile: village,
    ledgers: {
      组织保障: [
        { 事项类型: "领导小组", 名称或内容: "村创文工作领导小组", 数量: 1, 单位: "个", 日期: "2025-01-12" },
        { 事项类型: "其他", 名称或内容: "成立村道德评议会", 数量: 9, 单位: "人", 日期: "2025-02-18", 备注: "乡贤、老党员、老教师组成" },
        { 事项类型: "其他", 名称或内容: "成立红白理事会", 数量: 7, 单位: "名" },
      ],
    },
  });
  expect(text).not.toMatch(/评议会9人|理事会7名/u);
  expect(text).toContain("　　二是夯实基础。成立村道德评议会，成员9人；成立红白理事会，成员7名。");
});

it("D11: a 板块 其他 figure (`处理患者投诉46件`) never closes the 志愿服务 section", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "县人民医院", 单位类型: "企事业单位", 报告年度: 2025, 报告期: "上半年", 成文日期: "2025-07-05" },
    ledgers: {
      问题整改: [{ 问题类别: "卫生死角", 发现数: 18, 已整改数: 18, 单位: "处" }],
      宣传投放: [{ 类型: "公益广告", 位置或内容: "门诊大厅", 数量: 35, 单位: "块", 方式: "新设", "投入金额（元）": 3600 }],
      志愿服务: [{ 队伍名称: "医院志愿服务队", 队伍类型: "青年志愿者", 注册人数: 80, 服务次数: 24, 主要服务内容: "导诊、义诊" }],
      活动台账: [
        { 日期: "2025-03-05", 活动名称: "学雷锋志愿导诊", 活动类型: "志愿服务", 参与数量: 30, 单位: "人" },
        { 日期: "2025-05-12", 活动名称: "护士节义诊", 活动类型: "志愿服务", 参与数量: "100余", 单位: "人次" },
        { 日期: "2025-04-01", 活动名称: "无烟医院宣传周", 活动类型: "宣传教育", 参与数量: "约500", 单位: "人次" },
        { 日期: "2025-05-20", 活动名称: "医德医风教育", 活动类型: "理论学习", 参与数量: 200, 单位: "人" },
      ],
      其他指标: [{ 板块: "其他", 指标名称: "处理患者投诉", 数值: 46, 单位: "件", 备注: "办结率100%" }],
      文字材料: [{ 类型: "导语", 内容: "县人民医院以文明就医为抓手，扎实推进文明城市创建工作。" }],
    },
  });
  expect(text).not.toMatch(/此外，处理患者投诉/u);
  expect(text).toContain("参与100余人次。\n四、统筹推进其他创建工作\n　　处理患者投诉46件。");
});

it("D15: a quoted plan with quotes inside takes ‘’, and a 落实情况 opening with a month takes no 本期", async () => {
  const text = await summaryTextOf({
    profile: { ...village, 报告期: "下半年", 成文日期: "2026-01-08" },
    ledgers: {
      活动台账: [{ 日期: "2025-09-06", 活动名称: "中秋邻里宴", 活动类型: "我们的节日", 参与数量: 300, 单位: "人" }],
      文字材料: [{ 类型: "上期打算", 内容: "开展“最美庭院”第二轮评选", 落实情况: "9月完成第二轮评选，评出最美庭院40户" }],
    },
  });
  expect(text).toContain("针对上期提出的“开展‘最美庭院’第二轮评选”，9月完成第二轮评选，评出最美庭院40户。");
});

it("D12: 单位类型 typed as the office calls itself is offered as 企事业单位; the profile is still chosen by 单位名称", async () => {
  for (const typed of ["医疗卫生单位", "文化事业单位", "事业单位", "物业服务企业", "国有企业", "服务中心"]) {
    expect([typed, nearestChoice(standardV1, undefined, "unitType", typed)]).toEqual([typed, "企事业单位"]);
  }
  for (const typed of ["机关单位", "县直单位", "民办非企业单位", "社区服务中心", "新时代文明实践中心", "群团组织"]) {
    expect([typed, nearestChoice(standardV1, undefined, "unitType", typed)]).not.toEqual([typed, "企事业单位"]);
  }
  for (const [unit, typed] of [["县人民医院", "医疗卫生单位"], ["区图书馆", "文化事业单位"], ["阳光物业服务中心", "物业服务企业"]]) {
    const ledgers = {
      问题整改: [{ 问题类别: "卫生死角", 发现数: 18, 已整改数: 16, 单位: "处" }],
      活动台账: [{ 日期: "2025-04-01", 活动名称: "文明服务宣传周", 活动类型: "宣传教育", 参与数量: 300, 单位: "人次" }],
    };
    const profile = { 单位名称: unit, 报告年度: 2025, 报告期: "上半年", 成文日期: "2025-07-05" };
    expect(await summaryTextOf({ profile: { ...profile, 单位类型: typed }, ledgers })).toBe(await summaryTextOf({ profile: { ...profile, 单位类型: "企事业单位" }, ledgers }));
  }
});
