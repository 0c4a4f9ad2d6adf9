/**
 * New-user test 62 (docs/new-user-test-pane-62.md), how one activity is told: D5 (`夜市规范整治` is its name, never
 * `整治夜市规范`), D6 (a 简要内容 of how much each part had, `每班一节`, is manner, never `以每班一节为主要内容`), D14
 * (`义诊进村` at 小王庄村 is a quoted title, never `在小王庄村义诊进村`).
 */
import { summaryTextOf } from "./support/summaries";

const profile = (name: string, extra: Record<string, string | number> = {}): Record<string, string | number> => ({ 单位名称: name, 单位类型: "企事业单位", 上级指导单位: "县文明办", 报告年度: 2025, 报告期: "下半年", ...extra });

it("62 D5: `夜市规范整治` is told as its name, never `整治夜市规范`", async () => {
  const text = await summaryTextOf({
    profile: profile("青川县城市管理综合执法大队"),
    ledgers: { 活动台账: [{ 日期: "2025-07-12", 活动名称: "夜市规范整治", 活动类型: "环境整治", 参与数量: 120, 单位: "人次", 地点: "夜市街", 主办或协办单位: "市场监管所" }] },
  });
  expect(text).not.toContain("整治夜市规范");
  expect(text).toContain("7月12日联合市场监管所在夜市街开展夜市规范整治，参与120人次。");
});

it("62 D6: a 简要内容 of how much per part (`每班一节`) is no content", async () => {
  const text = await summaryTextOf({
    profile: profile("青川县实验小学", { 单位简称: "学校" }),
    ledgers: { 活动台账: [{ 日期: "2025-09-20", 活动名称: "文明礼仪进课堂", 活动类型: "宣传教育", 参与数量: 1860, 单位: "人", 地点: "各班教室", 简要内容: "每班一节" }] },
  });
  expect(text).not.toContain("以每班一节为主要内容");
  expect(text).toContain("9月20日在各班教室开展“文明礼仪进课堂”宣传教育活动，各班各上一节，参与1860人。");
});

it("62 D14: `义诊进村` at 小王庄村 is a quoted title", async () => {
  const text = await summaryTextOf({
    profile: profile("青川县城东社区卫生服务中心"),
    ledgers: { 活动台账: [{ 日期: "2025-09-20", 活动名称: "义诊进村", 活动类型: "志愿服务", 地点: "小王庄村" }] },
  });
  expect(text).not.toContain("在小王庄村义诊进村");
  expect(text).toContain("9月20日在小王庄村开展“义诊进村”志愿服务活动。");
});
