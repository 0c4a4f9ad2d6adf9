/**
 * New-user test 50 (docs/new-user-test-pane-50.md), D3, D4, D18, D19, D12: 问题整改 totals over an approximate found count.
 * D4: `三十余` + 15 found beside 28 + 15 rectified was `40余处，已整改43处` (more rectified than found): now `45余处`. (review run 27: itemised instead — `院内吸烟点30余处、卫生死角15处`, `20余+7` in the 附表)
 * D3: `二十余` + 7 found, 20 + 7 rectified was `27处以上……整改率为100%`: now `27余处`, and no rate from an approximate found. (review run 27: itemised instead — `院内吸烟点30余处、卫生死角15处`, `20余+7` in the 附表)
 * D18/D19: the 附表 said `发现问题数 20余 … 27 持平` and `总整改率 100.00 % 62.96`: now `27余 … 27 —` and `— % 63 —`. (review run 27: itemised instead — `院内吸烟点30余处、卫生死角15处`, `20余+7` in the 附表)
 * D12: a forced roll-up's 附表 gave 100% for a unit whose 问题整改 row was left out: now `—` and a 注 row naming it.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { standardV1 } from "../src/core";
import { writeWorkbook } from "../src/adapters/xlsx/write-workbook";
import { cli } from "./support/cli";
import type { Ledgers } from "./support/rollup";
import { summaryTextOf } from "./support/summaries";

const profile = { 单位名称: "县人民医院", 单位类型: "企事业单位", 报告年度: 2025, 报告期: "上半年" } as const;

it("D4: 三十余 + 15 found is 45余处, never 40余处 beside 43 rectified", async () => {
  const text = await summaryTextOf({
    profile,
    ledgers: {
      问题整改: [
        { 问题类别: "其他", 发现数: "12", 已整改数: "10", 单位: "件", 责任单位: "门诊部", 备注: "患者投诉" },
        { 问题类别: "其他", 发现数: "三十余", 已整改数: "28", 单位: "处", 责任单位: "后勤保卫科", 备注: "院内吸烟点" },
        { 问题类别: "卫生死角", 发现数: "15", 已整改数: "15", 单位: "处", 责任单位: "后勤" },
      ],
    },
  });
  // Review run 27 (材料3 item 2): never 45余 (余 after a figure that is not round): the parts itemised.
  expect(text).toContain("排查发现院内吸烟点30余处、卫生死角15处，已整改43处");
  expect(text).not.toContain("40余处");
});

it("D3: 二十余 + 7 found, 27 rectified is 27余处 with no 100% rate", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "阳光小区", 单位类型: "社区", 报告年度: 2025, 报告期: "上半年" },
    ledgers: {
      问题整改: [
        { 问题类别: "占道堆放", 发现数: 6, 已整改数: "6", 单位: "处", 来源: "上期遗留", 备注: "楼道堆物" },
        { 问题类别: "其他", 发现数: 4, 已整改数: "3", 单位: "处", 来源: "上期遗留", 备注: "电动车进楼充电" },
        { 问题类别: "乱张贴", 发现数: "二十余", 已整改数: "20", 单位: "处" },
        { 问题类别: "占道堆放", 发现数: "7", 已整改数: "7", 单位: "处" },
      ],
    },
  });
  expect(text).toContain("乱张贴20余处、占道堆放7处，已整改27处。");
  expect(text).not.toContain("27处以上");
  expect(text).not.toContain("整改率");
});

it("D4, D12: a forced roll-up ranks 45余处, and its 附表 marks the unit whose rejected row is left out", async () => {
  const dir = mkdtempSync(join(tmpdir(), "cl-nu50kk-"));
  const put = async (name: string, ledgers: Ledgers): Promise<string> => {
    const file = join(dir, `${name}.xlsx`);
    writeFileSync(file, await writeWorkbook(standardV1, { profile: { 单位名称: name, 单位类型: "企事业单位", 报告年度: 2025, 报告期: "上半年" }, ledgers }));
    return file;
  };
  const files = [
    await put("县人民医院", { 问题整改: [
      { 问题类别: "其他", 发现数: "12", 已整改数: "10", 单位: "件", 备注: "患者投诉" },
      { 问题类别: "其他", 发现数: "三十余", 已整改数: "28", 单位: "处", 备注: "院内吸烟点" },
      { 问题类别: "卫生死角", 发现数: "15", 已整改数: "15", 单位: "处" },
    ] }),
    await put("城关镇卫生院", { 问题整改: [{ 问题类别: "乱张贴", 发现数: 10, 已整改数: 12, 单位: "处" }, { 问题类别: "卫生死角", 发现数: 8, 已整改数: 8, 单位: "处" }] }),
    await put("县中医院", { 问题整改: [{ 问题类别: "卫生死角", 发现数: 20, 已整改数: 18, 单位: "处" }] }),
  ];
  const out = join(dir, "汇总.xlsx");
  const run = await cli("rollup", ...files, "-o", out, "--unit", "县卫生健康委员会", "--type", "机关部门", "--force");
  expect(run.code).toBe(0);
  // The roll-up's 汇总 sheet says the sum as the text does.
  const { Workbook } = await import("exceljs");
  const wb = new Workbook();
  await wb.xlsx.readFile(out);
  const cells: string[] = [];
  wb.getWorksheet("汇总")?.eachRow((row) => row.eachCell((c) => cells.push(String(c.value ?? ""))));
  expect(cells).toContain("12件、30余+15处");
  expect(cells).toContain("10件、43处");
  expect(cells).not.toContain("12件、40余处");
  const text = (await cli("summarize", out, "-o", dir, "--appendix", "--force", "--text", "-")).out;
  expect(text).not.toMatch(/最多|45余/u);
  expect(text).not.toContain("40余处");
  expect(text).toContain("城关镇卫生院\t—\t—\t8处\t8处\t—");
  expect(text).toContain("注：城关镇卫生院有1行问题整改数据有误（已整改数大于发现数），未计入。");
});

it("D3, D18, D19: with --previous, 二十余 + 7 found is 27余 in text and 附表, no 持平 with 27, no rate, rates as the text rounds them", async () => {
  const dir = mkdtempSync(join(tmpdir(), "cl-nu50kk-"));
  const put = async (name: string, year: number, period: string, ledgers: Ledgers): Promise<string> => {
    const file = join(dir, `${name}.xlsx`);
    writeFileSync(file, await writeWorkbook(standardV1, { profile: { 单位名称: "阳光小区", 单位类型: "社区", 报告年度: year, 报告期: period }, ledgers }));
    return file;
  };
  const before = await put("prev", 2024, "下半年", { 问题整改: [{ 问题类别: "乱张贴", 发现数: 27, 已整改数: 17, 单位: "处" }] });
  const now = await put("now", 2025, "上半年", { 问题整改: [
    { 问题类别: "乱张贴", 发现数: "二十余", 已整改数: "20", 单位: "处" },
    { 问题类别: "占道堆放", 发现数: "7", 已整改数: "7", 单位: "处" },
  ] });
  const text = (await cli("summarize", now, "-o", dir, "--previous", before, "--appendix", "--text", "-")).out;
  expect(text).toContain("乱张贴20余处、占道堆放7处，已整改27处。");
  expect(text).not.toMatch(/整改率为100%|提高37个百分点|27处以上/u);
  expect(text).toContain("发现问题数\t20余+7\t处\t27\t—");
  expect(text).toContain("总整改率\t—\t%\t63\t—");
});
