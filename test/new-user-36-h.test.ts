/**
 * New-user test 36 (docs/new-user-test-pane-36.md), D16: a 月报 has its own 报告期, 月度, its month in 起始日期 (an extension,
 * docs/standard-sheets.md): titled by its month, stepped month by month by `next`, compared with the month before.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { cli } from "./support/cli";
import { workbookFile } from "./support/files";
import { summaryTextOf } from "./support/summaries";
import { serialFromYmd } from "../src/core/normalize/date";
import { periodText, zhCN } from "../src/taskpane/strings";
import { enUS } from "../src/taskpane/strings-en";

type Content = Parameters<typeof workbookFile>[0];
const bank = (profile: Record<string, string | number>, members = 18, day = "2025-05-20"): Content => ({
  profile: { 单位名称: "工商银行江城中山路支行", 单位类型: "企事业单位", 报告年度: 2025, ...profile },
  ledgers: {
    志愿服务: [{ 队伍名称: "工行青年志愿服务队", 队伍类型: "青年志愿者", 注册人数: members, 服务次数: 4, "服务时长（小时）": 32 }],
    活动台账: [{ 日期: day, 活动名称: "防范电信诈骗宣传", 活动类型: "宣传教育", 参与数量: 120, 单位: "人" }],
  },
});

/** 报告年度, 报告期, 起始日期 and 截止日期 of 基本信息 (B8–B11) as read back from a written workbook. */
async function periodCells(file: string): Promise<unknown[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const sheet = wb.getWorksheet("基本信息");
  const rows = new Map<string, unknown>();
  sheet?.eachRow((row) => rows.set(String(row.getCell(1).value).replace(/[*＊\s]/gu, ""), row.getCell(2).value));
  return ["报告年度", "报告期", "起始日期", "截止日期"].map((k) => {
    const v = rows.get(k);
    return v instanceof Date ? v.toISOString().slice(0, 10) : v;
  });
}

it("D16: 报告期 typed as a month (5月份, 五月, 2025年5月) is a 月报: the check says 月度 + 起始日期, and `fix` writes them", async () => {
  const file = await workbookFile(bank({ 报告期: "5月份" }));
  expect((await cli("check", file)).out).toContain(
    "错误 基本信息!B9 [value.enum] “报告期”不能填“5月份”，请从下拉列表中选择：全年、上半年、下半年、第一季度、第二季度、第三季度、第四季度、月度、专项。月报请选“月度”，并在“起始日期”填2025年5月1日，可用“规范数据”（命令行：campaign-ledger fix 台账.xlsx -o 新文件.xlsx）改正。",
  );
  const dir = mkdtempSync(join(tmpdir(), "cl-nu36h-"));
  const fixed = await cli("fix", file, "-o", join(dir, "fixed.xlsx"));
  expect(fixed.out).toContain("基本信息!B9  “5月份” → “月度”  “5月份”改为“月度”（月报，月份以起始日期2025年5月1日为准）");
  expect(fixed.out).toContain("基本信息!B10  （空） → 2025年5月1日  填入B9所写月份的第一天2025年5月1日");
  expect(await periodCells(join(dir, "fixed.xlsx"))).toEqual([2025, "月度", "2025-05-01", null]);
  for (const [typed, start] of [["五月", "2025-05-01"], ["2025年11月", "2025-11-01"], ["12月", "2025-12-01"]]) {
    await cli("fix", await workbookFile(bank({ 报告期: typed })), "-o", join(dir, "more.xlsx"));
    expect(await periodCells(join(dir, "more.xlsx"))).toEqual([2025, "月度", start, null]);
  }
}, 60000);

it("D16: 月度 needs 起始日期 and one whole calendar month; a 专项 of one whole month is told 月度 exists", async () => {
  expect((await cli("check", await workbookFile(bank({ 报告期: "月度" })))).out).toContain(
    "错误 基本信息!B9 [profile.month-start] 报告期为“月度”，还要在“起始日期”填写该月1日（如2025年5月1日）；总结按这一月写出标题和日期。请在基本信息中补填起始日期。",
  );
  expect((await cli("check", await workbookFile(bank({ 报告期: "月度", 起始日期: "2025-05-01", 截止日期: "2025-06-15" })))).out).toContain(
    "错误 基本信息!B11 [profile.month-span] 报告期为“月度”，起止日期应是2025年5月的第一天和最后一天（截止日期可不填），现在是2025年5月1日至2025年6月15日；请改正起止日期，或把报告期改为“专项”。",
  );
  const whole = (await cli("check", await workbookFile(bank({ 报告期: "月度", 起始日期: "2025-05-01", 截止日期: "2025-05-31" })))).out;
  expect(whole).not.toContain("profile.month");
  expect((await cli("check", await workbookFile(bank({ 报告期: "专项", 起始日期: "2025-05-01", 截止日期: "2025-05-31" })))).out).toContain(
    "提示 基本信息!B9 [profile.special-month] 起止日期（2025年5月1日至5月31日）正是2025年5月整月：月报的报告期可选“月度”，总结标题写作“2025年5月创建文明城市工作总结”，开始下一期时自动推到下一个月。",
  );
  // A 专项 of some days is no month.
  expect((await cli("check", await workbookFile(bank({ 报告期: "专项", 起始日期: "2025-05-20", 截止日期: "2025-05-26" })))).out).not.toContain("special-month");
}, 60000);

it("D16: a 月度 summary is titled and opened by its month, as a quarter's is by its quarter", async () => {
  const text = await summaryTextOf(bank({ 报告期: "月度", 起始日期: "2025-05-01" }));
  expect(text.split("\n")[0]).toBe("工商银行江城中山路支行2025年5月创建文明城市工作总结");
  expect(text).toContain("　　2025年5月，工商银行江城中山路支行开展志愿服务4次，服务时长32小时，注册志愿者达18人。现将有关情况总结如下。");
  expect(text).not.toContain("专项");
});

it("D16: `next` steps a 月度 workbook 5月 → 6月 and 12月 → the next year's 1月", async () => {
  const dir = mkdtempSync(join(tmpdir(), "cl-nu36h-"));
  const may = await cli("next", await workbookFile(bank({ 报告期: "月度", 起始日期: "2025-05-01" })), "-o", join(dir, "june.xlsx"));
  expect(may.code).toBe(0);
  expect(may.out).toContain("已开始下一期：2025年6月（2025年6月1日至2025年6月30日）");
  expect(await periodCells(join(dir, "june.xlsx"))).toEqual([2025, "月度", "2025-06-01", "2025-06-30"]);
  const dec = await cli("next", await workbookFile(bank({ 报告期: "月度", 起始日期: "2025-12-01", 截止日期: "2025-12-31" }, 18, "2025-12-05")), "-o", join(dir, "jan.xlsx"));
  expect(dec.out).toContain("已开始下一期：2026年1月（2026年1月1日至2026年1月31日）");
  expect(await periodCells(join(dir, "jan.xlsx"))).toEqual([2026, "月度", "2026-01-01", "2026-01-31"]);
  // A 月报 typed as 专项 (the tester's e-银行.xlsx) steps to 月度 with `--period 月度`: the month after its days.
  const special = await cli("next", await workbookFile(bank({ 报告期: "专项", 起始日期: "2025-05-01", 截止日期: "2025-05-31" })), "-o", join(dir, "from-special.xlsx"), "--period", "月度");
  expect(special.out).toContain("已开始下一期：2025年6月（2025年6月1日至2025年6月30日）");
  expect(await periodCells(join(dir, "from-special.xlsx"))).toEqual([2025, "月度", "2025-06-01", "2025-06-30"]);
}, 60000);

it("D16: a month is compared with the month before (较上月), from an earlier workbook or the 上期指标 `next` stored", async () => {
  const may = await workbookFile(bank({ 报告期: "月度", 起始日期: "2025-05-01" }, 18), "may.xlsx");
  const june = await workbookFile(bank({ 报告期: "月度", 起始日期: "2025-06-01" }, 24, "2025-06-12"), "june.xlsx");
  const text = (await cli("summarize", june, "--previous", may, "--text", "-")).out;
  expect(text).toContain("工行青年志愿服务队现有注册青年志愿者24人；累计开展志愿服务4次，服务时长32小时。注册志愿者较上月增加6人，增长33.3%。");
  const dir = mkdtempSync(join(tmpdir(), "cl-nu36h-"));
  await cli("next", may, "-o", join(dir, "next.xlsx"));
  const stored = (await cli("summarize", join(dir, "next.xlsx"), "--force", "--appendix", "--text", "-")).out;
  expect(stored).toContain("指标\t本期\t单位\t上月\t增减\n志愿者注册人数\t18\t人\t18\t持平");
}, 60000);

it("D16: a roll-up of 月度 units keeps to one month: its title and opening name it, a unit of another month is left out", async () => {
  const dir = mkdtempSync(join(tmpdir(), "cl-nu36h-"));
  const unit = (name: string, start: string, day: string): Content => ({
    profile: { 单位名称: name, 单位类型: "社区", 报告年度: 2025, 报告期: "月度", 起始日期: start },
    ledgers: { 活动台账: [{ 日期: day, 活动名称: "文明劝导志愿服务", 活动类型: "志愿服务", 参与数量: 20, 单位: "人" }] },
  });
  const files = [await workbookFile(unit("东湖社区居委会", "2025-05-01", "2025-05-10"), "a.xlsx"), await workbookFile(unit("西湖社区居委会", "2025-05-01", "2025-05-12"), "b.xlsx"), await workbookFile(unit("南湖社区居委会", "2025-06-01", "2025-06-03"), "c.xlsx")];
  const out = join(dir, "汇总.xlsx");
  const rolled = await cli("rollup", ...files, "-o", out, "--unit", "城南街道办事处", "--type", "街道");
  expect(rolled.out).toContain("（城南街道办事处，2025年5月，汇总2个单位，共2行）");
  expect(rolled.out).toContain("南湖社区居委会（c.xlsx）的报告期为2025年6月，与汇总的2025年5月不同，未汇总。");
  const text = (await cli("summarize", out, "--text", "-")).out;
  expect(text.split("\n")[0]).toBe("城南街道办事处2025年5月创建文明城市工作总结");
  expect(text).toContain("　　2025年5月，城南街道办事处统筹辖区各社区推进创建工作。东湖社区和西湖社区共开展各类活动2场。");
}, 60000);

it("D16: the pane names a 月度 period by its month (开始下一期's line), in either language", () => {
  const june = serialFromYmd({ y: 2025, m: 6, d: 1 });
  expect(periodText(2025, "月度", zhCN, june)).toBe("2025年6月");
  expect(periodText(2025, "月度", enUS, june)).toBe("6/2025");
  expect(periodText(2025, "第二季度", zhCN)).toBe("2025年第二季度");
});
