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
 *
 * Every other download of the panes (导出 Word, the Word pane's 下载 .docx) goes through
 * {@link deliverDownload}: the same wording, the same Mac refusal.
 * @module
 */
import { formatString, type Strings } from "../strings";
import { downloadBytes, toBase64, XLSX_MIME } from "./download";

/** Where the pane runs (from `Office.context.platform`): `mac` desktop, `web` (Excel on the web), `windows`, or unknown. */
export type PanePlatform = "mac" | "web" | "windows" | "unknown";

/** Base64 characters `createWorkbook` is given at most on the web (under 5 MB with the request envelope). */
export const WEB_CREATE_LIMIT = 4.5 * 1024 * 1024;

/** What the helper needs from the host. */
export interface DeliverEnv {
  readonly platform: PanePlatform;
  /** `Excel.createWorkbook` when the host has it (ExcelApi 1.8, feature-detected). */
  readonly createWorkbook?: (base64: string) => Promise<void>;
  /** Starts a download (./download.ts `downloadBytes` in the pane; `mime` defaults to .xlsx). */
  readonly download: (bytes: Uint8Array, fileName: string, mime?: string) => void;
}

/** The pane's environment: where it runs, Excel's createWorkbook if any, and the browser's download. */
export function paneDeliverEnv(platform: PanePlatform, createWorkbook?: (base64: string) => Promise<void>): DeliverEnv {
  return { platform, createWorkbook, download: (bytes, fileName, mime = XLSX_MIME) => downloadBytes(bytes, fileName, mime) };
}

/** Wording of a download: the started sentence (`{file}`), the Mac refusal, and what goes before. */
export interface DownloadTexts {
  readonly started?: string;
  readonly mac?: string;
  readonly prefix?: string;
  readonly mime?: string;
}

/**
 * Offers `bytes` as a download named `fileName`, worded as started ("已开始下载……如未看到文件……"):
 * the pane cannot see whether the webview saved it. On Mac nothing is offered and the message says
 * so (office-js#2700). Never "已生成".
 */
export function deliverDownload(bytes: Uint8Array, fileName: string, env: Pick<DeliverEnv, "platform" | "download">, strings: Strings, texts: DownloadTexts = {}): Delivered {
  if (env.platform === "mac") return { kind: "unavailable", message: texts.mac ?? strings.deliverMacNoDownload };
  env.download(bytes, fileName, texts.mime);
  return { kind: "download", message: (texts.prefix ?? "") + formatString(texts.started ?? strings.deliverDownloadStarted, { file: fileName }) };
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
  return deliverDownload(bytes, fileName, env, strings, { prefix });
}
