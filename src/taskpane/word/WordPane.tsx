import { useMemo, useReducer, useRef, useState, type DragEvent } from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Body1,
  Button,
  Caption1,
  Field,
  Input,
  makeStyles,
  mergeClasses,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Switch,
  Text,
  tokens,
} from "@fluentui/react-components";
import { analyseLedger, exportGate, formatSerialDate, monthOfReport, signOffDateLine, standardV1, summariseLedger, summaryLeftOut } from "../../core";
import { wordMessage } from "./word-message";
import { InsertTooLargeError } from "../../adapters/word/insert-at-cursor";
import { AppendixChoice } from "../components/AppendixChoice";
import { NarrativePreview } from "../components/NarrativePreview";
import { FindingList } from "../components/FindingList";
import { LeftOutNotes } from "../components/LeftOutNotes";
import { docxFileName } from "../export/document-html";
import { loadXlsxReader } from "../load-xlsx";
import { notStandardMessage, withoutMissingSheets } from "../state/standard";
import { groupFindings } from "../state/validate";
import { formatSize, formatString, type Strings } from "../strings";
import { EmbeddedCompareStatus } from "../components/EmbeddedCompareStatus";
import { dateInputValue, embeddedComparison, signOffDay } from "../state/summary";
import { buildDocx } from "./build-docx";
import { deliverDownload, paneDeliverEnv } from "../export/deliver-workbook";
import { DOCX_MIME } from "../export/download";
import { initialWordPane, wordPaneReducer, type WordAction } from "./state";
import type { WordOps } from "./word-ops";

/** Props of the Word pane: its Word operations (undefined while the preview's load) and strings. */
export interface WordPaneProps {
  readonly ops?: WordOps;
  readonly strings: Strings;
}

const SHEET_ORDER = standardV1.sheets.map((s) => s.sheet);
/** Source cells listed for a sentence; more are summarised by a count. */
const MAX_SOURCES = 8;
const XLSX_ACCEPT = ".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM, minWidth: 0 },
  drop: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    rowGap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  dropActive: { border: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  file: { fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  row: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS, alignItems: "center" },
  muted: { color: tokens.colorNeutralForeground3 },
  errors: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  hidden: { display: "none" },
  findings: { minWidth: 0 },
  clean: { color: tokens.colorStatusSuccessForeground1, fontWeight: tokens.fontWeightSemibold },
  accordionHeader: { minWidth: 0 },
  sources: {
    position: "sticky",
    top: 0,
    zIndex: 1,
    padding: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
  },
  cell: { fontFamily: tokens.fontFamilyMonospace },
});

/** A readable message for an error of the Word actions. */
function describeWordError(error: unknown, strings: Strings): string {
  if (error instanceof InsertTooLargeError) return strings.wordTooLarge;
  const code = typeof error === "object" && error !== null ? String((error as { code?: unknown }).code ?? "") : "";
  const message = error instanceof Error ? error.message : String(error);
  return formatString(strings.wordError, { message: code ? `${code}: ${message}` : message });
}

/**
 * The pane in Word: choose a standard workbook (.xlsx, picker or drop), see its check results and
 * the narrative, then 新建文档打开 (WordApi 1.3) or 插入到光标处 (WordApi 1.1; no headers/footers).
 */
export function WordPane({ ops, strings }: WordPaneProps) {
  const styles = useStyles();
  const [state, dispatch] = useReducer(wordPaneReducer, initialWordPane);
  const [dragging, setDragging] = useState(false);
  const [built, setBuilt] = useState<{ bytes: Uint8Array; name: string } | undefined>();
  /** What the last 下载 .docx said (worded as started: the pane cannot see the saved file). */
  const [downloaded, setDownloaded] = useState<string>();
  const input = useRef<HTMLInputElement>(null);
  const token = useRef(0);

  const analysis = state.analysis;
  // 与上期对比 with the figures 开始下一期 embedded in 上期指标, as the CLI and the Excel pane do without an earlier workbook.
  const embedded = useMemo(() => (analysis ? embeddedComparison(analysis) : undefined), [analysis]);
  const comparison = embedded?.compared.ok ? embedded.compared.comparison : undefined;
  // The 成文日期 picked here (the Word pane cannot edit 基本信息), as the Excel pane's 网页版 field and the CLI's --date; a
  // 成文日期 typed in 基本信息 signs instead (new-user test 45, D21: the notice pointed to 基本信息 only).
  const [signDate, setSignDate] = useState<string>();
  const today = signOffDay(signDate, new Date());
  const typedDocDate = analysis && typeof analysis.facts.profile.docDate === "number" ? analysis.facts.profile.docDate : undefined;
  const doc = useMemo(
    () => (analysis ? summariseLedger(analysis, { includeNames: state.includeNames, today, appendix: state.appendix, ...(comparison ? { comparison } : {}) }).document : undefined),
    [analysis, state.includeNames, state.appendix, comparison, today],
  );
  // No summary of a workbook that is no standard ledger, or whose ledgers are all empty, 仍然生成 or not: the core's
  // exportGate, as the Excel pane, the 网页版 and the CLI (even with --force) refuse it (new-user test 25, D18, D24).
  const refused = useMemo(() => (analysis ? exportGate(analysis, true).refused : undefined), [analysis]);
  // A workbook without the standard sheets gets one message, not a finding per missing sheet.
  const missing = refused?.reason === "not-standard" ? refused.missing : undefined;
  const shown = useMemo(() => (missing ? withoutMissingSheets(analysis?.findings ?? []) : (analysis?.findings ?? [])).map((f) => ({ ...f, message: wordMessage(f.message) })), [analysis, missing]);
  const shownErrors = shown.filter((f) => f.severity === "error").length;
  const groups = useMemo(() => groupFindings(shown, SHEET_ORDER), [shown]);
  const blocked = !!refused;
  // What the document leaves out because of errors, told from the summary it is made of: the lines the CLI and the
  // 总结 tab give (`问题整改第3行（已整改数大于发现数）未写入总结`; new-user test 31, D12).
  const leftOut = useMemo(() => (analysis && doc && !refused && analysis.errors > 0 ? summaryLeftOut(analysis, doc) : []), [analysis, doc, refused]);
  const run = doc && state.selected ? doc.blocks[state.selected.block] : undefined;
  const sources = run?.kind === "paragraph" && state.selected ? (run.runs[state.selected.run]?.sources ?? []) : undefined;

  const readFile = async (file: File, note?: string) => {
    const mine = ++token.current;
    dispatch({ type: "file/start", name: file.name, size: file.size, note });
    setBuilt(undefined);
    setDownloaded(undefined);
    try {
      const [read, bytes] = await Promise.all([loadXlsxReader(), file.arrayBuffer()]);
      const snapshot = await read(new Uint8Array(bytes));
      const result = analyseLedger(snapshot);
      if (mine === token.current) dispatch({ type: "file/done", analysis: result });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (mine === token.current) dispatch({ type: "file/failed", error: formatString(strings.wordFileFailed, { file: file.name, error: message }) });
    }
  };

  const act = async (action: WordAction, force: boolean) => {
    if (!ops || !doc || !analysis) return;
    // The errors gate (the core's; the pane's override is 仍然生成). A refused workbook is said by the bar above the
    // buttons, which are then disabled.
    const gate = exportGate(analysis, force);
    if (gate.refused) return;
    if (gate.blocked) return dispatch({ type: "action/confirm", action });
    dispatch({ type: "action/start", action });
    try {
      const docx = await buildDocx(doc);
      setBuilt({ bytes: docx.bytes, name: docxFileName(analysis.facts.profile, monthOfReport(analysis.facts)) });
      setDownloaded(undefined);
      if (action === "open") {
        await ops.openAsNew(docx.base64);
        dispatch({ type: "action/done", result: { action, bytes: docx.bytes.length } });
      } else {
        const report = await ops.insertAtCursor(docx.base64);
        dispatch({ type: "action/done", result: { action, bytes: docx.bytes.length, after: report.location === "After" } });
      }
    } catch (error) {
      dispatch({ type: "action/failed", error: describeWordError(error, strings) });
    }
  };

  const onDrop = (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault();
    setDragging(false);
    const files = e.dataTransfer.files;
    const file = files?.[0];
    if (file) void readFile(file, files.length > 1 ? formatString(strings.wordOneFile, { file: file.name }) : undefined);
  };

  const busy = state.phase === "reading" || state.action === "running";
  const canOpen = !!ops?.features.createDocument;
  const canInsert = !!ops?.features.insert;
  const result = state.result;

  return (
    <section className={styles.root} aria-label={strings.hostWord} data-testid="word-pane">
      <Body1>{strings.wordDescription}</Body1>

      <div
        className={mergeClasses(styles.drop, dragging && styles.dropActive)}
        data-testid="word-drop"
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <Button appearance={analysis ? "secondary" : "primary"} onClick={() => input.current?.click()} disabled={state.phase === "reading"}>
          {strings.wordChooseFile}
        </Button>
        <input
          ref={input}
          className={styles.hidden}
          type="file"
          accept={XLSX_ACCEPT}
          aria-label={strings.wordChooseFile}
          data-testid="word-file"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = "";
            if (file) void readFile(file);
          }}
        />
        {state.file ? (
          <Text className={styles.file} data-testid="word-file-name">
            {formatString(strings.wordFileChosen, { file: state.file.name, size: formatSize(state.file.size, strings) })}
          </Text>
        ) : (
          <Caption1 className={styles.muted}>{strings.wordDropHint}</Caption1>
        )}
      </div>

      {state.note && (
        <MessageBar intent="warning" layout="multiline" data-testid="word-note">
          <MessageBarBody>{state.note}</MessageBarBody>
        </MessageBar>
      )}
      {state.phase === "reading" && <Spinner size="tiny" labelPosition="after" label={strings.checkRunning} />}
      {state.phase === "failed" && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{state.error}</MessageBarBody>
        </MessageBar>
      )}

      {analysis && doc && (
        <>
          {missing && (
            <MessageBar intent="error" layout="multiline" data-testid="word-not-standard">
              <MessageBarBody>
                <MessageBarTitle>{notStandardMessage(missing, strings, "word")}</MessageBarTitle>
                {strings.wordNotStandardHint}
              </MessageBarBody>
            </MessageBar>
          )}
          {refused && (
            <MessageBar intent="warning" layout="multiline" data-testid="word-refused">
              <MessageBarBody>{refused.reason === "empty" ? strings.summaryRefusedEmpty : strings.summaryRefusedNotStandard}</MessageBarBody>
            </MessageBar>
          )}
          {/* Signed with today when 成文日期 is blank: a day long before or after the period is said, as in the Excel pane, the
              网页版 and the CLI (new-user test 28, D21). */}
          {analysis && !refused && signOffDateLine(analysis, today) && (
            <MessageBar intent="warning" layout="multiline" data-testid="word-sign-off">
              <MessageBarBody>{`${signOffDateLine(analysis, today) ?? ""}${typedDocDate === undefined ? strings.summarySignDateCheckPage : strings.summarySignDateCheck}`}</MessageBarBody>
            </MessageBar>
          )}
          {missing && shown.length === 0 ? null : shown.length === 0 ? (
            <Text className={styles.clean} data-testid="word-check-summary">
              {formatString(strings.wordFindings, { summary: strings.checkClean })}
            </Text>
          ) : (
            <Accordion collapsible defaultOpenItems={shownErrors > 0 ? ["findings"] : []} className={styles.findings}>
              <AccordionItem value="findings">
                <AccordionHeader size="small" className={styles.accordionHeader}>
                  <span data-testid="word-check-summary">
                    {/* The counts every front end gives (the missing sheets among them, said once above: new-user test 13, D10). */}
                    {formatString(strings.wordFindings, { summary: formatString(strings.checkSummary, { errors: analysis.errors, warnings: analysis.warnings }) })}
                  </span>
                </AccordionHeader>
                <AccordionPanel>
                  <FindingList groups={groups} strings={strings} />
                </AccordionPanel>
              </AccordionItem>
            </Accordion>
          )}

          {leftOut.length > 0 && (
            <MessageBar intent="warning" layout="multiline" data-testid="word-left-out">
              <MessageBarBody>
                <LeftOutNotes leftOut={leftOut} strings={strings} />
              </MessageBarBody>
            </MessageBar>
          )}

          <EmbeddedCompareStatus embedded={embedded} strings={strings} said="compareEmbeddedWord" />

          {analysis && !refused && (
            <Field label={strings.summarySignDate} size="small" hint={typedDocDate !== undefined ? strings.summarySignDateTyped : strings.summarySignDateHint}>
              {typedDocDate !== undefined ? (
                <Body1 data-testid="word-sign-date-typed">{formatSerialDate(typedDocDate)}</Body1>
              ) : (
                <Input type="date" size="small" style={{ alignSelf: "flex-start" }} value={dateInputValue(today)} onChange={(_e, d) => setSignDate(d.value)} data-testid="word-sign-date" />
              )}
            </Field>
          )}
          <Switch checked={state.includeNames} onChange={(_e, d) => dispatch({ type: "names/set", on: d.checked })} label={strings.includeNames} />
          <AppendixChoice analysis={analysis} on={state.appendix} onChange={(on) => dispatch({ type: "appendix/set", on })} strings={strings} testId="word-appendix" />

          <div className={styles.row}>
            <Button appearance="primary" onClick={() => void act("open", false)} disabled={busy || blocked || !canOpen}>
              {strings.wordOpenButton}
            </Button>
            <Button onClick={() => void act("insert", false)} disabled={busy || blocked || !canInsert}>
              {strings.wordInsertButton}
            </Button>
          </div>
          <Caption1 className={styles.muted} data-testid="word-insert-note">
            {strings.wordInsertNote}
          </Caption1>
          {ops && !canOpen && <Caption1 role="note">{strings.wordNeedsCreate}</Caption1>}
          {ops && !canInsert && <Caption1 role="note">{strings.wordNeedsInsert}</Caption1>}

          {state.action === "confirm" && state.pending && (
            <MessageBar intent="error" layout="multiline">
              <MessageBarBody>
                <MessageBarTitle>{formatString(strings.exportBlockedTitle, { count: analysis.errors })}</MessageBarTitle>
                {strings.wordBlockedText}
                <ul className={styles.errors}>
                  {shown.filter((f) => f.severity === "error").slice(0, 5).map((f, i) => (
                    <li key={i}>{`${f.sheet}${f.cell ? `!${f.cell}` : ""}：${f.message}`}</li>
                  ))}
                </ul>
              </MessageBarBody>
              <MessageBarActions>
                <Button size="small" onClick={() => void act(state.pending ?? "open", true)}>{strings.wordGenerateAnyway}</Button>
                <Button size="small" appearance="transparent" aria-label={strings.dismiss} title={strings.dismiss} onClick={() => dispatch({ type: "action/cancel" })}>
                  ✕
                </Button>
              </MessageBarActions>
            </MessageBar>
          )}
          {state.action === "running" && <Spinner size="tiny" labelPosition="after" label={strings.exportRunning} />}
          {state.action === "done" && result && (
            <MessageBar intent="success" layout="multiline" data-testid="word-result">
              <MessageBarBody>
                {ops?.preview ? (
                  <>
                    <MessageBarTitle>{formatString(strings.wordPreviewDone, { size: formatSize(result.bytes, strings) })}</MessageBarTitle>
                    {result.action === "open" ? strings.wordPreviewOpen : strings.wordPreviewInsert}
                    {downloaded && <div role="status">{downloaded}</div>}
                  </>
                ) : result.action === "open" ? (
                  strings.wordOpened
                ) : result.after ? (
                  strings.wordInsertedAfter
                ) : (
                  strings.wordInserted
                )}
              </MessageBarBody>
              {ops?.preview && built && (
                <MessageBarActions>
                  <Button size="small" onClick={() => setDownloaded(deliverDownload(built.bytes, built.name, paneDeliverEnv("unknown"), strings, { mime: DOCX_MIME }).message)}>{strings.wordDownload}</Button>
                </MessageBarActions>
              )}
            </MessageBar>
          )}
          {state.action === "failed" && (
            <MessageBar intent="error" layout="multiline">
              <MessageBarBody role="alert">{state.actionError}</MessageBarBody>
            </MessageBar>
          )}

          {/* No preview of a summary that cannot be made (no standard ledger, or nothing in its ledgers). */}
          {!blocked && (<>
          <div className={styles.sources} aria-live="polite" data-testid="sources">
            <Caption1>{strings.sourcesTitle}</Caption1>
            {sources === undefined && <Caption1 className={styles.muted}>{strings.sourcesHint}</Caption1>}
            {sources?.length === 0 && <Caption1 className={styles.muted}>{strings.sourcesNone}</Caption1>}
            {sources?.slice(0, MAX_SOURCES).map((s) => (
              <Caption1 key={s} className={styles.cell}>
                {s}
              </Caption1>
            ))}
            {sources && sources.length > MAX_SOURCES && <Caption1 className={styles.muted}>{formatString(strings.sourcesMore, { count: sources.length })}</Caption1>}
          </div>
          <NarrativePreview doc={doc} selected={state.selected} onSelect={(block, r) => dispatch({ type: "run/selected", block, run: r })} />
          </>)}
        </>
      )}
    </section>
  );
}
