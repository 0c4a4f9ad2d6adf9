/**
 * Test factory: a WorkbookSnapshot laid out as the standard template lays it out (title in row 1,
 * table header in row 2, data from row 3; 基本信息 as 项目 | 内容), built from the catalog.
 */
import { cellAddress, fieldsOf, standardV1, type CellValue, type SheetGrid, type WorkbookSnapshot } from "../../src/core";

export interface SnapshotSpec {
  /** 项目 text → 内容 value. */
  readonly profile?: Record<string, CellValue>;
  /** Sheet name → rows of header → value. */
  readonly ledgers?: Record<string, Record<string, CellValue>[]>;
  /** Sheets to leave out. */
  readonly omit?: readonly string[];
  /** Sheet name → header renames (standard header → header written). */
  readonly renames?: Record<string, Record<string, string>>;
  /** Sheets whose table object is dropped (headers stay). */
  readonly noTable?: readonly string[];
  /** Formulas by sheet → A1 → formula. */
  readonly formulas?: Record<string, Record<string, string>>;
}

/** A minimal valid 基本信息. */
export const baseProfile: Record<string, CellValue> = {
  单位名称: "测试社区居委会",
  单位类型: "社区",
  报告年度: 2023,
  报告期: "上半年",
};

/** Builds the snapshot. */
export function makeSnapshot(spec: SnapshotSpec = {}): WorkbookSnapshot {
  const sheets: SheetGrid[] = [];
  for (const sheet of standardV1.sheets) {
    if (spec.omit?.includes(sheet.sheet)) continue;
    if (sheet.kind === "generated") {
      sheets.push({ name: sheet.sheet, originRow: 1, originCol: 1, values: [[sheet.sheet]], tables: [] });
      continue;
    }
    const renames = spec.renames?.[sheet.sheet] ?? {};
    let headers: string[];
    let rows: CellValue[][];
    if (sheet.kind === "form") {
      headers = [sheet.keyHeader, sheet.valueHeader];
      const profile = { ...baseProfile, ...(spec.profile ?? {}) };
      rows = sheet.items.map((i) => [i.header, profile[i.header] ?? null]);
    } else {
      headers = fieldsOf(sheet).map((f) => f.header);
      rows = (spec.ledgers?.[sheet.sheet] ?? []).map((r) => headers.map((h) => (h in r ? r[h] : null)));
      for (const r of spec.ledgers?.[sheet.sheet] ?? []) for (const k of Object.keys(r)) if (!headers.includes(k)) throw new Error(`unknown header ${k}`);
    }
    const shown = headers.map((h) => renames[h] ?? h);
    const values: CellValue[][] = [[sheet.title], shown, ...rows];
    const last = Math.max(3, values.length);
    sheets.push({
      name: sheet.sheet,
      originRow: 1,
      originCol: 1,
      values,
      formulas: spec.formulas?.[sheet.sheet],
      tables: spec.noTable?.includes(sheet.sheet) ? [] : [{ name: sheet.table, ref: `A2:${cellAddress(last, headers.length)}` }],
    });
  }
  return { sheets };
}
