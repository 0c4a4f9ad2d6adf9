import { type Dispatch, lazy, Suspense, useMemo, useState } from "react";
import { Body1, Button, Caption1, makeStyles, ProgressBar, Spinner, Switch, Text, tokens } from "@fluentui/react-components";
import { standardV1, type Finding } from "../../core";
import { describeError } from "../errors";
import { usePane } from "../ops-context";
import { isPage } from "../operations";
import { pageMessage } from "../page-message";
import { GridView } from "./GridView";
import { groupFindings, highlightStatus, type ValidateAction, type ValidateState } from "../state/validate";
import { NotStandardBar } from "./NotStandardBar";
import { withoutMissingSheets } from "../state/standard";
import { formatString } from "../strings";
import { FindingList } from "./FindingList";
import type { CheckOptions } from "../state/use-check";

import { ErrorBar } from "./ErrorBar";

/** 规范数据 is its own chunk: the pane's first paint never pays for it (bench "gzip: initial JS"). */
const FixPanel = lazy(() => import(/* webpackChunkName: "fix-panel" */ "./FixPanel").then((m) => ({ default: m.FixPanel })));

/** Props of the 校验 tab. `check` runs the shared check (state/use-check.ts). */
export interface ValidateTabProps {
  readonly state: ValidateState;
  readonly dispatch: Dispatch<ValidateAction>;
  readonly check: (options?: CheckOptions) => Promise<unknown>;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  actions: { display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalS },
  muted: { color: tokens.colorNeutralForeground3 },
  summary: { fontWeight: tokens.fontWeightSemibold },
});

const SHEET_ORDER = standardV1.sheets.map((s) => s.sheet);
/** The sheets the highlight may mark (not the generated ones). */
const DATA_SHEETS = standardV1.sheets.filter((s) => s.kind !== "generated").map((s) => s.sheet);

/** 校验: run the checks, findings by sheet, jump to a cell, highlight bad cells. */
export function ValidateTab({ state, dispatch, check }: ValidateTabProps) {
  const styles = useStyles();
  const { ops, strings } = usePane();
  // The 网页版 (a download, no sheet on screen): no highlight switch, no hint about typing in the table.
  const page = isPage(ops);
  // The highlight's status follows every re-check (issue #12: it stayed at 已标出 0 个单元格); other statuses are text.
  const [status, setStatus] = useState<string | { readonly highlight: true }>();
  const statusText = typeof status === "object" ? highlightStatus(state, strings, DATA_SHEETS) : status;
  // The page's own steps in place of advice meant for Excel (new-user test 30, D12).
  // A workbook that is no standard ledger: the notice says its missing sheets at once, and the list holds the rest
  // (new-user test 31, D16: `请把改名的工作表改回原名` under a notice that says 导入已有台账). The counts stay every front
  // end's (the missing sheets among them, as the Word pane counts them: new-user test 13, D10), now as many as it names.
  const listed = useMemo(() => withoutMissingSheets(state.analysis?.findings ?? []), [state.analysis]);
  const groups = useMemo(() => groupFindings(listed.map((f) => (page ? { ...f, message: pageMessage(f.message) } : f)), SHEET_ORDER), [listed, page]);
  const running = state.phase === "running";
  // Where the page shows no spreadsheet (preview), the selected finding's cell in a small grid (issue #12).
  const shownGrid = state.selected && ops?.preview?.sheetGrid ? ops.preview.sheetGrid(state.selected.slice(0, state.selected.lastIndexOf("!"))) : undefined;

  const select = async (f: Finding) => {
    if (!ops) return;
    dispatch({ type: "finding/selected", key: `${f.sheet}!${f.cell}` });
    try {
      await ops.selectCell(f.sheet, f.cell);
      setStatus(formatString(strings.selectedCell, { cell: `${f.sheet}!${f.cell || "A1"}` }));
    } catch (error) {
      setStatus(describeError(error, strings));
    }
  };

  const toggleHighlight = async (on: boolean) => {
    dispatch({ type: "highlight/set", on });
    if (!ops) return;
    try {
      const findings = state.analysis?.findings ?? [];
      dispatch({ type: "highlight/result", skipped: (await ops.highlight(on ? findings : null)).skipped });
      setStatus({ highlight: true });
    } catch (error) {
      setStatus(describeError(error, strings));
    }
  };

  const addMistakes = async () => {
    await ops?.preview?.addMistakes?.();
    setStatus(strings.previewMistakesDone);
  };

  return (
    <section className={styles.root} aria-label={strings.tabValidate}>
      <Body1>{strings.validateDescription}</Body1>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={() => void check()} disabled={!ops || running}>
          {strings.checkButton}
        </Button>
        {/* The 网页版 shows no sheet to mark, and nothing is typed into it (new-user test 2, D10). */}
        {!page && <Switch checked={state.highlight} onChange={(_e, d) => void toggleHighlight(d.checked)} label={strings.highlightSwitch} disabled={!ops} />}
      </div>
      {ops?.preview?.addMistakes && (
        <Button appearance="secondary" size="small" onClick={() => void addMistakes()} style={{ alignSelf: "flex-start" }}>
          {strings.previewMistakes}
        </Button>
      )}
      {running &&
        (state.progress ? (
          <ProgressBar value={state.progress.done / Math.max(1, state.progress.planned)} thickness="large" aria-label={formatString(strings.checkProgress, state.progress)} />
        ) : (
          <Spinner size="tiny" labelPosition="after" label={state.stale ? strings.checkStale : strings.checkRunning} />
        ))}
      {statusText && (
        <Caption1 role="status" className={styles.muted}>
          {statusText}
        </Caption1>
      )}
      {state.phase === "failed" && <ErrorBar title={strings.errorTitle} message={state.error} />}
      {/* Not a ledger at all (a salary table, an office's own sheets): say so, and where to go (new-user test 4, D9). */}
      {state.analysis && <NotStandardBar findings={state.analysis.findings} strings={strings} />}
      {state.analysis && (
        <>
          <Text className={styles.summary} role="status" data-testid="check-summary" tabIndex={-1}>
            {state.analysis.findings.length ? formatString(strings.checkSummary, { errors: state.analysis.errors, warnings: state.analysis.warnings }) : strings.checkClean}
          </Text>
          <FindingList
            groups={groups}
            strings={strings}
            selected={state.selected}
            onSelect={(f) => void select(f)}
            detail={shownGrid && state.selected ? <GridView grid={shownGrid} address={state.selected.slice(state.selected.lastIndexOf("!") + 1)} label={state.selected} /> : undefined}
          />
        </>
      )}
      {!page && <Caption1 className={styles.muted}>{strings.checkAuto}</Caption1>}
      <Suspense fallback={<Spinner size="tiny" />}>
        <FixPanel onChanged={(options) => void check(options)} highlighting={state.highlight} />
      </Suspense>
    </section>
  );
}
