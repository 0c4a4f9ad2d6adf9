import { useEffect, useReducer, useRef, useState, type ReactNode } from "react";
import {
  Body1,
  Button,
  Caption1,
  Checkbox,
  Dropdown,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Option,
  Spinner,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import { formOf, standardV1 } from "../../core/catalog";
import { columnInRemark, importReport, REMARK_COLUMN, type BlockProposal, type ImportFinding, type ImportOutcome, type ImportSkipReason, type ProfileField } from "../../core/import";
import { describeError } from "../errors";
import { deliverDownload, paneDeliverEnv } from "../export/deliver-workbook";
import { usePane } from "../ops-context";
import { canConfirm, cellCounts, chosenSources, sourcesLabel, fieldNames, importReducer, initialImport, isEdited, kindNames, rowsPerLedger, type ImportState } from "../state/import";
import { formatString } from "../strings";
import { importStrings, type ImportStrings } from "../strings-import";
import { ErrorBar } from "./ErrorBar";

/** Lines listed at most in the guesses and findings of the report (the full report has all). */
const MAX_LINES = 50;
/** The value of the 不导入 option of the dropdowns. */
const SKIP = "";

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
  block: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS, paddingTop: tokens.spacingVerticalS, borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  table: { borderCollapse: "collapse", width: "100%", fontSize: tokens.fontSizeBase200, tableLayout: "fixed" },
  th: { textAlign: "left", fontWeight: tokens.fontWeightSemibold, padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXXS}`, color: tokens.colorNeutralForeground3 },
  td: { padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXXS}`, verticalAlign: "middle", overflowWrap: "anywhere" },
  dropdown: { minWidth: "0", width: "100%" },
  // Fluent's Dropdown is 250 px wide at least: in a 320 px pane it stuck out (new-user test 5, D9).
  narrow: { minWidth: "0", maxWidth: "100%" },
  // Room for the longest kind (志愿者花名册) on one line, yet within a 320 px pane (new-user test 6, D7).
  kind: { minWidth: "10em", maxWidth: "100%" },
  // A horizontal Field's grid gives the label a third of the row: the dropdown then ran over the confidence beside it.
  kindField: { gridTemplateColumns: "auto minmax(0, auto)", columnGap: tokens.spacingHorizontalS, minWidth: "0", maxWidth: "100%" },
  muted: { color: tokens.colorNeutralForeground3 },
  plain: { margin: 0, paddingLeft: tokens.spacingHorizontalL, fontSize: tokens.fontSizeBase200, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  link: { fontFamily: tokens.fontFamilyMonospace, padding: 0, minWidth: 0, height: "auto", fontSize: tokens.fontSizeBase200 },
  pre: { margin: 0, whiteSpace: "pre-wrap", fontSize: tokens.fontSizeBase100, maxHeight: "320px", overflowY: "auto" },
});

const REASON: { readonly [R in ImportSkipReason]: keyof ImportStrings } = {
  title: "importReasonTitle",
  header: "importReasonHeader",
  total: "importReasonTotal",
  signature: "importReasonSignature",
  note: "importReasonNote",
  unmapped: "importReasonUnmapped",
  unreadable: "importReasonUnreadable",
  personal: "importReasonPersonal",
  outside: "importReasonOutside",
  "not-held": "importReasonNotHeld",
  unplaced: "importReasonUnplaced",
};

const SOURCE: { readonly [S in NonNullable<ProfileField["source"]>]: keyof ImportStrings } = {
  option: "importSourceOption",
  sheet: "importSourceSheet",
  title: "importSourceTitle",
  label: "importSourceLabel",
  dates: "importSourceDates",
  "unit-name": "importSourceUnitName",
  file: "importSourceFile",
  "sheet-name": "importSourceSheetName",
};

const pct = (x: number): number => Math.round(x * 100);

/** Values of a 基本信息 项目 with a fixed list (单位类型, 报告期), from the catalog. */
function itemValues(item: string): readonly string[] | undefined {
  return formOf(standardV1).items.find((f) => f.header === item)?.values;
}

/**
 * 导入已有台账 (issue #16): choose the workbook's own sheets (or, in the 网页版, another file), see
 * what each table is and where each column goes — every column re-assignable — fill the 基本信息 the
 * sheets do not give, confirm, then the report: rows written, guesses to check, findings and where
 * every non-empty cell went. `onWritten` runs after the workbook was changed (re-check).
 */
export function ImportPanel({ onWritten }: { readonly onWritten?: () => void }) {
  const styles = useStyles();
  const { ops, strings } = usePane();
  const t = importStrings(strings);
  const [state, dispatch] = useReducer(importReducer, initialImport);
  const [saved, setSaved] = useState<string>();
  const [jumped, setJumped] = useState<string>();
  const fileInput = useRef<HTMLInputElement>(null);
  const importer = ops?.importer;
  const download = importer?.target === "download";

  const list = async () => {
    if (!importer) return;
    dispatch({ type: "list/start" });
    try {
      dispatch({ type: "list/done", sheets: await importer.sheets() });
    } catch (error) {
      dispatch({ type: "failed", error: describeError(error, strings) });
    }
  };
  useEffect(() => {
    void list();
  }, [importer]); // list() reads the importer only

  // Several files at once are imported together, as the CLI's `import a.xlsx b.csv` (new-user test 7, D8).
  const pickFiles = async (files: readonly File[]) => {
    const readFile = importer?.readFile;
    if (!files.length || !readFile) return;
    dispatch({ type: "read/start" });
    const read = [];
    for (const file of files) {
      try {
        read.push(await readFile(file.name, new Uint8Array(await file.arrayBuffer())));
      } catch (error) {
        dispatch({ type: "failed", error: formatString(strings.localFileFailed, { file: file.name, reason: describeError(error, strings) }) });
        return;
      }
    }
    dispatch({ type: "files/done", files: read });
  };

  const read = async () => {
    if (!importer || !state.chosen.length) return;
    dispatch({ type: "read/start" });
    try {
      dispatch({ type: "read/done", sources: state.files ? chosenSources(state.files, state.chosen) : [await importer.read(state.chosen)] });
    } catch (error) {
      dispatch({ type: "failed", error: describeError(error, strings) });
    }
  };

  const deliver = (bytes: Uint8Array, file: string) => setSaved(deliverDownload(bytes, file, paneDeliverEnv(ops?.platform ?? "unknown"), strings).message);

  const confirm = async () => {
    if (!importer || !state.outcome || !canConfirm(state)) return;
    dispatch({ type: "write/start" });
    try {
      // The download is named after the first file (`05-自制统计表-标准台账.xlsx`).
      const written = await importer.write(state.outcome.result.content, state.files ? [] : state.chosen, state.sources?.[0]?.label ?? "");
      dispatch({ type: "write/done", written });
      if (written.kind === "download") deliver(written.bytes, written.file);
      else onWritten?.();
    } catch (error) {
      dispatch({ type: "failed", error: describeError(error, strings) });
    }
  };

  /** Selects a cell of this workbook (`活动台账!C3`), where the pane can. */
  const jump = async (ref: string) => {
    if (!ops || download) return;
    const at = ref.lastIndexOf("!");
    if (at < 0) return;
    let sheet = ref.slice(0, at).replace(/^.*·/u, "");
    if (state.written?.kind === "workbook") sheet = state.written.renamed.find((r) => r.from === sheet)?.to ?? sheet;
    try {
      await ops.selectCell(sheet, ref.slice(at + 1));
      setJumped(formatString(t.importJumped, { cell: `${sheet}!${ref.slice(at + 1)}` }));
    } catch (error) {
      setJumped(describeError(error, strings));
    }
  };
  const cellRef = (ref: string) =>
    download ? <span className={styles.muted}>{ref}</span> : (
      <Button appearance="transparent" size="small" className={styles.link} onClick={() => void jump(ref)} aria-label={formatString(t.importJumpTo, { cell: ref })} data-jump={ref}>
        {ref}
      </Button>
    );

  const busy = state.phase === "listing" || state.phase === "reading" || state.phase === "writing";
  const outcome = state.outcome;

  return (
    <section className={styles.root} aria-label={t.importTitle} data-testid="import-panel">
      <Subtitle2 as="h2">{t.importTitle}</Subtitle2>
      <Caption1 className={styles.muted}>{download ? t.importDescriptionDownload : t.importDescription}</Caption1>
      {state.phase === "listing" && <Spinner size="tiny" labelPosition="after" label={t.importListing} />}
      {state.phase === "reading" && <Spinner size="tiny" labelPosition="after" label={t.importReading} />}
      {state.phase === "writing" && <Spinner size="tiny" labelPosition="after" label={download ? t.importBuilding : t.importWriting} />}
      {state.phase === "failed" && (
        <>
          <ErrorBar title={strings.errorTitle} message={state.error} />
          <Button onClick={() => void list()} style={{ alignSelf: "flex-start" }}>{t.importBack}</Button>
        </>
      )}

      {state.phase === "pick" && (
        <>
          {state.files && <Body1>{formatString(t.importFileLabel, { file: sourcesLabel(state.files) })}</Body1>}
          {state.sheets.length === 0 ? (
            // With no file open in the 网页版 there is nothing to have looked in: only what to do (new-user test 6, D11).
            <Body1 role="status">{importer?.readFile ? (state.files || ops?.preview?.file ? t.importNoSheetsPickFile : t.importNoFilePickFile) : t.importNoSheets}</Body1>
          ) : (
            <fieldset style={{ border: "none", margin: 0, padding: 0 }} data-testid="import-sheets">
              <legend><Body1>{t.importPickTitle}</Body1></legend>
              {state.sheets.map((s) => (
                <div key={s.name}>
                  <Checkbox
                    checked={state.chosen.includes(s.name)}
                    onChange={(_e, d) => dispatch({ type: "sheet/toggle", sheet: s.name, on: d.checked === true })}
                    label={s.clash ? `${s.name}${formatString(t.importClash, { name: s.name })}` : s.name}
                    data-sheet={s.name}
                  />
                </div>
              ))}
            </fieldset>
          )}
          {/* What the greyed button waits for (new-user test 4, D15). */}
          {state.sheets.length > 0 && !state.chosen.length && <Caption1>{t.importTickHint}</Caption1>}
          <div className={styles.row}>
            {state.sheets.length > 0 && <Button appearance="primary" onClick={() => void read()} disabled={!state.chosen.length || busy}>{t.importRead}</Button>}
            {importer?.readFile && (
              <>
                <input ref={fileInput} type="file" accept=".xlsx,.csv,.txt" multiple hidden data-testid="import-file-input" aria-label={t.importPickFile} onChange={(e) => {
                  const files = [...(e.target.files ?? [])];
                  e.target.value = "";
                  void pickFiles(files);
                }} />
                <Button onClick={() => fileInput.current?.click()} disabled={busy}>{t.importPickFile}</Button>
              </>
            )}
          </div>
        </>
      )}

      {state.phase === "review" && outcome && (
        <>
          <ProfileFields state={state} t={t} onSet={(item, value) => dispatch({ type: "profile/set", item, value })} onEdit={(item, value) => dispatch({ type: "profile/edit", item, value })} />
          {outcome.proposal.blocks.map((b) => (
            <BlockTable key={`${b.sheet}#${b.block}#${b.kind ?? ""}`} block={b} state={state} t={t}
              onKind={(kind) => dispatch({ type: "kind/set", sheet: b.sheet, block: b.block, kind })}
              onField={(header, field) => dispatch({ type: "column/set", sheet: b.sheet, block: b.block, header, field })} />
          ))}
          {outcome.proposal.blocks.length === 0 && <Body1 role="status">{t.importNoTables}</Body1>}
          {/* The guesses and findings before anything is written, while the mapping can still change: they came only
              after the download (new-user test 34, D16). Their cells are not in a workbook yet: named, never jump buttons. */}
          {(outcome.result.guesses.length > 0 || reviewFindings(outcome).length > 0) && <Caption1 className={styles.muted} data-testid="import-review-notes">{t.importReviewNotes}</Caption1>}
          <GuessesAndFindings outcome={outcome} findings={reviewFindings(outcome)} t={t} cellRef={(ref) => <span className={styles.muted}>{ref}</span>} jumpable={false} />
          <Body1 role="status" data-testid="import-will-write">
            {!outcome.result.ok
              ? formatString(t.importMissing, { list: outcome.result.missing.join("、") })
              : rowsPerLedger(outcome).length
                ? formatString(t.importWillWrite, { list: rowsPerLedger(outcome).map(([sheet, rows]) => formatString(t.importRowsItem, { sheet, rows })).join("、") })
                : t.importNothing}
          </Body1>
          <div className={styles.row}>
            <Button appearance="primary" onClick={() => void confirm()} disabled={!canConfirm(state)} data-testid="import-confirm">
              {download ? t.importConfirmDownload : t.importConfirm}
            </Button>
            <Button appearance="transparent" onClick={() => void list()}>{t.importBack}</Button>
          </div>
        </>
      )}

      {state.phase === "done" && outcome && state.written && (
        <>
          <MessageBar intent={state.written.kind === "download" && state.written.check.errors ? "warning" : "success"} layout="multiline">
            <MessageBarBody data-testid="import-done">
              {state.written.kind === "download"
                ? formatString(t.importDoneDownload, { file: state.written.file })
                : formatString(t.importDone, { list: state.written.report.ledgers.map((l) => formatString(t.importRowsItem, { sheet: l.sheet, rows: l.rows })).join("、") || "—" })}
              {/* The new workbook's check, as the CLI's import ends (new-user test 8, D8). */}
              {state.written.kind === "download" && (
                <div data-testid="import-check">
                  {formatString(state.written.check.errors ? t.importCheckErrors : t.importCheckClean, { errors: state.written.check.errors, warnings: state.written.check.warnings })}
                </div>
              )}
            </MessageBarBody>
          </MessageBar>
          {state.written.kind === "download" && (
            <div className={styles.row}>
              <Button onClick={() => state.written?.kind === "download" && deliver(state.written.bytes, state.written.file)}>{t.importDownloadAgain}</Button>
              {saved && <Caption1 role="status" data-testid="import-saved">{saved}</Caption1>}
            </div>
          )}
          {state.written.kind === "workbook" && (
            <ul className={styles.plain} data-testid="import-written">
              {state.written.report.ledgers.filter((l) => l.first !== undefined).map((l) => (
                <li key={l.sheet}>{formatString(t.importRowsAt, { sheet: l.sheet, rows: l.rows })} {cellRef(`${l.sheet}!A${l.first}`)}</li>
              ))}
              {state.written.renamed.map((r) => <li key={r.from}>{formatString(t.importRenamed, r)}</li>)}
              {state.written.report.profile.filter((p) => p.status === "kept").map((p) => (
                <li key={p.item}>{formatString(t.importProfileKept, { item: p.item, found: String(p.found ?? ""), value: typeof p.value === "object" ? p.value.date : String(p.value) })}</li>
              ))}
              {state.written.report.left.map((l) => <li key={l.sheet}>{`${l.sheet}：${l.reason}`}</li>)}
            </ul>
          )}
          {jumped && <Caption1 role="status">{jumped}</Caption1>}
          <GuessesAndFindings outcome={outcome} findings={outcome.result.findings} t={t} cellRef={cellRef} jumpable={!download} />
          <CellAccounting state={state} t={t} />
          <details>
            <summary><Caption1>{t.importFullReport}</Caption1></summary>
            <pre className={styles.pre} data-testid="import-report">{importReport(outcome).join("\n")}</pre>
          </details>
          <Button onClick={() => void list()} style={{ alignSelf: "flex-start" }}>{t.importAgain}</Button>
        </>
      )}
    </section>
  );
}

/** Findings the review screen says in its own way: each missing 基本信息 item has an input (and `缺少单位名称，请在上面填写后再导入。` by the button); a table not imported shows its 类别 dropdown on 不导入. */
const SAID_ON_REVIEW = new Set(["import.profile-missing", "import.unknown-table"]);

/** The findings the review screen lists: all but those it says in its own way ({@link SAID_ON_REVIEW}). */
function reviewFindings(outcome: ImportOutcome): readonly ImportFinding[] {
  return outcome.result.findings.filter((f) => !SAID_ON_REVIEW.has(f.rule));
}

/**
 * 推断填写 and 发现 of an import outcome (the core's `result.guesses`, and `findings` — its `result.findings` or those
 * of them the review screen shows —, at most MAX_LINES of each): on the review screen, before writing (new-user test 34,
 * D16), and in the report after it. `cellRef` renders a cell
 * (`宣传投放!A5`): a jump button once written, plain text before; `jumpable` says whether a finding's own cell may
 * become one.
 */
function GuessesAndFindings({ outcome, findings, t, cellRef, jumpable }: {
  readonly outcome: ImportOutcome;
  readonly findings: readonly ImportFinding[];
  readonly t: ImportStrings;
  readonly cellRef: (ref: string) => ReactNode;
  readonly jumpable: boolean;
}) {
  const styles = useStyles();
  return (
    <>
      {outcome.result.guesses.length > 0 && (
        <>
          <Body1>{formatString(t.importGuessesTitle, { count: outcome.result.guesses.length })}</Body1>
          <ul className={styles.plain} data-testid="import-guesses">
            {outcome.result.guesses.slice(0, MAX_LINES).map((g) => (
              <li key={`${g.destination}`}>{cellRef(g.destination)} {`${g.field}＝${g.value}：${g.basis}`}</li>
            ))}
          </ul>
        </>
      )}
      {findings.length > 0 && (
        <>
          <Body1>{formatString(t.importFindingsTitle, { count: findings.length })}</Body1>
          <ul className={styles.plain} data-testid="import-findings">
            {findings.slice(0, MAX_LINES).map((f, i) => {
              // The message names its cell first: a jump button takes that place, never the cell twice (new-user test 8, D10).
              const jump = jumpable && !!f.cell && !f.cell.includes("·");
              const rest = f.message.startsWith(`${f.cell}：`) ? f.message.slice(f.cell.length + 1) : f.message;
              return <li key={i}>{jump ? <>{cellRef(f.cell)}：{rest}</> : f.message}</li>;
            })}
          </ul>
        </>
      )}
    </>
  );
}

/** The accounting: how many non-empty source cells, how many imported, the rest by reason. */
function CellAccounting({ state, t }: { readonly state: ImportState; readonly t: ImportStrings }) {
  if (!state.outcome) return null;
  const counts = cellCounts(state.outcome.result.cells);
  return (
    <Body1 data-testid="import-cells">
      {formatString(t.importCells, { total: counts.total, imported: counts.imported })}
      {counts.skipped.length > 0 && formatString(t.importCellsSkipped, { list: counts.skipped.map((s) => `${t[REASON[s.reason]]} ${s.count}`).join("、") })}
    </Body1>
  );
}

/**
 * 基本信息 as found (value and where from, each with 修改 to correct a wrong guess: new-user test 6, D6),
 * with an input for each item the core asked for or the user corrects.
 */
function ProfileFields({ state, t, onSet, onEdit }: { readonly state: ImportState; readonly t: ImportStrings; readonly onSet: (item: string, value: string) => void; readonly onEdit: (item: string, value: string) => void }) {
  const styles = useStyles();
  const profile = state.outcome?.proposal.profile ?? [];
  return (
    <div className={styles.block} data-testid="import-profile">
      <Body1>{t.importProfileTitle}</Body1>
      {profile.filter((p) => !state.asked.includes(p.item) && p.value !== undefined).map((p) => (
        <div key={p.item} className={styles.row}>
          <Caption1>{formatString(t.importProfileFound, { item: p.item, value: String(p.value), source: p.source ? formatString(t[SOURCE[p.source]], { cell: p.cell ?? "" }) : "" })}</Caption1>
          <Button size="small" appearance="transparent" className={styles.link} onClick={() => onEdit(p.item, String(p.value))} aria-label={formatString(t.importProfileEditLabel, { item: p.item })} data-edit-profile={p.item}>
            {t.importProfileEdit}
          </Button>
        </div>
      ))}
      {state.asked.map((item) => {
        const values = itemValues(item);
        const typed = state.profile[item] ?? "";
        const label = formatString((state.corrected ?? []).includes(item) ? t.importProfileCorrect : t.importProfileAsk, { item });
        return (
          <Field key={item} label={label} size="small" required>
            {values ? (
              <Dropdown size="small" className={styles.narrow} clearButton={{ "aria-label": t.importClear }} placeholder={item} value={typed} selectedOptions={typed ? [typed] : []} onOptionSelect={(_e, d) => onSet(item, d.optionValue ?? "")} data-profile={item}>
                {values.map((v) => <Option key={v} value={v}>{v}</Option>)}
              </Dropdown>
            ) : (
              <Input size="small" value={typed} onChange={(_e, d) => onSet(item, d.value)} inputMode={item === "报告年度" ? "numeric" : "text"} data-profile={item} />
            )}
          </Field>
        );
      })}
    </div>
  );
}

/** One table found: its kind (dropdown, with confidence) and a row per column with the field dropdown. */
function BlockTable({ block, state, t, onKind, onField }: {
  readonly block: BlockProposal;
  readonly state: ImportState;
  readonly t: ImportStrings;
  readonly onKind: (kind: string | null) => void;
  readonly onField: (header: string, field: string | null) => void;
}) {
  const styles = useStyles();
  const kinds = kindNames();
  const fields = fieldNames(block.kind);
  const kindEdited = isEdited(state, block.sheet, block.block);
  const title = formatString(t.importBlock, { sheet: block.sheet, block: block.block, range: block.range }) + (block.title ? `「${block.title}」` : "");
  const confidence = (edited: boolean, value: number, known: boolean) => (edited ? t.importChosen : known ? formatString(t.importConfidence, { pct: pct(value) }) : "—");
  return (
    <div className={styles.block} data-testid="import-block" data-block={`${block.sheet}#${block.block}`}>
      <Body1>{title}</Body1>
      <div className={styles.row}>
        <Field label={t.importKindLabel} size="small" orientation="horizontal" className={styles.kindField}>
          <Dropdown size="small" className={styles.kind} clearButton={{ "aria-label": t.importClear }} value={block.kind ?? t.importSkip} selectedOptions={[block.kind ?? SKIP]} onOptionSelect={(_e, d) => onKind(d.optionValue ? d.optionValue : null)} data-kind={block.kind ?? ""}>
            {kinds.map((k) => <Option key={k} value={k}>{k}</Option>)}
            <Option value={SKIP}>{t.importSkip}</Option>
          </Dropdown>
        </Field>
        <Caption1 className={styles.muted} data-testid="import-kind-confidence">{block.kind ? confidence(kindEdited, block.confidence, true) : t.importUnknownKind}</Caption1>
      </div>
      {block.kind && (
        <table className={styles.table}>
          <thead>
            <tr>
              <th className={styles.th} style={{ width: "12%" }}>{t.importColLetter}</th>
              <th className={styles.th} style={{ width: "30%" }}>{t.importColHeader}</th>
              <th className={styles.th} style={{ width: "38%" }}>{t.importColField}</th>
              <th className={styles.th} style={{ width: "20%" }}>{t.importColConfidence}</th>
            </tr>
          </thead>
          <tbody>
            {block.columns.map((c) => {
              const edited = isEdited(state, block.sheet, block.block, c.header);
              // A column left without a field whose cells still go to 备注 says so, in the CLI report's words (new-user test 64, D9).
              const skip = state.outcome && columnInRemark(state.outcome, block, c) ? REMARK_COLUMN : t.importSkip;
              const label = c.field ?? skip;
              return (
                <tr key={c.letter} data-column={c.header}>
                  <td className={styles.td}>{c.letter}</td>
                  <td className={styles.td}>{c.header || t.importNoHeader}</td>
                  <td className={styles.td}>
                    <Dropdown size="small" clearButton={{ "aria-label": t.importClear }} className={styles.dropdown} value={label} selectedOptions={[c.field ?? SKIP]} disabled={!c.header}
                      aria-label={formatString(t.importFieldFor, { header: c.header || c.letter })}
                      onOptionSelect={(_e, d) => onField(c.header, d.optionValue ? d.optionValue : null)}>
                      {fields.map((f) => <Option key={f} value={f}>{f}</Option>)}
                      <Option value={SKIP}>{skip}</Option>
                    </Dropdown>
                    {c.personal && <Caption1 className={styles.muted}>{c.counted ? t.importPersonalCount : t.importPersonal}</Caption1>}
                  </td>
                  <td className={styles.td}><Caption1 className={styles.muted}>{confidence(edited, c.confidence, c.basis !== "none")}</Caption1></td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </div>
  );
}
