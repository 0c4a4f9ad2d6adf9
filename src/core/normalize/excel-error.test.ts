import { EXCEL_ERRORS, excelErrorOf } from "./excel-error";

describe("excelErrorOf", () => {
  it.each([
    "#DIV/0!", "#REF!", "#N/A", "#VALUE!", "#NAME?", "#NUM!", "#NULL!", "#SPILL!", "#CALC!", "#GETTING_DATA",
    "#FIELD!", "#BLOCKED!", "#CONNECT!", "#BUSY!", "#UNKNOWN!",
  ])("gives %s when the cell holds it", (code) => {
    expect(excelErrorOf(code)).toBe(code);
    expect(EXCEL_ERRORS).toContain(code);
  });

  it("gives Excel's spelling when the case or the spaces differ", () => {
    expect(excelErrorOf(" #n/a ")).toBe("#N/A");
    expect(excelErrorOf("#div/0!")).toBe("#DIV/0!");
  });

  it.each<[string | number | boolean | null]>([[null], [0], [NaN], [true], [""], ["#"], ["#待定"], ["#12"], ["DIV/0!"], ["#DIV/0"], ["#DIV/0!x"], ["#".repeat(10_000)]])(
    "gives undefined for %j",
    (v) => {
      expect(excelErrorOf(v)).toBeUndefined();
    },
  );
});
