/**
 * The sentence planner of 其他指标 rows (narrative spec v2 rules 1, 2, 3, 6, 10, 11, 12): each row
 * gets its predicate from its own data — a name that opens with an action keeps it
 * (`清理小广告60余处`), a thing takes the frame verb that fits it (`配备保洁员12人`, `建有志愿服务站3个`),
 * anything else is the topic (`受益群众达2000余人次`). Rows sharing a verb are listed after it once,
 * at most four items an enumeration (the rest `等`, all of them in the appendix); a frequency in
 * 频次/备注 becomes `坚持每月……，累计……`, places `在……`, a clause of purpose or result follows the
 * figure. Rows with the same name and measure word are summed first (never two `保洁员` items).
 * @module
 */
import { actionOf, actionVerbs, AUDIENCE_COUNT_NAME, MANNER, NAMES_A_SHARE, backgroundWords, isInvestedIn, closingActionOf, frameVerbs, measureWordRules, peopleMeasureWords, peopleWords, printedMeasureWord, problemActions, spokenThing, thingKindOf } from "../catalog";
import { combineApprox, isPlace, OCCASIONS_COUNT, overAtItsScale, sumOfFigures, type Figure, type FigureRow } from "../facts";
import { joinList, meetingForPurpose, numberText } from "./phrase";
import { SentenceBuilder, type Sentence } from "./sentence";
import { pick, wording } from "./wording";

/** One item to say: predicate, object, figure and what the row's remark adds. */
export interface Item {
  /** Verb written before the object (`清理`, `配备`), "" when the name is said as is. */
  readonly verb: string;
  /** The object after the verb (`小广告`), or the whole name. */
  readonly object: string;
  readonly figure: Figure;
  /** Topic items are said as `{object}达{figure}` (no verb fits). */
  readonly topic: boolean;
  /** The frequency with the cell it was read from (a source of the clause that tells it). */
  readonly frequency?: { readonly every: string; readonly count: string; readonly source?: string; readonly total?: boolean };
  readonly places: readonly string[];
  readonly clause?: string;
  /** Items the row covers, said after the figure as `包括……等`. */
  readonly list?: string;
  /** Words said before the item: its stage (`全年计划`, `截至目前，`). */
  readonly stage?: string;
  /** Said before the figure (`不少于`). */
  readonly bound?: string;
  /** Said after the figure (`督促6家商户整改店招店牌`: `商户整改店招店牌`). */
  readonly after?: string;
  /** Measures of the same work said after its figure (`硬化道路40余处、面积约800平方米`). */
  readonly measures?: readonly Item[];
  /**
   * The same work counted in another measure word by a row of the same name (`清运垃圾` 约30吨 and 12车): said after its
   * figure in brackets, the name once (`清运垃圾约30吨（12车）`, never `清运垃圾约30吨、垃圾12车`: new-user test 35, D13).
   */
  readonly alsoAs?: readonly Item[];
  /** A part of the figure its 备注 names (`办公区+活动中心`): `，其中办公区240平方米`. */
  readonly part?: Item;
  /** 备注 as typed (to find the parts it names). */
  readonly note?: string;
  /** Said with `达` as the topic (people, households, rates); other topics take no link. */
  readonly reach?: boolean;
  /** The figure is how long the thing lasted (`集中攻坚` 180天): `开展为期180天的集中攻坚`. */
  readonly span?: boolean;
  /**
   * The one thing set up that its schedule tells (`开设《文明澄江》专栏` 1个, 备注 `每周二、周五播出`): said without its count,
   * `开设《文明澄江》专栏，每周二、周五播出` (new-user test 65, D3).
   */
  readonly single?: boolean;
  /** The work this item's figure measures (`食堂光盘行动`: FigureRow `work`), said before it (new-user test 58, D4). */
  readonly within?: string;
}

/** Parts of a place where something is found (`屋顶`, `电线杆`, `树枝`, `墙面`). */
const SPOT = /^[\u4e00-\u9fff]{1,5}(?:顶|杆|枝|墙|墙面|檐|角|沟|井|梯|栏|窗|台|面|柱)$/u;

/** Measure words of a length of time. */
const SPAN_UNITS = /^(?:天|日|周|个月|月|年)$/u;

/** Measure words of a time something was kept open or in use (`免费开放场馆` 31天): never the count of a thing. */
const DURATION_UNITS = /^(?:天|日|小时|个月|周)$/u;
/** Kinds of thing (catalog thingKindOf) a unit has or sets up: counted in days or hours, they are kept open, never 建有-ed. */
const HELD_THINGS: ReadonlySet<string> = new Set(["facility", "equipment", "spot", "post", "works", "offering"]);

/**
 * A thing kept open or in use for a time, said thing first (`免费开放场馆` 31天 → `场馆免费开放`, `开放图书室` → `图书室开放`), so
 * the figure reads as its length, never `建有免费开放场馆31天` (new-user test 61, D1). `verb`: the name's action (catalog
 * actionOf), after nothing or a manner word (`免费`); undefined when the object is no thing (`值守路口`) or the name is longer.
 */
export function heldFor(name: string, verb: string): string | undefined {
  const at = name.indexOf(verb);
  if (at < 0) return undefined;
  const lead = name.slice(0, at + verb.length);
  const thing = name.slice(at + verb.length);
  if (at > 0 && !MANNER.test(lead)) return undefined;
  return thing.length >= 2 && thing.length <= 6 && HELD_THINGS.has(thingKindOf(thing)) ? `${thing}${lead}` : undefined;
}

/** At most this many items in one enumeration (v2 rule 10). */
export const MAX_ITEMS = 4;

/**
 * Rows with the same name and measure word summed (their remarks merged); first-seen order. A sum with a 余 part is said at
 * that part's scale (`百余张` + `30张` → `100余张`, overAtItsScale; run 30, reviewer AT, 材料1 item 6).
 */
export function mergeRows(rows: readonly FigureRow[]): FigureRow[] {
  const out = new Map<string, FigureRow>();
  const parts = new Map<string, Figure[]>();
  for (const r of rows) {
    const key = `${r.work ?? ""}|${r.name}|${r.figure.unit}|${r.figure.kind}`;
    const prev = out.get(key);
    if (!prev || r.figure.kind === "rate") {
      out.set(prev ? `${key}|${out.size}` : key, r);
      continue;
    }
    const approx = combineApprox([prev.figure.approx, r.figure.approx]);
    parts.set(key, [...(parts.get(key) ?? [prev.figure]), r.figure]);
    out.set(key, {
      ...prev,
      figure: { ...prev.figure, value: Math.round((prev.figure.value + r.figure.value) * 1e6) / 1e6, sources: [...prev.figure.sources, ...r.figure.sources], approx },
      ...(prev.reading ?? r.reading ? { reading: prev.reading ?? r.reading } : {}),
    });
  }
  // A "more than" sum of counts: its 余 part's scale (`百余` + 30 is `100余`, never `130余`); other sums as added above.
  for (const [key, fs] of parts) {
    const row = out.get(key) as FigureRow;
    if (row.figure.approx !== "over" || row.figure.kind !== "count" || fs.some((f) => f.approx && f.approx !== "over")) continue;
    const total = overAtItsScale(sumOfFigures(fs, row.figure.unit, "count"));
    if (total) out.set(key, { ...row, figure: { ...row.figure, value: total.value, ...(total.rounded ? { rounded: true as const, exact: total.exact } : {}), ...(total.roughPart !== undefined ? { roughPart: total.roughPart } : {}) } });
  }
  return [...out.values()];
}

/** The measure word to print: 万-units as typed (`7万人`), others through the catalog table (v2 rule 11). */
function unitFor(row: FigureRow): string {
  const u = row.figure.unit;
  // A bare 万 is a magnitude: the thing's measure word follows it (`出动警力约3万人`, as the check announces; new-user
  // test 22, D2), never `约3万` alone.
  if (u === "万" && row.figure.kind !== "money") {
    const word = printedMeasureWord(row.name, u);
    return word && word !== u ? `万${word}` : u;
  }
  if (row.figure.kind === "rate" || row.figure.kind === "money" || u.startsWith("万")) return u;
  // A name that ends in its own measure (`认定志愿服务学分` 3600 学分) takes the short one: `认定志愿服务学分3600分`,
  // never `3600学分` after `学分` (new-user test 38, D10).
  if (/^[学积]分$/u.test(u) && row.name.endsWith(u)) return "分";
  return printedMeasureWord(row.name, u);
}

/** The item of one 其他指标 row (v2 rule 1: the predicate comes from the data). */
export function itemOf(given: FigureRow): Item {
  const it = plainItemOf(given);
  // Who it was for (备注): `为分包社区配备垃圾桶4个`, `向红莲村、黄沟社区投入创文帮扶资金20万元`.
  if (given.work) return { ...it, within: given.work };
  const to = given.reading?.recipient;
  if (!to || !it.verb || it.verb === "为" || it.topic || it.span) return it;
  return { ...it, verb: `${/^(?:投入|发放|捐赠|拨付)/u.test(it.verb) ? "向" : "为"}${to}${it.verb}` };
}

/**
 * Spoken verbs with 了 that staff type in a name (`装了充电桩`), as the written verb (`安装`); `搞了`/`弄了` say no verb of
 * their own (the frame verb of the thing is said). New-user test 40, D22: never `配备装了充电桩24个`.
 */
const SPOKEN_DONE: Readonly<Record<string, string>> = { 装: "安装", 安: "安装", 建: "建成", 换: "更换", 修: "维修", 种: "种植", 栽: "栽植", 拆: "拆除", 挂: "悬挂", 贴: "张贴", 发: "发放", 办: "举办", 开: "召开", 清: "清理", 搞: "", 弄: "", 买: "", 添: "" };

/** Measure words that a name may end with (`抽检食品批次` 批次): said once, after the figure (new-user test 40, D6). */
const ECHOED_UNITS = /^(?:批次|人次|场次|户次|车次|台次|架次|班次|课时|学时)$/u;

/** Verbs that end a name and are the work itself (`护学岗上岗`, `路口值守`): said without 开展 (new-user test 40, D7). */
const OWN_VERB_END = /(?:上岗|值守|值勤|执勤|站岗|值班|巡逻|出勤|出诊|坐诊|接待|走访|上门)$/u;
/** A body named doing its work (`红白理事会办理喜事`, `志愿服务队开展巡河`): the body and its verb (1), the object (2). */
const BODY_AT_WORK = /^([\u4e00-\u9fff“”]{1,10}?(?:理事会|议事会|委员会|协会|服务队|志愿队|宣讲团)(?:办理|操办|承办|协办|开展|组织|举办|调解|协商|服务))([\u4e00-\u9fff]{1,10})$/u;

/** Work done to households (`改厕`, `危房改造`) is completed, never `覆盖`-ed (new-user test 40, D13). */
const HOUSEHOLD_TASK = /(?:改厕|改造|改建|改水|改电|改灶|安装|维修|修缮|搬迁|拆除|清理|整治|入户|建档|签约)$/u;

/**
 * The name said before its figure when it ends in the figure's own measure word (`抽检食品批次`, 批次 → `抽检食品`, so that
 * the text reads `抽检食品1.2万批次`); any other name unchanged. `unit` is the printed measure word (new-user test 40, D6).
 */
export function withoutEchoedUnit(name: string, unit: string): string {
  return ECHOED_UNITS.test(unit) && name.endsWith(unit) && name.length - unit.length >= 2 ? name.slice(0, -unit.length) : name;
}

/** The measure words of an area (the catalog's `area` rule: 平方米, 亩, 公顷 …). */
const AREA_WORDS: ReadonlySet<string> = new Set(measureWordRules.find((r) => r.id === "area")?.words ?? []);

/**
 * The name said before its figure when it is a work on a thing and then 面积 in an area's measure word (`拆除违法建筑面积`
 * 3200平方米 → `拆除违法建筑`, so that the text reads `拆除违法建筑3200平方米`, never `拆除……面积`): the verb (catalog actionOf)
 * opens it and a thing of at least two characters, no work itself (`新增绿化面积` stays), comes before 面积. Any other name
 * unchanged. `unit`: the printed measure word. Review run 34, reviewer AX, 材料5 item 3.
 */
export function withoutAreaWord(name: string, unit: string): string {
  const m = /^(.+)面积$/u.exec(name);
  const verb = m ? actionOf(m[1]) : undefined;
  if (!m || !AREA_WORDS.has(unit) || verb === undefined || !m[1].startsWith(verb)) return name;
  const thing = m[1].slice(verb.length);
  return [...thing].length >= 2 && actionOf(thing) === undefined ? m[1] : name;
}

/** Feedback received (`好评`, `群众表扬信`, `锦旗`): counted, it is 收到-ed. */
const FEEDBACK_NOUN = /^[\u4e00-\u9fff]{0,6}?(?:好评|表扬信|感谢信|表扬|锦旗|点赞)$/u;
/** Activities named as nouns (`心理健康辅导`, `法律咨询`): counted in 人次/户次, they are 开展-ed. */
const ACTIVITY_NOUN = /^[\u4e00-\u9fff“”]{2,12}?(?:辅导|咨询|培训|讲座|宣讲|义诊|体检|筛查|家访|心理疏导|健康指导)$/u;
/** The entrants of an appraisal (`文明班级评比参评班级`): what entered, and the appraisal's title. */
const ENTRANTS = /^([\u4e00-\u9fff“”]{2,10}?)(?:评比|评选|创建|申报)?参评([\u4e00-\u9fff]{1,4})$/u;

/**
 * A verb-less name that is a place and then an action (`车厢播放文明乘车语音`, `站台循环播放安全提示`): `在` before it,
 * never `开展车厢播放……` (new-user test 56, D9). The place is at most six characters (catalog isPlace), the action one of
 * the catalog's actionVerbs with an object after it. Undefined for any other name.
 */
export function placedAction(name: string): string | undefined {
  if (actionOf(name) !== undefined || /^[在于从到去赴]/u.test(name)) return undefined;
  for (let i = 2; i <= Math.min(6, name.length - 3); i++) {
    const rest = name.slice(i);
    if (actionVerbs.some((v) => rest.startsWith(v) && rest.length > v.length + 1) && isPlace(name.slice(0, i))) return `在${name}`;
  }
  return undefined;
}

/**
 * A good deed counted in cases (`驾驶员拾金不昧` 20余起, `见义勇为` 3起): the deeds came forward — `涌现驾驶员拾金不昧事迹
 * 20余起`, never the bare `驾驶员拾金不昧20余起` nor a deed the row does not name (new-user test 56, D17).
 */
const GOOD_DEED = /^([\u4e00-\u9fff]{0,8}?)(拾金不昧|见义勇为|助人为乐|乐于助人|舍己救人|拾物归还|好人好事)(?:事迹)?$/u;

/**
 * The verb and object of a 其他指标 name that has no verb (catalog actionOf found none), from the kind of its noun
 * (new-user test 52, D16): `好评` → 收到好评, `心理健康辅导` in 人次 → 开展心理健康辅导, `文明班级评比参评班级` → 参评文明班级; a good deed → 涌现……事迹, a place then an action → 在…… (new-user test 56).
 * `unit`: the printed measure word. Undefined when the noun says no sure verb.
 */
export function impliedVerbItem(name: string, unit: string): { verb: string; object: string } | undefined {
  if (actionOf(name) !== undefined) return undefined;
  if (FEEDBACK_NOUN.test(name) && /^(?:条|封|面|个|次|份|人次)$/u.test(unit)) return { verb: "收到", object: name };
  const deed = GOOD_DEED.exec(name);
  if (deed && /^(?:起|件|次|个)$/u.test(unit)) return { verb: "涌现", object: deed[2] === "好人好事" ? `${deed[1]}${deed[2]}` : `${deed[1]}${deed[2]}事迹` };
  const placed = placedAction(name);
  if (placed) return { verb: "", object: placed };
  if (ACTIVITY_NOUN.test(name) && /^(?:人次|户次)$/u.test(unit)) return { verb: "开展", object: name };
  const entrants = ENTRANTS.exec(name);
  if (entrants && entrants[1].endsWith(entrants[2])) return { verb: "参评", object: entrants[1] };
  return undefined;
}

function plainItemOf(given: FigureRow): Item {
  const spoken = /^([\u4e00-\u9fff])了([\u4e00-\u9fff]{2,})$/u.exec(given.name);
  if (spoken) {
    const written = SPOKEN_DONE[spoken[1]];
    const item = plainItemOf({ ...given, name: `${written ?? spoken[1]}${spoken[2]}` });
    // An unknown spoken verb keeps its own word, with no frame verb before it.
    return written === undefined ? { ...item, verb: "", object: `${spoken[1]}${spoken[2]}`, topic: false } : item;
  }
  const unit = unitFor(given);
  // `疫情值守天数` 23天 is `疫情值守23天`, `服务次数` 160次 `服务160次`: the 数 word only names the column (v2 rule 5).
  const counted = /^(.{2,})(天|次|人|户|场|期)数$/u.exec(given.name);
  const name = counted && unit.startsWith(counted[2]) ? counted[1] : withoutAreaWord(withoutEchoedUnit(given.name, unit), unit);
  const row: FigureRow = { ...given, name: spokenThing(name, unit) };
  const figure: Figure = { ...row.figure, unit };
  const r = row.reading;
  const extra = {
    ...(row.remark ? { note: row.remark } : {}),
    places: r?.places ?? [], ...(r?.frequency ? { frequency: r.frequency } : {}), ...(r?.clause || r?.schedule ? { clause: [r.schedule, r.clause].filter(Boolean).join("，") } : {}), ...(r?.list ? { list: r.list } : {}), ...(r?.stage ? { stage: r.stage } : {}), ...(r?.bound ? { bound: r.bound } : {}),
  };
  // A share typed as the work it measures (`推行“非接触式”办税业务` 85%: check figure.percent-unnamed) is that work's share,
  // `“非接触式”办税业务占比为85%`, never `推行……业务为85%` (new-user test 46, D10). A name with no verb of scope stays as it is.
  const share = figure.kind === "rate" && !NAMES_A_SHARE.test(row.name) ? /^(?:推行|推广|实行|实现|采用|使用|开展|办理)(.{2,})$/u.exec(row.name) : null;
  if (share) return { verb: "", object: `${share[1]}占比`, figure, topic: true, reach: true, ...extra };
  // How long a campaign lasted (`集中攻坚` 180天, `“登高”攻坚阶段` 200天) — not a count of days of some work (`值守天数`, `连续值勤`).
  if (SPAN_UNITS.test(unit) && figure.kind === "count" && /(?:攻坚|行动|阶段|活动|专项|会战|整治|竞赛)$/u.test(row.name) && !/天数|时长|每|连续|累计/u.test(row.name)) {
    return { verb: "", object: row.name, figure, topic: false, span: true, ...extra };
  }
  // `督促店招店牌整改` 6家: the shops are counted, then what they put right (`督促6家商户整改店招店牌`).
  const urged = /^督促(.{2,10}?)(整改|规范|清理|拆除)$/u.exec(row.name);
  if (urged && /^(?:家|户)$/u.test(unit) && figure.kind === "count") {
    return { verb: "督促", object: "", figure, topic: false, ...extra, after: `${unit === "户" ? "" : "商户"}${urged[2]}${urged[1]}` };
  }
  // `商户签订文明经营承诺书` 260家: who did it, counted, then what they did (`260家商户签订文明经营承诺书`).
  const doers = /^(商户|店铺|门店|企业|居民|村民|群众|党员|学生|师生|职工|家庭)(签订|参加|参与|加入|报名|认领|作出|做出|签署|递交)(.{2,16})$/u.exec(row.name);
  if (doers && /^(?:家|户|人|名|个)$/u.test(unit) && figure.kind === "count") {
    // People counted before who they are take 名 (`近1800名学生参与……`, never `近1800人学生`: new-user test 30, D5).
    const counted = unit === "人" ? { ...figure, unit: "名" } : figure;
    return { verb: "", object: "", figure: counted, topic: false, ...extra, after: `${doers[1]}${doers[2]}${doers[3]}` };
  }
  // `每周派驻支部` 2个: the count before what is counted, as people say it (`每周派驻2个支部`, review run 19).
  const each = /^(每[日天周月]|每周[一二三四五六日])([\u4e00-\u9fff]{2})([\u4e00-\u9fff]{1,4})$/u.exec(row.name);
  if (each && figure.kind === "count" && /^(?:个|名|人|支|家|户|所|辆|台)$/u.test(unit)) {
    // Where they go (备注 `龙泉社区`) is no place the work is done in: never `在龙泉社区每周派驻`.
    return { verb: `${each[1]}${each[2]}`, object: "", figure, topic: false, ...extra, places: [], after: each[3] };
  }
  // `违章罚款` 200元: a fine is imposed for what was broken (`对违章行为处以罚款200元`).
  // `罚款金额` 12.5万元 names the column, not the act (new-user test 30, D8): it is the fine itself, `处罚款12.5万元`.
  const fine = /^(.{0,6}?)罚款(金额|数额|总额)?$/u.exec(row.name);
  if (fine && (figure.kind === "money" || /元$/u.test(unit))) {
    // A total over kinds (备注 `各类违章合计`): `对各类违章行为共处罚款200元` (review run 19), not one fine of 200元.
    const total = /合计|累计|共计|总计/u.test(row.remark ?? "");
    const kinds = total && /各类/u.test(row.remark ?? "") ? "各类" : "";
    const bare = fine[2] ? "处罚款" : "处以罚款";
    return { verb: "", object: fine[1] ? `对${kinds}${fine[1].replace(/行为$/u, "")}行为${total ? "共处" : "处以"}罚款` : total ? "共处罚款" : bare, figure, topic: false, ...extra };
  }
  // `发放补贴金额`, `捐款金额`, `投入金额` in 元: the 金额 only names the column (v2 rule 5) — `发放补贴2万元`, `捐款3000元`,
  // `投入资金5万元` (new-user test 30, D8).
  const amount = /^(.{2,10}?)金额$/u.exec(row.name);
  if (amount && (figure.kind === "money" || /元$/u.test(unit))) {
    const stem = /^(?:投入|拨付|筹集|募集|落实)$/u.test(amount[1]) ? `${amount[1]}资金` : amount[1];
    const act = actionOf(stem);
    if (stem !== amount[1] || (act !== undefined && stem.startsWith(act) && stem.length > act.length) || /(?:款|金|费|补贴|补助)$/u.test(stem)) {
      return plainItemOf({ ...given, name: stem });
    }
  }
  // Money named by what it is for (`帮扶资金`, `慰问资金`, `奖励经费`: a noun whose word before 资金 alone reads as a verb, never
  // a work and its object, `拦截电信诈骗资金`) was put in:
  // `投入帮扶资金1.5万余元`, never the bare `帮扶资金1.5万余元。` (review run 33, AW 材料4 item 6).
  const fund = /^([\u4e00-\u9fff]{2,6}?)(?:专项)?(?:资金|经费)$/u.exec(row.name);
  if (fund && (figure.kind === "money" || /元$/u.test(unit)) && !GIVING_VERB.test(fund[1]) && actionOf(row.name) === fund[1]) {
    return { verb: "投入", object: row.name, figure, topic: false, ...extra };
  }
  // Something given out to people counted (`发放残疾人两项补贴` 3600人): the people are its recipients, counted before them —
  // `为3600名残疾人发放两项补贴`, never `发放残疾人两项补贴3600人` (review run 33, AW 材料6 item 6).
  const handed = new RegExp(`^(发放|赠送|配发)(${RECIPIENT_NOUNS})([\u4e00-\u9fff“”]{2,10})$`, "u").exec(row.name);
  if (handed && /^(?:人|名|户)$/u.test(unit) && figure.kind === "count") {
    return { verb: "为", object: "", figure: unit === "人" ? { ...figure, unit: "名" } : figure, topic: false, ...extra, after: `${handed[2]}${handed[1]}${handed[3]}` };
  }
  const verb = actionOf(row.name);
  // Money typed beside a work or a thing (`新增电动车集中充电桩` 1.5万元) is what was invested in it: `投入1.5万元新增电动车集中
  // 充电桩`, `投入2万元用于文化长廊`, never `新增电动车集中充电桩1.5万元` (new-user test 40, D3; check value.measure-word says so).
  if (figure.kind === "money" && isInvestedIn(row.name)) {
    return { verb: "投入", object: "", figure, topic: false, ...extra, after: verb !== undefined && row.name.startsWith(verb) ? row.name : `用于${row.name}` };
  }
  // `树枝、电线杆、屋顶等` are where the thing was, not kinds of it: `清理树枝、电线杆、屋顶等处的高空残留垃圾` (the 的 keeps the spots from reading as what was cleared, review run 14).
  const spots = r?.list?.replace(/等$/u, "").split("、");
  if (verb !== undefined && row.name.startsWith(verb) && spots && spots.every((x) => SPOT.test(x))) {
    const { list: _list, ...rest } = extra;
    return { verb, object: `${r?.list}处的${row.name.slice(verb.length)}`, figure, topic: false, ...rest };
  }
  // A service counted in the people or households it reached (`签约家庭医生服务` 3200人) never counts the service itself
  // (new-user test 30, D6: `签约家庭医生服务3200人`): those who signed up are its 对象 (`签约家庭医生服务对象3200人`); a
  // service given is given to them (`为120户提供上门助浴服务`). Turn-outs in 人次 read as they are (`提供义诊服务500人次`).
  const service = verb !== undefined && row.name.startsWith(verb) && /服务$/u.test(row.name) && row.name.length - verb.length >= 4;
  if (service && verb !== undefined && figure.kind === "count" && /^(?:人|名|户)$/u.test(unit) && !/对象|群众|居民|人员/u.test(row.name)) {
    const object = row.name.slice(verb.length);
    if (/^(?:签约|纳入|登记|建档|注册|吸纳)$/u.test(verb)) return { verb, object: `${object}对象`, figure, topic: false, ...extra };
    return { verb: "为", object: "", figure, topic: false, ...extra, after: `${verb}${object}` };
  }
  const held = verb !== undefined && DURATION_UNITS.test(unit) && figure.kind === "count" ? heldFor(row.name, verb) : undefined;
  if (held) return { verb: "", object: held, figure, topic: false, ...extra };
  if (verb !== undefined) {
    // `在物业小区组织小区卫生集中整治`: the place that the object already opens with replaces it (`组织物业小区卫生集中整治`).
    const object = row.name.slice(verb.length);
    const place = extra.places.length === 1 ? extra.places[0] : undefined;
    const tail = place?.slice(-2);
    if (place && tail && row.name.startsWith(verb) && object.startsWith(tail) && place !== tail) {
      return { verb, object: place + object.slice(tail.length), figure, topic: false, ...extra, places: [] };
    }
    // One column or programme set up, with the days it is put out on (`开设《文明澄江》专栏` 1个, 每周二、周五播出): the
    // schedule tells it, never its count (`开设《文明澄江》专栏，每周二、周五播出`: new-user test 65, D3).
    const single = !!r?.schedule && row.name.startsWith(verb) && SET_UP.test(verb) && figure.kind === "count" && figure.value === 1 && !figure.approx;
    if (single) return { verb, object, figure, topic: false, ...extra, single: true };
    // `设志愿服务站8个` reads as a column name: a station is 设立 (review run 5).
    return row.name.startsWith(verb)
      ? { verb: verb === "设" ? "设立" : verb, object, figure, topic: false, ...extra }
      : { verb: "", object: row.name, figure, topic: false, ...extra };
  }
  // A verb-less name that is a measure (`新媒体阅读量` 32.6万余次, `抖音短视频播放量` 约120万次) is the topic its figure
  // reaches, never work done: `新媒体阅读量达32.6万余次`, `抖音短视频播放量约120万次`, never `开展新媒体阅读量……` (new-user
  // test 65, D4).
  if (figure.kind === "count" && AUDIENCE_COUNT_NAME.test(row.name)) {
    const about = figure.approx === "about" || figure.approx === "nearly";
    return { verb: "", object: row.name, figure, topic: true, reach: true, ...(about ? {} : { bound: "达" }), ...extra };
  }
  // A verb-less name takes the verb its kind of noun has (new-user test 52, D16): feedback is received (`收到好评3600条`),
  // an activity noun counted in 人次 is held (`开展心理健康辅导约150人次`), the entrants of an appraisal take part in it
  // (`文明班级评比参评班级` 36个 → `参评文明班级36个`). Never `……，好评3600条。`.
  const implied = figure.kind === "count" ? impliedVerbItem(row.name, unit) : undefined;
  if (implied) return { ...implied, figure, topic: false, ...extra };
  const closing = closingActionOf(row.name, figure.kind === "count" && !peopleMeasureWords.includes(unit));
  if (closing && figure.kind !== "rate") return { verb: closing.verb, object: closing.object, figure, topic: false, ...extra };
  const named = thingKindOf(row.name);
  // `大讲堂听讲近1000人`: a count of people is the topic unless the thing is staff (配备保洁员12人).
  const kind = peopleMeasureWords.includes(unit) && named !== "staff" ? "people" : named;
  if (figure.kind === "money" || kind === "money") return { verb: /投入|经费|资金/u.test(row.name) && !/^投入/u.test(row.name) ? "投入" : "", object: row.name, figure, topic: false, ...extra };
  // The 备注 that is only an action (`更换`, `新增`) says what was done to the thing (review run 10:
  // `配备分类垃圾桶150个` where the row says 更换).
  const own = /^(?:更换|新增|新购|新配|增设|补充|维修|修缮|补齐|补种|补植)$/u.exec(row.remark ?? "")?.[0];
  const frame = own && (kind === "equipment" || kind === "facility" || kind === "works" || kind === "other") ? own : frameVerbs[kind];
  // A thing counted in days or hours is no thing set up (new-user test 61, D1: never `建有……场馆31天`).
  const lasted = DURATION_UNITS.test(unit) && HELD_THINGS.has(kind);
  if (frame && figure.kind !== "rate" && !lasted) return { verb: frame, object: row.name, figure, topic: false, ...extra };
  // Occasions of a topic (`文明创建和学雷锋宣传100次`) were held: 开展 before them.
  if (/^(?:次|场|场次|期|轮)$/u.test(unit) && figure.kind === "count" && !/(?:率|排名|名次|得分)$/u.test(row.name)) {
    // People going somewhere (`志愿者进社区服务`) are organised, not 开展-ed (review run 18: 开展志愿者进社区服务10余次).
    // A name that ends in its own verb (`护学岗上岗`) is the work: `护学岗上岗65次`, never `开展护学岗上岗`.
    // A body named doing its work (`红白理事会办理喜事`, `调解委员会调解纠纷`) is the sentence itself: never `开展红白理事会办理
    // 喜事` (new-user test 59, D11); the body and its verb are the verb rows share: `红白理事会办理喜事5场、丧事3场`.
    const atWork = BODY_AT_WORK.exec(row.name);
    if (atWork) return { verb: atWork[1], object: atWork[2], figure, topic: false, ...extra };
    const verb = /^(?:党员|志愿者|干部|职工|师生|学生|青年|团员)+(?:进|到|下)/u.test(row.name) ? "组织" : OWN_VERB_END.test(row.name) ? "" : "开展";
    // Going somewhere to work (`到包联社区下沉`, `去社区蹲点`) is the going itself: `下沉包联社区8次`, never `开展到包联社区
    // 下沉8次`; one with a verb of its own after the place (`到社区报到`) takes no 开展 either (new-user test 43, D4).
    const went = /^(?:到|去|赴)([\u4e00-\u9fff]{2,10}?)(下沉|蹲点|驻点)$/u.exec(row.name);
    if (went) return { verb: "", object: `${went[2]}${went[1]}`, figure, topic: false, ...extra };
    if (/^(?:到|去|赴)[\u4e00-\u9fff]{2,10}?(?:报到|服务|走访|调研|宣讲|巡查|督导|检查)$/u.test(row.name)) return { verb: "", object: row.name.replace(/^去/u, "到"), figure, topic: false, ...extra };
    return { verb, object: row.name, figure, topic: false, ...extra };
  }
  // A bare noun said alone is no sentence (new-user test 29, D13: `垃圾分类500户。`, `广场舞队伍3支。`): the teams a unit
  // has are `现有……`, a work counted in households `覆盖` them.
  if (figure.kind === "count" && /(?:队伍|队|团|协会|社团)$/u.test(row.name) && /^(?:支|个)$/u.test(unit)) return { verb: "现有", object: row.name, figure, topic: false, ...extra };
  // Businesses and bodies counted in 家 (`民宿` 28家, `农家乐`, `共建单位`) are what the unit has: `现有民宿28家、农家乐
  // ……家`, never bare nouns strung after a verb phrase (`接待游客约30万人次，民宿28家`: new-user test 43, D6).
  // A work that ends in its verb (`安全排查` 80家) is no stock.
  if (figure.kind === "count" && unit === "家" && kind === "other" && !r?.frequency && !actionVerbs.some((v) => row.name.endsWith(v))) return { verb: "现有", object: row.name, figure, topic: false, ...extra };
  if (figure.kind === "count" && unit === "户" && kind !== "people" && !/户$/u.test(row.name)) {
    // A plate hung for households of a title (`星级文明户挂牌` 56户): `为56户星级文明户挂牌`; work done to households is
    // completed (`完成改厕30户`); only a work that reaches them covers them (`垃圾分类宣传覆盖500户`).
    if (/^.{1,8}户(?:挂牌|授牌|颁牌)$/u.test(row.name)) return { verb: "为", object: "", figure, topic: false, ...extra, after: row.name };
    if (HOUSEHOLD_TASK.test(row.name)) return { verb: "完成", object: row.name, figure, topic: false, ...extra };
    // Work done for households of a group (`上门为孤寡老人检修线路` 86户): the figure goes before the group, `上门为86户孤寡
    // 老人检修线路`, never `……检修线路覆盖86户` (new-user test 51, D5).
    const forWhom = new RegExp(`^([\u4e00-\u9fff]{0,4}?)为([\u4e00-\u9fff]{1,6}?(?:${RECIPIENT_NOUNS}))([\u4e00-\u9fff]{2,10})$`, "u").exec(row.name);
    if (forWhom) return { verb: `${forWhom[1]}为`, object: "", figure, topic: false, ...extra, after: `${forWhom[2]}${forWhom[3]}` };
    return { verb: "", object: row.name, figure, topic: true, reach: true, bound: "覆盖", ...extra };
  }
  // An area or a people count is reached (`办公服务阵地面积达500平方米`, `受益群众达2000余人次`).
  // A name that says a change (`投诉率下降` 15%) is the change itself: `投诉率下降15%`, never `下降为15%` (a rate that fell
  // to 15 %, new-user test 33, D16).
  const change = /(?:下降|降低|减少|提升|提高|增长|增加|上升)$/u.test(row.name);
  // Donors counted (`无偿献血人数` 1260人次) are the giving itself, said plainly: `无偿献血1260人次`, never `达`, which boasts of
  // a gift (new-user test 67, D11). A standing count of people under supervision (`在册社区矫正对象` 12人) is no achievement
  // either: `在册社区矫正对象12人` (new-user test 67, D6).
  const supervised = SUPERVISED_PEOPLE.test(row.name);
  const reach = (kind === "people" || kind === "households" || figure.kind === "rate" || /面积$/u.test(row.name)) && !/每|连续|累计|共|献血|献髓|捐献/u.test(row.name) && !change && !supervised;
  return { verb: "", object: row.name, figure, topic: true, reach, ...extra };
}

/**
 * People and households work is done for or things are given to (`孤寡老人`, `残疾人`, `困难户`), at the end of a group's
 * name: the recipients of `为……检修线路` (new-user test 51, D5) and `发放残疾人两项补贴` (review run 33, AW 材料6 item 6).
 */
const RECIPIENT_NOUNS = peopleWords("given");

/** Verbs of money given or raised (`发放`, `拨付`, `争取`): a 资金 after them is no fund named by its use (`投入帮扶资金`). */
const GIVING_VERB = /^(?:节约|节省|节余|结余|回收|追回|挽回|减少|投入|发放|拨付|筹集|募集|落实|争取|捐赠|捐助|捐款|兑现|下达|安排|支付|使用|投资|追加|申请|到位)/u;

/** People counted as under supervision (`在册社区矫正对象`, `安置帮教对象`, `在管吸毒人员`): a standing count, no reach. */
const SUPERVISED_PEOPLE = new RegExp(`(?:在册|在管|在押|在矫)|(?:${peopleWords("supervised")})(?:人数|数)?$`, "u");

/** Verbs of a thing set up once (`开设`, `开通`, `推出`): what its schedule, not its count, tells. */
const SET_UP = /^(?:开设|开办|开通|开辟|设立|设置|推出|创办|创设)$/u;

/** `清理小广告60余处`, `受益群众达2000余人次`, `整改率为96.5%`. */
function itemText(b: SentenceBuilder, it: Item, withVerb: boolean): SentenceBuilder {
  if (it.span) {
    // A stage is said with its length (`“登高”攻坚阶段为期200天`); a campaign is held for it (`开展为期180天的集中攻坚`).
    return /阶段$/u.test(it.object) ? b.text(`${it.object}为期`).fig(it.figure) : b.text("开展为期").fig(it.figure).text(`的${it.object}`);
  }
  if (it.topic && /(?:排名|名次)$/u.test(it.object) && /^(?:名|位)$/u.test(it.figure.unit)) {
    // A rank is said `排名第9`, never `排名达9名`.
    return b.text(`${it.object}第${numberText(it.figure.value)}`).from(...it.figure.sources);
  }
  if (it.topic) {
    const link = it.bound ?? (!it.reach || it.figure.approx ? "" : it.figure.kind === "rate" && it.figure.value < 90 ? "为" : "达");
    b.text(`${it.object}${link}`).fig(it.figure);
    if (it.part) b.text(`，其中${it.part.object.replace(/面积$/u, "")}`).fig(it.part.figure);
    return b;
  }
  b.text(`${withVerb ? it.verb : ""}${it.object}${it.bound ?? ""}`);
  if (it.single) b.from(...it.figure.sources);
  else b.fig(it.figure);
  (it.alsoAs ?? []).forEach((m, i) => b.text(i ? "、" : "（").fig(m.figure).text(i === (it.alsoAs ?? []).length - 1 ? "）" : ""));
  for (const m of it.measures ?? []) b.text(`、${m.object}`).fig(m.figure);
  if (it.part) b.text(`，其中${it.part.object.replace(/面积$/u, "")}`).fig(it.part.figure);
  return it.after ? b.text(it.after) : b;
}

/**
 * A 备注 list as written text: a one-character verb people type for short (`清小广告`) said in full
 * (`清理小广告`; review run 10: 口语).
 */
export function spokenList(list: string): string {
  const items = list.split("、").map((x) => x.replace(/^清(?![理扫除运洗查点退零])(?=[\u4e00-\u9fff]{2})/u, "清理").replace(/^捡(?![拾])(?=[\u4e00-\u9fff]{2})/u, "捡拾"));
  // `清理流动摊点、店外店、占道经营`: a behaviour is not cleared; the things listed before it are its cases,
  // and a behaviour is 治理-ed (`治理流动摊点、店外店等占道经营行为`, reviews runs 9–17; not 整治, which the activity
  // beside it often names).
  const last = items[items.length - 1];
  const first = actionOf(items[0] ?? "");
  if (items.length >= 3 && problemActions[last]?.verb === "规范" && !problemActions[last]?.object && first && first !== "规范") {
    return `治理${[items[0].slice(first.length), ...items.slice(1, -1)].join("、")}等${last}行为`;
  }
  return items.join("、");
}

/** A clause of items that share a verb: `清理小广告60余处、垃圾死角2处`, four at most then `等`. */
function listClause(items: readonly Item[]): Sentence {
  const b = new SentenceBuilder();
  const places = items[0]?.places ?? [];
  if (places.length && !items[0].topic && items[0].verb) b.text(`在${joinList(places)}`);
  const shown = items.slice(0, MAX_ITEMS);
  shown.forEach((it, i) => {
    if (i) b.text(it.topic ? "，" : "、");
    itemText(b, it, i === 0 || it.topic || it.verb === "");
  });
  if (items.length > MAX_ITEMS) {
    b.text("等");
    for (const it of items.slice(MAX_ITEMS)) b.from(...it.figure.sources);
  }
  return b.build();
}

/** People sent out for a work, after 出动 (`保洁人员`, `巡查队员`): the whole, and the work (`保洁`). */
// 警力 too (`出动巡查警力`: review run 32, reviewer AV, 材料3 item 2).
const DEPLOYED = /^(保洁|巡查|巡逻|清扫|清运|执法|劝导|督查|消杀|检查)(?:人员|队员|力量|警力)$/u;

/** Sites visited again and again (`农贸市场`, `公共场所`, `小区`), counted in 个/座/所. */
const SITE = /(?:市场|场所|小区|网点|站点|站|景区|学校|医院|广场|公园|路段|点位)$/u;

/** Work done to sites, at the end of a 其他指标 name (`厕所保洁`, `公厕消杀`, `电梯巡检`): the sites counted are its object. */
const TENDED = /(?:保洁|巡查|巡检|消杀|消毒|检查|清扫|清洗|维护|养护)$/u;

/** Measure words of a total of occasions or turn-outs: with these a frequency's figure is the total. */
// Households and shops visited (`走访困难家庭` 30户, 每月) are the period's total too, as 填报说明 asks (new-user test 26, D2:
// never `每月走访约30户困难家庭`).
/** Measure words of events a frequency in 次 is said in when the row counts in them (frequencyClause). */
const EVENT_WORDS = /^(?:场|期|节|堂|轮)$/u;

const TOTAL_WORDS = /^(?:人次|次|场|期|场次|车次|台次|轮|批|户次|户|家|天|小时|节|堂|课时)$/u;

/**
 * A total of people's turn-outs (人次) beside a 频次 that counts occasions (`每月1次`): the two are in different words, so
 * the frequency's own `1次` (which 每月 says already) is left out and the total said as whom it drew — `坚持每月开展志愿服务，
 * 累计参与12人次`, never `坚持每月开展志愿服务1次，累计12人次` read as 12 occasions (new-user test 63, D7; review run 32,
 * reviewer AV, 材料3 item 2). `count`: the 频次's count (`1次`), `unit`: the figure's. Returns the count still said ("" for
 * once), or undefined when the rule does not apply.
 */
function turnoutCount(count: string | undefined, unit: string): string | undefined {
  if (unit !== "人次" || !count || !OCCASIONS_COUNT.test(count)) return undefined;
  return /^(?:1|一)次$/u.test(count) ? "" : count;
}

/** Verbs of work people join (`开展志愿服务`, `组织……`, `举办……`): a total in 人次 of it is who took part, `累计参与`. */
const JOINED_WORK = /^(?:开展|组织|举办)$/u;

/**
 * A clause with a frequency (v2 rule 6). With its own count or a figure in 次/场/人次 …, the figure
 * is the total: `坚持每月开展道德讲堂2期，累计开展22期` (never a total computed from the frequency).
 * Otherwise the figure is what each occasion takes: `每日抽调警力200余名`.
 */
function frequencyClause(given: Item): Sentence {
  const typed = given.frequency as { every: string; count: string; source?: string; total?: boolean };
  // The frequency says the row's own measure word of events (`开展文明礼仪讲座` 12场, 每月1次): `坚持每月开展文明礼仪讲座1场，
  // 累计开展12场`, never `1次` beside `12场` (review run 31, reviewer AU, t58-college item 4).
  const f = typed.count && /^(?:\d+|[一二两三四])次$/u.test(typed.count) && EVENT_WORDS.test(given.figure.unit) ? { ...typed, count: typed.count.replace(/次$/u, given.figure.unit) } : typed;
  // A name that says the frequency itself (`网格员每日走访督查`, 每个网格每天一次) says it once: `坚持每个网格每日开展网格员走访督查1次`.
  const time = /每(?:日|天|周|月|年|季度|季|晚|早)$/u.exec(f.every)?.[0];
  const own = time ? new RegExp(time.replace(/^每[日天]$/u, "每[日天]")).exec(given.object)?.[0] : undefined;
  const it: Item = own && given.object.length - own.length >= 2 ? { ...given, object: given.object.replace(own, "") } : given;
  // A name with its own verb after whom it is for (`为老年客户提供上门服务`) takes no 开展 before it (new-user test 28, D13):
  // `坚持每周为老年客户提供上门服务1次，累计提供26次`.
  const inner = it.verb ? undefined : actionOf(it.object);
  // A name that ends in its own verb (`护学岗上岗`) takes none: `坚持每周护学岗上岗，累计26次` (new-user test 40, D7).
  const verb = it.verb || inner || (OWN_VERB_END.test(it.object) ? "" : "开展");
  const said = inner ? "" : verb;
  const where = it.places.length ? `在${joinList(it.places)}` : "";
  const b = new SentenceBuilder().from(...(f.source ? [f.source] : []));
  const short = it.object.length >= 2 && it.object.length <= 6 && !/[、，]/u.test(it.object);
  const deployed = `${it.verb ?? ""}${it.object}`.startsWith("出动") ? DEPLOYED.exec(`${it.verb ?? ""}${it.object}`.slice(2)) : null;
  if (f.count && /^(?:个|座|所)$/u.test(it.figure.unit) && SITE.test(it.object) && it.figure.kind === "count" && short && !where) {
    // `检查农贸市场` 4个, 每周1次: the figure is how many sites the work goes to, not a total of occasions —
    // `坚持每周对4个农贸市场检查1次`, never `累计检查4个` (households or shops 走访-ed are a total: `累计走访32户`).
    b.text(`坚持${f.every}对`).fig(it.figure).text(`${it.object}${verb}${f.count}`);
  } else if (f.count && deployed && it.figure.unit === "人次") {
    // People sent out for a work (`出动保洁人员` 1200人次, 每日2次): the frequency is the work's, the people the total —
    // `坚持每日保洁2次，累计出动保洁人员1200人次`, never `每日出动保洁人员2次` (run-29 review, 材料7 item 6). Once per
    // period the work alone (`每周一次`, 出动巡查警力 120人次): `坚持每周开展巡查，累计出动巡查警力120人次`, never `每周……1次，
    // 累计出动120人次` (review run 32, reviewer AV, 材料3 item 2).
    const times = turnoutCount(f.count, it.figure.unit) ?? f.count;
    b.text(`坚持${f.every}${where}${times ? `${deployed[1]}${times}` : `开展${deployed[1]}`}，累计出动${deployed[0]}`).fig(it.figure);
  } else if (f.count || TOTAL_WORDS.test(it.figure.unit) || f.total) {
    // A 频次 typed in its column times the work; 数值 is the period's total (`发放宣传册` 300份, 每周: `坚持每周发放宣传册，
    // 累计发放300份`, never `每周发放300份宣传册`: new-user test 43, D15).
    // A meeting with its purpose: `坚持每月召开院周会部署创文工作，累计召开12次` (phrase meetingForPurpose).
    // A name that says its cycle (`文明户月度评比`, 每月1次) says the frequency already: `坚持开展文明户月度评比，累计开展12次`
    // (run-29 review, 材料3 item 2; points-ledgers' 组织保障 rule alike).
    const cycle = /(月度|年度)(?:检查|巡查|督查|调度|点评|评比|评选|评议|讲评|例会|考评|考核)$/u.exec(it.object)?.[1];
    const selfTimed = !!cycle && f.every === (cycle === "月度" ? "每月" : "每年") && /^(?:1(?:次|场|轮|期))?$/u.test(f.count);
    // People's turn-outs beside a 频次 in 次 (`开展志愿服务` 12人次, 每月一次): `坚持每月开展志愿服务，累计参与12人次` (turnoutCount).
    const turnout = selfTimed ? undefined : turnoutCount(f.count, it.figure.unit);
    const times = turnout ?? f.count;
    const timed = times && !selfTimed ? meetingForPurpose(`${said}${it.object}`, times) : undefined;
    b.text(`坚持${selfTimed ? "" : f.every}${where}${timed ?? `${said}${it.object}${selfTimed ? "" : times}`}，累计${turnout !== undefined && JOINED_WORK.test(verb) ? "参与" : verb}`).fig(it.figure);
  } else if (short && !inner) {
    // The count before a short noun, as people say it: `每周派驻2个支部`, not `每周派驻支部2个` (review run 19).
    b.text(`${f.every}${where}${verb}`).fig(it.figure).text(it.object);
  } else {
    b.text(`${f.every}${where}${said}${it.object}`).fig(it.figure);
  }
  if (it.list) b.text(`，包括${spokenList(it.list)}`);
  if (it.clause) b.text(`，${it.clause}`);
  return b.build();
}

/** A count of places or bodies that do work themselves (`个村`, `个社区`, `家单位`, `所学校`): the figure's measure word. */
const DOER_UNIT = /^(?:个|家|所)(?:村|行政村|自然村|社区|小区|单位|部门|企业|学校|镇|乡|乡镇|街道)$/u;
/** Work a village or unit does itself, never done to it (`修订村规民约`, `建立红白理事会`; not `走访`, `覆盖`, `检查`). */
const OWN_WORK = /^(?:修订|修改|制定|完善|成立|建立|组建|签订|推行|实行|落实|开展|召开|举办|设立|实现)/u;

/**
 * True when an item counts villages, communities or units as the doers of its work (new-user test 50, D16: `修订村规民约`
 * 18个村): a plain count in a DOER_UNIT whose work opens with OWN_WORK, with no places, frequency, bound, list or parts.
 */
function doneByCounted(it: Item): boolean {
  return !it.topic && !it.span && !it.frequency && !it.bound && !it.list && !it.part && !it.after && !it.places.length && !it.measures?.length && !it.alsoAs?.length
    && it.figure.kind === "count" && DOER_UNIT.test(it.figure.unit) && OWN_WORK.test(`${it.verb ?? ""}${it.object}`);
}

/**
 * An item whose figure measures a named work (`within`: `食堂光盘行动`, then `减少剩饭剩菜` 约1.5吨): the work first, what it
 * counts after it — `开展食堂光盘行动，减少剩饭剩菜约1.5吨`; with a frequency the work is what recurs and the figure the
 * period's total, `坚持每日开展食堂光盘行动，累计减少剩饭剩菜约1.5吨` (new-user test 58, D4: never the typed space, nor a
 * bare `累计约1.5吨`).
 */
function withinClause(given: Item): Sentence {
  const f = given.frequency;
  const where = given.places.length ? `在${joinList(given.places)}` : "";
  const b = new SentenceBuilder().from(...(f?.source ? [f.source] : [])).text(given.stage ?? "");
  b.text(f ? `坚持${f.every}${where}开展${given.within ?? ""}${f.count}，累计` : `${where}开展${given.within ?? ""}，`);
  itemText(b, { ...given, places: [], within: undefined, frequency: undefined, stage: undefined, clause: undefined, list: undefined, topic: given.topic && !given.verb && !/^[\u4e00-\u9fff]{2}/u.test(given.object) }, true);
  if (given.list) b.text(`，包括${spokenList(given.list)}`);
  if (given.clause) b.text(`，${given.clause}`);
  return b.build();
}

/**
 * A clause of one item with its places, its list and its clause (`在光明路、开元大街清理小广告60余处，均已整改到位`).
 * `households`: the unit's exact 户数 (基本信息), when known.
 */
function singleClause(it: Item, households?: number): Sentence {
  if (it.within) return withinClause(it);
  if (it.frequency && !it.topic && it.verb !== "配备" && it.verb !== "建有") return frequencyClause(it);
  if (it.frequency && it.topic && !it.frequency.count && !it.reach && it.figure.kind === "count" && !/^(?:人|名|位|人次|户)$/u.test(it.figure.unit) && (/^为/u.test(it.object) || actionOf(it.object) !== undefined)) {
    // Work done for someone, typed as the period's total as the 填报说明 asks (`为独居老人送餐` 1200余份, 每日): never
    // `每日为独居老人送餐1200余份` (new-user test 32, D29), but `坚持每日为独居老人送餐，累计1200余份`.
    return new SentenceBuilder().from(...(it.frequency.source ? [it.frequency.source] : [])).text(`坚持${it.frequency.every}${it.object}，累计`).fig(it.figure).build();
  }
  if (it.frequency && it.topic && it.figure.kind === "count" && (TOTAL_WORDS.test(it.figure.unit) || (it.frequency.total && !it.frequency.count))) {
    // A total of turn-outs typed with a 频次 is the period's total, as the 填报说明 asks (`爱心驿站接待户外劳动者` 1800人次,
    // 每日): never after the frequency (`每日爱心驿站接待户外劳动者1800人次` reads as 1800 a day, new-user test 39, D20).
    // Who does it keeps its place before 坚持 (`爱心驿站坚持每日接待户外劳动者，累计1800人次`); without one the total alone.
    const f = it.frequency;
    const b = new SentenceBuilder().from(...(f.source ? [f.source] : []));
    const at = [...it.object].findIndex((_, i) => i >= 2 && actionOf(it.object.slice(i)) !== undefined && actionOf(it.object.slice(0, i)) === undefined);
    // Work counted in what it handled (`群众点单` 36个, 频次 每周) is held at its frequency, the total after it: `坚持每周开展
    // 群众点单，累计36个`, never `每周群众点单36个` (36 a week: new-user test 43, D15). People and households reached are
    // the topic of their total (`受益群众累计2000人`).
    if (at < 0 && f.total && !it.reach && !peopleMeasureWords.includes(it.figure.unit)) return b.text(`坚持${f.every}开展${it.object}，累计`).fig(it.figure).build();
    if (at < 0) return b.text(`${it.object}累计`).fig(it.figure).build();
    // A total of households or people beside a 频次 in 次 says whom the work reached (`网格员坚持每月入户宣传垃圾分类1次，
    // 累计覆盖2150户`), never a bare `累计2150户` read as a count of visits (new-user test 57, D17).
    // People's turn-outs beside a 频次 in 次 (`干部职工到河西社区开展志愿服务` 12人次, 每月一次): `……坚持每月开展志愿服务，累计参与
    // 12人次`, never `……1次，累计12人次` (turnoutCount; new-user test 63, D7).
    const turnout = turnoutCount(f.count, it.figure.unit);
    const joined = turnout !== undefined && JOINED_WORK.test(actionOf(it.object.slice(at)) ?? "");
    const reached = /次$/u.test(f.count ?? "") && /^(?:户|家|人|名|家庭)$/u.test(it.figure.unit) ? "覆盖" : joined ? "参与" : "";
    // Every household of the unit (the figure is 基本信息's 户数, exactly): `实现2150户全覆盖`, never `累计覆盖2150户`, which
    // reads as visits added up (docs/narrative-quality.md run 30, reviewer AT, 材料7 item 2).
    const whole = reached && it.figure.unit === "户" && !it.figure.approx && households !== undefined && it.figure.value === households;
    if (whole) return b.text(`${it.object.slice(0, at)}坚持${f.every}${it.object.slice(at)}${f.count}，实现`).fig(it.figure).text("全覆盖").build();
    return b.text(`${it.object.slice(0, at)}坚持${f.every}${it.object.slice(at)}${turnout ?? f.count}，累计${reached}`).fig(it.figure).build();
  }
  const tended = it.frequency?.count && it.topic && !it.reach && it.figure.kind === "count" && /^(?:个|座|所|处)$/u.test(it.figure.unit) ? TENDED.exec(it.object) : null;
  if (tended && it.frequency && tended.index >= 2) {
    // Sites counted and the work done to them at a frequency (`厕所保洁` 8座, 每日4次): the sites are the work's object —
    // `坚持每日对8座厕所保洁4次`, never the verbless `厕所保洁8座，每日开展4次` (new-user test 49, D8).
    return new SentenceBuilder().from(...(it.frequency.source ? [it.frequency.source] : [])).text(`坚持${it.frequency.every}对`).fig(it.figure).text(`${it.object.slice(0, tended.index)}${tended[0]}${it.frequency.count}`).build();
  }
  if (it.frequency && it.topic && it.frequency.count && !it.reach) {
    // A measure of the work with how often it is done (`河道保洁` 约2公里, 每周2次): the figure, then the frequency with a
    // verb (`河道保洁约2公里，每周开展2次`), never the 频次 dropped (new-user test 39, D27) nor a verbless `坚持每周2次`.
    const b = new SentenceBuilder();
    itemText(b, it, true);
    return b.text("，").from(...(it.frequency.source ? [it.frequency.source] : [])).text(`${it.frequency.every}开展${it.frequency.count}`).build();
  }
  if (it.frequency && it.topic && !it.frequency.count) {
    // `每月政治理论学习4篇`: the frequency before the topic it times.
    const b = new SentenceBuilder().from(...(it.frequency.source ? [it.frequency.source] : [])).text(it.frequency.every);
    itemText(b, { ...it, reach: false }, true);
    if (it.clause) b.text(`，${it.clause}`);
    return b.build();
  }
  const b = new SentenceBuilder().text(it.stage ?? "");
  // Villages, communities or units counted as the doers of their own work (`修订村规民约` 18个村): the count goes before
  // the work, `18个村修订村规民约`, never `修订村规民约18个村` (new-user test 50, D16).
  if (doneByCounted(it)) return b.fig(it.figure).text(`${it.verb ?? ""}${it.object}`).text(it.clause ? `，${it.clause}` : "").build();
  if (it.places.length && !it.topic && it.verb) b.text(`在${joinList(it.places)}`);
  itemText(b, it, true);
  if (it.list) b.text(`，包括${spokenList(it.list)}`);
  if (it.clause) b.text(`，${it.clause}`);
  return b.build();
}

/** Items grouped into clauses: items with a frequency, places or a clause alone; the rest by verb, in first-seen order. */
export function clausesOfItems(given: readonly Item[], households?: number): Sentence[] {
  // `硬化道路40余处` then `硬化面积约800平方米`: one work and its measure, the verb said once (review run 5).
  const items: Item[] = [];
  for (const it of given) {
    const prev = items[items.length - 1];
    // `办公服务阵地面积500平方米`（备注 办公区+活动中心） then `办公区面积240平方米`: a part, said with 其中 (v2 rule 9).
    const stem = it.object.replace(/面积$/u, "");
    if (prev && prev.topic && it.topic && !prev.part && stem.length >= 2 && prev.note?.includes(stem) && prev.figure.unit === it.figure.unit && it.figure.value < prev.figure.value) {
      items[items.length - 1] = { ...prev, part: it };
      continue;
    }
    // `清运垃圾` 约30吨 then `清运垃圾` 12车: one work in two measure words, named once (new-user test 35, D13).
    const bare = (x: Item): boolean => !x.topic && !x.within && !x.span && !x.frequency && !x.clause && !x.list && !x.stage && !x.bound && !x.after && !x.part && !x.places.length && x.figure.kind !== "rate" && x.figure.kind !== "money";
    if (prev && bare(prev) && bare(it) && !prev.measures && prev.verb === it.verb && prev.object === it.object && prev.figure.unit !== it.figure.unit && !(prev.alsoAs ?? []).some((m) => m.figure.unit === it.figure.unit)) {
      items[items.length - 1] = { ...prev, alsoAs: [...(prev.alsoAs ?? []), it] };
      continue;
    }
    if (prev && it.verb && prev.verb === it.verb && !prev.topic && /^(?:总)?(?:面积|长度|里程|总长)$/u.test(it.object) && !it.frequency && !it.clause && !it.list) {
      items[items.length - 1] = { ...prev, measures: [...(prev.measures ?? []), it] };
    } else items.push(it);
  }
  // Items that share a verb and their places are said together (`在中心城区测评路长单位18个、社区13个`).
  // Villages counted as the doers of their work (`18个村修订村规民约`) are said alone, the count first (doneByCounted).
  const plain = (it: Item): boolean => !doneByCounted(it) && !it.within && !it.part && !it.span && !it.after && !it.frequency && !it.clause && !it.list && !it.stage && !it.bound && (!it.places.length || (!it.topic && !!it.verb));
  const groups = new Map<string, Item[]>();
  const order: (string | Item)[] = [];
  let breaks = 0;
  for (const it of items) {
    if (!plain(it)) {
      order.push(it);
      continue;
    }
    // Topics are listed together only when they come together: `开工率为74%` and a later `既有住宅加装电梯213部`
    // would otherwise pull the rows between them apart (review run 5).
    if (!it.topic) breaks += 1;
    const key = it.topic ? `#topic${breaks}` : it.verb ? `${it.verb}@${it.places.join("、")}` : `#own${order.length}`;
    const g = groups.get(key);
    if (g) g.push(it);
    else {
      groups.set(key, [it]);
      order.push(key);
    }
  }
  return order.map((o) => (typeof o === "string" ? listClause(groups.get(o) ?? []) : singleClause(o, households)));
}

/** A `为……`/`给……`/`向……` phrase before a verb of work (`为结对村` before `争取`, `修建`): who the work was for. */
const FOR_WHOM = /^([为给向][\u4e00-\u9fff]{1,8}?)(?=争取|修建|新建|兴建|建成|援建|捐建|改建|扩建|修缮|维修|修复|整修|铺设|硬化|安装|改造|筹集|筹措|投入|落实|引进|协调|解决|提供|发放|捐赠|送去)/u;

/**
 * Clauses joined with `，`, those in a row for the same party said once: `为结对村争取帮扶资金15万元、修建道路2.5公里`, never
 * `……，为结对村修建道路2.5公里` (new-user test 55, D3). Clauses with a `，` of their own are left whole.
 */
function joinShared(texts: readonly string[]): string {
  let out = "";
  let party = "";
  for (const t of texts) {
    const own = /，/u.test(t) ? "" : FOR_WHOM.exec(t)?.[1] ?? "";
    out += !out ? t : own && own === party ? `、${t.slice(own.length)}` : `，${t}`;
    party = own;
  }
  return out;
}

/** A clause of a rate of satisfaction (`入住老人满意度达98.5%`, `群众满意率为96%`): one clause, no comma of its own. */
const SATISFACTION = /^[^，]*(?:满意度|满意率|好评率)[^，]*[%％]$/u;

/**
 * Sentences of the 其他指标 rows of one section (each ends with `。`), at most three clauses a
 * sentence; the next starts with a connector chosen by the stable hash of the section.
 * `households`: the unit's exact 户数, which a figure in 户 equal to it covers wholly (`实现2150户全覆盖`).
 * @example weaveFigures(rows, "environment") // ["配备小区保洁员12人、垃圾桶70余个，与个体工商户签订责任书300余份。"]
 */
export function weaveFigures(rows: readonly FigureRow[], sectionId: string, households?: number): Sentence[] {
  if (!rows.length) return [];
  const parts = clausesOfItems(mergeRows(rows).map(itemOf), households);
  const out: Sentence[] = [];
  let i = 0;
  while (i < parts.length) {
    let chunk = parts.slice(i, i + wording.clausesPerSentence);
    // A clause ending in its part (`…500平方米，其中办公区240平方米`) ends the sentence: what follows
    // would otherwise read as more parts of it (v2 rule 9).
    const partEnd = chunk.findIndex((p) => /，其中[^，]*$/u.test(p.text));
    if (partEnd >= 0) chunk = chunk.slice(0, partEnd + 1);
    // How satisfied the people served are (`入住老人满意度达98.5%`) is a rate of the whole unit's work: a sentence of its own,
    // never joined to one service's clause (`坚持每日开展上门助餐，累计开展2000余人次，入住老人满意度达98.5%`: new-user test 63,
    // D14).
    const rated = chunk.findIndex((p) => SATISFACTION.test(p.text));
    if (rated > 0) chunk = chunk.slice(0, rated);
    else if (rated === 0) chunk = chunk.slice(0, 1);
    const lead = i === 0 ? "" : pick(wording.connectors, sectionId, i);
    out.push({ text: `${lead}${joinShared(chunk.map((p) => p.text))}。`, sources: [...new Set(chunk.flatMap((p) => p.sources))] });
    i += chunk.length;
  }
  return out;
}

/** One 其他指标 row said on its own (`清理小广告60余处`), without places, lists or clauses: for the opening. */
export function figureClause(row: FigureRow): Sentence {
  const it = itemOf(row);
  return itemText(new SentenceBuilder(), { ...it, places: [] }, true).build();
}

/**
 * True for a 其他指标 row that states a standing fact about the unit (居民楼栋28栋, 法人单位17家):
 * told as background in the opening (v2 rule 14), not as work done in a section.
 */
export function isBackground(row: FigureRow): boolean {
  // 板块 其他 is the unit's whatever section its words suggest (`入住老人` reads as 关爱帮扶): the name decides (new-user test 46, D12).
  // A school's classes are its size under whatever 板块 they were typed (new-user test 57, D18: `开设班级32个` under 文体活动 was
  // told after a 文艺汇演): `县老年大学现有学员约1860人，开设班级32个`.
  // So are a care home's residents and carers (`入住老人86人`, `护理员18名` under 关爱帮扶: new-user test 59, D21): its size,
  // never `入住老人达86人` as work of the period.
  const anySection = row.sectionId === "other" || row.sectionId === "organization" || row.section === "其他" || /(?:班级|教学班)(?:数)?$/u.test(row.name.trim())
    || /^(?:入住|在住|在院|在养)|^(?:护理员|护工)(?:数|人数)?$/u.test(row.name.trim());
  return anySection && backgroundWords.test(row.name.trim()) && row.figure.kind !== "rate";
}

/** The leading verb of a figure name (catalog actionOf), kept for callers of the first planner. */
export const leadingVerb = (name: string): string | undefined => actionOf(name);
