import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { splitAppendix, type Block, type DocumentModel } from "../../core/document/model";

/** Props: the document, the selected run, and what selecting a run does. */
export interface NarrativePreviewProps {
  readonly doc: DocumentModel;
  readonly selected?: { readonly block: number; readonly run: number };
  readonly onSelect: (block: number, run: number) => void;
}

const useStyles = makeStyles({
  page: {
    fontFamily: '"FangSong", "STFangsong", "Noto Serif CJK SC", serif',
    fontSize: tokens.fontSizeBase300,
    lineHeight: "1.9",
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    overflowWrap: "anywhere",
  },
  title: { textAlign: "center", fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, margin: `0 0 ${tokens.spacingVerticalM}`, lineHeight: "1.5" },
  h1: { fontFamily: '"SimHei", "Noto Sans CJK SC", sans-serif', fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase300, margin: `${tokens.spacingVerticalS} 0`, textIndent: "2em" },
  h2: { fontFamily: '"KaiTi", "STKaiti", serif', fontSize: tokens.fontSizeBase300, margin: `${tokens.spacingVerticalS} 0`, textIndent: "2em" },
  p: { margin: `0 0 ${tokens.spacingVerticalS}`, textIndent: "2em" },
  run: {
    cursor: "pointer",
    boxDecorationBreak: "clone",
    borderRadius: tokens.borderRadiusSmall,
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  sourced: { textDecorationLine: "underline", textDecorationStyle: "dotted", textDecorationColor: tokens.colorBrandForeground1 },
  // Also on hover: the pointer is still over the sentence just clicked.
  selected: {
    backgroundColor: tokens.colorBrandBackground2,
    outline: `${tokens.strokeWidthThin} solid ${tokens.colorBrandStroke1}`,
    ":hover": { backgroundColor: tokens.colorBrandBackground2Hover },
  },
  signOff: { textAlign: "right", margin: 0 },
  appendix: { marginTop: tokens.spacingVerticalL },
  caption: { textAlign: "center", fontWeight: tokens.fontWeightSemibold, margin: `0 0 ${tokens.spacingVerticalXS}` },
  tableWrap: { overflowX: "auto", maxWidth: "100%" },
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200, fontFamily: tokens.fontFamilyBase },
  td: { border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`, padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`, textAlign: "left" },
  // Figures ("552多", "增长43.8%") never break inside: a value cell breaks only after "，" or "、"
  // between its phrases, and the table scrolls inside its own box when it is still too wide.
  phrase: { whiteSpace: "nowrap" },
  label: { minWidth: "6em" },
});

/** A value cell's phrases: "增加3人，增长100%" → ["增加3人，", "增长100%"]; each stays on one line. */
export function phrases(text: string): string[] {
  return text.split(/(?<=[，、；])/u);
}

/**
 * The summary as the reader sees it; each sentence with sources is focusable and selectable
 * (Enter/Space/click); the 附表 keeps its figures on one line and scrolls sideways in its own box.
 */
export function NarrativePreview({ doc, selected, onSelect }: NarrativePreviewProps) {
  const styles = useStyles();
  const { body, appendix } = splitAppendix(doc.blocks);
  const block = (b: Block, i: number): ReactNode => {
    if (b.kind === "heading") {
      const Tag = b.level === 1 ? "h3" : "h4";
      return (
        <Tag key={i} className={b.level === 1 ? styles.h1 : styles.h2}>
          {b.text}
        </Tag>
      );
    }
    if (b.kind === "table")
      return (
        <figure key={i} className={styles.tableWrap} style={{ margin: 0 }}>
          <figcaption className={styles.caption}>{b.caption}</figcaption>
          <table className={styles.table}>
            <thead>
              <tr>{b.header.map((h, k) => <th key={k} className={mergeClasses(styles.td, k === 0 ? styles.label : styles.phrase)}>{h}</th>)}</tr>
            </thead>
            <tbody>
              {b.rows.map((r, k) => (
                <tr key={k}>
                  {r.map((c, m) =>
                    m === 0 ? (
                      <td key={m} className={mergeClasses(styles.td, styles.label)}>{c}</td>
                    ) : (
                      <td key={m} className={styles.td}>
                        {phrases(c).map((p, n) => <span key={n} className={styles.phrase}>{p}</span>)}
                      </td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </figure>
      );
    return (
      <p key={i} className={styles.p}>
        {b.runs.map((r, j) => {
          const sourced = !!r.sources?.length;
          const isSelected = selected?.block === i && selected.run === j;
          // Only sentences with sources are buttons (and tab stops); a click on another one still
          // says "this sentence holds no figures", but the keyboard skips it.
          return (
            <span
              key={j}
              role={sourced ? "button" : undefined}
              tabIndex={sourced ? 0 : undefined}
              aria-pressed={sourced ? isSelected : undefined}
              data-sources={r.sources?.length ?? 0}
              className={mergeClasses(styles.run, sourced && styles.sourced, isSelected && styles.selected)}
              onClick={() => onSelect(i, j)}
              onKeyDown={
                sourced
                  ? (e) => {
                      if (e.key === "Enter" || e.key === " ") {
                        e.preventDefault();
                        onSelect(i, j);
                      }
                    }
                  : undefined
              }
            >
              {r.bold ? <b>{r.text}</b> : r.text}
            </span>
          );
        })}
      </p>
    );
  };
  return (
    <article className={styles.page} aria-label={doc.title} data-testid="narrative" tabIndex={-1}>
      <h2 className={styles.title}>{doc.title}</h2>
      {body.map((b) => block(b, doc.blocks.indexOf(b)))}
      <p className={styles.signOff}>{doc.signOff.unit}</p>
      <p className={styles.signOff}>{doc.signOff.date}</p>
      {appendix.length > 0 && <div className={styles.appendix} data-testid="appendix">{appendix.map((b) => block(b, doc.blocks.indexOf(b)))}</div>}
    </article>
  );
}
