/**
 * Facts from a parsed workbook: ledger totals per category and unit, activities by type,
 * 其他指标 rows, 文字材料, the profile. Pure; unreadable cells (null) are skipped.
 * @module
 */
import { numberedItems, tidyPhrase, tidyPoint } from "./tidy";
import { activityKindByWords, APPROX_WORD_IN_FREQUENCY, COMMERCIAL_FAIR, isPlaceholderActivityName, PUBLIC_TRAINING, RESIDENTS_FORUM, SERVED_FORUM, SERVED_TRAINING, BOUNDED_RATE, actionOf, modernFestivalIn, namesTraditionalFestival, Enums, honourMeasure, honourRowMeasure, honourTitleUnquoted, honourTitleWithoutNames, isCollectiveHonour, isMeasureName, MEDIA, nearestChoice, negatedActionOf, orgUnitOfKind, PROBLEM_FAMILIES, populationAs, ledgerFigureOf, PUBLISHING_VERBS, placeFigureRow, placementByWords, publicityUnitOfKind, VENUE_VISITORS, TYPED_TURNOUT, namesUnitItself, guideIsUnitItself, type Catalog, isEmptyActivityRow } from "../catalog";
import { activityContent, saysEstimate, persuadedCustom, clausesOf, contentAndFocus, isComment, isFormOfAddress, isSpoken, isPraise, cutContactPerson, cutHotlineNumbers, cutNamedExample, cutPersonalBrackets, cutTitledContact, dropOfficeNames, frequencyMismatch, frequencyOf, hasPersonalData, honourHolderInTitle, isPlace, leadingPerson, namedPractices, namesPeople, nicknameInName, pastDeadlines, planOfNamedPractice, readRemark, redactPersonal, scrubPersonal, spokenProblemName, spokenSentences, withoutSource, writtenMeeting, type RemarkReading } from "./remark";
import { modernHolidayOn } from "../catalog/festival-dates";
import { hasContactData } from "../normalize/personal";
import { readNumber } from "../normalize/number";
import { serialFromYmd, ymdFromSerial } from "../normalize/date";
import { withoutTypedQuotes, wordInReadingOrder } from "../normalize/text";
import { isPlaceholderText, placeholderKind, readStaffNote } from "../normalize/placeholder";
import { memoText } from "./memo";
import { workAndCount } from "./figure-names";
import { inReportPeriod, orgRowInPeriod, type ParsedCell, type ParsedLedger, type ParsedRow, type ParsedWorkbook } from "../validate";
import { combineApprox, countOf, differenceOf, figureOf, overAtItsScale, participantsOf, rateOf, sumOf } from "./figure";
import type {
  ActivityGroup, ActivityItem, CategoryTotal, Facts, Figure, FigureKind, FigureRow, HonourFacts, OrganizationItem,
  ProfileFacts, PublicityFacts, RectificationFacts, TextRow, VolunteerFacts,
} from "./types";

const str = (c: ParsedCell | undefined): string => (typeof c?.value === "string" ? c.value : "");
/** A free-text cell (catalog FieldSpec.told) as typed, or "" when it holds a placeholder (`同上`, `见备注`: new-user test 39, D18). */
const note = (c: ParsedCell | undefined): string => readStaffNote(str(c));

/**
 * A user's phrase (名称或内容, 活动名称 …) ready for a sentence: see tidyPhrase. A clause with personal
 * data is left out first (v2 rule 13; new-user test 3, D1: `联系人王五13800001111到场` as an activity name).
 * The personal part is cut out where that leaves a sentence (a name after its title, a phone in brackets);
 * else the clauses that hold it (new-user test 4, D13: not `社区1月10日成立。`).
 */
const phraseOf = memoText((s: string): string => tidyPhrase(hasPersonalData(s) ? (redactPersonal(s) ?? scrubPersonal(s)) : dropOfficeNames(s)));
const phrase = (c: ParsedCell | undefined): string => phraseOf(str(c));
const readRemarkOnce = memoText(readRemark);
/** 备注 (and the v1.1 频次 column when present) read for prose; undefined when it gives nothing. */
function remarkOf(r: ParsedRow): RemarkReading | undefined {
  const reading = readRemarkOnce(note(r.cells.remark));
  const typedFrequency = frequencyOf(str(r.cells.frequency));
  // The frequency names its cell (频次, else 备注): the sentence telling it lists that cell among its sources (new-user test 32, D17).
  const fromCell = typedFrequency ? r.cells.frequency?.source : r.cells.remark?.source;
  const frequency = typedFrequency ?? reading.frequency;
  // `每天早晚高峰` says more than its 每日: kept as typed beside it (new-user test 41, D7).
  const typedText = typedFrequency ? str(r.cells.frequency).replace(/\s+/gu, "") : "";
  const more = typedFrequency && typedText.replace(/^每天/u, "每日") !== typedFrequency.text ? { typed: typedText } : {};
  const column = typedFrequency ? { total: true } : {};
  const withFrequency = frequency ? { ...reading, frequency: fromCell ? { ...frequency, source: fromCell, ...more, ...column } : { ...frequency, ...column } } : reading;
  // readRemark sets only the fields it found: anything beyond places and dropped is something to say.
  const { places, dropped: _dropped, ...found } = withFrequency;
  return places.length || Object.keys(found).length ? withFrequency : undefined;
}
/** A free-text phrase with personal clauses removed (v2 rule 13). */
const cleanPhraseOf = memoText((s: string): string => tidyPhrase(scrubPersonal(s)));
/**
 * A 地点 with personal data: a place followed by a bracket holding the personal part keeps the place
 * (`人民广场（联系电话0571-87654321）` → `人民广场`, new-user test 25, D28); anything else as cleanPhrase (a name beside a cut
 * number is no place: `王秀英（139…）` goes whole).
 */
const placePhraseOf = memoText((s: string): string => {
  const m = /^(.+?)\s*[（(][^（）()]*[)）]$/u.exec(s.trim());
  return m && hasPersonalData(s) && !hasPersonalData(m[1]) && isPlace(m[1]) ? tidyPhrase(m[1]) : cleanPhraseOf(s);
});
const cleanPhrase = (c: ParsedCell | undefined): string => cleanPhraseOf(str(c));
const numv = (c: ParsedCell | undefined): number | undefined => (typeof c?.value === "number" ? c.value : undefined);
/**
 * A form's signature line taken into a ledger (`填表人：许文 | 审核人：陈东 | 填表日期：…`, when a hand-made sheet
 * was repaired as a ledger): no work of the unit, and names besides — never told (new-user test 9, D10).
 */
const SIGNATURE = /^\s*(?:填表人|填报人|审核人|制表人|填表日期|制表日期|填报日期)\s*[:：]/u;
// No number or date in the row: a row of work that notes who filled it in (备注 `填表人：…`) stays.
const isSignatureRow = (r: ParsedRow): boolean => {
  const cells = Object.values(r.cells);
  return cells.some((c) => typeof c.value === "string" && SIGNATURE.test(c.value)) && !cells.some((c) => typeof c.value === "number");
};
const withoutSignatures = new WeakMap<readonly ParsedRow[], readonly ParsedRow[]>();
const rowsOf = (wb: ParsedWorkbook, id: string): readonly ParsedRow[] => {
  const rows = wb.ledgers[id]?.rows ?? [];
  let kept = withoutSignatures.get(rows);
  if (!kept) withoutSignatures.set(rows, (kept = rows.some(isSignatureRow) ? rows.filter((r) => !isSignatureRow(r)) : rows));
  return kept;
};

/** Groups rows by a key, keeping first-seen order. */
function groupBy<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const it of items) {
    const k = key(it);
    const g = m.get(k);
    if (g) g.push(it);
    else m.set(k, [it]);
  }
  return m;
}

/** Orders keys `category|unit` by the category's position in `order`, then first-seen. */
function byEnumOrder<T>(groups: Map<string, T>, order: readonly string[]): [string, T][] {
  const pos = (k: string): number => {
    const i = order.indexOf(k.split("|")[0]);
    return i < 0 ? order.length : i;
  };
  return [...groups.entries()].map((e, i) => ({ e, i })).sort((a, b) => pos(a.e[0]) - pos(b.e[0]) || a.i - b.i).map((x) => x.e);
}

/** Category totals of a ledger: rows grouped by (category column, unit), summing `valueCol`. */
function categoryTotals(rows: readonly ParsedRow[], catCol: string, valueCol: string, unitOf: (r: ParsedRow) => string, order: readonly string[], detailCol?: string, modeCol?: string): CategoryTotal[] {
  const usable = rows.filter((r) => str(r.cells[catCol]) && numv(r.cells[valueCol]));
  const groups = groupBy(usable, (r) => `${str(r.cells[catCol])}|${unitOf(r)}`);
  const out: CategoryTotal[] = [];
  for (const [key, g] of byEnumOrder(groups, order)) {
    const [category, unit] = key.split("|");
    const figure = sumOf(g.map((r) => r.cells[valueCol]), unit);
    if (!figure) continue;
    const details = detailCol ? [...new Set(g.map((r) => str(r.cells[detailCol])).filter(Boolean))] : [];
    const modes = modeCol ? [...new Set(g.map((r) => str(r.cells[modeCol])).filter(Boolean))] : undefined;
    // Rows done in different ways (新设 and 更换) are also told apart (new-user test 27, D22); 新设 and blank are one way.
    const wayOf = (r: ParsedRow): string => (modeCol && str(r.cells[modeCol]) !== "新设" ? str(r.cells[modeCol]) : "");
    const ways = [...new Set(g.map(wayOf))];
    const byMode = ways.length > 1
      ? ways.flatMap((w) => {
        const part = g.filter((r) => wayOf(r) === w);
        const partFigure = sumOf(part.map((r) => r.cells[valueCol]), unit);
        const partModes = [...new Set(part.map((r) => str(r.cells[modeCol as string])).filter(Boolean))];
        const partDetails = detailCol ? [...new Set(part.map((r) => str(r.cells[detailCol])).filter(Boolean))] : [];
        return partFigure ? [{ category, figure: partFigure, details: partDetails, rows: part.length, modes: partModes }] : [];
      })
      : undefined;
    out.push({ category, figure, details, rows: g.length, ...(modes ? { modes } : {}), ...(byMode && byMode.length > 1 ? { byMode } : {}) });
  }
  return out;
}

function profileFacts(wb: ParsedWorkbook): ProfileFacts {
  const p = wb.profile;
  const sources: Record<string, string> = {};
  for (const [id, cell] of Object.entries(p)) sources[id] = cell.source;
  const specialName = specialNameOf(str(p.specialName), numv(p.year), str(p.period));
  return {
    unitName: str(p.unitName),
    ...(phrase(p.shortName) ? { shortName: phrase(p.shortName) } : {}),
    ...(cleanPhrase(p.approach) ? { approach: cleanPhrase(p.approach) } : {}),
    unitType: str(p.unitType),
    // A 上级指导单位 naming the unit itself is no guidance (`中国电信南岭分公司在中国电信南岭分公司的指导下`): not said; the
    // check warns at the cell (`profile.guide-self`; new-user test 63, D2).
    guide: str(p.guide) && !guideIsUnitItself(str(p.guide), { unitName: str(p.unitName), shortName: str(p.shortName) }) ? str(p.guide) : undefined,
    year: numv(p.year),
    period: str(p.period) || undefined,
    population: figureOf(p.population, "人"),
    households: figureOf(p.households, "户"),
    docDate: numv(p.docDate),
    ...(specialName ? { specialName } : {}),
    sources,
  };
}

/**
 * 专项名称 as a title and file name say it (new-user test 37, D24), for 报告期 专项 only (another 报告期 ignores it; the check
 * says so, `profile.special-name-unused`): spaces and closing punctuation dropped, a leading `{报告年度}年` and a closing
 * 工作/总结/工作总结 cut, as the title adds them (`2025年春运工作` → `春运`). Undefined when nothing is left.
 */
export function specialNameOf(typed: string, year: number | undefined, period: string | undefined): string | undefined {
  if (period !== "专项") return undefined;
  let name = typed.replace(/\s+/gu, "").replace(/[。．.，,、；;：:！!？?]+$/u, "");
  if (year !== undefined) name = name.replace(new RegExp(`^${year}(?:年度?)?`, "u"), "");
  name = name.replace(/(?:工作)?总结$/u, "").replace(/工作$/u, "");
  return name || undefined;
}

/** A 专项名称 that already says what is created (`春运文明创建`, `国庆假期文明旅游`, `创城迎检`): titled `……专项工作总结`. */
export const NAMES_CIVILITY = /文明|创文|创城|创建/u;

/**
 * When a 专项 without its days was, as the summary's opening says it (new-user test 58, D2): `2025年春运期间` by 报告年度 and
 * its 专项名称 (tidied by specialNameOf), "" without either or for a name that says what is created (`春运文明创建` takes no
 * 期间). Never the whole year (`1月1日至12月31日`). The narrative's opening and check profile.special-dates say the same.
 */
export function specialWhenOf(year: number | undefined, specialName: string | undefined): string {
  return year !== undefined && specialName && !NAMES_CIVILITY.test(specialName) ? `${year}年${specialName}期间` : "";
}

/**
 * 组织保障 事项类型 that name no item by themselves (`其他`, `工作机制`, `任务分解`): a row of one whose 名称或内容 names
 * nothing (`同上`, `其他`, blank once personal data is out: check text.placeholder) is never told — `建立工作机制。` says
 * nothing (new-user test 39, D18; test 61, D8). 领导小组, 工作会议, 督查检查 alone still say what was done.
 */
const NAMED_BY_CONTENT_ONLY = /^(?:其[他它]|工作机制|任务分解)$/u;

function organizationFacts(wb: ParsedWorkbook, unreadable: ReadonlyMap<string, string> = new Map()): OrganizationItem[] {
  return rowsOf(wb, "organization")
    .filter((r) => str(r.cells.kind) && str(r.cells.content))
    // `其他` with a placeholder for its content (`同上`) names nothing: never told (new-user test 39, D18).
    .filter((r) => !(NAMED_BY_CONTENT_ONLY.test(str(r.cells.kind)) && isPlaceholderText(str(r.cells.content))))
    // Dated outside the period (new-user test 24, D14, check org.outside-period): a meeting or inspection is left out; a
    // standing body set up before goes on (`继续发挥……统筹作用`), its date not claimed for the period.
    .filter((r) => orgRowInPeriod(wb.period, str(r.cells.kind), r.cells.date) !== "out")
    .map((r) => {
      const before = orgRowInPeriod(wb.period, str(r.cells.kind), r.cells.date) === "before";
      // A 数量 without a readable 单位 (blank, or a word not in the list when errors were overridden) takes the
      // kind's usual word, else is left out: never a bare `12` (new-user test 8, D11).
      // A measure word typed outside the list and told by --force (`包保路段` 3 `公里`) keeps its count in its own word:
      // never the name without it, read with the next item's count (new-user test 40, D17).
      const typedWord = r.cells.unit ? unreadable.get(r.cells.unit.source)?.trim() : undefined;
      const unit = str(r.cells.unit) || (typedWord && /^[\u4e00-\u9fff]{1,2}$/u.test(typedWord) ? typedWord : undefined) || orgUnitOfKind[str(r.cells.kind)];
      const figure = unit ? figureOf(r.cells.quantity, unit) : undefined;
      // A month alone (`2025年3月`, value.month-only) is no day to tell: the item is told without its date, never `3月1日`
      // (new-user test 54, D16).
      const date = before || r.cells.date?.month ? undefined : numv(r.cells.date);
      const remark = remarkOf(r);
      // Nothing left of 名称或内容 once personal data is out: the 事项类型 names the item (`成立领导小组`).
      // Who led it at the head of the content goes, with their verb (`老张牵头楼道长例会` → `召开楼道长例会`: new-user test 39, D1).
      // `夜间巡查 重点是烧烤摊`: the focus after a space is said after the figure (`开展夜间巡查60次，重点整治烧烤摊`);
      // `跟街道对接……` is `与街道对接……` (new-user test 40, D15/D16: contentAndFocus).
      // The person goes before personal data is scrubbed: `王书记带队`, `老张牵头` are personal data themselves (new-user test 43, D11).
      const typedContent = note(r.cells.content);
      const read = contentAndFocus(phraseOf(leadingPerson(typedContent)?.action ?? typedContent));
      const typed = read.content;
      const content = typed ? leadingPerson(typed)?.action ?? typed : str(r.cells.kind);
      const noted = read.focus && !remark?.clause ? { ...(remark ?? { places: [], dropped: [] }), clause: read.focus } : remark;
      return { kind: str(r.cells.kind), content, source: r.cells.content.source, ...(before ? { carried: true } : {}), ...(figure ? { figure } : {}), ...(date ? { date } : {}), ...(noted ? { remark: noted } : {}) };
    })
    .filter((i) => !(NAMED_BY_CONTENT_ONLY.test(i.kind) && i.content === i.kind));
}

/** A medium and its verb (`微信群转发文明倡议`) or a medium alone (`公众号`): no thing; the narrative tells it. */
const MEDIUM_OR_POSTING = new RegExp(`${PUBLISHING_VERBS}|(?:${MEDIA})$`, "u");

/**
 * A 宣传投放 row typed 其他 is named by what its 位置或内容 says it is (`宣传折页`), else `其他宣传品`: never the
 * noun `其他` in the text (`发放其他5000份`: new-user test 10, D19).
 */
function namedOther(t: CategoryTotal): CategoryTotal {
  if (t.category !== "其他") return t;
  const only = t.details.length === 1 ? t.details[0] : "";
  const where = /^[各全本]|(?:所|站|部|科|队|村|社区|街道|局|单位|公司|中心|小区|路|街|广场|门口|大厅|楼)$/u;
  // A thing's name that opens with a verb-like word (`宣传折页`, `宣传手册`) is still a thing.
  const thingNoun = /(?:折页|手册|海报|宣传单|传单|画册|册子|卡片|书签|挂图|台历|日历|环保袋|手提袋|围裙|纸杯|扇子|贴纸|明白纸)$/u;
  // A title (`《致辖区居民的一封信》`) or a quoted slogan's thing (`“文明乘车、礼让老幼”温馨提示贴`) names the item
  // whatever its length (new-user test 18, D6).
  // So does a thing's name around the quoted slogan (`餐桌桌牌“光盘行动”提示`: new-user test 48, D15), unless it says where
  // or how (`在大厅…`, `通过…`) or ends in a work (`…宣传`). A vehicle's body (`车身`, `公交车体`) names the thing put on
  // it (`车身“礼让斑马线”宣传贴`, as a 车身广告 is one): it is part of the name, not a place (new-user test 56, D8).
  const around = /^([\u4e00-\u9fff]{1,6})“[^”]+”([\u4e00-\u9fff]{1,6})$/u.exec(only);
  const titled = only.length <= 30 && (/^《[^》]+》$|^“[^”]+”[\u4e00-\u9fff]{1,6}$/u.test(only) || (!!around && !/^(?:在|于|向|对|给|通过|利用|组织|开展)/u.test(around[1]) && !actionOf(around[1]) && (!isPlace(around[1]) || /车[身体]$/u.test(around[1])) && !where.test(around[1]) && !/(?:宣传|活动|行动)$/u.test(around[2])));
  const thing = titled || (only && only.length <= 10 && !isPlace(only) && (thingNoun.test(only) || !actionOf(only)) && !where.test(only) && !MEDIUM_OR_POSTING.test(only)) ? only : "";
  return { ...t, category: thing || "其他宣传品", details: thing ? [] : t.details, ...(t.byMode ? { byMode: t.byMode.map(namedOther) } : {}) };
}

/** A figure kept in 备注 as typed in batches or occasions (`数量：3批`, `投放数量：2次`), one clause of it. */
const BATCH_COUNT_NOTE = /(?:^|[；;，,])\s*[\u4e00-\u9fff]{0,6}[：:]\s*\d+(?:\.\d+)?\s*(?:批次?|场次?|次|期|轮|趟|回)\s*(?=$|[；;，,])/u;

function publicityFacts(wb: ParsedWorkbook, catalog: Catalog, unreadable: ReadonlyMap<string, string>): PublicityFacts {
  // Batches dated outside the report period are told by validation (publicity.outside-period) and left out, as activities
  // are: money of August is the 下半年's, never counted in the 上半年 too (new-user test 26, D26).
  // A 类型 the list lacks (an error the user overrode) that the check names a choice for (`围挡公益广告`请选`公益广告`:
  // catalog nearestChoice, as 规范数据 corrects it) is read as that choice: its money was in the spend while the row itself
  // was told nowhere (review run 30, 材料2 item 3: `工地围挡公益广告3200平方米` missing beside `约8万元`).
  const rows = rowsOf(wb, "publicity").filter((r) => inReportPeriod(wb.period, r.cells.date)).map((r) => withNearestKind(r, catalog, unreadable));
  // A 单位 that could not be read (an error the user overrode) and holds a magnitude (`万份`), counts occasions or people
  // (`次` of 语音播报, `人次`), or belongs to a row typed 其他 (whose usual word `个` says nothing) leaves the row's quantity
  // untold: never `2份` for 2万份 nor `其他宣传品20000个` for 2万次. A thing's word (`台` for an 电子屏) takes the type's
  // usual word (below).
  // A blank 单位 beside a figure kept in 备注 as counted in batches or occasions (`数量：3批`, as 导入已有台账 writes it:
  // new-user test 42, D21) is no count of the things either: never `宣传栏3块`.
  const untold = (r: (typeof rows)[number]): boolean => {
    if (!str(r.cells.unit) && BATCH_COUNT_NOTE.test(str(r.cells.remark))) return true;
    const typed = r.cells.unit ? unreadable.get(r.cells.unit.source) : undefined;
    return typed !== undefined && (/[十百千万亿次场人天时]/u.test(typed) || str(r.cells.kind) === "其他" || !str(r.cells.kind));
  };
  // A 位置或内容 that is a placeholder (`同上`, `其他`: check text.placeholder) names nothing: its row goes with its type's
  // sentence (`展板`), or, typed 其他 too, is told nowhere (its money stays in the spend): never `和其他5个` (new-user test 61, D7).
  const placeless = (r: ParsedRow): ParsedRow => (isPlaceholderText(str(r.cells.place)) ? { ...r, cells: Object.fromEntries(Object.entries(r.cells).filter(([id]) => id !== "place")) } : r);
  const counted = rows.filter((r) => !untold(r) && !(str(r.cells.kind) === "其他" && isPlaceholderText(str(r.cells.place)))).map(placeless);
  const spend = sumOf(rows.map((r) => r.cells.amount), "元", "money");
  const modes = Enums.publicityMode.filter((m) => rows.some((r) => str(r.cells.mode) === m));
  const handed = rows.filter((r) => str(r.cells.unit) === "份" && (str(r.cells.mode) === "发放" || str(r.cells.kind) === "宣传资料"));
  const handedOut = sumOf(handed.map((r) => r.cells.quantity), "份");
  return {
    // 单位 blank or unreadable (errors overridden): the type's usual word, never a bare figure (new-user test 8, D11).
    byKind: categoryTotals(counted, "kind", "quantity", (r) => str(r.cells.unit) || (publicityUnitOfKind[str(r.cells.kind)] ?? ""), Enums.publicityKind, "place", "mode").map(namedOther),
    ...(spend ? { spend } : {}), modes, ...(handedOut ? { handedOut } : {}),
  };
}

/**
 * A 宣传投放 row whose 类型 could not be read (typed text the list lacks, held in `unreadable` by its source) with that cell
 * read as the list's choice the check's hint names (catalog nearestChoice: `围挡公益广告` → 公益广告); the row itself when
 * its 类型 was read or no choice is near.
 */
function withNearestKind(r: ParsedRow, catalog: Catalog, unreadable: ReadonlyMap<string, string>): ParsedRow {
  const cell = r.cells.kind;
  const typed = cell && !str(cell) ? unreadable.get(cell.source)?.trim() : undefined;
  const near = typed ? nearestChoice(catalog, "publicity", "kind", typed) : undefined;
  return near && near !== "其他" && (Enums.publicityKind as readonly string[]).includes(near) ? { ...r, cells: { ...r.cells, kind: { ...cell, value: near } } } : r;
}

/**
 * The 志愿者注册率 the ledgers give: Σ注册人数 / 常住人口 in % (as 指标汇总 computes it), approximate when the 常住人口 is;
 * none when the 常住人口 is no base of a rate (catalog `populationAs`) or is below the members (profile.members-over-population).
 */
function ledgerRegistrationRate(wb: ParsedWorkbook, profile: ProfileFacts): Figure | undefined {
  return ledgerRegistration(wb, profile).rate;
}

/** Teams of people outside a school's 师生 (`家长护学岗志愿服务队`, `家委会`, `退休教师`, `社区`), by their 队伍名称. */
const NOT_STAFF_OR_PUPILS = /家长|家委会|校外|退休|社区|居民|村民|校友/u;
/** Teams of a school's own 师生 by their 队伍名称 or 队伍类型 (`红领巾`, `少年志愿者`, `青年志愿者`, `教师`, `团员`). */
const STAFF_OR_PUPILS = /教师|老师|教职工|职工|学生|少年|红领巾|青年|团员|团支部|团委|少先|队员|师生|班级|中队|大队/u;

/**
 * The ledgers' volunteer registration rate (% of 常住人口, a Figure) and the members it counts: all members, except at a
 * school whose teams include people who are no 师生 (parents, retired staff: NOT_STAFF_OR_PUPILS), where the share of
 * 师生 counts the 师生 teams only (300 of 1850 = 16%, never 500 of 1850 with 200 parents: new-user test 48, D13) — and
 * none when another team is no 师生 team by its name or 队伍类型. `members` is given only when it is not all the ledger's.
 */
function ledgerRegistration(wb: ParsedWorkbook, profile: ProfileFacts): { readonly rate?: Figure; readonly members?: Figure } {
  const all = rowsOf(wb, "volunteers").filter((r) => str(r.cells.team) || numv(r.cells.members));
  const base = profile.population && populationAs(profile.unitType, profile.population.value, profile.households?.value, profile.unitName);
  const outside = base === "师生" ? all.filter((r) => NOT_STAFF_OR_PUPILS.test(str(r.cells.team))) : [];
  const rows = all.filter((r) => !outside.includes(r));
  if (outside.length && !rows.every((r) => STAFF_OR_PUPILS.test(`${str(r.cells.team)}${str(r.cells.kind)}`))) return {};
  const members = sumOf(rows.map((r) => r.cells.members), "人");
  // A 常住人口 that is neither the 辖区's nor the unit's own people (a 妇联 that typed 户数 too, a school's served area: catalog
  // `populationAs`) is no base of a rate: the summary leaves it out, so no rate on it either (new-user test 31, D25).
  const based = !!profile.population && base !== undefined;
  const computed = members && profile.population && based && members.value <= profile.population.value ? rateOf(members, profile.population) : undefined;
  // Approximate when its base is (`约２万` residents): then said as a bound, `不足1%` (new-user test 30, D3). A rough count of
  // members (`552多`) leaves the rate as computed, as the reference summaries print it (`志愿者注册率为6.4%`).
  const rate = computed && { ...computed, approx: profile.population?.approx ? ("about" as const) : undefined };
  return { ...(rate ? { rate } : {}), ...(rate && outside.length && members ? { members } : {}) };
}

/** Percentage points by which a typed rate may differ from the ledgers' own before it contradicts them (rounding, a date). */
const RATE_SLACK = 5;

/** A 其他指标 rate the ledgers compute themselves and that contradicts them (new-user test 35, D11). */
export interface RateConflict {
  /** The typed row's 数值 cell (`其他指标!C4`). */
  readonly source: string;
  /** 指标名称 as typed. */
  readonly name: string;
  readonly typed: Figure;
  /** The ledgers' figure: 注册人数/常住人口 or 已整改数/发现数, in %. */
  readonly computed: Figure;
  /** Where the computed figure comes from, in words (`志愿服务注册人数2300人、常住人口12000人`). */
  readonly basis: string;
}

/**
 * 其他指标 rates that the ledgers give themselves (`志愿者注册率` from 志愿服务 注册人数 / 常住人口, `整改率` from 问题整改
 * 已整改数 / 发现数) and that differ from them by more than RATE_SLACK points: `志愿者注册率` 95% beside 2300 members of
 * 12000 师生 (19.2%). The summary tells the ledgers' figure and leaves the typed one out — never two contradicting figures
 * in one text; check `figure.rate-contradicts-ledger` says so at the row (new-user test 35, D11). Pure.
 */
export function rateConflicts(wb: ParsedWorkbook, unreadable: ReadonlyMap<string, string> = new Map()): RateConflict[] {
  return conflictsWith(wb, profileFacts(wb), rectificationFacts(wb, unreadable));
}

/** rateConflicts over the profile and 问题整改 facts already built from `wb` (buildFacts builds them once). */
function conflictsWith(wb: ParsedWorkbook, profile: ProfileFacts, rectification: RectificationFacts): RateConflict[] {
  const volunteers = ledgerRegistrationRate(wb, profile);
  const members = sumOf(rowsOf(wb, "volunteers").map((r) => r.cells.members), "人");
  return typedFigureRows(wb).flatMap((row): RateConflict[] => {
    if (row.figure.kind !== "rate" || !row.figure.sources.length) return [];
    const name = row.name.replace(/\s/gu, "");
    const registration = /^(?:志愿者|志愿服务)?注册率$/u.test(name) && volunteers && members && profile.population;
    const rectified = /^(?:问题|总)?整改率$/u.test(name) && rectification.rate;
    const computed = registration ? volunteers : rectified ? rectification.rate : undefined;
    if (!computed || Math.abs(computed.value - row.figure.value) <= RATE_SLACK) return [];
    const basis = registration
      ? `志愿服务注册人数${figureWords(members)}、常住人口${figureWords(profile.population)}`
      : `问题整改已整改数${rectification.rectifiedByUnit.map(figureWords).join("")}、发现数${rectification.foundByUnit.map(figureWords).join("")}`;
    return [{ source: row.figure.sources[0], name: row.name, typed: row.figure, computed, basis }];
  });
}

/** A figure as a cell would show it, with its measure word (`12000人`). */
const figureWords = (f: Figure | undefined): string => (f ? `${f.value}${f.unit}` : "");

/** A 备注 of a team that says it is a partner's (`结对帮扶，老师带队`, `共建单位`, `协议单位派驻`). */
const PARTNER_TEAM_NOTE = /结对|共建|协议单位|外单位|友邻单位|派驻/u;
/** The end of a body's name a team's name may open with (`城关二小`, `县人民医院`, `城东派出所`, `月湖社区`). */
const BODY_NAME_END = /(?:院|校|小|中|大学|所|站|局|委|会|公司|厂|行|馆|中心|社区|村|园|部|队)$/u;

/**
 * Whether a 志愿服务 team is a partner's, not the unit's own (review run 31, AU 材料7 item 5: `城关二小红领巾志愿服务队` of a
 * 敬老院's 共建 school): its 备注 says so (PARTNER_TEAM_NOTE), or its name opens with a body the ledger names as a partner
 * (`bodies`: 共建单位 rows' 名称或内容 and activities' 主办或协办单位) before the team's own words, never the unit itself (`unit`:
 * catalog namesUnitItself). Never guessed from a name alone.
 */
function partnerTeam(name: string, remark: string, bodies: readonly string[], unit: ProfileFacts): boolean {
  if (PARTNER_TEAM_NOTE.test(remark)) return true;
  for (let n = name.length - 4; n >= 3; n--) {
    const head = name.slice(0, n);
    // The unit's own name (`月湖社区志愿服务队`) and a body that names the team itself are no partner.
    if (BODY_NAME_END.test(head) && !namesUnitItself(head, unit) && bodies.some((b) => b.includes(head) && !b.includes(name))) return true;
  }
  return false;
}

function volunteerFacts(wb: ParsedWorkbook, profile: ProfileFacts, dropped: ReadonlySet<string>): VolunteerFacts {
  const rows = rowsOf(wb, "volunteers").filter((r) => str(r.cells.team) || numv(r.cells.members));
  // The registered size is told with its parts (`其中党员志愿者35人、综合志愿者100余人`) and compared in the 附表: it keeps its
  // finer rounding (`130余人`), never a total that reads as one of its parts (new-user-36-f, -35-z); services and hours are
  // said at the rough part's scale (run 30).
  const members = sumOf(rows.map((r) => r.cells.members), "人");
  // Above 100 % a figure is wrong (profile.members-over-population): no rate at all. A rate the unit typed itself
  // (其他指标 `志愿者注册率`) is its own: never a second, computed one beside it (new-user test 26, D1) — unless it contradicts
  // the ledgers' own and is left out (rateConflicts; new-user test 35, D11).
  const typed = rowsOf(wb, "figures").some((r) => /注册率$/u.test(str(r.cells.name)) && !(r.cells.value && dropped.has(r.cells.value.source)));
  const registration = typed ? {} : ledgerRegistration(wb, profile);
  const registrationRate = registration.rate;
  // The bodies the ledger names as its partners: a 共建单位 row's (`与县人民医院、城关二小签订共建协议`) and activities'
  // 主办或协办单位 (review run 31, AU 材料7 item 5).
  const partnerBodies = [
    ...rowsOf(wb, "organization").filter((r) => str(r.cells.kind) === "共建单位").map((r) => str(r.cells.content)),
    ...rowsOf(wb, "activities").map((r) => str(r.cells.host)),
  ].filter(Boolean);
  // A team typed with a placeholder for its name (`其他`, `同上`: normalize isPlaceholderText) is no team to name or count; its
  // members stay in the total (new-user test 61, D3: never `其他现有注册志愿者12人`).
  const named = rows.filter((r) => str(r.cells.team) && !isPlaceholderText(str(r.cells.team)));
  // The unit's own total of registered volunteers, typed in 其他指标 (`注册志愿者` 1350人) above its teams' 163: the whole, its
  // teams a part of it (review run 33, AW 材料10 item 4). A figure at or below the teams' sum is the ledger's again (new-user
  // test 28, D2: the ledger's is told, `figure.repeats-ledger` says so).
  const registeredTotal = members && !members.approx
    ? typedFigureRows(wb).find(({ name, figure: f }) => ledgerFigureOf(name)?.column === "members" && f.kind === "count" && /^[人名]$/u.test(f.unit) && !dropped.has(f.sources[0] ?? "") && f.value > members.value)?.figure
    : undefined;
  const base = profile.population && populationAs(profile.unitType, profile.population.value, profile.households?.value, profile.unitName);
  const totalComputed = registeredTotal && profile.population && base !== undefined && registeredTotal.value <= profile.population.value ? rateOf(registeredTotal, profile.population) : undefined;
  const totalRate = totalComputed && { ...totalComputed, approx: profile.population?.approx ? ("about" as const) : undefined };
  return {
    ...(registeredTotal ? { registeredTotal: { ...registeredTotal, unit: "人" } } : {}),
    ...(totalRate ? { totalRate } : {}),
    teams: countOf(named.map((r) => r.cells.team.source), "支"),
    members,
    services: overAtItsScale(sumOf(rows.map((r) => r.cells.services), "次")),
    hours: overAtItsScale(sumOf(rows.map((r) => r.cells.hours), "小时", "hours")),
    byKind: categoryTotals(rows, "kind", "members", () => "人", Enums.teamKind, "team"),
    teamNames: named.map((r) => phrase(r.cells.team)).filter(Boolean),
    teamDetails: named.filter((r) => phrase(r.cells.team)).map((r) => {
      const content = cleanPhraseOf(note(r.cells.content));
      const read = remarkOf(r);
      // A frequency in 备注 its own 服务次数 contradicts (`每天早上都来` beside 20次 in a half-year) is not told: the team's
      // total alone, as for 组织保障 and 其他指标 (`value.frequency-total`, one rule: frequencyMismatch; new-user test 46, D13).
      const services = numv(r.cells.services);
      const off = !!read?.frequency && services !== undefined && !!wb.period && !!frequencyMismatch(read.frequency, services, "次", wb.period, phrase(r.cells.team));
      const remark = off && read ? totalOnly(read) : read;
      const members = sumOf([r.cells.members], "人");
      const partner = partnerTeam(phrase(r.cells.team), str(r.cells.remark), partnerBodies, profile);
      return { name: phrase(r.cells.team), ...(content ? { content } : {}), ...(remark ? { remark } : {}), ...(members ? { members } : {}), ...(partner ? { partner } : {}) };
    }),
    ...(registrationRate ? { registrationRate } : {}),
    ...(registration.members ? { registeredOf: registration.members } : {}),
    ...partialTeamFigures(rows),
  };
}

/**
 * The team figures (注册人数, 服务次数, 服务时长) some team gave and another left blank: their sums are one part's only, never the
 * whole's (review run 30, 材料9 item 5: `全系统……注册志愿者28人` was one team's of two). Empty object when every team gave each.
 */
function partialTeamFigures(rows: readonly ParsedRow[]): { readonly partial?: readonly ("members" | "services" | "hours")[] } {
  const keys = (["members", "services", "hours"] as const).filter((k) => {
    const given = rows.filter((r) => numv(r.cells[k]) !== undefined).length;
    return given > 0 && given < rows.length;
  });
  return keys.length ? { partial: keys } : {};
}

/**
 * A 备注 naming the 县 or 区 of a 县/区 honour: `县级`, `区级`, or a 县/区 body that conferred it (`江城县文明委`,
 * `东湖区妇联`, `县教育局`); group 1 is 县 or 区. A 社区, 小区, 园区, 景区, 校区 or 街区 is no 区 (new-user test 35, D6).
 */
const COUNTY_OR_DISTRICT_NAMED = /(?<![社小园景校片街城郊])([县区])(?:级|委|政府|人民政府|文明[委办]|妇联|总工会|团委|[\u4e00-\u9fff]{1,6}局)/u;

function honourFacts(wb: ParsedWorkbook): HonourFacts {
  const rows = rowsOf(wb, "honors").filter((r) => str(r.cells.title) && numv(r.cells.people));
  const levelsHighFirst = [...Enums.honourLevel].reverse();
  const byTitleGroups = groupBy(rows, (r) => `${honourTitle(r)}|${str(r.cells.level)}`);
  const byTitle = [...byTitleGroups.entries()].map(([key, g]) => {
    const [category, level] = key.split("|");
    // Names only, never a phone or ID number typed beside them (`张三（13912345678）`, `身份证110105…`):
    // the switch that prints names prints nothing else (new-user test 4, D12).
    const names = g
      .flatMap((r) => honourNames(r).split(/[、，,;；\s]+/u))
      // `王浩等20人` ends a list: the name is kept, the count is 人数's (new-user test 18, D14).
      .map((n) => n.replace(/[（(][^）)]*[）)]/gu, "").replace(/等(?:\d+|[一二两三四五六七八九十百]+)?(?:人|名|位)?$/u, "").trim())
      // A nickname in quotation marks beside the name (`“胖哥”刘涛`) is no part of it: the name alone (new-user test 45, D14).
      .map((n) => nicknameInName(n)?.name ?? n)
      // A 称呼 (`老李头`, `黄大妈`) is no name for an official text: left out, 等 then says the list is not whole (new-user
      // test 38, D21; check `honour.nickname`).
      .filter((n) => n && !hasContactData(n) && !/\d/u.test(n) && !isFormOfAddress(n));
    // An honour of the unit itself: its title names an institution, or 备注 says 集体 (v1 has no other place for it).
    const collective = g.some((r) => /集体|单位荣誉/u.test(str(r.cells.remark)));
    // `2018-2019年度` in 备注: the period the honour was for, said with it (an earlier year's honour is no new one).
    const term = g.map((r) => /(?<!\d)(\d{4})(?:年)?(?:[-—–至到](\d{4}))?年度/u.exec(str(r.cells.remark))).find(Boolean);
    const years = term ? (term[2] ? `${term[1]}—${term[2]}年度` : `${term[1]}年度`) : undefined;
    // The measure word a 备注 gives (`评出文明楼院6个`) before the catalog's (new-user test 34, D1).
    const unit = g.map(measureOfRow).find((m) => m !== honourMeasure(category)) ?? honourMeasure(category);
    // One collective honour whose 备注 names its holder (`急诊科`, `团支部`): said of it, `急诊科获评……` (new-user test 24, D4).
    const remark = g.length === 1 && numv(g[0].cells.people) === 1 ? str(g[0].cells.remark).trim() : "";
    // Units or places typed in 姓名 (`城关营业厅`, `城东农贸市场、南门菜市场`) are no persons: they won it, said by name
    // (`城东农贸市场、南门菜市场获评市级“星级文明市场”`), never as the reporting unit's (new-user test 51, D3, D12).
    const figure = sumOf(g.map((r) => r.cells.people), unit) as Figure;
    const typed = names.length > 0 && names.every(isHonourHolder) ? `${names.join("、")}${figure && names.length < figure.value ? "等" : ""}` : undefined;
    const holder = honourHolderOf(remark) ?? typed;
    // A 县/区 honour whose 备注 says which (`县级`, `江城县文明委授予`): said so, never 县（区）级 (new-user test 35, D6).
    const seat = level === "县/区" ? g.map((r) => COUNTY_OR_DISTRICT_NAMED.exec(str(r.cells.remark))?.[1]).find(Boolean) as "县" | "区" | undefined : undefined;
    // The day one row's honour was conferred (日期), for a title the unit won itself (`11月，……获评`: review run 27, 材料5 item 2).
    const date = g.length === 1 ? numv(g[0].cells.date) : undefined;
    // Its level word typed before its quoted name (`市级“青年文明号”`): the quotes kept where the summary would drop them
    // (new-user test 62, D1).
    const quoted = g.every((r) => honourTitleUnquoted(withoutTypedQuotes(str(r.cells.title))).quoted);
    return { category, level, names, figure, details: [], rows: g.length, ...(collective ? { collective } : {}), ...(quoted ? { quoted } : {}), ...(years ? { years } : {}), ...(holder ? { holder } : {}), ...(seat ? { seat } : {}), ...(date ? { date } : {}) };
  });
  const persons = rows.filter((r) => !isCollectiveHonour(phrase(r.cells.title)));
  const groups = groupBy(rows.filter((r) => isCollectiveHonour(phrase(r.cells.title))), measureOfRow);
  const collectives = [...groups].flatMap(([measure, g]) => sumOf(g.map((r) => r.cells.people), measure) ?? []);
  return {
    people: sumOf(persons.map((r) => r.cells.people), "人"),
    ...(collectives.length ? { collectives } : {}),
    byTitle,
    byLevel: categoryTotals(persons, "level", "people", () => "人", levelsHighFirst),
  };
}

/** The measure word a 先进典型 row counts in (catalog `honourRowMeasure`: its 备注's, else its title's). */
const measureOfRow = (r: ParsedRow): string => honourRowMeasure(phrase(r.cells.title), numv(r.cells.people), str(r.cells.remark));

/**
 * A part of a unit, or a place in it, that holds an honour (`急诊科`, `城东营业厅`, `团支部`; a 乡镇's `石桥村`, a 社区's
 * `锦绣华庭小区`, `3号楼`: new-user test 37, D5): a short name and nothing else — never a person's name.
 */
const HOLDER = /^[\u4e00-\u9fff\d]{1,10}(?:科|室|部|(?<!家)庭|(?<![多各一两几数])处|队|班|组|站|中心|所|车间|网点|窗口|营业厅|支部|病区|中队|分队|年级|村|社区|小区|楼院|院落|网格|楼栋|号楼|单元|市场|学校|小学|中学|幼儿园|医院|卫生院|超市|商场|酒店|宾馆|公司|支行)$/u;

/**
 * True when a 先进典型 row's 备注 (trimmed), or each name typed in its 姓名, is the name of the part, place or unit that
 * holds its collective honour (HOLDER: `急诊科`, `石桥村`, `城东农贸市场`), so that the summary says `石桥村获评“省级文明村”`; never a person's name or contact data.
 */
function isHonourHolder(remark: string): boolean {
  return HOLDER.test(remark) && !hasPersonalData(remark);
}

/** A 备注 that says who won (`立案庭获得`, `立案庭荣获`, `获奖单位：立案庭`): the words around the holder's name. */
const HOLDER_SAID = /^(?:获奖单位|获评单位|获得单位|获奖部门)[：:]?\s*([\u4e00-\u9fff\d]{2,12})$|^([\u4e00-\u9fff\d]{2,12}?)(?:获得|获评|荣获|获奖|获此殊荣|获得此荣誉|获得该荣誉)$/u;

/**
 * The part of the unit a 先进典型 row's 备注 names as the honour's holder (HOLDER), alone (`立案庭`) or said with the
 * winning (`立案庭获得`, `立案庭荣获`, `获奖单位：立案庭`): the text credits it, never the whole unit (new-user test 55, D12).
 * Undefined for anything else.
 */
export function honourHolderOf(remark: string): string | undefined {
  const t = remark.trim().replace(/[。.]$/u, "");
  if (isHonourHolder(t)) return t;
  const m = HOLDER_SAID.exec(t);
  const name = m?.[1] ?? m?.[2];
  return name && isHonourHolder(name) ? name : undefined;
}

/** 来源 of a 问题整改 row that marks it carried from the previous period (v1.2); blank or 本期发现 is this period's. */
const CARRIED = Enums.problemOrigin[1];

/** The measure word of a problem whose 单位 is blank or unreadable: 处, as import counts one. */
const PROBLEM_UNIT = "处";

/**
 * A 问题整改 row's measure word. A 单位 that could not be read (errors overridden) is said as typed when it is a measure
 * word (`家`, `批次`: the check says how to count instead), else the problems' usual 处: never a bare `15` (own reading,
 * 2026-12-05).
 */
function problemUnitOf(r: ParsedRow, unreadable: ReadonlyMap<string, string>): string {
  const read = str(r.cells.unit);
  if (read || !r.cells.unit) return read || PROBLEM_UNIT;
  const typed = (unreadable.get(r.cells.unit.source) ?? "").trim();
  return /^(?:家|户|批|批次|间|栋|条|辆|台|只|张|座|次|个|件|处|起|宗)$/u.test(typed) ? typed : PROBLEM_UNIT;
}

/**
 * 上期遗留 problems (v1.2) apart from this period's: totals per 单位 of their 发现数 (what was left
 * open when the period began), 已整改数 and what is still open; undefined when there are none.
 */
function carriedProblems(rows: readonly ParsedRow[], unreadable: ReadonlyMap<string, string>, nameOf: (r: ParsedRow) => string = () => ""): RectificationFacts["carried"] {
  if (!rows.length) return undefined;
  // Conduct is counted in cases, as this period's rows are (rectificationFacts).
  const unitOf = (r: ParsedRow): string => {
    const unit = problemUnitOf(r, unreadable);
    return unit === "处" && str(r.cells.kind) === "其他" && /行为$/u.test(nameOf(r)) ? "起" : unit;
  };
  const units = [...new Set(rows.map(unitOf))];
  const per = (id: string): Figure[] => units.map((u) => sumOf(rows.filter((r) => unitOf(r) === u).map((r) => r.cells[id]), u)).filter((f): f is Figure => !!f);
  const found = per("found");
  if (!found.length) return undefined;
  const rectified = units.map((u): Figure => {
    const rs = rows.filter((r) => unitOf(r) === u);
    return sumOf(rs.map((r) => r.cells.rectified), u) ?? { value: 0, unit: u, kind: "count", sources: rs.map((r) => r.cells.rectified?.source ?? r.cells.found.source) };
  });
  const open = units.flatMap((u): Figure[] => {
    const rs = rows.filter((r) => unitOf(r) === u);
    const left = rs.reduce((n, r) => n + (numv(r.cells.found) ?? 0) - (numv(r.cells.rectified) ?? 0), 0);
    // What is left of `20余` carried (〔约数〕发现数：20余) is still `20余`; of a rough 已整改数 it is about so many
    // (new-user test 30, D19: the two half-years' summaries agree).
    const approx = rs.some((r) => r.cells.rectified?.approx) ? "about" as const : combineApprox(rs.map((r) => r.cells.found.approx?.kind));
    return left > 0 ? [{ value: left, unit: u, kind: "count", ...(approx ? { approx } : {}), sources: rs.flatMap((r) => [r.cells.found.source, r.cells.rectified?.source ?? ""]).filter(Boolean) }] : [];
  });
  const kinds = units.map((u) => [...new Set(rows.filter((r) => unitOf(r) === u).map(nameOf))]);
  // The names of the rows still open, per entry of `open` (new-user test 52, D18: `上期遗留的楼道堆物8处、卫生死角2个`).
  const openKinds = open.map((f) => [...new Set(rows.filter((r) => unitOf(r) === f.unit && (numv(r.cells.found) ?? 0) > (numv(r.cells.rectified) ?? 0)).map(nameOf))]);
  return { found, rectified, open, rows: rows.length, kinds, openKinds };
}

/** A complaint or request named with its handling (`投诉举报处置`, `群众诉求办理`, `12345工单处理`): the name, then the handling. */
const COMPLAINT_HANDLED = /^(.*(?:投诉|举报|诉求|工单|信访|信访件|来电|来信))(?:的)?(?:处置|办理|处理|受理|办结)(?:问题)?$/u;

/** Complaints typed as what was complained of (`群众投诉窗口态度不好`): who complained, the thing, 态度, the judgement. */
const COMPLAINED_OF = /^(?:群众|居民|市民|顾客|游客|办事群众|企业)?投诉(.{1,8}?)(态度)?(?:不好|不佳|较差|很差|差|恶劣|生硬)$/u;

/**
 * A 问题整改 其他 备注 that says what was complained of, as the complaints of that kind (`群众投诉窗口态度不好` →
 * `窗口服务态度投诉`, `投诉服务态度差` → `服务态度投诉`); any other text unchanged (new-user test 40, D18).
 */
export function complainedOf(detail: string): string {
  const m = COMPLAINED_OF.exec(detail);
  if (!m) return detail;
  if (!m[2]) return `${m[1]}投诉`;
  return /服务$/u.test(m[1]) ? `${m[1]}态度投诉` : `${m[1]}服务态度投诉`;
}

/** A name that is the complaints themselves (`12345热线投诉`, `群众来电`), not a problem complained of. */
const COMPLAINT_NAME = /(?:投诉|诉求|举报|信访|信访件|工单|热线|来电|来信)$/u;

/**
 * True when a 其他指标 row counts the complaints that a 问题整改 row already tells, all handled (new-user test 46, D9:
 * `受理客户投诉` 9件 beside 问题整改 `其他` 9/9件, 备注 `客户投诉9起`, was told in two sections): the same complaints
 * (the row's name, without 受理/接到/收到/办理/办结, is the problem's 类别 or its 备注's name), the same exact figure and
 * measure word, every one 办结-ed (or any, for a row that 处理-s, 受理-s or just counts them: new-user test 50, D6). A bare kind (`投诉`) is the problem's complaints of any name ending in it (`旅客投诉`). The problem's sentence tells them once; a different figure is other work and stays.
 */
function complaintsTold(r: FigureRow, rect: RectificationFacts): boolean {
  const m = /^(?:受理|接到|收到|接收|办理|办结|处理|处置)?(.{2,12})$/u.exec(r.name.trim());
  if (!m || !COMPLAINT_NAME.test(m[1]) || r.figure.approx || r.figure.kind !== "count") return false;
  // A bare kind (`受理投诉`) names the problem's complaints whose name ends with it (`旅客投诉`: new-user test 48, D11).
  // Complaints named with what they were about (complaintsAbout: `患者反映服务态度问题等投诉`) are `患者投诉` (new-user test 50, D6).
  const who = /^([\u4e00-\u9fff]{1,5})(?:投诉|举报)$/u.exec(m[1])?.[1];
  const named = (x: string | undefined): boolean => !!x && (x === m[1] || (x.endsWith(m[1]) && COMPLAINT_NAME.test(x)) || (!!who && x.startsWith(`${who}反映`) && /等(?:投诉|举报)$/u.test(x)));
  return rect.byKind.some((k) => (named(k.category) || named(k.remark?.detail) || k.details.some((d) => d.startsWith(m[1])))
    && !k.figure.approx && k.figure.value === r.figure.value && k.figure.unit === r.figure.unit
    // Complaints 处理-ed or 受理-d are those received, whether all are 办结-ed or not (`处理患者投诉` 12件 beside 12/10件:
    // new-user test 50, D6); a count of those 办结-ed only when every one is.
    && (k.rectified.value === k.figure.value || !/^(?:办结|办理)/u.test(r.name.trim())));
}

/**
 * Activities without a row that is a 其他指标 row's count of such events typed again as one event (活动台账
 * `未成年人思想道德建设主题班会` with no 参与数量 that can be told and no 简要内容, beside 其他指标 `开展未成年人思想道德建设
 * 主题班会` 36场): the same name, the row's verb cut, the row counting several in 场/次/节/期/堂/课. The figure tells
 * them once, across the period: never also as one dated event nor among the activities counted (new-user test 48, D12).
 */
function withoutCountedEvents(groups: readonly ActivityGroup[], figures: readonly FigureRow[]): ActivityGroup[] {
  const counted = (it: ActivityItem): boolean => !it.participants && !it.summary?.trim() && figures.some((f) => {
    const name = f.name.trim().replace(/^(?:开展|举办|组织|召开|举行)/u, "");
    return f.figure.kind === "count" && f.figure.value > 1 && /^(?:场|次|节|期|堂|课|课时)$/u.test(f.figure.unit) && name.length >= 4 && it.name === name;
  });
  return groups.map((g) => {
    const items = g.items.filter((it) => !counted(it));
    return items.length === g.items.length ? g : { ...g, items, count: { ...g.count, value: items.length, sources: items.flatMap((it) => it.sources) } };
  }).filter((g) => g.items.length > 0);
}

/** A 备注 saying whom the unit worked with (`配合城管`, `协助交警中队`, `会同市场监管所`). */
const WITH_WHOM = /^(?:配合|协助|协同|会同|联合|陪同|协调)/u;

/** A 荣誉名称 as said: without the names typed in 姓名 (catalog `honourTitleWithoutNames`). */
function honourTitle(r: ParsedRow): string {
  // A title that is all personal data once scrubbed (`张华同志`) is said as 先进典型, never as empty quotes (`获评市级“”`).
  // A space left where a name or number was cut (`社区好人 孙八 3201…` → `社区好人`) is not said (new-user test 29, D20).
  // A title typed with the holder's name and a number after it (`社区好人 孙八 3201…`) keeps its first word only: the name
  // beside the number is personal too, whether or not 姓名 repeats it.
  const typed = withoutTypedQuotes(str(r.cells.title));
  // A level word before a quoted name (`市级“青年文明号”`) is read as typed without the quotes (new-user test 62, D1).
  const title = honourTitleUnquoted(withoutTypedQuotes(hasPersonalData(typed) && /\s/u.test(typed) ? phraseOf(typed.split(/\s+/u)[0]) : phrase(r.cells.title))).title;
  const said = honourTitleWithoutNames(title, str(r.cells.names)).said.trim();
  // A holder's name typed after the title (`好婆婆王秀英`) is no part of it: the title alone, the name as 姓名's
  // (honourNames; new-user test 57, D21).
  return honourHolderInTitle(said)?.title ?? (said || "先进典型");
}

/** The 姓名 of a 先进典型 row as typed, with a holder's name typed after the title in 荣誉名称 (`好婆婆王秀英`: 王秀英). */
function honourNames(r: ParsedRow): string {
  const holder = honourHolderInTitle(honourTitleWithoutNames(honourTitleUnquoted(withoutTypedQuotes(str(r.cells.title))).title, str(r.cells.names)).said.trim());
  const typed = str(r.cells.names);
  return holder && !typed.includes(holder.name) ? [holder.name, typed].filter(Boolean).join("、") : typed;
}


/**
 * The description in a 备注 of labelled parts (`发现时间：8月2日；养老院楼道堆放杂物；整改情况：整改中`, as import writes
 * the columns it has no place for): the one part without a label, or the part labelled 问题/问题描述/内容; the 备注 as
 * typed when it holds no labelled part or no such description (new-user test 37, D19: never `其他问题` while a
 * description is there).
 */
function described(remark: string): string {
  const parts = clausesOf(remark);
  const LABEL = /^([\u4e00-\u9fff]{2,6})[：:]\s*(.*)$/u;
  if (parts.length < 2 || !parts.some((p) => LABEL.test(p))) return remark;
  const labelled = parts.map((p) => LABEL.exec(p)).find((m) => m && /^(?:问题|问题描述|问题内容|存在问题|内容|情况描述|具体问题)$/u.test(m[1]))?.[2];
  if (labelled) return labelled.trim();
  const bare = parts.filter((p) => !LABEL.test(p));
  return bare.length === 1 ? bare[0] : remark;
}

/**
 * Two problems typed side by side in a 备注 (readRemark's `examples`: `厕所异味、缺纸`) as a 问题整改 name (`厕所异味、缺纸问题`):
 * each of 2 to 8 characters, neither a place nor a work done (`清理楼道`: actionOf; `路灯维修`). Undefined otherwise.
 */
function problemPair(examples: string): string | undefined {
  const items = examples.split("、");
  if (items.length !== 2 || !items.every((x) => x.length >= 2 && x.length <= 8 && !isPlace(x) && !actionOf(x) && !/(?:改造|修缮|安装|加装|更换|建设|新建|维修|翻新|铺设|硬化|绿化|清运|整治|清理|巡查|巡逻|巡防|劝导|劝阻|督查|督导|检查|监管|管控|值守|看守|宣传|教育|处罚|罚款|移交|上报|跟进|处置|处理)$/u.test(x))) return undefined;
  return /(?:问题|现象|行为|隐患)$/u.test(items[1]) ? examples : `${examples}问题`;
}

/**
 * Several kinds of problem typed as clauses of one 其他 row's 备注 (readRemark's `kinds`: `消防通道堆放杂物、灭火器过期`) as
 * the row's name: the items, 等 and the kind every item belongs to (catalog PROBLEM_FAMILIES: `……等消防安全隐患`), else
 * `……等问题`; three items at most. Never the first item alone, which would count the others as it (new-user test 46, D11:
 * not `消防通道堆放杂物问题6处` for expired extinguishers too). Undefined when an item is a place, a work done or the way it
 * was handled (`院内吸烟，保安巡查`: new-user test 21 keeps `纠正院内吸烟30起`).
 */
function problemKinds(kinds: string | undefined): string | undefined {
  const { items, kind } = typedKindOf(kinds);
  if (items.length < 2 || !items.every((x) => x.length >= 2 && !isPlace(x) && !actionOf(x) && !/(?:改造|修缮|安装|加装|更换|建设|新建|维修|翻新|铺设|硬化|绿化|清运|整治|清理|巡查|巡逻|巡防|劝导|劝阻|督查|督导|检查|监管|管控|值守|看守|宣传|教育|处罚|罚款|移交|上报|跟进|处置|处理)$/u.test(x))) return undefined;
  const family = PROBLEM_FAMILIES.find((f) => items.every((x) => f.words.test(x)));
  return `${items.slice(0, 3).join("、")}等${kind ?? family?.name ?? "问题"}`;
}

/**
 * A 备注's list that already closes with its kind (`游客践踏草坪、乱扔垃圾等不文明行为`, `……等安全隐患`): its items without the
 * kind, and the kind as typed, which names the list in place of the catalog's (new-user test 66, D2: never `……等不文明行为等不文明
 * 行为30起`). A kind is a word of conduct, state or hazard (问题, 现象, 行为, 隐患) after 等.
 */
const TYPED_KIND = /等([\u4e00-\u9fff]{0,6}(?:问题|现象|行为|隐患))$/u;
function typedKindOf(list: string | undefined): { items: string[]; kind?: string } {
  const kind = list?.match(TYPED_KIND)?.[1];
  const items = (kind ? list!.replace(TYPED_KIND, "") : list?.replace(/等$/u, ""))?.split("、") ?? [];
  return kind ? { items, kind } : { items };
}

/**
 * A list typed in one clause of a 其他 row's 备注 (readRemark's `list` or `examples`: `乱扔垃圾、践踏草坪、野泳、遛狗不牵绳等`)
 * whose items all belong to one kind of catalog PROBLEM_FAMILIES, named as problemKinds names clauses: the items (four at
 * most), 等 and the kind (`……等不文明行为`; new-user test 49, D5/D9: never `其他问题320起`, never `……大声喧哗的行为`).
 * Undefined when no kind covers every item (the list is then named as before).
 */
function problemFamilyList(list: string | undefined): string | undefined {
  const { items, kind } = typedKindOf(list);
  if (items.length < 2 || !items.every((x) => x.length >= 2 && !isPlace(x) && !actionOf(x))) return undefined;
  const family = PROBLEM_FAMILIES.find((f) => items.every((x) => f.words.test(x)));
  return family ? `${items.slice(0, 4).join("、")}等${kind ?? family.name}` : undefined;
}

/**
 * Complaints as staff type them, who complained before it (`患者投诉`, `纳税人投诉`, `群众举报`, `投诉`): group 1 who, a
 * person's word (…人, …者, …众, …民, …客, …主, …户); never what about (`噪音投诉` is complaints of noise).
 */
const COMPLAINT_CLAUSE = /^((?:[\u4e00-\u9fff]{0,4}[人者众民客主户生长属工])?)(?:投诉|举报)$/u;
/** What a complaint was about in spoken words, as a colleague writes it (`态度不好` → `服务态度问题`). */
const ABOUT_ATTITUDE = /^(?:服务)?态度(?:不好|不佳|较差|很差|差|恶劣|生硬|冷淡)$/u;

/**
 * A 其他 row's 备注 that names complaints and what they were about, typed as items of one list (readRemark's kinds or
 * examples: `患者投诉、态度不好`, `纳税人投诉、等候时间长`), as the complaints: `患者反映服务态度问题等投诉`,
 * `纳税人反映等候时间长等投诉` (new-user test 50, D6: never `排查发现患者投诉、态度不好等问题`, the 'about' never a second
 * problem). Undefined unless exactly one item is the complaints and the others (at most three, 2 to 10 characters, none a
 * place or a work done) say what about.
 */
export function complaintsAbout(items: string | undefined): string | undefined {
  const parts = items?.replace(/等$/u, "").split("、").map((x) => x.trim()).filter(Boolean) ?? [];
  const complaints = parts.filter((x) => COMPLAINT_CLAUSE.test(x));
  const about = parts.filter((x) => !COMPLAINT_CLAUSE.test(x));
  if (complaints.length !== 1 || !about.length || about.length > 3) return undefined;
  if (!about.every((x) => x.length >= 2 && x.length <= 10 && !isPlace(x) && !actionOf(x) && !isSpoken(x) && !hasPersonalData(x))) return undefined;
  const who = COMPLAINT_CLAUSE.exec(complaints[0])?.[1] ?? "";
  const said = about.map((x) => (ABOUT_ATTITUDE.test(x) ? "服务态度问题" : x));
  return `${who ? `${who}反映` : ""}${said.join("、")}等${complaints[0].endsWith("举报") ? "举报" : "投诉"}`;
}

/**
 * A 问题整改 其他 row's 备注 as read for its name. One row is one problem: a short name before the first `；` (where 规范数据
 * moves a 问题类别 the list lacks, `乱停车；门口电动车乱停，老毛病了`) is the row's name, and what follows describes it —
 * never a second kind beside it (new-user test 53, D4: not `乱停车、门口电动车乱停等问题`). Else remarkOf.
 */
function problemRemarkOf(r: ParsedRow): RemarkReading | undefined {
  const read = remarkOf(r);
  return read?.kinds && namedBeforeSemicolon(withoutSource(note(r.cells.remark)).text, read) ? { ...read, kinds: undefined } : read;
}

/**
 * True when a 问题整改 其他 备注 (`typed`, as in the cell) opens with its one problem's name before the first `；` — the
 * reading's `detail` — so what follows is description, not more kinds (problemRemarkOf). Shared with check's
 * rect.spoken-remark, which names the problem the summary writes. Pure.
 */
export function namedBeforeSemicolon(typed: string, reading: RemarkReading): boolean {
  const head = /^([^；;]{2,14})[；;]/u.exec(typed.trim())?.[1].trim();
  return !!head && head === reading.detail;
}

function rectificationFacts(wb: ParsedWorkbook, unreadable: ReadonlyMap<string, string>): RectificationFacts {
  // A row that rectified more than it found (rect.exceeds-found, an error) is in no figure until it is
  // corrected: otherwise the opening's total, the section, the rate, 上期指标 and a roll-up each kept or
  // dropped it differently (new-user test 3, D3/D5/D7/D13).
  const typed = rowsOf(wb, "rectification").filter((r) => str(r.cells.kind) && numv(r.cells.found));
  // So is a row whose 已整改数 could not be read (`-3`, forced): its 发现数 alone would make a false rate
  // (`1000000000000005处，已整改5处，整改率为0.1%`: new-user test 22, D9).
  // And a row whose 发现数 is an error the user overrode (999999999处, value.impossible): summed, it would hide the typo
  // in a total (`流动摊点和乱张贴问题1000002499处`: new-user test 30, D7).
  // And a row whose 单位 is an error the user overrode (`8批`, `家次`: no measure of problems): under --force it is in no
  // figure, as rows with an impossible date are in no activity (review run 27, 材料2 items 3/4: never `卫生死角问题8批`).
  // A blank 单位 is no such error: the row is told in 处 (new-user test 21), as the check's 提示 says.
  const badUnit = (r: ParsedRow): boolean => !!r.cells.unit && !!unreadable.get(r.cells.unit.source)?.trim();
  const exceeds = (r: ParsedRow): boolean =>
    (numv(r.cells.rectified) ?? 0) > (numv(r.cells.found) ?? 0) || (!!r.cells.rectified && unreadable.has(r.cells.rectified.source)) || unreadable.has(r.cells.found.source) || badUnit(r);
  const all = typed.filter((r) => !exceeds(r));
  const leftOut = typed.filter(exceeds).map((r) => r.cells.found.source);
  const leftOutForUnit = typed.filter((r) => badUnit(r)).map((r) => r.cells.found.source);
  const isCarried = (r: ParsedRow): boolean => str(r.cells.origin) === CARRIED;
  // v1.2: carried problems never count as found (or rectified) in this period.
  const rows = all.filter((r) => !isCarried(r));
  // Conduct (a 其他 row named `……等不文明行为`) is counted in cases: `15起`, never `行为15处` for the 处 typed (new-user test 49, D5).
  const unitOf = (r: ParsedRow): string => {
    const unit = problemUnitOf(r, unreadable);
    return unit === "处" && str(r.cells.kind) === "其他" && /行为$/u.test(otherName(r)) ? "起" : unit;
  };
  // 其他 rows that name different problems (`井盖破损缺失`, `管网漏损`) are different kinds: never summed under the
  // first one's name (new-user test 18).
  // A 备注 that is one short description the reading names nothing in (`ATM机旁无障碍通道被占`) names the problem as
  // typed, never `其他问题` (new-user test 16, D6).
  const otherName = (r: ParsedRow): string => {
    if (str(r.cells.kind) !== "其他") return "";
    const x = problemRemarkOf(r);
    // `乱停放（电动车）`, as 规范数据 wrote a word the list lacks before 2026-12-05, read as said: `电动车乱停放` (new-user
    // test 28, D10; readRemark drops a bracketed note as a spreadsheet artefact).
    // `危房改造后旧房未拆 村里报的`: who passed it on is no part of the name (new-user test 42, D9).
    const typedRemark = withoutSource(note(r.cells.remark)).text;
    const said = wordInReadingOrder(typedRemark);
    const reordered = said !== typedRemark.trim() ? readRemarkOnce(said) : undefined;
    // `不文明养犬（未拴绳）`: a name with a note in brackets is the name, the note left out (v2 rule 5; new-user test 32,
    // D3: never `其他问题`).
    // A bracket holding a person (`安置房屋顶违建（张某某家）`) is no qualifier to say first: the reordered reading names
    // nothing, and the name is said without the bracket (new-user test 38, D19: never the whole problem dropped). A name
    // that opens with a hotline's number (`12345热线投诉（噪音、宠物）`) is a name too.
    const noted = reordered?.detail ?? reordered?.list ? undefined : /^((?=[A-Za-z0-9]*[\u4e00-\u9fff]{2})[\u4e00-\u9fffA-Za-z0-9]{2,14})[（(][^（）()]{1,12}[)）]$/u.exec(typedRemark.trim())?.[1];
    const plain = noted ? readRemarkOnce(noted) : undefined;
    const several = complaintsAbout(x?.kinds ?? x?.examples ?? x?.list) ?? problemKinds(x?.kinds) ?? problemFamilyList(x?.list ?? x?.examples);
    if (several) return several;
    const name = x?.detail ?? x?.list ?? reordered?.detail ?? reordered?.list ?? plain?.detail ?? plain?.list ?? "";
    if (name) return WITH_WHOM.test(name) ? "" : complainedOf(name);
    // Two problems named side by side (`厕所异味、缺纸`, beside a comment `游客投诉多` that names none) are the row's name:
    // `厕所异味、缺纸问题` (new-user test 44, D6), never `其他问题`.
    const pair = x?.examples ? problemPair(x.examples) : undefined;
    if (pair) return pair;
    // `问题：停车场乱停车`, as import wrote a problem the list lacks before 2026-12-05: the name without its label.
    const raw = (noted ?? described(typedRemark)).replace(/^(?:问题|问题类别|问题名称|问题类型|存在问题)[：:]\s*/u, "");
    // A 备注 still in spoken words (`居民说楼下老是吵`) names no problem: 其他问题, and check says so (new-user test 40, D20).
    // Nor does a judgement of it (`游客投诉多`: new-user test 44, D6).
    // A 备注 in spoken words that holds a common problem (`楼下有人乱扔垃圾 网格员说的`, `村民说院子里鸡鸭乱跑`) is named by
    // it in written words (remark spokenProblemName: `乱扔垃圾问题`, `畜禽散养问题`; run-27 review, 材料1 item 5, 材料6 item 1).
    if ([...raw].length > 16 || !/^[\u4e00-\u9fffA-Za-z0-9“”、]+$/u.test(raw) || !/[\u4e00-\u9fff]{2}/u.test(raw) || hasPersonalData(raw) || WITH_WHOM.test(raw) || isSpoken(raw) || isComment(raw)) {
      const spoken = hasPersonalData(typedRemark) || isComment(raw) ? undefined : spokenProblemName(typedRemark);
      return spoken ? `${spoken}问题` : "";
    }
    // A description that ends with what was done to it (`游客不文明行为劝导`) names the problem without it: the action
    // is the narrative's, never `纠正游客不文明行为劝导问题` (new-user test 21, D7).
    // A negated action (`庭院杂物乱堆未清理`) is kept whole for the narrative to name by its thing (catalog negatedActionOf;
    // new-user test 38, D5: never `庭院杂物乱堆未问题`).
    if (negatedActionOf(raw)) return raw;
    const problem = raw.replace(/(?<=[\u4e00-\u9fff]{2})(?:劝导|劝阻|纠正|整治|整改|清理|治理|处置|查处)$/u, "");
    // Complaints themselves (`12345热线投诉`) are no problem: named as typed, the narrative 受理-s and 办结-s them.
    if (complainedOf(problem) !== problem) return complainedOf(problem);
    return /(?:问题|现象|行为|隐患)$/u.test(problem) || COMPLAINT_NAME.test(problem) ? problem : `${problem}问题`;
  };
  // 上期遗留 problems are named as this period's (`物业服务纠纷`, `占道堆放`), without a trailing 问题 (new-user test 37, D10).
  const carried = carriedProblems(all.filter(isCarried), unreadable, (r) => (str(r.cells.kind) === "其他" ? otherName(r).replace(/(?<=[\u4e00-\u9fff]{2})问题$/u, "") : str(r.cells.kind)));
  const groups = groupBy(rows, (r) => `${str(r.cells.kind)}|${unitOf(r)}|${otherName(r)}`);
  const byKind = byEnumOrder(groups, Enums.problemKind).flatMap(([key, g]) => {
    const [category, unit] = key.split("|");
    const found = sumOf(g.map((r) => r.cells.found), unit);
    if (!found) return [];
    const rectified = sumOf(g.map((r) => r.cells.rectified), unit) ?? { value: 0, unit, kind: "count" as FigureKind, sources: g.map((r) => r.cells.rectified?.source ?? "").filter(Boolean) };
    const rate = rateOf(rectified, found);
    // `配合城管`, `协助交警`: a 备注 saying whom the unit worked with names neither the problem nor the
    // action (new-user test 11, D6: not `巡查发现城管……问题`, `其中配合城管80起`).
    const readings = g.map(problemRemarkOf).filter((x): x is RemarkReading => !!x).map((x) => (x.detail && WITH_WHOM.test(x.detail) ? { ...x, detail: undefined } : x))
      // Several kinds in one 备注 name the row together (problemKinds: `消防通道堆放杂物、灭火器过期等消防安全隐患`).
      // Complaints and what they were about name the row as complaints (complaintsAbout: `纳税人反映等候时间长等投诉`).
      .map((x) => (category === "其他" && complaintsAbout(x.kinds ?? x.examples ?? x.list) ? { ...x, detail: complaintsAbout(x.kinds ?? x.examples ?? x.list), kinds: undefined } : x))
      .map((x) => (category === "其他" && problemKinds(x.kinds) ? { ...x, detail: problemKinds(x.kinds) } : x))
      // So does a list of one kind (problemFamilyList: `乱扔垃圾、践踏草坪……等不文明行为`).
      .map((x) => (category === "其他" && !x.kinds && problemFamilyList(x.list ?? x.examples) ? { ...x, detail: problemFamilyList(x.list ?? x.examples) } : x));
    const typedName = category === "其他" && !readings.some((x) => x.detail ?? x.list) ? key.split("|")[2] : "";
    if (typedName) readings.unshift({ places: [], dropped: [], detail: typedName });
    // Complaints named with their handling (`投诉举报处置`, `12345工单办理`) are the complaints: the handling is the
    // narrative's 受理/办结, never part of the name (new-user test 33, D3: not `整改投诉举报处置1150件`).
    if (category === "其他") readings.forEach((x, i) => { if (x.detail && COMPLAINT_HANDLED.test(x.detail)) readings[i] = { ...x, detail: x.detail.replace(COMPLAINT_HANDLED, "$1") }; });
    // A complaint typed as what was complained of (`群众投诉窗口态度不好`) is the complaints of that kind: `窗口服务态度投诉`
    // (new-user test 40, D18: never `办结群众投诉窗口态度不好6件`).
    if (category === "其他") readings.forEach((x, i) => { if (x.detail) readings[i] = { ...x, detail: complainedOf(x.detail) }; });
    const remark: RemarkReading | undefined = readings.length
      ? {
        places: [...new Set(readings.flatMap((x) => x.places))], dropped: [],
        ...(readings.find((x) => x.detail ?? x.list) ? { detail: readings.find((x) => x.detail ?? x.list)?.detail ?? readings.find((x) => x.detail ?? x.list)?.list } : {}),
        ...(readings.find((x) => x.frequency)?.frequency ? { frequency: readings.find((x) => x.frequency)?.frequency } : {}),
        // The step taken (`发出诉前检察建议`) only when every row of the kind says it (review run 30, reviewer AT).
        ...(readings.length === g.length && readings[0].step && readings.every((x) => x.step === readings[0].step) ? { step: readings[0].step } : {}),
      }
      : undefined;
    const owners = [...new Set(g.map((r) => str(r.cells.owner)).filter(Boolean))];
    return [{ category, figure: found, rectified, ...(rate ? { rate } : {}), ...(remark ? { remark } : {}), ...(owners.length ? { owners } : {}), details: [], rows: g.length }];
  });
  const units = [...new Set(rows.map(unitOf))];
  const foundByUnit = units.map((u) => sumOf(rows.filter((r) => unitOf(r) === u).map((r) => r.cells.found), u)).filter((f): f is Figure => !!f);
  const rectifiedByUnit = units.map((u) => sumOf(rows.filter((r) => unitOf(r) === u).map((r) => r.cells.rectified), u)).filter((f): f is Figure => !!f);
  const openByUnit = units.flatMap((u): Figure[] => {
    const rs = rows.filter((r) => unitOf(r) === u);
    // From the totals, so that it agrees with the found/rectified figures printed beside it; what is left of approximate
    // counts is approximate (`百余` − `三十余` + 3 + 3: `约80`, never an exact 76; new-user test 38, D11).
    const open = differenceOf(rs.map((r) => r.cells.found), rs.map((r) => r.cells.rectified), u, rs.flatMap((r) => [r.cells.found.source, r.cells.rectified?.source ?? ""]).filter(Boolean));
    return open ? [open] : [];
  });
  // No rate over problems counted in different measure words (处 and 起): the text never says one (v2 rule 3), so no
  // roll-up ranks units by it either (new-user tests 15 D4, 16 D14).
  const rate = foundByUnit.length > 1 ? undefined : rateOf(sumOf(rows.map((r) => r.cells.rectified), ""), sumOf(rows.map((r) => r.cells.found), ""));
  return { byKind, foundByUnit, rectifiedByUnit, openByUnit, ...(rate ? { rate } : {}), ...(carried ? { carried } : {}), leftOut, ...(leftOutForUnit.length ? { leftOutForUnit } : {}) };
}

/**
 * The 活动类型 an activity is told under: a 我们的节日 activity that names a festival of the calendar and none of
 * 我们的节日 (`三八妇女节插花`, `迎国庆文艺汇演`; the 填报说明 limits 我们的节日 to 春节、元宵、清明、端午、七夕、中秋、
 * 重阳) goes where the rest of its name places it (`关爱留守儿童` → 关爱帮扶; `升旗` → 宣传教育), else with the 文体活动 — never under
 * 弘扬中华优秀传统文化 (new-user test 38, D23; check's `activity.festival-not-traditional` asks to change the type).
 */
function notTraditional(catalog: Catalog, kind: string, name: string, date?: number): string {
  // A name naming no festival, dated on a modern holiday (`“我和我的祖国”主题升旗仪式` on 10月1日: 国庆节, catalog
  // modernHolidayOn), is that holiday's: never filed under 中秋 for being near it (new-user test 48, D14).
  const unnamed = !/节|元旦|国庆/u.test(name) && date !== undefined ? modernHolidayOn(date) : undefined;
  const modern = kind === "我们的节日" && !namesTraditionalFestival(catalog, name) ? modernFestivalIn(name) ?? unnamed : undefined;
  if (!modern) return kind;
  const rest = name.replace(modern, "");
  const byRest = activityKindByWords(catalog, rest);
  // A flag-raising or patriotic event of a national day (`国庆节升旗`) is 爱国主义 education, no 文体.
  return byRest && byRest !== "我们的节日" ? byRest : /升旗|爱国|国旗|红色|党史/u.test(rest) ? "宣传教育" : "文体活动";
}

/** A 节日 or 纪念日 typed as one part of a name: `世界读书日`, `国际志愿者日`, `学雷锋日`, `三八节`, `植树节` (catalog modernFestivalIn). */
const DAY_PART = /^(?:世界|国际|全国|中国|全民)?[\u4e00-\u9fff]{1,6}(?<![生节假平每当次昨今明])日$/u;
/**
 * A 活动名称 with the half-width spaces typed between its words dropped (`学雷锋 进小区清理小广告` → `学雷锋进小区清理小广告`:
 * new-user test 40-y, D1), except between two phrases of a quoted slogan (`“文明施工 美丽工地”观摩会`), where one space is
 * kept as typed (new-user test 56, D15). Linear in the text.
 */
export function unspacedName(text: string): string {
  let seen = 0;
  let quoted = false;
  return text.replace(/(?<=[\u4e00-\u9fff”])[ \u00a0\u3000]+(?=[\u4e00-\u9fff“])/gu, (m: string, at: number) => {
    for (; seen < at; seen++) {
      if (text[seen] === "“") quoted = true;
      else if (text[seen] === "”") quoted = false;
    }
    return quoted ? " " : /[ \u00a0]/u.test(m) ? "" : m;
  });
}

/** A place typed as one part of a name: `新时代文明实践站`, `城关广场`, `柳塘村`, `县图书馆`. */
const PLACE_PART = /^[\u4e00-\u9fff]{1,10}(?:站|所|馆|中心|广场|公园|村|社区|小区|大厅|礼堂|学校|小学|中学|街道|市场)$/u;

/**
 * A 活动名称 typed in parts separated by spaces (`学雷锋 国际志愿者日 办税辅导`, `世界读书日 全民阅读启动仪式`,
 * `新时代文明实践站 理论宣讲`), read by its parts: a 节日/纪念日 part (DAY_PART or a festival of catalog modernFestivalIn,
 * whole), a place part (PLACE_PART) and the rest, joined, as the activity. Undefined for a name of one part, or when no
 * part is a day or a place, no activity is left, or it opens in spoken words (`给妈妈洗脚`): the name is then joined as
 * typed (`第三届邻里节 百家宴`, `“母亲节给妈妈洗脚”`).
 * Review run 27, 材料5 item 4, 材料4 item 3, 材料6 item 2.
 */
export function spacedActivityName(typed: string): { readonly name: string; readonly day?: string; readonly place?: string } | undefined {
  if (typed.length > 60 || /[“”]/u.test(typed)) return undefined;
  const parts = typed.split(/[ \u00a0\u3000]+/u).filter(Boolean);
  if (parts.length < 2 || parts.length > 4 || !parts.every((p) => /^[\u4e00-\u9fff]{2,14}$/u.test(p))) return undefined;
  const day = parts.find((p) => DAY_PART.test(p) || modernFestivalIn(p) === p);
  const place = parts.find((p) => p !== day && PLACE_PART.test(p));
  const rest = parts.filter((p) => p !== day && p !== place);
  // An activity said in spoken words (`母亲节 给妈妈洗脚`) stays a quoted title, joined as typed (new-user test 40-x).
  if ((!day && !place) || !rest.length || rest.join("").length < 2 || /^[给帮跟陪替教和]/u.test(rest[0])) return undefined;
  return { name: rest.join(""), ...(day ? { day } : {}), ...(place ? { place } : {}) };
}

/** A world or national day at the head of a name typed without a space (`国际志愿者日入户检修`, `世界读书日全民阅读启动仪式`). */
const DAY_HEAD = /^((?:世界|国际|全国|中国|全民)[\u4e00-\u9fff]{1,6}?(?<![生节假平每当次昨今明])日)(?![报记常程期子])([\u4e00-\u9fff]{2,30})$/u;

/**
 * A 活动名称 that opens with a world or national day, typed without a space (`国际志愿者日入户检修`), read as spacedActivityName
 * reads `国际志愿者日 入户检修`: `day` (`国际志愿者日`) and the activity `name` (`入户检修`). The narrative reads a name so where
 * it tells the name as work done, unquoted (a visit counted in households: `12月5日国际志愿者日，在城区开展入户检修志愿服务`,
 * never `12月5日在城区国际志愿者日入户检修`: new-user test 60, D10); a quoted title keeps its day (`开展“国际志愿者日集中服务”
 * 活动`). Undefined when no such day opens the name or nothing but `活动` follows it (`全国科普日活动`).
 */
export function dayLedActivityName(typed: string): { readonly name: string; readonly day?: string; readonly place?: string } | undefined {
  const m = DAY_HEAD.exec(typed);
  if (!m || /^(?:主题|系列|宣传)?活动$/u.test(m[2])) return undefined;
  return { name: m[2], day: m[1] };
}

/**
 * The name a copied-down 活动名称 stands for (`同上`, `同前`, `如上`: normalize placeholderKind `reference`): the nearest name
 * above it, in `names` (the sheet's names in row order), that is no placeholder (isPlaceholderText, catalog
 * isPlaceholderActivityName); undefined for a name of its own or none above. New-user test 61, D10.
 */
export function copiedDownName(names: readonly string[], index: number): string | undefined {
  if (placeholderKind(names[index] ?? "") !== "reference") return undefined;
  for (let i = index - 1; i >= 0; i--) {
    const above = names[i];
    if (above && !isPlaceholderText(above) && !isPlaceholderActivityName(above)) return above;
    if (above && placeholderKind(above) !== "reference") return undefined;
  }
  return undefined;
}

function activityFacts(wb: ParsedWorkbook, catalog: Catalog, unreadable: ReadonlyMap<string, string>, contradicted: ReadonlyMap<string, string>): ActivityGroup[] {
  // Activities dated outside the report period are reported by validation and left out of the summary.
  // A row that names and tells nothing (`其他` of 类型 其他, no content, count or place) is no event: neither told nor counted
  // (catalog isEmptyActivityRow; review run 31, AU, t59-library item 2).
  const rows = rowsOf(wb, "activities").filter((r) => (str(r.cells.name) || str(r.cells.kind)) && inReportPeriod(wb.period, r.cells.date) && !isEmptyActivityRow({ name: str(r.cells.name), kind: str(r.cells.kind), summary: str(r.cells.summary), participants: r.cells.participants?.value ?? "", place: str(r.cells.place) }));
  // A 活动名称 that points at the row above (`同上`, `同前`: normalize placeholderKind `reference`) is that row's activity name,
  // the nearest above that names one: `10月2日` 同上 after `国庆“文明出行”宣传` is the same activity, never `开展活动1场`
  // (new-user test 61, D10; check text.placeholder says what it was read as).
  const typedNames = rows.map((r) => spacedActivityName(phrase(r.cells.name))?.name ?? unspacedName(phrase(r.cells.name)));
  const namesAbove = typedNames.map((_, i) => copiedDownName(typedNames, i));
  const items: ActivityItem[] = rows.map((r, index) => {
    // A half-width space typed inside a name (`学雷锋 进小区清理小广告`, `第三届邻里节 百家宴`) is no part of the title
    // quoted: `“学雷锋进小区清理小广告”` (new-user test 40-y, D1). A meeting named in spoken words (`跟网格员开会`) is said
    // as written (`网格员会议`: remark writtenMeeting; D4).
    // A name typed in parts (`学雷锋 国际志愿者日 办税辅导`, `新时代文明实践站 理论宣讲`) is read by its parts: a day, a
    // place and the activity (review run 27, 材料5 item 4, 材料6 item 2).
    const parts = spacedActivityName(phrase(r.cells.name));
    const typedName = namesAbove[index] ?? parts?.name ?? unspacedName(phrase(r.cells.name));
    // A placeholder name (`其他`) with a spoken meeting as 简要内容 (`同楼栋长开会`) is that meeting: `楼栋长会议`.
    const [said, ...saidRest] = clausesOf(note(r.cells.summary));
    const meetingSaid = isPlaceholderActivityName(typedName) && said ? writtenMeeting(said) : undefined;
    const name = meetingSaid ?? writtenMeeting(typedName) ?? typedName;
    const typedKind = str(r.cells.kind) || "其他";
    // v2 rule 8: an activity typed as 其他 goes where its words place it (a 动员会 to 会议培训 …).
    // A measure (`设临时摊群点`) keeps 其他: it is no event of another type (the narrative places it by its words).
    // An inspection (`厕所革命专项检查`) is no event of the kind its words name: never counted among 环境整治活动 (new-user test 21, D6).
    const inspection = /(?:检查|督查|巡查|暗访|验收|测评|考核)$/u.test(name);
    const placed = typedKind === "其他" && !isMeasureName(name) && !inspection ? placementByWords(`${name}${str(r.cells.summary)}`) : undefined;
    // A residents' forum typed 会议培训 (`拆迁安置户融入座谈`) is 共建共治, told with the 其他 work, never under 组织领导
    // as a meeting of the unit's staff (new-user test 38, D20).
    // So is a forum with the people it serves (`客户满意度座谈会`): service work, never 职工培训 (new-user test 54, D8).
    // Typed 文体活动 (`三八妇女节女摊主座谈会`), a forum is no 文体 either (run-29 review, t55-market item 4).
    const forum = (typedKind === "会议培训" || typedKind === "文体活动") && (RESIDENTS_FORUM.test(name) || (SERVED_FORUM.test(name) && !/家长/u.test(name)));
    // A training taken to the public (`应急救护培训进社区`) typed 会议培训 is the unit's 宣传 and service, never 组织领导
    // (new-user test 40, D8).
    const outreach = typedKind === "会议培训" && PUBLIC_TRAINING.test(name);
    // A 其他 whose name names a festival of 我们的节日 (`端午包粽子`) is that festival's activity, as the 填报说明 says festivals
    // are recognised by their name (new-user test 43, D10: never `“端午包粽子”关爱帮扶活动`).
    // A meeting or a training named after the festival (`中秋税月纳税人座谈`) is the unit's work, placed by its words.
    // A trade fair (`迎春年货节`, `中秋美食节`, `国庆促销`) is commerce, no festival activity: it stays 其他 (new-user test 55, D11).
    const fair = typedKind === "其他" && COMMERCIAL_FAIR.test(name);
    const festive = typedKind === "其他" && !fair && namesTraditionalFestival(catalog, name) && !/座谈|会议|培训|讲座|例会/u.test(name);
    const read = festive ? "我们的节日" : forum || fair ? "其他" : outreach ? "宣传教育" : notTraditional(catalog, (placed && activityKindOfSection[placed.section]) || typedKind, name, numv(r.cells.date));
    // A training for the people the unit serves (`残疾人就业技能培训`: catalog SERVED_TRAINING) is a service, 关爱帮扶: told
    // with the unit's care work, never as its own cadres' 骨干提升 under 组织领导 (new-user test 66, D8).
    const kind = read === "会议培训" && SERVED_TRAINING.test(name) ? "关爱帮扶" : read;
    // Placed by its words, a 其他 row is told in that section but never called by a type the user did not choose.
    const untyped = typedKind === "其他" && kind !== "其他" && !festive;
    const unit = str(r.cells.unit) || "人";
    // A 单位 that could not be read (`辆`, an error the user overrode) leaves the count untold: 45 buses are no 45 people
    // (new-user test 18, D3); a blank 单位 is 人.
    // A count typed with a word that contradicts the 单位 (`6对` beside 人) is told in the word typed when it is a counting
    // word (TYPED_TURNOUT: `6对`), else not at all: 6 couples are no 6人 (new-user test 33, D4).
    const typed = r.cells.participants ? contradicted.get(r.cells.participants.source) : undefined;
    const typedRead = typed === undefined ? undefined : readNumber(typed);
    const typedUnit = typedRead?.kind === "number" ? typedRead.unit : undefined;
    const readUnit = typed === undefined ? unit : typedUnit && TYPED_TURNOUT.has(typedUnit) ? typedUnit : undefined;
    const counted = (r.cells.unit && unreadable.has(r.cells.unit.source)) || !readUnit ? undefined : figureOf(r.cells.participants, readUnit);
    const participants = counted && estimated(counted, str(r.cells.remark), str(r.cells.summary));
    const festival = kind === "我们的节日"
      ? catalog.festivals.find((f) => name.includes(f)) ?? catalog.festivals.find((f) => (catalog.festivalAliases[f] ?? []).some((a) => name.includes(a)))
      : undefined;
    const named = kind === "我们的节日" ? catalog.festivals.filter((f) => name.includes(f) || (catalog.festivalAliases[f] ?? []).some((a) => name.includes(a))) : [];
    const festivals = named.length > 1 ? named : undefined;
    const date = numv(r.cells.date);
    // A 备注 that is one village's or community's name alone (`石门村`) is where it was held when 地点 is blank (run-29
    // review, t54-town item 4: `6月30日在石门村开展道德评议会集中评议`).
    const remarkPlace = /^[\u4e00-\u9fff]{1,8}(?:村|社区|小区|街道|居委会|村委会)$/u.exec(str(r.cells.remark))?.[0];
    const place = placePhraseOf(str(r.cells.place)) || parts?.place || (remarkPlace && placePhraseOf(remarkPlace)) || undefined;
    // People's names typed as 主办或协办单位 (`张伟、李娜`) are personal data, no partner (new-user test 9, D14).
    const host = namesPeople(str(r.cells.host)) ? "" : cleanPhrase(r.cells.host);
    // Self-praise (`受到居民一致好评`) is never copied (new-user test 33, D11).
    // A note about the record (`日期可能记错`), who did it (`老李写的`) or a spoken tail (`堆了好多年`) is no content, and a
    // space between words separates clauses (new-user test 41, D1/D2).
    const typedSummary = cleanPhraseOf(meetingSaid ? saidRest.join("，") : activityContent(note(r.cells.summary)).content);
    const summary = clausesOf(typedSummary).some(isPraise) ? clausesOf(typedSummary).filter((c) => !isPraise(c)).join("，") : typedSummary;
    const remark = remarkOf(r);
    return {
      name, kind, ...(date ? { date } : {}), ...(date && r.cells.date?.month ? { month: true as const } : {}), ...(participants ? { participants } : {}),
      ...(place ? { place } : {}), ...(host ? { host } : {}), ...(summary ? { summary } : {}), ...(festival ? { festival } : {}), ...(festivals ? { festivals } : {}),
      ...(remark ? { remark } : {}), ...(untyped ? { untyped: true } : {}), ...(kind !== typedKind ? { typedKind } : {}),
      ...(parts ? { spaced: true as const } : {}), ...(parts?.day ? { day: parts.day } : {}),
      sources: [r.cells.name?.source ?? r.cells.kind.source],
    };
  });
  const groups = groupBy(items, (i) => i.kind);
  return byEnumOrder(groups, Enums.activityKind).map(([kind, g]) => {
    const participants = participantsOf(g);
    const sorted = [...g].sort((a, b) => orderDay(a) - orderDay(b));
    return { kind, count: countOf(g.flatMap((i) => i.sources), kind === "道德讲堂" ? "期" : "场") as Figure, participants, items: sorted };
  });
}

/**
 * Where an activity stands in date order (a serial day): its 日期; one typed as a month alone (`3月`, month) after the days of
 * that month that are named, as the month's work (`3月5日……启动仪式` before `3月开展“学雷锋月志愿服务进社区”`: new-user test 56,
 * D17); undated last.
 */
export function orderDay(item: { readonly date?: number; readonly month?: true }): number {
  if (item.date === undefined) return Infinity;
  if (!item.month) return item.date;
  const { y, m } = ymdFromSerial(item.date);
  return serialFromYmd(m === 12 ? { y: y + 1, m: 1, d: 1 } : { y, m: m + 1, d: 1 }) - 0.5;
}

/** Names of who a piece of work reached (`受益群众`, `惠及居民`, `服务对象`): they say what the row before them came to. */
const REACHED = /^(?:受益|惠及|覆盖|服务)(?:群众|居民|人群|患者|职工|师生|学生|对象|人数|人次|家庭)?$/u;

function figureRows(wb: ParsedWorkbook): FigureRow[] {
  const rows = typedFigureRows(wb);
  // A venue's visitors (`接待读者`, VENUE_VISITORS) typed 板块 其他 beside other rows of 其他 that stay there (`借阅图书`,
  // `办理借书证`) are one body of service figures: told together under 其他, never one of them after a dated event under
  // 宣传 (new-user test 50, D13).
  const typedOther = (r: FigureRow): boolean => r.section === "其他" || r.section === "";
  const visitors = (r: FigureRow): boolean => typedOther(r) && r.sectionId === "publicity" && VENUE_VISITORS.test(r.name) && placementByWords(r.name)?.section === "publicity";
  const together = rows.some((r) => typedOther(r) && r.sectionId === "other");
  // `受益群众` 5000余人次 under 其他 right after `开展义诊` (placed with 关爱帮扶 by its words) is what the 义诊 came to:
  // told with it, never alone as a section of its own (own reading of a hospital, 2026-12-05).
  return rows.map((r) => (together && visitors(r) ? { ...r, sectionId: "other" } : r)).map((r, i, all) => {
    const before = all[i - 1];
    return r.sectionId === "other" && REACHED.test(r.name) && before && before.section === r.section && before.sectionId !== "other" ? { ...r, sectionId: before.sectionId } : r;
  });
}

/** A reading without its 频次, its figure said as the period's total (`累计……`). */
function totalOnly(read: RemarkReading): RemarkReading {
  const { frequency: _frequency, ...rest } = read;
  return { ...rest, stage: rest.stage ?? "累计" };
}

function typedFigureRows(wb: ParsedWorkbook): FigureRow[] {
  // An honour entered again as a figure (先进典型 `星级文明户` 42 and 其他指标 `星级文明户` 42户) is one fact: told once, with
  // the honours (new-user test 25, D16).
  const honoured = new Set(rowsOf(wb, "honors").map((r) => `${str(r.cells.title).replace(/[“”"]/gu, "")}|${numv(r.cells.people) ?? ""}`));
  return rowsOf(wb, "figures").flatMap((r): FigureRow[] => {
    const unit = str(r.cells.unit);
    const kind: FigureKind = unit === "元" ? "money" : unit === "%" || unit === "％" ? "rate" : "count";
    // A 表述 word typed one column too far right, in 频次 (`约`), is the 表述 when that is blank (new-user test 35, D4).
    const approxWord = str(r.cells.approx) || (APPROX_WORD_IN_FREQUENCY[str(r.cells.frequency)] ?? "");
    const cell = r.cells.value;
    const typedApprox = cell?.approx?.kind;
    const declared = approxWord === "约" ? "about" : approxWord === "余" ? "over" : approxWord === "近" ? "nearly" : undefined;
    const figure = figureOf(cell, kind === "rate" ? "%" : unit, kind);
    // A 指标名称 that is a placeholder (`其他`, `同上`) names nothing: never told, in the text or 附表 (new-user test 39, D26).
    if (!figure || !note(r.cells.name) || honoured.has(`${str(r.cells.name).replace(/[“”"]/gu, "")}|${figure.value}`)) return [];
    // A share over 100% (`志愿者注册率` 150%) is impossible: never told (v2 rule 9; value.rate-over-100 says so).
    if (kind === "rate" && figure.value > 100 && BOUNDED_RATE.test(str(r.cells.name))) return [];
    const approx = declared ?? typedApprox ?? (saysEstimate(str(r.cells.remark)) ? "about" : undefined);
    const section = str(r.cells.section) || "其他";
    // `劝导红白喜事简办` as written: `劝导群众简办红白喜事` (review run 27, 材料6 item 3).
    // `食堂光盘行动 减少剩饭剩菜`: the work, and what the figure counts of it (new-user test 58, D4).
    const split = workAndCount(str(r.cells.name));
    const name = split ? phraseOf(split.counted) : persuadedCustom(phrase(r.cells.name));
    // A 频次 its own total contradicts (`每周1次`, 52次 in 26 weeks: the check's `value.frequency-total`, which promises the
    // total alone) is not told: `累计为老年客户提供上门服务52次`, as for 组织保障 rows (new-user test 28, D13).
    const read = remarkOf(r);
    const off = !!read?.frequency && !!wb.period && !!frequencyMismatch(read.frequency, figure.value, unit || undefined, wb.period, name);
    const reading = off && read ? totalOnly(read) : read;
    return [{
      section, sectionId: placeFigureRow(section, `${split?.work ?? ""}${name}${str(r.cells.remark)}`), name, ...(split ? { work: phraseOf(split.work) } : {}),
      figure: approx ? { ...figure, approx } : { ...figure, approx: undefined },
      ...(str(r.cells.remark) ? { remark: str(r.cells.remark) } : {}), ...(reading ? { reading } : {}),
    }];
  });
}

/**
 * The figure as its row's 备注 or 简要内容 (`remark`, `summary`) tell it: approximate (`约`) when one calls it an estimate
 * ({@link saysEstimate}: `大概这个数`) and the cell gave no 约/余/近 of its own (review run 28, 材料4 item 6).
 */
function estimated(figure: Figure, ...notes: readonly string[]): Figure {
  return figure.approx || !notes.some(saysEstimate) ? figure : { ...figure, approx: "about" };
}

/** A 文字材料 content that says there is nothing (`无`, `暂无`, `没有`, `/`, `—`). */
const NOTHING = /^(?:无|暂无|没有|无。|暂无。|[/／\\—–-]+|[.。…]+)$/u;

/**
 * True when a 文字材料 content, trimmed, says there is nothing (`无`, `暂无`, `没有`, `无。`, `/`, `／`, `—`, `-`, `…`):
 * the summary writes no point of it (new-user test 30, D15), and the checker counts the row as missing (`text.plans-missing`,
 * new-user test 37, D25).
 */
export function saysNothing(content: string): boolean {
  return NOTHING.test(content.trim());
}

function textRows(wb: ParsedWorkbook): TextRow[] {
  // A 下一步打算's deadline already past (`6月底前` in a 上半年 summary) is left out, the plan kept: the work is still to do,
  // its date no longer one (facts/remark pastDeadlines; check's text.plan-past-deadline says so: new-user test 53, D3).
  const by = planDeadlineBy(wb);
  const withoutPastDeadline = (content: string, kind: string): string => (kind === "下一步打算" && by ? pastDeadlines(content, by.year, by.start, by.by)?.kept ?? content : content);
  const typedRows = rowsOf(wb, "texts").filter((r) => str(r.cells.kind) && str(r.cells.content));
  // A plan naming a practice bare (`继续抓好礼让斑马线`) names it as the unit's 文字材料 do (`“礼让斑马线”积分制`: run-30 review,
  // 材料1 item 8; facts/remark planOfNamedPractice).
  const practices = namedPractices(typedRows.map((r) => str(r.cells.content)));
  const named = (item: string, kind: string): string => (kind === "下一步打算" && practices.size ? planOfNamedPractice(item, practices) : item);
  return typedRows.flatMap((r): TextRow[] => {
    // v1.2: 落实情况 of a 上期打算 row (what became of last period's plan), personal sentences removed.
    // A spoken sentence, or one that calls a person by nickname (`老刘那几家`), is left out (facts/remark spokenSentences;
    // check's text.spoken says so at the cell: new-user test 44, D3).
    const progress = str(r.cells.kind) === "上期打算" ? tidyPoint(scrubPersonalSentences(spokenSentences(note(r.cells.progress), "落实情况").kept)) : "";
    // Hand-numbered items in one cell (`1.加强宣传。2.完善设施。`) are points of their own (new-user test 28, D16); a
    // 上期打算 stays one point beside its one 落实情况.
    const items = str(r.cells.kind) === "上期打算" ? [str(r.cells.content)] : numberedItems(str(r.cells.content));
    return items.map((item) => ({ kind: str(r.cells.kind), content: withoutPastDeadline(tidyPoint(scrubPersonalSentences(spokenSentences(named(item, str(r.cells.kind)), str(r.cells.kind), numv(wb.profile.year)).kept)), str(r.cells.kind)), source: r.cells.content.source, ...(progress ? { progress, progressSource: r.cells.progress.source } : {}) }));
  })
    // A point typed twice (`持续开展最美家庭寻访` in two 下一步打算 rows) is said once (new-user test 25, D17); `无`, `暂无`,
    // `/` typed to fill the cell say nothing (new-user test 30, D15: never `一是无；`). A 上期打算 typed in spoken words alone
    // (`四季度搞好人居环境整治，迎接市里检查`) keeps its row, content empty, when its 落实情况 is filled: the 落实情况 is told
    // with the plan said neutrally (narrative planOutcome; new-user test 49, D11).
    // `同上`, `见上` refer to nothing the reader sees: left out too (new-user test 39, D18).
    .filter((t, i, all) => (t.content.length > 0 || (t.kind === "上期打算" && !!t.progress)) && !NOTHING.test(t.content) && !isPlaceholderText(t.content) && all.findIndex((x) => x.kind === t.kind && x.content === t.content) === i);
}

/**
 * The day on or before which a 下一步打算's deadline is past (Excel serial): the period's last day, or the 成文日期 when
 * later; with the 报告年度 and the period's first day for pastDeadlines. Undefined without a period or a year.
 */
export function planDeadlineBy(wb: ParsedWorkbook): { year: number; start: number; by: number } | undefined {
  const year = numv(wb.profile.year);
  if (!wb.period || !year) return undefined;
  return { year, start: wb.period.start, by: Math.max(wb.period.end, numv(wb.profile.docDate) ?? 0) };
}

/**
 * 文字材料 without personal data (v2 rule 13), the rest kept as typed: in a sentence that holds some,
 * the personal part is cut out where that leaves a sentence (`物业公司党支部书记（电话0731-…）参与小区治理` →
 * `物业公司党支部书记参与小区治理`), else the clauses that hold it — never the whole row, which took a
 * whole 工作亮点 section with it (new-user test 8, D17). Exported for check's text.spoken, whose quote of what the summary
 * prints is this text too (new-user test 61, D5: never a name or a phone in a 提示).
 */
export function scrubPersonalSentences(text: string): string {
  const sentences = text.match(/[^。！？]+[。！？]?/gu) ?? [];
  return sentences
    .map((s) => {
      if (!hasPersonalData(s)) return s;
      // A unit's public hotline loses its number, the sentence stays (new-user test 26, D30).
      const listed = cutHotlineNumbers(s);
      if (listed !== s && !hasPersonalData(listed)) return listed;
      const end = /[。！？]$/u.exec(s)?.[0] ?? "";
      // A title's holder and number go, the title stays (`队长带领队员……`); else the clause that holds the data goes
      // whole (`由李小龙（…）负责`, never `由李小龙负责`: new-user test 10, D13), a contact sentence entirely.
      // A contact person and their number inside a clause go, the rest of it stays (new-user test 22, D15).
      // A person named as an example of a group, and a role by its phone, go; the point stays (new-user test 57, D22/D23).
      const cut = cutContactPerson(cutTitledContact(cutNamedExample(s)));
      // A bracket that holds a number or names whom to contact goes whole, the sentence around it stays
      // (`在街道党工委领导下（联系人：刘主任 137…）扎实推进` → `在街道党工委领导下扎实推进`, new-user test 26, D12).
      const redacted = hasPersonalData(cut) ? cutPersonalBrackets(cut) : cut;
      const kept = redacted !== undefined && !hasPersonalData(redacted) && !/联系|咨询|报名|电话|手机|微信/u.test(redacted) ? redacted : scrubPersonal(s);
      return kept ? `${kept.replace(/[。！？]$/u, "")}${end}` : "";
    })
    .join("");
}

/** The 活动类型 an activity typed as 其他 takes when its words place it in a section. */
const activityKindOfSection: Readonly<Record<string, string>> = {
  organization: "会议培训", environment: "环境整治", publicity: "宣传教育", volunteering: "志愿服务", culture: "文体活动", care: "关爱帮扶",
};

/**
 * The workbook without the ledger rows that hold a figure no unit reports in one period (`impossible`: `sheet!A1` of the
 * cells validation found `value.impossible`: `1000000000000块`, `9990000000000000元`, `100000000人`). Such a row is in no
 * figure until it is corrected, as `check` promises (new-user test 34, D10: never `共投入宣传经费9990万亿元` under --force);
 * front ends list it among what was left out (actions `summaryLeftOut`). 问题整改 keeps its rows: rectificationFacts leaves
 * them out itself and lists them in `leftOut`.
 */
function withoutImpossibleRows(wb: ParsedWorkbook, impossible: ReadonlySet<string>): ParsedWorkbook {
  if (!impossible.size) return wb;
  const sheets = new Set([...impossible].map((c) => c.slice(0, c.lastIndexOf("!"))));
  const ledgers: Record<string, ParsedLedger> = {};
  let changed = false;
  for (const [id, ledger] of Object.entries(wb.ledgers)) {
    if (id === "rectification" || !sheets.has(ledger.spec.sheet)) { ledgers[id] = ledger; continue; }
    const rows = ledger.rows.filter((r) => !Object.values(r.cells).some((c) => impossible.has(c.source)));
    changed ||= rows.length !== ledger.rows.length;
    ledgers[id] = rows.length === ledger.rows.length ? ledger : { spec: ledger.spec, found: ledger.found, rows };
  }
  return changed ? { ...wb, ledgers } : wb;
}

/**
 * A 其他指标 row that states the unit's registered volunteers (`注册志愿者总数` 12000人, `志愿者注册人数`): of a unit
 * without 志愿服务 rows (a 区文明办 that keeps no teams of its own) it is the unit's 注册志愿者 — told as such
 * (`注册志愿者共2万人`) and in the roll-up's 附表, never `共注册志愿者总数2万人` under 完善服务阵地 (new-user test 36, D3).
 */
const STATED_MEMBERS = /^(?:注册志愿者|志愿者注册)(?:总数|人数|总人数|数)?$/u;

/** The sum of figures of one measure word, approximate when any is, rounded as sumOf rounds. */
function sumFigures(figures: readonly Figure[]): Figure {
  if (figures.length === 1) return figures[0];
  const value = figures.reduce((n, f) => n + f.value, 0);
  const approx = combineApprox(figures.map((f) => f.approx));
  return { value, unit: figures[0].unit, kind: figures[0].kind, sources: figures.flatMap((f) => f.sources), ...(approx ? { approx } : {}), ...(figures.every((f) => f.wan) ? { wan: true as const } : {}) };
}

/**
 * Facts of a parsed workbook (see Facts for shapes and units). `unreadable`: `sheet!A1` → the text typed there, for the
 * cells validation could not read (errors), whose figures are not told in a guessed measure. `contradicted`: the same for
 * numbers typed with a measure word their row's 单位 contradicts (value.unit-mismatch: `6对` beside 人). `impossible`: the cells
 * found `value.impossible`, whose rows are left out ({@link withoutImpossibleRows}).
 */
export function buildFacts(wb: ParsedWorkbook, catalog: Catalog, unreadable: ReadonlyMap<string, string> = new Map(), contradicted: ReadonlyMap<string, string> = new Map(), impossible: ReadonlySet<string> = new Set()): Facts {
  wb = withoutImpossibleRows(wb, impossible);
  const profile = profileFacts(wb);
  const rectification = rectificationFacts(wb, unreadable);
  // A typed rate that contradicts the ledgers' own is left out: the ledgers' figure is told (new-user test 35, D11).
  const dropped = new Set(conflictsWith(wb, profile, rectification).map((c) => c.source));
  const teams = volunteerFacts(wb, profile, dropped);
  const figures = figureRows(wb).filter((r) => !r.figure.sources.some((src) => dropped.has(src)) && !complaintsTold(r, rectification));
  const stated = teams.members ? [] : figures.filter((r) => STATED_MEMBERS.test(r.name.replace(/\s/gu, "")) && r.figure.unit === "人" && r.figure.kind === "count");
  const statedMembers = stated.length ? sumFigures(stated.map((r) => r.figure)) : undefined;
  return {
    profile,
    organization: organizationFacts(wb, unreadable),
    publicity: publicityFacts(wb, catalog, unreadable),
    volunteers: statedMembers ? { ...teams, members: statedMembers } : teams,
    honours: honourFacts(wb),
    rectification,
    activities: withoutCountedEvents(activityFacts(wb, catalog, unreadable, contradicted), figures),
    figures: statedMembers ? figures.filter((r) => !stated.includes(r)) : figures,
    texts: textRows(wb),
    // A 专项 names no days but its own: without both 起止日期 the text has none (never `1月1日至12月31日` nor `截至12月31日`),
    // as with its dates typed backwards (new-user test 58, D2; check profile.special-dates says so).
    ...(wb.period && !(str(wb.profile.period) === "专项" && (numv(wb.profile.start) === undefined || numv(wb.profile.end) === undefined)) ? { period: wb.period } : {}),
  };
}
