/** @jest-environment node */
import { gbLayout } from "../../core/document/model";
import { mmToTwips, ptToHalfPoints, ptToTwips, sectionGeometry, twipsToMm } from "./units";

describe("unit conversions", () => {
  test("mm → twips rounds to the nearest twip (GB/T 9704 margins)", () => {
    expect(mmToTwips(37)).toBe(2098); // 2097.64
    expect(mmToTwips(35)).toBe(1984); // 1984.25
    expect(mmToTwips(28)).toBe(1587); // 1587.40
    expect(mmToTwips(26)).toBe(1474); // 1474.02
    expect(mmToTwips(25.4)).toBe(1440);
    expect(mmToTwips(210)).toBe(11906);
    expect(mmToTwips(297)).toBe(16838);
    expect(mmToTwips(0)).toBe(0);
  });
  test("pt → half-points and twips", () => {
    expect(ptToHalfPoints(16)).toBe(32);
    expect(ptToHalfPoints(22)).toBe(44);
    expect(ptToHalfPoints(14)).toBe(28);
    expect(ptToHalfPoints(10.5)).toBe(21);
    expect(ptToTwips(16)).toBe(320);
    expect(ptToTwips(28.95)).toBe(579);
    expect(ptToTwips(1)).toBe(20);
  });
  test("twips → mm is the inverse up to rounding", () => {
    for (const mm of [26, 28, 35, 37, 156, 225]) expect(Math.abs(twipsToMm(mmToTwips(mm)) - mm)).toBeLessThan(0.01);
  });
});

describe("sectionGeometry(gbLayout)", () => {
  const g = sectionGeometry(gbLayout);
  test("A4 page, margins and the 156 × 225 mm text area", () => {
    expect(g.page).toEqual({ width: 11906, height: 16838 });
    expect(g.margins).toEqual({ top: 2098, bottom: 1984, left: 1587, right: 1474 });
    expect(g.textWidth).toBe(8845);
    expect(g.textHeight).toBe(12756);
    expect(twipsToMm(g.textWidth)).toBeCloseTo(156, 0);
    expect(twipsToMm(g.textHeight)).toBeCloseTo(225, 0);
  });
  test("22 lines: line pitch 579 twips (28.95 pt), fitting the text height", () => {
    expect(g.linePitch).toBe(579);
    expect(22 * g.linePitch).toBeLessThanOrEqual(g.textHeight);
    expect(23 * g.linePitch).toBeGreaterThan(g.textHeight);
  });
  test("28 characters: charSpace −842 (1/4096 pt), exactly 28 pitches in the width", () => {
    expect(g.charSpace).toBe(-842);
    expect(g.charPitchPt).toBeCloseTo(15.7944, 4);
    const widthPt = g.textWidth / 20;
    expect(28 * g.charPitchPt).toBeLessThanOrEqual(widthPt);
    expect(29 * g.charPitchPt).toBeGreaterThan(widthPt);
    // One unit more would no longer fit 28 characters.
    expect(28 * (16 + (g.charSpace + 1) / 4096)).toBeGreaterThan(widthPt);
  });
  test("page number line sits 7 mm below the text area", () => {
    expect(g.pageNumberLine).toBe(350);
    expect(g.footer).toBe(1984 - mmToTwips(7) - 350);
    expect(g.bodyCharTwips).toBe(320);
  });
  test("other layouts recompute the grid", () => {
    const plain = sectionGeometry({ ...gbLayout, marginsMm: { top: 25.4, bottom: 25.4, left: 31.8, right: 31.8 }, charsPerLine: 26, linesPerPage: 24 });
    expect(plain.margins.top).toBe(1440);
    expect(plain.textWidth).toBe(11906 - 2 * mmToTwips(31.8));
    expect(26 * plain.charPitchPt).toBeLessThanOrEqual(plain.textWidth / 20);
  });
});
