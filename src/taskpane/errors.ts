/**
 * Office.js errors as sentences a user can act on (zh-CN / en-US from strings.ts).
 * @module
 */
import { ImposeStepError } from "../adapters/excel/impose";
import { LIST_SHEET } from "../core/catalog";
import { formatString, type Strings } from "./strings";

/** Error codes (`OfficeExtension.Error.code`) with their own message. */
const BY_CODE: Readonly<Record<string, keyof Strings>> = {
  AccessDenied: "errorAccessDenied",
  InvalidOperationInCellEditMode: "errorCellEdit",
  ItemNotFound: "errorNotFound",
  ResponsePayloadSizeLimitExceeded: "errorPayload",
  RequestPayloadSizeLimitExceeded: "errorPayload",
};

/** Where Office.js failed (`debugInfo.errorLocation`, e.g. `WorksheetProtection.unprotect`), or "". */
function errorLocation(error: unknown): string {
  const info = typeof error === "object" && error !== null ? (error as { debugInfo?: { errorLocation?: unknown } }).debugInfo : undefined;
  return String(info?.errorLocation ?? "");
}

/** Locations of AccessDenied that mean the workbook structure is protected. */
const STRUCTURE_LOCATIONS = new Set(["WorksheetCollection.add", "Worksheet.visibility", "Worksheet.name", "Worksheet.position", "Worksheet.delete"]);

/**
 * A readable message for an error thrown by Office.js (or anything else). An `ImposeStepError`
 * names the sheet where imposing stopped and the sheets completed before it; AccessDenied is told
 * apart by `debugInfo.errorLocation` (unprotect refused, workbook structure protected).
 */
export function describeError(error: unknown, strings: Strings): string {
  if (error instanceof ImposeStepError) {
    const cause = describeError(error.cause, strings);
    const name = (sheet: string) => (sheet === LIST_SHEET ? strings.listSheetName : sheet);
    const sheet = name(error.sheet);
    return error.done.length ? formatString(strings.imposeStopped, { sheet, error: cause, done: error.done.map(name).join("、") }) : formatString(strings.imposeStoppedNone, { sheet, error: cause });
  }
  const code = typeof error === "object" && error !== null ? String((error as { code?: unknown }).code ?? "") : "";
  if (code === "AccessDenied" && errorLocation(error) === "WorksheetProtection.unprotect") return strings.errorUnprotect;
  if (code === "AccessDenied" && STRUCTURE_LOCATIONS.has(errorLocation(error))) return strings.errorStructure;
  const key = BY_CODE[code];
  if (key) return strings[key];
  // The file reader's own messages are the user's words already (`不是 .xlsx 文件（看起来是文本/CSV）…`):
  // never `Excel 返回错误：not-xlsx: …` (new-user test D9).
  if (error instanceof Error && error.name === "LedgerFileError") return error.message;
  const message = error instanceof Error ? error.message : String(error);
  return formatString(strings.errorGeneric, { message: code ? `${code}: ${message}` : message });
}
