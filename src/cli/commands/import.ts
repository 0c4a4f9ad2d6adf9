/**
 * `campaign-ledger import 旧台账.xlsx [更多文件…] -o 标准台账.xlsx [--unit --type --year --period]
 * [--mapping m.json] [--save-mapping m.json] [--json]` (导入已有台账, issue #16): reads an office's
 * own workbooks (.xlsx, .xls, or .csv in UTF-8 or GBK), calls the core's `importLedgers` and writes the
 * standard workbook through the template writer, so the result passes `check`. Prints the mapping
 * with its confidences and the accounting of every non-empty source cell in Chinese (`--json`: the
 * same, machine-readable). The source files are only read. Exit 0 written; 1 written, but the new
 * workbook has errors; 2 unusable input, a missing profile option (named), a WPS .et file. Old .xls
 * workbooks are read through SheetJS (read-xls.ts).
 * @module
 */
import { readFileSync } from "node:fs";
import { basename, extname } from "node:path";
import { parseArgs } from "node:util";
import { analyseLedger, importLedgers, importReport, mappingProblem, parseMapping, profileOptionProblem, standardV1, type ImportOptions, type ImportSource } from "../../core";
import { readWorkbook } from "../../adapters/xlsx/read-workbook";
import { readCsv } from "../../adapters/xlsx/read-csv";
import { readXls } from "../../adapters/xlsx/read-xls";
import { writeWorkbook } from "../../adapters/xlsx/write-workbook";
import type { Io } from "../main";
import { checkOutput, ioProblem, readInput, UsageError, writeOutput } from "../files";

/** The option that gives each profile field. */
const OPTION_OF: Readonly<Record<string, string>> = { 单位名称: "--unit", 单位类型: "--type", 报告年度: "--year", 报告期: "--period" };

/** One source file read into a snapshot (.xlsx, .xls, .csv/.txt); .et refused with what to do. @throws UsageError, LedgerFileError */
async function readSource(path: string): Promise<ImportSource & { readonly note?: string }> {
  const ext = extname(path).toLowerCase();
  const label = basename(path);
  if (ext === ".et" || ext === ".ett") throw new UsageError(`${label} 是 WPS 表格文件（.et），无法直接导入：请在 WPS 中“另存为”Excel 工作簿（.xlsx）后再导入。`);
  const bytes = readInput(path);
  // .xls through SheetJS (read-xls.ts: @e965/xlsx 0.20.3, and why); an .xlsx saved with the wrong extension is read as .xlsx.
  if (ext === ".xls" && !(bytes[0] === 0x50 && bytes[1] === 0x4b)) return { label, snapshot: readXls(bytes), note: `${label}：按旧版 Excel 97-2003 (.xls) 工作簿读取` };
  if (ext === ".csv" || ext === ".txt") {
    const { snapshot, encoding } = readCsv(bytes, basename(path, extname(path)));
    return { label, snapshot, note: `${label}：按${encoding === "gb18030" ? "GBK" : encoding.toUpperCase()}编码读取` };
  }
  return { label, snapshot: await readWorkbook(bytes) };
}

/** `--year 2024` as a number; anything else is refused. @throws UsageError */
function yearOf(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\s*\d{4}\s*$/u.test(text)) throw new UsageError(`--year 应是四位年份，如 2024，收到“${text}”。`);
  return Number(text);
}

/** Runs `import`; returns the exit code (2 through a thrown UsageError / LedgerFileError). */
export async function importCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      output: { type: "string", short: "o" },
      unit: { type: "string" },
      type: { type: "string" },
      year: { type: "string" },
      period: { type: "string" },
      mapping: { type: "string" },
      "save-mapping": { type: "string" },
      json: { type: "boolean" },
    },
    allowPositionals: true,
  });
  if (!positionals.length) throw new UsageError("请指定要导入的台账文件，如 campaign-ledger import 旧台账.xlsx -o 标准台账.xlsx");
  if (!values.output) throw new UsageError("请用 -o 指定输出的标准台账文件，如 campaign-ledger import 旧台账.xlsx -o 标准台账.xlsx");
  const saveMapping = values["save-mapping"];
  checkOutput(values.output, { inputs: [...positionals, ...(values.mapping ? [values.mapping] : [])], ext: ".xlsx" });
  if (saveMapping) checkOutput(saveMapping, { inputs: [...positionals, values.output], ext: ".json" });
  const options: ImportOptions = {
    ...(values.unit !== undefined ? { unitName: values.unit.trim() } : {}),
    ...(values.type !== undefined ? { unitType: values.type.trim() } : {}),
    ...(values.year !== undefined ? { year: yearOf(values.year) } : {}),
    ...(values.period !== undefined ? { period: values.period.trim() } : {}),
  };
  const problem = profileOptionProblem(options);
  if (problem) throw new UsageError(problem);
  let mapping;
  if (values.mapping !== undefined) {
    let text: string;
    try {
      text = readFileSync(values.mapping, "utf8");
    } catch (e) {
      throw new UsageError(`无法读取映射文件 ${values.mapping}：${ioProblem((e as NodeJS.ErrnoException).code)}。`);
    }
    const parsed = parseMapping(text, values.mapping);
    if (!parsed.ok) throw new UsageError(parsed.message);
    const problem = mappingProblem(standardV1, parsed.mapping, values.mapping);
    if (problem) throw new UsageError(problem);
    mapping = parsed.mapping;
  }
  const sources = [];
  for (const path of positionals) sources.push(await readSource(path));
  const outcome = importLedgers(sources, { ...options, ...(mapping ? { mapping } : {}) });
  const { result } = outcome;
  if (!result.ok) {
    // Every input and option the user gave, so that the command copied imports the same (new-user test 55, D19).
    const given = [...(values.mapping !== undefined ? ["--mapping", values.mapping] : []), ...Object.entries({ "--unit": values.unit, "--type": values.type, "--year": values.year, "--period": values.period }).flatMap(([k, v]) => (v !== undefined ? [k, v] : []))];
    const named = result.missing.map((m) => `${m}（${OPTION_OF[m] ?? m}）`).join("、");
    throw new UsageError(`缺少${named}：各表标题和日期中读不出，请用选项指定，如 campaign-ledger import ${[...positionals, ...given].join(" ")} -o ${values.output} ${result.missing.map((m) => `${OPTION_OF[m]} …`).join(" ")}`);
  }
  const bytes = await writeWorkbook(standardV1, result.content);
  writeOutput(values.output, bytes, { inputs: positionals, ext: ".xlsx", say: (s) => io.err(s) });
  if (saveMapping) writeOutput(saveMapping, `${JSON.stringify(outcome.mapping, null, 2)}\n`, { inputs: positionals, ext: ".json" });
  const check = analyseLedger(await readWorkbook(bytes));
  if (values.json) {
    io.out(`${JSON.stringify({ output: values.output, proposal: outcome.proposal, mapping: outcome.mapping, result: { missing: result.missing, findings: result.findings, guesses: result.guesses, cells: result.cells }, check: { errors: check.errors, warnings: check.warnings } }, null, 2)}\n`);
  } else {
    const notes = sources.flatMap((s) => (s.note ? [s.note] : []));
    const lines = [`已导入：${sources.map((s) => s.label).join("、")} → ${values.output}（原文件未改动）。`, ...notes, ...importReport(outcome)];
    if (saveMapping) lines.push(`映射已保存：${saveMapping}（下次用 --mapping ${saveMapping} 导入同样格式的表）。`);
    lines.push(`新台账：${check.errors}个错误、${check.warnings}个提示（用 campaign-ledger check ${values.output} 查看）。`);
    io.out(`${lines.join("\n")}\n`);
  }
  return check.errors ? 1 : 0;
}
