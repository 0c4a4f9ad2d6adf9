/**
 * Deterministic variation of sentence shapes (issue #4 item 1): phrasings are chosen by a stable
 * hash of where they are used (section id, point index), never at random, so the same workbook
 * always gives the same text while neighbouring sections do not repeat one shape.
 * @module
 */

/** FNV-1a (32 bit) of a string: stable across runs and platforms. */
export function stableHash(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i += 1) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** One of `options`, chosen by the stable hash of the keys. */
export function pick<T>(options: readonly T[], ...keys: readonly (string | number)[]): T {
  return options[stableHash(keys.join("#")) % options.length];
}

/** Phrasings shared by all profiles. */
export const wording = {
  /** How a count of activities is introduced (`组织开展环境整治活动3场`). */
  activityVerbs: ["组织开展", "先后开展", "共开展"],
  /** How participants follow (`，参与140人`). */
  participants: ["，参与", "，累计参与"],
  /**
   * How a second sentence of woven 其他指标 starts: with its own verb. `此外，` read to the reviewers as
   * something out of place (review run 5, three texts), `同时，` as a claim that things ran together.
   */
  connectors: [""],
  /** Verb put before noun-like 其他指标 names (`配备小区保洁员12人`), by section id; `default` otherwise. */
  nounVerbs: { environment: "配备", facilities: "建成", volunteering: "建有", default: "现有" } as Readonly<Record<string, string>>,
  /**
   * Verbs that make a 其他指标 name a clause of its own (`出动巡查人员`, `签订……责任书`); a name that
   * starts with one of them (or with `与……` before one) is woven as is.
   */
  clauseVerbs: [
    "出动", "签订", "发放", "开展", "清理", "清除", "拆除", "走访", "筹集", "募集", "举办", "组织", "下达", "立案", "查处", "受理",
    "办结", "整治", "劝导", "规范", "新建", "新增", "改造", "建成", "建设", "设置", "安装", "慰问", "结对", "资助", "培训", "表彰",
    "招募", "印发", "张贴", "悬挂", "投入", "帮扶", "救助", "调解", "收集", "回收", "治理", "入户", "巡查", "检查", "排查",
    "罚没", "收缴", "聘请", "配备", "更新", "维修", "修缮", "铺设", "种植", "补植", "绿化", "处理", "收到", "征集", "评选", "动员", "清运垃圾", "清运渣土",
    "覆盖", "惠及", "完成", "落实", "取缔", "纠正", "约谈", "暂扣", "制作", "播放", "推送", "发布", "刊发", "编印",
  ] as readonly string[],
  /** Verb of a publicity category whose rows share one 方式. */
  publicityModes: { 新设: "设置", 更换: "更换", 发放: "发放", 维护: "维护" } as Readonly<Record<string, string>>,
  /** Publicity categories that are handed out rather than put up. */
  handOutKinds: ["宣传单", "倡议书", "宣传资料"] as readonly string[],
  /** 队伍类型 values too general to name the volunteers (`注册志愿者`, not `注册综合志愿者`). */
  genericTeamKinds: ["综合志愿者", "其他"] as readonly string[],
  /** At most this many woven clauses in one sentence before a connector starts the next. */
  clausesPerSentence: 3,
} as const;
