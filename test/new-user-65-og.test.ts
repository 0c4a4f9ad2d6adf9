/**
 * New-user test 65 (docs/new-user-test-pane-65.md) D3, D4 and D9.
 * - D3: a 备注 naming days of the week (`每周二、周五播出`) beside a count of 1 thing set up (`开设《文明澄江》专栏` 1个) is its
 *   broadcast schedule, never a frequency of setting it up: `开设《文明澄江》专栏，每周二、周五播出`, told once (never
 *   `每周二开设《文明澄江》专栏1个`, 周五 lost, the column told again in the opening).
 * - D4: a 其他指标 name that is a measure (`新媒体阅读量`, `抖音短视频播放量`) takes no verb: `新媒体阅读量达32.6万余次`,
 *   `抖音短视频播放量约120万次`; a name that opens with its own verb (`播发创文新闻稿件`) takes no other: never `发布播发……`.
 * - D9: a 简要内容's object after 为 is never cut (`为村里打扫卫生、理发` never `为打扫卫生、理发`).
 */
import type { WorkbookContent } from "../src/adapters/xlsx/content";
import { summaryTextOf } from "./support/summaries";

const media = { 单位名称: "澄江县融媒体中心", 单位类型: "机关部门", 上级指导单位: "县委宣传部", 报告年度: 2025, 报告期: "第二季度" };

const mediaFigures: Readonly<Record<string, string | number>>[] = [
  { 板块: "宣传教育", 指标名称: "开设《文明澄江》专栏", 数值: 1, 单位: "个", 备注: "每周二、周五播出" },
  { 板块: "宣传教育", 指标名称: "播发创文新闻稿件", 数值: 80, 单位: "篇", 表述: "余" },
  { 板块: "宣传教育", 指标名称: "“澄江发布”微信公众号推送创文信息", 数值: 150, 单位: "条", 表述: "余" },
  { 板块: "宣传教育", 指标名称: "新媒体阅读量", 数值: 326000, 单位: "次", 表述: "余" },
  { 板块: "宣传教育", 指标名称: "抖音短视频播放量", 数值: 1200000, 单位: "次", 表述: "约" },
];
const mediaTexts = [{ 类型: "导语", 内容: "第二季度，我中心充分发挥主流媒体作用，全媒体矩阵联动宣传创文工作。" }];

const mediaCentre: WorkbookContent = {
  profile: media,
  ledgers: {
    其他指标: mediaFigures,
    活动台账: [{ 日期: "2025.5.18", 活动名称: "“文明澄江·你我同行”主题宣传", 活动类型: "宣传教育", 参与数量: 200, 单位: "人", 地点: "抚仙湖广场" }],
    文字材料: mediaTexts,
  },
};

const count = (text: string, part: string): number => text.split(part).length - 1;

describe("D3: a 备注 of weekdays beside one thing set up is its schedule", () => {
  let text = "";
  beforeAll(async () => {
    text = await summaryTextOf(mediaCentre);
  }, 60000);
  it("开设《文明澄江》专栏，每周二、周五播出 — never 每周二开设……1个", () => {
    expect(text).toContain("开设《文明澄江》专栏，每周二、周五播出");
    expect(text).not.toContain("每周二开设");
    expect(text).not.toContain("专栏1个");
  });
  it("the column is told once", () => {
    expect(count(text, "《文明澄江》专栏")).toBe(1);
  });
  it("the column is told once where it is the only work of the 其他指标 (never in the opening too)", async () => {
    const alone = await summaryTextOf({
      profile: media,
      ledgers: { 其他指标: [mediaFigures[0], mediaFigures[3]], 文字材料: mediaTexts },
    });
    expect(count(alone, "《文明澄江》专栏")).toBe(1);
    expect(alone).toContain("开设《文明澄江》专栏，每周二、周五播出");
  });
});

describe("D4: a 其他指标 name that is a measure or opens with its own verb takes no verb", () => {
  let text = "";
  beforeAll(async () => {
    text = await summaryTextOf(mediaCentre);
  }, 60000);
  it("新媒体阅读量达32.6万余次, 抖音短视频播放量约120万次", () => {
    expect(text).toContain("新媒体阅读量达32.6万余次");
    expect(text).toContain("抖音短视频播放量约120万次");
    expect(text).not.toMatch(/开展(?:新媒体阅读量|抖音短视频播放量)/u);
  });
  it("播发创文新闻稿件80余篇, never 发布播发", () => {
    expect(text).toContain("播发创文新闻稿件80余篇");
    expect(text).not.toContain("发布播发");
  });
});

describe("D9: the object after 为 in a 简要内容 is never cut", () => {
  it("为村里打扫卫生、理发 keeps whom the work was for", async () => {
    const text = await summaryTextOf({
      profile: { 单位名称: "澄江县烟草专卖局", 单位类型: "机关部门", 上级指导单位: "县文明办", 报告年度: 2025, 报告期: "全年" },
      ledgers: {
        活动台账: [
          { 日期: "2025.3.5", 活动名称: "学雷锋志愿服务活动", 活动类型: "志愿服务", 参与数量: 42, 单位: "人", 地点: "右所村", 简要内容: "为村里打扫卫生、理发" },
          { 日期: "2025.4.3", 活动名称: "清明节文明祭扫宣传", 活动类型: "我们的节日", 参与数量: 20, 单位: "人", 地点: "县城" },
        ],
      },
    });
    expect(text).not.toContain("为打扫卫生");
    expect(text).toMatch(/为村(?:里|民)打扫卫生、理发/u);
  });
});
