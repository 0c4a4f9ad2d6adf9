/**
 * New-user test 51 (docs/new-user-test-pane-51.md), the roll-up and the comparison sentences: D1, D9, D11, D13, D14.
 * D1: a forced roll-up named the unit with the best 整改率 (阳光物业 95%, beside 本级 81.8%) as `整改进度相对滞后`; a unit whose
 *     rejected row is left out (its rate unknown) shifted the choice. Now no unit is named, with and without --force.
 * D9: the units' own 存在不足 (`阳光物业服务有限公司 | 存在不足 | 业主配合度不高`) were dropped: now told, attributed.
 * D11: `问题30余处中尚有2处以上未整改到位` (an invented-looking figure): now `尚有部分未整改到位`.
 * D13: a 机关部门's roll-up said `统筹辖区各单位` without --force and `统筹系统内各单位` with it: now `系统内` both ways.
 * D14: `整改率较上月下降9.5个百分点` beside printed 92.9% and 83.3%: now the difference of the printed rates, 9.6.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { standardV1 } from "../src/core";
import { writeWorkbook } from "../src/adapters/xlsx/write-workbook";
import type { SeedValue } from "../src/adapters/xlsx/content";
import { cli } from "./support/cli";
import type { Ledgers } from "./support/rollup";
import { summaryTextOf } from "./support/summaries";

const half = { 报告年度: 2025, 报告期: "上半年", 起始日期: "2025-01-01", 截止日期: "2025-06-30" } as const;

/** The tester's roll-up (files f1, f2, f3, f_own): the summary text of `rollup … [--force]`. */
async function bureauRollup(force: boolean): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), "cl-nu51ss-"));
  const put = async (i: number, profile: Record<string, SeedValue>, ledgers: Ledgers): Promise<string> => {
    const file = join(dir, `f${i}.xlsx`);
    writeFileSync(file, await writeWorkbook(standardV1, { profile: { ...half, ...profile }, ledgers }));
    return file;
  };
  const files = [
    await put(1, { 单位名称: "阳光物业服务有限公司", 单位类型: "企事业单位", 上级指导单位: "县住建局" }, {
      志愿服务: [{ 队伍名称: "阳光物业志愿服务队", 队伍类型: "综合志愿者", 注册人数: "二十", 服务次数: 10, 主要服务内容: "楼道清理、文明养犬劝导" }],
      问题整改: [
        { 问题类别: "占道堆放", 发现数: "45", 已整改数: "42", 单位: "处", 备注: "楼道堆物 电动车乱停" },
        { 问题类别: "卫生死角", 发现数: "十五", 已整改数: "15", 单位: "处" },
      ],
      活动台账: [{ 日期: "2025-05-10", 活动名称: "小区楼道清理", 活动类型: "环境整治", 参与数量: "30人", 地点: "阳光小区" }],
      文字材料: [{ 类型: "存在不足", 内容: "业主配合度不高" }],
    }),
    await put(2, { 单位名称: "城南建设工程有限公司滨河项目部", 单位类型: "企事业单位" }, {
      问题整改: [
        { 问题类别: "渣土偷倒", 发现数: "5", 已整改数: "6", 单位: "起" },
        { 问题类别: "噪音扰民", 发现数: "3", 已整改数: "3", 单位: "起" },
      ],
      活动台账: [{ 日期: "2025-06-20", 活动名称: "送清凉", 活动类型: "关爱帮扶", 参与数量: "80", 单位: "人", 地点: "工地" }],
    }),
    await put(3, { 单位名称: "绿城物业城北分公司", 单位类型: "企事业单位" }, { 活动台账: [{ 日期: "2025-03-05", 活动名称: "学雷锋", 活动类型: "志愿服务" }] }),
    await put(4, { 单位名称: "县住房和城乡建设局", 单位简称: "县住建局", 单位类型: "机关部门", 上级指导单位: "县创城办", 成文日期: "2025-07-08" }, {
      问题整改: [{ 问题类别: "违章搭建", 发现数: "22", 已整改数: "18", 单位: "处", 责任单位: "城管执法" }],
      活动台账: [{ 日期: "2025-03-12", 活动名称: "物业服务企业创文培训", 活动类型: "会议培训", 参与数量: "120", 单位: "人", 地点: "局会议室" }],
      文字材料: [{ 类型: "下一步打算", 内容: "加强物业小区和建筑工地日常监管" }],
    }),
  ];
  const out = join(dir, "汇总.xlsx");
  const rolled = await cli("rollup", ...files, "-o", out, "--unit", "县住房和城乡建设局", "--type", "机关部门", ...(force ? ["--force"] : []));
  // Without --force the unit with errors is left out and the roll-up still written (exit code 1).
  expect(rolled.code).toBe(force ? 0 : 1);
  return (await cli("summarize", out, "-o", dir, "--appendix", ...(force ? ["--force"] : []), "--text", "-")).out;
}

describe("the 县住建局 roll-up (D1, D9, D13)", () => {
  let plain = "";
  let forced = "";
  beforeAll(async () => {
    [plain, forced] = [await bureauRollup(false), await bureauRollup(true)];
  }, 60000);

  it("D1: no unit named as lagging when it has the best rate; the unit left out shifts nothing", () => {
    expect(plain).toContain("　　一是县住建局及阳光物业服务有限公司尚有占道堆放和违章搭建问题7处未整改到位，需持续跟进；");
    expect(forced).toContain("　　一是全系统尚有占道堆放和违章搭建问题7处未整改到位，需持续跟进；");
    for (const text of [plain, forced]) expect(text).not.toContain("相对滞后");
    expect(forced).toContain("县住建局本级\t1场\t—\t22处\t18处\t81.8%");
    expect(forced).toContain("阳光物业服务有限公司\t1场\t20人\t60处\t57处\t95%");
  });

  it("D9: the units' own 存在不足 are told, attributed", () => {
    for (const text of [plain, forced]) expect(text).toContain("二是阳光物业服务有限公司业主配合度不高。");
  });

  it("D13: a 机关部门 coordinates its 系统内 units with and without --force", () => {
    for (const text of [plain, forced]) expect(text).toContain("　　2025年上半年，县住建局在县创城办的指导下，统筹系统内各单位推进创建工作。");
    for (const text of [plain, forced]) expect(text).not.toContain("辖区各单位");
  });
});

it("D1: a unit clearly behind all the others (本级 too) is still named, the lowest, never the best", async () => {
  const dir = mkdtempSync(join(tmpdir(), "cl-nu51ss-"));
  const put = async (name: string, found: number, done: number): Promise<string> => {
    const file = join(dir, `${name}.xlsx`);
    writeFileSync(file, await writeWorkbook(standardV1, { profile: { ...half, 单位名称: name, 单位类型: "企事业单位" }, ledgers: { 问题整改: [{ 问题类别: "卫生死角", 发现数: found, 已整改数: done, 单位: "处" }] } }));
    return file;
  };
  const files = [await put("阳光物业服务有限公司", 60, 57), await put("绿城物业城北分公司", 20, 12), await put("县住房和城乡建设局", 22, 21)];
  const out = join(dir, "汇总.xlsx");
  expect((await cli("rollup", ...files, "-o", out, "--unit", "县住房和城乡建设局", "--type", "机关部门")).code).toBe(0);
  const text = (await cli("summarize", out, "-o", dir, "--text", "-")).out;
  expect(text).toContain("全系统尚有卫生死角问题12处未整改到位，绿城物业城北分公司整改率为60%，低于全系统平均水平，整改进度相对滞后。");
});

it("D11: what is left of a 余 found count is `部分`, never `2处以上`", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "县供电公司客户服务中心", 单位类型: "企事业单位", ...half },
    ledgers: {
      问题整改: [
        { 问题类别: "卫生死角", 发现数: "三十余", 已整改数: "28", 单位: "处" },
        { 问题类别: "乱张贴", 发现数: "10", 已整改数: "8", 单位: "处" },
      ],
    },
  });
  expect(text).toContain("乱张贴10处中尚有2处未整改到位，卫生死角30余处中尚有部分未整改到位，需持续跟进。");
  expect(text).not.toContain("以上");
});

it("D14: a rate's change is the difference of the rates as printed (92.9% → 83.3%: 9.6个百分点), in text and 附表", async () => {
  const dir = mkdtempSync(join(tmpdir(), "cl-nu51ss-"));
  const put = async (name: string, year: number, found: number, done: number): Promise<string> => {
    const file = join(dir, `${name}.xlsx`);
    writeFileSync(file, await writeWorkbook(standardV1, { profile: { 单位名称: "南湖村", 单位类型: "村", 报告年度: year, 报告期: "上半年" }, ledgers: { 问题整改: [{ 问题类别: "占道堆放", 发现数: found, 已整改数: done, 单位: "处" }] } }));
    return file;
  };
  const before = await put("prev", 2024, 28, 26);
  const now = await put("now", 2025, 12, 10);
  const text = (await cli("summarize", now, "-o", dir, "--previous", before, "--appendix", "--text", "-")).out;
  expect(text).toContain("整改率较上年同期下降9.6个百分点");
  expect(text).toContain("总整改率\t83.3\t%\t92.9\t下降9.6个百分点");
  expect(text).not.toContain("9.5个百分点");
});

it("D9, D11: a point typed by two units is said once with both; a spoken one is left out with its 提示; a 余 rest is `部分`", async () => {
  const dir = mkdtempSync(join(tmpdir(), "cl-nu51ss-"));
  const put = async (name: string, ledgers: Ledgers): Promise<string> => {
    const file = join(dir, `${name}.xlsx`);
    writeFileSync(file, await writeWorkbook(standardV1, { profile: { ...half, 单位名称: name, 单位类型: "企事业单位" }, ledgers }));
    return file;
  };
  const files = [
    await put("阳光物业服务有限公司", { 问题整改: [{ 问题类别: "卫生死角", 发现数: "三十余", 已整改数: 28, 单位: "处" }], 文字材料: [{ 类型: "存在不足", 内容: "业主配合度不高" }] }),
    await put("绿城物业城北分公司", { 文字材料: [{ 类型: "存在不足", 内容: "我公司业主配合度不高。" }, { 类型: "存在不足", 内容: "老百姓都不怎么配合，俺们也没办法" }] }),
  ];
  const out = join(dir, "汇总.xlsx");
  expect((await cli("rollup", ...files, "-o", out, "--unit", "县住房和城乡建设局", "--type", "机关部门")).code).toBe(0);
  const run = await cli("summarize", out, "-o", dir, "--text", "-");
  expect(run.out).toContain("　　一是阳光物业服务有限公司尚有部分问题未整改到位，需持续跟进；二是绿城物业城北分公司、阳光物业服务有限公司业主配合度不高。");
  expect(run.out).not.toMatch(/以上|没办法/u);
});
