/**
 * The core's host-neutral validation (core/catalog/validation-rules.ts) in Office.js' JSON
 * shapes (`Excel.DataValidationRule`, `DataValidationPrompt`, `DataValidationErrorAlert`), and
 * its application to a range. Requirement set: ExcelApi 1.8.
 * @module
 */
import type { NativeRule, NativeValidation } from "../../../core/catalog";
import type { XlRange } from "../types";

const OPERATOR = { between: "Between", atLeast: "GreaterThanOrEqualTo", atMost: "LessThanOrEqualTo" } as const;

/** `Excel.DataValidationRule` for a core rule (list sources point at the hidden list sheet). */
export function officeRule(rule: NativeRule): Record<string, unknown> {
  switch (rule.kind) {
    case "list":
      return { list: { inCellDropDown: true, source: `=${rule.listRange}` } };
    case "date":
      return { date: { formula1: rule.min, formula2: rule.max, operator: OPERATOR.between } };
    case "textLength":
      return { textLength: { formula1: rule.max, operator: OPERATOR.atMost } };
    default: {
      const key = rule.kind === "whole" ? "wholeNumber" : "decimal";
      const body =
        rule.operator === "between"
          ? { formula1: rule.min, formula2: rule.max, operator: OPERATOR.between }
          : { formula1: rule.operator === "atLeast" ? rule.min : rule.max, operator: OPERATOR[rule.operator] };
      return { [key]: body };
    }
  }
}

/** The three Office.js objects of one native validation: rule, input prompt, stop-style alert. */
export function officeValidation(v: NativeValidation): { rule: Record<string, unknown>; prompt: Record<string, unknown>; errorAlert: Record<string, unknown> } {
  return {
    rule: officeRule(v.rule),
    prompt: { showPrompt: true, title: v.prompt.title, message: v.prompt.message },
    errorAlert: { showAlert: true, style: "Stop", title: v.error.title, message: v.error.message },
  };
}

/**
 * Replaces the validation of `range` (cleared first: Excel refuses a rule over a different one)
 * with `v`; blanks allowed. ExcelApi 1.8.
 */
export function applyValidation(range: XlRange, v: NativeValidation): void {
  const o = officeValidation(v);
  const dv = range.dataValidation;
  dv.clear();
  dv.rule = o.rule;
  dv.ignoreBlanks = true;
  dv.prompt = o.prompt;
  dv.errorAlert = o.errorAlert;
}
