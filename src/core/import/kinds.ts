/**
 * The kinds a source table can be, read from the catalog: each ledger (its columns with their
 * headers and synonyms) and each list that is reshaped (问题清单, 志愿者花名册, with their columns).
 * One description, so that mapping and reshaping never keep a second list of headers.
 * @module
 */
import { ledgersOf, type Catalog, type FieldSpec, type ImportShape, type LedgerSpec, type ShapeColumn } from "../catalog";
import { headerStem } from "./find-tables";

/** A target column of a kind: its header, its synonyms and what it is. */
export interface KindColumn {
  readonly header: string;
  readonly synonyms: readonly string[];
  /** The ledger field the value goes to (for a ledger kind, the column itself). */
  readonly field?: FieldSpec;
  /** For a list column: its role. */
  readonly shape?: ShapeColumn;
  /** True when several source columns may go here (备注, a list's remark columns). */
  readonly many: boolean;
}

/** One kind a block can be. */
export interface ImportKind {
  /** Name shown and saved (`活动台账`, `问题清单`). */
  readonly name: string;
  readonly ledger: LedgerSpec;
  readonly shape?: ImportShape;
  readonly columns: readonly KindColumn[];
  readonly words: readonly string[];
  /**
   * Header stems of money (`经费`, `金额`, `投入资金` …) this kind's ledger has no column for, while another ledger of the
   * catalog has one (a field of `quantity: "money"`, its header and synonyms): such a column is kept in 备注 (`经费3600元`),
   * never dropped (new-user test 25, D10). Empty for a ledger with a money column of its own (宣传投放) and for the lists.
   */
  readonly moneyHeaders: readonly string[];
}

/** Every kind of the catalog: the ledgers (not 文字材料, whose rows are prose) then the lists. */
export function importKinds(catalog: Catalog): readonly ImportKind[] {
  const ledgers = ledgersOf(catalog);
  const moneyFields = ledgers.flatMap((l) => l.columns.filter((c) => c.quantity === "money"));
  const moneyWords = [...new Set(moneyFields.flatMap((c) => [c.header, ...(c.synonyms ?? [])].map(headerStem)))];
  const ledgerKinds = ledgers
    .filter((l) => l.id !== "texts")
    .map((ledger): ImportKind => ({
      name: ledger.sheet,
      ledger,
      words: ledger.importWords ?? [],
      moneyHeaders: ledger.columns.some((c) => c.quantity === "money") || !ledger.columns.some((c) => c.id === "remark") ? [] : moneyWords,
      columns: ledger.columns
        .filter((c) => c.type !== "formula")
        .map((c) => ({ header: c.header, synonyms: c.synonyms ?? [], field: c, many: c.id === "remark" })),
    }));
  const shapeKinds = (catalog.importShapes ?? []).flatMap((shape): ImportKind[] => {
    const ledger = ledgers.find((l) => l.id === shape.ledger);
    if (!ledger) return [];
    return [{
      name: shape.name,
      ledger,
      shape,
      words: shape.importWords,
      moneyHeaders: [],
      columns: shape.columns.map((s) => ({
        header: s.header,
        synonyms: s.synonyms ?? [],
        shape: s,
        ...(s.field ? { field: ledger.columns.find((c) => c.header === s.field) } : {}),
        many: s.role === "remark" || s.role === "personal" || s.role === "figure",
      })),
    }];
  });
  return [...ledgerKinds, ...shapeKinds];
}

/** Header stems import knows (every kind's headers and synonyms, and 序号): how the table finder tells a header row. */
export function headerVocabulary(kinds: readonly ImportKind[]): ReadonlySet<string> {
  const words = new Set<string>(SEQUENCE_HEADERS);
  for (const k of kinds) for (const c of k.columns) for (const h of [c.header, ...c.synonyms]) words.add(headerStem(h));
  return words;
}

/** Headers of a row-number column: never imported (the standard ledger numbers its rows itself). */
export const SEQUENCE_HEADERS: readonly string[] = ["序号", "编号", "序", "No.", "NO", "No"];
