/** @jest-environment node */
/**
 * The roll-up core (issue #7) on snapshots built without exceljs: which units are in, the 汇总
 * sheet's figures against sums written out by hand, the combined rows (填报单位, dates, 〔约数〕
 * tags), duplicates, mixed periods, units with errors, and recognising the result as a roll-up.
 */
import { makeSnapshot } from "../../../test/support/snapshot";
import { contentSnapshot } from "../../../test/support/content-snapshot";
import { standardV1, withLedgerExtensions } from "../catalog";
import { validateWorkbook } from "../validate";
import { isRollupWorkbook, reportingUnitsOf, RollupBuilder, rollupSnapshots, type RollupResult } from ".";

const d = 45082; // 2023-06-05
const unitA = makeSnapshot({
  profile: { 单位名称: "甲社区居委会", 常住人口: 5000, 户数: 1800 },
  ledgers: {
    志愿服务: [{ 队伍名称: "甲队", 队伍类型: "党员志愿者", 注册人数: "120多", "服务时长（小时）": 300.5 }],
    问题整改: [{ 问题类别: "占道经营", 发现数: 40, 已整改数: 36, 单位: "处" }],
    宣传投放: [
      { 类型: "公益广告", 数量: 20, 单位: "块", "投入金额（元）": 1000 },
      { 类型: "宣传资料", 数量: 500, 单位: "份", 方式: "发放" },
    ],
    活动台账: [
      { 日期: d, 活动名称: "道德讲堂第1期", 活动类型: "道德讲堂", 参与数量: 30, 单位: "人次" },
      { 日期: "2023.5.4", 活动名称: "青年节座谈", 活动类型: "其他" },
    ],
  },
});
const unitB = makeSnapshot({
  profile: { 单位名称: "乙社区居委会", 常住人口: 3000, 户数: 1000 },
  ledgers: {
    志愿服务: [{ 队伍名称: "乙队", 队伍类型: "青年志愿者", 注册人数: 80, "服务时长（小时）": 100 }],
    问题整改: [{ 问题类别: "乱张贴", 发现数: 20, 已整改数: 20, 单位: "处" }],
    宣传投放: [{ 类型: "宣传栏", 数量: 6, 单位: "块", "投入金额（元）": 2500.25 }],
    先进典型: [{ 荣誉名称: "乙社区好人", 级别: "社区/村", 人数: 3 }],
  },
});
const unitYear = makeSnapshot({ profile: { 单位名称: "丙社区居委会", 报告期: "全年" }, ledgers: { 先进典型: [{ 荣誉名称: "好人", 级别: "市", 人数: 9 }] } });
const unitBad = makeSnapshot({ profile: { 单位名称: "丁社区居委会" }, ledgers: { 问题整改: [{ 问题类别: "乱摆卖", 发现数: 5, 已整改数: 8, 单位: "处" }] } });

const totalRow = (r: RollupResult): Record<string, unknown> => {
  const row = r.summary.rows[r.summary.rows.length - 1];
  return Object.fromEntries(r.summary.columns.map((c, i) => [c.header, row[i]]));
};

describe("rollupSnapshots", () => {
  const result = rollupSnapshots([{ name: "a.xlsx", snapshot: unitA }, { name: "b.xlsx", snapshot: unitB }], { unitName: "城南街道办事处" });

  it("includes every clean unit and exits 0", () => {
    expect(result.exitCode).toBe(0);
    expect(result.units.map((u) => [u.unitName, u.status, u.rows])).toEqual([["甲社区居委会", "included", 6], ["乙社区居委会", "included", 4]]);
    expect(result.findings).toEqual([]);
    expect(result.rows).toBe(10);
  });

  it("writes a 合计 row equal to the sums of the units' figures", () => {
    expect(totalRow(result)).toEqual({
      序号: null, 填报单位: "合计（2个单位）", 单位类型: null, 报告期: null, 台账行数: 10,
      "活动场次（场）": 2, "道德讲堂期数（期）": 1, "志愿者注册人数（人）": 200, "志愿服务时长（小时）": 400.5,
      "公益广告数量（块）": 20, "宣传栏数量（块）": 6, "宣传资料发放份数（份）": 500, "宣传投入金额（元）": 3500.25,
      "先进典型人数（人）": 3, "发现问题数": 60, "已整改数": 56, 总整改率: 56 / 60, 上期遗留问题数: 0, 上期遗留问题已整改数: 0, 状态: null,
    });
    expect(result.summary.rows[0].slice(0, 5)).toEqual([1, "甲社区居委会", "社区", "2023年上半年", 6]);
    expect(result.summary.rows[0][result.summary.rows[0].length - 1]).toBe("已汇总");
  });

  it("gives the combining unit's 基本信息: name, type 街道 by default, the period, summed population", () => {
    expect(result.content.profile).toEqual({ 单位名称: "城南街道办事处", 单位类型: "街道", 报告年度: 2023, 报告期: "上半年", 常住人口: 8000, 户数: 2800 });
  });

  it("keeps each row's values with 填报单位, real dates, and approximations as 〔约数〕 tags", () => {
    const vol = result.content.ledgers["志愿服务"];
    expect(vol[0]).toEqual({ 填报单位: "甲社区居委会", 队伍名称: "甲队", 队伍类型: "党员志愿者", 注册人数: 120, "服务时长（小时）": 300.5, 备注: "〔约数〕注册人数：120多" });
    expect(result.content.ledgers["活动台账"].map((r) => r["日期"])).toEqual([{ date: "2023-06-05" }, { date: "2023-05-04" }]);
    expect(result.content.ledgers["问题整改"].map((r) => r["填报单位"])).toEqual(["甲社区居委会", "乙社区居委会"]);
    expect(Object.keys(result.content.ledgers["问题整改"][0])).not.toContain("整改率");
  });

  it("is recognised as a roll-up, and reads back with the 填报单位 extension, noting only the street's missing 下一步打算", () => {
    const catalog = withLedgerExtensions(standardV1);
    const snapshot = contentSnapshot(result.content, catalog);
    expect(reportingUnitsOf(snapshot)).toEqual(["甲社区居委会", "乙社区居委会"]);
    expect(isRollupWorkbook(snapshot)).toBe(true);
    expect(isRollupWorkbook(unitA)).toBe(false);
    const { findings, workbook } = validateWorkbook(snapshot, catalog);
    expect(findings.map((f) => f.rule)).toEqual(["rollup.own-plans-missing"]);
    expect(workbook.ledgers.volunteers.rows[0].cells.members).toMatchObject({ value: 120, approx: { kind: "over" } });
    expect(workbook.ledgers.volunteers.rows[1].cells.reportingUnit.value).toBe("乙社区居委会");
  });
});

describe("units left out", () => {
  it("copies no honouree's 姓名 into the combined workbook, keeps the counts, and says so (new-user test 14, D13)", () => {
    const named = makeSnapshot({ profile: { 单位名称: "丙村村民委员会" }, ledgers: { 先进典型: [{ 荣誉名称: "好媳妇", 级别: "社区/村", 人数: 2, 姓名: "张桂兰、李秀英" }, { 荣誉名称: "三好学生", 级别: "本单位", 人数: 1, 备注: "学号2022010101，品学兼优" }] } });
    const r = rollupSnapshots([{ name: "b.xlsx", snapshot: unitB }, { name: "c.xlsx", snapshot: named }], { unitName: "燕山镇人民政府" });
    expect(r.content.ledgers["先进典型"]).toEqual([
      { 填报单位: "乙社区居委会", 荣誉名称: "乙社区好人", 级别: "社区/村", 人数: 3 },
      { 填报单位: "丙村村民委员会", 荣誉名称: "好媳妇", 级别: "社区/村", 人数: 2 },
      // A 学号 goes like a phone number (new-user test 15, D7).
      { 填报单位: "丙村村民委员会", 荣誉名称: "三好学生", 级别: "本单位", 人数: 1, 备注: "品学兼优" },
    ]);
    expect(r.findings.map((f) => f.message)).toEqual([
      "丙村村民委员会（c.xlsx）的台账只填了先进典型2行，其余台账均为空；已汇总，请核实该单位是否漏报。",
      "丙村村民委员会的台账中有1处文字含电话号码、身份证号或学号工号（如先进典型!G4），汇总台账未复制含有它们的内容，各单位的原台账不变。",
      "丙村村民委员会的先进典型中有1处填了姓名（如先进典型!E3），姓名属个人信息，汇总台账只汇总人数，不复制姓名，各单位的原台账不变。",
    ]);
  });

  it("reports a duplicate (same 单位名称 and 报告期) and a unit of another period, and sums neither", () => {
    const r = rollupSnapshots([
      { name: "a.xlsx", snapshot: unitA }, { name: "a-copy.xlsx", snapshot: unitA }, { name: "c.xlsx", snapshot: unitYear }, { name: "b.xlsx", snapshot: unitB },
    ], { unitName: "城南街道办事处" });
    expect(r.exitCode).toBe(1);
    // Of two files of one unit, the one kept is decided by the files (fewer errors, then a name that is no copy, then the
    // name in Chinese collation), never by their order (new-user test 3, D6); of identical files the original, never the
    // copy (new-user test 34, D15).
    expect(r.units.map((u) => u.status)).toEqual(["included", "duplicate", "period", "included"]);
    expect(r.findings.map((f) => [f.rule, f.unit])).toEqual([["rollup.duplicate", "a-copy.xlsx"], ["rollup.mixed-period", "c.xlsx"]]);
    expect(r.findings[0].message).toBe("甲社区居委会（a-copy.xlsx）与a.xlsx的单位名称和报告期相同，属重复报送，未汇总（两份内容相同）。");
    expect(r.findings[1].message).toBe("丙社区居委会（c.xlsx）的报告期为2023年全年，与汇总的2023年上半年不同，未汇总。");
    expect(totalRow(r)["志愿者注册人数（人）"]).toBe(200);
    expect(totalRow(r)["先进典型人数（人）"]).toBe(3);
    expect(totalRow(r)["填报单位"]).toBe("合计（2个单位）");
    // The 汇总 sheet's rows are in file-name order; a unit sent twice says which file each row is (new-user test 5, D7).
    expect(r.summary.rows.map((row) => [row[1], row[row.length - 1]])).toEqual([
      ["甲社区居委会", "已汇总（a.xlsx）"], ["甲社区居委会", "未汇总：a-copy.xlsx与a.xlsx重复"], ["乙社区居委会", "已汇总"],
      ["丙社区居委会", "未汇总：报告期为2023年全年，与汇总的2023年上半年不同"], ["合计（2个单位）", null],
    ]);
    // In the other order, the same choice.
    const reversed = rollupSnapshots([
      { name: "b.xlsx", snapshot: unitB }, { name: "a-copy.xlsx", snapshot: unitA }, { name: "a.xlsx", snapshot: unitA },
    ], { unitName: "城南街道办事处" });
    expect(reversed.units.map((u) => [u.label, u.status])).toEqual([["b.xlsx", "included"], ["a-copy.xlsx", "duplicate"], ["a.xlsx", "included"]]);
  });

  it("of two differing copies with equal errors, keeps the one named a correction, else the newer file, and says why (new-user test 5, D6)", () => {
    // The same unit resent with one activity corrected.
    const corrected = makeSnapshot({
      profile: { 单位名称: "甲社区居委会", 常住人口: 5000, 户数: 1800 },
      ledgers: {
        志愿服务: [{ 队伍名称: "甲队", 队伍类型: "党员志愿者", 注册人数: "120多", "服务时长（小时）": 300.5 }],
        问题整改: [{ 问题类别: "占道经营", 发现数: 40, 已整改数: 36, 单位: "处" }],
        宣传投放: [{ 类型: "公益广告", 数量: 20, 单位: "块", "投入金额（元）": 1000 }, { 类型: "宣传资料", 数量: 500, 单位: "份", 方式: "发放" }],
        活动台账: [{ 日期: d, 活动名称: "道德讲堂第1期", 活动类型: "道德讲堂", 参与数量: 30, 单位: "人次" }, { 日期: d, 活动名称: "文明交通劝导", 活动类型: "志愿服务" }],
      },
    });
    const dup = (r: ReturnType<typeof rollupSnapshots>) => [r.units.map((u) => [u.label, u.status]), r.findings.find((f) => f.rule === "rollup.duplicate")?.message];
    // 更正 in the name wins over an older modification time and over the name order.
    expect(dup(rollupSnapshots([{ name: "heping.xlsx", snapshot: unitA, modified: 2000 }, { name: "heping（更正）.xlsx", snapshot: corrected, modified: 1000 }]))).toEqual([
      [["heping.xlsx", "duplicate"], ["heping（更正）.xlsx", "included"]],
      "甲社区居委会（heping.xlsx）与heping（更正）.xlsx的单位名称和报告期相同，属重复报送，未汇总。两份内容不同，汇总采用的是heping（更正）.xlsx（文件名标明更正或重报）；如应采用heping.xlsx，请去掉heping（更正）.xlsx后重新汇总。",
    ]);
    // Names alike: the newer file, in either order.
    for (const order of [[0, 1], [1, 0]]) {
      const inputs = [{ name: "a.xlsx", snapshot: unitA, modified: 1000 }, { name: "b.xlsx", snapshot: corrected, modified: 5000 }];
      expect(dup(rollupSnapshots(order.map((i) => inputs[i])))[1]).toBe("甲社区居委会（a.xlsx）与b.xlsx的单位名称和报告期相同，属重复报送，未汇总。两份内容不同，汇总采用的是b.xlsx（文件较新）；如应采用a.xlsx，请去掉b.xlsx后重新汇总。");
    }
    // No times known: the first name, and the message says how to choose the other.
    expect(dup(rollupSnapshots([{ name: "b.xlsx", snapshot: corrected }, { name: "a.xlsx", snapshot: unitA }]))[1]).toBe("甲社区居委会（b.xlsx）与a.xlsx的单位名称和报告期相同，属重复报送，未汇总。两份内容不同，汇总采用的是a.xlsx；如应采用b.xlsx，请去掉a.xlsx后重新汇总。");
  });

  it("never lets a near-empty or `副本` copy replace the filled ledger because it was saved last (new-user test 27, D12)", () => {
    const stub = makeSnapshot({ profile: { 单位名称: "甲社区居委会" }, ledgers: { 活动台账: [{ 日期: d, 活动名称: "x", 活动类型: "其他" }] } });
    // A copy someone opened and changed: as full as the ledger, saved later, named 副本.
    const edited = makeSnapshot({
      profile: { 单位名称: "甲社区居委会", 常住人口: 5000, 户数: 1800 },
      ledgers: {
        问题整改: [{ 问题类别: "占道经营", 发现数: 40, 已整改数: 40, 单位: "处" }],
        活动台账: ["道德讲堂第1期", "文明交通劝导", "环境整治", "读书会"].map((name) => ({ 日期: d, 活动名称: name, 活动类型: "其他" })),
      },
    });
    const kept = (inputs: Parameters<typeof rollupSnapshots>[0]) => {
      const r = rollupSnapshots(inputs);
      return [r.units.find((u) => u.status === "included")?.label, r.findings.find((f) => f.rule === "rollup.duplicate")?.message];
    };
    expect(kept([{ name: "东门社区台账.xlsx", snapshot: unitA, modified: 1000 }, { name: "东门社区台账 - 副本.xlsx", snapshot: edited, modified: 9000 }])).toEqual([
      "东门社区台账.xlsx",
      "甲社区居委会（东门社区台账 - 副本.xlsx）与东门社区台账.xlsx的单位名称和报告期相同，属重复报送，未汇总。两份内容不同，汇总采用的是东门社区台账.xlsx（另一份的文件名是副本）；如应采用东门社区台账 - 副本.xlsx，请去掉东门社区台账.xlsx后重新汇总。",
    ]);
    expect(kept([{ name: "a.xlsx", snapshot: unitA, modified: 1000 }, { name: "b.xlsx", snapshot: stub, modified: 9000 }])).toEqual([
      "a.xlsx",
      "甲社区居委会（b.xlsx）与a.xlsx的单位名称和报告期相同，属重复报送，未汇总。两份内容不同，汇总采用的是a.xlsx（另一份填写的内容少得多）；如应采用b.xlsx，请去掉a.xlsx后重新汇总。",
    ]);
  });

  it("the 汇总 sheet shows no 总整改率 above 100 % for a unit left out for 已整改数 > 发现数, and counts no such row (new-user test 5, D7; 7, D17)", () => {
    const r = rollupSnapshots([{ name: "a.xlsx", snapshot: unitA }, { name: "d.xlsx", snapshot: unitBad }]);
    const row = r.summary.rows[1];
    const cell = (header: string) => row[r.summary.columns.findIndex((c) => c.header === header)];
    // Its problem counts are blank, never a 0 for the problems it did report (new-user test 34, D15).
    expect([cell("填报单位"), cell("总整改率"), cell("已整改数"), row[row.length - 1]]).toEqual(["丁社区居委会", null, null, "未汇总：有1个错误"]);
  });

  it("says a file that is no ledger is not one (never 9 errors), and never forces it in (new-user test 4, D9)", () => {
    const budget = { sheets: [{ name: "预算", originRow: 1, originCol: 1, values: [["科目", "金额"], ["办公", 1200]], tables: [] }] };
    for (const force of [false, true]) {
      const r = rollupSnapshots([{ name: "a.xlsx", snapshot: unitA }, { name: "预算表.xlsx", snapshot: budget }], { force });
      expect(r.units.map((u) => [u.label, u.status])).toEqual([["a.xlsx", "included"], ["预算表.xlsx", "unreadable"]]);
      expect(r.findings.map((f) => f.message)).toContain("预算表.xlsx：不是标准台账（缺少基本信息、组织保障等9个工作表），未汇总；如是本单位自己做的表格，可先用“导入已有台账”导入标准台账。");
    }
  });

  it("leaves out a unit with errors, listing them; --force includes it with a warning", () => {
    const r = rollupSnapshots([{ name: "a.xlsx", snapshot: unitA }, { name: "d.xlsx", snapshot: unitBad }]);
    expect(r.exitCode).toBe(1);
    expect(r.units[1]).toMatchObject({ status: "errors", errors: 1 });
    expect(r.units[1].errorFindings.map((f) => [f.sheet, f.cell, f.severity])).toEqual([["问题整改", "C3", "error"]]);
    expect(r.findings[0].rule).toBe("rollup.unit-errors");
    // A core message names no front end's override (issue #12): the CLI adds `--force`, the pane its own words.
    expect(r.findings[0].message).toMatch(/有1个错误，未汇总；改正后重新汇总。$/u);
    expect(r.findings[0].message).not.toContain("--force");
    const forced = rollupSnapshots([{ name: "a.xlsx", snapshot: unitA }, { name: "d.xlsx", snapshot: unitBad }], { force: true });
    expect(forced.exitCode).toBe(0);
    expect(forced.units[1].status).toBe("forced");
    expect(forced.findings.map((f) => [f.severity, f.rule])).toEqual([["warning", "rollup.forced"], ["warning", "rollup.thin"]]);
    // Forcing never swaps a unit's clean file for its copy with errors, whatever the order (new-user test 3, D5).
    const bBad = makeSnapshot({ profile: { 单位名称: "乙社区居委会", 常住人口: 3000, 户数: 1000 }, ledgers: { 问题整改: [{ 问题类别: "乱张贴", 发现数: 20, 已整改数: 25, 单位: "处" }] } });
    for (const order of [[["a-bad.xlsx", bBad], ["z.xlsx", unitB]], [["z.xlsx", unitB], ["a-bad.xlsx", bBad]]] as const) {
      const both = rollupSnapshots(order.map(([name, snapshot]) => ({ name, snapshot })), { force: true });
      expect(both.units.map((u) => [u.label, u.status]).sort()).toEqual([["a-bad.xlsx", "duplicate"], ["z.xlsx", "included"]]);
      expect(both.findings.find((f) => f.rule === "rollup.duplicate")?.message).toBe("乙社区居委会（a-bad.xlsx）与z.xlsx的单位名称和报告期相同，属重复报送，未汇总。两份内容不同，汇总采用的是z.xlsx（错误较少）；如应采用a-bad.xlsx，请去掉z.xlsx后重新汇总。");
    }
    // The forced unit's row with 已整改数 above 发现数 is in no figure, as in the combined summary (new-user test 7, D17).
    expect(totalRow(forced)["发现问题数"]).toBe(40);
  });

  it("lists an unreadable file, and exits 2 when no unit can be included", () => {
    const b = new RollupBuilder({ unitName: "城南街道办事处" });
    b.add("a.xlsx", unitA);
    b.addUnreadable("x.xlsx", "这是旧版 .xls 文件。");
    const r = b.finish();
    expect(r.exitCode).toBe(1);
    expect(r.units[1]).toMatchObject({ status: "unreadable", unitName: "x.xlsx" });
    expect(r.findings[0].message).toBe("x.xlsx：文件无法读取，未汇总（这是旧版 .xls 文件）。");
    expect(rollupSnapshots([]).exitCode).toBe(2);
    expect(rollupSnapshots([{ name: "d.xlsx", snapshot: unitBad }]).exitCode).toBe(2);
  });
});
