import { useEffect, useReducer, useRef, useState, type ChangeEvent } from "react";
import { Badge, Body1, Button, Caption1, Field, Input, makeStyles, MessageBar, MessageBarBody, ProgressBar, Select, Spinner, Subtitle2, tokens } from "@fluentui/react-components";
import { Enums, type UnitResult } from "../../core";
import { describeError } from "../errors";
import { deliverWorkbook, paneDeliverEnv } from "../export/deliver-workbook";
import { loadXlsxReader } from "../load-xlsx";
import { loadXlsxWriter } from "../load-xlsx-writer";
import { usePane } from "../ops-context";
import { initialRollup, readFiles, rollupBytes, rollupFileName, rollupReducer, rollupSummaryLine, rollupView, SHOWN_UNIT_ERRORS, unitErrorLines, unitLine, type InputFile, type ReadFiles } from "../state/rollup";
import { formatString, type Strings } from "../strings";

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
  hidden: { display: "none" },
  list: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  unit: { display: "flex", alignItems: "flex-start", columnGap: tokens.spacingHorizontalS },
  text: { display: "flex", flexDirection: "column", minWidth: 0, overflowWrap: "anywhere", fontSize: tokens.fontSizeBase200 },
  muted: { color: tokens.colorNeutralForeground3 },
  badge: { flexShrink: 0 },
  error: { color: tokens.colorPaletteRedForeground1 },
  force: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
});

const STATUS: { readonly [S in UnitResult["status"]]: { readonly label: keyof Strings; readonly color: "success" | "warning" | "danger" } } = {
  included: { label: "rollupIncluded", color: "success" },
  forced: { label: "rollupForced", color: "warning" },
  errors: { label: "rollupLeftOut", color: "danger" },
  duplicate: { label: "rollupLeftOut", color: "danger" },
  period: { label: "rollupLeftOut", color: "danger" },
  unreadable: { label: "rollupLeftOut", color: "danger" },
  rollup: { label: "rollupLeftOut", color: "danger" },
  own: { label: "rollupIncluded", color: "success" },
  // A unit whose ledgers are all empty did not report (new-user test 47, D10).
  empty: { label: "rollupNotReported", color: "warning" },
};

/** 汇总: pick units' .xlsx files, see who is in and why not, open or download the combined workbook. */
export function RollupPanel() {
  const styles = useStyles();
  const { ops, strings } = usePane();
  const [state, dispatch] = useReducer(rollupReducer, initialRollup);
  const [unitName, setUnitName] = useState("");
  // 单位类型 of the combining unit: "" lets the core judge it from the name (new-user test 7, D9).
  const [unitType, setUnitType] = useState("");
  const [touched, setTouched] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const busy = state.phase === "reading" || state.phase === "building";
  const result = state.result;
  const included = result ? result.units.filter((u) => u.status === "included" || u.status === "forced").length : 0;

  // The files of the last roll-up as read, and whether it was forced: 仍然汇总 and a change of 汇总单位名称 or 类型 roll
  // them up again without reading or picking them again (new-user test 54, D21: the own ledger is 本级 as soon as the name
  // matches, and no count is shown before the name is typed).
  const chosen = useRef<ReadFiles | undefined>(undefined);
  const forced = useRef(false);
  const roll = async (files: readonly InputFile[]) => {
    forced.current = false;
    // Files being read are not rolled up again for a name typed meanwhile: the read ends with the name then typed.
    chosen.current = undefined;
    dispatch({ type: "read/start", total: files.length });
    try {
      const read = await loadXlsxReader();
      chosen.current = await readFiles(files, read, (done, total) => dispatch({ type: "read/progress", done, total }));
      dispatch(rollupView(chosen.current, { name: unitName, type: unitType }));
    } catch (error) {
      dispatch({ type: "failed", message: describeError(error, strings) });
    }
  };
  const again = (force: boolean) => {
    if (!chosen.current) return;
    forced.current = force;
    dispatch(rollupView(chosen.current, { name: unitName, type: unitType }, force));
  };
  // A new name or type: the files already read are rolled up again for it (none read yet, or still reading: nothing to do).
  const againRef = useRef(again);
  againRef.current = again;
  useEffect(() => {
    if (chosen.current) againRef.current(forced.current);
  }, [unitName, unitType]);
  const pick = async (event: ChangeEvent<HTMLInputElement>) => {
    const files = [...(event.target.files ?? [])];
    event.target.value = "";
    if (!files.length) return;
    await roll(files);
  };
  const withErrors = result ? result.units.filter((u) => u.status === "errors").length : 0;
  // What the CLI lists under 提示 — personal data left out of the combined file, names read from files (new-user
  // test 15, D6); a forced unit is said beside the unit.
  const notes = result ? result.findings.filter((f) => f.severity === "warning" && f.rule !== "rollup.forced" && f.rule !== "rollup.empty") : [];

  const deliver = async (open: boolean) => {
    if (!result) return;
    dispatch({ type: "build/start" });
    try {
      const bytes = await rollupBytes(result, await loadXlsxWriter());
      const file = rollupFileName(result, unitName);
      const delivered = await deliverWorkbook(bytes, file, paneDeliverEnv(ops?.platform ?? "unknown", ops?.createWorkbook), strings, open);
      dispatch(delivered.kind === "unavailable" ? { type: "failed", message: delivered.message } : { type: "build/done", message: delivered.message });
    } catch (error) {
      dispatch({ type: "failed", message: describeError(error, strings) });
    }
  };

  return (
    <section className={styles.root} aria-label={strings.rollupTitle} data-testid="rollup-panel">
      <Subtitle2 as="h2">{strings.rollupTitle}</Subtitle2>
      <Caption1 className={styles.muted}>{strings.rollupDescription}</Caption1>
      {/* Required: a combined workbook without a unit name is one the summary refuses (issue #12). */}
      {/* Said as a hint until the user has been in the field and left it empty: no warning before anything was typed (new-user test 2, D10). */}
      <Field
        label={strings.rollupUnit}
        required
        validationState={unitName.trim() || !touched ? "none" : "warning"}
        validationMessage={unitName.trim() || !touched ? undefined : strings.rollupUnitNeeded}
        hint={unitName.trim() || touched ? undefined : strings.rollupUnitNeeded}
      >
        <Input value={unitName} onChange={(_e, d) => setUnitName(d.value)} onBlur={() => setTouched(true)} disabled={busy} />
      </Field>
      <Field label={strings.rollupType} hint={strings.rollupTypeHint}>
        <Select value={unitType} onChange={(_e, d) => setUnitType(d.value)} disabled={busy} data-testid="rollup-type">
          <option value="">{strings.rollupTypeAuto}</option>
          {Enums.unitType.map((t) => (
            <option key={t} value={t}>{t}</option>
          ))}
        </Select>
      </Field>
      <input ref={input} className={styles.hidden} type="file" accept=".xlsx" multiple onChange={(e) => void pick(e)} data-testid="rollup-files" aria-label={strings.rollupPick} />
      <Button onClick={() => input.current?.click()} disabled={busy || !unitName.trim()} style={{ alignSelf: "flex-start" }}>
        {strings.rollupPick}
      </Button>
      {state.phase === "reading" && state.progress && (
        <ProgressBar
          value={state.progress.done / Math.max(1, state.progress.total)}
          thickness="large"
          aria-label={formatString(strings.rollupReading, { done: state.progress.done + 1 > state.progress.total ? state.progress.total : state.progress.done + 1, total: state.progress.total })}
        />
      )}
      {state.phase === "reading" && state.progress && (
        <Caption1 role="status">{formatString(strings.rollupReading, { done: Math.min(state.progress.done + 1, state.progress.total), total: state.progress.total })}</Caption1>
      )}
      {state.phase === "needsName" && (
        <Caption1 role="status" data-testid="rollup-needs-name">
          {strings.rollupUnitNeeded}
        </Caption1>
      )}
      {result && (
        <>
          <Body1 role="status" data-testid="rollup-summary">
            {rollupSummaryLine(result, strings)}
          </Body1>
          <ul className={styles.list} data-testid="rollup-units">
            {result.units.map((u, i) => (
              <li key={`${u.label}-${i}`} className={styles.unit} data-status={u.status}>
                <Badge className={styles.badge} size="small" appearance="filled" color={STATUS[u.status].color}>
                  {strings[STATUS[u.status].label]}
                </Badge>
                <span className={styles.text}>
                  <span>{unitLine(u, result.readErrors, strings)}</span>
                  {u.reason && u.status !== "unreadable" && <span className={styles.muted}>{result.findings.find((f) => f.unit === u.label && f.severity === "error")?.message ?? u.reason}</span>}
                  {unitErrorLines(u).map((line) => (
                    <span key={line} className={styles.error} data-testid="rollup-unit-error">
                      {line}
                    </span>
                  ))}
                  {u.status === "errors" && u.errorFindings.length > SHOWN_UNIT_ERRORS && <span className={styles.muted}>{formatString(strings.rollupMoreErrors, { n: u.errorFindings.length })}</span>}
                </span>
              </li>
            ))}
          </ul>
          {withErrors > 0 && (
            <div className={styles.force}>
              <Caption1 className={styles.muted}>{strings.rollupForceHint}</Caption1>
              <Button onClick={() => again(true)} disabled={busy || !unitName.trim()} style={{ alignSelf: "flex-start" }} data-testid="rollup-force">
                {strings.rollupForceAll}
              </Button>
            </div>
          )}
          {notes.length > 0 && (
            <ul className={styles.list} data-testid="rollup-notes">
              {notes.map((f) => (
                <li key={f.message}>
                  <Caption1 className={styles.muted}>{f.message}</Caption1>
                </li>
              ))}
            </ul>
          )}
          {result.repeated.length > 0 && <Caption1 data-testid="rollup-repeated">{formatString(strings.rollupRepeated, { files: [...new Set(result.repeated)].join("、") })}</Caption1>}
          {included > 0 && (
            <div className={styles.row}>
              {ops?.createWorkbook && (
                <Button appearance="primary" onClick={() => void deliver(true)} disabled={busy}>
                  {strings.rollupOpen}
                </Button>
              )}
              {ops?.platform !== "mac" && (
                <Button appearance={ops?.createWorkbook ? "secondary" : "primary"} onClick={() => void deliver(false)} disabled={busy}>
                  {strings.rollupDownload}
                </Button>
              )}
            </div>
          )}
        </>
      )}
      {state.phase === "building" && <Spinner size="tiny" labelPosition="after" label={strings.rollupBuilding} />}
      {state.phase === "built" && <Caption1 role="status">{state.message}</Caption1>}
      {state.phase === "failed" && (
        <MessageBar intent="error">
          <MessageBarBody>{state.message}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
