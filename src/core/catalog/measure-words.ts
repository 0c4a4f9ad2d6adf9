/**
 * Measure words people use for each kind of thing (narrative spec v2 rule 11): people 人/名,
 * households 户, 横幅 条, 展板 and 宣传栏 块, lectures 场/期, operations 次, schools 所, places 处,
 * rooms 间/个 …, and the echo classifier an Arabic numeral never takes (`社区学校1校`).
 *
 * Pure data and small functions. Precision first: a rule knows a thing only by the head noun its
 * name ends with (Chinese puts the head last: `出动执法人员` is people, `人员密集场所` a place), and
 * its list of acceptable words is generous — every word a careful colleague would let stand —, so
 * that a rule speaks only where the typed word is really wrong (`执法队员2个`). The generator
 * prints {@link printedMeasureWord}; `check` warns where the typed 单位 is not acceptable; the
 * narrative lint flags the same in any text.
 * @module
 */

/** One kind of thing and the measure words people use for it (narrative v2 rule 11). */
export interface MeasureWordRule {
  readonly id: string;
  /** 人员, 户, 横幅 … */
  readonly label: string;
  /** Matches a thing's name (指标名称, 名称或内容, 类型, 问题类别, 备注 words). */
  readonly things: RegExp;
  /** Acceptable measure words. */
  readonly words: readonly string[];
  /** What the text prints when the typed word is not acceptable. */
  readonly preferred: string;
  /**
   * Units of measurement (money, area, weight): another word is not a wrong classifier of the same
   * count but another quantity (`垃圾5个` is not `5吨`), so the text prints only these typed
   * synonyms as {@link preferred} and keeps any other typed word (check still warns).
   */
  readonly synonyms?: readonly string[];
}

/** Head nouns are matched at the end of the name. */
const endsWith = (alternatives: string): RegExp => new RegExp(`(?:${alternatives})$`, "u");

/** Bodies a unit sets up (`领导小组`, `工作专班`, `志愿服务队`, `指挥部`): the head noun of a set-up clause. */
const BODY_SET_UP = "小组|专班|工作组|指挥部|委员会|服务队|志愿队|突击队|巡逻队|宣讲团|队";

/** Words that count people; 户 also, since households are visited as people are (`走访居民320户`). */
const PEOPLE_WORDS = ["人", "名", "位", "人次", "次", "批", "组", "队", "支", "户", "户次", "万人", "万人次", "人天", "人日", "工日"];

/**
 * The table, tried in order: the first rule whose `things` matches a name knows it. Specific head
 * nouns come before general ones (`公益广告牌` before `公益广告`, `会议室` before meetings).
 */
export const measureWordRules: readonly MeasureWordRule[] = [
  {
    // A body set up, named in the first clause (`成立公司文明创建工作领导小组，总经理任组长，各车队队长为成员`, `组建志愿服务队`,
    // `成立创文工作专班，抽调骨干为成员`): the row counts the body (1个), whatever its later clauses end with; its members may
    // be counted too (12人). Never 人 for a 领导小组 because `成员` ends the text (new-user test 56, D12).
    id: "bodies-set-up",
    label: "组织机构",
    things: new RegExp(`^(?:成立|组建|建立|设立|新成立|调整|调整充实|完善|健全)[^，,；;。]*?(?:${BODY_SET_UP})(?:[（(，,；;。]|$)`, "u"),
    words: ["个", "支", "家", "所", "处", "次", "场", "期", "轮", "届", "批", "项", "套", "人", "名", "位"],
    preferred: "个",
  },
  {
    id: "rooms",
    label: "功能室",
    things: endsWith("室|书屋"),
    words: ["间", "个", "处", "家", "座", "套", "所", "平方米"],
    preferred: "个",
  },
  {
    id: "schools",
    label: "学校",
    things: endsWith("学校|小学|中学|幼儿园|大学|学院|职校|高中|初中|分校|校区|托儿所|老年大学"),
    // 家长学校、市民学校 are also held: `举办家长学校8期`.
    words: ["所", "个", "家", "座", "处", "期", "场", "次", "堂", "课", "节"],
    preferred: "所",
  },
  {
    // A body set up (`道德评议会` 12个 in 12 villages, `红白理事会`, `村民议事会`, `志愿者协会`) is counted 个/支, and its sittings
    // 次/场 (`道德评议会` 48场): both stand, so neither is turned into the other (`成立道德评议会12次`: new-user test 54, D4). A
    // name that holds it (`召开道德评议会`) is a meeting (below).
    id: "bodies",
    label: "组织",
    things: /^(?!召开|举办|举行|组织召开|开展)[\s\S]*(?:评议会|理事会|议事会|委员会|协会|联合会|促进会|商会|联谊会)$/u,
    // Its members in people (`村道德评议会` 9人: `成立村道德评议会，成员9人`; new-user test 45, D10).
    words: ["个", "支", "家", "所", "处", "次", "场", "期", "轮", "届", "批", "人", "名", "位"],
    preferred: "个",
  },
  {
    id: "meetings",
    label: "会议",
    things: endsWith("会议|推进会|部署会|调度会|动员会|动员大会|大会|座谈会|例会|联席会|工作会|专题会|协调会|培训会|观摩会|现场会|交流会|汇报会|评议会|分析会|讲评会|碰头会|务虚会|恳谈会|听证会"),
    words: ["次", "场", "期", "轮", "届", "批", "人", "名", "人次", "万人次"],
    preferred: "次",
  },
  {
    id: "moral-lectures",
    label: "道德讲堂",
    // A 讲堂 is held (`12期`) and also built (`建成道德讲堂3个`).
    things: endsWith("讲堂|大讲堂"),
    words: ["场", "期", "次", "堂", "节", "课", "届", "轮", "个", "处", "间", "所", "人", "名", "人次", "万人次"],
    preferred: "期",
  },
  {
    id: "lectures",
    label: "讲座、培训",
    things: endsWith("讲座|培训|宣讲|党课|微党课|报告会|竞赛|知识竞赛|比赛|演讲|故事会|沙龙|读书会|研讨会|朗诵会|知识赛"),
    words: ["场", "期", "次", "堂", "节", "课", "课时", "学时", "届", "轮", "班", "批", "场次", "期次", "人", "名", "人次", "万人次"],
    preferred: "场",
  },
  {
    id: "operations",
    label: "行动、巡查",
    // The figure of an operation may count its objects (`入户排查1200户`, `整治120条`): only
    // words that cannot count any of them are wrong.
    things: endsWith("行动|巡查|检查|督查|督导|暗访|明察暗访|巡逻|执法|排查|抽查|抽检|集中整治|专项整治|整治|大扫除|演练|测评|考核|联合执法|夜查"),
    words: [
      "次", "轮", "场", "期", "批", "批次", "天", "日", "小时", "人", "名", "人次", "万人次", "处", "户", "户次", "家", "家次", "个", "起", "宗", "件",
      "条", "段", "辆", "辆次", "台", "台次", "车次", "所", "座", "栋", "项", "公里", "米", "平方米", "万平方米",
    ],
    preferred: "次",
  },
  {
    id: "people",
    label: "人员",
    things: endsWith(
      "人员|队员|志愿者|保洁员|网格员|协管员|劝导员|督导员|信息员|宣传员|调解员|监督员|讲解员|巡查员|巡逻员|楼栋长|楼长|干部|职工|员工|党员|群众|居民|村民|市民|学生|" +
        "师生|教师|老师|教职工|民警|辅警|交警|警力|医生|医务人员|护士|讲师|专家|骨干|家长|儿童|青少年|未成年人|老人|老年人|游客|妇女|青年|少年|团员|队伍成员|成员|" +
        "参与者|受益人|受益群众|志愿服务人员|城管队员|执法队员|保安|环卫工人|工人|清洁工|快递员|外卖员|到岗|在岗|上岗|值班|值守人数|到岗人数",
    ),
    words: PEOPLE_WORDS,
    preferred: "人",
  },
  {
    id: "households",
    label: "户",
    things: endsWith("住户|农户|低保户|困难户|贫困户|特困户|五保户|散居户|家庭|困难家庭|文明家庭|居民户|常住户"),
    words: ["户", "户次", "家", "个", "次", "人", "名", "人次", "万户"],
    preferred: "户",
  },
  {
    id: "businesses",
    label: "商户、单位",
    things: endsWith("商户|商家|个体户|经营户|门店|店铺|商铺|沿街商铺|企业|单位|共建单位|成员单位|酒店|餐馆|饭店|宾馆|网吧|超市|农贸市场|市场|物业公司|公司"),
    words: ["家", "户", "个", "所", "座", "处", "次", "家次", "户次", "批", "类"],
    preferred: "家",
  },
  {
    id: "banners",
    label: "横幅",
    things: endsWith("横幅|条幅|宣传横幅"),
    words: ["条", "幅", "处", "副", "面", "批"],
    preferred: "条",
  },
  {
    id: "slogans",
    label: "标语",
    things: endsWith("标语|宣传标语"),
    words: ["条", "幅", "张", "处", "块", "副", "份", "个", "批"],
    preferred: "条",
  },
  {
    id: "boards",
    label: "展板、宣传栏、广告牌",
    things: endsWith("展板|宣传栏|宣传牌|广告牌|公益广告牌|公示牌|标识牌|指示牌|提示牌|橱窗|宣传橱窗|灯箱|电子屏|显示屏|LED屏|宣传板|文化墙|墙绘|宣传墙"),
    // 移动广告牌 is also a 问题类别 (`清理移动广告牌34起`).
    words: ["块", "个", "处", "面", "幅", "座", "组", "套", "台", "张", "平方米", "米", "起", "宗", "件", "批"],
    preferred: "块",
  },
  {
    id: "postings",
    label: "乱张贴、小广告",
    // Postings are cleared as places, sheets or cases (`清理乱张贴1260处`, `小广告1200余起`), never as shops or households:
    // `清理乱张贴5家` reads as five shops cleared away (new-user test 39, D16).
    things: endsWith("乱张贴|小广告|牛皮癣|乱贴乱画|乱涂乱画|乱涂乱贴"),
    words: ["处", "起", "张", "宗", "件", "条", "块", "个", "幅", "面", "批", "批次", "次", "平方米", "万张", "万处"],
    preferred: "处",
  },
  {
    id: "public-ads",
    label: "公益广告",
    // Boards, posters, broadcasts and posts: many words fit.
    things: endsWith("公益广告|宣传广告|广告"),
    // 小广告 is also cleared as cases (`清理小广告1200余起`).
    // Not 个: an editor reads `公益广告4000余个` as a slip (review run 4).
    words: ["块", "幅", "处", "条", "张", "面", "组", "套", "次", "期", "篇", "平方米", "批", "起", "宗", "件", "万张"],
    preferred: "块",
  },
  {
    id: "flags",
    label: "道旗",
    things: endsWith("道旗|灯杆旗|刀旗|旗帜|彩旗"),
    // Not 块 (`道旗66块`): flags are 面 (review run 5).
    words: ["面", "幅", "杆", "副", "对", "组", "处", "套", "批"],
    preferred: "面",
  },
  {
    id: "shelters",
    label: "站亭、岗亭",
    things: endsWith("站亭|候车亭|公交站亭|岗亭|凉亭|报刊亭|服务亭"),
    // Not 个 (`新建公交站亭16个`): a shelter is 座 (review run 5).
    words: ["座", "处", "间", "批"],
    preferred: "座",
  },
  {
    id: "vehicles",
    label: "车辆",
    things: endsWith("车辆|机动车|机动车辆|非机动车|汽车|电动车|电动自行车|自行车|共享单车|清运车|洒水车|执法车|垃圾车|垃圾清运车|三轮车|摩托车|工程车|渣土车|货车|警车|巡逻车"),
    // 乱停放非机动车 is also counted in cases (`120起`).
    // Not 台 (`投入车辆290余台`): vehicles are 辆, machines 台; 台次 stays for turns out.
    words: ["辆", "部", "架", "辆次", "台次", "车次", "次", "起", "宗", "件", "处", "批", "万辆"],
    preferred: "辆",
  },
  {
    id: "poles",
    label: "电杆",
    things: endsWith("电杆|电线杆|废旧电杆|线杆|灯杆|水泥杆|旗杆"),
    words: ["根", "基", "处", "个", "次", "批"],
    preferred: "根",
  },
  // Facilities and equipment (new-user test 29, D22: `新增充电桩20人`): each counted in its own words, never in people.
  {
    id: "chargers",
    label: "充电桩",
    things: endsWith("充电桩|充电设施|充电插座|充电口|充电端口|充电柜"),
    words: ["个", "台", "根", "套", "组", "处", "座", "桩", "路", "批"],
    preferred: "个",
  },
  {
    id: "bins",
    label: "垃圾桶、垃圾箱",
    things: endsWith("垃圾桶|分类垃圾桶|垃圾分类桶|分类桶|垃圾箱|分类垃圾箱|果皮箱|果壳箱|收集桶|收集箱|收集容器"),
    words: ["个", "只", "组", "套", "台", "处", "座", "批"],
    preferred: "个",
  },
  {
    id: "lamps",
    label: "路灯",
    things: endsWith("路灯|太阳能路灯|景观灯|庭院灯|照明灯|楼道灯|声控灯|草坪灯|灯具"),
    words: ["盏", "根", "杆", "基", "个", "套", "组", "处", "座", "批"],
    preferred: "盏",
  },
  {
    id: "seats",
    label: "座椅",
    things: endsWith("座椅|休闲座椅|休闲椅|长椅|椅子|石凳|长凳|坐凳|休闲凳"),
    words: ["张", "把", "条", "个", "组", "套", "处", "批"],
    preferred: "张",
  },
  {
    id: "fitness",
    label: "健身器材",
    things: endsWith("健身器材|健身器械|体育器材|体育器械|健身设施|健身设备|健身路径"),
    words: ["套", "件", "台", "个", "组", "处", "条", "批"],
    preferred: "套",
  },
  {
    id: "cameras",
    label: "监控、摄像头",
    things: endsWith("监控|视频监控|监控设备|监控摄像头|监控探头|摄像头|摄像机|探头|电子眼|天网"),
    words: ["个", "台", "路", "套", "组", "处", "只", "部", "点", "批"],
    preferred: "个",
  },
  {
    id: "trees",
    label: "树木",
    things: endsWith("树木|苗木|乔木|灌木|行道树|树苗|植树|补植树木|果树"),
    words: ["棵", "株", "万株", "万棵", "亩", "平方米", "次", "场", "批", "处"],
    preferred: "棵",
  },
  {
    id: "flowers",
    label: "花卉",
    things: endsWith("花卉|绿植|盆栽|盆景|草花|鲜花"),
    words: ["盆", "株", "棵", "万株", "平方米", "组", "处", "束", "批"],
    preferred: "盆",
  },
  {
    id: "materials",
    label: "宣传资料",
    things: endsWith("宣传资料|资料|宣传单|传单|倡议书|明白纸|宣传册|手册|折页|告知书|通知书|责任书|承诺书|公开信|调查问卷|问卷|读本|宣传页|宣传折页|致居民的一封信|一封信"),
    // Signed per household (`签订门前三包责任书1850户`), handed out in sessions.
    words: ["份", "张", "册", "本", "套", "页", "次", "批", "户", "家", "万份", "万张", "万册"],
    preferred: "份",
  },
  {
    id: "posters",
    label: "海报",
    things: endsWith("海报|宣传画|招贴画"),
    words: ["张", "份", "幅", "块", "处", "套", "批"],
    preferred: "张",
  },
  {
    id: "books",
    label: "图书",
    things: endsWith("图书|书籍|书刊|读物|藏书"),
    words: ["册", "本", "套", "种", "批", "万册"],
    preferred: "册",
  },
  {
    id: "estates",
    label: "小区",
    things: endsWith("小区|老旧小区|住宅小区|物业小区|居民小区"),
    words: ["个", "处", "座", "片", "家", "次"],
    preferred: "个",
  },
  {
    id: "buildings",
    label: "楼栋",
    things: endsWith("楼栋|楼房|住宅楼|居民楼"),
    words: ["栋", "幢", "座", "个", "处", "单元"],
    preferred: "栋",
  },
  {
    id: "places",
    label: "场所、点位",
    things: endsWith("场所|点位|站点|服务点|网点|执勤点|示范点|投放点|收集点|监测点|景区|公园|口袋公园|游园|广场|停车场|死角|卫生死角|公厕|厕所"),
    words: ["处", "个", "座", "家", "块", "片", "间", "所", "次", "起", "宗", "件", "点"],
    preferred: "处",
  },
  {
    id: "money",
    label: "金额",
    things: endsWith("经费|资金|金额|(?<![条])款|善款|慰问金|奖金|奖励金|补助金|补助|补贴|费用|经费投入|资金投入"),
    // 捐款 is also an action (`组织捐款3次`).
    words: ["元", "万元", "亿元", "千元", "笔", "次", "批", "人次", "户"],
    preferred: "元",
    synonyms: ["块", "块钱", "圆"],
  },
  {
    id: "area",
    label: "面积",
    things: endsWith("面积|绿化面积|建筑面积"),
    words: ["平方米", "万平方米", "平米", "亩", "公顷", "平方公里", "㎡", "m²"],
    preferred: "平方米",
    synonyms: ["平方", "平", "方米", "平方米数"],
  },
  {
    id: "weight",
    label: "垃圾、渣土（重量、体积）",
    things: endsWith("垃圾|生活垃圾|建筑垃圾|餐厨垃圾|白色垃圾|渣土|淤泥|杂物|垃圾杂物"),
    words: ["吨", "万吨", "公斤", "千克", "斤", "方", "立方米", "车", "车次", "袋", "桶", "处", "堆", "次", "kg"],
    preferred: "吨",
    synonyms: ["顿", "t", "T"],
  },
];

/**
 * The echo of a thing that is nevertheless its usual measure word (`困难户12户`, `东湖好人12人`,
 * `案件12件`, `事项12项`, `品种20种`): never an echo classifier.
 */
const ECHO_OK = new Set(["户", "人", "件", "项", "种", "类", "家", "名", "批", "次", "届", "期", "组", "人次", "户次"]);

/** Measure words counted as such after a numeral in a text, longest first (人次 before 人). */
export const countingWords: readonly string[] = [
  ...new Set([
    ...measureWordRules.flatMap((r) => r.words),
    "人次", "户次", "车次", "台次", "辆次", "人", "名", "位", "户", "家", "次", "场", "期", "届", "轮", "批", "队", "支", "个", "项", "份",
    "块", "面", "幅", "条", "处", "张", "宗", "起", "件", "本", "册", "篇", "套", "台", "辆", "部", "座", "栋", "幢", "间", "所", "只",
    "棵", "株", "盏", "根", "把", "顶", "袋", "箱", "桶", "包", "盒", "封", "首", "种", "类", "组", "对", "双", "副", "单", "笔", "盆",
    "扇", "片", "段", "点", "节", "堂", "课", "站", "群", "元", "万元", "吨", "平方米", "立方米", "公里", "米", "亩", "小时", "天",
  ]),
].sort((a, b) => b.length - a.length);

/** The rule that knows a thing, or undefined. */
export function measureRuleFor(thing: string): MeasureWordRule | undefined {
  const name = thing.trim();
  if (!name) return undefined;
  return measureWordRules.find((r) => r.things.test(name));
}

/** True when `typed` is a word the rule that knows `thing` does not accept (false for an unknown thing or a blank word). */
export function isWrongMeasureWord(thing: string, typed: string): boolean {
  const word = typed.trim();
  const r = word ? measureRuleFor(thing) : undefined;
  return r !== undefined && !r.words.includes(word);
}

/** Spoken spellings of standard units, written out in prose (v2 rule 11). */
const spokenUnits: Readonly<Record<string, string>> = { 平方: "平方米", 平米: "平方米", 方米: "平方米", 顿: "吨" };

/**
 * Words of a physical measure, money or time (`平方米`, `吨`, `元`, `小时`): a figure in one of them is no count of things and is
 * never given a thing's word, which would change what it says (new-user test 71, D1: `清理厂区卫生死角` 1200 平方米 printed
 * `1200处`). A people word on a thing is a slip and still takes the thing's word (`新增充电桩20人` → `20个`: new-user test 29, D22).
 */
const OTHER_MEASURE = new Set(["平方米", "万平方米", "平米", "亩", "公顷", "平方公里", "米", "延米", "公里", "千米", "吨", "万吨", "公斤", "千克", "斤",
  "立方米", "方", "元", "万元", "亿元", "千元", "小时", "天", "分钟"]);

/**
 * The measure word to print: `typed` when acceptable or when no rule knows the thing; else the rule's preferred word — but
 * never in place of a word of another measure (OTHER_MEASURE), which is printed as typed (check value.measure-word says so).
 */
export function printedMeasureWord(thing: string, typed: string): string {
  const r = measureRuleFor(thing);
  const word = typed.trim();
  // Spoken spellings of a standard unit are written out whatever the thing (`近2000平方` → `近2000平方米`).
  // Own keys only: a unit typed `toString` is no spoken unit (a fuzzed workbook's `f.unit.startsWith is not a function`).
  const spoken = Object.prototype.hasOwnProperty.call(spokenUnits, word) ? spokenUnits[word] : undefined;
  if (spoken && (!r || r.words.includes(spoken))) return spoken;
  if (!r || !word || r.words.includes(word)) return typed;
  if (r.synonyms && !r.synonyms.includes(word)) return typed;
  if (OTHER_MEASURE.has(word) && !r.synonyms?.includes(word)) return typed;
  return r.preferred;
}

/** True when `word` after a numeral echoes the thing itself (学校1校, 场所1场所, 功能室6室). */
export function isEchoClassifier(thing: string, word: string): boolean {
  const name = thing.trim();
  if (!word || !name.endsWith(word) || ECHO_OK.has(word)) return false;
  const r = measureRuleFor(name);
  return !r || !r.words.includes(word);
}

/**
 * The thing as said before its figure when its name ends with the measure word again
 * (`居民楼栋28栋` → `居民楼28栋`, `改造楼栋617栋` → `改造楼房617栋`): the name without the echo,
 * as staff write it (v2 rule 11); a visit counted in 户 names who was visited (`开展入户走访` → `入户走访群众`). Other names
 * are returned unchanged; the appendix keeps the name.
 * @example spokenThing("居民楼栋", "栋") // "居民楼"
 */
export function spokenThing(thing: string, word: string): string {
  // `开展入户走访` 户: 开展 before a verb of its own says nothing, and the households visited are the 群众's
  // (`入户走访群众300户`, never `开展入户走访300户`; new-user test 31, D19).
  const visits = /^(?:开展)?((?:入户)?走访)$/u.exec(thing);
  if (visits && word === "户") return `${visits[1]}群众`;
  if (word === "栋" && /楼栋$/u.test(thing)) return /居民楼栋$/u.test(thing) ? thing.replace(/楼栋$/u, "楼") : thing.replace(/楼栋$/u, "楼房");
  return thing;
}

/**
 * Who a household honour's count of 户 names: `商户` for shops and stalls (`星级文明经营户`, `诚信商户`), else
 * `家庭` (`12户家庭获评…`; new-user test 17, D1).
 */
export function householdNoun(title: string): string {
  return /(?:经营户|商户|个体户|门店|店铺|摊位)$/u.test(title) ? "商户" : "家庭";
}

/**
 * Who a collective honour counted in 个 or 所 names by the end of its title, said before the verb as households are
 * (`6个班级获评区级“文明班集体”`, `3个楼道获评…`, `2个集体获评…`): undefined for a title whose end names no holder
 * (`工人先锋号`, `巾帼文明岗`: `获评市级“工人先锋号”2个` stays). New-user test 41, D9: never `获评区级“文明班集体”6个`,
 * a sentence with no subject.
 */
export function collectiveHolderNoun(title: string): string | undefined {
  const t = title.trim();
  if (/班集体$|班级$|(?<![值岗])班$/u.test(t)) return "班级";
  return /(集体|单位|科室|窗口|班组|车间|中队|支部|教研组|年级组|楼院|院落|楼道|网格|小区|街区|村|社区|企业|学校|幼儿园|医院)$/u.exec(t)?.[1];
}
