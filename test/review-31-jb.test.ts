/**
 * Review run 31 (/work/rev31/reviewer-AU.md, reviewer AU; things told twice, measure words, events split): t59-library
 * item 3 and t59-elder item 2 (D6: kinds named in the total and again in its 其中 breakdown), t58-college items 1-5,
 * t59-elder item 3, t59-village-q2 items 2-3, t58-scenic items 1 and 3, t59-library items 2 and 6.
 */
import { summaryTextOf } from "./support/summaries";

const library = { 单位名称: "县图书馆", 单位类型: "企事业单位", 上级指导单位: "县文明办", 报告年度: 2025, 报告期: "全年" };
const elder = { 单位名称: "县中心敬老院", 单位简称: "我院", 单位类型: "企事业单位", 上级指导单位: "县民政局", 报告年度: 2025, 报告期: "上半年" };

it("D6 (t59-library item 3): a breakdown naming every kind leaves the total `各类问题21处`, the kinds named once", async () => {
  const text = await summaryTextOf({
    profile: library,
    ledgers: {
      问题整改: [
        { 问题类别: "其他", 发现数: 15, 已整改数: 15, 单位: "处", 责任单位: "办公室", 备注: "阅览室座椅破损、灯坏了" },
        { 问题类别: "卫生死角", 发现数: 6, 已整改数: 5, 单位: "处", 责任单位: "后勤", 整改时限: "2025-06-30" },
      ],
    },
  });
  expect(text).toContain("排查发现各类问题21处，已整改20处，整改率为95.2%。其中整改阅览室座椅破损、灯损坏问题15处，清理卫生死角5处。");
  expect(text).not.toContain("灯损坏和卫生死角问题21处");
});

it("D6 (t59-elder item 2): the same in a word's own breakdown (处 beside 件)", async () => {
  const text = await summaryTextOf({
    profile: elder,
    ledgers: {
      问题整改: [
        { 问题类别: "其他", 发现数: 8, 已整改数: 8, 单位: "处", 责任单位: "后勤", 备注: "走廊扶手松动、地面防滑" },
        { 问题类别: "卫生死角", 发现数: 5, 已整改数: 4, 单位: "处" },
        { 问题类别: "其他", 发现数: 3, 已整改数: 3, 单位: "件", 责任单位: "食堂", 备注: "食品留样不规范、过期调料" },
      ],
    },
  });
  expect(text).toContain("排查发现各类问题13处，已整改12处，其中整改走廊扶手松动、地面防滑问题8处，清理卫生死角4处");
  expect(text).not.toContain("地面防滑和卫生死角问题13处");
});
