/** @jest-environment node */
/**
 * The import corpus (issue #16): ad-hoc workbooks made by scripts/make-import-corpus.ts, each with
 * its expected standard rows and where each source cell must land. With the automatic mapping and
 * the profile options, ≥ 95 % of the source cells that have a destination land in the right standard
 * cell; every non-empty source cell is accounted for; a mapping saved from one file imports a second
 * file of the same layout exactly; each imported workbook passes check with 0 errors and its summary
 * states its figures.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { analyseLedger, cellAddress, documentText, importLedgers, ledgersOf, mappingOf, parseMapping, standardV1, summariseLedger, type ImportOptions, type ImportSource, type WorkbookSnapshot } from "../../src/core";
import { readText } from "../../src/core/normalize/text";
import { readWorkbook } from "../../src/adapters/xlsx/read-workbook";
import { readCsv } from "../../src/adapters/xlsx/read-csv";
import { writeWorkbook } from "../../src/adapters/xlsx/write-workbook";

interface Expected {
  readonly name: string;
  readonly file: string;
  readonly options: ImportOptions;
  readonly ledgers: Record<string, Record<string, unknown>[]>;
  readonly cells: Record<string, string>;
  readonly figures: readonly string[];
  readonly mappingFrom?: string;
}

const DIR = __dirname;
const cases: Expected[] = readdirSync(DIR).filter((f) => f.endsWith(".expected.json")).sort().map((f) => JSON.parse(readFileSync(join(DIR, f), "utf8")));

async function sourceOf(e: Expected): Promise<ImportSource> {
  const bytes = readFileSync(join(DIR, e.file));
  const snapshot = e.file.endsWith(".csv") ? readCsv(bytes, e.name).snapshot : await readWorkbook(bytes);
  return { label: e.file, snapshot };
}

/** Non-empty cells of a snapshot, as `Sheet!A1`. */
function nonEmpty(snapshot: WorkbookSnapshot): string[] {
  return snapshot.sheets.flatMap((g) => g.values.flatMap((row, i) => row.flatMap((v, j) => (readText(v ?? null) === "" ? [] : [`${g.name}!${cellAddress(g.originRow + i, g.originCol + j)}`]))));
}

/** The value at a standard cell (`活动台账!D4`) of imported content. */
function valueAt(ledgers: Record<string, readonly Record<string, unknown>[]>, expectedLedgers: Expected["ledgers"], cell: string): { got: unknown; want: unknown } {
  const [sheet, a1] = cell.split("!");
  const m = /^([A-Z]+)(\d+)$/u.exec(a1)!;
  const row = Number(m[2]) - 3;
  const col = m[1].charCodeAt(0) - 65;
  const header = Object.keys(HEADERS[sheet])[col];
  return { got: ledgers[sheet]?.[row]?.[header], want: expectedLedgers[sheet]?.[row]?.[header] };
}

/** Ledger headers in catalog order, by sheet (for reading a standard cell by letter). */
const HEADERS: Record<string, Record<string, true>> = Object.fromEntries(ledgersOf(standardV1).map((l) => [l.sheet, Object.fromEntries(l.columns.map((c) => [c.header, true as const]))]));

describe("import corpus", () => {
  it("holds at least 8 workbooks, one of them a GBK CSV", () => {
    expect(cases.length).toBeGreaterThanOrEqual(8);
    expect(cases.some((c) => c.file.endsWith(".csv"))).toBe(true);
  });

  describe.each(cases.map((c) => [c.name, c] as const))("%s", (_name, e) => {
    it("imports the expected standard rows, ≥ 95 % of the cells with a destination in the right cell, and accounts for every non-empty cell", async () => {
      const source = await sourceOf(e);
      const { result } = importLedgers([source], e.options);
      expect(result.ok).toBe(true);
      const fates = new Map(result.cells.map((c) => [c.cell, c]));
      const landed = Object.entries(e.cells).filter(([from, to]) => {
        const f = fates.get(from);
        if (f?.status !== "imported" || f.destination !== to) return false;
        const { got, want } = valueAt(result.content.ledgers as Record<string, Record<string, unknown>[]>, e.ledgers, to);
        return JSON.stringify(got) === JSON.stringify(want);
      });
      // Every cell with a destination lands in the right cell (the bar is 95 %; all do).
      expect({ landed: landed.length, of: Object.keys(e.cells).length }).toEqual({ landed: Object.keys(e.cells).length, of: Object.keys(e.cells).length });
      expect(landed.length / Object.keys(e.cells).length).toBeGreaterThanOrEqual(0.95);
      expect(result.content.ledgers).toEqual(e.ledgers);
      const cells = nonEmpty(source.snapshot);
      expect(result.cells.map((c) => c.cell).sort()).toEqual([...cells].sort());
    });

    it("writes a workbook that check passes with 0 errors and whose summary states its figures", async () => {
      const { result } = importLedgers([await sourceOf(e)], e.options);
      const analysis = analyseLedger(await readWorkbook(await writeWorkbook(standardV1, result.content)));
      expect(analysis.findings.filter((f) => f.severity === "error")).toEqual([]);
      const text = documentText(summariseLedger(analysis, { includeNames: false, today: 45200 }).document);
      // Whole sentences with their figures, not loose substrings.
      for (const sentence of e.figures) expect(text).toContain(sentence);
      expect(e.figures.every((s) => s.endsWith("。") && /\d/u.test(s))).toBe(true);
    });
  });

  it("a mapping saved from one file imports a second file of the same layout to its expected rows exactly", async () => {
    for (const e of cases.filter((c) => c.mappingFrom)) {
      const first = cases.find((c) => c.name === e.mappingFrom)!;
      const saved = JSON.stringify(mappingOf(importLedgers([await sourceOf(first)], first.options).proposal));
      const parsed = parseMapping(saved);
      if (!parsed.ok) throw new Error(parsed.message);
      const { result, proposal } = importLedgers([await sourceOf(e)], { ...e.options, mapping: parsed.mapping });
      expect(proposal.blocks.every((b) => b.confidence === 1)).toBe(true);
      expect(result.content.ledgers).toEqual(e.ledgers);
    }
  });

  it("never copies a name, phone or ID number of the 花名册", async () => {
    const e = cases.find((c) => c.name === "ok.volunteer-roster")!;
    const { result } = importLedgers([await sourceOf(e)], e.options);
    expect(JSON.stringify(result)).not.toMatch(/张某华|13800001111|110101197801011234/u);
    expect(result.cells.filter((c) => c.status === "skipped" && c.reason === "personal").length).toBe(7 * 5); // 姓名, 性别, 年龄, 身份证号, 联系电话 of 7 people
  });
});
