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

/**
 * The ledgers a column of categories names, row by row (`工作项目`: 宣传, 活动, 志愿服务, 问题整改, 其他 — new-user test 66,
 * D1: such a sheet was taken whole as 宣传投放, its activities, volunteers and problems summed as 宣传品): per ledger id, the
 * words a category is typed in (the value with a trailing 类/工作/情况 cut, compared whole), the ledger column a row's
 * content goes to (publicity's and problems' the 类型 their classifier reads, the typed text kept) and the one its count goes to.
 * `rowWords` name the ledger only where the row itself says so (`rowSays`): a 环境整治 row counted in a problem's word
 * (`15处`) or whose 备注 says how many were put right (`已整改13处`) is a problem found and put right, while a 环境整治 row of
 * 50人 is no problem (new-user test 67, D9 — such a row was not imported).
 */
export const CATEGORY_LEDGERS: Readonly<Record<string, { readonly words: readonly string[]; readonly rowWords?: readonly string[]; readonly content: string; readonly count: string }>> = {
  organization: { words: ["组织保障", "组织领导", "组织", "组织建设", "机制建设"], content: "名称或内容", count: "数量" },
  publicity: { words: ["宣传", "宣传投放", "宣传阵地", "氛围营造", "公益广告"], content: "类型", count: "数量" },
  volunteers: { words: ["志愿服务", "志愿者", "志愿", "志愿队伍", "志愿服务队"], content: "队伍名称", count: "注册人数" },
  // `先进 | 文明教练员 | 4人` names its honour as a ledger's importWords do (new-user test 71, D6: such a row was not imported).
  honors: { words: ["先进典型", "典型", "荣誉", "表彰", "评选表彰", "选树典型", "先进", "评先评优", "先进个人", "先进集体"], content: "荣誉名称", count: "人数" },
  rectification: {
    words: ["问题整改", "整改", "问题", "问题排查", "排查整改"],
    rowWords: ["环境整治", "整治", "环境卫生整治", "市容整治", "市容环境整治", "环境综合整治", "综合整治", "专项整治", "整治整改", "环境整改"],
    content: "问题类别", count: "发现数",
  },
  // A 培训 or 会议 row (`培训 | 员工文明礼仪培训 | 两次 | 45人参加`) is an activity of 类型 会议培训, as 活动台账 keeps
  // training (new-user test 69, D9: such a row was not imported).
  activities: { words: ["活动", "活动开展", "主题活动", "文明实践", "培训", "教育培训", "学习培训", "会议培训", "宣讲"], content: "活动名称", count: "参与数量" },
  figures: { words: ["其他", "其它", "其他指标", "其他工作"], content: "指标名称", count: "数值" },
};

/**
 * The ledger id a category value names (`宣传`, `问题整改类`, `其他工作`), or undefined. A word of `rowWords` (`环境整治`)
 * names its ledger only when `rowSays(id)` (the row's unit and 备注: new-user test 67, D9).
 */
export function ledgerOfCategory(text: string, rowSays: (id: string) => boolean = () => false): string | undefined {
  const t = text.replace(/\s+/gu, "").replace(/^[\d一二三四五六七八九十]+[、.．)）]/u, "");
  const forms = [t, t.replace(/(?:类|工作|情况|方面)$/u, "")];
  for (const v of forms) {
    for (const [id, c] of Object.entries(CATEGORY_LEDGERS)) if (c.words.includes(v)) return id;
  }
  for (const v of forms) {
    for (const [id, c] of Object.entries(CATEGORY_LEDGERS)) if (c.rowWords?.includes(v) && rowSays(id)) return id;
  }
  return undefined;
}
