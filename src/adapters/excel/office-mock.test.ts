/** @jest-environment node */
/**
 * The adapter against office-addin-mock (Microsoft's mock of the Office.js object model):
 * what is written to a range (validation rule, prompt, alert, number format, formula) and what
 * is read. office-addin-mock cannot mock collections, so multi-sheet behaviour is tested with the
 * typed fake (impose.test.ts, read-snapshot.test.ts).
 */
import { OfficeMockObject } from "office-addin-mock";
import { columnById, ledgerById, listColumns, nativeValidationFor, standardV1 } from "../../core";
import { applyValidation } from "./impose/native-validation";
import { selectCell } from "./select-cell";
import type { RunExcel, XlContext, XlRange } from "./types";

const lists = listColumns(standardV1);
const rect = ledgerById(standardV1, "rectification");

/** A mocked range with the shapes the adapter writes into. */
function mockRange(address = "问题整改!B3:B1002") {
  return new OfficeMockObject({
    address,
    values: [["x"]],
    numberFormat: [["General"]],
    formulas: [[""]],
    dataValidation: { rule: {}, prompt: {}, errorAlert: {}, ignoreBlanks: false, cleared: false, clear() { this.cleared = true; } },
    selected: false,
    select() { this.selected = true; },
  });
}

describe("applyValidation (office-addin-mock)", () => {
  it("writes a whole-number rule, Chinese prompt and stop alert after clearing", () => {
    const range = mockRange();
    const v = nativeValidationFor(columnById(rect, "found"), lists);
    if (!v) throw new Error("no validation");
    applyValidation(range as unknown as XlRange, v);
    expect(range.dataValidation.cleared).toBe(true);
    expect(range.dataValidation.rule).toEqual({ wholeNumber: { formula1: 0, operator: "GreaterThanOrEqualTo" } });
    expect(range.dataValidation.ignoreBlanks).toBe(true);
    expect(range.dataValidation.prompt).toEqual({ showPrompt: true, title: "发现数", message: v.prompt.message });
    expect(range.dataValidation.errorAlert).toMatchObject({ showAlert: true, style: "Stop", title: "发现数填写有误" });
    expect(String(range.dataValidation.errorAlert.message)).toMatch(/请输入不小于0的整数/);
  });

  it("writes a dropdown whose source is a range of the hidden list sheet", () => {
    const range = mockRange();
    const v = nativeValidationFor(columnById(rect, "kind"), lists);
    if (!v) throw new Error("no validation");
    applyValidation(range as unknown as XlRange, v);
    expect(range.dataValidation.rule).toEqual({ list: { inCellDropDown: true, source: expect.stringMatching(/^='_lists'!\$[A-Z]+\$1:\$[A-Z]+\$11$/) } });
  });

  it("writes a date rule between 1990-01-01 and 2100-12-31", () => {
    const range = mockRange();
    const v = nativeValidationFor(columnById(rect, "deadline"), lists);
    if (!v) throw new Error("no validation");
    applyValidation(range as unknown as XlRange, v);
    expect(range.dataValidation.rule).toEqual({ date: { formula1: "1990-01-01", formula2: "2100-12-31", operator: "Between" } });
  });
});

describe("selectCell (office-addin-mock)", () => {
  it("activates the sheet and selects the finding's cell in one sync", async () => {
    const range = mockRange("问题整改!C5");
    let syncs = 0;
    const sheet = new OfficeMockObject({
      name: "问题整改",
      active: false,
      activate() { this.active = true; },
      asked: "",
      getRange(address: string) { this.asked = address; return range; },
    });
    const context = new OfficeMockObject({ workbook: { worksheets: { getItem: () => sheet } } });
    const run: RunExcel = async (batch) => {
      const ctx = context as unknown as XlContext;
      const sync = ctx.sync.bind(ctx);
      return batch({ workbook: ctx.workbook, sync: () => ((syncs += 1), sync()) });
    };
    await selectCell(run, "问题整改", "C5");
    expect(sheet.active).toBe(true);
    expect(sheet.asked).toBe("C5");
    expect(range.selected).toBe(true);
    expect(syncs).toBe(1);
  });

  it("reads values loaded through the mock only after sync", async () => {
    const range = mockRange();
    range.load("values");
    await range.sync();
    expect(range.values).toEqual([["x"]]);
  });
});
