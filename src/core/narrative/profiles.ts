/**
 * Unit profiles (narrative spec §3, issue #4 item 1): the register of each kind of unit — how it
 * names itself, its section headings, the sentence that opens each section, point leads and the
 * wording of its main figures. 学校 and 企事业单位 use 机关部门; 其他 uses 社区/村. Pure data:
 * the section builders read these tables and never branch on a profile id.
 * @module
 */
import { CARE_HOME_NAME, ELDER_SCHOOL_NAME, PUBLIC_SERVICE_NAME, commonShortName, leadSelfWord } from "../catalog/domain";
import type { Facts } from "../facts";

/** Profile ids. */
export type ProfileId = "community" | "street" | "agency" | "mass" | "school" | "kindergarten" | "enterprise" | "publicService" | "careHome" | "elderSchool" | "scenic" | "transport" | "property" | "market" | "other" | "practice";

/** Heading and point leads of one profile, by section id (catalog sections) and point id. */
export interface Profile {
  readonly id: ProfileId;
  /** How the unit refers to itself in running text (社区, 街道, 我局, 妇联). */
  readonly self: (unitType: string, unitName?: string) => string;
  /** Level-1 headings by catalog section id, plus highlights/shortcomings/nextSteps. */
  readonly headings: Readonly<Record<string, string>>;
  /** The sentence that opens a section (`{self}` is replaced by the unit's self-reference), by section id. */
  readonly intros: Readonly<Record<string, string>>;
  /** Point leads (`强化组织领导`) by point id. */
  readonly leads: Readonly<Record<string, string>>;
  /**
   * Sections whose 其他指标 make a point of their own, with its lead; elsewhere they are woven into
   * the section's last point.
   */
  readonly figureLeads: Readonly<Record<string, string>>;
  /** What the opening says the unit worked for (`以居民群众满意为目标……`). */
  readonly aim: string;
  /** Phrases of the main figures. */
  readonly phrases: {
    /** Before the main problem categories and the total (`累计排查发现` 乱张贴、占道经营等问题118处). */
    readonly problemsFound: string;
    /** After the honours list (`，以身边榜样带动身边人`). */
    readonly honoursTail: string;
    /** Before the volunteer total (`注册志愿者`). */
    readonly volunteers: string;
  };
}

const common = {
  highlights: "创新工作方法，打造创建亮点",
  shortcomings: "存在的不足",
  nextSteps: "下一步工作打算",
};

const community: Profile = {
  id: "community",
  // A village says 我村 (a bare 村 reads as no subject: new-user test 7, D2); a community says 社区.
  self: (t) => (t === "村" ? "我村" : "社区"),
  aim: "以居民群众满意为目标，把文明创建融入网格管理和社区服务",
  headings: {
    ...common,
    organization: "加强组织领导，压实创建责任",
    environment: "狠抓环境整治，建设美丽家园",
    publicity: "加强宣传引导，营造创建氛围",
    morality: "深化道德建设，提升居民素质",
    volunteering: "壮大志愿队伍，提升服务实效",
    culture: "丰富文体活动，传承传统文化",
    care: "开展关爱帮扶，传递邻里温暖",
    facilities: "完善设施建设，提升服务功能",
    other: "统筹推进其他创建工作",
  },
  intros: {},
  leads: { leadership: "健全机构", mechanism: "完善机制", partners: "共驻共建", supervision: "督查推进", orgOther: "夯实基础", training: "学习培训", problems: "整治顽疾", envActivities: "清洁家园", publicity: "阵地宣传", pubActivities: "主题教育", honours: "选树典型", lectures: "办好讲堂", teams: "队伍建设", volActivities: "常态服务", festivals: "节日活动", culture: "文化惠民", care: "民生关爱", figures: "长效管理" },
  figureLeads: { organization: "夯实基础" },
  phrases: { problemsFound: "累计排查发现", honoursTail: "", volunteers: "注册志愿者" },
};

const street: Profile = {
  ...community,
  id: "street",
  // `桃源乡人民政府` is a 乡 (new-user test 18, D15).
  self: (t, name = "") => (t === "乡镇" ? (/乡(?:人民政府|政府|党委)?$/u.test(name.trim()) ? "我乡" : "我镇") : "街道"),
  aim: "统筹辖区社区和驻区单位，压实创建责任，推动创建工作常态长效",
  headings: {
    ...community.headings,
    organization: "统筹组织调度，健全创建体系",
    environment: "聚焦城市管理，提升辖区环境",
    publicity: "强化宣传发动，凝聚创建合力",
    morality: "深化道德建设，培育文明风尚",
    volunteering: "整合志愿力量，打响服务品牌",
    culture: "繁荣群众文化，弘扬传统美德",
    care: "织密关爱网络，增进民生福祉",
    facilities: "补齐设施短板，完善城市功能",
  },
  intros: {},
  leads: { leadership: "统筹指挥", mechanism: "健全机制", partners: "凝聚合力", supervision: "督查调度", orgOther: "夯实基础", training: "业务培训", problems: "专项整治", envActivities: "集中整治", publicity: "氛围营造", pubActivities: "主题教育", honours: "典型引领", lectures: "道德宣讲", teams: "队伍建设", volActivities: "服务活动", festivals: "节日文化", culture: "文化惠民", care: "民生关爱", figures: "常态管理" },
  figureLeads: { organization: "夯实基础" },
  phrases: { problemsFound: "辖区共排查出", honoursTail: "", volunteers: "辖区注册志愿者" },
};

/** 我局, 我委, 我办 from the unit's name; 学校 for schools; 我单位 otherwise. */
function agencySelf(unitType: string, unitName = ""): string {
  if (unitType === "学校") return "学校";
  // A police or fire brigade says 我大队, 我支队, a station 我站 (own reading, 2026-12-05: never `我单位` of a 交警大队).
  const m = /(局|委|办|院|所|(?<!办事)处|中心|大队|支队|中队|(?<!车|加油)站)$/u.exec(unitName.replace(/（.*?）$/u, ""));
  return m ? `我${m[1]}` : "我单位";
}

const agency: Profile = {
  ...community,
  id: "agency",
  self: agencySelf,
  aim: "立足部门职能，把创建任务融入日常管理和执法工作",
  headings: {
    ...community.headings,
    organization: "强化组织保障，落实创建责任",
    // Agencies' 环境整治 holds greening and cleaning as well as order (review run 14: 粉刷行道树).
    environment: "开展专项整治，优化环境秩序",
    publicity: "加大宣传力度，营造浓厚氛围",
    morality: "加强思想道德建设，提升干部职工素质",
    volunteering: "组织志愿服务，践行为民宗旨",
    culture: "开展文体活动，凝聚干部职工",
    care: "开展结对帮扶，温暖困难群众",
    facilities: "完善基础设施，提升城市品质",
  },
  intros: {},
  leads: { leadership: "健全机构", mechanism: "压实责任", partners: "部门联动", supervision: "督查检查", orgOther: "夯实基础", training: "业务培训", problems: "问题整改", envActivities: "集中整治", publicity: "宣传引导", pubActivities: "主题教育", honours: "身边典型", lectures: "道德宣讲", teams: "组建队伍", volActivities: "服务群众", festivals: "节日活动", culture: "职工文体", care: "爱心帮扶", figures: "整治保障" },
  figureLeads: { organization: "夯实基础" },
  phrases: { problemsFound: "巡查发现", honoursTail: "", volunteers: "注册志愿者" },
};

/**
 * 妇联, 团委, 工会, 科协, 残联 from the unit's name; a 共青团 committee as 团区委/团市委/团县委 (`共青团某某区委员会`);
 * 我会 only for another name ending in 会 (协会, 联合会, 红十字会); 我们 otherwise (new-user test 32, D7: never `我会` of a 团委).
 */
function massSelf(_unitType: string, unitName = ""): string {
  const name = unitName.replace(/（.*?）$/u, "");
  // A 区妇联 calls itself 区妇联, never the bare `妇联` (new-user test 30, D16): the level its name opens with stays.
  // Any body of the catalog's one table is so called (`云川县残疾人联合会` → `县残联`, the name its 导语 and its staff use:
  // new-user test 66, D5; catalog commonShortName).
  return commonShortName(name) ?? (/会$/u.test(name) ? "我会" : "我们");
}

/**
 * Who a 群团组织 serves and speaks of, from its name (new-user test 32, D7): 团员青年 of a 团委, 职工 of a 工会,
 * 妇女群众 of a 妇联, 科技工作者 of a 科协; 干部职工 otherwise. `unitName`: 基本信息's 单位名称.
 */
export function massPeople(unitName: string): string {
  const name = unitName.replace(/（.*?）$/u, "");
  if (/共青团|团委|团[区市县]委|青联/u.test(name)) return "团员青年";
  if (/工会/u.test(name)) return "职工";
  if (/妇联|妇女联合会/u.test(name)) return "妇女群众";
  if (/科协|科学技术协会/u.test(name)) return "科技工作者";
  return "干部职工";
}

const mass: Profile = {
  ...community,
  id: "mass",
  self: massSelf,
  aim: "发挥联系服务群众的桥梁纽带作用，引导广大妇女和家庭积极参与文明创建",
  headings: {
    ...community.headings,
    organization: "加强组织领导，细化创建任务",
    environment: "美化庭院环境，共建美丽家园",
    publicity: "加强宣传发动，引导家庭参与",
    morality: "推进家庭文明建设，弘扬优良家风",
    volunteering: "发挥巾帼力量，深化志愿服务",
    culture: "丰富家庭文化，展示和谐风采",
    care: "关爱妇女儿童，传递社会温暖",
  },
  intros: {},
  leads: { leadership: "健全机构", mechanism: "细化任务", partners: "借力共建", supervision: "督促落实", orgOther: "夯实基础", training: "骨干培训", problems: "问题整改", envActivities: "清洁家园", publicity: "氛围营造", pubActivities: "主题教育", honours: "典型示范", lectures: "道德宣讲", teams: "壮大队伍", volActivities: "巾帼服务", festivals: "节日活动", culture: "文化惠民", care: "暖心帮扶", figures: "工作成效" },
  figureLeads: { organization: "夯实基础" },
  phrases: { problemsFound: "排查发现", honoursTail: "", volunteers: "注册志愿者" },
};

/** 学校: the school speaks as 学校/我校, of 师生, 校园 and 家校 (v2 rule 7). */
const school: Profile = {
  ...agency,
  id: "school",
  // A college speaks as 学院 (new-user test 8, D4: `学校3月3日成立…` read like another school).
  self: (_type, name = "") => (/学院$/u.test(name.replace(/（.*?）$/u, "")) ? "学院" : "学校"),
  aim: "",
  headings: {
    ...agency.headings,
    organization: "加强组织领导，落实创建责任",
    environment: "加强环境整治，建设美丽校园",
    publicity: "加强宣传教育，引导师生参与",
    morality: "加强师德师风和学生思想道德建设",
    volunteering: "组织师生志愿服务，助力文明创建",
    culture: "丰富校园文化，涵养文明风尚",
    care: "开展关爱帮扶，传递文明温暖",
    facilities: "完善校园设施，优化育人环境",
    other: "统筹推进其他创建任务",
  },
  leads: { leadership: "健全机构", mechanism: "细化分工", partners: "校地共建", supervision: "督查落实", orgOther: "夯实基础", training: "学习培训", problems: "校园整治", envActivities: "清洁校园", publicity: "校园宣传", pubActivities: "文明教育", honours: "师生典型", lectures: "道德宣讲", teams: "师生队伍", volActivities: "实践育人", festivals: "节日活动", culture: "文化育人", care: "关爱师生", figures: "长效管理" },
  figureLeads: { organization: "夯实基础" },
  phrases: { problemsFound: "排查发现", honoursTail: "", volunteers: "注册师生志愿者" },
};

/**
 * A kindergarten typed 学校 (`城南第一幼儿园`): it has 幼儿, 教职工 and 家长, never 学生 or 师生 (new-user tests 13 D3,
 * 26 D14): `加强师德师风和幼儿文明习惯养成`, `组织教职工和家长志愿服务`; its premises are the 园所.
 */
const kindergarten: Profile = {
  ...school,
  id: "kindergarten",
  self: () => "幼儿园",
  headings: {
    ...school.headings,
    environment: "美化园所环境，建设文明校园",
    publicity: "加强宣传教育，推进家园共育",
    morality: "加强师德师风和幼儿文明习惯养成",
    volunteering: "组织教职工和家长志愿服务，助力文明创建",
    culture: "丰富园所文化，涵养文明风尚",
    facilities: "完善园所设施，优化育人环境",
  },
  leads: { ...school.leads, partners: "共建联动", problems: "园所整治", envActivities: "清洁园所", publicity: "宣传引导", honours: "先进典型", teams: "志愿队伍", care: "关爱帮扶" },
  phrases: { ...school.phrases, volunteers: "注册志愿者" },
};
const KINDERGARTEN = /(?:幼儿园|托儿所|托育中心|幼稚园)$/u;

/** 企事业单位: the company or institution speaks as 我公司/我院/我单位. */
const enterprise: Profile = {
  ...agency,
  id: "enterprise",
  aim: "",
  headings: {
    ...agency.headings,
    organization: "加强组织领导，落实创建责任",
    environment: "履行包保责任，改善周边环境",
    publicity: "做好创建宣传，引导职工参与",
    morality: "加强职业道德建设，提升职工素质",
    volunteering: "组织职工志愿服务，回馈社会",
    culture: "开展职工文体活动，增强队伍凝聚力",
    care: "开展结对帮扶，履行社会责任",
    facilities: "完善设施设备，提升服务水平",
  },
  leads: { leadership: "健全机构", mechanism: "压实责任", partners: "共建联动", supervision: "督查落实", orgOther: "夯实基础", training: "职工培训", problems: "包保整治", envActivities: "集中清整", publicity: "宣传引导", pubActivities: "主题教育", honours: "职工典型", lectures: "道德宣讲", teams: "队伍建设", volActivities: "常态服务", festivals: "节日活动", culture: "职工文化", care: "爱心帮扶", figures: "整治保障" },
  figureLeads: { organization: "夯实基础" },
  phrases: { problemsFound: "排查责任区域", honoursTail: "", volunteers: "注册志愿者" },
};

/**
 * A public-service institution typed 企事业单位 (图书馆, 博物馆, 文化馆, 科技馆, 体育馆, 公园 …): its events serve
 * the public, never `职工文体活动` (new-user test 13, D5).
 */
const publicService: Profile = {
  ...enterprise,
  id: "publicService",
  headings: {
    ...enterprise.headings,
    publicity: "加强宣传引导，营造创建氛围",
    volunteering: "深化志愿服务，惠及读者群众",
    culture: "开展文化惠民活动，丰富群众精神生活",
    // A library or museum keeps its own premises, no 包保 street (new-user test 24, D2).
    environment: "加强场馆管理，优化服务环境",
  },
  leads: { ...enterprise.leads, teams: "志愿力量", culture: "文化惠民", pubActivities: "主题活动", problems: "环境治理" },
  phrases: { ...enterprise.phrases, problemsFound: "排查发现" },
};
/**
 * A care home typed 企事业单位 (敬老院, 养老院, 福利院 …; catalog CARE_HOME_NAME): it keeps its own premises, no 包保 street;
 * the teams that serve its residents are mostly outside ones come to pair with it, never `组织职工志愿服务`; caring for its
 * residents is its own work, never `履行社会责任` (new-user test 59, D7/D21).
 */
const careHome: Profile = {
  ...enterprise,
  id: "careHome",
  headings: {
    ...enterprise.headings,
    environment: "加强院区管理，优化居住环境",
    volunteering: "深化志愿结对，关爱入住老人",
    care: "做好关爱服务，提升照护水平",
  },
  leads: { ...enterprise.leads, problems: "环境治理", care: "关爱服务" },
  phrases: { ...enterprise.phrases, problemsFound: "排查发现" },
};
/**
 * A 老年大学 (老年/老干部 大学 or 学校, catalog ELDER_SCHOOL_NAME) typed 企事业单位: an institution serving retired 学员, as a
 * library serves its readers — its people are 学员, never 职工, and their education is 文明素养, never 职业道德
 * (new-user test 57, D5).
 */
const elderSchool: Profile = {
  ...publicService,
  id: "elderSchool",
  headings: {
    ...publicService.headings,
    environment: "加强校园管理，优化学习环境",
    publicity: "做好创建宣传，引导学员参与",
    morality: "加强文明素养教育，提升学员素质",
    volunteering: "组织学员志愿服务，回馈社会",
    culture: "开展文体活动，丰富学员文化生活",
  },
  leads: { ...publicService.leads, training: "学习培训", honours: "先进典型", teams: "学员队伍", culture: "学员文化", pubActivities: "主题教育" },
};
/**
 * A scenic area typed 企事业单位 (`东湖风景区管理处`, `XX旅游度假区`): its work is the visitors' — order on the paths,
 * 文明旅游, volunteers who guide visitors — never a company's 包保 of a street or its 职工 alone.
 */
const scenic: Profile = {
  ...publicService,
  id: "scenic",
  headings: {
    ...publicService.headings,
    environment: "加强景区管理，优化游览环境",
    // Its staff serve visitors: 文明服务, never a company's `提升职工素质` (new-user test 44, D13).
    morality: "加强职业道德建设，提升文明服务水平",
    publicity: "倡导文明旅游，营造创建氛围",
    volunteering: "深化志愿服务，惠及广大游客",
    culture: "开展节庆文化活动，丰富游览体验",
    facilities: "完善旅游设施，提升服务品质",
  },
  leads: { ...publicService.leads, problems: "景区治理", envActivities: "集中整治", publicity: "氛围营造", pubActivities: "主题活动", honours: "先进典型", volActivities: "服务游客", culture: "节庆活动", figures: "管理保障" },
};
/**
 * A transport hub typed 企事业单位 (`青山火车站`, `县汽车客运站`, `机场`, `客运码头`): its public is 旅客 — order in the
 * waiting halls, 文明出行, volunteers who guide travellers, care for 重点旅客 — never a company's `引导职工参与` or
 * `开展结对帮扶` (new-user test 58, D14).
 */
const transport: Profile = {
  ...publicService,
  id: "transport",
  headings: {
    ...publicService.headings,
    environment: "加强站区管理，优化候乘环境",
    morality: "加强职业道德建设，提升文明服务水平",
    publicity: "倡导文明出行，营造创建氛围",
    volunteering: "深化志愿服务，温暖旅客出行",
    culture: "开展节庆文化活动，丰富旅客候乘生活",
    care: "做好爱心服务，关爱重点旅客",
    facilities: "完善站区设施，提升服务品质",
  },
  leads: { ...publicService.leads, problems: "问题整改", envActivities: "集中清整", publicity: "氛围营造", pubActivities: "主题活动", honours: "先进典型", volActivities: "服务旅客", culture: "节庆活动", care: "爱心服务", figures: "管理保障" },
  // How its problems were found is said as a company's (withFoundHow: `发现` unless its rows speak of inspecting).
  phrases: { ...publicService.phrases, problemsFound: "排查责任区域" },
};
/** A transport hub's name (`火车站`, `高铁站`, `客运站`, `汽车站`, `车站`, `机场`, `码头`, `客运中心`, `航站楼`). */
const TRANSPORT_HUB = /(?:火车站|高铁站|动车站|客运站|汽车站|车站|客运中心|机场|航站楼|码头|客运港)$/u;
const SCENIC = /(?:景区|风景区|风景名胜区|旅游区|度假区|景点)(?:管理处|管理局|管理委员会|管委会|管理中心|服务中心|管理所|管理站)?$/u;

/**
 * A property-management company (`锦绣物业服务有限公司`): its field is the estates it serves — order and cleanliness
 * of the 小区, the owners it mobilises — never a company's 包保 of a street or 职工 alone.
 */
const property: Profile = {
  ...enterprise,
  id: "property",
  headings: {
    ...enterprise.headings,
    environment: "加强小区管理，改善人居环境",
    publicity: "加强宣传引导，营造创建氛围",
    volunteering: "组织志愿服务，共建美好家园",
    culture: "开展社区文化活动，促进邻里和谐",
    care: "开展关爱帮扶，传递邻里温暖",
    facilities: "完善小区设施，提升服务品质",
  },
  leads: { ...enterprise.leads, problems: "环境治理", envActivities: "集中清整", teams: "志愿队伍", culture: "邻里文化", care: "关爱帮扶", figures: "管理保障" },
  // The estates are its own: 巡查发现, never a 责任区域 (new-user test 25 own reading).
  phrases: { ...enterprise.phrases, problemsFound: "巡查发现" },
};
const PROPERTY = /物业/u;
/** A market (`滨江农贸市场`, `东城农贸市场管理有限公司`): its stalls and aisles are its own premises (new-user test 24, D2). */
const MARKET = /农贸|菜市场|集贸|(?<!监督管理|监管)市场(?:管理处|管理所|服务中心|管理有限公司|有限公司)?$/u;
const market: Profile = {
  ...enterprise,
  id: "market",
  // Its people are the stall holders as much as its staff: never `提升职工素质`, `组织职工志愿服务` (new-user test 44, D13).
  headings: { ...enterprise.headings, environment: "规范市场秩序，改善经营环境", publicity: "加强宣传引导，倡导诚信经营", morality: "加强诚信文明教育，提升从业人员素质", volunteering: "深化志愿服务，共建文明市场" },
  leads: { ...enterprise.leads, problems: "市场整治", honours: "先进典型", teams: "志愿队伍" },
  phrases: { ...enterprise.phrases, problemsFound: "排查发现" },
};
const RETAIL = /商场|超市|购物中心|商业管理|商贸城|百货|万达广场|商业广场|商厦|商城/u;
const UTILITY = /供电|电力|电网|供水|水务|自来水|燃气|煤气|热力|供热|通信|移动|联通|电信|广电|铁塔/u;

const PUBLIC_SERVICE = PUBLIC_SERVICE_NAME;

/** 其他 (指挥部, 管委会, 创城办 …): a neutral voice, no claims of a community or a bureau (v2 rule 7). */
const other: Profile = {
  ...agency,
  id: "other",
  aim: "",
  headings: {
    ...common,
    organization: "强化统筹调度，压实创建责任",
    environment: "聚焦突出问题，推进整改落实",
    publicity: "加强宣传引导，营造创建氛围",
    // Paired clauses like the others' (new-user test 18, D20), still claiming nothing of a community or a bureau.
    morality: "深化思想道德建设，培育文明风尚",
    volunteering: "推进志愿服务，弘扬雷锋精神",
    culture: "开展文化活动，丰富精神生活",
    care: "做好关爱帮扶，传递社会温暖",
    facilities: "完善基础设施，提升服务功能",
    other: "统筹推进其他创建任务",
  },
  leads: { leadership: "组织领导", mechanism: "完善机制", partners: "协同联动", supervision: "督查通报", orgOther: "夯实基础", training: "学习培训", problems: "问题整改", envActivities: "集中整治", publicity: "氛围营造", pubActivities: "主题教育", honours: "典型引领", lectures: "道德宣讲", teams: "志愿力量", volActivities: "服务活动", festivals: "节日活动", culture: "文化惠民", care: "民生关爱", figures: "工作保障" },
  figureLeads: { organization: "夯实基础" },
  phrases: { problemsFound: "共排查", honoursTail: "", volunteers: "注册志愿者" },
};

/**
 * A 新时代文明实践所/站/中心 or a 志愿服务联合会 typed 其他: it preaches and serves the 群众 of its area, never its own
 * `干部职工` (new-user test 37, D7): its 理论学习 is 理论宣讲 (studyHeading), its culture 文化惠民. Otherwise as 其他.
 */
const practice: Profile = {
  ...other,
  id: "practice",
  headings: {
    ...other.headings,
    morality: "深化道德建设，培育文明风尚",
    culture: "开展文化惠民活动，丰富群众精神生活",
    care: "开展关爱帮扶，传递社会温暖",
  },
  leads: { ...other.leads, care: "关爱帮扶" },
};
/** The name of a 新时代文明实践 post or of a volunteers' federation (`东城街道新时代文明实践所`, `城南区志愿服务联合会`). */
const PRACTICE = /文明实践(?:所|站|中心|基地|点)$|志愿服务联合会$|志愿者联合会$|志愿者协会$|志愿服务协会$/u;

/** 群团组织 other than a women's federation (团委, 工会, 科协 …): no talk of 巾帼 or families. */
const massNeutral: Profile = {
  ...mass,
  headings: {
    ...mass.headings,
    organization: "加强组织领导，细化创建任务",
    environment: "组织群众参与，改善城乡环境",
    publicity: "加强宣传发动，凝聚创建共识",
    morality: "加强思想引领，培育文明风尚",
    volunteering: "发挥组织优势，深化志愿服务",
    culture: "开展文化活动，丰富群众生活",
    care: "开展关爱帮扶，服务困难群体",
  },
  // No 巾帼 in a lead either (new-user test 9, D6: `二是巾帼服务。` in a 团区委's summary).
  leads: { ...mass.leads, volActivities: "常态服务" },
  aim: "发挥联系服务群众的桥梁纽带作用，引导广大群众积极参与文明创建",
};

const byUnitType: Readonly<Record<string, Profile>> = {
  社区: community, 村: community, 其他: other,
  街道: street, 乡镇: street,
  机关部门: agency, 学校: school, 企事业单位: enterprise,
  群团组织: mass,
};

/**
 * How a unit names itself in running text (v2 rule 7): 单位简称 when given; else by 单位类型 and the
 * name — 社区/村, 街道/镇, 我局/我委/我办, 区妇联/团委, 学校, 我院/我馆/我公司/我单位, 指挥部/管委会/创城办.
 * `lead`: the unit's 导语 as typed; a `我` word it names itself by (catalog leadSelfWord: `我支行`) stands for the one made
 * from the name (`我行`), so that the summary keeps one self-reference (new-user test 69, D8).
 */
export function selfReference(unitType: string, unitName: string, shortName?: string, lead = ""): string {
  if (shortName) return shortName;
  const made = madeSelfReference(unitType, unitName);
  return (made.startsWith("我") && lead ? leadSelfWord(unitName, lead) : undefined) ?? made;
}

/** {@link selfReference} made from the 单位类型 and the name alone. */
function madeSelfReference(unitType: string, unitName: string): string {
  const name = unitName.replace(/（.*?）$/u, "");
  if (unitType === "企事业单位") {
    // A bank's branch or its 营业部 is 我行 (`中国工商银行江城分行营业部`), a credit union 我社.
    if (/(?:银行|分行|支行)(?:[\u4e00-\u9fff]{0,6}(?:营业部|营业室|网点|分理处))?$/u.test(name)) return "我行";
    if (/(?:信用社|合作社|联社)$/u.test(name)) return "我社";
    // A school typed 企事业单位 (`县老年大学`, `XX职业技术学校`) is 我校, never `我单位` (run-30 review, t57-elder item 1).
    if (/(?:大学|学校|中学|小学|技校|职校|党校|分校)$/u.test(name)) return "我校";
    // A 馆 (图书馆, 博物馆, 文化馆, 体育馆 …) is 我馆, never `我单位` beside its own 导语's `我馆` (new-user test 59, D20).
    if (/馆$/u.test(name)) return "我馆";
    const m = /(医院|卫生院|学院|研究院|院|公司|集团|银行|中心)$/u.exec(name);
    if (!m) return "我单位";
    // A 中心 is 我中心, never `我心` (new-user test 30, D4).
    return m[1] === "集团" ? "集团" : m[1].endsWith("院") ? "我院" : m[1] === "公司" ? "公司" : m[1] === "中心" ? "我中心" : `我${m[1].slice(-1)}`;
  }
  if (unitType === "其他") {
    // A 实践所 says 我所, a 实践站 我站 (new-user test 37, D7).
    const post = /文明实践(所|站)$/u.exec(name);
    if (post) return `我${post[1]}`;
    const m = /(指挥部|管委会|创城办|创建办|文明办|办公室|委员会|中心|办)$/u.exec(name);
    return m ? (m[1] === "办公室" ? "我办" : m[1]) : "我单位";
  }
  return profileFor(unitType, unitName).self(unitType, unitName);
}

/** The name of a 群团组织's venue (`青少年宫`, `工人文化宫`, `科技馆`, `青少年活动中心`): a place of its own, not the 城乡 it mobilises. */
const MASS_VENUE = /(?:宫|馆|活动中心|活动阵地)$/u;

/** The profile for a 单位类型 (unknown or blank → 社区/村); a 群团组织 speaks as a women's federation only when its name says so. */
export function profileFor(unitType: string, unitName = ""): Profile {
  // A venue of a 群团组织 (`青少年宫`, `工人文化宫`, `妇女儿童活动中心`) keeps its own premises, no 城乡环境 (new-user test 64, D3).
  if (unitType === "群团组织" && !/妇联|妇女联合会/u.test(unitName)) {
    return MASS_VENUE.test(unitName.replace(/（.*?）$/u, "").trim()) ? { ...massNeutral, headings: { ...massNeutral.headings, environment: "加强场馆管理，优化活动环境" } } : massNeutral;
  }
  const profile = byUnitType[unitType] ?? community;
  // A 新时代文明实践所 typed 其他 speaks to the 群众 it serves (new-user test 37, D7).
  if (unitType === "其他" && PRACTICE.test(unitName.replace(/（.*?）$/u, "").trim())) return practice;
  // A kindergarten's volunteers are parents and teachers, not pupils (new-user test 13, D3).
  if (unitType === "学校" && KINDERGARTEN.test(unitName.replace(/（.*?）$/u, ""))) return kindergarten;
  // A utility's facilities are its network in the streets (电杆, 表箱, 变压器), not a service window (review runs 10, 14, 19).
  if (unitType === "企事业单位" && UTILITY.test(unitName)) return { ...enterprise, headings: { ...enterprise.headings, facilities: "整治行业设施，美化市容市貌" } };
  // A hospital's publicity is for its patients and the public (文明就医, 控烟), never `引导职工参与` (run-27 review, 材料3 item 4).
  if (unitType === "企事业单位" && premisesHeading(unitName).hospital) return { ...enterprise, headings: { ...enterprise.headings, publicity: "加强宣传引导，倡导文明就医" } };
  if (unitType === "企事业单位" && SCENIC.test(unitName)) return scenic;
  if (unitType === "企事业单位" && TRANSPORT_HUB.test(unitName.replace(/（.*?）$/u, "").trim())) return transport;
  if (unitType === "企事业单位" && PROPERTY.test(unitName)) return property;
  if (unitType === "企事业单位" && MARKET.test(unitName)) return market;
  // A mall or supermarket speaks to its customers and tenants, never only to 职工 (own reading, 2026-12-05); its honours are
  // its tenants' and shops' as much as its staff's (`诚信商户`, `文明服务示范店`): 先进典型 under 从业人员, as a market's
  // (new-user test 47, D15: never `提升职工素质 一是职工典型。评出诚信商户10家`).
  if (unitType === "企事业单位" && RETAIL.test(unitName)) {
    return {
      ...enterprise,
      headings: { ...enterprise.headings, publicity: "加强宣传引导，倡导文明消费", environment: "规范经营秩序，优化购物环境", morality: market.headings.morality },
      leads: { ...enterprise.leads, problems: "规范经营", honours: market.leads.honours },
      phrases: { ...enterprise.phrases, problemsFound: "排查发现" },
    };
  }
  // A care home cares for its residents (new-user test 59, D7/D21).
  if (unitType === "企事业单位" && CARE_HOME_NAME.test(unitName.replace(/（.*?）$/u, "").trim())) return careHome;
  // A 老年大学 speaks of its 学员 (new-user test 57, D5).
  if (unitType === "企事业单位" && ELDER_SCHOOL_NAME.test(unitName.replace(/（.*?）$/u, "").trim())) return elderSchool;
  if (unitType === "企事业单位" && PUBLIC_SERVICE.test(unitName)) {
    // Readers of a library, visitors of a museum, the public of the others (new-user test 15: `服务读者群众` of a museum).
    const served = /图书馆$/u.test(unitName) ? "读者" : /(?:博物馆|美术馆|科技馆|纪念馆|展览馆|档案馆)$/u.test(unitName) ? "参观" : "";
    const park = /公园(?:管理处|管理中心|管理所|管理局|管理站)?$/u.test(unitName);
    return { ...publicService, headings: { ...publicService.headings, volunteering: `深化志愿服务，惠及${park ? "游园" : served}群众`, ...(park ? { environment: "加强园区管理，优化游园环境" } : {}) } };
  }
  // A village's people are 村民 (new-user test 15: `提升居民素质` of a 村).
  if (unitType === "村") return { ...profile, headings: Object.fromEntries(Object.entries(profile.headings).map(([k, h]) => [k, h.replace(/居民/gu, "村民")])) as Profile["headings"] };
  return profile;
}

/** Words of a unit's own premises (`院内吸烟`, `停车场车辆乱停`, `营业厅`): problems inside, not on a 包保 street. */
const OWN_PREMISES = /院内|院区|厂区|厂内|园区内|楼内|室内|大厅|营业厅|停车场|本单位|单位内|办公区|门诊|急诊|病房|住院部|科室|食堂|宿舍|车间|网点|库区|站内|站区|场内|店内|卖场|场站|车厢|车内|库房|仓库|厂房/u;
/** Words of the street a unit answers for (`责任路段`, `包保`, `分包`, `门前三包`, `光明路`). */
// The 周边 of the unit's own premises (`营业部周边`, `单位周边`) is its doorstep, no area it answers for (new-user test 64, D3:
// a 快递营业部 `清扫营业部周边卫生` told under `履行包保责任` and `包保整治`).
const STREET = /包保|分包|包片|包干|路段|责任区|门前|(?<!营业部|营业厅|网点|门店|店面|店铺|单位|厂区|院区|站点|场馆|公司|办公楼|大楼)周边|沿街|街道|大道|(?<!停车)[路街巷]$|[路街巷](?:[、，]|口|段|两侧|沿线)/u;

/**
 * A company or institution (企事业单位) whose problems are all on its own premises (`院内吸烟`, `停车场车辆乱停`) did
 * not 履行包保责任: its environment section and point speak of its premises (`整治院区环境，改善就医秩序` of a hospital: never 环境 twice, new-user test 26, D21)
 * and its problems are 排查发现, not of a 责任区域. `words`: the problem rows' names and 备注 and the environment
 * activities' names and places, joined. Other profiles, and a unit with any street in its words, are returned as given.
 */
export function withOwnPremises(profile: Profile, unitName: string, words: readonly string[]): Profile {
  if (profile.id !== "enterprise" || !words.length) return profile;
  if (!words.some((w) => OWN_PREMISES.test(w)) || words.some((w) => STREET.test(w))) return profile;
  const { environment, hospital } = premisesHeading(unitName);
  return {
    ...profile,
    headings: { ...profile.headings, environment },
    leads: { ...profile.leads, problems: hospital ? "院区整治" : "环境治理" },
    phrases: { ...profile.phrases, problemsFound: "排查发现" },
  };
}

/** The environment heading of a unit whose environment section holds its problems only (new-user test 71, D9). */
const OWN_PROBLEMS_HEADING = "抓好问题整改，改善环境面貌";

/**
 * A heading that says the unit organises the 群众 (a 群团组织's `组织群众参与，改善城乡环境`) fits a section that tells them at
 * work: with no 环境整治 activity (`heldEnvironmentWork` false) its section holds the unit's problems only (a 科协's own
 * office's 乱张贴 and 卫生死角), and its heading says so: `抓好问题整改，改善环境面貌` (new-user test 71, D9). Other
 * headings, and one with such activities, are returned as given.
 */
export function withEnvironmentWork(profile: Profile, heldEnvironmentWork: boolean): Profile {
  // Only a heading of the 群众 at work (`组织群众参与`), never one of those served (`优化窗口服务，提升群众满意度`).
  if (heldEnvironmentWork || !/(?:组织|发动|动员|带领)群众|群众参与/u.test(profile.headings.environment ?? "")) return profile;
  return { ...profile, headings: { ...profile.headings, environment: OWN_PROBLEMS_HEADING } };
}

/** The environment heading of a company or institution that answers for no street, by its name (hospital, bank, other). */
function premisesHeading(unitName: string): { environment: string; hospital: boolean } {
  const name = unitName.replace(/（.*?）$/u, "");
  const hospital = /(?:医院|卫生院|保健院|卫生服务中心)$/u.test(name);
  const bank = /(?:银行|分行|支行|营业部|信用社|联社)$/u.test(name);
  return { environment: hospital ? "整治院区环境，改善就医秩序" : bank ? "规范网点管理，优化服务环境" : "加强内部管理，优化服务环境", hospital };
}

/**
 * How a unit's problems were found, said only where its data or its work says so (new-user test 27, D4): an agency's stock
 * `巡查发现` stands for an enforcement body (城管, 执法, 公安, 交警, 市场监管) or when its rows speak of inspecting (巡查,
 * 排查, 检查, 督查); an enterprise's `排查责任区域` only when its rows name an area it answers for (包保, 分包, 责任区,
 * 门前三包, a street: new-user test 60, D7 — disorder such as 乱张贴 or 乱停车 alone names none), else `排查发现` when they speak of
 * inspecting; otherwise plain `发现` — never a method nothing names — and such a company's environment heading speaks of
 * its own place, never `履行包保责任` (new-user test 28, D6), its point never `包保整治` (test 47, D15). `words`: the problem rows' names and 备注, the
 * environment activities' names and places and the 组织保障 contents. Other profiles are returned as given.
 */
export function withFoundHow(profile: Profile, unitName: string, words: readonly string[]): Profile {
  const stock = profile.phrases.problemsFound;
  const agency = stock === "巡查发现" && (profile.id === "agency" || profile.id === "other");
  if (!agency && stock !== "排查责任区域") return profile;
  // A unit's own 自查 (`园区创文点位拉网式自查`) is inspecting too (new-user test 60, D7: its problems 排查发现).
  const inspected = words.some((w) => /巡查|巡逻|巡检|排查|摸排|检查|督查|自查/u.test(w));
  if (agency && (inspected || /城管|城市管理|执法|公安|警|市场监管|市场监督/u.test(unitName))) return profile;
  // Only rows that speak of the area a company answers for (包保, 责任区, 分包, 门前三包, a street it names) make its
  // problems found in a 责任区域 under `履行包保责任`; disorder alone (乱张贴, 乱停车, 占道) may be on its own grounds
  // or anywhere, and names no 包保 (new-user test 60, D7: a water company's 乱张贴, a 卫生院's 乱停车 at its gate).
  if (!agency && words.some((w) => STREET.test(w))) return profile;
  // Nor does a company whose rows name no street 履行包保责任 (new-user test 28, D6): its heading speaks of its own place.
  // A transport hub keeps its own (`加强站区管理，优化候乘环境`: new-user test 58, D14).
  const headings = agency || profile.id === "transport" ? profile.headings : { ...profile.headings, environment: premisesHeading(unitName).environment };
  // Nor is its point `包保整治` (community-grid wording): its problems are 问题整改 (new-user test 47, D15: a 客运站's
  // 卫生死角 and 旅客投诉).
  const leads = !agency && profile.leads.problems === "包保整治" ? { ...profile.leads, problems: "问题整改" } : profile.leads;
  return { ...profile, headings, leads, phrases: { ...profile.phrases, problemsFound: inspected ? "排查发现" : "发现" } };
}

/** Order of the patients in a hospital (`就诊秩序`, `候诊秩序`): its own service, never a street's (new-user test 37, D6). */
const CARE_ORDER = /(?:就诊|就医|候诊|诊疗|挂号|取药|缴费)秩序/u;
/**
 * Words of a service window's problems (`窗口服务态度`, `排队秩序`, `行风`, `就诊秩序`, complaints of `等候时间长`: new-user
 * test 50, D6): the unit's service, no place to 整治.
 */
export const SERVICE_WINDOW = new RegExp(`窗口|服务态度|排队|等候时间|等候时长|等待时间|行风|作风|办事效率|服务质量|服务不规范|门难进|脸难看|事难办|${CARE_ORDER.source}`, "u");
/** A kind of problem of the unit's own service: a window word, or disorder inside its premises (`秩序混乱` of its 营业厅). */
const windowKind = (k: string): boolean => SERVICE_WINDOW.test(k) || (/秩序/u.test(k) && OWN_PREMISES.test(k) && !/停车|车辆|交通|停放/u.test(k));
/** Profiles of a unit that may keep a service window (a bureau, a hospital, a bank, a 政务服务中心 …). */
export const WINDOW_PROFILES: ReadonlySet<string> = new Set(["agency", "other", "practice", "enterprise", "publicService", "careHome", "elderSchool", "market", "property", "scenic", "transport"]);

/** Each problem kind's words for serviceWindowProblems: its category, 备注 name, places, details and 责任单位 joined with `；`. */
export function problemKindWords(byKind: Facts["rectification"]["byKind"]): string[] {
  return byKind.map((k) => [k.category, k.remark?.detail ?? "", ...(k.remark?.places ?? []), ...k.details, ...(k.owners ?? [])].join("；"));
}

/**
 * Whether problems are of a service window: `only` when every kind's words (category, 备注 name, places, 责任单位 joined) are
 * a window's (`纳税人排队时间长、引导不到位`, `窗口服务态度`), `some` when some are, undefined when none is or a kind names a
 * street (`门前`, `光明路`). One rule for a unit's profile (withServiceWindow) and a roll-up's heading (combined/sections.ts:
 * review run 31, reviewer AU, 材料5 item 2; brief jc D4).
 */
export function serviceWindowProblems(kinds: readonly string[]): "only" | "some" | undefined {
  if (!kinds.some(windowKind) || kinds.some((k) => STREET.test(k))) return undefined;
  return kinds.every(windowKind) ? "only" : "some";
}

/**
 * A unit with a service window (机关部门, 企事业单位, 其他) whose problems are its window's (`窗口服务态度、排队秩序`) tells
 * them as 窗口服务 work (new-user test 36, D8): never under `整治院区环境` or a 包保 street's heading, never `包保整治`. All
 * its problems of the window: heading `优化窗口服务，改善就医秩序` (a hospital) or `优化窗口服务，提升群众满意度`, lead
 * `窗口服务`; beside problems of another kind (`噪音扰民`): heading `优化窗口服务，改善就医环境` (a hospital) or
 * `优化窗口服务，改善办事环境`, lead `问题整改`; a hospital's 就诊秩序 beside another problem `优化就医秩序，改善院区环境`, and
 * never `排查责任区域` (new-user test 37, D6). `kinds`: each problem kind's words (category and 备注 name, places, 责任单位);
 * a kind that names a street (`门前`, `光明路`) leaves the profile as given, as do other profiles and no window word.
 */
export function withServiceWindow(profile: Profile, unitName: string, kinds: readonly string[]): Profile {
  const window = serviceWindowProblems(kinds);
  if (!WINDOW_PROFILES.has(profile.id) || !window) return profile;
  const hospital = premisesHeading(unitName).hospital;
  const only = window === "only";
  // A hospital's 就诊秩序 beside another problem (`乱张贴`) of its 院区: `优化就医秩序，改善院区环境` (new-user test 37, D6).
  const careOrder = hospital && !only && kinds.filter(windowKind).every((k) => CARE_ORDER.test(k) && !/窗口|服务态度|行风|作风|服务质量/u.test(k));
  const environment = careOrder ? "优化就医秩序，改善院区环境" : `优化窗口服务，${hospital ? (only ? "改善就医秩序" : "改善就医环境") : only ? "提升群众满意度" : "改善办事环境"}`;
  // No 责任区域 under a heading of the unit's own service (new-user test 37, D6: never `排查责任区域就诊秩序混乱问题`).
  const phrases = profile.phrases.problemsFound === "排查责任区域" ? { ...profile.phrases, problemsFound: "排查发现" } : profile.phrases;
  return { ...profile, headings: { ...profile.headings, environment }, leads: { ...profile.leads, problems: only ? "窗口服务" : "问题整改" }, phrases };
}

/** Words of culture brought to the public (`送文化下乡`, `送戏下乡`, `惠民演出`, `群众`, `游客`): no staff recreation. */
const PUBLIC_CULTURE = /送文化|送戏|送书|送电影|下乡|惠民|群众|居民|村民|市民|游客|百姓|公益(?:演出|电影|展览|培训)|进(?:社区|农村|乡村|基层|村|景区|广场)/u;
/** Words of a company's customers and their families (`亲子`, `顾客`, `消费者`): the public, when no staff are named. */
const CUSTOMERS = /亲子|顾客|消费者|客户|小朋友|少儿|儿童|商户|业主/u;
/** Words of the unit's own people (`职工运动会`, `干部职工`, `机关篮球赛`): recreation of its staff. */
const OWN_STAFF = /职工|干部|员工|机关|本局|本单位|党员|工会/u;

/**
 * An agency or company (a profile whose 文体活动 are its staff's: `职工文体`) whose culture work serves the public — by
 * its words (`送文化下乡`, `送戏下乡`, `惠民`, `群众`) or by a turn-out far beyond its staff (5000人次 at a bureau's
 * 春节文艺演出) — tells it as 文化惠民 (new-user test 32, D32): heading `开展文化惠民活动，丰富群众精神生活`, point `文化惠民`;
 * beside its staff's own recreation (`职工运动会`) `开展文体活动，推进文化惠民`, point `文体活动`.
 * `events`: the culture section's activities (name with 简要内容 and place, 参与 in 人 or 人次); `rows`: its 其他指标
 * names; `staff`: 干部职工人数 (the 常住人口 a 机关 or company types) when typed. Other profiles are returned as given.
 */
export function withPublicCulture(profile: Profile, events: readonly { text: string; turnout?: number }[], rows: readonly string[], staff?: number): Profile {
  if (!/职工/u.test(`${profile.headings.culture ?? ""}${profile.leads.culture ?? ""}`)) return profile;
  // Far beyond the staff: three times its 干部职工 where typed (at least 300), else over 1000.
  const crowd = staff ? Math.max(3 * staff, 300) : 1000;
  // Customers and their families at a shop's event (`六一亲子活动` in a 商场's 中庭) are the public too, unless the unit's
  // own people are named (`职工亲子运动会`; new-user test 40, D10).
  const isPublic = (e: { text: string; turnout?: number }): boolean => PUBLIC_CULTURE.test(e.text) || (CUSTOMERS.test(e.text) && !OWN_STAFF.test(e.text)) || (e.turnout ?? 0) > crowd;
  if (!events.some(isPublic) && !rows.some((r) => PUBLIC_CULTURE.test(r))) return profile;
  const own = events.some((e) => !isPublic(e) && OWN_STAFF.test(e.text));
  return {
    ...profile,
    headings: { ...profile.headings, culture: own ? "开展文体活动，推进文化惠民" : "开展文化惠民活动，丰富群众精神生活" },
    leads: { ...profile.leads, culture: own ? "文体活动" : "文化惠民" },
  };
}

/** A profile's intro of a section with its self-reference filled in (empty when it has none). */
export function sectionIntro(profile: Profile, sectionId: string, self: string): string {
  return (profile.intros[sectionId] ?? "").replace(/\{self\}/gu, self);
}

/**
 * Leads of the miscellaneous 组织保障 point by what its items are about (v2 rule 8: a lead names
 * what the point says): evaluation against the standard, money put in, a campaign of set length,
 * media, coordination; `fallback` (the profile's `夯实基础`) otherwise. First match over all items.
 */
const contentLeads: readonly (readonly [RegExp, string])[] = [
  [/测评|失分|点位|指标/u, "对标补短"],
  [/资金|经费|投入/u, "强化保障"],
  [/攻坚|会战/u, "压茬推进"],
  [/媒体|报道|新闻/u, "宣传报道"],
  [/疑难|难题|难点/u, "攻坚克难"],
  // Asking residents (`入户征求意见`, `听取意见建议`) is 问计于民 (new-user test 44, D7: never `夯实基础` for it).
  [/征求意见|意见建议|听取意见|问需|问计/u, "问计于民"],
  [/协调/u, "协调联动"],
  [/带队|带头/u, "以上率下"],
  [/整顿|整治/u, "规范管理"],
];

/** The lead of a 组织保障 point of other items (`对标补短`), from the items' own words; `fallback` when none fits. */
export function contentLead(texts: readonly string[], fallback: string): string {
  const all = texts.join("；");
  return contentLeads.find(([re]) => re.test(all))?.[1] ?? fallback;
}

/**
 * The two-character words a section heading of two halves (`加强小区管理，完善小区设施`) says in both halves (`["小区"]`),
 * in the order of the first half; none for a heading of one half. A heading never says a word twice (v2 rule 4, the
 * same word twice; run-27 review, 材料1 item 3, 材料5 item 1).
 */
export function repeatedHeadingWords(heading: string): string[] {
  const [first, second] = heading.split("，");
  if (second === undefined) return [];
  const words = [...first].slice(0, -1).map((c, i) => `${c}${[...first][i + 1]}`).filter((w) => /^[\u4e00-\u9fff]{2}$/u.test(w));
  return [...new Set(words.filter((w) => second.includes(w)))];
}

/**
 * Other words for a lead whose verb its own point repeats (v2 rule 4, the same word twice:
 * `二是督查检查。检查物业小区120余个`, `二是集中整治。……开展“市容集中整治”活动`,
 * `三是校地共建。与龙泉社区结对共建`): by the lead's last two characters, what to put instead.
 */
const leadEndings: readonly (readonly [string, readonly string[]])[] = [
  ["整治", ["行动"]],
  ["检查", ["落实"]],
  ["部署", ["谋划", "推进"]],
  ["共建", ["联动"]],
  ["督导", ["推进"]],
  ["宣传", ["引导"]],
  ["培训", ["提升"]],
];

/**
 * The lead to print before a point's text (`一是{lead}。`): the profile's lead, unless the text
 * repeats its closing word, then the same lead with the first other ending the text does not have
 * (`督查检查` → `督查落实`, `统筹部署` → `统筹谋划`); the lead as it is when none fits. Only four-character
 * leads (a phrase lead such as `开展环境集中整治` is left alone).
 */
export function leadBefore(lead: string, text: string): string {
  const end = lead.slice(-2);
  // A set phrase keeps its words (`共驻共建`; `队伍培训`, the editor's own lead for volunteer trainings: run-29 review;
  // `职工培训` alike: `职工提升` over trainings names no work (run-30 review, t56-bus item 2).
  if (lead.length !== 4 || !text.includes(end) || lead === "共驻共建" || lead === "队伍培训" || lead === "职工培训") return lead;
  const other = leadEndings.find(([from]) => from === end)?.[1].find((o) => !text.includes(o));
  return other ? lead.slice(0, -2) + other : lead;
}
