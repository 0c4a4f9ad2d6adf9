/**
 * New-user test 54 (docs/new-user-test-pane-54.md), D19 and the first half of D12: an opening that led with a
 * complaint count and a money figure while the body told the period's activities (`办结客户投诉9件，现有注册志愿者42人。
 * 下半年共拦截电信诈骗资金3.2万元。`; `2025年第三季度，县文化馆投入宣传经费4500元。` beside 3 activities of 3100余人次), and
 * a comparison with the previous period that told only the rises (发放宣传资料 +1000份, not 宣传投入 18600 → 2400 元).
 */
import { analyzeWorkbook, comparePeriods, documentText, standardV1, summarize } from "../src/core";
import { readWorkbook } from "../src/adapters/xlsx/read-workbook";
import { writeWorkbook } from "../src/adapters/xlsx/write-workbook";
import type { WorkbookContent } from "../src/adapters/xlsx/content";
import { summaryTextOf } from "./support/summaries";

const analyzed = async (content: WorkbookContent) => analyzeWorkbook(await readWorkbook(await writeWorkbook(standardV1, content)), standardV1);

const bankProfile = { 单位名称: "县农商银行城关支行", 单位类型: "企事业单位", 上级指导单位: "县文明办", 报告年度: 2025 };
const bankH1: WorkbookContent = {
  profile: { ...bankProfile, 报告期: "上半年" },
  ledgers: {
    宣传投放: [
      { 类型: "电子屏", 位置或内容: "网点LED屏滚动播放反诈提示", 数量: 6, 单位: "块", 方式: "维护", "投入金额（元）": 3600, 日期: "2025-04-01" },
      { 类型: "宣传资料", 位置或内容: "反诈宣传折页", 数量: 2000, 单位: "份", 方式: "发放", 日期: "2025-03-05" },
      { 类型: "展板", 位置或内容: "金融知识进社区展板", 数量: 20, 单位: "块", 方式: "新设", "投入金额（元）": 15000, 日期: "2025-02-28" },
    ],
    志愿服务: [{ 队伍名称: "城关支行青年志愿服务队", 队伍类型: "青年志愿者", 注册人数: 35, 服务次数: 12, "服务时长（小时）": 120, 主要服务内容: "反诈宣传、金融知识进社区" }],
    问题整改: [{ 问题类别: "其他", 发现数: 18, 已整改数: 16, 单位: "件", 备注: "客户投诉" }],
    活动台账: [
      { 日期: "2025-03-08", 活动名称: "三八节金融知识进社区", 活动类型: "宣传教育", 参与数量: 100, 单位: "人" },
      { 日期: "2025-04-15", 活动名称: "全民国家安全教育日反诈宣传", 活动类型: "宣传教育", 参与数量: 30, 单位: "人" },
      { 日期: "2025-05-20", 活动名称: "志愿服务进敬老院", 活动类型: "志愿服务", 参与数量: 15, 单位: "人" },
      { 日期: "2025-06-10", 活动名称: "文明服务礼仪培训", 活动类型: "会议培训", 参与数量: 40, 单位: "人次" },
      { 日期: "2025-06-30", 活动名称: "客户满意度座谈会", 活动类型: "会议培训", 参与数量: 12, 单位: "人" },
    ],
  },
};
const bankH2: WorkbookContent = {
  profile: { ...bankProfile, 报告期: "下半年" },
  ledgers: {
    活动台账: [
      { 日期: "2025-07-15", 活动名称: "防范非法集资宣传进社区", 活动类型: "宣传教育", 参与数量: "八十余", 单位: "人", 地点: "城关社区" },
      { 日期: "2025-09-13", 活动名称: "金融知识万里行", 活动类型: "宣传教育", 参与数量: 1200, 单位: "人次" },
      { 日期: "2025-10-08", 活动名称: "重阳节走访慰问老年客户", 活动类型: "关爱帮扶", 参与数量: 30, 单位: "户" },
      { 日期: "2025-12-05", 活动名称: "国际志愿者日志愿服务", 活动类型: "志愿服务", 参与数量: 20, 单位: "人" },
    ],
    宣传投放: [{ 类型: "宣传资料", 位置或内容: "防范非法集资宣传册", 数量: 3000, 单位: "份", 方式: "发放", "投入金额（元）": 2400 }],
    问题整改: [{ 问题类别: "其他", 发现数: 9, 已整改数: 9, 单位: "件", 备注: "客户投诉" }],
    志愿服务: [{ 队伍名称: "城关支行青年志愿服务队", 队伍类型: "青年志愿者", 注册人数: 42, 服务次数: 15, "服务时长（小时）": 150, 主要服务内容: "反诈宣传、金融知识进社区" }],
    其他指标: [
      { 板块: "宣传教育", 指标名称: "开展反诈宣传", 数值: 40, 单位: "场" },
      { 板块: "其他", 指标名称: "拦截电信诈骗资金", 数值: "3.2万", 单位: "元" },
    ],
  },
};

const comparedText = async (current: WorkbookContent, previous: WorkbookContent): Promise<string> => {
  const now = await analyzed(current);
  const before = await analyzed(previous);
  const compared = comparePeriods(now.facts, before.facts, standardV1);
  if (!compared.ok) throw new Error(compared.message);
  return documentText(summarize(now, standardV1, { includeNames: false, today: 46030, comparison: compared.comparison }).document);
};

describe("D19: 城关支行 下半年", () => {
  it("keeps an opening of 4 activities without their count (spec v2 rule 10: a total below 5 is no headline)", async () => {
    const text = await summaryTextOf(bankH2);
    expect(text.split("\n")[2]).toBe("　　2025年下半年，县农商银行城关支行在县文明办的指导下，办结客户投诉9件，现有注册志愿者42人。下半年共拦截电信诈骗资金3.2万元。现将有关情况总结如下。");
  });

  it("tells the rises in their points; a fall of money is no achievement (spec v2 rule 9) and stays in the 附表", async () => {
    const text = await comparedText(bankH2, bankH1);
    // The spend that fell (18600 → 2400 元) is no 不足 either (materialFalls: money is an input); 5 → 4 activities is no change to tell.
    expect(text).toContain("开展反诈宣传40场。发放宣传资料较上半年增加1000份，增长50%。");
    expect(text).not.toContain("宣传投入减少");
    expect(text).toContain("注册志愿者较上半年增加7人，增长20%；志愿服务时长增加30小时，增长25%。");
    expect(text).not.toMatch(/开展各类活动[^。]*较上半年/u);
  });
});

describe("D12 (first half) and item 3: no opening of one figure clause beside the body's activities", () => {
  it("县文化馆 第三季度 (imported): 3 activities are no headline; the spend is said once, in the opening", async () => {
    const text = await summaryTextOf({
      profile: { 单位名称: "县文化馆", 单位类型: "企事业单位", 报告年度: 2025, 报告期: "第三季度" },
      ledgers: {
        宣传投放: [
          { 类型: "展板", 位置或内容: "文明旅游宣传展板", 数量: 30, 单位: "块", "投入金额（元）": 4500 },
          { 类型: "宣传资料", 位置或内容: "文明旅游手册", 数量: 3000, 单位: "份" },
        ],
        志愿服务: [{ 队伍名称: "文化志愿服务队", 队伍类型: "其他", 注册人数: 2 }],
        活动台账: [
          { 日期: "2025-07-12", 活动名称: "文化惠民送戏下乡", 活动类型: "文体活动", 参与数量: "约800", 单位: "人次", 地点: "柳溪村" },
          { 日期: "2025-08-08", 活动名称: "非遗展示展演", 活动类型: "文体活动", 参与数量: "三百余", 单位: "人次", 地点: "文化馆展厅" },
          { 日期: "2025-09-30", 活动名称: "迎国庆广场文艺演出", 活动类型: "文体活动", 参与数量: 2000, 单位: "人次", 地点: "人民广场" },
        ],
      },
    });
    expect(text.split("\n").slice(2, 5)).toEqual([
      "　　2025年第三季度，县文化馆投入宣传经费4500元。现将有关情况总结如下。",
      "一、加强宣传引导，营造创建氛围",
      "　　设置文明旅游宣传展板30块，发放文明旅游手册3000份。",
    ]);
  });

  it("a 社区 with 5 activities and only its registered volunteers as a headline opens with the activities", async () => {
    const text = await summaryTextOf({
      profile: { 单位名称: "东湖社区", 单位类型: "社区", 报告年度: 2025, 报告期: "上半年" },
      ledgers: {
        志愿服务: [{ 队伍名称: "东湖社区志愿服务队", 队伍类型: "社区志愿者", 注册人数: 60 }],
        活动台账: [
          { 日期: "2025-03-05", 活动名称: "学雷锋志愿服务", 活动类型: "志愿服务", 参与数量: 30, 单位: "人" },
          { 日期: "2025-04-04", 活动名称: "清明文明祭扫宣传", 活动类型: "我们的节日", 参与数量: 50, 单位: "人" },
          { 日期: "2025-05-20", 活动名称: "楼道堆物清理", 活动类型: "环境整治", 参与数量: 20, 单位: "人" },
          { 日期: "2025-05-28", 活动名称: "文明养犬宣传", 活动类型: "宣传教育", 参与数量: 40, 单位: "人" },
          { 日期: "2025-06-18", 活动名称: "端午包粽子", 活动类型: "我们的节日", 参与数量: 60, 单位: "人" },
        ],
      },
    });
    expect(text.split("\n")[2]).toBe("　　2025年上半年，东湖社区开展各类活动5场，现有注册志愿者60人。现将有关情况总结如下。");
  });

  it("a 机关 with one activity keeps its opening (one activity is no count)", async () => {
    const text = await summaryTextOf({
      profile: { 单位名称: "县档案馆", 单位类型: "机关部门", 报告年度: 2025, 报告期: "上半年" },
      ledgers: {
        宣传投放: [{ 类型: "展板", 位置或内容: "文明创建宣传展板", 数量: 10, 单位: "块", "投入金额（元）": 3000 }],
        活动台账: [{ 日期: "2025-06-09", 活动名称: "国际档案日开放参观", 活动类型: "宣传教育", 参与数量: 120, 单位: "人次" }],
      },
    });
    expect(text.split("\n")[2]).toBe("　　2025年上半年，县档案馆投入宣传经费3000元。现将有关情况总结如下。");
  });
});
