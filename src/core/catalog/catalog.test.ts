/** @jest-environment node */
/**
 * The catalog against the spec it encodes: docs/standard-sheets.md (the repo's copy of the
 * standard workbook v1 contract) is parsed and every sheet name, table name, header text,
 * required mark, type, text length and enumeration must match the catalog exactly.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fieldsOf, formOf, ledgersOf, standardV1, type FieldSpec } from ".";

const spec = readFileSync(join(__dirname, "../../../docs/standard-sheets.md"), "utf8");

interface SpecSheet {
  readonly name: string;
  readonly table?: string;
  readonly rows: { header: string; required: boolean; type: string; notes: string }[];
}

/** `## 3. 宣传投放 — publicity ledger (table `tbl_Publicity`)` sections and their tables. */
function specSheets(): SpecSheet[] {
  const out: SpecSheet[] = [];
  for (const part of spec.split(/^## /mu).slice(1)) {
    const head = /^\d+\.\s+(\S+)\s+—.*?(?:table `(tbl_\w+)`)?/u.exec(part);
    if (!head) continue;
    const rows = part
      .split("\n")
      .filter((l) => l.startsWith("| ") && !l.startsWith("| header") && !l.startsWith("| 项目") && !l.startsWith("|---"))
      .map((l) => l.split("|").slice(1, -1).map((c) => c.trim()))
      .map(([header, type, notes]) => ({ header: header.replace(/\*$/u, ""), required: header.endsWith("*"), type, notes }));
    out.push({ name: head[1], table: head[2] ?? /table `(tbl_\w+)`/u.exec(part)?.[1], rows });
  }
  return out;
}

function typeOf(f: FieldSpec): string {
  switch (f.type) {
    case "text":
    case "phone":
      return `text(${f.maxLength})`;
    case "int":
      return f.min === 1 ? "int >= 1" : f.max !== undefined ? `int ${f.min}..${f.max}` : "int";
    default:
      return f.type;
  }
}

describe("standardV1", () => {
  const sheets = specSheets();

  it("has the spec's sheets in the spec's order", () => {
    expect(standardV1.sheets.map((s) => s.sheet)).toEqual(sheets.map((s) => s.name));
  });

  it("has the spec's table names", () => {
    for (const s of [formOf(standardV1), ...ledgersOf(standardV1)]) {
      expect(sheets.find((x) => x.name === s.sheet)?.table).toBe(s.table);
    }
  });

  it("has every header, required mark, type and enumeration of the spec", () => {
    for (const s of [formOf(standardV1), ...ledgersOf(standardV1)]) {
      const rows = sheets.find((x) => x.name === s.sheet)!.rows;
      const fields = fieldsOf(s);
      expect(fields.map((f) => f.header)).toEqual(rows.map((r) => r.header));
      fields.forEach((f, i) => {
        const row = rows[i];
        expect([s.sheet, f.header, f.required]).toEqual([s.sheet, row.header, row.required]);
        if (f.type === "enum") {
          expect(row.type).toBe("enum");
          expect([s.sheet, f.header, (f.values ?? []).join(", ")]).toEqual([s.sheet, row.header, row.notes.split(" |")[0]]);
        } else if (f.type === "formula") {
          expect(row.type).toBe("formula");
        } else if (f.type === "phone") {
          expect(row.type).toBe("text(20)");
        } else {
          expect([s.sheet, f.header, typeOf(f)]).toEqual([s.sheet, row.header, row.type]);
        }
      });
    }
  });

  it("gives every number column a format without a currency symbol and every date the Chinese date format", () => {
    for (const s of [formOf(standardV1), ...ledgersOf(standardV1)]) {
      for (const f of fieldsOf(s)) {
        if (f.numFmt) expect(f.numFmt).not.toMatch(/[$¥￥€]/u);
        if (f.type === "date") expect(f.numFmt).toBe('yyyy"年"m"月"d"日"');
        if (f.type === "int") expect(f.numFmt).toBe("0");
      }
    }
    expect(standardV1.versionText).toBe("标准台账 v1");
    expect(standardV1.versionName).toBe("CL_StandardVersion");
  });

  it("keeps ASCII ids unique within each sheet", () => {
    for (const s of standardV1.sheets) {
      const ids = fieldsOf(s).map((f) => f.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const id of ids) expect(id).toMatch(/^[A-Za-z]+$/u);
    }
  });
});
