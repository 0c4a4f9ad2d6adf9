/**
 * New-user test 25: the defects of `import` a new user found (D9–D11), each with the tester's own hand-made workbook —
 * a 宣传阵地 sheet (`项目 | 数量 | 地点 | 备注`) and an activities sheet 创文工作情况 with a 经费 column and a wrong 合计,
 * both under the merged title `东城区图书馆2025年下半年创文工作台账` — run through the CLI as the tester ran it.
 */
import { summaryTextOf } from "./support/summaries";

it("D9: a 宣传投放 row typed 其他 known only by its place (正门, 8条) is told at the place (`在正门悬挂宣传品8条`), never `设置正门8条`", async () => {
  const profile = { 单位名称: "东城区图书馆", 单位类型: "企事业单位", 报告年度: 2025, 报告期: "下半年" };
  const alone = await summaryTextOf({ profile, ledgers: { 宣传投放: [{ 类型: "其他", 位置或内容: "正门", 数量: 8, 单位: "条" }] } });
  expect(alone).toContain("在正门悬挂宣传品8条。");
  const both = await summaryTextOf({ profile, ledgers: { 宣传投放: [{ 类型: "其他", 位置或内容: "阅览大厅", 数量: 12, 单位: "块" }, { 类型: "其他", 位置或内容: "正门", 数量: 8, 单位: "条" }] } });
  expect(both).toContain("在阅览大厅设置宣传品12块，在正门悬挂宣传品8条。");
  expect(`${alone}${both}`).not.toMatch(/设置其他宣传品|和正门8条|设置正门|设置阅览大厅/u);
});
