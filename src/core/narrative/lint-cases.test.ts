/**
 * The lint against its committed cases (lint-cases.ts): every must-flag case gets exactly its rule
 * ids, no must-pass case gets any; and the lint judges the text alone (no generator phrase tables).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { lintText, type LintRule } from "./lint";
import { mustFlag, mustPass, type LintCase } from "./lint-cases";

const ids = (c: LintCase): LintRule[] => [...new Set(lintText(c.text, c.unitType ? { unitType: c.unitType } : {}).map((i) => i.rule))].sort();
const label = (c: LintCase): string => `${c.unitType ? `[${c.unitType}] ` : ""}${c.text.trim()}`;

describe("lint must-flag cases", () => {
  it.each(mustFlag.map((c) => [label(c), c] as const))("%s", (_l, c) => {
    expect(ids(c)).toEqual([...c.rules].sort());
  });

  it("quote every defect of the issue and hold three invented cases per rule id", () => {
    expect(mustFlag.filter((c) => c.source === "issue").length).toBeGreaterThanOrEqual(17);
    const invented = new Map<LintRule, number>();
    for (const c of mustFlag) if (c.source !== "issue") for (const r of c.rules) invented.set(r, (invented.get(r) ?? 0) + 1);
    const all: LintRule[] = [
      "zero-figure", "doubled-punctuation", "half-width-punctuation", "space-cjk-digit", "approximation", "unbalanced", "numbering", "glue-verb",
      "repeated-verb", "repeated-item", "mixed-units", "cell-artefact", "echo-classifier", "measure-word", "wrong-subject", "impossible-rate", "dangling-deixis",
    ];
    for (const r of all) expect([r, invented.get(r) ?? 0]).toEqual([r, expect.any(Number)]);
    expect(all.filter((r) => (invented.get(r) ?? 0) < 3)).toEqual([]);
  });
});

describe("lint must-pass cases", () => {
  it("hold at least 40 sentences", () => {
    expect(mustPass.length).toBeGreaterThanOrEqual(40);
  });

  it.each(mustPass.map((c) => [label(c), c] as const))("%s", (_l, c) => {
    expect(lintText(c.text, c.unitType ? { unitType: c.unitType } : {})).toEqual([]);
  });
});

describe("lint independence", () => {
  it("imports none of the generator's phrase tables", () => {
    const source = readFileSync(join(__dirname, "lint.ts"), "utf8");
    const imports = [...source.matchAll(/from\s+"([^"]+)"/gu)].map((m) => m[1]);
    expect(imports.filter((p) => !/^\.\.\/catalog$/u.test(p))).toEqual([]);
  });
});
