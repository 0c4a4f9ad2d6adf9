/**
 * New-user test 43 (docs/new-user-test-pane-43.md), flows: D8 (a roll-up without --force took the period of the one
 * error-free unit, 下半年, over three 上半年 files, and did not name the duplicate), D12 (an imported `三十` found with
 * `已整改三十余` rectified passed without a word), D14 (the Word pane's 仍然生成 gate) and D18 (a 专项 whose 截止日期 is before
 * its 起始日期 was told as `2025年1月1日至12月31日`, a period nobody typed).
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { analyzeWorkbook, exportGate, standardV1 } from "../src/core";
import { rollupSnapshots, type UnitInput } from "../src/core/rollup";
import { readWorkbook } from "../src/adapters/xlsx/read-workbook";
import { writeWorkbook } from "../src/adapters/xlsx/write-workbook";
import type { WorkbookContent } from "../src/adapters/xlsx/content";
import { contentSnapshot } from "./support/content-snapshot";
import { cli } from "./support/cli";
import { summaryTextOf } from "./support/summaries";

jest.setTimeout(60000);

/** The tester's folder f/: 向阳 and 东风 (上半年, each with an error), 东风 copied as 最终版, 幸福 (下半年, clean). */
function folderF(): UnitInput[] {
  const community = (name: string, period: string, ledgers: WorkbookContent["ledgers"]) => contentSnapshot({
    profile: { 单位名称: name, 单位类型: "社区", 上级指导单位: "城关街道办事处", 报告年度: 2025, 报告期: period, 起始日期: { date: period === "上半年" ? "2025-01-01" : "2025-07-01" }, 截止日期: { date: period === "上半年" ? "2025-06-30" : "2025-12-31" } },
    ledgers: ledgers as never,
  }, standardV1);
  const dongfeng = community("东风社区居委会", "上半年", { 问题整改: [{ 问题类别: "卫生死角", 发现数: 30, 已整改数: 35, 单位: "处" }], 活动台账: [{ 日期: { date: "2025-05-20" }, 活动名称: "邻里节", 活动类型: "文体活动", 参与数量: 200, 单位: "人" }] });
  return [
    { name: "向阳社区台账.xlsx", snapshot: community("向阳社区居委会", "上半年", { 问题整改: [{ 问题类别: "乱张贴", 发现数: 50, 已整改数: 60, 单位: "处" }] }) },
    { name: "东风社区台账.xlsx", snapshot: dongfeng },
    { name: "东风社区台账(最终版).xlsx", snapshot: dongfeng },
    { name: "幸福社区台账-下半年.xlsx", snapshot: community("幸福社区居委会", "下半年", { 活动台账: [{ 日期: { date: "2025-09-10" }, 活动名称: "教师节慰问", 活动类型: "关爱帮扶", 参与数量: 20, 单位: "人" }] }) },
  ];
}

describe("D8: the roll-up's period is the one most units handed in share, errors or not", () => {
  it("without --force: 2025年上半年, nothing rolled up, 幸福社区 named as of another period and the copy as 重复报送", () => {
    const r = rollupSnapshots(folderF(), { unitName: "城关街道办事处", unitType: "街道" });
    expect([r.year, r.period, r.exitCode]).toEqual([2025, "上半年", 2]);
    expect(r.units.map((u) => [u.label, u.status])).toEqual([
      ["向阳社区台账.xlsx", "errors"],
      ["东风社区台账.xlsx", "errors"],
      ["东风社区台账(最终版).xlsx", "duplicate"],
      ["幸福社区台账-下半年.xlsx", "period"],
    ]);
    expect(r.findings.map((f) => f.message)).toEqual([
      "向阳社区居委会（向阳社区台账.xlsx）有1个错误，未汇总；改正后重新汇总。",
      "东风社区居委会（东风社区台账.xlsx）有1个错误，未汇总；改正后重新汇总。",
      "东风社区居委会（东风社区台账(最终版).xlsx）与东风社区台账.xlsx的单位名称和报告期相同，属重复报送，未汇总（两份内容相同）。",
      "幸福社区居委会（幸福社区台账-下半年.xlsx）的报告期为2025年下半年，与汇总的2025年上半年不同，未汇总。",
    ]);
  });

  it("with --force: the same period, 向阳 and 东风 rolled up (as before)", () => {
    const r = rollupSnapshots(folderF(), { unitName: "城关街道办事处", unitType: "街道", force: true });
    expect([r.year, r.period, r.exitCode]).toEqual([2025, "上半年", 1]);
    expect(r.units.map((u) => u.status)).toEqual(["forced", "forced", "duplicate", "period"]);
  });

  it("a tie of periods goes to the one whose units can be rolled up: one 上半年 with errors, one clean 下半年", () => {
    const [xiangyang, , , xingfu] = folderF();
    const r = rollupSnapshots([xiangyang, xingfu], { unitName: "城关街道办事处", unitType: "街道" });
    expect([r.period, r.exitCode]).toEqual(["下半年", 1]);
  });

  it("the CLI writes nothing and says why, with --force where a unit has errors", async () => {
    const dir = mkdtempSync(join(tmpdir(), "nu43-d8-"));
    // The files themselves, written by the template from the same content as the snapshots above.
    const content = (name: string, period: string, ledgers: WorkbookContent["ledgers"]): WorkbookContent => ({
      profile: { 单位名称: name, 单位类型: "社区", 报告年度: 2025, 报告期: period },
      ledgers,
    });
    const dongfeng = content("东风社区居委会", "上半年", { 问题整改: [{ 问题类别: "卫生死角", 发现数: 30, 已整改数: 35, 单位: "处" }] });
    const files: [string, WorkbookContent][] = [
      ["向阳社区台账.xlsx", content("向阳社区居委会", "上半年", { 问题整改: [{ 问题类别: "乱张贴", 发现数: 50, 已整改数: 60, 单位: "处" }] })],
      ["东风社区台账.xlsx", dongfeng],
      ["东风社区台账(最终版).xlsx", dongfeng],
      ["幸福社区台账-下半年.xlsx", content("幸福社区居委会", "下半年", { 活动台账: [{ 日期: "2025-09-10", 活动名称: "教师节慰问", 活动类型: "关爱帮扶", 参与数量: 20, 单位: "人" }] })],
    ];
    for (const [name, c] of files) writeFileSync(join(dir, name), await writeWorkbook(standardV1, c));
    const out = join(dir, "out", "城关街道汇总.xlsx");
    const r = await cli("rollup", "--dir", dir, "-o", out, "--unit", "城关街道办事处", "--type", "街道");
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.err.split("\n").filter((l) => !l.startsWith("已读取"))).toEqual([
      "东风社区居委会（东风社区台账.xlsx）有1个错误，未汇总；改正后重新汇总，或加 --force 强制汇总。",
      "东风社区居委会（东风社区台账(最终版).xlsx）与东风社区台账.xlsx的单位名称和报告期相同，属重复报送，未汇总（两份内容相同）。",
      "向阳社区居委会（向阳社区台账.xlsx）有1个错误，未汇总；改正后重新汇总，或加 --force 强制汇总。",
      "幸福社区居委会（幸福社区台账-下半年.xlsx）的报告期为2025年下半年，与汇总的2025年上半年不同，未汇总。",
      "没有可汇总的台账，未生成汇总台账。",
      "",
    ]);
  });
});

describe("D12: 已整改 more than found, one figure approximate", () => {
  it("import of `小广告 | 三十 | 已整改三十余`: the new workbook's check says so at 已整改数 (a 提示), and import counts it", async () => {
    const dir = mkdtempSync(join(tmpdir(), "nu43-d12-"));
    const wb = new ExcelJS.Workbook();
    const q = wb.addWorksheet("问题清单");
    q.addRow(["序号", "问题", "数量", "整改情况", "备注"]);
    [[1, "占道经营", "5家", "已整改5家", ""], [2, "小广告", "三十", "已整改三十余", ""], [3, "违章搭建", "2处", "未整改", ""]].forEach((r) => q.addRow(r));
    const file = join(dir, "柳岸社区.xlsx");
    await wb.xlsx.writeFile(file);
    const out = join(dir, "标准台账.xlsx");
    const imported = await cli("import", file, "-o", out, "--unit", "柳岸社区居委会", "--type", "社区", "--year", "2025", "--period", "上半年");
    expect(imported.code).toBe(0);
    expect(imported.out).toContain("新台账：0个错误、2个提示");
    const checked = await cli("check", out);
    expect(checked.out.split("\n").filter((l) => l.includes("问题整改"))).toEqual([
      "提示 问题整改!C4 [rect.approx-exceeds-found] 已整改数“30余”多于发现数30，已整改数不能超过发现数；总结照此写出，请核对这两个数。",
    ]);
  });

  it("typed by hand: `近30` found with 30 rectified, and `30` with `30多`; `约30` and `30余` are not judged", async () => {
    const snapshot = await readWorkbook(await writeWorkbook(standardV1, {
      profile: { 单位名称: "柳岸社区居委会", 单位类型: "社区", 报告年度: 2025, 报告期: "上半年" },
      ledgers: { 问题整改: [
        { 问题类别: "乱张贴", 发现数: "近30", 已整改数: 30, 单位: "处" },
        { 问题类别: "卫生死角", 发现数: 30, 已整改数: "30多", 单位: "处" },
        { 问题类别: "占道堆放", 发现数: "约30", 已整改数: "30余", 单位: "处" },
        { 问题类别: "违章搭建", 发现数: 30, 已整改数: "约30", 单位: "处" },
      ] },
    }));
    const found = analyzeWorkbook(snapshot, standardV1).findings.filter((f) => f.rule === "rect.approx-exceeds-found");
    expect(found.map((f) => `${f.cell} ${f.severity} ${f.message}`)).toEqual([
      "C3 warning 已整改数30多于发现数“近30”，已整改数不能超过发现数；总结照此写出，请核对这两个数。",
      "C4 warning 已整改数“30多”多于发现数30，已整改数不能超过发现数；总结照此写出，请核对这两个数。",
    ]);
  });
});

describe("D14: the Word pane asks before a workbook with errors (仍然生成), by the core's gate", () => {
  it("the tester's h_团区委 (单位“支”, 数值“98%”): 2 errors, blocked until the override", async () => {
    const snapshot = await readWorkbook(await writeWorkbook(standardV1, {
      profile: { 单位名称: "共青团城南区委员会", 单位简称: "团区委", 单位类型: "群团组织", 上级指导单位: "区文明办", 报告年度: 2025, 报告期: "下半年" },
      ledgers: {
        组织保障: [{ 事项类型: "领导小组", 名称或内容: "团区委创文工作小组", 数量: 1, 单位: "个" }, { 事项类型: "其他", 名称或内容: "青年突击队 各团支部出人", 数量: "12", 单位: "支" }],
        其他指标: [{ 板块: "其他", 指标名称: "青年大学习参学", 数值: "98%", 单位: "人次" }],
      },
    }));
    const analysis = analyzeWorkbook(snapshot, standardV1);
    expect(analysis.findings.filter((f) => f.severity === "error").map((f) => `${f.sheet}!${f.cell}`)).toEqual(["组织保障!D4", "其他指标!C3"]);
    expect(exportGate(analysis, false).blocked).toBe(true);
    expect(exportGate(analysis, true).blocked).toBe(false);
  });
});

describe("D18: a 专项 whose 截止日期 is before its 起始日期", () => {
  const zx = {
    profile: { 单位名称: "城南区妇女联合会", 单位简称: "区妇联", 报告年度: "2025年", 报告期: "专项", 起始日期: "2025/5/10", 截止日期: "2025/5/5" },
    ledgers: {
      活动台账: [{ 日期: "2025/5/11", 活动名称: "母亲节 最美家庭评选", 活动类型: "其他", 参与数量: "20户", 单位: "户" }],
      先进典型: [{ 荣誉名称: "最美家庭", 级别: "县/区", 类别: "孝老爱亲", 人数: "10", 日期: "2025/5/11", 备注: "10户" }],
    },
  };

  it("no invented `1月1日至12月31日`, no empty `区妇联开展创建工作。`", async () => {
    const text = await summaryTextOf(zx);
    expect(text).not.toContain("1月1日");
    expect(text.split("\n").slice(0, 4)).toEqual([
      "城南区妇女联合会2025年创建文明城市专项工作总结",
      "",
      "　　现将区妇联创建工作有关情况总结如下。",
      "一、选树先进典型，培育文明风尚",
    ]);
  });

  it("the check says the text leaves the days out; no 成文日期 judged against a period nobody typed", async () => {
    const snapshot = await readWorkbook(await writeWorkbook(standardV1, { ...zx, profile: { ...zx.profile, 成文日期: "2025/5/20" } }));
    const findings = analyzeWorkbook(snapshot, standardV1).findings;
    expect(findings.filter((f) => f.rule === "profile.date-order").map((f) => f.message)).toEqual([
      "截止日期2025年5月5日早于起始日期2025年5月10日，请检查报告期的起止日期；专项的起止日期改正前，总结不写起止日期。",
    ]);
    expect(findings.filter((f) => f.rule === "profile.doc-date-early")).toEqual([]);
  });

  it("the CLI's forced summary says nothing of 截止日期2025年12月31日", async () => {
    const dir = mkdtempSync(join(tmpdir(), "nu43-d18-"));
    const file = join(dir, "zx.xlsx");
    writeFileSync(file, await writeWorkbook(standardV1, zx));
    const r = await cli("summarize", file, "-o", dir, "--force", "--date", "2025-05-20", "--text", "-");
    expect(r.err).not.toContain("12月31日");
    expect(r.err).toContain("（基本信息第11行有错误（B11），专项的起止日期未写入总结）");
    expect(r.out).toContain("　　现将区妇联创建工作有关情况总结如下。\n");
  });
});
