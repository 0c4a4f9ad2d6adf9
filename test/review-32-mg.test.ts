/**
 * Review run 32 (docs/reviews/run-32-f15b594-tester60-61-reviewer-AV.md): 材料7 item 6 and 材料10 item 3 (a festival list
 * after `先后开展2场……：` says 开展 once an item, the first 举办-ed), 材料10 item 2 (people a service is for, `为司乘人员
 * 提供……`, are `服务司乘人员3600人次`, never `参与`).
 */
import { summaryTextOf } from "./support/summaries";

const profile = (name: string, extra: Record<string, string | number> = {}): Record<string, string | number> => ({ 单位名称: name, 单位类型: "企事业单位", 上级指导单位: "县文明办", 报告年度: 2025, 报告期: "下半年", ...extra });

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
