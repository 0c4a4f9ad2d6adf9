/**
 * New-user test 46 (docs/new-user-test-pane-46.md), defects D20, D17 and D23:
 * - D20: a 先进典型 日期 known by its month only (`2025年11月`) was an error that blocked the summary;
 * - D17: a roll-up counted a unit's activity typed 其他 (`三八妇女节座谈`) under 关爱帮扶;
 * - D23: a standing 共建单位 row carried by 开始下一期 (`与区税务局、工行城中支行结对共建`) was missing from the next summary;
 * - D18: `联合月湖社区在月湖社区开展` said the partner twice when it was also the place;
 * - D21: import recognised a hand-made 问题 table (every header 问题整改's, title `二、问题整改情况`) with only 45 %.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { analyzeWorkbook, standardV1 } from "../src/core";
import { importLedgers } from "../src/core/import";
import { readWorkbook } from "../src/adapters/xlsx/read-workbook";
import { writeWorkbook } from "../src/adapters/xlsx/write-workbook";
import { cli } from "./support/cli";
import { workbookFile } from "./support/files";
import { rolledUpText } from "./support/rollup";
import { summaryTextOf } from "./support/summaries";

const bank = { 单位名称: "中国工商银行XX城中支行", 单位简称: "城中支行", 单位类型: "企事业单位", 报告年度: 2025, 报告期: "全年" };

describe("D20: 先进典型!F3 `2025年11月`", () => {
  const content = {
    profile: bank,
    ledgers: {
      先进典型: [{ 荣誉名称: "省级文明规范服务示范网点", 级别: "省", 人数: 1, 日期: "2025年11月", 备注: "集体" }],
      活动台账: [{ 日期: "2025-03-15", 活动名称: "金融知识进社区", 活动类型: "宣传教育", 参与数量: 300, 单位: "人" }],
    },
  };

  it("is read as that month: a 提示, no error, and the summary is made", async () => {
    const analysis = analyzeWorkbook(await readWorkbook(await writeWorkbook(standardV1, content)), standardV1);
    const told = analysis.findings.filter((f) => f.sheet === "先进典型" && f.cell === "F3").map((f) => `${f.severity} ${f.rule} ${f.sheet}!${f.cell} ${f.message}`);
    expect(told).toEqual(["warning value.month-only 先进典型!F3 “日期”只填了年月“2025年11月”，已按2025年11月处理（不补具体日期）。"]);
    expect(analysis.findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  it("a month outside the report period is still told as outside it", async () => {
    const analysis = analyzeWorkbook(await readWorkbook(await writeWorkbook(standardV1, { ...content, ledgers: { ...content.ledgers, 先进典型: [{ ...content.ledgers.先进典型[0], 日期: "2024.11" }] } })), standardV1);
    expect(analysis.findings.filter((f) => f.sheet === "先进典型" && f.cell === "F3").map((f) => f.rule)).toEqual(["value.month-only", "honour.outside-period"]);
  });

  it("`fix` invents no day: the cell stays as typed", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cl-nu46v-"));
    const file = await workbookFile(content, "台账.xlsx");
    const fixed = await cli("fix", file, "-o", join(dir, "fixed.xlsx"));
    expect(fixed.out).not.toContain("先进典型!F3");
  });
});

it("D17: a roll-up keeps an activity typed 其他 out of 关爱帮扶", async () => {
  const text = await rolledUpText("城关镇人民政府", "乡镇", [
    ["北山村村民委员会", "村", { 活动台账: [{ 日期: "2025-06-01", 活动名称: "六一关爱留守儿童", 活动类型: "关爱帮扶", 参与数量: 30, 单位: "人" }] }],
    ["南坪村村民委员会", "村", { 活动台账: [{ 日期: "2025-03-08", 活动名称: "三八妇女节座谈", 活动类型: "其他", 参与数量: 20, 单位: "人" }] }],
  ]);
  expect(text).not.toContain("关爱帮扶活动2场");
  expect(text).toContain("北山村开展“六一关爱留守儿童”活动，参与30人。");
  expect(text).toContain("三八妇女节座谈");
});

it("D23: a standing 共建单位 row carried by `next` is told in the next month's summary", async () => {
  const dir = mkdtempSync(join(tmpdir(), "cl-nu46v-"));
  const now = await workbookFile({
    profile: { 单位名称: "月湖社区居民委员会", 单位简称: "月湖社区", 单位类型: "社区", 报告年度: 2025, 报告期: "月度", 起始日期: "2025-05-01" },
    ledgers: {
      组织保障: [
        { 事项类型: "工作机制", 名称或内容: "每周召开创文例会", 数量: 4, 单位: "次", 日期: "2025-05-06" },
        { 事项类型: "共建单位", 名称或内容: "与区税务局、工行城中支行结对共建", 数量: 2, 单位: "家" },
      ],
      问题整改: [{ 问题类别: "乱张贴", 发现数: 20, 已整改数: 20, 单位: "处" }],
    },
  }, "本期.xlsx");
  const next = join(dir, "下期.xlsx");
  expect((await cli("next", now, "-o", next)).code).toBe(0);
  const out = await cli("summarize", next, "-o", join(dir, "out.docx"), "--text", "-", "--date", "2025-07-05", "--force");
  expect(out.out).toContain("继续与区税务局、工行城中支行结对共建。");
});

it("D21: a 问题 table whose headers are all 问题整改's is recognised with the confidence of its columns", () => {
  const grid = {
    name: "上半年工作", originRow: 1, originCol: 1, tables: [], merges: [],
    values: [
      ["二、问题整改情况"],
      ["问题类型", "发现（处）", "已整改（处）", "责任人", "备注"],
      ["乱张贴", 12, 12, "王明", null],
      ["占道经营", 6, 5, "李红", "1处商户外出"],
      ["合计", 18, 17, null, null],
    ],
  };
  const { proposal } = importLedgers([{ label: "g_handmade.xlsx", snapshot: { sheets: [grid] } }], { unitName: "青石巷社区", unitType: "社区", year: 2025, period: "上半年" });
  expect(proposal.blocks.map((b) => [b.kind, b.confidence])).toEqual([["问题整改", 0.8]]);
});

it("D18: a partner that is also the place is said once: `在月湖社区联合开展`", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "国家税务总局XX区税务局", 单位简称: "区税务局", 单位类型: "机关部门", 报告年度: 2025, 报告期: "上半年" },
    ledgers: {
      活动台账: [
        { 日期: "2025-05-20", 活动名称: "税法宣传进社区", 活动类型: "宣传教育", 参与数量: 120, 单位: "人", 地点: "月湖社区", 主办或协办单位: "月湖社区" },
        { 日期: "2025-06-10", 活动名称: "纳税服务进园区", 活动类型: "宣传教育", 参与数量: 80, 单位: "人", 地点: "科技园", 主办或协办单位: "园区管委会" },
      ],
    },
  });
  expect(text).toContain("5月20日在月湖社区联合开展“税法宣传进社区”活动");
  expect(text).toContain("6月10日联合园区管委会在科技园开展“纳税服务进园区”活动");
  expect(text).not.toContain("联合月湖社区在月湖社区");
});
