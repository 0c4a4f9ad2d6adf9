/**
 * New-user test 55 (docs/new-user-test-pane-55.md), import: D1 (a 问题清单's `已整改` column of numbers was left out
 * and 已整改数 filled with 0, so the summary said `均未整改到位`) and D19 (the unit's name not read from a title that
 * opens with `县人民法院`; the suggested command in the error named only the first input file).
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as XLSX from "@e965/xlsx";
import { importLedgers } from "../src/core/import";
import { resolveProfile } from "../src/core/import/profile";
import type { CellValue } from "../src/core/grid/types";
import { cli } from "./support/cli";

jest.setTimeout(90000);

const opts = { unitName: "县人民法院", unitType: "机关部门", year: 2024, period: "全年" } as const;
const grid = (name: string, values: readonly (readonly CellValue[])[]) => ({ name, originRow: 1, originCol: 1, tables: [], merges: [], values });
const imported = (values: readonly (readonly CellValue[])[]) =>
  importLedgers([{ label: "问题清单-gbk.csv", snapshot: { sheets: [grid("问题清单-gbk", values)] } }], opts);

describe("D1: a 问题清单's column of rectified counts", () => {
  const list = [
    ["问题类型", "发现数量", "已整改", "备注"],
    ["院内卫生死角", 8, 7, null],
    ["乱停车", "１２", 10, null],
    ["合计", 20, 17, null],
  ];

  it("maps `已整改` (the standard 已整改数 without its 数) to 已整改数: 7 and 10, never 0", () => {
    const { result, proposal } = imported(list);
    const cols = proposal.blocks[0].columns.map((c) => `${c.header}→${c.field ?? "不导入"}`);
    expect(cols).toEqual(["问题类型→问题类别", "发现数量→发现数", "已整改→已整改数", "备注→备注"]);
    const rows = result.content.ledgers["问题整改"] ?? [];
    expect(rows.map((r) => [r["发现数"], r["已整改数"]])).toEqual([[8, 7], [12, 10]]);
    expect(result.guesses.filter((g) => g.field === "已整改数")).toEqual([]);
    expect(result.findings.filter((f) => /合计/u.test(f.message))).toEqual([]);
  });

  it.each([["已整改数量"], ["整改数"], ["已完成整改"], ["整改完成数"]])("maps `%s` too", (header) => {
    const { result } = imported([["问题类型", "发现数量", header], ["卫生死角", 8, 7]]);
    expect((result.content.ledgers["问题整改"] ?? []).map((r) => r["已整改数"])).toEqual([7]);
  });

  it("checks the 合计 row's 已整改 against the rows above", () => {
    const { result } = imported([...list.slice(0, 3), ["合计", 20, 18, null]]);
    expect(result.findings.map((f) => f.message)).toContain("问题清单-gbk!C4：合计行“已整改”为18，上方各行之和为17，两者不符；合计行未导入，导入的是各行数字，请核对。");
  });

  it("a status column of words (`已整改` holding 是/否) stays 整改情况", () => {
    const { result } = imported([["问题类型", "发现数量", "已整改"], ["卫生死角", 8, "是"], ["乱停车", 12, "否"]]);
    expect((result.content.ledgers["问题整改"] ?? []).map((r) => [r["发现数"], r["已整改数"]])).toEqual([[8, 8], [12, 0]]);
  });

  it("never fills 0 when a column that could hold 已整改数 was left out: blank, and a finding asks the user", () => {
    const { result } = imported([["问题类型", "发现数量", "改了多少"], ["卫生死角", 8, 7], ["乱停车", 12, 10]]);
    const rows = result.content.ledgers["问题整改"] ?? [];
    expect(rows.map((r) => r["已整改数"])).toEqual([undefined, undefined]);
    expect(result.guesses.filter((g) => g.field === "已整改数")).toEqual([]);
    expect(result.findings.map((f) => f.message)).toContain("问题清单-gbk!C1：“改了多少”列未导入，已整改数未填写（不按0计），请核对后在标准台账中补填。");
  });
});

describe("D19: the unit from a title that opens with its name", () => {
  it("reads 县人民法院 and 机关部门 from `县人民法院2024年普法宣传活动统计表`", () => {
    const fields = resolveProfile({}, [{ text: "县人民法院2024年普法宣传活动统计表", cell: "普法活动!A1" }], []);
    expect(fields.map((f) => [f.item, f.value, f.source])).toEqual([
      ["单位名称", "县人民法院", "title"],
      ["单位类型", "机关部门", "unit-name"],
      ["报告年度", 2024, "title"],
      ["报告期", undefined, undefined],
    ]);
  });

  it("reads a name before 关于/创文/台账 too", () => {
    const name = (t: string) => resolveProfile({}, [{ text: t, cell: "S!A1" }], [])[0].value;
    expect(name("县人民检察院关于创文工作的台账")).toBe("县人民检察院");
    expect(name("城关镇第一小学创文台账")).toBe("城关镇第一小学");
  });

  it("the suggested command names every input file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "nu55-ca-"));
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([["活动时间", "活动名称", "参加人数"], ["3月5日", "学雷锋普法进社区", 30]]), "普法活动");
    const a = join(dir, "自有台账.xlsx");
    XLSX.writeFile(book, a);
    const b = join(dir, "问题清单.csv");
    writeFileSync(b, "问题类型,发现数量,已整改\n卫生死角,8,7\n");
    const r = await cli("import", a, b, "-o", join(dir, "out.xlsx"));
    expect(r.code).toBe(2);
    expect(r.err).toContain(`如 campaign-ledger import ${a} ${b} -o ${join(dir, "out.xlsx")} --unit …`);
  });
});
