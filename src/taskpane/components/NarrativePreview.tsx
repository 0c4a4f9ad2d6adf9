import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { DocumentModel } from "../../core/document/model";

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
    borderRadius: tokens.borderRadiusSmall,
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  sourced: { textDecorationLine: "underline", textDecorationStyle: "dotted", textDecorationColor: tokens.colorBrandForeground1 },
  selected: { backgroundColor: tokens.colorBrandBackground2 },
  signOff: { textAlign: "right", margin: 0 },
});

/** The summary as the reader sees it; each sentence is focusable and selectable (Enter/Space/click). */
export function NarrativePreview({ doc, selected, onSelect }: NarrativePreviewProps) {
  const styles = useStyles();
  return (
    <article className={styles.page} aria-label={doc.title} data-testid="narrative">
      <h2 className={styles.title}>{doc.title}</h2>
      {doc.blocks.map((b, i) => {
        if (b.kind === "heading") {
          const Tag = b.level === 1 ? "h3" : "h4";
          return (
            <Tag key={i} className={b.level === 1 ? styles.h1 : styles.h2}>
              {b.text}
            </Tag>
          );
        }
        if (b.kind === "table") return <p key={i} className={styles.p}>{b.caption}</p>;
        return (
          <p key={i} className={styles.p}>
            {b.runs.map((r, j) => (
              <span
                key={j}
                role="button"
                tabIndex={0}
                aria-pressed={selected?.block === i && selected.run === j}
                data-sources={r.sources?.length ?? 0}
                className={mergeClasses(styles.run, r.sources?.length ? styles.sourced : undefined, selected?.block === i && selected.run === j ? styles.selected : undefined)}
                onClick={() => onSelect(i, j)}
                onKeyDown={(e) => {
                  if (e.key === "Enter" || e.key === " ") {
                    e.preventDefault();
                    onSelect(i, j);
                  }
                }}
              >
                {r.bold ? <b>{r.text}</b> : r.text}
              </span>
            ))}
          </p>
        );
      })}
      <p className={styles.signOff}>{doc.signOff.unit}</p>
      <p className={styles.signOff}>{doc.signOff.date}</p>
    </article>
  );
}
