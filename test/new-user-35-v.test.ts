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

it("D4: a 表述 word typed in 其他指标 频次 (约, 精确) is a 提示 at the 频次, and its 约 is kept in the text", async () => {
  const file = await workbookFile({
    profile: community,
    ledgers: {
      其他指标: [
        { 板块: "设施建设", 指标名称: "施划停车位", 数值: 210, 单位: "个", 频次: "精确" },
        { 板块: "环境整治", 指标名称: "清理楼道堆物", 数值: 15000, 单位: "处", 频次: "约" },
        { 板块: "环境整治", 指标名称: "清运垃圾", 数值: 300, 单位: "吨", 表述: "余", 频次: "约" },
      ],
    },
  });
  const check = (await cli("check", file)).out;
  expect(check).toContain("提示 其他指标!F3 [value.frequency-approx] “精确”不是频次，像是“表述”的值（表述在频次左边一列：精确、约、余、近）。总结按精确数写出这一数字；请把它移到“表述”一栏，频次只填如“每月2次”“每周1次”。");
  expect(check).toContain("提示 其他指标!F4 [value.frequency-approx] “约”不是频次，像是“表述”的值（表述在频次左边一列：精确、约、余、近）。总结已按表述“约”写出这一数字；请把它移到“表述”一栏，频次只填如“每月2次”“每周1次”。");
  expect(check).toContain("提示 其他指标!F5 [value.frequency-approx] “约”不是频次，像是“表述”的值（表述在频次左边一列：精确、约、余、近）。表述已填“余”，总结按表述写出这一数字，不用这一格；请把它移到“表述”一栏，频次只填如“每月2次”“每周1次”。");
  const text = (await cli("summarize", file, "--text", "-")).out;
  expect(text).toContain("清理楼道堆物约1.5万处");
  expect(text).toContain("清运垃圾300余吨");
  expect(text).toContain("施划停车位210个");
});
