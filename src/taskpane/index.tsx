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
  detectDisplayLanguage,
  detectHost,
  detectPreviewReason,
  hasOfficeJs,
  previewHost,
  waitForOffice,
  type HostInfo,
} from "./host";
import { probeDocx } from "./load-docx";
import { enUS, pickStrings } from "./strings";
import { APP_VERSION } from "./version";

/** How long to wait for `Office.onReady` before starting in preview mode (ms). */
const OFFICE_READY_TIMEOUT_MS = 1500;

function render(root: Root, host: HostInfo, params: URLSearchParams): void {
  const strings = pickStrings(params.get("lang") ?? detectDisplayLanguage());
  document.documentElement.lang = strings === enUS ? "en-US" : "zh-CN";
  root.render(
    <FluentProvider theme={webLightTheme}>
      <App
        host={host}
        previewReason={detectPreviewReason()}
        strings={strings}
        version={APP_VERSION}
        probeDocx={() => probeDocx(strings.appTitle)}
      />
    </FluentProvider>,
  );
  document.documentElement.setAttribute("data-app", host.kind);
}

async function start(): Promise<void> {
  const container = document.getElementById("root");
  if (!container) throw new Error("taskpane.html has no #root element");
  // boot.js found a webview too old for the app and already shows its message.
  if (document.documentElement.getAttribute("data-unsupported") === "true") return;
  const params = new URLSearchParams(window.location.search);
  const forcePreview = params.has("preview");

  const ready = !forcePreview && (await waitForOffice(OFFICE_READY_TIMEOUT_MS));
  const root = createRoot(container);
  render(root, ready ? detectHost() : previewHost, params);

  // A slow Office start (desktop Excel can take several seconds) must not leave the pane in preview.
  if (!ready && !forcePreview && hasOfficeJs()) {
    Office.onReady().then(
      (info) => {
        if (info && info.host) render(root, detectHost(), params);
      },
      () => undefined,
    );
  }
}

void start();
