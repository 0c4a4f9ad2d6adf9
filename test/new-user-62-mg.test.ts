/**
 * New-user tests 62 and 63 (docs/new-user-test-pane-62.md D5, D6, D14; docs/new-user-test-pane-63.md D8, D14) and review
 * run 32 (docs/review-run-32.md, reviewer AV: 材料7 item 6, 材料10 items 2–3): how one activity is told.
 * `夜市规范整治` is its name, never `整治夜市规范`; a 备注 of how much per part (`每班一节`) is no content; `义诊进村` at a
 * village is a quoted title; a 其他指标 row the opening tells is not a dangling sentence after the list; a rate of the whole
 * unit is a sentence of its own; a festival list says 开展 once an item; people served are `服务X……人次`.
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

it("63 D8: a 其他指标 row the opening tells (`捐赠图书1200册`) is no dangling sentence after the activity list", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "南岭县新华书店", 单位类型: "企事业单位", 上级指导单位: "南岭县委宣传部", 报告年度: 2026, 报告期: "上半年" },
    ledgers: {
      活动台账: [
        { 日期: "2026-04-02", 活动名称: "全民阅读月启动仪式", 活动类型: "宣传教育", 参与数量: "三百余", 单位: "人", 地点: "县文化广场" },
        { 日期: "2026-04-18", 活动名称: "图书进乡村流动书车", 活动类型: "关爱帮扶", 参与数量: 5, 单位: "个", 地点: "白水镇、石门乡等5个村", 简要内容: "送书下乡", 备注: "捐赠图书1200册" },
        { 日期: "2026-04-23", 活动名称: "世界读书日好书推荐会", 活动类型: "宣传教育", 参与数量: 150, 单位: "人次", 地点: "书店一楼" },
      ],
      其他指标: [{ 板块: "宣传教育", 指标名称: "捐赠图书", 数值: "1,200", 单位: "册" }],
    },
  });
  expect(text.match(/捐赠图书1200册/gu)?.length).toBe(1);
  expect(text).not.toMatch(/参与150人次。捐赠图书1200册。/u);
  expect(text).toContain("开展“图书进乡村流动书车”关爱帮扶活动，送书下乡，捐赠图书1200册。");
});

it("63 D14: a rate of the whole unit (`入住老人满意度`) is not joined to one service's clause", async () => {
  const text = await summaryTextOf({
    profile: profile("南岭县养老服务中心"),
    ledgers: {
      其他指标: [
        { 板块: "关爱帮扶", 指标名称: "开展上门助餐", 数值: "2千", 单位: "人次", 表述: "余", 频次: "每日" },
        { 板块: "关爱帮扶", 指标名称: "入住老人满意度", 数值: 98.5, 单位: "%" },
      ],
    },
  });
  expect(text).not.toContain("人次，入住老人满意度");
  expect(text).toMatch(/人次。(?:[^。]*?，)?入住老人满意度达98\.5%。/u);
});

it("review 32, 材料7 item 6 / 材料10 item 3: a festival list says 开展 once an item, none in the first after the lead's", async () => {
  const text = await summaryTextOf({
    profile: profile("青川县博物馆", { 单位简称: "我馆" }),
    ledgers: {
      活动台账: [
        { 日期: "2025-09-30", 活动名称: "中秋节“月满博物馆”猜灯谜", 活动类型: "我们的节日", 参与数量: 300, 单位: "人次" },
        { 日期: "2025-10-29", 活动名称: "重阳节敬老参观", 活动类型: "我们的节日", 参与数量: 60, 单位: "人" },
      ],
    },
  });
  const line = text.split("\n").find((l) => l.includes("“我们的节日”主题活动：")) ?? "";
  expect(line).toContain("先后开展2场“我们的节日”主题活动：9月30日举办中秋节“月满博物馆”猜灯谜活动，参与300人次；10月29日开展“重阳节敬老参观”活动，参与60人。");
});

it("review 32, 材料10 item 2: people a service is for (`为司乘人员提供……`) are served, never `参与`", async () => {
  const text = await summaryTextOf({
    profile: profile("G93成渝环线高速青川收费站", { 单位简称: "收费站", 报告期: "上半年" }),
    ledgers: {
      活动台账: [
        { 日期: "2025-01-14", 活动名称: "春运“暖冬行动”便民服务", 活动类型: "志愿服务", 参与数量: 3600, 单位: "人次", 地点: "收费广场", 简要内容: "为司乘人员提供热水、药品和路况信息" },
        { 日期: "2025-03-05", 活动名称: "学雷锋志愿服务", 活动类型: "志愿服务", 参与数量: 28, 单位: "人" },
      ],
    },
  });
  expect(text).toContain("为司乘人员提供热水、药品和路况信息，服务司乘人员3600人次；");
});

it("review 32, 材料7 item 6: an undated first festival item has its festival first, `中秋节举办……`", async () => {
  const text = await summaryTextOf({
    profile: profile("青川县博物馆", { 单位简称: "我馆" }),
    ledgers: {
      活动台账: [
        { 日期: "2025年9月31日", 活动名称: "中秋节“月满博物馆”猜灯谜", 活动类型: "我们的节日", 参与数量: 300, 单位: "人次" },
        { 日期: "2025-10-29", 活动名称: "重阳节敬老参观", 活动类型: "我们的节日", 参与数量: 60, 单位: "人" },
      ],
    },
  });
  expect(text).toContain("先后开展2场“我们的节日”主题活动：中秋节举办“月满博物馆”猜灯谜活动，参与300人次；10月29日开展“重阳节敬老参观”活动，参与60人。");
});
