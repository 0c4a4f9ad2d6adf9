/**
 * New-user test 38 (docs/new-user-test-pane-38.md), defect D19: a resettlement community's quarter, ten 问题整改 rows all 其他 named
 * by their 备注 in six measure words (j_安置小区.xlsx): every kind told, each by its own name, in a list of clean punctuation.
 */
import { summaryTextOf } from "./support/summaries";

const profile = { 单位名称: "幸福家园社区居委会", 单位类型: "社区", 报告年度: 2025, 报告期: "第二季度", 常住人口: 6200, 户数: 2100 } as const;
const row = (发现数: number, 已整改数: number, 单位: string, 备注: string) => ({ 问题类别: "其他", 发现数, 已整改数, 单位, 备注 });
const rows = [
  row(12, 12, "处", "问题：绿化带种菜；整改情况：已全部铲除复绿"),
  row(8, 6, "起", "邻里漏水纠纷"),
  row(20, 20, "件", "12345热线投诉（噪音、宠物）"),
  row(5, 3, "处", "路灯维修"),
  row(30, 25, "处", "楼道电动车停放不规范"),
  row(6, 6, "家", "沿街商户门前三包落实不到位"),
  row(4, 0, "处", "下水道堵塞，已报住建部门"),
  row(10, 10, "处", "安置房屋顶违建（张某某家）"),
  row(3, 3, "个", "更换破损井盖"),
];

it("D19: ten 其他 rows in six words are all told by their names, 、 within a word and ； between words", async () => {
  const text = await summaryTextOf({ profile, ledgers: { 问题整改: rows } });
  expect(text).toContain("　　累计排查发现楼道电动车停放不规范、绿化带种菜和安置房屋顶违建等问题56处，已整改47处，其中规范楼道电动车停放25处，整改绿化带种菜问题12处，整治安置房屋顶违建10处；另有路灯维修5处，已完成3处；沿街商户门前三包落实不到位6家，均已整改到位；更换破损井盖3个；受理12345热线投诉20件，均已办结；排查邻里漏水纠纷8起，已调处化解6起。");
  // The opening names the complaints as the body does, never `整治其他问题20件`.
  expect(text).toContain("2025年第二季度，社区规范楼道电动车停放25处，办结12345热线投诉20件。");
  expect(text).not.toContain("其他问题");
  expect(text).not.toContain("张某某");
});

it("D19: a complaint row named with a hotline number and a note is 办结-ed by its name; a problem with a private bracket keeps its name", async () => {
  const complaints = await summaryTextOf({ profile, ledgers: { 问题整改: [row(20, 20, "件", "12345热线投诉（噪音、宠物）")] } });
  expect(complaints).toContain("2025年第二季度，社区办结12345热线投诉20件。");
  expect(complaints).toContain("　　受理12345热线投诉20件，均已办结。");
  const named = await summaryTextOf({ profile, ledgers: { 问题整改: [row(10, 10, "处", "安置房屋顶违建（张某某家）"), row(12, 12, "处", "问题：绿化带种菜；整改情况：已全部铲除复绿")] } });
  expect(named).toContain("　　累计排查发现各类问题22处，均已整改到位。其中整改绿化带种菜问题12处，整治安置房屋顶违建10处。");
  expect(named).not.toContain("张某某");
});
