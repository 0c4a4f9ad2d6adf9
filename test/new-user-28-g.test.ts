/**
 * New-user test 28, defects D10, D11, D12 and D16 (docs: /work/nu28/REPORT.md), each as the tester typed it.
 */
import { summaryTextOf } from "./support/summaries";

const community = { 单位名称: "锦绣华庭社区居民委员会", 单位类型: "社区", 报告年度: 2025, 报告期: "上半年" };

it("probe", async () => {
  const text = await summaryTextOf({
    profile: community,
    ledgers: { 问题整改: [
      { 问题类别: "乱张贴", 发现数: 12000, 已整改数: 11000, 单位: "处" },
      { 问题类别: "其他", 发现数: 56, 已整改数: 50, 单位: "处", 备注: "乱停放（电动车）" },
      { 问题类别: "占道堆放", 发现数: 30, 已整改数: 28, 单位: "处" },
      { 问题类别: "违章搭建", 发现数: 4, 已整改数: 2, 单位: "处" },
    ], 文字材料: [
      { 类型: "下一步打算", 内容: "1.加强宣传。2.完善设施。" },
    ] },
  });
  console.log(text);
});
