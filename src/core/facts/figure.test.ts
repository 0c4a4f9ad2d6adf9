import { sumOf } from "./figure";
import type { ParsedCell } from "../validate";

const cell = (value: number, approx?: "over" | "about", source = "问题整改!B2"): ParsedCell => (approx ? { value, source, approx: { kind: approx, word: approx === "over" ? "余" : "约" } } : { value, source });

describe("sumOf: a sum of approximate figures no more precise than its roughest part (review run 14)", () => {
  it("20000余 + 1300余 + 345 + 160 is 21000余, not 21805余 (or 21800余)", () => {
    expect(sumOf([cell(20000, "over"), cell(1300, "over"), cell(345), cell(160)], "处")).toMatchObject({ value: 21000, approx: "over" });
  });
  it("约500 + 37 is 约537: one 约 part beside exact ones keeps the exact sum (new-user test 52, D8: 540 is in no cell)", () => {
    expect(sumOf([cell(500, "about"), cell(37)], "人")).toMatchObject({ value: 537, approx: "about" });
  });
  it("约500 + 约40 + 7 is 约550: several rough parts, one digit below the hundreds of 约500, to the nearest", () => {
    expect(sumOf([cell(500, "about"), cell(40, "about"), cell(7)], "人")).toMatchObject({ value: 550, approx: "about" });
  });
  it("leaves exact sums and approximate parts that are not round alone", () => {
    expect(sumOf([cell(118), cell(37)], "处")).toMatchObject({ value: 155 });
    expect(sumOf([cell(63, "over"), cell(12)], "处")).toMatchObject({ value: 75, approx: "over" });
    expect(sumOf([cell(80, "over"), cell(45)], "人")).toMatchObject({ value: 125, approx: "over" });
  });
});

describe("sumOf: a count typed in 万 with a decimal is rounded (new-user test 56, D14; test 62, D11)", () => {
  const wan = (value: number, source: string): ParsedCell => ({ value, source, wan: true });
  it("2000 + 1.5万 is 约1.7万 (the sum falls on the rounded part's step)", () => {
    expect(sumOf([cell(2000, undefined, "宣传投放!D3"), wan(15000, "宣传投放!D4")], "份")).toMatchObject({ value: 17000, approx: "about" });
  });
  it("1.5万 alone stays as typed; 1.2万 + 120 + 85 is 1.2万余", () => {
    expect(sumOf([wan(15000, "宣传投放!D4")], "份")).not.toHaveProperty("approx");
    expect(sumOf([wan(12000, "志愿服务!C3"), cell(120, undefined, "志愿服务!C4"), cell(85, undefined, "志愿服务!C5")], "人")).toMatchObject({ value: 12000, approx: "over" });
  });
});
