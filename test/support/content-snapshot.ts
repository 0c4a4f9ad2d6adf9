/**
 * Test factory: the snapshot that `writeWorkbook(catalog, content)` followed by `readWorkbook`
 * would give, built without exceljs (title row 1, headers row 2 in catalog column order, data from
 * row 3, `{date}` seeds as serials, formula columns blank) — for fast tests of roll-up content.
 */
import { fieldsOf, serialFromYmd, type Catalog, type CellValue, type SheetGrid, type WorkbookSnapshot, cellAddress } from "../../src/core";

type Seed = string | number | boolean | null | { readonly date: string } | { readonly formula: string };

/** Content as the roll-up and the xlsx adapter take it. */
export interface Content {
  readonly profile?: Readonly<Record<string, Seed>>;
  readonly ledgers?: Readonly<Record<string, readonly Readonly<Record<string, Seed>>[]>>;
}

function cell(v: Seed | undefined): CellValue {
  if (v === undefined || v === null) return null;
  if (typeof v !== "object") return v;
  if ("date" in v) {
    const [y, m, d] = v.date.split("-").map(Number);
    return serialFromYmd({ y, m, d });
  }
  return null;
}

/** The snapshot of `content` written with `catalog`. @throws Error for a header the catalog lacks. */
export function contentSnapshot(content: Content, catalog: Catalog): WorkbookSnapshot {
  const sheets: SheetGrid[] = catalog.sheets.map((sheet): SheetGrid => {
    if (sheet.kind === "generated") return { name: sheet.sheet, originRow: 1, originCol: 1, values: [[sheet.sheet]], tables: [] };
    if (sheet.kind === "form") {
      const rows = sheet.items.map((i) => [i.header, cell(content.profile?.[i.header])]);
      return { name: sheet.sheet, originRow: 1, originCol: 1, values: [[sheet.title], [sheet.keyHeader, sheet.valueHeader], ...rows], tables: [{ name: sheet.table, ref: `A2:B${rows.length + 2}` }] };
    }
    const headers = fieldsOf(sheet).map((f) => f.header);
    const data = content.ledgers?.[sheet.sheet] ?? [];
    for (const r of data) for (const k of Object.keys(r)) if (!headers.includes(k)) throw new Error(`unknown header ${sheet.sheet}.${k}`);
    const rows = data.map((r) => headers.map((h) => cell(r[h])));
    return {
      name: sheet.sheet, originRow: 1, originCol: 1, values: [[sheet.title], headers, ...rows],
      tables: [{ name: sheet.table, ref: `A2:${cellAddress(Math.max(3, rows.length + 2), headers.length)}` }],
    };
  });
  return { sheets };
}
