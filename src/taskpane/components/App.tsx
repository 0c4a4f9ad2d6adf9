import { lazy, Suspense, useEffect, useReducer, useRef, useState } from "react";
import {
  Button,
  Caption1,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Tab,
  TabList,
  Text,
  tokens,
  type SelectTabData,
} from "@fluentui/react-components";
import type { HostInfo, PaneKind, PreviewReason } from "../host";
import { describeError } from "../errors";
import { deliverDownload, paneDeliverEnv } from "../export/deliver-workbook";
import type { PaneOps } from "../operations";
import type { Analysis } from "../../core";
import { PaneContext } from "../ops-context";
import { initialSummary, summaryReducer } from "../state/summary";
import { initialTemplate, templateReducer } from "../state/template";
import { missingStandardSheets } from "../state/standard";
import { useCheck } from "../state/use-check";
import { initialValidate, validateReducer } from "../state/validate";
import { formatString, type Strings } from "../strings";
import { APP_LOGO_URL } from "../version";
import { TemplateTab } from "./TemplateTab";
import { ValidateTab } from "./ValidateTab";
import type { WordOps } from "../word/word-ops";

/** The Word pane: its own chunk (dist/word.[hash].js), so that Excel never loads it. */
// 总结 and the narrative behind it load when the tab is first opened, not with the pane (initial JS budget).
const SummaryTab = lazy(() => import(/* webpackChunkName: "summary-tab" */ "./SummaryTab").then((m) => ({ default: m.SummaryTab })));
const WordPane = lazy(() => import(/* webpackChunkName: "word" */ "../word/WordPane").then((m) => ({ default: m.WordPane })));

/** The three panes of the add-in, in tab order. */
const TABS = ["template", "validate", "summary"] as const;
type TabId = (typeof TABS)[number];

/** Tab label keys per tab (data, not branches). */
const TAB_TEXT: { readonly [T in TabId]: { readonly label: keyof Strings } } = {
  template: { label: "tabTemplate" },
  validate: { label: "tabValidate" },
  summary: { label: "tabSummary" },
};

const HOST_LABEL: { readonly [K in HostInfo["kind"]]: keyof Strings } = {
  excel: "hostExcel",
  word: "hostWord",
  preview: "hostPreview",
  browser: "hostBrowser",
};

/** Props of `App`: host facts and host operations come in from index.tsx. */
export interface AppProps {
  readonly host: HostInfo;
  readonly previewReason: PreviewReason;
  readonly strings: Strings;
  readonly version: string;
  /** Host operations: Office.js in Excel, the in-memory sample in preview; undefined in Word or while loading. */
  readonly ops?: PaneOps;
  /** The preview's in-memory workbook is still loading. */
  readonly opsLoading?: boolean;
  /** Which pane: the Excel tabs (default) or the Word pane (in Word, or `?preview=1&host=word`). */
  readonly pane?: PaneKind;
  /** Word operations: Office.js in Word, the fake in the Word preview. */
  readonly wordOps?: WordOps;
}

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    minHeight: "100vh",
    minWidth: 0,
    boxSizing: "border-box",
    backgroundColor: tokens.colorNeutralBackground1,
  },
  header: {
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  logo: { width: "28px", height: "28px", flexShrink: 0 },
  title: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, minWidth: 0, overflowWrap: "anywhere" },
  tabs: { paddingLeft: tokens.spacingHorizontalXS, paddingRight: tokens.spacingHorizontalXS, flexWrap: "wrap" },
  banner: { margin: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM} 0` },
  panel: {
    flexGrow: 1,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minWidth: 0,
    overflowWrap: "anywhere",
  },
  muted: { color: tokens.colorNeutralForeground3 },
  // The `正在使用：…` line is focused by the pane after a file opens (for screen readers, tabIndex -1): a status, no control,
  // so no focus ring — never the heavy black box around one text block (new-user test 55, D24).
  fileStatus: { ":focus": { outlineStyle: "none" }, ":focus-visible": { outlineStyle: "none" } },
  footer: {
    display: "flex",
    justifyContent: "space-between",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    color: tokens.colorNeutralForeground3,
  },
});

/** The task pane: header, host notice, the 标准表 / 校验 / 总结 tabs and a version footer. */
export function App({ host, previewReason, strings, version, ops, opsLoading, pane = "excel", wordOps }: AppProps) {
  const styles = useStyles();
  const [tab, setTab] = useState<TabId>("template");
  // Once opened, 总结 stays mounted (its state is kept while other tabs are used).
  const summaryOpened = useRef(false);
  if (tab === "summary") summaryOpened.current = true;
  const [template, templateDispatch] = useReducer(templateReducer, initialTemplate);
  const [validate, validateDispatch] = useReducer(validateReducer, initialValidate);
  const [summary, summaryDispatch] = useReducer(summaryReducer, initialSummary);
  const [epoch, setEpoch] = useState(0);
  const check = useCheck(ops, validateDispatch, strings, validate.highlight, epoch);
  const notice = hostNotice(host, previewReason, strings, pane);
  // The 网页版 before a file is open has nothing to check or summarise (new-user test D14): it says so.
  const noFile = host.kind === "browser" && !!ops && !ops.preview?.file;

  // The 网页版 checks a file as soon as it is open, and says the result under its name: a file with errors no longer opened
  // on 标准表 with nothing said until 校验 was pressed (new-user test 45, D20).
  const openedFile = host.kind === "browser" ? ops?.preview?.file : undefined;
  useEffect(() => {
    if (openedFile) void check();
  }, [openedFile, check]);

  const onImposed = () => {
    setEpoch((e) => e + 1);
    void check();
  };

  return (
    <PaneContext.Provider value={{ ops, strings }}>
      <div className={styles.root}>
        <header className={styles.header}>
          <img className={styles.logo} src={APP_LOGO_URL} alt="" />
          <Text as="h1" className={styles.title}>
            {strings.appTitle}
          </Text>
        </header>

        {notice && (
          <MessageBar className={styles.banner} intent={notice.intent}>
            <MessageBarBody>
              {notice.title && <MessageBarTitle>{notice.title}</MessageBarTitle>}
              {notice.text}
            </MessageBarBody>
          </MessageBar>
        )}

        {pane !== "word" && ops?.preview?.openLocal && <LocalFile controls={ops.preview} strings={strings} browser={host.kind === "browser"} analysis={ops.preview.file && validate.phase === "done" && !validate.stale ? validate.analysis : undefined} />}

        {pane === "word" ? (
          <main className={styles.panel} id="panel-word">
            {opsLoading && <Spinner size="tiny" labelPosition="after" label={strings.loadingWorkbook} />}
            <Suspense fallback={<Spinner size="tiny" />}>
              <WordPane ops={wordOps} strings={strings} />
            </Suspense>
          </main>
        ) : (
        <>
        <TabList
          className={styles.tabs}
          selectedValue={tab}
          onTabSelect={(_event, data: SelectTabData) => setTab(data.value as TabId)}
        >
          {TABS.map((id) => (
            <Tab key={id} value={id} id={`tab-${id}`} aria-controls={`panel-${id}`}>
              {strings[TAB_TEXT[id].label]}
            </Tab>
          ))}
        </TabList>

        <main className={styles.panel}>
          {opsLoading && <Spinner size="tiny" labelPosition="after" label={strings.loadingWorkbook} />}
          {noFile && tab !== "template" && (
            <MessageBar intent="info" data-testid="browser-no-file">
              <MessageBarBody>{strings.browserNoFile}</MessageBarBody>
            </MessageBar>
          )}
          {/* Every tab stays mounted (hidden when not selected): a roll-up, a typed name or a 规范数据 plan
              survives switching tabs (issue #12). */}
          <div role="tabpanel" id="panel-template" aria-labelledby="tab-template" hidden={tab !== "template"}>
            <TemplateTab state={template} dispatch={templateDispatch} onImposed={onImposed} findings={validate.analysis?.findings} />
          </div>
          <div role="tabpanel" id="panel-validate" aria-labelledby="tab-validate" hidden={tab !== "validate" || noFile}>
            <ValidateTab state={validate} dispatch={validateDispatch} check={check} />
          </div>
          <div role="tabpanel" id="panel-summary" aria-labelledby="tab-summary" hidden={tab !== "summary" || noFile}>
            {(tab === "summary" || summaryOpened.current) && (
              <Suspense fallback={<Spinner size="tiny" />}>
                <SummaryTab state={summary} dispatch={summaryDispatch} validate={validate} check={check} onShowErrors={() => {
                  // Focus moves to what was asked for (issue #12), never left on <body>.
                  setTab("validate");
                  requestAnimationFrame(() => document.querySelector<HTMLElement>("#panel-validate [data-testid='check-summary']")?.focus());
                }} />
              </Suspense>
            )}
          </div>
          {host.kind === "preview" && <Caption1 className={styles.muted}>{strings.cliHint}</Caption1>}
        </main>
        </>
        )}

        <footer className={styles.footer}>
          <Caption1>{formatString(strings.footerVersion, { version })}</Caption1>
          <Caption1>{strings[HOST_LABEL[host.kind]]}</Caption1>
        </footer>
      </div>
    </PaneContext.Provider>
  );
}

interface Notice {
  readonly intent: "info" | "warning" | "error";
  readonly title?: string;
  readonly text: string;
}

/** The banner for hosts that lack something (preview, Word, old Excel); none for Excel ≥ 1.8. */
function hostNotice(host: HostInfo, previewReason: PreviewReason, strings: Strings, pane: PaneKind): Notice | undefined {
  switch (host.kind) {
    case "preview":
      if (previewReason === "officejs-failed-in-office") return { intent: "error", title: strings.officeJsBlockedTitle, text: strings.officeJsBlocked };
      return {
        intent: "info",
        title: strings.previewTitle,
        text: pane === "word" ? strings.previewWordOutsideOffice : previewReason === "officejs-failed" ? strings.previewOfficeJsFailed : strings.previewOutsideOffice,
      };
    case "browser":
      // The 网页版 (issue #13) says what it does with the user's files, and that nothing leaves the page.
      return { intent: "info", title: strings.browserTitle, text: strings.browserNotice };
    case "word":
      return { intent: "info", text: strings.wordHost };
    case "excel":
      if (host.belowBaseline) return { intent: "warning", text: strings.excelBelowBaseline };
      return host.excelApi18 ? undefined : { intent: "warning", text: strings.excelApiOld };
  }
}

/** Set when a file was opened: the page is rendered anew, and the new LocalFile takes the focus (new-user test 2, D12). */
let focusAfterOpen = false;

/**
 * 打开本地台账文件 (preview outside Office only, issue #12): a picker and a drop target that load the
 * user's .xlsx into the in-memory workbook; says which file is open, that it stays on this computer
 * and is never changed, or why it could not be read.
 */
function LocalFile({ controls, strings, browser = false, analysis }: { readonly controls: NonNullable<PaneOps["preview"]>; readonly strings: Strings; readonly browser?: boolean; readonly analysis?: Analysis }) {
  const input = useRef<HTMLInputElement>(null);
  const status = useRef<HTMLDivElement>(null);
  const styles = useStyles();
  useEffect(() => {
    if (!focusAfterOpen) return;
    focusAfterOpen = false;
    status.current?.focus();
  }, []);
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<string>();
  // 网页版: the working copy (the file, or a blank standard workbook) is downloaded as a new file.
  const download = async () => {
    if (!controls.download) return;
    setBusy(true);
    setError(undefined);
    try {
      const { bytes, file } = await controls.download();
      const delivered = deliverDownload(bytes, file, paneDeliverEnv("unknown"), strings);
      setSaved(delivered.message);
    } catch (e) {
      setError(describeError(e, strings));
    } finally {
      setBusy(false);
    }
  };
  const open = async (file: File | undefined) => {
    if (!file || !controls.openLocal) return;
    setBusy(true);
    setError(undefined);
    try {
      focusAfterOpen = true;
      await controls.openLocal(file.name, new Uint8Array(await file.arrayBuffer()));
    } catch (e) {
      focusAfterOpen = false;
      // A .csv (or another table of the office's own) is what 导入已有台账 reads (new-user test 7, D15).
      const own = /\.(?:csv|txt)$/iu.test(file.name) ? strings.localFileImportHint : "";
      setError(formatString(strings.localFileFailed, { file: file.name, reason: describeError(e, strings) }) + own);
      setBusy(false);
    }
  };
  // A file dropped anywhere on the page is opened, never left to the browser (which would leave the
  // page to show or download it); the strip shows where it goes while a file is dragged (new-user test 3, D9).
  const [dragging, setDragging] = useState(false);
  const openLatest = useRef(open);
  openLatest.current = open;
  useEffect(() => {
    const hasFiles = (e: DragEvent): boolean => !!e.dataTransfer && Array.from(e.dataTransfer.types).includes("Files");
    const over = (e: DragEvent): void => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      setDragging(true);
    };
    const leave = (e: DragEvent): void => {
      if (!e.relatedTarget) setDragging(false);
    };
    const drop = (e: DragEvent): void => {
      setDragging(false);
      // A drop target of its own (the strip, a panel's picker) has handled it already.
      if (e.defaultPrevented || !hasFiles(e)) return;
      e.preventDefault();
      void openLatest.current(e.dataTransfer?.files[0]);
    };
    window.addEventListener("dragover", over);
    window.addEventListener("dragleave", leave);
    window.addEventListener("drop", drop);
    return () => {
      window.removeEventListener("dragover", over);
      window.removeEventListener("dragleave", leave);
      window.removeEventListener("drop", drop);
    };
  }, []);
  return (
    <div
      data-testid="local-file"
      onDragOver={(e) => e.preventDefault()}
      onDrop={(e) => {
        e.preventDefault();
        void open(e.dataTransfer.files[0]);
      }}
      style={{ display: "flex", flexDirection: "column", rowGap: 4, padding: "0 12px", outline: dragging ? "2px dashed currentColor" : undefined, outlineOffset: 2 }}
      data-dragging={dragging ? "true" : undefined}
    >
      {dragging && <Caption1 role="status">{strings.localFileDropNow}</Caption1>}
      <input ref={input} type="file" accept=".xlsx" hidden onChange={(e) => {
        const f = e.target.files?.[0];
        e.target.value = "";
        void open(f);
      }} data-testid="local-file-input" aria-label={strings.localFileOpen} />
      <div style={{ display: "flex", flexWrap: "wrap", gap: 8 }}>
        <Button appearance={browser && !controls.file ? "primary" : "secondary"} onClick={() => input.current?.click()} disabledFocusable={busy}>{strings.localFileOpen}</Button>
        {controls.download && (
          <Button onClick={() => void download()} disabledFocusable={busy} data-testid="local-file-download">
            {controls.file ? strings.browserDownload : strings.browserDownloadBlank}
          </Button>
        )}
      </div>
      <div role="status" data-testid="local-file-status" className={styles.fileStatus} tabIndex={-1} ref={status}>
        <Caption1>{controls.file ? formatString(browser ? strings.browserOpened : strings.localFileOpened, { file: controls.file }) : browser ? strings.browserHint : strings.localFileHint}</Caption1>
      </div>
      {analysis && (
        <Caption1 data-testid="local-file-checked">
          {missingStandardSheets(analysis.findings)
            ? strings.browserCheckedNotStandard
            : formatString(strings.browserChecked, { result: analysis.findings.length ? formatString(strings.checkSummary, { errors: analysis.errors, warnings: analysis.warnings }) : strings.checkClean })}
        </Caption1>
      )}
      {saved && <Caption1 role="status" data-testid="local-file-saved">{saved}</Caption1>}
      {error && <Caption1 role="alert">{error}</Caption1>}
    </div>
  );
}
