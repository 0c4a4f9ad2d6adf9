import { Badge, Caption1, makeStyles, mergeClasses, Subtitle2, tokens } from "@fluentui/react-components";
import { useState, type ReactNode } from "react";
import type { Finding } from "../../core";
import type { FindingGroup } from "../state/validate";
import { formatString, type Strings } from "../strings";

/**
 * Props of the finding list. `onSelect` jumps to the finding's cell; without it (the Word pane:
 * no workbook is open to jump to) the findings are plain list items, not buttons.
 */
export interface FindingListProps {
  readonly groups: readonly FindingGroup[];
  readonly strings: Strings;
  readonly selected?: string;
  readonly onSelect?: (finding: Finding) => void;
  /**
   * Shown right under the selected finding (the clicked one, else the first of its cell): the read-only
   * view of its cell where the page shows no spreadsheet, so that it opens where the user looks, not
   * above the list out of sight (new-user test 2, D11).
   */
  readonly detail?: ReactNode;
}

const useStyles = makeStyles({
  group: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS, marginBottom: tokens.spacingVerticalM },
  head: { display: "flex", flexWrap: "wrap", alignItems: "baseline", columnGap: tokens.spacingHorizontalS },
  counts: { color: tokens.colorNeutralForeground3 },
  detail: { marginTop: tokens.spacingVerticalXS, marginBottom: tokens.spacingVerticalS },
  list: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  item: {
    display: "flex",
    alignItems: "flex-start",
    columnGap: tokens.spacingHorizontalS,
    width: "100%",
    textAlign: "left",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    border: `${tokens.strokeWidthThin} solid transparent`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: "transparent",
    color: tokens.colorNeutralForeground1,
    font: "inherit",
  },
  button: {
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  note: { color: tokens.colorNeutralForeground3, marginBottom: tokens.spacingVerticalS, display: "block" },
  selected: { backgroundColor: tokens.colorNeutralBackground1Selected, border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}` },
  cell: { fontFamily: tokens.fontFamilyMonospace, minWidth: "3.2em", color: tokens.colorNeutralForeground2 },
  message: { minWidth: 0, overflowWrap: "anywhere", fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  // One width for 错误/提示 and Error/Warning, so every row's cell and message line up (issue #12).
  badge: { flexShrink: 0, minWidth: "4.6em", justifyContent: "center", boxSizing: "border-box" },
});

/**
 * Findings grouped by sheet with counts (groups with errors first); each finding is a button that
 * selects its cell, or a plain item without `onSelect`. Outside Chinese the list says once that
 * the messages (from the core) are in Chinese.
 */
export function FindingList({ groups, strings, selected, onSelect, detail }: FindingListProps) {
  const styles = useStyles();
  const [clicked, setClicked] = useState<string>();
  const ids = groups.flatMap((g) => g.findings.map((f, i) => ({ key: `${f.sheet}!${f.cell}`, id: `${f.sheet}!${f.cell}-${f.rule}-${i}` })));
  const detailAt = detail && selected ? (ids.find((x) => x.id === clicked && x.key === selected) ?? ids.find((x) => x.key === selected))?.id : undefined;
  return (
    <div>
      {groups.length > 0 && !strings.locale.startsWith("zh") && (
        <Caption1 className={styles.note} data-testid="findings-language">
          {strings.findingsLanguageNote}
        </Caption1>
      )}
      {groups.map((g) => (
        <section key={g.sheet} className={styles.group} aria-label={g.sheet} data-finding-group={g.sheet}>
          <div className={styles.head}>
            <Subtitle2 as="h3">{g.sheet}</Subtitle2>
            <Caption1 className={styles.counts}>{formatString(strings.groupCounts, { errors: g.errors, warnings: g.warnings })}</Caption1>
          </div>
          <ul className={styles.list}>
            {g.findings.map((f, i) => {
              const key = `${f.sheet}!${f.cell}`;
              const content = (
                <>
                  <Badge className={styles.badge} size="small" appearance="filled" color={f.severity === "error" ? "danger" : "warning"}>
                    {f.severity === "error" ? strings.severityError : strings.severityWarning}
                  </Badge>
                  <span className={styles.cell}>{f.cell || strings.sheetLevel}</span>
                  <span className={styles.message}>{f.message}</span>
                </>
              );
              const id = `${key}-${f.rule}-${i}`;
              return (
                <li key={id}>
                  {onSelect ? (
                    <button
                      type="button"
                      className={mergeClasses(styles.item, styles.button, selected === key && f.cell ? styles.selected : undefined)}
                      onClick={() => {
                        setClicked(id);
                        onSelect(f);
                      }}
                      data-finding={key}
                      data-severity={f.severity}
                    >
                      {content}
                    </button>
                  ) : (
                    <div className={styles.item} data-finding={key} data-severity={f.severity}>
                      {content}
                    </div>
                  )}
                  {detailAt === id && <div className={styles.detail}>{detail}</div>}
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </div>
  );
}
