/**
 * New-user test 27 (/work/nu27/REPORT.md), sentence wording: D3, D4, D8, D14, D20, D22, each as the tester typed it.
 */
import { summaryTextOf } from "./support/summaries";

it("D3: a 工作机制 that is itself an action (修订……) takes no 落实; its 经……通过 备注 follows as a clause", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "青山乡石门村村民委员会", 单位类型: "社区/村", 报告年度: 2025, 报告期: "全年" },
    ledgers: {
      组织保障: [
        { 事项类型: "工作机制", 名称或内容: "修订村规民约", 数量: 1, 单位: "项", 日期: "2025-03-01", 备注: "经村民代表大会表决通过" },
        { 事项类型: "其他", 名称或内容: "成立红白理事会", 数量: 1, 单位: "个" },
      ],
    },
  });
  expect(text).toContain("3月1日修订村规民约，经村民代表大会表决通过。");
  expect(text).not.toMatch(/落实修订|（经/u);
});
