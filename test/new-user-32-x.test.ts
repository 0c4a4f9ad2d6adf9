/**
 * New-user test 32 (docs/new-user-test-pane-32.md), helper x: D9 (a roll-up's own 导语 replaced the opening), D10 (3 streets said
 * as 全区), D11 (a 花费 column not imported), D12 (a mapping file's unknown field silently dropped; JSON errors in
 * English), D13 (a guessed 问题类别 citing the 发现时间).
 */
import { copyFileSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { standardV1 } from "../src/core";
import { withLedgerExtensions } from "../src/core/catalog";
import { rollupSnapshots, type UnitInput } from "../src/core/rollup";
import { validateWorkbook } from "../src/core/validate";
import { documentText } from "../src/core/narrative/compose";
import { composeCombinedSummary } from "../src/core/narrative/combined";
import { cli } from "./support/cli";
import { rolledUpText, type Ledgers } from "./support/rollup";
import { makeSnapshot } from "./support/snapshot";
import { contentSnapshot } from "./support/content-snapshot";

jest.setTimeout(90000);

/** A street's ledgers: 2 activities, a volunteer team, `found`/`fixed` problems. */
const street = (members: number, found: number, fixed: number): Ledgers => ({
  活动台账: [
    { 日期: "2025-02-12", 活动名称: "元宵节猜灯谜", 活动类型: "我们的节日", 参与数量: 100, 单位: "人" },
    { 日期: "2025-03-05", 活动名称: "学雷锋志愿服务", 活动类型: "志愿服务", 参与数量: 50, 单位: "人" },
  ],
  志愿服务: [{ 队伍名称: "志愿服务队", 队伍类型: "综合志愿者", 注册人数: members }],
  问题整改: [{ 问题类别: "卫生死角", 发现数: found, 已整改数: fixed, 单位: "处" }],
});

const HANDMADE = join(__dirname, "..", "docs", "new-user-test-32-files", "handmade.xlsx");

it("D9: a roll-up's own 导语 frames the opening: the period, the units, the figures and the turn still follow", () => {
  const catalog = withLedgerExtensions(standardV1);
  const unit = (name: string, found: number, fixed: number): UnitInput => ({
    name: `${name}.xlsx`,
    snapshot: makeSnapshot({ profile: { 单位名称: name, 报告年度: 2025, 报告期: "上半年" }, ledgers: { 问题整改: [{ 问题类别: "卫生死角", 发现数: found, 已整改数: fixed, 单位: "处" }] } }),
  });
  const r = rollupSnapshots([unit("城东街道办事处", 300, 295), unit("城西街道办事处", 600, 590)], { unitName: "某某区文明办", unitType: "机关部门" });
  const lead = (text: string): string => {
    const ledgers = { ...r.content.ledgers, 文字材料: [{ 类型: "导语", 内容: text }] };
    const { workbook } = validateWorkbook(contentSnapshot({ ...r.content, ledgers }, catalog), catalog);
    return documentText(composeCombinedSummary(workbook, catalog, { today: 45117 }).document).split("\n").find((l) => l.startsWith("　　")) ?? "";
  };
  expect(lead("全区上下围绕创建全国文明城市目标，凝心聚力、攻坚克难")).toBe(
    "　　全区上下围绕创建全国文明城市目标，凝心聚力、攻坚克难。2025年上半年，某某区文明办统筹辖区各街道推进创建工作。城东街道和城西街道共排查发现各类问题900处，已整改885处。现将有关情况总结如下。",
  );
  // A 导语 that gives the period and the work, and ends with its own turn: the figures go between, the turn last.
  expect(lead("今年以来，我办扎实推进创建工作。现将有关情况汇报如下：")).toBe(
    "　　今年以来，我办扎实推进创建工作。城东街道和城西街道共排查发现各类问题900处，已整改885处。现将有关情况汇报如下：",
  );
});

it("D10: a 文明办's roll-up of 3 streets names them and says 上述各街道, 各街道, never 全区", async () => {
  const text = await rolledUpText("某某区文明办", "机关部门", [
    ["城东街道办事处", "街道", street(1000, 300, 295)],
    ["城西街道办事处", "街道", street(2000, 600, 590)],
    ["城南街道办事处", "街道", street(3000, 900, 885)],
  ]);
  expect(text).toContain("2025年上半年，某某区文明办统筹辖区各街道推进创建工作。城东街道、城西街道和城南街道共开展各类活动6场，注册志愿者6000人，排查发现各类问题1800处，已整改1770处。现将有关情况总结如下。");
  expect(text).toContain("一、聚焦重点难点，提升辖区环境面貌");
  expect(text).toContain("上述各街道共排查发现卫生死角问题1800处，已整改1770处，整改率为98.3%。");
  expect(text).toContain("各街道共组建志愿服务队伍3支，注册志愿者6000人");
  expect(text).not.toContain("全区");
});

it("D11: a 花费 column of a hand-made 宣传阵地 sheet is imported as 投入金额（元）", async () => {
  const out = join(mkdtempSync(join(tmpdir(), "cl-nu32-x-")), "std.xlsx");
  const imported = await cli("import", HANDMADE, "-o", out);
  expect(imported.out).toContain("D 花费 → 投入金额（元）（表头近义词，85%）");
  expect(imported.out).toContain("宣传阵地!D3:D5 → 宣传投放!F3:F5");
  expect(imported.out).toContain("提示：宣传阵地!D6：合计行“花费”为21600元，上方各行之和为20600元，两者不符；合计行未导入，导入的是各行数字，请核对。");
  expect(imported.out).not.toContain("未对应的列（花费）");
});

it("D12: a mapping file naming an unknown field, or not JSON at all, stops the import with a Chinese message (exit 2)", async () => {
  const dir = mkdtempSync(join(tmpdir(), "cl-nu32-x-"));
  copyFileSync(HANDMADE, join(dir, "handmade.xlsx"));
  const mapping = {
    format: "campaign-ledger/import-mapping", version: 1,
    sheets: [{ sheet: "宣传阵地", block: 1, kind: "宣传投放", columns: { 项目: "类型", 数量: "数量", 位置: "位置或内容", 花费: "金额", 日期: "日期" } }],
  };
  writeFileSync(join(dir, "m3.json"), JSON.stringify(mapping));
  writeFileSync(join(dir, "m4.json"), "{bad json\n");
  const unknown = await cli("import", join(dir, "handmade.xlsx"), "-o", join(dir, "std.xlsx"), "--mapping", join(dir, "m3.json"));
  expect(unknown.code).toBe(2);
  expect(unknown.err).toContain(`映射文件${join(dir, "m3.json")}：宣传阵地·花费 对应的“金额”不是标准字段，可选：类型、位置或内容、数量、单位、方式、投入金额（元）、日期、备注，或 null（不导入）。`);
  const bad = await cli("import", join(dir, "handmade.xlsx"), "-o", join(dir, "std.xlsx"), "--mapping", join(dir, "m4.json"));
  expect(bad.code).toBe(2);
  expect(bad.err).toContain(`映射文件${join(dir, "m4.json")}不是有效的JSON（第1行第2个字符附近有误）：请检查引号、逗号和括号是否成对，或用 --save-mapping 重新生成。`);
  expect(bad.err).not.toMatch(/Expected|position/u);
});

it("D13: a guessed 问题类别 cites the 问题描述 that made the guess, never the 发现时间", async () => {
  const out = join(mkdtempSync(join(tmpdir(), "cl-nu32-x-")), "std.xlsx");
  const imported = await cli("import", HANDMADE, "-o", out);
  expect(imported.out).toContain("问题整改!A3 问题类别＝乱张贴：按“乱张贴小广告”归为乱张贴");
  expect(imported.out).toContain("问题整改!A4 问题类别＝占道经营：按“占道经营”归为占道经营");
  expect(imported.out).not.toContain("按“发现时间");
});
