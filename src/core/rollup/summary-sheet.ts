/**
 * The 汇总 sheet of a roll-up: one row per input workbook (its status says whether it was
 * included) with the main indicators of 指标汇总, and a 合计 row over the included units.
 * @module
 */
import { MONTHLY_PERIOD, NumFmt, type Catalog, type IndicatorSpec } from "../catalog";
import { PROBLEM_INDICATORS, rollupIndicatorSpecs, totalIndicators, UNCOUNTED_PROBLEM_ROWS } from "./indicators";
import { parseChineseNumeral, type ApproxKind } from "../normalize";
import type { SummaryColumn, SummarySheet, UnitResult } from "./types";

/**
 * The one order of a roll-up's units (Chinese collation of the file's name, its folder left out), whatever order the
 * files came in: the 汇总 sheet's rows, the combined ledgers' rows and so the summary's 附表 are in it, in the CLI and
 * the page alike (new-user tests 16 D13, 17 D5).
 */
export function byFileName(a: { readonly label: string }, b: { readonly label: string }): number {
  // Without `.xlsx`: `2-江滨.xlsx` before `2-江滨-副本.xlsx`, as a file list shows them (new-user test 34, D15); an ordinal in
  // Chinese numerals as its number (`七年级组`, `八年级组`, `九年级组` in that order, never by the numerals' sound: new-user test 60, D9).
  const base = (label: string): string => withOrdinalNumbers(label.replace(/^.*[\\/]/u, "").replace(/\.xls[xm]?$/iu, ""));
  return base(a.label).localeCompare(base(b.label), "zh-CN", { numeric: true }) || a.label.localeCompare(b.label, "zh-CN");
}

/**
 * An ordinal in Chinese numerals (after 第, or before a part's word: 年级, 班, 中队, 车间, 网格 …) as its number
 * (`七年级组` → `7年级组`, `第十二中队` → `第12中队`), other numerals as they are (`八一村`, `三里屯社区`): the units'
 * natural order under numeric collation (new-user test 60, D9).
 */
function withOrdinalNumbers(name: string): string {
  return name.replace(/(第)([〇零一二两三四五六七八九十百]+)|([〇零一二两三四五六七八九十百]+)(?=年级|班|中队|大队|分队|小队|车间|网格|片区|科室|支部|分局|分校|校区|组|队)/gu, (all: string, di: string | undefined, a: string | undefined, b: string | undefined) => {
    const n = parseChineseNumeral(a ?? b ?? "");
    return n === undefined ? all : `${di ?? ""}${n}`;
  });
}

/** Name of the 汇总 sheet. */
export const SUMMARY_SHEET = "汇总";

/** Header of the unit column (the same text as the ledgers' 填报单位). */
const UNIT_HEADER = "填报单位";

/**
 * Header of the column of the units' 单位简称 (the 基本信息 field's own label), last, after 状态, and only when a unit gave one:
 * the combined summary names each unit by it (actions unitShortNamesOf; new-user test 30, D10).
 */
export const SHORT_NAME_HEADER = "单位简称";

/** `2023年上半年`, `2023年全年`, `2025年5月` (月度 with its month; new-user test 36, D16); empty when unknown. */
export function periodLabel(year: number | undefined, period: string | undefined, month?: number): string {
  return `${year !== undefined ? `${year}年` : ""}${period === MONTHLY_PERIOD && month !== undefined ? `${month}月` : (period ?? "")}`;
}

/**
 * The note in a unit's 状态 that its 单位名称 was blank and read from its file's name (`单位名称按文件名f3-南苑社区.xlsx记为“南苑社区”，待核对`):
 * the combined workbook carries the guess, so that its check keeps saying so (actions `guessedUnitNames`; new-user test 31, D5).
 */
export function guessedNameNote(label: string, name: string): string {
  return `单位名称按文件名${label.replace(/^.*[\\/]/u, "")}记为“${name}”，待核对`;
}

/** The file and the name of a {@link guessedNameNote} in a 状态 cell; undefined when it holds none (or 待核对 was deleted). */
export function guessedNameIn(status: string): { readonly file: string; readonly name: string } | undefined {
  const m = /单位名称按文件名(.+?)记为“(.+?)”，待核对/u.exec(status);
  return m ? { file: m[1], name: m[2] } : undefined;
}

/**
 * The status cell: `已汇总`, or why not. `named`: the unit came in more than one file, so the row
 * says which file it is (`已汇总（和平（更正）.xlsx）`, `未汇总：和平.xlsx与和平（更正）.xlsx重复`).
 */
function statusText(u: UnitResult, named: boolean, note = ""): string {
  const guess = u.nameFromFile ? guessedNameNote(u.label, u.unitName) : "";
  if (u.status === "included") return named || guess || note ? `已汇总（${[named ? u.label : "", guess, note].filter(Boolean).join("；")}）` : "已汇总";
  if (u.status === "forced") return `已汇总（${named ? `${u.label}，` : ""}有${u.errors}个错误，强制汇总${guess ? `；${guess}` : ""}${note ? `；${note}` : ""}）`;
  // A unit that reported nothing is said as such, not 未汇总 for a fault of its file (new-user test 47, D10).
  if (u.status === "empty") return `${u.reason ?? ""}${note ? `；${note}` : ""}`;
  // The combining unit's own ledger, copied in as its own work (new-user test 45, D13).
  if (u.status === "own") return `已汇总（${[u.reason ?? "", note].filter(Boolean).join("；")}）`;
  return `未汇总：${named && u.status === "duplicate" ? u.label : ""}${u.reason ?? ""}${note ? `；${note}` : ""}`;
}

/**
 * Header of an indicator column: `活动场次（场）`, rates `总整改率` as is. Problem counts add the 宗, 处, 起
 * and 件 the units typed (as 指标汇总's SUMIFS do): no one measure word in their header, never `（处）` over
 * a sum that holds 起 (new-user test 8, D19).
 */
const MIXED_MEASURES = new Set(["problemsFound", "problemsRectified", "carriedFound", "carriedRectified"]);
const indicatorHeader = (id: string, label: string, unit: string): string => (unit === "%" || MIXED_MEASURES.has(id) ? label : `${label}（${unit}）`);

/** Sums by measure word of one cell (a unit's or the 合计's); a blank word is the column's own (`块`, or the one other word). */
type Words = Readonly<Record<string, number>>;
const addWords = (all: readonly (Words | undefined)[]): Record<string, number> => {
  const out: Record<string, number> = {};
  for (const w of all) for (const [k, v] of Object.entries(w ?? {})) out[k] = Math.round(((out[k] ?? 0) + v) * 1e6) / 1e6;
  return out;
};
/** The words typed (blank left out) of some cells. */
const wordsIn = (cells: readonly (Words | undefined)[]): string[] => [...new Set(cells.flatMap((w) => Object.keys(w ?? {}).filter((k) => k !== "")))];
/**
 * A cell of a column whose units typed more than one measure word: the figures by word as text (`126处、20户`, `1200平方米`),
 * never their sum (new-user test 41, D14, D19); the column's own word (`块`) first, a blank word counted under it.
 */
function wordsText(w: Words, first: string | undefined, rough: Rough = {}, roughParts: Words = {}, rectified: Words = {}): string | null {
  const own = first ?? wordsIn([w])[0] ?? "";
  const merged: Record<string, number> = {};
  const parts: Record<string, number> = {};
  const kinds: Record<string, ApproxKind> = {};
  for (const [k, v] of Object.entries(w)) {
    merged[k || own] = (merged[k || own] ?? 0) + v;
    parts[k || own] = (parts[k || own] ?? 0) + (roughParts[k] ?? 0);
    const kind = rough[k];
    if (kind) kinds[k || own] = kinds[k || own] === undefined || kinds[k || own] === kind ? kind : "about";
  }
  const keys = Object.keys(merged).sort((a, b) => Number(b === own) - Number(a === own));
  // An approximate sum keeps its word (`30余处`, `约800处`), as the 附表 (`三十余`) and the text say it.
  // 余 after a round figure, as the text says it (narrative roundDownForOver: 256余 → 250余).
  const down = (v: number): number => (v < 10 || (Number.isInteger(v) && v % 10 === 0) ? v : Math.floor(v / (v >= 1000 ? 100 : 10)) * (v >= 1000 ? 100 : 10));
  // 余 after a round figure (`三十余` + 126: `150余处`), never `156余处`; a sum of a rough part and exact rows whose round
  // figure would not exceed what was rectified (`三十余` + 15 beside 43) keeps its typed parts, `30余+15处`, never `40余处`
  // beside 43 (review run 27, 材料2 item 5; narrative overAtOrBelow).
  const over = (v: number, rough: number, k: string): string => (rough > 0 && rough < v && (rectified[k] ?? 0) >= down(v) ? `${down(rough)}余+${Math.round((v - rough) * 1e6) / 1e6}${k}` : `${down(v)}余${k}`);
  const said = (k: string): string => (kinds[k] === "over" ? over(merged[k], parts[k] ?? 0, k) : kinds[k] === "about" ? `约${merged[k]}${k}` : kinds[k] === "nearly" ? `近${merged[k]}${k}` : `${merged[k]}${k}`);
  return keys.length ? keys.map(said).join("、") : null;
}
/** The kinds of approximation by measure word of one cell (UnitMeasures.approx). */
type Rough = Readonly<Record<string, ApproxKind>>;
const addRough = (all: readonly (Rough | undefined)[]): Record<string, ApproxKind> => {
  const out: Record<string, ApproxKind> = {};
  for (const r of all) for (const [k, v] of Object.entries(r ?? {})) out[k] = out[k] === undefined || out[k] === v ? v : "about";
  return out;
};
/** Why a 总整改率 is left blank: its counts are in different words, or one is an approximation (the 附表's `—`). */
const RATE_MIXED_NOTE = "问题量词不同，未计总整改率";
const RATE_APPROX_NOTE = "发现数或已整改数为约数，未计总整改率";

/**
 * Builds the 汇总 sheet.
 * @param title the sheet's title line (row 1).
 * @param units every input; rows are in file-name order (Chinese collation); only `included`/`forced` ones and the
 * combining unit's own ledger (`own`, copied in with 填报单位 blank) count in 合计, which then equals the 指标汇总.
 */
export function buildSummarySheet(catalog: Catalog, title: string, units: readonly UnitResult[]): SummarySheet {
  const specs = rollupIndicatorSpecs(catalog);
  const counted = units.filter((u) => u.status === "included" || u.status === "forced" || u.status === "own");
  const self = counted.some((u) => u.status === "own");
  // Columns whose rows carry a measure word (the catalog's indicators with a unit formula): one word in the whole column
  // → numbers under `（块）` (or that word); more than one → each cell its figures by word as text, never a sum of 块
  // and 平方米 or of 处 and 户 (new-user test 41, D14, D19).
  const wordsOf = (u: UnitResult, id: string): Words | undefined => u.measures?.words[id];
  const totalWords = (id: string): Words => addWords(counted.map((u) => wordsOf(u, id)));
  const columnWords = (id: string): string[] => wordsIn([...units.filter((u) => u.status !== "unreadable").map((u) => wordsOf(u, id)), totalWords(id)]);
  const measured = (s: IndicatorSpec): boolean => s.unitFormula !== undefined && units.some((u) => wordsOf(u, s.id) !== undefined);
  const mixed = new Set(specs.filter((s) => measured(s) && columnWords(s.id).length > 1).map((s) => s.id));
  const ownWord = (s: IndicatorSpec): string | undefined => (MIXED_MEASURES.has(s.id) ? undefined : s.unit);
  const header = (s: IndicatorSpec): string => {
    if (mixed.has(s.id) || !measured(s) || MIXED_MEASURES.has(s.id)) return mixed.has(s.id) ? s.label : indicatorHeader(s.id, s.label, s.unit);
    return indicatorHeader(s.id, s.label, columnWords(s.id)[0] ?? s.unit);
  };
  const columns: SummaryColumn[] = [
    { header: "序号", numFmt: NumFmt.int, width: 6 },
    { header: UNIT_HEADER, numFmt: NumFmt.text, width: 24 },
    { header: "单位类型", numFmt: NumFmt.text, width: 10 },
    { header: "报告期", numFmt: NumFmt.text, width: 14 },
    { header: "台账行数", numFmt: NumFmt.int, width: 10 },
    ...specs.map((s) => ({ header: header(s), numFmt: mixed.has(s.id) ? NumFmt.text : s.numFmt, width: Math.max(10, Math.min(20, 2 * s.label.length + 4)) })),
    { header: "状态", numFmt: NumFmt.text, width: 30 },
  ];
  const named = units.some((u) => u.shortName);
  if (named) columns.push({ header: SHORT_NAME_HEADER, numFmt: NumFmt.text, width: 16 });
  // A unit's 总整改率 is blank when its problem counts are in different words or one is an approximation, as the 附表's `—`.
  const rateNote = (words: Words | undefined, approx: boolean): string =>
    wordsIn([words]).length > 1 ? RATE_MIXED_NOTE : approx ? RATE_APPROX_NOTE : "";
  const unitRateNote = (u: UnitResult): string => rateNote(addWords([wordsOf(u, "problemsFound"), wordsOf(u, "problemsRectified")]), u.measures?.approxRate ?? false);
  const totalRateNote = rateNote(addWords([totalWords("problemsFound"), totalWords("problemsRectified")]), counted.some((u) => u.measures?.approxRate));
  const roughOf = (u: UnitResult, id: string): Rough | undefined => u.measures?.approx?.[id];
  const partsOf = (u: UnitResult, id: string): Words | undefined => u.measures?.roughParts?.[id];
  const cellOf = (s: IndicatorSpec, v: number | null, words: Words | undefined, note: string, rough?: Rough, parts?: Words, rectified?: Words): string | number | null => {
    if (s.id === "rectificationRate" && note) return null;
    if (mixed.has(s.id) && words && v !== null) return wordsText(words, ownWord(s), rough, parts, s.id === "problemsFound" ? rectified : undefined);
    return v;
  };
  // Units left out still show their figures (for checking); only the 合计 row leaves them out. A rate
  // above 100 % (a unit left out for 已整改数 > 发现数) is no figure to check: blank (new-user test 5, D7).
  // A unit left out for rows that are in no figure (已整改数 above 发现数) shows its problem columns blank, never a 0 it
  // never typed (new-user test 34, D15); one counted shows what the 合计 adds.
  const blankProblems = (u: UnitResult): boolean => !counted.includes(u) && (u.indicators[UNCOUNTED_PROBLEM_ROWS] ?? 0) > 0;
  const shown = (u: UnitResult): (string | number | null)[] => specs.map((s) => {
    if (blankProblems(u) && PROBLEM_INDICATORS.includes(s.id)) return null;
    const v = u.indicators[s.id] ?? null;
    return cellOf(s, s.unit === "%" && v !== null && v > 1 ? null : v, wordsOf(u, s.id), unitRateNote(u), roughOf(u, s.id), partsOf(u, s.id), wordsOf(u, "problemsRectified"));
  });
  const count = new Map<string, number>();
  for (const u of units) count.set(u.unitName, (count.get(u.unitName) ?? 0) + 1);
  // Rows in file-name order (Chinese collation), whatever order the files came in: the CLI's and the page's sheets are the same.
  const ordered = [...units].sort(byFileName);
  const rows = ordered.map((u, i) => {
    const read = u.status !== "unreadable";
    const note = read && !blankProblems(u) ? unitRateNote(u) : "";
    return [i + 1, u.unitName, u.unitType || null, periodLabel(u.year, u.period, u.month) || null, read ? u.rows : null, ...(read ? shown(u) : specs.map(() => null)), statusText(u, (count.get(u.unitName) ?? 0) > 1, note), ...(named ? [u.shortName ?? null] : [])];
  });
  const total = totalIndicators(counted.map((u) => u.indicators));
  const totalFigures = specs.map((s) => cellOf(s, total[s.id] ?? null, units.some((u) => wordsOf(u, s.id)) ? totalWords(s.id) : undefined, totalRateNote, addRough(counted.map((u) => roughOf(u, s.id))), addWords(counted.map((u) => partsOf(u, s.id))), totalWords("problemsRectified")));
  const totalRow = [null, `合计（${counted.length - (self ? 1 : 0)}个单位${self ? "及本级" : ""}）`, null, null, counted.reduce((n, u) => n + u.rows, 0), ...totalFigures, totalRateNote ? `合计${totalRateNote}` : null, ...(named ? [null] : [])];
  return { name: SUMMARY_SHEET, title, columns, rows: [...rows, totalRow], totalRows: 1 };
}
