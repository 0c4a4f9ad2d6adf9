/**
 * Office.js errors as sentences a user can act on (zh-CN / en-US from strings.ts).
 * @module
 */
import { formatString, type Strings } from "./strings";

/** Error codes (`OfficeExtension.Error.code`) with their own message. */
const BY_CODE: Readonly<Record<string, keyof Strings>> = {
  AccessDenied: "errorAccessDenied",
  InvalidOperationInCellEditMode: "errorCellEdit",
  ItemNotFound: "errorNotFound",
  ResponsePayloadSizeLimitExceeded: "errorPayload",
  RequestPayloadSizeLimitExceeded: "errorPayload",
};

/** A readable message for an error thrown by Office.js (or anything else). */
export function describeError(error: unknown, strings: Strings): string {
  const code = typeof error === "object" && error !== null ? String((error as { code?: unknown }).code ?? "") : "";
  const key = BY_CODE[code];
  if (key) return strings[key];
  const message = error instanceof Error ? error.message : String(error);
  return formatString(strings.errorGeneric, { message: code ? `${code}: ${message}` : message });
}
