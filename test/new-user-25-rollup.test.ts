/**
 * New-user test 25, roll-up defects (D25, D29, D7, D20, D31): each built from the tester's inputs, through the CLI's
 * `rollup` and `summarize`, asserting the sentences the combined summary now says.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { standardV1 } from "../src/core";
import { writeWorkbook } from "../src/adapters/xlsx/write-workbook";
import { cli } from "./support/cli";

const profile = (单位名称: string, 单位类型: string) => ({ 单位名称, 单位类型, 报告年度: 2025, 报告期: "上半年" });
async function put(file: string, content: Parameters<typeof writeWorkbook>[1]): Promise<string> {
  writeFileSync(file, await writeWorkbook(standardV1, content));
  return file;
}
/** Rolls `args` up into `dir/汇总.xlsx` and returns the rollup's run and the combined summary's text. */
async function rollup(dir: string, ...args: string[]): Promise<{ run: Awaited<ReturnType<typeof cli>>; text: string }> {
  const out = join(dir, "汇总.xlsx");
  const run = await cli("rollup", ...args, "-o", out);
  return { run, text: (await cli("summarize", out, "-o", dir, "--text", "-", "--date", "2025-07-10")).out };
}

it("D25: a market counting in 处 and 个 beside five 社区: one figure per named unit, the totals per measure word, its 其他 activity named", async () => {
  const dir = mkdtempSync(join(tmpdir(), "cl-nu25r-"));
  mkdirSync(join(dir, "comm"));
  const comms: [string, number | string, number][] = [["东风社区居委会", 30, 30], ["向阳社区居委会", "约50", 45], ["西湖社区居委会", 20, 18], ["南山社区居委会", 12, 12], ["北岭社区居委会", 10, 9]];
  const files: string[] = [];
  for (const [n, found, fixed] of comms) {
    files.push(await put(join(dir, "comm", `${n}.xlsx`), { profile: profile(n, "社区"), ledgers: { 问题整改: [{ 问题类别: "卫生死角", 发现数: found, 已整改数: fixed, 单位: "处" }] } }));
  }
  files.push(await put(join(dir, "market.xlsx"), { profile: profile("东城农贸市场", "企事业单位"), ledgers: {
    问题整改: [{ 问题类别: "占道经营", 发现数: 60, 已整改数: 55, 单位: "处" }, { 问题类别: "流动摊点", 发现数: 30, 已整改数: 30, 单位: "个" }, { 问题类别: "卫生死角", 发现数: 15, 已整改数: 0, 单位: "处" }],
    活动台账: [{ 日期: 45710, 活动名称: "文明诚信经营户评选", 活动类型: "其他", 参与数量: "约80", 单位: "人" }],
  } }));
  const { run, text } = await rollup(dir, ...files, "--unit", "城南街道办事处");
  expect(run.code).toBe(0);
  // Per measure word under its kinds (the house lint forbids `各类问题197处、30个` as one total: rule mixed-units).
  expect(text).toContain("全街道共排查发现卫生死角和占道经营问题约197处，已整改169处；流动摊点问题30个，均已整改到位。其中清理卫生死角114处，规范占道经营55处。");
  // Ranked in the measure word the units share, each with its figure in it (new-user test 42, D17: never a sum of 处 and 个).
  // No unit is ranked by the problems it found (review run 27, 材料2 item 8).
  expect(text).not.toContain("发现问题较多");
  expect(text).not.toContain("分别为75处、30个");
  expect(text).toContain("东城农贸市场开展文明诚信经营户评选活动，参与约80人。");
  expect(text).not.toContain("其他活动");
});

it("D29: `向阳社区` beside `向阳社区居委会` is the same unit, a 重复报送 like the whitespace variant; never two 向阳社区", async () => {
  const dir = mkdtempSync(join(tmpdir(), "cl-nu25r-"));
  mkdirSync(join(dir, "dup"));
  const same = { 问题整改: [{ 问题类别: "卫生死角", 发现数: 31, 已整改数: 31, 单位: "处" }] };
  await put(join(dir, "dup", "a.xlsx"), { profile: profile("向阳社区居委会", "社区"), ledgers: same });
  await put(join(dir, "dup", "b.xlsx"), { profile: profile(" 向阳社区居委会　", "社区"), ledgers: same });
  await put(join(dir, "dup", "c.xlsx"), { profile: profile("向阳社区", "社区"), ledgers: same });
  await put(join(dir, "dup", "d.xlsx"), { profile: profile("东风社区居委会", "社区"), ledgers: { 问题整改: [{ 问题类别: "卫生死角", 发现数: 20, 已整改数: 15, 单位: "处" }] } });
  const { run, text } = await rollup(dir, "--dir", join(dir, "dup"), "--unit", "城南街道办事处");
  expect(run.code).toBe(1);
  expect(run.out).toContain("汇总2个单位");
  expect(run.out).toContain("向阳社区居委会（b.xlsx）与a.xlsx的单位名称和报告期相同，属重复报送，未汇总（两份内容相同）。");
  expect(run.out).toContain("向阳社区（c.xlsx）与a.xlsx（向阳社区居委会）是同一单位，报告期相同，属重复报送，未汇总（两份内容相同）。");
  expect(text).toContain("全街道2个社区共排查发现各类问题51处，已整改46处。");
  // Of two communities, the one ahead is no 首位 worth a sentence (new-user test 31, D6).
  expect(text).toContain("全街道共排查发现卫生死角问题51处，已整改46处，整改率为90.2%。向阳社区整改率达100%。");
  expect(text).not.toContain("参加汇总");
  expect(text.match(/^向阳社区\t/gmu)).toHaveLength(1);
});

it("D7: a 卫健委's roll-up of its hospitals and a clinic speaks of 全系统, never 全区 or 辖区; a 区文明办 over streets is no 系统 (names them: new-user test 32, D10)", async () => {
  const dir = mkdtempSync(join(tmpdir(), "cl-nu25r-"));
  const mk = (n: string, t: string, found: number, fixed: number) => put(join(dir, `${n}.xlsx`), { profile: profile(n, t), ledgers: { 问题整改: [{ 问题类别: "卫生死角", 发现数: found, 已整改数: fixed, 单位: "处" }], 活动台账: [{ 日期: 45700, 活动名称: "义诊", 活动类型: "志愿服务", 参与数量: 40, 单位: "人" }] } });
  const files = [await mk("东城区人民医院", "企事业单位", 20, 20), await mk("东城区中医医院", "企事业单位", 16, 10), await mk("东湖街道社区卫生服务中心", "企事业单位", 10, 10)];
  const { text } = await rollup(dir, ...files, "--unit", "东城区卫生健康委员会", "--type", "机关部门");
  expect(text).toContain("东城区卫生健康委员会统筹系统内各单位推进创建工作。全系统3家单位共开展各类活动3场，排查发现各类问题46处，已整改40处。");
  expect(text).toContain("全系统共排查发现卫生死角问题46处，已整改40处，整改率为87%。");
  expect(text).toContain("低于全系统平均水平");
  expect(text).not.toMatch(/辖区|全区/u);
  const streets = [await mk("城南街道办事处", "街道", 10, 10), await mk("城北街道办事处", "街道", 10, 8)];
  expect((await rollup(dir, ...streets, "--unit", "东城区文明办", "--type", "机关部门")).text).toContain("东城区文明办统筹辖区各街道推进创建工作。城北街道和城南街道共");
});

it("D20: a 镇 over 村 and 社区 says 各村（社区） and 村（社区）级; a standing count takes 共有, and is not told twice beside its honour", async () => {
  const dir = mkdtempSync(join(tmpdir(), "cl-nu25r-"));
  const mk = (n: string, t: string, honour: boolean) => put(join(dir, `${n}.xlsx`), { profile: profile(n, t), ledgers: {
    ...(honour ? { 先进典型: [{ 荣誉名称: "星级文明户", 级别: "社区/村", 人数: 42 }, { 荣誉名称: "好媳妇", 级别: "社区/村", 人数: 3 }] } : {}),
    其他指标: [{ 板块: "其他", 指标名称: "星级文明户", 数值: 42, 单位: "户" }],
  } });
  const units = (honour: boolean) => Promise.all([mk("李家村村民委员会", "村", honour), mk("王庄村村民委员会", "村", honour), mk("镇东社区居委会", "社区", honour)]);
  const { text } = await rollup(dir, ...(await units(true)), "--unit", "李家镇人民政府");
  expect(text).toContain("李家镇人民政府统筹辖区各村（社区）推进创建工作。");
  expect(text).toContain("各村（社区）共评选表彰好媳妇9人，其中李家村3人、王庄村3人、镇东社区3人，126户家庭获评村（社区）级“星级文明户”。");
  expect(text).not.toMatch(/各单位|社区级|共星级文明户/u);
  const alone = await rollup(dir, ...(await units(false)), "--unit", "李家镇人民政府");
  expect(alone.text).toContain("各村（社区）共有星级文明户126户。");
});

it("D31: a 领导小组 carried by `next` goes on (named, never `1家单位成立了`); one 上期遗留 problem is 已整改到位 without 均", async () => {
  const dir = mkdtempSync(join(tmpdir(), "cl-nu25r-"));
  mkdirSync(join(dir, "wjw2"));
  const prev = await put(join(dir, "hosp-prev.xlsx"), { profile: { 单位名称: "东城区人民医院", 单位类型: "企事业单位", 报告年度: 2024, 报告期: "下半年" }, ledgers: {
    组织保障: [{ 事项类型: "领导小组", 名称或内容: "创建工作领导小组", 日期: 45500 }],
  } });
  expect((await cli("next", prev, "-o", join(dir, "wjw2", "hosp.xlsx"))).code).toBe(0);
  await put(join(dir, "wjw2", "clinic.xlsx"), { profile: profile("东湖街道社区卫生服务中心", "企事业单位"), ledgers: {
    问题整改: [{ 问题类别: "卫生死角", 发现数: 6, 已整改数: 6, 单位: "处" }, { 问题类别: "卫生死角", 发现数: 1, 已整改数: 1, 单位: "处", 来源: "上期遗留" }],
  } });
  await put(join(dir, "wjw2", "tcm.xlsx"), { profile: profile("东城区中医医院", "企事业单位"), ledgers: { 问题整改: [{ 问题类别: "卫生死角", 发现数: 8, 已整改数: 6, 单位: "处" }] } });
  const { text } = await rollup(dir, "--dir", join(dir, "wjw2"), "--unit", "东城区卫生健康委员会", "--type", "机关部门");
  expect(text).toContain("一、强化统筹调度，健全创建工作体系\n　　区人民医院继续发挥创建工作领导小组统筹作用。");
  expect(text).not.toMatch(/\d家单位成立了|成立创建工作领导小组/u);
  expect(text).toContain("东湖街道社区卫生服务中心上期遗留问题1处，已整改到位。");
  expect(text).not.toContain("均已整改到位");
});
