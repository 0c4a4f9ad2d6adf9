/**
 * New-user test 35 (docs/new-user-test-pane-35.md), repetitions the narrative folds: D3, D16 and the side remark of D21,
 * each as the tester typed it.
 */
import { cli } from "./support/cli";
import { workbookFile } from "./support/files";
import { rolledUpText } from "./support/rollup";
import { summaryTextOf } from "./support/summaries";
import type { WorkbookContent } from "../src/adapters/xlsx/content";

const community: WorkbookContent = {
  profile: { 单位名称: "光明社区居委会", 单位类型: "社区", 报告年度: 2025, 报告期: "上半年" },
  ledgers: {
    问题整改: [
      { 问题类别: "乱张贴", 发现数: 120, 已整改数: 120, 单位: "处" },
      { 问题类别: "占道堆放", 发现数: 46, 已整改数: 40, 单位: "处" },
      { 问题类别: "其他", 发现数: 30, 已整改数: 28, 单位: "处", 备注: "小区停车乱象" },
    ],
    其他指标: [{ 板块: "环境整治", 指标名称: "清理楼道堆物", 数值: "1.5万", 单位: "处", 表述: "约" }],
  },
};

it("D3: a 其他指标 figure after the problems' `其中…` list is no bare tail: `此外，清理楼道堆物约1.5万处。`", async () => {
  const text = await summaryTextOf(community);
  expect(text).toContain("累计排查发现各类问题196处，已整改188处，整改率为95.9%。其中清理乱张贴120处，整治占道堆放40处、小区停车乱象28处。此外，清理楼道堆物约1.5万处。\n");
  expect(text).not.toContain("28处。清理楼道堆物");
});

it("D16: the 附表 names a 其他 problem row by its 备注 as the text does: 发现问题（小区停车乱象）", async () => {
  const file = await workbookFile(community);
  const text = (await cli("summarize", file, "--appendix", "--text", "-")).out;
  expect(text).toContain("发现问题（小区停车乱象）\t30\t处\n已整改（小区停车乱象）\t28\t处\n");
  expect(text).toContain("小区停车乱象30处中尚有2处未整改到位");
  expect(text).not.toContain("（其他）");
});

it("D21: a kind alone in its measure word, told with its figure in the totals, is not listed again after 其中", async () => {
  const text = await rolledUpText("青山县文明办", "其他", [
    ["青山镇人民政府", "乡镇", { 问题整改: [{ 问题类别: "乱摆卖", 发现数: 300, 已整改数: 290, 单位: "处" }] }],
    ["柳河乡人民政府", "乡镇", { 问题整改: [{ 问题类别: "渣土偷倒", 发现数: 20, 已整改数: 20, 单位: "起" }] }],
    ["石桥镇人民政府", "乡镇", { 问题整改: [{ 问题类别: "流动摊点", 发现数: 50, 已整改数: 45, 单位: "处" }] }],
    ["青山县交通运输局", "机关部门", { 问题整改: [{ 问题类别: "其他", 发现数: 80, 已整改数: 80, 单位: "处", 备注: "公交站台破损" }] }],
  ]);
  expect(text).toContain("全县共排查发现乱摆乱卖、公交站台破损和流动摊点问题430处，已整改415处；渣土偷倒问题20起，均已整改到位。其中规范乱摆乱卖290处、流动摊点45处，整改公交站台破损问题80处。");
  expect(text.match(/渣土偷倒/gu)).toHaveLength(1);
});

it("D16: a 其他 row whose 备注 names no kind of problem keeps `其他` in the 附表", async () => {
  const file = await workbookFile({
    profile: { 单位名称: "光明社区居委会", 单位类型: "社区", 报告年度: 2025, 报告期: "上半年" },
    ledgers: { 问题整改: [{ 问题类别: "乱张贴", 发现数: 20, 已整改数: 20, 单位: "处" }, { 问题类别: "其他", 发现数: 5, 已整改数: 5, 单位: "处" }] },
  });
  const text = (await cli("summarize", file, "--appendix", "--text", "-")).out;
  expect(text).toContain("发现问题（其他）\t5\t处\n已整改（其他）\t5\t处\n");
});
