/**
 * Preview mode: the pane outside Office runs against an in-memory copy of the sample workbook
 * (the typed fake of the Excel object model, seeded from sample-snapshot.json). Loaded lazily,
 * so neither the fake nor the sample is part of the first paint.
 * @module
 */
import { cellAddress } from "../../core/grid";
import { ALL_FEATURES } from "../../adapters/excel/types";
import { createFakeExcel, modelFromSnapshot, type FakeExcel } from "../../adapters/excel/fake";
import type { SheetGrid, WorkbookSnapshot } from "../../core/grid";
import { createOps, type PaneOps } from "../operations";
import seed from "./sample-snapshot.json";

/** Typical mistakes: table name, header, 1-based data row, value typed. */
const MISTAKES = [
  { table: "tbl_Rectification", header: "已整改数", row: 1, value: (found: unknown) => Number(found) + 5, from: "发现数" },
  { table: "tbl_Volunteers", header: "服务次数", row: 1, value: () => "二十四" },
  { table: "tbl_Activities", header: "参与数量", row: 1, value: () => -3 },
] as const;

/** The cell of `header` in data row `row` of `table`, and the current value of `from` in that row. */
function locate(fake: FakeExcel, table: string, header: string, row: number, from?: string): { sheet: string; address: string; other: unknown } | undefined {
  const t = fake.model.tables.find((x) => x.name === table);
  if (!t) return undefined;
  const headers = (t.sheet.rows[t.bounds.top - 1] ?? []).map((c) => String(c?.value ?? ""));
  const col = headers.indexOf(header) + 1;
  const r = t.bounds.top + row;
  if (col < 1) return undefined;
  const otherCol = from ? headers.indexOf(from) + 1 : 0;
  return { sheet: t.sheet.name, address: cellAddress(r, col), other: otherCol ? t.sheet.rows[r - 1]?.[otherCol - 1]?.value : undefined };
}

/**
 * Operations over a fresh in-memory workbook: the sample, or `from` (a user's file read in the
 * browser, named `file`). `openLocal` is the page's way to load another file (preview only).
 */
export function createPreviewOps(from?: { readonly snapshot: WorkbookSnapshot; readonly file: string }, openLocal?: (name: string, bytes: Uint8Array) => Promise<void>): PaneOps {
  const fake = createFakeExcel({ model: modelFromSnapshot(from?.snapshot ?? (seed as unknown as WorkbookSnapshot)) });
  if (typeof window !== "undefined") (window as unknown as { __campaignLedgerPreview?: FakeExcel }).__campaignLedgerPreview = fake;
  const addMistakes = async (): Promise<void> => {
    for (const m of MISTAKES) {
      const at = locate(fake, m.table, m.header, m.row, "from" in m ? m.from : undefined);
      if (at) await fake.edit(at.sheet, at.address, m.value(at.other));
    }
  };
  return createOps(fake.run, ALL_FEATURES, undefined, {
    ...(from ? {} : { addMistakes }),
    selection: () => fake.model.selection,
    sheetGrid: (name: string): SheetGrid | undefined => {
      const sheet = fake.model.sheets.find((x) => x.name === name);
      if (!sheet) return undefined;
      const tables = fake.model.tables.filter((t) => t.sheet === sheet).map((t) => ({ name: t.name, ref: `${cellAddress(t.bounds.top, t.bounds.left)}:${cellAddress(t.bounds.bottom, t.bounds.right)}` }));
      const values = sheet.rows.map((r) => (r ?? []).map((c) => { const v = c?.value; return typeof v === "string" || typeof v === "number" || typeof v === "boolean" ? v : null; }));
      return { name, originRow: 1, originCol: 1, values, tables };
    },
    ...(from ? { file: from.file } : {}),
    ...(openLocal ? { openLocal } : {}),
  });
}
