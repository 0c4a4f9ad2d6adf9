/**
 * Review run 27 (docs/reviews/run-27-f5d7a19-tester50-reviewer-AQ.md): how an activity, an honour and a volunteer team
 * are told — 材料5 items 2–4, 材料4 items 3–5, 材料6 items 2–3, 材料3 items 5, 6 and 8.
 */
import type { WorkbookContent } from "../src/adapters/xlsx/content";
import { summaryTextOf } from "./support/summaries";

const hospital: WorkbookContent = {
  profile: { 单位名称: "县人民医院", 单位类型: "企事业单位", 报告年度: 2025, 报告期: "上半年" },
  ledgers: {
    志愿服务: [{ 队伍名称: "“白衣天使”志愿导医队", 队伍类型: "专业志愿者", 注册人数: 35, 服务次数: 100, 主要服务内容: "门诊导医、帮老年人挂号、自助机操作指导" }],
    活动台账: [
      { 日期: "三月五日", 活动名称: "学雷锋志愿导医", 活动类型: "志愿服务", 参与数量: 20, 单位: "人", 简要内容: "志愿者在门诊大厅帮老人挂号" },
      { 日期: "2025年5月31日", 活动名称: "世界无烟日控烟宣传", 活动类型: "宣传教育", 参与数量: "约200", 单位: "人次", 简要内容: "在门诊开展控烟劝导，劝阻吸烟30余人次" },
      { 日期: "2025.6.30", 活动名称: "下乡义诊", 活动类型: "关爱帮扶", 参与数量: "一百二十", 单位: "人次", 地点: "城关镇柳塘村", 简要内容: "送医下乡" },
    ],
  },
};

const library: WorkbookContent = {
  profile: { 单位名称: "县图书馆", 单位类型: "企事业单位", 报告年度: 2025, 报告期: "第二季度" },
  ledgers: {
    活动台账: [
      { 日期: "2025年4月23日", 活动名称: "世界读书日 全民阅读启动仪式", 活动类型: "宣传教育", 参与数量: "三百余", 单位: "人次" },
      { 日期: "2025.5.1", 活动名称: "亲子绘本共读", 活动类型: "文体活动", 参与数量: 35, 单位: "户", 简要内容: "小朋友和家长一起读绘本" },
      { 日期: "2025年6月14日", 活动名称: "读者文明行为劝导", 活动类型: "志愿服务", 参与数量: 12, 单位: "人", 简要内容: "劝导大声喧哗、占座" },
    ],
  },
};

const taxhall: WorkbookContent = {
  profile: { 单位名称: "县税务局办税服务厅", 单位简称: "办税服务厅", 单位类型: "机关部门", 报告年度: 2025, 报告期: "下半年" },
  ledgers: {
    志愿服务: [{ 队伍名称: "税务青年志愿服务队", 队伍类型: "青年志愿者", 注册人数: 28, 服务次数: 15, 主要服务内容: "办税辅导、学雷锋" }],
    先进典型: [{ 荣誉名称: "市级青年文明号", 级别: "市", 人数: 1, 日期: "2025.11.5" }, { 荣誉名称: "服务之星", 级别: "本单位", 人数: 3 }],
    活动台账: [{ 日期: "2025年12月5日", 活动名称: "学雷锋 国际志愿者日 办税辅导", 活动类型: "志愿服务", 参与数量: 15, 单位: "人" }],
  },
};

const town: WorkbookContent = {
  profile: { 单位名称: "城关镇人民政府", 单位简称: "城关镇", 单位类型: "乡镇", 报告年度: 2025, 报告期: "全年" },
  ledgers: {
    活动台账: [{ 日期: "2025.6.15", 活动名称: "新时代文明实践站 理论宣讲", 活动类型: "理论学习", 参与数量: 50, 单位: "人" }],
    其他指标: [{ 板块: "道德建设", 指标名称: "劝导红白喜事简办", 数值: 86, 单位: "起" }],
  },
};

describe("item 1: a name typed in spaced parts is read by its parts", () => {
  it("材料5 item 4: a day between the date and the activity", async () => {
    const text = await summaryTextOf(taxhall);
    expect(text).toContain("12月5日国际志愿者日，开展学雷锋办税辅导志愿服务活动");
    expect(text).not.toContain("学雷锋国际志愿者日办税辅导");
  });
  it("材料4 item 3: a ceremony is held", async () => {
    const text = await summaryTextOf(library);
    expect(text).toContain("4月23日世界读书日，举行全民阅读启动仪式");
  });
  it("材料6 item 2: a place part is 在X", async () => {
    const text = await summaryTextOf(town);
    expect(text).toContain("6月15日，在新时代文明实践站开展理论宣讲");
  });
});

describe("item 2: doubled verbs and content that says the name again", () => {
  it("材料3 items 5 and 8", async () => {
    const text = await summaryTextOf(hospital);
    expect(text).toContain("5月31日开展“世界无烟日控烟宣传”活动，在门诊进行控烟劝导");
    expect(text).toContain("6月30日在城关镇柳塘村开展“下乡义诊”，参与120人次。");
    expect(text).not.toContain("送医下乡");
  });
});

describe("item 3: spoken words in written forms", () => {
  it("材料3 item 6: 帮 + people + verb", async () => {
    const text = await summaryTextOf(hospital);
    expect(text).toContain("协助老年人挂号");
    expect(text).toContain("志愿者在门诊大厅协助老年人挂号");
    expect(text).not.toMatch(/帮老/u);
  });
  it("材料4 item 5: 小朋友 and 一起", async () => {
    const text = await summaryTextOf(library);
    expect(text).toContain("少年儿童和家长共读绘本");
  });
});

describe("item 4: 劝导 + behaviours", () => {
  it("材料4 item 4", async () => {
    expect(await summaryTextOf(library)).toContain("劝导大声喧哗、占座等不文明行为");
  });
  it("材料6 item 3", async () => {
    expect(await summaryTextOf(town)).toContain("劝导群众简办红白喜事86起");
  });
});

describe("item 5: the unit's own title and a team's list of activities", () => {
  it("材料5 item 2: the unit's own collective title", async () => {
    const text = await summaryTextOf(taxhall);
    expect(text).toContain("11月，办税服务厅获评市级青年文明号");
    expect(text).not.toContain("青年文明号”1个");
  });
  it("材料5 item 3: 主要开展……志愿服务", async () => {
    expect(await summaryTextOf(taxhall)).toContain("主要开展办税辅导、学雷锋志愿服务");
  });
});
