/**
 * New-user test 46 (docs/new-user-test-pane-46.md), D1, D15 and D16: a 镇's roll-up of its villages and of its own ledger
 * (填报单位 blank), one village left out for its errors.
 * D1: the 镇本级's own problems, 墙绘 and 宣传经费 were said of the villages (`上述各村共排查发现……问题125处` with 80 of
 * them the 镇's, `各村共设置宣传栏4块，制作墙绘800平方米，投入宣传经费6.2万元`, `各村尚有8处问题未整改到位`): now the
 * subject is the 镇 and the villages that have it (`城关镇及北山村、东岭村共排查发现…`, the villages named when few since new-user test 66 D3, `城关镇及东岭村共设置宣传栏4块…`,
 * `城关镇及东岭村尚有8处问题…`); over the whole 镇 it is `全镇共`.
 * D15: the 镇 and the villages were joined `城关镇和北山村、东岭村和南坪村`, `城关镇和北山村和东岭村`: now
 * `城关镇及北山村、东岭村、南坪村`.
 * D16: `各村志愿者注册率为0.2%` was the villages' volunteers over the whole 镇's 常住人口 (the villages left out among it):
 * a rate of no one, now not said; over a whole 镇 (none left out) it is said of `全镇`.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { standardV1 } from "../src/core";
import { writeWorkbook } from "../src/adapters/xlsx/write-workbook";
import { cli } from "./support/cli";
import type { Ledgers } from "./support/rollup";

const town: Ledgers = {
  组织保障: [
    { 事项类型: "领导小组", 名称或内容: "调整镇创文工作领导小组，镇党委书记任组长", 数量: 1, 单位: "个", 日期: "2025-02-10" },
    { 事项类型: "工作会议", 名称或内容: "全镇创文推进会", 数量: 3, 单位: "次" },
  ],
  宣传投放: [{ 类型: "墙绘", 位置或内容: "集镇主街", 数量: 800, 单位: "平方米", 方式: "新设", "投入金额（元）": 60000 }],
  问题整改: [{ 问题类别: "占道经营", 发现数: 80, 已整改数: 76, 单位: "处" }],
  活动台账: [
    { 日期: "2025-03-05", 活动名称: "学雷锋集中志愿服务", 活动类型: "志愿服务", 参与数量: 300, 单位: "人次" },
    { 日期: "2025-04-04", 活动名称: "清明文明祭扫宣传", 活动类型: "我们的节日", 参与数量: "约500", 单位: "人次" },
  ],
};
const dongling: Ledgers = {
  组织保障: [{ 事项类型: "领导小组", 名称或内容: "村创文工作小组", 数量: 1, 单位: "个", 日期: "2025-02-15" }],
  宣传投放: [{ 类型: "宣传栏", 位置或内容: "村口", 数量: 4, 单位: "块", 方式: "新设", "投入金额（元）": 2000 }],
  志愿服务: [{ 队伍名称: "东岭村党员志愿队", 队伍类型: "党员志愿者", 注册人数: 45, 服务次数: 10 }],
  问题整改: [{ 问题类别: "卫生死角", 发现数: 30, 已整改数: 28, 单位: "处" }, { 问题类别: "违章搭建", 发现数: 5, 已整改数: 3, 单位: "处" }],
  活动台账: [{ 日期: "2025-05-30", 活动名称: "端午包粽子", 活动类型: "我们的节日", 参与数量: 60, 单位: "人" }],
};
const beishan: Ledgers = {
  组织保障: [{ 事项类型: "领导小组", 名称或内容: "北山村创文工作领导小组", 数量: 1, 单位: "个" }],
  志愿服务: [{ 队伍名称: "北山村志愿服务队", 队伍类型: "综合志愿者", 注册人数: 25 }],
  问题整改: [{ 问题类别: "乱张贴", 发现数: 10, 已整改数: 10, 单位: "处" }],
  活动台账: [{ 日期: "2025-03-12", 活动名称: "植树护绿", 活动类型: "环境整治", 参与数量: 40, 单位: "人" }],
};
const nanping: Ledgers = { 活动台账: [{ 日期: "2025-03-08", 活动名称: "敬老助老走访", 活动类型: "关爱帮扶", 参与数量: 20, 单位: "人" }] };
/** Left out of the roll-up: it rectified more than it found. */
const xixi: Ledgers = { 问题整改: [{ 问题类别: "乱堆乱放", 发现数: 20, 已整改数: 25, 单位: "处" }] };

type Unit = readonly [profile: Record<string, string | number>, ledgers: Ledgers];
const profile = (单位名称: string, 单位类型: string, more: Record<string, string | number> = {}): Record<string, string | number> => ({ 单位名称, 单位类型, 报告年度: 2025, 报告期: "上半年", ...more });
const own: Unit = [profile("城关镇人民政府", "乡镇", { 单位简称: "城关镇", 上级指导单位: "县文明办", 常住人口: 32000 }), town];
const villages: Unit[] = [[profile("北山村村民委员会", "村", { 常住人口: 1500 }), beishan], [profile("东岭村村委会", "村", { 常住人口: 2100 }), dongling], [profile("南坪村", "村"), nanping]];
const left: Unit = [profile("西溪村", "村", { 常住人口: 1800 }), xixi];

/** The CLI's roll-up of `units` into 城关镇人民政府 and the summary text of the result. */
async function rollUp(units: readonly Unit[]): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), "nu46-q-"));
  const files = await Promise.all(units.map(async ([p, ledgers], i) => {
    const file = join(dir, `${i + 1}-${String(p.单位名称)}.xlsx`);
    writeFileSync(file, await writeWorkbook(standardV1, { profile: p, ledgers }));
    return file;
  }));
  const out = join(dir, "汇总.xlsx");
  await cli("rollup", ...files, "-o", out, "--unit", "城关镇人民政府", "--type", "乡镇");
  return (await cli("summarize", out, "-o", dir, "--date", "2025-07-10", "--text", "-")).out;
}

describe("D1, D15, D16: the 镇's own rows beside its villages', one village left out", () => {
  let text = "";
  beforeAll(async () => {
    text = await rollUp([...villages, left, own]);
  }, 60000);

  it("D15: the 镇 then its villages, `及` and `、`", () => {
    expect(text).toContain("城关镇及北山村、东岭村、南坪村共开展各类活动5场，排查发现各类问题125处，已整改117处。");
    expect(text).toContain("城关镇于2月10日调整创文工作领导小组，北山村和东岭村成立创建工作领导小组，城关镇召开全镇创文推进会3次。");
    expect(text).not.toMatch(/城关镇和/u);
  });

  it("D1: problems, publicity and open problems said of the 镇 and the villages, never of the villages alone", () => {
    // Of the villages rolled up, two found problems, one set up a 宣传栏 and one has some still open: each subject is who has it.
    expect(text).toContain("一是抓好问题排查整改。城关镇及北山村、东岭村共排查发现占道经营、卫生死角和乱张贴等问题125处，已整改117处，整改率为93.6%。");
    expect(text).toContain("城关镇制作墙绘800平方米；东岭村设置宣传栏4块。城关镇及东岭村共投入宣传经费6.2万元。");
    expect(text).toContain("七、存在的不足\n　　城关镇及东岭村尚有8处问题未整改到位，东岭村整改率为88.6%，低于平均水平，整改进度相对滞后。\n");
    expect(text).not.toMatch(/(?<!城关镇及)(?:上述)?各村(?:共排查|共设置|尚有)/u);
  });

  it("D16: no 注册率 of the villages' volunteers over the whole 镇's 常住人口", () => {
    expect(text).toContain("注册志愿者70人");
    expect(text).not.toContain("志愿者注册率");
  });
});

describe("D16: the whole 镇 rolled up: the rate is the 镇's", () => {
  it("`全镇志愿者注册率为0.2%`", async () => {
    // Every village reported its volunteers (南坪村 too): the rate is then judged over the 镇's 32000. With 南坪村's unreported
    // it is not (review run 34, reviewer AX, 材料4 item 2: like with like; test/review-34-rb).
    const teams = villages.map(([p, l]): Unit => (p.单位名称 === "南坪村" ? [p, { ...l, 志愿服务: [{ 队伍名称: "南坪村志愿服务队", 队伍类型: "综合志愿者", 注册人数: 10 }] }] : [p, l]));
    expect(await rollUp([...villages, own])).not.toContain("志愿者注册人数占常住人口比例偏低");
    const text = await rollUp([...teams, own]);
    expect(text).toContain("全镇共开展各类活动5场");
    expect(text).toContain("二是全镇志愿者注册人数占常住人口比例偏低，志愿服务队伍规模还需进一步扩大。");
    expect(text).toContain("全镇共排查发现占道经营、卫生死角和乱张贴等问题125处");
    expect(text).toContain("城关镇制作墙绘800平方米；东岭村设置宣传栏4块。全镇共投入宣传经费6.2万元。");
    expect(text).toContain("一是全镇尚有8处问题未整改到位");
  }, 60000);
});
