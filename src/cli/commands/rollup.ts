/**
 * `campaign-ledger rollup A.xlsx B.xlsx … | --dir 文件夹 -o 汇总.xlsx [--unit 单位名称] [--type 单位类型] [--force]`
 * (汇总, issue #7): reads the units' workbooks one at a time (only their rows are kept), checks
 * each, and writes one standard workbook whose ledgers hold every included unit's rows with
 * 填报单位, the combining unit's 基本信息 and a 汇总 sheet. Progress and speed go to stderr, the
 * report to stdout. Exit 0: every unit included; 1: a unit left out (errors, duplicate, other
 * period, unreadable) — the file is still written; 2: unusable arguments or no usable unit.
 * @module
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { Enums, periodLabel, rollupCatalog, startRollup, type RollupResult } from "../../core";
import { readWorkbook } from "../../adapters/xlsx/read-workbook";
import { writeWorkbook } from "../../adapters/xlsx/write-workbook";
import { writeOutput } from "./output";
import { findingLine } from "../format";
import type { Io } from "../main";
import { checkOutput, ioProblem, sameFile, UsageError } from "../files";

/** The .xlsx files of a folder, by name (Excel's `~$` lock files and the output itself skipped). */
function folderFiles(dir: string, output: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(code === "ENOENT" ? `找不到文件夹：${dir}` : code === "ENOTDIR" ? `${dir} 不是文件夹。` : `无法读取文件夹 ${dir}（${code ?? "未知错误"}）。`);
  }
  return names
    .filter((n) => /\.xlsx$/iu.test(n) && !n.startsWith("~$"))
    .sort((a, b) => a.localeCompare(b, "zh-CN"))
    .map((n) => join(dir, n))
    .filter((p) => resolve(p) !== resolve(output) && statSync(p).isFile());
}

/** A finding of the core in the CLI's words: the CLI's own override said where a unit is left out for its errors. */
const cliMessage = (f: RollupResult["findings"][number]): string => (f.rule === "rollup.unit-errors" ? `${f.message.replace(/。$/u, "")}，或加 --force 强制汇总。` : f.message);

/** Seconds with one decimal. */
const secs = (ms: number): string => (ms / 1000).toFixed(1);

/**
 * The report printed on stdout: what was written, then every unit left out with its reasons; `twice`: the files named
 * more than once, read once (said under 提示 too, not only on stderr: new-user test 26, D11).
 */
function report(result: RollupResult, output: string, unitName: string, twice: readonly string[] = []): string {
  const included = result.units.filter((u) => u.status === "included" || u.status === "forced").length;
  const period = periodLabel(result.year, result.period, result.month);
  // The combining unit's own ledger is copied in as its own work (new-user test 45, D13): no unit, never 未汇总.
  const own = result.units.filter((u) => u.status === "own").length;
  // Units whose ledgers are all empty did not report: listed apart, never counted among the units rolled up (new-user test 47, D10).
  const empty = result.findings.filter((f) => f.rule === "rollup.empty");
  const lines = [`已写入汇总台账：${output}（${unitName || "单位名称待填"}${period ? `，${period}` : ""}，汇总${included}个单位${own ? "及本单位自己的台账" : ""}，共${result.rows}行）`];
  const problems = result.findings.filter((f) => f.severity === "error");
  // Units left out first under their heading, then the 提示 (forced units among them) under theirs (new-user test 13, D8).
  const notes = result.findings.filter((f) => f.severity !== "error" && f.rule !== "rollup.empty");
  if (problems.length) lines.push(`未汇总${result.units.length - included - own - empty.length}个：`);
  const says = (f: RollupResult["findings"][number]): void => {
    lines.push(`  ${cliMessage(f)}`);
    if (f.rule === "rollup.unit-errors" || f.rule === "rollup.forced") {
      const unit = result.units.find((u) => u.label === f.unit);
      for (const finding of unit?.errorFindings ?? []) lines.push(`      ${findingLine(finding)}`);
    }
  };
  problems.forEach(says);
  if (empty.length) lines.push(`未填报（台账为空）${empty.length}个：`, ...empty.map((f) => `  ${f.message}`));
  if (notes.length) lines.push("提示：");
  notes.forEach(says);
  if (twice.length && !notes.length) lines.push("提示：");
  for (const f of twice) lines.push(`  “${basename(f)}”指定了两次，只汇总一次。`);
  if (!unitName) lines.push("提示：未用 --unit 指定汇总单位名称，请在汇总台账的“基本信息”中填写单位名称后再生成总结。");
  return `${lines.join("\n")}\n`;
}

/** Runs `rollup`; returns the exit code (2 through a thrown UsageError). */
export async function rollupCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      output: { type: "string", short: "o" },
      dir: { type: "string" },
      unit: { type: "string" },
      type: { type: "string" },
      force: { type: "boolean" },
    },
    allowPositionals: true,
  });
  if (!values.output) throw new UsageError("请用 -o 指定汇总台账的输出文件，如 campaign-ledger rollup --dir 各社区台账 -o 汇总.xlsx");
  // Without --type, the core takes it from --unit (青山镇人民政府 → 乡镇) or the units (new-user test 7, D9).
  const unitType = values.type;
  if (unitType !== undefined && !(Enums.unitType as readonly string[]).includes(unitType)) throw new UsageError(`--type 应为${Enums.unitType.join("、")}之一，收到“${unitType}”。${/^[县区市]/u.test(unitType) ? "县、区、市一级的汇总请选“机关部门”（如县文明办）。" : ""}`);
  const named = [...positionals, ...(values.dir !== undefined ? folderFiles(values.dir, values.output) : [])];
  // A file named twice (by hand, or by hand and through --dir) is read once.
  const files = named.filter((f, i) => named.findIndex((g) => sameFile(f, g)) === i);
  const twice = named.filter((f, i) => named.findIndex((g) => sameFile(f, g)) !== i).filter((f, i, all) => all.findIndex((g) => sameFile(f, g)) === i);
  for (const f of twice) io.err(`（${f} 指定了两次，只读取一次）\n`);
  // An empty folder is said as such, not as a missing --dir (new-user test 36 D10).
  if (!files.length && values.dir !== undefined && !positionals.length) throw new UsageError(`文件夹 ${values.dir} 中没有台账文件（.xlsx）。请把各单位的台账放进这个文件夹，或直接列出台账文件。`);
  if (!files.length) throw new UsageError("请指定要汇总的台账文件，或用 --dir 指定存放台账的文件夹。");
  checkOutput(values.output, { inputs: files, ext: ".xlsx" });

  const unitName = values.unit?.trim() ?? "";
  const builder = startRollup({ unitName, unitType, force: values.force === true });
  const started = Date.now();
  const step = Math.max(1, Math.ceil(files.length / 20));
  for (const [i, file] of files.entries()) {
    const label = basename(file);
    let bytes: Uint8Array | undefined;
    try {
      bytes = readFileSync(file);
    } catch (e) {
      builder.addUnreadable(label, `无法读取文件：${ioProblem((e as NodeJS.ErrnoException).code)}`);
    }
    if (bytes) {
      try {
        builder.add(label, await readWorkbook(bytes), modifiedTime(file));
      } catch (e) {
        builder.addUnreadable(label, e instanceof Error ? e.message.split("\n")[0] : String(e));
      }
    }
    if ((i + 1) % step === 0 || i + 1 === files.length) io.err(`已读取 ${i + 1}/${files.length} 个台账（${secs(Date.now() - started)}秒）\n`);
  }
  const read = Date.now();
  const result = builder.finish();
  if (result.exitCode === 2) {
    // Nothing rolled up, for their errors too (the period is the one most units share; new-user test 43, D8): `--force` is said here as well.
    for (const f of result.findings) io.err(`${cliMessage(f)}\n`);
    io.err("没有可汇总的台账，未生成汇总台账。\n");
    return 2;
  }
  const catalog = rollupCatalog();
  writeOutput(values.output, await writeWorkbook(catalog, { ...result.content, extraSheets: [result.summary] }), { say: (s) => io.err(s) });
  const done = Date.now();
  // The name the 汇总台账 carries: the own ledger's full 单位名称 when it was recognised (new-user test 57, D2).
  const typedName = result.content.profile["单位名称"];
  io.out(report(result, values.output, typeof typedName === "string" && typedName ? typedName : unitName, twice));
  const rate = files.length / Math.max(0.001, (done - started) / 1000);
  io.err(`汇总完成：${files.length}个台账，读取${secs(read - started)}秒，写入${secs(done - read)}秒，平均每秒${rate.toFixed(1)}个台账\n`);
  return result.exitCode;
}

/** The file's modification time (ms since 1970), or undefined when it cannot be read. */
function modifiedTime(file: string): number | undefined {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return undefined;
  }
}
