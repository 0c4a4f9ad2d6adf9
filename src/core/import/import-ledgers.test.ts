import type { CellValue, SheetGrid } from "../grid/types";
import { findTables, headerVocabulary, importKinds, importLedgers, importReport, mappingOf, parseMapping } from ".";
import { standardV1 } from "../catalog";

/** A sheet from rows (row 1 first); `merges` in A1. */
function sheet(name: string, rows: readonly (readonly CellValue[])[], merges: readonly string[] = []): SheetGrid {
  return { name, originRow: 1, originCol: 1, values: rows, tables: [], merges };
}
const vocab = headerVocabulary(importKinds(standardV1));
const opts = { unitName: "幸福里社区", unitType: "社区", year: 2023, period: "上半年" } as const;

const activitySheet = sheet(
  "活动",
  [
    ["幸福里社区2023年上半年创文活动台账"],
    [],
    ["序号", "活动时间", "活动名称", "参加人数", "活动地点", "备注"],
    [1, "2023.3.5", "学雷锋志愿服务", "80人", "社区广场", null],
    [2, "3月12日", "植树活动", "约50", "滨河公园", "联合共建单位"],
    [3, "2023年6月22日", "端午包粽子", "一百二十", "活动室", null],
    ["合计", null, null, 250, null, null],
    [],
    ["填表人：张三", null, "审核人：李四"],
  ],
  ["A1:F1"],
);

describe("findTables", () => {
  it("skips the merged title and the spacer, reads the header, the data, the 合计 row and the signature line", () => {
    const layout = findTables(activitySheet, vocab);
    expect(layout.blocks).toHaveLength(1);
    const b = layout.blocks[0];
    expect([b.titleRows, b.headerRows, b.dataRows, b.totalRows]).toEqual([[1], [3], [4, 5, 6], [7]]);
    expect(b.columns.map((c) => c.header)).toEqual(["序号", "活动时间", "活动名称", "参加人数", "活动地点", "备注"]);
    expect(layout.rows.get(9)).toBe("signature");
  });

  it("reads a two-row header under a merged group header", () => {
    const grid = sheet(
      "S",
      [
        ["序号", "活动时间", "活动情况", null, "参与情况", null],
        [null, null, "活动名称", "活动地点", "参加人数", "参与对象"],
        [1, "2023.4.1", "文明交通劝导", "路口", 30, "志愿者"],
      ],
      ["A1:A2", "B1:B2", "C1:D1", "E1:F1"],
    );
    const b = findTables(grid, vocab).blocks[0];
    expect(b.headerRows).toEqual([1, 2]);
    expect(b.columns.map((c) => c.header)).toEqual(["序号", "活动时间", "活动情况/活动名称", "活动情况/活动地点", "参与情况/参加人数", "参与情况/参与对象"]);
    expect(b.dataRows).toEqual([3]);
  });

  it("finds two blocks on one sheet, each with its title", () => {
    const grid = sheet("综合", [
      ["一、活动开展情况"],
      ["活动时间", "活动名称", "参加人数"],
      ["2023.3.5", "植树", 30],
      [],
      ["二、宣传投放情况"],
      ["类型", "投放位置", "数量（块）"],
      ["公益广告", "幸福路", 12],
    ]);
    const blocks = findTables(grid, vocab).blocks;
    expect(blocks.map((b) => [b.title, b.headerRows, b.dataRows])).toEqual([
      ["一、活动开展情况", [2], [3]],
      ["二、宣传投放情况", [6], [7]],
    ]);
  });
});

describe("importLedgers", () => {
  it("maps an activity list, reads every value through the normalisation and accounts for every cell", () => {
    const { proposal, result } = importLedgers([{ label: "旧台账.xlsx", snapshot: { sheets: [activitySheet] } }], opts);
    expect(proposal.blocks[0].kind).toBe("活动台账");
    expect(proposal.blocks[0].columns.map((c) => [c.header, c.field ?? null])).toEqual([
      ["序号", null], ["活动时间", "日期"], ["活动名称", "活动名称"], ["参加人数", "参与数量"], ["活动地点", "地点"], ["备注", "备注"],
    ]);
    expect(result.content.ledgers["活动台账"]).toEqual([
      { 日期: { date: "2023-03-05" }, 活动名称: "学雷锋志愿服务", 活动类型: "志愿服务", 参与数量: 80, 单位: "人", 地点: "社区广场" },
      { 日期: { date: "2023-03-12" }, 活动名称: "植树活动", 活动类型: "环境整治", 参与数量: 50, 单位: "人", 地点: "滨河公园", 备注: "联合共建单位；〔约数〕参与数量：约50" },
      { 日期: { date: "2023-06-22" }, 活动名称: "端午包粽子", 活动类型: "我们的节日", 参与数量: 120, 单位: "人", 地点: "活动室" },
    ]);
    const fate = Object.fromEntries(result.cells.map((c) => [c.cell, c.status === "imported" ? c.destination : c.reason]));
    expect(fate).toMatchObject({ "活动!A1": "title", "活动!A3": "header", "活动!A4": "unmapped", "活动!B4": "活动台账!A3", "活动!D5": "活动台账!D4", "活动!A7": "total", "活动!D7": "total", "活动!A9": "signature", "活动!C9": "signature" });
    expect(result.cells).toHaveLength(27);
    expect(result.findings).toEqual([]);
    expect(result.guesses.map((g) => `${g.destination} ${g.value}`)).toContain("活动台账!C5 我们的节日");
  });

  it("flags a 合计 that does not add up, at its cell", () => {
    const grid = sheet("S", [["活动时间", "活动名称", "参加人数"], ["2023.3.5", "植树", 30], ["2023.3.6", "义诊", 20], ["合计", null, 60]]);
    const { result } = importLedgers([{ label: "a.xlsx", snapshot: { sheets: [grid] } }], opts);
    expect(result.findings.map((f) => [f.rule, f.cell])).toEqual([["import.total-mismatch", "S!C4"]]);
  });

  it("reshapes a 问题清单 into 问题整改 rows of 发现数 1 with the status read", () => {
    const grid = sheet("问题清单", [
      ["序号", "问题地点", "问题描述", "整改情况", "责任单位", "整改时限"],
      [1, "幸福路12号", "店外经营", "已整改", "城管中队", "2023.4.30"],
      [2, "3栋楼道", "堆放杂物", "整改中", "物业", "5月10日"],
    ]);
    const { result } = importLedgers([{ label: "a.xlsx", snapshot: { sheets: [grid] } }], opts);
    expect(result.content.ledgers["问题整改"]).toEqual([
      { 问题类别: "占道经营", 发现数: 1, 已整改数: 1, 单位: "处", 责任单位: "城管中队", 整改时限: { date: "2023-04-30" }, 备注: "幸福路12号；店外经营" },
      { 问题类别: "其他", 发现数: 1, 已整改数: 0, 单位: "处", 责任单位: "物业", 整改时限: { date: "2023-05-10" }, 备注: "3栋楼道；堆放杂物；整改情况：整改中" },
    ]);
  });

  it("counts a 花名册 per team and never copies a name, phone or ID number", () => {
    const grid = sheet("志愿者花名册", [
      ["序号", "姓名", "性别", "身份证号", "联系电话", "所属队伍", "服务时长"],
      [1, "王一", "男", "110101199001011234", "13800001111", "党员先锋队", 12],
      [2, "李二", "女", "110101199202021234", "13800002222", "党员先锋队", 8.5],
      [3, "赵三", "女", "110101199303031234", "13800003333", "巾帼服务队", 4],
    ]);
    const { result } = importLedgers([{ label: "a.xlsx", snapshot: { sheets: [grid] } }], opts);
    expect(result.content.ledgers["志愿服务"]).toEqual([
      { 队伍名称: "党员先锋队", 队伍类型: "党员志愿者", 注册人数: 2, "服务时长（小时）": 20.5 },
      { 队伍名称: "巾帼服务队", 队伍类型: "巾帼志愿者", 注册人数: 1, "服务时长（小时）": 4 },
    ]);
    const personal = result.cells.filter((c) => c.status === "skipped" && c.reason === "personal").map((c) => c.cell);
    expect(personal).toEqual(expect.arrayContaining(["志愿者花名册!B2", "志愿者花名册!D2", "志愿者花名册!E4"]));
    expect(JSON.stringify(result)).not.toMatch(/王一|13800001111|110101199001011234/u);
    expect(importReport({ ...importLedgers([{ label: "a.xlsx", snapshot: { sheets: [grid] } }], opts) }).join("\n")).not.toMatch(/王一|13800001111/u);
  });

  it("keeps a 花名册's approximate hours approximate in the team's sum (new-user test 25, D19: 约20 never an exact 40)", () => {
    const grid = sheet("志愿者花名册", [
      ["序号", "姓名", "所属队伍", "服务时长"],
      [1, "王一", "阅读推广队", 12],
      [2, "李二", "阅读推广队", "8小时"],
      [3, "赵三", "阅读推广队", "约20"],
    ]);
    const { result } = importLedgers([{ label: "a.xlsx", snapshot: { sheets: [grid] } }], opts);
    expect(result.content.ledgers["志愿服务"]).toEqual([
      { 队伍名称: "阅读推广队", 队伍类型: "其他", 注册人数: 3, "服务时长（小时）": 40, 备注: "〔约数〕服务时长（小时）：约40" },
    ]);
  });

  it("takes the profile from the title and the dates, and names what is missing", () => {
    const { result, proposal } = importLedgers([{ label: "a.xlsx", snapshot: { sheets: [activitySheet] } }]);
    expect(proposal.profile.map((p) => [p.item, p.value, p.source])).toEqual([
      ["单位名称", "幸福里社区", "title"], ["单位类型", "社区", "unit-name"], ["报告年度", 2023, "title"], ["报告期", "上半年", "title"],
    ]);
    expect(result.ok).toBe(true);
    const bare = sheet("S", [["活动时间", "活动名称"], ["3月5日", "植树"]]);
    const none = importLedgers([{ label: "a.xlsx", snapshot: { sheets: [bare] } }]);
    expect(none.result.ok).toBe(false);
    expect(none.result.missing).toEqual(["单位名称", "单位类型", "报告年度", "报告期"]);
  });

  it("a saved mapping, through JSON, maps the same layout again", () => {
    const first = importLedgers([{ label: "a.xlsx", snapshot: { sheets: [activitySheet] } }], opts);
    const parsed = parseMapping(JSON.stringify(mappingOf(first.proposal)));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const again = importLedgers([{ label: "b.xlsx", snapshot: { sheets: [activitySheet] } }], { ...opts, mapping: parsed.mapping });
    expect(again.result.content).toEqual(first.result.content);
    expect(again.proposal.blocks[0].columns.every((c) => c.confidence === 1 || c.field === undefined)).toBe(true);
    expect(parseMapping("{}")).toMatchObject({ ok: false });
  });
});

describe("a table of figures per place (one row per village or unit, one column per figure)", () => {
  const wide = sheet("统计", [
    ["幸福里街道各社区创文工作统计表"],
    ["社区", "入户宣传（户）", "清理小广告（处）", "参加人次", "备注"],
    ["东湖社区", 120, 35, "60余人次", null],
    ["西湖社区", "约80", 20, 45, "含周末"],
    ["南湖社区", 95, "１２", 30, null],
    ["合计", 295, 67, 135, null],
  ], ["A1:E1"]);

  it("becomes one 其他指标 row per figure column, summed, 单位 from the header, 表述 from the approximate parts", () => {
    const { proposal, result } = importLedgers([{ label: "w.xlsx", snapshot: { sheets: [wide] } }], opts);
    expect(proposal.blocks[0].kind).toBe("分单位统计表");
    expect(result.content.ledgers["其他指标"]).toEqual([
      { 板块: "宣传教育", 指标名称: "入户宣传", 数值: 295, 单位: "户", 表述: "约", 备注: "含西湖社区约80户" },
      { 板块: "环境整治", 指标名称: "清理小广告", 数值: 67, 单位: "处", 表述: "精确" },
      { 板块: "其他", 指标名称: "参加人次", 数值: 135, 单位: "人次", 表述: "余", 备注: "含东湖社区60余人次" },
    ]);
    const fate = (cell: string) => result.cells.find((c) => c.cell === cell);
    expect(fate("统计!A3")).toMatchObject({ status: "skipped", reason: "unmapped" });
    expect(fate("统计!B4")).toEqual({ cell: "统计!B4", status: "imported", destination: "其他指标!C3" });
    expect(fate("统计!E4")).toMatchObject({ status: "skipped", reason: "unmapped" });
    expect(fate("统计!B6")).toMatchObject({ status: "skipped", reason: "total" });
    expect(result.findings.filter((f) => f.rule === "import.total-mismatch")).toEqual([]);
  });

  it("is not taken for a table a ledger's headers explain (问题整改 per 责任单位), nor without a column of names", () => {
    const perUnit = sheet("S", [["责任单位", "发现数（处）", "已整改数（处）"], ["城管局", 12, 10], ["住建局", 8, 8]]);
    expect(importLedgers([{ label: "a", snapshot: { sheets: [perUnit] } }], opts).proposal.blocks[0].kind).toBe("问题整改");
    const noNames = sheet("S", [["月份", "人员（人次）", "车辆（台次）"], ["4月", 12, 3], ["5月", 8, 2]]);
    expect(importLedgers([{ label: "a", snapshot: { sheets: [noNames] } }], opts).proposal.blocks[0]?.kind).toBeUndefined();
  });

  it("maps the same through a saved mapping", () => {
    const first = importLedgers([{ label: "w.xlsx", snapshot: { sheets: [wide] } }], opts);
    const parsed = parseMapping(JSON.stringify(mappingOf(first.proposal)));
    if (!parsed.ok) throw new Error("mapping");
    const again = importLedgers([{ label: "w.xlsx", snapshot: { sheets: [wide] } }], { ...opts, mapping: parsed.mapping });
    expect(again.result.content).toEqual(first.result.content);
  });
});

describe("importLedgers on any input", () => {
  it("never throws and accounts for every non-empty cell of random sheets", () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const fc = require("fast-check") as typeof import("fast-check");
    const words = ["序号", "活动时间", "活动名称", "参加人数", "合计", "填表人：某", "注：无", "姓名", "身份证号", "所属队伍", "3月5日", "约50", "一百二十", "#REF!", "", " ", "整改中", "问题描述"];
    const cell = fc.oneof(fc.constantFrom(...words), fc.integer({ min: -5, max: 50000 }), fc.constant(null), fc.boolean(), fc.string({ maxLength: 6 }));
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 7 }), { maxLength: 14 }), fc.array(fc.constantFrom("A1:C1", "A2:A3", "B1:B1", "Z9:A1", "bad"), { maxLength: 3 }), (rows, merges) => {
        const grid = sheet("S", rows, merges);
        const { result } = importLedgers([{ label: "x", snapshot: { sheets: [grid] } }], opts);
        const nonEmpty = rows.flat().filter((v) => v !== null && String(v).trim() !== "").length;
        expect(result.cells.length).toBe(nonEmpty);
      }),
      { numRuns: 300, seed: 16 },
    );
  });
});
