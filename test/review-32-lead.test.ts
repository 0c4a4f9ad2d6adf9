/**
 * Review run 32 (docs/reviews/run-32-f15b594-tester60-61-reviewer-AV.md), fixes by the lead: a venue's visitors led by whom
 * it serves (材料7 item 1: never `一是整治保障。全年接待参观游客12.6万余人次。`); a highway's 情报板 plays what it plays
 * (材料10 item 1: never `设置电子屏4块`); a 墙绘 on a named wall (材料2 item 4: never `绘制企业围墙墙绘`); teams named as
 * such counted as `队伍` (材料7 item 4).
 */
import { summaryTextOf } from "./support/summaries";

it("材料7 item 1: `接待参观游客` is led `服务游客`, never the profile's `整治保障`", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "青川县博物馆", 单位类型: "企事业单位", 报告年度: 2025, 报告期: "全年" },
    ledgers: {
      宣传投放: [{ 日期: "2025-03-01", 类型: "展板", 位置或内容: "文明旅游展板", 数量: 20, 单位: "块" }],
      活动台账: [{ 日期: "2025-05-18", 活动名称: "博物馆开放日", 活动类型: "宣传教育", 参与数量: 1200, 单位: "人次" }],
      其他指标: [{ 板块: "宣传教育", 指标名称: "接待参观游客", 数值: "12.6万", 单位: "人次", 表述: "余" }],
    },
  });
  expect(text).toContain("一是服务游客。全年接待参观游客12.6万余人次。");
  expect(text).not.toContain("整治保障");
});

it("材料10 item 1: 情报板 that play slogans are used, `利用收费广场4块情报板滚动播放文明出行标语`", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "G93成渝环线高速青川收费站", 单位简称: "收费站", 单位类型: "企事业单位", 报告年度: 2025, 报告期: "上半年" },
    ledgers: {
      宣传投放: [
        { 日期: "2025-01-10", 类型: "电子屏", 位置或内容: "收费广场情报板滚动播放文明出行标语", 数量: 4, 单位: "块", 方式: "新设", "投入金额（元）": 0 },
        { 日期: "2025-02-01", 类型: "横幅", 位置或内容: "文明交通横幅", 数量: 15, 单位: "条", 方式: "新设" },
      ],
    },
  });
  expect(text).toContain("利用收费广场4块情报板滚动播放文明出行标语");
  expect(text).not.toContain("设置电子屏4块");
});

it("材料2 item 4: a 墙绘 typed with its wall is painted there, `在企业围墙制作墙绘800平方米`", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "江口经济开发区管委会", 单位类型: "机关部门", 报告年度: 2025, 报告期: "全年" },
    ledgers: { 宣传投放: [{ 日期: "2025-03-01", 类型: "墙绘", 位置或内容: "企业围墙墙绘", 数量: 800, 单位: "平方米", 方式: "新设" }] },
  });
  expect(text).toContain("在企业围墙制作墙绘800平方米");
  expect(text).not.toContain("绘制企业围墙墙绘");
});

it("材料7 item 4: `现有“文博小讲解员”志愿服务队和馆员志愿服务队共2支队伍`", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "青川县博物馆", 单位类型: "企事业单位", 报告年度: 2025, 报告期: "全年" },
    ledgers: {
      志愿服务: [
        { 队伍名称: "“文博小讲解员”志愿服务队", 队伍类型: "少年志愿者", 注册人数: 35, 服务次数: 40 },
        { 队伍名称: "馆员志愿服务队", 队伍类型: "综合志愿者", 注册人数: 120, 服务次数: 70 },
      ],
    },
  });
  expect(text).toContain("现有“文博小讲解员”志愿服务队和馆员志愿服务队共2支队伍");
});
