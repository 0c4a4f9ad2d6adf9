/**
 * New-user test 37 (docs/new-user-test-pane-37.md), defects D20, D23, D25 and D26: each as the tester typed it.
 */
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { relatePeriods } from "../src/core/facts";
import { cli } from "./support/cli";
import { workbookFile } from "./support/files";

const folder = (): string => mkdtempSync(join(tmpdir(), "cl-nu37t-"));

describe("D25: 存在不足 / 下一步打算 typed as 无 are told like missing rows", () => {
  const content = (shortcoming: string, plan: string): Parameters<typeof workbookFile>[0] => ({
    profile: { 单位名称: "望江社区居委会", 单位类型: "社区", 报告年度: 2025, 报告期: "上半年" },
    ledgers: {
      活动台账: [{ 日期: "2025-02-12", 活动名称: "元宵节猜灯谜", 活动类型: "我们的节日", 参与数量: 60, 单位: "人" }],
      文字材料: [{ 类型: "存在不足", 内容: shortcoming }, { 类型: "下一步打算", 内容: plan }],
    },
  });
  const plansMissing = async (file: string): Promise<string[]> =>
    (JSON.parse((await cli("check", file, "--json")).out).findings as { rule: string; sheet: string; cell: string; message: string }[])
      .filter((f) => f.rule === "text.plans-missing")
      .map((f) => `${f.sheet}!${f.cell} ${f.message}`);

  it("both rows 无: one 提示 at the first such cell; the summary has neither part, as without the rows", async () => {
    const file = await workbookFile(content("无", "无"));
    expect(await plansMissing(file)).toEqual([
      "文字材料!B3 文字材料中“存在不足”“下一步打算”只填了“无”，总结将没有“存在的不足”和“下一步工作打算”部分。文明办通常要求写明，请把“无”改为具体内容。",
    ]);
    const text = (await cli("summarize", file, "--date", "2025-07-02", "--text", "-")).out;
    expect(text).not.toMatch(/存在的不足|下一步工作打算|一是无/u);
  });

  it("暂无 / — / ／ are nothing too; a row with content is not told", async () => {
    expect(await plansMissing(await workbookFile(content("加强楼道堆物整治。", "暂无")))).toEqual([
      "文字材料!B4 文字材料中“下一步打算”只填了“暂无”，总结将没有“下一步工作打算”部分。文明办通常要求写明，请把“暂无”改为具体内容。",
    ]);
    expect(await plansMissing(await workbookFile(content("—", "持续开展文明劝导。")))).toEqual([
      "文字材料!B3 文字材料中“存在不足”只填了“—”，总结将没有“存在的不足”部分。文明办通常要求写明，请把“—”改为具体内容。",
    ]);
    expect(await plansMissing(await workbookFile(content("楼道堆物仍有反弹。", "持续开展文明劝导。")))).toEqual([]);
  });

  it("one part 无 and the other missing: the typed one is named, the missing one asked for", async () => {
    const file = await workbookFile({
      profile: { 单位名称: "望江社区居委会", 单位类型: "社区", 报告年度: 2025, 报告期: "上半年" },
      ledgers: {
        活动台账: [{ 日期: "2025-02-12", 活动名称: "元宵节猜灯谜", 活动类型: "我们的节日", 参与数量: 60, 单位: "人" }],
        文字材料: [{ 类型: "下一步打算", 内容: "／" }],
      },
    });
    expect(await plansMissing(file)).toEqual([
      "文字材料!B3 文字材料中“下一步打算”只填了“／”，总结将没有“存在的不足”和“下一步工作打算”部分。文明办通常要求写明，请把“／”改为具体内容，并在文字材料中加上“存在不足”。",
    ]);
  });
});

describe("D26: 社区 / 社区居委会 (村 / 村委会, 镇 / 镇人民政府, 街道 / 街道办事处) are one unit when compared", () => {
  const half = (unit: string, period: "上半年" | "下半年", volunteers: number): Parameters<typeof workbookFile>[0] => ({
    profile: { 单位名称: unit, 单位类型: "社区", 报告年度: 2025, 报告期: period, 常住人口: 12000 },
    ledgers: {
      活动台账: [{ 日期: period === "上半年" ? "2025-03-05" : "2025-09-05", 活动名称: "学雷锋志愿服务", 活动类型: "志愿服务", 参与数量: 35, 单位: "人" }],
      志愿服务: [{ 队伍名称: "锦绣华庭红马甲志愿队", 队伍类型: "综合志愿者", 注册人数: volunteers }],
      文字材料: [{ 类型: "存在不足", 内容: "志愿服务队伍规模还需扩大。" }, { 类型: "下一步打算", 内容: "持续开展志愿服务。" }],
    },
  });

  it("summarize --previous compares 锦绣华庭社区 with 锦绣华庭社区居委会, says so, and writes the .docx", async () => {
    const now = await workbookFile(half("锦绣华庭社区", "下半年", 195), "a-h2-name.xlsx");
    const before = await workbookFile(half("锦绣华庭社区居委会", "上半年", 135), "a-up.xlsx");
    const docx = join(folder(), "n.docx");
    const r = await cli("summarize", now, "-o", docx, "--previous", before, "--date", "2026-01-05", "--text", "-");
    expect(r.code).toBe(0);
    expect(r.err).toContain("提示 对比台账的单位名称为“锦绣华庭社区居委会”，按同一单位比较。\n");
    expect(r.out).toContain("现有注册志愿者195人，较上半年增加60人，增长44.4%；"); // the change joined to its figure (review run 32)
    expect(existsSync(docx)).toBe(true);
  });

  it("a truly different unit is still refused, and the same name compares without a 提示", async () => {
    const now = await workbookFile(half("锦绣华庭社区", "下半年", 195));
    const other = await cli("summarize", now, "--previous", await workbookFile(half("望江社区居委会", "上半年", 135)), "--text", "-");
    expect(other.code).toBe(1);
    expect(other.err).toContain("（对比台账的单位“望江社区居委会”与本台账“锦绣华庭社区”不是同一单位，无法比较，总结未作对比。）");
    const same = await cli("summarize", now, "--previous", await workbookFile(half("锦绣华庭社区", "上半年", 135)), "--date", "2026-01-05", "--text", "-");
    expect(same.code).toBe(0);
    expect(same.err).not.toContain("按同一单位比较");
  });

  it("relatePeriods: 村 / 村委会, 镇 / 镇人民政府, 街道 / 街道办事处 match; 青石镇 / 青石村 do not", () => {
    const side = (unitName: string, period: string) => ({ profile: { unitName, year: 2025, period } });
    const related = (a: string, b: string) => relatePeriods(side(a, "下半年"), side(b, "上半年"));
    expect(related("柳塘村", "柳塘村村民委员会")).toEqual({ ok: true, relation: { kind: "mom", label: "上半年", previousText: "2025年上半年", unitNote: "对比台账的单位名称为“柳塘村村民委员会”，按同一单位比较。" } });
    expect(related("青石镇人民政府", "青石镇")).toMatchObject({ ok: true, relation: { unitNote: "对比台账的单位名称为“青石镇”，按同一单位比较。" } });
    expect(related("城南街道", "城南街道办事处")).toMatchObject({ ok: true, relation: { unitNote: "对比台账的单位名称为“城南街道办事处”，按同一单位比较。" } });
    expect(related("锦绣华庭社区", "锦绣华庭社区居民委员会")).toMatchObject({ ok: true });
    expect(related("青石镇", "青石村")).toEqual({ ok: false, message: "对比台账的单位“青石村”与本台账“青石镇”不是同一单位，无法比较。" });
  });
});

describe("D20: an impossible date in an imported 问题清单 is said with its reason", () => {
  it("综合!B7 `2025年9月31日` is told 不是有效日期（2025年9月没有31日） and kept in 备注", async () => {
    // The tester's sheet (docs/new-user-test-37-files/make_import2.js), the 问题整改清单 part.
    const wb = new ExcelJS.Workbook();
    const a = wb.addWorksheet("综合");
    a.mergeCells("A1:E1");
    a.getCell("A1").value = "城南区民政局2025年第三季度创文工作台账";
    a.addRow(["一、问题整改清单"]);
    a.addRow(["序号", "发现时间", "问题描述", "整改情况", "责任人"]);
    a.addRow([1, "2025/7/3", "福利院门口占道经营", "已整改", ""]);
    a.addRow([2, "2025.7.10", "殡仪馆周边乱张贴", "已整改", ""]);
    a.addRow([3, "8月2日", "养老院楼道堆放杂物", "整改中", ""]);
    a.addRow([4, "2025年9月31日", "救助站门前流动摊点", "未整改", ""]);
    const dir = folder();
    const input = join(dir, "i2-民政局综合台账.xlsx");
    writeFileSync(input, new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
    const r = await cli("import", input, "-o", join(dir, "out.xlsx"));
    expect(r.code).toBe(0);
    expect(r.out).toContain("发现（1条）：\n  提示：综合!B7：“2025年9月31日”不是有效日期（2025年9月没有31日），已原样写入备注，请在原表中改正。\n");
  });
});

describe("D23: fix makes the full-width digits of 约１２０００ half-width, keeping the 约", () => {
  it("基本信息!B12 约１２０００ → 约12000, listed as a change; the skip note stays, quoting 约12000", async () => {
    const file = await workbookFile({
      profile: { 单位名称: "锦绣华庭社区居委会", 单位类型: "社区", 报告年度: 2025, 报告期: "上半年", 常住人口: "约１２０００" },
      ledgers: { 活动台账: [{ 日期: "2025-03-05", 活动名称: "学雷锋志愿服务", 活动类型: "志愿服务", 参与数量: 35, 单位: "人" }] },
    });
    const out = join(folder(), "fixed.xlsx");
    const r = await cli("fix", file, "-o", out);
    expect(r.out).toMatch(/基本信息!B12 +“约１２０００” → “约12000” +“约１２０００”改为“约12000”（全角数字改为半角）\n/u);
    expect(r.out).toMatch(/未转换、请手工核对 1 处：\n +基本信息!B12 +“约12000” +本表没有备注列，无法保留约数标记；请填写准确数字\n/u);
    const again = await cli("fix", out, "-o", join(folder(), "again.xlsx"));
    expect(again.out).not.toContain("全角数字改为半角");
    const text = (await cli("summarize", out, "--date", "2025-07-02", "--text", "-")).out;
    expect(text).toContain("常住人口约1.2万人");
  });
});
