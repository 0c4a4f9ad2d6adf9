/**
 * Wording of the combined (street / district) summary: level-1 headings by catalog section id
 * and point leads, in the register of a street office that reports on its communities —
 * coordinating, urging and summing up rather than doing each task itself.
 * @module
 */

/** Level-1 headings by catalog section id, plus the closing sections. */
export const combinedHeadings: Readonly<Record<string, string>> = {
  organization: "强化统筹调度，健全创建工作体系",
  environment: "聚焦重点难点，提升辖区环境面貌",
  publicity: "加大宣传力度，营造浓厚创建氛围",
  morality: "培树先进典型，涵养文明新风",
  volunteering: "整合志愿力量，提升服务实效",
  culture: "丰富文体活动，传承优秀传统文化",
  care: "织密关爱网络，增进群众福祉",
  facilities: "补齐设施短板，完善服务功能",
  other: "统筹推进其他创建任务",
  highlights: "突出特色亮点，打造创建品牌",
  shortcomings: "存在的不足",
  nextSteps: "下一步工作打算",
};

/** Headings of a school's roll-up of its colleges where the street's would speak of a 辖区 or 群众 (new-user test 15). */
export const schoolCombinedHeadings: Readonly<Record<string, string>> = {
  ...combinedHeadings,
  environment: "聚焦重点难点，提升校园环境面貌",
  care: "开展关爱帮扶，传递师生温暖",
};

/** Headings of an institution's roll-up of its own departments (a hospital's 科室), which has no 辖区 (new-user test 15, D5). */
export const orgCombinedHeadings: Readonly<Record<string, string>> = {
  ...combinedHeadings,
  environment: "聚焦重点难点，改善内外环境",
  care: "开展关爱帮扶，传递爱心温暖",
};

/**
 * The 环境 heading of an institution's roll-up whose problems are all its windows' (`纳税人排队时间长、引导不到位`:
 * profiles serviceWindowProblems), never `聚焦重点难点，改善内外环境` over them (review run 31, reviewer AU, 材料5 item 2;
 * brief jc D4).
 */
export const windowCombinedHeading = "聚焦窗口服务，提升办事体验";

/** Point leads (`一是{lead}。`) by point id. */
export const combinedLeads: Readonly<Record<string, string>> = {
  organization: "压实各级创建责任",
  training: "抓好学习培训",
  problems: "抓好问题排查整改",
  envActivities: "推进环境集中整治",
  publicity: "扩大公益宣传覆盖面",
  pubActivities: "深化宣传教育",
  honours: "选树身边先进典型",
  lectures: "办好道德讲堂",
  teams: "壮大志愿服务队伍",
  volActivities: "推动志愿服务常态化",
  festivals: "办好“我们的节日”",
  culture: "丰富群众文体生活",
  care: "关爱帮扶困难群体",
  figures: "夯实基础工作",
  other: "统筹推进各项工作",
};

/**
 * Point leads of a school's or an education bureau's roll-up of schools, where the street's would speak of 群众: a
 * kindergarten's 六一 gala is `丰富校园文化生活`, never `丰富群众文体生活` (review run 31, reviewer AU, 材料6 item 3; brief jc D3).
 */
export const schoolCombinedLeads: Readonly<Record<string, string>> = {
  ...combinedLeads,
  culture: "丰富校园文化生活",
};

/**
 * Leads of the 其他指标 point by catalog section id: each section its own, so that no lead is
 * said twice in one summary (new-user test 7, D10: `夯实基础工作` under both 环境 and 关爱).
 */
export const combinedFigureLeads: Readonly<Record<string, string>> = {
  organization: "夯实基础工作",
  environment: "加强日常管护",
  publicity: "拓展宣传阵地",
  morality: "厚植文明风尚",
  volunteering: "完善服务阵地",
  culture: "丰富文化供给",
  care: "做实民生服务",
  facilities: "完善设施配套",
  other: "统筹推进各项工作",
};

/** What the opening says the combining unit worked for. */
export const combinedAim = "坚持统筹调度、分级负责";
