/**
 * New-user test 60 (/work/nu60/report.md), D7, D8, D10, D13 (second half): headings and sentences — no 包保/责任区域
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
  expect(text).toContain("发现乱停车和卫生死角问题25处，已整改22处，整改率为88%。");
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
