/**
 * Operations of the 网页版 (app.html, issue #13): the pane's operations over an in-memory working
 * copy of the user's file (the preview's fake Excel workbook), plus what only the page needs — the
 * record of what was done to that copy, so that {@link PreviewControls.download} can write the same
 * result from the original file (套用/修复标准表 as `upgrade`, 规范数据 as `fix`). Nothing leaves the
 * page but downloads.
 * @module
 */
import type { Change, WorkbookSnapshot } from "../../core";
import { MONTHLY_PERIOD } from "../../core/catalog";
import { ymdFromSerial } from "../../core/normalize/date";
import type { NextPlanned, PaneOps } from "../operations";
import { createPreviewOps } from "../preview/preview-ops";

/** An empty workbook: the page before a file is opened (标准表 generates the standard sheets in it). */
const EMPTY: WorkbookSnapshot = { sheets: [{ name: "Sheet1", originRow: 1, originCol: 1, values: [], tables: [] }] };

/** The file the page works on: its name and bytes as read (undefined: none opened yet). */
export interface OpenedFile {
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly snapshot: WorkbookSnapshot;
}

/** The name of an import's download: `<file>-标准台账.xlsx`. */
export function importFileName(file: string | undefined): string {
  return `${(file ?? "").replace(/\.(xlsx|csv|txt)$/iu, "") || "导入"}-标准台账.xlsx`;
}

/** The download's name: `<file>-已处理.xlsx`, or `标准台账.xlsx` for a blank standard workbook. */
export function copyFileName(file: string | undefined): string {
  return file ? `${file.replace(/\.xlsx$/iu, "")}-已处理.xlsx` : "标准台账.xlsx";
}

/**
 * The next period's download, named after the new period (new-user test 8, D21: not `…2024下半年（下期）`):
 * a period in the name is replaced (`望江社区2024年下半年台账.xlsx` → `望江社区2025年上半年台账.xlsx`), else the
 * period is added (`台账（2025年上半年）.xlsx`; `标准台账（…）.xlsx` without a file). A 月度 period (its month in `start`,
 * an Excel serial) is said by its month, and a month in the name is replaced (`…2025年3月台账.xlsx` →
 * `…2025年4月台账.xlsx`; new-user test 37, D15: never `（2025年月度）`).
 */
export function nextFileName(file: string | undefined, next: { readonly year: number; readonly period: string; readonly start?: number }): string {
  const base = (file || "标准台账").replace(/\.xlsx$/iu, "");
  const month = next.period === MONTHLY_PERIOD && next.start !== undefined ? ymdFromSerial(next.start).m : undefined;
  const period = month !== undefined ? `${month}月` : next.period;
  const m = /(?:19|20)\d{2}(年?)(?:上半年|下半年|全年|第[一二三四]季度|(?:1[0-2]|0?[1-9])月(?:份)?)/u.exec(base);
  if (m) return `${base.slice(0, m.index)}${next.year}${month !== undefined ? "年" : m[1]}${period}${base.slice(m.index + m[0].length)}.xlsx`;
  return `${base}（${next.year}年${period}）.xlsx`;
}

/**
 * The page's operations over `opened` (or an empty workbook). `openLocal` loads another file.
 * `download()` resolves to the copy's bytes and name (exceljs loaded on first use).
 */
export function createBrowserOps(opened: OpenedFile | undefined, openLocal: (name: string, bytes: Uint8Array) => Promise<void>): PaneOps {
  const base = createPreviewOps({ snapshot: opened?.snapshot ?? EMPTY, file: opened?.name ?? "" }, openLocal);
  let imposed = false;
  const batches = new Map<string, readonly Change[]>();
  const unbatched: Change[] = [];
  const preview = base.preview;
  const recipe = () => ({ ...(opened ? { original: opened.bytes } : {}), imposed, changes: [...[...batches.values()].flat(), ...unbatched] });
  /** The files 开始下一期 made, by the plan shown (the plan the user confirms is the file downloaded). */
  const made = new WeakMap<NextPlanned, { bytes: Uint8Array; errors: number }>();
  const importIo = () => import(/* webpackChunkName: "import-file" */ "./import-file");
  return {
    ...base,
    nextPeriod: {
      mode: "download",
      async plan(options = {}) {
        const { nextBytes } = await import(/* webpackChunkName: "file-copy" */ "./file-copy");
        const result = await nextBytes(recipe(), options);
        if (!result.ok) return result;
        const plan: NextPlanned = { ok: true, next: result.next, options };
        made.set(plan, { bytes: result.bytes, errors: result.findings.filter((f) => f.severity === "error").length });
        return plan;
      },
      async apply(plan) {
        const file = made.get(plan);
        if (!file) throw new Error("请先预览下一期。");
        return { kind: "download", next: plan.next, bytes: file.bytes, file: nextFileName(opened?.name, plan.next), errors: file.errors };
      },
    },
    // 导入已有台账: the opened file's sheets read from its bytes as the CLI reads them; the result a new file.
    importer: {
      target: "download",
      sheets: () => base.importer.sheets(),
      async read(names) {
        if (!opened) return { label: "", snapshot: { sheets: [] } };
        const snapshot = await (await importIo()).readImportFile(opened.name, opened.bytes);
        return { label: opened.name, snapshot: { ...snapshot, sheets: snapshot.sheets.filter((s) => names.includes(s.name)) } };
      },
      readFile: async (name, bytes) => ({ label: name, snapshot: await (await importIo()).readImportFile(name, bytes) }),
      async write(content, _sheets, label) {
        const { bytes, check } = await (await importIo()).writeImportFile(content);
        return { kind: "download", bytes, file: importFileName(label || opened?.name), check };
      },
    },
    async impose() {
      // The opened file's own sheets that look like ledgers are said by the Excel operations, as in the pane.
      const report = await base.impose();
      imposed = true;
      return report;
    },
    async applyFixes(changes, options) {
      const result = await base.applyFixes(changes, options);
      if (result.batch) batches.set(result.batch, result.applied);
      else unbatched.push(...result.applied);
      return result;
    },
    async undoFixes() {
      const result = await base.undoFixes();
      if (result.batch) batches.delete(result.batch);
      return result;
    },
    preview: {
      selection: () => preview?.selection(),
      ...(preview?.sheetGrid ? { sheetGrid: preview.sheetGrid } : {}),
      ...(opened ? { file: opened.name } : {}),
      openLocal,
      async download() {
        const { copyBytes } = await import(/* webpackChunkName: "file-copy" */ "./file-copy");
        const bytes = await copyBytes(recipe());
        return { bytes, file: copyFileName(opened?.name) };
      },
    },
  };
}
