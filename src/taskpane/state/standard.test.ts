import { analyzeWorkbook, standardV1, type Finding } from "../../core";
import { zhCN } from "../strings";
import { enUS } from "../strings-en";
import { missingStandardSheets, notStandardMessage, withoutMissingSheets } from "./standard";

const missing = (...sheets: string[]): Finding[] => sheets.map((sheet) => ({ sheet, cell: "", severity: "error", rule: "sheet.missing", message: `缺少工作表“${sheet}”。` }));
const LEDGERS = standardV1.sheets.filter((s) => s.kind === "ledger").map((s) => s.sheet);

describe("missingStandardSheets", () => {
  it("a workbook with none of the standard sheets is not a standard ledger: all 9 named, in catalog order", () => {
    const analysis = analyzeWorkbook({ sheets: [{ name: "Sheet1", originRow: 1, originCol: 1, values: [["单位", "数量"], ["甲", 1]], tables: [] }] }, standardV1);
    const names = missingStandardSheets(analysis.findings, standardV1);
    expect(names).toEqual(["基本信息", ...LEDGERS]);
    expect(notStandardMessage(names!, zhCN, "word")).toBe("这不是标准台账：缺少基本信息、组织保障等 9 个工作表。");
    expect(notStandardMessage(names!, zhCN, "compare")).toBe("所选文件不是标准台账（缺少基本信息、组织保障等工作表），无法对比。");
    expect(notStandardMessage(names!, enUS, "word")).toBe("This is not a standard ledger: 9 sheets are missing, among them 基本信息, 组织保障.");
    expect(withoutMissingSheets(analysis.findings).some((f) => f.rule === "sheet.missing")).toBe(false);
  });

  it("基本信息 missing, or more than half the ledgers, makes it not standard; a sheet or two does not", () => {
    expect(missingStandardSheets(missing("基本信息"), standardV1)).toEqual(["基本信息"]);
    expect(notStandardMessage(["基本信息"], zhCN, "word")).toBe("这不是标准台账：缺少工作表基本信息。");
    expect(missingStandardSheets(missing(...LEDGERS.slice(0, 2)), standardV1)).toBeUndefined();
    expect(missingStandardSheets(missing(...LEDGERS.slice(0, LEDGERS.length / 2 + 1)), standardV1)).toHaveLength(LEDGERS.length / 2 + 1);
    expect(missingStandardSheets([], standardV1)).toBeUndefined();
  });
});
