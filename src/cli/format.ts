/**
 * How the CLI prints findings: one line each, errors first (text), or the JSON contract
 * `{"findings":[{"severity","sheet","cell","rule","message"}]}`.
 * @module
 */
import type { Finding } from "../core";

const label = { error: "错误", warning: "提示" } as const;

/** One finding as a line: `错误 宣传投放!C5 [value.not-number] “数量”应填数字…`. */
export function findingLine(f: Finding): string {
  const where = f.cell ? `${f.sheet}!${f.cell}` : f.sheet;
  return `${label[f.severity]} ${where} [${f.rule}] ${f.message}`;
}

/** Lines for a list of findings plus a count line. */
export function findingsText(findings: readonly Finding[]): string {
  const errors = findings.filter((f) => f.severity === "error").length;
  const lines = findings.map(findingLine);
  lines.push(findings.length ? `共${errors}个错误、${findings.length - errors}个提示。` : "未发现问题。");
  return `${lines.join("\n")}\n`;
}

/** The JSON form of `check --json`. */
export function findingsJson(findings: readonly Finding[]): string {
  return `${JSON.stringify({ findings: findings.map(({ severity, sheet, cell, rule, message }) => ({ severity, sheet, cell, rule, message })) }, null, 2)}\n`;
}
