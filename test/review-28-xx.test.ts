/**
 * Review run 28 (docs/reviews/run-28-9dc7235-tester51-reviewer-AR.md) of new-user test 51 (docs/new-user-test-pane-51.md),
 * and review run 27: 材料5/6 item 1 (a blank 成文日期 signed with an export day long after the period: a 提示 at the cell),
 * 材料4 item 6 (`1.5万` with `大概这个数` beside it is `约1.5万`).
 */
import { analyseLedger, serialFromYmd, standardV1 } from "../src/core";
import { readWorkbook } from "../src/adapters/xlsx/read-workbook";
import { writeWorkbook } from "../src/adapters/xlsx/write-workbook";
import { summaryTextOf } from "./support/summaries";

const profile = { 单位名称: "城南供电所", 单位类型: "企事业单位", 报告年度: 2025, 报告期: "上半年", 起始日期: "2025-01-01", 截止日期: "2025-06-30" };
const activities = [{ 日期: "2025-06-12", 活动名称: "迎峰度夏安全用电宣传", 活动类型: "宣传教育", 参与数量: "1.5万", 单位: "人次", 地点: "全县", 简要内容: "线上线下一起 大概这个数" }];

describe("item 1: a blank 成文日期 signed long after the period", () => {
  const findingsOn = async (today: number, extra: Record<string, unknown> = {}) => {
    const snapshot = await readWorkbook(await writeWorkbook(standardV1, { profile: { ...profile, ...extra }, ledgers: { 活动台账: activities } }));
    return analyseLedger(snapshot, standardV1, { today }).findings.filter((f) => f.rule === "profile.doc-date-blank");
  };
  it("warns at 基本信息's 成文日期 when the export day is more than 3 months after 截止日期", async () => {
    const found = await findingsOn(serialFromYmd({ y: 2026, m: 12, d: 7 }));
    expect(found.map((f) => [f.severity, f.sheet, f.cell, f.message])).toEqual([
      ["warning", "基本信息", "B16", "成文日期未填，落款将用今天（2026年12月7日），已在报告期结束3个月之后；请填写实际成文日期。"],
    ]);
  });
  it("warns when the export day is before 起始日期", async () => {
    const found = await findingsOn(serialFromYmd({ y: 2024, m: 12, d: 20 }));
    expect(found.map((f) => f.message)).toEqual(["成文日期未填，落款将用今天（2024年12月20日），在报告期开始之前；请填写实际成文日期。"]);
  });
  it("says nothing within 3 months, with a 成文日期 typed, or without a today", async () => {
    expect(await findingsOn(serialFromYmd({ y: 2025, m: 9, d: 30 }))).toEqual([]);
    expect(await findingsOn(serialFromYmd({ y: 2026, m: 12, d: 7 }), { 成文日期: "2025-07-03" })).toEqual([]);
    const snapshot = await readWorkbook(await writeWorkbook(standardV1, { profile, ledgers: { 活动台账: activities } }));
    expect(analyseLedger(snapshot).findings.filter((f) => f.rule === "profile.doc-date-blank")).toEqual([]);
  });
});

describe("item 6: a figure its 备注 or 简要内容 calls an estimate is approximate", () => {
  it("`1.5万` with `大概这个数` is `参与约1.5万人次`; `签约率大概45%` keeps 3600 exact", async () => {
    const text = await summaryTextOf({
      profile,
      ledgers: {
        活动台账: activities,
        其他指标: [
          { 板块: "其他", 指标名称: "家庭医生签约", 数值: "3600", 单位: "人", 备注: "签约率大概45%" },
          { 板块: "宣传教育", 指标名称: "发放安全用电明白纸", 数值: "2000", 单位: "份", 备注: "估计的" },
        ],
        宣传投放: [{ 类型: "宣传单", 位置或内容: "安全用电明白纸", 数量: "3000", 单位: "份", 方式: "发放", 日期: "2025-04-01", 备注: "差不多这个数" }],
      },
    });
    expect(text).toContain("参与约1.5万人次");
    expect(text).not.toContain("参与1.5万人次");
    expect(text).toContain("约2000份");
    expect(text).toContain("3600人");
    expect(text).not.toContain("约3600人");
  });
});
