/**
 * The corpus workbooks are fit to test with (issue #11 "Your test corpus"): at least 20 of them
 * over at least 7 unit types, none with an error, at most two 文字材料 rows each, and no cell
 * sharing 10 or more consecutive Chinese characters with its source text (proper names aside).
 */
import { analyzeWorkbook, standardV1 } from "../../src/core";
import { contentSnapshot } from "../support/content-snapshot";
import { loadCorpus, sourceText } from "./index";

const corpus = loadCorpus();
const CJK_RUN = /[\u3400-\u9fff]+/gu;

/** Runs of 10 Chinese characters of `cell` (proper names masked) that occur in `source`. */
export function copiedRuns(cell: string, source: string, properNames: readonly string[]): string[] {
  let masked = cell;
  for (const n of [...properNames].sort((a, b) => b.length - a.length)) if (n) masked = masked.split(n).join("\u0000");
  const out: string[] = [];
  for (const run of masked.match(CJK_RUN) ?? []) {
    for (let i = 0; i + 10 <= run.length; i += 1) {
      const w = run.slice(i, i + 10);
      if (source.includes(w)) {
        out.push(w);
        break;
      }
    }
  }
  return out;
}

describe("the narrative corpus", () => {
  it("has at least 20 workbooks over at least 7 unit types", () => {
    expect(corpus.length).toBeGreaterThanOrEqual(20);
    const types = new Set(corpus.map((w) => w.content.profile?.["单位类型"]));
    expect(types.size).toBeGreaterThanOrEqual(7);
  });

  it("copied-run check finds a copied run and ignores proper names", () => {
    const src = "全面开展城市环境卫生集中整治行动，社区组织党员志愿者";
    expect(copiedRuns("开展城市环境卫生集中整治行动", src, [])).toEqual(["开展城市环境卫生集中"]);
    expect(copiedRuns("开展城市环境卫生集中整治行动", src, ["城市环境卫生集中整治行动"])).toEqual([]);
    expect(copiedRuns("环境卫生整治", src, [])).toEqual([]);
  });

  describe.each(corpus.map((w) => [w.id, w] as const))("%s", (_id, w) => {
    it("has no errors", () => {
      const a = analyzeWorkbook(contentSnapshot(w.content, standardV1), standardV1);
      expect(a.findings.filter((f) => f.severity === "error").map((f) => `${f.sheet}!${f.cell} ${f.message}`)).toEqual([]);
    });

    it("has at most two 文字材料 rows", () => {
      expect((w.content.ledgers?.["文字材料"] ?? []).length).toBeLessThanOrEqual(2);
    });

    it("copies no run of 10 Chinese characters from its source", () => {
      const source = sourceText(w);
      const cells: string[] = [
        ...Object.values(w.content.profile ?? {}),
        ...Object.values(w.content.ledgers ?? {}).flatMap((rows) => rows.flatMap((r) => Object.values(r))),
      ].filter((v): v is string => typeof v === "string");
      expect(cells.flatMap((c) => copiedRuns(c, source, w.properNames))).toEqual([]);
    });
  });
});
