/**
 * Cross-field rules (spec §1, §6, §7): 起始日期 ≤ 截止日期 (at 截止日期), 已整改数 ≤ 发现数 (at
 * 已整改数), activity dates inside the report period (warning), and a typed 单位 that does not fit
 * the thing counted (warning, narrative v2 rule 11).
 * @module
 */
import { actionOf, verblessIndicator, activityTurnoutCeiling, standingOrgKinds, isInvestedIn, APPROX_WORD_IN_FREQUENCY, columnById, staffVolunteerCeiling, BOUNDED_RATE, NAMES_A_SHARE, HOUSEHOLD_TURNOUT, type FieldSpec, impossibleFigureOf, moneyCeilingOf, ledgerFigureOf, NEW_VOLUNTEERS_NAME, type Catalog, honourMeasure, honourRowMeasure, honourTitleUnquoted, OWN_COLLECTIVE_TITLE, honourTitleWithoutNames, DEED_NOT_TITLE, ownShopHonour, measureRuleFor, populationAs, printedMeasureWord, unitTypeTraits, reportingUnitColumn, type FormSpec, type MeasureWordRule, MONTHLY_PERIOD, isEmptyActivityRow, isPlaceholderActivityName, DANGLING_MEANS, verblessOrgContent, drillCounted, DRILL_NAME, guideIsUnitItself, AUDIENCE_COUNT_NAME } from "../catalog";
import { cellAbove, isAboveReference, placeholderKind } from "../normalize/placeholder";
import type { Finding } from "./finding";
import { formatSerialDate, makeFinding } from "./check-cell";
import type { ParsedCell, ParsedLedger, ParsedRow, ParsedValue, ParsedWorkbook } from "./parsed";
import { defaultPeriod, inReportPeriod, monthSpan, orgRowInPeriod, signedEarly, signedLate, wholeMonthOf } from "./period";
import { modernHolidayOn, nearestFestivalDay, type TableFestival } from "../catalog/festival-dates";
import { modernFestivalIn, namesTraditionalFestival } from "../catalog/classify";
import { serialFromYmd, ymdFromSerial } from "../normalize/date";
import { activityContent, clausesOf, frequencyMismatch, PER_PART, frequencyOf, hasPersonalData, honourHolderInTitle, isComment, isFormOfAddress, isSpoken, leadingPerson, mayBeWritten, namesPeople, nicknameInName, pastDeadlines, personalNameIn, personalOrAnonymisedNameIn, privateNameInActivityName, readRemark, spacedClauses, spokenMoney, spokenProblemName, spokenSentences, withoutSource, writtenRemark } from "../facts/remark";
import { copiedDownName, honourHolderOf, namedBeforeSemicolon, planDeadlineBy, rateConflicts, saysNothing, scrubPersonalSentences, specialNameOf, specialWhenOf } from "../facts/build-facts";
import { hasContactData } from "../normalize/personal";
import { REPEATED_LONG_WORD, SPACE_BETWEEN_WORDS, halfWidthAlnum, isOneCharacterRun, tidyPoint } from "../facts/tidy";
import { isSpokenPart, tidyOrgName } from "../facts/org-names";
import { workAndCount } from "../facts/figure-names";
import type { ApproxKind } from "../normalize/types";
import { parseApproxTags } from "../normalize/approx-tag";
import { parseChineseNumeral } from "../normalize/chinese-numeral";

const at = (cell: ParsedCell): { sheet: string; cell: string } => {
  const i = cell.source.lastIndexOf("!");
  return { sheet: cell.source.slice(0, i), cell: cell.source.slice(i + 1) };
};
/** A 发现数 from which a 整改率 under 1% is implausible rather than a hard year's work (rect.implausible-rate). */
const IMPLAUSIBLE_FOUND = 1000;

/** `3` of `15000` as a percentage with two significant decimals at most: `0.02`, never `0`. */
const rateText = (x: number, f: number): string => {
  const pct = (x / f) * 100;
  return pct === 0 ? "0" : String(Number(pct.toPrecision(pct < 0.01 ? 1 : 2)));
};
const num = (cell: ParsedCell | undefined): number | undefined => (typeof cell?.value === "number" ? cell.value : undefined);

/** A located column of a ledger: its values by data row and where each sits. */
interface ColumnView {
  readonly length: number;
  /** Smallest and largest number among the values. */
  readonly min: number;
  readonly max: number;
  readonly value: (i: number) => ParsedValue;
  /** The approximation of row `i`'s figure (`over` for 百余), if any. */
  readonly approx: (i: number) => ApproxKind | undefined;
  readonly at: (i: number) => { sheet: string; cell: string };
}

/**
 * Column `id` of a ledger: straight from the columnar store when there is one (no rows built),
 * else from its rows (a column missing from a row counts as missing).
 */
function columnOf(ledger: ParsedLedger | undefined, id: string): ColumnView | undefined {
  if (!ledger) return undefined;
  const table = ledger.table;
  if (table) {
    const column = table.columns.find((c) => c.field.id === id);
    return column && { length: table.rowNumbers.length, min: column.min, max: column.max, value: (i) => column.value(i), approx: (i) => column.approx.get(i)?.kind, at: (i) => ({ sheet: table.sheet, cell: `${column.letters}${table.rowNumbers[i]}` }) };
  }
  const rows = ledger.rows;
  if (!rows.some((r) => r.cells[id])) return undefined;
  return { length: rows.length, min: -Infinity, max: Infinity, value: (i) => (rows[i].cells[id] ? rows[i].cells[id].value : null), approx: (i) => rows[i].cells[id]?.approx?.kind, at: (i) => at(rows[i].cells[id]) };
}

/** The sum of a column's numbers (blank and text cells left out), to the hundredth; 0 without the column. */
function columnSum(column: ColumnView | undefined): number {
  let sum = 0;
  for (let i = 0; column && i < column.length; i++) {
    const v = column.value(i);
    if (typeof v === "number") sum += v;
  }
  return Math.round(sum * 100) / 100;
}

/** The catalog's festivals and the words that name each (`新春` for 春节): what a 我们的节日 activity's name should say. */
export type FestivalWords = Pick<Catalog, "festivals" | "festivalAliases">;

/**
 * Findings of the cross-field rules over a parsed workbook. `typedAt` gives what was typed in a cell (`sheet!C5`);
 * `festivals` (the catalog's) enables `activity.festival-unnamed`.
 */
export function crossChecks(wb: ParsedWorkbook, form: FormSpec, typedAt: (source: string) => string | undefined = () => undefined, festivals?: FestivalWords): Finding[] {
  void form;
  const out: Finding[] = [];
  const start = num(wb.profile.start);
  const end = num(wb.profile.end);
  if (start !== undefined && end !== undefined && start > end && wb.profile.end) {
    const p = at(wb.profile.end);
    const special = typeof wb.profile.period?.value === "string" && wb.profile.period.value.trim() === "专项";
    out.push(makeFinding("profile.date-order", p.sheet, p.cell, { read: formatSerialDate(end), detail: formatSerialDate(start), ...(special ? { field: "专项" } : {}) }));
  }
  // 起始/截止日期 given by hand must lie in the period that 报告年度 + 报告期 name (专项 may span any dates).
  const year = num(wb.profile.year);
  const periodName = typeof wb.profile.period?.value === "string" ? wb.profile.period.value : undefined;
  if (year !== undefined && periodName && periodName !== "专项" && periodName !== MONTHLY_PERIOD) {
    const named = defaultPeriod(year, periodName);
    const span = `${formatSerialDate(named.start)}至${formatSerialDate(named.end)}`;
    for (const [cell, d] of [[wb.profile.start, start], [wb.profile.end, end]] as const) {
      if (cell && d !== undefined && (d < named.start || d > named.end)) {
        const p = at(cell);
        const said = formatSerialDate(d).replace(new RegExp(`^${year}年`), "");
        const data = cell === wb.profile.start ? `数据却从${said}起` : `数据却到${said}`;
        out.push(makeFinding("profile.period-mismatch", p.sheet, p.cell, { read: formatSerialDate(d), detail: `${year}年${periodName}（${span}）`, field: `${year}年${periodName}`, list: data }));
      }
    }
  }
  // A 专项 names its own days: without them the summary would tell the whole year (new-user test 30, D18).
  if (periodName === "专项" && (start === undefined || end === undefined) && wb.profile.period) {
    const p = at(wb.profile.period);
    out.push(makeFinding("profile.special-dates", p.sheet, p.cell, { list: [start === undefined ? "起始日期" : "", end === undefined ? "截止日期" : ""].filter(Boolean).join("和"), detail: specialWhenOf(year, specialNameOf(typeof wb.profile.specialName?.value === "string" ? wb.profile.specialName.value : "", year, "专项")) }));
  }
  out.push(...monthlyDates(wb, year, periodName, start, end));
  // 专项名称 names a 专项 only (new-user test 37, D24): on another 报告期 the summary does not use it.
  const specialName = typeof wb.profile.specialName?.value === "string" ? wb.profile.specialName.value.trim() : "";
  // A 专项 without its name is titled only `……创建文明城市专项工作总结` (new-user test 39, D25).
  // A form made before v1.2 has no 专项名称 row to fill: upgrade adds it (column/item missing-newer), no 提示 here.
  if (!specialName && periodName?.trim() === "专项" && wb.profile.specialName) {
    const q = at(wb.profile.specialName);
    out.push(makeFinding("profile.special-name-missing", q.sheet, q.cell, {}));
  }
  if (specialName && wb.profile.specialName && periodName && periodName.trim() !== "专项") {
    const q = at(wb.profile.specialName);
    out.push(makeFinding("profile.special-name-unused", q.sheet, q.cell, { read: specialName, detail: periodName.trim() }));
  }
  const found = columnOf(wb.ledgers.rectification, "found");
  const fixed = columnOf(wb.ledgers.rectification, "rectified");
  const unit = columnOf(wb.ledgers.rectification, "unit");
  const remarks = columnOf(wb.ledgers.rectification, "remark");
  const foundHeader = wb.ledgers.rectification?.spec.columns.find((c) => c.id === "found")?.header;
  if (found && fixed) {
    for (let i = 0; i < fixed.length; i++) {
      const f = found.value(i);
      const x = fixed.value(i);
      if (typeof f === "number" && typeof x === "number" && x > f) {
        const p = fixed.at(i);
        out.push(makeFinding("rect.exceeds-found", p.sheet, p.cell, { read: String(x), detail: String(f) }));
      }
      // `百余` found and 100 rectified: not known to be all rectified (new-user test 24, D17).
      const kind = found.approx(i);
      // The same rough figure typed in both (`60余`, `60余`) says all were.
      if (typeof f === "number" && typeof x === "number" && x === f && f > 0 && (kind === "over" || kind === "about") && !fixed.approx(i)) {
        const p = fixed.at(i);
        const q = found.at(i);
        // A figure typed as words (`三十余`) and written as 30 by 规范数据 or a roll-up keeps what was typed in its 〔约数〕 tag:
        // quoted as typed, never `发现数“30”是约数` (new-user test 39, D12).
        const note = remarks?.value(i);
        const tagged = typeof note === "string" ? parseApproxTags(note).find((t) => t.header === foundHeader)?.typed : undefined;
        out.push(makeFinding("rect.approx-found", p.sheet, p.cell, { typed: tagged ?? typedAt(`${q.sheet}!${q.cell}`) ?? String(f), read: String(x) }));
      }
      // One figure approximate, the other its number: `三十` found and `已整改三十余` (30 and 30余, an import's 〔约数〕 tag) or
      // `近30` found and 30 rectified say more rectified than found, as rect.exceeds-found does for two exact figures; a 提示,
      // never a silent 30/30 (new-user test 43, D12). `约30` on either side is no such claim.
      const fixedKind = fixed.approx(i);
      if (typeof f === "number" && typeof x === "number" && x === f && f > 0 && ((fixedKind === "over" && (!kind || kind === "nearly")) || (kind === "nearly" && !fixedKind))) {
        const p = fixed.at(i);
        const q = found.at(i);
        const note = remarks?.value(i);
        const tags = typeof note === "string" ? parseApproxTags(note) : [];
        const fixedHeader = wb.ledgers.rectification?.spec.columns.find((c) => c.id === "rectified")?.header;
        // As typed when approximate (`“30余”`, `“近30”`: the 〔约数〕 tag's or the cell's), the bare number when exact.
        const said = (approx: string | undefined, header: string | undefined, cell: { sheet: string; cell: string }, value: number): string =>
          approx ? `“${tags.find((t) => t.header === header)?.typed ?? typedAt(`${cell.sheet}!${cell.cell}`) ?? String(value)}”` : String(value);
        out.push(makeFinding("rect.approx-exceeds-found", p.sheet, p.cell, { read: said(fixedKind, fixedHeader, p, x), detail: said(kind, foundHeader, q, f) }));
      }
      // 15000 宗 of 占道经营 found in one community and 3 rectified (`1.5万` typed for 15): a digit or 万 too many is likelier
      // than a 整改率 of 0.02% (new-user test 38, D1). Said at 发现数, with both figures and the rate.
      if (typeof f === "number" && typeof x === "number" && f >= IMPLAUSIBLE_FOUND && x < f / 100) {
        const q = found.at(i);
        const u = unit?.value(i);
        const word = typeof u === "string" ? u.trim() : "";
        out.push(makeFinding("rect.implausible-rate", q.sheet, q.cell, { read: `${f}${word}`, detail: `${x}${word}`, limit: rateText(x, f) }));
      }
    }
  }
  const period = wb.period;
  out.push(...deadlinesPassed(wb));
  out.push(...statedRateConflicts(wb));
  // A summary is written as its period ends (a year's often in mid-December): a 成文日期 more than a month
  // before the end is a slip (new-user test 7, D14: 2024年3月1日 for 上半年).
  const docDate = num(wb.profile.docDate);
  // Only against a 报告期 that was read: an unreadable one (`2025年上半年`) has its own error, and 全年 is no guess to
  // judge by (new-user test 8, D14).
  const periodRead = typeof wb.profile.period?.value === "string";
  if (period && periodRead && docDate !== undefined && signedEarly(period, docDate) && wb.profile.docDate) {
    const p = at(wb.profile.docDate);
    out.push(makeFinding("profile.doc-date-early", p.sheet, p.cell, { read: formatSerialDate(docDate), detail: formatSerialDate(period.end) }));
  }
  // Half a year after the period ended is a slip of the year (new-user test 27, D25: 2030年1月1日 under a 2025 第三季度 summary).
  if (period && periodRead && docDate !== undefined && signedLate(period, docDate) && wb.profile.docDate) {
    const p = at(wb.profile.docDate);
    out.push(makeFinding("profile.doc-date-late", p.sheet, p.cell, { read: formatSerialDate(docDate), detail: formatSerialDate(period.end) }));
  }
  const dates = period && columnOf(wb.ledgers.activities, "date");
  // The column's range inside the period: no date to report, no pass over the rows.
  if (period && dates && (dates.min < period.start || dates.max > period.end)) {
    let span: string | undefined;
    for (let i = 0; i < dates.length; i++) {
      const d = dates.value(i);
      if (typeof d === "number" && (d < period.start || d > period.end)) {
        span ??= `${formatSerialDate(period.start)}至${formatSerialDate(period.end)}`;
        const p = dates.at(i);
        out.push(makeFinding("activity.outside-period", p.sheet, p.cell, { read: formatSerialDate(d), detail: span }));
      }
    }
  }
  // 组织保障 rows dated outside the period (new-user test 24, D14): the summary dates them, so it must not claim them.
  const orgDates = period && columnOf(wb.ledgers.organization, "date");
  if (period && orgDates && (orgDates.min < period.start || orgDates.max > period.end)) {
    const kinds = columnOf(wb.ledgers.organization, "kind");
    const span = `${formatSerialDate(period.start)}至${formatSerialDate(period.end)}`;
    for (let i = 0; i < orgDates.length; i++) {
      const d = orgDates.value(i);
      if (typeof d !== "number") continue;
      const kind = kinds?.value(i);
      const p = orgDates.at(i);
      const stands = orgRowInPeriod(period, kind, { value: d, source: `${p.sheet}!${p.cell}` });
      if (stands === "in") continue;
      out.push(makeFinding("org.outside-period", p.sheet, p.cell, { field: typeof kind === "string" && kind.trim() ? kind.trim() : undefined, read: formatSerialDate(d), limit: span, detail: stands }));
    }
  }
  // More registered volunteers than residents: one of the two figures is wrong (a 注册率 above 100 %
  // would be printed; new-user test 4, D16). Said at the 常住人口 cell.
  const population = num(wb.profile.population);
  const members = columnOf(wb.ledgers.volunteers, "members");
  if (population && members && wb.profile.population) {
    const sum = columnSum(members);
    if (sum > population) {
      const p = at(wb.profile.population);
      out.push(makeFinding("profile.members-over-population", p.sheet, p.cell, { read: String(population), detail: String(sum) }));
    } else if (sum >= population * MOST_OF_POPULATION && populationAs(textOf(wb.profile.unitType), population, num(wb.profile.households), textOf(wb.profile.unitName)) === "辖区") {
      // Half the residents of a 辖区 (catalog populationAs: never a bureau's staff, who may all serve) or more registered is a rate few places reach: one figure likely mistyped (new-user test 42, D18:
      // `1.2万` volunteers of `约1.2万` residents printed as a 注册率 with no word of doubt).
      const p = at(wb.profile.population);
      const rate = Math.round((sum / population) * 1000) / 10;
      out.push(makeFinding("profile.members-most-of-population", p.sheet, p.cell, { read: String(population), detail: String(sum), limit: `${rate}%` }));
    }
  }
  // More households than residents: every household has at least one resident (new-user test 38, D26). Said at 户数.
  const households = num(wb.profile.households);
  if (population && households && wb.profile.households && households > population) {
    const h = at(wb.profile.households);
    out.push(makeFinding("profile.households-over-population", h.sheet, h.cell, { read: String(households), detail: String(population) }));
  }
  out.push(...typeAgainstName(wb));
  out.push(...guideItself(wb));
  out.push(...householdsWithoutArea(wb));
  // 常住人口 typed as 0: no unit has none; the opening then drops it silently (new-user test 27, D17).
  if (wb.profile.population && population === 0) {
    const p = at(wb.profile.population);
    out.push(makeFinding("profile.population-zero", p.sheet, p.cell, {}));
  }
  out.push(...implausibleMembers(wb, population));
  out.push(...plansMissing(wb));
  out.push(...approachUnused(wb));
  out.push(...outsidePeriod(wb));
  out.push(...impossibleFigures(wb));
  out.push(...implausibleFigures(wb));
  out.push(...implausibleMoney(wb));
  out.push(...implausibleTurnout(wb, typedAt));
  out.push(...turnoutOverPopulation(wb, typedAt));
  out.push(...turnoutOutliers(wb));
  out.push(...publicityOverPopulation(wb, typedAt));
  out.push(...figureOverHouseholds(wb, typedAt));
  out.push(...drillsBelowDated(wb, typedAt));
  out.push(...sameEntries(wb));
  out.push(...mixedTurnoutUnits(wb));
  out.push(...zeroTurnout(wb));
  out.push(...zeroMembers(wb));
  out.push(...festivalDates(wb));
  if (festivals) out.push(...festivalUnnamed(wb, festivals));
  if (festivals) out.push(...festivalNotTraditional(wb, festivals));
  out.push(...doubledWords(wb));
  out.push(...placeholderTexts(wb));
  out.push(...noContentSummaries(wb));
  out.push(...questionRemarks(wb));
  out.push(...spokenOrgNames(wb));
  out.push(...spacedFigureNames(wb));
  out.push(...verblessOrgNames(wb));
  out.push(...spokenTexts(wb));
  out.push(...pastPlanDeadlines(wb));
  out.push(...personalInPrintedText(wb));
  out.push(...doubledWordsInTexts(wb));
  out.push(...danglingMeansInIntro(wb));
  out.push(...frequencyTotals(wb));
  out.push(...approxInFrequency(wb));
  out.push(...overNotRound(wb));
  out.push(...rateConflicts(wb).map((c) => {
    const [sheet, cell] = c.source.split("!");
    return makeFinding("figure.rate-contradicts-ledger", sheet, cell, { field: c.name, typed: `${c.typed.value}%`, read: `${Math.round(c.computed.value * 10) / 10}%`, detail: c.basis });
  }));
  out.push(...ratesOver100(wb));
  out.push(...ledgerRepeats(wb));
  out.push(...leadsCountedTwice(wb));
  out.push(...percentWithoutShare(wb));
  out.push(...indicatorsWithoutVerb(wb));
  out.push(...newOverRegistered(wb));
  out.push(...measureWordChecks(wb));
  out.push(...namesCount(wb));
  out.push(...nicknames(wb));
  out.push(...nameInTitle(wb), ...deedNotTitle(wb));
  out.push(...collectiveCounts(wb, typedAt));
  return out;
}

/**
 * `rect.deadline-passed` (new-user test 30, D19): a 问题整改 row not yet fully rectified (已整改数 below 发现数) whose
 * 整改时限 lies before the report period begins — most often a 上期遗留 row carried by 开始下一期 with last period's
 * date. Said at 整改时限, naming the date and the period's start. None for a 专项 without dates.
 */
function deadlinesPassed(wb: ParsedWorkbook): Finding[] {
  const period = wb.period;
  const deadlines = period && columnOf(wb.ledgers.rectification, "deadline");
  if (!period || !deadlines || deadlines.min >= period.start) return [];
  const found = columnOf(wb.ledgers.rectification, "found");
  const fixed = columnOf(wb.ledgers.rectification, "rectified");
  const origin = columnOf(wb.ledgers.rectification, "origin");
  const out: Finding[] = [];
  for (let i = 0; i < deadlines.length; i++) {
    const d = deadlines.value(i);
    const f = found?.value(i);
    const x = fixed?.value(i);
    if (typeof d !== "number" || d >= period.start || typeof f !== "number" || (typeof x === "number" && x >= f)) continue;
    const p = deadlines.at(i);
    const kind = origin?.value(i);
    out.push(makeFinding("rect.deadline-passed", p.sheet, p.cell, { read: formatSerialDate(d), limit: formatSerialDate(period.start), ...(typeof kind === "string" && kind.trim() ? { field: kind.trim() } : {}) }));
  }
  return out;
}

/**
 * `honour.deed-not-title` (new-user test 39, D16): a 荣誉名称 that names a good deed, no title (catalog `DEED_NOT_TITLE`:
 * `好人好事`). The summary leaves the row out of its 获评 sentence. Said at 荣誉名称.
 */
function deedNotTitle(wb: ParsedWorkbook): Finding[] {
  const titles = columnOf(wb.ledgers.honors, "title");
  if (!titles) return [];
  const out: Finding[] = [];
  for (let i = 0; i < titles.length; i++) {
    const title = titles.value(i);
    if (typeof title !== "string" || !DEED_NOT_TITLE.test(title.trim())) continue;
    const p = titles.at(i);
    out.push(makeFinding("honour.deed-not-title", p.sheet, p.cell, { typed: title.trim() }));
  }
  return out;
}

/**
 * `honour.name-in-title` (new-user test 18, D23): a 荣誉名称 with a name of 姓名 between its words
 * (`保洁员王秀英拾金不昧`): without names the summary would quote `“保洁员拾金不昧”`, a title nobody awarded.
 * Said at 荣誉名称, with the words the summary would print.
 */
function nameInTitle(wb: ParsedWorkbook): Finding[] {
  const ledger = wb.ledgers.honors;
  const titles = columnOf(ledger, "title");
  const names = titles && columnOf(ledger, "names");
  if (!titles || !names) return [];
  const out: Finding[] = [];
  for (let i = 0; i < titles.length; i++) {
    const title = titles.value(i);
    const typed = names.value(i);
    if (typeof title !== "string" || typeof typed !== "string") continue;
    const said = honourTitleWithoutNames(title.trim(), typed);
    if (!said.inside) continue;
    const p = titles.at(i);
    out.push(makeFinding("honour.name-in-title", p.sheet, p.cell, { typed: said.names.join("、"), read: said.said }));
  }
  return out;
}

/**
 * `honour.nickname` (new-user test 38, D21): a 先进典型 姓名 that is a 称呼 or 昵称 (`老李头`, `黄大妈`, `刘嫂`: facts/remark
 * isFormOfAddress), one finding per such name, said at 姓名. With names printed the summary leaves it out of the bracket.
 */
function nicknames(wb: ParsedWorkbook): Finding[] {
  const names = columnOf(wb.ledgers.honors, "names");
  if (!names) return [];
  const out: Finding[] = [];
  for (let i = 0; i < names.length; i++) {
    const typed = names.value(i);
    if (typeof typed !== "string") continue;
    const p = names.at(i);
    // `赵老师等` closes a list: the 称呼 is read without its 等, as the summary reads the names (new-user test 41, D20).
    const items = typed.split(/[、，,;；\s]+/u).map((n) => n.replace(/等(?:\d+|[一二两三四五六七八九十百]+)?(?:人|名|位)?$/u, "").trim());
    for (const item of items) {
      // A nickname in quotation marks beside the name (`“胖哥”刘涛`): the name is printed alone (new-user test 45, D14).
      const quoted = nicknameInName(item);
      if (quoted) out.push(makeFinding("honour.nickname", p.sheet, p.cell, { field: headerOf(wb.ledgers.honors, "names"), typed: quoted.nickname, printed: quoted.name }));
      else if (isFormOfAddress(item)) out.push(makeFinding("honour.nickname", p.sheet, p.cell, { field: headerOf(wb.ledgers.honors, "names"), typed: item }));
    }
  }
  return out;
}

/** A place a person is of, by its closing word (`石门村`, `幸福里社区`, `城关街道`, `阳光小区`, `县医院`, `本单位`). */
const PERSONS_PLACE = /^[\u4e00-\u9fff]{1,12}(?:村|社区|街道|小区|单位|居委会|村委会|镇|乡|公司|医院|学校|中学|小学)$/u;

/**
 * `honour.names-count` (new-user test 18, D19): a 先进典型 row counted in persons whose 姓名 lists another number of names
 * than its 人数, with no 等 — said at 姓名. Rows of households and collectives (户, 个) are not persons' lists.
 */
function namesCount(wb: ParsedWorkbook): Finding[] {
  const ledger = wb.ledgers.honors;
  const names = columnOf(ledger, "names");
  const people = names && columnOf(ledger, "people");
  const titles = people && columnOf(ledger, "title");
  if (!names || !people || !titles) return [];
  const out: Finding[] = [];
  for (let i = 0; i < names.length; i++) {
    const typed = names.value(i);
    const count = people.value(i);
    const title = titles.value(i);
    if (typeof typed !== "string" || typeof count !== "number" || typeof title !== "string" || honourMeasure(title) !== "人" || /等|\d/u.test(typed)) continue;
    // `石门村 张德福`: a place typed before a name is the person's place, no second person (new-user test 50, D17).
    const listed = typed.split(/[、，,;；\s]+/u).filter((n, k, all) => n.trim().length >= 2 && !(k < all.length - 1 && PERSONS_PLACE.test(n)));
    if (listed.length === 0 || listed.length === count) continue;
    const p = names.at(i);
    out.push(makeFinding("honour.names-count", p.sheet, p.cell, { typed: listed.join("、"), detail: String(listed.length), read: String(count) }));
  }
  return out;
}

/**
 * `honour.collective-count` (new-user test 34, D1): a 先进典型 row whose 荣誉名称 honours a collective (catalog
 * `COLLECTIVE_HONOUR_ENDINGS` other than households: 文明楼院, 文明单位, 文明寝室) and whose 人数 is a bare number (`6`, `一百二十`):
 * the summary says it in its measure word (`文明楼院6个`, the 备注's when it gives one) and leaves it out of
 * 先进典型人数. Said at 人数; a 人数 typed with its word (`6个`) already says so.
 */
function collectiveCounts(wb: ParsedWorkbook, typedAt: (source: string) => string | undefined): Finding[] {
  const ledger = wb.ledgers.honors;
  const titles = columnOf(ledger, "title");
  const people = titles && columnOf(ledger, "people");
  if (!titles || !people) return [];
  const remarks = columnOf(ledger, "remark");
  const namesCol = columnOf(ledger, "names");
  const out: Finding[] = [];
  for (let i = 0; i < people.length; i++) {
    const t = titles.value(i);
    const count = people.value(i);
    // A level word before a quoted name (`市级“青年文明号”`) is read as the title typed without the quotes (new-user test 62, D1).
    const title = typeof t === "string" ? honourTitleUnquoted(t).title : "";
    // Households (星级文明户, 文明家庭 36) are what the 填报说明 names first: counted in 户 as everyone expects, no 提示.
    if (!title || typeof count !== "number" || /^[人户]$/u.test(honourMeasure(title))) continue;
    const p = people.at(i);
    const typed = (typedAt(`${p.sheet}!${p.cell}`) ?? String(count)).trim();
    // A count in Chinese numerals (`一百二十`) says no measure word either: read as the parser reads it (120), the same 提示
    // as `120`, before `fix` writes the digits (new-user test 55, D20).
    if (!/^[\d０-９.,，]+$/u.test(typed) && parseChineseNumeral(typed) !== count) continue;
    const remark = remarks?.value(i);
    const note = typeof remark === "string" ? remark.trim() : "";
    const measure = honourRowMeasure(title, count, note);
    // One held by a place or part named in 备注, alone under its title, is told with it (`石桥村获评省级文明村`; new-user
    // test 37, D5), as the summary does (build-facts honourFacts).
    // The holder read as the summary reads it (build-facts honourHolderOf: `立案庭`, `立案庭获得`), which tells it as
    // received, whatever its level (new-user test 67, D2: never `评出县级青年文明号1个` beside this 提示).
    const holder = count === 1 ? honourHolderOf(note) : undefined;
    const alone = !!holder && Array.from({ length: titles.length }, (_, j) => titles.value(j)).filter((v) => typeof v === "string" && honourTitleUnquoted(v).title === title).length === 1;
    // A shop's title of a business that is itself one is the unit's own, as the summary tells it (catalog ownShopHonour;
    // new-user test 48, D8: never `诚信经营示范店1家` of a hotel).
    // So is one collective title a unit holds itself (`市级青年文明号` 1, no holder in 备注, no names): `本单位获评市级青年文明号`,
    // as the summary tells it (new-user test 62, D1: never `市级青年文明号1个`).
    const namesTyped = namesCol ? namesCol.value(i) : undefined;
    const own = ownShopHonour(title, count, textOf(wb.profile.unitType), textOf(wb.profile.unitName))
      || (count === 1 && OWN_COLLECTIVE_TITLE.test(title) && !note && !(typeof namesTyped === "string" && namesTyped.trim()));
    out.push(makeFinding("honour.collective-count", p.sheet, p.cell, { field: title, typed: String(count), read: alone ? `${holder}获评${title}` : own ? `本单位获评${title}` : `${title}${count}${measure}` }));
  }
  return out;
}

/** A text cell's trimmed string ("" for a blank, a number or an unreadable value). */
const textOf = (cell: ParsedCell | undefined): string => (typeof cell?.value === "string" ? cell.value.trim() : "");

/** A rate a 其他指标 row states in its name or 备注 (`办结率100%`, `整改率达95%`): the rate word and its percentage. */
const STATED_RATE = /(办结|整改|结案|化解)率(?:为|达|达到)?(\d{1,3}(?:\.\d+)?)[%％]/u;

/**
 * `rect.stated-rate`: a 其他指标 row whose name or 备注 states a rate (`处理患者投诉` 12件, 备注 `办结率100%`) that a 问题整改
 * row of the same count and measure word (and 填报单位, in a roll-up) contradicts (发现12件, 已整改10件: 83.3%). A 提示 at
 * both cells; the summary keeps each ledger's figures (review run 27, 材料2 item 6, 材料3 item 3). Rates compared to 0.5 %.
 */
function statedRateConflicts(wb: ParsedWorkbook): Finding[] {
  const figures = wb.ledgers.figures?.rows ?? [];
  const problems = wb.ledgers.rectification?.rows ?? [];
  if (!figures.length || !problems.length) return [];
  const out: Finding[] = [];
  for (const row of figures) {
    const stated = STATED_RATE.exec(`${textOf(row.cells.name)} ${textOf(row.cells.remark)}`);
    const value = row.cells.value?.value;
    if (!stated || typeof value !== "number" || value <= 0) continue;
    const unit = textOf(row.cells.unit);
    const who = textOf(row.cells[reportingUnitColumn.id]);
    const match = problems.find((p) => p.cells.found?.value === value && typeof p.cells.rectified?.value === "number" && textOf(p.cells.unit) === unit && textOf(p.cells[reportingUnitColumn.id]) === who && !p.cells.found.approx);
    if (!match?.cells.rectified || typeof match.cells.rectified.value !== "number") continue;
    const rate = Math.round((match.cells.rectified.value / value) * 1000) / 10;
    if (Math.abs(rate - Number(stated[2])) <= 0.5) continue;
    const figureAt = at(row.cells.remark && STATED_RATE.test(textOf(row.cells.remark)) ? row.cells.remark : row.cells.name ?? row.cells.value);
    const problemAt = at(match.cells.rectified);
    const read = `${stated[1]}率${stated[2]}%`;
    const detail = `发现${value}${unit}、已整改${match.cells.rectified.value}${unit}（${rate}%）`;
    out.push(makeFinding("rect.stated-rate", figureAt.sheet, figureAt.cell, { read, detail, limit: `${problemAt.sheet}${problemAt.cell}` }));
    out.push(makeFinding("rect.stated-rate", problemAt.sheet, problemAt.cell, { read, detail, limit: `${figureAt.sheet}${figureAt.cell}` }));
  }
  return out;
}

/**
 * `text.approach-unused`: 工作思路 filled while 文字材料 has a 导语 that the summary prints — it opens with the 导语 and
 * the 工作思路 is not written (narrative spec "Structure" 1); said at the 工作思路 cell (new-user test 11, D2). A 导语
 * left out whole as spoken (facts/remark spokenSentences; its own text.spoken says so) leaves the opening to 工作思路:
 * no hint then (new-user test 52, D19).
 */
function approachUnused(wb: ParsedWorkbook): Finding[] {
  const approach = wb.profile.approach;
  const printed = (typed: string): boolean => !!typed && !saysNothing(typed) && !!spokenSentences(typed, "导语").kept.replace(/[。！？；;!?\s]/gu, "");
  if (!textOf(approach) || !wb.ledgers.texts?.rows.some((r) => textOf(r.cells.kind) === "导语" && printed(textOf(r.cells.content).trim()))) return [];
  const p = at(approach);
  return [makeFinding("text.approach-unused", p.sheet, p.cell, {})];
}

/**
 * The parts a summary would lack (`text.plans-missing`): a roll-up's 下一步打算 (read with 填报单位), or a unit's
 * 存在的不足 and 下一步工作打算 (unitPlans). Told whenever a ledger holds rows, so that every workbook whose summary
 * lacks them hears it alike (new-user test 33, D13: an imported 活动台账 alone was told nothing).
 */
function plansMissing(wb: ParsedWorkbook): Finding[] {
  const texts = wb.ledgers.texts;
  if (!texts?.found) return [];
  if (texts.spec.columns.some((c) => c.id === reportingUnitColumn.id)) return rollupOwnPlans(wb, texts);
  // Counted on the columnar table where there is one (its rows are not built for validation). A workbook with no row
  // in any ledger makes no summary to speak of.
  const worked = Object.entries(wb.ledgers).some(([id, l]) => id !== "texts" && l && (l.table ? l.table.rowNumbers.length : l.rows.length) > 0);
  return worked || texts.rows.some((r) => textOf(r.cells.content)) ? unitPlans(texts, openProblems(wb)) : [];
}

/**
 * True when 问题整改 has a problem still open (this period's or 上期遗留): 已整改数 below 发现数, or a 发现数 typed
 * `百余` with as many rectified. The summary's 存在的不足 then tells it (narrative compose `dataShortcomings`), so it
 * has that part even without a 存在不足 row. Rows whose 已整改数 exceeds 发现数 are left out there, as here.
 */
function openProblems(wb: ParsedWorkbook): boolean {
  const kinds = columnOf(wb.ledgers.rectification, "kind");
  const found = columnOf(wb.ledgers.rectification, "found");
  const fixed = columnOf(wb.ledgers.rectification, "rectified");
  for (let i = 0; kinds && found && i < found.length; i++) {
    const f = found.value(i);
    const x = fixed?.value(i) ?? 0;
    const kind = kinds.value(i);
    if (typeof kind !== "string" || !kind.trim() || typeof f !== "number" || typeof x !== "number" || x > f) continue;
    if (x < f || (found.approx(i) === "over" && !fixed?.approx(i))) return true;
  }
  return false;
}

/**
 * `rollup.own-plans-missing`: a roll-up (its 文字材料 read with the 填报单位 extension, as only a
 * 汇总 workbook is) whose combining unit wrote no 下一步打算 of its own (填报单位 blank or its own
 * name). The combined summary takes only the combining unit's 文字材料, so it would end without
 * 下一步工作打算, which every 工作总结 has (narrative spec "Structure" 6; new-user test 7, D10). Said once,
 * at the 文字材料 sheet, with how many plans the units wrote (a start for the combining unit's own).
 */
function rollupOwnPlans(wb: ParsedWorkbook, texts: ParsedLedger): Finding[] {
  const own = textOf(wb.profile.unitName);
  let units = 0;
  for (const row of texts.rows) {
    if (textOf(row.cells.kind) !== "下一步打算" || !textOf(row.cells.content)) continue;
    const unit = textOf(row.cells[reportingUnitColumn.id]);
    if (!unit || unit === own) return [];
    units += 1;
  }
  return [makeFinding("rollup.own-plans-missing", texts.spec.sheet, "", { detail: String(units) })];
}

/**
 * `text.plans-missing`: a unit's summary that would lack 下一步工作打算 or 存在的不足, which a 文明办 asks every 工作总结
 * for (narrative spec "Structure" 5–6; new-user tests 10 D3, 32 D34, 33 D13). 下一步工作打算 comes only from 下一步打算
 * rows; 存在的不足 from 存在不足 rows or from problems still open (`open`). `detail` names what is lacking: `empty`
 * (文字材料 blank, both parts lacking), `empty-plans` (blank, 不足 from the ledgers), `both`, `shortcomings`, or none
 * (下一步打算 only). Said once at the sheet; a 文字材料 holding only the 上期打算 that 开始下一期 carried is not told (the
 * new plans come at the period's end). A lacking part typed as nothing (`无`, `暂无`, `—`: facts `saysNothing`) is said at
 * its cell, `list` naming such kinds, `typed` what was typed, `field` `all` when every lacking part was so typed
 * (new-user test 37, D25).
 */
function unitPlans(texts: ParsedLedger, open: boolean): Finding[] {
  const filled = texts.rows.filter((r) => textOf(r.cells.content));
  if (filled.length && filled.every((r) => textOf(r.cells.kind) === "上期打算")) return [];
  // A row that says only `无`, `暂无`, `—` is as missing: the summary writes nothing of it (new-user test 37, D25).
  const kinds = filled.filter((r) => !saysNothing(textOf(r.cells.content))).map((r) => textOf(r.cells.kind));
  const plans = kinds.includes("下一步打算");
  const shortcomings = open || kinds.includes("存在不足");
  if (plans && shortcomings) return [];
  const detail = !kinds.length ? (shortcomings ? "empty-plans" : "empty") : plans ? "shortcomings" : shortcomings ? undefined : "both";
  // The lacking parts typed as nothing are named, at the first such cell.
  const lacking = [...(shortcomings ? [] : ["存在不足"]), ...(plans ? [] : ["下一步打算"])];
  const nothing = filled.filter((r) => lacking.includes(textOf(r.cells.kind)) && saysNothing(textOf(r.cells.content)));
  if (!nothing.length) return [makeFinding("text.plans-missing", texts.spec.sheet, "", detail ? { detail } : {})];
  const named = lacking.filter((k) => nothing.some((r) => textOf(r.cells.kind) === k));
  const p = at(nothing[0].cells.content);
  const said = { typed: textOf(nothing[0].cells.content).trim(), list: named.map((k) => `“${k}”`).join(""), ...(named.length === lacking.length ? { field: "all" } : {}) };
  return [makeFinding("text.plans-missing", p.sheet, p.cell, { ...(detail ? { detail } : {}), ...said })];
}

/**
 * Dated ledgers other than 活动台账 and 组织保障 (which have their own rules) whose rows dated outside the report period
 * are told (new-user test 26, D26): a 宣传投放 batch of August in a 上半年 summary would be counted again in the 下半年
 * one, so the summary leaves it out, as it leaves out activities (core `inReportPeriod`); a 先进典型 title of last year
 * would be claimed again — still told (its 指标汇总 formula has no room for a date test), the user asked to delete it.
 */
const DATED_LEDGERS: readonly (readonly [ledger: string, rule: "publicity.outside-period" | "honour.outside-period"])[] = [
  ["publicity", "publicity.outside-period"],
  ["honors", "honour.outside-period"],
];

/**
 * `publicity.outside-period`, `honour.outside-period` (new-user test 26, D26): a 宣传投放 or 先进典型 row whose 日期 lies
 * outside the report period (the summary and 指标汇总 leave a 宣传投放 row out). Said at the 日期 with the period.
 */
function outsidePeriod(wb: ParsedWorkbook): Finding[] {
  const period = wb.period;
  if (!period) return [];
  const out: Finding[] = [];
  for (const [id, rule] of DATED_LEDGERS) {
    const dates = columnOf(wb.ledgers[id], "date");
    if (!dates || (dates.min >= period.start && dates.max <= period.end)) continue;
    const span = `${formatSerialDate(period.start)}至${formatSerialDate(period.end)}`;
    for (let i = 0; i < dates.length; i++) {
      const d = dates.value(i);
      const p = dates.at(i);
      if (typeof d !== "number" || inReportPeriod(period, { value: d, source: `${p.sheet}!${p.cell}` })) continue;
      out.push(makeFinding(rule, p.sheet, p.cell, { read: formatSerialDate(d), detail: span }));
    }
  }
  return out;
}

/** Names that say an institution beyond doubt (a `……中心` may be a 社区's own 党群服务中心: not among them). */
const INSTITUTION_NAME: readonly (readonly [RegExp, string])[] = [
  [/(?:学校|小学|中学|幼儿园|大学|学院)$/u, "学校"],
  [/(?:医院|卫生院|公司|银行|集团|支行|分行)$/u, "企事业单位"],
];
/** Names that say a community or village beyond doubt. */
const AREA_NAME: readonly (readonly [RegExp, string])[] = [
  [/社区(?:居民委员会|居委会)$/u, "社区"],
  [/村(?:民委员会|委会)$/u, "村"],
];
const AREA_TYPES = ["社区", "村", "街道", "乡镇"];

/**
 * `profile.type-name` (new-user test 28, D24: 区人民医院 typed 社区, a slip in the dropdown): a 单位类型 of a place
 * (社区, 村, 街道, 乡镇) for a name that says a school, hospital, company or bank, or a 单位类型 of an institution for a
 * name that says a 社区/村 居委会. The summary speaks in the type's voice (`改善人居环境`), so it is said at 单位类型.
 */
function typeAgainstName(wb: ParsedWorkbook): Finding[] {
  const typed = textOf(wb.profile.unitType);
  const name = textOf(wb.profile.unitName);
  if (!typed || !name || !wb.profile.unitType) return [];
  const place = AREA_TYPES.includes(typed);
  const said = (place ? INSTITUTION_NAME : AREA_NAME).find(([re]) => re.test(name))?.[1];
  if (!said || said === typed || (!place && AREA_TYPES.includes(typed))) return [];
  const p = at(wb.profile.unitType);
  return [makeFinding("profile.type-name", p.sheet, p.cell, { field: name, read: typed, detail: said })];
}

/**
 * `profile.guide-self` (new-user test 63, D2): a 上级指导单位 that names the unit itself (catalog guideIsUnitItself), most
 * often copied from a sub-unit's ledger. The summary leaves the guidance out; said at 上级指导单位.
 */
function guideItself(wb: ParsedWorkbook): Finding[] {
  const guide = textOf(wb.profile.guide);
  if (!guide || !wb.profile.guide || !guideIsUnitItself(guide, { unitName: textOf(wb.profile.unitName), shortName: textOf(wb.profile.shortName) })) return [];
  const p = at(wb.profile.guide);
  return [makeFinding("profile.guide-self", p.sheet, p.cell, { read: guide })];
}

/** The catalog's people ceiling of a 单位类型 (own keys only: a type typed `toString` has none). */
const turnoutCeiling = (unitType: string): number | undefined => (Object.prototype.hasOwnProperty.call(activityTurnoutCeiling, unitType) ? activityTurnoutCeiling[unitType] : undefined);

/** How many times its 常住人口 one activity may plausibly draw (a village fair draws the villages around it; new-user test 26, D3). */
const TURNOUT_OVER_POPULATION = 10;

/**
 * `activity.turnout-implausible` (new-user test 26, D3: 1200000人次 for one 社区 clean-up): one activity's 参与数量 above
 * ten times the unit's 常住人口, or, without a population, above the ceiling of its 单位类型 (catalog
 * `activityTurnoutCeiling`). Figures beyond any unit's (`value.implausible`) are told there, not twice. A warning at the
 * 参与数量: the summary prints the figure as typed.
 */
function implausibleTurnout(wb: ParsedWorkbook, typedAt: (source: string) => string | undefined): Finding[] {
  const column = columnOf(wb.ledgers.activities, "participants");
  if (!column) return [];
  const population = num(wb.profile.population);
  const unitType = textOf(wb.profile.unitType);
  const ceiling = population ? population * TURNOUT_OVER_POPULATION : turnoutCeiling(unitType);
  if (!ceiling || column.max <= ceiling) return [];
  const units = columnOf(wb.ledgers.activities, "unit");
  const populationSaid = population && wb.profile.population ? `常住人口${typedAt(wb.profile.population.source) ?? population}人` : undefined;
  const out: Finding[] = [];
  for (let i = 0; i < column.length; i++) {
    const v = column.value(i);
    if (typeof v !== "number" || v <= ceiling || v > PLAUSIBLE.int) continue;
    const unit = textOf(units && { value: units.value(i), source: "" }) || "人";
    const p = column.at(i);
    out.push(makeFinding("activity.turnout-implausible", p.sheet, p.cell, { read: `${v}${unit}`, detail: populationSaid, field: unitType, limit: String(ceiling) }));
  }
  return out;
}

/** An activity named as running over days or weeks (`垃圾分类宣传月`, `文明交通活动周`, `常态化巡访`): its 人次 may pass the population. */
const SPANNING_ACTIVITY = /(?:周|月|季|年|期间|系列|常态|每日|每天|每周|每月|长期|持续|全年|半年)/u;

/**
 * `activity.turnout-over-population` (new-user test 34, D24: 邻里节 `1.5万`人次 in a 社区 of 约12000): one activity's
 * 参与数量 above the unit's 常住人口, where that figure counts the residents of a 辖区 (catalog `populationAs` says
 * `辖区`: 社区, 村, 街道, 乡镇, …; a bureau's 干部职工 or a school's 师生 are not who its events draw). Bounds, by the
 * activity's 单位:
 * - 人 (or blank, read as 人): above 1× the population — more people than live there;
 * - 人次 (and any other word): above 1× too, for one activity is one event on one day (its 日期), where a resident is
 *   seldom counted twice; but not when its 名称 says it ran over days (`宣传月`, `活动周`, `系列`, `常态化`, `每周`:
 *   {@link SPANNING_ACTIVITY}), whose 人次 legitimately add up past the population.
 * Up to ten times the population: above that `activity.turnout-implausible` says it (digits typed twice), not twice. A 提示
 * at the 参与数量, in the style of `profile.members-over-population`; the summary prints the figure as typed.
 */
function turnoutOverPopulation(wb: ParsedWorkbook, typedAt: (source: string) => string | undefined): Finding[] {
  const column = columnOf(wb.ledgers.activities, "participants");
  const population = num(wb.profile.population);
  if (!column || !population || !wb.profile.population || column.max <= population) return [];
  if (populationAs(textOf(wb.profile.unitType), population, num(wb.profile.households), textOf(wb.profile.unitName)) !== "辖区") return [];
  const units = columnOf(wb.ledgers.activities, "unit");
  const names = columnOf(wb.ledgers.activities, "name");
  const populationSaid = `常住人口${typedAt(wb.profile.population.source) ?? population}人`;
  const out: Finding[] = [];
  for (let i = 0; i < column.length; i++) {
    const v = column.value(i);
    if (typeof v !== "number" || v <= population || v > population * TURNOUT_OVER_POPULATION) continue;
    const unit = textOf(units && { value: units.value(i), source: "" }) || "人";
    const name = textOf(names && { value: names.value(i), source: "" });
    if (unit !== "人" && SPANNING_ACTIVITY.test(name)) continue;
    const p = column.at(i);
    out.push(makeFinding("activity.turnout-over-population", p.sheet, p.cell, { read: `${v}${unit}`, detail: populationSaid, field: name || undefined, typed: unit }));
  }
  return out;
}

/** How many times the median of the other activities' 参与数量 one activity may plausibly draw (new-user test 49, D14). */
const TURNOUT_OVER_MEDIAN = 20;

/** Below this 参与数量 no activity is called out of scale: a 500人 meeting beside 20人 classes is common. */
const TURNOUT_OUTLIER_FLOOR = 1000;

/**
 * `activity.turnout-outlier` (new-user test 49, D14: one school's 学雷锋 activity `1.2万` beside 300 and 200 in a roll-up):
 * one activity's 参与数量 (counted in people: 人, 人次 or blank) of at least 1,000 and above 20 times the median of the
 * ledger's other such activities (at least two of them). Not said where `activity.turnout-implausible` or
 * `activity.turnout-over-population` already speak of the row (above the 常住人口), nor at a tenth of the 常住人口 or less
 * (the street sample's 1,500 of 8.6万). A 提示 at the 参与数量; the figure stays
 * and the summary prints it as typed.
 */
function turnoutOutliers(wb: ParsedWorkbook): Finding[] {
  const column = columnOf(wb.ledgers.activities, "participants");
  if (!column || column.max < TURNOUT_OUTLIER_FLOOR) return [];
  const units = columnOf(wb.ledgers.activities, "unit");
  const population = num(wb.profile.population);
  const rows: { i: number; v: number; unit: string }[] = [];
  for (let i = 0; i < column.length; i++) {
    const v = column.value(i);
    const unit = textOf(units && { value: units.value(i), source: "" }) || "人";
    if (typeof v === "number" && v > 0 && !HOUSEHOLD_TURNOUT.has(unit)) rows.push({ i, v, unit });
  }
  const out: Finding[] = [];
  // Sorted once: the median of the others is read from it without the row's own value (one of its equals taken out).
  const sorted = rows.map((o) => o.v).sort((a, b) => a - b);
  for (const r of rows) {
    // A tenth of the 常住人口 or less is a large event a place of that size holds (a street's 1,500 of 8.6万): no outlier.
    if (r.v < TURNOUT_OUTLIER_FLOOR || (population && (r.v > population || r.v <= population / 10))) continue;
    const count = sorted.length - 1;
    if (count < 2) continue;
    const own = sorted.indexOf(r.v);
    const other = (k: number): number => sorted[k < own ? k : k + 1];
    const mid = count >> 1;
    const median = count % 2 ? other(mid) : (other(mid - 1) + other(mid)) / 2;
    if (r.v <= median * TURNOUT_OVER_MEDIAN) continue;
    const p = column.at(r.i);
    out.push(makeFinding("activity.turnout-outlier", p.sheet, p.cell, { read: `${r.v}${r.unit}`, detail: String(median) }));
  }
  return out;
}

/** 宣传投放 handed out (宣传单, 倡议书, 宣传资料; or 方式 发放): copies may pass the residents (several a household, repeated). */
const HANDOUT_KIND = /^(?:宣传单|倡议书|宣传资料)$/u;

/** A batch of displays for every two residents of a 辖区 is no plausible count (`publicity.quantity-over-population`). */
const PUBLICITY_SHARE_OF_POPULATION = 0.5;

/**
 * `publicity.quantity-over-population` (new-user test 39, D13: 道旗 `1.2万`面 in a 社区 of 1.2万): one 宣传投放 row whose
 * 数量 is at least half the unit's 常住人口 ({@link PUBLICITY_SHARE_OF_POPULATION}), where that figure counts the residents of
 * a 辖区 (catalog `populationAs`: 社区, 村, 街道, 乡镇, …). A 道旗 or 公益广告 for every two residents is most likely a figure
 * typed in the wrong unit or with digits too many (real batches are tens to hundreds). Conservative: handouts (宣传单, 倡议书, 宣传资料, or 方式 发放) are never flagged, nor
 * area (平方米). A warning at the 数量; the summary prints the figure as typed.
 */
function publicityOverPopulation(wb: ParsedWorkbook, typedAt: (source: string) => string | undefined): Finding[] {
  const column = columnOf(wb.ledgers.publicity, "quantity");
  const population = num(wb.profile.population);
  const floor = population ? population * PUBLICITY_SHARE_OF_POPULATION : 0;
  if (!column || !population || !wb.profile.population || column.max < floor) return [];
  if (populationAs(textOf(wb.profile.unitType), population, num(wb.profile.households)) !== "辖区") return [];
  const kinds = columnOf(wb.ledgers.publicity, "kind");
  const units = columnOf(wb.ledgers.publicity, "unit");
  const modes = columnOf(wb.ledgers.publicity, "mode");
  const populationSaid = `常住人口${typedAt(wb.profile.population.source) ?? population}人`;
  const out: Finding[] = [];
  for (let i = 0; i < column.length; i++) {
    const v = column.value(i);
    if (typeof v !== "number" || v < floor || v > PLAUSIBLE.int) continue;
    const kind = textOf(kinds && { value: kinds.value(i), source: "" });
    const unit = textOf(units && { value: units.value(i), source: "" });
    const mode = textOf(modes && { value: modes.value(i), source: "" });
    if (HANDOUT_KIND.test(kind) || mode === "发放" || unit === "平方米") continue;
    const p = column.at(i);
    out.push(makeFinding("publicity.quantity-over-population", p.sheet, p.cell, { read: `${typedAt(`${p.sheet}!${p.cell}`) ?? v}${unit}`, detail: populationSaid, field: kind || undefined }));
  }
  return out;
}

/**
 * `workbook.carried-only` (new-user test 43, D21): for a workbook started by 开始下一期 (it holds 上期指标: the caller, actions
 * analyseLedger, knows), whether its ledgers still
 * hold only what was carried — standing 组织保障 rows (领导小组, 工作机制, 共建单位) not dated in the period, 志愿服务 teams
 * without 服务次数 or 服务时长, 问题整改 rows of 来源 上期遗留 with nothing rectified, 上期打算 without 落实情况 — and nothing in
 * 宣传投放, 先进典型, 活动台账 or 其他指标. The summary can only tell those standing facts; said once at 基本信息, `list`
 * naming what is there. (A workbook with no rows at all is `workbook.empty`.)
 */
export function carriedOnly(wb: ParsedWorkbook): Finding[] {
  const rows = (id: string): readonly ParsedRow[] => wb.ledgers[id]?.rows ?? [];
  if (["publicity", "honors", "activities", "figures"].some((id) => rows(id).length)) return [];
  const org = rows("organization");
  const standing = org.every((r) => standingOrgKinds.includes(textOf(r.cells.kind)) && orgRowInPeriod(wb.period, textOf(r.cells.kind), r.cells.date) !== "out" && !(typeof r.cells.date?.value === "number" && inReportPeriod(wb.period, r.cells.date)));
  const teams = rows("volunteers");
  const idle = teams.every((r) => !num(r.cells.services) && !num(r.cells.hours));
  const problems = rows("rectification");
  const old = problems.every((r) => textOf(r.cells.origin) === "上期遗留" && !num(r.cells.rectified));
  const texts = rows("texts").filter((r) => textOf(r.cells.content));
  const plans = texts.every((r) => textOf(r.cells.kind) === "上期打算" && !textOf(r.cells.progress));
  if (!standing || !idle || !old || !plans) return [];
  const list = [...new Set(org.map((r) => textOf(r.cells.kind)))].concat(teams.length ? ["志愿服务队伍"] : [], problems.length ? ["上期遗留问题"] : [], texts.length ? ["上期打算"] : []);
  if (!list.length) return [];
  const sheet = Object.values(wb.profile)[0]?.source.split("!")[0] ?? "基本信息";
  return [makeFinding("workbook.carried-only", sheet, "", { list: list.join("、"), ...(texts.length ? { detail: "plans" } : {}) })];
}

/**
 * `figure.count-over-households` (new-user test 43, D6: 其他指标 `农家乐` 1.5万家 in a village of 520户 and 1,860 people): one
 * 其他指标 row counted in 户 or 家 whose 数值 is above the 户数 of the unit's 辖区 (catalog `populationAs`: 社区, 村, 街道, 乡镇 …),
 * or, without a 户数, above its 常住人口 — more households or businesses than the place has, most likely digits too many or a
 * wrong unit (as publicity.quantity-over-population for 宣传投放). Rows in 户次 or people are never flagged. A warning at the
 * 数值; the summary prints the figure as typed.
 */
function figureOverHouseholds(wb: ParsedWorkbook, typedAt: (source: string) => string | undefined): Finding[] {
  const column = columnOf(wb.ledgers.figures, "value");
  const population = num(wb.profile.population);
  const households = num(wb.profile.households);
  const ceiling = households || population;
  if (!column || !ceiling || column.max <= ceiling) return [];
  if (populationAs(textOf(wb.profile.unitType), population, households, textOf(wb.profile.unitName)) !== "辖区") return [];
  const units = columnOf(wb.ledgers.figures, "unit");
  const names = columnOf(wb.ledgers.figures, "name");
  const said = households ? `户数${households}户` : `常住人口${population}人`;
  const out: Finding[] = [];
  for (let i = 0; i < column.length; i++) {
    const v = column.value(i);
    const unit = textOf(units && { value: units.value(i), source: "" });
    if (typeof v !== "number" || v <= ceiling || v > PLAUSIBLE.int || !/^[户家]$/u.test(unit)) continue;
    const name = textOf(names && { value: names.value(i), source: "" });
    const p = column.at(i);
    out.push(makeFinding("figure.count-over-households", p.sheet, p.cell, { read: `${typedAt(`${p.sheet}!${p.cell}`) ?? v}${unit}`, detail: said, field: name || undefined }));
  }
  return out;
}

/**
 * `figure.drills-below-dated` (run-29 review, t55-fire-q2): a 其他指标 count of drills (`开展应急演练` 1 次: catalog
 * drillCounted) below the drills the 活动台账 lists typed 其他 (`……应急演练` rows): the two read as a contradiction, so the
 * summary tells the listed drills only, without this figure. A warning at the 数值.
 */
function drillsBelowDated(wb: ParsedWorkbook, typedAt: (source: string) => string | undefined): Finding[] {
  const listed = (wb.ledgers.activities?.rows ?? []).filter((r) => textOf(r.cells.kind) === "其他" && DRILL_NAME.test(textOf(r.cells.name).trim())).length;
  const column = columnOf(wb.ledgers.figures, "value");
  if (!listed || !column) return [];
  const units = columnOf(wb.ledgers.figures, "unit");
  const names = columnOf(wb.ledgers.figures, "name");
  const out: Finding[] = [];
  for (let i = 0; i < column.length; i++) {
    const v = column.value(i);
    const unit = textOf(units && { value: units.value(i), source: "" });
    const name = textOf(names && { value: names.value(i), source: "" });
    if (typeof v !== "number" || v >= listed || !drillCounted(name, unit)) continue;
    const p = column.at(i);
    out.push(makeFinding("figure.drills-below-dated", p.sheet, p.cell, { field: name.trim(), read: `${typedAt(`${p.sheet}!${p.cell}`) ?? v}${unit.trim()}`, detail: String(listed) }));
  }
  return out;
}

/**
 * `volunteer.members-implausible` (new-user test 27, D17: 99999999 注册志愿者 in a 村 whose 常住人口 was typed 0):
 * without a population to compare with (`profile.members-over-population` does then), 注册人数 adding up to more than
 * the most people a unit of its 单位类型 gathers (catalog `activityTurnoutCeiling`: a 村 50,000), or, for a unit whose
 * volunteers are its staff, more than such a unit registers (catalog `staffVolunteerCeiling`: a 企事业单位 10,000;
 * new-user test 33, D21; `detail` "staff"). Said at the largest 注册人数; figures beyond any unit's
 * (`value.implausible`) are told there, not twice. The summary prints the figure.
 */
/** Share of the 常住人口 registered as volunteers from which check doubts the figures (profile.members-most-of-population). */
const MOST_OF_POPULATION = 0.5;

function implausibleMembers(wb: ParsedWorkbook, population: number | undefined): Finding[] {
  const members = columnOf(wb.ledgers.volunteers, "members");
  const unitType = textOf(wb.profile.unitType);
  const staff = Object.prototype.hasOwnProperty.call(staffVolunteerCeiling, unitType) ? staffVolunteerCeiling[unitType] : undefined;
  const ceiling = staff ?? turnoutCeiling(unitType);
  if (population || !members || !ceiling) return [];
  const sum = columnSum(members);
  let largest = -1;
  for (let i = 0; i < members.length; i++) {
    const v = members.value(i);
    if (typeof v === "number" && (largest < 0 || v > (members.value(largest) as number))) largest = i;
  }
  if (sum <= ceiling || largest < 0 || (members.value(largest) as number) > PLAUSIBLE.int) return [];
  const p = members.at(largest);
  return [makeFinding("volunteer.members-implausible", p.sheet, p.cell, { read: String(Math.round(sum)), field: unitType, limit: String(ceiling), ...(staff ? { detail: "staff" } : {}) })];
}

/**
 * The columns that make two rows one entry typed twice, by ledger (new-user test 26, D24): an activity on the same day
 * under the same name and type with the same turnout; a 宣传投放 batch of the same type, place, quantity and day (only
 * dated, placed batches: two undated batches of 20 公益广告 may well be two).
 */
const SAME_ENTRY: readonly (readonly [ledger: string, keys: readonly string[], required: readonly string[], said: string])[] = [
  ["activities", ["date", "name", "kind", "participants", "unit"], ["date", "name"], "日期、名称、类型、人数"],
  ["publicity", ["kind", "place", "quantity", "unit", "date"], ["place", "date"], "类型、位置或内容、数量、日期"],
];

/** The row number of a cell address (`A7` → 7). */
const rowNumberOf = (cell: string): number => Number(/\d+$/u.exec(cell)?.[0] ?? 0);

/**
 * `row.same-entry` (new-user test 26, D24): a row whose key columns (SAME_ENTRY) equal an earlier row's — most likely one
 * entry typed or pasted twice, which doubles every total it is in. Said at the later row's first key cell. A row equal in
 * every standard cell is `row.duplicate`'s; two rows whose 备注 both say something different are told apart by it
 * (`上午场`, `下午场`).
 */
function sameEntries(wb: ParsedWorkbook): Finding[] {
  const out: Finding[] = [];
  for (const [id, typedKeys, required, said] of SAME_ENTRY) {
    const ledger = wb.ledgers[id];
    // A roll-up's rows of two units on the same day are two units' work (填报单位 is part of the key).
    const keys = ledger?.spec.columns.some((c) => c.id === reportingUnitColumn.id) ? [...typedKeys, reportingUnitColumn.id] : typedKeys;
    const columns = keys.map((k) => columnOf(ledger, k));
    const first = columns[0];
    if (!ledger || !first || required.some((k) => !columns[keys.indexOf(k)])) continue;
    const others = ledger.spec.columns.filter((c) => !keys.includes(c.id) && c.type !== "formula").map((c) => columnOf(ledger, c.id));
    const remarks = columnOf(ledger, "remark");
    const cellKey = (v: ParsedValue): string => (typeof v === "string" ? `s${v.trim()}` : `${typeof v}${String(v)}`);
    const seen = new Map<string, number[]>();
    const remarkOf = (i: number): string => textOf(remarks && { value: remarks.value(i), source: "" });
    for (let i = 0; i < first.length; i++) {
      if (required.some((k) => { const v = columns[keys.indexOf(k)]?.value(i); return v === null || v === undefined || v === ""; })) continue;
      const key = columns.map((c) => (c ? cellKey(c.value(i)) : "")).join("\u0001");
      const rows = seen.get(key);
      if (!rows) {
        seen.set(key, [i]);
        continue;
      }
      rows.push(i);
      // Equal in every cell to an earlier row: row.duplicate says it.
      if (rows.some((e) => e !== i && others.every((c) => !c || cellKey(c.value(i)) === cellKey(c.value(e))))) continue;
      const earlier = rows.find((e) => e !== i && !(remarkOf(e) && remarkOf(i) && remarkOf(e) !== remarkOf(i)));
      if (earlier === undefined) continue;
      const p = first.at(i);
      out.push(makeFinding("row.same-entry", p.sheet, p.cell, { field: p.sheet, detail: String(rowNumberOf(p.cell)), read: String(rowNumberOf(first.at(earlier).cell)), list: said }));
    }
  }
  return out;
}

/** Above these a whole count (人, 处, 块 …) or any other figure (元, 小时) is no unit's: a slip (new-user test 6, D9). */
const PLAUSIBLE = { int: 1e8, num: 1e11 } as const;

/**
 * The limit of a 其他指标 数值 by its 单位 (new-user test 24, D12: `1.2亿` 次 of a weekly 大清扫 was told nothing, its
 * column being a `num` of limit 1e11): events (次, 场 …) above 1,000,000; money as 元 above 1e11 (万元 1e7, 亿元 1000);
 * other measures in 万 (万人次) above 10,000; anything else counted (人, 人次, 处, 份 …) above 100,000,000. A rate (%) has
 * its own range check.
 */
export function plausibleLimitOf(unit: string): number | undefined {
  const u = unit.trim();
  if (!u || u === "%") return undefined;
  if (/^(?:次|场|期|轮|回|趟|批|批次|堂|节|课|台次)$/u.test(u)) return 1e6;
  if (u === "元") return PLAUSIBLE.num;
  if (u === "万元") return PLAUSIBLE.num / 1e4;
  if (u === "亿元") return PLAUSIBLE.num / 1e8;
  if (u.startsWith("万") && u.length > 1) return 1e4;
  if (u.startsWith("亿")) return 1;
  return PLAUSIBLE.int;
}

/**
 * The measure word each figure of a ledger column counts in, by row (catalog only): the field's own `unit` (元, 人, 小时),
 * else the row's typed 单位 where the ledger has such a column; a blank 单位 reads as the most lenient of its listed words
 * (活动台账: 人次), so that no blank cell is judged harder than a typed one. Undefined: no word (其他指标 without 单位).
 */
function figureWords(ledger: ParsedLedger, field: FieldSpec): ((i: number) => string | undefined) {
  const own = field.unit ?? (field.quantity === "money" ? "元" : field.quantity === "hours" ? "小时" : undefined);
  if (own) return () => own;
  const unitSpec = ledger.spec.columns.find((c) => c.id === "unit");
  const units = unitSpec ? columnOf(ledger, "unit") : undefined;
  const blank = unitSpec?.values?.length
    ? unitSpec.values.reduce((a, b) => ((impossibleFigureOf(b) ?? 0) > (impossibleFigureOf(a) ?? 0) ? b : a))
    : undefined;
  return (i) => {
    const typed = units ? String(units.value(i) ?? "").trim() : "";
    return typed || blank;
  };
}

/**
 * `value.impossible` (new-user test 30, D7: `999999999处` 流动摊点 was a 提示 and printed, then summed into
 * `1000002499处`): a ledger figure at or above what no unit — not even a city's roll-up — reports in one period, by the
 * measure word it counts in (catalog `impossibleFigureOf`: 处/块/场/个 1,000,000; 人/户/份 100,000,000; 次/人次
 * 1,000,000,000; 元 10,000,000,000). An error at the cell: no summary without --force.
 */
function impossibleFigures(wb: ParsedWorkbook): Finding[] {
  const out: Finding[] = [];
  forEachFigure(wb, (ledger, field, column, words) => {
    for (let i = 0; i < column.length; i++) {
      const v = column.value(i);
      const word = words(i) ?? "";
      const limit = impossibleFigureOf(word);
      if (typeof v !== "number" || limit === undefined || v < limit) continue;
      const p = column.at(i);
      out.push(makeFinding("value.impossible", p.sheet, p.cell, { field: headerSaid(field), read: `${String(v)}${word}` }));
    }
  });
  return out;
}

/** Each int or num column of every ledger that has any figure, with the measure word of each row ({@link figureWords}). */
function forEachFigure(wb: ParsedWorkbook, visit: (ledger: ParsedLedger, field: FieldSpec, column: NonNullable<ReturnType<typeof columnOf>>, words: (i: number) => string | undefined) => void): void {
  for (const ledger of Object.values(wb.ledgers)) {
    if (!ledger) continue;
    for (const field of ledger.spec.columns) {
      if (field.type !== "int" && field.type !== "num") continue;
      const column = columnOf(ledger, field.id);
      if (column) visit(ledger, field, column, figureWords(ledger, field));
    }
  }
}

/**
 * `value.implausible`: a ledger figure beyond what any unit reports (`1000000000000000` 注册人数,
 * an ID number typed as a count), once per cell, at the cell. A warning: the summary prints it. A figure that is
 * `value.impossible` (an error) is told there, not twice.
 */
function implausibleFigures(wb: ParsedWorkbook): Finding[] {
  const out: Finding[] = [];
  for (const ledger of Object.values(wb.ledgers)) {
    for (const field of ledger?.spec.columns ?? []) {
      if (!ledger || (field.type !== "int" && field.type !== "num")) continue;
      // 其他指标's 数值 is judged by its row's 单位 (次, 元, 人 …), the lowest limit first: a column under it is passed by.
      const units = ledger.spec.id === "figures" && field.id === "value" ? columnOf(ledger, "unit") : undefined;
      const limit = units ? 1 : PLAUSIBLE[field.type];
      const column = columnOf(ledger, field.id);
      if (!column || column.max <= limit) continue;
      const words = figureWords(ledger, field);
      // A count of an audience's views (`抖音短视频播放量`, catalog AUDIENCE_COUNT_NAME) is no unit's work: passed by.
      const names = units ? columnOf(ledger, "name") : undefined;
      for (let i = 0; i < column.length; i++) {
        const v = column.value(i);
        if (names && AUDIENCE_COUNT_NAME.test(String(names.value(i) ?? "").trim())) continue;
        const unit = units ? String(units.value(i) ?? "").trim() : "";
        const rowLimit = units ? plausibleLimitOf(unit) : limit;
        if (typeof v !== "number" || rowLimit === undefined || v <= rowLimit) continue;
        const impossible = impossibleFigureOf(words(i) ?? "");
        if (impossible !== undefined && v >= impossible) continue;
        const p = column.at(i);
        out.push(makeFinding("value.implausible", p.sheet, p.cell, { field: field.header, read: `${String(v)}${unit}` }));
      }
    }
  }
  return out;
}

/**
 * `money.implausible` (new-user test 30, D14: 12,345,678.9元 of 宣传经费 for 8 screens of one 社区 passed silently): a
 * money figure (catalog `quantity: "money"`) above what one unit of its 单位类型 spends in a period (catalog
 * `moneyCeiling`: 社区/村/学校/企事业单位 100万元, 街道/乡镇 500万元, 机关部门/群团组织/其他 5000万元), at the cell, with the
 * amount as written. A warning: the summary prints it. A figure that is `value.impossible` is told there, not twice.
 */
function implausibleMoney(wb: ParsedWorkbook): Finding[] {
  const unitType = textOf(wb.profile.unitType);
  const ceiling = moneyCeilingOf(unitType);
  if (ceiling === undefined) return [];
  const out: Finding[] = [];
  forEachFigure(wb, (_ledger, field, column) => {
    if (field.quantity !== "money" || column.max <= ceiling) return;
    const word = field.unit ?? "元";
    const impossible = impossibleFigureOf(word) ?? Infinity;
    for (let i = 0; i < column.length; i++) {
      const v = column.value(i);
      if (typeof v !== "number" || v <= ceiling || v >= impossible) continue;
      const p = column.at(i);
      out.push(makeFinding("money.implausible", p.sheet, p.cell, { field: headerSaid(field), read: `${String(v)}${word}`, detail: unitType, list: field.spoken ?? field.header, limit: moneySaid(ceiling) }));
    }
  });
  return out;
}

/** A header as a message says it before a figure with its unit: `投入金额（元）` → `投入金额` (`“投入金额”为300元`). */
const headerSaid = (field: FieldSpec): string => field.header.replace(/（[^）]*）$/u, "");

/** A ceiling in 元 as a message says it: `100万元`, `1亿元`. */
const moneySaid = (yuan: number): string => (yuan >= 1e8 ? `${yuan / 1e8}亿元` : yuan >= 1e4 ? `${yuan / 1e4}万元` : `${yuan}元`);

/**
 * `activity.zero-turnout`: an activity whose 参与数量 is 0 — a typo or a figure not yet counted (new-user test 21,
 * D6). A warning at the cell: the summary tells the activity without a count.
 */
function zeroTurnout(wb: ParsedWorkbook): Finding[] {
  const column = columnOf(wb.ledgers.activities, "participants");
  if (!column || column.min > 0) return [];
  const out: Finding[] = [];
  for (let i = 0; i < column.length; i++) {
    if (column.value(i) !== 0) continue;
    const p = column.at(i);
    out.push(makeFinding("activity.zero-turnout", p.sheet, p.cell, { field: "参与数量" }));
  }
  return out;
}

/**
 * `volunteer.zero-members` (new-user test 26, D22): a 志愿服务 team whose 注册人数 is 0 — a team of no registered volunteer
 * is no team (先进典型's 人数 0 is an error; the spec keeps 注册人数 a plain count, so this is a warning). Said at the
 * 注册人数.
 */
function zeroMembers(wb: ParsedWorkbook): Finding[] {
  const column = columnOf(wb.ledgers.volunteers, "members");
  if (!column || column.min > 0) return [];
  const teams = columnOf(wb.ledgers.volunteers, "team");
  const out: Finding[] = [];
  for (let i = 0; i < column.length; i++) {
    if (column.value(i) !== 0) continue;
    const p = column.at(i);
    const team = teams?.value(i);
    out.push(makeFinding("volunteer.zero-members", p.sheet, p.cell, { field: typeof team === "string" && team.trim() ? team.trim() : undefined }));
  }
  return out;
}

/** The words of an activity name that name a table festival, with how it is said in a message. */
const FESTIVAL_WORDS: readonly (readonly [word: string, festival: TableFestival, said: string])[] = [
  ["春节", "春节", "春节"], ["除夕", "除夕", "除夕"], ["元宵", "元宵", "元宵节"], ["清明", "清明", "清明节"], ["端午", "端午", "端午节"],
  ["七夕", "七夕", "七夕节"], ["中秋", "中秋", "中秋节"], ["重阳", "重阳", "重阳节"], ["腊八", "腊八", "腊八节"],
];
/** Fixed-date festivals named beside a traditional one (`元旦春节走访慰问`, `中秋国庆`): near either is near. */
const FIXED_FESTIVALS: readonly (readonly [word: RegExp, month: number, day: number])[] = [[/元旦|新年/u, 1, 1], [/国庆/u, 10, 1]];
/** Days an activity may lie before / after the festival its name names (春节's 走访慰问 start in 腊月). */
const FESTIVAL_WINDOW = { before: 30, beforeSpring: 45, after: 30 } as const;
/**
 * Days a 我们的节日 celebration (`七夕“爱在南湖”集体婚礼`, `中秋联欢会`) may lie from its festival: it is held on or near
 * the day, so two weeks off is a slip (new-user test 51, D18: 七夕 2025 is 8月29日, not 8月15日). Not 春节/除夕 (腊月's
 * work starts weeks before), nor visits, deliveries or a season's series (`中秋走访慰问`, `重阳敬老月`), which keep FESTIVAL_WINDOW.
 */
const CELEBRATION_DAYS = 10;
const FESTIVAL_SEASON_WORK = /慰问|走访|看望|探望|送|帮扶|月$|月活动|季|系列|周$|宣传周|期间|前夕|前后|迎/u;

/** Days named by their date (`三八`, `五四`, `八一`), with that month and day. */
const DATE_NAMED_DAYS: readonly (readonly [word: string, month: number, day: number, re: RegExp])[] = ([["三八", 3, 8], ["五一", 5, 1], ["五四", 5, 4], ["六一", 6, 1], ["七一", 7, 1], ["八一", 8, 1]] as const)
  .map(([w, m, d]) => [w, m, d, new RegExp(`(?<![一二三四五六七八九十])${w}(?![一二三四五六七八九十])`, "u")] as const);

/**
 * A day an activity's name gives by its date (`“3·15”消费维权宣传`, `12·4宪法日`, `六一儿童节游园`, `八一走访慰问`) when the row's
 * `day` (a serial) lies more than FESTIVAL_WINDOW from it in the row's year and the years beside it: `3·15（2025年3月15日）`, the
 * finding's detail; else undefined (run-29 review: `5月15日……开展“3·15”消费维权宣传活动`, a date that contradicts its name).
 * Season's work (`三八节前夕走访`, `3·15宣传周`) keeps the same window as festivals.
 */
function dayNameFarFrom(name: string, day: number): string | undefined {
  // `·` as people write these days; a dot only before no measure (`2.5公里健步走` is no 2月5日).
  const digits = /(?<![\d.．])(1[0-2]|[1-9])[·•・.．](3[01]|[12]\d|[1-9])(?![\d.．%万千百公米元里斤吨亩平方个人次场期批户家所小分倍])/u.exec(name);
  const said = digits ? { word: `${digits[1]}·${digits[2]}`, m: Number(digits[1]), d: Number(digits[2]) } : (() => {
    const hit = DATE_NAMED_DAYS.find(([, , , re]) => re.test(name));
    return hit ? { word: hit[0], m: hit[1], d: hit[2] } : undefined;
  })();
  if (!said) return undefined;
  const { y } = ymdFromSerial(day);
  const at = [y - 1, y, y + 1].map((year) => serialFromYmd({ y: year, m: said.m, d: said.d })).reduce((a, b) => (Math.abs(b - day) < Math.abs(a - day) ? b : a));
  if (day >= at - FESTIVAL_WINDOW.before && day <= at + FESTIVAL_WINDOW.after) return undefined;
  return `${said.word}（${formatSerialDate(at)}）`;
}

/**
 * `activity.festival-date` (new-user test 25, D22): an activity whose name names a traditional festival
 * (`端午节香囊制作`) dated far from it (2026年3月10日; 端午 2026年6月19日) — a slip in the date or the year. Said at the
 * 日期 with the festival's nearest date; a name naming several festivals is told only when far from all of them.
 */
function festivalDates(wb: ParsedWorkbook): Finding[] {
  const ledger = wb.ledgers.activities;
  const dates = columnOf(ledger, "date");
  const names = dates && columnOf(ledger, "name");
  if (!dates || !names) return [];
  const kinds = columnOf(ledger, "kind");
  const out: Finding[] = [];
  for (let i = 0; i < dates.length; i++) {
    const d = dates.value(i);
    const name = names.value(i);
    if (typeof d !== "number" || typeof name !== "string") continue;
    const named = FESTIVAL_WORDS.filter(([w]) => name.includes(w));
    if (!named.length) {
      const slip = dayNameFarFrom(name, Math.floor(d));
      // Quotes typed in the name are single inside the message's own (GB/T 15834): `“‘3·15’消费维权宣传”`.
      if (slip) out.push(makeFinding("activity.festival-date", dates.at(i).sheet, dates.at(i).cell, { field: name.trim().replace(/[“"]([^“”"]*)[”"]/gu, "‘$1’"), read: formatSerialDate(Math.floor(d)), detail: slip }));
      continue;
    }
    const kind = kinds?.value(i);
    const celebration = typeof kind === "string" && kind.trim() === "我们的节日" && !FESTIVAL_SEASON_WORK.test(name);
    const day = Math.floor(d);
    let far: { said: string; at: number; gap: number } | undefined;
    let near = false;
    for (const [, festival, said] of named) {
      const at = nearestFestivalDay(festival, day);
      if (at === undefined) {
        near = true;
        break;
      }
      const spring = festival === "春节" || festival === "除夕";
      const close = celebration && !spring && festival !== "腊八";
      const before = spring ? FESTIVAL_WINDOW.beforeSpring : close ? CELEBRATION_DAYS : FESTIVAL_WINDOW.before;
      if (day >= at - before && day <= at + (close ? CELEBRATION_DAYS : FESTIVAL_WINDOW.after)) near = true;
      else if (!far || Math.abs(at - day) < far.gap) far = { said, at, gap: Math.abs(at - day) };
    }
    if (near || !far) continue;
    const { y } = ymdFromSerial(day);
    const nearFixed = ([w, m, dd]: (typeof FIXED_FESTIVALS)[number]) => w.test(name) && [y - 1, y, y + 1].some((year) => Math.abs(serialFromYmd({ y: year, m, d: dd }) - day) <= FESTIVAL_WINDOW.after);
    if (FIXED_FESTIVALS.some(nearFixed)) continue;
    const p = dates.at(i);
    out.push(makeFinding("activity.festival-date", p.sheet, p.cell, { field: name.trim(), read: formatSerialDate(day), detail: `${far.said}（${formatSerialDate(far.at)}）` }));
  }
  return out;
}

/** Days a 我们的节日 activity may lie from a festival for its date to suggest that festival. */
const FESTIVAL_NEAR_DAYS = 7;

/**
 * `activity.festival-unnamed` (new-user test 26, D25): a 我们的节日 activity whose 活动名称 names no festival (`文艺汇演`,
 * `敬老`) while the 填报说明 asks for it — the summary groups these activities by festival. Said at the 活动名称; when the
 * date lies within a week of a festival (table: src/core/catalog/festival-dates.ts), that festival is suggested.
 * Names with a festival of the catalog, one of its aliases (`新春`, `登高`) or any 节 (`国庆节`) are not told.
 */
function festivalUnnamed(wb: ParsedWorkbook, festivals: FestivalWords): Finding[] {
  const ledger = wb.ledgers.activities;
  const kinds = columnOf(ledger, "kind");
  const names = kinds && columnOf(ledger, "name");
  if (!kinds || !names) return [];
  const dates = columnOf(ledger, "date");
  const named = /节|元旦|新年|国庆|除夕|腊八|冬至|小年|春晚|年货/u;
  const out: Finding[] = [];
  for (let i = 0; i < kinds.length; i++) {
    const name = names.value(i);
    if (kinds.value(i) !== "我们的节日" || typeof name !== "string" || !name.trim()) continue;
    if (named.test(name) || festivals.festivals.some((f) => name.includes(f)) || Object.values(festivals.festivalAliases).some((words) => words.some((w) => name.includes(w)))) continue;
    const d = dates?.value(i);
    // Dated on a modern holiday (国庆节, 劳动节 …): festival-not-traditional says so, never `中秋节…` (new-user test 48, D14).
    if (typeof d === "number" && modernHolidayOn(d)) continue;
    let near: { said: string; gap: number } | undefined;
    if (typeof d === "number") {
      for (const [, festival, said] of FESTIVAL_WORDS) {
        const at = nearestFestivalDay(festival, Math.floor(d));
        if (at === undefined) continue;
        const gap = Math.abs(at - Math.floor(d));
        if (gap <= FESTIVAL_NEAR_DAYS && (!near || gap < near.gap)) near = { said, gap };
      }
    }
    const p = names.at(i);
    out.push(makeFinding("activity.festival-unnamed", p.sheet, p.cell, { field: name.trim(), read: near && typeof d === "number" ? formatSerialDate(Math.floor(d)) : undefined, detail: near?.said }));
  }
  return out;
}

/**
 * `activity.festival-not-traditional` (new-user test 38, D23): a 我们的节日 activity whose 活动名称 names a festival of
 * the calendar (`三八妇女节插花`, `迎国庆文艺汇演`; catalog modernFestivalIn) and no festival of 我们的节日, which the
 * 填报说明 limits to 春节、元宵、清明、端午、七夕、中秋、重阳 (catalog `festivals` and their aliases). Said at the 活动类型.
 */
function festivalNotTraditional(wb: ParsedWorkbook, festivals: FestivalWords): Finding[] {
  const kinds = columnOf(wb.ledgers.activities, "kind");
  const names = kinds && columnOf(wb.ledgers.activities, "name");
  if (!kinds || !names) return [];
  const dates = columnOf(wb.ledgers.activities, "date");
  const out: Finding[] = [];
  for (let i = 0; i < kinds.length; i++) {
    const name = names.value(i);
    if (kinds.value(i) !== "我们的节日" || typeof name !== "string" || namesTraditionalFestival(festivals, name)) continue;
    const p = kinds.at(i);
    if (modernFestivalIn(name)) {
      out.push(makeFinding("activity.festival-not-traditional", p.sheet, p.cell, { field: name.trim() }));
      continue;
    }
    // A name that names no festival, dated on a modern holiday (`“我和我的祖国”主题升旗仪式` on 2025年10月1日: 国庆节), is
    // told by its date and the holiday (new-user test 48, D14: never `请在名称中写明节日，如“中秋节…”`).
    const d = dates?.value(i);
    const holiday = typeof d === "number" && !/节|元旦|国庆/u.test(name) ? modernHolidayOn(d) : undefined;
    if (holiday && typeof d === "number") out.push(makeFinding("activity.festival-not-traditional", p.sheet, p.cell, { field: name.trim(), read: formatSerialDate(Math.floor(d)), detail: holiday }));
  }
  return out;
}

/**
 * `text.placeholder` (new-user test 39, D4, D18, D21, D26): a free-text cell the summary tells (catalog FieldSpec.told) that
 * holds a placeholder (normalize placeholderKind) — a name (活动名称, 指标名称, 名称或内容) any placeholder, `活动` and `会议`
 * as an 活动名称 too; content (简要内容, 文字材料 内容 …) and notes (备注) a back-reference, pointer or catch-all (`同上`,
 * `见备注`, `详见工作群`, `其他`), never `无`, which says there is nothing and is read so. The summary never writes it; said at
 * the cell, one finding per cell.
 */
function placeholderTexts(wb: ParsedWorkbook): Finding[] {
  const out: Finding[] = [];
  for (const ledger of Object.values(wb.ledgers)) {
    for (const field of ledger?.spec.columns ?? []) {
      if (field.type !== "text") continue;
      const column = columnOf(ledger, field.id);
      if (!column) continue;
      // A cell the summary never tells (问题整改 责任单位, 活动台账 地点 …) holding `同上` is told too: it says the cell above,
      // which another row comes to be when rows are sorted, deleted or left behind by 开始下一期 (new-user test 67, D10:
      // 责任单位 `同上` under 物业公司 came to mean 社区网格员). Printed what it reads as now.
      if (!field.told) {
        const typed = Array.from({ length: column.length }, (_, j) => { const x = column.value(j); return typeof x === "string" ? x.trim() : ""; });
        for (let i = 0; i < column.length; i++) {
          if (placeholderKind(typed[i]) !== "reference") continue;
          const above = isAboveReference(typed[i]) ? cellAbove(typed, i) : undefined;
          const p = column.at(i);
          out.push(makeFinding("text.placeholder", p.sheet, p.cell, { field: headerSaid(field), typed: typed[i], detail: "cell", ...(above ? { printed: above } : {}) }));
        }
        continue;
      }
      const activity = ledger?.spec.id === "activities" && field.id === "name";
      const kinds = activity ? columnOf(ledger, "kind") : undefined;
      for (let i = 0; i < column.length; i++) {
        const v = column.value(i);
        if (typeof v !== "string") continue;
        const kind = placeholderKind(v);
        // `略` (and `无`, `暂无`) as an activity's 简要内容 says its content was left out, not that there was none (new-user test 52, D10).
        const activityContent = ledger?.spec.id === "activities" && field.id === "summary";
        const flagged = field.told === "name" ? !!kind || (activity && isPlaceholderActivityName(v)) : kind === "reference" || kind === "catch-all" || (activityContent && kind === "nothing");
        if (!flagged) continue;
        const p = column.at(i);
        // A nameless activity of 类型 其他 is counted in the total only, never told as a sentence of its own (new-user test 51, D7).
        const typedKind = kinds?.value(i);
        const other = activity && typeof typedKind === "string" && typedKind.trim() === "其他";
        // One that tells nothing else either is neither told nor counted (catalog isEmptyActivityRow; review run 31, AU).
        const cellOf = (id: string): ParsedValue | undefined => (activity ? columnOf(ledger, id)?.value(i) ?? undefined : undefined);
        const empty = activity && isEmptyActivityRow({ name: v, kind: typedKind ?? "", summary: cellOf("summary"), participants: cellOf("participants"), place: cellOf("place") });
        // `同上` under a named activity is read as that activity (facts copiedDownName; new-user test 61, D10).
        const above = activity && !empty ? copiedDownName(Array.from({ length: column.length }, (_, j) => { const x = column.value(j); return typeof x === "string" ? x.trim() : ""; }), i) : undefined;
        const detail = above ? "activity-above" : activity ? (empty ? "activity-empty" : other ? "activity-other" : "activity") : ledger?.spec.id === "figures" && field.id === "name" ? "figure" : "";
        out.push(makeFinding("text.placeholder", p.sheet, p.cell, { field: headerSaid(field), typed: v.trim(), detail, ...(above ? { printed: above } : {}) }));
      }
    }
  }
  return out;
}

/**
 * `text.placeholder` (new-user test 41, D1): an 活动台账 简要内容 clause that is a note about the record (`日期可能记错`,
 * `待核实`, `照片在群里`, `回头补`) or says who did it (`书法协会老李写的`, `王主任负责的`): facts/remark activityContent
 * leaves it out of the summary, never `以日期可能记错为主要内容`. Also talk (`胖姐也来了`, `顺便宣传`, `很感人`, a clause after a
 * space that is no written content: `共享单车摆放`; detail `talk`, new-user test 43, D2/D11). Said at the cell with the
 * clauses left for the same reason (each quoted), one finding per cell (a placeholder cell is placeholderTexts').
 */
function noContentSummaries(wb: ParsedWorkbook): Finding[] {
  const column = columnOf(wb.ledgers.activities, "summary");
  if (!column) return [];
  const out: Finding[] = [];
  for (let i = 0; i < column.length; i++) {
    const v = column.value(i);
    if (typeof v !== "string" || placeholderKind(v)) continue;
    const left = activityContent(v).left;
    // A bare name left beside a nickname's clause (`胖姐也来了 李建国`: value.personal's) is no talk to quote (new-user test 47, D11).
    const note = left.find((c) => c.why !== "spoken" && !namesPeople(c.text.trim()));
    if (!note) continue;
    const p = column.at(i);
    // Every clause left for the same reason is named (`“大伙儿一起把村道扫了一遍”“干得热火朝天”`: new-user test 47, D1); never
    // one more that may name a person (`李建国`, a clause of 3 characters or fewer: value.personal's, never quoted here).
    const typed = [note, ...left.filter((c) => c !== note && c.why === note.why && c.text.length > 3 && !hasPersonalData(c.text) && !personalNameIn(c.text))].map((c) => c.text).join("”“");
    // A sum said as people say it asks for the written sum in 其他指标 or 宣传投放 (new-user test 48, D3).
    const written = note.why === "money" ? spokenMoney(note.text) : undefined;
    out.push(makeFinding("text.placeholder", p.sheet, p.cell, { field: headerOf(wb.ledgers.activities, "summary"), typed, detail: note.why, ...(written ? { printed: written } : {}) }));
  }
  return out;
}

/** A question (`这个算不算创文活动？`, `是否计入`, `要不要写`, `……吗`): asked of whoever reads the ledger, never content. */
const QUESTION = /[？?]|吗[。！]?$|算不算|是不是|是否|要不要|能不能|可不可以|行不行|对不对|该不该/u;

/**
 * `text.question` (new-user test 55, D11): a 备注 of any ledger that is a question (QUESTION) — the staff member asks whether
 * the row belongs there (`这个算不算创文活动？`). Said at the cell, one finding per cell.
 */
function questionRemarks(wb: ParsedWorkbook): Finding[] {
  const out: Finding[] = [];
  for (const ledger of Object.values(wb.ledgers)) {
    const column = columnOf(ledger, "remark");
    if (!ledger || !column) continue;
    for (let i = 0; i < column.length; i++) {
      const v = column.value(i);
      if (typeof v !== "string" || !QUESTION.test(v)) continue;
      const p = column.at(i);
      out.push(makeFinding("text.question", p.sheet, p.cell, { field: headerOf(ledger, "remark"), typed: v.trim() }));
    }
  }
  return out;
}

/**
 * `org.spoken-name` (new-user test 40, D4, D22): a 组织保障 名称或内容 typed with a half-width space between words
 * (`网格化 一网格一员`) or a spoken clause (`跟物业对接电动车进楼问题 开了几次会`). The summary tidies it (facts/org-names
 * tidyOrgName: the spoken clause left out, 跟 → 与, the rest after a comma); said at the name with what is written.
 */
function spokenOrgNames(wb: ParsedWorkbook): Finding[] {
  const names = columnOf(wb.ledgers.organization, "content");
  if (!names) return [];
  const out: Finding[] = [];
  for (let i = 0; i < names.length; i++) {
    const name = names.value(i);
    if (typeof name !== "string") continue;
    const typed = name.trim();
    const spaced = /[\u4e00-\u9fff）)]\s+[\u4e00-\u9fff（(]/u.test(typed);
    const spoken = typed.split(/\s+/u).slice(1).some(isSpokenPart);
    if (!spaced && !spoken) continue;
    const t = tidyOrgName(typed);
    const printed = [t.content, t.tail].filter(Boolean).join("，");
    const p = names.at(i);
    out.push(makeFinding("org.spoken-name", p.sheet, p.cell, { typed, printed, detail: spoken ? "口语" : "空格", ...(t.frequency ? { read: t.frequency } : {}) }));
  }
  return out;
}

/**
 * `figure.spoken-name` (new-user test 58, D4): a 其他指标 指标名称 typed in two parts split by a space, the work and what its
 * figure counts (`食堂光盘行动 减少剩饭剩菜`: facts/figure-names workAndCount). The summary says `开展食堂光盘行动，减少剩饭剩菜……`;
 * said at the name with what is written, as org.spoken-name is for 组织保障.
 */
function spacedFigureNames(wb: ParsedWorkbook): Finding[] {
  const names = columnOf(wb.ledgers.figures, "name");
  if (!names) return [];
  const out: Finding[] = [];
  for (let i = 0; i < names.length; i++) {
    const name = names.value(i);
    const split = typeof name === "string" ? workAndCount(name) : undefined;
    if (!split || typeof name !== "string") continue;
    const p = names.at(i);
    out.push(makeFinding("figure.spoken-name", p.sheet, p.cell, { typed: name.trim(), printed: `开展${split.work}，${split.counted}` }));
  }
  return out;
}

/**
 * `org.no-verb` (new-user test 54, D7): a 组织保障 row of 事项类型 其他 whose 名称或内容 (as the summary tidies it) says no
 * action and takes none (`客户投诉处理流程图`: catalog verblessOrgContent) and has no 数量. The summary leaves the row out;
 * said at the name.
 */
function verblessOrgNames(wb: ParsedWorkbook): Finding[] {
  const names = columnOf(wb.ledgers.organization, "content");
  const kinds = columnOf(wb.ledgers.organization, "kind");
  const counts = columnOf(wb.ledgers.organization, "quantity");
  if (!names || !kinds) return [];
  const out: Finding[] = [];
  for (let i = 0; i < names.length; i++) {
    const name = names.value(i);
    const kind = kinds.value(i);
    if (typeof name !== "string" || typeof kind !== "string" || kind.trim() !== "其他") continue;
    // A name with its 数量 is a tally (`包联社区2个`): told as it stands.
    const count = counts?.value(i);
    if (count !== null && count !== undefined && String(count).trim() !== "") continue;
    const typed = tidyOrgName(name.trim()).content;
    if (!verblessOrgContent(typed)) continue;
    const p = names.at(i);
    out.push(makeFinding("org.no-verb", p.sheet, p.cell, { typed }));
  }
  return out;
}

/**
 * `text.spoken` (new-user test 43, D7; new-user test 44, D3): a 文字材料 内容 or 落实情况 typed with a space between words
 * (`夜市专班 晚上十点后还在巡`: written with ， — facts/tidy tidyPoint — and said with what is written), or with a sentence
 * in spoken words or calling a person by nickname (`今年上半年呢，…搞得还可以`, `效果蛮好的`, `特别是老刘那几家`: facts/remark
 * spokenSentences, which the summary leaves out): one finding per sentence left out, naming it, so that a written version
 * is typed before the text is handed in. Never a promise of a rewrite the summary does not make.
 */
function spokenTexts(wb: ParsedWorkbook): Finding[] {
  const out: Finding[] = [];
  // A part (下一步打算, 存在不足) whose every row is left out whole: the summary has no such section, said in the 提示
  // (new-user test 46, D7), as text.plans-missing says it of an empty 文字材料. 存在的不足 also comes from open problems.
  // Each text read once (spokenSentences), for the part it may empty and for its findings.
  // Read in the written form the summary gives it (facts/remark writtenRemark, by the row's 类型; `落实情况` for a 落实情况).
  const read = new Map<string, ReturnType<typeof spokenSentences>>();
  const spoken = (typed: string, kind: string): ReturnType<typeof spokenSentences> => read.get(`${kind}\u0000${typed}`) ?? read.set(`${kind}\u0000${typed}`, spokenSentences(typed, kind, num(wb.profile.year))).get(`${kind}\u0000${typed}`)!;
  const keepsNothing = (typed: string, kind: string): boolean => !spoken(typed, kind).kept.replace(/[。！？；;!?\s]/gu, "");
  const rows = wb.ledgers.texts.rows.map((r) => ({ kind: textOf(r.cells.kind), content: textOf(r.cells.content) })).filter((r) => r.content && !saysNothing(r.content));
  const emptied = (kind: string): boolean => rows.some((r) => r.kind === kind) && rows.filter((r) => r.kind === kind).every((r) => keepsNothing(r.content.trim(), kind));
  const lost = new Map<string, string>([
    ...(emptied("下一步打算") ? [["下一步打算", "“下一步工作打算”部分"] as [string, string]] : []),
    ...(emptied("存在不足") && !openProblems(wb) ? [["存在不足", "“存在的不足”部分"] as [string, string]] : []),
  ]);
  const kinds = columnOf(wb.ledgers.texts, "kind");
  for (const key of ["content", "progress"] as const) {
    const column = columnOf(wb.ledgers.texts, key);
    if (!column) continue;
    const field = headerOf(wb.ledgers.texts, key);
    for (let i = 0; i < column.length; i++) {
      const v = column.value(i);
      if (typeof v !== "string") continue;
      const typed = v.trim();
      const p = column.at(i);
      const kind = key === "progress" ? "落实情况" : String(kinds?.value(i) ?? "").trim();
      const said = spoken(typed, kind);
      const part = key === "content" && keepsNothing(typed, kind) ? lost.get(kind) : undefined;
      // What the summary prints is quoted as it prints it: the personal part removed (facts/build-facts scrubPersonalSentences;
      // new-user test 61, D5: never `有事可以联系王晓梅13907651234` in the quote).
      for (const left of said.left) {
        const head = left.head ? tidyPoint(scrubPersonalSentences(left.head)).replace(/[。！？；;!?]+$/u, "") : "";
        out.push(makeFinding("text.spoken", p.sheet, p.cell, { field, typed: left.text, detail: left.why, ...(head ? { printed: head } : {}), ...(part ? { list: part } : {}), ...(left.spoken ? { read: left.spoken } : {}) }));
      }
      if (said.left.length) continue;
      // The unit or its work said as staff say it, which the summary writes in written words (`我们中心…这个中心`: new-user
      // test 51, D4), said with what is printed. Other written forms (`还不够强` → `有待提升`) are made silently.
      // So are the loose words of LOOSE_REMARK (`早市时候特别乱` → `早市时段秩序较乱`: new-user test 55, D9).
      const written = kind && mayBeWritten(typed) ? writtenRemark(typed, kind, num(wb.profile.year)) : typed;
      if (written !== typed) {
        out.push(makeFinding("text.spoken", p.sheet, p.cell, { field, typed, printed: tidyPoint(scrubPersonalSentences(written)), detail: "书面" }));
        continue;
      }
      if (!new RegExp(SPACE_BETWEEN_WORDS.source, "u").test(typed)) continue;
      out.push(makeFinding("text.spoken", p.sheet, p.cell, { field, typed, printed: tidyPoint(typed), detail: "空格" }));
    }
  }
  return out;
}

/**
 * `text.plan-past-deadline` (new-user test 53, D3): a 下一步打算 whose deadline (`6月底前`, `6月15日前`) is on or before
 * the period's last day or the 成文日期 (facts/remark pastDeadlines, facts/build-facts planDeadlineBy): already past when
 * the summary is read. The summary leaves the deadline out and keeps the plan; said at the 内容 cell with the deadline
 * and the day it is measured by.
 */
function pastPlanDeadlines(wb: ParsedWorkbook): Finding[] {
  const by = planDeadlineBy(wb);
  const texts = wb.ledgers.texts;
  if (!by || !texts) return [];
  const docLater = by.by > (wb.period?.end ?? 0);
  const out: Finding[] = [];
  for (const r of texts.rows) {
    if (textOf(r.cells.kind) !== "下一步打算" || !r.cells.content) continue;
    const past = pastDeadlines(textOf(r.cells.content), by.year, by.start, by.by);
    if (!past) continue;
    const p = at(r.cells.content);
    out.push(makeFinding("text.plan-past-deadline", p.sheet, p.cell, { read: past.deadlines.join("、"), limit: docLater ? "成文日期" : "本期截止日期", detail: formatSerialDate(by.by) }));
  }
  return out;
}

/** A name that closes with one two-character word typed twice (`文明交通劝导活动活动`, `宣传宣传`). */
const DOUBLED_END = /([\u4e00-\u9fff]{2})\1$/u;

/**
 * `text.doubled-word` (new-user test 31, D19): a 活动台账 活动名称 that closes with a word typed twice (`……活动活动`), which
 * the summary says as typed (`开展“文明交通劝导活动活动”`). Said at the name with the name once (`文明交通劝导活动`); the
 * name is never changed silently. A name of the doubled word alone (`宣传宣传`) is told too.
 */
function doubledWords(wb: ParsedWorkbook): Finding[] {
  const names = columnOf(wb.ledgers.activities, "name");
  if (!names) return [];
  const out: Finding[] = [];
  for (let i = 0; i < names.length; i++) {
    const name = names.value(i);
    const m = typeof name === "string" ? DOUBLED_END.exec(name.trim()) : null;
    if (!m || typeof name !== "string") continue;
    const p = names.at(i);
    out.push(makeFinding("text.doubled-word", p.sheet, p.cell, { typed: name.trim(), detail: m[1], printed: name.trim().slice(0, -m[1].length) }));
  }
  return out;
}

/**
 * `value.personal` for a person named in free text the summary reads (new-user test 34, D20/D21): an activity's 简要内容
 * (`为孤寡老人赵大爷送春联`; its phone numbers are told by checkCell already), and the 备注 of a 问题整改 row typed 其他,
 * which names the category (`居民王某某（电话…）在3号楼下私搭鸡舍`). The summary leaves the person out either way. And a
 * private person named in an 活动名称 (privateNameInActivityName), which the summary prints as typed (new-user test 36, D11).
 * And a person at the head of a 组织保障 名称或内容 (`老张牵头楼道长例会`: facts/remark leadingPerson; new-user test 39, D1).
 */
function personalInPrintedText(wb: ParsedWorkbook): Finding[] {
  const out: Finding[] = [];
  const summaries = columnOf(wb.ledgers.activities, "summary");
  for (let i = 0; summaries && i < summaries.length; i++) {
    const text = summaries.value(i);
    if (typeof text !== "string" || hasContactData(text)) continue;
    const who = personalNameIn(text);
    if (!who) continue;
    const p = summaries.at(i);
    out.push(makeFinding("value.personal", p.sheet, p.cell, { field: headerOf(wb.ledgers.activities, "summary"), who }));
  }
  // An 活动名称 is printed as typed, a private person's name in it too (`张桂芳家庭端午包粽子`): told, the user decides
  // (new-user test 36, D11); a family's name before 家庭 gives way to 文明 in the example (`文明家庭端午包粽子`).
  const names = columnOf(wb.ledgers.activities, "name");
  for (let i = 0; names && i < names.length; i++) {
    const name = names.value(i);
    if (typeof name !== "string") continue;
    const who = privateNameInActivityName(name.trim());
    if (!who) continue;
    const p = names.at(i);
    const example = name.trim().includes(`${who}家庭`) ? name.trim().replace(`${who}家庭`, "文明家庭") : undefined;
    out.push(makeFinding("value.personal", p.sheet, p.cell, { field: headerOf(wb.ledgers.activities, "name"), who, typed: name.trim(), ...(example ? { printed: example } : {}) }));
  }
  // A person at the head of a 组织保障 名称或内容 (`老张牵头楼道长例会`): the summary cuts them with their verb and tells the
  // work (`召开楼道长例会`); told, with the wording to type (new-user test 39, D1).
  const contents = columnOf(wb.ledgers.organization, "content");
  for (let i = 0; contents && i < contents.length; i++) {
    const text = contents.value(i);
    const led = typeof text === "string" ? leadingPerson(text.trim()) : undefined;
    if (!led) continue;
    const p = contents.at(i);
    out.push(makeFinding("value.personal", p.sheet, p.cell, { field: headerOf(wb.ledgers.organization, "content"), who: led.who, detail: `这一列请只写工作内容，如“${led.action}”` }));
  }
  // A person named elsewhere in a 组织保障 名称或内容 or its 备注 (`张局说要一周一调度`, `队员小刘、老吴`): the summary leaves
  // the clause out, never reads it as a place; told (new-user test 40, D15/D16).
  for (const field of ["content", "remark"] as const) {
    const col = columnOf(wb.ledgers.organization, field);
    for (let i = 0; col && i < col.length; i++) {
      const text = col.value(i);
      // A 备注 with a phone is told for its numbers by checkCell; the people it names are told here as well (`管理员小李、小张
      // 轮流巡，有事打 138…`: new-user test 44, D4).
      if (typeof text !== "string" || (field === "content" && (hasContactData(text) || leadingPerson(text.trim())))) continue;
      const who = personalNameIn(text);
      if (!who) continue;
      const p = col.at(i);
      out.push(makeFinding("value.personal", p.sheet, p.cell, { field: headerOf(wb.ledgers.organization, field), who, ...(field === "content" ? { detail: "这一列请只写工作内容" } : {}) }));
    }
  }
  // A person named in a 其他指标 指标名称 (`走访独居老人（王秀英、李桂兰等）`) or a 文字材料 内容 (`网格员小陈每天巡查，居民称
  // 她“陈姐”`): the summary leaves the names out; told (new-user test 42, D27). A cell with a number is told by checkCell.
  // A 文字材料 is printed as typed: an anonymised person cut from it (`个别居民如5栋的陈某某`) is told too (new-user test 57, D22).
  for (const [ledger, field] of [[wb.ledgers.figures, "name"], [wb.ledgers.texts, "content"]] as const) {
    const col = columnOf(ledger, field);
    for (let i = 0; col && i < col.length; i++) {
      const text = col.value(i);
      if (typeof text !== "string" || hasContactData(text)) continue;
      const who = field === "content" ? personalOrAnonymisedNameIn(text) : personalNameIn(text);
      if (!who) continue;
      const p = col.at(i);
      out.push(makeFinding("value.personal", p.sheet, p.cell, { field: headerOf(ledger, field), who }));
    }
  }
  // A holder's name typed after the title in 荣誉名称 (`好婆婆王秀英`): the summary says the title alone, and the name only
  // as 姓名's with 写入姓名; told, with the title printed (new-user test 57, D21).
  const titles = columnOf(wb.ledgers.honors, "title");
  const honourNames = columnOf(wb.ledgers.honors, "names");
  for (let i = 0; titles && i < titles.length; i++) {
    const title = titles.value(i);
    const typed = honourNames?.value(i);
    if (typeof title !== "string") continue;
    const holder = honourHolderInTitle(honourTitleWithoutNames(title.trim(), typeof typed === "string" ? typed : "").said.trim());
    if (!holder) continue;
    const p = titles.at(i);
    out.push(makeFinding("value.personal", p.sheet, p.cell, { field: headerOf(wb.ledgers.honors, "title"), who: holder.name, read: holder.title, detail: `姓名请填在“${headerOf(wb.ledgers.honors, "names")}”列` }));
  }
  const kinds = columnOf(wb.ledgers.rectification, "kind");
  const remarks = columnOf(wb.ledgers.rectification, "remark");
  // A person named in the 备注 of an activity, a publicity item, a team, an indicator or a problem of a listed kind
  // (`网格员小王（王磊）组织的`, `书法协会老李写的`, `胖姐带队`, `请了张阿姨讲…`): the summary never prints it, but the ledger is
  // handed in; told per cell, as in 组织保障 (new-user test 47, D11: an imported workbook kept them, check said nothing).
  // A 其他 problem's 备注 is told below; a cell with a number by checkCell; 先进典型 names its people on purpose.
  for (const ledger of [wb.ledgers.activities, wb.ledgers.publicity, wb.ledgers.volunteers, wb.ledgers.figures, wb.ledgers.rectification]) {
    const col = columnOf(ledger, "remark");
    const kindOf = ledger === wb.ledgers.rectification ? kinds : undefined;
    for (let i = 0; col && i < col.length; i++) {
      const text = col.value(i);
      if (typeof text !== "string" || hasContactData(text) || kindOf?.value(i) === "其他") continue;
      const who = personalNameIn(text);
      if (!who) continue;
      const p = col.at(i);
      out.push(makeFinding("value.personal", p.sheet, p.cell, { field: headerOf(ledger, "remark"), who, detail: "台账报送时请注意保护个人信息，如无必要请删去" }));
    }
  }
  // A 备注 of a 其他 row that names no problem but says something in spoken words (`居民说楼下老是吵`): the summary says
  // `其他问题`, never quotes it; told at the 备注 (new-user test 40, D20).
  for (let i = 0; kinds && remarks && i < remarks.length; i++) {
    const text = remarks.value(i);
    if (kinds.value(i) !== "其他" || typeof text !== "string" || hasPersonalData(text)) continue;
    const reading = readRemark(text);
    // A judgement of the problem (`游客投诉多`, `群众反映强烈`) names none either (new-user test 44, D6).
    const name = reading.detail ?? reading.list ?? reading.examples;
    // A 备注 that names its problem and says more in spoken words (`窗口人员着装不规范，已经批评教育了`): the name is told,
    // the spoken clause left out, and check names that clause (detail `part`; new-user test 47, D9).
    const clauses = name ? reading.dropped.filter((d) => d.why === "artefact").map((d) => d.text) : spacedClauses(text).flatMap(clausesOf);
    const spoken = clauses.find(isSpoken);
    const comment = spoken ? undefined : clauses.find(isComment);
    if (!spoken && !comment) continue;
    const p = remarks.at(i);
    // Beside a name, a judgement, cause or amount (`游客投诉多`, `老旧小区多`) is left out silently (new-user tests 44, D6; 51, D2).
    if (!spoken && name) continue;
    // A spoken 备注 that holds a common problem (`村民说院子里鸡鸭乱跑`) is told by its written name (remark spokenProblemName:
    // `畜禽散养问题`), and check says which (detail `written`; run-27 review, 材料6 item 1).
    const written = !name && !comment ? spokenProblemName(withoutSource(text).text) : undefined;
    // The name the summary writes: one before `；` (`乱停车；门口电动车乱停，老毛病了`) is the row's only name (new-user test 53, D4).
    const kindsSaid = reading.kinds && !namedBeforeSemicolon(withoutSource(text).text, reading) ? reading.kinds : undefined;
    const detail = name ? { detail: "part", list: kindsSaid ?? name } : comment ? { detail: "comment" } : written ? { detail: "written", list: `${written}问题` } : {};
    out.push(makeFinding("rect.spoken-remark", p.sheet, p.cell, { field: headerOf(wb.ledgers.rectification, "remark"), typed: spoken ?? comment ?? "", ...detail }));
  }
  for (let i = 0; kinds && remarks && i < remarks.length; i++) {
    const text = remarks.value(i);
    if (kinds.value(i) !== "其他" || typeof text !== "string" || !hasPersonalData(text)) continue;
    const contact = hasContactData(text);
    const who = contact ? undefined : personalNameIn(text);
    // Only an anonymised person (`下坪村张某某家办酒超标`): already hidden by the user, nothing to tell (new-user test 54, D15).
    if (!contact && !who) continue;
    const p = remarks.at(i);
    out.push(makeFinding("value.personal", p.sheet, p.cell, { field: headerOf(wb.ledgers.rectification, "remark"), ...(who ? { who } : {}), detail: "问题类别为“其他”时，总结从备注中读取问题名称，个人信息请不要填在这一列" }));
  }
  return out;
}

/**
 * Words typed twice by slip in a user's own prose (`继续继续做好做好工作。`, `文明的的城市`): each doubled word as typed,
 * in reading order, with the word once (`[["继续继续", "继续"], ["做好做好", "做好"]]`). Told (new-user test 34, D11):
 * - a two-character word repeated at once (`继续继续`, `做好做好`), except a counting phrase (`一步一步`, `一点一点`) and
 *   the verbs and adjectives a colleague may repeat on purpose (`研究研究`, `雪白雪白`: {@link ABAB_WORDS});
 * - `的的`, `也也`, `又又`: function words no one repeats, except `的的确确` and `目的的`.
 * Never a single character repeated otherwise: `常常`, `人人`, `天天`, `家家户户`, `看看`, `轻轻`, `渐渐`, `试试`,
 * `扎扎实实` are reduplication, and a pair across two words (`现在在`, `以及及时`, `当地地方`) is no slip.
 */
export function doubledInText(text: string): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const m of text.matchAll(/([\u4e00-\u9fff]{2})\1/gu)) {
    const word = m[1];
    if (word[0] === "一" || word[0] === word[1] || ABAB_WORDS.has(word)) continue;
    // Inside a longer run of the same pair (`宣传宣传宣传`) told once.
    if (!out.some(([typed]) => typed === m[0])) out.push([m[0], word]);
  }
  for (const m of text.matchAll(/(?<![目的])([的也又])\1(?!确确)/gu)) {
    if (!out.some(([typed]) => typed === m[0])) out.push([m[0], m[1]]);
  }
  return out.sort((a, b) => text.indexOf(a[0]) - text.indexOf(b[0]));
}

/** Two-character verbs and adjectives said twice on purpose (`研究研究`, `雪白雪白`): never told as slips. */
const ABAB_WORDS: ReadonlySet<string> = new Set([
  "研究", "商量", "讨论", "考虑", "休息", "打扫", "整理", "锻炼", "了解", "交流", "溜达", "收拾", "琢磨", "比划", "热闹",
  "高兴", "暖和", "凉快", "舒服", "雪白", "通红", "笔直", "冰凉", "碧绿", "火红", "漆黑", "金黄", "蔚蓝",
]);


/**
 * `text.intro-dangling` (new-user test 47, D16): a 文字材料 导语 sentence that ends on its means with nothing after it
 * (`区妇联紧紧围绕创建全国文明城市目标，以家庭文明建设为抓手。`). The summary prints the 导语 as typed and adds no work it
 * does not name (narrative.md: never invent); one 提示 at the cell, naming the sentence's end.
 */
function danglingMeansInIntro(wb: ParsedWorkbook): Finding[] {
  const kinds = columnOf(wb.ledgers.texts, "kind");
  const contents = columnOf(wb.ledgers.texts, "content");
  const out: Finding[] = [];
  for (let i = 0; kinds && contents && i < contents.length; i++) {
    const v = contents.value(i);
    if (kinds.value(i) !== "导语" || typeof v !== "string") continue;
    const ending = v.trim().split(/(?<=[。！？])/u).map((x) => x.trim()).filter(Boolean).map((x) => DANGLING_MEANS.exec(x)?.[0]).find(Boolean);
    if (!ending) continue;
    const p = contents.at(i);
    out.push(makeFinding("text.intro-dangling", p.sheet, p.cell, { typed: ending.replace(/[。；！]$/u, "") }));
  }
  return out;
}

/**
 * `text.doubled-word` in 文字材料 (new-user test 34, D11): a 内容 or 落实情况 with a word typed twice by slip
 * ({@link doubledInText}: `继续继续做好做好工作。`), which the summary prints as typed. One 提示 per cell, naming each doubled
 * word and the word once; nothing is changed silently.
 */
function doubledWordsInTexts(wb: ParsedWorkbook): Finding[] {
  const out: Finding[] = [];
  const ledger = wb.ledgers.texts;
  for (const field of ledger?.spec.columns ?? []) {
    if (field.type !== "text") continue;
    const column = columnOf(ledger, field.id);
    if (!column) continue;
    for (let i = 0; i < column.length; i++) {
      const v = column.value(i);
      const found = typeof v === "string" ? doubledInText(v) : [];
      const p = column.at(i);
      if (found.length) out.push(makeFinding("text.doubled-word", p.sheet, p.cell, { field: headerSaid(field), typed: found.map(([t]) => `“${t}”`).join(""), printed: found.map(([, w]) => `“${w}”`).join("") }));
      // A word of three or four characters typed twice, which the summary says once (new-user test 42, D30).
      const long = typeof v === "string" ? [...new Set([...v.matchAll(REPEATED_LONG_WORD)].map((m) => m[1]).filter((w) => !isOneCharacterRun(w)))] : [];
      if (long.length) out.push(makeFinding("text.repeated-word", p.sheet, p.cell, { field: headerSaid(field), typed: long.map((w) => `“${w}${w}”`).join(""), printed: long.map((w) => `“${w}”`).join("") }));
    }
  }
  return out;
}

/** The header of column `id` of a ledger, from the catalog. */
const headerOf = (ledger: ParsedLedger | undefined, id: string): string => (ledger ? columnById(ledger.spec, id).header : id);

/**
 * `activity.mixed-units`: the 参与数量 of one 活动类型 counted partly in 人 and partly in 人次 cannot be
 * added (narrative v2 rule 3), so the summary gives no total for that type; said at the 单位 cell of
 * a lone row in another word than the type's usual one, used by three rows or more — a likely slip
 * (new-user test 5, D4). A blank 单位 is 人, as the summary reads it.
 */
function mixedTurnoutUnits(wb: ParsedWorkbook): Finding[] {
  const ledger = wb.ledgers.activities;
  const kinds = columnOf(ledger, "kind");
  const counts = columnOf(ledger, "participants");
  if (!kinds || !counts) return [];
  const units = columnOf(ledger, "unit");
  const byKind = new Map<string, Map<string, number[]>>();
  for (let i = 0; i < counts.length; i++) {
    if (typeof counts.value(i) !== "number") continue;
    const kind = String(kinds.value(i) ?? "").trim() || "其他";
    const unit = String(units?.value(i) ?? "").trim() || "人";
    let words = byKind.get(kind);
    if (!words) byKind.set(kind, (words = new Map<string, number[]>()));
    const rows = words.get(unit);
    if (rows) rows.push(i);
    else words.set(unit, [i]);
  }
  const out: Finding[] = [];
  for (const [kind, words] of byKind) {
    if (words.size < 2) continue;
    const [usual, usualRows] = [...words].sort((a, b) => b[1].length - a[1].length)[0];
    for (const [unit, rows] of words) {
      // Only a lone row against three or more is a likely slip: types that mix 人 and 人次 by habit
      // (我们的节日: 人 at one, 人次 at another) are no mistake, and each activity still gets its own figure.
      // Households (户, 家) are no slip for people: a visit is counted so on purpose (new-user test 32, D19).
      if (unit === usual || rows.length > 1 || usualRows.length < 3 || HOUSEHOLD_TURNOUT.has(unit) !== HOUSEHOLD_TURNOUT.has(usual)) continue;
      for (const i of rows) {
        const p = units?.value(i) ? units.at(i) : counts.at(i);
        out.push(makeFinding("activity.mixed-units", p.sheet, p.cell, { typed: unit, read: usual, field: kind }));
      }
    }
  }
  return out;
}

/** The ledgers whose rows name a thing and type its 单位 (field ids of the name and of the unit). */
const MEASURED: readonly (readonly [ledger: string, name: string, unit: string])[] = [
  ["figures", "name", "unit"],
  ["organization", "content", "unit"],
  // 宣传投放 by its 类型: `公益广告12个` is printed `12块`, and the user is told so (new-user test 18, D4).
  ["publicity", "kind", "unit"],
  // 问题整改 by its 问题类别, for postings only (`乱张贴5家`: new-user test 39, D16); the other categories' words are many.
  ["rectification", "kind", "unit"],
];

/** Acceptable words shown in a message: the first few. */
const shownWords = (r: MeasureWordRule): string => r.words.slice(0, 4).map((w) => `“${w}”`).join("、");

/**
 * `value.measure-word` (narrative v2 rule 11): once per row, at the 单位 cell, where the typed word
 * is not one the measure-word table accepts for the row's thing. Rules are looked up once per
 * distinct name.
 */
function measureWordChecks(wb: ParsedWorkbook): Finding[] {
  const out: Finding[] = [];
  const rules = new Map<string, MeasureWordRule | null>();
  for (const [id, nameId, unitId] of MEASURED) {
    const names = columnOf(wb.ledgers[id], nameId);
    const units = names && columnOf(wb.ledgers[id], unitId);
    if (!names || !units) continue;
    // An enumerated 单位 (组织保障) typed outside its list already has a value.enum error there.
    const listed = wb.ledgers[id].spec.columns.find((c) => c.id === unitId)?.values;
    // A 任务分解 row counts tasks, whatever its text names after them (`分解表，明确责任科室` 32项: new-user test 14, D1).
    const kinds = id === "organization" ? columnOf(wb.ledgers[id], "kind") : undefined;
    for (let i = 0; i < units.length; i++) {
      const unit = units.value(i);
      const name = names.value(i);
      if (typeof unit !== "string" || typeof name !== "string" || !unit || !name) continue;
      let rule = rules.get(name);
      if (rule === undefined) {
        rule = measureRuleFor(name) ?? null;
        rules.set(name, rule);
      }
      const typed = unit.trim();
      if (!rule || rule.words.includes(typed) || (listed && !listed.includes(typed))) continue;
      if (id === "rectification" && rule.id !== "postings") continue;
      if (typed === "项" && kinds?.value(i) === "任务分解") continue;
      // A 领导小组 row counts the body, 1个 or 1支, whatever its text names (`…任组长，各车队队长为成员`: new-user test 56, D12).
      if (kinds?.value(i) === "领导小组" && /^[个支]$/u.test(typed)) continue;
      // The name counts its thing in the typed word itself (`划分网格１８个，每格配网格员` 个): the word is the name's, never
      // 人 for its 网格员 (new-user test 29, D1).
      if ([...halfWidthAlnum(name).matchAll(/\d+\s*([\u4e00-\u9fff])/gu)].some((m) => m[1] === typed)) continue;
      const p = units.at(i);
      // Money beside a work or a thing (`新增电动车集中充电桩` 元) is told as what was invested in it (`投入1.5万元新增电动车
      // 集中充电桩`): the message says that reading, never that the summary writes `个` (new-user test 40, D3).
      if (id === "figures" && /^(?:元|千元|万元|亿元)$/u.test(typed) && isInvestedIn(name)) {
        const verb = actionOf(name);
        const said = `投入……${typed}${verb !== undefined && name.startsWith(verb) ? "" : "用于"}${name}`;
        out.push(makeFinding("value.measure-word", p.sheet, p.cell, { field: name, typed, read: rule.preferred, detail: `${p.sheet}${p.cell}`, printed: said }));
        continue;
      }
      // Rare (a wrong word): the table looked up again for what the summary prints.
      // 问题整改's figures are printed as typed (no table lookup there).
      const printed = id === "rectification" ? typed : printedMeasureWord(name, typed);
      out.push(makeFinding("value.measure-word", p.sheet, p.cell, { field: name, typed, read: rule.preferred, list: shownWords(rule), detail: `${p.sheet}${p.cell}`, printed }));
    }
  }
  return out;
}

/**
 * `value.frequency-total` (new-user tests 24 D5, 25 D27, 26 D28): a 组织保障 or 其他指标 row whose 频次 (`每季度1次`) says
 * how often, and whose 数量/数值 is the period's total, far from what the 频次 gives over the report period (below 75%,
 * or above 110% of it and one occasion more: FREQUENCY_SLACK; at least 2 expected): `每季度1次` and 4次 in a half-year,
 * `每月1次` and 3次 in six months, `每周1次` and 30次 in 181 days (26 expected), `每日` and 约120次 (181 expected): `frequencyMismatch`. Said
 * at the total, with the count the 频次 gives; the summary then writes the total alone (new-user test 27, D1). Rows
 * counted in other words than the 频次's (人, 元) are not judged. None while the period's length is a guess (报告期 blank or
 * unreadable, 起止日期 not both given; new-user test 31, D20).
 */
function frequencyTotals(wb: ParsedWorkbook): Finding[] {
  const out: Finding[] = [];
  const period = wb.period;
  // The period's length must be known, not guessed: with 报告期 blank or unreadable (its own error) and no 起止日期,
  // the whole year stands in for it, and 每周一次 would be judged against 52 (new-user test 31, D20).
  const lengthKnown = typeof wb.profile.period?.value === "string" || (num(wb.profile.start) !== undefined && num(wb.profile.end) !== undefined);
  if (!period || !lengthKnown) return out;
  const months = (period.end - period.start + 1) / (365 / 12);
  const bodies = bodiesCounted(wb);
  // A 志愿服务 team's frequency is in its 备注 (`每天早上都来`), read by readRemark as the summary reads it; its total is
  // 服务次数 (new-user test 46, D13).
  for (const [id, totalId, nameId, freqId] of [["organization", "quantity", "content", "frequency"], ["figures", "value", "name", "frequency"], ["volunteers", "services", "team", "remark"]] as const) {
    const freq = columnOf(wb.ledgers[id], freqId);
    const names = columnOf(wb.ledgers[id], nameId);
    const totals = columnOf(wb.ledgers[id], totalId);
    const units = columnOf(wb.ledgers[id], "unit");
    const remarks = freqId === "remark" ? undefined : columnOf(wb.ledgers[id], "remark");
    if (!freq || !totals) continue;
    for (let i = 0; i < freq.length; i++) {
      const typed = freq.value(i);
      const total = totals.value(i);
      if (typeof typed !== "string" || typeof total !== "number") continue;
      // Held in each of many parts (`每个村都开`, `各村`): a 频次 per part, a total over all (new-user test 54, D15).
      const remark = remarks?.value(i);
      if (PER_PART.test(`${String(names?.value(i) ?? "")}${typed}${typeof remark === "string" ? remark : ""}`)) continue;
      const f = freqId === "remark" ? readRemark(typed).frequency : frequencyOf(typed);
      const unit = freqId === "remark" ? "次" : units?.value(i);
      const name = names?.value(i);
      const off = f && frequencyMismatch(f, total, typeof unit === "string" ? unit : undefined, period, typeof name === "string" ? name : undefined);
      if (!off) continue;
      // Held by each of the bodies 组织保障 counts (`道德评议会` 12个 and `召开道德评议会` 48场 `每季度1次`: 12 × 4; new-user
      // test 54, D15): the 频次 is each body's.
      const body = id === "figures" && typeof name === "string" ? bodies.find((b) => name.includes(b.name) && total % b.count === 0) : undefined;
      if (body && f && !frequencyMismatch(f, total / body.count, typeof unit === "string" ? unit : undefined, period, name as string)) continue;
      const p = totals.at(i);
      out.push(makeFinding("value.frequency-total", p.sheet, p.cell, { typed: freqId === "remark" && f ? f.text : typed.trim(), ...(freqId === "remark" ? { field: "备注" } : {}), read: `${total}${off.word}`, detail: `${off.expected}${off.word}`, list: `${Math.round(months)}个月` }));
    }
  }
  return out;
}

/**
 * The bodies a 组织保障 row counts, two or more (`道德评议会` 12个, `志愿服务队` 5支): name (trimmed, at least 3 characters) and
 * count. A 其他指标 row that names one of them may give each body's 频次 beside the total over all (frequencyTotals).
 */
function bodiesCounted(wb: ParsedWorkbook): { name: string; count: number }[] {
  const names = columnOf(wb.ledgers.organization, "content");
  const counts = columnOf(wb.ledgers.organization, "quantity");
  const units = columnOf(wb.ledgers.organization, "unit");
  const out: { name: string; count: number }[] = [];
  if (!names || !counts || !units) return out;
  for (let i = 0; i < names.length; i++) {
    const name = names.value(i);
    const count = counts.value(i);
    const unit = units.value(i);
    if (typeof name === "string" && name.trim().length >= 3 && typeof count === "number" && Number.isInteger(count) && count >= 2 && typeof unit === "string" && /^[个支家]$/u.test(unit.trim())) out.push({ name: name.trim(), count });
  }
  return out;
}

/**
 * `value.frequency-approx` (new-user test 35, D4): a 其他指标 频次 that holds a 表述 word (`约`, `精确`, `余`, `近`, `超过` …:
 * catalog APPROX_WORD_IN_FREQUENCY), typed one column too far right. Said at the 频次; when 表述 is blank the summary reads
 * the word as the 表述 (`约1.5万处`), when filled it keeps the 表述 and leaves the word out.
 */
function approxInFrequency(wb: ParsedWorkbook): Finding[] {
  const out: Finding[] = [];
  const ledger = wb.ledgers.figures;
  const freq = columnOf(ledger, "frequency");
  const approx = columnOf(ledger, "approx");
  for (let i = 0; freq && i < freq.length; i++) {
    const typed = freq.value(i);
    const word = typeof typed === "string" ? APPROX_WORD_IN_FREQUENCY[typed.trim()] : undefined;
    if (!word || typeof typed !== "string") continue;
    const own = approx?.value(i);
    const p = freq.at(i);
    out.push(makeFinding("value.frequency-approx", p.sheet, p.cell, { typed: typed.trim(), read: word, ...(typeof own === "string" && own.trim() ? { detail: own.trim() } : {}) }));
  }
  return out;
}

/**
 * `value.over-not-round` (new-user test 65, D14, docs/new-user-test-pane-65.md): a 其他指标 数值 typed to its last digit
 * (86) with 表述 余. 余 follows a round figure in the genre (narrative v2 rule 4), so the summary and its 附表 say `80余篇`
 * (the lint's approximation rule holds for both), never the 86 typed. Said at the 数值 with both, so the user who meant an exact 86 sets 表述 to 精确.
 */
function overNotRound(wb: ParsedWorkbook): Finding[] {
  const out: Finding[] = [];
  const ledger = wb.ledgers.figures;
  const values = columnOf(ledger, "value");
  const approx = columnOf(ledger, "approx");
  const units = columnOf(ledger, "unit");
  for (let i = 0; values && approx && i < values.length; i++) {
    const value = values.value(i);
    const word = approx.value(i);
    if (typeof value !== "number" || typeof word !== "string" || word.trim() !== "余" || !Number.isInteger(value) || value < 10) continue;
    const step = value >= 1000 ? 100 : 10;
    const said = Math.floor(value / step) * step;
    if (said === value) continue;
    const unit = units?.value(i);
    const p = values.at(i);
    out.push(makeFinding("value.over-not-round", p.sheet, p.cell, { typed: String(value), read: `${said}余${typeof unit === "string" ? unit.trim() : ""}` }));
  }
  return out;
}

/**
 * `figure.repeats-ledger` (new-user test 28, D2): a 其他指标 row that repeats a 志愿服务 total (`注册志愿者服务时长` 3600小时,
 * catalog LEDGER_FIGURE_NAMES) with another value than the ledger's (服务时长 260 + 120 = 380小时). The summary tells the
 * ledger's and not the row; said at the row's 数值.
 */
function ledgerRepeats(wb: ParsedWorkbook): Finding[] {
  const out: Finding[] = [];
  const names = columnOf(wb.ledgers.figures, "name");
  const values = columnOf(wb.ledgers.figures, "value");
  if (!names || !values) return out;
  const sums = new Map<string, number>();
  const sumOfColumn = (column: "members" | "hours"): number => {
    if (!sums.has(column)) sums.set(column, columnSum(columnOf(wb.ledgers.volunteers, column)));
    return sums.get(column) ?? 0;
  };
  for (let i = 0; i < names.length; i++) {
    const name = names.value(i);
    const value = values.value(i);
    const repeats = typeof name === "string" ? ledgerFigureOf(name) : undefined;
    if (!repeats || typeof value !== "number") continue;
    const ledger = sumOfColumn(repeats.column);
    if (!ledger || Math.abs(ledger - value) < 1e-6) continue;
    // More registered volunteers than the teams' members is the unit's own total, its teams a part: the summary tells both
    // (build-facts registeredTotal; review run 33, AW 材料10 item 4). No two figures for one thing.
    if (repeats.column === "members" && value > ledger) continue;
    const p = values.at(i);
    out.push(makeFinding("figure.repeats-ledger", p.sheet, p.cell, { field: String(name).trim(), read: `${value}${repeats.unit}`, detail: `${ledger}${repeats.unit}`, list: repeats.label }));
  }
  return out;
}

/**
 * `rect.leads-twice` (new-user test 57, D12): a 问题整改 其他 row whose 备注 names leads (`公益诉讼线索，……`), told as leads
 * handled (`办理公益诉讼线索8件，均已办结`), beside a 其他指标 row of the same leads (`摸排公益诉讼线索` 15条: its leading
 * verb cut, catalog actionOf) with another figure: two figures of one thing in a paragraph. Said at the 备注, naming the
 * other row's cell; both are told as typed.
 */
function leadsCountedTwice(wb: ParsedWorkbook): Finding[] {
  const out: Finding[] = [];
  const kinds = columnOf(wb.ledgers.rectification, "kind");
  const remarks = columnOf(wb.ledgers.rectification, "remark");
  const found = columnOf(wb.ledgers.rectification, "found");
  const units = columnOf(wb.ledgers.rectification, "unit");
  const names = columnOf(wb.ledgers.figures, "name");
  const values = columnOf(wb.ledgers.figures, "value");
  const figureUnits = columnOf(wb.ledgers.figures, "unit");
  const sections = columnOf(wb.ledgers.figures, "section");
  if (!kinds || !remarks || !found || !names || !values) return out;
  const thingOf = (name: string): string => {
    const verb = actionOf(name);
    return verb && name.startsWith(verb) ? name.slice(verb.length) : name;
  };
  for (let i = 0; i < remarks.length; i++) {
    const text = remarks.value(i);
    const count = found.value(i);
    if (kinds.value(i) !== "其他" || typeof text !== "string" || typeof count !== "number") continue;
    const lead = readRemark(text).detail;
    if (!lead || !/线索$/u.test(lead)) continue;
    for (let j = 0; j < names.length; j++) {
      const name = names.value(j);
      const value = values.value(j);
      if (typeof name !== "string" || typeof value !== "number" || value === count || thingOf(name.trim()) !== lead) continue;
      const p = remarks.at(i);
      const q = names.at(j);
      const unit = units?.value(i);
      const other = figureUnits?.value(j);
      const otherUnit = typeof other === "string" ? other.trim() : "";
      // More leads surveyed in 环境整治 than handled: the summary tells the handled as part of them (surveyedLeadsRow, review run 30).
      const surveyed = value > count && sections?.value(j) === "环境整治" && !values.approx(j) && !found.approx(i);
      out.push(makeFinding("rect.leads-twice", p.sheet, p.cell, {
        field: lead, read: `${count}${typeof unit === "string" ? unit.trim() : ""}`,
        detail: `${q.sheet}!${q.cell}“${name.trim()}”${value}${otherUnit}`,
        ...(surveyed ? { list: `${name.trim()}${value}${otherUnit}，办理${count}${otherUnit}` } : {}),
      }));
      break;
    }
  }
  return out;
}

/**
 * `figure.new-over-registered` (new-user test 37, D18): a 其他指标 count of volunteers newly registered (`新增注册志愿者`
 * 2.3 万人: catalog NEW_VOLUNTEERS_NAME; 人/名, or 万人/万名 times 10,000) above the 志愿服务 ledger's 注册人数 total (5200 +
 * 三千余: `8200余人`, its approximation as typed — 余 when every rough part is more-than, 近 when nearly, else 约). Said at the 数值.
 */
function newOverRegistered(wb: ParsedWorkbook): Finding[] {
  const names = columnOf(wb.ledgers.figures, "name");
  const values = columnOf(wb.ledgers.figures, "value");
  const units = columnOf(wb.ledgers.figures, "unit");
  const members = columnOf(wb.ledgers.volunteers, "members");
  const total = columnSum(members);
  if (!names || !values || !units || !members || !total) return [];
  const rough = new Set<ApproxKind>();
  for (let i = 0; i < members.length; i++) {
    const kind = typeof members.value(i) === "number" ? members.approx(i) : undefined;
    if (kind) rough.add(kind);
  }
  const only = rough.size === 1 ? [...rough][0] : rough.size ? "about" : undefined;
  const totalSaid = only === "over" ? `${total}${total % 10 === 0 ? "余" : "多"}人` : only === "nearly" ? `近${total}人` : only === "about" ? `约${total}人` : `${total}人`;
  const out: Finding[] = [];
  for (let i = 0; i < names.length; i++) {
    const name = names.value(i);
    const value = values.value(i);
    const unit = units.value(i);
    if (typeof name !== "string" || typeof value !== "number" || typeof unit !== "string" || !NEW_VOLUNTEERS_NAME.test(name.replace(/\s+/gu, ""))) continue;
    const u = unit.trim();
    const scale = /^[人名]$/u.test(u) ? 1 : /^万[人名]$/u.test(u) ? 1e4 : 0;
    if (!scale || value * scale <= total) continue;
    const p = values.at(i);
    out.push(makeFinding("figure.new-over-registered", p.sheet, p.cell, { field: name.trim(), read: `${value}${u}`, detail: totalSaid }));
  }
  return out;
}

/**
 * `figure.percent-unnamed` (new-user test 42, D29): a 其他指标 row in % whose 指标名称 names no share (catalog NAMES_A_SHARE:
 * `抢修响应` 100%, told as `抢修响应达100%`). Said at the 指标名称, with the name and 率 as the example.
 */
function percentWithoutShare(wb: ParsedWorkbook): Finding[] {
  const out: Finding[] = [];
  const names = columnOf(wb.ledgers.figures, "name");
  const units = columnOf(wb.ledgers.figures, "unit");
  for (let i = 0; names && units && i < names.length; i++) {
    const name = names.value(i);
    const unit = units.value(i);
    if (typeof name !== "string" || !name.trim() || typeof unit !== "string" || !/^[%％]$/u.test(unit.trim()) || NAMES_A_SHARE.test(name.trim())) continue;
    const p = names.at(i);
    out.push(makeFinding("figure.percent-unnamed", p.sheet, p.cell, { field: name.trim(), printed: `${name.trim()}率` }));
  }
  return out;
}

/**
 * `value.indicator-no-verb` (new-user test 52, D16): a 其他指标 指标名称 that is a bare noun of people, units or deeds
 * honoured (catalog verblessIndicator: `好人好事`, `文明单位`). Said at the 指标名称, with the name and its figure as the
 * summary would print them (`文明单位3个`).
 */
function indicatorsWithoutVerb(wb: ParsedWorkbook): Finding[] {
  const out: Finding[] = [];
  const names = columnOf(wb.ledgers.figures, "name");
  const units = columnOf(wb.ledgers.figures, "unit");
  const values = columnOf(wb.ledgers.figures, "value");
  for (let i = 0; names && i < names.length; i++) {
    const name = names.value(i);
    const unit = units?.value(i);
    const unitText = typeof unit === "string" ? unit.trim() : "";
    if (typeof name !== "string" || !name.trim() || !verblessIndicator(name, unitText)) continue;
    const value = values?.value(i);
    const p = names.at(i);
    out.push(makeFinding("value.indicator-no-verb", p.sheet, p.cell, { field: name.trim(), printed: `${name.trim()}${typeof value === "number" ? value : "N"}${unitText}` }));
  }
  return out;
}

/**
 * `value.rate-over-100` (new-user test 26, D1): a 其他指标 share of a whole (`志愿者注册率`, `整改率`, `满意度`: catalog
 * BOUNDED_RATE) in % above 100 — impossible; the summary leaves it out. Said at the 数值.
 */
function ratesOver100(wb: ParsedWorkbook): Finding[] {
  const out: Finding[] = [];
  const names = columnOf(wb.ledgers.figures, "name");
  const values = columnOf(wb.ledgers.figures, "value");
  const units = columnOf(wb.ledgers.figures, "unit");
  if (!names || !values || !units || values.max <= 100) return out;
  for (let i = 0; i < values.length; i++) {
    const name = names.value(i);
    const value = values.value(i);
    const unit = units.value(i);
    if (typeof name !== "string" || typeof value !== "number" || value <= 100 || typeof unit !== "string" || !/^[%％]$/u.test(unit.trim()) || !BOUNDED_RATE.test(name.trim())) continue;
    const p = values.at(i);
    out.push(makeFinding("value.rate-over-100", p.sheet, p.cell, { field: name.trim(), read: `${value}%` }));
  }
  return out;
}

/**
 * 户数 (and the 常住人口 beside it) typed by a unit that has no 辖区 of residents (群团组织, 学校, 企事业单位: catalog
 * `unitTypeTraits().territorial`): the summary leaves them out (`populationAs`), never `青石镇妇联辖区有居民560户`; said at
 * the cells so that the user knows why (new-user test 31, D25). Rules `profile.households-not-territorial`,
 * `profile.population-not-territorial`.
 */
function householdsWithoutArea(wb: ParsedWorkbook): Finding[] {
  const type = typeof wb.profile.unitType?.value === "string" ? wb.profile.unitType.value.trim() : "";
  const households = num(wb.profile.households);
  const name = typeof wb.profile.unitName?.value === "string" ? wb.profile.unitName.value.trim() : "";
  if (!type || !households || !wb.profile.households || unitTypeTraits(type, name).territorial) return [];
  const h = at(wb.profile.households);
  const out = [makeFinding("profile.households-not-territorial", h.sheet, h.cell, { field: type })];
  const population = num(wb.profile.population);
  if (population && wb.profile.population && populationAs(type, population, households, name) === undefined) {
    const p = at(wb.profile.population);
    out.push(makeFinding("profile.population-not-territorial", p.sheet, p.cell, { field: type, detail: unitTypeTraits(type, name).members?.word ?? "本单位人员" }));
  }
  return out;
}

/**
 * The dates of a 月报 (catalog MONTHLY_PERIOD; new-user test 36, D16): 月度 needs 起始日期 (`profile.month-start`, at
 * 报告期) and its dates must be one calendar month of 报告年度 — 起始日期 the month's 1st, 截止日期 (optional) its last
 * day (`profile.month-span`, at the cell that breaks it). A 专项 whose dates are exactly one whole month is a 月报
 * typed as 专项: `profile.special-month` suggests 月度. Dates as Excel serials.
 */
function monthlyDates(wb: ParsedWorkbook, year: number | undefined, periodName: string | undefined, start: number | undefined, end: number | undefined): Finding[] {
  if (!wb.profile.period) return [];
  const p = at(wb.profile.period);
  if (periodName === "专项" && start !== undefined && end !== undefined) {
    // A named 专项 of one month (`“书香南岭”全民阅读月`) is that campaign, titled by its name: 月度 would drop the name from the
    // title (new-user test 63, D15).
    if (typeof wb.profile.specialName?.value === "string" && wb.profile.specialName.value.trim()) return [];
    const month = wholeMonthOf({ start, end });
    return month ? [makeFinding("profile.special-month", p.sheet, p.cell, { read: `${formatSerialDate(start)}至${formatSerialDate(end).replace(/^\d+年/u, "")}`, detail: `${month.y}年${month.m}月` })] : [];
  }
  if (periodName !== MONTHLY_PERIOD) return [];
  if (start === undefined) return [makeFinding("profile.month-start", p.sheet, p.cell, { detail: year !== undefined ? `${year}年5月1日` : "5月1日" })];
  const s = ymdFromSerial(start);
  const y = year ?? s.y;
  const month = monthSpan(y, s.m);
  const read = end !== undefined ? `${formatSerialDate(start)}至${formatSerialDate(end)}` : `${formatSerialDate(start)}起`;
  const detail = `${y}年${s.m}月`;
  if (start !== month.start && wb.profile.start) {
    const q = at(wb.profile.start);
    return [makeFinding("profile.month-span", q.sheet, q.cell, { read, detail })];
  }
  if (end !== undefined && end !== month.end && wb.profile.end) {
    const q = at(wb.profile.end);
    return [makeFinding("profile.month-span", q.sheet, q.cell, { read, detail })];
  }
  return [];
}
