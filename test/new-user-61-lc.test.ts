/**
 * New-user test 61 (/work/nu61/report.md), D4, D7, D8, D9, D10: a subtotal of participants never said before a list whose
 * parts mix rough (300余) and exact (12) figures; placeholder (`其他`) and copied-down (`同上`) rows never told as things.
 */
import { summaryTextOf } from "./support/summaries";

const funeral = { 单位名称: "青川县殡仪馆", 单位类型: "企事业单位", 上级指导单位: "县民政局", 报告年度: 2025, 报告期: "上半年" };

it("D4: `共开展2场活动：……参与300余人；……参与12人`, never a subtotal `参与300余人：` the parts do not add up to", async () => {
  const text = await summaryTextOf({
    profile: funeral,
    ledgers: {
      活动台账: [
        { 日期: "2025-04-01", 活动名称: "“鲜花换纸钱”活动", 活动类型: "其他", 参与数量: "三百余", 单位: "人", 地点: "县公墓" },
        { 日期: "2025-04-08", 活动名称: "公益生态安葬仪式", 活动类型: "其他", 参与数量: 12, 单位: "人", 地点: "生态园" },
      ],
    },
  });
  expect(text).toContain("共开展2场活动：4月1日在县公墓开展“鲜花换纸钱”活动，参与300余人；4月8日在生态园举行公益生态安葬仪式，参与12人。");
  expect(text).not.toContain("参与300余人：");
});

it("D4: parts all exact keep their subtotal before the list", async () => {
  const text = await summaryTextOf({
    profile: funeral,
    ledgers: {
      活动台账: [
        { 日期: "2025-04-01", 活动名称: "“鲜花换纸钱”活动", 活动类型: "其他", 参与数量: 300, 单位: "人", 地点: "县公墓" },
        { 日期: "2025-04-08", 活动名称: "公益生态安葬仪式", 活动类型: "其他", 参与数量: 12, 单位: "人", 地点: "生态园" },
      ],
    },
  });
  expect(text).toContain("共开展2场活动，参与312人：4月1日在县公墓开展“鲜花换纸钱”活动，参与300人；4月8日在生态园举行公益生态安葬仪式，参与12人。");
});
