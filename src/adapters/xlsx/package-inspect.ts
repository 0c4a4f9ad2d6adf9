/**
 * What a workbook file holds that exceljs cannot keep when it saves (issue #5 §2): charts,
 * drawings, pivot tables, VBA, slicers, add-in settings, and the x14 extension of worksheets
 * (list validations that reference other sheets, sparklines, newer conditional formats). The
 * write-back commands print this list so that users know what to check in the original.
 * @module
 */
import JSZip from "jszip";
import { zipEntries } from "./zip-directory";

/** One kind of Excel-only object found in a package. */
export interface ExcelOnlyObject {
  /** Stable id (`charts`, `x14-validations` …). */
  readonly kind: string;
  /** Chinese name (`图表`). */
  readonly label: string;
  /** How many parts or elements were found. */
  readonly count: number;
  /** True when the write-back re-creates it (validations of standard columns). */
  readonly recreated: boolean;
}

/** Parts recognised by their path: kind, label, pattern. */
const PARTS: readonly [string, string, RegExp][] = [
  ["charts", "图表", /^xl\/charts\/chart\d+\.xml$/],
  ["chartsheets", "图表工作表", /^xl\/chartsheets\/sheet\d+\.xml$/],
  ["drawings", "绘图层（形状、文本框、图片位置）", /^xl\/drawings\/drawing\d+\.xml$/],
  ["pivot-tables", "数据透视表", /^xl\/pivotTables\/pivotTable\d+\.xml$/],
  ["vba", "宏（VBA）", /^xl\/vbaProject\.bin$/],
  ["slicers", "切片器", /^xl\/slicers\/slicer\d+\.xml$/],
  ["timelines", "日程表", /^xl\/timelines\/timeline\d+\.xml$/],
  ["add-in-settings", "加载项设置", /^xl\/webextensions\/webextension\d+\.xml$/],
  ["external-links", "外部链接", /^xl\/externalLinks\/externalLink\d+\.xml$/],
  ["connections", "数据连接/查询", /^xl\/(connections\.xml|queryTables\/queryTable\d+\.xml)$/],
  ["threaded-comments", "批注（新版）", /^xl\/threadedComments\/threadedComment\d+\.xml$/],
  ["controls", "表单控件", /^xl\/ctrlProps\/ctrlProp\d+\.xml$/],
  ["embeddings", "嵌入对象", /^xl\/embeddings\//],
  ["custom-xml", "自定义 XML 数据", /^customXml\/item\d+\.xml$/],
];

/** x14 extension elements inside worksheet XML: kind, label, element, re-created. */
const X14: readonly [string, string, RegExp, boolean][] = [
  ["x14-validations", "扩展数据验证（引用其他工作表的下拉列表）", /<x14:dataValidation[\s>]/g, true],
  ["sparklines", "迷你图", /<x14:sparklineGroup[\s>]/g, false],
  ["x14-conditional-formats", "扩展条件格式", /<x14:conditionalFormatting[\s>]/g, false],
];

/**
 * The Excel-only objects of an .xlsx package, in the order of the lists above; empty for a plain
 * workbook (or bytes that are not a readable zip). Worksheet XML is inflated to find x14
 * elements; call this only after the size guard (`assertZipSizes`).
 */
export async function excelOnlyObjects(bytes: Uint8Array): Promise<ExcelOnlyObject[]> {
  const entries = zipEntries(bytes);
  if (!entries) return [];
  const out: ExcelOnlyObject[] = [];
  for (const [kind, label, pattern] of PARTS) {
    const count = entries.filter((e) => pattern.test(e.name)).length;
    if (count) out.push({ kind, label, count, recreated: false });
  }
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    return out;
  }
  const counts = new Map<string, number>();
  for (const name of Object.keys(zip.files).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))) {
    const xml = await zip.files[name].async("string");
    if (!xml.includes("<extLst")) continue;
    for (const [kind, , element] of X14) counts.set(kind, (counts.get(kind) ?? 0) + (xml.match(element)?.length ?? 0));
  }
  for (const [kind, label, , recreated] of X14) {
    const count = counts.get(kind) ?? 0;
    if (count) out.push({ kind, label, count, recreated });
  }
  return out;
}

/** Chinese lines for the CLI: what was found, what the output lost, what was re-created. */
export function describeExcelOnly(objects: readonly ExcelOnlyObject[]): string[] {
  if (objects.length === 0) return [];
  const lost = objects.filter((o) => !o.recreated);
  const kept = objects.filter((o) => o.recreated);
  const list = (os: readonly ExcelOnlyObject[]): string => os.map((o) => `${o.label}${o.count > 1 ? ` ${o.count} 处` : ""}`).join("、");
  const lines: string[] = [];
  if (lost.length) lines.push(`注意：原文件含有本工具无法保留的 Excel 对象：${list(lost)}。输出文件中没有这些对象，请在 Excel 中对照原文件补回（原文件未改动）。`);
  if (kept.length) lines.push(`原文件的${list(kept)}在输出文件中已按标准重建为经典数据验证。`);
  return lines;
}
