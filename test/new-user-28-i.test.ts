/** New-user test 28 (docs/new-user-test-pane-28.md), D6: a bare 其他 alone in 存在的不足. */
import { summaryTextOf } from "./support/summaries";

it("D6: a hospital's only problems, typed 其他, are `各类问题` under 存在的不足 too (never `其他问题10个中…`)", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "区人民医院", 单位类型: "企事业单位", 报告年度: 2025, 报告期: "上半年" },
    ledgers: { 问题整改: [{ 问题类别: "其他", 发现数: 10, 已整改数: 8, 单位: "个" }] },
  });
  expect(text).toContain("各类问题10个中尚有2个未整改到位，需持续跟进。");
  expect(text).not.toContain("其他问题");
});

it("D6: a hospital whose problems name no street it answers for gets no `履行包保责任` heading", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "区人民医院", 单位类型: "企事业单位", 报告年度: 2025, 报告期: "上半年" },
    ledgers: { 问题整改: [{ 问题类别: "其他", 发现数: 10, 已整改数: 8, 单位: "个" }, { 问题类别: "卫生死角", 发现数: 15, 已整改数: 15, 单位: "处" }] },
  });
  expect(text).toContain("、整治院区环境，改善就医秩序\n");
  expect(text).not.toContain("包保");
});
