/**
 * 1. Validation throughput on 活动台账 of 100,000 rows × 9 columns with ~1 % bad cells, in one
 * process: our validateWorkbook (the whole workbook: layout, every cell, cross-checks, sorting);
 * a zod v4 baseline validating each row with an object schema built from the catalog, giving the
 * same findings (cell and rule id — checked before timing); a bare loop that only tests
 * type/enum/range and counts (the practical limit).
 * @module
 */
import { z } from "zod";
import { makeFinding } from "../src/core/validate/check-cell";
import { cellAddress, columnLetters, fieldsOf, ledgerById, standardV1, validateWorkbook, type CellValue, type FieldSpec, type Finding, type RuleId } from "../src/core";
import { activityWorkbook } from "./ledger";
import { round, median, timeInterleaved, type BenchRow } from "./stats";

const MIN_DATE = 32874; // 1990-01-01
const MAX_DATE = 73415; // 2100-12-31

/** The zod schema of one field; every error's message is our rule id. */
function fieldSchema(field: FieldSpec): z.ZodType {
  const need = (other: RuleId) => (iss: { input?: unknown }) => (iss.input === null || iss.input === undefined ? "value.required" : other);
  let s: z.ZodType;
  switch (field.type) {
    case "date":
      s = z.number({ error: need("value.not-date") }).min(MIN_DATE, { error: "value.date-range" }).max(MAX_DATE, { error: "value.date-range" });
      break;
    case "enum":
      s = z.enum(field.values as [string, ...string[]], { error: need("value.enum") });
      break;
    case "int":
    case "num": {
      let n = z.number({ error: need("value.not-number") }).min(field.min ?? 0, { error: "value.out-of-range" });
      if (field.max !== undefined) n = n.max(field.max, { error: "value.out-of-range" });
      s = field.type === "int" ? n.int({ error: "value.not-integer" }) : n;
      break;
    }
    default: {
      const t = z.string({ error: need("value.not-text" as RuleId) });
      s = field.maxLength !== undefined ? t.max(field.maxLength, { error: "value.too-long" }) : t;
    }
  }
  return field.required ? s : s.nullable();
}

/** The straightforward TypeScript approach: a zod object schema per row, issues mapped to findings. */
export function zodValidator(ledgerId = "activities"): (rows: readonly (readonly CellValue[])[], firstRow: number) => Finding[] {
  const spec = ledgerById(standardV1, ledgerId);
  const fields = fieldsOf(spec);
  const schema = z.object(Object.fromEntries(fields.map((f) => [f.id, fieldSchema(f)])));
  const colOf = new Map(fields.map((f, i) => [f.id, i]));
  return (rows, firstRow) => {
    const findings: Finding[] = [];
    for (let r = 0; r < rows.length; r++) {
      const raw = rows[r];
      const obj: Record<string, CellValue> = {};
      for (let c = 0; c < fields.length; c++) obj[fields[c].id] = raw[c] ?? null;
      const result = schema.safeParse(obj);
      if (result.success) continue;
      for (const issue of result.error.issues) {
        const c = colOf.get(String(issue.path[0])) ?? 0;
        findings.push(makeFinding(issue.message as RuleId, spec.sheet, cellAddress(firstRow + r, c + 1), { field: fields[c].header }));
      }
    }
    return findings;
  };
}

/** Type/enum/range tests only, no messages: the number of bad cells. */
export function bareValidator(ledgerId = "activities"): (rows: readonly (readonly CellValue[])[]) => number {
  const fields = fieldsOf(ledgerById(standardV1, ledgerId));
  const kinds = fields.map((f) => ["date", "enum", "int", "num"].indexOf(f.type)); // -1: text
  const enums = fields.map((f) => new Set<unknown>(f.values ?? []));
  const required = fields.map((f) => f.required);
  const maxLen = fields.map((f) => f.maxLength ?? Infinity);
  const mins = fields.map((f) => f.min ?? 0);
  const width = fields.length;
  return (rows) => {
    let bad = 0;
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r];
      for (let c = 0; c < width; c++) {
        const v = row[c];
        if (v === null || v === undefined) {
          if (required[c]) bad++;
          continue;
        }
        switch (kinds[c]) {
          case 0:
            if (typeof v !== "number" || v < MIN_DATE || v > MAX_DATE) bad++;
            break;
          case 1:
            if (!enums[c].has(v)) bad++;
            break;
          case 2:
            if (typeof v !== "number" || v < mins[c] || !Number.isInteger(v)) bad++;
            break;
          case 3:
            if (typeof v !== "number" || v < mins[c]) bad++;
            break;
          default:
            if (typeof v !== "string" || v.length > maxLen[c]) bad++;
        }
      }
    }
    return bad;
  };
}

const key = (f: Finding): string => `${f.sheet}!${f.cell} ${f.rule}`;

/** Runs the three validators on a generated ledger; returns the benchmark rows. */
export function benchValidation(rows = 100_000, badRate = 0.01): { rows: BenchRow[]; detail: string } {
  const { snapshot, bad } = activityWorkbook(rows, badRate);
  const grid = snapshot.sheets.find((s) => s.name === "活动台账");
  if (!grid) throw new Error("no 活动台账");
  const data = grid.values.slice(2);
  const width = fieldsOf(ledgerById(standardV1, "activities")).length;
  const cells = rows * width;

  const zod = zodValidator();
  const bare = bareValidator();
  const ours = validateWorkbook(snapshot, standardV1).findings;
  const theirs = zod(data, 3);
  const a = new Set(ours.map(key));
  const b = new Set(theirs.map(key));
  const onlyOurs = [...a].filter((k) => !b.has(k));
  const onlyZod = [...b].filter((k) => !a.has(k));
  if (onlyOurs.length || onlyZod.length || a.size !== ours.length) {
    throw new Error(`validation bench: findings differ — ours only: ${onlyOurs.slice(0, 5).join("; ")} | zod only: ${onlyZod.slice(0, 5).join("; ")}`);
  }
  const counted = bare(data);
  if (counted !== ours.length || counted !== bad) throw new Error(`validation bench: bare loop counted ${counted} bad cells, findings ${ours.length}, generated ${bad}`);

  let sink = 0;
  const times = timeInterleaved({
    ours: () => (sink += validateWorkbook(snapshot, standardV1).findings.length),
    zod: () => (sink += zod(data, 3).length),
    bare: () => (sink += bare(data)),
  });
  if (sink < 0) console.log(sink);
  const rate = (ms: number): number => cells / (ms / 1000) / 1e6;
  const ourRate = rate(median(times.ours));
  const zodRate = rate(median(times.zod));
  const bareRate = rate(median(times.bare));
  const speedup = ourRate / zodRate;
  const gap = bareRate / ourRate;
  const out: BenchRow[] = [
    { name: `validation: our checks (validateWorkbook, ${rows / 1000}k rows × ${width} cols)`, value: round(ourRate), unit: "M cells/s", target: `≥ ${round(3 * zodRate)} (3× zod) and ≥ ${round(bareRate / 4)} (bare/4)`, pass: speedup >= 3 && gap <= 4, note: `${round(median(times.ours))} ms a run` },
    { name: "validation: zod v4 baseline (same findings)", value: round(zodRate), unit: "M cells/s", target: "reference (~16 M cells/s)", pass: true, note: `${round(median(times.zod))} ms a run` },
    { name: "validation: bare loop (type/enum/range tests only)", value: round(bareRate), unit: "M cells/s", target: "reference (~200 M cells/s)", pass: true, note: `${round(median(times.bare))} ms a run` },
    { name: "validation: speed-up over zod", value: round(speedup), unit: "×", target: "≥ 3×", pass: speedup >= 3 },
    { name: "validation: gap to the bare loop", value: round(gap), unit: "×", target: "≤ 4×", pass: gap <= 4 },
  ];
  return { rows: out, detail: `${ours.length} findings (${bad} bad cells of ${cells}), identical (cell, rule) sets in ours and zod` };
}

export { columnLetters };
