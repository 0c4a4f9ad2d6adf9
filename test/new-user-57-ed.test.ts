/**
 * New-user test 57 (docs/new-user-test-pane-57.md), import and unit-type profiles: D3 (`迎新年文艺汇演` on 12月28日
 * imported as 我们的节日, then told as a 春节 activity), D13 (`2025年4月` imported as no date, so the new workbook had
 * an error `日期必须填写`), D14 (`县老年大学` inferred as 学校 of 师生; `银龄志愿服务队` classed 其他 and `夕阳红文艺队`
 * 老年志愿者), D5 (a 老年大学 of type 企事业单位 told as a company of 职工 and 职业道德).
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { importLedgers } from "../src/core/import";
import { resolveProfile } from "../src/core/import/profile";
import type { CellValue } from "../src/core/grid/types";
import { cli } from "./support/cli";
import { summaryTextOf } from "./support/summaries";

const grid = (name: string, values: readonly (readonly CellValue[])[]) => ({ name, originRow: 1, originCol: 1, tables: [], merges: [], values });
const opts = { unitName: "县老年大学", unitType: "企事业单位", year: 2025, period: "全年" } as const;

/** The tester's 活动登记 (files/make-e.js), without its title and sign-off lines. */
const activities: CellValue[][] = [
  ["序号", "时间", "活动名称", "参加人数", "地点", "主要内容", "备注"],
  [1, "2025.3.5", "学雷锋老年学员志愿服务", "80人", "人民广场", "捡垃圾、文明劝导", null],
  [2, "2025年4月", "文明礼仪课堂", "200余人次", "各教室", "每班一节礼仪课", "共8期"],
  [3, "10月29日", "重阳敬老节", "三百", "学校礼堂", "为80岁以上学员祝寿", null],
  [4, "2025.12.28", "迎新年文艺汇演", "约500", "县文化馆", "合唱、太极、模特走秀", null],
];
const imported = (values: readonly (readonly CellValue[])[], sheet = "活动登记") =>
  importLedgers([{ label: "e-老年大学自制台账.xlsx", snapshot: { sheets: [grid(sheet, values)] } }], opts);

describe("D3: a New-Year show is no 我们的节日, and no 春节 is told that no row gives", () => {
  it("imports `迎新年文艺汇演` as 文体活动, `重阳敬老节` as 我们的节日", () => {
    const { result } = imported(activities);
    const rows = result.content.ledgers["活动台账"] ?? [];
    expect(rows.map((r) => [r["活动名称"], r["活动类型"]])).toEqual([
      ["学雷锋老年学员志愿服务", "志愿服务"],
      ["文明礼仪课堂", "其他"],
      ["重阳敬老节", "我们的节日"],
      ["迎新年文艺汇演", "文体活动"],
    ]);
    expect(result.guesses.map((g) => g.basis).join("\n")).not.toContain("归为我们的节日：按“迎新年");
  });

  it.each([["迎新年文艺汇演"], ["元旦新年联欢会"], ["新年音乐会"]])("`%s` typed 我们的节日 names no 春节 in the summary", async (name) => {
    const text = await summaryTextOf({
      profile: { 单位名称: "县老年大学", 单位类型: "企事业单位", 报告年度: 2025, 报告期: "全年" },
      ledgers: {
        活动台账: [
          { 日期: "2025-10-29", 活动名称: "重阳敬老节", 活动类型: "我们的节日", 参与数量: 300, 单位: "人" },
          { 日期: "2025-12-28", 活动名称: name, 活动类型: "我们的节日", 参与数量: 500, 单位: "人", 备注: "约数" },
        ],
      },
    });
    expect(text).not.toContain("春节");
  });

  it("a 春节 named as such (`农历新年`, `过大年`, `迎新春`) stays 春节", async () => {
    const text = await summaryTextOf({
      profile: { 单位名称: "县老年大学", 单位类型: "企事业单位", 报告年度: 2025, 报告期: "上半年" },
      ledgers: {
        活动台账: [
          { 日期: "2025-01-20", 活动名称: "农历新年写福字", 活动类型: "我们的节日", 参与数量: 60, 单位: "人" },
          { 日期: "2025-01-25", 活动名称: "过大年包饺子", 活动类型: "我们的节日", 参与数量: 40, 单位: "人" },
        ],
      },
    });
    expect(text).toContain("春节");
  });
});

describe("D13: a month-only date is imported as that month", () => {
  it("keeps `2025年4月` in 日期, as typed, with no 无法读作日期", () => {
    const { result } = imported(activities);
    const row = (result.content.ledgers["活动台账"] ?? []).find((r) => r["活动名称"] === "文明礼仪课堂");
    expect(row?.["日期"]).toBe("2025年4月");
    expect(String(row?.["备注"] ?? "")).not.toContain("2025年4月");
    expect(result.findings.map((f) => f.message).join("\n")).not.toMatch(/2025年4月.*无法读作/u);
  });
});

describe("D14: a 老年大学 is no 学校 of 师生; the roster's teams by their words", () => {
  it.each([["县老年大学"], ["市老干部大学"], ["县老年学校"], ["城关镇老年大学"]])("`%s` → 企事业单位", (name) => {
    const fields = resolveProfile({}, [{ text: `${name}2025年创文活动登记表`, cell: "S!A1" }], []);
    expect(fields.find((f) => f.item === "单位类型")?.value).toBe("企事业单位");
  });

  it("a school stays 学校", () => {
    const fields = resolveProfile({}, [{ text: "城关镇第一小学2025年创文活动登记表", cell: "S!A1" }], []);
    expect(fields.find((f) => f.item === "单位类型")?.value).toBe("学校");
  });

  it("`银龄志愿服务队` → 老年志愿者, `夕阳红文艺队` → 其他", () => {
    const roster: CellValue[][] = [
      ["序号", "姓名", "性别", "联系电话", "服务队"],
      ["1", "赵德厚", "男", "13800001111", "银龄志愿服务队"],
      ["2", "钱秀英", "女", "13800002222", "银龄志愿服务队"],
      ["3", "孙立", "男", "13800003333", "夕阳红文艺队"],
    ];
    const { result } = imported(roster, "志愿者");
    const teams = (result.content.ledgers["志愿服务"] ?? []).map((r) => [r["队伍名称"], r["队伍类型"]]);
    expect(teams).toEqual([["银龄志愿服务队", "老年志愿者"], ["夕阳红文艺队", "其他"]]);
  });
});

describe("D5: a 老年大学 of type 企事业单位 speaks of 学员, never 职工 or 职业道德", () => {
  it("headings and points", async () => {
    const text = await summaryTextOf({
      profile: { 单位名称: "县老年大学", 单位类型: "企事业单位", 报告年度: 2025, 报告期: "全年" },
      ledgers: {
        宣传投放: [{ 类型: "横幅", 位置或内容: "校门口", 数量: 6, 单位: "条" }],
        志愿服务: [{ 队伍名称: "银龄志愿服务队", 队伍类型: "老年志愿者", 注册人数: 40, 服务次数: 12 }],
        活动台账: [
          { 日期: "2025-03-05", 活动名称: "学雷锋老年学员志愿服务", 活动类型: "志愿服务", 参与数量: 80, 单位: "人" },
          { 日期: "2025-05-10", 活动名称: "文明礼仪课堂", 活动类型: "道德讲堂", 参与数量: 200, 单位: "人次" },
          { 日期: "2025-10-29", 活动名称: "重阳敬老节", 活动类型: "我们的节日", 参与数量: 300, 单位: "人" },
          { 日期: "2025-12-28", 活动名称: "迎新年文艺汇演", 活动类型: "文体活动", 参与数量: 500, 单位: "人" },
        ],
      },
    });
    expect(text).not.toMatch(/职工|职业道德|员工/u);
    expect(text).toContain("学员");
  });
});

describe("the tester's workbook (files/make-e.js) through import, check and summarize", () => {
  jest.setTimeout(120000);

  /** e-老年大学自制台账.xlsx as the tester made it: 活动登记 under a merged title, and a 志愿者 roster. */
  async function handmade(dir: string): Promise<string> {
    const ExcelJS = (await import("exceljs")).default;
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("活动登记");
    ws.mergeCells("A1:G1");
    ws.getCell("A1").value = "县老年大学2025年创文活动登记表";
    ws.getCell("A2").value = "填报单位：县老年大学（盖章）";
    ws.getCell("E2").value = "填报时间：2025年12月30日";
    [...activities, [5, "2025.9.30", "校园环境大扫除", "60", "校园", "开学前大扫除", null]].forEach((r, i) => { ws.getRow(3 + i).values = r as ExcelJSValues; });
    ws.getRow(9).values = ["合计", "", "", "1140", "", "", ""];
    const w2 = wb.addWorksheet("志愿者");
    w2.mergeCells("A1:E1");
    w2.getCell("A1").value = "银龄志愿服务队花名册";
    w2.getRow(2).values = ["序号", "姓名", "性别", "联系电话", "服务队"];
    [["1", "赵德厚", "男", "13800001111", "银龄志愿服务队"], ["2", "钱秀英", "女", "13800002222", "银龄志愿服务队"], ["3", "孙立", "男", "13800003333", "夕阳红文艺队"]].forEach((r, i) => { w2.getRow(3 + i).values = r; });
    const file = join(dir, "e-老年大学自制台账.xlsx");
    await wb.xlsx.writeFile(file);
    return file;
  }
  type ExcelJSValues = (string | number | null)[];

  it("imports 企事业单位, 文体活动 and the month `2025年4月`; the workbook checks without 日期必须填写; the summary tells 学员, never 春节, 师生 or 职工", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cl-nu57ed-"));
    const out = join(dir, "e-导入.xlsx");
    const r = await cli("import", await handmade(dir), "-o", out, "--year", "2025", "--period", "全年");
    expect(r.out).toMatch(/单位类型\s*企事业单位（按单位名称推断）/u);
    expect(r.out).not.toMatch(/学校（按单位名称推断）|归为我们的节日：按“迎新年|“2025年4月”无法读作日期/u);
    const checked = (await cli("check", out)).out;
    expect(checked).not.toContain("[value.required]");
    expect(checked).toContain("[value.month-only]");
    const text = (await cli("summarize", out, "-o", dir, "--text", "-", "--force")).out;
    expect(text).not.toMatch(/春节|师生|实践育人|职工|职业道德/u);
    expect(text).toContain("学员");
  });
});
