import { useEffect, useMemo, useRef, useState, type ChangeEvent, type Dispatch } from "react";
import { Body1, Button, Caption1, Field, Input, Link, makeStyles, mergeClasses, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Spinner, Subtitle2, Switch, tokens } from "@fluentui/react-components";
import { compareWithPrevious, formatSerialDate, monthOfReport, signOffDateLine, exportGate, readPreviousPeriod, summariseLedger, summaryLeftOut, type Analysis } from "../../core";
import { AppendixChoice } from "./AppendixChoice";
import { isPage } from "../operations";
import { describeError } from "../errors";
import { copyDocument, deliverDocx } from "../export/deliver";
import { paneDeliverEnv } from "../export/deliver-workbook";
import { docxFileName } from "../export/document-html";
import { loadXlsxReader } from "../load-xlsx";
import { usePane } from "../ops-context";
import { dateInputValue, embeddedComparison, signOffDay, type SummaryAction, type SummaryState } from "../state/summary";
import { notStandardMessage } from "../state/standard";
import { NotStandardBar } from "./NotStandardBar";
import { LeftOutNotes } from "./LeftOutNotes";
import type { ValidateState } from "../state/validate";
import { formatString, periodText } from "../strings";
import { EmbeddedCompareStatus } from "./EmbeddedCompareStatus";
import { GridView } from "./GridView";
import { NarrativePreview } from "./NarrativePreview";

/** Props of the 总结 tab: its own state, the latest check, and the shared check runner. */
export interface SummaryTabProps {
  readonly state: SummaryState;
  readonly dispatch: Dispatch<SummaryAction>;
  readonly validate: ValidateState;
  /** Runs the shared check; resolves with the fresh analysis (undefined when it failed). */
  readonly check: () => Promise<Analysis | undefined>;
  /** Shows the 校验 tab (from the errors notice). */
  readonly onShowErrors?: () => void;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM, minWidth: 0 },
  row: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS, alignItems: "center" },
  sources: {
    padding: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
  },
  // Kept in view at the bottom only once a sentence is selected: before that it is a hint at the end, and sticky it covered
  // the errors notice's 查看错误 button on a 360×640 screen (new-user test 45, D23).
  stuck: { position: "sticky", bottom: 0, zIndex: 1 },
  muted: { color: tokens.colorNeutralForeground3 },
  errors: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  compare: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  hidden: { display: "none" },
  located: { flexBasis: "100%", color: tokens.colorNeutralForeground2 },
});

/** Source cells listed for a sentence; more are summarised by a count. */
const MAX_SOURCES = 8;

/** 总结: narrative preview with sources, names switch, Word export and its alternatives. */
export function SummaryTab({ state, dispatch, validate, check, onShowErrors }: SummaryTabProps) {
  const styles = useStyles();
  const { ops, strings } = usePane();
  const analysis: Analysis | undefined = validate.analysis;
  const compared = useMemo(() => (analysis && state.previous ? compareWithPrevious(analysis.facts, state.previous.facts) : undefined), [analysis, state.previous]);
  // No earlier workbook picked: the figures 开始下一期 embedded in 上期指标, as the CLI does without --previous (issue #17).
  // A picked file wins, as --previous does: refused (another unit's), the summary has no comparison and the one status line
  // says so — never 上期指标's comparison under the refusal (new-user test 48, D20; the README's 与上期对比).
  const embedded = useMemo(() => (analysis && !state.previous ? embeddedComparison(analysis) : undefined), [analysis, state.previous]);
  const comparison = compared?.ok ? compared.comparison : embedded?.compared.ok ? embedded.compared.comparison : undefined;
  /** The summary of an analysis with the tab's options (names, appendix, comparison): one place for both the preview and an export after a re-check. */
  // The day it is signed: the 成文日期 picked on the tab (网页版), as the CLI's --date, else today (new-user test 34, D17).
  const today = signOffDay(state.signDate, new Date());
  const summaryOf = (a: Analysis) => summariseLedger(a, { includeNames: state.includeNames, today, appendix: state.appendix, ...(comparison ? { comparison } : {}) }).document;
  // No summary of a workbook that is no standard ledger, or whose ledgers are all empty, 仍然导出 or not (core
  // exportGate, as the CLI refuses even with --force: new-user test 25, D18, D24).
  const refused = analysis ? exportGate(analysis, true).refused : undefined;
  // Nor a preview of one: a page titled 创建文明城市工作总结 saying 开展创建工作 under the refusal looked like output
  // (new-user test 26, D27).
  const doc = useMemo(
    () => (analysis && !refused ? summaryOf(analysis) : undefined),
    [analysis, refused !== undefined, state.includeNames, state.appendix, comparison, today],
  );
  const previousInput = useRef<HTMLInputElement>(null);
  /** What the last click on a source cell did ("已定位到 …" or the error). */
  const [located, setLocated] = useState<string>();
  /** The source cell shown in the read-only grid (preview only). */
  const [shown, setShown] = useState<string>();
  const shownGrid = shown && ops?.preview?.sheetGrid ? ops.preview.sheetGrid(shown.slice(0, shown.lastIndexOf("!"))) : undefined;

  const pickPrevious = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = "";
    if (!file) return;
    dispatch({ type: "previous/start" });
    try {
      const read = await loadXlsxReader();
      const snapshot = await read(new Uint8Array(await file.arrayBuffer()));
      const earlier = readPreviousPeriod(snapshot);
      // Not a standard ledger at all: say so, rather than blame its (blank) unit name.
      if (!earlier.ok) dispatch({ type: "previous/failed", error: `${file.name}：${notStandardMessage(earlier.notStandard, strings, "compare")}` });
      else dispatch({ type: "previous/done", file: file.name, facts: earlier.facts });
    } catch (error) {
      dispatch({ type: "previous/failed", error: `${file.name}：${error instanceof Error ? error.message.split("\n")[0] : String(error)}` });
    }
  };
  const run = doc && state.selected ? doc.blocks[state.selected.block] : undefined;
  const sources = run?.kind === "paragraph" && state.selected ? (run.runs[state.selected.run]?.sources ?? []) : undefined;

  /**
   * The workbook as it is now: after an edit not yet re-checked (or during a check), wait for the
   * check and summarise its result — never export the text of data the user has since changed.
   */
  const current = async (): Promise<{ analysis: Analysis; doc: NonNullable<typeof doc> } | undefined> => {
    if (!analysis || !doc) return undefined;
    if (!validate.stale && validate.phase !== "running") return { analysis, doc };
    const fresh = await check();
    if (!fresh) return undefined;
    return { analysis: fresh, doc: summaryOf(fresh) };
  };

  const exportWord = async (force: boolean) => {
    const now = await current();
    if (!now) return;
    // The errors gate on the fresh analysis (the core's exportGate; the pane's override is 仍然导出). A refused
    // workbook (no ledger, or nothing in it) is said by the bar above the buttons, which are then disabled.
    const gate = exportGate(now.analysis, force);
    if (gate.refused) return;
    if (gate.blocked) return dispatch({ type: "export/confirm" });
    dispatch({ type: "export/start" });
    const file = docxFileName(now.analysis.facts.profile, monthOfReport(now.analysis.facts));
    try {
      const delivered = await deliverDocx(now.doc, file, paneDeliverEnv(ops?.platform ?? "unknown"), strings);
      dispatch({ type: "export/done", message: delivered.message });
    } catch (error) {
      dispatch({ type: "export/failed", error: describeError(error, strings) });
    }
  };

  /** Copying is the export route on Mac: the same confirmation when the workbook has errors. */
  const copy = async (force: boolean) => {
    const now = await current();
    if (!now) return;
    const gate = exportGate(now.analysis, force);
    if (gate.refused) return;
    if (gate.blocked) return dispatch({ type: "export/confirm", what: "copy" });
    dispatch({ type: "copy/start" });
    try {
      await copyDocument(now.doc);
      dispatch({ type: "copy/done" });
    } catch (error) {
      dispatch({ type: "copy/failed", error: error instanceof Error ? error.message : String(error) });
    }
  };

  const jump = async (source: string) => {
    if (!ops) return;
    const bang = source.lastIndexOf("!");
    try {
      await ops.selectCell(source.slice(0, bang), source.slice(bang + 1));
      setLocated(formatString(strings.selectedCell, { cell: source }));
      setShown(source);
    } catch (error) {
      setLocated(describeError(error, strings));
    }
  };
  const confirmCopy = state.confirming === "copy";
  // What the text leaves out because of errors, told from the summary previewed below once there is one: the same
  // true line the CLI prints (`该行已写入总结，请核对A6`), never `可能未写入` beside a preview that tells the row
  // (new-user test 24, D13).
  const leftOut = useMemo(() => (analysis ? summaryLeftOut(analysis, doc) : []), [analysis, doc]);
  // The confirmation may open below a short pane's fold: bring it into view and focus its button (issue #12).
  const anyway = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (state.exportPhase !== "confirm") return;
    anyway.current?.scrollIntoView({ block: "nearest" });
    anyway.current?.focus();
  }, [state.exportPhase, state.confirming]);

  return (
    <section className={styles.root} aria-label={strings.tabSummary}>
      <Body1>{strings.summaryDescription}</Body1>
      {analysis && <NotStandardBar findings={analysis.findings} strings={strings} />}
      {refused && (
        <MessageBar intent="warning" layout="multiline" data-testid="summary-refused">
          <MessageBarBody>{refused.reason === "empty" ? strings.summaryRefusedEmpty : strings.summaryRefusedNotStandard}</MessageBarBody>
        </MessageBar>
      )}
      {analysis && analysis.errors > 0 && !refused && (
        <MessageBar intent="warning" layout="multiline" data-testid="summary-errors">
          <MessageBarBody>
            {formatString(strings.summaryHasErrors, { count: analysis.errors })}
            {/* What the text leaves out because of them (new-user test 4, D3). */}
            <LeftOutNotes leftOut={leftOut} strings={strings} />
          </MessageBarBody>
          {onShowErrors && (
            <MessageBarActions>
              <Button size="small" onClick={onShowErrors}>{strings.summaryShowErrors}</Button>
            </MessageBarActions>
          )}
        </MessageBar>
      )}
      {/* The pane signs with today when 成文日期 is blank: a day long before the period ends is said (new-user test 24, D3);
          the 网页版 points to its own 成文日期 field below (new-user test 34, D17). */}
      {analysis && !refused && signOffDateLine(analysis, today) && (
        <MessageBar intent="warning" layout="multiline" data-testid="summary-early-sign-off">
          <MessageBarBody>{`${signOffDateLine(analysis, today) ?? ""}${isPage(ops) ? strings.summarySignDateCheckPage : strings.summarySignDateCheck}`}</MessageBarBody>
        </MessageBar>
      )}
      {!analysis && (
        <>
          <Button appearance="primary" onClick={() => void check().then((a) => a && requestAnimationFrame(() => document.querySelector<HTMLElement>("#panel-summary [data-testid='narrative']")?.focus()))} disabled={!ops || validate.phase === "running"} style={{ alignSelf: "flex-start" }}>
            {strings.summaryBuild}
          </Button>
          <Caption1 className={styles.muted}>{strings.summaryNeedsCheck}</Caption1>
        </>
      )}
      {validate.phase === "running" && <Spinner size="tiny" labelPosition="after" label={strings.checkRunning} />}
      {doc && analysis && (
        <>
          <div className={styles.row}>
            {/* On Mac a task pane cannot download (office-js#2700): copying is the way out, said below. */}
            {ops?.platform !== "mac" && (
              <Button appearance="primary" onClick={() => void exportWord(false)} disabled={state.exportPhase === "running" || !!refused}>
                {strings.exportWord}
              </Button>
            )}
            <Button appearance={ops?.platform === "mac" ? "primary" : "secondary"} onClick={() => void copy(false)} disabled={!!refused}>{strings.copyText}</Button>
          </div>
          {/* The 网页版 cannot edit 基本信息: the sign-off date is picked here, as the CLI's --date (new-user test 34, D17). A
              成文日期 typed in 基本信息 signs instead, as in the CLI: shown, not editable here. */}
          {isPage(ops) && (
            <Field
              label={strings.summarySignDate}
              size="small"
              hint={typeof analysis.facts.profile.docDate === "number" ? strings.summarySignDateTyped : strings.summarySignDateHint}
            >
              {/* A date typed in 基本信息 is shown as the 落款 writes it (`2025年7月8日`), never in a disabled date box the browser
                  formats in its own locale (`07/08/2025`: new-user test 38, D18). */}
              {typeof analysis.facts.profile.docDate === "number" ? (
                <Body1 data-testid="summary-sign-date-typed">{formatSerialDate(analysis.facts.profile.docDate)}</Body1>
              ) : (
                <Input
                  type="date"
                  size="small"
                  style={{ alignSelf: "flex-start" }}
                  value={dateInputValue(today)}
                  onChange={(_e, d) => dispatch({ type: "signDate/set", date: d.value })}
                  data-testid="summary-sign-date"
                />
              )}
            </Field>
          )}
          <Switch checked={state.includeNames} onChange={(_e, d) => dispatch({ type: "names/set", on: d.checked })} label={strings.includeNames} />
          <section className={styles.compare} aria-label={strings.compareTitle} data-testid="compare-panel">
            <Subtitle2 as="h2">{strings.compareTitle}</Subtitle2>
            <Caption1 className={styles.muted}>{strings.compareDescription}</Caption1>
            <input ref={previousInput} className={styles.hidden} type="file" accept=".xlsx" onChange={(e) => void pickPrevious(e)} data-testid="compare-file" aria-label={strings.comparePick} />
            <div className={styles.row}>
              <Button onClick={() => previousInput.current?.click()} disabled={state.previousPhase === "reading"}>
                {strings.comparePick}
              </Button>
              {state.previous && (
                <Button appearance="transparent" onClick={() => dispatch({ type: "previous/clear" })}>
                  {strings.compareClear}
                </Button>
              )}
            </div>
            {state.previousPhase === "reading" && <Spinner size="tiny" labelPosition="after" label={strings.compareReading} />}
            {state.previous && compared?.ok && (
              <Caption1 role="status" data-testid="compare-status">
                {formatString(strings.compareOk, { file: state.previous.file, period: periodText(state.previous.facts.profile.year, state.previous.facts.profile.period, strings, state.previous.facts.period?.start), count: compared.comparison.changes.length })}
                {/* The core's 提示 when the two files name the unit differently but alike (new-user test 37, D26). */}
                {compared.comparison.relation.unitNote ? ` ${compared.comparison.relation.unitNote}` : ""}
              </Caption1>
            )}
            <EmbeddedCompareStatus embedded={embedded} strings={strings} said="compareEmbedded" />
            {state.previous && compared && !compared.ok && (
              <MessageBar intent="warning" layout="multiline">
                <MessageBarBody data-testid="compare-status">{formatString(strings.compareRefusedPicked, { message: compared.message })}</MessageBarBody>
              </MessageBar>
            )}
            {state.previousPhase === "failed" && (
              <MessageBar intent="error">
                <MessageBarBody data-testid="compare-error">{state.previousError}</MessageBarBody>
              </MessageBar>
            )}
            <AppendixChoice analysis={analysis} on={state.appendix} onChange={(on) => dispatch({ type: "appendix/set", on })} strings={strings} />
          </section>
          {state.exportPhase === "confirm" && (
            <MessageBar intent="error" layout="multiline">
              <MessageBarBody>
                <MessageBarTitle>{formatString(strings.exportBlockedTitle, { count: analysis.errors })}</MessageBarTitle>
                {strings.exportBlockedText}
                <ul className={styles.errors}>
                  {analysis.findings.filter((f) => f.severity === "error").slice(0, 5).map((f, i) => (
                    <li key={i}>{`${f.sheet}${f.cell ? `!${f.cell}` : ""}：${f.message}`}</li>
                  ))}
                </ul>
              </MessageBarBody>
              <MessageBarActions>
                <Button ref={anyway} size="small" onClick={() => void (confirmCopy ? copy(true) : exportWord(true))}>{confirmCopy ? strings.copyAnyway : strings.exportAnyway}</Button>
                <Button size="small" appearance="transparent" aria-label={strings.dismiss} title={strings.dismiss} onClick={() => dispatch({ type: "export/cancel" })}>
                  ✕
                </Button>
              </MessageBarActions>
            </MessageBar>
          )}
          {state.exportPhase === "running" && <Spinner size="tiny" labelPosition="after" label={strings.exportRunning} />}
          {state.exportPhase === "done" && <Caption1 role="status">{state.exportMessage}</Caption1>}
          {state.exportPhase === "failed" && <Caption1 role="alert">{state.exportMessage}</Caption1>}
          {state.copyPhase === "done" && <Caption1 role="status">{strings.copyDone}</Caption1>}
          {state.copyPhase === "failed" && <Caption1 role="alert">{formatString(strings.copyFailed, { error: state.copyMessage ?? "" })}</Caption1>}
          {/* The 网页版 downloads in every browser and is for desks without the add-in: no Office advice there (new-user test 4, D10). */}
          {isPage(ops) ? (
            <Caption1 className={styles.muted} data-testid="summary-word-note">{strings.summaryPageNote}</Caption1>
          ) : (
            <>
              <Caption1 className={styles.muted}>{ops?.platform === "mac" ? strings.exportMacNoDownload : strings.exportAlternatives}</Caption1>
              <Caption1 className={styles.muted} data-testid="summary-word-note">{strings.summaryWordNote}</Caption1>
            </>
          )}
          <NarrativePreview
            doc={doc}
            selected={state.selected}
            onSelect={(block, r) => {
              setLocated(undefined);
              dispatch({ type: "run/selected", block, run: r });
            }}
          />
          {/* After the narrative in tab order (issue #12), kept in view at the bottom while reading. */}
          <div className={sources === undefined ? styles.sources : mergeClasses(styles.sources, styles.stuck)} aria-live="polite" data-testid="sources">
            <Caption1>{strings.sourcesTitle}</Caption1>
            {sources === undefined && <Caption1 className={styles.muted}>{strings.sourcesHint}</Caption1>}
            {sources?.length === 0 && <Caption1 className={styles.muted}>{strings.sourcesNone}</Caption1>}
            {sources?.slice(0, MAX_SOURCES).map((s) => (
              <Link key={s} as="button" onClick={() => void jump(s)}>
                {s}
              </Link>
            ))}
            {sources && sources.length > MAX_SOURCES && <Caption1 className={styles.muted}>{formatString(strings.sourcesMore, { count: sources.length })}</Caption1>}
            {sources && located && (
              <Caption1 role="status" className={styles.located} data-testid="source-located">
                {located}
              </Caption1>
            )}
            {sources && located && shown && shownGrid && <GridView grid={shownGrid} address={shown.slice(shown.lastIndexOf("!") + 1)} label={shown} />}
          </div>
        </>
      )}
    </section>
  );
}
