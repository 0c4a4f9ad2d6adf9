/**
 * The units of a rolled-up workbook: its rows split by 填报单位 into one parsed workbook per
 * unit (plus the combining unit's own rows, 填报单位 blank or its own name), each unit's facts,
 * and how a street office names them in running text (`幸福里社区`, `4个社区`, `全街道`).
 * @module
 */
import { CARRIED_ROW_MARK, displayUnitName, leadingPlace, reportingUnitColumn, unitIdentity, unitTypeTraits, WHOLE_COUNTY, withoutGoverningBody, type Catalog, type UnitTypeTraits } from "../../catalog";
import { buildFacts, type Facts } from "../../facts";
import type { FlaggedCells } from "../../pipeline";
import type { ParsedCell, ParsedLedger, ParsedRow, ParsedWorkbook } from "../../validate";

/** One unit of the roll-up with its facts. */
export interface UnitFacts {
  /** 填报单位 as written (`幸福里社区居委会`). */
  readonly name: string;
  /** Name as a street office writes it (`幸福里社区`). */
  readonly short: string;
  /** Kind read from the name, counted with its measure word (`社区`, `村`, `单位`). */
  readonly kind: string;
  /** The 单位类型 the unit gave (the 汇总 sheet's), when known: what it confers itself (new-user test 52, D12). */
  readonly unitType?: string;
  readonly facts: Facts;
  /** The 填报单位 cell of the unit's first row (source of its name). */
  readonly source: string;
}

/**
 * `幸福里社区居委会` → `幸福里社区`; `新华村村委会` → `新华村`; `青山镇人民政府` → `青山镇` (catalog displayUnitName, also the
 * roll-up's identity of a unit: two 填报单位 with one short name are one unit); other names as they are.
 */
export function shortUnitName(name: string): string {
  return displayUnitName(name);
}

/**
 * A body of the same county, district or city as the roll-up's own unit named as its people say it: `江城区教育局` in
 * 江城区文明办's summary is `区教育局`, never the whole name again and again. Undefined for any other name.
 */
function samePlace(name: string, ownName: string, place = leadingPlace(ownName)): string | undefined {
  // A name that opens on its level alone (`县城市管理局`, `区城市管理委员会`) has no place to drop: its `县城市` is no place
  // (never `市管理综合执法大队` for 县城市管理综合执法大队; new-user test 54, D17): catalog leadingPlace.
  if (!place || !name.startsWith(place)) return undefined;
  const rest = name.slice(place.length);
  return rest.length >= 2 && !/^[区县]|^市(?![场容政民])/u.test(rest) ? `${place.slice(-1)}${rest}` : undefined;
}

/**
 * The county, district or city of the roll-up's own unit: the place its name opens on (catalog leadingPlace), or for a name
 * that opens on its level alone (`县住房和城乡建设局`, `区文明办`) the one place of that level its units' names open on
 * (`青山县燃气有限公司`, `青山县建筑工程质量监督站` → `青山县`; new-user test 56, D11); undefined when they open on two places or none.
 */
function ownPlaceOf(ownName: string, names: readonly string[]): string | undefined {
  const place = leadingPlace(ownName);
  const level = /^[县区市]/u.exec(ownName)?.[0];
  if (place || !level) return place;
  const places = new Set(names.map(leadingPlace).filter((p): p is string => !!p && p.endsWith(level)));
  return places.size === 1 ? [...places][0] : undefined;
}

/**
 * The stations, outlets and branches of a company or a system, each with its measure word: a name ending in one is of that
 * kind (new-user test 62, D3: a 石油分公司's 加油站 were `各部门`).
 */
const OUTLET_KINDS: readonly (readonly [string, string])[] = [
  ["加油站", "个"], ["加气站", "个"], ["充电站", "个"], ["收费站", "个"], ["服务区", "个"], ["营业厅", "个"], ["营业部", "个"], ["营业所", "个"],
  ["网点", "个"], ["分店", "家"], ["门店", "家"], ["支行", "家"], ["分理处", "个"], ["分公司", "家"],
  // A water company's works (`第一水厂`) are no departments either (new-user test 65, D2: `2个部门和1个营业所`).
  ["水厂", "个"],
];

/** The kinds that name a part of an institution (a school's, a company's): counted by them inside it, never as its `部门`. */
const PART_KINDS: readonly string[] = ["年级组", "教研组", "科室", "车间", "班组", "分局", "支部", ...OUTLET_KINDS.map(([k]) => k)];

/**
 * Whether a unit's kind (unitKind) is an office inside an institution (`科室`, `部门`, `年级组`, `教研组`, `车间`, `班组`): the
 * institution's `各科室` are its own offices, in no place of their own, and need no `上述` pointing back to the opening (review
 * run 34, reviewer AX, 材料7 item 2). Branches and outlets (`分局`, `营业厅`, `支行`) are not: they are places.
 */
export function isInstitutionPart(kind: string): boolean {
  return ["年级组", "教研组", "车间", "班组", ...Object.values(INSTITUTION_PART)].includes(kind);
}

/**
 * What units of no kind of their own are when every one's name ends in 站 or 所 (`县农技站`, `县畜牧兽医站`, `城关站`):
 * `站所`, counted in 个 (new-user test 62, D3: never 部门 for parts that are no departments).
 */
const STATION_OR_OFFICE = "站所";

/**
 * A school's own sites by their own word, with their measure word: a 中心小学's 村小 (`石门村小学`) and 教学点 (`龙潭教学点`),
 * its 分校 and 校区 — never `1所学校和1家单位` nor `各单位` for them (new-user test 66, D3, docs/new-user-test-pane-66.md).
 */
const SCHOOL_SITES: readonly { readonly re: RegExp; readonly kind: string; readonly measure: string }[] = [
  { re: /村小学?$/u, kind: "村小", measure: "所" },
  { re: /教学点$/u, kind: "教学点", measure: "个" },
  { re: /分校$/u, kind: "分校", measure: "所" },
  { re: /校区$/u, kind: "校区", measure: "个" },
];

/** What a school's sites of several kinds are together (`各校点`), beyond two kinds said by their words (new-user test 66, D3). */
const SCHOOL_SITES_WORD = "校点";

/** What the parts of an institution are when they share no kind (`各基层单位`, never `各部门` or `各单位`; new-user test 62, D3). */
const MIXED_PARTS = "基层单位";

/** Kinds a name reveals, with the measure word they are counted in (`4个社区`, `3所学校`). */
const kinds: readonly { readonly re: RegExp; readonly kind: string; readonly measure: string }[] = [
  { re: /(?:社区|居委会|居民委员会)$/u, kind: "社区", measure: "个" },
  { re: /(?:村|村委会|村民委员会)$/u, kind: "村", measure: "个" },
  { re: /(?:街道|街道办事处)$/u, kind: "街道", measure: "个" },
  { re: /[镇乡](?:人民政府)?$/u, kind: "乡镇", measure: "个" },
  { re: /(?:学校|小学|中学|学院|幼儿园)$/u, kind: "学校", measure: "所" },
  // The parts of a school, a company, a bureau or a 党委 by their own word (`3个年级组`, `各车间`), never `3家单位`
  // (new-user test 60, D9).
  ...(["年级组", "教研组", "科室", "车间", "班组", "分局", "党支部"] as const).map((kind) => ({ re: new RegExp(`${kind}$`, "u"), kind: kind === "党支部" ? "支部" : kind, measure: "个" })),
  // A company's stations, outlets and branches by their own word (`各加油站`, `3个营业厅`, `2家门店`), never `各部门`: they are
  // no departments (new-user test 62, D3).
  ...OUTLET_KINDS.map(([kind, measure]) => ({ re: new RegExp(`${kind}$`, "u"), kind, measure })),
  { re: /^[\u4e00-\u9fff]{1,6}(?<![社小园景校片街城郊])区(?:委|人民政府|政府|文明办|文明委|精神文明建设委员会(?:办公室)?|创建办|创文办)$/u, kind: "区", measure: "个" },
  { re: /^[\u4e00-\u9fff]{1,6}县(?:委|人民政府|政府|文明办|文明委|精神文明建设委员会(?:办公室)?|创建办|创文办)$/u, kind: "县", measure: "个" },
];

/**
 * The 区 or 县 a district's or county's own body stands for (`江岸区精神文明建设委员会办公室`, `江岸区文明办`, `青山县委` →
 * `江岸区`, `青山县`), undefined for any other name. In a city's roll-up such a unit is its 区 (`江岸区发现问题最多`, `两区注册
 * 志愿者共2万人`), never a ranking of the district offices themselves (new-user test 36, D3, D4).
 */
export function districtOf(name: string): string | undefined {
  const kind = kinds.find((k) => k.re.test(name))?.kind;
  if (kind !== "区" && kind !== "县") return undefined;
  return name.slice(0, name.indexOf(kind) + 1);
}

/** A part of a school (a university's 学院, 系). */
const SCHOOL_PART = /(?:学院|分院|系|研究院)$/u;
/** What every unit of an institution is: a hospital's 科室, another's 部门 (counted in 个, unitGroupText's default). */
const INSTITUTION_PART = { hospital: "科室", org: "部门" } as const;

/**
 * What the combining unit is to its units: an `area` (a 街道, 乡镇 or district body over the units of its 辖区),
 * a `school` over its colleges, or an `org` (a hospital, a company) over its own departments — the last two
 * have no 辖区 and their units are parts, never 学校 or 单位 of an area (new-user test 15, D5).
 */
export type Combiner = UnitTypeTraits["combines"];

/** The body over a level's departments (`滨江区直机关工委`, `市直机关党工委`): its units are members, not a 辖区's. */
const ORGANS = /(?:直机关|直属机关|机关)(?:工委|党工委|工作委员会|党委)$/u;

/** The {@link Combiner} of a roll-up by its 单位类型 and name. */
export function combinerOf(unitType: string, unitName: string): Combiner {
  const combines = unitTypeTraits(unitType).combines;
  // The name tells it where the 单位类型 does not (a 学院 typed 其他, a hospital typed 机关部门).
  if (combines === "school" || /(?:大学|学院|学校)$/u.test(unitName)) return "school";
  // A 机关工委 over the departments of the 区直机关 has no 辖区: they are its members (new-user test 22, D8).
  if (combines === "org" || /(?:医院|公司|集团)$/u.test(unitName) || ORGANS.test(unitName)) return "org";
  return "area";
}

/**
 * The kind of a unit from its name (`单位` when the name says nothing). Inside a school a 学院 or 系 is a part
 * of it; inside a hospital every unit is a 科室, inside another institution a 部门 (`within`; new-user test 15, D5).
 */
export function unitKind(name: string, within: Combiner | "hospital" = "area"): string {
  if (within === "hospital") return INSTITUTION_PART[within];
  // A company's 加油站, 车间 are told by their own word; its other parts are its 部门 (new-user test 62, D3).
  if (within === "org") return kinds.find((k) => k.re.test(name) && PART_KINDS.includes(k.kind))?.kind ?? INSTITUTION_PART[within];
  if (within === "school" && SCHOOL_PART.test(name)) return "学院";
  // A school's 村小 and 教学点 by their own word (new-user test 66, D3).
  const site = within === "school" ? SCHOOL_SITES.find((k) => k.re.test(name)) : undefined;
  if (site) return site.kind;
  return kinds.find((k) => k.re.test(name))?.kind ?? "单位";
}

/**
 * A department of the combining body's own county, district or city in a whole place's roll-up (`青山县交通运输局` in
 * 青山县文明办's: `县直部门`, in a 区's `区直部门`), undefined for any other unit (new-user test 35, D21: never `1家单位`).
 * Read from the names: the combining unit is a {@link WHOLE_PLACE_BODY} named after the place, the unit a 局, 委 or 办 of it.
 */
export function directDepartmentKind(name: string, ownName: string): string | undefined {
  if (!WHOLE_PLACE_BODY.test(ownName) || unitKind(name) !== "单位") return undefined;
  const place = /^(.{2,6}?[区县市])(?![场容政])/u.exec(ownName)?.[1];
  if (!place || !name.startsWith(place) || !samePlace(name, ownName)) return undefined;
  return /(?:局|委员会|委|办公室|办)$/u.test(name) && !/文明办|文明委/u.test(name) ? `${place.slice(-1)}直部门` : undefined;
}

/** The 单位类型 of a government department. */
const DEPARTMENT_TYPE = "机关部门";

/**
 * What a department is called in a roll-up by `ownName`: `区直部门` (`县直部门`, `市直部门`) under the body of a whole place
 * named after it (`城南区文明办`), else `部门`.
 */
function departmentKindOf(ownName: string): string {
  const place = WHOLE_PLACE_BODY.test(ownName) ? /^(.{2,6}?[区县市])(?![场容政])/u.exec(ownName)?.[1] : undefined;
  return place ? `${place.slice(-1)}直部门` : "部门";
}

/** `4个社区`, `10个社区和2个村`, `3个社区和1个单位`: the units counted by kind, in order of first appearance. */
export function unitGroupText(units: readonly KindOf[]): string {
  const counts = new Map<string, number>();
  for (const u of units) counts.set(u.kind, (counts.get(u.kind) ?? 0) + 1);
  const word = (kind: string): string => (kind === "学校" ? schoolWord(units) : kind);
  // The many first, a unit the name says nothing of last (`3个社区和1家单位`, never `1个单位和3个社区`: new-user test 22, D14).
  const order = [...counts].map((e, i) => ({ e, i })).sort((a, b) => Number(a.e[0] === "单位") - Number(b.e[0] === "单位") || b.e[1] - a.e[1] || a.i - b.i).map((x) => x.e);
  // Two districts are `两区` (`两县`), as a city's report says them (new-user test 36, D3).
  const parts = order.map(([kind, n]) => (n === 2 && (kind === "区" || kind === "县") ? `两${kind}` : `${n}${[...kinds, ...SCHOOL_SITES].find((k) => k.kind === kind)?.measure ?? (kind === "单位" ? "家" : "个")}${word(kind)}`));
  return parts.length <= 1 ? parts.join("") : `${parts.slice(0, -1).join("、")}和${parts[parts.length - 1]}`;
}

/**
 * The kinds of a roll-up as one word when they are villages and communities (`村（社区）`: a 乡镇's, whose villages come
 * first; `社区（村）` elsewhere), undefined otherwise (new-user test 25, D20: never `各单位` for a town's 村 and 社区).
 * `combiningType`: the combining unit's 单位类型.
 */
export function villageCommunityWord(units: readonly { readonly kind: string }[], combiningType = ""): string | undefined {
  const set = new Set(units.map((u) => u.kind));
  if (set.size !== 2 || !set.has("村") || !set.has("社区")) return undefined;
  return combiningType === "乡镇" ? "村（社区）" : "社区（村）";
}

/**
 * `各社区` when every unit is of one kind, `各村（社区）` for villages and communities ({@link villageCommunityWord}), else `各单位`;
 * the parts of an institution (`combiner` org) of several kinds are `各基层单位` (new-user test 62, D3); a school's 村小 and
 * 教学点 are `各村小和教学点` (new-user test 66, D3).
 */
export function eachUnitText(units: readonly KindOf[], combiningType = "", combiner: Combiner = "area"): string {
  const set = new Set(units.map((u) => u.kind));
  // A school's sites of two kinds by their words (`各村小和教学点`), of more `各校点` (new-user test 66, D3).
  const siteOrder = [...SCHOOL_SITES.map((k) => k.kind), "学校"];
  if (combiner === "school" && set.size > 1 && [...set].every((k) => siteOrder.includes(k))) {
    const sites = siteOrder.filter((k) => set.has(k)).map((k) => (k === "学校" ? schoolWord(units) : k));
    return sites.length === 2 ? `各${sites[0]}和${sites[1]}` : `各${SCHOOL_SITES_WORD}`;
  }
  const both = villageCommunityWord(units, combiningType);
  return set.size === 1 ? `各${[...set][0] === "学校" ? schoolWord(units) : [...set][0]}` : both ? `各${both}` : combiner === "org" ? `各${MIXED_PARTS}` : "各单位";
}

/** A unit as unitGroupText and eachUnitText count it: its kind (`学校`), and its name when known (`城关镇中心幼儿园`). */
type KindOf = { readonly kind: string; readonly name?: string };

/**
 * The word for the units of kind 学校 among `units`: `幼儿园` when every one is a kindergarten (its name ends in 幼儿园),
 * `学校（园）` when some are, else `学校`. A kindergarten is no school: never `2所学校` for a 幼儿园 and a 小学 (review run
 * 31, reviewer AU, 材料6 item 2; brief jc D2). The kind stays 学校 for what a roll-up of schools is (headings, 全县).
 */
export function schoolWord(units: readonly KindOf[]): string {
  const schools = units.filter((u) => u.kind === "学校");
  const kindergartens = schools.filter((u) => /幼儿园$/u.test(u.name ?? ""));
  return !kindergartens.length ? "学校" : kindergartens.length === schools.length ? "幼儿园" : "学校（园）";
}

/** The whole of a bureau's own system (`全系统`): its hospitals and clinics are no 辖区 (new-user test 25, D7). */
export const SYSTEM_SCOPE = "全系统";
/** Kinds of unit that make up a place: a body over them speaks of its 全区, 全县. */
const AREA_KINDS: readonly string[] = ["社区", "村", "街道", "乡镇"];
/** A body that speaks for a whole place (文明办, 文明委, a government, a 区委), never for one system. */
const WHOLE_PLACE_BODY = /文明办|文明委|精神文明|创建|指挥部|政府$|[区县市]委$/u;

/**
 * True for a bureau's roll-up of its own system (`东城区卫生健康委员会` over its hospitals and clinics): 单位类型 机关部门,
 * a body over an area by {@link combinerOf} that is no 文明办 or government, and units that are neither all of a place's
 * kinds (社区, 村, 街道, 乡镇) nor all schools (a 县教育局 `统筹全县各学校`, new-user test 23, D6). Its text says `全系统`,
 * `统筹系统内各单位`, never 全区 or 辖区 (new-user test 25, D7).
 */
export function isSystemRollup(unitType: string, unitName: string, members: readonly { readonly kind: string }[]): boolean {
  return unitType === "机关部门" && combinerOf(unitType, unitName) === "area" && members.length > 0 && !WHOLE_PLACE_BODY.test(unitName)
    && !members.every((m) => AREA_KINDS.includes(m.kind)) && !members.every((m) => m.kind === "学校");
}

/**
 * Kinds of unit a district or county has several of, its 街道 and 乡镇: the files given are not known to be all of them, so
 * a 文明办's roll-up of 3 streets names them (`东城街道、西城街道和南城街道共`), never `全区共组建志愿服务队伍3支` (new-user test 32, D10).
 */
const TOWNSHIP_KINDS: readonly string[] = ["街道", "乡镇"];

/**
 * True when every unit is a 街道 or 乡镇 (the name says so): a district body's roll-up of them still speaks of its 辖区
 * (`统筹辖区各街道`) and its 环境面貌, though it counts only the units given (new-user test 32, D10).
 */
export function isTownships(units: readonly { readonly kind: string }[]): boolean {
  return units.length > 0 && units.every((u) => TOWNSHIP_KINDS.includes(u.kind));
}
/** Kinds of unit that are no part of a place's map: a body's departments (`单位`: the name says nothing) and schools. */
const MEMBER_KINDS: readonly string[] = ["单位", "学校", "县直部门", "区直部门", "市直部门", "区", "县", STATION_OR_OFFICE, ...OUTLET_KINDS.map(([k]) => k)];

/**
 * True when the roll-up's total is only that of the units in it, never of a place: a 文明办, a 区委 or a bureau (any
 * 单位类型 but 街道 and 乡镇, over an area by {@link combinerOf}, no {@link isSystemRollup}) over units that are all
 * departments or schools (`区民政局`, `城南实验小学`), or all 街道 and 乡镇. Three bureaus or two schools are not 全区: the text names them
 * (`区城管局、区教育局和区人社局共`, then `各单位`; new-user test 30, D9); nor are 3 streets, which the tool cannot know to be all of the
 * district's (new-user test 32, D10); 社区 and 村 rolled up over a place make it up (`全区`; new-user test 26, D8).
 */
export function isMembersRollup(unitType: string, unitName: string, members: readonly { readonly kind: string }[]): boolean {
  return unitType !== "街道" && unitType !== "乡镇" && combinerOf(unitType, unitName) === "area" && members.length > 0
    && !isSystemRollup(unitType, unitName, members) && (members.every((m) => MEMBER_KINDS.includes(m.kind)) || isTownships(members));
}

/**
 * How the combining unit names its whole (`members`: the units combined, for {@link isSystemRollup}'s `全系统`): `全街道`, `全镇`, `全乡`, `全区`, else `辖区`; a school `全校`, a hospital
 * `全院`, a company `全公司`, another institution `全单位` (they have no 辖区).
 */
export function scopeText(unitType: string, unitName: string, members: readonly { readonly kind: string }[] = []): string {
  if (unitType === "街道") return "全街道";
  if (isSystemRollup(unitType, unitName, members)) return SYSTEM_SCOPE;
  const combiner = combinerOf(unitType, unitName);
  if (combiner === "school") return "全校";
  if (combiner === "org" && ORGANS.test(unitName)) return `${/([区市县])直/u.exec(unitName)?.[1] ?? /^.{2,6}?([区市县])/u.exec(unitName)?.[1] ?? ""}直机关`;
  if (combiner === "org") return /医院$/u.test(unitName) ? "全院" : /(?:公司|集团)$/u.test(unitName) ? "全公司" : "全单位";
  if (unitType === "乡镇") return /乡(?:人民政府)?$/u.test(unitName) ? "全乡" : "全镇";
  // `东湖区文明办`, `江城县人民政府`, or the county itself (`江城县`: new-user test 18, D9).
  // A bureau (`县教育局`, `东湖区卫生健康委员会`) speaks of its 全县 too: it has no 辖区 (new-user test 23, D6).
  const m = /([区县市])(?:委|政府|人民政府|文明办|精神文明建设|创建)/u.exec(unitName) ?? /^(?:.{0,6}?)([区县市])(?![场容政民])[一-鿿]{1,8}(?:局|委员会)$/u.exec(unitName) ?? WHOLE_COUNTY.exec(unitName);
  return m ? `全${m[1]}` : "辖区";
}

const str = (c: ParsedCell | undefined): string => (typeof c?.value === "string" ? c.value.trim() : "");

/** A parsed workbook holding only `rows` of each ledger (same profile and period). */
function withRows(wb: ParsedWorkbook, rows: ReadonlyMap<string, ParsedRow[]>, profile: ParsedWorkbook["profile"]): ParsedWorkbook {
  const ledgers: Record<string, ParsedLedger> = {};
  for (const [id, ledger] of Object.entries(wb.ledgers)) ledgers[id] = { spec: ledger.spec, found: ledger.found, rows: rows.get(id) ?? [] };
  return { profile, ledgers, ...(wb.period ? { period: wb.period } : {}) };
}

/**
 * The units in the order they were rolled up, as far as the ledgers tell it: each ledger lists
 * them in that order (a unit without rows there is skipped), so a unit comes after every unit
 * before it in any ledger. Key: the largest position a unit has in a ledger; ties: first seen.
 */
function inputOrder(wb: ParsedWorkbook, names: readonly string[]): string[] {
  const key = new Map(names.map((n) => [n, 0]));
  const byIdentity = new Map(names.map((n) => [unitIdentity(n), n]));
  for (const ledger of Object.values(wb.ledgers)) {
    const seen: string[] = [];
    for (const row of ledger.rows) {
      const unit = byIdentity.get(unitIdentity(str(row.cells[reportingUnitColumn.id]))) ?? "";
      if (key.has(unit) && !seen.includes(unit)) {
        key.set(unit, Math.max(key.get(unit) ?? 0, seen.length));
        seen.push(unit);
      }
    }
  }
  return names.map((n, i) => ({ n, i })).sort((a, b) => (key.get(a.n) ?? 0) - (key.get(b.n) ?? 0) || a.i - b.i).map((x) => x.n);
}

/**
 * The unit's 组织保障 items whose row the roll-up marked as carried from the period before (catalog CARRIED_ROW_MARK in
 * 备注) get `carried`, as a unit's own summary marks them (actions withCarriedStanding; new-user test 25, D31).
 */
function withCarriedRows(facts: Facts, rows: ReadonlyMap<string, ParsedRow[]>): Facts {
  const rowOf = (source: string): string => /!\$?[A-Z]+\$?(\d+)$/u.exec(source)?.[1] ?? "";
  const marked = new Set((rows.get("organization") ?? []).filter((r) => str(r.cells.remark).startsWith(CARRIED_ROW_MARK)).map((r) => rowOf(r.cells.kind?.source ?? "")));
  if (!marked.size) return facts;
  return { ...facts, organization: facts.organization.map((i) => (marked.has(rowOf(i.source)) ? { ...i, carried: true } : i)) };
}

/** The combined workbook's rows split: the combining unit's own, and each unit's (in order of first appearance). */
export interface SplitWorkbook {
  readonly own: ParsedWorkbook;
  readonly units: readonly UnitFacts[];
}

/**
 * Splits a rolled-up parsed workbook (read with the 填报单位 extension) by 填报单位 and builds each
 * unit's facts. `unitTypes`: units' 单位类型 by 填报单位 (the 汇总 sheet's), read where the name says nothing of the kind. `flagged`: the analysis' flagged cells (pipeline FlaggedCells), read as in a unit's own summary. `shortNames`: units' 单位简称 by 填报单位 (the 汇总 sheet's), each unit's `short` when given. A unit's profile keeps the roll-up's year and period but not its 常住人口, 户数,
 * 上级指导单位 or 文字材料-like texts of the combining unit.
 */
export function splitByUnit(wb: ParsedWorkbook, catalog: Catalog, shortNames: Readonly<Record<string, string>> = {}, flagged?: FlaggedCells, unitTypes: Readonly<Record<string, string>> = {}): SplitWorkbook {
  const ownName = str(wb.profile.unitName);
  const own = new Map<string, ParsedRow[]>();
  const byUnit = new Map<string, { name: string; rows: Map<string, ParsedRow[]>; source: string }>();
  for (const [id, ledger] of Object.entries(wb.ledgers)) {
    for (const row of ledger.rows) {
      const cell = row.cells[reportingUnitColumn.id];
      const unit = str(cell);
      let target = own;
      if (unit && unit !== ownName) {
        // Rows of one unit filed under two forms of its name (`向阳社区居委会`, `向阳社区`) are one unit's, under the
        // form seen first: never two units with one display name (new-user test 25, D29).
        const key = unitIdentity(unit);
        let entry = byUnit.get(key);
        if (!entry) byUnit.set(key, (entry = { name: unit, rows: new Map(), source: cell.source }));
        target = entry.rows;
      }
      const list = target.get(id);
      if (list) list.push(row);
      else target.set(id, [row]);
    }
  }
  const { unitName: _n, population: _p, households: _h, guide: _g, ...shared } = wb.profile;
  const combiner = combinerOf(str(wb.profile.unitType), ownName);
  // A hospital's parts are its 科室 (门诊部 too), another institution's its 部门.
  const within = combiner === "org" && /医院$/u.test(ownName) ? "hospital" : combiner;
  const names = new Map([...byUnit.values()].map((e) => [e.name, e]));
  const shortOf = (name: string): string | undefined => shortNames[name]?.trim() || Object.entries(shortNames).find(([n]) => unitIdentity(n) === unitIdentity(name))?.[1].trim();
  const allShort = [...names.keys()].every((n) => !!shortOf(n));
  const ownPlace = ownPlaceOf(ownName, [...names.keys()]);
  const units = inputOrder(wb, [...names.keys()]).map((name): UnitFacts & { typed?: string } => {
    const { rows, source } = names.get(name) as { rows: Map<string, ParsedRow[]>; source: string };
    const profile = { ...shared, unitName: { value: name, source } };
    // A part named after the whole (`江城大学医学院` in 江城大学's summary) is named without it (`医学院`).
    // A village of the town whose summary it is (`白沙镇桃源村` in 白沙镇人民政府's) is `桃源村`.
    const whole = withoutGoverningBody(ownName);
    // The 单位简称 the unit gave itself names it (`区城管局`, never `区城市管理和综合执法局`: new-user test 30, D10).
    // One convention in a report: a 简称 that drops its name's place (`执法大队` of 县城市管理综合执法大队) beside units named
    // in full (`县环卫所`) gives way to the name as typed; kept when every unit gave one (new-user test 54, D17).
    // A 简称 that drops only the county's name as the text does (`县燃气公司` of 青山县燃气有限公司 beside `县建筑工程质量监督站`)
    // is of that one convention; a unit without one gives way to its name with the county's dropped, never its full name
    // beside units named without it (`青山县燃气有限公司` beside `县建筑工程质量监督站`: new-user test 56, D11).
    // A 简称 that drops the combining unit's own name as units without one are cut (`白水营业厅` of 中国电信南岭分公司白水营业厅
    // beside `城关营业厅` of 中国电信南岭分公司城关营业厅 in 中国电信南岭分公司's roll-up) is of that convention too: never the full
    // name (new-user test 63, D1).
    const typedShort = shortOf(name);
    const local = samePlace(name, ownName, ownPlace);
    const cut = ownName && name.startsWith(ownName) && name.length - ownName.length >= 2 ? name.slice(ownName.length) : undefined;
    const given = typedShort && (allShort || typedShort[0] === name[0] || typedShort[0] === local?.[0] || typedShort[0] === cut?.[0]) ? typedShort : undefined;
    // A district's body is its 区 in a city's roll-up (`江岸区`, never `江岸区文明办发现问题最多`: new-user test 36, D4).
    const district = within === "area" ? districtOf(name) ?? (given ? districtOf(given) : undefined) : undefined;
    const short = district && !ownName.startsWith(district) ? district : given ? given : typedShort ? local ?? name : cut ? cut
      : whole.length >= 2 && /[镇乡街道]$/u.test(whole) && name.startsWith(whole) && shortUnitName(name).length - whole.length >= 2 ? shortUnitName(name).slice(whole.length)
        : local ?? shortUnitName(name);
    // The 单位类型 a unit gave counts it where its name says nothing (`国家税务总局城南区税务局`, 机关部门, is a 区直部门 as 城南区民政局
    // is, never `1家单位`: new-user test 41, D18), when other units are counted by kind (below).
    const type = unitTypes[name] ?? Object.entries(unitTypes).find(([n]) => unitIdentity(n) === unitIdentity(name))?.[1];
    const typed = within === "area" && type === DEPARTMENT_TYPE && unitKind(name) === "单位" ? departmentKindOf(ownName) : undefined;
    return { name, short, kind: (within === "area" ? directDepartmentKind(name, ownName) : undefined) ?? unitKind(name, within), ...(typed ? { typed } : {}), ...(type ? { unitType: type } : {}), facts: withCarriedRows(buildFacts(withRows(wb, rows, profile), catalog, flagged?.unreadable, flagged?.contradicted, flagged?.impossible), rows), source };
  });
  // Only beside units of other kinds: bureaus alone stay `各单位` (new-user test 30, D9).
  const byType = units.some((u) => u.kind !== "单位");
  // Units of no kind of their own, every one a 站 or 所 (`县农技站`, `县畜牧兽医站`), are `站所` (new-user test 62, D3).
  const stations = units.length > 0 && units.every((u) => (u.kind === "单位" || u.kind === INSTITUTION_PART.org) && /[站所]$/u.test(u.name));
  return { own: withRows(wb, own, wb.profile), units: units.map(({ typed, ...u }) => (stations ? { ...u, kind: STATION_OR_OFFICE } : byType && typed ? { ...u, kind: typed } : u)) };
}
