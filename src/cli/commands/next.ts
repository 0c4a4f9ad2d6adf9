/**
 * `campaign-ledger next IN.xlsx -o OUT.xlsx [--period 下半年] [--year 2024]` (开始下一期, issue #17):
 * the next period's workbook from this one, on a copy. The input is brought to the current
 * standard first (as `upgrade` does: no value moves), then the core's `startNextPeriod` says what
 * is carried and cleared and the xlsx adapter moves the cells and writes 上期指标. Prints the new
 * period, what was carried, and every thing not carried. A 专项 workbook needs `--period` (exit 2); a
 * file that is no standard ledger gets `check`'s line for it (exit 2, `--force` or not).
 * @module
 */
import { parseArgs } from "node:util";
import { analyseLedger, formatSerialDate, reportPeriodLabel, standardV1, ymdFromSerial } from "../../core";
import { readWorkbook } from "../../adapters/xlsx/read-workbook";
import { nextPeriodFile } from "../../adapters/xlsx/next-period";
import type { Io } from "../main";
import { UsageError } from "../files";
import { notStandardLine } from "../format";
import { writeOutput } from "./output";
import { inputAndOutput } from "./write-back";

/** `--year 2024` as a number (anything else is handed to the core, which refuses it in Chinese). */
function yearOption(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  return /^\s*\d+\s*$/u.test(text) ? Number(text) : Number.NaN;
}

/** Runs `next`; returns the exit code (0, or 2 through a thrown UsageError / LedgerFileError). */
export async function nextCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { output: { type: "string", short: "o" }, period: { type: "string" }, year: { type: "string" }, force: { type: "boolean" } },
    allowPositionals: true,
  });
  const { input, bytes, output } = inputAndOutput("next", positionals, values.output);
  const result = await nextPeriodFile(bytes, standardV1, { ...(values.period !== undefined ? { period: values.period.trim() } : {}), ...(values.year !== undefined ? { year: yearOption(values.year) } : {}), ...(values.force ? { override: true } : {}) });
  if (!result.ok) {
    // No standard ledger: the line `check` gives for it (new-user test: not errors on cells of a 基本信息 it lacks).
    if (result.reason === "not-standard" && result.missing) throw new UsageError(notStandardLine(result.missing, input));
    if (result.reason === "errors") {
      io.err(`${result.message}（用 campaign-ledger check ${input} 查看；确需照此开始下一期，可加 --force。）\n`);
      return 1;
    }
    if (result.reason === "period-needed") {
      // An example that works: the period after a 专项 of the workbook's own year (new-user test 10, D15: not `--year 2024`).
      const facts = analyseLedger(await readWorkbook(bytes)).facts;
      const year = facts.profile.year ?? new Date().getFullYear();
      const end = facts.period ? ymdFromSerial(facts.period.end) : undefined;
      const example = end && end.m > 6 ? `--period 上半年 --year ${end.y + 1}` : `--period 下半年 --year ${end?.y ?? year}`;
      // One sentence: the core's reason, then how to give the period here (new-user test 32, D26).
      throw new UsageError(`${result.message.replace(/。$/u, "")}，请用 --period 和 --year 指定下一期，如 campaign-ledger next ${input} -o ${output} ${example}。`);
    }
    throw new UsageError(result.message);
  }
  const { next, upgrade } = result;
  writeOutput(output, result.bytes, { say: (s) => io.err(s) });
  const after = result.findings;
  const errors = after.filter((f) => f.severity === "error").length;
  const when = next.period === "全年" ? `${next.year}年` : reportPeriodLabel(next.year, next.period, next.start);
  const days = next.start !== undefined && next.end !== undefined ? `${formatSerialDate(next.start)}至${formatSerialDate(next.end)}` : "起始日期和截止日期请在基本信息中填写";
  const lines = [`已开始下一期：${when}（${days}），写入 ${output}（原文件未改动）。`];
  const versionStep = upgrade.actions.find((a) => a.startsWith("从标准台账"));
  if (versionStep) lines.push(`  ${versionStep}`);
  const c = next.carried;
  // Only what is carried: never `志愿服务队伍0支` (new-user test 25, D30).
  const carried = [
    c.standing ? `${c.standingKinds.join("、")}${c.standing}行` : "", c.teams ? `志愿服务队伍${c.teams}支` : "",
    c.problems ? `未整改到位的问题${c.problems}行（标为上期遗留）` : "", c.plans ? `下一步打算${c.plans}条（改为上期打算，待填落实情况）` : "",
  ].filter(Boolean);
  lines.push(`结转：${carried.length ? carried.join("，") : "无"}；本期指标数字存入“${next.previousSheet.name}”表。`);
  // Rows dated inside the new period, carried as they are (new-user test 34, D6).
  lines.push(...c.ahead.map((n) => `  ${n}`));
  if (next.notCarried.length) {
    lines.push(`未结转 ${next.notCarried.length} 项：`);
    lines.push(...next.notCarried.map((n) => `  ${n}`));
  }
  // A carried plan the summary will not print, named at its cell to rewrite now (new-user test 49, D11).
  lines.push(...c.spokenPlans.map((n) => `请注意：${n}`));
  lines.push(`新台账：${errors}个错误、${after.length - errors}个提示（用 campaign-ledger check ${output} 查看）。`);
  io.out(`${lines.join("\n")}\n`);
  if (upgrade.problems.length) io.err(`${upgrade.problems.map((p) => `未能修复：${p}`).join("\n")}\n`);
  return 0;
}
