/**
 * New-user test 60 (docs/new-user-test-pane-60.md), D7, D8, D10, D13 (second half): headings and sentences — no 包保/责任区域
 * where no row speaks of one, one figure of one thing in the opening, a day's name after the date, and a 健全机构
 * sentence with its subject.
 */
import { summaryTextOf } from "./support/summaries";

const water = { 单位名称: "平安县供水有限公司", 单位类型: "企事业单位", 上级指导单位: "县住建局", 报告年度: 2025, 报告期: "第四季度" };
const clinic = { 单位名称: "红旗乡卫生院", 单位类型: "企事业单位", 报告年度: 2025, 报告期: "上半年" };

it("D7: a water company's 乱张贴 (no row of 包保) is 问题整改 under 加强内部管理, never 履行包保责任 or 责任区域", async () => {
  const text = await summaryTextOf({
    profile: water,
    ledgers: {
      组织保障: [{ 事项类型: "工作机制", 名称或内容: "营业厅文明服务承诺制", 数量: 1, 单位: "项" }],
      问题整改: [{ 问题类别: "乱张贴", 发现数: 8, 已整改数: 8, 单位: "处", 责任单位: "综合办" }],
      其他指标: [{ 板块: "设施建设", 指标名称: "维修管网漏点", 数值: 60, 单位: "处", 表述: "余" }],
    },
  });
  expect(text).toContain("二、加强内部管理，整治行业设施");
  expect(text).toContain("一是问题整改。发现乱张贴问题8处，均已整改到位。");
  expect(text).not.toMatch(/包保|责任区域/u);
});

it("D7: a 卫生院's 院区卫生死角 and 乱停车 (门口电动车) are its own grounds' problems, never 排查责任区域", async () => {
  const text = await summaryTextOf({
    profile: clinic,
    ledgers: {
      问题整改: [
        { 问题类别: "卫生死角", 发现数: 10, 已整改数: 10, 单位: "处", 备注: "问题：院区卫生死角" },
        { 问题类别: "其他", 发现数: 15, 已整改数: 12, 单位: "处", 备注: "乱停车；门口电动车" },
      ],
    },
  });
  expect(text).toContain("一、整治院区环境，改善就医秩序");
  // Every kind named in the breakdown: the total says 各类 (review-31-jb D6).
  expect(text).toContain("发现各类问题25处，已整改22处，整改率为88%。其中整治乱停车12处，清理卫生死角10处。");
  expect(text).not.toMatch(/包保|责任区域/u);
});

it("D7: rows that speak of 门前三包 or a 包保 area keep 履行包保责任 and 排查责任区域", async () => {
  const text = await summaryTextOf({
    profile: water,
    ledgers: {
      组织保障: [{ 事项类型: "工作机制", 名称或内容: "门前三包责任制", 数量: 1, 单位: "项" }],
      问题整改: [{ 问题类别: "乱张贴", 发现数: 8, 已整改数: 8, 单位: "处", 备注: "包保路段" }],
    },
  });
  expect(text).toContain("履行包保责任");
  expect(text).toContain("排查责任区域");
});

it("D13: a 卫生院's `成立院创文工作领导小组` (单位简称 empty) has its subject, as other units' do: `我院于1月10日成立……`", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "青山镇卫生院", 单位类型: "企事业单位", 上级指导单位: "县卫健局", 报告年度: 2025, 报告期: "上半年" },
    ledgers: { 组织保障: [{ 事项类型: "领导小组", 名称或内容: "成立院创文工作领导小组", 数量: 1, 单位: "个", 日期: "2025-01-10", 备注: "院长任组长" }, { 事项类型: "工作会议", 名称或内容: "创文例会", 数量: 6, 单位: "次", 频次: "每月一次" }] },
  });
  expect(text).toContain("一是健全机构。我院于1月10日成立创文工作领导小组。");
  expect(text).not.toContain("成立本院");
  // `成立本院……` typed with 本 is the same: the subject once, never `我院于……成立本院……`.
  const typed = await summaryTextOf({
    profile: { 单位名称: "县人民检察院", 单位类型: "机关部门", 报告年度: 2025, 报告期: "上半年" },
    ledgers: { 组织保障: [{ 事项类型: "领导小组", 名称或内容: "成立本院创文工作领导小组", 数量: 1, 单位: "个", 日期: "2025-01-06" }] },
  });
  expect(typed).toContain("我院于1月6日成立创文工作领导小组。");
  expect(typed).not.toContain("本院");
});

it("D10: `国际志愿者日入户检修` at 城区, 四十余户, 为孤寡老人检修水管: the day after the date, the place after a comma, the 简要内容 kept", async () => {
  const text = await summaryTextOf({
    profile: water,
    ledgers: {
      志愿服务: [{ 队伍名称: "供水志愿服务队", 队伍类型: "党员志愿者", 注册人数: 30, 服务次数: 9, "服务时长（小时）": 20, 主要服务内容: "上门维修、节水宣传" }],
      活动台账: [{ 日期: "2025-12-05", 活动名称: "国际志愿者日入户检修", 活动类型: "志愿服务", 参与数量: "四十余", 单位: "户", 地点: "城区", 简要内容: "为孤寡老人检修水管" }],
    },
  });
  expect(text).toContain("二是主题志愿服务。12月5日国际志愿者日，在城区开展入户检修志愿服务，为孤寡老人检修水管40余户。");
  expect(text).not.toContain("在城区国际志愿者日");
});

it("D8: 其他 `管网漏点` 15/10处 beside 其他指标 `维修管网漏点` 45处: the opening tells one figure of the thing, the body both", async () => {
  const text = await summaryTextOf({
    profile: { ...water, 报告期: "第三季度" },
    ledgers: {
      问题整改: [{ 问题类别: "其他", 发现数: 15, 已整改数: 10, 单位: "处", 备注: "管网漏点" }],
      宣传投放: [{ 类型: "宣传栏", 位置或内容: "营业厅宣传栏", 数量: 4, 单位: "块", 方式: "更换", "投入金额（元）": 800 }],
      其他指标: [{ 板块: "设施建设", 指标名称: "维修管网漏点", 数值: 45, 单位: "处" }],
    },
  });
  expect(text).toContain("2025年第三季度，平安县供水有限公司在县住建局的指导下，维修管网漏点45处，投入宣传经费800元。");
  expect(text).not.toContain("整改管网漏点问题10处");
  expect(text).toContain("发现管网漏点问题15处，已整改10处，整改率为66.7%。");
  expect(text).toContain("维修管网漏点45处。");
});
