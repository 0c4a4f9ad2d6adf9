/**
 * The saved mapping of 导入已有台账 (issue #16 item 4): per source sheet and block its kind and where
 * each column goes, as JSON to save (`--save-mapping`) and reuse (`--mapping`), so that a unit maps
 * its layout once. Pure.
 * @module
 */
import type { Catalog } from "../catalog";
import { importKinds } from "./kinds";
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
    // A table split by its column of categories is proposed as several parts of one block (new-user test 66, D1): no one
    // entry can say them, so none is saved and the saved mapping splits it again.
    if (proposal.blocks.some((o) => o.source === b.source && o.sheet === b.sheet && o.block === b.block && o.kind !== b.kind)) continue;
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
 * Where a JSON text goes wrong, in Chinese (`第1行第2个字符附近`), from the engine's position (`at position 1`,
 * or `line 1 column 2`); undefined when the engine does not say (new-user test 32, D12: no English engine message).
 */
function jsonErrorPlace(text: string, error: unknown): string | undefined {
  const said = error instanceof Error ? error.message : "";
  const lineColumn = /line (\d+) column (\d+)/u.exec(said);
  if (lineColumn) return `第${lineColumn[1]}行第${lineColumn[2]}个字符附近`;
  const position = /position (\d+)/u.exec(said);
  if (!position) return /end of JSON|Unexpected end/iu.test(said) ? "文件末尾" : undefined;
  const before = text.slice(0, Number(position[1])).split("\n");
  return `第${before.length}行第${(before[before.length - 1]?.length ?? 0) + 1}个字符附近`;
}

/**
 * Reads a saved mapping's JSON text. Kinds and fields are checked against the catalog by {@link mappingProblem}.
 * @param name the file's name as the user gave it (`m3.json`), named in the messages.
 * @returns the mapping, or a Chinese message saying what is wrong with the text (`映射文件m4.json不是有效的JSON（第1行第2个字符附近有误）…`).
 */
export function parseMapping(text: string, name = ""): { readonly ok: true; readonly mapping: ImportMapping } | { readonly ok: false; readonly message: string } {
  const file = `映射文件${name}`;
  let data: unknown;
  const body = text.replace(/^\uFEFF/u, "");
  try {
    data = JSON.parse(body);
  } catch (e) {
    const place = jsonErrorPlace(body, e);
    return { ok: false, message: `${file}不是有效的JSON${place ? `（${place}有误）` : ""}：请检查引号、逗号和括号是否成对，或用 --save-mapping 重新生成。` };
  }
  const o = data as Partial<ImportMapping> | null;
  if (!o || typeof o !== "object" || o.format !== MAPPING_FORMAT || !Array.isArray(o.sheets)) return { ok: false, message: `${file}格式不对：应有 "format": "${MAPPING_FORMAT}" 和 "sheets" 列表（用 --save-mapping 生成）。` };
  const sheets: MappingSheet[] = [];
  for (const [i, s] of o.sheets.entries()) {
    const e = s as Partial<MappingSheet> | null;
    if (!e || typeof e.sheet !== "string" || (e.kind !== null && typeof e.kind !== "string") || typeof e.columns !== "object" || e.columns === null) {
      return { ok: false, message: `${file}第${i + 1}项应有 sheet（工作表名）、kind（表的类别或 null）和 columns（表头 → 标准列）。` };
    }
    const columns: Record<string, string | null> = {};
    for (const [k, v] of Object.entries(e.columns)) {
      if (v !== null && typeof v !== "string") return { ok: false, message: `${file}“${e.sheet}”的列“${k}”应对应一个标准列名或 null。` };
      columns[k] = v;
    }
    sheets.push({ sheet: e.sheet, block: typeof e.block === "number" && e.block >= 1 ? Math.floor(e.block) : 1, kind: e.kind ?? null, columns });
  }
  return { ok: true, mapping: { format: MAPPING_FORMAT, version: 1, sheets } };
}

/**
 * The first kind or column target of a mapping that the catalog does not know, as a Chinese message naming the file, the
 * sheet·column and the valid choices (`映射文件m3.json：宣传阵地·花费 对应的“金额”不是标准字段，可选：类型、数量…`); undefined when
 * every kind and target is known. A typo must stop the import rather than silently drop the column (new-user test 32, D12).
 */
export function mappingProblem(catalog: Catalog, mapping: ImportMapping, name = ""): string | undefined {
  const kinds = importKinds(catalog);
  for (const entry of mapping.sheets) {
    if (entry.kind === null) continue;
    const kind = kinds.find((k) => k.name === entry.kind);
    if (!kind) return `映射文件${name}：${entry.sheet} 的类别“${entry.kind}”不是可选的表类别，可选：${kinds.map((k) => k.name).join("、")}。`;
    for (const [header, to] of Object.entries(entry.columns)) {
      if (to === null || kind.columns.some((c) => c.header === to)) continue;
      return `映射文件${name}：${entry.sheet}·${header} 对应的“${to}”不是标准字段，可选：${kind.columns.map((c) => c.header).join("、")}，或 null（不导入）。`;
    }
  }
  return undefined;
}
