/**
 * New-user test 44 (docs/new-user-test-pane-44.md), D1, D2, D11: the roll-up of a town (石桥镇人民政府) and its villages.
 * D1: the town's own workbook given as an input was taken as one more unit, and its work was then told as 石桥村's
 * (since new-user test 45, D13, it is copied in as the town's own work, 填报单位 blank)
 * (`石桥村开展各类活动4场`, `石桥村共绘制移风易俗主题墙绘1200平方米`). D2: two villages' 组织保障 rows `其他｜红白理事会｜1个`
 * gave a section that held only `。`. D11: two villages rolled up with no 汇总单位 named were `全镇2个村`, `全镇志愿者注册率`.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { standardV1 } from "../src/core";
import { writeWorkbook } from "../src/adapters/xlsx/write-workbook";
import { cli } from "./support/cli";
import type { Ledgers } from "./support/rollup";

const town: Ledgers = {
  组织保障: [{ 事项类型: "督查检查", 名称或内容: "集镇环境督查", 数量: "约50", 单位: "次" }],
  宣传投放: [{ 类型: "墙绘", 位置或内容: "移风易俗主题墙绘", 数量: 1200, 单位: "平方米", 方式: "新设" }],
  志愿服务: [{ 队伍名称: "石桥镇新时代文明实践志愿服务队", 队伍类型: "综合志愿者", 注册人数: 1500 }],
  活动台账: [{ 日期: "2025-08-29", 活动名称: "七夕移风易俗集体婚礼", 活动类型: "宣传教育", 参与数量: 12, 单位: "对" }],
};
const shiqiao: Ledgers = {
  组织保障: [{ 事项类型: "其他", 名称或内容: "红白理事会", 数量: 1, 单位: "个" }],
  志愿服务: [{ 队伍名称: "石桥村巾帼志愿队", 队伍类型: "巾帼志愿者", 注册人数: 60, 服务次数: 12, "服务时长（小时）": 200 }],
  问题整改: [{ 问题类别: "卫生死角", 发现数: 30, 已整改数: 28, 单位: "处" }],
  活动台账: [{ 日期: "2025-04-04", 活动名称: "清明文明祭扫宣传", 活动类型: "我们的节日", 参与数量: 150, 单位: "人次" }],
};
const liutang: Ledgers = {
  组织保障: [{ 事项类型: "其他", 名称或内容: "红白理事会", 数量: 1, 单位: "个" }],
  志愿服务: [{ 队伍名称: "柳塘村志愿队", 队伍类型: "综合志愿者", 注册人数: 80 }],
  活动台账: [{ 日期: "2025-03-10", 活动名称: "村规民约宣讲", 活动类型: "宣传教育", 参与数量: 100, 单位: "人" }],
};

type Unit = readonly [profile: Record<string, string | number>, ledgers: Ledgers];
const profile = (单位名称: string, 单位类型: string, 常住人口: number, more: Record<string, string> = {}): Record<string, string | number> => ({ 单位名称, 单位类型, 报告年度: 2025, 报告期: "全年", 常住人口, ...more });

/** The CLI's roll-up of `units` (with `args` such as --unit) and the summary of the result: exit codes, stderr and text. */
async function rollUp(units: readonly Unit[], ...args: string[]): Promise<{ code: number; err: string; text: string }> {
  const dir = mkdtempSync(join(tmpdir(), "nu44-g-"));
  const files = await Promise.all(units.map(async ([p, ledgers], i) => {
    const file = join(dir, `${i + 1}-${String(p.单位名称)}.xlsx`);
    writeFileSync(file, await writeWorkbook(standardV1, { profile: p, ledgers }));
    return file;
  }));
  const out = join(dir, "汇总.xlsx");
  const rolled = await cli("rollup", ...files, "-o", out, ...args);
  const summary = await cli("summarize", out, "-o", dir, "--force", "--date", "2025-12-25", "--text", "-");
  return { code: rolled.code, err: rolled.out + rolled.err, text: summary.out };
}

describe("D1: the combining unit's own workbook is never rolled up as one of its units", () => {
  const cases: readonly (readonly [string, string, Record<string, string>])[] = [
    ["石桥镇人民政府", "石桥镇人民政府", {}],
    ["石桥镇", "石桥镇人民政府", {}],
    ["石桥镇人民政府", "石桥镇", {}],
    ["石桥镇人民政府", "镇政府", { 单位简称: "石桥镇" }],
  ];
  // New-user test 57, D2: its full 单位名称 (`石桥镇人民政府` for `--unit 石桥镇`) names the 汇总台账, and the 提示 says so.
  // New-user test 45, D13: the own file is no longer left out (exit 1) but copied in as the town's own work, 填报单位 blank:
  // still never told as 石桥村's (this test's D1), now told as the town's (`我镇`, its 单位简称 `石桥镇` when given).
  it.each(cases)("--unit %s, the town's file named %s: copied in as the town's own work, never told as 石桥村's", async (unit, ownName, more) => {
    const r = await rollUp([[profile(ownName, "乡镇", 32000, more), town], [profile("石桥村", "村", 2100), shiqiao]], "--unit", unit, "--type", "乡镇");
    expect(r.code).toBe(0);
    expect(r.err).toContain(`${ownName}（1-${ownName}.xlsx）是汇总单位${unit}自己的台账：其中的各行已作为本单位自己的工作写入汇总台账（“填报单位”留空），汇总台账的基本信息用了它填写的${ownName.length > unit.length ? `单位名称“${ownName}”、` : ""}${more.单位简称 ? "单位简称、" : ""}常住人口。`);
    const self = more.单位简称 ?? "我镇";
    expect(r.text).not.toMatch(/石桥村[^。；]*(?:墙绘|集体婚礼|约50次)|(?<![和及])石桥村共/u);
    expect(r.text).toContain(`${self}及石桥村共开展各类活动2场，排查发现各类问题30处，已整改28处。`);
    expect(r.text).toContain(`${self}开展集镇环境督查约50次，石桥村成立红白理事会。`);
    expect(r.text).toContain(`${self}绘制移风易俗主题墙绘1200平方米。`);
    expect(r.text).toContain("石桥村排查发现卫生死角问题30处，已整改28处");
    expect(r.text).toContain("一是石桥村尚有卫生死角问题2处未整改到位，需持续跟进；");
    expect(r.text).toContain("\n石桥镇本级\t1场\t1500人\t—\t—\t—\n石桥村\t1场\t60人\t30处\t28处\t93.3%\n");
  });

  it("石桥镇人民政府 and 石桥村 stay two units: a village whose name begins like the town's is rolled up", async () => {
    const r = await rollUp([[profile("石桥村", "村", 2100), shiqiao], [profile("柳塘村", "村", 1800), liutang]], "--unit", "石桥镇人民政府", "--type", "乡镇");
    expect(r.code).toBe(0);
    expect(r.text).toContain("全镇2个村共开展各类活动2场");
  });
});

describe("D2: a section is never a bare full stop", () => {
  it("both villages' `其他｜红白理事会｜1个` are told: `各村均成立红白理事会。`", async () => {
    const r = await rollUp([[profile("柳塘村", "村", 1800), liutang], [profile("石桥村", "村", 2100), shiqiao]], "--unit", "石桥镇人民政府", "--type", "乡镇");
    expect(r.text).toContain("一、强化统筹调度，健全创建工作体系\n　　各村均成立红白理事会。\n");
    expect(r.text).not.toContain("\n　　。");
  });

  it("a 其他 row whose words take no verb is left out, and so is the section then", async () => {
    const odd: Ledgers = { ...liutang, 组织保障: [{ 事项类型: "其他", 名称或内容: "红白喜事那些事", 数量: 1, 单位: "个" }] };
    const r = await rollUp([[profile("柳塘村", "村", 1800), odd], [profile("石桥村", "村", 2100), { ...shiqiao, 组织保障: [] }]], "--unit", "石桥镇人民政府", "--type", "乡镇");
    expect(r.text).not.toContain("强化统筹调度");
    expect(r.text).not.toContain("\n　　。");
  });
});

describe("D11: villages rolled up under no named 汇总单位 are named, never `全镇`", () => {
  it("no --unit: the opening names the villages, then `上述各村` once and `各村`", async () => {
    const r = await rollUp([[profile("柳塘村", "村", 1800), liutang], [profile("石桥村", "村", 2100), shiqiao]]);
    expect(r.text).not.toContain("全镇");
    expect(r.text).toContain("2025年，柳塘村和石桥村共开展各类活动2场，排查发现各类问题30处，已整改28处。现将有关情况总结如下。");
    expect(r.text).toContain("一、强化统筹调度，健全创建工作体系\n　　上述各村均成立红白理事会。\n");
    // The open problems are 石桥村's alone: named (new-user test 45, D1), never `各村尚有` for one village's.
    expect(r.text).toContain("一是石桥村尚有卫生死角问题2处未整改到位，需持续跟进；二是各村志愿者注册人数占常住人口比例偏低，志愿服务队伍规模还需进一步扩大。");
  });
});
