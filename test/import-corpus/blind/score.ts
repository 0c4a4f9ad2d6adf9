/**
 * Scoring of the blind import corpus (issue #16): the helper's expected.json files (see README.md
 * here) against what `importLedgers` makes of each source with the automatic mapping and the
 * profile of the expected file. Used by `import-corpus-blind.test.ts`.
 * @module
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { cellAddress, importLedgers, type ImportOutcome, type ImportSource, type WorkbookSnapshot } from "../../../src/core";
import { readText } from "../../../src/core/normalize/text";
import { readWorkbook } from "../../../src/adapters/xlsx/read-workbook";
import { readCsv } from "../../../src/adapters/xlsx/read-csv";

/** One expected standard row: standard headers plus 源表 and 源行 (a number, or the rows of a roll-up). */
export type BlindRow = Record<string, string | number | number[]> & { readonly 源表: string; readonly 源行: number | number[] };

/** A guess of the helper: the value chosen for a standard cell and the other acceptable ones. */
export interface BlindGuess {
  readonly sheet: string;
  readonly 源行: number | number[] | null;
  readonly header: string;
  readonly value: string | number;
  readonly alternatives?: readonly (string | number)[];
}

/** A range the helper left out, with the reason in the README's words (标题, 表头, 合计行 …). */
export interface BlindLeftOut {
  readonly sheet: string;
  readonly cell: string;
  readonly reason: string;
  readonly range?: string;
  readonly detail?: string;
}

/** One expected.json of the blind corpus. */
export interface BlindExpected {
  readonly layout: string;
  readonly profile: { readonly 单位名称: string; readonly 单位类型: string; readonly 报告年度: number; readonly 报告期: string };
  readonly sheets: Record<string, BlindRow[]>;
  readonly leftOut: readonly BlindLeftOut[];
  readonly guesses: readonly BlindGuess[];
  readonly looseFields?: readonly string[];
}

/** One file of the corpus as index.json lists it. */
export interface BlindCase {
  readonly name: string;
  readonly source: string;
  readonly expected: BlindExpected;
}

/** A standard cell that did not land as expected. */
export interface Miss {
  readonly sheet: string;
  readonly rows: string;
  readonly header: string;
  readonly want: unknown;
  readonly got: unknown;
}

/** A left-out source cell whose fate differs from the helper's reason. */
export interface LeftOutMiss {
  readonly cell: string;
  readonly want: string;
  readonly got: string;
}

/** The figures of one file. */
export interface BlindScore {
  /** Expected non-empty, non-loose standard cells. */
  readonly cells: number;
  /** Of those, the ones whose imported value is the expected one (or, for a guess, one of its acceptable values). */
  readonly right: number;
  readonly misses: readonly Miss[];
  /** Standard cells the import filled where the expected row is blank (non-loose fields). */
  readonly extra: readonly Miss[];
  /** Expected rows no imported row matches, and imported rows no expected row matches. */
  readonly missingRows: number;
  readonly extraRows: number;
  /** Loose fields (free-text composites): expected non-empty and imported non-empty. */
  readonly looseCells: number;
  readonly looseFilled: number;
  /** Non-empty source cells, and how many of them the result accounts for (imported or skipped with a reason). */
  readonly sourceCells: number;
  readonly accounted: number;
  /** Non-empty source cells the helper left out, and how many the import skipped for the corresponding reason. */
  readonly leftOutCells: number;
  readonly leftOutAgreed: number;
  readonly leftOutMisses: readonly LeftOutMiss[];
}

export const BLIND_DIR = __dirname;

/** The files of index.json with their expected.json. */
export function blindCases(): BlindCase[] {
  const index = JSON.parse(readFileSync(join(BLIND_DIR, "index.json"), "utf8")) as { source: string; expected: string }[];
  return index.map((i) => ({ name: i.source.replace(/\.(xlsx|csv)$/u, ""), source: i.source, expected: JSON.parse(readFileSync(join(BLIND_DIR, i.expected), "utf8")) as BlindExpected }));
}

/** The source as importLedgers takes it (the CSV's one sheet is named after the file). */
export async function blindSource(c: BlindCase): Promise<ImportSource> {
  const bytes = readFileSync(join(BLIND_DIR, c.source));
  const snapshot = c.source.endsWith(".csv") ? readCsv(bytes, c.name).snapshot : await readWorkbook(bytes);
  return { label: c.source, snapshot };
}

/** Import with the automatic mapping and the expected profile as options. */
export function importBlind(c: BlindCase, source: ImportSource): ImportOutcome {
  const p = c.expected.profile;
  return importLedgers([source], { unitName: p.单位名称, unitType: p.单位类型, year: p.报告年度, period: p.报告期 });
}

/** Non-empty cells of a snapshot, as `Sheet!A1`. */
export function nonEmptyCells(snapshot: WorkbookSnapshot): string[] {
  return snapshot.sheets.flatMap((g) => g.values.flatMap((row, i) => row.flatMap((v, j) => (readText(v ?? null) === "" ? [] : [`${g.name}!${cellAddress(g.originRow + i, g.originCol + j)}`]))));
}

/** The helper's reasons and the import's that correspond (空列 has no non-empty cell beyond a header). */
const REASONS: Record<string, readonly string[]> = {
  标题: ["title"],
  表头: ["header"],
  合计行: ["total"],
  签名行: ["signature"],
  说明: ["note", "not-held", "outside"],
  个人信息: ["personal"],
  空列: ["header", "unmapped"],
  计算列: ["unmapped"],
};

function colNumber(letters: string): number {
  return [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

function cellsOf(range: string): { row: number; col: number }[] {
  const [a, b = a] = range.split(":");
  const pa = /^([A-Z]+)(\d+)$/u.exec(a)!;
  const pb = /^([A-Z]+)(\d+)$/u.exec(b)!;
  const out: { row: number; col: number }[] = [];
  for (let r = Number(pa[2]); r <= Number(pb[2]); r++) for (let c = colNumber(pa[1]); c <= colNumber(pb[1]); c++) out.push({ row: r, col: c });
  return out;
}

function plain(v: unknown): unknown {
  if (v && typeof v === "object" && "date" in v) return (v as { date: string }).date;
  return typeof v === "string" ? v.trim() : v;
}

function rowsKey(r: number | number[] | null): string {
  return JSON.stringify(Array.isArray(r) ? [...r].sort((a, b) => a - b) : r);
}

/** Score one file: rows matched by their source rows (from the import's cell destinations), then cell by cell. */
export function scoreBlind(c: BlindCase, source: ImportSource, outcome: ImportOutcome): BlindScore {
  const e = c.expected;
  const csv = c.source.endsWith(".csv");
  const { result } = outcome;
  const loose = new Set(e.looseFields ?? []);
  const sheetOf = (name: string): string => (csv ? "csv" : name);
  // Imported row (ledger, index) → source rows it was made of.
  const made = new Map<string, Set<string>>();
  for (const f of result.cells) {
    if (f.status !== "imported") continue;
    const [sheet, a1] = f.destination.split("!");
    const [srcSheet, srcA1] = f.cell.split("!");
    const key = `${sheet}#${Number(/\d+$/u.exec(a1)![0]) - 3}`;
    if (!made.has(key)) made.set(key, new Set());
    made.get(key)!.add(`${sheetOf(srcSheet)}#${/\d+$/u.exec(srcA1)![0]}`);
  }
  const misses: Miss[] = [];
  const extra: Miss[] = [];
  let cells = 0;
  let right = 0;
  let missingRows = 0;
  let looseCells = 0;
  let looseFilled = 0;
  const used = new Set<string>();
  for (const [sheet, rows] of Object.entries(e.sheets)) {
    const got = (result.content.ledgers[sheet] ?? []) as Record<string, unknown>[];
    for (const want of rows) {
      const srcRows = (Array.isArray(want.源行) ? want.源行 : [want.源行]).map((r) => `${want.源表}#${r}`);
      let best = -1;
      let overlap = 0;
      got.forEach((_, i) => {
        const from = made.get(`${sheet}#${i}`);
        const n = from ? srcRows.filter((s) => from.has(s)).length : 0;
        if (n > overlap && !used.has(`${sheet}#${i}`)) [best, overlap] = [i, n];
      });
      if (best >= 0) used.add(`${sheet}#${best}`);
      else missingRows++;
      const row = best >= 0 ? got[best] : {};
      const label = Array.isArray(want.源行) ? want.源行.join(",") : String(want.源行);
      const headers = new Set([...Object.keys(want), ...Object.keys(row)].filter((h) => h !== "源表" && h !== "源行"));
      for (const header of headers) {
        const w = want[header];
        const g = plain(row[header]);
        if (loose.has(`${sheet}.${header}`)) {
          if (w !== undefined) {
            looseCells++;
            if (g !== undefined && g !== "") looseFilled++;
          }
          continue;
        }
        if (w === undefined) {
          if (best >= 0 && g !== undefined && g !== "") extra.push({ sheet, rows: label, header, want: undefined, got: g });
          continue;
        }
        cells++;
        const guess = e.guesses.find((q) => q.sheet === sheet && q.header === header && rowsKey(q.源行) === rowsKey(want.源行));
        const ok = guess ? [guess.value, ...(guess.alternatives ?? [])].some((v) => v === g) || w === g : w === g;
        if (ok) right++;
        else misses.push({ sheet, rows: label, header, want: w, got: g });
      }
    }
  }
  let extraRows = 0;
  for (const [sheet, rows] of Object.entries(result.content.ledgers)) rows.forEach((_, i) => { if (!used.has(`${sheet}#${i}`)) extraRows++; });
  // Accounting.
  const all = nonEmptyCells(source.snapshot);
  const fates = new Map(result.cells.map((f) => [f.cell, f]));
  const accounted = all.filter((cell) => fates.has(cell)).length;
  // Left out: each non-empty source cell in a leftOut range against the import's fate.
  const present = new Set(all);
  const leftOutMisses: LeftOutMiss[] = [];
  let leftOutCells = 0;
  const seen = new Set<string>();
  for (const l of e.leftOut) {
    const sheetName = csv ? source.snapshot.sheets[0].name : l.sheet;
    for (const { row, col } of cellsOf(l.range ?? l.cell)) {
      const cell = `${sheetName}!${cellAddress(row, col)}`;
      if (!present.has(cell) || seen.has(cell)) continue;
      seen.add(cell);
      leftOutCells++;
      const f = fates.get(cell);
      const ok = f?.status === "skipped" && REASONS[l.reason]?.includes(f.reason);
      if (!ok) leftOutMisses.push({ cell, want: l.reason, got: f ? (f.status === "skipped" ? f.reason : `imported → ${f.destination}`) : "missing" });
    }
  }
  return { cells, right, misses, extra, missingRows, extraRows, looseCells, looseFilled, sourceCells: all.length, accounted, leftOutCells, leftOutAgreed: leftOutCells - leftOutMisses.length, leftOutMisses };
}

/** `97.3 %` with one decimal. */
export function percent(n: number, of: number): string {
  return `${of ? ((100 * n) / of).toFixed(1) : "100.0"} %`;
}
