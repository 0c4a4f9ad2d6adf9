/**
 * `campaign-ledger`: the headless shell around the core (template, check, summarize).
 * Contract (foundation issue): results on stdout, problems on stderr; exit 0 success, 1 the
 * workbook has errors (or a refused export), 2 unusable input or arguments — one readable
 * Chinese line, never a stack trace.
 * @module
 */
import { join } from "node:path";
import { parseArgs } from "node:util";
import { compareWithPrevious, comparisonFor, documentText, monthOfReport, signOffDateLine, formatSerialDate, exportGate, notStandardSheets, readPreviousPeriod, serialFromYmd, standardV1, summariseLedger, summaryFileName, summaryLeftOut } from "../core";
import { isValidYmd, serialOfLocalDay } from "../core/normalize/date";
import { readWorkbook } from "../adapters/xlsx/read-workbook";
import { writeWorkbook } from "../adapters/xlsx/write-workbook";
import { LedgerFileError } from "../adapters/xlsx/errors";
import { writeDocx } from "../adapters/docx/write-docx";
import { findingLine, findingsJson, findingsText, notStandardLine } from "./format";

import { fixCommand } from "./commands/fix";
import { upgradeCommand } from "./commands/upgrade";
import { nextCommand } from "./commands/next";
import { importCommand } from "./commands/import";
import { rollupCommand } from "./commands/rollup";
import { loadForSummary } from "./commands/rollup-summary";

import { checkOutput, isFolder, onlyInput, readInput, UsageError, writeOutput } from "./files";

/** Checks of figures almost surely mistyped (a digit too many): echoed beside the summary that prints them. */
const IMPLAUSIBLE_RULES: ReadonlySet<string> = new Set(["value.implausible", "money.implausible", "activity.turnout-implausible", "volunteer.members-implausible"]);

export { UsageError };

/** Streams the CLI writes to; injectable for tests. */
export interface Io {
  readonly out: (s: string) => void;
  readonly err: (s: string) => void;
}

const usage = `用法：
  campaign-ledger template -o 文件.xlsx [--force]      生成空白标准台账（已有同名文件时需 --force 才覆盖）
  campaign-ledger check 文件.xlsx [--json]             校验台账，列出错误和提示
  campaign-ledger summarize 文件.xlsx -o 输出.docx|目录/ [--text 输出.txt|-] [--force] [--names] [--date 2023-08-03]
                   [--previous 上期台账.xlsx] [--appendix]
                                                       生成工作总结（Word）；--previous 与上年同期（同比）
                                                       或上一期（环比）比较，--appendix 附主要指标统计表
  campaign-ledger fix 文件.xlsx -o 输出.xlsx [--json]  规范数据（文本数字、日期、空格），列出每处修改
  campaign-ledger upgrade 文件.xlsx -o 输出.xlsx       套用/修复标准表（补表、补列、重建表格和下拉列表）
  campaign-ledger next 本期台账.xlsx -o 下期台账.xlsx [--period 下半年 --year 2024] [--force]
                                                       开始下一期：结转单位信息、常设机构、志愿队伍、未整改问题
                                                       和下一步打算，本期指标存入上期指标表（专项须指定 --period）
  campaign-ledger rollup A.xlsx B.xlsx …|--dir 文件夹 -o 汇总.xlsx [--unit 单位名称] [--type 街道] [--force]
                                                       汇总各单位台账（街道、区汇总），写出汇总台账
  campaign-ledger import 旧台账.xlsx [更多文件…] -o 标准台账.xlsx [--unit 单位名称 --type 社区 --year 2023 --period 上半年]
                   [--mapping 映射.json] [--save-mapping 映射.json] [--json]
                                                       导入已有台账（.xlsx，或 UTF-8/GBK 编码的 .csv）：识别各表和各列，
                                                       写出标准台账，列出每个非空单元格的去向
退出码：0 成功；1 台账有错误（或拒绝导出）；2 文件无法读取或参数错误。
`;



/** Today (local calendar day) as an Excel serial, or the `--date` given. */
function exportDay(date: string | undefined): number {
  if (date === undefined) {
    return serialOfLocalDay(new Date());
  }
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(date);
  const ymd = m ? { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) } : undefined;
  if (!ymd || !isValidYmd(ymd)) throw new UsageError(`--date 应是一个真实的日期，写成 2023-08-03 的格式，收到“${date}”。`);
  return serialFromYmd(ymd);
}




async function template(args: string[], io: Io): Promise<number> {
  const { values } = parseArgs({ args, options: { output: { type: "string", short: "o" }, force: { type: "boolean" } }, allowPositionals: false });
  if (!values.output) throw new UsageError("请用 -o 指定输出文件，如 campaign-ledger template -o 标准台账.xlsx");
  writeOutput(values.output, await writeWorkbook(standardV1), { ext: ".xlsx", overwrite: values.force === true });
  io.out(`已生成空白标准台账：${values.output}\n`);
  return 0;
}

async function check(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({ args, options: { json: { type: "boolean" } }, allowPositionals: true });
  const input = onlyInput(positionals);
  const { analysis } = await loadForSummary(readInput(input)); // a roll-up is checked with 填报单位 (#7)
  // "Not a standard ledger" said first, as the panes say it, with the command for each case (new-user test 8, D16).
  const missing = values.json ? undefined : notStandardSheets(analysis.findings);
  if (missing) io.out(`${notStandardLine(missing, input)}\n`);
  io.out(values.json ? findingsJson(analysis.findings) : findingsText(analysis.findings));
  return analysis.errors ? 1 : 0;
}

async function summarizeCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      output: { type: "string", short: "o" },
      text: { type: "string" },
      force: { type: "boolean" },
      names: { type: "boolean" },
      date: { type: "string" },
      previous: { type: "string" },
      appendix: { type: "boolean" },
    },
    allowPositionals: true,
  });
  if (!values.output && !values.text) throw new UsageError("请用 -o 指定输出的 .docx 文件（或目录），或用 --text 输出文字。");
  const today = exportDay(values.date);
  const input = onlyInput(positionals);
  const inputs = [input, ...(values.previous !== undefined ? [values.previous] : [])];
  if (values.output && !isFolder(values.output)) checkOutput(values.output, { inputs, ext: ".docx" });
  if (values.text && values.text !== "-") checkOutput(values.text, { inputs });
  const { analysis } = await loadForSummary(readInput(input)); // roll-up dispatch (#7) in the core
  const gate = exportGate(analysis, values.force === true);
  // No summary of a file that is no ledger, or of ledgers with nothing in them, --force or not (new-user test 25, D18, D24):
  // --force overrides errors in a ledger, never the lack of one.
  if (gate.refused?.reason === "not-standard") {
    throw new UsageError(notStandardLine(gate.refused.missing, input, `，未生成总结${values.force ? "（--force 只用于有错误的标准台账）" : ""}`));
  }
  if (gate.refused?.reason === "empty") {
    io.err("各台账都没有数据，未生成总结。请先填写台账。\n");
    return 1;
  }
  if (gate.blocked) {
    io.err(findingsText(gate.errors));
    io.err("台账有错误，未生成总结。请改正后重试，或加 --force 强制导出。\n");
    return 1;
  }
  // Figures almost surely mistyped that the summary prints as typed are said here, not only counted (new-user test 30, D7:
  // `规范流动摊点999999999处` handed in with one line `有5个提示`).
  const doubtful = analysis.findings.filter((f) => IMPLAUSIBLE_RULES.has(f.rule));
  if (doubtful.length) io.err(`（以下数字很可能输错了，总结照原样写出，请核对：）\n${doubtful.map((f) => `  ${findingLine(f)}`).join("\n")}\n`);
  // A new period with only what 开始下一期 carried is said, not only counted (new-user test 43, D21).
  for (const f of analysis.findings.filter((x) => x.rule === "workbook.carried-only")) io.err(`${f.message}\n`);
  if (analysis.warnings) io.err(`（有${analysis.warnings}个提示，可用 check 查看）\n`);
  let comparison;
  let refused = false;
  if (values.previous === undefined) {
    // No --previous: the figures 开始下一期 embedded in 上期指标 (v1.2, issue #17), when there are any.
    const embedded = comparisonFor(analysis);
    if (embedded && !embedded.ok) io.err(`（未与上期指标表比较：${embedded.message}）\n`);
    if (embedded?.ok && embedded.comparison.relation.unitNote) io.err(`提示 ${embedded.comparison.relation.unitNote}\n`);
    if (embedded?.ok) comparison = embedded.comparison;
  } else {
    const earlier = readPreviousPeriod(await readWorkbook(readInput(values.previous)));
    if (!earlier.ok) throw new UsageError(`对比台账不是标准台账（缺少${earlier.notStandard.slice(0, 2).join("、")}${earlier.notStandard.length > 2 ? "等" : ""}工作表），无法对比。`);
    if (earlier.errors) io.err(`（对比台账有${earlier.errors}个错误，比较只用其中能读取的数字）\n`);
    const compared = compareWithPrevious(analysis.facts, earlier.facts);
    // A comparison the core refuses (another unit, periods that do not relate) leaves the summary without one, as the pane
    // does: the refusal is said, the summary still written, exit 1 (new-user test 40, D19: exit 2 and no .docx at all).
    if (!compared.ok) {
      io.err(`（${compared.message.replace(/。$/u, "")}，总结未作对比。）\n`);
      refused = true;
    } else {
      if (compared.comparison.relation.unitNote) io.err(`提示 ${compared.comparison.relation.unitNote}\n`);
      comparison = compared.comparison;
    }
  }
  // A sign-off date before the period ends is said, never signed silently (new-user test 24, D3); a 成文日期 typed in 基本信息
  // signs instead of --date, and that is said too.
  const early = signOffDateLine(analysis, today);
  if (early) io.err(`${early}请核对：可用 --date 指定成文日期，或在基本信息中填写“成文日期”。\n`);
  const typedDocDate = analysis.workbook.profile.docDate?.value;
  if (values.date !== undefined && typeof typedDocDate === "number" && typedDocDate !== today) {
    io.err(`（基本信息中已填写成文日期${formatSerialDate(typedDocDate)}，落款用它，--date ${values.date} 未采用）\n`);
  }
  const { document } = summariseLedger(analysis, {
    includeNames: values.names === true, today, appendix: values.appendix === true, ...(comparison ? { comparison } : {}),
  });
  for (const line of summaryLeftOut(analysis, document)) io.err(`（${line}）\n`);
  if (values.output) {
    let target = values.output;
    if (isFolder(target)) {
      target = join(target, summaryFileName(analysis.facts.profile, monthOfReport(analysis.facts)));
    }
    writeOutput(target, await writeDocx(document), { inputs, ext: ".docx", say: (s) => io.err(s) });
    // With `--text -` stdout is the narrative alone (piped into a file, a status line would be its first line: new-user test
    // 45, D22); the status goes to stderr then.
    (values.text === "-" ? io.err : io.out)(`已生成：${target}\n`);
  }
  if (values.text === "-") io.out(documentText(document));
  else if (values.text) writeOutput(values.text, documentText(document), { inputs, say: (s) => io.err(s) });
  return refused ? 1 : 0;
}

/** A Chinese reading of node:util parseArgs errors. */
function argsMessage(e: Error): string {
  const option = /'([^']+)'/u.exec(e.message)?.[1] ?? "";
  const code = (e as NodeJS.ErrnoException).code;
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") return `不认识的选项 ${option}`;
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") return `选项 ${option.split(" ")[0].replace(/,$/u, "")} 缺少取值`;
  if (code === "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL") return `多余的参数 ${option}`;
  return e.message.split("\n")[0];
}

/** The usage lines of one command (its line and the indented lines after it), or undefined for an unknown one. */
function commandUsage(command: string): string | undefined {
  const lines = usage.split("\n");
  const start = lines.findIndex((l) => l.startsWith(`  campaign-ledger ${command} `));
  if (start < 0) return undefined;
  const end = lines.findIndex((l, i) => i > start && !/^ {4,}/u.test(l));
  return `用法：\n${lines.slice(start, end < 0 ? undefined : end).join("\n")}\n`;
}

/**
 * Runs the CLI with arguments (without `node` and the script) and returns the exit code.
 * Never throws: every failure becomes a Chinese line on `io.err` and exit 2.
 */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  // `campaign-ledger import --help`: that command's lines of the usage, as a user who tries it expects.
  const own = command && /^[a-z]+$/u.test(command) ? commandUsage(command) : undefined;
  if (own && rest.some((a) => a === "--help" || a === "-h")) {
    io.out(own);
    return 0;
  }
  try {
    switch (command) {
      case "template":
        return await template(rest, io);
      case "check":
        return await check(rest, io);
      case "summarize":
        return await summarizeCommand(rest, io);
      case "fix":
        return await fixCommand(rest, io);
      case "upgrade":
        return await upgradeCommand(rest, io);
      case "rollup":
        return await rollupCommand(rest, io);
      case "next":
        return await nextCommand(rest, io);
      case "import":
        return await importCommand(rest, io);
      case undefined:
      case "help":
      case "--help":
      case "-h":
        io.out(usage);
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(`未知命令“${command}”。可用命令：template、check、summarize、fix、upgrade、rollup、next、import（campaign-ledger --help 查看用法）。`);
    }
  } catch (e) {
    // An old .xls the standard commands cannot open is what `import` reads (new-user test 5, D10).
    if (e instanceof LedgerFileError && e.code === "xls" && command !== "import") io.err(`${e.message}；也可以用 campaign-ledger import 把它导入为标准台账\n`);
    else if (e instanceof UsageError || e instanceof LedgerFileError) io.err(`${e.message}\n`);
    else if (String((e as NodeJS.ErrnoException)?.code ?? "").startsWith("ERR_PARSE_ARGS")) io.err(`参数错误：${argsMessage(e as Error)}（campaign-ledger --help 查看用法）\n`);
    else io.err(`处理失败：${e instanceof Error ? e.message.split("\n")[0] : String(e)}\n`);
    return 2;
  }
}

if (require.main === module) {
  run(process.argv.slice(2), { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s) }).then((code) => {
    process.exitCode = code;
  });
}
