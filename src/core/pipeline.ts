/**
 * The core pipeline: snapshot → findings + facts (the summary document: summarize.ts). Pure.
 * @module
 */
import type { Catalog } from "./catalog";
import { buildFacts, type Facts } from "./facts";
import { parseRange, type WorkbookSnapshot } from "./grid";
import { validateWorkbook, type Finding, type ParsedWorkbook } from "./validate";
import { makeFinding } from "./validate/check-cell";
import { restatedRow } from "./narrative/points-ledgers";

/** Everything the shells need from one workbook. */
export interface Analysis {
  /** Errors first, then warnings. */
  readonly findings: readonly Finding[];
  readonly errors: number;
  readonly warnings: number;
  readonly workbook: ParsedWorkbook;
  readonly facts: Facts;
  /**
   * Cells the facts were built with special care for, `sheet!A1` → the text typed there: `unreadable` (errors the user
   * may override), `contradicted` (numbers typed with a measure word their row's 单位 contradicts: `6对` beside 人).
   * A roll-up builds each unit's facts with the same maps (new-user test 33: `6对新人参加` in the unit's summary and in the roll-up).
   */
  readonly flagged?: FlaggedCells;
}

/** Cells read with special care, by `sheet!A1` (Analysis.flagged). */
export interface FlaggedCells {
  readonly unreadable: ReadonlyMap<string, string>;
  readonly contradicted: ReadonlyMap<string, string>;
  /** Cells found `value.impossible` (`1000000000000块`): their rows are in no figure, even under --force (new-user test 34, D10). */
  readonly impossible?: ReadonlySet<string>;
}

/** Validates a snapshot and builds its facts. Never throws for bad data. */
export function analyzeWorkbook(snapshot: WorkbookSnapshot, catalog: Catalog): Analysis {
  const { findings, workbook } = validateWorkbook(snapshot, catalog);
  const errors = findings.filter((f) => f.severity === "error").length;
  // Cells whose value could not be read (errors the user may override): a figure is never told in a measure guessed for them.
  const unreadable = new Map(findings.filter((f) => f.severity === "error" && f.rule.startsWith("value.")).map((f) => [`${f.sheet}!${f.cell}`, typedText(snapshot, f.sheet, f.cell)] as const));
  // Numbers typed with a measure word that contradicts their row's 单位 (`6对` beside 人): the word typed, for the facts to judge.
  const contradicted = new Map(findings.filter((f) => f.rule === "value.unit-mismatch").map((f) => [`${f.sheet}!${f.cell}`, typedText(snapshot, f.sheet, f.cell)] as const));
  // Figures no unit reports in one period (value.impossible): their rows are left out, as check promises.
  const impossible = new Set(findings.filter((f) => f.rule === "value.impossible" && f.cell).map((f) => `${f.sheet}!${f.cell}`));
  const facts = buildFacts(workbook, catalog, unreadable, contradicted, impossible);
  const all = [...findings, ...restatedFindings(facts)];
  return { findings: all, errors, warnings: all.length - errors, workbook, facts, flagged: { unreadable, contradicted, impossible } };
}

/**
 * `figure.restates-row` (new-user test 51, D3): each 其他指标 row the summary leaves to another sheet's row that states it
 * (narrative restatedRow), at the row's 数值 (its figure's first cell), naming that row's first cell.
 */
function restatedFindings(facts: Facts): Finding[] {
  return facts.figures.flatMap((f) => {
    const twin = restatedRow(facts, f)?.[0];
    const at = f.figure.sources[0];
    const [sheet, cell] = at?.split("!") ?? [];
    if (!twin || !sheet || !cell) return [];
    const [other, otherCell] = twin.split("!");
    return [makeFinding("figure.restates-row", sheet, cell, { field: f.name.trim(), read: `${f.figure.value}${f.figure.unit}`, detail: `${other}第${/\d+$/u.exec(otherCell ?? "")?.[0] ?? ""}行` })];
  });
}


/** The text a user typed in `sheet!cell` ("" when blank or outside the sheet's used range). */
function typedText(snapshot: WorkbookSnapshot, sheet: string, cell: string): string {
  const grid = snapshot.sheets.find((g) => g.name === sheet);
  const at = parseRange(cell);
  if (!grid || !at) return "";
  const value = grid.values[at.top - grid.originRow]?.[at.left - grid.originCol];
  return value === null || value === undefined ? "" : String(value);
}
