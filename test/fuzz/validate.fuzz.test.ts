/**
 * Fuzz (issue #5 §3): workbooks packed with ~1,000 adversarial values each, through validation
 * and fix planning. Properties: no exception; every value that is not clean for its column gets a
 * finding at exactly its sheet and cell; every planned fix leaves its cell without an error; the
 * plan applied then reverted gives back the original values.
 */
import { applyChanges, fieldsOf, fixPlan, ledgersOf, revertChanges, standardV1, validateWorkbook } from "../../src/core";
import type { CellValue, FieldSpec, LedgerSpec, WorkbookSnapshot } from "../../src/core";
import { EXCEL_ERRORS, readDate, readText } from "../../src/core/normalize";
import { makeSnapshot } from "../support/snapshot";
import { cellValue, report, sample } from "./arbitraries";

const WORKBOOKS = 100;
const PER_WORKBOOK = 1_000;
const ledgers = ledgersOf(standardV1);

/** True when a raw value needs no finding in `field` (independent oracle of the spec's types). */
function clean(field: FieldSpec, v: CellValue): boolean {
  const blank = v === null || (typeof v === "string" && readText(v) === "");
  if (blank) return !field.required;
  switch (field.type) {
    case "int":
    case "num": {
      if (typeof v !== "number" || !Number.isFinite(v)) return false;
      if (v < (field.min ?? 0) || (field.max !== undefined && v > field.max)) return false;
      return field.type === "num" || Number.isInteger(v);
    }
    case "date":
      return typeof v === "number" && v >= 32874 && v < 73416;
    case "enum":
      return typeof v === "string" && (field.values ?? []).includes(readText(v));
    case "formula":
      return true;
    default: {
      if (typeof v === "string" && EXCEL_ERRORS.includes(v.trim().toUpperCase())) return false;
      return [...readText(v)].length <= (field.maxLength ?? Infinity) && (field.type !== "phone" || /^[0-9 +-]*$/.test(readText(v)));
    }
  }
}

/** One workbook: rows of fuzzed values spread over all ledgers; returns where each value went. */
function workbook(values: CellValue[]): { snapshot: WorkbookSnapshot; placed: { sheet: string; cell: string; field: FieldSpec; v: CellValue }[] } {
  const rows: Record<string, Record<string, CellValue>[]> = {};
  const placed: { sheet: string; cell: string; field: FieldSpec; v: CellValue }[] = [];
  let i = 0;
  let l = 0;
  while (i < values.length) {
    const spec: LedgerSpec = ledgers[l++ % ledgers.length];
    const fields = fieldsOf(spec).filter((f) => f.type !== "formula");
    const row: Record<string, CellValue> = {};
    const list = (rows[spec.sheet] ??= []);
    const first = placed.length;
    fields.forEach((f, c) => {
      if (i >= values.length) return;
      const v = values[i++];
      row[f.header] = v;
      const col = fieldsOf(spec).indexOf(f) + 1;
      placed.push({ sheet: spec.sheet, cell: `${String.fromCharCode(64 + col)}${list.length + 3}`, field: f, v });
      void c;
    });
    list.push(row);
    // A row of blanks only is not a data row (spec "Conventions"): it needs no finding.
    if (Object.values(row).every((v) => v === null || (typeof v === "string" && readText(v) === ""))) placed.splice(first);
  }
  return { snapshot: makeSnapshot({ ledgers: rows }), placed };
}

describe("validation and fix planning under fuzz", () => {
  let tested = 0;
  let changes = 0;
  afterAll(() => report("validate + planFixes", tested, `${changes.toLocaleString("en")} fixes planned, applied and reverted`));

  it("gives every unclean value a finding at its cell, and fixes that never create an error", () => {
    const problems: string[] = [];
    for (let w = 0; w < WORKBOOKS; w++) {
      const { snapshot, placed } = workbook(sample(cellValue, PER_WORKBOOK, 1000 + w));
      const { findings } = validateWorkbook(snapshot, standardV1);
      const at = new Set(findings.map((f) => `${f.sheet}!${f.cell}`));
      const errorsBefore = new Set(findings.filter((f) => f.severity === "error").map((f) => `${f.sheet}!${f.cell}`));
      for (const f of findings) if (f.rule.startsWith("value.") && f.rule !== "value.required" && !/^[A-Z]+\d+$/.test(f.cell)) problems.push(`no cell: ${f.rule}`);
      for (const p of placed) {
        if (!clean(p.field, p.v) && !at.has(`${p.sheet}!${p.cell}`)) problems.push(`${p.sheet}!${p.cell} ${p.field.header} ${JSON.stringify(p.v)?.slice(0, 60)}: no finding`);
      }
      const plan = fixPlan(snapshot, standardV1);
      const fixed = applyChanges(snapshot, plan.changes);
      const errorsAfter = new Set(validateWorkbook(fixed, standardV1).findings.filter((f) => f.severity === "error").map((f) => `${f.sheet}!${f.cell}`));
      for (const c of plan.changes) if (errorsAfter.has(`${c.sheet}!${c.cell}`) && !errorsBefore.has(`${c.sheet}!${c.cell}`)) problems.push(`fix made an error: ${c.sheet}!${c.cell} ${JSON.stringify(c.before)?.slice(0, 60)} row ${JSON.stringify(snapshot.sheets.find((g) => g.name === c.sheet)?.values[Number(c.cell.slice(1)) - 1])?.slice(0, 200)}`);
      const back = applyChanges(fixed, revertChanges(plan.changes));
      for (const c of plan.changes) {
        const grid = back.sheets.find((s) => s.name === c.sheet)!;
        const m = /^([A-Z]+)(\d+)$/.exec(c.cell)!;
        const got = grid.values[Number(m[2]) - 1]?.[m[1].charCodeAt(0) - 65] ?? null;
        if (!Object.is(got, c.before) && !(got === null && c.before === null)) problems.push(`revert: ${c.sheet}!${c.cell}`);
      }
      changes += plan.changes.length;
      tested += placed.length;
      if (problems.length > 20) break;
    }
    expect(problems.slice(0, 20)).toEqual([]);
  });

  it("reads dates by its own rules, never the machine's locale", () => {
    expect(readDate("5/6/2023").kind).toBe("invalid");
    expect(readDate("6/5/2023").kind).toBe("invalid");
    expect(readDate("2023/6/5")).toMatchObject({ kind: "date", serial: 45082 });
  });
});
