/**
 * The structured references of an Excel formula (invariant en-US spelling, as impose writes
 * them): `tbl[col]`, `tbl[[#This Row],[col]]`, `tbl[@col]`, `tbl[#All]`. Impose uses it to find
 * the table columns a catalog formula needs before it writes the formula (audit §3 P7b: Excel is
 * expected to refuse a structured reference to a missing table or column — inferred, "to verify
 * on real Excel" in docs/office-compatibility.md); the strict fake uses the same parser to refuse
 * such formulas.
 * @module
 */

/**
 * The text written in 指标汇总 in place of an indicator formula that lacks table columns:
 * `（缺少：宣传投放 数量）` (the Excel impose and the .xlsx upgrade alike).
 */
export function missingNote(lacking: readonly string[]): string {
  return `（缺少：${lacking.join("、")}）`;
}

/**
 * What each indicator's formula lacks, by indicator id (indicators lacking nothing are absent): `lacking`
 * names the missing items of one structured reference (`问题整改 来源`, `宣传投放 表格`); repeats are said once.
 * The one loop behind the Excel impose's and the .xlsx upgrade's notes in 指标汇总.
 */
export function indicatorGaps(indicators: readonly { readonly id: string; readonly formula: string }[], lacking: (ref: StructuredRef) => readonly string[]): Map<string, string[]> {
  const gaps = new Map<string, string[]>();
  for (const ind of indicators) {
    const items = [...new Set(structuredRefs(ind.formula).flatMap(lacking))];
    if (items.length) gaps.set(ind.id, items);
  }
  return gaps;
}

/** What each indicator's `unitFormula` lacks, by indicator id, as {@link indicatorGaps} says it of the value formulas. */
export function indicatorUnitGaps(indicators: readonly { readonly id: string; readonly unitFormula?: string }[], lacking: (ref: StructuredRef) => readonly string[]): Map<string, string[]> {
  return indicatorGaps(indicators.flatMap((ind) => (ind.unitFormula ? [{ id: ind.id, formula: ind.unitFormula }] : [])), lacking);
}

/**
 * Column C of an indicator in 指标汇总: its `unitFormula` (without `=`) when it has one that lacks nothing
 * (`unitGaps` from {@link indicatorUnitGaps}), else undefined and its fixed `unit` stands.
 */
export function unitFormulaOf(ind: { readonly id: string; readonly unitFormula?: string }, unitGaps: ReadonlyMap<string, unknown>): string | undefined {
  return ind.unitFormula && !unitGaps.has(ind.id) ? ind.unitFormula : undefined;
}

/** One structured reference: its table and the column names it mentions (specials like `#This Row` left out). */
export interface StructuredRef {
  readonly table: string;
  readonly columns: readonly string[];
}

/** Index of the quote closing the string opened at `start` (`""` is an escaped quote), or -1. */
export function closeString(text: string, start: number): number {
  for (let j = start + 1; j < text.length; j++) {
    if (text[j] !== '"') continue;
    if (text[j + 1] === '"') j++;
    else return j;
  }
  return -1;
}

/** Index of the `]` closing the `[` at `start` (nested brackets; `'` escapes one character), or -1. */
export function closeBracket(text: string, start: number): number {
  let depth = 0;
  for (let j = start; j < text.length; j++) {
    if (text[j] === "'") j++;
    else if (text[j] === "[") depth++;
    else if (text[j] === "]" && --depth === 0) return j;
  }
  return -1;
}

/** The column names inside the brackets of `table[inner]` (`@` and `'` escapes removed, specials skipped). */
export function structuredColumns(inner: string): string[] {
  const items = inner.startsWith("[") ? [...inner.matchAll(/\[((?:'.|[^\]])*)\]/g)].map((m) => m[1]) : [inner];
  const out: string[] = [];
  for (const raw of items) {
    for (const part of raw.split(/\]:\[|:/)) {
      const item = part.replace(/^@/, "").replace(/'(.)/g, "$1").trim();
      if (item && !item.startsWith("#")) out.push(item);
    }
  }
  return out;
}

/**
 * Every structured reference of `formula` (with or without the leading `=`), in order; text in
 * string literals is skipped. Unbalanced brackets end the scan.
 */
export function structuredRefs(formula: string): StructuredRef[] {
  const text = formula.replace(/^=/, "");
  const out: StructuredRef[] = [];
  let i = 0;
  while (i < text.length) {
    if (text[i] === '"') {
      const end = closeString(text, i);
      if (end < 0) break;
      i = end + 1;
      continue;
    }
    const word = /^[A-Za-z_\u00c0-\uffff][\w.\u00c0-\uffff]*/u.exec(text.slice(i));
    if (word && text[i + word[0].length] === "[" && (i === 0 || !/[\w.\u00c0-\uffff]/u.test(text[i - 1]))) {
      const start = i + word[0].length;
      const end = closeBracket(text, start);
      if (end < 0) break;
      out.push({ table: word[0], columns: structuredColumns(text.slice(start + 1, end)) });
      i = end + 1;
      continue;
    }
    i += word ? word[0].length : 1;
  }
  return out;
}
