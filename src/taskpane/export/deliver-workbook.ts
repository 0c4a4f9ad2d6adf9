/**
 * The one guarded way to hand the user a new workbook (.xlsx bytes): the roll-up, the
 * next-period workbook and any later feature go through {@link deliverWorkbook} (issue #15;
 * audit §0 rows 8–9, §3 P8, P11).
 *
 * - `Excel.createWorkbook(base64)` (ExcelApi 1.8) where it can take the file: not on Excel on the
 *   web when the base64 is over {@link WEB_CREATE_LIMIT} (the web's 5 MB request limit applies to
 *   all APIs, docs PR #1423). "已打开" is said only after it resolved.
 * - Otherwise, or when it fails (e.g. the extension-hardening policy, office-js#3568), a download
 *   (`<a download>`), worded as started — the pane cannot see whether the webview saved it.
 * - On Mac no download is offered: WKWebView ignores `<a download>` in task panes (office-js#2700,
 *   closed "by design"; #3385); the message points to Excel 网页版 or the CLI.
 * @module
 */
import { formatString, type Strings } from "../strings";
import { toBase64 } from "./download";

/** Where the pane runs (from `Office.context.platform`): `mac` desktop, `web` (Excel on the web), `windows`, or unknown. */
export type PanePlatform = "mac" | "web" | "windows" | "unknown";

/** Base64 characters `createWorkbook` is given at most on the web (under 5 MB with the request envelope). */
export const WEB_CREATE_LIMIT = 4.5 * 1024 * 1024;

/** What the helper needs from the host. */
export interface DeliverEnv {
  readonly platform: PanePlatform;
  /** `Excel.createWorkbook` when the host has it (ExcelApi 1.8, feature-detected). */
  readonly createWorkbook?: (base64: string) => Promise<void>;
  /** Starts a download (./download.ts `downloadBytes` in the pane). */
  readonly download: (bytes: Uint8Array, fileName: string) => void;
}

/** What happened, with the sentence to show (zh-CN or en-US). */
export interface Delivered {
  /** `opened`: createWorkbook resolved; `download`: a download was started; `unavailable`: nothing could be done here (Mac without createWorkbook). */
  readonly kind: "opened" | "download" | "unavailable";
  readonly message: string;
}

/**
 * Delivers `bytes` as `fileName`: opened as a new workbook when the host can take it, else
 * downloaded, else (Mac) refused with directions. `preferOpen: false` asks for the download
 * (never on Mac).
 * @throws nothing of Office's: a failed createWorkbook falls back to the download.
 */
export async function deliverWorkbook(bytes: Uint8Array, fileName: string, env: DeliverEnv, strings: Strings, preferOpen = true): Promise<Delivered> {
  const base64 = env.createWorkbook && preferOpen ? toBase64(bytes) : "";
  const tooLarge = env.platform === "web" && base64.length > WEB_CREATE_LIMIT;
  let prefix = "";
  if (env.createWorkbook && preferOpen && !tooLarge) {
    try {
      await env.createWorkbook(base64);
      return { kind: "opened", message: strings.rollupOpened };
    } catch {
      prefix = strings.deliverOpenFailed;
    }
  } else if (tooLarge) {
    prefix = formatString(strings.deliverTooLargeForWeb, { size: Math.round(bytes.length / 1024 / 1024) });
  }
  if (env.platform === "mac") return { kind: "unavailable", message: strings.deliverMacNoDownload };
  env.download(bytes, fileName);
  return { kind: "download", message: prefix + formatString(strings.deliverDownloadStarted, { file: fileName }) };
}
