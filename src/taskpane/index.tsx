/**
 * Task pane entry: waits for Office (at most OFFICE_READY_TIMEOUT_MS), then renders the app
 * inside FluentProvider. Without Office (browser preview, office.js offline) it renders in
 * preview mode; if Office becomes ready after the timeout, it re-renders with the real host.
 * @module
 */
import { createRoot, type Root } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "./components/App";
import {
  canOpenLocalFile,
  detectDisplayLanguage,
  detectHost,
  detectPreviewReason,
  hasOfficeJs,
  browserHost,
  paneFor,
  previewHost,
  waitForOffice,
  type HostInfo,
} from "./host";
import { createOps, type PaneOps } from "./operations";
import { loadXlsxReader } from "./load-xlsx";
import { officeCreateWorkbook, officeRun, officeRunGrouped } from "../adapters/excel/office-compat";
import { officeWordRun } from "../adapters/word/office-compat";
import { createWordOps, type WordOps } from "./word/word-ops";
import { wantsEnglish, zhCN, type Strings } from "./strings";
import { APP_VERSION } from "./version";

/** The pane's strings: Chinese, or English (a lazy chunk) chosen once at start. */
let strings: Strings = zhCN;

/** Loads the English strings when the display language (or `?lang=`) asks for them. */
async function chooseStrings(params: URLSearchParams): Promise<void> {
  if (!wantsEnglish(params.get("lang") ?? detectDisplayLanguage())) return;
  try {
    strings = (await import(/* webpackChunkName: "strings-en" */ "./strings-en")).enUS;
  } catch {
    // Chinese, if the chunk cannot be loaded.
  }
}

/** How long to wait for `Office.onReady` before starting in preview mode (ms). */
const OFFICE_READY_TIMEOUT_MS = 1500;

/** Host operations for a host: Office.js in Excel; none in Word; preview ops are loaded lazily. */
function opsFor(host: HostInfo): PaneOps | undefined {
  // Below the declared baseline (docs/office-compatibility.md) no operation is offered.
  if (host.kind !== "excel" || host.belowBaseline) return undefined;
  return createOps(officeRun, host.features, undefined, undefined, {
    runGrouped: host.features.api120 ? officeRunGrouped : undefined,
    createWorkbook: host.features.api18 ? officeCreateWorkbook() : undefined,
    platform: host.platform,
  });
}

/** Word operations: Office.js in Word (features by requirement set); none elsewhere. */
function wordOpsFor(host: HostInfo): WordOps | undefined {
  return host.kind === "word" ? createWordOps(officeWordRun, host.word ?? { insert: false, createDocument: false }) : undefined;
}

function render(root: Root, host: HostInfo, params: URLSearchParams, ops: PaneOps | undefined, opsLoading = false, wordOps?: WordOps, generation = 0): void {
  document.documentElement.lang = strings.locale;
  root.render(
    <FluentProvider theme={webLightTheme}>
      <App key={generation} host={host} previewReason={detectPreviewReason()} strings={strings} version={APP_VERSION} ops={ops} opsLoading={opsLoading} pane={paneFor(host, params)} wordOps={wordOps} />
    </FluentProvider>,
  );
  document.documentElement.setAttribute("data-app", host.kind);
  document.documentElement.setAttribute("data-pane", paneFor(host, params));
  if (!opsLoading) document.documentElement.setAttribute("data-ready", "true");
}

/**
 * Preview: first paint at once, then the in-memory sample workbook (a lazy chunk); with
 * `?host=word` the Word pane over a fake Word host (also lazy).
 */
function renderPreview(root: Root, params: URLSearchParams): void {
  // Inside Office with Office.js unloadable: say so (App's notice), never the sample workbook.
  if (detectPreviewReason(params) === "officejs-failed-in-office") {
    render(root, previewHost, params, undefined);
    return;
  }
  render(root, previewHost, params, undefined, true);
  if (paneFor(previewHost, params) === "word") {
    import(/* webpackChunkName: "preview-word" */ "./word/preview-word-ops").then(
      ({ createPreviewWordOps }) => render(root, previewHost, params, undefined, false, createPreviewWordOps()),
      () => render(root, previewHost, params, undefined),
    );
    return;
  }
  import(/* webpackChunkName: "preview" */ "./preview/preview-ops").then(
    ({ createPreviewOps }) => {
      // 打开本地台账文件: the user's workbook replaces the sample in memory (outside Office only).
      let opened = 0;
      const openLocal = canOpenLocalFile(previewHost, params)
        ? async (name: string, bytes: Uint8Array): Promise<void> => {
            const read = await loadXlsxReader();
            const snapshot = await read(bytes);
            opened += 1;
            render(root, previewHost, params, createPreviewOps({ snapshot, file: name }, openLocal), false, undefined, opened);
          }
        : undefined;
      render(root, previewHost, params, createPreviewOps(undefined, openLocal));
    },
    () => render(root, previewHost, params, undefined),
  );
}

/**
 * The 网页版 (app.html, issue #13): the same App over the browser host — no Office.js is loaded or
 * waited for; an empty working copy until the user opens a file (the page's operations, a lazy
 * chunk, hold the file's bytes to write downloads from).
 */
function renderBrowser(root: Root, params: URLSearchParams): void {
  render(root, browserHost, params, undefined, true);
  import(/* webpackChunkName: "browser" */ "./browser/browser-ops").then(
    ({ createBrowserOps }) => {
      let opened = 0;
      const openLocal = async (name: string, bytes: Uint8Array): Promise<void> => {
        const read = await loadXlsxReader();
        const snapshot = await read(bytes);
        opened += 1;
        render(root, browserHost, params, createBrowserOps({ name, bytes, snapshot }, openLocal), false, undefined, opened);
      };
      render(root, browserHost, params, createBrowserOps(undefined, openLocal));
    },
    () => render(root, browserHost, params, undefined),
  );
}

async function start(): Promise<void> {
  const container = document.getElementById("root");
  if (!container) throw new Error("taskpane.html has no #root element");
  // boot.js found a webview too old for the app and already shows its message.
  if (document.documentElement.getAttribute("data-unsupported")) return;
  const params = new URLSearchParams(window.location.search);
  if (document.documentElement.getAttribute("data-page") === "app") {
    await chooseStrings(params);
    renderBrowser(createRoot(container), params);
    return;
  }
  const forcePreview = params.has("preview");

  const ready = !forcePreview && (await waitForOffice(OFFICE_READY_TIMEOUT_MS));
  // After Office is ready: its display language is known then.
  await chooseStrings(params);
  const root = createRoot(container);
  if (ready) {
    const host = detectHost();
    if (host.kind === "preview") renderPreview(root, params);
    else render(root, host, params, opsFor(host), false, wordOpsFor(host));
  } else renderPreview(root, params);

  // A slow Office start (desktop Excel can take several seconds) must not leave the pane in preview.
  if (!ready && !forcePreview && hasOfficeJs()) {
    Office.onReady().then(
      (info) => {
        if (info && info.host) {
          const host = detectHost();
          render(root, host, params, opsFor(host), false, wordOpsFor(host));
        }
      },
      () => undefined,
    );
  }
}

void start();
