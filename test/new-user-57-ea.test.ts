/**
 * New-user test 57 (docs/new-user-test-pane-57.md), D1, D2, D10, D11 and D24: a county bureau's roll-up of its own system
 * (县交通运输局, 单位简称 县交通局, over 县客运站, 县公路养护中心, 县道路运输服务中心).
 * D1: `--unit 交通局` (how staff say it) did not know the bureau's own ledger (`汇总4个单位`, its 下一步打算 lost), and
 * `2家单位共开展督查检查2次` counted rows where the bureau typed 6 and the other unit's figure was unreadable (`周周都查`).
 * D2: `--unit 县交通局` wrote the short name as the 汇总台账's 单位名称: title and 落款 `县交通局`, not `县交通运输局`.
 * D10: `县客运站排查发现乱摆乱卖问题15处，已整改15处，整改率达100%。县客运站整改率达100%。` said the 100 % twice.
 * D11: `县交通局及上述各单位均成立…` with nothing named above; `开展对下属单位督查6次` for `对下属单位开展督查6次`.
 * D24: a 机关部门's roll-up heading `聚焦重点难点，提升辖区环境面貌`: a bureau has no 辖区.
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
const member = (单位名称: string, more: Record<string, string | number> = {}): Record<string, string | number> => ({ 单位名称, 单位类型: "企事业单位", 上级指导单位: "县交通运输局", 报告年度: 2025, 报告期: "上半年", ...more });

const station: Unit = [member("县客运站"), {
  组织保障: [{ 事项类型: "领导小组", 名称或内容: "客运站创文工作领导小组", 数量: 1, 单位: "个", 日期: "2025-02-12" }],
  问题整改: [{ 问题类别: "乱摆卖", 发现数: 15, 已整改数: 15, 单位: "处" }],
  活动台账: [{ 日期: "2025-01-20", 活动名称: "春运爱心服务站", 活动类型: "志愿服务", 参与数量: "1.2万", 单位: "人次", 地点: "候车大厅" }],
}];
// Errors (已整改数 above 发现数, a 13月): left out unless forced; its 督查 figure `周周都查` is unreadable.
const keeper: Unit = [member("县公路养护中心"), {
  组织保障: [{ 事项类型: "领导小组", 名称或内容: "创文领导小组", 数量: 1, 单位: "个" }, { 事项类型: "督查检查", 名称或内容: "路段巡查", 数量: "周周都查", 单位: "次" }],
  问题整改: [{ 问题类别: "占道堆放", 发现数: 30, 已整改数: 35, 单位: "处" }],
  活动台账: [{ 日期: "2025.13.5", 活动名称: "国省干线环境整治", 活动类型: "环境整治", 参与数量: 120, 单位: "人次" }],
}];
const road: Unit = [member("县道路运输服务中心"), {
  组织保障: [{ 事项类型: "领导小组", 名称或内容: "创文领导小组", 数量: 1, 单位: "个" }],
}];
const bureau: Unit = [{ 单位名称: "县交通运输局", 单位简称: "县交通局", 单位类型: "机关部门", 上级指导单位: "县文明办", 报告年度: 2025, 报告期: "上半年", 成文日期: "2025-07-10" }, {
  组织保障: [
    { 事项类型: "领导小组", 名称或内容: "局创文工作领导小组", 数量: 1, 单位: "个", 日期: "2025-01-15" },
    { 事项类型: "工作会议", 名称或内容: "创文推进会", 数量: 2, 单位: "次" },
    { 事项类型: "督查检查", 名称或内容: "对下属单位督查", 数量: 6, 单位: "次", 频次: "每月1次" },
  ],
  活动台账: [{ 日期: "2025-06-10", 活动名称: "文明交通宣传进企业", 活动类型: "宣传教育", 参与数量: 150, 单位: "人" }],
  文字材料: [{ 类型: "下一步打算", 内容: "加强对下属单位的督促指导" }],
}];
const all = [bureau, keeper, station, road];

/** The CLI's roll-up of `units` (with `args` such as --unit) and the summary of the result. */
async function rollUp(units: readonly Unit[], ...args: string[]): Promise<{ code: number; err: string; text: string; notes: string }> {
  const dir = mkdtempSync(join(tmpdir(), "nu57-ea-"));
  const files = await Promise.all(units.map(async ([p, ledgers], i) => {
    const file = join(dir, `${i + 1}-${String(p.单位名称)}.xlsx`);
    writeFileSync(file, await writeWorkbook(standardV1, { profile: p, ledgers }));
    return file;
  }));
  const out = join(dir, "汇总.xlsx");
  const rolled = await cli("rollup", ...files, "-o", out, ...args);
  const summary = await cli("summarize", out, "-o", dir, "--appendix", "--force", "--text", "-");
  return { code: rolled.code, err: rolled.out + rolled.err, text: summary.out, notes: summary.err };
}

describe("D1: the bureau's own ledger is known by the name staff say", () => {
  it.each([
    ["交通局", true],
    ["县交通局", true],
    ["交通运输局", true],
    ["县交通运输局", true],
    ["青山县交通运输局", true],
    ["市交通局", false],
    ["区交通运输局", false],
    ["公路局", false],
  ])("%s names 县交通运输局 (县交通局): %s", (combining, expected) => {
    expect(isCombiningUnit({ unitName: "县交通运输局", shortName: "县交通局" }, combining)).toBe(expected);
  });

  it("a place's named bureau is its everyday bare name too, never another level's", () => {
    expect(isCombiningUnit({ unitName: "青山县住房和城乡建设局", shortName: "县住建局" }, "住建局")).toBe(true);
    expect(isCombiningUnit({ unitName: "青山县住房和城乡建设局" }, "市住房和城乡建设局")).toBe(false);
    expect(isCombiningUnit({ unitName: "县市场监督管理局" }, "场监督管理局")).toBe(false);
    expect(isCombiningUnit({ unitName: "县客运站" }, "交通局")).toBe(false);
  });

  it("`--unit 交通局 --force`: the bureau's own ledger, its 下一步打算 and the 督查 figure it typed", async () => {
    const r = await rollUp(all, "--unit", "交通局", "--force");
    expect(r.err).toContain("汇总3个单位及本单位自己的台账");
    expect(r.text).toContain("下一步工作打算\n　　加强对下属单位的督促指导。");
    expect(r.text).toContain("对下属单位开展督查6次");
    expect(r.text).not.toMatch(/督查检查\d次/u);
    expect(r.text.split("\n")[0]).toBe("县交通运输局2025年上半年创建文明城市工作总结");
    expect(r.text).toContain("\n县交通运输局\n2025年7月10日");
    // The unreadable `周周都查` is left out and said so.
    expect(r.notes).toMatch(/组织保障第\d行有错误（D\d），该行未写入总结/u);
  });
});

describe("D2: the own ledger's full 单位名称 names the roll-up", () => {
  it("`--unit 县交通局`: title and 落款 县交通运输局, the 提示 says the name was taken", async () => {
    const r = await rollUp(all, "--unit", "县交通局");
    expect(r.err).toContain("县交通运输局（1-县交通运输局.xlsx）是汇总单位县交通局自己的台账：其中的各行已作为本单位自己的工作写入汇总台账（“填报单位”留空），汇总台账的基本信息用了它填写的单位名称“县交通运输局”、上级指导单位、单位简称、成文日期。");
    expect(r.err).toContain("（县交通运输局，2025年上半年，汇总2个单位及本单位自己的台账");
    expect(r.text.split("\n")[0]).toBe("县交通运输局2025年上半年创建文明城市工作总结");
    expect(r.text).toContain("\n县交通运输局\n2025年7月10日");
  });
});

describe("D11, D10, D24: the roll-up's sentences", () => {
  it("D11: the units are named, never `上述各单位` with nothing above; `对下属单位开展督查6次`", async () => {
    const r = await rollUp(all, "--unit", "县交通局");
    expect(r.text).toContain("县交通局及县客运站、县道路运输服务中心均成立创建工作领导小组，县交通局召开创文推进会2次，对下属单位开展督查6次。");
    expect(r.text).not.toContain("上述各单位均成立");
  });

  it("D10: one unit's 100 % is said once", async () => {
    const r = await rollUp(all, "--unit", "县交通局", "--force");
    expect(r.text).toContain("县客运站排查发现乱摆乱卖问题15处，已整改15处，整改率达100%。");
    expect(r.text.match(/整改率达100%/gu)?.length).toBe(1);
  });

  it("D24: a bureau's roll-up speaks of no 辖区", async () => {
    for (const args of [["--unit", "县交通运输局", "--type", "机关部门"], ["--unit", "县交通局", "--force"]]) {
      const r = await rollUp(all, ...args);
      expect(r.text).not.toContain("辖区");
      expect(r.text).toContain("、聚焦重点难点，改善内外环境\n");
    }
  });
});
