/**
 * Unit profiles (narrative spec §3): the register of each kind of unit — how it names itself,
 * its section headings and point leads. 学校 and 企事业单位 use 机关部门; 其他 uses 社区/村.
 * @module
 */

/** Profile ids. */
export type ProfileId = "community" | "street" | "agency" | "mass";

/** Heading and point leads of one profile, by section id (catalog sections) and point id. */
export interface Profile {
  readonly id: ProfileId;
  /** How the unit refers to itself in running text (社区, 街道, 我局 → 我们). */
  readonly self: (unitType: string) => string;
  /** Level-1 headings by catalog section id, plus highlights/shortcomings/nextSteps. */
  readonly headings: Readonly<Record<string, string>>;
  /** Point leads (`强化组织领导`) by point id. */
  readonly leads: Readonly<Record<string, string>>;
  /** What the opening says the unit worked for (`围绕创建全国文明城市目标`). */
  readonly aim: string;
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
  leads: {
    leadership: "健全组织机构",
    mechanism: "完善工作机制",
    partners: "深化共驻共建",
    supervision: "强化督查推进",
    training: "抓好学习培训",
    sectionFigures: "夯实工作基础",
    problems: "集中整治突出问题",
    envActivities: "开展环境卫生整治",
    envFigures: "落实长效保洁管理",
    publicity: "扩大公益宣传覆盖",
    pubActivities: "开展宣传教育活动",
    honours: "选树先进典型",
    lectures: "办好道德讲堂",
    teams: "建强志愿服务队伍",
    volActivities: "开展志愿服务活动",
    festivals: "办好“我们的节日”",
    culture: "丰富群众文体生活",
    care: "关爱困难群体",
  },
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
    care: "织密关爱网络，增进民生福祉",
  },
  leads: { ...community.leads, leadership: "健全创建指挥体系", partners: "凝聚驻区单位合力", problems: "开展专项整治行动" },
};

const agency: Profile = {
  ...community,
  id: "agency",
  self: () => "我们",
  aim: "立足部门职能，以专项行动为抓手，扎实推进创建任务落实",
  headings: {
    ...community.headings,
    organization: "强化组织保障，落实创建责任",
    environment: "开展专项整治，规范城市秩序",
    publicity: "加大宣传力度，营造浓厚氛围",
    morality: "加强思想道德建设，提升干部职工素质",
    volunteering: "组织志愿服务，践行为民宗旨",
    culture: "开展文体活动，凝聚干部职工",
    care: "开展结对帮扶，服务困难群众",
  },
  leads: { ...community.leads, supervision: "强化督查检查", problems: "开展专项整治和执法检查", envActivities: "组织集中整治行动" },
};

const mass: Profile = {
  ...community,
  id: "mass",
  self: () => "我们",
  aim: "发挥联系服务群众的桥梁纽带作用，引导广大家庭和妇女群众积极参与文明创建",
  headings: {
    ...community.headings,
    organization: "加强组织领导，凝聚工作合力",
    morality: "推进家庭文明建设，弘扬家庭美德",
    volunteering: "发挥巾帼力量，深化志愿服务",
    care: "关爱妇女儿童，传递社会温暖",
  },
  leads: { ...community.leads, honours: "选树最美家庭和先进典型", teams: "壮大巾帼志愿者队伍", care: "关爱帮扶困难家庭和留守儿童" },
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
