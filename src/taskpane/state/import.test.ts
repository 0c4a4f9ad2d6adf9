import type { ImportSource, WorkbookSnapshot } from "../../core";
import { canConfirm, cellCounts, chosenSources, editsMapping, fieldNames, importReducer, initialImport, isEdited, kindNames, profileOptions, rowsPerLedger, type ImportAction, type ImportState } from "./import";

/** An activity list as an office keeps it: a title without the unit, a header, two rows, a 合计 row. */
const SHEET: WorkbookSnapshot = {
  sheets: [
    {
      name: "活动开展",
      originRow: 1,
      originCol: 1,
      values: [
        ["2023年上半年活动开展情况", null, null, null, null],
        ["序号", "活动时间", "活动名称", "参加人数", "活动地点"],
        [1, "2023.3.5", "学雷锋志愿服务活动", "80人", "社区广场"],
        [2, "3月12日", "环境卫生大扫除", "约50", "各小区"],
        ["合计", null, null, 130, null],
      ],
      tables: [],
    },
    { name: "备忘", originRow: 1, originCol: 1, values: [["记得交表"]], tables: [] },
  ],
};
const SOURCE: ImportSource = { label: "旧台账.xlsx", snapshot: { sheets: [SHEET.sheets[0]] } };

const run = (actions: readonly ImportAction[], from: ImportState = initialImport): ImportState => actions.reduce(importReducer, from);
const read = (): ImportState => run([{ type: "list/done", sheets: [{ name: "活动开展", clash: false }, { name: "备忘", clash: false }] }, { type: "sheet/toggle", sheet: "活动开展", on: true }, { type: "read/start" }, { type: "read/done", sources: [SOURCE] }]);

describe("import state", () => {
  it("offers the sheets, the only one chosen at once, and keeps the choice in sheet order", () => {
    expect(run([{ type: "list/done", sheets: [{ name: "A", clash: false }] }]).chosen).toEqual(["A"]);
    const s = run([{ type: "list/done", sheets: [{ name: "A", clash: false }, { name: "B", clash: true }] }, { type: "sheet/toggle", sheet: "B", on: true }, { type: "sheet/toggle", sheet: "A", on: true }]);
    expect(s.phase).toBe("pick");
    expect(s.chosen).toEqual(["A", "B"]);
    expect(run([{ type: "sheet/toggle", sheet: "A", on: false }], s).chosen).toEqual(["B"]);
  });

  it("a file picked for import offers its non-empty sheets, all chosen; the chosen ones are the source", () => {
    const s = run([{ type: "files/done", files: [{ label: "x.xlsx", snapshot: { sheets: [...SHEET.sheets, { name: "空", originRow: 1, originCol: 1, values: [[null]], tables: [] }] } }] }]);
    expect(s.sheets.map((x) => x.name)).toEqual(["活动开展", "备忘"]);
    expect(s.chosen).toEqual(["活动开展", "备忘"]);
    expect(chosenSources(s.files!, ["活动开展"]).map((f) => [f.label, f.snapshot.sheets.map((x) => x.name)])).toEqual([["x.xlsx", ["活动开展"]]]);
  });

  it("several files picked together (new-user test 7, D8) list their sheets by file and are imported as the CLI's sources", () => {
    const other: ImportSource = { label: "b.csv", snapshot: { sheets: [{ name: "b", originRow: 1, originCol: 1, values: [["日期", "活动名称"], ["2023-03-05", "清扫"]], tables: [] }] } };
    const s = run([{ type: "files/done", files: [{ label: "a.xlsx", snapshot: SHEET }, other] }]);
    expect(s.sheets.map((x) => x.name)).toEqual(["a.xlsx·活动开展", "a.xlsx·备忘", "b.csv·b"]);
    expect(chosenSources(s.files!, ["a.xlsx·活动开展", "b.csv·b"]).map((f) => [f.label, f.snapshot.sheets.map((x) => x.name)])).toEqual([["a.xlsx", ["活动开展"]], ["b.csv", ["b"]]]);
    expect(chosenSources(s.files!, ["b.csv·b"]).map((f) => f.label)).toEqual(["b.csv"]);
  });

  it("proposes each table's kind and columns, and asks for the profile fields the sheets do not give", () => {
    const s = read();
    expect(s.phase).toBe("review");
    const block = s.outcome!.proposal.blocks[0];
    expect(block.kind).toBe("活动台账");
    expect(block.columns.find((c) => c.header === "活动时间")?.field).toBe("日期");
    // The title gives the year and period, not the unit.
    expect(s.asked).toEqual(["单位名称", "单位类型"]);
    expect(s.outcome!.result.ok).toBe(false);
    expect(canConfirm(s)).toBe(false);
  });

  it("takes the typed profile, keeps asking for it, and allows confirming once every field is there", () => {
    const s = run([{ type: "profile/set", item: "单位名称", value: "幸福里社区居委会" }], read());
    // 单位类型 follows from the name: no longer missing, still shown (it was asked for).
    expect(s.outcome!.result.ok).toBe(true);
    expect(s.asked).toEqual(["单位名称", "单位类型"]);
    expect(canConfirm(s)).toBe(true);
    expect(rowsPerLedger(s.outcome!)).toEqual([["活动台账", 2]]);
  });

  it("re-assigns a column: only that column is the user's, and the rows follow", () => {
    const base = run([{ type: "profile/set", item: "单位名称", value: "幸福里社区居委会" }], read());
    const s = run([{ type: "column/set", sheet: "活动开展", block: 1, header: "活动地点", field: "备注" }], base);
    expect(isEdited(s, "活动开展", 1, "活动地点")).toBe(true);
    expect(isEdited(s, "活动开展", 1, "活动名称")).toBe(false);
    expect(editsMapping(s.edits)).toEqual({ format: "campaign-ledger/import-mapping", version: 1, sheets: [{ sheet: "活动开展", block: 1, kind: "活动台账", columns: { 活动地点: "备注" } }] });
    const rows = s.outcome!.result.content.ledgers["活动台账"];
    expect(rows[0]["地点"]).toBeUndefined();
    expect(String(rows[0]["备注"])).toContain("社区广场");
    // 不导入: the column's cells are listed as unmapped.
    const off = run([{ type: "column/set", sheet: "活动开展", block: 1, header: "活动地点", field: null }], s);
    expect(off.outcome!.result.cells.filter((c) => c.status === "skipped" && c.reason === "unmapped").map((c) => c.cell).filter((c) => c.includes("!E"))).toEqual(["活动开展!E3", "活动开展!E4"]);
  });

  it("a new kind re-proposes the table's columns for it; 不导入 leaves the table out", () => {
    const s = run([{ type: "kind/set", sheet: "活动开展", block: 1, kind: "宣传投放" }], read());
    expect(s.outcome!.proposal.blocks[0].kind).toBe("宣传投放");
    expect(fieldNames("宣传投放")).toContain(s.outcome!.proposal.blocks[0].columns.find((c) => c.field)?.field);
    const none = run([{ type: "kind/set", sheet: "活动开展", block: 1, kind: null }, { type: "profile/set", item: "单位名称", value: "幸福里社区居委会" }], s);
    expect(none.outcome!.proposal.blocks[0].kind).toBeUndefined();
    expect(rowsPerLedger(none.outcome!)).toEqual([]);
    expect(canConfirm(none)).toBe(false);
  });

  it("lists the kinds and fields from the catalog", () => {
    expect(kindNames()).toEqual(expect.arrayContaining(["活动台账", "问题整改", "问题清单", "志愿者花名册"]));
    expect(fieldNames("活动台账")).toEqual(expect.arrayContaining(["日期", "活动名称", "参与数量", "备注"]));
    expect(fieldNames(undefined)).toEqual([]);
  });

  it("reads profile options, leaving out values the catalog refuses", () => {
    expect(profileOptions({ 单位名称: " 幸福里社区 ", 单位类型: "社区", 报告年度: "2023", 报告期: "上半年" })).toEqual({ unitName: "幸福里社区", unitType: "社区", year: 2023, period: "上半年" });
    expect(profileOptions({ 单位类型: "公司", 报告年度: "23", 报告期: "春季" })).toEqual({});
  });

  it("counts the cell accounting by reason", () => {
    const s = run([{ type: "profile/set", item: "单位名称", value: "幸福里社区居委会" }], read());
    const counts = cellCounts(s.outcome!.result.cells);
    expect(counts.total).toBe(s.outcome!.result.cells.length);
    expect(counts.imported + counts.skipped.reduce((n, x) => n + x.count, 0)).toBe(counts.total);
    expect(counts.skipped.map((x) => x.reason)).toEqual(expect.arrayContaining(["title", "header", "total"]));
  });

  it("goes through writing to done, and back to review after a failure", () => {
    const s = run([{ type: "profile/set", item: "单位名称", value: "幸福里社区居委会" }, { type: "write/start" }], read());
    expect(s.phase).toBe("writing");
    const failed = run([{ type: "failed", error: "x" }], s);
    expect(failed.error).toBe("x");
    expect(run([{ type: "back" }], failed).phase).toBe("review");
    const done = run([{ type: "write/done", written: { kind: "download", bytes: new Uint8Array(1), file: "a.xlsx", check: { errors: 0, warnings: 0 } } }], s);
    expect(done.phase).toBe("done");
  });
});
