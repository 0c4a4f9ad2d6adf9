/**
 * Host facts behind one module: which Office application (if any) runs the pane and which
 * API sets it supports. The only place in the task pane that reads `Office.context`.
 * @module
 */
import type { ExcelFeatures } from "../adapters/excel/types";
import { wordFeatures, type WordFeatures } from "../adapters/word/types";
import type { PanePlatform } from "./export/deliver-workbook";
import { EXCEL_BASELINE } from "../adapters/office-members";

/**
 * Where the pane runs: Excel, Word, a plain browser showing the add-in's pane (preview, no Office.js
 * host), or the 网页版 page app.html (`browser`, issue #13): the same screens over the user's own
 * files, every result downloaded.
 */
export type HostKind = "excel" | "word" | "preview" | "browser";

/**
 * How the pane was opened without a host (only meaningful for `kind: "preview"`): outside Office;
 * Office.js failed to load outside Office; or inside Office (its `_host_Info` in the address) with
 * Office.js failed — then the pane says so and offers no sample workbook (issue #14 item 4).
 */
export type PreviewReason = "outside-office" | "officejs-failed" | "officejs-failed-in-office";

/** Host facts the UI and the adapters branch on. */
export interface HostInfo {
  readonly kind: HostKind;
  /** ExcelApi 1.8 (data validation, table styles…) is available; false outside Excel. */
  readonly excelApi18: boolean;
  /** Requirement sets the Excel adapter branches on (all true in preview: the fake has them). */
  readonly features: ExcelFeatures;
  /** Word only: WordApi 1.1 (insert at the cursor) and 1.3 (new document). */
  readonly word?: WordFeatures;
  /** `Office.context.platform` (Mac desktop cannot download from a task pane). */
  readonly platform?: PanePlatform;
  /** Excel below the declared baseline (ExcelApi {@link EXCEL_BASELINE}): the pane refuses to work. */
  readonly belowBaseline?: boolean;
}

/** The pane's name for `Office.context.platform`. */
function platformOf(): PanePlatform {
  try {
    const p = Office.context.platform;
    if (p === Office.PlatformType.Mac) return "mac";
    if (p === Office.PlatformType.OfficeOnline) return "web";
    if (p === Office.PlatformType.PC) return "windows";
  } catch {
    // unknown
  }
  return "unknown";
}

const NO_FEATURES: ExcelFeatures = { api17: false, api18: false, api19: false };

/** Which pane to show: the Excel tabs, or the Word pane (in Word, or `?preview=1&host=word`). */
export type PaneKind = "excel" | "word";

/** The pane for a host; in preview `?host=word` picks the Word pane. */
export function paneFor(host: HostInfo, params: URLSearchParams): PaneKind {
  return host.kind === "word" || (host.kind === "preview" && params.get("host") === "word") ? "word" : "excel";
}

/** The host used when Office.js is absent, failed, or did not become ready in time. */
export const previewHost: HostInfo = { kind: "preview", excelApi18: true, features: { api17: true, api18: true, api19: true } };

/** The 网页版 (app.html): no Office.js at all; files opened in the page, results downloaded (issue #13). */
export const browserHost: HostInfo = { kind: "browser", excelApi18: true, features: { api17: true, api18: true, api19: true }, platform: "unknown" };

/** True when office.js has been loaded into the page (not necessarily inside Office). */
export function hasOfficeJs(): boolean {
  return typeof Office !== "undefined" && typeof Office.onReady === "function";
}

/**
 * Detects the host after `Office.onReady`. Safe to call anywhere: returns `previewHost` when
 * office.js is missing, when the page is opened outside Office (`Office.context.host` unset) or
 * when Office throws.
 */
export function detectHost(): HostInfo {
  try {
    if (!hasOfficeJs() || !Office.context) return previewHost;
    const host = Office.context.host;
    if (host === Office.HostType.Excel) {
      const requirements = Office.context.requirements;
      const has = (version: string) => !!requirements && requirements.isSetSupported("ExcelApi", version);
      const features: ExcelFeatures = { api17: has("1.7"), api18: has("1.8"), api19: has("1.9"), api120: has("1.20"), api113: has("1.13") };
      return { kind: "excel", excelApi18: features.api18, features, platform: platformOf(), belowBaseline: !has(EXCEL_BASELINE) };
    }
    if (host === Office.HostType.Word) {
      const requirements = Office.context.requirements;
      const word = wordFeatures((name, version) => !!requirements && requirements.isSetSupported(name, version));
      return { kind: "word", excelApi18: false, features: NO_FEATURES, word };
    }
    return previewHost;
  } catch {
    return previewHost;
  }
}

/** Office's UI language tag (e.g. "zh-CN", "en-US"), or undefined outside Office. */
export function detectDisplayLanguage(): string | undefined {
  try {
    return hasOfficeJs() && Office.context ? Office.context.displayLanguage || undefined : undefined;
  } catch {
    return undefined;
  }
}

/** Why there is no host: boot.js marks `<html data-officejs="failed">` when office.js fails to load. */
export function detectPreviewReason(params: URLSearchParams = new URLSearchParams(window.location.search)): PreviewReason {
  if (document.documentElement.getAttribute("data-officejs") !== "failed") return "outside-office";
  return params.has("_host_Info") ? "officejs-failed-in-office" : "officejs-failed";
}

/**
 * Resolves true once `Office.onReady` reports a host, false when office.js is missing, the
 * page runs outside Office, or `timeoutMs` (ms) passes first.
 */
export function waitForOffice(timeoutMs: number): Promise<boolean> {
  if (!hasOfficeJs()) return Promise.resolve(false);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), timeoutMs);
    Office.onReady().then(
      (info) => {
        clearTimeout(timer);
        resolve(!!info && !!info.host);
      },
      () => {
        clearTimeout(timer);
        resolve(false);
      },
    );
  });
}

/**
 * True when the page may offer to open a local workbook: preview mode outside Office. Office adds
 * `_host_Info` to an add-in's address (e.g. `_host_Info=Excel$Win32$16.01$zh-CN`), so a page inside
 * Office whose Office.js failed to load is recognised without Office.js and never offers it.
 */
export function canOpenLocalFile(host: HostInfo, params: URLSearchParams): boolean {
  return (host.kind === "preview" && !params.has("_host_Info")) || host.kind === "browser";
}
