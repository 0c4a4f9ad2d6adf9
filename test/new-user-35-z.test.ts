/**
 * New-user test 35 (docs/new-user-test-pane-35.md), defects D15, D17, D18: each as the tester typed it.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { cli } from "./support/cli";
import { workbookFile } from "./support/files";
import { rolledUpText } from "./support/rollup";
import { summaryTextOf } from "./support/summaries";

const volunteers = (year: number, period: string, partyMembers: number, others: number | string): Parameters<typeof workbookFile>[0] => ({
  profile: { 单位名称: "光明社区居委会", 单位类型: "社区", 报告年度: year, 报告期: period },
  ledgers: {
    志愿服务: [{ 队伍名称: "光明社区“红袖标”志愿服务队", 队伍类型: "党员志愿者", 注册人数: partyMembers }, { 队伍名称: "光明社区积分超市志愿队", 队伍类型: "综合志愿者", 注册人数: others }],
  },
});

it("D15: the change of an approximate total is computed from the unrounded sums (135余 − 120余 is 15), exact when the rough parts are the same", async () => {
  const dir = mkdtempSync(join(tmpdir(), "cl-nu35z-"));
  const now = await workbookFile(volunteers(2025, "上半年", 35, "百余"), "now.xlsx");
  const before = await workbookFile(volunteers(2024, "上半年", 20, "百余"), "before.xlsx");
  const text = (await cli("summarize", now, "--previous", before, "--appendix", "--force", "--text", "-")).out;
  expect(text).toContain("注册志愿者较上年同期增加15人，增长12.5%。");
  expect(text).toContain("志愿者注册人数\t130余\t人\t120余\t增加15人，增长12.5%");
  // 上期指标 keeps the unrounded 135 (余): the next period's 115 is 20 fewer, never `减少约15人，下降11.5%`.
  const next = join(dir, "next.xlsx");
  expect((await cli("next", now, "-o", next, "--force")).code).toBe(0);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(next);
  const rows: unknown[][] = [];
  book.getWorksheet("上期指标")?.eachRow((r) => rows.push([r.getCell(1).value, r.getCell(2).value, r.getCell(3).value, r.getCell(4).value]));
  expect(rows).toContainEqual(["志愿者注册人数", 135, "人", "余"]);
  const filled = await workbookFile(volunteers(2025, "下半年", 35, 80), "filled.xlsx");
  const nextText = (await cli("summarize", filled, "--previous", now, "--appendix", "--force", "--text", "-")).out;
  expect(nextText).toContain("志愿者注册人数\t115\t人\t130余\t减少约20人");
});

it("D18: an activity named thing + 进 + place (义诊进社区) is an event held (开展“…”活动), never a verb without 开展", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "县人民医院", 单位类型: "企事业单位", 报告年度: 2025, 报告期: "上半年" },
    ledgers: { 活动台账: [{ 日期: "2025.3.1", 活动名称: "义诊进社区", 活动类型: "志愿服务", 参与数量: 1200, 单位: "人次", 地点: "东湖社区" }] },
  });
  expect(text).toContain("3月1日在东湖社区开展“义诊进社区”志愿服务活动，参与1200人次。");
});

it("D17: the roll-up names a 墙绘 by the content all its rows share, as each unit's text does, never `绘制墙绘`", async () => {
  const wall = { 宣传投放: [{ 类型: "墙绘", 位置或内容: "村主干道文化墙", 数量: 300, 单位: "平方米", 方式: "新设", "投入金额（元）": 20000 }] };
  const text = await rolledUpText("青山镇人民政府", "乡镇", [["柳塘村村民委员会", "村", wall], ["石桥村村民委员会", "村", wall]]);
  expect(text).toContain("全镇共绘制村主干道文化墙600平方米，投入宣传经费4万元，其中柳塘村2万元、石桥村2万元。");
  const own = await summaryTextOf({ profile: { 单位名称: "柳塘村村民委员会", 单位类型: "村", 报告年度: 2025, 报告期: "上半年" }, ledgers: wall });
  expect(own).toContain("　　绘制村主干道文化墙300平方米。");
  // Told by its bare 类型 a 墙绘 is made, never the tautology `绘制墙绘`, in the roll-up as in a unit's text.
  const bare = (content: string) => ({ 宣传投放: [{ 类型: "墙绘", 位置或内容: content, 数量: 300, 单位: "平方米", 方式: "新设" }] });
  const mixed = await rolledUpText("青山镇人民政府", "乡镇", [["柳塘村村民委员会", "村", bare("村主干道文化墙")], ["石桥村村民委员会", "村", bare("乡风文明墙绘")]]);
  expect(mixed).toContain("全镇共制作墙绘600平方米。");
});
