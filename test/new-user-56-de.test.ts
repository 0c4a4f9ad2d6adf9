/**
 * New-user test 56 (docs/new-user-test-pane-56.md), D2 and D11: a county bureau's roll-up of its own system.
 * D2: `rollup … --unit 县住房和城乡建设局` (the bureau's everyday name, its own ledger says 单位名称 `青山县住房和城乡建设局`,
 * 单位简称 `县住建局`) did not know the bureau's own ledger: the bureau was told as one of its own units
 * (`青山县建筑工程质量监督站、青山县燃气有限公司和青山县住房和城乡建设局共开展各类活动4场`), had a 附表 row, and its 上级指导单位
 * and 下一步打算 were lost. A name that differs only by the county's name dropped (`青山县` → `县`), or the unit's 单位简称,
 * names the combining unit: the ledger is its own, as with the full name.
 * D11: `县住建局及青山县燃气有限公司尚有渣土偷倒问题2起，工地围挡破损问题2处，燃气隐患问题5户未整改到位` joined two units in one
 * open problem, and units of the county were named in two forms in one text (`青山县燃气有限公司`, `县建筑工程质量监督站`).
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { standardV1 } from "../src/core";
import { isCombiningUnit } from "../src/core/rollup";
import { writeWorkbook } from "../src/adapters/xlsx/write-workbook";
import { cli } from "./support/cli";
import type { Ledgers } from "./support/rollup";

type Unit = readonly [profile: Record<string, string | number>, ledgers: Ledgers];
const profile = (单位名称: string, 单位类型: string, more: Record<string, string | number> = {}): Record<string, string | number> => ({ 单位名称, 单位类型, 报告年度: 2025, 报告期: "上半年", ...more });

const gas: Unit = [profile("青山县燃气有限公司", "企事业单位", { 单位简称: "县燃气公司", 上级指导单位: "县住房和城乡建设局" }), {
  组织保障: [{ 事项类型: "领导小组", 名称或内容: "成立燃气安全和文明创建领导小组", 数量: 1, 单位: "个", 日期: "2025-01-15" }],
  问题整改: [{ 问题类别: "其他", 发现数: 120, 已整改数: 115, 单位: "户", 备注: "燃气隐患，胶管老化、无熄火保护" }],
  活动台账: [{ 日期: "2025-03-15", 活动名称: "“3·15”燃气安全进社区", 活动类型: "宣传教育", 参与数量: "约300", 单位: "人", 地点: "锦华社区" }],
  文字材料: [{ 类型: "存在不足", 内容: "老旧小区管道老化问题突出，整改难度大" }],
}];
const station: Unit = [profile("青山县建筑工程质量监督站", "企事业单位"), {
  组织保障: [{ 事项类型: "工作会议", 名称或内容: "传达县创建文明城市动员会精神", 数量: 1, 单位: "次" }],
}];
// Left out of the roll-up for its errors (a 6月31日, a negative 已整改数), as in the tester's run: the roll-up names its units.
const garden: Unit = [profile("青山县园林绿化管理所", "企事业单位", { 单位简称: "县园林绿化所", 上级指导单位: "县住房和城乡建设局" }), {
  问题整改: [{ 问题类别: "卫生死角", 发现数: 15, 已整改数: 18, 单位: "处" }, { 问题类别: "其他", 发现数: 8, 已整改数: -2, 单位: "处", 备注: "绿地毁损" }],
  活动台账: [{ 日期: "2025.6.31", 活动名称: "公园文明游园劝导", 活动类型: "志愿服务", 参与数量: 50, 单位: "人次" }],
}];
const bureau: Unit = [profile("青山县住房和城乡建设局", "机关部门", { 单位简称: "县住建局", 上级指导单位: "县文明办", 成文日期: "2025-07-10" }), {
  组织保障: [
    { 事项类型: "领导小组", 名称或内容: "成立局创建文明城市工作领导小组，局长任组长", 数量: 1, 单位: "个", 日期: "2025-01-08" },
    { 事项类型: "督查检查", 名称或内容: "开展在建工地文明施工督查", 数量: 24, 单位: "次" },
  ],
  问题整改: [
    { 问题类别: "渣土偷倒", 发现数: 35, 已整改数: 33, 单位: "起" },
    { 问题类别: "其他", 发现数: 60, 已整改数: 58, 单位: "处", 备注: "工地围挡破损" },
  ],
  活动台账: [
    { 日期: "2025-04-22", 活动名称: "文明施工观摩会", 活动类型: "会议培训", 参与数量: 150, 单位: "人" },
    { 日期: "2025-03-05", 活动名称: "机关干部学雷锋志愿服务", 活动类型: "志愿服务", 参与数量: 45, 单位: "人" },
  ],
  文字材料: [{ 类型: "下一步打算", 内容: "持续开展工地围挡公益广告提升行动" }],
}];

/** The CLI's roll-up of `units` (with `args` such as --unit) and the summary of the result: exit code, output and text. */
async function rollUp(units: readonly Unit[], ...args: string[]): Promise<{ code: number; err: string; text: string }> {
  const dir = mkdtempSync(join(tmpdir(), "nu56-de-"));
  const files = await Promise.all(units.map(async ([p, ledgers], i) => {
    const file = join(dir, `${i + 1}-${String(p.单位名称)}.xlsx`);
    writeFileSync(file, await writeWorkbook(standardV1, { profile: p, ledgers }));
    return file;
  }));
  const out = join(dir, "汇总.xlsx");
  const rolled = await cli("rollup", ...files, "-o", out, ...args);
  const summary = await cli("summarize", out, "-o", dir, "--appendix", "--text", "-");
  return { code: rolled.code, err: rolled.out + rolled.err, text: summary.out };
}

describe("D2: the bureau's own ledger is known by its everyday name", () => {
  it.each([
    ["县住房和城乡建设局", true],
    ["青山县住房和城乡建设局", true],
    ["县住建局", true],
    ["住房和城乡建设局", true],
    ["青山县住建局", true],
    ["江城县住房和城乡建设局", false],
    ["县城市管理局", false],
    ["县燃气有限公司", false],
  ])("%s names 青山县住房和城乡建设局 (县住建局): %s", (combining, expected) => {
    expect(isCombiningUnit({ unitName: "青山县住房和城乡建设局", shortName: "县住建局" }, combining)).toBe(expected);
  });

  it("a place's name is no unit's: 青山县 is not 青山县燃气有限公司, nor 青山村 青山镇", () => {
    expect(isCombiningUnit({ unitName: "青山县燃气有限公司" }, "县燃气公司")).toBe(false);
    expect(isCombiningUnit({ unitName: "青山村村民委员会" }, "青山镇人民政府")).toBe(false);
    expect(isCombiningUnit({ unitName: "石桥镇人民政府" }, "石桥镇")).toBe(true);
    expect(isCombiningUnit({ unitName: "江岸区文明办" }, "区文明办")).toBe(true);
  });

  it("the CLI's roll-up with --unit 县住房和城乡建设局 is the bureau's own, as with the full name", async () => {
    const r = await rollUp([gas, station, bureau], "--unit", "县住房和城乡建设局", "--type", "机关部门");
    expect(r.code).toBe(0);
    expect(r.err).toContain("汇总2个单位及本单位自己的台账");
    expect(r.err).toContain("青山县住房和城乡建设局（3-青山县住房和城乡建设局.xlsx）是汇总单位县住房和城乡建设局自己的台账：其中的各行已作为本单位自己的工作写入汇总台账（“填报单位”留空），汇总台账的基本信息用了它填写的单位名称“青山县住房和城乡建设局”、上级指导单位、单位简称、成文日期。");
    expect(r.text).toContain("在县文明办的指导下");
    expect(r.text).toContain("下一步工作打算\n　　持续开展工地围挡公益广告提升行动。");
    expect(r.text).not.toContain("青山县住房和城乡建设局共开展");
    expect(r.text).not.toMatch(/\n青山县住房和城乡建设局\t/u);
  });
});

describe("D11: open problems each with its unit; units of the county in one form", () => {
  it("the bureau and the company each say their own open problems", async () => {
    const r = await rollUp([gas, garden, station, bureau], "--unit", "青山县住房和城乡建设局", "--type", "机关部门");
    expect(r.code).toBe(1);
    expect(r.text).toContain("一是县住建局尚有渣土偷倒问题2起、工地围挡破损问题2处未整改到位，县燃气公司尚有燃气隐患5户未整改到位，需持续跟进；");
    expect(r.text).toContain("县住建局及县燃气公司成立创建工作领导小组，县建筑工程质量监督站召开工作会议1次");
    expect(r.text).not.toContain("青山县燃气有限公司");
  });
});
