/** @jest-environment node */
/**
 * The pane's 汇总 and 规范数据 state without a browser: files read one by one through the reader
 * (an unreadable one listed with its reason), the combined workbook written with the lazy
 * writer's function and read back with rows from every unit; the fix selection by group.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { readWorkbook, writeWorkbook } from "../../adapters/xlsx";
import { analyzeWorkbook, standardV1, type Change, type UnitResult } from "../../core";
import { zhCN } from "../strings";
import { enUS } from "../strings-en";
import { acceptedChanges, fixReducer, initialFix } from "./fix";
import { rollupBytes, rollupFileName, rollupFiles, unitErrorLines, unitLine, type InputFile } from "./rollup";
import type { WorkbookSnapshot } from "../../core/grid/types";

const DIR = join(__dirname, "../../../samples/rollup");
const file = (name: string, bytes: Uint8Array): InputFile => ({ name, arrayBuffer: async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer });

describe("rollupFiles", () => {
  it("includes every sample unit, lists a broken file with its reason, and writes rows from every unit", async () => {
    const names = readdirSync(DIR).filter((n) => n.endsWith(".xlsx")).sort();
    const files = [...names.map((n) => file(n, readFileSync(join(DIR, n)))), file("坏文件.xlsx", new TextEncoder().encode("a,b,c\n1,2,3"))];
    const progress: number[] = [];
    const result = await rollupFiles(files, (bytes) => readWorkbook(bytes), { name: "城南街道办事处" }, (done) => progress.push(done));
    expect(progress).toEqual(files.map((_f, i) => i + 1));
    expect(result.units.filter((u) => u.status === "included")).toHaveLength(names.length);
    const broken = result.units.find((u) => u.label === "坏文件.xlsx");
    expect(broken?.status).toBe("unreadable");
    expect(result.findings.find((f) => f.unit === "坏文件.xlsx")?.message).toMatch(/文件无法读取/);
    expect(unitLine(broken!, result.readErrors, zhCN)).toMatch(/^坏文件\.xlsx：无法读取——\S/);

    const bytes = await rollupBytes(result, (catalog, content) => writeWorkbook(catalog, content));
    const snapshot = await readWorkbook(bytes);
    const grid = snapshot.sheets.find((s) => s.name === "活动台账")!;
    const header = grid.values.findIndex((r) => r.includes("填报单位"));
    const col = grid.values[header].indexOf("填报单位");
    const units = new Set(grid.values.slice(header + 1).map((r) => r[col]));
    for (const u of result.units.filter((x) => x.status === "included")) expect(units.has(u.unitName)).toBe(true);
    expect(snapshot.sheets.some((s) => s.name === "汇总")).toBe(true);
    expect(analyzeWorkbook(snapshot, standardV1).facts.profile.unitName).toBe("城南街道办事处");
    expect(rollupFileName(result, "城南街道办事处")).toMatch(/^城南街道办事处-2023年上半年-汇总台账\.xlsx$/);
  });
});

describe("the combining unit's 单位类型 (new-user test 7, D9: the pane had no choice)", () => {
  const names = readdirSync(DIR).filter((n) => n.endsWith(".xlsx")).sort();
  const typeOf = async (combining: { name: string; type?: string }): Promise<unknown> => {
    const result = await rollupFiles(names.map((n) => file(n, readFileSync(join(DIR, n)))), (b) => readWorkbook(b), combining);
    const snapshot = await readWorkbook(await rollupBytes(result, (catalog, content) => writeWorkbook(catalog, content)));
    return analyzeWorkbook(snapshot, standardV1).facts.profile.unitType;
  };

  it("is the one the user chose, else the core's judgement from the name (as the CLI with and without --type)", async () => {
    expect(await typeOf({ name: "青山片区创建办", type: "乡镇" })).toBe("乡镇");
    expect(await typeOf({ name: "青山片区创建办", type: "" })).toBe("机关部门");
    expect(await typeOf({ name: "城南街道办事处" })).toBe("街道");
  });
});

describe("the same file chosen twice", () => {
  it("is read once and listed as chosen twice, not reported as a 重复报送 of itself", async () => {
    const name = readdirSync(DIR).filter((n) => n.endsWith(".xlsx")).sort()[0];
    const bytes = readFileSync(join(DIR, name));
    const result = await rollupFiles([file(name, bytes), file(name, bytes)], (b) => readWorkbook(b), { name: "城南街道办事处" });
    expect(result.units.map((u) => [u.label, u.status])).toEqual([[name, "included"]]);
    expect(result.findings.filter((f) => f.rule === "rollup.duplicate")).toEqual([]);
    expect(result.repeated).toEqual([name]);
  });
});

describe("a unit with errors (issue #12: 仍然汇总, as the CLI's --force)", () => {
  // 光明社区 with one rectified figure above its found one: an error of its 问题整改 row.
  const names = readdirSync(DIR).filter((n) => n.endsWith(".xlsx")).sort();
  const broken = names.find((n) => n.startsWith("guangming")) as string;
  const breakIt = (s: WorkbookSnapshot): WorkbookSnapshot => ({
    ...s,
    sheets: s.sheets.map((g) => {
      if (g.name !== "问题整改") return g;
      const h = g.values.findIndex((r) => r.includes("已整改数"));
      const col = g.values[h].indexOf("已整改数");
      return { ...g, values: g.values.map((r, i) => (i === h + 1 ? r.map((v, j) => (j === col ? 99999 : v)) : r)) };
    }),
  });
  const size = readFileSync(join(DIR, broken)).length;
  const read = async (b: Uint8Array): Promise<WorkbookSnapshot> => (b.length === size ? breakIt(await readWorkbook(b)) : readWorkbook(b));
  const files = names.map((n) => file(n, readFileSync(join(DIR, n))));

  it("is left out with its first errors shown by cell, and included as 强制汇总 when forced", async () => {
    const left = await rollupFiles(files, read, { name: "城南街道办事处" });
    const unit = left.units.find((u) => u.label === broken);
    expect(unit?.status).toBe("errors");
    expect(unitErrorLines(unit!)).toEqual(unit!.errorFindings.slice(0, 3).map((f) => `问题整改!${f.cell}：${f.message}`));
    expect(unitErrorLines(unit!)[0]).toMatch(/^问题整改![A-Z]+\d+：/u);
    expect(left.findings.find((f) => f.unit === broken && f.severity === "error")?.message).not.toMatch(/--force/u);
    const forced = await rollupFiles(files, read, { name: "城南街道办事处" }, undefined, true);
    expect(forced.units.map((u) => [u.label, u.status])).toEqual(names.map((n) => [n, n === broken ? "forced" : "included"]));
    expect(unitErrorLines(forced.units.find((u) => u.label === broken)!)).toEqual([]);
  });
});

describe("fixReducer", () => {
  const c = (cell: string, group: string): Change => ({ sheet: "宣传投放", cell, before: "１", after: 1, kind: "number", note: "n", group });
  it("accepts every group after planning, and toggles a group's changes together", () => {
    const plan = { changes: [c("C3", "宣传投放!3"), c("D3", "宣传投放!3"), c("C4", "宣传投放!4")], skipped: [], unreadable: [], tables: [] };
    const s1 = fixReducer(fixReducer(initialFix, { type: "plan/start" }), { type: "plan/done", plan });
    expect(acceptedChanges(s1)).toHaveLength(3);
    const s2 = fixReducer(s1, { type: "group/toggle", group: "宣传投放!3", on: false });
    expect(acceptedChanges(s2).map((x) => x.cell)).toEqual(["C4"]);
    expect(acceptedChanges(fixReducer(s2, { type: "all/toggle", on: false }))).toEqual([]);
    expect(acceptedChanges(fixReducer(s2, { type: "all/toggle", on: true }))).toHaveLength(3);
  });
});

describe("unitLine / rollupFileName", () => {
  const unit = (over: Partial<UnitResult>): UnitResult => ({ label: "a.xlsx", unitName: "幸福里社区", unitType: "社区", status: "included", rows: 1, errors: 0, warnings: 2, errorFindings: [], indicators: {}, ...over });

  it("names the unit and its file, the file once without a unit name, and an unreadable file with its reason only", () => {
    const none = new Map<string, string>();
    expect(unitLine(unit({}), none, zhCN)).toBe("幸福里社区（a.xlsx）：1 行，0 个错误，2 个提示");
    expect(unitLine(unit({ unitName: "a.xlsx" }), none, zhCN)).toBe("a.xlsx：1 行，0 个错误，2 个提示");
    expect(unitLine(unit({ unitName: "" }), none, enUS)).toBe("a.xlsx: 1 row, 0 errors, 2 warnings");
    const unreadable = unit({ label: "empty.xlsx", unitName: "empty.xlsx", status: "unreadable", rows: 0, warnings: 0, reason: "文件无法读取" });
    expect(unitLine(unreadable, new Map([["empty.xlsx", "不是 .xlsx 文件。"]]), zhCN)).toBe("empty.xlsx：无法读取——不是 .xlsx 文件");
    expect(unitLine(unreadable, none, zhCN)).toBe("empty.xlsx：无法读取——文件无法读取");
    // Read, but no ledger: as the CLI says it, with 导入已有台账 (new-user test 6, D10).
    expect(unitLine({ ...unreadable, label: "会议签到表.xlsx", reason: "不是标准台账（缺少基本信息、组织保障等9个工作表）", notLedger: true }, none, zhCN))
      .toBe("会议签到表.xlsx：不是标准台账（缺少基本信息、组织保障等9个工作表），未汇总；如是本单位自己做的表格，可先用“导入已有台账”导入标准台账。");
  });

  it("names the download after the combining unit, or 汇总台账 when it is blank, once", () => {
    expect(rollupFileName({ year: 2023, period: "上半年" }, " 城南街道 ")).toBe("城南街道-2023年上半年-汇总台账.xlsx");
    expect(rollupFileName({ year: 2023, period: "上半年" }, "")).toBe("汇总台账-2023年上半年.xlsx");
    expect(rollupFileName({ year: 2023, period: "全年" }, "城南/东区 汇总台账")).toBe("城南_东区_汇总台账-2023年全年.xlsx");
    expect(rollupFileName({}, "")).toBe("汇总台账.xlsx");
  });
});

describe("two differing copies of a unit (new-user test 5, D6)", () => {
  it("the page uses the newer File (lastModified), as the CLI uses the newer file", async () => {
    const name = readdirSync(DIR).filter((n) => n.endsWith(".xlsx")).sort()[0];
    const bytes = readFileSync(join(DIR, name));
    // The same unit resent with one activity more.
    const ExcelJS = (await import("exceljs")).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    const sheet = wb.getWorksheet("活动台账")!;
    const header = [...Array(5).keys()].map((i) => i + 1).find((r) => (sheet.getRow(r).values as unknown[]).includes("活动名称"))!;
    const nameCol = (sheet.getRow(header).values as unknown[]).indexOf("活动名称");
    sheet.getCell(header + 1, nameCol).value = "更正后的活动名称";
    const changed = new Uint8Array(await wb.xlsx.writeBuffer());
    const dated = (n: string, b: Uint8Array, lastModified: number): InputFile => ({ ...file(n, b), lastModified });
    const result = await rollupFiles([dated("z-new.xlsx", changed, 2000), dated("a-old.xlsx", bytes, 1000)], (b) => readWorkbook(b), { name: "城南街道办事处" });
    expect(result.units.map((u) => [u.label, u.status])).toEqual([["z-new.xlsx", "included"], ["a-old.xlsx", "duplicate"]]);
    expect(result.findings.find((f) => f.rule === "rollup.duplicate")?.message).toContain("汇总采用的是z-new.xlsx（文件较新）");
  });
});
