/**
 * A small read-only view of a sheet around one cell (issue #12): where a finding or a source is,
 * for a page that shows no spreadsheet of its own (the preview, the browser page). Built once,
 * from the core's `cellWindow`.
 * @module
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import { cellWindow, fieldsOf, standardV1, type SheetGrid } from "../../core";

/** Headers of the catalog's date columns, whose numbers the view shows as days. */
const DATE_HEADERS: ReadonlySet<string> = new Set(standardV1.sheets.flatMap((s) => fieldsOf(s).filter((f) => f.type === "date").map((f) => f.header)));

const useStyles = makeStyles({
  box: { overflowX: "auto", maxWidth: "100%" },
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200, whiteSpace: "nowrap" },
  head: { backgroundColor: tokens.colorNeutralBackground3, color: tokens.colorNeutralForeground3, padding: "2px 6px", border: `1px solid ${tokens.colorNeutralStroke2}`, fontWeight: tokens.fontWeightRegular },
  cell: { padding: "2px 6px", border: `1px solid ${tokens.colorNeutralStroke2}`, maxWidth: "12em", overflow: "hidden", textOverflow: "ellipsis" },
  focus: { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: "-2px", backgroundColor: tokens.colorBrandBackground2 },
});

/** The cells around `address` on `grid`, the cell itself outlined; nothing when the address is not a cell. */
export function GridView({ grid, address, label }: { readonly grid: SheetGrid; readonly address: string; readonly label: string }) {
  const styles = useStyles();
  const w = cellWindow(grid, address, 3, 2, DATE_HEADERS);
  if (!w) return null;
  return (
    <div className={styles.box} data-testid="grid-view">
      <table className={styles.table} aria-label={label}>
        <thead>
          <tr>
            <th className={styles.head} />
            {w.columns.map((c) => <th key={c} className={styles.head} scope="col">{c}</th>)}
          </tr>
        </thead>
        <tbody>
          {w.rows.map((r, i) => (
            <tr key={r}>
              <th className={styles.head} scope="row">{r}</th>
              {w.cells[i].map((text, j) => (
                <td key={j} className={i === w.focus.row && j === w.focus.col ? `${styles.cell} ${styles.focus}` : styles.cell} data-focus={i === w.focus.row && j === w.focus.col ? "true" : undefined} title={text}>
                  {text}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
