/**
 * State of 导入已有台账 (issue #16 item 4): which of the user's own sheets are chosen, the core's
 * proposal (each table's kind and each column's standard field, with confidences), the user's
 * re-assignments (kept as a saved mapping's entries: only what the user changed), the profile
 * fields asked for, and the outcome of writing. Every change re-runs the core's `importLedgers`
 * with the edits, so what is shown is exactly what will be written. Pure; loaded with the import
 * screen only (a lazy chunk).
 * @module
 */
// Deep imports, not the core's barrel: the importer core stays in this lazy chunk (bench "gzip: initial JS").
import { standardV1 } from "../../core/catalog";
import { importKinds, importLedgers, profileOptionProblem, MAPPING_FORMAT, type CellFate, type ImportMapping, type ImportOptions, type ImportOutcome, type ImportSkipReason, type ImportSource, type MappingSheet } from "../../core/import";
import type { ImportableSheet } from "../../adapters/excel/import-rows";
import type { ImportWritten } from "../operations";

/** The phases of the screen. */
export type ImportPhase = "idle" | "listing" | "pick" | "reading" | "review" | "writing" | "done" | "failed";

/** Profile items the core may ask for, in the order the screen shows them. */
export const PROFILE_ITEMS = ["单位名称", "单位类型", "报告年度", "报告期"] as const;

/** State of the import screen. */
export interface ImportState {
  readonly phase: ImportPhase;
  /** The sheets on offer: the workbook's own, or those of a file picked for import (网页版). */
  readonly sheets: readonly ImportableSheet[];
  readonly chosen: readonly string[];
  /**
   * Files picked for import instead of the open workbook (网页版): label and whole snapshot of each.
   * Several are imported together into one standard workbook, as the CLI's `import a.xlsx b.csv`
   * (new-user test 7, D8); their sheets are then listed as `a.xlsx·Sheet1`.
   */
  readonly files?: readonly ImportSource[];
  /** What is imported: the chosen sheets read, one source per file. */
  readonly sources?: readonly ImportSource[];
  /** The user's re-assignments, as saved-mapping entries (blocks not named are proposed as usual). */
  readonly edits: readonly MappingSheet[];
  /** Profile values typed for the items the core asked for. */
  readonly profile: Readonly<Record<string, string>>;
  /** Profile items asked for (missing in the first proposal): they keep their inputs once typed. */
  readonly asked: readonly string[];
  /** Profile items found in the sheets that the user chose to correct (new-user test 6, D6): asked for too, pre-filled. */
  readonly corrected?: readonly string[];
  /** The core's answer with the edits and typed profile: what confirming writes. */
  readonly outcome?: ImportOutcome;
  readonly written?: ImportWritten;
  readonly error?: string;
}

export type ImportAction =
  | { readonly type: "list/start" }
  | { readonly type: "list/done"; readonly sheets: readonly ImportableSheet[] }
  | { readonly type: "files/done"; readonly files: readonly ImportSource[] }
  | { readonly type: "sheet/toggle"; readonly sheet: string; readonly on: boolean }
  | { readonly type: "read/start" }
  | { readonly type: "read/done"; readonly sources: readonly ImportSource[] }
  | { readonly type: "kind/set"; readonly sheet: string; readonly block: number; readonly kind: string | null }
  | { readonly type: "column/set"; readonly sheet: string; readonly block: number; readonly header: string; readonly field: string | null }
  | { readonly type: "profile/set"; readonly item: string; readonly value: string }
  /** Correct a profile value read from the sheets: it gets an input, pre-filled with what was read. */
  | { readonly type: "profile/edit"; readonly item: string; readonly value: string }
  | { readonly type: "write/start" }
  | { readonly type: "write/done"; readonly written: ImportWritten }
  | { readonly type: "back" }
  | { readonly type: "failed"; readonly error: string };

export const initialImport: ImportState = { phase: "idle", sheets: [], chosen: [], edits: [], profile: {}, asked: [] };

/** The kinds a table can be given (`活动台账` …, then the lists `问题清单`, `志愿者花名册`). */
export function kindNames(): string[] {
  return importKinds(standardV1).map((k) => k.name);
}

/** The fields a column of a table of `kind` can go to (the kind's columns, catalog order). */
export function fieldNames(kind: string | undefined): string[] {
  return importKinds(standardV1).find((k) => k.name === kind)?.columns.map((c) => c.header) ?? [];
}

/** The typed profile values as import options; a value the catalog refuses is left out (the item stays missing). */
export function profileOptions(profile: Readonly<Record<string, string>>): ImportOptions {
  const unitName = profile["单位名称"]?.trim();
  const unitType = profile["单位类型"]?.trim();
  const yearText = profile["报告年度"]?.trim();
  const period = profile["报告期"]?.trim();
  const year = yearText && /^\d{4}$/u.test(yearText) ? Number(yearText) : undefined;
  const out: Record<string, string | number> = {};
  if (unitName) out.unitName = unitName;
  if (unitType && !profileOptionProblem({ unitType })) out.unitType = unitType;
  if (year !== undefined && !profileOptionProblem({ year })) out.year = year;
  if (period && !profileOptionProblem({ period })) out.period = period;
  return out as ImportOptions;
}

/** The edits as a mapping for `importLedgers` (undefined when the user changed nothing). */
export function editsMapping(edits: readonly MappingSheet[]): ImportMapping | undefined {
  return edits.length ? { format: MAPPING_FORMAT, version: 1, sheets: edits } : undefined;
}

/** How a sheet of picked files is listed and chosen: its name, or `a.xlsx·Sheet1` when several files were picked. */
export function sheetKey(files: readonly ImportSource[], file: ImportSource, sheet: string): string {
  return files.length > 1 ? `${file.label}·${sheet}` : sheet;
}

/** The chosen sheets of the files picked for import, one source per file that has any (file order). */
export function chosenSources(files: readonly ImportSource[], chosen: readonly string[]): ImportSource[] {
  return files.flatMap((file) => {
    const sheets = file.snapshot.sheets.filter((s) => chosen.includes(sheetKey(files, file, s.name)));
    return sheets.length ? [{ label: file.label, snapshot: { ...file.snapshot, sheets } }] : [];
  });
}

/** The label of what is imported: the file name, or the names joined with `、`. */
export function sourcesLabel(sources: readonly ImportSource[] | undefined): string {
  return (sources ?? []).map((s) => s.label).join("、");
}

/** The core's outcome for the state's source, edits and typed profile. */
function propose(state: ImportState): ImportState {
  if (!state.sources?.length) return state;
  const mapping = editsMapping(state.edits);
  const outcome = importLedgers(state.sources, { ...profileOptions(state.profile), ...(mapping ? { mapping } : {}) });
  const asked = [...new Set([...state.asked, ...outcome.result.missing])];
  return { ...state, outcome, asked: PROFILE_ITEMS.filter((p) => asked.includes(p)) };
}

/** True when the user set this block's kind or one of its columns. */
export function isEdited(state: Pick<ImportState, "edits">, sheet: string, block: number, header?: string): boolean {
  const e = state.edits.find((x) => x.sheet === sheet && x.block === block);
  if (!e) return false;
  return header === undefined ? true : Object.prototype.hasOwnProperty.call(e.columns, header);
}

/** Counts of the cell accounting: imported, and skipped by reason (in the order reasons first occur). */
export function cellCounts(cells: readonly CellFate[]): { readonly total: number; readonly imported: number; readonly skipped: readonly { readonly reason: ImportSkipReason; readonly count: number }[] } {
  const skipped = new Map<ImportSkipReason, number>();
  let imported = 0;
  for (const c of cells) {
    if (c.status === "imported") imported += 1;
    else skipped.set(c.reason, (skipped.get(c.reason) ?? 0) + 1);
  }
  return { total: cells.length, imported, skipped: [...skipped.entries()].map(([reason, count]) => ({ reason, count })) };
}

/** Rows the outcome writes per ledger (`[活动台账, 5]`), in the order the core gives them. */
export function rowsPerLedger(outcome: ImportOutcome): [string, number][] {
  return Object.entries(outcome.result.content.ledgers).map(([sheet, rows]) => [sheet, rows.length]);
}

/** Confirming is possible: a proposal with every profile field and at least one row to write. */
export function canConfirm(state: ImportState): boolean {
  return state.phase === "review" && !!state.outcome?.result.ok && rowsPerLedger(state.outcome).some(([, n]) => n > 0);
}

export function importReducer(state: ImportState, action: ImportAction): ImportState {
  switch (action.type) {
    case "list/start":
      return { ...initialImport, phase: "listing" };
    case "list/done":
      return { ...initialImport, phase: "pick", sheets: action.sheets, chosen: action.sheets.length === 1 ? [action.sheets[0].name] : [] };
    case "files/done": {
      const files = action.files;
      const sheets = files.flatMap((f) => f.snapshot.sheets.filter((s) => s.values.some((r) => r.some((v) => v !== null && v !== ""))).map((s) => ({ name: sheetKey(files, f, s.name), clash: false })));
      return { ...initialImport, phase: "pick", files, sheets, chosen: sheets.map((s) => s.name) };
    }
    case "sheet/toggle": {
      const chosen = action.on ? [...new Set([...state.chosen, action.sheet])] : state.chosen.filter((s) => s !== action.sheet);
      return { ...state, chosen: state.sheets.map((s) => s.name).filter((n) => chosen.includes(n)) };
    }
    case "read/start":
      return { ...state, phase: "reading", error: undefined };
    case "read/done":
      return propose({ ...state, phase: "review", sources: action.sources, edits: [], profile: {}, asked: [], corrected: [], written: undefined });
    case "kind/set": {
      // A new kind: its columns are proposed anew for it (the column edits of that block are dropped).
      const entry: MappingSheet = { sheet: action.sheet, block: action.block, kind: action.kind, columns: {} };
      return propose({ ...state, edits: [...state.edits.filter((e) => !(e.sheet === action.sheet && e.block === action.block)), entry] });
    }
    case "column/set": {
      const current = state.edits.find((e) => e.sheet === action.sheet && e.block === action.block);
      const kind = current ? current.kind : state.outcome?.proposal.blocks.find((b) => b.sheet === action.sheet && b.block === action.block)?.kind ?? null;
      const entry: MappingSheet = { sheet: action.sheet, block: action.block, kind, columns: { ...(current?.columns ?? {}), [action.header]: action.field } };
      return propose({ ...state, edits: [...state.edits.filter((e) => e !== current), entry] });
    }
    case "profile/set":
      return propose({ ...state, profile: { ...state.profile, [action.item]: action.value } });
    case "profile/edit":
      return propose({ ...state, profile: { ...state.profile, [action.item]: action.value }, asked: [...state.asked, action.item], corrected: [...(state.corrected ?? []), action.item] });
    case "write/start":
      return { ...state, phase: "writing", error: undefined };
    case "write/done":
      return { ...state, phase: "done", written: action.written };
    case "back":
      return { ...state, phase: state.sources?.length ? "review" : "pick", error: undefined };
    case "failed":
      return { ...state, phase: "failed", error: action.error };
    default:
      return state;
  }
}
