/**
 * Native Excel data validation as host-neutral data: for each catalog field, the rule (list,
 * whole number, decimal, date, text length), its bounds, where a dropdown's values live on the
 * hidden list sheet, and the Chinese input prompt and stop-style error alert. The exceljs
 * template writer (adapters/xlsx) and the Office.js imposer (adapters/excel) both translate
 * this one description; neither spells a rule or message of its own.
 * @module
 */
import { fieldsOf } from "./lookup";
import type { Catalog, FieldSpec } from "./types";

/** Name of the very hidden sheet that holds one column per distinct enumeration. */
export const LIST_SHEET = "_lists";

/** First and last day accepted by date columns (spec: 1990-01-01..2100-12-31), ISO. */
export const DATE_BOUNDS = { min: "1990-01-01", max: "2100-12-31" } as const;

/** Excel's limits on validation texts (longer ones make Excel repair the file). */
export const VALIDATION_TEXT_LIMITS = { title: 32, message: 255 } as const;

/** Comparison of a rule: `between` min and max, `atLeast` min, `atMost` max (inclusive). */
export type RuleOperator = "between" | "atLeast" | "atMost";

/** One native validation rule, host-neutral. */
export type NativeRule =
  /** Dropdown: values from `listRange` (absolute, on the list sheet, e.g. `'_lists'!$A$1:$A$9`). */
  | { readonly kind: "list"; readonly listRange: string; readonly values: readonly string[] }
  /** Whole number (`whole`) or any number (`decimal`) compared with min/max. */
  | { readonly kind: "whole" | "decimal"; readonly operator: RuleOperator; readonly min?: number; readonly max?: number }
  /** Date between two ISO days. */
  | { readonly kind: "date"; readonly operator: "between"; readonly min: string; readonly max: string }
  /** Text of at most `max` characters. */
  | { readonly kind: "textLength"; readonly operator: "atMost"; readonly max: number };

/** A rule with its Chinese texts: blanks allowed, input prompt shown, stop-style error alert. */
export interface NativeValidation {
  readonly rule: NativeRule;
  /** Input prompt title (the header, ≤ 32 characters) and message (≤ 255). */
  readonly prompt: { readonly title: string; readonly message: string };
  /** Stop-style error alert title (≤ 32) and message (≤ 255). */
  readonly error: { readonly title: string; readonly message: string };
}

/** One column of the list sheet: an enumeration's values from row 1 down. */
export interface ListColumn {
  /** 1-based column on the list sheet. */
  readonly col: number;
  readonly values: readonly string[];
  /** Absolute range formula without `=` (`'_lists'!$A$1:$A$9`). */
  readonly range: string;
}

const clip = (text: string, max: number): string => (text.length > max ? text.slice(0, max - 1) + "…" : text);

const letters = (col: number): string => {
  let s = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
};

/** A sheet name as a formula prefix: always quoted (`'_lists'!`), which Excel and LibreOffice accept. */
export function quotedSheetRef(name: string): string {
  return `'${name.replace(/'/g, "''")}'!`;
}

const listKey = (values: readonly string[]): string => values.join("\u0001");

/**
 * The list sheet's layout: one column per distinct enumeration of the catalog, in catalog order
 * (form items and ledger columns alike), values from row 1 down.
 */
export function listColumns(catalog: Catalog): readonly ListColumn[] {
  const seen = new Map<string, ListColumn>();
  for (const sheet of catalog.sheets) {
    for (const field of fieldsOf(sheet)) {
      if (field.type !== "enum" || !field.values?.length) continue;
      const key = listKey(field.values);
      if (seen.has(key)) continue;
      const col = seen.size + 1;
      const l = letters(col);
      seen.set(key, { col, values: field.values, range: `${quotedSheetRef(LIST_SHEET)}$${l}$1:$${l}$${field.values.length}` });
    }
  }
  return [...seen.values()];
}

/** Chinese input prompt: the catalog's `prompt` if any, else one generated from the type. */
export function promptFor(field: FieldSpec): string {
  if (field.prompt) return field.prompt;
  const unit = field.unit ? `，单位：${field.unit}` : "";
  switch (field.type) {
    case "enum":
      return "请从下拉列表中选择";
    case "int":
      return field.max !== undefined ? `整数，${field.min ?? 0}至${field.max}${unit}` : `整数${unit}${(field.min ?? 0) > 0 ? `，不小于${field.min}` : ""}`;
    case "num":
      return `数字，可带小数${unit}`;
    case "date":
      return "日期，如2023/6/5";
    default:
      return `文字，不超过${field.maxLength ?? VALIDATION_TEXT_LIMITS.message}个字`;
  }
}

function ruleAndError(field: FieldSpec, lists: readonly ListColumn[]): { rule: NativeRule; error: string } | undefined {
  const min = field.min ?? 0;
  const max = field.max;
  const unit = field.unit ? `（单位：${field.unit}）` : "";
  switch (field.type) {
    case "formula":
      return undefined;
    case "enum": {
      const list = lists.find((l) => listKey(l.values) === listKey(field.values ?? []));
      if (!list) throw new Error(`no list column for enum ${field.id}`);
      return { rule: { kind: "list", listRange: list.range, values: list.values }, error: `请从下拉列表中选择${field.header}，不要手工输入其他内容` };
    }
    case "int":
    case "num": {
      const kind = field.type === "int" ? "whole" : "decimal";
      const noun = field.type === "int" ? "整数" : "数字";
      return max !== undefined
        ? { rule: { kind, operator: "between", min, max }, error: `请输入${min}至${max}之间的${noun}` }
        : { rule: { kind, operator: "atLeast", min }, error: `请输入不小于${min}的${noun}${unit}，不要带单位或文字` };
    }
    case "date":
      return { rule: { kind: "date", operator: "between", min: DATE_BOUNDS.min, max: DATE_BOUNDS.max }, error: "请输入1990年1月1日至2100年12月31日之间的日期，如2023/6/5" };
    default: {
      const limit = field.maxLength ?? VALIDATION_TEXT_LIMITS.message;
      return { rule: { kind: "textLength", operator: "atMost", max: limit }, error: `最多${limit}个字，请精简内容` };
    }
  }
}

/**
 * The native validation of one field, or undefined for formula columns.
 * enum → list from the list sheet; int → whole ≥ min (between min and max when max is set);
 * num → decimal likewise; date → between 1990-01-01 and 2100-12-31; text/phone → length ≤ maxLength.
 * @throws Error when an enum has no list column (programmer error: pass `listColumns(catalog)`).
 * @example nativeValidationFor(columnById(ledgerById(standardV1, "rectification"), "found"), listColumns(standardV1))?.rule
 *   // { kind: "whole", operator: "atLeast", min: 0 }
 */
export function nativeValidationFor(field: FieldSpec, lists: readonly ListColumn[]): NativeValidation | undefined {
  const found = ruleAndError(field, lists);
  if (!found) return undefined;
  const { title, message } = VALIDATION_TEXT_LIMITS;
  return {
    rule: found.rule,
    prompt: { title: clip(field.header, title), message: clip(promptFor(field), message) },
    error: { title: clip(`${field.header}填写有误`, title), message: clip(found.error, message) },
  };
}
