/**
 * 汇总 in the pane (issue #7 item 3): reading the chosen .xlsx files one at a time with the lazy
 * reader, the core's roll-up (each unit checked; left out with a reason), and the combined
 * workbook's bytes and file name. Never touches the open workbook.
 * @module
 */
import { rollupCatalog, startRollup, type RollupResult, type UnitResult } from "../../core";
import { periodLabel } from "../../core/rollup";
import type { WorkbookSnapshot } from "../../core/grid/types";
import type { XlsxWriter } from "../load-xlsx-writer";
import { formatString, type Strings } from "../strings";

/** The roll-up as the pane holds it: the core's result and each unreadable file's reason. */
export interface PaneRollup extends RollupResult {
  /** The reader's one-line reason, by file name (label), for files that could not be read. */
  readonly readErrors: ReadonlyMap<string, string>;
  /** Files chosen more than once (same name, same bytes): read once, listed here, never a 重复报送 of themselves. */
  readonly repeated: readonly string[];
}

/** One chosen file (a browser `File` satisfies it). */
export interface InputFile {
  readonly name: string;
  /** The browser File's modification time (ms since 1970): of two copies of a unit the newer is used. */
  readonly lastModified?: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export interface RollupState {
  /** `needsName`: files read, 汇总单位名称 not yet typed (no count shown until it is). */
  readonly phase: "idle" | "reading" | "needsName" | "done" | "building" | "built" | "failed";
  readonly progress?: { readonly done: number; readonly total: number };
  readonly result?: PaneRollup;
  readonly message?: string;
}

export type RollupAction =
  | { readonly type: "read/start"; readonly total: number }
  | { readonly type: "read/progress"; readonly done: number; readonly total: number }
  | { readonly type: "read/done"; readonly result: PaneRollup }
  | { readonly type: "read/needs-name" }
  | { readonly type: "build/start" }
  | { readonly type: "build/done"; readonly message: string }
  | { readonly type: "failed"; readonly message: string };

export const initialRollup: RollupState = { phase: "idle" };

export function rollupReducer(state: RollupState, action: RollupAction): RollupState {
  switch (action.type) {
    case "read/start":
      return { phase: "reading", progress: { done: 0, total: action.total } };
    case "read/progress":
      return { ...state, progress: { done: action.done, total: action.total } };
    case "read/done":
      return { phase: "done", result: action.result };
    case "read/needs-name":
      return { phase: "needsName" };
    case "build/start":
      return { ...state, phase: "building", message: undefined };
    case "build/done":
      return { ...state, phase: "built", message: action.message };
    case "failed":
      return { ...state, phase: "failed", message: action.message };
    default:
      return state;
  }
}

/** One chosen file once read: its snapshot, or the reader's one-line reason when it could not be read. */
export interface ReadFile {
  readonly name: string;
  readonly lastModified?: number;
  readonly snapshot?: WorkbookSnapshot;
  readonly error?: string;
}

/** The chosen files as read (in the order chosen), kept by the pane so a roll-up can be made again without a re-pick. */
export interface ReadFiles {
  readonly files: readonly ReadFile[];
  /** Files chosen more than once (same name, same bytes): read once. */
  readonly repeated: readonly string[];
}

/**
 * Reads each file once (an unreadable one is kept with the reader's one-line reason; a second pick of the same name and
 * bytes is listed in `repeated`). `onProgress(done, total)` after each file. No roll-up yet: see {@link rollupRead}.
 */
export async function readFiles(
  files: readonly InputFile[],
  read: (bytes: Uint8Array) => Promise<WorkbookSnapshot>,
  onProgress?: (done: number, total: number) => void,
): Promise<ReadFiles> {
  const out: ReadFile[] = [];
  const seen = new Map<string, Uint8Array>();
  const repeated: string[] = [];
  const same = (a: Uint8Array, b: Uint8Array): boolean => a.length === b.length && a.every((x, k) => x === b[k]);
  for (const [i, file] of files.entries()) {
    const at = file.lastModified !== undefined ? { lastModified: file.lastModified } : {};
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const earlier = seen.get(file.name);
      if (earlier && same(earlier, bytes)) {
        repeated.push(file.name);
        onProgress?.(i + 1, files.length);
        continue;
      }
      seen.set(file.name, bytes);
      out.push({ name: file.name, ...at, snapshot: await read(bytes) });
    } catch (error) {
      out.push({ name: file.name, ...at, error: error instanceof Error ? error.message.split("\n")[0] : String(error) });
    }
    onProgress?.(i + 1, files.length);
  }
  return { files: out, repeated };
}

/**
 * The roll-up of files already read, for the combining unit `combining` (its name, required by the caller, and its
 * 单位类型 when the user chose one; none: the core's own choice from the name and the units, as the CLI without --type).
 * Pure: the pane calls it again when 汇总单位名称 or 类型 changes, so the unit's own ledger is 本级 as soon as the name
 * matches (new-user test 54, D21). `force` includes units that have errors (the pane's 仍然汇总, the CLI's `--force`).
 */
export function rollupRead(files: ReadFiles, combining: { readonly name: string; readonly type?: string }, force = false): PaneRollup {
  const builder = startRollup({ unitName: combining.name.trim(), ...(combining.type ? { unitType: combining.type } : {}), force });
  const readErrors = new Map<string, string>();
  for (const f of files.files) {
    if (f.snapshot) builder.add(f.name, f.snapshot, f.lastModified);
    else {
      readErrors.set(f.name, f.error ?? "");
      builder.addUnreadable(f.name, f.error ?? "");
    }
  }
  return { ...builder.finish(), readErrors, repeated: files.repeated };
}

/**
 * What the pane shows for files already read: the roll-up (`read/done`) once 汇总单位名称 is filled, else `read/needs-name`
 * — no count before the name, since without it the combining unit's own ledger would be counted as one of its units
 * (new-user test 54, D21: `汇总 3 个单位` before the name, `汇总 2 个单位` after).
 */
export function rollupView(files: ReadFiles, combining: { readonly name: string; readonly type?: string }, force = false): RollupAction {
  return combining.name.trim() ? { type: "read/done", result: rollupRead(files, combining, force) } : { type: "read/needs-name" };
}

/**
 * Reads each file (an unreadable one is recorded with the reader's one-line reason) and rolls
 * them up: {@link readFiles} then {@link rollupRead}.
 */
export async function rollupFiles(
  files: readonly InputFile[],
  read: (bytes: Uint8Array) => Promise<WorkbookSnapshot>,
  combining: { readonly name: string; readonly type?: string },
  onProgress?: (done: number, total: number) => void,
  force = false,
): Promise<PaneRollup> {
  return rollupRead(await readFiles(files, read, onProgress), combining, force);
}

/**
 * The roll-up's one status line: `汇总 N 个单位，共 M 行；未汇总 K 个。` (the combining unit's own ledger and units that
 * reported nothing are neither), `未填报（台账为空）n 个。` after it; `没有可汇总的台账。` when no unit is in.
 */
export function rollupSummaryLine(result: RollupResult, strings: Strings): string {
  const count = (...s: readonly UnitResult["status"][]): number => result.units.filter((u) => s.includes(u.status)).length;
  const included = count("included", "forced");
  if (!included) return strings.rollupNoUnits;
  const empty = count("empty");
  const line = formatString(strings.rollupResult, { included, rows: result.rows, left: result.units.length - included - count("own") - empty });
  return empty ? line + formatString(strings.rollupEmptyCount, { n: empty }) : line;
}

/**
 * One unit's line in the list: `单位（文件）：N 行，…`; the file name once when the unit has no
 * name of its own; `文件：无法读取——原因` for a file that could not be read.
 */
export function unitLine(u: UnitResult, readErrors: ReadonlyMap<string, string>, strings: Strings): string {
  // Read, but no ledger (a sign-in sheet): said as the CLI says it, with 导入已有台账 (new-user test 6, D10).
  if (u.status === "unreadable" && u.notLedger) return formatString(strings.rollupNotLedger, { file: u.label, reason: (u.reason ?? "").replace(/[。.]+$/u, "") });
  if (u.status === "unreadable") return formatString(strings.rollupUnreadable, { file: u.label, reason: (readErrors.get(u.label) ?? u.reason ?? "").replace(/[。.]+$/u, "") });
  const counts = { file: u.label, rows: u.rows, errors: u.errors, warnings: u.warnings };
  const named = u.unitName.trim() !== "" && u.unitName !== u.label;
  return named ? formatString(strings.rollupUnitLine, { ...counts, unit: u.unitName }) : formatString(strings.rollupUnitLineFile, counts);
}

/** At most this many of a left-out unit's errors are shown under it. */
export const SHOWN_UNIT_ERRORS = 3;

/**
 * The first errors of a unit left out for them, as `工作表!单元格：说明` lines (at most
 * {@link SHOWN_UNIT_ERRORS}), so the user sees what to correct before choosing 仍然汇总.
 */
export function unitErrorLines(u: UnitResult): string[] {
  if (u.status !== "errors") return [];
  return u.errorFindings.slice(0, SHOWN_UNIT_ERRORS).map((f) => `${f.sheet}${f.cell ? `!${f.cell}` : ""}：${f.message}`);
}

/** The combined workbook (standard sheets with 填报单位, and the 汇总 sheet) as .xlsx bytes. */
export function rollupBytes(result: RollupResult, write: XlsxWriter): Promise<Uint8Array> {
  return write(rollupCatalog(), { ...result.content, extraSheets: [result.summary] });
}

/**
 * The combined workbook's file name (unsafe characters replaced): `<汇总单位>-<年>年<报告期>-汇总台账.xlsx`
 * with the combining unit's name (the combined workbook's 单位名称 when it holds one, else `unitName` as typed),
 * `汇总台账-<年>年<报告期>.xlsx` without; no period part when the
 * units' period is unknown. A 月度 roll-up is named by its month (`城南区-2025年3月-汇总台账.xlsx`, never `2025年月度`:
 * new-user test 37, D15).
 */
export function rollupFileName(result: Pick<RollupResult, "year" | "period" | "month"> & { readonly content?: { readonly profile: RollupResult["content"]["profile"] } }, unitName: string): string {
  const safe = (s: string) => s.replace(/[\\/:*?"<>|\s]+/g, "_");
  const period = result.year !== undefined ? safe(periodLabel(result.year, result.period, result.month)) : "";
  // The file is named as the workbook names its unit (`某某县教育局`, taken from its own ledger or the fuller typed name),
  // never by a shorter name typed in the pane (new-user test 59, D24: `教育局-…` beside a workbook of 某某县教育局).
  const held = result.content?.profile["单位名称"];
  const name = safe((typeof held === "string" && held.trim() ? held : unitName).trim());
  const suffix = name && !name.endsWith("汇总台账") ? "汇总台账" : "";
  return [name || "汇总台账", period, suffix].filter(Boolean).join("-") + ".xlsx";
}
