/**
 * 汇总 in the pane (issue #7 item 3): reading the chosen .xlsx files one at a time with the lazy
 * reader, the core's roll-up (each unit checked; left out with a reason), and the combined
 * workbook's bytes and file name. Never touches the open workbook.
 * @module
 */
import { RollupBuilder, standardV1, withLedgerExtensions, type RollupResult } from "../../core";
import type { WorkbookSnapshot } from "../../core/grid/types";
import type { XlsxWriter } from "../load-xlsx-writer";

/** One chosen file (a browser `File` satisfies it). */
export interface InputFile {
  readonly name: string;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export interface RollupState {
  readonly phase: "idle" | "reading" | "done" | "building" | "built" | "failed";
  readonly progress?: { readonly done: number; readonly total: number };
  readonly result?: RollupResult;
  readonly message?: string;
}

export type RollupAction =
  | { readonly type: "read/start"; readonly total: number }
  | { readonly type: "read/progress"; readonly done: number; readonly total: number }
  | { readonly type: "read/done"; readonly result: RollupResult }
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

/**
 * Reads each file (an unreadable one is recorded with the reader's one-line reason) and rolls
 * them up. `onProgress(done, total)` after each file.
 */
export async function rollupFiles(
  files: readonly InputFile[],
  read: (bytes: Uint8Array) => Promise<WorkbookSnapshot>,
  unitName: string,
  onProgress?: (done: number, total: number) => void,
): Promise<RollupResult> {
  const builder = new RollupBuilder({ unitName: unitName.trim() }, standardV1);
  for (const [i, file] of files.entries()) {
    try {
      builder.add(file.name, await read(new Uint8Array(await file.arrayBuffer())));
    } catch (error) {
      builder.addUnreadable(file.name, error instanceof Error ? error.message.split("\n")[0] : String(error));
    }
    onProgress?.(i + 1, files.length);
  }
  return builder.finish();
}

/** The combined workbook (standard sheets with 填报单位, and the 汇总 sheet) as .xlsx bytes. */
export function rollupBytes(result: RollupResult, write: XlsxWriter): Promise<Uint8Array> {
  return write(withLedgerExtensions(standardV1), { ...result.content, extraSheets: [result.summary] });
}

/** `<汇总单位>-<年>年<报告期>-汇总台账.xlsx` (unsafe characters replaced). */
export function rollupFileName(result: RollupResult, unitName: string): string {
  const safe = (s: string) => s.replace(/[\\/:*?"<>|\s]+/g, "_");
  const period = result.year !== undefined ? `${result.year}年${result.period ?? ""}` : "";
  return `${safe(unitName.trim() || "汇总")}${period ? `-${safe(period)}` : ""}-汇总台账.xlsx`;
}
