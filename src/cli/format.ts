/**
 * How the CLI prints findings: one line each, errors first (text), or the JSON contract
 * `{"findings":[{"severity","sheet","cell","rule","message"}]}`.
 * @module
 */
import { ACTIONS, notStandardSheets, type Finding } from "../core";

const label = { error: "错误", warning: "提示" } as const;

/** The command of each action a core message names by its button (“生成或修复标准表”, “规范数据”). */
const COMMANDS: readonly (readonly [string, string])[] = [
  [`“${ACTIONS.repair}”`, "campaign-ledger upgrade 台账.xlsx -o 新文件.xlsx"],
  [`“${ACTIONS.fix}”`, "campaign-ledger fix 台账.xlsx -o 新文件.xlsx"],
];

/**
 * A finding's message as the CLI prints it: the core's, with the command of each action it names
 * added after the action (`用“生成或修复标准表”（命令行：campaign-ledger upgrade …）补上`). The core
 * names no command line (issue #12 §1); `--json` keeps the core's message.
 */
export function cliMessage(message: string): string {
  return COMMANDS.reduce((m, [action, command]) => m.replace(action, `${action}（命令行：${command}）`), message);
}

/** One finding as a line: `错误 宣传投放!C5 [value.not-number] “数量”应填数字…`. */
export function findingLine(f: Finding): string {
  const where = f.cell ? `${f.sheet}!${f.cell}` : f.sheet;
  return `${label[f.severity]} ${where} [${f.rule}] ${cliMessage(f.message)}`;
}

/** How many findings of one rule on one sheet the text form lists before it counts the rest. */
export const LINES_PER_RULE = 20;

/**
 * Lines for a list of findings plus a count line. Of one rule on one sheet, the first
 * {@link LINES_PER_RULE} are listed and the rest counted (`……“宣传投放”另有380处同类问题（value.as-text）`);
 * `--json` always lists every finding.
 */
export function findingsText(findings: readonly Finding[]): string {
  const errors = findings.filter((f) => f.severity === "error").length;
  const seen = new Map<string, number>();
  const lines: string[] = [];
  // A workbook that is no standard ledger is said so first (check, main.ts), pointing to `import`: its sheets' missing
  // standard headers are not listed as things to restore (new-user test 17, D18). `--json` lists them all.
  const missing = notStandardSheets(findings);
  // Nor are the generated sheets said to be missing `不影响校验和总结` after `这不是标准台账` (new-user test 27, D18).
  const notSaid = new Set(["sheet.missing", "sheet.headers-not-found", "sheet.generated-missing"]);
  const listed = missing ? findings.filter((x) => !notSaid.has(x.rule)) : findings;
  for (const f of listed) {
    const key = `${f.sheet}\u0000${f.rule}`;
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    if (n <= LINES_PER_RULE) lines.push(findingLine(f));
  }
  for (const [key, n] of seen) {
    const [sheet, rule] = key.split("\u0000");
    if (n > LINES_PER_RULE) lines.push(`……“${sheet}”另有${n - LINES_PER_RULE}处同类问题（${rule}），完整列表请用 --json 查看`);
  }
  // The count says what the errors are when the missing sheets were said in one sentence (new-user test 22, D12).
  const sheetsMissing = missing ? findings.filter((x) => x.severity === "error" && (x.rule === "sheet.missing" || x.rule === "sheet.renamed" || x.rule === "sheet.headers-not-found")).length : 0;
  const errorsText = sheetsMissing && sheetsMissing === errors ? `${errors}个错误（即缺少的${sheetsMissing}个工作表）` : `${errors}个错误`;
  const warnings = listed.filter((f) => f.severity === "warning").length;
  lines.push(findings.length ? `共${errorsText}${warnings ? `、${warnings}个提示` : ""}。` : "未发现问题。");
  return `${lines.join("\n")}\n`;
}

/**
 * The CLI's one line for a workbook that is no standard ledger (`notStandardSheets`), with the command for
 * each case (`import` for the office's own sheets, `upgrade` for a ledger short of a sheet or two): said by `check`
 * before its findings, by `next` instead of starting the next period and by a refused `summarize`. `refused`: what
 * was not done (`，未生成总结`).
 */
export function notStandardLine(missing: readonly string[], input: string, refused = ""): string {
  return `这不是标准台账：缺少${missing.slice(0, 2).join("、")}${missing.length > 2 ? `等${missing.length}个` : ""}工作表${refused}。如果是本单位自己做的表格，可用 campaign-ledger import ${input} -o 标准台账.xlsx 把其中的数据导入标准台账；如果是缺了几张表的标准台账，可用 campaign-ledger upgrade 补上。`;
}

/** The JSON form of `check --json`. */
export function findingsJson(findings: readonly Finding[]): string {
  return `${JSON.stringify({ findings: findings.map(({ severity, sheet, cell, rule, message }) => ({ severity, sheet, cell, rule, message })) }, null, 2)}\n`;
}
