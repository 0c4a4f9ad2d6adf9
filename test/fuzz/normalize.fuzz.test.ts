/**
 * Fuzz (issue #5 §3): ≥ 100,000 adversarial cell values through normalisation — never an
 * exception, and every reading well-formed (finite numbers, dates within Excel's range, trimmed
 * text, tags that read back).
 */
import { addApproxTag, excelErrorOf, foldFullWidth, parseApproxTags, readDate, readNumber, readText, trimCell } from "../../src/core/normalize";
import { cellValue, report, sample } from "./arbitraries";

const VALUES = 100_000;
const MAX_SERIAL = 2958465;

describe("normalisation under fuzz", () => {
  let tested = 0;
  afterAll(() => report("normalize (readNumber/readDate/readText/approx tags)", tested));

  it("reads every value without throwing, with well-formed results", () => {
    const bad: string[] = [];
    const check = (ok: boolean, what: string, v: unknown): void => {
      if (!ok && bad.length < 20) bad.push(`${what}: ${JSON.stringify(v)?.slice(0, 80)}`);
    };
    for (let batch = 0; batch < 10; batch++) {
      for (const v of sample(cellValue, VALUES / 10, batch)) {
        const n = readNumber(v);
        if (n.kind === "number") check(Number.isFinite(n.value), "readNumber not finite", v);
        if (n.kind === "number" && n.fromText) check(n.typed === trimCell(n.typed), "typed not trimmed", v);
        const d = readDate(v, { year: 2023 });
        if (d.kind === "date") check(d.serial >= 1 && d.serial <= MAX_SERIAL && Number.isInteger(d.serial), "date serial", v);
        const t = readText(v);
        check(trimCell(t) === t, "readText not trimmed", v);
        if (typeof v === "string") {
          excelErrorOf(v);
          check(foldFullWidth(v).length <= v.length, "fold grew", v);
          parseApproxTags(v);
          if (n.kind === "number" && n.approx) {
            const tagged = addApproxTag("备注", "数量", n.typed);
            check(parseApproxTags(tagged).some((tag) => tag.header === "数量" && tag.typed === n.typed), "tag does not read back", v);
          }
        }
        tested++;
      }
    }
    expect(bad).toEqual([]);
  });
});
