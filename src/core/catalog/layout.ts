/**
 * Where things go in the standard workbook, host-neutral: title and header rows, how far
 * validation reaches, the version cell, the required-field mark, and the text content of the
 * two generated sheets (填报说明, 指标汇总). The exceljs template writer and the Office.js imposer
 * both lay the workbook out from here.
 * @module
 */
import { fieldsOf } from "./lookup";
import type { Catalog, SheetSpec } from "./types";

/** Row of the sheet title above each table (spec: "Row 1 may carry a title"), 1-based. */
export const TITLE_ROW = 1;
/** Row of each table's header (the table's top-left is column A of this row), 1-based. */
export const HEADER_ROW = 2;
/** Native validation covers at least this many rows below the header (rows 3..1002). */
export const VALIDATION_ROWS = 1000;

/** The 1-based row through which validation extends: max(1002, last data row + 1000). */
export function validationLastRow(dataRows: number): number {
  return HEADER_ROW + Math.max(VALIDATION_ROWS, dataRows + VALIDATION_ROWS);
}

/** The cell of 填报说明 holding the version text (and named `catalog.versionName`). */
export const VERSION_CELL = { row: 2, col: 2, a1: "$B$2" } as const;

/** Fill colour (ARGB) that marks required headers / 项目 (a pale yellow; text stays dark). */
export const REQUIRED_FILL = "FFFFF2CC";

/** Column widths of the form (项目 | 内容), in Excel character units. */
export const FORM_WIDTHS = [16, 40] as const;

/** Catalog id of 填报说明. */
export const INSTRUCTIONS_ID = "instructions";
/** Catalog id of 指标汇总. */
export const INDICATORS_ID = "indicators";

/** True for the 填报说明 spec (found by id, so the sheet name stays in the catalog). */
export function isInstructions(sheet: SheetSpec): boolean {
  return sheet.kind === "generated" && sheet.id === INSTRUCTIONS_ID;
}

/** True for the 指标汇总 spec. */
export function isIndicators(sheet: SheetSpec): boolean {
  return sheet.kind === "generated" && sheet.id === INDICATORS_ID;
}

/** One row of a generated sheet: column A and B texts; `heading` gives a bold font size (pt). */
export interface GeneratedRow {
  /** 1-based row. */
  readonly row: number;
  readonly a?: string;
  readonly b?: string;
  readonly heading?: number;
  /** Wrap column B (long help texts). */
  readonly wrap?: boolean;
}

/**
 * The content of 填报说明: title (A1, 16 pt); 标准版本 | version text at VERSION_CELL; one row per
 * sheet with its help and required fields (then 上期指标's, v1.2); a note on the required mark; one row per enumerated
 * field listing its values. Column widths 16 and 100.
 */
export function instructionRows(catalog: Catalog): readonly GeneratedRow[] {
  const rows: GeneratedRow[] = [
    { row: 1, a: `创文台账填报说明（${catalog.versionText}）`, heading: 16 },
    { row: VERSION_CELL.row, a: "标准版本", b: catalog.versionText },
  ];
  let row = 4;
  rows.push({ row: row++, a: "各表填法", heading: 12 });
  for (const sheet of catalog.sheets) {
    const required = fieldsOf(sheet).filter((f) => f.required).map((f) => f.header);
    rows.push({ row: row++, a: sheet.sheet, b: required.length ? `${sheet.help}\n必填：${required.join("、")}` : sheet.help, wrap: true });
  }
  // v1.2: the 上期指标 sheet exists only after 开始下一期, but its help is always given.
  if (catalog.previousPeriod) rows.push({ row: row++, a: catalog.previousPeriod.sheet, b: catalog.previousPeriod.help, wrap: true });
  rows.push({ row: row++, b: "表头或项目底色为浅黄色的为必填；数字列只填数字，单位另列填写；日期请按 2023/6/5 的形式输入。" });
  row++;
  rows.push({ row: row++, a: "可选值（下拉列表）", heading: 12 });
  for (const sheet of catalog.sheets) {
    for (const field of fieldsOf(sheet)) {
      if (field.type !== "enum" || !field.values) continue;
      rows.push({ row: row++, a: sheet.sheet, b: `${field.header}：${field.values.join("、")}`, wrap: true });
    }
  }
  return rows;
}

/** Column widths of 填报说明 (A, B) in Excel character units. */
export const INSTRUCTION_WIDTHS = [16, 100] as const;

/** Header texts and widths of 指标汇总 (A 指标, B 数值, C 单位); indicators start at row 3. */
export const INDICATOR_LAYOUT = { headers: ["指标", "数值", "单位"], widths: [30, 16, 8], firstRow: 3 } as const;

/** A chart of 指标汇总 (drawn by the pane; exceljs cannot write charts): indicator ids or an id prefix. */
export interface ChartSpec {
  /** Chart name in the workbook (how a repair recognises its own chart). */
  readonly name: string;
  readonly title: string;
  /** Indicator ids shown, in this order. */
  readonly ids?: readonly string[];
  /** Or: every indicator whose id starts with this prefix, in catalog order. */
  readonly idPrefix?: string;
}

/** The charts of the main indicators in 指标汇总. */
export const INDICATOR_CHARTS: readonly ChartSpec[] = [
  {
    name: "CL_Chart_Main",
    title: "主要指标",
    ids: ["volunteerMembers", "ads", "boards", "honourPeople", "moralLectures", "problemsFound", "problemsRectified"],
  },
  { name: "CL_Chart_Activities", title: "活动场次（按类型）", idPrefix: "activities:" },
];

/** The 1-based 指标汇总 rows of the indicators a chart shows, in chart order. */
export function chartIndicatorRows(catalog: Catalog, chart: ChartSpec): readonly number[] {
  const rowOf = new Map(catalog.indicators.map((ind, i) => [ind.id, INDICATOR_LAYOUT.firstRow + i]));
  const ids = chart.ids ?? catalog.indicators.map((ind) => ind.id).filter((id) => chart.idPrefix !== undefined && id.startsWith(chart.idPrefix));
  return ids.flatMap((id) => (rowOf.has(id) ? [rowOf.get(id) as number] : []));
}
