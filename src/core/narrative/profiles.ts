/**
 * Unit profiles (narrative spec §3, issue #4 item 1): the register of each kind of unit — how it
 * names itself, its section headings, the sentence that opens each section, point leads and the
 * wording of its main figures. 学校 and 企事业单位 use 机关部门; 其他 uses 社区/村. Pure data:
 * the section builders read these tables and never branch on a profile id.
 * @module
 */

/** Profile ids. */
export type ProfileId = "community" | "street" | "agency" | "mass";

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
    /** Before the problem totals (`累计排查发现各类问题`). */
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
  self: (t) => (t === "村" ? "村" : "社区"),
  aim: "以居民群众满意为目标，把文明创建融入网格管理和社区服务",
  headings: {
    ...common,
    organization: "加强组织领导，压实创建责任",
    environment: "狠抓环境整治，改善人居环境",
    publicity: "加强宣传引导，营造创建氛围",
    morality: "深化道德建设，提升居民素质",
    volunteering: "壮大志愿队伍，深化志愿服务",
    culture: "丰富文体活动，传承传统文化",
    care: "开展关爱帮扶，传递邻里温暖",
    facilities: "完善设施建设，提升服务功能",
    other: "统筹推进其他创建工作",
  },
  intros: {
    organization: "{self}把创建文明城市作为重点工作，与网格化管理和社区服务一同部署、一同推进。",
    environment: "{self}围绕居民身边的环境问题，坚持日常保洁与集中整治相结合。",
    publicity: "{self}用好宣传栏、公益广告等阵地，引导居民知晓创建、支持创建、参与创建。",
    morality: "{self}注重用身边人身边事教育居民，推动道德规范融入日常生活。",
    volunteering: "{self}依托志愿服务队伍，组织党员和居民就近就便参与志愿服务。",
    culture: "{self}以传统节日和群众文体活动为载体，丰富居民精神文化生活。",
    care: "{self}关注困难群体和“一老一小”，把关爱送到居民身边。",
  },
  leads: {
    leadership: "健全组织机构",
    mechanism: "完善工作机制",
    partners: "深化共驻共建",
    supervision: "强化督查推进",
    orgOther: "夯实工作基础",
    training: "抓好学习培训",
    problems: "集中整治突出问题",
    envActivities: "开展环境卫生整治",
    publicity: "扩大公益宣传覆盖",
    pubActivities: "开展宣传教育活动",
    honours: "选树先进典型",
    lectures: "办好道德讲堂",
    teams: "建强志愿服务队伍",
    volActivities: "开展志愿服务活动",
    festivals: "办好“我们的节日”",
    culture: "丰富群众文体生活",
    care: "关爱困难群体",
    figures: "夯实工作基础",
  },
  figureLeads: { environment: "落实长效保洁管理" },
  phrases: { problemsFound: "累计排查发现各类问题", honoursTail: "，以身边榜样带动身边人", volunteers: "注册志愿者" },
};

const street: Profile = {
  ...community,
  id: "street",
  self: (t) => (t === "乡镇" ? "镇" : "街道"),
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
  intros: {
    organization: "{self}把创建工作纳入全年重点任务，统筹辖区社区和驻区单位合力推进。",
    environment: "{self}以城市管理难点为突破口，组织社区和职能部门开展集中整治。",
    publicity: "{self}统筹辖区宣传阵地，推动创建宣传进社区、进单位、进家庭。",
    morality: "{self}以评选身边好人和办好道德讲堂为抓手，培育向上向善的社会风尚。",
    volunteering: "{self}整合辖区志愿服务力量，推动志愿服务常态化开展。",
    culture: "{self}结合传统节日组织群众性文体活动，营造健康向上的文化氛围。",
    care: "{self}把关爱帮扶作为创建工作的重要内容，推动帮扶措施落到实处。",
    facilities: "{self}结合老旧小区改造，补齐辖区公共设施短板。",
  },
  leads: {
    ...community.leads,
    leadership: "健全创建指挥体系", partners: "凝聚驻区单位合力", supervision: "强化督查调度",
    problems: "开展专项整治行动", envActivities: "组织集中整治", teams: "壮大志愿服务队伍",
  },
  figureLeads: { environment: "强化常态长效管理" },
  phrases: { problemsFound: "组织社区和职能部门排查发现各类问题", honoursTail: "，营造崇德向善的良好氛围", volunteers: "辖区注册志愿者" },
};

/** 我局, 我委, 我办 from the unit's name; 学校 for schools; 我单位 otherwise. */
function agencySelf(unitType: string, unitName = ""): string {
  if (unitType === "学校") return "学校";
  const m = /(局|委|办|院|所|中心)$/u.exec(unitName.replace(/（.*?）$/u, ""));
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
    environment: "开展专项整治，规范城市秩序",
    publicity: "加大宣传力度，营造浓厚氛围",
    morality: "加强思想道德建设，提升干部职工素质",
    volunteering: "组织志愿服务，践行为民宗旨",
    culture: "开展文体活动，凝聚干部职工",
    care: "开展结对帮扶，服务困难群众",
    facilities: "完善市政设施，提升城市品质",
  },
  intros: {
    organization: "{self}把创建工作纳入部门年度重点工作，明确责任分工，推动各项任务落实。",
    environment: "{self}立足城市管理职能，集中力量治理市容秩序突出问题。",
    publicity: "{self}结合行业特点开展创建宣传，引导市民和经营户自觉遵守城市管理规定。",
    morality: "{self}加强干部职工思想道德教育，注重发挥先进典型的示范作用。",
    volunteering: "{self}组织干部职工参与志愿服务，在服务群众中践行创建要求。",
    culture: "{self}组织开展干部职工文体活动，增强队伍凝聚力。",
    care: "{self}开展结对帮扶，为困难群众办实事、解难题。",
    facilities: "{self}结合部门职责，推进市政和环卫设施建设改造。",
  },
  leads: {
    ...community.leads,
    leadership: "健全工作机构", partners: "加强部门联动", supervision: "强化督查检查",
    problems: "开展专项整治和执法检查", envActivities: "组织集中整治行动", training: "加强业务培训",
    teams: "组建志愿服务队伍", honours: "选树身边典型",
  },
  figureLeads: { environment: "加强日常巡查管控" },
  phrases: { problemsFound: "通过日常巡查和执法检查，累计发现各类问题", honoursTail: "，发挥先进典型的示范带动作用", volunteers: "注册志愿者" },
};

/** 妇联, 团委, 工会, 科协, 残联 from the unit's name; 我们 otherwise. */
function massSelf(_unitType: string, unitName = ""): string {
  const name = unitName.replace(/妇女联合会$/u, "妇联");
  const m = /(妇联|团委|工会|科协|残联|侨联|文联)$/u.exec(name);
  return m ? m[1] : "我们";
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
    morality: "推进家庭文明建设，弘扬家庭美德",
    volunteering: "发挥巾帼力量，深化志愿服务",
    culture: "丰富家庭文化，展示和谐风采",
    care: "关爱妇女儿童，传递社会温暖",
  },
  intros: {
    organization: "{self}把创建文明城市作为一项重要工作，明确任务分工，推动各项工作落实。",
    environment: "{self}动员妇女和家庭参与庭院整治和环境美化，从家庭做起改善人居环境。",
    publicity: "{self}面向妇女和家庭开展创建宣传，引导广大家庭积极参与创建活动。",
    morality: "{self}以家庭文明建设为重点，弘扬家庭美德，选树先进典型。",
    volunteering: "{self}发挥巾帼志愿者作用，组织妇女群众参与志愿服务。",
    culture: "{self}以家庭为单位组织文化活动，展示家庭和谐风采。",
    care: "{self}关注困难妇女和儿童，开展关爱帮扶，把温暖送到家庭。",
  },
  leads: {
    ...community.leads,
    leadership: "健全工作机构", mechanism: "细化分解任务", publicity: "营造创建氛围", pubActivities: "开展文明礼仪宣传教育",
    honours: "选树最美家庭和先进典型", lectures: "开展道德模范宣讲", teams: "壮大巾帼志愿者队伍",
    volActivities: "开展巾帼志愿服务", festivals: "开展“我们的节日”家庭活动", culture: "开展家庭文化活动",
    care: "关爱帮扶困难家庭和儿童", training: "加强骨干培训",
  },
  figureLeads: {},
  phrases: { problemsFound: "组织排查发现各类问题", honoursTail: "，以榜样家庭带动更多家庭", volunteers: "注册志愿者" },
};

const byUnitType: Readonly<Record<string, Profile>> = {
  社区: community, 村: community, 其他: community,
  街道: street, 乡镇: street,
  机关部门: agency, 学校: agency, 企事业单位: agency,
  群团组织: mass,
};

/** The profile for a 单位类型 (unknown or blank → 社区/村). */
export function profileFor(unitType: string): Profile {
  return byUnitType[unitType] ?? community;
}

/** A profile's intro of a section with its self-reference filled in (empty when it has none). */
export function sectionIntro(profile: Profile, sectionId: string, self: string): string {
  return (profile.intros[sectionId] ?? "").replace(/\{self\}/gu, self);
}
