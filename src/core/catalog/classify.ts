/**
 * The classifier of rows by their words, for the enumerations a ledger requires (活动类型, 问题类别,
 * 队伍类型, 级别 …): 导入已有台账 fills a missing or free-text value with it and lists each guess
 * (issue #16). 活动类型 comes from the narrative's own placement of words ({@link placementByWords}
 * and the catalog's 板块 → 活动类型 table), so a row is told where it was filed; the other fields
 * read a word table kept here, strongest words first. Pure data and small functions.
 * @module
 */
import { MEETING_NAME, OUTREACH_PLACES, SERVED_FORUM, placementByWords } from "./domain";
import type { Catalog } from "./types";

/** Clutter inside a building (`楼道堆物`, `3栋楼道 堆放杂物`) whose words name no road (new-user test 35, D9). */
const INDOOR_CLUTTER = /^(?!.*(?:占道|道路|路面|路边|路口|路段|马路|人行道|街|巷))(?=.*(?:楼道|楼梯|楼内|楼栋内|走廊|过道|地下室|单元门|消防通道)).*(?:堆放|堆物|杂物|乱堆)/u;

/**
 * True when `words` tell clutter inside a building and name no road (`楼道堆物`, `楼梯间堆放杂物`; not `路边堆放杂物`):
 * not 占道堆放, so import files the row as 其他 with its words and says why (new-user test 35, D9).
 * @example isIndoorClutter("3栋楼道 堆放杂物") // true
 */
export function isIndoorClutter(words: string): boolean {
  return INDOOR_CLUTTER.test(words);
}

/** A word-table value meaning: the words name a thing the list lacks, so nothing is guessed (the row is then 其他, its words kept). */
const NOT_LISTED = "";

/** Word patterns per `ledgerId.fieldId`, tried in order; the first match gives the value ({@link NOT_LISTED}: none). */
const enumWords: Readonly<Record<string, readonly (readonly [RegExp, string])[]>> = {
  "rectification.kind": [
    [/渣土|建筑垃圾/u, "渣土偷倒"],
    [/违章|违建|搭建|私搭|乱搭/u, "违章搭建"],
    [/广告牌|灯箱|展架|易拉宝/u, "移动广告牌"],
    [/小广告|张贴|乱贴|牛皮癣|涂写|乱涂|乱画|野广告/u, "乱张贴"],
    [/流动摊|摊贩|游商|摊点/u, "流动摊点"],
    [/摆卖|乱摆|马路市场/u, "乱摆卖"],
    [/占道经营|店外经营|出店经营|越门经营|跨门经营/u, "占道经营"],
    // Clutter inside a building (`楼道堆物`: a fire-safety item in stairwells) is not 占道堆放 (on a road) unless the words
    // name the road: no clear value, so the row is 其他 with its own words kept (new-user test 35, D9).
    [INDOOR_CLUTTER, NOT_LISTED],
    [/堆放|堆物|杂物|乱堆/u, "占道堆放"],
    [/噪音|噪声|扰民|广场舞音响/u, "噪音扰民"],
    [/卫生|垃圾|死角|积存|脏乱|污水|油污|杂草|粪便/u, "卫生死角"],
  ],
  "volunteers.kind": [
    [/党员/u, "党员志愿者"],
    [/青年|团员|大学生/u, "青年志愿者"],
    [/巾帼|妇女|妇联|女子/u, "巾帼志愿者"],
    [/少年|红领巾|小学|学生/u, "少年志愿者"],
    // A performing troupe (`夕阳红文艺队`, `腰鼓队`) is no volunteer team of its members' age: 其他 (new-user test 57, D14).
    [/^(?!.*志愿)[\u4e00-\u9fff]*(?:文艺|舞蹈|合唱|腰鼓|秧歌|戏曲|模特|太极|艺术)(?:队|团|班)(?:\s|$)/u, NOT_LISTED],
    // 银龄 is the elderly (`银龄志愿服务队`; new-user test 57, D14).
    [/老年|银发|银龄|夕阳红|老党员|老干部|退休/u, "老年志愿者"],
    // 医护, 医务, 护理 and a health centre's own team (`卫生院`, `卫生服务`; not 环境卫生) are medical (new-user test 62, D15).
    [/医疗|医护|医务|护理|义诊|卫生院|卫生室|卫生服务|法律|心理|律师|医生|专业|技术|应急|消防/u, "专业志愿者"],
  ],
  "honors.level": [
    // Conferred within the unit's own 系统 (domain `SYSTEM_HONOUR`): 本单位, the 荣誉名称 saying 系统内 (new-user test 27, D15).
    [/系统内/u, "本单位"],
    // Given by the unit itself (new-user test 8, D1): 校级, 院级, 公司级 …
    // A kindergarten's 园级, a station's 站级, an office's 所级, a library's 馆级, a team's 队级 (new-user test 59, D17);
    // not after a territory (`市馆级`, `县站级`: that body's level, left to the user). 局级 is read in levelByWord.
    [/校级|院级|公司级|厂级|科室级|部门级|系级|(?<![省市县区镇])(?:园|站|所|馆|队|中心)级|本单位|单位内部/u, "本单位"],
    [/全国|中央|国家|中宣部/u, "全国"],
    [/省/u, "省"],
    [/市(?!场)/u, "市"],
    [/街道|乡|镇/u, "街道/乡镇"],
    [/楼栋|小区|楼道|单元/u, "楼栋/小区"],
    [/社区|村/u, "社区/村"],
    [/[区县]/u, "县/区"],
  ],
  "honors.kind": [
    [/助人为乐|助人|帮扶|救助/u, "助人为乐"],
    [/见义勇为|勇救|救人|勇斗/u, "见义勇为"],
    [/诚实守信|诚信|守信/u, "诚实守信"],
    [/敬业|奉献|岗位|职工|员工/u, "敬业奉献"],
    [/孝|敬老|爱亲|婆媳|媳妇|家庭/u, "孝老爱亲"],
    [/红旗手|标兵|劳模|劳动模范|先进工作者|文明岗|建功|岗位能手/u, "敬业奉献"],
    [/好人|志愿者|热心/u, "助人为乐"],
  ],
  "publicity.kind": [
    [/公益广告/u, "公益广告"],
    [/宣传栏|橱窗|公示栏/u, "宣传栏"],
    [/道旗|灯杆旗/u, "道旗"],
    [/横幅|条幅/u, "横幅"],
    [/电子屏|LED|显示屏|大屏/iu, "电子屏"],
    [/墙绘|文化墙|墙体/u, "墙绘"],
    [/展板|展牌/u, "展板"],
    [/宣传单|传单|折页/u, "宣传单"],
    [/倡议书/u, "倡议书"],
    [/宣传资料|手册|明白纸|资料/u, "宣传资料"],
  ],
  "publicity.mode": [
    // `新换了8块`, `换了4块`, `换新` (new-user test 48, D16) are a replacement; `新装`, `新做` a new one.
    [/更换|更新|替换|新换|换新|换了|翻新/u, "更换"],
    [/新设|新建|新增|新装|新做|设置|制作|安装/u, "新设"],
    [/发放|分发|派发/u, "发放"],
    [/维护|维修|修缮/u, "维护"],
  ],
  "organization.kind": [
    [/领导小组|指挥部|工作专班/u, "领导小组"],
    [/共建|结对|联建/u, "共建单位"],
    [/会议|例会|推进会|部署会|动员会|调度会|座谈会/u, "工作会议"],
    [/督查|检查|督导|暗访|巡查/u, "督查检查"],
    [/任务|分解|责任书|清单/u, "任务分解"],
    [/机制|制度|办法|方案|规定/u, "工作机制"],
  ],
};

/**
 * The value of an enumeration a row's words suggest (`问题类别` of `小区门口乱张贴小广告` → 乱张贴),
 * or undefined when they say nothing clear; the caller then takes the field's `其他` (and lists
 * that guess too). `ledgerId.fieldId` names the field (`rectification.kind`). For 活动类型
 * (`activities.kind`) the narrative's placement of words decides ({@link activityKindByWords}).
 * @example enumByWords(standardV1, "honors", "level", "区文明办") // "县/区"
 */
export function enumByWords(catalog: Catalog, ledgerId: string, fieldId: string, words: string): string | undefined {
  if (ledgerId === "activities" && fieldId === "kind") return activityKindByWords(catalog, words);
  return enumWords[`${ledgerId}.${fieldId}`]?.find(([re]) => re.test(words))?.[1] || undefined;
}

/**
 * The 级别 a short level word stands for (`公司级`, `校级`, `科室级` → 本单位; `市级` → 市; `镇级` →
 * 街道/乡镇; `国家` → 全国; `园级`, `站级` → 本单位; `局级` → 本单位 when `unitName`, the 单位名称, ends in 局), by the
 * `honors.level` word table; undefined for anything longer or unknown (a longer text such
 * as `区文明办表彰` is read by {@link nearestChoice}). Used by 规范数据 and the 级别 error's hint (new-user test 14, D9).
 * @example levelByWord("公司级") // "本单位"
 */
export function levelByWord(typed: string, unitName = ""): string | undefined {
  const word = typed.trim();
  // 局级 is a bureau's own honour only in a bureau's workbook (`某某县教育局`); a school's 局级 is its bureau's (县/区 or
  // 市), which the user says (new-user test 59, D17).
  if (word === "局级") return /局$/u.test(unitName.trim()) ? "本单位" : undefined;
  // `国家`, `中央` (a hospital's 全国文明单位) name a level without 级 (own reading, 2026-12-05).
  // A list word without 级 (`乡镇`, `街道`, `社区`) names its level too (new-user test 28, D4).
  if (!/^[\p{Script=Han}]{1,4}级$|^(?:国家|中央|省里|市里|区里|县里|乡镇|街道|乡|镇|社区|村|小区|楼栋|县|区|市|省|系统内)$/u.test(word)) return undefined;
  return enumWords["honors.level"].find(([re]) => re.test(word))?.[1];
}

/** Word tables of the form's and 文字材料's lists, for the near-miss choices users type (new-user test 17, D8). */
const choiceWords: Readonly<Record<string, readonly (readonly [RegExp, string])[]>> = {
  unitType: [
    // `局机关`, `委机关` (new-user test 38, D24).
    [/^(?:机关|政府部门|行政机关|党政机关|机关单位|部门|局机关|委机关|办机关|局|委|办公室|机关科室|政府机关|县直部门|区直部门|市直部门|县直单位|区直单位|市直单位)$/u, "机关部门"],
    // A station or office of a district body (new-user test 18, D20).
    [/^(?:消防救援站|消防站|消防救援大队|派出所|公安派出所|交警中队|司法所|税务所|市场监管所)$/u, "机关部门"],
    [/^(?:社会组织|社工机构|社工站|民办非企业单位|社会团体|协会|商会|基金会|律师事务所|律所|志愿者协会)$/u, "其他"],
    // `企事业` (new-user test 61, D17).
    [/^(?:企业|事业单位|企事业|国企|国有企业|公司|医院)$/u, "企事业单位"],
    [/^(?:群团|群团组织|人民团体)$/u, "群团组织"],
    [/^(?:居委会|社区居委会|社区居民委员会|居民委员会)$/u, "社区"],
    [/^(?:村委会|行政村|村民委员会|村委)$/u, "村"],
    [/^(?:小学|中学|初中|高中|大学|高校|学院|幼儿园|职校|中职|职业学校|技工学校)$/u, "学校"],
    [/^(?:街道办|街道办事处)$/u, "街道"],
    [/^(?:镇|乡|镇政府|乡政府)$/u, "乡镇"],
    // A type said as the office calls itself (`医疗卫生单位`, `文化事业单位`, `物业服务企业`, `国有公司`, `服务中心`), last
    // so that the words above win: a company or institution (new-user test 45, D12). Never an office of government, a
    // 群团, a 社区/村 or a school, which have their own types.
    [/^(?!.*(?:机关|行政|政府|政务|党|群团|团体|社会组织|民办非|社区|村|街道|学校|志愿|文明实践))[\u4e00-\u9fff]{0,6}(?:单位|企业|公司|集团|中心|医院|卫生院)$/u, "企事业单位"],
  ],
  period: [
    [/^上半年度?$|^1[-—–~～至到]6月份?$/u, "上半年"],
    [/^下半年度?$|^7[-—–~～至到]12月份?$/u, "下半年"],
    [/^(?:年度|全年度|一年)$/u, "全年"],
    // A quarter said `Q2` or by its months (`4-6月`, `4至6月份`: new-user test 61, D17).
    [/^(?:一季度|1季度|第1季度|[QqＱｑ][1１]|1[-—–~～至到]3月份?)$/u, "第一季度"],
    [/^(?:二季度|2季度|第2季度|[QqＱｑ][2２]|4[-—–~～至到]6月份?)$/u, "第二季度"],
    [/^(?:三季度|3季度|第3季度|[QqＱｑ][3３]|7[-—–~～至到]9月份?)$/u, "第三季度"],
    [/^(?:四季度|4季度|第4季度|[QqＱｑ][4４]|10[-—–~～至到]12月份?)$/u, "第四季度"],
  ],
  "texts.kind": [
    [/^(?:不足|存在问题|问题与不足|存在的不足|短板)$/u, "存在不足"],
    [/^(?:下步打算|下一步|下步计划|下一步计划|下一步工作打算|工作打算|打算)$/u, "下一步打算"],
    [/^(?:亮点|特色亮点|创新亮点|特色做法)$/u, "工作亮点"],
    [/^(?:开头|概述|总体情况|前言)$/u, "导语"],
  ],
};

/**
 * The list value a short near-miss typed into a list column stands for (`上半年度` → 上半年, `机关` → 机关部门,
 * `不足` → 存在不足, `会议` → 工作会议, `乱摆摊` → 乱摆卖), for 规范数据 to offer (previewed, undoable; new-user test
 * 17, D8). `ledgerId` undefined for the 基本信息 form. Undefined for anything longer than 8 characters or unknown.
 */
export function nearestChoice(catalog: Catalog, ledgerId: string | undefined, fieldId: string, typed: string): string | undefined {
  const word = typed.trim();
  if (!word || [...word].length > 8) return undefined;
  const key = ledgerId === undefined ? fieldId : `${ledgerId}.${fieldId}`;
  const table = choiceWords[key];
  // A choice with a qualifier in brackets (`学校（中职）`, `企事业单位(医院)`): the choice before it, else what the bracket
  // names (new-user test 39, D25: `学校（中职）` → 学校, as `二季度` → 第二季度).
  const bracketed = /^(.+?)\s*[（(]([^（）()]+)[）)]$/u.exec(word);
  if (table && bracketed) {
    const own = (w: string): string | undefined => (table.some(([, v]) => v === w) ? w : table.find(([re]) => re.test(w))?.[1]);
    return own(bracketed[1].trim()) ?? own(bracketed[2].trim());
  }
  if (table) return table.find(([re]) => re.test(word))?.[1];
  return ledgerId === undefined ? undefined : enumByWords(catalog, ledgerId, fieldId, word);
}

/**
 * A list value typed with its year before it (报告期 `2025上半年`, `2025年上半年`, `2025年度`, `2025年第3季度`): the
 * year and the list's value (`{year: 2025, value: "上半年"}`), the rest read as itself or as a 报告期 near-miss
 * (nearestChoice's words: `第3季度` → 第三季度); undefined when it is no value of `values` (new-user tests 8 D14, 9 D15,
 * 32 D25, 33 D17). Shared by the 报告期 error's hint and 规范数据, so that both say the same.
 * @example valueWithYear("2025上半年", ["全年", "上半年"]) // {year: 2025, value: "上半年"}
 */
export function valueWithYear(typed: string, values: readonly string[]): { readonly year: number; readonly value: string } | undefined {
  const m = /^\s*((?:19|20)\d{2})\s*年?\s*(.+?)\s*$/u.exec(typed);
  if (!m) return undefined;
  const rest = m[2] === "度" ? "全年" : m[2].replace(/^度/u, "");
  // The rest as the list's near-misses read it too (`2025年第3季度`, `2025下半年度`, `2025年7-12月`: new-user test 33, D17).
  const value = values.includes(rest) ? rest : (choiceWords.period ?? []).find(([re]) => re.test(rest))?.[1];
  return value !== undefined && values.includes(value) ? { year: Number(m[1]), value } : undefined;
}

const CN_MONTHS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"];

/**
 * A month typed into 报告期 (`5月份`, `5月`, `2025年5月`, `五月`, `2025年5月份`): the month (1–12) and the year typed
 * with it, if any — a 月报, whose 报告期 is 月度 with the month in 起始日期 (catalog MONTHLY_PERIOD; new-user test 36,
 * D16). Shared by the 报告期 error's hint and 规范数据, so that both say the same. Undefined for anything else.
 * @example monthTyped("2025年5月") // {year: 2025, month: 5}
 */
export function monthTyped(typed: string): { readonly year?: number; readonly month: number } | undefined {
  const m = /^\s*(?:((?:19|20)\d{2})\s*年?\s*)?(1[0-2]|0?[1-9]|十[一二]|[一二三四五六七八九十])\s*月份?\s*$/u.exec(halfWidthDigits(typed));
  if (!m) return undefined;
  const month = /\d/u.test(m[2]) ? Number(m[2]) : CN_MONTHS.indexOf(m[2]) + 1;
  return { ...(m[1] ? { year: Number(m[1]) } : {}), month };
}

const halfWidthDigits = (s: string): string => s.replace(/[０-９]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));

/** True when a 单位名称 names a college of a university (`江城大学外国语学院`): its 校级 honours are the university's. */
export function isCollege(unitName: string): boolean {
  return /大学.+(?:学院|系)$/u.test(unitName.trim());
}

/** A 活动类型 typed as a festival word rather than the list's 我们的节日 (`节日`, `传统节日`, `节庆活动`). */
const FESTIVAL_TYPE_WORD = /^(?:传统)?(?:节日|节庆)(?:活动)?$/u;

/**
 * Words of honouring the martyrs (`烈士陵园`, `英烈`, `先烈`, 国家公祭): their 祭扫 is kept on 烈士纪念日 (9月30日) and
 * 国家公祭日 as well as at 清明, so only the festival's own name makes it 我们的节日 (new-user test 52, D20).
 */
const MARTYRS = /烈士|英烈|先烈|公祭/u;

/**
 * True when `words` name a festival of 我们的节日 — the 填报说明's 春节、元宵、清明、端午、七夕、中秋、重阳 (catalog
 * `festivals`) or one of their aliases (`包粽子` → 端午, `祭扫` → 清明; catalog `festivalAliases`). A 祭扫 of the martyrs
 * (`烈士陵园祭扫`) is 清明 only when 清明 is named (`清明节烈士陵园祭扫`).
 * @example namesTraditionalFestival(standardV1, "端午包粽子") // true
 * @example namesTraditionalFestival(standardV1, "烈士陵园祭扫") // false
 */
export function namesTraditionalFestival(catalog: Pick<Catalog, "festivals" | "festivalAliases">, words: string): boolean {
  if (catalog.festivals.some((f) => words.includes(f))) return true;
  const martyrs = MARTYRS.test(words);
  return Object.entries(catalog.festivalAliases).some(([festival, aliases]) => !(martyrs && festival === "清明") && aliases.some((w) => words.includes(w)));
}

/**
 * A festival of the calendar that is no 我们的节日 (妇女节, 劳动节, 国庆, 儿童节, 青年节, 建党节, 教师节, 元旦 …) named
 * in `words`, as typed (`三八妇女节`), or undefined. The 填报说明 limits 我们的节日 to 春节、元宵、清明、端午、七夕、
 * 中秋、重阳 (new-user test 38, D23): such an activity is told with the 文体 or other activities, never as tradition.
 * `新年` is the calendar's (元旦), the 农历新年 being 春节 (new-user test 57, D3).
 * @example modernFestivalIn("三八妇女节插花") // "三八妇女节"
 */
export function modernFestivalIn(words: string): string | undefined {
  return MODERN_FESTIVAL.exec(words)?.[0];
}
const MODERN_FESTIVAL = /(?:三八|国际)?妇女节|三八节|(?:五一|国际)?劳动节|国庆节?|(?:六一|国际)?儿童节|(?:五四)?青年节|(?:七一)?建党节|(?:八一)?建军节|教师节|护士节|植树节|母亲节|父亲节|元旦|(?<!农历)新年/u;

/** Persuading or guiding the public (`文明交通劝导`, `文明餐桌劝导`, `文明出行引导`, `交通引导员`): 志愿服务 — not a 劝导 of street stalls (城管's 环境整治). */
const CIVIC_GUIDANCE = /^(?!.*(?:占道|摊|违章|违建|乱摆|乱堆|乱停|油烟|噪音|执法)).*(?:劝导|(?:文明|交通|出行|秩序|乘车|排队|就医|观赛)引导)/u;
/** The order or the place a 整治 / 整顿 / 清理 / 治理 puts in order, on either side of the verb (`夜市秩序整治`, `整治占道经营`). */
const ORDER_OBJECT = "秩序|市容|环境|卫生|市场|夜市|街面|街巷|背街|小巷|小区|路段|路口|道路|占道|摊|车辆|停车|交通|河道|河塘|沟渠|水塘|村庄|村容|庭院|乱象|违章|违建|广告|油烟|噪音|噪声|垃圾|杂物|死角|周边";
const ORDER_WORK = new RegExp(`(?:${ORDER_OBJECT})[\u4e00-\u9fff]{0,4}(?:整治|整顿|清理|治理)|(?:整治|整顿|清理|治理)[\u4e00-\u9fff]{0,4}(?:${ORDER_OBJECT})`, "u");
/** A subject taken to the people (`垃圾分类进社区`, `反诈知识进企业`; places: domain OUTREACH_PLACES). */
const OUTREACH = new RegExp(`进(?:${OUTREACH_PLACES})`, "u");
/** A service, care or show taken to the people (`志愿服务进社区`, `义诊进社区`, `文艺演出进村`): not publicity. */
const OUTREACH_SERVICE = /志愿|服务|义诊|慰问|帮扶|关爱|送温暖|维修|义剪|演出|文艺|电影|清理|清扫|保洁|植树/u;

/** Words of theory study (理论学习), told apart from other publicity work. */
const STUDY = /理论|党课|学习|读书班|宣讲会/u;

/**
 * 活动类型 of an activity by its words: a festival of the catalog (or an alias: 包粽子 → 端午) gives
 * 我们的节日, 讲堂 gives 道德讲堂, meetings 会议培训, shows and games 文体活动, 宣传/宣教 宣传教育,
 * clean-ups and tree planting 环境整治, else the 板块 the narrative places the words in
 * ({@link placementByWords}) and the first 活动类型 the catalog feeds into that 板块 (publicity →
 * 宣传教育, or 理论学习 for study); undefined when the words place nothing.
 */
export function activityKindByWords(catalog: Catalog, words: string): string | undefined {
  if (namesTraditionalFestival(catalog, words)) return "我们的节日";
  // The type typed as a festival word (`节日`, `传统节日`, `节庆活动`) is 我们的节日 (new-user test 38, D17: not 文体活动).
  if (FESTIVAL_TYPE_WORD.test(words.trim())) return "我们的节日";
  if (/讲堂/u.test(words)) return "道德讲堂";
  if (/培训|会议|例会|动员会|推进会|部署会/u.test(words)) return "会议培训";
  // Any meeting by its closing word (`春运总结会`, `志愿者座谈会`: catalog MEETING_NAME) is one too (new-user test 58, D14/D18),
  // unless it is study (`学习会`), a talk (`报告会`) or a forum with the people served (SERVED_FORUM: their service work).
  if (MEETING_NAME.test(words.trim()) && !STUDY.test(words) && !/报告会$/u.test(words.trim()) && !SERVED_FORUM.test(words)) return "会议培训";
  if (/晚会|联欢|文艺|演出|展演|运动会|趣味赛|比赛/u.test(words)) return "文体活动";
  // 学雷锋 is the genre's volunteering word; …进校园, 咨询日 / 宣传周 are publicity (new-user test 8, D9).
  // A 学雷锋 义诊 is volunteers' service (own reading, 2026-12-05: never 关爱帮扶).
  if (/学雷锋/u.test(words) && !/慰问|帮扶|宣传/u.test(words)) return "志愿服务";
  // Persuading and guiding people on the street (`文明交通劝导`, `文明出行引导`) is volunteers' work (new-user test 51, D8).
  if (CIVIC_GUIDANCE.test(words)) return "志愿服务";
  // Putting an order or a place in order (`夜市秩序整治`, `市容整顿`, `河道清理`) is 环境整治, never 其他 (new-user test 51, D16).
  if (ORDER_WORK.test(words)) return "环境整治";
  // A subject taken to the people (`垃圾分类进社区`, `文明礼仪进家庭`) is publicity, never 环境整治 for its 垃圾 (new-user test 51,
  // D16) — unless it is a service or a show taken there (`志愿服务进社区`, `义诊进社区`: their own words decide below).
  if (OUTREACH.test(words) && !OUTREACH_SERVICE.test(words) && !STUDY.test(words)) return "宣传教育";
  // A world day's consultation (`世界卫生日咨询`) is publicity, never 环境整治 for its 卫生.
  if (/(?:宣教|宣讲|宣传|进校园|咨询|开放日|世界[\u4e00-\u9fff]{1,6}日|宣传日|宣传周|宣传月)/u.test(words) && !STUDY.test(words)) return "宣传教育";
  if (/植树|清扫|清理|清捡|清运|保洁|大扫除/u.test(words)) return "环境整治";
  const placed = placementByWords(words);
  if (!placed) return STUDY.test(words) ? "理论学习" : undefined;
  const types = catalog.sections.find((s) => s.id === placed.section)?.activityTypes ?? [];
  if (placed.section === "publicity" && STUDY.test(words)) return "理论学习";
  if (placed.section === "morality") return "宣传教育";
  return types.find((t) => t !== "我们的节日") ?? types[0];
}

/** Measure word a 宣传投放 item of each 类型 is counted in when none was typed (道旗 面, 横幅 条 …). */
export const publicityUnitOfKind: Readonly<Record<string, string>> = {
  公益广告: "块", 宣传栏: "块", 道旗: "面", 横幅: "条", 电子屏: "块", 墙绘: "处", 展板: "块", 宣传单: "份", 倡议书: "份", 宣传资料: "份", 其他: "个",
};

/**
 * Measure word a 组织保障 item's 数量 is counted in when none (or none of the list) was typed: the
 * summary never prints a bare `12` (new-user test 8, D11). 其他 has none: its figure is left out.
 */
export const orgUnitOfKind: Readonly<Record<string, string>> = {
  领导小组: "个", 工作机制: "项", 共建单位: "家", 工作会议: "次", 督查检查: "次", 任务分解: "项",
};

/**
 * What a 问题清单 status says: 1 rectified (已整改, 已完成, 整改到位, 已销号), 0 not yet (整改中,
 * 未整改, 正在整改, 未完成, 待整改), undefined for other words (the caller lists the cell).
 */
export function rectifiedByStatus(words: string): 0 | 1 | undefined {
  const w = words.replace(/\s+/gu, "");
  if (w === "") return undefined;
  if (/未|待|整改中|正在|推进中|进行中|否|没有|尚未|部分/u.test(w)) return 0;
  // 已维修, 已更换, 已修复 … : a repair done is a problem rectified (new-user test 38, D16: `已维修2盏`).
  if (/已整改|已完成|完成|到位|已销号|销号|办结|已处理|已解决|已清理|已拆除|已(?:维修|更换|修复|修缮|清除|清运|整治|取缔|恢复|补齐|拆改)|^是$|^√$|^✓$/u.test(w)) return 1;
  return undefined;
}
