/**
 * The saved mapping of 导入已有台账 (issue #16 item 4): per source sheet and block its kind and where
 * each column goes, as JSON to save (`--save-mapping`) and reuse (`--mapping`), so that a unit maps
 * its layout once. Pure.
 * @module
 */
import { MAPPING_FORMAT, type ImportMapping, type ImportProposal, type MappingSheet } from "./types";

/**
 * The mapping a proposal amounts to: one entry per block (sheet name, block number, kind), every
 * column by its header (`null` for a column not imported). When two sources have a sheet of the same
 * name and block number, the first one's entry is kept.
 */
export function mappingOf(proposal: ImportProposal): ImportMapping {
  const sheets: MappingSheet[] = [];
  for (const b of proposal.blocks) {
    if (sheets.some((s) => s.sheet === b.sheet && s.block === b.block)) continue;
    const columns: Record<string, string | null> = {};
    for (const c of b.columns) if (c.header && !(c.header in columns)) columns[c.header] = c.field ?? null;
    sheets.push({ sheet: b.sheet, block: b.block, kind: b.kind ?? null, columns });
  }
  return { format: MAPPING_FORMAT, version: 1, sheets };
}

/** The entry of a mapping for a sheet's block, or undefined. */
export function mappingEntry(mapping: ImportMapping | undefined, sheet: string, block: number): MappingSheet | undefined {
  return mapping?.sheets.find((s) => s.sheet === sheet && s.block === block);
}

/**
 * Reads a saved mapping's JSON text. Kinds and fields are checked by the import itself (an unknown
 * kind leaves the block out, an unknown field the column).
 * @returns the mapping, or a Chinese message saying what is wrong with the text.
 */
export function parseMapping(text: string): { readonly ok: true; readonly mapping: ImportMapping } | { readonly ok: false; readonly message: string } {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/u, ""));
  } catch (e) {
    return { ok: false, message: `映射文件不是有效的 JSON：${e instanceof Error ? e.message.split("\n")[0] : String(e)}` };
  }
  const o = data as Partial<ImportMapping> | null;
  if (!o || typeof o !== "object" || o.format !== MAPPING_FORMAT || !Array.isArray(o.sheets)) return { ok: false, message: `映射文件格式不对：应有 "format": "${MAPPING_FORMAT}" 和 "sheets" 列表（用 --save-mapping 生成）。` };
  const sheets: MappingSheet[] = [];
  for (const [i, s] of o.sheets.entries()) {
    const e = s as Partial<MappingSheet> | null;
    if (!e || typeof e.sheet !== "string" || (e.kind !== null && typeof e.kind !== "string") || typeof e.columns !== "object" || e.columns === null) {
      return { ok: false, message: `映射文件第${i + 1}项应有 sheet（工作表名）、kind（表的类别或 null）和 columns（表头 → 标准列）。` };
    }
    const columns: Record<string, string | null> = {};
    for (const [k, v] of Object.entries(e.columns)) {
      if (v !== null && typeof v !== "string") return { ok: false, message: `映射文件“${e.sheet}”的列“${k}”应对应一个标准列名或 null。` };
      columns[k] = v;
    }
    sheets.push({ sheet: e.sheet, block: typeof e.block === "number" && e.block >= 1 ? Math.floor(e.block) : 1, kind: e.kind ?? null, columns });
  }
  return { ok: true, mapping: { format: MAPPING_FORMAT, version: 1, sheets } };
}
