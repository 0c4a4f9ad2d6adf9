/**
 * The 基本信息 of an imported workbook (issue #16 item 1): 单位名称, 单位类型, 报告年度 and 报告期 from
 * the options, else from the titles of the sheets (`幸福里社区2023年上半年活动台账`, `填报单位：…`) and
 * the dates of the rows, else missing (the CLI then exits 2 naming the option). Pure.
 * @module
 */
import { ELDER_SCHOOL_NAME, Enums, PERIOD_MONTHS, PUBLIC_SERVICE_NAME, WHOLE_COUNTY } from "../catalog";
import { isValidYmd, readDate, serialFromYmd, ymdFromSerial } from "../normalize/date";
import type { ProfileField, ProfileOptions } from "./types";

/** A title with where it stands. */
export interface TitleText {
  readonly text: string;
  /** Source cell name (`Sheet1!A1`). */
  readonly cell: string;
}

/** A file or sheet name that may say the period (`锦江社区一季度工作台账.xlsx`, sheet `3月`): its text and where it is from. */
export interface NameText {
  readonly text: string;
  /** The file name, or the sheet's name. */
  readonly cell: string;
  readonly source: "file" | "sheet-name";
}
const NAME_WORD: Readonly<Record<string, string>> = { title: "标题", file: "文件名", "sheet-name": "工作表名" };

/** `填报单位：幸福里社区居委会` in a line above a table. */
const UNIT_LABEL = /(?:填报单位|报送单位|单位名称|单位)\s*[:：]\s*([^\s:：，,；;]{2,40})/u;
/**
 * The words a unit's name ends with (社区居委会, 街道, 局, 科 …), also a public institution's (图书馆, 博物馆 …: a title
 * `东城区图书馆2025年下半年创文工作台账` names its unit, new-user test 25, D11).
 */
const UNIT_WORDS = "人民法院|人民检察院|法院|检察院|社区居民委员会|社区居委会|村民委员会|村委会|街道办事处|社区|街道|办事处|村|乡|镇|局|委员会|委|办公室|办|中心|学校|小学|中学|幼儿园|学院|大学|公司|医院|团委|妇联|工会|总工会|集团|科|股|所|中队|大队|图书馆|博物馆|文化馆|美术馆|科技馆|纪念馆|展览馆|体育馆|档案馆|青少年宫|少年宫|文化宫|剧院";
/**
 * The words that end a whole name only (`红旗乡卫生院`, `城关镇农技站`, `县中心敬老院`), never the shortest name a title opens
 * with (`车站社区`, `书院村` are no 车站, 书院: new-user test 60, D1).
 */
const WHOLE_NAME_WORDS = `${UNIT_WORDS}|院|站|馆`;
/**
 * The words an institution's name ends with (`卫生院`, `敬老院`, `农技站`, `文化站`, `派出所`, `中心小学` …): an institution
 * of a 乡, 镇 or 街道 is named after it (`红旗乡卫生院`), so a title's name is never cut at its inner place word
 * (`红旗乡卫生院活动登记表` → 红旗乡卫生院, never 红旗乡 typed 乡镇: new-user test 60, D1).
 */
const INSTITUTION_WORDS = "院|站|馆|所|中心|学校|小学|中学|幼儿园|公司|集团|中队|大队|局|科|宫";
/** A name that ends on a place's word (`红旗乡`, `城南街道`): an institution's name may go on after it. */
const PLACE_END = /(?:乡|镇|街道|村|社区)$/u;
/** An institution's name after a place's (`卫生院活动登记表` → 卫生院): up to its first institution word. */
const INSTITUTION_AFTER = new RegExp(`^[\\u4e00-\\u9fa5]{1,8}?(?:${INSTITUTION_WORDS})`, "u");
/** Words of what a table is: never inside an institution's name (`青山镇活动登记表（镇文化站）` is 青山镇's). */
const TABLE_WORD_INSIDE = /活动|登记|台账|统计|工作|创文|创建|文明|情况|汇总|关于|表/u;
/** A unit's name at the start of a title: up to the first word that says what it is. */
const UNIT_NAME = new RegExp(`^([\\u4e00-\\u9fa5A-Za-z0-9（）()]{1,30}?(?:${UNIT_WORDS}))`, "u");
/** A whole text that is a unit's name, read to its last unit word (`城南街道城管科`, not `城南街道`). */
const WHOLE_UNIT_NAME = new RegExp(`^([\\u4e00-\\u9fa5A-Za-z0-9（）()]{1,30}(?:${WHOLE_NAME_WORDS}))$`, "u");
/** 单位类型 by the word a unit's name ends with, tried in order. */
const TYPE_BY_NAME: readonly (readonly [RegExp, string])[] = [
  [/社区(?:居民委员会|居委会|党委|党总支)?$/u, "社区"],
  [/村(?:民委员会|委会)?$/u, "村"],
  [/街道(?:办事处|党工委)?$|办事处$/u, "街道"],
  [/[乡镇](?:人民政府|党委)?$/u, "乡镇"],
  // A 老年大学 serves retired 学员: no 学校 of 师生 (catalog ELDER_SCHOOL_NAME; new-user test 57, D14).
  [ELDER_SCHOOL_NAME, "企事业单位"],
  [/(?:学校|小学|中学|幼儿园|学院|大学)$/u, "学校"],
  [/(?:团委|妇联|工会|总工会|残联|科协|团工委)$/u, "群团组织"],
  // A court or procuratorate (`县人民法院`) is a 机关部门 (new-user test 55, D19).
  [/(?<!卫生)(?:局|委员会|委|办公室|办|科|股|所|中队|大队|法院|检察院)$/u, "机关部门"],
  // A county, district or city as a whole (`江城县`, `东湖区人民政府`): its body is a 机关部门 (new-user test 18, D9).
  // A company's or a highway's 服务区 (`川陕高速青川服务区`) is no county's 区 (new-user test 68, D5).
  [/(?:公司|医院|中心|集团|银行|服务区)$/u, "企事业单位"],
  [WHOLE_COUNTY, "机关部门"],
  // A health centre, an old people's home, a 站 or 馆 of a township (`红旗乡卫生院`, `城关镇农技站`): an institution,
  // never the 乡镇 its name opens with (new-user test 60, D1).
  [/(?:院|站|馆|卫生所|卫生室)$/u, "企事业单位"],
  // A library, museum, cultural centre … is a 事业单位 (catalog PUBLIC_SERVICE_NAME; new-user test 25, D11).
  [PUBLIC_SERVICE_NAME, "企事业单位"],
];
const YEAR = /((?:19|20)\d{2})\s*年/u;
const PERIOD: readonly (readonly [RegExp, string])[] = [
  [/上半年/u, "上半年"], [/下半年/u, "下半年"], [/第一季度|一季度|第1季度/u, "第一季度"], [/第二季度|二季度|第2季度/u, "第二季度"],
  [/第三季度|三季度|第3季度/u, "第三季度"], [/第四季度|四季度|第4季度/u, "第四季度"], [/全年|年度/u, "全年"],
];

/** The unit's name a title gives (`填报单位：X` first, else the name a title opens with after a year). */
export function unitNameOfTitle(text: string): string | undefined {
  return unitLabelOf(text) ?? unitNameOpening(text);
}

/**
 * The unit a `填报单位：X` line names, or undefined; a form's stamp or signature note after it
 * (`（盖章）`, `（公章）`, `（签字）`) is no part of the name (new-user test 9, D4).
 */
const unitLabelOf = (text: string): string | undefined => {
  const name = UNIT_LABEL.exec(text)?.[1]?.replace(/[（(](?:盖章|公章|签章|印章|章|签字|签名|签字盖章|盖章签字)[）)]$/u, "").trim();
  return name && name.length >= 2 ? name : undefined;
};

/**
 * The unit a sign-off line's own `填报单位：X` names (`单位：X` at the start of a phrase), never another body's
 * (`审核单位：`, `主管单位：`), stamp notes cut as unitLabelOf cuts them.
 */
const OWN_UNIT_LABEL = /(?<![\u4e00-\u9fff])(?:填报单位|报送单位|单位名称|单位)\s*[:：]\s*([^\s:：，,；;]{2,40})/u;
const ownUnitLabelOf = (text: string): string | undefined => {
  const label = OWN_UNIT_LABEL.exec(text)?.[0];
  return label ? unitLabelOf(label) : undefined;
};

/**
 * The name a title opens with, after any year: the whole name before the year or period that
 * follows it (`城南街道城管科2024年上半年…` → 城南街道城管科, not 城南街道: new-user test 6, D6) or before 关于, 创文,
 * 创建, 台账 or 统计表, else the shortest name ending in a unit's word.
 */
function unitNameOpening(text: string): string | undefined {
  const bare = text.replace(/^\s*(?:(?:19|20)\d{2}\s*年度?|上半年|下半年|全年)+/u, "").trim();
  const upTo = (re: RegExp): string | undefined => {
    const head = bare.split(re)[0];
    return head !== bare ? WHOLE_UNIT_NAME.exec(head.trim())?.[1] : undefined;
  };
  // The name before the year or period, else before the words of what the table is (`城关镇第一小学创文台账`,
  // `县人民检察院关于…`): new-user test 55, D19.
  const whole = upTo(/(?:19|20)\d{2}\s*年|上半年|下半年|全年|第[一二三四1-4]季度/u) ?? upTo(/关于|创文|创建|台账|统计表/u);
  const shortest = UNIT_NAME.exec(bare)?.[1];
  // The shortest name ending on a place (`红旗乡`) goes on to the institution named after it (`红旗乡卫生院`: new-user test 60, D1).
  const institution = shortest && PLACE_END.test(shortest) ? INSTITUTION_AFTER.exec(bare.slice(shortest.length))?.[0] : undefined;
  const m = whole ?? (shortest && institution && !TABLE_WORD_INSIDE.test(institution) ? shortest + institution : shortest);
  return m && m.length >= 3 && !/^(?:创文|创建|文明|志愿|活动|问题|宣传)/u.test(m) ? m : undefined;
}

const UNIT_END = new RegExp(`(?:${WHOLE_NAME_WORDS})$`, "u");
/** The word a unit's name ends with (`城管三中队` → 中队, `幸福里社区居委会` → 社区居委会), or undefined. */
export function unitWordOf(name: string): string | undefined {
  return UNIT_END.exec(name.trim())?.[0];
}

/** 单位类型 by the end of a unit's name (`幸福里社区居委会` → 社区), or undefined. */
export function unitTypeOfName(name: string): string | undefined {
  return TYPE_BY_NAME.find(([re]) => re.test(name))?.[1];
}

/** The most specific 报告期 of the catalog whose months hold `first`–`last` (1–12): 月度, a quarter, a half, else 全年. */
function periodOfMonths(first: number, last: number): string {
  const periods = Enums.period as readonly string[];
  if (first === last && periods.includes("月度")) return "月度";
  const fit = ["第一季度", "第二季度", "第三季度", "第四季度", "上半年", "下半年"].find((p) => periods.includes(p) && PERIOD_MONTHS[p] && PERIOD_MONTHS[p][0] <= first && last <= PERIOD_MONTHS[p][1]);
  return fit ?? "全年";
}

/** A month with its year and no day (`2025.6`, `2025年11月`, `2025-06`). */
const YEAR_MONTH = /^\s*((?:19|20)\d{2})\s*(?:年|[.．\-/])\s*(1[0-2]|0?[1-9])\s*月?份?\s*$/u;

/**
 * The report year and period the rows' dates suggest: the most frequent year of the dates typed
 * with a year, and the narrowest 报告期 of the catalog that holds all of that year's dates — 月度 (one month),
 * a quarter, a half, else 全年 (new-user test 47, D2: January–March is 第一季度, not 上半年). `first`/`last`: that
 * year's earliest and latest date (ISO `2025-01-10`; a month typed with its year counts as its first day). `values` are date cells as read (serials or text).
 */
export function periodOfDates(values: readonly (string | number)[]): { year?: number; period?: string; first?: string; last?: string } {
  // A month typed with its year (`2025.11`, `2025年6月`) counts as that month's first day (new-user test 68, D3: a year's
  // ledger dated up to `2025.11` was inferred 上半年 from its full dates only).
  const days = values.flatMap((v) => {
    const d = readDate(v);
    if (d.kind === "date") return [ymdFromSerial(d.serial)];
    const month = typeof v === "string" ? YEAR_MONTH.exec(v.replace(/[０-９]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))) : null;
    return month ? [{ y: Number(month[1]), m: Number(month[2]), d: 1 }] : [];
  });
  if (!days.length) return {};
  const counts = new Map<number, number>();
  for (const d of days) counts.set(d.y, (counts.get(d.y) ?? 0) + 1);
  const year = [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0][0];
  const ofYear = days.filter((d) => d.y === year).sort((a, b) => a.m - b.m || a.d - b.d);
  const iso = (d: { y: number; m: number; d: number }): string => `${d.y}-${String(d.m).padStart(2, "0")}-${String(d.d).padStart(2, "0")}`;
  const first = ofYear[0];
  const last = ofYear[ofYear.length - 1];
  return { year, period: periodOfMonths(first.m, last.m), first: iso(first), last: iso(last) };
}

/**
 * Period words a file or sheet name may hold (`一季度`, `1季度`, `Q1`, `上半年`, `全年`, `3月`), each with the 报告期 it
 * names and, for a month, the month. Taken only when the rows' dates agree (new-user test 47, D2).
 */
const NAME_PERIOD: readonly (readonly [RegExp, string, number?])[] = [
  ...([["一", 1], ["二", 2], ["三", 3], ["四", 4]] as const).map(([cn, n]) => [new RegExp(`第?(?:${cn}|${n})季度|(?<![A-Za-z])Q${n}(?![0-9])`, "iu"), `第${cn}季度`] as const),
  [/上半年/u, "上半年"], [/下半年/u, "下半年"], [/全年|年度/u, "全年"],
  ...["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"].map((cn, i) => [new RegExp(`(?<![0-9０-９一二三四五六七八九十])(?:${i + 1}|${cn})月(?!份?[0-9０-９一二三四五六七八九十日号])`, "u"), "月度", i + 1] as const),
];

/** The 报告期 a name's period word says (`锦江社区一季度工作台账.xlsx` → 第一季度 and the word), or undefined. */
export function periodOfName(name: string): { period: string; word: string; month?: number } | undefined {
  for (const [re, period, month] of NAME_PERIOD) {
    if (period === "月度" && !(Enums.period as readonly string[]).includes("月度")) continue;
    const m = re.exec(name);
    if (m) return { period, word: m[0], ...(month !== undefined ? { month } : {}) };
  }
  return undefined;
}

/** Whether the dates from `periodOfDates` fall within `p` (a month's: within that month). */
const agrees = (p: { period: string; month?: number }, dates: { first?: string; last?: string }): boolean => {
  if (!dates.first || !dates.last) return true;
  const a = Number(dates.first.slice(5, 7));
  const b = Number(dates.last.slice(5, 7));
  if (p.period === "月度") return a === p.month && b === p.month;
  const range = PERIOD_MONTHS[p.period];
  return range !== undefined && range[0] <= a && b <= range[1];
};

/** `2025-01-10`, `2025-03-12` → `2025年1月10日至3月12日`. */
const span = (first: string, last: string): string => {
  const [y, m, d] = first.split("-").map(Number);
  const [y2, m2, d2] = last.split("-").map(Number);
  return first === last ? `${y}年${m}月${d}日` : `${y}年${m}月${d}日至${y2 !== y ? `${y2}年` : ""}${m2}月${d2}日`;
};

/**
 * A span of days a title or a line above the table gives (`时间：2025年1月14日—2月22日`, `2025.1.14-2.22`, `2025年7月1日至8月31日`):
 * its first and last day (ISO) and the cell, the first such in order; a side without its year takes the other side's, else
 * `year`. Days that do not exist or run backwards give none (new-user test 58, D2).
 */
const TITLE_SPAN = /(?:((?:19|20)\d{2})\s*[年.／/-]\s*)?(\d{1,2})\s*[月.／/-]\s*(\d{1,2})\s*[日号]?\s*(?:—{1,2}|－|–|-|~|～|至|到)\s*(?:((?:19|20)\d{2})\s*[年.／/-]\s*)?(\d{1,2})\s*[月.／/-]\s*(\d{1,2})(?!\d)/u;
export function spanOfTitles(titles: readonly TitleText[], year?: number): { first: string; last: string; cell: string } | undefined {
  for (const t of titles) {
    const m = TITLE_SPAN.exec(t.text);
    if (!m) continue;
    const y1 = Number(m[1] ?? m[4] ?? year);
    const y2 = Number(m[4] ?? y1);
    const a = { y: y1, m: Number(m[2]), d: Number(m[3]) };
    const b = { y: y2, m: Number(m[5]), d: Number(m[6]) };
    if (!y1 || !isValidYmd(a) || !isValidYmd(b) || serialFromYmd(a) > serialFromYmd(b)) continue;
    const iso = (d: { y: number; m: number; d: number }): string => `${d.y}-${String(d.m).padStart(2, "0")}-${String(d.d).padStart(2, "0")}`;
    return { first: iso(a), last: iso(b), cell: t.cell };
  }
  return undefined;
}

/** The rush of a travel season (`春运`, `暑运`): a 专项 of stations and carriers by its own name. */
const TRAVEL_RUSH = /春运|暑运|寒运|春节运输|暑期运输/u;
/** A campaign's own name by its last word (`“文明交通”专项行动`, `百日攻坚行动`, `文明交通宣传月`, `环境卫生专项整治`). */
const CAMPAIGN_END = /(?:专项(?:行动|整治|活动|工作)?|行动|(?:宣传|活动|主题|服务|安全|文明|志愿服务)月)$/u;
/**
 * A campaign named by the festival it serves and its work (`清明节文明祭扫`, `春节文明过节`, `中秋国庆文明旅游`): a festival's
 * name, then two to ten characters of work. New-user test 61, D11 (`青川县殡仪馆2025年清明节文明祭扫工作台账`).
 */
const FESTIVAL_CAMPAIGN = /^(?:清明|春节|元宵|端午|七夕|中秋|重阳|国庆|五一|劳动|元旦)节?(?:[、和·]?(?:国庆|中秋|春节|元旦)节?)?(?:期间)?[\u4e00-\u9fff“”]{2,10}$/u;
/** What a title says the table is, after the campaign's name (`文明创建工作台账`, `创文统计表`). */
const TABLE_WORDS = /(?:文明城市创建|文明创建|创建文明城市|创文|创城|创建)?(?:工作)?(?:台账|统计表|登记表|记录表|明细表|一览表|情况表|汇总表)$/u;

/**
 * The 专项 a title names (new-user test 58, D2): a travel rush (`青山火车站2025年春运文明创建工作台账` → 春运) or a campaign
 * named by its last word after the unit and year (`…2025年“文明交通”专项行动台账` → `“文明交通”专项行动`, `…文明交通宣传月台账`)
 * or by its festival (`…2025年清明节文明祭扫工作台账` → `清明节文明祭扫`: FESTIVAL_CAMPAIGN, new-user test 61, D11); with the cell. Lines of labels (`填报单位：…`) name none.
 */
export function specialOfTitles(titles: readonly TitleText[]): { name: string; cell: string } | undefined {
  for (const t of titles) {
    const head = t.text.trim().split(/\s+/u)[0];
    if (/[:：]/u.test(head)) continue;
    const unit = unitNameOpening(head);
    const rest = (unit && head.startsWith(unit) ? head.slice(unit.length) : head).replace(/^(?:(?:19|20)\d{2}\s*年度?)/u, "").replace(TABLE_WORDS, "");
    const rush = TRAVEL_RUSH.exec(rest)?.[0];
    if (rush) return { name: rush, cell: t.cell };
    if (rest.length >= 4 && rest.length <= 30 && (CAMPAIGN_END.test(rest) || FESTIVAL_CAMPAIGN.test(rest)) && !PERIOD.some(([re]) => re.test(rest))) return { name: rest, cell: t.cell };
  }
  return undefined;
}

/** Days from `first` to `last` (ISO), both counted. */
const daysOf = (first: string, last: string): number => {
  const serial = (iso: string): number => {
    const [y, m, d] = iso.split("-").map(Number);
    return serialFromYmd({ y, m, d });
  };
  return serial(last) - serial(first) + 1;
};
/** The longest span a 专项 guessed from a title may have: about three months (new-user test 58, D2). */
const SPECIAL_DAYS = 92;

/**
 * The four profile fields: each from `options`, else a 基本信息 sheet of the unit's own (`sheet`: 项目 → its
 * value and cell), else the titles (in sheet order), else the dates
 * (`dateValues`, year and period only), else without value (missing). 单位类型 may also come from
 * the end of the unit's name (`unit-name`). `labels`: the lines beside a table that are no title (a sign-off line
 * `填报单位：南湖社区居委会 填表日期：2025年7月2日`): their `填报单位：X` names the unit before a name cut from a title
 * (source `label`, new-user test 36, D7); nothing else is read from them.
 */
export function resolveProfile(
  options: ProfileOptions,
  titles: readonly TitleText[],
  dateValues: readonly (string | number)[],
  sheet: (item: string) => { value: string | number; cell: string } | undefined = () => undefined,
  labels: readonly TitleText[] = [],
  names: readonly NameText[] = [],
): ProfileField[] {
  const fromTitles = <T>(read: (t: string) => T | undefined): { value: T; cell: string } | undefined => {
    for (const t of titles) {
      const value = read(t.text);
      if (value !== undefined) return { value, cell: t.cell };
    }
    return undefined;
  };
  const dates = periodOfDates(dateValues);
  // A `填报单位：X` line in any title says the unit before a name a title opens with (new-user test 6, D6).
  // So does one in a sign-off line (`填报单位：南湖社区居委会`), before the name a title opens with (`南湖社区`; new-user test 36, D7).
  const labelled = labels.map((t) => ({ value: ownUnitLabelOf(t.text), cell: t.cell })).find((t): t is { value: string; cell: string } => t.value !== undefined);
  const unitTitle: { value: string; cell: string; source?: ProfileField["source"] } | undefined = options.unitName
    ? undefined
    : (fromTitles(unitLabelOf) ?? (labelled ? { ...labelled, source: "label" } : undefined) ?? fromTitles(unitNameOpening));
  const unitName = options.unitName?.trim() || (sheet("单位名称")?.value as string | undefined) || unitTitle?.value;
  const field = (item: string, option: string | number | undefined, title: { value: string | number; cell: string; source?: ProfileField["source"] } | undefined, other?: { value: string | number | undefined; source: ProfileField["source"]; cell?: string; basis?: string }): ProfileField => {
    if (option !== undefined && option !== "") return { item, value: option, source: "option" };
    // A 基本信息 sheet of the unit's own says it before any title does.
    const own = sheet(item);
    if (own) return { item, value: own.value, source: "sheet", cell: own.cell };
    if (title) return { item, value: title.value, source: title.source ?? "title", cell: title.cell };
    if (other?.value !== undefined) return { item, value: other.value, source: other.source, ...(other.cell ? { cell: other.cell } : {}), ...(other.basis ? { basis: other.basis } : {}) };
    return { item };
  };
  const typeByName = unitName ? unitTypeOfName(unitName) : undefined;
  // A period word in a file or sheet name (or a title's 一季度/3月 the titles' own words miss) agreeing with the dates,
  // else the dates; either way a guess the report lists (new-user test 47, D2).
  const named = [...titles.map((t) => ({ text: t.text, cell: t.cell, source: "title" as const })), ...names]
    .map((n) => ({ n, p: periodOfName(n.text) }))
    .find((x): x is { n: NameText; p: NonNullable<ReturnType<typeof periodOfName>> } => x.p !== undefined && agrees(x.p, dates));
  const within = dates.first && dates.last ? `各行日期（${span(dates.first, dates.last)}）` : "";
  // A title naming a 专项 (`春运`, `……专项行动`) whose span (its own `时间：` line, else the rows' dates) is under about three
  // months is a 专项, never the quarter its dates fall in (new-user test 58, D2).
  const special = specialOfTitles(titles);
  const titleSpan = special ? spanOfTitles(titles, dates.year) : undefined;
  const days = titleSpan ?? (dates.first && dates.last ? { first: dates.first, last: dates.last } : undefined);
  const specialGuess = special && days && daysOf(days.first, days.last) <= SPECIAL_DAYS && (Enums.period as readonly string[]).includes("专项")
    ? { value: "专项", source: "title" as const, cell: special.cell, basis: `标题中的“${special.name}”，${titleSpan ? "时间" : "各行日期"}为${span(days.first, days.last)}（不足三个月），按专项工作推断` }
    : undefined;
  const periodOther: { value: string | number | undefined; source: ProfileField["source"]; cell?: string; basis?: string } = named
    ? { value: named.p.period, source: named.n.source, cell: named.n.cell, basis: `${NAME_WORD[named.n.source]}中的“${named.p.word}”${within ? `与${within}相符` : ""}` }
    : (specialGuess ?? { value: dates.period, source: "dates", ...(within ? { basis: `按${within}推断` } : {}) });
  return [
    field("单位名称", options.unitName?.trim(), unitTitle),
    field("单位类型", options.unitType, undefined, { value: typeByName, source: "unit-name", ...(typeByName ? { basis: `按单位名称“${unitName!}”推断` } : {}) }),
    field("报告年度", options.year, fromTitles((t) => (YEAR.exec(t) ? Number(YEAR.exec(t)![1]) : undefined)), { value: dates.year, source: "dates" }),
    field("报告期", options.period, fromTitles((t) => PERIOD.find(([re]) => re.test(t))?.[1]), periodOther),
  ];
}

/** A profile option that is not one of the catalog's values, as a Chinese message (or undefined when fine). */
export function profileOptionProblem(options: ProfileOptions): string | undefined {
  if (options.unitType !== undefined && !(Enums.unitType as readonly string[]).includes(options.unitType)) return `单位类型应为${Enums.unitType.join("、")}之一，收到“${options.unitType}”。`;
  if (options.period !== undefined && !(Enums.period as readonly string[]).includes(options.period)) return `报告期应为${Enums.period.join("、")}之一，收到“${options.period}”。`;
  if (options.year !== undefined && (!Number.isInteger(options.year) || options.year < 2000 || options.year > 2100)) return `报告年度应为2000至2100之间的四位年份，收到“${options.year}”。`;
  return undefined;
}
