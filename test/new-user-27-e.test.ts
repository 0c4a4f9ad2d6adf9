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

it("D4: a bare 其他 alone is `各类问题`, beside named kinds it comes last; no 巡查/责任区域 the data does not name", async () => {
  const bureau = await summaryTextOf({
    profile: { 单位名称: "某区交通运输局", 单位类型: "机关部门", 报告年度: 2025, 报告期: "下半年" },
    ledgers: {
      组织保障: [{ 事项类型: "督查检查", 名称或内容: "出租车文明服务暗访", 数量: 24, 单位: "次", 备注: "每周1次" }],
      问题整改: [{ 问题类别: "其他", 发现数: 30, 已整改数: 30, 单位: "件" }],
    },
  });
  expect(bureau).toContain("　　发现各类问题30件，均已整改到位。");
  expect(bureau).not.toMatch(/其他问题|巡查发现/u);
  const hospital = await summaryTextOf({
    profile: { 单位名称: "市第一人民医院", 单位类型: "企事业单位", 报告年度: 2025, 报告期: "上半年" },
    ledgers: {
      问题整改: [
        { 问题类别: "其他", 发现数: 8, 已整改数: 6, 单位: "件" },
        { 问题类别: "卫生死角", 发现数: 15, 已整改数: 15, 单位: "处" },
      ],
    },
  });
  expect(hospital).toContain("　　发现卫生死角问题15处，均已整改到位；其他问题8件，已整改6件。");
  expect(hospital).not.toMatch(/责任区域|排查/u);
});
