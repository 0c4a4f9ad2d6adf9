/**
 * New-user test 38 (docs/new-user-test-pane-38.md): the defects D7 and D11 fixed in the session that ran it, each as the tester
 * typed it.
 */
import type { ParsedCell } from "../src/core/validate/parsed";
import { differenceOf } from "../src/core/facts/figure";
import { cli } from "./support/cli";
import { workbookFile } from "./support/files";
import { rolledUpText } from "./support/rollup";
import { summaryTextOf } from "./support/summaries";

const college = { 单位名称: "江城理工学院", 单位类型: "学校", 报告年度: 2025, 报告期: "全年", 常住人口: "1.2万" };

it("D7: 问题整改 单位 may be 间 (rooms) or 条 (messages): no error, and the summary counts in them", async () => {
  const content = {
    profile: college,
    ledgers: {
      问题整改: [
        { 问题类别: "其他", 发现数: 60, 已整改数: 55, 单位: "间", 备注: "宿舍违规使用大功率电器" },
        { 问题类别: "其他", 发现数: 10, 已整改数: 10, 单位: "条", 备注: "校园网络不文明留言" },
      ],
    },
  };
  const checked = await cli("check", await workbookFile(content));
  expect(checked.out).not.toContain("[value.enum]");
  expect(checked.out).toContain("共0个错误");
  const text = await summaryTextOf(content);
  expect(text).toContain("排查发现60间宿舍存在违规使用大功率电器问题，已整改55间；校园网络不文明留言行为10条，均已纠正。");
  expect(text).toContain("尚有5间宿舍违规使用大功率电器问题未整改到位");
});

it("D11: a street roll-up tells what is left of approximate counts as approximate, and no rate computed from them", async () => {
  const text = await rolledUpText("城南街道办事处", "街道", [
    ["望江社区居委会", "社区", { 问题整改: [{ 问题类别: "乱张贴", 发现数: 40, 已整改数: 37, 单位: "处" }] }],
    ["南湖社区居委会", "社区", { 问题整改: [{ 问题类别: "卫生死角", 发现数: "百余", 已整改数: "三十余", 单位: "处" }] }],
    ["西湖社区居委会", "社区", { 问题整改: [{ 问题类别: "其他", 发现数: 40, 已整改数: 37, 单位: "处", 备注: "楼道堆物不规范" }] }],
  ]);
  expect(text).toContain("排查发现各类问题180余处，已整改100余处。");
  expect(text).toContain("全街道共排查发现卫生死角、乱张贴和楼道堆物不规范问题180余处，已整改100余处。");
  expect(text).not.toContain("发现问题最多");
  expect(text).toContain("全街道尚有约80处问题未整改到位，南湖社区整改率低于全街道平均水平，整改进度相对滞后。");
  expect(text).not.toMatch(/57\.8%|整改率为30%|76处/u);
});

it("D11: differenceOf keeps the approximation of its terms (facts/figure)", () => {
  const cell = (value: number, approx?: "over" | "about"): ParsedCell => ({ value, source: "问题整改!B3", ...(approx ? { approx: { kind: approx } } : {}) }) as ParsedCell;
  expect(differenceOf([cell(60, "over")], [cell(52)], "起", [])).toMatchObject({ value: 8, approx: "over" });
  expect(differenceOf([cell(40), cell(100, "over"), cell(40)], [cell(37), cell(30, "over"), cell(37)], "处", [])).toMatchObject({ value: 80, approx: "about", exact: 76 });
  expect(differenceOf([cell(40)], [cell(37)], "处", ["问题整改!B3"])).toEqual({ value: 3, unit: "处", kind: "count", sources: ["问题整改!B3"] });
  expect(differenceOf([cell(40)], [cell(40)], "处", [])).toBeUndefined();
});
