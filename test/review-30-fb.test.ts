/**
 * Review run 30 (docs/narrative-quality.md run 30, reviewer AT), the two roll-up texts:
 * t57-transport (材料9) item 1: the 县公路养护中心's 渣土偷倒 row (约20车 found, 18车 rectified) was left out for its measure
 * word 车 (not in the list), the opening said `排查发现各类问题15处，已整改15处` as if all were done and no 存在的不足 was
 * written. 车 is now a measure of problems (loads dumped); each unit's problems are told with the unit when no measure word
 * is shared, and what is left open names its kind.
 * t56-housing (材料2) item 2 and 5 (problems): `燃气隐患问题120户` → `燃气隐患120户`, told with the unit that found them.
 * t56-housing item 3: the bureau's own `围挡公益广告` 3200平方米 (a 类型 the list lacks, forced) was told nowhere while its
 * 约8万元 was in the spend, and `全系统共设置公益广告20块` was the 园林所's alone: such a 类型 is read as the choice the check
 * names (公益广告), and a few units' publicity is told unit by unit.
 */
import { analyzeWorkbook, standardV1 } from "../src/core";
import { readWorkbook } from "../src/adapters/xlsx/read-workbook";
import { writeWorkbook } from "../src/adapters/xlsx/write-workbook";

import { profile, lineWith, rolledUp, transport, housing } from "./support/run-30-rollups";

let transportText = "";
let housingText = "";
beforeAll(async () => {
  [transportText, housingText] = await Promise.all([rolledUp("交通局", transport), rolledUp("住建局", housing)]);
}, 60000);

describe("t57-transport item 1: every unit's problems told with the unit, the open ones in 存在的不足", () => {
  it("车 is a measure word of problems: the row is valid and counted", async () => {
    const content = { profile: profile("县公路养护中心", "企事业单位"), ledgers: { 问题整改: [{ 问题类别: "渣土偷倒", 发现数: 20, 已整改数: 18, 单位: "车" }] } };
    const analysis = analyzeWorkbook(await readWorkbook(await writeWorkbook(standardV1, content)), standardV1);
    expect(analysis.findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  it("the opening sums no problems of different measure words; the section names each unit", () => {
    expect(transportText).not.toContain("排查发现各类问题15处");
    expect(lineWith(transportText, "抓好问题排查整改")).toBe("　　一是抓好问题排查整改。县公路养护中心排查发现渣土偷倒问题约20车，已整改18车；县客运站排查发现乱摆乱卖问题15处，均已整改到位。");
  });

  it("存在的不足 says what is left open with its kind", () => {
    expect(lineWith(transportText, "未整改到位")).toBe("　　县公路养护中心尚有渣土偷倒问题约2车未整改到位，需持续跟进。");
  });
});

describe("t56-housing items 2 and 5 (problems): each unit's problems, 燃气隐患 counted in 户 without 问题", () => {
  it("二: the bureau's and the gas company's problems each with its unit", () => {
    expect(lineWith(housingText, "抓好问题排查整改")).toBe("　　一是抓好问题排查整改。县住建局排查发现渣土偷倒问题35起，已整改33起；工地围挡破损问题60处，已整改58处；县燃气公司排查发现燃气隐患120户，已整改115户。");
  });

  it("存在的不足: `尚有燃气隐患5户未整改到位`", () => {
    expect(lineWith(housingText, "未整改到位")).toBe("　　一是县住建局尚有渣土偷倒问题2起、工地围挡破损问题2处未整改到位，县燃气公司尚有燃气隐患5户未整改到位，需持续跟进；二是县燃气公司老旧小区管道老化问题突出，整改难度大。");
  });
});

describe("t56-housing item 3: every unit's publicity told with its unit, the spend then matches", () => {
  it("三: the bureau's 3200平方米, the company's banners and leaflets, the 园林所's 20块, then the whole's spend", () => {
    expect(lineWith(housingText, "扩大公益宣传覆盖面")).toBe("　　一是扩大公益宣传覆盖面。县住建局设置公益广告3200平方米；县燃气公司悬挂横幅15条，发放宣传单3000份；县园林绿化所设置公益广告20块。全系统共投入宣传经费约9.3万元，其中县住建局本级约8万元、县燃气公司900元、县园林绿化所1.2万元。");
    expect(housingText).not.toContain("全系统共设置公益广告");
  });

  it("one unit's publicity stays as it was", () => {
    expect(lineWith(transportText, "扩大公益宣传覆盖面")).toBe("　　一是扩大公益宣传覆盖面。县客运站设置公益广告12块，维护电子屏4块，投入宣传经费8000元。");
  });
});
