/**
 * The roll-up (汇总, issue #7): a street office or district combines its units' standard
 * workbooks. Each unit is checked (a unit with errors is left out unless `force`); the period of
 * the roll-up is the most common 报告年度 + 报告期; units of another period and duplicates (same
 * 单位名称 and 报告期) are reported, not summed. Units are added one at a time and only their rows
 * are kept, so hundreds of workbooks fit in memory. Pure: snapshots in, content out.
 * @module
 */
import { formOf, ledgersOf, MONTHLY_PERIOD, nearestChoice, reportingUnitColumn, standardV1, unitIdentity, withoutLeadingPlace, type Catalog } from "../catalog";
import { parseRange, type WorkbookSnapshot } from "../grid";
import { readText } from "../normalize/text";
import { cellAt } from "../validate/locate";
import { isDoubtfulFigure, monthSpan, validateWorkbook, type Finding, type ParsedCell } from "../validate";
import { ymdFromSerial } from "../normalize/date";
import { notStandardSheets } from "../validate/not-standard";
import { unitTypeOfName, unitWordOf } from "../import/profile";
import { unitIndicators, unitMeasures } from "./indicators";
import { dateSeed, seedRows } from "./rows";
import { isRollupWorkbook, reportingUnitsOf } from "./detect";
import { buildSummarySheet, byFileName, periodLabel } from "./summary-sheet";
import type { RollupContent, RollupFinding, RollupOptions, RollupResult, RollupRow, RollupValue, UnitInput, UnitResult } from "./types";

/** A unit as kept between `add` and `finish`: its result fields and its rows, nothing else. */
interface Kept {
  readonly base: Omit<UnitResult, "status" | "reason">;
  readonly readable: boolean;
  readonly readError?: string;
  /** `sheet!A1` of the text cells whose phone or ID number was not copied (rows.ts seedRow). */
  readonly scrubbed?: readonly string[];
  /** `sheet!A1` of the 姓名 cells not copied (rows.ts seedRow). */
  readonly namesLeftOut?: readonly string[];
  /** The unit's own columns with data, by sheet (`活动台账` → `网格员`, `照片编号`): not carried (rows.ts ownColumnsOf). */
  readonly ownColumns?: readonly { readonly sheet: string; readonly headers: readonly string[] }[];
  /** True when 单位名称 was blank and the name was read from the file's (see {@link nameFromLabel}). */
  readonly nameFromFile?: boolean;
  /** When the file was last modified (ms since 1970, the file system's or the browser File's), when known. */
  readonly modified?: number;
  /** The standard sheets missing when the file is no standard ledger (validate/not-standard.ts). */
  readonly notStandard?: readonly string[];
  /** The 填报单位 of a file that is itself a roll-up (汇总台账, detect.ts `isRollupWorkbook`): never rolled up again. */
  readonly rollupOf?: readonly string[];
  /** 上级指导单位 and 成文日期 (Excel serial) as typed: used for the 汇总台账 when the file is the combining unit's own. */
  readonly guide?: string;
  readonly docDate?: number;
  readonly start?: number;
  readonly end?: number;
  readonly population?: number;
  readonly households?: number;
  readonly ledgerRows: ReadonlyMap<string, readonly RollupRow[]>;
}

const str = (c: ParsedCell | undefined): string => (typeof c?.value === "string" ? c.value : "");
const numv = (c: ParsedCell | undefined): number | undefined => (typeof c?.value === "number" ? c.value : undefined);
/** `2025|上半年`; a 月度 unit's with its month (`2025|月度|5`): units of different months are different periods. */
const periodKey = (u: { year?: number; period?: string; month?: number }): string => `${u.year ?? ""}|${u.period ?? ""}${u.month !== undefined ? `|${u.month}` : ""}`;

/** The value shared by every item, or undefined when they differ or any is missing. */
function shared<T>(items: readonly (T | undefined)[]): T | undefined {
  if (!items.length || items.some((x) => x === undefined)) return undefined;
  return items.every((x) => x === items[0]) ? items[0] : undefined;
}

/** The sum of every item, or undefined when any is missing. */
function sumAll(items: readonly (number | undefined)[]): number | undefined {
  if (!items.length || items.some((x) => x === undefined)) return undefined;
  return (items as number[]).reduce((s, x) => s + x, 0);
}

/** Incremental roll-up: `add` each unit's snapshot (then drop it), `finish` once. */
export class RollupBuilder {
  private readonly kept: Kept[] = [];

  constructor(
    private readonly options: RollupOptions = {},
    private readonly catalog: Catalog = standardV1,
  ) {}

  /** Number of inputs added so far. */
  get size(): number {
    return this.kept.length;
  }

  /**
   * Checks one unit's workbook and keeps its rows and indicators. Never throws for bad data.
   * `modified`: the file's modification time (ms since 1970), used to prefer the newer of two copies of a unit.
   */
  add(label: string, snapshot: WorkbookSnapshot, modified?: number): void {
    const { findings, workbook } = validateWorkbook(snapshot, this.catalog);
    const p = workbook.profile;
    // A blank 单位名称 is named from the file (rollup.name-from-file, a 提示): its required error keeps no unit out
    // (new-user test 23, D7; README).
    const blankName = !str(p.unitName) && p.unitName?.source;
    const errorFindings = findings.filter((f) => f.severity === "error" && !(blankName && f.rule === "value.required" && `${f.sheet}!${f.cell}` === blankName));
    const unitName = str(p.unitName) || nameFromLabel(label);
    // Its warnings that a figure is doubtful (the rules table's `doubtful` flag): said by the roll-up, whose totals take the figure (new-user test 64, D7).
    const doubtful = findings.filter((f) => f.severity === "warning" && isDoubtfulFigure(f.rule));
    const gridOf = (name: string) => snapshot.sheets.find((s) => s.name === name) ?? snapshot.sheets.find((s) => s.name.trim() === name);
    const ledgerRows = new Map<string, RollupRow[]>();
    const scrubbed: string[] = [];
    const namesLeftOut: string[] = [];
    const ownColumns: { sheet: string; headers: readonly string[] }[] = [];
    let rows = 0;
    // A workbook started by 开始下一期 holds 上期指标: its standing rows without a 日期 were carried (new-user test 25, D31).
    const previousSheet = this.catalog.previousPeriod?.sheet;
    const carriedFrom = !!previousSheet && snapshot.sheets.some((s) => s.name.trim() === previousSheet);
    for (const spec of ledgersOf(this.catalog)) {
      const ledger = workbook.ledgers[spec.id];
      if (!ledger?.rows.length) continue;
      const seeded = seedRows(ledger, gridOf(spec.sheet), unitName, carriedFrom);
      scrubbed.push(...seeded.contactLeftOut);
      namesLeftOut.push(...seeded.namesLeftOut);
      if (seeded.ownColumns.length) ownColumns.push({ sheet: spec.sheet, headers: seeded.ownColumns });
      ledgerRows.set(spec.sheet, seeded.rows);
      rows += seeded.rows.length;
    }
    // A 报告期 typed near a listed one (`上半年度`) is read as 规范数据 reads it, so that a forced roll-up takes the unit
    // in its period, never `报告期为2025年`; one not read at all is named as typed (new-user test 18, D10).
    const typedPeriod = str(p.period) ? "" : typedAt(snapshot, p.period?.source);
    const period = str(p.period) || (typedPeriod ? nearestChoice(this.catalog, undefined, "period", typedPeriod) : undefined);
    this.kept.push({
      base: {
        label, unitName, ...(str(p.unitName) ? {} : { nameFromFile: true }), ...(str(p.shortName) ? { shortName: str(p.shortName) } : {}), unitType: str(p.unitType), year: numv(p.year), period, ...(period === MONTHLY_PERIOD && numv(p.start) !== undefined ? { month: ymdFromSerial(numv(p.start) as number).m } : {}), ...(typedPeriod && !period ? { periodTyped: typedPeriod } : {}),
        rows, errors: errorFindings.length, warnings: findings.length - errorFindings.length, errorFindings, indicators: unitIndicators(workbook), measures: unitMeasures(workbook),
        ...(doubtful.length ? { doubtfulFindings: doubtful } : {}),
      },
      readable: true,
      ...(str(p.unitName) ? {} : { nameFromFile: true }),
      ...(scrubbed.length ? { scrubbed } : {}),
      ...(namesLeftOut.length ? { namesLeftOut } : {}),
      ...(ownColumns.length ? { ownColumns } : {}),
      ...(modified !== undefined && Number.isFinite(modified) ? { modified } : {}),
      ...(notStandardSheets(findings, this.catalog) ? { notStandard: notStandardSheets(findings, this.catalog) } : {}),
      ...(isRollupWorkbook(snapshot, this.catalog) ? { rollupOf: reportingUnitsOf(snapshot, this.catalog) } : {}),
      ...(str(p.guide) ? { guide: str(p.guide) } : {}), ...(numv(p.docDate) !== undefined ? { docDate: numv(p.docDate) } : {}),
      start: numv(p.start), end: numv(p.end), population: numv(p.population), households: numv(p.households), ledgerRows,
    });
  }

  /** Records an input that could not be read as a workbook (`message`: the one-line reason). */
  addUnreadable(label: string, message: string): void {
    this.kept.push({
      base: { label, unitName: label, unitType: "", rows: 0, errors: 0, warnings: 0, errorFindings: [], indicators: {} },
      readable: false, readError: message, ledgerRows: new Map(),
    });
  }

  /** Decides which units are in, and builds the combined content and the 汇总 sheet. */
  finish(): RollupResult {
    const force = this.options.force === true;
    // The period is of the units handed in: never of a 汇总台账 or a file that is no ledger, which are left out whatever
    // their period (new-user test 38, D25: a street's 汇总 of 上半年 then refused 青石镇's 全年), but of a unit with errors
    // too, forced or not — three 上半年 units with errors and one clean 下半年 make a 上半年 roll-up that waits for their
    // corrections, never a 下半年 one of the odd unit (new-user test 43, D8).
    // The combining unit's own ledger is none of its units' either, whatever its period (new-user test 44, D1).
    const own = (k: Kept): boolean => k.readable && isCombiningUnit(k.base, this.options.unitName);
    const ledgers = this.kept.filter((u) => u.readable && !u.notStandard && !u.rollupOf && !own(u));
    const chosen = majorityPeriod(ledgers.map((u) => u.base), (u) => force || u.errors === 0);
    const findings: RollupFinding[] = [];
    const units: UnitResult[] = [];
    const included: Kept[] = [];
    let ownIn: Kept | undefined;
    // Of two files of one unit and period, the one used is decided by the files, never by their order
    // (new-user tests 3 D5/D6, 5 D6): see `preferredCopy` — the same in the CLI and the page.
    // One unit under two forms of its name (`向阳社区居委会`, `向阳社区`) is one unit: its second file is a duplicate, as a
    // whitespace variant is (catalog unitIdentity, the narrative's short name; new-user test 25, D29).
    const dupKeyOf = (u: UnitResult | Kept["base"]): string => `${unitIdentity(u.unitName)}|${periodKey(u)}`;
    // Copies with errors are candidates too: a second copy is named 重复报送 whether or not --force (new-user test 43, D8);
    // `preferredCopy` keeps the one with fewer errors, and a kept copy with errors is left out for them as before.
    const candidates = ledgers.filter((k) => !chosen || periodKey(k.base) === chosen);
    // Compared without 填报单位, which is the unit's name as its file spells it (`向阳社区` and `向阳社区居委会`: one unit).
    const rowsOf = (k: Kept): string => JSON.stringify([...k.ledgerRows].map(([sheet, rows]) => [sheet, rows.map(({ [reportingUnitColumn.header]: _u, ...rest }) => rest)]));
    const same = (a: Kept, b: Kept): boolean => rowsOf(a) === rowsOf(b);
    const preferred = new Map<string, Kept>();
    for (const k of candidates) {
      const have = preferred.get(dupKeyOf(k.base));
      if (!have || preferredCopy(k, have, !same(k, have)).kept === k) preferred.set(dupKeyOf(k.base), k);
    }
    for (const k of this.kept) {
      const u = k.base;
      const out = (status: UnitResult["status"], reason?: string): void => {
        units.push({ ...u, status, ...(reason ? { reason } : {}), ...(k.notStandard ? { notLedger: true } : {}) });
      };
      const dupKey = dupKeyOf(u);
      const kept = preferred.get(dupKey);
      if (k.notStandard) {
        // A salary table or an office's own sheets is no ledger with errors: said as such, never forced in (new-user test 4, D9).
        const list = `${k.notStandard.slice(0, 2).join("、")}${k.notStandard.length > 2 ? `等${k.notStandard.length}个` : ""}工作表`;
        out("unreadable", `不是标准台账（缺少${list}）`);
        findings.push({ severity: "error", rule: "rollup.not-standard", unit: u.label, message: `${u.label}：不是标准台账（缺少${list}），未汇总；如是本单位自己做的表格，可先用“导入已有台账”导入标准台账。` });
      } else if (k.rollupOf) {
        // A 汇总台账 rolled up again would credit its units' work to it as one unit (`2个街道均成立了创建工作领导小组` for
        // the communities' groups: new-user test 29, D24): left out, even forced, with the units to roll up instead.
        const list = k.rollupOf.length > 3 ? `${k.rollupOf.slice(0, 3).join("、")}等${k.rollupOf.length}个单位` : `${k.rollupOf.join("、")}${k.rollupOf.length > 1 ? `${k.rollupOf.length}个单位` : ""}`;
        out("rollup", `是汇总台账（由${list}的台账汇总而成）`);
        findings.push({ severity: "error", rule: "rollup.rollup-input", unit: u.label, message: `${u.unitName}（${u.label}）是汇总台账（由${list}的台账汇总而成），未汇总：再汇总会把这些单位的工作当作${u.unitName}一个单位的工作来写。请直接汇总各单位自己的台账。` });
      } else if (!k.readable) {
        out("unreadable", "文件无法读取");
        findings.push({ severity: "error", rule: "rollup.unreadable", unit: u.label, message: `${u.label}：文件无法读取，未汇总（${(k.readError ?? "").replace(/[。.]+$/u, "")}）。` });
      } else if (chosen && periodKey(u) !== chosen) {
        const own = u.periodTyped ? `“${u.periodTyped}”（无法识别）` : periodLabel(u.year, u.period, u.month) || "未填";
        out("period", `报告期为${own}，与汇总的${periodLabel(...splitKey(chosen))}不同`);
        findings.push({ severity: "error", rule: "rollup.mixed-period", unit: u.label, message: `${u.unitName}（${u.label}）的报告期为${own}，与汇总的${periodLabel(...splitKey(chosen))}不同，未汇总。` });
      } else if (own(k) && (ownIn || (u.errors && !force))) {
        // A second own file, or one with errors (unless forced), is not copied: the combining unit's work is typed once.
        const why = ownIn ? `与${ownIn.base.label}同是汇总单位自己的台账，只采用前一份` : `有${u.errors}个错误`;
        out(ownIn ? "duplicate" : "errors", why);
        findings.push({ severity: "error", rule: ownIn ? "rollup.duplicate" : "rollup.unit-errors", unit: u.label, message: `${u.unitName}（${u.label}）是汇总单位自己的台账，${why}，未写入汇总台账${ownIn ? "。" : "；改正后重新汇总。"}` });
      } else if (own(k)) {
        // The 汇总单位's own file is none of its units' (new-user test 44, D1: taken as a unit it credited the town's year
        // to the one village beside it). Its rows are the combining unit's own work: copied with 填报单位 blank, and its
        // 基本信息 fills what the roll-up's lacks, as the README promises (new-user test 45, D13) — no failure.
        ownIn = k;
        out("own", OWN_WORK_REASON);
        if (u.errors) findings.push({ severity: "warning", rule: "rollup.forced", unit: u.label, message: `${u.unitName}（${u.label}）有${u.errors}个错误，已强制汇总。` });
        const doubtful = doubtfulNote(u);
        if (doubtful) findings.push({ severity: "warning", rule: "rollup.doubtful-figures", unit: u.label, message: doubtful });
      } else if (kept && kept !== k) {
        const why = preferredCopy(kept, k, true).why;
        const which = same(k, kept) ? "（两份内容相同）。" : `。两份内容不同，汇总采用的是${kept.base.label}${why ? `（${why}）` : ""}；如应采用${u.label}，请去掉${kept.base.label}后重新汇总。`;
        out("duplicate", `与${kept.base.label}重复`);
        // Names that differ only by the governing body are said to name one unit, never `单位名称相同`.
        const sameName = u.unitName.trim() === kept.base.unitName.trim();
        const what = sameName ? `与${kept.base.label}的单位名称和报告期相同` : `与${kept.base.label}（${kept.base.unitName}）是同一单位，报告期相同`;
        findings.push({ severity: "error", rule: "rollup.duplicate", unit: u.label, message: `${u.unitName}（${u.label}）${what}，属重复报送，未汇总${which}` });
      } else if (u.rows === 0) {
        // Nothing in any ledger (check: workbook.empty): the unit did not report. Listed apart, never 已汇总 with 0 rows nor
        // counted among the units rolled up, so the combining unit sees who is missing (new-user test 47, D10).
        out("empty", EMPTY_REASON);
        findings.push({ severity: "warning", rule: "rollup.empty", unit: u.label, message: `${u.unitName}（${u.label}）的各台账均无数据，未计入汇总单位；请该单位填报后重新汇总。` });
      } else if (u.errors && !force) {
        // After its period and its copies: a unit of another period, or a second copy, is not rolled up once corrected either.
        out("errors", `有${u.errors}个错误`);
        // The core names no front end's override (issue #12): the CLI adds `--force`, a pane its button.
        findings.push({ severity: "error", rule: "rollup.unit-errors", unit: u.label, message: `${u.unitName}（${u.label}）有${u.errors}个错误，未汇总；改正后重新汇总。` });
      } else {
        included.push(k);
        out(u.errors ? "forced" : "included");
        if (u.errors) findings.push({ severity: "warning", rule: "rollup.forced", unit: u.label, message: `${u.unitName}（${u.label}）有${u.errors}个错误，已强制汇总。` });
        // Its doubtful figures go into the totals: said per unit, never unseen (new-user test 64, D7: 石桥村's 公益广告 1300块 in 全镇1380块).
        const doubtful = doubtfulNote(u);
        if (doubtful) findings.push({ severity: "warning", rule: "rollup.doubtful-figures", unit: u.label, message: doubtful });
        // A unit that filled one ledger only, or two rows in all (`柳塘乡`: one 领导小组 row), is rolled up and said, so that
        // the combining unit chases it before handing in the summary (new-user test 48, D17).
        const thin = thinNote(u, k.ledgerRows);
        if (thin) findings.push({ severity: "warning", rule: "rollup.thin", unit: u.label, message: thin });
        // A 单位名称 that looks like a short form of the unit its file names (new-user test 47, D13).
        const short = k.nameFromFile ? undefined : shortNameNote(u, this.kept.map((x) => x.base));
        if (short) findings.push({ severity: "warning", rule: "rollup.short-name", unit: u.label, message: short });
        // A blank 单位名称 is taken from the file's name, never printed as `向阳社区台账.xlsx` (new-user test 12, D4).
        if (k.nameFromFile) findings.push({ severity: "warning", rule: "rollup.name-from-file", unit: u.label, message: `${u.label}没有填单位名称，汇总时按文件名记为“${u.unitName}”；请核对，或在该台账的基本信息中填写后重新汇总。` });
      }
    }
    if (!this.kept.length) findings.push({ severity: "error", rule: "rollup.no-units", unit: "", message: "没有可汇总的台账。" });
    // Phones and ID numbers stay in the units' own files: the combined workbook is forwarded (new-user test 12, D5).
    const scrubbedIn = included.filter((k) => k.scrubbed?.length);
    if (scrubbedIn.length) {
      const cells = scrubbedIn.reduce((n, k) => n + (k.scrubbed?.length ?? 0), 0);
      findings.push({ severity: "warning", rule: "rollup.personal-left-out", unit: "", message: `${scrubbedIn.map((k) => k.base.unitName).join("、")}的台账中有${cells}处文字含电话号码、身份证号或学号工号（如${scrubbedIn[0].scrubbed?.[0] ?? ""}），汇总台账未复制含有它们的内容，各单位的原台账不变。` });
    }
    // Honourees' names are personal too (spec §5): the combined workbook carries the counts (new-user test 14, D13).
    const namesIn = included.filter((k) => k.namesLeftOut?.length);
    if (namesIn.length) {
      const cells = namesIn.reduce((n, k) => n + (k.namesLeftOut?.length ?? 0), 0);
      findings.push({ severity: "warning", rule: "rollup.personal-left-out", unit: "", message: `${namesIn.map((k) => k.base.unitName).join("、")}的先进典型中有${cells}处填了姓名（如${namesIn[0].namesLeftOut?.[0] ?? ""}），姓名属个人信息，汇总台账只汇总人数，不复制姓名，各单位的原台账不变。` });
    }
    // A unit's own columns (`网格员`, `照片编号`) are not in the combined workbook, which has the standard columns only:
    // said per unit and sheet, as 开始下一期 lists what it does not carry (new-user test 38, D12).
    for (const k of included) {
      for (const o of k.ownColumns ?? []) {
        findings.push({ severity: "warning", rule: "rollup.own-columns-left-out", unit: k.base.label, message: `${k.base.unitName}（${k.base.label}）${o.sheet}的自有列${o.headers.map((h) => `“${h}”`).join("")}未汇总：汇总台账只有标准列，这些列的内容未复制，各单位的原台账不变。` });
      }
    }
    const [year, period, month] = chosen ? splitKey(chosen) : [undefined, undefined, undefined];
    // The units' rows in the 汇总 sheet's order (byFileName), not in the order the files were given.
    const content = combinedContent(this.catalog, [...included].sort((a, b) => byFileName(a.base, b.base)), this.options, year, period, month, ownIn);
    if (ownIn) {
      const taken = ownProfileTaken(ownIn, this.options);
      findings.push({ severity: "warning", rule: "rollup.own-ledger", unit: ownIn.base.label, message: `${ownIn.base.unitName}（${ownIn.base.label}）是汇总单位${this.options.unitName ?? ""}自己的台账：其中的各行已作为本单位自己的工作写入汇总台账（“填报单位”留空）${taken.length ? `，汇总台账的基本信息用了它填写的${taken.join("、")}` : ""}。` });
    }
    const name = combiningName(this.options, ownIn) ?? "";
    const summary = buildSummarySheet(this.catalog, `${name}${periodLabel(year, period, month)}创建文明城市主要指标汇总表`, units);
    const rows = included.reduce((n, k) => n + k.base.rows, 0) + (ownIn?.base.rows ?? 0);
    // The combining unit's own ledger copied in is no failure (new-user test 45, D13).
    const exitCode = included.length === 0 ? 2 : included.length + (ownIn ? 1 : 0) < this.kept.length ? 1 : 0;
    return { content, summary, units, findings, year, period, ...(month !== undefined ? { month } : {}), rows, exitCode };
  }
}

/**
 * The 汇总 sheet's 状态 reason of the combining unit's own ledger in a 汇总台账 made before new-user test 45
 * (`未汇总：是汇总单位自己的台账`): no unit of the area left out.
 */
export const OWN_LEDGER_REASON = "是汇总单位自己的台账";

/** The 汇总 sheet's 状态 of a unit whose ledgers are all empty: it did not report (new-user test 47, D10). */
export const EMPTY_REASON = "未填报（台账为空）";

/**
 * The 提示 of a unit rolled up with figures its check calls doubtful (the rules table's `doubtful` flag): how many, the
 * first quoted with its cell, the others' cells — its check says them all (new-user test 64, D7).
 */
function doubtfulNote(u: Pick<UnitResult, "unitName" | "label" | "doubtfulFindings">): string | undefined {
  const list = u.doubtfulFindings ?? [];
  const [first] = list;
  if (!first) return undefined;
  const at = (f: Finding): string => `${f.sheet}!${f.cell}`;
  const rest = list.slice(1).map(at);
  return `${u.unitName}（${u.label}）有${list.length}处数字可疑，已计入汇总：${at(first)} ${first.message}${rest.length ? `另有${rest.join("、")}，见该单位台账的检查结果。` : ""}如该单位改正，请重新汇总。`;
}

/**
 * The 提示 of a unit whose ledgers are nearly empty: rows in one ledger only (基本信息 is no ledger), or at most 2 rows
 * in all; undefined otherwise. `ledgerRows`: the unit's rows by sheet name. Rule of new-user test 48, D17.
 * @example thinNote({ unitName: "柳塘乡", label: "柳塘乡.xlsx" }, new Map([["组织保障", [row]]]))
 * // "柳塘乡（柳塘乡.xlsx）的台账只填了组织保障1行，其余台账均为空；已汇总，请核实该单位是否漏报。"
 */
export function thinNote(unit: { readonly unitName: string; readonly label: string }, ledgerRows: ReadonlyMap<string, readonly unknown[]>): string | undefined {
  const filled = [...ledgerRows].filter(([, rows]) => rows.length > 0);
  const total = filled.reduce((n, [, rows]) => n + rows.length, 0);
  if (!filled.length || (filled.length > 1 && total > 2)) return undefined;
  return `${unit.unitName}（${unit.label}）的台账只填了${filled.map(([sheet, rows]) => `${sheet}${rows.length}行`).join("、")}，其余台账均为空；已汇总，请核实该单位是否漏报。`;
}

/** Ordinals and numbers in a unit's name (`第三执法中队` → 三): two names of one unit share them. */
const ordinals = (name: string): string => [...name].filter((c) => /[0-9一二三四五六七八九十百]/u.test(c)).join("");

/** True when every character of `short` stands in `long` in the same order (`出租车公司` in `县出租汽车公司`). */
function isSubsequence(short: string, long: string): boolean {
  const chars = [...short];
  let at = 0;
  for (const c of long) if (at < chars.length && c === chars[at]) at += 1;
  return at === chars.length;
}

/**
 * The 提示 for a 单位名称 that looks like a short form of the unit its file names (`城管三中队` in `cg-第三执法中队.xlsx`:
 * new-user test 47, D13): another name than the file's (its {@link nameFromLabel}), neither holding the other nor the
 * same unit by catalog {@link unitIdentity}, but ending in the same unit word with the same ordinals, and no longer than
 * the file's name nor holding its characters in order (a 单位名称 that is the full form: new-user test 52, D13). The full name
 * suggested takes the prefix a sibling's name adds to its own file's (`区城市管理局` + `第三执法中队`). Undefined otherwise.
 */
export function shortNameNote(unit: { readonly unitName: string; readonly label: string }, all: readonly { readonly unitName: string; readonly label: string }[]): string | undefined {
  const typed = unit.unitName.trim();
  const fromFile = nameFromLabel(unit.label);
  const word = unitWordOf(fromFile);
  if (!typed || !word) return undefined;
  if (typed.includes(fromFile) || fromFile.includes(typed) || unitIdentity(typed) === unitIdentity(fromFile)) return undefined;
  // The file's name whose characters all stand in order in the 单位名称 (`出租车公司` in `县出租汽车公司`), or a 单位名称
  // longer than the file's, is the full name beside a short file name: no hint (new-user test 52, D13).
  if (unitWordOf(typed) !== word || ordinals(typed) !== ordinals(fromFile) || typed.length > fromFile.length || isSubsequence(fromFile, typed)) return undefined;
  const sibling = all
    .map((o) => ({ name: o.unitName.trim(), file: nameFromLabel(o.label) }))
    .find((o) => o.name !== typed && o.name.length > o.file.length && o.name.endsWith(o.file) && unitWordOf(o.file) === word);
  const full = sibling ? `${sibling.name.slice(0, sibling.name.length - sibling.file.length)}${fromFile}` : fromFile;
  return `${typed}（${unit.label.replace(/^.*[\\/]/u, "")}）：单位名称“${typed}”与文件名中的“${fromFile}”不一致，像是简称；汇总表和总结将用“${typed}”，如应为全称（如“${full}”），请在该台账的基本信息中改正后重新汇总。`;
}

/**
 * The 汇总台账's 单位名称: the combining unit's own ledger's 单位名称 as typed there when it was recognised (`--unit 交通局` or
 * `县交通局` for the ledger of `县交通运输局`: title and 落款 say the full name, the 单位简称 the running text; new-user test 57,
 * D2), unless `--unit` is its fuller form (its characters in order in a longer `--unit`), else `--unit` as given (undefined
 * when neither).
 */
function combiningName(options: RollupOptions, ownLedger: Kept | undefined): string | undefined {
  const typed = ownLedger && !ownLedger.nameFromFile ? ownLedger.base.unitName.trim() : "";
  const given = options.unitName?.trim() ?? "";
  // `--unit 石桥镇人民政府` is the full form of a ledger's `石桥镇` or `镇政府`: kept (new-user test 44, D1).
  const fuller = given.length > typed.length && isSubsequence(typed, given);
  return (fuller ? given : typed || given) || undefined;
}

/** The 汇总 sheet's 状态 of the combining unit's own ledger, copied in as its own work (new-user test 45, D13). */
export const OWN_WORK_REASON = "汇总单位自己的工作，“填报单位”留空";

/**
 * The 基本信息 items the combining unit's own ledger gives the 汇总台账, by header (`上级指导单位` when --unit's options give
 * none, `单位简称`, `成文日期`, `常住人口` and `户数`, its whole area's): what {@link combinedContent} takes from it.
 */
function ownProfileTaken(ownLedger: Kept, options: RollupOptions): string[] {
  const taken: string[] = [];
  const name = combiningName(options, ownLedger);
  if (name && name !== options.unitName?.trim()) taken.push(`单位名称“${name}”`);
  if (!options.guide?.trim() && ownLedger.guide) taken.push("上级指导单位");
  if (ownLedger.base.shortName) taken.push("单位简称");
  if (ownLedger.docDate !== undefined) taken.push("成文日期");
  if (ownLedger.population !== undefined) taken.push("常住人口");
  if (ownLedger.households !== undefined) taken.push("户数");
  return taken;
}

/**
 * A unit's name split for {@link isCombiningUnit}: the place's name it opens on (`青山县`, when any: catalog leadingPlace), its
 * level (`县`, `区`, `市`: of the place, or the name's first character before two more; never the 市 of `市场监督管理局`) and
 * the rest (`交通运输局`), compared as a catalog {@link unitIdentity} key.
 */
function nameParts(name: string): { place?: string; level?: string; rest: string } {
  const key = unitIdentity(name);
  const local = withoutLeadingPlace(key);
  if (local) return { place: key.slice(0, key.length - local.length + 1), level: local[0], rest: local.slice(1) };
  const level = /^(?:[县区]|市(?![场容政民]))(?=.{2})/u.exec(key)?.[0];
  return level ? { level, rest: key.slice(1) } : { rest: key };
}

/**
 * True when a ledger is the combining unit's own (new-user test 44, D1): its 单位名称 or 单位简称 names the unit `--unit`
 * names, compared as catalog {@link unitIdentity} keys (`石桥镇人民政府`, `石桥镇`; `城南街道办事处`, `城南街道`) that differ at
 * most by the leading place word: the county's name dropped before its level (catalog withoutLeadingPlace: `县住房和城乡建设局`
 * names `青山县住房和城乡建设局`, `青山县住建局` names the 单位简称 `县住建局`; new-user test 56, D2), or the level too when
 * `--unit` gives none (`交通局` names 单位简称 `县交通局`, `交通运输局` names `县交通运输局`: how staff say their own bureau,
 * new-user test 57, D1). Two places or two levels never meet (`江城县…` is not `青山县…`, `市交通局` not `县交通局`), nor do a
 * shared beginning (`石桥村` is another unit) or the name without its level on the ledger's side. False when no combining unit
 * is named.
 */
export function isCombiningUnit(unit: { readonly unitName: string; readonly shortName?: string }, combining: string | undefined): boolean {
  if (!combining?.trim()) return false;
  const wanted = nameParts(combining);
  const own = [unit.unitName, unit.shortName ?? ""].filter((n) => !!n.trim()).map(nameParts);
  return own.some((n) => n.rest === wanted.rest
    && (!n.place || !wanted.place || n.place === wanted.place)
    && (n.level === wanted.level || !wanted.level));
}

/** The text typed at `source` (`基本信息!B9`), "" when there is none. */
function typedAt(snapshot: WorkbookSnapshot, source: string | undefined): string {
  const [sheet, ref] = (source ?? "").split("!");
  const grid = snapshot.sheets.find((s) => s.name === sheet);
  const at = ref ? parseRange(ref) : undefined;
  return grid && at ? readText(cellAt(grid, at.top, at.left)).trim() : "";
}

/** Words in a file name that mark a resent, corrected copy (`和平社区（更正）.xlsx`). */
const CORRECTED = /更正|重报|重新报送|修改|修正|最终|终稿|更新版|新版/u;

/**
 * Words in a file name that mark a mere copy: Windows' `东门社区台账 - 副本.xlsx`, `复件`, `备份`, `copy`, `bak`.
 * Saved last is no sign of being right — a copy opened to try something is often the newest file (new-user test 27, D12).
 */
const COPY_NAME = /副本|复件|备份|拷贝|\bcopy\b|\(\d+\)\.xlsx$|\bbak\b/iu;

/**
 * Which of two readable copies of one unit and period the roll-up uses, and why in words (empty
 * when only the file names decided): fewer errors (a forced roll-up never swaps a clean file for a
 * copy with errors); then, when their contents differ (`differ`), a name that marks a correction
 * (更正, 重报, 修改, 最终…); then, whether or not they differ, a name that is not a mere copy (`副本`, `复件`, `copy`,
 * `(1)`); then the one
 * with more than twice the other's ledger rows (`rows`, when known: a near-empty copy never replaces
 * the filled ledger, new-user test 27, D12); then the newer file (modification time, when both are known); then the
 * first name (without its extension) in Chinese collation (identical copies: the choice changes no figure).
 */
export function preferredCopy<T extends { readonly base: { readonly label: string; readonly errors: number; readonly rows?: number }; readonly modified?: number }>(a: T, b: T, differ: boolean): { kept: T; why: string } {
  if (a.base.errors !== b.base.errors) return a.base.errors < b.base.errors ? { kept: a, why: "错误较少" } : { kept: b, why: "错误较少" };
  const ca = differ && CORRECTED.test(a.base.label);
  const cb = differ && CORRECTED.test(b.base.label);
  if (ca !== cb) return { kept: ca ? a : b, why: "文件名标明更正或重报" };
  // Of identical copies too the original is kept, never `2-江滨-副本.xlsx` for `2-江滨.xlsx` (new-user test 34, D15).
  const pa = COPY_NAME.test(a.base.label);
  const pb = COPY_NAME.test(b.base.label);
  if (pa !== pb) return { kept: pa ? b : a, why: "另一份的文件名是副本" };
  const ra = a.base.rows;
  const rb = b.base.rows;
  if (differ && ra !== undefined && rb !== undefined && (ra * 2 < rb || rb * 2 < ra)) return { kept: ra > rb ? a : b, why: "另一份填写的内容少得多" };
  if (differ && a.modified !== undefined && b.modified !== undefined && a.modified !== b.modified) return { kept: a.modified > b.modified ? a : b, why: "文件较新" };
  // Names compared without `.xlsx`: `江滨.xlsx` comes before `江滨-2.xlsx`, as a file list shows them.
  const stem = (label: string): string => label.replace(/\.xls[xm]?$/iu, "");
  return { kept: stem(a.base.label).localeCompare(stem(b.base.label), "zh-CN") <= 0 ? a : b, why: "" };
}

const splitKey = (key: string): [number | undefined, string | undefined, number | undefined] => {
  const [y, p, m] = key.split("|");
  return [y ? Number(y) : undefined, p || undefined, m ? Number(m) : undefined];
};

/**
 * The `year|period` most units share, among those that have a year: each unit counted once however many copies of it
 * were handed in (catalog unitIdentity). A tie goes to the period with more units that can be rolled up (`usable`: no
 * errors, or forced), then to the first seen (new-user test 43, D8).
 */
function majorityPeriod<T extends { unitName: string; year?: number; period?: string; month?: number }>(units: readonly T[], usable: (u: T) => boolean): string | undefined {
  const counts = new Map<string, { units: Set<string>; usable: Set<string> }>();
  for (const u of units) {
    if (u.year === undefined) continue;
    const key = periodKey(u);
    const c = counts.get(key) ?? { units: new Set<string>(), usable: new Set<string>() };
    c.units.add(unitIdentity(u.unitName));
    if (usable(u)) c.usable.add(unitIdentity(u.unitName));
    counts.set(key, c);
  }
  let best: string | undefined;
  for (const [key, c] of counts) {
    const b = best === undefined ? undefined : counts.get(best);
    if (!b || c.units.size > b.units.size || (c.units.size === b.units.size && c.usable.size > b.usable.size)) best = key;
  }
  return best;
}

/**
 * 单位类型 of the combining unit when none is given (new-user test 7, D9): what its name says
 * (`青山镇人民政府` → 乡镇, `城南街道办事处` → 街道, `区文明办`, `江城县` → 机关部门), else 乡镇 when every unit
 * combined is a 村, 机关部门 when every unit is a 乡镇 or 街道, else 街道.
 */
export function combiningType(unitName: string | undefined, included: readonly { readonly base: { readonly unitType: string } }[]): string {
  const named = unitName ? unitTypeOfName(unitName.trim()) : undefined;
  if (named) return named;
  if (included.length > 0 && included.every((k) => k.base.unitType === "村")) return "乡镇";
  // Above 街道 and 乡镇 is a county's or district's body, never a 街道 (new-user test 18, D9).
  if (included.length > 0 && included.every((k) => k.base.unitType === "乡镇" || k.base.unitType === "街道")) return "机关部门";
  return "街道";
}

/** 基本信息 of the combining unit and the included units' rows, sheet by sheet in the order of `included`. */
function combinedContent(catalog: Catalog, included: readonly Kept[], options: RollupOptions, year?: number, period?: string, month?: number, ownLedger?: Kept): RollupContent {
  const form = formOf(catalog);
  const header = (id: string): string => form.items.find((i) => i.id === id)?.header ?? id;
  const profile: Record<string, RollupValue> = {};
  const set = (id: string, v: RollupValue | undefined): void => {
    if (v !== undefined && v !== "") profile[header(id)] = v;
  };
  set("unitName", combiningName(options, ownLedger));
  set("unitType", options.unitType ?? combiningType(options.unitName, included));
  set("guide", options.guide?.trim() ? options.guide : ownLedger?.guide);
  set("shortName", ownLedger?.base.shortName);
  set("year", year);
  set("period", period);
  const start = shared(included.map((u) => u.start));
  const end = shared(included.map((u) => u.end));
  // A 月度 roll-up names its month (起始日期 is required of 月度), the units' dates typed or not (new-user test 36, D16).
  const monthly = period === MONTHLY_PERIOD && year !== undefined && month !== undefined ? monthSpan(year, month) : undefined;
  if (monthly) {
    set("start", dateSeed(monthly.start));
    set("end", dateSeed(monthly.end));
  } else if (start !== undefined && end !== undefined) {
    set("start", dateSeed(start));
    set("end", dateSeed(end));
  } else if (ownLedger?.start !== undefined && ownLedger.end !== undefined) {
    set("start", dateSeed(ownLedger.start));
    set("end", dateSeed(ownLedger.end));
  }
  if (ownLedger?.docDate !== undefined) set("docDate", dateSeed(ownLedger.docDate));
  // The combining unit's own 常住人口 and 户数 are its whole area's: preferred to the units' sum (new-user test 45, D13).
  set("population", ownLedger?.population ?? sumAll(included.map((u) => u.population)));
  set("households", ownLedger?.households ?? sumAll(included.map((u) => u.households)));
  const ledgers: Record<string, RollupRow[]> = {};
  for (const spec of ledgersOf(catalog)) {
    // The combining unit's own rows first, 填报单位 blank (new-user test 45, D13), then the units'.
    const rows: RollupRow[] = (ownLedger?.ledgerRows.get(spec.sheet) ?? []).map(({ [reportingUnitColumn.header]: _unit, ...rest }) => rest);
    for (const u of included) for (const r of u.ledgerRows.get(spec.sheet) ?? []) rows.push(r);
    if (rows.length) ledgers[spec.sheet] = rows;
  }
  return { profile, ledgers };
}

/**
 * Rolls up units in one call (the pane's entry point; the CLI adds files one at a time to a
 * {@link RollupBuilder} instead, to keep only one workbook in memory).
 * @example rollupSnapshots([{ name: "A.xlsx", snapshot: a }, { name: "B.xlsx", snapshot: b }], { unitName: "城南街道办事处" })
 */
export function rollupSnapshots(units: readonly UnitInput[], options: RollupOptions = {}, catalog: Catalog = standardV1): RollupResult {
  const builder = new RollupBuilder(options, catalog);
  for (const u of units) builder.add(u.name, u.snapshot, u.modified);
  return builder.finish();
}

/**
 * A unit's name read from its file's name when 单位名称 is blank (`rollup/向阳社区台账.xlsx` → `向阳社区`):
 * the folder, the extension, a period (`-2025上半年`, `2025上半年_`) and a trailing 台账 word left out, and the marks
 * file names carry (new-user test 31, D5): a leading number (`f3-`, `01_`, `3.`), a copy's `（1）`, `-副本`, `- 副本 (2)`,
 * ` - Copy`, a version `v2`, `终稿`. The bare file name when nothing is left.
 */
export function nameFromLabel(label: string): string {
  const base = label.replace(/^.*[\\/]/u, "").replace(/\.[A-Za-z0-9]{1,5}$/u, "");
  const sep = "[-_－—.·、\\s]";
  const lead = [
    new RegExp(`^(?:[A-Za-z]{0,2}\\d{1,3}|[A-Za-z]{1,4})${sep}+`, "u"),
    new RegExp(`^(?:19|20)\\d{2}\\s*年?\\s*(?:上半年|下半年|全年|年度|第[一二三四]季度)?${sep}*`, "u"),
    new RegExp(`^[（(【\\[]\\d+[）)】\\]]${sep}*`, "u"),
  ];
  const trail = [
    new RegExp(`${sep}*[（(]\\d+[）)]$`, "u"),
    new RegExp(`${sep}*(?:副本|拷贝|复制|copy|Copy|COPY)$`, "u"),
    new RegExp(`${sep}*(?:[vV]\\d+(?:\\.\\d+)?|终稿|定稿|最终版|修改稿|修订版)$`, "u"),
    new RegExp(`${sep}*(?:19|20)\\d{2}\\s*年?\\s*(?:上半年|下半年|全年|年度|第[一二三四]季度)?.*$`, "u"),
    /(?:创文|创建|工作|文明创建)?(?:台账|报表|汇总表?)$/u,
  ];
  let name = base.trim();
  for (let changed = true; changed; ) {
    const before = name;
    for (const r of [...lead, ...trail]) {
      const next = name.replace(r, "").trim();
      if (next) name = next;
    }
    changed = name !== before;
  }
  return name || base;
}
