import { useReducer, useRef, useState } from "react";
import { Body1, Button, Caption1, Checkbox, Field, Input, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Select, Spinner, Subtitle2, tokens } from "@fluentui/react-components";
import { Enums, type Finding } from "../../core";
import { describeError } from "../errors";
import { deliverDownload, paneDeliverEnv } from "../export/deliver-workbook";
import { nextStringsFor } from "../next-strings";
import { usePane } from "../ops-context";
import { initialNext, nextPeriodLine, nextPlanLines, nextReducer } from "../state/next-period";
import { missingStandardSheets } from "../state/standard";
import { NotStandardBar } from "./NotStandardBar";
import { formatString, periodText } from "../strings";

/**
 * Props: `onApplied` runs after the open workbook became the next period's (re-check, re-watch);
 * `findings`: the last check's, if any (a workbook that is no standard ledger is not offered 预览下一期).
 */
export interface NextPeriodPanelProps {
  readonly onApplied: () => void;
  readonly findings?: readonly Finding[];
}

/** Lines of 未结转 listed at most (the rest are counted). */
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
  row: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS, alignItems: "flex-end" },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, fontSize: tokens.fontSizeBase200, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  muted: { color: tokens.colorNeutralForeground3 },
  year: { width: "96px" },
});

/**
 * 开始下一期 (issue #17), the same screen over every host: 预览下一期 shows what is carried and
 * cleared (the core's plan); for 专项 it asks for the period and year. In Excel and the preview the
 * open workbook is rewritten — the pane recommends 另存为 first and waits for an explicit
 * confirmation; in the 网页版 the result is a new file to download.
 */
export function NextPeriodPanel({ onApplied, findings }: NextPeriodPanelProps) {
  const styles = useStyles();
  const { ops, strings } = usePane();
  const t = nextStringsFor(strings);
  const [state, dispatch] = useReducer(nextReducer, initialNext);
  const [period, setPeriod] = useState<string>(Enums.period[1]);
  const [year, setYear] = useState<string>(String(new Date().getFullYear()));
  const [delivered, setDelivered] = useState<string>();
  const next = ops?.nextPeriod;
  const inPlace = next?.mode !== "download";
  const busy = state.phase === "planning" || state.phase === "applying";
  const asking = state.refusal?.reason === "period-needed";
  // No standard ledger (the last check says so, or the core refused it as such): the notice 校验 and 总结 give, not the core's line;
  // while the check says so, 预览下一期 is not offered (new-user test: a hand-made file was told errors on a 基本信息 it lacks).
  const checkedNotStandard = findings ? missingStandardSheets(findings) : undefined;
  const refusedNotStandard = state.phase === "refused" && state.refusal?.reason === "not-standard" ? state.refusal.missing : undefined;
  const notStandard = checkedNotStandard ?? refusedNotStandard;
  // One plan or apply at a time: a double click arrives before the button is re-rendered disabled.
  const running = useRef(false);

  const plan = async (withPeriod: boolean) => {
    if (!next || running.current) return;
    running.current = true;
    setDelivered(undefined);
    dispatch({ type: "plan/start" });
    try {
      const options = withPeriod ? { period, ...(/^\d{4}$/u.test(year.trim()) ? { year: Number(year.trim()) } : {}) } : {};
      dispatch({ type: "plan/done", plan: await next.plan(options) });
    } catch (error) {
      dispatch({ type: "failed", error: describeError(error, strings) });
    } finally {
      running.current = false;
    }
  };

  const apply = async () => {
    if (!next || !state.plan || running.current) return;
    running.current = true;
    dispatch({ type: "apply/start" });
    try {
      const applied = await next.apply(state.plan);
      if (applied.kind === "download") setDelivered(formatString(t.nextDoneDownload, { message: deliverDownload(applied.bytes, applied.file, paneDeliverEnv(ops?.platform ?? "unknown"), strings).message, errors: applied.errors }));
      dispatch({ type: "apply/done", applied });
      if (applied.kind === "in-place") onApplied();
    } catch (error) {
      dispatch({ type: "failed", error: describeError(error, strings) });
    } finally {
      running.current = false;
    }
  };

  const shown = state.plan?.next;
  return (
    <section className={styles.root} aria-label={t.nextTitle} data-testid="next-period-panel">
      <Subtitle2 as="h2">{t.nextTitle}</Subtitle2>
      <Caption1 className={styles.muted}>{inPlace ? t.nextDescription : t.nextDescriptionDownload}</Caption1>
      {asking && (
        <>
          <Body1 role="status" data-testid="next-refusal">{`${state.refusal?.message ?? ""}${t.nextAskPeriod}`}</Body1>
          <div className={styles.row}>
            <Field label={t.nextPeriodLabel}>
              <Select value={period} onChange={(_e, d) => setPeriod(d.value)} disabled={busy} data-testid="next-period-select">
                {Enums.period.map((p) => (
                  <option key={p} value={p}>
                    {periodText(undefined, p, strings)}
                  </option>
                ))}
              </Select>
            </Field>
            <Field label={t.nextYearLabel}>
              <Input className={styles.year} value={year} onChange={(_e, d) => setYear(d.value)} inputMode="numeric" disabled={busy} data-testid="next-year" />
            </Field>
          </div>
        </>
      )}
      <div className={styles.row}>
        <Button onClick={() => void plan(asking)} disabled={!next || busy || !!checkedNotStandard} data-testid="next-preview">
          {t.nextPreview}
        </Button>
        {(state.phase === "review" || state.phase === "refused" || state.phase === "failed") && (
          <Button appearance="transparent" onClick={() => dispatch({ type: "cancel" })} disabled={busy}>
            {t.nextCancel}
          </Button>
        )}
      </div>
      {state.phase === "planning" && <Spinner size="tiny" labelPosition="after" label={t.nextPlanning} />}
      {notStandard && <NotStandardBar missing={notStandard} strings={strings} testId="next-not-standard" />}
      {state.phase === "refused" && state.refusal && !asking && !notStandard && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody data-testid="next-refusal">{state.refusal.message}</MessageBarBody>
        </MessageBar>
      )}
      {shown && (state.phase === "review" || state.phase === "applying" || (state.phase === "failed" && state.plan)) && (
        <>
          <Body1 role="status" data-testid="next-period-line">{nextPeriodLine(shown, strings)}</Body1>
          <ul className={styles.list} data-testid="next-plan">
            {nextPlanLines(shown, strings).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          {shown.notCarried.length > 0 && (
            <>
              <Caption1>{formatString(t.nextNotCarriedTitle, { count: shown.notCarried.length })}</Caption1>
              <ul className={styles.list} data-testid="next-not-carried">
                {shown.notCarried.slice(0, MAX_LINES).map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </>
          )}
          {inPlace && (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>
                <MessageBarTitle>{t.nextWarningTitle}</MessageBarTitle>
                {t.nextWarning}
              </MessageBarBody>
            </MessageBar>
          )}
          {inPlace && (
            <Checkbox checked={state.confirmed} onChange={(_e, d) => dispatch({ type: "confirm/set", on: d.checked === true })} label={t.nextConfirmCheck} disabled={busy} data-testid="next-confirm" />
          )}
          <Button appearance="primary" style={{ alignSelf: "flex-start" }} onClick={() => void apply()} disabled={busy || (inPlace && !state.confirmed)} data-testid="next-apply">
            {inPlace ? t.nextApply : t.nextApplyDownload}
          </Button>
        </>
      )}
      {state.phase === "applying" && <Spinner size="tiny" labelPosition="after" label={t.nextApplying} />}
      {state.phase === "failed" && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody data-testid="next-error">{state.error}</MessageBarBody>
        </MessageBar>
      )}
      {state.phase === "done" && state.applied && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody data-testid="next-done">
            {state.applied.kind === "in-place" ? formatString(t.nextDone, { period: periodText(state.applied.next.year, state.applied.next.period, strings, state.applied.next.start) }) : delivered}
            {state.applied.kind === "in-place" && !state.applied.tablesResized ? ` ${t.nextTablesKept}` : ""}
          </MessageBarBody>
        </MessageBar>
      )}
      {state.phase === "done" && state.applied && (
        <ul className={styles.list} data-testid="next-done-lines">
          {nextPlanLines(state.applied.next, strings).map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
