/**
 * Checks one cell against its field spec: type, enumeration, range, length, dates, Excel errors,
 * values understood but stored as text (spec "Values users really type" and "Findings").
 * @module
 */
import type { Catalog, FieldSpec } from "../catalog";
import { levelByWord, monthTyped, nearestChoice, valueWithYear } from "../catalog/classify";
import { MONTHLY_PERIOD } from "../catalog/standard-v1";
import type { CellValue } from "../grid";
import { excelErrorOf } from "../normalize/excel-error";
import { readNumber, roundedWan } from "../normalize/number";
import { readDate, readMonthOnly, serialFromYmd, ymdFromSerial } from "../normalize/date";
import { readText, wordInReadingOrder } from "../normalize/text";
import { contactNumbersIn, hasContactData } from "../normalize/personal";
import type { Approx } from "../normalize/types";
import type { Finding } from "./finding";
import type { ParsedCell } from "./parsed";
import { rules, type RuleId, type RuleParams } from "./rules";
import { typedUnitFit, type RowUnit } from "./typed-unit";

/** Where a cell is and what the checks may assume. */
export interface CellContext {
  readonly sheet: string;
  /** A1 address of the cell. */
  readonly cell: string;
  /** 报告年度, for dates typed without a year (`6月5日`). */
  readonly year?: number;
  /**
   * The report period (Excel serials) and its name (`第二季度`), for the hint of an impossible date whose month lies outside
   * it (`2025.2.30` in a 第二季度 report; new-user test 50, D14). Absent for 基本信息.
   */
  readonly period?: { readonly start: number; readonly end: number; readonly name: string };
  /** True when a percentage (`100%`, 百分之百) is a valid reading (其他指标 rows with 单位 %). */
  readonly percentAllowed?: boolean;
  /** Formula text of the cell, when it holds one. */
  readonly formula?: string;
  /** The row's 单位 cell (its text, `""` when blank, and its list); undefined when the sheet has no 单位 column. */
  readonly rowUnit?: RowUnit;
  /** The measure the row's own words give this column (先进典型 人数 of a 家庭 honour: 户), when not the column's. */
  readonly ownUnit?: string;
  /**
   * The row's 表述 word when it makes the figure approximate (`约`, `余`, `近`; 其他指标), which the summary reads the figure
   * with; undefined when blank or 精确, or the sheet has no 表述 column.
   */
  readonly rowApprox?: string;
  /**
   * For the hint of a word not in a list: the catalog and ledger (undefined for 基本信息) whose near-miss words
   * it names (`“宣传”请选“宣传教育”`), and the header of the column a word the list lacks goes to with 其他
   * (`备注`, 宣传投放's `位置或内容`; undefined when the sheet has none).
   */
  readonly choice?: { readonly catalog: Catalog; readonly ledgerId?: string; readonly otherInto?: string };
}

/** Result of checking one cell. */
export interface CellCheck {
  readonly parsed: ParsedCell;
  readonly findings: readonly Finding[];
}

/** Builds a finding of a rule with its catalog severity and wording. */
export function makeFinding(rule: RuleId, sheet: string, cell: string, params: RuleParams): Finding {
  const def = rules[rule];
  const clipped = params.typed === undefined ? undefined : clipTyped(params.typed);
  const shown = clipped === params.typed ? params : { ...params, typed: clipped };
  return { severity: def.severity, sheet, cell, rule, message: flat(def.message(shown)) };
}

/**
 * The same string, flattened: a message built from template pieces is a tree of pieces in V8
 * until first read; reading one character makes it one flat string, so that a finding keeps one
 * string rather than a dozen pieces (issue #6: half the garbage-collection work for 9,000 findings).
 */
function flat(s: string): string {
  s.charCodeAt(0);
  return s;
}

/** Longest typed text quoted whole in a message; longer text is cut and its length given. */
const MAX_QUOTED = 40;

/**
 * Typed text as quoted in a message: at most 40 characters (then `…（共N字）`), control
 * characters shown as `�`, so that a huge or binary cell still gives a one-line message.
 */
export function clipTyped(typed: string): string {
  // The common case — short, nothing to replace — allocates nothing.
  if (typed.length <= MAX_QUOTED && !CONTROL.test(typed)) return typed;
  const chars = [...typed];
  const clean = (s: string): string => s.replace(CONTROL_ALL, "\ufffd");
  return chars.length <= MAX_QUOTED ? clean(typed) : `${clean(chars.slice(0, MAX_QUOTED - 10).join(""))}…（共${chars.length}字）`;
}

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
// eslint-disable-next-line no-control-regex
const CONTROL_ALL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

/** Characters (code points) of a text, as `[...text].length` counts them, without the array. */
function charCount(text: string): number {
  let n = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // A high surrogate followed by a low one is one character.
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

/** An enum's values as a message lists them (`a、b、c`), joined once per list. */
const listed = new WeakMap<readonly string[], string>();
function listOf(values: readonly string[]): string {
  let list = listed.get(values);
  if (list === undefined) listed.set(values, (list = values.join("、")));
  return list;
}

/** `2023年6月5日` for an Excel serial. */
export function formatSerialDate(serial: number): string {
  const { y, m, d } = ymdFromSerial(serial);
  return `${y}年${m}月${d}日`;
}

const approxWords: Record<Approx["kind"], string> = { about: "约数（大约）", over: "约数（多于）", nearly: "约数（接近）" };
/** The 表述 words that make a figure approximate (catalog Enums.approx, 精确 aside), by the reading they give. */
const APPROX_OF_WORD: Readonly<Record<string, Approx["kind"]>> = { 约: "about", 余: "over", 近: "nearly" };
/** Date cells must lie in 1990-01-01..2100-12-31 (Excel serials; value.date-range). */
export const MIN_DATE_SERIAL = 32874; // 1990-01-01
export const MAX_DATE_SERIAL = 73415; // 2100-12-31
const minDate = MIN_DATE_SERIAL;
const maxDate = MAX_DATE_SERIAL;

/**
 * Why a date written in a form we read (`2025.6.31`, `2025年2月30日`, `2025-13-01`) is no date: `said` `2025年9月没有31日`
 * with `days` the month's length (30), or `没有13月` (new-user test 21, D8; the importer says it too, new-user test 37, D20).
 * Undefined for anything else.
 */
export function impossibleDateReason(text: string): { readonly said: string; readonly days?: number; readonly year?: number; readonly month?: number } | undefined {
  const m = /^\s*(\d{4})\s*[年./-]\s*(\d{1,2})\s*[月./-]\s*(\d{1,2})\s*[日号]?\s*$/u.exec(text);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12) return { said: `没有${month}月` };
  // Day 0 of the next month is the last day of this one (UTC: no time zone moves it).
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day < 1 || day > last ? { said: `${year}年${month}月没有${day}日`, days: last, year, month } : undefined;
}

/**
 * The month (first and last day, Excel serials) an impossible date names (`2025.2.30` → 2025年2月), when it lies wholly
 * outside `period`: such a row is no row of the period (new-user test 50, D14). Undefined otherwise.
 */
function monthOutside(reason: ReturnType<typeof impossibleDateReason>, period: CellContext["period"]): { readonly start: number; readonly end: number } | undefined {
  if (!reason?.year || !reason.month || !period || reason.year < 1990 || reason.year > 2100) return undefined;
  const start = serialFromYmd({ y: reason.year, m: reason.month, d: 1 });
  const end = serialFromYmd({ y: reason.year, m: reason.month, d: reason.days ?? 28 });
  return end < period.start || start > period.end ? { start, end } : undefined;
}

/**
 * {@link impossibleDateReason} as the checker says it: `不是有效日期：2025年9月没有31日（只有30天），请改正`; with the
 * month outside the report period, `……（只有28天），且2月不在报告期（第二季度）内，强制生成时总结不写这一行，请改正`.
 */
function impossibleDay(text: string, period: CellContext["period"]): string | undefined {
  const reason = impossibleDateReason(text);
  // The year is said only when it is not the period's own (`2024年2月`).
  const month = reason?.year === (period ? ymdFromSerial(period.start).y : undefined) ? `${reason?.month ?? ""}月` : `${reason?.year ?? ""}年${reason?.month ?? ""}月`;
  const outside = monthOutside(reason, period) && period ? `，且${month}不在报告期（${period.name}）内，强制生成时总结不写这一行` : "";
  return reason && `不是有效日期：${reason.said}${reason.days ? `（只有${reason.days}天）` : ""}${outside}，请改正`;
}

/** True when a raw cell is blank (null, "" or only spaces). */
export function isBlank(v: CellValue): boolean {
  return v === null || (typeof v === "string" && readText(v) === "");
}

/**
 * Checks a raw cell against `field` and returns its typed reading and findings.
 * Never throws for any cell value.
 */
export function checkCell(field: FieldSpec, raw: CellValue, ctx: CellContext): CellCheck {
  const findings: Finding[] = [];
  const read = readCell(field, raw, ctx, findings);
  const source = `${ctx.sheet}!${ctx.cell}`;
  const parsed: ParsedCell = read.approx ? { value: read.value, approx: read.approx, source } : { value: read.value, source };
  return { parsed: read.wan ? { ...parsed, wan: true } : read.month ? { ...parsed, month: true } : read.outsideMonth !== undefined ? { ...parsed, outsideMonth: read.outsideMonth } : parsed, findings };
}

/** A cell's typed reading (checkCell's `parsed` without its source). */
export interface CellReading {
  readonly value: ParsedCell["value"];
  readonly approx?: Approx;
  /** Typed with 万 after Arabic digits (`1.5万`): ParsedCell.wan. */
  readonly wan?: true;
  /** A date typed as a month alone (`2025年10月`, catalog monthOnly): ParsedCell.month. */
  readonly month?: true;
  /** An impossible date whose month lies outside the report period: ParsedCell.outsideMonth. */
  readonly outsideMonth?: number;
  /**
   * The measure word typed with the number (`80人次`) when the row's 单位 cell is blank: that cell is read
   * as it (new-user test 12, D12: the summary says `参与80人次`, as after 规范数据, never `80人`).
   */
  readonly rowUnit?: string;
}

const BLANK: CellReading = { value: null };

/** A finding of `rule` at the cell of `ctx` (params name the field), appended to `out`. */
function add(out: Finding[], ctx: CellContext, rule: RuleId, params: RuleParams): void {
  out.push(makeFinding(rule, ctx.sheet, ctx.cell, params));
}

/**
 * checkCell without the source and the result objects (the ledger loop's slow path): the typed
 * reading, its findings appended to `findings`. The one definition of the cell rules.
 */
export function readCell(field: FieldSpec, raw: CellValue, ctx: CellContext, findings: Finding[]): CellReading {
  const header = field.header;
  if (field.type === "formula") {
    if (!isBlank(raw) && ctx.formula === undefined) add(findings, ctx, "value.formula-overwritten", { field: header, typed: readText(raw) });
    return BLANK;
  }
  if (ctx.formula !== undefined) add(findings, ctx, "value.formula-typed", { field: header, typed: ctx.formula, read: isBlank(raw) ? "" : readText(raw) });
  const err = excelErrorOf(raw);
  if (err !== undefined) {
    add(findings, ctx, "value.excel-error", { field: header, typed: err });
    return BLANK;
  }
  if (isBlank(raw)) {
    if (field.required) add(findings, ctx, "value.required", { field: header });
    return BLANK;
  }
  switch (field.type) {
    case "int":
    case "num":
      return readNumberCell(field, raw, ctx, findings);
    case "date": {
      const r = readDate(raw, { year: ctx.year });
      // A month alone where the catalog allows it (先进典型 日期 `2025年11月`): read as that month with a 提示, never an error
      // that blocks the summary (new-user test 46, D20). The value is the month's first day, only for the period checks
      // (the summary never prints an honour's date, and 规范数据 leaves the cell as typed: no day is invented). An activity's
      // month is told as such (`10月`, ParsedCell.month; new-user test 49, D16).
      const month = r.kind === "invalid" && field.monthOnly ? readMonthOnly(raw) : undefined;
      if (month) {
        add(findings, ctx, "value.month-only", { field: header, typed: readText(raw), read: `${month.y}年${month.m}月` });
        return { value: serialFromYmd({ ...month, d: 1 }), month: true };
      }
      if (r.kind !== "date") {
        // `3月12日` needs the year of 基本信息: say so when it is missing (new-user test 3, D4).
        const noYear = ctx.year === undefined && /^\s*\d{1,2}\s*月\s*\d{1,2}\s*[日号]?\s*$/u.test(readText(raw));
        const detail = noYear ? "没有年份，而基本信息的“报告年度”未填（或无法识别），推算不出年份：请填好报告年度，或写全日期" : impossibleDay(readText(raw), ctx.period);
        add(findings, ctx, "value.not-date", { field: header, typed: readText(raw), ...(detail ? { detail } : {}) });
        // Its month outside the period: the row is no row of the period (inReportPeriod), under --force too.
        const outside = noYear ? undefined : monthOutside(impossibleDateReason(readText(raw)), ctx.period);
        return outside ? { value: null, outsideMonth: outside.start } : BLANK;
      }
      const read = formatSerialDate(r.serial);
      if (r.serial < minDate || r.serial > maxDate) {
        add(findings, ctx, "value.date-range", { field: header, read });
        return BLANK;
      }
      if (r.fromText) add(findings, ctx, "value.as-text", { field: header, typed: r.typed, read, detail: r.yearAssumed ? "（年份取自报告年度）" : "", target: "日期" });
      return { value: r.serial };
    }
    case "enum": {
      const text = readText(raw);
      const values = field.values ?? [];
      if (!values.includes(text)) {
        const hint = choiceHint(field, text, ctx);
        add(findings, ctx, "value.enum", { field: header, typed: text, list: listOf(values), ...(hint && { detail: hint }) });
        return BLANK;
      }
      return { value: text };
    }
    case "phone": {
      const text = readText(raw);
      const length = field.maxLength === undefined ? 0 : charCount(text);
      if (field.maxLength !== undefined && length > field.maxLength) add(findings, ctx, "value.too-long", { field: header, limit: String(field.maxLength), detail: String(length) });
      else if (!/^[0-9 +-]+$/.test(text)) add(findings, ctx, "profile.phone-chars", { field: header, typed: text });
      return { value: text };
    }
    default: {
      const text = readText(raw);
      // A phone number in an activity's name would be printed (new-user test 3, D1): the narrative
      // leaves it out, and the user is told. 备注 is read for prose with personal clauses dropped anyway.
      // 姓名 (printed when the user opts in) and 填报人 hold names, never a phone or ID number (new-user test 4, D12).
      if (field.id !== "remark" && hasContactData(text)) add(findings, ctx, "value.personal", { field: header, ...(field.personal ? { detail: "这一列请只填姓名，不要填电话号码或证件号" } : {}) });
      // A 备注 is never printed with its numbers, but the ledger itself is handed in: a phone or ID number in it is told
      // (new-user test 38, D27: `身份证440106…` in 志愿服务!G3 gave no finding).
      const numbers = field.id === "remark" ? contactNumbersIn(text) : "";
      if (numbers) add(findings, ctx, "value.personal", { field: header, list: numbers });
      if (field.maxLength !== undefined && text.length > field.maxLength) {
        // UTF-16 units first: a text no longer than the limit in units is no longer in characters.
        const length = charCount(text);
        if (length > field.maxLength) add(findings, ctx, "value.too-long", { field: header, limit: String(field.maxLength), detail: String(length) });
      }
      return { value: text };
    }
  }
}

/**
 * A number cell read as its field reads it (normalize readNumber): a year typed with 年度 (`２０２５年度`, `2025年度`) is that
 * year, as `2025年` is, its `typed` what was typed (new-user test 61, D17). Shared by the check and 规范数据 (fix/plan-fixes).
 */
export function readFieldNumber(field: Pick<FieldSpec, "quantity">, raw: CellValue): ReturnType<typeof readNumber> {
  if (field.quantity !== "year" || typeof raw !== "string" || !/年度\s*$/u.test(raw)) return readNumber(raw);
  const r = readNumber(raw.replace(/年度\s*$/u, "年"));
  return r.kind === "number" ? { ...r, typed: readText(raw) } : readNumber(raw);
}

function readNumberCell(field: FieldSpec, raw: CellValue, ctx: CellContext, findings: Finding[]): CellReading {
  const header = field.header;
  const r = readFieldNumber(field, raw);
  if (r.kind !== "number") {
    add(findings, ctx, "value.not-number", { field: header, typed: readText(raw) });
    return BLANK;
  }
  if (r.percent && !ctx.percentAllowed) {
    add(findings, ctx, "value.percent-misplaced", { field: header, typed: r.typed });
    return BLANK;
  }
  const read = String(r.value);
  const min = field.min ?? 0;
  if (r.value < min) {
    add(findings, ctx, "value.out-of-range", { field: header, read, detail: min === 0 ? "不能为负数" : `不能小于${min}` });
    return BLANK;
  }
  if (field.max !== undefined && r.value > field.max) {
    add(findings, ctx, "value.out-of-range", { field: header, read, detail: `不能大于${field.max}` });
    return BLANK;
  }
  if (field.type === "int" && !Number.isInteger(r.value)) {
    add(findings, ctx, "value.not-integer", { field: header, read });
    return BLANK;
  }
  const plain: CellReading = r.approx ? { value: r.value, approx: r.approx } : { value: r.value };
  const reading: CellReading = r.fromText && r.scale === 10000 && /\d\s*万/u.test(r.typed) ? { ...plain, wan: true } : plain;
  if (!r.fromText) return reading;
  // The same fit 规范数据 plans by: a conflict or a foreign unit is said as such, never as convertible.
  const { fit, unit } = r.unit ? typedUnitFit(field, r.unit, ctx.rowUnit, ctx.ownUnit) : { fit: undefined, unit: undefined };
  if (fit === "conflict" || fit === "not-allowed" || fit === "foreign") {
    const detail = fit === "conflict" ? `其中的单位“${r.unit}”与本行单位列的“${ctx.rowUnit?.text ?? ""}”不一致`
      : fit === "not-allowed" ? `单位“${r.unit}”不是单位列的可选值`
      // A 家庭 honour counted in 户, typed in persons (new-user test 18, D11): the summary would say 30户.
      : ctx.ownUnit !== undefined && ctx.ownUnit !== r.unit ? `这项荣誉按“${ctx.ownUnit}”计，总结中写作${r.value}${ctx.ownUnit}；如填的是人数，请改为${ctx.ownUnit}数`
      : `“${r.unit}”不是本列的单位，本表也没有单位列`;
    add(findings, ctx, "value.unit-mismatch", { field: header, typed: r.typed, read, detail });
    return reading;
  }
  const unitNote = fit === "move" ? `；单位请在单位一列填“${unit ?? ""}”，本格只填数字` : fit ? "；本格只填数字" : "";
  if (r.approx) add(findings, ctx, "value.approximate", { field: header, typed: r.typed, read, detail: `（${approxWords[r.approx.kind]}）${unitNote}` });
  // A count typed in 万 with a decimal (`1.2万` 注册人数) is a rounded one: said so (new-user test 56, D14); money is booked.
  else if (reading.wan && roundedWan(r.value, true) && !/元/u.test(`${header}${r.unit ?? ""}${ctx.rowUnit?.text ?? ""}`)) {
    add(findings, ctx, "value.approximate", { field: header, typed: r.typed, read, detail: `（按“万”填写，视为约数；与其他行相加时，总结不写到个位）${unitNote}` });
  } else {
    // Money typed in 万 (`1.5万` 投入金额) is an amount booked, read exactly — said so beside a count's `视为约数` (new-user test 61, D16).
    // With a 表述 of the row (`1.5万`, 余) it is read as the 表述 says, never `视为准确数` beside it (new-user test 65, D16,
    // docs/new-user-test-pane-65.md: the summary writes `1.5万余元`).
    const booked = !(reading.wan && roundedWan(r.value, true)) ? ""
      : ctx.rowApprox ? `（金额按“万”换算为元，按本行表述“${ctx.rowApprox}”视为${approxWords[APPROX_OF_WORD[ctx.rowApprox] ?? "about"]}）` : "（金额按“万”换算为元，视为准确数）";
    add(findings, ctx, "value.as-text", { field: header, typed: r.typed, read, detail: `${booked}${unitNote}` });
  }
  return fit === "move" && unit ? { ...reading, rowUnit: unit } : reading;
}

/** The message for a rule, for callers that build sheet-level findings. */
export { rules };

/**
 * What to do with a word not in a list column, as 规范数据 would do it: the list value it stands for (a 级别 word
 * `市级` → 市, a near-miss `宣传` → 宣传教育: catalog levelByWord, nearestChoice), else, in a ledger row with a 备注
 * (or 位置或内容) and a list holding 其他, 其他 with the word kept there (`燃气泄漏隐患`; new-user test 18). Undefined
 * when neither.
 */
function choiceHint(field: FieldSpec, text: string, ctx: CellContext): string | undefined {
  const values = field.values ?? [];
  // The year typed into 报告期 (`2025上半年`) belongs in 报告年度 (new-user test 32, D25): the commonest slip of the form.
  const dated = ctx.choice && ctx.choice.ledgerId === undefined ? valueWithYear(text, values) : undefined;
  if (dated) {
    if (ctx.year === undefined) return `“${text}”请选“${dated.value}”，“报告年度”填${dated.year}，可用“规范数据”改正`;
    if (ctx.year === dated.year) return `“${text}”请选“${dated.value}”，年份${dated.year}已在“报告年度”中，可用“规范数据”改正`;
    return `“${text}”请选“${dated.value}”；其中的年份${dated.year}与“报告年度”${ctx.year}不一致，请核对哪一个是对的`;
  }
  // A month typed as the 报告期 (`5月份`, `2025年5月`) is a 月报: 月度, its month in 起始日期 (new-user test 36, D16).
  const month = ctx.choice && ctx.choice.ledgerId === undefined && field.id === "period" && values.includes(MONTHLY_PERIOD) ? monthTyped(text) : undefined;
  if (month) {
    if (month.year !== undefined && ctx.year !== undefined && month.year !== ctx.year) return `月报请选“${MONTHLY_PERIOD}”，并在“起始日期”填该月1日；其中的年份${month.year}与“报告年度”${ctx.year}不一致，请核对哪一个是对的`;
    const y = month.year ?? ctx.year;
    return `月报请选“${MONTHLY_PERIOD}”，并在“起始日期”填${y !== undefined ? `${y}年` : ""}${month.month}月1日，可用“规范数据”改正`;
  }
  const near = field.id === "level" ? levelByWord(text) : ctx.choice && nearestChoice(ctx.choice.catalog, ctx.choice.ledgerId, field.id, text);
  if (near !== undefined && values.includes(near)) return `“${text}”请选“${near}”，可用“规范数据”改正`;
  // Batches (`批次` of a 市场监管所) are no measure of problems: the problems in them are counted as 处/起/件, the batches
  // said in 备注 (own reading of a 市场监管所, 2026-12-05). Shops and households (户, 家) are in the list (new-user test 33).
  if (ctx.choice?.ledgerId === "rectification" && field.id === "unit" && /^(?:批|批次|家次|户次)$/u.test(text)) {
    return "问题按处、起、件等计数（商户、住户的问题可按户、家计）：一批的问题记为1处（1起、1件），涉及的批次可写在“备注”中";
  }
  const into = ctx.choice?.ledgerId !== undefined ? ctx.choice.otherInto : undefined;
  // 宣传投放's 位置或内容 takes the word when blank, 备注 when filled — as 规范数据 does (new-user test 18, D7).
  const where = into === "备注" ? "“备注”中" : `“${into}”中（已填写的写在备注中）`;
  if (into && values.includes("其他") && text) return `不属于以上各项的请选“其他”，并把“${wordInReadingOrder(text)}”写在${where}，可用“规范数据”改正`;
  return undefined;
}
