/**
 * The host operations the pane's components use, behind one interface: the real Office.js
 * adapter in Excel, the in-memory fake in preview (preview/preview-ops.ts). Components get them
 * through context (ops-context.tsx) and never call Office themselves.
 * @module
 */
import {
  applyFixes,
  applyFixesIn,
  clearHighlightsIn,
  clearHighlights,
  lastFixBatch,
  undoLastFixes,
  type ApplyFixesResult,
  type UndoFixesResult,
  highlightFindings,
  imposeStandard,
  readSnapshot,
  selectCell,
  watchChanges,
  type ExcelFeatures,
  type HighlightResult,
  type WatchOptions,
  type Watcher,
  type ImposeReport,
  type RunExcel,
} from "../adapters/excel";
import type { PanePlatform } from "./export/deliver-workbook";
import type { ImportableSheet, ImportWriteReport } from "../adapters/excel/import-rows";
import type { ImportedContent, ImportSource } from "../core/import/types";
import { analyseLedger, fixPlan, standardV1, type Analysis, type Catalog, type Change, type Finding, type FixPlan, type TableExtension, type NextPeriod, type NextPeriodOptions, type NextPeriodRefusal, type SheetGrid } from "../core";

/** A plan of 开始下一期 the user can confirm: the core's result and the options it was made with. */
export interface NextPlanned {
  readonly ok: true;
  readonly next: NextPeriod;
  readonly options: NextPeriodOptions;
}

/** The plan of 开始下一期, or the core's refusal (`period-needed`: ask for the period). */
export type NextPlan = NextPlanned | NextPeriodRefusal;

/** What applying a plan did: the open workbook rewritten in place, or a new file to download (网页版). */
export type NextApplied =
  | { readonly kind: "in-place"; readonly next: NextPeriod; readonly tablesResized: boolean }
  | { readonly kind: "download"; readonly next: NextPeriod; readonly bytes: Uint8Array; readonly file: string; readonly errors: number };

/**
 * 开始下一期 (issue #17) behind the host seam. `in-place`: the open workbook becomes the next
 * period's (Excel, preview) — this period's rows are gone from it, so the pane asks first;
 * `download`: a new file is made from the opened one, which stays as it is (网页版).
 */
export interface NextPeriodOps {
  readonly mode: "in-place" | "download";
  /** What 开始下一期 would do (nothing written). */
  plan(options?: NextPeriodOptions): Promise<NextPlan>;
  /** Does it: rewrites the open workbook, or makes the file. Rejects (Chinese) when the workbook changed since the plan. */
  apply(plan: NextPlanned): Promise<NextApplied>;
}

/** Everything the pane asks of the workbook. */
export interface PaneOps {
  readonly features: ExcelFeatures;
  /** Creates or repairs the standard sheets. */
  impose(): Promise<ImposeReport>;
  /** Reads the workbook and runs the core's checks; `onProgress` gets (blocks done, planned). */
  analyze(onProgress?: (done: number, planned: number) => void): Promise<Analysis>;
  /** Activates the sheet and selects the cell ("" = A1). */
  selectCell(sheet: string, cell: string): Promise<void>;
  /** Highlights the findings' cells, or removes the highlight (null); protected sheets are skipped and named. */
  highlight(findings: readonly Finding[] | null): Promise<HighlightResult>;
  /**
   * Calls `onChange` after edits of the standard sheets, including those Excel does not report
   * (dropdown picks, deleted rows: compared on selection changes and every `pollMs`); resolves to
   * an unsubscribe function. The pane's own writes (impose, 规范数据, 撤销) are never reported.
   */
  watch(onChange: () => void, options?: WatchOptions): Promise<() => Promise<void>>;
  /** 规范数据: the core's fix plan for the workbook as it is now. */
  planFixes(): Promise<FixPlan>;
  /**
   * Applies the chosen changes (cells edited since the plan are left and listed). With
   * `clearHighlight` in `excel` undo mode, the add-in's highlight is removed in the same undo
   * group, so that one Ctrl+Z restores values and highlight together (audit §3 P10); the pane
   * then re-checks without highlighting again.
   */
  applyFixes(changes: readonly Change[], options?: { readonly clearHighlight?: boolean; readonly tables?: readonly TableExtension[] }): Promise<ApplyFixesResult>;
  /**
   * How 规范数据 is undone: `excel` — one Ctrl+Z in Excel (ExcelApi 1.20 undo grouping);
   * `log` — the pane's 撤销, from the hidden 修改记录 sheet.
   */
  readonly fixUndo: "excel" | "log";
  /** Restores the last 规范数据 batch from 修改记录 (`log` mode). */
  undoFixes(): Promise<UndoFixesResult>;
  /** The last batch 撤销 would restore, if any (`log` mode). */
  lastFixBatch(): Promise<{ batch: string; time: string; count: number } | undefined>;
  /** Opens an .xlsx (base64) as a new workbook (`Excel.createWorkbook`, ExcelApi 1.8); absent: offer a download. */
  readonly createWorkbook?: (base64: string) => Promise<void>;
  /** Where the pane runs (downloads do nothing on Mac): export/deliver-workbook.ts. */
  readonly platform: PanePlatform;
  /** Preview mode only: edits of the in-memory sample workbook. */
  readonly preview?: PreviewControls;
  /** 开始下一期 (issue #17); its code is a lazy chunk. */
  readonly nextPeriod?: NextPeriodOps;
  /** 导入已有台账 (issue #16): the user's own sheets read, and the import written. */
  readonly importer: ImportHost;
}

/**
 * What the 导入已有台账 screen asks of the host (issue #16): the sheets of the user's own making, those
 * chosen read as one source (through the same snapshot reader as the checks), and the import written
 * — into the standard sheets of this workbook (Excel, preview), or as a new standard workbook to
 * download (网页版). The importer core itself runs in the screen's own chunk.
 */
export interface ImportHost {
  /** Where the result goes: this workbook's standard sheets, or a new workbook downloaded. */
  readonly target: "workbook" | "download";
  /** The sheets that can be imported (visible, not empty, not a standard or generated sheet). */
  sheets(): Promise<readonly ImportableSheet[]>;
  /** The chosen sheets read as one source, labelled with the file's name (or 本工作簿). */
  read(names: readonly string[]): Promise<ImportSource>;
  /** 网页版: another .xlsx or .csv picked for import, read whole (its sheets are chosen from it). */
  readFile?(name: string, bytes: Uint8Array): Promise<ImportSource>;
  /**
   * Writes the import. `sheets`: the source sheets, kept as they are (a sheet bearing a standard
   * sheet's name is renamed `<name>（原表）` first, so that the standard sheet can be made). `label`:
   * the source's label (a download is named after it).
   */
  write(content: ImportedContent, sheets: readonly string[], label: string): Promise<ImportWritten>;
}

/** What writing an import did: the workbook's standard sheets imposed and filled, or a download. */
export type ImportWritten =
  | { readonly kind: "workbook"; readonly impose: ImposeReport; readonly report: ImportWriteReport; readonly renamed: readonly { readonly from: string; readonly to: string }[] }
  /** A download, with the new workbook's check as the CLI's `import` reports it (new-user test 8, D8). */
  | { readonly kind: "download"; readonly bytes: Uint8Array; readonly file: string; readonly check: { readonly errors: number; readonly warnings: number } };

/** The label of the open workbook as an import source. */
export const WORKBOOK_LABEL = "本工作簿";

/** Host extras of createOps: Excel's undo-grouping runner and createWorkbook, when the host has them. */
export interface HostExtras {
  /** `Excel.run({ mergeUndoGroup: true })` (ExcelApi 1.20). */
  readonly runGrouped?: RunExcel;
  readonly createWorkbook?: (base64: string) => Promise<void>;
  /** `Office.context.platform` as the pane names it (default unknown). */
  readonly platform?: PanePlatform;
}

/** What only the browser preview can do to its in-memory workbook. */
export interface PreviewControls {
  /**
   * Types a few typical mistakes into the sample (as a user would: onChanged fires). Only on the
   * bundled sample: never on a user's own file (new-user test D6), never in the 网页版.
   */
  addMistakes?(): Promise<void>;
  /** The cell last selected (`sheet!A1`), for tests. */
  selection(): string | undefined;
  /** A sheet of the in-memory workbook as it is now, for the read-only grid view (issue #12). */
  sheetGrid?(sheet: string): SheetGrid | undefined;
  /** The file the in-memory workbook was loaded from; undefined for the bundled sample. */
  readonly file?: string;
  /**
   * Loads the user's own .xlsx into the in-memory workbook (preview outside Office only, issue #12):
   * every tab then works on it; the file on disk is never changed. Rejects with a Chinese message
   * when the file cannot be read.
   */
  openLocal?(name: string, bytes: Uint8Array): Promise<void>;
  /**
   * The 网页版 only (issue #13): the working copy as a new .xlsx — the opened file (or a blank
   * standard workbook) with 套用/修复标准表 and 规范数据 replayed on it — and its file name.
   */
  download?(): Promise<{ readonly bytes: Uint8Array; readonly file: string }>;
}

/** 开始下一期's code (core call and Office.js writer) in its own chunk. */
const loadNextPeriod = () => import(/* webpackChunkName: "next-period" */ "./next-period-ops");

/**
 * True in the 网页版: the user keeps a downloaded copy, there is no sheet on screen to edit or mark,
 * and what lives only in the in-memory workbook (charts, the change log) is not in the download.
 */
export function isPage(ops: PaneOps | undefined): boolean {
  return !!ops?.preview?.download;
}

/** Operations over any `RunExcel` (Office.js' `Excel.run` or the fake's). */
export function createOps(run: RunExcel, features: ExcelFeatures, catalog: Catalog = standardV1, preview?: PreviewControls, extras: HostExtras = {}): PaneOps {
  const dataSheets = catalog.sheets.filter((s) => s.kind !== "generated").map((s) => s.sheet);
  // Merged cells and formula cells read where the host can say where they are: the same hints as the CLI's (new-user tests D19; 2, D1).
  const readOptions = { merges: !!features.api113, formulaCells: features.api19 };
  const grouped = extras.runGrouped;
  const watchers = new Set<Watcher>();
  /** The add-in's own writes: every watcher pauses its comparison and takes its signature anew after. */
  const own = <T>(work: () => Promise<T>): Promise<T> => [...watchers].reduce<() => Promise<T>>((inner, w) => () => w.quiet(inner), work)();
  const importRows = () => import(/* webpackChunkName: "import-excel" */ "../adapters/excel/import-rows");
  const importer: ImportHost = {
    target: "workbook",
    sheets: async () => (await importRows()).importableSheets(run, catalog),
    read: async (names) => {
      const snapshot = await readSnapshot(run, catalog, { ...readOptions, extraSheets: names });
      return { label: preview?.file || WORKBOOK_LABEL, snapshot: { ...snapshot, sheets: snapshot.sheets.filter((s) => names.includes(s.name)) } };
    },
    write: (content, sheets) => own(async (): Promise<ImportWritten> => {
      const rows = await importRows();
      const renamed = await rows.setAsideClashingSheets(run, catalog, sheets);
      const keepSheets = sheets.map((s) => renamed.find((r) => r.from === s)?.to ?? s);
      const impose = await imposeStandard(run, catalog, features, { keepSheets });
      const report = await rows.writeImportedContent(run, catalog, content);
      return { kind: "workbook", impose, report, renamed };
    }),
  };
  // The user's own sheets that look like ledgers, said after 生成或修复标准表 as the CLI's `upgrade` says
  // them (new-user test 4, D7): read (and the importer's code loaded) only when the workbook has such sheets.
  const lookalikes = async (): Promise<readonly string[]> => {
    const names = (await (await importRows()).importableSheets(run, catalog)).filter((s) => !s.clash).map((s) => s.name);
    if (!names.length) return [];
    const snapshot = await readSnapshot(run, catalog, { ...readOptions, extraSheets: names, onlyExtra: true });
    const { ledgerLookalikes } = await import(/* webpackChunkName: "lookalike" */ "../core/import/lookalike");
    return ledgerLookalikes(snapshot, catalog);
  };
  return {
    features,
    preview,
    importer,
    createWorkbook: extras.createWorkbook,
    platform: extras.platform ?? "unknown",
    fixUndo: grouped ? "excel" : "log",
    planFixes: async () => fixPlan(await readSnapshot(run, catalog, readOptions), catalog),
    applyFixes: (changes, options = {}) => own(async () => {
      // The plan's tables reach the rows typed below them where the host can resize a table (new-user test 53, D12).
      const tables = features.api113 && options.tables?.length ? { tables: options.tables } : {};
      if (!grouped) return applyFixes(run, changes, { log: true, ...tables });
      try {
        return await grouped(async (context) => {
          const result = await applyFixesIn(context, changes, { log: false, ...tables });
          if (options.clearHighlight) {
            await clearHighlightsIn(context, dataSheets);
            await context.sync();
          }
          return result;
        });
      } catch (error) {
        // An API without undo support in the group: apply again with the pane's own log.
        if ((error as { code?: unknown } | null)?.code !== "UndoNotSupported") throw error;
        return applyFixes(run, changes, { log: true, ...tables });
      }
    }),
    undoFixes: () => own(() => undoLastFixes(run)),
    lastFixBatch: () => lastFixBatch(run),
    impose: () => own(async () => {
      const report = await imposeStandard(run, catalog, features);
      const found = await lookalikes();
      return found.length ? { ...report, lookalikes: found } : report;
    }),
    // The core decides the catalog (a roll-up is checked with 填报单位) and the narrative (#12).
    analyze: async (onProgress) => analyseLedger(await readSnapshot(run, catalog, { ...readOptions, onProgress }), catalog),
    selectCell: (sheet, cell) => selectCell(run, sheet, cell),
    nextPeriod: {
      mode: "in-place",
      plan: async (options) => (await loadNextPeriod()).planInPlace(run, catalog, features, options),
      apply: (plan) => own(async () => (await loadNextPeriod()).applyInPlace(run, catalog, features, plan)),
    },
    highlight: (findings) => (findings ? highlightFindings(run, dataSheets, findings, features) : clearHighlights(run, dataSheets)),
    watch: async (onChange, options) => {
      if (!features.api17) return async () => undefined;
      const watcher = await watchChanges(run, catalog, onChange, options);
      watchers.add(watcher);
      return async () => {
        watchers.delete(watcher);
        await watcher();
      };
    },
  };
}
