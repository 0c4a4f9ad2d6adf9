/**
 * Sheet kind and column mapping of 导入已有台账 (issue #16): what a table is and where each of its
 * columns goes, by the header words (the catalog's headers and synonyms, a header with a unit added:
 * `数量（块）`), the title words, and by the values (dates, counts with measure words, enumeration
 * values, phone and ID numbers), each with a confidence. A saved mapping wins.
 * @module
 */
import { readDate } from "../normalize/date";
import { readNumber } from "../normalize/number";
import { readText } from "../normalize/text";
import type { SheetGrid } from "../grid/types";
import { cellAt, headerNote, headerStem, type SourceColumn, type TableBlock } from "./find-tables";
import { CATEGORY_LEDGERS, SEQUENCE_HEADERS, ledgerOfCategory, type ImportKind, type KindColumn } from "./kinds";
import type { ColumnBasis, ColumnProposal, MappingSheet } from "./types";
import { columnLetters } from "../grid/address";

/** Confidence of each basis (a saved mapping is certain; values are a weaker sign than words). */
const CONFIDENCE: Readonly<Record<ColumnBasis, number>> = { mapping: 1, header: 0.95, variant: 0.9, synonym: 0.85, remark: 0.9, values: 0.6, none: 0 };

/** Headers of personal data wherever they stand (a 花名册's columns are in the catalog; these are for the other tables). */
const PERSONAL_HEADER = /姓名|身份证|证件号|电话|手机|联系方式|住址|出生|性别|年龄|政治面貌/u;
const PHONE = /^(?:\+?86[-\s]?)?1[3-9]\d[-\s]?\d{4}[-\s]?\d{4}$|^0\d{2,3}-?\d{7,8}$/u;
const ID_NUMBER = /^\d{17}[\dXx]$|^\d{15}$/u;

/** A column matched to a kind's column, before choices are made. */
export interface ColumnMatch {
  readonly source: SourceColumn;
  readonly target?: KindColumn;
  readonly basis: ColumnBasis;
  readonly confidence: number;
  readonly unit?: string;
  readonly personal?: boolean;
  /** True for the column of categories a table was split by (new-user test 66, D1): it says the ledger, never copied. */
  readonly category?: boolean;
}

/** A block's kind and columns. */
export interface BlockMapping {
  readonly kind?: ImportKind;
  readonly confidence: number;
  readonly columns: readonly ColumnMatch[];
  /** Another ledger whose required columns the table gives: what import proposes when the kind is doubtful (new-user test 63, D4). */
  readonly alternative?: ImportKind;
}

/** The header texts a column is compared by: the whole, each part, and group + sub-header run together (`参与` + `人数`). */
function candidates(col: SourceColumn): string[] {
  const list = [col.parts[col.parts.length - 1] ?? col.header, col.header, ...col.parts];
  if (col.parts.length === 2) list.push(col.parts[0] + col.parts[1]);
  // A one-row header naming alternatives (`获奖个人/集体`, `姓名、单位`): each alternative too.
  if (col.parts.length === 1 && /[/、]/u.test(col.header)) list.push(...col.header.split(/[/、]/u).map((p) => p.trim()));
  return [...new Set(list.filter(Boolean))];
}

/** How a header matches a kind's column: the exact header, the header with a note added, or a synonym. */
function matchHeader(col: SourceColumn, target: KindColumn): ColumnBasis | undefined {
  for (const h of candidates(col)) {
    const trimmed = h.replace(/\s+/gu, "").replace(/[*＊]+$/u, "");
    if (trimmed === target.header) return "header";
    const stem = headerStem(h);
    if (stem === headerStem(target.header)) return "variant";
    if (target.synonyms.includes(stem) || target.synonyms.includes(trimmed)) return "synonym";
  }
  // The standard header with a qualifier before it (`整改责任单位`, `主要问题类别`): a synonym.
  for (const h of candidates(col)) {
    const stem = headerStem(h);
    const extra = stem.length - target.header.length;
    if (target.header.length >= 3 && extra >= 1 && extra <= 3 && stem.endsWith(target.header)) return "synonym";
  }
  return undefined;
}

/** Share (0–1) of a column's non-empty values that are values of an enumeration field. */
function enumShare(grid: SheetGrid, block: TableBlock, col: number, field: KindColumn["field"]): number {
  const allowed = field?.type === "enum" ? field.values ?? [] : [];
  const values = columnValues(grid, block, col).map((v) => readText(v));
  return allowed.length && values.length ? values.filter((t) => allowed.includes(t)).length / values.length : 0;
}

/** A measure word the header gives (`数量（块）` → 块, `参加人次` → 人次, `参加人数` → 人). */
export function unitOfHeader(col: SourceColumn): string | undefined {
  for (const part of [...col.parts].reverse()) {
    const note = headerNote(part);
    if (note && /^[\u4e00-\u9fff]{1,2}$/u.test(note) && !/[元时]/u.test(note)) return note;
  }
  const text = col.parts.join("");
  if (/人次/u.test(text)) return "人次";
  if (/人数/u.test(text)) return "人";
  return undefined;
}

/**
 * False for a column whose header names people rather than a count (`参加人员`, `参与人员`: no 数, 次 or 量 in it)
 * while fewer than half of its non-empty values read as numbers (`居民`, `张三、李四`): such a column says who took
 * part, and is never taken for 参与数量 by its header (new-user test 37, D11). True otherwise.
 */
function countsOf(grid: SheetGrid, block: TableBlock, col: SourceColumn): boolean {
  if (/[数次量]/u.test(col.parts.join("") || col.header) || !/人员|对象/u.test(col.parts.join("") || col.header)) return true;
  const values = columnValues(grid, block, col.col);
  return values.length === 0 || values.map(readNumber).filter((n) => n.kind === "number").length * 2 >= values.length;
}

/**
 * The free people count of `kind` (an int column counted in 人, or headed 参与…/…人数) for a column whose header ends in
 * 人数 or 人次 and whose values are mostly figures, on a kind with a date column; undefined otherwise (new-user test 62, D4).
 */
function peopleCount(grid: SheetGrid, block: TableBlock, source: SourceColumn, kind: ImportKind, taken: ReadonlySet<KindColumn>): KindColumn | undefined {
  // Only a ledger of events (one with a date column: 活动台账) counts turnout; a team's 注册人数 is no such count.
  if (!kind.columns.some((c) => c.field?.type === "date") || !/(?:人数|人次)$/u.test(headerStem(source.parts[source.parts.length - 1] ?? source.header)) || columnValues(grid, block, source.col).length === 0 || !mostlyFigures(grid, block, source.col)) return undefined;
  return kind.columns.find((c) => !taken.has(c) && c.field?.type === "int" && (c.field.unit === "人" || /人|参与/u.test(c.header)));
}

/** True when at least half of a column's non-empty values read as numbers (`7`, `１２`, `20户`), or it has none. */
function mostlyFigures(grid: SheetGrid, block: TableBlock, col: number): boolean {
  const values = columnValues(grid, block, col);
  return values.length === 0 || values.map(readNumber).filter((n) => n.kind === "number").length * 2 >= values.length;
}

/** Non-empty values of a column over the block's data rows. */
function columnValues(grid: SheetGrid, block: TableBlock, col: number) {
  return block.dataRows.map((r) => cellAt(grid, r, col)).filter((v) => readText(v) !== "");
}

/** What the values of a column look like: mostly dates, counts with people words, personal numbers, an enumeration. */
function valueSign(grid: SheetGrid, block: TableBlock, col: number, kind: ImportKind, taken: ReadonlySet<KindColumn>, year: number | undefined): { target?: KindColumn; personal?: boolean; unit?: string } {
  const values = columnValues(grid, block, col);
  if (values.length === 0) return {};
  const share = (test: (v: (typeof values)[number]) => boolean): number => values.filter(test).length / values.length;
  const texts = values.map((v) => readText(v).replace(/\s+/gu, ""));
  if (texts.filter((t) => PHONE.test(t) || ID_NUMBER.test(t)).length / texts.length >= 0.6) return { personal: true };
  const free = kind.columns.filter((c) => !taken.has(c) && c.field);
  const dateLike = (v: (typeof values)[number]): boolean => {
    const d = readDate(v, { year: year ?? 2000 });
    return d.kind === "date" && (typeof v !== "number" || (v > 30000 && v < 60000));
  };
  if (share(dateLike) >= 0.6) {
    const target = free.find((c) => c.field?.type === "date");
    if (target) return { target };
  }
  const people = values.map(readNumber).filter((n) => n.kind === "number" && n.unit !== undefined && /^(?:人|人次|名|位)$/u.test(n.unit));
  if (people.length / values.length >= 0.6) {
    const target = free.find((c) => c.field?.type === "int" && (c.field.unit === "人" || /人|参与/u.test(c.header)));
    const unit = people.some((n) => n.kind === "number" && n.unit === "人次") ? "人次" : "人";
    if (target) return { target, unit };
  }
  for (const c of free) {
    const allowed = c.field?.type === "enum" ? c.field.values ?? [] : [];
    if (allowed.length && share((v) => allowed.includes(readText(v))) >= 0.6) return { target: c };
  }
  return {};
}

/**
 * The columns of `block` matched to `kind`: each source column to at most one target (greedy by
 * confidence, headers before values; 备注 and a list's remark columns take several), personal data
 * marked, 序号 left out.
 */
export function matchColumns(grid: SheetGrid, block: TableBlock, kind: ImportKind, year?: number): ColumnMatch[] {
  const taken = new Set<KindColumn>();
  const out = new Map<number, ColumnMatch>();
  const byHeader = block.columns.flatMap((source) =>
    kind.columns.map((target) => ({ source, target, basis: matchHeader(source, target) })).filter((m): m is { source: SourceColumn; target: KindColumn; basis: ColumnBasis } => m.basis !== undefined),
  );
  // A column matched by a synonym to a text field whose values are nearly all values of an
  // enumeration of the kind no header names (`事项` holding 领导小组, 工作会议 …) goes to that enumeration.
  for (let i = 0; i < byHeader.length; i++) {
    const m = byHeader[i];
    if (m.basis !== "synonym" || m.target.field?.type !== "text") continue;
    const named = new Set(byHeader.filter((o) => o.basis === "header" || o.basis === "variant").map((o) => o.target));
    const other = kind.columns.find((c) => c.field?.type === "enum" && !named.has(c) && enumShare(grid, block, m.source.col, c.field) >= 0.8);
    if (other) byHeader[i] = { source: m.source, target: other, basis: "synonym" };
  }
  // A header naming who took part (`参加人员`, `参加/人员`) is the count only when the column holds counts (`35人`):
  // one of names or groups (`居民`, `张三、李四`) is no figure and is left for a column that counts (`参加/人数`).
  for (let i = byHeader.length - 1; i >= 0; i--) {
    const m = byHeader[i];
    if (m.basis === "synonym" && (m.target.field?.type === "int" || m.target.field?.type === "num") && !countsOf(grid, block, m.source)) byHeader.splice(i, 1);
  }
  // A list's count column named by a header of words (`已整改`, `整改完成`) that holds words (`是`, `已整改`), not figures,
  // says the status: it goes to the list's status column when no other header names that (new-user test 55, D1).
  const status = kind.shape ? kind.columns.find((c) => c.shape?.role === "status") : undefined;
  for (let i = 0; i < byHeader.length; i++) {
    const m = byHeader[i];
    if (!status || m.target.shape?.role !== "field" || m.target.field?.id !== "rectified" || mostlyFigures(grid, block, m.source.col)) continue;
    if (byHeader.some((o) => o.target === status && o.source.col !== m.source.col)) continue;
    byHeader[i] = { source: m.source, target: status, basis: m.basis };
  }
  byHeader.sort((a, b) => CONFIDENCE[b.basis] - CONFIDENCE[a.basis] || a.source.col - b.source.col);
  for (const m of byHeader) {
    if (out.has(m.source.col) || (taken.has(m.target) && !m.target.many)) continue;
    taken.add(m.target);
    // A column of names (`村（社区）`) has no measure word: its note says what the names are.
    const unit = m.target.shape?.role === "label" ? undefined : unitOfHeader(m.source);
    const personal = m.target.shape?.role === "personal" || m.target.shape?.role === "count" || (m.target.field?.personal === true && kind.shape !== undefined);
    out.set(m.source.col, { source: m.source, target: m.target, basis: m.basis, confidence: CONFIDENCE[m.basis], ...(unit ? { unit } : {}), ...(personal ? { personal } : {}) });
  }
  for (const source of block.columns) {
    if (out.has(source.col)) continue;
    if (kind.shape?.reshape === "columns" && !SEQUENCE_HEADERS.includes(headerStem(source.header))) {
      // A table of figures per place: the names by their values (东岗村, 石桥社区), the figures by theirs.
      const figure = kind.columns.find((c) => c.shape?.role === "figure");
      const label = kind.columns.find((c) => c.shape?.role === "label");
      const unit = figureUnit(grid, block, source);
      if (figure && unit !== undefined && isFigureColumn(grid, block, source.col)) {
        out.set(source.col, { source, target: figure, basis: "values", confidence: CONFIDENCE.values, ...(unit ? { unit } : {}) });
        continue;
      }
      if (label && !taken.has(label) && isPlaceColumn(grid, block, source.col)) {
        taken.add(label);
        out.set(source.col, { source, target: label, basis: "values", confidence: CONFIDENCE.values });
        continue;
      }
    }
    if (SEQUENCE_HEADERS.includes(headerStem(source.header))) {
      out.set(source.col, { source, basis: "none", confidence: CONFIDENCE.none });
      continue;
    }
    // Money the ledger has no column for (an activity list's 经费): kept in 备注 with its header, never dropped.
    const remark = isMoneyColumn(kind, source) ? kind.columns.find((c) => c.field?.id === "remark") : undefined;
    if (remark) {
      out.set(source.col, { source, target: remark, basis: "remark", confidence: CONFIDENCE.remark });
      continue;
    }
    const sign = valueSign(grid, block, source.col, kind, taken, year);
    if (sign.personal || PERSONAL_HEADER.test(source.header)) {
      out.set(source.col, { source, basis: sign.personal ? "values" : "header", confidence: sign.personal ? CONFIDENCE.values : CONFIDENCE.header, personal: true });
      continue;
    }
    // A count of people no synonym names (`帮扶对象人数`, `慰问人次`) holding figures: the kind's free people count, proposed
    // by its values' confidence for the user to confirm — never dropped (new-user test 62, D4: `服务人数 → 不导入`).
    const people = sign.target ? undefined : peopleCount(grid, block, source, kind, taken);
    if (people) {
      taken.add(people);
      const unit = unitOfHeader(source);
      out.set(source.col, { source, target: people, basis: "values", confidence: CONFIDENCE.values, ...(unit ? { unit } : {}) });
      continue;
    }
    if (sign.target) {
      taken.add(sign.target);
      const unit = unitOfHeader(source) ?? sign.unit;
      out.set(source.col, { source, target: sign.target, basis: "values", confidence: CONFIDENCE.values, ...(unit ? { unit } : {}) });
      continue;
    }
    out.set(source.col, { source, basis: "none", confidence: CONFIDENCE.none });
  }
  // An activity list whose only title column is 活动内容 (`3·15消费者权益日宣传`): that column names the
  // activities, so it is the 活动名称 — never a table of activities without names (new-user test 7, D7).
  if (kind.ledger.id === "activities" && !kind.shape) {
    const name = kind.columns.find((c) => c.field?.id === "name");
    const matched = [...out.values()];
    const content = matched.find((m) => m.target?.field?.id === "summary" && /活动|内容|事项/u.test(m.source.header));
    if (name && content && !matched.some((m) => m.target === name)) {
      out.set(content.source.col, { ...content, target: name });
      // 简要内容 is then free for another column whose header names it (`情况说明` beside `活动内容`: new-user test 42, D20).
      const summary = content.target!;
      const other = block.columns.find((c) => c.col !== content.source.col && out.get(c.col)?.basis === "none" && !SEQUENCE_HEADERS.includes(headerStem(c.header)) && matchHeader(c, summary));
      const basis = other ? matchHeader(other, summary) : undefined;
      if (other && basis) out.set(other.col, { source: other, target: summary, basis, confidence: CONFIDENCE[basis] });
    }
  }
  return block.columns.map((c) => out.get(c.col)!);
}

/**
 * True when `source` is a money column (`经费`, `金额`, `经费（元）` — by its header stem, the catalog's money headers
 * and synonyms) of a kind whose ledger has no money field ({@link ImportKind.moneyHeaders}): its values go to 备注 as
 * `经费3600元` and its 合计 is checked (new-user test 25, D10).
 */
export function isMoneyColumn(kind: ImportKind, source: SourceColumn): boolean {
  return kind.moneyHeaders.length > 0 && candidates(source).some((h) => kind.moneyHeaders.includes(headerStem(h)));
}

/** Names of places and units a table of figures is kept per (东岗村, 石桥社区, 城管局, 第三网格). */
const PLACE_NAME = /(?:村|社区|小区|村居|居委会|街道|镇|乡|网格|片区|楼栋|单位|部门|科室|局|办|所|站|中心|学校|公司|院|组)$/u;

/** True when most values of a column (at least 60 %) are names of places or units (text, not figures). */
function isPlaceColumn(grid: SheetGrid, block: TableBlock, col: number): boolean {
  const values = columnValues(grid, block, col).map((v) => (typeof v === "string" ? readText(v).replace(/\s+/gu, "") : ""));
  return values.length >= 2 && values.filter((t) => t.length <= 20 && PLACE_NAME.test(t)).length / values.length >= 0.6;
}

/** True when a column holds counts: at least half the data rows filled, and 80 % of its values numbers (not dates, not percentages). */
function isFigureColumn(grid: SheetGrid, block: TableBlock, col: number): boolean {
  const values = columnValues(grid, block, col);
  if (values.length < 2 || values.length * 2 < block.dataRows.length) return false;
  const numbers = values.map(readNumber).filter((n) => n.kind === "number" && n.value >= 0 && !n.percent);
  return numbers.length / values.length >= 0.8;
}

/**
 * The measure word of a figure column: the header's note (`垃圾（吨）`, `投入（万元）`), else a word
 * typed after most of its values (`35吨`); undefined for a column that gives none (it is then no
 * figure column).
 */
function figureUnit(grid: SheetGrid, block: TableBlock, col: SourceColumn): string | undefined {
  for (const part of [...col.parts].reverse()) {
    const note = headerNote(part);
    if (note && /^(?:[\u4e00-\u9fff]{1,4}|%)$/u.test(note)) return note;
  }
  const fromHeader = unitOfHeader(col);
  if (fromHeader) return fromHeader;
  const values = columnValues(grid, block, col.col);
  const units = values.map(readNumber).flatMap((n) => (n.kind === "number" && n.unit ? [n.unit] : []));
  const most = [...new Set(units)].sort((a, b) => units.filter((u) => u === b).length - units.filter((u) => u === a).length)[0];
  return most !== undefined && units.length * 2 >= values.length ? most : undefined;
}

/**
 * A table of figures per place or unit ({@link ImportShape} `reshape: "columns"`): a column of names
 * (by its header or its values), at least two columns of counts with their measure words, and no
 * other column but 序号 and a remark column. Undefined when the block is not such a table.
 */
function wideFit(grid: SheetGrid, block: TableBlock, kind: ImportKind, year?: number): { matches: ColumnMatch[]; figures: number } | undefined {
  const matches = matchColumns(grid, block, kind, year);
  const figures = matches.filter((m) => m.target?.shape?.role === "figure").length;
  const label = matches.some((m) => m.target?.shape?.role === "label");
  const others = matches.filter((m) => !m.target && !SEQUENCE_HEADERS.includes(headerStem(m.source.header)) && !/^(?:备注|说明|附注)$/u.test(headerStem(m.source.header)));
  return label && figures >= 2 && others.length === 0 ? { matches, figures } : undefined;
}

/** True when a column (not a personal one: 出生日期) holds a date on most rows, at least two: the dates of events. */
function eventDates(grid: SheetGrid, block: TableBlock, col: SourceColumn, year: number | undefined): boolean {
  if (PERSONAL_HEADER.test(col.header)) return false;
  const values = columnValues(grid, block, col.col);
  const dates = values.filter((v) => readDate(v, { year: year ?? 2000 }).kind === "date" && (typeof v !== "number" || (v > 30000 && v < 60000)));
  return dates.length >= 2 && dates.length / Math.max(1, block.dataRows.length) >= 0.6;
}

/** Score of a kind for a block: the confidence of its matched header columns, plus its words in the title or sheet name. */
function scoreKind(grid: SheetGrid, block: TableBlock, kind: ImportKind, year?: number): { score: number; matches: ColumnMatch[] } {
  const matches = matchColumns(grid, block, kind, year);
  // A column kept in 备注 for want of a field (经费) says nothing of the kind.
  const named = matches.filter((m) => m.target && m.basis !== "values" && m.basis !== "remark");
  const words = `${block.title} ${grid.name}`;
  const titleHit = kind.words.filter((w) => words.includes(w)).reduce((best, w) => Math.max(best, w.length), 0);
  const requiredHit = named.filter((m) => m.target?.field?.required || m.target?.shape?.role === "status" || m.target?.shape?.role === "count" || m.target?.shape?.role === "group").length;
  // A column of a date a row (`服务日期`: 2026.1.20, 3月5日 …) makes each row an event: a ledger with no date column (志愿服务's
  // teams) cannot hold it, so it loses as much as a required column named would give (new-user test 63, D4: a list of
  // services was read as the teams ledger with 42 %, its dates put into 备注).
  const dateless = !kind.shape && !kind.columns.some((c) => c.field?.type === "date") && block.columns.some((c) => eventDates(grid, block, c, year));
  const score = named.reduce((s, m) => s + m.confidence, 0) + 0.25 * requiredHit + (titleHit ? 0.8 + 0.1 * titleHit : 0) - (dateless ? CONFIDENCE.header + 0.25 : 0);
  return { score, matches };
}

/**
 * The kind of a block and its columns: the kind scoring highest (at least two header columns, or
 * one and its words in the title), with a confidence 0–1 (the share of the block's headers it
 * explains, lowered when the runner-up of another ledger is close). A saved entry of a mapping wins outright.
 */
export function mapBlock(grid: SheetGrid, block: TableBlock, kinds: readonly ImportKind[], saved?: MappingSheet, year?: number): BlockMapping {
  if (saved) return applySaved(grid, block, kinds, saved, year);
  const scored = kinds.filter((k) => k.shape?.reshape !== "columns").map((kind) => ({ kind, ...scoreKind(grid, block, kind, year) })).sort((a, b) => b.score - a.score);
  // The runner-up that makes the kind doubtful is another sheet's: two readings of one ledger (问题整改 and its 问题清单
  // shape) scoring alike say nothing against the sheet the table goes to (new-user test 46, D21: a table whose every
  // header is 问题整改's, under the title `二、问题整改情况`, was recognised with 45 %).
  // A list whose table names both figures of its ledger by header (`发现（处）`, `已整改（处）`) is that ledger's own
  // table, not a list to reshape (new-user test 46, D21, kept now that 问题清单 takes 已整改数 too: new-user test 55, D1).
  const own = scored[0]?.kind.shape ? scored.find((s) => !s.kind.shape && s.kind.ledger === scored[0].kind.ledger) : undefined;
  const both = own && ["found", "rectified"].every((id) => own.matches.some((m) => m.target?.field?.id === id && m.basis !== "values" && mostlyFigures(grid, block, m.source.col)));
  const best = both ? own : scored[0];
  const second = scored.find((s) => s !== best && s.kind.ledger.id !== best?.kind.ledger.id);
  const named = best?.matches.filter((m) => m.target && m.basis !== "values" && m.basis !== "remark").length ?? 0;
  const fits = best && best.score >= 1.5 && named > 0;
  // A table of figures per place: taken when no ledger's headers explain as many of its columns.
  const headers = block.columns.filter((c) => !SEQUENCE_HEADERS.includes(headerStem(c.header))).length || 1;
  // At most every column but the names is a figure: a ledger naming that many is kept without reading the values again.
  const wideKinds = fits && named >= headers - 1 ? [] : kinds.filter((k) => k.shape?.reshape === "columns");
  for (const kind of wideKinds) {
    const wide = wideFit(grid, block, kind, year);
    if (!wide || (fits && named >= wide.figures)) continue;
    const explained = wide.matches.filter((m) => m.target).length / headers;
    return { kind, confidence: Math.round(Math.min(1, explained) * 0.9 * 100) / 100, columns: wide.matches };
  }
  if (!best || !fits) return { confidence: 0, columns: block.columns.map((source) => ({ source, basis: "none", confidence: 0 })) };
  const explained = best.matches.filter((m) => m.target || m.personal).length / headers;
  const margin = second ? Math.min(1, (best.score - second.score) / best.score + 0.5) : 1;
  // The other ledger that fits: one whose required columns (other than an enumeration or 单位 import fills) the table gives.
  const fitting = scored.find((s) => s !== best && !s.kind.shape && s.kind.ledger.id !== best.kind.ledger.id && s.score >= 1.5 &&
    requiredOf(s.kind).every((c) => s.matches.some((m) => m.target === c)));
  const alternative = fitting ? { alternative: fitting.kind } : {};
  return { kind: best.kind, confidence: Math.round(Math.min(1, explained) * margin * 100) / 100, columns: best.matches, ...alternative };
}

/** The columns of a kind a row must have that import cannot fill: required, not a formula, an enumeration or 单位. */
export function requiredOf(kind: ImportKind): KindColumn[] {
  return kind.columns.filter((c) => c.field?.required && c.field.type !== "formula" && c.field.type !== "enum" && c.field.id !== "unit");
}

/** A block mapped as a saved mapping says: its kind by name, each column by header (unknown headers proposed as usual). */
function applySaved(grid: SheetGrid, block: TableBlock, kinds: readonly ImportKind[], saved: MappingSheet, year?: number): BlockMapping {
  const kind = saved.kind === null ? undefined : kinds.find((k) => k.name === saved.kind);
  if (!kind) return { confidence: 1, columns: block.columns.map((source) => ({ source, basis: "mapping", confidence: 1 })) };
  const auto = matchColumns(grid, block, kind, year);
  const columns = auto.map((m): ColumnMatch => {
    if (!Object.prototype.hasOwnProperty.call(saved.columns, m.source.header)) return m;
    const to = saved.columns[m.source.header];
    const target = to === null ? undefined : kind.columns.find((c) => c.header === to);
    const personal = target?.shape?.role === "personal" || target?.shape?.role === "count" || (to === null && m.personal === true);
    const unit = target ? unitOfHeader(m.source) ?? m.unit : undefined;
    return { source: m.source, ...(target ? { target } : {}), basis: "mapping", confidence: 1, ...(unit ? { unit } : {}), ...(personal ? { personal } : {}) };
  });
  return { kind, confidence: 1, columns };
}

/** The proposal rows of a mapped block, for display and for saving. */
export function columnProposals(mapping: BlockMapping): ColumnProposal[] {
  return mapping.columns.map((m) => ({
    letter: columnLetters(m.source.col),
    header: m.source.header,
    ...(m.target ? { field: m.target.header } : {}),
    confidence: m.target || m.personal ? m.confidence : 0,
    basis: m.target || m.personal ? m.basis : "none",
    ...(m.unit ? { unit: m.unit } : {}),
    ...(m.personal ? { personal: true } : {}),
    ...(m.personal && m.target?.shape?.role === "count" ? { counted: true } : {}),
  }));
}

/** A count of problems put right typed with its verb (`已整改10处`, `已完成3个`). */
const RECTIFIED_TYPED = /^(?:已|均已)?(?:整改|完成|处理|清理|整治|解决|维修)(?:到位|完成)?\s*(?:\d+|[一二两三四五六七八九十百]+)[处户家个起件间条宗块盏台辆棵项]?$/u;

/**
 * Words that count how often (`12次`, `3场`) or attendances (`15人次`): never a team's members (new-user tests 67 D1, 69 D1).
 * 人次 counts the people an activity drew, each once per time they came.
 */
const TIMES_WORD = /^(?:次|场|回|期|轮|批|批次|场次|人次|户次)$/u;

/** Words that count occasions only (`12次`, `3场`), not the people who came (人次). */
const OCCASION_WORD = /^(?:次|场|回|期|轮|批|批次|场次)$/u;

/** A table split by a column of categories: one part per ledger named, and the rows whose category names none. */
export interface CategorySplit {
  readonly column: SourceColumn;
  readonly parts: readonly { readonly block: TableBlock; readonly mapping: BlockMapping }[];
  /** Data rows whose category names no ledger (or is blank): reported, never coerced into a ledger. */
  readonly unplaced: readonly number[];
}

/**
 * A table whose rows are classified by a column of categories (`序号 | 工作项目 | 具体内容 | 数量 | 单位 | 备注`, 工作项目 宣传,
 * 活动, 志愿服务, 问题整改, 其他: new-user test 66, D1) is split by row into the ledgers its values name ({@link CATEGORY_LEDGERS}):
 * each part is mapped as that ledger, the row's text going to the ledger's content column and its figure to its count
 * (by their values' confidence, for the user to confirm), its 单位 and 备注 as the headers say. Taken when 80 % of the
 * column's values name a ledger and at least two ledgers are named by words no enumeration of the catalog holds (a
 * column of 活动类型 — 志愿服务, 其他 — is no such column). Undefined for any other table.
 */
export function splitByCategory(grid: SheetGrid, block: TableBlock, kinds: readonly ImportKind[], year?: number): CategorySplit | undefined {
  if (block.dataRows.length < 2) return undefined;
  const enumValues = new Set(kinds.flatMap((k) => k.columns.flatMap((c) => (c.field?.type === "enum" ? c.field.values ?? [] : []))));
  const problemUnits = kinds.find((k) => k.ledger.id === "rectification" && !k.shape)?.columns.find((c) => c.field?.id === "unit")?.field?.values ?? [];
  const remarkLike = (c: SourceColumn) => /^(?:备注|说明|附注)$/u.test(headerStem(c.header));
  const unitLike = (c: SourceColumn) => /^(?:单位|计量单位|量词)$/u.test(headerStem(c.header));
  for (const column of block.columns) {
    if (SEQUENCE_HEADERS.includes(headerStem(column.header))) continue;
    const rest = block.columns.filter((c) => c.col !== column.col && !SEQUENCE_HEADERS.includes(headerStem(c.header)));
    const withValues = rest.filter((c) => !remarkLike(c) && !unitLike(c) && columnValues(grid, block, c.col).length > 0);
    const count = withValues.find((c) => mostlyFigures(grid, block, c.col));
    const content = withValues.find((c) => c !== count && !mostlyFigures(grid, block, c.col));
    const unitColumn = rest.find(unitLike);
    const remarkColumn = rest.find(remarkLike);
    // The measure word a row's count is typed in: after its figure (`15处`, `12次`) or in the 单位 column.
    const unitOfRow = (r: number): string | undefined => {
      const read = count ? readNumber(cellAt(grid, r, count.col)) : undefined;
      const typed = read?.kind === "number" ? read.unit : undefined;
      return typed ?? (unitColumn ? readText(cellAt(grid, r, unitColumn.col)).trim() || undefined : undefined);
    };
    // A 环境整治 row is a problem where its count is in a problem's word (`15处`) or, with no word, its 备注 says how many
    // were put right (`已整改13处`; new-user test 67, D9).
    const rowSays = (r: number) => (id: string): boolean => {
      if (id !== "rectification") return false;
      const unit = unitOfRow(r);
      const remark = remarkColumn ? readText(cellAt(grid, r, remarkColumn.col)).trim() : "";
      return unit ? problemUnits.includes(unit) : RECTIFIED_TYPED.test(remark);
    };
    const byRow = new Map<number, string | undefined>();
    for (const r of block.dataRows) {
      const t = readText(cellAt(grid, r, column.col));
      if (t !== "") byRow.set(r, ledgerOfCategory(t, rowSays(r)));
    }
    const placed = [...byRow.values()].filter((id): id is string => id !== undefined);
    if (byRow.size * 2 < block.dataRows.length || placed.length < byRow.size * 0.8) continue;
    const distinct = new Set(block.dataRows.flatMap((r) => {
      const t = readText(cellAt(grid, r, column.col));
      const id = byRow.get(r);
      return id && !enumValues.has(t) ? [id] : [];
    }));
    if (distinct.size < 2) continue;
    // A 志愿服务 row counted in 次 or 场 (`员工志愿者文明劝导 | 12次`) tells how often a service was given, and one in 人次
    // (`员工志愿者参与交通劝导 | 15人次`) how many took part: never a team's registered volunteers, never `现有注册志愿者12人`
    // with the activity's name as the team's (new-user tests 67 D1, 69 D1). One in 人次 is an activity (参与15人次); one in
    // occasions is a 其他指标 figure of 板块 志愿服务 (`累计开展……12次`), as a 宣传 list's row so counted is (reshape
    // routeNamedRow) — never one activity told as 1场 with its 12次 in 备注 (new-user test 71, D8).
    if (kinds.some((k) => k.ledger.id === "activities" && !k.shape)) {
      for (const r of block.dataRows) if (byRow.get(r) === "volunteers" && TIMES_WORD.test(unitOfRow(r) ?? "")) byRow.set(r, OCCASION_WORD.test(unitOfRow(r) ?? "") && kinds.some((k) => k.ledger.id === "figures" && !k.shape) ? "figures" : "activities");
    }
    const named = [...byRow.values()].filter((id): id is string => id !== undefined);
    const parts: { block: TableBlock; mapping: BlockMapping }[] = [];
    for (const id of [...new Set(named)]) {
      const kind = kinds.find((k) => k.ledger.id === id && !k.shape);
      const spec = CATEGORY_LEDGERS[id];
      if (!kind) continue;
      const rows = block.dataRows.filter((r) => byRow.get(r) === id);
      const part: TableBlock = { ...block, dataRows: rows, totalRows: parts.length === 0 ? block.totalRows : [], totalOver: block.dataRows };
      const forced = new Map<number, KindColumn | undefined>([[column.col, undefined]]);
      if (content) forced.set(content.col, kind.columns.find((c) => c.header === spec.content));
      if (count) forced.set(count.col, kind.columns.find((c) => c.header === spec.count));
      // A problem's 备注 that only says how many were put right (`已整改10处`) is its 已整改数 (read with its verb, listed).
      const rectified = id === "rectification" ? rest.find((c) => remarkLike(c) && columnValues(grid, part, c.col).length > 0 && columnValues(grid, part, c.col).every((v) => RECTIFIED_TYPED.test(readText(v)))) : undefined;
      if (rectified) forced.set(rectified.col, kind.columns.find((c) => c.field?.id === "rectified"));
      const auto = matchColumns(grid, part, kind, year).filter((m) => !forced.has(m.source.col) && (!m.target || m.target.many || ![...forced.values()].includes(m.target)));
      const columns = part.columns.map((source): ColumnMatch => {
        if (!forced.has(source.col)) return auto.find((m) => m.source.col === source.col) ?? { source, basis: "none", confidence: 0 };
        const target = forced.get(source.col);
        const unit = target && source === count ? unitOfHeader(source) : undefined;
        return target ? { source, target, basis: "values", confidence: CONFIDENCE.values, ...(unit ? { unit } : {}) } : { source, basis: "none", confidence: 0, ...(source === column ? { category: true } : {}) };
      });
      parts.push({ block: part, mapping: { kind, confidence: Math.round(0.9 * (named.length / block.dataRows.length) * 100) / 100, columns } });
    }
    return { column, parts, unplaced: block.dataRows.filter((r) => byRow.get(r) === undefined) };
  }
  return undefined;
}
