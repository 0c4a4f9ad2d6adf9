import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from "react";
import { Body1, Button, Caption1, Checkbox, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Spinner, Subtitle2, tokens } from "@fluentui/react-components";
import { formatSerialDate, type CellValue } from "../../core";
import { describeError } from "../errors";
import { usePane } from "../ops-context";
import { isPage } from "../operations";
import { acceptedChanges, fixGroups, fixReducer, initialFix } from "../state/fix";
import { formatString, type Strings } from "../strings";
import { ErrorBar } from "./ErrorBar";

/**
 * Props: `onChanged` re-runs the check after the workbook was changed (without re-highlighting
 * after an apply in Excel's undo mode: the highlight was cleared in the same undo group, and a
 * new one would be the first thing Ctrl+Z undoes, audit §3 P10); `highlighting`: the highlight is on.
 */
export interface FixPanelProps {
  readonly onChanged: (options?: { readonly highlight?: boolean }) => void;
  readonly highlighting?: boolean;
}

/** Groups listed at most (the rest are counted; all accepted ones are applied). */
const MAX_GROUPS = 200;
/** Cells listed at most in the "left" and "skipped" lists. */
const MAX_LINES = 30;

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  row: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS, alignItems: "center" },
  list: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS, maxHeight: "360px", overflowY: "auto" },
  group: { display: "flex", alignItems: "flex-start", columnGap: tokens.spacingHorizontalXS },
  lines: { display: "flex", flexDirection: "column", minWidth: 0, paddingTop: tokens.spacingVerticalXS },
  cell: { fontFamily: tokens.fontFamilyMonospace, color: tokens.colorNeutralForeground2 },
  line: { fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200, overflowWrap: "anywhere" },
  muted: { color: tokens.colorNeutralForeground3 },
  plain: { margin: 0, paddingLeft: tokens.spacingHorizontalL, fontSize: tokens.fontSizeBase200 },
});

/** A cell value as shown in a change line: text quoted, blank named. */
export function showValue(v: CellValue, strings: Strings, date = false): string {
  if (v === null || v === "") return strings.fixBlank;
  // The date as the CLI's fix and the messages write it (`2025年4月12日`; new-user test 21, D12).
  if (date && typeof v === "number") return formatSerialDate(v);
  return typeof v === "string" ? `“${v}”` : String(v);
}

/** 规范数据: plan, review (accept all or some groups), apply in one step, and undo. */
export function FixPanel({ onChanged, highlighting = false }: FixPanelProps) {
  const styles = useStyles();
  const { ops, strings } = usePane();
  const [state, dispatch] = useReducer(fixReducer, initialFix);
  const [last, setLast] = useState<{ time: string; count: number }>();
  const [clearedMarks, setClearedMarks] = useState(false);
  const groups = useMemo(() => fixGroups(state.plan?.changes ?? []), [state.plan]);
  const accepted = acceptedChanges(state);
  // Tables that end above rows typed below them: extended with the changes (new-user test 53, D12).
  const tables = state.plan?.tables ?? [];
  const busy = state.phase === "planning" || state.phase === "applying" || state.phase === "undoing";
  // 修改所选 and 撤销 leave the page with their result: the focus goes to it, not to <body> (new-user test 2, D12).
  const result = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.phase === "applied" || state.phase === "undone") result.current?.focus();
  }, [state.phase]);

  const refreshLast = useCallback(async () => {
    if (!ops || ops.fixUndo !== "log") return setLast(undefined);
    setLast(await ops.lastFixBatch().catch(() => undefined));
  }, [ops]);

  useEffect(() => {
    void refreshLast();
  }, [refreshLast]);

  const plan = async () => {
    if (!ops) return;
    dispatch({ type: "plan/start" });
    try {
      dispatch({ type: "plan/done", plan: await ops.planFixes() });
    } catch (error) {
      dispatch({ type: "failed", error: describeError(error, strings) });
    }
  };

  const apply = async () => {
    if (!ops || (!accepted.length && !tables.length)) return;
    dispatch({ type: "apply/start" });
    try {
      const excelUndo = ops.fixUndo === "excel" && highlighting;
      setClearedMarks(excelUndo);
      dispatch({ type: "apply/done", result: await ops.applyFixes(accepted, { clearHighlight: excelUndo, tables }) });
      onChanged(excelUndo ? { highlight: false } : undefined);
    } catch (error) {
      dispatch({ type: "failed", error: describeError(error, strings) });
    }
    await refreshLast();
  };

  const undo = async () => {
    if (!ops) return;
    dispatch({ type: "undo/start" });
    try {
      dispatch({ type: "undo/done", result: await ops.undoFixes() });
      onChanged();
    } catch (error) {
      dispatch({ type: "failed", error: describeError(error, strings) });
    }
    await refreshLast();
  };

  const left = state.phase === "applied" ? state.applied?.left : state.phase === "undone" ? state.undone?.left : undefined;
  const allOn = groups.length > 0 && state.accepted.size === groups.length;
  const someOn = state.accepted.size > 0 && !allOn;

  return (
    <section className={styles.root} aria-label={strings.fixButton} data-testid="fix-panel">
      <Subtitle2 as="h2">{strings.fixButton}</Subtitle2>
      <Caption1 className={styles.muted}>{strings.fixDescription}</Caption1>
      <div className={styles.row}>
        <Button onClick={() => void plan()} disabled={!ops || busy}>
          {strings.fixButton}
        </Button>
        {last && (
          <Button appearance="secondary" onClick={() => void undo()} disabled={busy}>
            {formatString(strings.fixUndoButton, { time: last.time, count: last.count })}
          </Button>
        )}
      </div>
      {state.phase === "planning" && <Spinner size="tiny" labelPosition="after" label={strings.fixPlanning} />}
      {state.phase === "applying" && <Spinner size="tiny" labelPosition="after" label={strings.fixApplying} />}
      {state.phase === "undoing" && <Spinner size="tiny" labelPosition="after" label={strings.fixUndoing} />}
      {state.phase === "failed" && <ErrorBar title={strings.errorTitle} message={state.error} />}
      {state.phase === "review" && state.plan && (
        <>
          {groups.length === 0 && tables.length === 0 ? (
            <Body1 role="status">{strings.fixNone}</Body1>
          ) : groups.length === 0 ? null : (
            <>
              <Body1 role="status" data-testid="fix-count">
                {formatString(strings.fixCount, { count: state.plan.changes.length, groups: groups.length })}
              </Body1>
              <Checkbox
                checked={allOn ? true : someOn ? "mixed" : false}
                onChange={(_e, d) => dispatch({ type: "all/toggle", on: d.checked === true })}
                label={strings.fixSelectAll}
              />
              <ul className={styles.list} aria-label={strings.fixButton}>
                {groups.slice(0, MAX_GROUPS).map((g) => (
                  <li key={g.group} className={styles.group}>
                    <Checkbox
                      checked={state.accepted.has(g.group)}
                      onChange={(_e, d) => dispatch({ type: "group/toggle", group: g.group, on: d.checked === true })}
                      aria-label={g.changes.map((c) => `${c.sheet}!${c.cell}`).join("、")}
                      data-group={g.group}
                    />
                    <span className={styles.lines}>
                      {g.changes.map((c) => (
                        <span key={c.cell} className={styles.line} data-change={`${c.sheet}!${c.cell}`}>
                          <span className={styles.cell}>{`${c.sheet}!${c.cell}`}</span>
                          {` ${showValue(c.before, strings)} → ${showValue(c.after, strings, c.kind === "date")}：${c.note}`}
                        </span>
                      ))}
                    </span>
                  </li>
                ))}
              </ul>
              {groups.length > MAX_GROUPS && <Caption1 className={styles.muted}>{formatString(strings.fixMore, { count: groups.length - MAX_GROUPS })}</Caption1>}
            </>
          )}
          {tables.length > 0 && (
            <>
              <Caption1>{strings.fixTablesTitle}</Caption1>
              <ul className={styles.plain} data-testid="fix-tables">
                {tables.map((t) => (
                  <li key={t.sheet}>{t.note}</li>
                ))}
              </ul>
            </>
          )}
          {(groups.length > 0 || tables.length > 0) && (
            <div className={styles.row}>
              <Button appearance="primary" onClick={() => void apply()} disabled={!accepted.length && !tables.length}>
                {formatString(strings.fixApply, { count: accepted.length })}
              </Button>
              <Button appearance="transparent" onClick={() => dispatch({ type: "cancel" })}>
                {strings.fixCancel}
              </Button>
            </div>
          )}
          {state.plan.skipped.length > 0 && (
            <>
              <Caption1>{formatString(strings.fixSkippedTitle, { count: state.plan.skipped.length })}</Caption1>
              <ul className={styles.plain}>
                {state.plan.skipped.slice(0, MAX_LINES).map((s) => (
                  <li key={`${s.sheet}!${s.cell}`}>{`${s.sheet}!${s.cell} “${s.typed}”：${s.reason}`}</li>
                ))}
              </ul>
            </>
          )}
          {state.plan.unreadable.length > 0 && (
            <>
              <Caption1>{formatString(strings.fixUnreadableTitle, { count: state.plan.unreadable.length })}</Caption1>
              <ul className={styles.plain} data-testid="fix-unreadable">
                {state.plan.unreadable.slice(0, MAX_LINES).map((f) => (
                  <li key={`${f.sheet}!${f.cell}`}>{`${f.sheet}!${f.cell}：${f.message}`}</li>
                ))}
              </ul>
              {state.plan.unreadable.length > MAX_LINES && <Caption1 className={styles.muted}>{formatString(strings.fixMore, { count: state.plan.unreadable.length - MAX_LINES })}</Caption1>}
            </>
          )}
        </>
      )}
      {state.phase === "applied" && state.applied && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody data-testid="fix-applied" tabIndex={-1} ref={result}>
            {/* The title ends with a space (Fluent): "3 cells changed. The previous values…" */}
            <MessageBarTitle>{formatString(strings.fixApplied, { count: state.applied.applied.length })}</MessageBarTitle>
            {state.applied.extended?.length ? `${strings.fixTablesDone}${state.applied.extended.map((t) => t.note).join("；")}。` : null}
            {state.applied.applied.length > 0 && (state.applied.batch ? (isPage(ops) ? strings.fixUndoPage : strings.fixUndoLog) : clearedMarks ? strings.fixUndoExcelMarks : strings.fixUndoExcel)}
          </MessageBarBody>
        </MessageBar>
      )}
      {state.phase === "undone" && state.undone && (
        <MessageBar intent="success">
          <MessageBarBody data-testid="fix-undone" tabIndex={-1} ref={result}>{formatString(strings.fixUndone, { count: state.undone.restored.length })}</MessageBarBody>
        </MessageBar>
      )}
      {left && left.length > 0 && (
        <>
          <Caption1>{formatString(strings.fixLeftTitle, { count: left.length })}</Caption1>
          <ul className={styles.plain} data-testid="fix-left">
            {left.slice(0, MAX_LINES).map((l) => (
              <li key={`${l.sheet}!${l.cell}`}>{`${l.sheet}!${l.cell}：${l.reason}`}</li>
            ))}
          </ul>
          {left.length > MAX_LINES && <Caption1 className={styles.muted}>{formatString(strings.fixMore, { count: left.length - MAX_LINES })}</Caption1>}
        </>
      )}
    </section>
  );
}
