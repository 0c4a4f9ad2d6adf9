import { type Dispatch, lazy, Suspense, useRef, useState } from "react";
import { Body1, Button, Caption1, makeStyles, MessageBar, MessageBarBody, Spinner, tokens } from "@fluentui/react-components";
import type { ImposeReport } from "../../adapters/excel";
import { INDICATORS_ID, standardV1, type Finding } from "../../core";
import { describeError } from "../errors";
import { usePane } from "../ops-context";
import { isPage } from "../operations";
import type { TemplateAction, TemplateState } from "../state/template";
import { formatString, versionText, type Strings } from "../strings";

import { ErrorBar } from "./ErrorBar";

/** 汇总 is its own chunk: the pane's first paint never pays for it (bench "gzip: initial JS"). */
const RollupPanel = lazy(() => import(/* webpackChunkName: "rollup-panel" */ "./RollupPanel").then((m) => ({ default: m.RollupPanel })));

/** 开始下一期 is its own chunk too (issue #17). */
const NextPeriodPanel = lazy(() => import(/* webpackChunkName: "next-period-panel" */ "./NextPeriodPanel").then((m) => ({ default: m.NextPeriodPanel })));
/** 导入已有台账 and the importer core: their own chunk, loaded when the user asks for it (bench "gzip: initial JS"). */
const ImportPanel = lazy(() => import(/* webpackChunkName: "import-panel" */ "./ImportPanel").then((m) => ({ default: m.ImportPanel })));

/**
 * Props of the 标准表 tab. `onImposed` runs after a successful impose (re-watch, re-check); `findings`:
 * the last check's, if any (开始下一期 is not offered for a workbook that is no standard ledger).
 */
export interface TemplateTabProps {
  readonly state: TemplateState;
  readonly dispatch: Dispatch<TemplateAction>;
  readonly onImposed: () => void;
  readonly findings?: readonly Finding[];
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM, alignItems: "stretch" },
  button: { alignSelf: "flex-start", maxWidth: "100%" },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  muted: { color: tokens.colorNeutralForeground3 },
});

const INDICATORS_SHEET = standardV1.sheets.find((s) => s.id === INDICATORS_ID)?.sheet ?? "指标汇总";

/**
 * The lines of an impose report, in the pane's language. `chartsKept`: false where the workbook the
 * user keeps is a download written without charts (the 网页版): the charts the in-memory workbook got
 * are then not claimed (new-user test 2, D13).
 */
export function reportLines(report: ImposeReport, strings: Strings, chartsKept = true): { readonly intent: "info" | "warning"; readonly text: string }[] {
  const lines: { intent: "info" | "warning"; text: string }[] = [];
  const join = (list: readonly string[]) => list.map((h) => `“${h}”`).join("、");
  const created = [...report.sheets.filter((s) => s.created).map((s) => s.sheet), ...report.createdGenerated.filter((s) => !s.startsWith("_"))];
  if (created.length) lines.push({ intent: "info", text: formatString(strings.imposeCreatedSheets, { list: created.join("、") }) });
  const tables = report.sheets.filter((s) => s.tableCreated && !s.created).map((s) => s.sheet);
  if (tables.length) lines.push({ intent: "info", text: formatString(strings.imposeCreatedTables, { list: tables.join("、") }) });
  for (const l of report.lookalikes ?? []) lines.push({ intent: "warning", text: l });
  for (const r of report.sheetsRestored ?? []) lines.push({ intent: "info", text: formatString(strings.imposeRestoredSheet, { from: r.from, sheet: r.sheet }) });
  for (const s of report.sheets) {
    if (s.skipped) lines.push({ intent: "warning", text: formatString(s.protected ? strings.imposeProtectedSheet : s.formHeaderBlocked ? strings.imposeFormHeaderBlocked : strings.imposeSkipped, { sheet: s.sheet }) });
    if (s.formHeaderAdded) lines.push({ intent: "info", text: formatString(strings.imposeFormHeaderAdded, { sheet: s.sheet, row: String(s.formHeaderAdded) }) });
    if (s.strayRenamed) lines.push({ intent: "warning", text: formatString(strings.imposeStrayTable, { other: s.strayRenamed.sheet, to: s.strayRenamed.to, sheet: s.sheet }) });
    if (s.tableRenamed) lines.push({ intent: "info", text: formatString(strings.imposeRenamedTable, { sheet: s.sheet, from: s.tableRenamed }) });
    if (s.unmerged?.length) lines.push({ intent: "warning", text: formatString(strings.imposeUnmerged, { sheet: s.sheet, list: s.unmerged.join("、") }) });
    for (const h of s.headersRestored ?? []) lines.push({ intent: "info", text: formatString(strings.imposeRestoredHeader, { sheet: s.sheet, typed: h.typed, header: h.header }) });
    if (s.added.length) lines.push({ intent: "info", text: formatString(strings.imposeAddedColumns, { sheet: s.sheet, list: join(s.added) }) });
    if (s.blocked.length) lines.push({ intent: "warning", text: formatString(strings.imposeBlockedColumns, { sheet: s.sheet, list: join(s.blocked) }) });
    if (s.unknown.length) lines.push({ intent: "warning", text: formatString(strings.imposeUnknownColumns, { sheet: s.sheet, list: join(s.unknown) }) });
    if (s.formulasSkipped?.length) lines.push({ intent: "warning", text: formatString(strings.imposeFormulasSkipped, { sheet: s.sheet, list: join(s.formulasSkipped) }) });
  }
  for (const g of report.generatedSkipped ?? []) lines.push({ intent: "warning", text: formatString(strings.imposeGeneratedSkipped, { sheet: g.sheet.startsWith("_") ? strings.listSheetName : g.sheet }) });
  if (report.indicatorsMissing?.length) {
    const list = report.indicatorsMissing.map((m) => `“${m.label}”（${m.missing.join("、")}）`).join("、");
    lines.push({ intent: "warning", text: formatString(strings.imposeIndicatorsMissing, { list }) });
  }
  if (!chartsKept && report.chartsCreated.length) lines.push({ intent: "warning", text: strings.imposeChartsNotInDownload });
  else if (report.chartsCreated.length && !report.createdGenerated.includes(INDICATORS_SHEET)) lines.push({ intent: "info", text: formatString(strings.imposeChartsCreated, { list: report.chartsCreated.map((c) => `“${c}”`).join("、") }) });
  if (report.nativeValidation) lines.push({ intent: "info", text: strings.imposeValidationRestored });
  if (report.versionBefore && report.versionBefore !== report.versionAfter) lines.push({ intent: "info", text: formatString(strings.imposeUpgraded, { before: versionText(report.versionBefore, strings), after: versionText(report.versionAfter, strings) }) });
  if (lines.length === (report.nativeValidation ? 1 : 0)) lines.unshift({ intent: "info", text: strings.imposeNoChanges });
  return lines;
}

/** 标准表: impose / repair / upgrade the standard workbook, and what was done. */
export function TemplateTab({ state, dispatch, onImposed, findings }: TemplateTabProps) {
  const styles = useStyles();
  const { ops, strings } = usePane();
  // The 网页版 hands out a download written without charts (new-user test 2, D13).
  const page = isPage(ops);
  const chartsKept = !page;
  const [importing, setImporting] = useState(false);

  // A double click arrives before the button is re-rendered disabled: one impose at a time (issue #12).
  const running = useRef(false);
  const impose = async () => {
    if (!ops || running.current) return;
    running.current = true;
    dispatch({ type: "impose/start" });
    try {
      dispatch({ type: "impose/done", report: await ops.impose() });
      onImposed();
    } catch (error) {
      dispatch({ type: "impose/failed", error: describeError(error, strings) });
    } finally {
      running.current = false;
    }
  };

  return (
    <section className={styles.root} aria-label={strings.tabTemplate}>
      {/* The 网页版 works on an opened file: before one is open there is no workbook to repair (new-user test 3, D2). */}
      {page && !ops?.preview?.file ? (
        <MessageBar intent="info" data-testid="template-no-file">
          <MessageBarBody>{strings.templateNoFilePage}</MessageBarBody>
        </MessageBar>
      ) : (
        <>
          <Body1>{page ? strings.templateDescriptionPage : strings.templateDescription}</Body1>
          <Button className={styles.button} appearance="primary" onClick={() => void impose()} disabled={!ops || state.phase === "running"}>
            {strings.imposeButton}
          </Button>
        </>
      )}
      {state.phase === "running" && <Spinner size="tiny" labelPosition="after" label={strings.imposeRunning} />}
      {state.phase === "failed" && <ErrorBar title={strings.errorTitle} message={state.error} />}
      {state.phase === "done" && (
        <>
          <MessageBar intent="success">
            <MessageBarBody>{formatString(strings.imposeDone, { version: versionText(state.report.versionAfter, strings) })}</MessageBarBody>
          </MessageBar>
          {!state.report.nativeValidation && (
            <MessageBar intent="warning">
              <MessageBarBody>{strings.imposePaneOnly}</MessageBarBody>
            </MessageBar>
          )}
          <ul className={styles.list} aria-label={strings.tabTemplate}>
            {reportLines(state.report, strings, chartsKept).map((l, i) => (
              <li key={i}>
                <Caption1>{l.text}</Caption1>
              </li>
            ))}
          </ul>
        </>
      )}
      <Caption1 className={styles.muted}>{strings.imposeIdempotentNote}</Caption1>
      <Caption1 className={styles.muted}>{chartsKept ? strings.imposeRepairNote : strings.imposeRepairNoteDownload}</Caption1>
      {/* 网页版 before a file is opened: nothing to start from. */}
      {ops?.nextPeriod && !(ops.nextPeriod.mode === "download" && !ops.preview?.file) && (
        <Suspense fallback={<Spinner size="tiny" />}>
          <NextPeriodPanel onApplied={onImposed} findings={findings} />
        </Suspense>
      )}
      {importing ? (
        <Suspense fallback={<Spinner size="tiny" />}>
          <ImportPanel onWritten={onImposed} />
        </Suspense>
      ) : (
        <Button className={styles.button} onClick={() => setImporting(true)} disabled={!ops} data-testid="import-open">
          {strings.importOpen}
        </Button>
      )}
      <Suspense fallback={<Spinner size="tiny" />}>
        <RollupPanel />
      </Suspense>
    </section>
  );
}
