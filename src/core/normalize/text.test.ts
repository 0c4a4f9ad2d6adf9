import { foldFullWidth, readText, trimCell } from "./text";

describe("trimCell", () => {
  it("removes spaces, full-width spaces, NBSP and zero-width characters at both ends", () => {
    expect(trimCell("\u3000 \u00a0\u200b某某社区\ufeff\t\n")).toBe("某某社区");
    expect(trimCell("某 某")).toBe("某 某");
  });

  it("is linear on long blank runs", () => {
    const s = " a".repeat(50_000) + "x";
    const t0 = Date.now();
    expect(trimCell(s)).toBe(s.trimStart());
    expect(Date.now() - t0).toBeLessThan(200);
  });
});

describe("foldFullWidth", () => {
  it("folds full-width digits and signs to ASCII and drops zero-width characters", () => {
    expect(foldFullWidth("１，２００．５％－\u2212\u200b")).toBe("1,200.5%--");
    expect(foldFullWidth("二〇二三年")).toBe("二〇二三年");
  });
});

describe("readText", () => {
  it.each<[string | number | boolean | null, string]>([
    [null, ""],
    ["  社区\u3000", "社区"],
    [12, "12"],
    [12.5, "12.5"],
    [-0, "0"],
    [1e21, "1000000000000000000000"],
    [2 ** 70, "1180591620717411303424"],
    [true, "TRUE"],
    ["#REF!", "#REF!"],
  ])("gives %j as %j", (v, s) => {
    expect(readText(v)).toBe(s);
  });
});
