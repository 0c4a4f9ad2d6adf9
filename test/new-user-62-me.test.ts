/**
 * New-user test 62 (docs/new-user-test-pane-62.md), import of 卫生服务中心's own `三季度自制表`:
 * D4: an activity sheet's `服务人数` column is the activities' 参与数量 (单位 人), never `不导入`, so each activity keeps its
 * turnout; a people count no synonym names (`帮扶对象人数`) is at least a low-confidence candidate.
 * D15: a team named `医护志愿服务队` is 专业志愿者, never 其他.
 * The sheets are the tester's own (docs/new-user-test-62-files/wsy.js) as grids.
 */
import { importLedgers, importReport } from "../src/core/import";
import type { CellValue, SheetGrid } from "../src/core/grid/types";
import { summaryTextOf } from "./support/summaries";

const grid = (name: string, merges: string[], values: (CellValue | undefined)[][]): SheetGrid =>
  ({ name, originRow: 1, originCol: 1, tables: [], merges, values: values.map((r) => r.map((v) => v ?? null)) as readonly (readonly CellValue[])[] });

/** 卫生服务中心's `三季度自制表` (test 62). */
const clinic: SheetGrid[] = [
  grid("三季度活动", ["A1:F1"], [
    ["城东社区卫生服务中心2025年第三季度志愿服务及义诊活动统计表"],
    ["填报单位：清河县城东社区卫生服务中心", "", "", "统计时间：2025年7月—9月"],
    [],
    ["序号", "活动日期", "活动名称", "服务人数", "地点", "备注"],
    [1, "2025.7.12", "“三伏贴”义诊进社区", "约200人", "城东社区广场", "内科主任张医生带队"],
    [2, "8月8日", "全民健身日健康咨询", "１５０", "人民公园", ""],
    [3, "2025/9/9", "重阳节老年人免费体检", "二百三十", "中心门诊楼", "65岁以上老人"],
    [4, "2025.9.20", "义诊进村", "80余", "小王庄村", ""],
    ["合计", "", "", "660", "", ""],
  ]),
  grid("志愿者", [], [
    ["队伍", "人数", "服务次数", "服务时长"],
    ["医护志愿服务队", "42人", "12", "三百六十"],
    ["党员志愿服务队", "18", "6", "96"],
  ]),
];

const clinicRun = () => importLedgers([{ label: "城东卫生服务中心三季度自制表.xlsx", snapshot: { sheets: clinic } }], { unitType: "企事业单位" });

it("62 D4: `服务人数` on an activity sheet is 参与数量 in 人, imported, and the activities keep their turnout", async () => {
  const run = clinicRun();
  const report = importReport(run);
  expect(report).toContain("    D 服务人数 → 参与数量（单位 人）（表头近义词，85%）");
  expect(report.some((l) => /未对应的列（服务人数）/u.test(l))).toBe(false);
  const text = await summaryTextOf(run.result.content as Parameters<typeof summaryTextOf>[0]);
  expect(text).toContain("8月8日在人民公园开展“全民健身日健康咨询”活动，参与150人");
});

it("62 D4: any other people count on an activity sheet (`帮扶对象人数`) is at least a low-confidence candidate for 参与数量, never dropped", () => {
  const sheet = grid("活动", [], [
    ["日期", "活动名称", "帮扶对象人数", "地点"],
    ["2025-07-12", "送医送药进村", "35", "小王庄村"],
    ["2025-08-08", "健康讲座", "60", "中心"],
  ]);
  const report = importReport(importLedgers([{ label: "a.xlsx", snapshot: { sheets: [sheet] } }], { unitName: "城东社区卫生服务中心", unitType: "企事业单位", year: 2025, period: "下半年" }));
  expect(report).toContain("    C 帮扶对象人数 → 参与数量（单位 人）（按数据推断，60%）");
});

it("62 D15: `医护志愿服务队` is 专业志愿者", () => {
  const report = importReport(clinicRun());
  expect(report).toContain("  志愿服务!B3 队伍类型＝专业志愿者：按“医护志愿服务队”归为专业志愿者");
  expect(report.join("\n")).not.toContain("志愿服务!B3 队伍类型＝其他");
});

