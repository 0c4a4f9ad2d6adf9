/**
 * A small formula checker for the strict fake (audit §4 F2): tokenizes an Excel formula in its
 * invariant (en-US) spelling and resolves what the add-in writes — function names, structured
 * references (`tbl[col]`, `tbl[[#This Row],[col]]`, `tbl[@col]`, `tbl[#All]`), sheet-qualified
 * references (`'_lists'!$A$1:$A$9`) and A1 references. It does not evaluate: formula cells keep
 * a blank value in the fake.
 *
 * What Excel is expected to refuse, and this checker refuses (InvalidArgument from the writing
 * command): unbalanced parentheses or brackets, an unknown function, a structured reference to a
 * table or column that does not exist, a reference to a sheet that does not exist. "To verify on
 * real Excel" (docs/office-compatibility.md): the audit infers the structured-reference and
 * sheet cases from Excel's "There's a problem with this formula" for typed formulas (§3 P7b).
 * @module
 */
import { closeBracket, closeString, structuredColumns } from "../formula-refs";
import { cellAt, findSheet, type WorkbookModel } from "./model";

/** Functions the add-in writes (catalog formulas, highlight rules) and other common ones. */
const FUNCTIONS = new Set([
  "SUM", "IF", "N", "IFERROR", "INDEX", "MATCH", "SUMIFS", "COUNTIFS", "SUMPRODUCT", "LEN", "COUNT", "COUNTA", "COUNTIF", "SUMIF",
  "AVERAGE", "MIN", "MAX", "AND", "OR", "NOT", "DATE", "YEAR", "MONTH", "ISBLANK", "ISNUMBER", "ISTEXT", "TEXT", "VALUE", "ROUND", "ABS", "TODAY", "ROW", "COLUMN",
]);

/** What a formula's references must resolve against. */
export interface FormulaScope {
  /** The header names of table `name` (case-insensitive), or undefined when there is no such table. */
  tableColumns(name: string): readonly string[] | undefined;
  /** Whether a sheet of this name exists. */
  hasSheet(name: string): boolean;
}

/** Why a formula is refused, or undefined when it is accepted. */
export function checkFormula(formula: string, scope: FormulaScope): string | undefined {
  if (!formula.startsWith("=")) return undefined;
  const text = formula.slice(1);
  let depth = 0;
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '"') {
      const end = closeString(text, i);
      if (end < 0) return "unterminated string";
      i = end + 1;
      continue;
    }
    if (ch === "'") {
      const end = text.indexOf("'!", i + 1);
      if (end < 0) return "unterminated sheet name";
      const sheet = text.slice(i + 1, end).replace(/''/g, "'");
      if (!scope.hasSheet(sheet)) return `no sheet ${sheet}`;
      i = end + 2;
      continue;
    }
    if (ch === "(") depth++;
    if (ch === ")" && --depth < 0) return "unbalanced parentheses";
    if (ch === "[") return "a bracket without a table name";
    const word = /^[A-Za-z_\u00c0-\uffff][\w.\u00c0-\uffff]*/u.exec(text.slice(i));
    if (word) {
      const name = word[0];
      const after = text[i + name.length];
      if (after === "(") {
        if (!FUNCTIONS.has(name.toUpperCase())) return `unknown function ${name}`;
      } else if (after === "[") {
        const end = closeBracket(text, i + name.length);
        if (end < 0) return "unbalanced brackets";
        const problem = checkStructured(name, text.slice(i + name.length + 1, end), scope);
        if (problem) return problem;
        i = end + 1;
        continue;
      } else if (after === "!") {
        if (!scope.hasSheet(name)) return `no sheet ${name}`;
        i += name.length + 1;
        continue;
      }
      i += name.length;
      continue;
    }
    i++;
  }
  return depth === 0 ? undefined : "unbalanced parentheses";
}

/** Checks `table[inner]`: the table exists and every column named inside it is one of its headers. */
function checkStructured(table: string, inner: string, scope: FormulaScope): string | undefined {
  const columns = scope.tableColumns(table);
  if (!columns) return `no table ${table}`;
  const known = new Set(columns.map((c) => c.toLowerCase()));
  const missing = structuredColumns(inner).find((c) => !known.has(c.toLowerCase()));
  return missing === undefined ? undefined : `table ${table} has no column ${missing}`;
}

/** The formula scope of a workbook model: its tables' header cells and its sheets. */
export function scopeOf(model: WorkbookModel): FormulaScope {
  return {
    tableColumns: (name) => {
      const t = model.tables.find((x) => x.name.toLowerCase() === name.toLowerCase());
      if (!t) return undefined;
      const out: string[] = [];
      for (let c = t.bounds.left; c <= t.bounds.right; c++) out.push(String(cellAt(t.sheet, t.bounds.top, c)?.value ?? ""));
      return out;
    },
    hasSheet: (name) => !!findSheet(model, name),
  };
}

