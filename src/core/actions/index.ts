/**
 * One core call per user action (issue #12): the CLI, the Excel and Word panes and the browser
 * page read and write files or hosts and present results; which catalog a workbook is read with and
 * which narrative it gets are decided here, once. A rolled-up (汇总) workbook — its 填报单位 column
 * names more than one unit — is checked with the 填报单位 extension and gets the combined
 * street/district narrative (issue #7); any other workbook is a unit's ledger.
 * Pure: no Office, DOM or file-system types.
 * @module
 */
import { formOf, lowRegistrationRate, MONTHLY_PERIOD, standardV1, unitIdentity, withLedgerExtensions, type Catalog } from "../catalog";
import { comparePeriods, readPreviousSheet, type Comparison, type Facts, type Figure, type PreviousFigures } from "../facts";
import type { Finding } from "../validate/finding";
// From the catalog, not ./next-period: that module is then needed only where 开始下一期 runs (a lazy chunk in the pane).
import { standingOrgKinds as STANDING_KINDS } from "../catalog";
import { RollupBuilder, type RollupOptions } from "../rollup";
import type { WorkbookSnapshot } from "../grid";
import type { DocumentModel } from "../document/model";
import { analyzeWorkbook, type Analysis } from "../pipeline";
import { inferredShortcomings, numberText } from "../narrative";
import { EMPTY_REASON, guessedNameIn, isRollupWorkbook, OWN_LEDGER_REASON, SHORT_NAME_HEADER, SUMMARY_SHEET } from "../rollup";
import { cellAddress } from "../grid";
import { formatSerialDate, makeFinding } from "../validate/check-cell";
import { signedEarly, signedLate } from "../validate/period";
import { notStandardSheets } from "../validate/not-standard";
import { carriedOnly } from "../validate/cross-checks";

/** An analysis that knows how it was read: with which catalog, and whether it is a roll-up. */
export interface LedgerAnalysis extends Analysis {
  /** True for a rolled-up (汇总) workbook: its summary is the combined one. */
  readonly combined: boolean;
  /** The catalog the workbook was checked with (the standard one, with 填报单位 for a roll-up). */
  readonly catalog: Catalog;
  /**
   * v1.2: the previous period's figures embedded by 开始下一期 (sheet 上期指标), when the workbook
   * holds them: what 与上期对比 uses when no earlier workbook is given (see {@link comparisonFor}).
   */
  readonly embeddedPrevious?: PreviousFigures;
  /** A roll-up's units left out (its 汇总 sheet's 状态 `未汇总：…`), by 填报单位; absent when none. */
  readonly unitsLeftOut?: readonly string[];
  /** A roll-up's units' 单位简称 by 填报单位 (its 汇总 sheet's 单位简称 column); absent when none (new-user test 30, D10). */
  readonly unitShortNames?: Readonly<Record<string, string>>;
  /** A roll-up's units' 单位类型 by 填报单位 (its 汇总 sheet's 单位类型 column); absent when none (new-user test 41, D18). */
  readonly unitTypes?: Readonly<Record<string, string>>;
}

/**
 * 检查 (check) of a workbook snapshot: recognises a roll-up by its 填报单位 column (core rollup
 * `isRollupWorkbook`) and validates it with the 填报单位 extension, so its findings carry no
 * "not a standard column" warnings; any other workbook against `base`. Never throws for bad data.
 * @param base the standard catalog (default 标准台账 v1 and its later versions' reading rules).
 */
export function analyseLedger(snapshot: WorkbookSnapshot, base: Catalog = standardV1): LedgerAnalysis {
  const combined = isRollupWorkbook(snapshot, base);
  const catalog = combined ? rollupCatalog(base) : base;
  const read = analyzeWorkbook(snapshot, catalog);
  const leftOut = combined ? unitsLeftOutOf(snapshot) : [];
  const analysis = withFindings(leftOut.length ? withUnitsLeftOut(read, leftOut) : read, combined ? guessedUnitNames(snapshot) : []);
  const embeddedPrevious = combined ? undefined : readPreviousSheet(snapshot, catalog);
  const shortNames = combined ? unitShortNamesOf(snapshot) : {};
  const types = combined ? summaryColumnOf(snapshot, "单位类型") : {};
  const named = { ...(Object.keys(shortNames).length ? { unitShortNames: shortNames } : {}), ...(Object.keys(types).length ? { unitTypes: types } : {}) };
  if (!embeddedPrevious) {
    const inferred = combined ? [] : inferredShortcomingFindings(analysis.facts, undefined);
    return { ...withFindings(analysis, inferred), combined, catalog, ...(leftOut.length ? { unitsLeftOut: leftOut } : {}), ...named };
  }
  // A new period with nothing typed yet but what 开始下一期 carried says so (new-user test 43, D21).
  const facts = withCarriedStanding(analysis.facts);
  const compared = comparePeriods(facts, embeddedPrevious, catalog);
  // A period with nothing typed yet (carried-only) is told that, never a judgement on figures the unit has yet to type.
  const only = carriedOnly(analysis.workbook);
  const more = [...carriedBeyondPrevious(analysis.facts, embeddedPrevious), ...only, ...(only.length ? [] : inferredShortcomingFindings(facts, compared.ok ? compared.comparison : undefined))];
  return { ...withFindings(analysis, more), facts, combined, catalog, embeddedPrevious };
}

/**
 * `text.inferred-shortcoming` (new-user test 69, D10): each shortcoming the summary's 存在的不足 adds from a judgement on
 * the data (narrative inferredShortcomings: a registration rate below catalog lowRegistrationRate, a material fall since
 * the 上期指标 compared with), said at its figure's first cell with the item as printed and its basis. A summary compared
 * with another workbook (`--previous`) may tell other falls; check knows only the workbook's own 上期指标.
 */
function inferredShortcomingFindings(facts: Facts, comparison: Comparison | undefined): Finding[] {
  const fmt = (f: Figure): string => `${numberText(f.value)}${f.unit}`;
  return inferredShortcomings(facts, comparison).map((item) => {
    const [sheet, cell] = (item.members?.sources[0] ?? item.change?.current.sources[0] ?? item.sources[0] ?? "基本信息!A1").split("!");
    const read = item.kind === "lowRate"
      ? `注册志愿者${item.members ? fmt(item.members) : ""}，占常住人口的${item.rate ? numberText(Math.round(item.rate.value * 10) / 10) : ""}%`
      : item.change ? `${item.change.label}上期${fmt(item.change.previous)}，本期${fmt(item.change.current)}` : "";
    return makeFinding("text.inferred-shortcoming", sheet, cell ?? "A1", { detail: item.kind, printed: item.text, read, limit: `${lowRegistrationRate}%` });
  });
}

/** The analysis with `more` findings (warnings) after its own, counted. */
function withFindings(analysis: Analysis, more: readonly Finding[]): Analysis {
  return more.length ? { ...analysis, findings: [...analysis.findings, ...more], warnings: analysis.warnings + more.length } : analysis;
}

/**
 * `rect.carried-over-previous` (new-user test 29, D23): per 单位 (处, 起 …), the 发现数 of the 上期遗留 rows (facts
 * `rectification.carried.found`, rows with an error left out as the summary leaves them) against what the workbook's
 * 上期指标 left open: 发现问题数 − 已整改数, plus 上期遗留问题数 − 上期遗留问题已整改数 (what 开始下一期 carried). More
 * carried than was open is a row of this period marked 上期遗留 by mistake: one 提示 at the first row's 发现数, naming the
 * rows (`第3、5、6行`) and the previous figures. Nothing is said for a 单位 the previous figures do not count in, nor
 * when a figure is approximate (no exact bound to compare with).
 */
function carriedBeyondPrevious(facts: Facts, previous: PreviousFigures): Finding[] {
  const carried = facts.rectification.carried;
  if (!carried) return [];
  const figures = (id: string): readonly Figure[] => previous.indicators.find((i) => i.spec.id === id)?.figures ?? [];
  const out: Finding[] = [];
  for (const found of carried.found) {
    const inUnit = (id: string): Figure | undefined => figures(id).find((f) => f.unit === found.unit);
    const [pf, pr, cf, cr] = (["problemsFound", "problemsRectified", "carriedFound", "carriedRectified"] as const).map(inUnit);
    if ((!pf && !cf) || found.approx || [pf, pr, cf, cr].some((f) => f?.approx)) continue;
    const open = (pf?.value ?? 0) - (pr?.value ?? 0) + (cf?.value ?? 0) - (cr?.value ?? 0);
    if (found.value <= open) continue;
    const u = found.unit;
    const parts = [
      ...(pf ? [`上期发现问题${pf.value}${u}、已整改${pr?.value ?? 0}${u}`] : []),
      ...(cf ? [`上期遗留问题${cf.value}${u}、已整改${cr?.value ?? 0}${u}`] : []),
    ];
    const first = found.sources[0] ?? "";
    const bang = first.lastIndexOf("!");
    const rows = [...new Set(found.sources.map((c) => Number(c.replace(/^.*![A-Z]+/u, ""))))].sort((a, b) => a - b);
    out.push(makeFinding("rect.carried-over-previous", first.slice(0, bang), first.slice(bang + 1), {
      read: `${found.value}${u}`, limit: `${Math.max(open, 0)}${u}`, detail: parts.join("，"), list: `第${rows.join("、")}行`,
    }));
  }
  return out;
}

/**
 * A roll-up's units left out (the 汇总 sheet's 状态 `未汇总：…`): said as a 提示 at that sheet, since the combined
 * summary counts only the units included (new-user test 10, D4: `全街道2个社区` of three, with nothing to say so).
 */
function withUnitsLeftOut(analysis: Analysis, left: readonly string[]): Analysis {
  const finding = makeFinding("rollup.units-left-out", SUMMARY_SHEET, "", { list: left.join("、"), detail: String(left.length) });
  return { ...analysis, findings: [...analysis.findings, finding], warnings: analysis.warnings + 1 };
}

/** A roll-up's 汇总 sheet with the row of its 填报单位 | 状态 header and those two columns (0-based), or undefined. */
function summaryTable(snapshot: WorkbookSnapshot): { sheet: WorkbookSnapshot["sheets"][number]; header: number; unitCol: number; statusCol: number } | undefined {
  const sheet = snapshot.sheets.find((s) => s.name === SUMMARY_SHEET);
  const header = sheet?.values.findIndex((r) => r.includes("填报单位") && r.includes("状态")) ?? -1;
  if (!sheet || header < 0) return undefined;
  return { sheet, header, unitCol: sheet.values[header].indexOf("填报单位"), statusCol: sheet.values[header].indexOf("状态") };
}

/**
 * `rollup.name-from-file` (new-user test 31, D5): a unit whose blank 单位名称 the roll-up took from its file's name (its 状态 in
 * the 汇总 sheet says `单位名称按文件名…记为“…”，待核对`), said at its 填报单位 cell for as long as that cell holds the guess and
 * the note its 待核对 — the street would otherwise hand in a summary naming a file.
 */
function guessedUnitNames(snapshot: WorkbookSnapshot): Finding[] {
  const table = summaryTable(snapshot);
  if (!table) return [];
  const { sheet, header, unitCol, statusCol } = table;
  const out: Finding[] = [];
  sheet.values.forEach((r, i) => {
    const guess = i > header ? guessedNameIn(String(r[statusCol] ?? "")) : undefined;
    if (!guess || String(r[unitCol] ?? "").trim() !== guess.name) return;
    out.push(makeFinding("rollup.name-from-file", SUMMARY_SHEET, cellAddress(sheet.originRow + i, sheet.originCol + unitCol), { read: guess.name, detail: guess.file }));
  });
  return out;
}

/** The 填报单位 of a roll-up's 汇总 sheet whose 状态 says `未汇总…` and that no other row rolled up, in sheet order. */
function unitsLeftOutOf(snapshot: WorkbookSnapshot): string[] {
  const table = summaryTable(snapshot);
  if (!table) return [];
  const { sheet, header, unitCol, statusCol } = table;
  // The combining unit's own ledger left out (rollup OWN_LEDGER_REASON) is no unit of the area missing (new-user test 44, D1).
  // A unit that reported nothing (rollup EMPTY_REASON) is left out too: the totals are not the whole area's (new-user test 47, D10).
  const leftOut = (status: string): boolean => (status.startsWith("未汇总") && !status.startsWith(`未汇总：${OWN_LEDGER_REASON}`)) || status.startsWith(EMPTY_REASON);
  const rows = sheet.values.slice(header + 1).map((r) => ({ unit: String(r[unitCol] ?? ""), left: leftOut(String(r[statusCol] ?? "")) }));
  // A second copy of a unit rolled up (重复报送) leaves no unit out.
  // Its second copy under another form of its name (`向阳社区居委会` beside `向阳社区`) is that unit too (new-user test 25, D29).
  const included = new Set(rows.filter((r) => !r.left).map((r) => unitIdentity(r.unit)));
  return [...new Set(rows.filter((r) => r.left && !included.has(unitIdentity(r.unit))).map((r) => r.unit))];
}

/**
 * The 单位简称 of a roll-up's units by 填报单位, from its 汇总 sheet's 单位简称 column (written when a unit gave one; rollup
 * SHORT_NAME_HEADER): `{ 区城市管理和综合执法局: "区城管局" }`. Empty when the sheet has no such column (new-user test 30, D10).
 */
function unitShortNamesOf(snapshot: WorkbookSnapshot): Record<string, string> {
  return summaryColumnOf(snapshot, SHORT_NAME_HEADER);
}

/**
 * One column of a roll-up's 汇总 sheet by 填报单位 (`单位简称`, `单位类型`: `{ 国家税务总局城南区税务局: "机关部门" }`), blank cells
 * and the 合计 row (no 单位类型) left out. Empty when the sheet has no such column.
 */
function summaryColumnOf(snapshot: WorkbookSnapshot, column: string): Record<string, string> {
  const sheet = snapshot.sheets.find((s) => s.name === SUMMARY_SHEET);
  const header = sheet?.values.findIndex((r) => r.includes("填报单位") && r.includes("状态")) ?? -1;
  if (!sheet || header < 0) return {};
  const unitCol = sheet.values[header].indexOf("填报单位");
  const shortCol = sheet.values[header].indexOf(column);
  if (shortCol < 0) return {};
  const out: Record<string, string> = {};
  for (const r of sheet.values.slice(header + 1)) {
    const unit = String(r[unitCol] ?? "").trim();
    const short = String(r[shortCol] ?? "").trim();
    if (unit && short && !(unit in out)) out[unit] = short;
  }
  return out;
}

/**
 * In a workbook started by 开始下一期 (it holds 上期指标), the 组织保障 rows of a standing 事项类型
 * (领导小组, 工作机制, 共建单位) without a 日期 are the carried ones: marked `carried`, so that the
 * narrative does not tell them as this period's work (issue #17). A row with a 日期 is this period's.
 */
function withCarriedStanding(facts: Facts): Facts {
  const organization = facts.organization.map((i) => (STANDING_KINDS.includes(i.kind) && i.date === undefined ? { ...i, carried: true } : i));
  return { ...facts, organization };
}

/**
 * The word a front end says when the summary it makes would be signed on `today` (the export day the user chose, or
 * the day itself) more than a month before its report period ends (new-user test 24, D3: a 上半年 summary signed on
 * 2026年1月10日 without a word), or more than half a year after it ended (new-user test 27, D13: a 2025 roll-up signed
 * 2026年12月5日): one Chinese line naming both dates, or undefined. A 成文日期 typed in 基本信息 signs the summary
 * instead and is told by the check (`profile.doc-date-early`, `profile.doc-date-late`): nothing is said here then. Nothing is said of a
 * workbook whose 报告期 could not be read, as the check says nothing.
 */
export function signOffDateLine(analysis: Analysis, today: number): string | undefined {
  const wb = analysis.workbook;
  const period = wb.period;
  if (!period || typeof wb.profile.period?.value !== "string" || typeof wb.profile.docDate?.value === "number") return undefined;
  if (signedEarly(period, today)) return `成文日期${formatSerialDate(today)}早于报告期截止日期${formatSerialDate(period.end)}，总结的落款将是这一天。`;
  if (signedLate(period, today)) return `成文日期${formatSerialDate(today)}距报告期截止日期${formatSerialDate(period.end)}已超过半年，总结的落款将是这一天。`;
  return undefined;
}

// 生成总结 lives in its own module: the narrative is then loaded only where a summary is made (a lazy
// chunk in the pane), not with the checks.
export { summariseLedger } from "./summarise";

/**
 * Rows a summary leaves out because of an error the user overrode, one Chinese line each
 * (`问题整改第4行（已整改数大于发现数）未写入总结`): what each front end shows beside a summary made
 * despite errors (new-user test 4, D3). Empty when nothing is left out.
 *
 * With the summary's `document`, a row with another error says what became of it, from the cells its runs came from
 * (new-user test 23, D10): `…有错误（D4），该行已写入总结，请核对D4` (a cell of the row is a source of the text: the
 * erroneous cell may be in it as typed, or left out), `…有错误（C5），该行未写入总结`. Without it (before the text is
 * made), `其数字可能未写入总结`.
 *
 * A ledger not found (its sheet missing, renamed beyond what can be read, or without its headers) is named with the sheet it is
 * suspected to be: `活动台账、宣传投放两张表未找到（疑为“活动台帐”“宣传”），其数据未写入总结`; a renamed sheet read as its ledger
 * (`sheet.renamed-read`) too: `工作表“活动台帐”已当作活动台账读取，其数据已写入总结，请核对并改回原名` (new-user test 26, D32).
 */
export function summaryLeftOut(analysis: Analysis, document?: DocumentModel): readonly string[] {
  const rowOf = (cell: string): string => cell.replace(/^[A-Z]+/u, "");
  const exceeded = analysis.facts.rectification.leftOut.map((cell) => {
    const bang = cell.lastIndexOf("!");
    return { sheet: cell.slice(0, bang), row: rowOf(cell.slice(bang + 1)) };
  });
  // A row left out for a 已整改数 that could not be used (`-3`, 999999999处: value.impossible) is told by its error, not as
  // rectifying more than it found (new-user test 30, D7).
  const errorIn = (x: { sheet: string; row: string }): Finding | undefined => analysis.findings.find((f) => f.severity === "error" && f.sheet === x.sheet && !!f.cell && rowOf(f.cell) === x.row);
  const lines = exceeded.map((x) => {
    const error = errorIn(x);
    return !error || error.rule === "rect.exceeds-found" ? `${x.sheet}第${x.row}行（已整改数大于发现数）未写入总结` : `${x.sheet}第${x.row}行有错误（${error.cell ?? ""}），该行未写入总结`;
  });
  // Other rows with an error in a ledger (a 类型 not in the list, a number that cannot be read): the
  // figures of such a cell are in no total (new-user test 5, D2). One line per row.
  const ledgers = new Set(Object.values(analysis.workbook.ledgers).map((l) => l.spec.sheet));
  const seen = new Set(exceeded.map((x) => `${x.sheet}|${x.row}`));
  // A 基本信息 item that could not be read (`上半年度` for 报告期) is not in the text: the title then has no period
  // (new-user test 22, D10).
  const form = formOf(standardV1);
  for (const f of analysis.findings) {
    if (f.severity !== "error" || !f.cell || f.sheet !== form.sheet) continue;
    const key = `${f.sheet}|${rowOf(f.cell)}`;
    // A 专项 whose dates are backwards has no period: its days are not in the text (new-user test 43, D18).
    if (f.rule === "profile.date-order" && !analysis.workbook.period && !seen.has(key)) {
      seen.add(key);
      lines.push(`${f.sheet}第${rowOf(f.cell)}行有错误（${f.cell}），专项的起止日期未写入总结`);
      continue;
    }
    const item = form.items.find((i) => analysis.workbook.profile[i.id]?.source === `${f.sheet}!${f.cell}` && analysis.workbook.profile[i.id]?.value === null);
    if (!item || seen.has(key)) continue;
    seen.add(key);
    lines.push(`${f.sheet}第${rowOf(f.cell)}行有错误（${f.cell}），“${item.header}”未写入总结`);
  }
  const used = document ? new Set(document.blocks.flatMap((b) => (b.kind === "paragraph" ? b.runs.flatMap((r) => r.sources ?? []) : []))) : undefined;
  for (const f of analysis.findings) {
    if (f.severity !== "error" || !f.cell || !ledgers.has(f.sheet) || f.rule === "row.total") continue;
    const key = `${f.sheet}|${rowOf(f.cell)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const row = rowOf(f.cell);
    const at = `${f.sheet}第${row}行有错误（${f.cell}），`;
    if (!used) lines.push(`${at}其数字可能未写入总结`);
    else if ([...used].some((c) => c.startsWith(`${f.sheet}!`) && rowOf(c.slice(f.sheet.length + 1)) === row)) lines.push(`${at}该行已写入总结，请核对${f.cell}`);
    else lines.push(`${at}该行未写入总结`);
  }
  // Ledgers the summary could not read (new-user test 26, D32: under --force a renamed 活动台帐 vanished unsaid): named,
  // with the sheet a renamed one is suspected to be; a renamed sheet read as its ledger is said too.
  const notFound = Object.values(analysis.workbook.ledgers).filter((l) => !l.found).map((l) => l.spec.sheet);
  const suspected = (sheet: string): string | undefined => {
    const f = analysis.findings.find((x) => x.sheet === sheet && x.rule === "sheet.renamed");
    return f ? /工作表“([^”]+)”的表头/u.exec(f.message)?.[1] : undefined;
  };
  if (notFound.length) {
    const guesses = notFound.map(suspected).filter((g): g is string => g !== undefined);
    const count = notFound.length > 1 ? `${COUNT_WORDS[notFound.length] ?? notFound.length}张表` : "";
    const guess = guesses.length ? `（疑为${guesses.map((g) => `“${g}”`).join("")}）` : "";
    lines.push(`${notFound.join("、")}${count}未找到${guess}，其数据未写入总结`);
  }
  for (const f of analysis.findings) {
    if (f.rule !== "sheet.renamed-read") continue;
    const typed = /工作表“([^”]+)”的表头/u.exec(f.message)?.[1];
    if (typed) lines.push(`工作表“${typed}”已当作${f.sheet}读取，其数据已写入总结，请核对并改回原名`);
  }
  return lines;
}

/** 两, 三 … for a count of tables in a line (`活动台账、宣传投放两张表`). */
const COUNT_WORDS: Readonly<Record<number, string>> = { 2: "两", 3: "三", 4: "四", 5: "五", 6: "六", 7: "七", 8: "八", 9: "九" };

/**
 * The file name of a summary, the same in every front end: `<单位名称>-<报告年度>年<报告期>-工作总结.docx`
 * (`未命名单位` when blank); characters Windows and macOS refuse in names (`\ / : * ? " < > |`) and
 * whitespace become `_`. Without a 报告年度 no `年` is written (`未命名单位-上半年-工作总结.docx`, never
 * `未命名单位-年-工作总结.docx`: new-user test 25, D24), and a part with nothing in it is left out. A 月度 report is named
 * by its `month` (1–12, narrative `monthOfReport`), as its title is: `…-2025年3月-工作总结.docx`, never `…-2025年月度-…`,
 * which every month of a year would share (new-user test 37, D15). A 专项 with its 专项名称 (facts' `specialName`) is named
 * by it: `城南火车站-2025年春运-工作总结.docx`, never `…-2025年专项-…`, which every 专项 of a unit would share (new-user test
 * 37, D24).
 */
export function summaryFileName(profile: { readonly unitName: string; readonly year?: number; readonly period?: string; readonly specialName?: string }, month?: number): string {
  const safe = (s: string): string => s.replace(/[\\/:*?"<>|\s]+/gu, "_");
  const special = profile.period === "专项" && profile.specialName ? profile.specialName : undefined;
  const period = special ?? (profile.period === MONTHLY_PERIOD && month !== undefined ? `${month}月` : (profile.period ?? ""));
  const when = `${profile.year !== undefined ? `${profile.year}年` : ""}${safe(period)}`;
  return `${safe(profile.unitName || "未命名单位")}-${when ? `${when}-` : ""}工作总结.docx`;
}

/**
 * Why a summary is refused whatever the user chose (an override never makes one): the workbook is no standard
 * ledger (the standard sheets it lacks, as {@link notStandardSheets} says; new-user test 25, D24), or every ledger is
 * empty (rule `workbook.empty`: the text would say nothing; new-user test 25, D18). Each front end words it.
 */
export type ExportRefusal = { readonly reason: "not-standard"; readonly missing: readonly string[] } | { readonly reason: "empty" };

/**
 * The gate before export (生成总结/导出 Word): blocked while the workbook has errors, unless the user chose to go on
 * anyway (each front end words its own override — CLI `--force`, pane 仍然导出). `errors` are the findings to show,
 * errors only, in sheet order. `refused` (then `blocked` too, override or not) when no summary can be made of the
 * workbook at all: not a standard ledger, or nothing in its ledgers — the override overrides errors in a ledger,
 * never the fact that there is no ledger to summarise.
 */
export function exportGate(analysis: Analysis, override: boolean): { readonly blocked: boolean; readonly errors: Analysis["findings"]; readonly refused?: ExportRefusal } {
  const errors = analysis.findings.filter((f) => f.severity === "error");
  const missing = notStandardSheets(analysis.findings, (analysis as Partial<LedgerAnalysis>).catalog ?? standardV1);
  const refused: ExportRefusal | undefined = missing ? { reason: "not-standard", missing } : analysis.findings.some((f) => f.rule === "workbook.empty") ? { reason: "empty" } : undefined;
  if (refused) return { blocked: true, errors, refused };
  return { blocked: errors.length > 0 && !override, errors };
}

/**
 * The catalog a 汇总 (roll-up) workbook is written and read with: the standard one with the
 * 填报单位 column on every ledger (issue #7). The CLI's `rollup` and the pane's 汇总 write with it.
 */
export function rollupCatalog(base: Catalog = standardV1): Catalog {
  return withLedgerExtensions(base);
}

export { findingsBesideNotice, notStandardSheets } from "../validate/not-standard";

/** A previous period's workbook read for 与上期对比 / `--previous`: its facts, or why it cannot be used. */
export type PreviousPeriod =
  | { readonly ok: true; readonly facts: Facts; readonly errors: number }
  | { readonly ok: false; readonly notStandard: readonly string[] };

/**
 * 与上期对比, step 1: reads the previous period's snapshot as {@link analyseLedger} does; a workbook
 * that is not a standard ledger is refused with the sheets it lacks (each front end words it).
 * `errors` counts its errors (the comparison uses the figures that can be read).
 */
export function readPreviousPeriod(snapshot: WorkbookSnapshot): PreviousPeriod {
  const earlier = analyseLedger(snapshot);
  const missing = notStandardSheets(earlier.findings, earlier.catalog);
  return missing ? { ok: false, notStandard: missing } : { ok: true, facts: earlier.facts, errors: earlier.errors };
}

/**
 * 与上期对比, step 2: the comparison of this period with the previous one (同比 or 环比, core
 * `comparePeriods` over the standard catalog), or the Chinese reason it is refused (another unit,
 * a later period …).
 */
export function compareWithPrevious(current: Facts, previous: Facts | PreviousFigures): { ok: true; comparison: Comparison } | { ok: false; message: string } {
  return comparePeriods(current, previous, standardV1);
}

/**
 * 与上期对比 without an earlier workbook (issue #17): the comparison with the figures embedded in
 * the workbook's 上期指标 sheet, or undefined when it holds none. A front end given an earlier
 * workbook compares with that instead (`--previous` wins). `ok: false` carries the core's reason
 * (e.g. the sheet names another unit after the user changed 单位名称).
 */
export function comparisonFor(analysis: LedgerAnalysis): { ok: true; comparison: Comparison } | { ok: false; message: string } | undefined {
  return analysis.embeddedPrevious ? comparePeriods(analysis.facts, analysis.embeddedPrevious, analysis.catalog) : undefined;
}

/**
 * 汇总 (roll up): a builder over the standard catalog; the front end adds each unit's snapshot (or
 * an unreadable file's reason) and calls `finish()`. `options.force` includes units with errors
 * (reported as 强制汇总); the core's findings name no front end's override.
 */
export function startRollup(options: RollupOptions): RollupBuilder {
  return new RollupBuilder(options, standardV1);
}

export { startNextPeriod, notStandardRefusal, naturalNextPeriod, STANDING_KINDS, type NextPeriod, type NextPeriodOptions, type NextPeriodRefusal, type NextCell, type CarriedRow, type LedgerRewrite } from "./next-period";
