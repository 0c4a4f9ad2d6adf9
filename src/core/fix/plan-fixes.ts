/**
 * Fix planning (issue #5 §1; spec "Values users really type", "Approximate figures"): every value
 * of a standard column that validation reads as text-but-understood becomes a Change — typed text
 * numbers to numbers (全角, 两千, 六千八, 4万), units moved to the 单位 column, approximate figures
 * to the number plus 表述 (其他指标) or a `〔约数〕<header>：<typed>` tag in 备注 (other ledgers), text
 * dates to dates, stray blanks trimmed. Pure: snapshot in, changes out; nothing is applied here.
 * A conversion is planned only when the new value passes the same cell check without an error,
 * and never loses what was typed (else the value is listed as skipped, with the reason).
 * @module
 */
import { formOf, honourMeasure, isCollege, ledgersOf, levelByWord, monthTyped, MONTHLY_PERIOD, nearestChoice, SYSTEM_HONOUR, valueWithYear, type Catalog, type FieldSpec } from "../catalog";
import { cellAddress, parseRange, type CellValue, type SheetGrid, type WorkbookSnapshot } from "../grid";
import { addApproxTag, formatApproxTag, parseApproxTags, removeApproxTag } from "../normalize/approx-tag";
import { readDate, serialFromYmd } from "../normalize/date";
import { excelErrorOf } from "../normalize/excel-error";
import { readNumber, roundedWan } from "../normalize/number";
import { readText, trimCell, wordInReadingOrder } from "../normalize/text";
import type { ApproxKind } from "../normalize/types";
import { halfWidthAlnum } from "../facts/tidy";
import { checkCell, formatSerialDate, readFieldNumber, type CellContext } from "../validate/check-cell";
import { cellAt } from "../validate/locate";
import { ledgerLayout, profileLayout } from "../validate/layout";
import { sameUnit, typedUnitFit } from "../validate/typed-unit";
import type { LocatedField } from "../validate/parsed";
import { isTotalWord } from "../validate/structure";
import { approxTagStale, validateWorkbook } from "../validate/validate-workbook";
import { applyChanges } from "./apply";
import type { Change, ChangeKind, FixPlan, Skipped, TableExtension } from "./types";
import { FixNote, SkipReason } from "./wording";

/** The tag `fix` writes into 备注 to keep the typed word of a 县/区 级别 (`〔级别〕区级`; new-user test 37, D2). */
const LEVEL_TAG = "〔级别〕";

/** 表述 values of 其他指标 by approximation kind (spec §8). */
const APPROX_WORD: Readonly<Record<ApproxKind, string>> = { about: "约", over: "余", nearly: "近" };

/** One row being planned: its cells' current values (after earlier changes) and where they are. */
interface RowScope {
  readonly sheet: string;
  readonly grid: SheetGrid;
  readonly row: number;
  readonly year?: number;
  /** 单位名称 of the workbook ("" when blank). */
  readonly unitName: string;
  readonly catalog: Catalog;
  /** The ledger's id (`honors`), for the word tables of its enumerations; undefined for the form. */
  readonly ledgerId?: string;
  /** The ledger's column that names a row typed 其他 (catalog LedgerSpec.otherNamedBy); undefined for 备注. */
  readonly otherNamedBy?: string;
  /** The form's 报告年度 row and field (for the form's rows only): a year typed into 报告期 goes there when blank. */
  readonly formYear?: { readonly row: number; readonly field: FieldSpec };
  /** The form's 起始日期 row and field (for the form's rows only): a month typed into 报告期 goes there (月度). */
  readonly formStart?: { readonly row: number; readonly field: FieldSpec };
  /** Located fields of the row's sheet by id (`unit`, `remark`, `approx`); empty for the form. */
  readonly byId: ReadonlyMap<string, LocatedField>;
  readonly changes: Map<string, Change>;
  readonly skipped: Skipped[];
}

/**
 * The changes that normalise a snapshot (see the module doc). Same as `fixPlan(...).changes`.
 * @example planFixes(snapshot, standardV1) // [{sheet: "宣传投放", cell: "C3", before: "１２０", after: 120, kind: "number", numFmt: "0", note: "文本“１２０”转为数值120", group: "宣传投放!3"}]
 */
export function planFixes(snapshot: WorkbookSnapshot, catalog: Catalog): Change[] {
  return [...fixPlan(snapshot, catalog).changes];
}

/**
 * The changes and the skipped values of a snapshot. Changes are in sheet (catalog) order, then
 * row, then the order they were planned; at most one per cell. Values that cannot be read at all
 * are not here: validate the fixed snapshot (`applyChanges`) to list them. Never throws for data.
 */
export function fixPlan(snapshot: WorkbookSnapshot, catalog: Catalog): FixPlan {
  const changes = new Map<string, Change>();
  const skipped: Skipped[] = [];
  const sheetOf = (name: string): SheetGrid | undefined => snapshot.sheets.find((s) => s.name === name) ?? snapshot.sheets.find((s) => s.name.trim() === name);
  const profile = validateWorkbook(snapshot, catalog).workbook.profile;
  const yearCell = profile.year?.value;
  const year = typeof yearCell === "number" ? yearCell : undefined;
  const unitName = typeof profile.unitName?.value === "string" ? profile.unitName.value : "";
  const form = formOf(catalog);
  const formGrid = sheetOf(form.sheet);
  const formLayout = formGrid && profileLayout(formGrid, form);
  if (formGrid && formLayout) {
    const yearItem = [...formLayout.rows.keys()].find((item) => item.id === "year");
    const formYear = yearItem && { row: formLayout.rows.get(yearItem) ?? 0, field: yearItem };
    const startItem = [...formLayout.rows.keys()].find((item) => item.id === "start");
    const formStart = startItem && { row: formLayout.rows.get(startItem) ?? 0, field: startItem };
    for (const [item, row] of formLayout.rows) {
      const scope: RowScope = { sheet: formGrid.name, grid: formGrid, row, year, unitName, catalog, ...(formYear && { formYear }), ...(formStart && { formStart }), byId: new Map(), changes, skipped };
      fixCell(scope, { field: item, col: formLayout.valueCol });
    }
  }
  const tables: TableExtension[] = [];
  for (const spec of ledgersOf(catalog)) {
    const grid = sheetOf(spec.sheet);
    const layout = grid && ledgerLayout(grid, spec);
    if (!grid || !layout) continue;
    const extension = tableExtension(grid, spec.table, layout.dataRows);
    if (extension) tables.push(extension);
    const byId = new Map(layout.located.map((l) => [l.field.id, l]));
    for (const row of layout.dataRows) {
      const scope: RowScope = { sheet: grid.name, grid, row, year, unitName, catalog, ledgerId: spec.id, otherNamedBy: spec.otherNamedBy, byId, changes, skipped };
      for (const located of layout.located) if (located.field.type !== "formula") fixCell(scope, located);
      dropStaleTags(scope, spec.columns);
    }
  }
  const planned = [...changes.values()];
  // A cell listed as skipped (with its reason) is listed once: never again as unreadable (new-user test 42, D5).
  const listed = new Set(skipped.map((s) => `${s.sheet}!${s.cell}`));
  const unreadable = validateWorkbook(applyChanges(snapshot, planned), catalog).findings.filter((f) => f.severity === "error" && f.cell !== "" && f.rule.startsWith("value.") && !listed.has(`${f.sheet}!${f.cell}`));
  return { changes: planned, skipped, unreadable, tables };
}

/**
 * The extension of ledger table `name` of `grid` down to its last data row when that row lies below the table (the
 * rows the check's `table.rows-outside` names; `dataRows` as `ledgerLayout` finds them, ascending); undefined when
 * the sheet has no such table or every data row is inside it. Same bottom as `upgrade` gives the table.
 */
function tableExtension(grid: SheetGrid, name: string, dataRows: readonly number[]): TableExtension | undefined {
  const table = grid.tables.find((t) => t.name.toLowerCase() === name.toLowerCase());
  const bounds = table && parseRange(table.ref);
  const last = dataRows[dataRows.length - 1];
  if (!table || !bounds || last === undefined || last <= bounds.bottom) return undefined;
  const to = `${cellAddress(bounds.top, bounds.left)}:${cellAddress(last, bounds.right)}`;
  return { sheet: grid.name, table: table.name, from: `${cellAddress(bounds.top, bounds.left)}:${cellAddress(bounds.bottom, bounds.right)}`, to, lastRow: last, note: FixNote.tableExtended(grid.name, last) };
}

/** The current value of a cell of the row (a planned change's `after`, else the snapshot's). */
function current(scope: RowScope, col: number): CellValue {
  const planned = scope.changes.get(`${scope.sheet}!${cellAddress(scope.row, col)}`);
  return planned ? planned.after : cellAt(scope.grid, scope.row, col);
}

/** Records a change, merging with an earlier one of the same cell (first `before`, last `after`). */
function setCell(scope: RowScope, col: number, after: CellValue, kind: ChangeKind, note: string, numFmt?: string): void {
  const cell = cellAddress(scope.row, col);
  const key = `${scope.sheet}!${cell}`;
  const earlier = scope.changes.get(key);
  const before = earlier ? earlier.before : cellAt(scope.grid, scope.row, col);
  if (earlier) scope.changes.delete(key);
  if (after === before) return;
  const fmt = numFmt ?? earlier?.numFmt;
  scope.changes.set(key, {
    sheet: scope.sheet, cell, before, after, kind: earlier && kind === "trim" ? earlier.kind : kind,
    ...(fmt !== undefined && { numFmt: fmt }),
    note: earlier ? `${earlier.note}；${note}` : note,
    group: `${scope.sheet}!${scope.row}`,
  });
}

/** True when the row's 单位 is `%` (a percentage is then a valid reading, spec "Values users really type"). */
function percentAllowed(scope: RowScope): boolean {
  const unit = scope.byId.get("unit");
  const unitText = unit ? readText(current(scope, unit.col)) : "";
  return unitText === "%" || unitText === "％";
}

/** True when `value` in `field` passes the cell check without an error. */
function passes(scope: RowScope, field: FieldSpec, col: number, value: CellValue): boolean {
  const ctx: CellContext = { sheet: scope.sheet, cell: cellAddress(scope.row, col), year: scope.year, percentAllowed: percentAllowed(scope) };
  return checkCell(field, value, ctx).findings.every((f) => f.severity !== "error");
}

/** Plans the fix of one cell (and its row's 单位/备注/表述 when the figure needs them). */
function fixCell(scope: RowScope, { field, col }: LocatedField): void {
  const raw = current(scope, col);
  if (typeof raw !== "string" || scope.grid.formulas?.[cellAddress(scope.row, col)] !== undefined) return;
  if ((field.type === "int" || field.type === "num") && fixNumber(scope, field, col, raw)) return;
  if (field.type === "date" && fixDate(scope, field, col, raw)) return;
  if (field.type === "enum" && (fixEnumYear(scope, field, col, raw) || fixEnumMonth(scope, field, col, raw) || fixLevelWord(scope, field, col, raw) || fixNearChoice(scope, field, col, raw) || fixToOther(scope, field, col, raw))) return;
  const trimmed = trimCell(raw);
  if (trimmed !== raw) setCell(scope, col, trimmed === "" ? null : trimmed, "trim", FixNote.trim(trimmed));
}

function skip(scope: RowScope, col: number, typed: string, reason: string): true {
  scope.skipped.push({ sheet: scope.sheet, cell: cellAddress(scope.row, col), typed, reason });
  return true;
}

/**
 * A value of the list typed with its year before it (报告期 `2025年上半年`, `2025年度`): the list's value (catalog
 * valueWithYear), when the year is the 报告年度's (new-user tests 8 D14, 9 D15); a blank 报告年度 of the form takes the
 * year (new-user test 32, D25: `2025上半年` → 上半年 and 报告年度 2025, nothing typed lost). Another year is left as
 * typed (the check says so).
 */
function fixEnumYear(scope: RowScope, field: FieldSpec, col: number, raw: string): boolean {
  const dated = valueWithYear(raw, field.values ?? []);
  if (!dated || (scope.year !== undefined && dated.year !== scope.year)) return false;
  if (!passes(scope, field, col, dated.value)) return false;
  const yearRow = scope.ledgerId === undefined && scope.year === undefined ? scope.formYear : undefined;
  const yearBlank = yearRow !== undefined && readText(current({ ...scope, row: yearRow.row }, col)).trim() === "";
  // The year's row comes first in the form, and so in the list of changes.
  if (yearRow && yearBlank) setCell({ ...scope, row: yearRow.row }, col, dated.year, "number", FixNote.yearFromPeriod(dated.year, cellAddress(scope.row, col)), yearRow.field.numFmt);
  setCell(scope, col, dated.value, "enum", yearBlank ? FixNote.enumYearMoved(raw.trim(), dated.value, dated.year) : FixNote.enumYear(raw.trim(), dated.value));
  return true;
}

/**
 * A month typed into 报告期 (`5月份`, `5月`, `2025年5月`, `五月`: catalog monthTyped) — a 月报: 报告期 becomes 月度 and
 * a blank 起始日期 the month's first day, its year the 报告年度's or the one typed (which fills a blank 报告年度), as
 * fixEnumYear does (new-user test 36, D16). Left as typed when the years differ, there is no year, or 起始日期 holds
 * another date (the check says so).
 */
function fixEnumMonth(scope: RowScope, field: FieldSpec, col: number, raw: string): boolean {
  const month = scope.ledgerId === undefined && field.id === "period" && (field.values ?? []).includes(MONTHLY_PERIOD) ? monthTyped(raw) : undefined;
  const year = month && (month.year ?? scope.year);
  if (!month || year === undefined || !scope.formStart || (scope.year !== undefined && year !== scope.year)) return false;
  const first = serialFromYmd({ y: year, m: month.month, d: 1 });
  const startScope = { ...scope, row: scope.formStart.row };
  const startNow = current(startScope, col);
  const startBlank = startNow === null || startNow === undefined || readText(startNow).trim() === "";
  if (!startBlank && startNow !== first) return false;
  const yearRow = scope.year === undefined ? scope.formYear : undefined;
  if (yearRow) setCell({ ...scope, row: yearRow.row }, col, year, "number", FixNote.yearFromPeriod(year, cellAddress(scope.row, col)), yearRow.field.numFmt);
  setCell(scope, col, MONTHLY_PERIOD, "enum", FixNote.enumMonth(raw.trim(), MONTHLY_PERIOD, formatSerialDate(first)));
  if (startBlank) setCell(startScope, col, first, "date", FixNote.startFromPeriod(formatSerialDate(first), cellAddress(scope.row, col)), scope.formStart.field.numFmt);
  return true;
}

/**
 * A 级别 typed as a level word (`公司级`, `校级`, `院级` → 本单位; `市级` → 市; `镇级` → 街道/乡镇): the list's
 * value the import reads it as (classify.ts `honors.level`; spec §5 先进典型: an honour the unit gives
 * itself is 本单位). Only a short word ending in 级 (or 本单位's own words) is read: a longer text
 * (`区文明办表彰`) is left to the user (new-user test 14, D9).
 */
function fixLevelWord(scope: RowScope, field: FieldSpec, col: number, raw: string): boolean {
  if (scope.ledgerId !== "honors" || field.id !== "level") return false;
  const typed = raw.trim();
  const value = levelByWord(typed, scope.unitName);
  if (value === undefined || !(field.values ?? []).includes(value) || !passes(scope, field, col, value)) return false;
  setCell(scope, col, value, "enum", FixNote.levelWord(typed, value));
  // 县/区 says neither which: the typed 县级 or 区级 is kept in 备注 as a tag (`〔级别〕区级`), which the summary reads
  // before the unit's names (build-facts COUNTY_OR_DISTRICT_NAMED), so a 区级 honour is never told as 县级 or 县（区）级
  // (new-user test 37, D2).
  const seat = value === "县/区" ? /^([县区])(?:级|里)?$/u.exec(typed)?.[1] : undefined;
  const remarkCol = scope.byId.get("remark");
  if (seat && remarkCol) {
    const tag = `${LEVEL_TAG}${seat}级`;
    const cur = readText(current(scope, remarkCol.col)).trim();
    const after = cur.includes(tag) ? cur : cur ? `${cur}；${tag}` : tag;
    if (after !== cur && passes(scope, remarkCol.field, remarkCol.col, after)) setCell(scope, remarkCol.col, after, "enum", FixNote.levelSeatKept(tag, `${seat}级`));
  }
  // A college's 校级 honour is the university's, not the college's own: 本单位 is the list's nearest value, and the
  // title keeps the level the user typed (`校级三好学生`) so the summary says it was received (new-user test 15, D13).
  const title = scope.byId.get("title");
  const titleText = title ? readText(current(scope, title.col)).trim() : "";
  if (typed === "校级" && isCollege(scope.unitName) && title && titleText && !titleText.startsWith("校级")) {
    setCell(scope, title.col, `校级${titleText}`, "enum", FixNote.levelKept(titleText, "校级"));
  }
  // A 系统内 honour is conferred by the unit's 系统, never by the unit: the title says 系统内, as the import writes it
  // (catalog SYSTEM_HONOUR; new-user tests 27 D15, 29 D4), so the summary tells it as received.
  if (typed === "系统内" && title && titleText && !SYSTEM_HONOUR.test(titleText)) {
    setCell(scope, title.col, `系统内${titleText}`, "enum", FixNote.levelKept(titleText, "系统内"));
  }
  return true;
}

/**
 * A short near-miss typed into a list column (`上半年度`, `机关`, `不足`, `会议`, `乱摆摊`): the list's value it
 * stands for (catalog nearestChoice), when that passes the check (new-user test 17, D8).
 */
function fixNearChoice(scope: RowScope, field: FieldSpec, col: number, raw: string): boolean {
  const typed = raw.trim();
  if ((field.values ?? []).includes(typed)) return false;
  const value = nearestChoice(scope.catalog, scope.ledgerId, field.id, typed);
  if (value === undefined || !(field.values ?? []).includes(value) || !passes(scope, field, col, value)) return false;
  setCell(scope, col, value, "enum", FixNote.nearChoice(typed, value));
  return true;
}

/**
 * A word a ledger's list lacks (`燃气泄漏隐患` in 问题类别, `短信` in 类型): 其他, with the word kept where the summary
 * reads what a 其他 row is — the ledger's `otherNamedBy` column when blank (宣传投放's 位置或内容), else the front of
 * 备注 (new-user test 18). Nothing typed is lost; a 备注 that would grow past its limit is skipped with the reason.
 * An Excel error value (`#N/A`) is no word: it stays for the user to correct (moved into 备注 it would be an error there).
 */
function fixToOther(scope: RowScope, field: FieldSpec, col: number, raw: string): boolean {
  const values = field.values ?? [];
  const typed = raw.trim();
  // A 合计 row stays what it is (row.total asks to delete it): never a 其他 row counted twice.
  if (scope.ledgerId === undefined || !values.includes("其他") || !typed || values.includes(typed) || isTotalWord(typed) || excelErrorOf(typed)) return false;
  const named = scope.otherNamedBy ? scope.byId.get(scope.otherNamedBy) : undefined;
  const into = named && readText(current(scope, named.col)).trim() === "" ? named : scope.byId.get("remark");
  if (!into) return false;
  const before = readText(current(scope, into.col)).trim();
  // `乱停放（电动车）` is kept as people say it, `电动车乱停放`: the summary names the problem by it (new-user test 28, D10).
  const said = wordInReadingOrder(typed);
  const after = before.startsWith(said) ? before : before ? `${said}；${before}` : said;
  if (!passes(scope, into.field, into.col, after)) return skip(scope, col, typed, SkipReason.remarkTooLongForWord);
  setCell(scope, col, "其他", "enum", FixNote.toOther(typed, into.field.header, cellAddress(scope.row, into.col), said));
  setCell(scope, into.col, after, "enum", FixNote.wordKept(said));
  return true;
}

/** The verb typed before a count of 已整改数 (`已整改18户`, `整改了5处`, `已完成3处`), which the header already says. */
const RECTIFIED_LEAD = /^(?:已整改|整改了|整改|已完成|完成)/u;

/** A text date that reads as a day inside the allowed range becomes its serial. */
function fixDate(scope: RowScope, field: FieldSpec, col: number, raw: string): boolean {
  const r = readDate(raw, { year: scope.year });
  if (r.kind !== "date" || !r.fromText || !passes(scope, field, col, r.serial)) return false;
  setCell(scope, col, r.serial, "date", FixNote.date(r.typed, formatSerialDate(r.serial), r.yearAssumed === true), field.numFmt);
  return true;
}

/**
 * A text number that passes the cell check becomes a number; its unit goes to 单位 (or is dropped
 * when the header already says it), its approximation to 表述 or a 备注 tag. Returns true when
 * handled (converted or skipped with a reason), false when it is not a readable figure.
 */
function fixNumber(scope: RowScope, field: FieldSpec, col: number, raw: string): boolean {
  // 已整改数 typed as a sentence's start (`已整改18户`): the verb the header already says is dropped, the count read as
  // any other (new-user test 41, D6).
  const lead = field.id === "rectified" ? RECTIFIED_LEAD.exec(raw.trim())?.[0] : undefined;
  const r = lead ? readNumber(raw.trim().slice(lead.length)) : readFieldNumber(field, raw);
  if (r.kind !== "number" || !r.fromText || (r.percent && !percentAllowed(scope)) || !passes(scope, field, col, r.value)) return false;
  // A skip quotes the cell whole (`“已整改18户”`, never `“18户”`: new-user test 42, D5).
  const typed = lead ? raw.trim() : r.typed;
  const unitCol = scope.byId.get("unit");
  const approxCol = scope.byId.get("approx");
  const remarkCol = scope.byId.get("remark");
  const after: { col: number; field: FieldSpec; value: string; kind: ChangeKind; note: string }[] = [];
  let note = FixNote.number(r.typed, r.value);
  if (r.unit !== undefined) {
    const unitText = unitCol ? readText(current(scope, unitCol.col)) : "";
    const values = unitCol?.field.type === "enum" ? unitCol.field.values : undefined;
    const titleCol = scope.ledgerId === "honors" && field.id === "people" ? scope.byId.get("title") : undefined;
    const own = titleCol ? honourMeasure(readText(current(scope, titleCol.col))) : undefined;
    const { fit, unit } = typedUnitFit(field, r.unit, unitCol ? { text: unitText, values } : undefined, own);
    if (fit === "header" && own === r.unit && !sameUnit(r.unit, field.unit ?? "")) note = FixNote.unitOwn(r.typed, r.value, r.unit);
    else if (fit === "header") note = FixNote.unitDropped(r.typed, r.value, r.unit, field.header.includes(r.unit) ? undefined : field.unit);
    else if (fit === "foreign" || !unitCol) return skip(scope, col, typed, SkipReason.unitForeign(r.unit));
    else if (fit === "conflict") return skip(scope, col, typed, SkipReason.unitConflict(unitText, r.unit));
    else if (fit === "not-allowed") return skip(scope, col, typed, SkipReason.unitNotAllowed(r.unit));
    else {
      const to = cellAddress(scope.row, unitCol.col);
      if (fit === "move" && unit !== undefined) {
        if (!passes(scope, unitCol.field, unitCol.col, unit)) return skip(scope, col, typed, SkipReason.unitNotAllowed(unit));
        after.push({ col: unitCol.col, field: unitCol.field, value: unit, kind: "unit", note: FixNote.unitCell(unit, cellAddress(scope.row, col)) });
      }
      // The 单位 cell already says it (`15场` beside 场): the word is only dropped (new-user test 9, D18).
      note = fit === "repeated" ? FixNote.unitRepeated(r.typed, r.value, r.unit, to) : FixNote.unitMoved(r.typed, r.value, unit ?? r.unit, to);
    }
  }
  if (r.scale !== undefined && approxCol && unitCol) {
    const unitText = readText(current(scope, unitCol.col));
    if (/^[万亿]/u.test(unitText)) return skip(scope, col, typed, SkipReason.scaleTwice(unitText));
  }
  // A count typed in 万 with a decimal (`1.2万` 注册人数) is a rounded one: as 12000 it would read as exact and a sum with it
  // be said to the unit (`12205人`); left as typed, as check says (new-user test 56, D14). Money (`2.4万元`) is converted.
  const unitNow = unitCol ? readText(current(scope, unitCol.col)) : "";
  if (r.approx === undefined && r.scale === 10000 && /\d\s*万/u.test(r.typed) && roundedWan(r.value, true) && !/元/u.test(`${field.header}${r.unit ?? ""}${unitNow}`)) {
    return skip(scope, col, typed, SkipReason.roundedWan);
  }
  if (r.approx !== undefined) {
    const word = APPROX_WORD[r.approx.kind];
    if (approxCol) {
      const cur = readText(current(scope, approxCol.col));
      if (cur !== "" && cur !== "精确" && cur !== word) return skip(scope, col, typed, SkipReason.approxConflict(cur));
      if (cur !== word) after.push({ col: approxCol.col, field: approxCol.field, value: word, kind: "approx-kind", note: FixNote.approxCell(word, cellAddress(scope.row, col)) });
      note = FixNote.approxKind(r.typed, r.value, word, cellAddress(scope.row, approxCol.col));
    } else if (remarkCol) {
      const cur = current(scope, remarkCol.col);
      let tagged: string;
      try {
        tagged = addApproxTag(typeof cur === "string" ? cur : cur === null ? null : readText(cur), field.header, r.typed);
      } catch {
        return skip(scope, col, typed, SkipReason.remarkHasMark);
      }
      if (!passes(scope, remarkCol.field, remarkCol.col, tagged)) return skip(scope, col, typed, SkipReason.remarkTooLong);
      after.push({ col: remarkCol.col, field: remarkCol.field, value: tagged, kind: "approx-tag", note: FixNote.remarkTag(`〔约数〕${field.header}：${r.typed}`) });
      note = FixNote.approxTagged(r.typed, r.value, cellAddress(scope.row, remarkCol.col));
    } else {
      // The 约 has nowhere to go, so the cell stays text; its full-width digits are made half-width all the same
      // (`约１２０００` → `约12000`, read alike; new-user test 37, D23).
      const half = halfWidthAlnum(r.typed);
      if (half !== r.typed) setCell(scope, col, half, "trim", FixNote.halfWidth(r.typed, half));
      return skip(scope, col, half, SkipReason.noRemark);
    }
  }
  setCell(scope, col, r.value, "number", lead ? FixNote.leadDropped(raw.trim(), lead, note) : note, field.numFmt);
  for (const a of after) setCell(scope, a.col, a.value, a.kind, a.note);
  return true;
}

/**
 * Removes from the row's 备注 each 〔约数〕 tag whose recorded figure is no longer its cell's (`〔约数〕注册人数：百余`
 * beside 128, typed after 规范数据 wrote the tag; check's `value.approx-tag-stale`, new-user test 36, D5): the
 * summary already tells the cell's exact figure, and the tag would only mislead the next reader. Reads the
 * cells as planned so far (a figure converted in this plan, and its own new tag, count); other 备注 text stays.
 */
function dropStaleTags(scope: RowScope, columns: readonly FieldSpec[]): void {
  const remarkCol = scope.byId.get("remark");
  if (!remarkCol) return;
  const remark = current(scope, remarkCol.col);
  if (typeof remark !== "string") return;
  let after: string | null = remark;
  const notes: string[] = [];
  for (const tag of parseApproxTags(remark)) {
    const field = columns.find((c) => c.header === tag.header);
    const located = field && scope.byId.get(field.id);
    const value = located && current(scope, located.col);
    const recorded = readNumber(tag.typed);
    if (!located || typeof value !== "number" || recorded.kind !== "number" || !recorded.approx || !approxTagStale(recorded.value, value)) continue;
    after = removeApproxTag(after, tag.header);
    notes.push(FixNote.staleTag(formatApproxTag(tag.header, tag.typed), cellAddress(scope.row, located.col), value));
  }
  if (notes.length) setCell(scope, remarkCol.col, after, "approx-tag", notes.join("；"));
}
