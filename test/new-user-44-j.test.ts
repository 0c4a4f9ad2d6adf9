/**
 * New-user test 44 (docs/new-user-test-pane-44.md), D5, D9 and D10:
 * D5 — a period's 其他指标 figure (`反诈APP注册2.3万余人`, `接待游客35.6万人次`) was told as one activity's result;
 * D9 — a 其他指标 selection (`评选文明班级8个`) said the 先进典型 row's figure again in the next sentence;
 * D10 — a collective honour of stalls (`文明诚信摊位`) was counted in 人, and a nickname (`李大嘴`) printed as a name.
 */
import { analyzeWorkbook, documentText, standardV1, summarize } from "../src/core";
import { readWorkbook } from "../src/adapters/xlsx/read-workbook";
import { writeWorkbook } from "../src/adapters/xlsx/write-workbook";
import type { WorkbookContent } from "../src/adapters/xlsx/content";
import { summaryTextOf } from "./support/summaries";

it("D5: the year's APP registrations are told on their own, never as the school talk's result", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "城北派出所", 单位类型: "机关部门", 报告年度: 2025, 报告期: "全年", 成文日期: "2025年12月28日" },
    ledgers: {
      活动台账: [
        { 日期: "2025.1.9", 活动名称: "110宣传日", 活动类型: "宣传教育", 参与数量: "500余", 单位: "人次" },
        { 日期: "2025.5.20", 活动名称: "反诈宣传进校园", 活动类型: "宣传教育", 参与数量: "1200", 单位: "人", 地点: "城南区第三中学", 简要内容: "给学生讲电信诈骗案例" },
        { 日期: "2025.12.2", 活动名称: "全国交通安全日宣传", 活动类型: "宣传教育", 参与数量: "约800", 单位: "人次" },
      ],
      其他指标: [{ 板块: "宣传教育", 指标名称: "反诈APP注册", 数值: "２.３万", 单位: "人", 表述: "余" }],
    },
  });
  expect(text).toContain("5月20日在城南区第三中学开展“反诈宣传进校园”活动，为学生讲解电信诈骗案例，参与1200人；12月2日开展“全国交通安全日宣传”活动，参与约800人次。全年反诈APP注册2.3万余人。");
  expect(text.match(/2\.3万/gu)?.length).toBe(1);
});

it("D5: the quarter's visitors are never told under one publicity event", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "青山风景区管理处", 单位类型: "企事业单位", 单位简称: "管理处", 报告年度: 2025, 报告期: "第三季度", 成文日期: "2025年10月8日" },
    ledgers: {
      宣传投放: [{ 类型: "公益广告", 位置或内容: "游步道沿线文明旅游提示牌", 数量: "六十", 单位: "块", 方式: "新设" }],
      活动台账: [{ 日期: "2025.7.15", 活动名称: "文明旅游宣传月启动", 活动类型: "宣传教育", 参与数量: "约2000", 单位: "人次" }],
      问题整改: [{ 问题类别: "卫生死角", 发现数: "38", 已整改数: "38", 单位: "处" }],
      其他指标: [{ 板块: "宣传教育", 指标名称: "接待游客", 数值: "35.6万", 单位: "人次" }],
    },
  });
  expect(text).toContain("二是主题活动。7月15日开展“文明旅游宣传月启动”活动，参与约2000人次。本季度接待游客35.6万人次。");
});

it("D9: the classes selected are said once", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "城南区第三中学", 单位类型: "学校", 报告年度: 2025, 报告期: "下半年", 成文日期: "2025年12月30日" },
    ledgers: {
      先进典型: [
        { 荣誉名称: "文明班级", 级别: "本单位", 人数: "8", 备注: "初一(3)班等8个班" },
        { 荣誉名称: "美德少年", 级别: "区级", 类别: "孝老爱亲", 人数: 3 },
        { 荣誉名称: "优秀家长", 级别: "本单位", 人数: "30" },
      ],
      其他指标: [
        { 板块: "道德建设", 指标名称: "评选文明班级", 数值: 8, 单位: "个" },
        { 板块: "道德建设", 指标名称: "开展主题班会", 数值: "一百二十", 单位: "节" },
      ],
    },
  });
  expect(text).toContain("一是师生典型。3人获评“美德少年”；评选表彰优秀家长30人；评出文明班级8个。\n　　二是理想信念教育。开展主题班会120节。");
  expect(text.match(/文明班级8个/gu)?.length).toBe(1);
});

it("D10: stalls honoured are counted as stalls, and a nickname is no name", async () => {
  const content: WorkbookContent = {
    profile: { 单位名称: "城西农贸市场管理办公室", 单位类型: "企事业单位", 报告年度: 2025, 报告期: "上半年", 成文日期: "2025年6月30日" },
    ledgers: {
      先进典型: [
        { 荣誉名称: "文明诚信摊位", 级别: "本单位", 人数: "18", 姓名: "张桂芳、李大嘴、赵四" },
        { 荣誉名称: "市级文明诚信市场", 级别: "市", 人数: 1 },
        { 荣誉名称: "星级诚信档口", 级别: "本单位", 人数: "6" },
        { 荣誉名称: "诚信经营标兵", 级别: "本单位", 人数: 3, 姓名: "王秀英、李大嘴、王胖子" },
      ],
    },
  };
  const text = await summaryTextOf(content);
  expect(text).toContain("评选表彰诚信经营标兵3人；评出文明诚信摊位18个和星级诚信档口6个。");
  const named = documentText(summarize(analyzeWorkbook(await readWorkbook(await writeWorkbook(standardV1, content)), standardV1), standardV1, { includeNames: true, today: 45900 }).document);
  expect(named).toContain("评选表彰诚信经营标兵3人（王秀英等）；评出文明诚信摊位18个和星级诚信档口6个。");
});
