/**
 * 其他指标 指标名称 typed in two parts split by a half-width space (new-user test 58, D4): the work first, then what the
 * figure counts (`食堂光盘行动 减少剩饭剩菜` 约1.5吨 每日). Pure; read by build-facts (the row's `work`) and by check
 * (`figure.spoken-name`).
 */
import { actionOf } from "../catalog";

/** The closing word of a named work (`食堂光盘行动`, `垃圾分类宣传`, `文明劝导`): something 开展-ed. */
const WORK_END = /(?:行动|活动|宣传|教育|整治|治理|评比|评选|创建|攻坚|专项|督导|劝导|巡查|督查|检查|宣讲|培训|讲座|志愿服务|服务|工程|竞赛|比赛)$/u;

/** Verbs of a result the figure measures (`减少剩饭剩菜`, `节约用水`), beyond the catalog's action verbs. */
const RESULT_VERB = /^(?:减少|节约|节省|降低|提高|提升|增加|回收|收集|覆盖|惠及|带动|吸引|劝阻|纠正)(?=[\u4e00-\u9fff]{2})/u;

/**
 * A 指标名称 of two parts, `A B`: A a work with no verb of its own (WORK_END; a leading 开展/组织 is dropped), B what its figure
 * counts, opening with an action (catalog actionOf) or a result verb (RESULT_VERB). Returns `{ work: A, counted: B }`
 * (`食堂光盘行动 减少剩饭剩菜` → `{ work: "食堂光盘行动", counted: "减少剩饭剩菜" }`), said `开展A，B……`; undefined for any
 * other name (one part, three or more, or parts that are no work and its count). Units: none (text only).
 */
export function workAndCount(name: string): { work: string; counted: string } | undefined {
  const parts = name.trim().split(/[ \u3000\t]+/u);
  if (parts.length !== 2) return undefined;
  const work = parts[0].replace(/^(?:开展|组织)(?=[\u4e00-\u9fff“]{2})/u, "");
  const counted = parts[1];
  if (!/^[\u4e00-\u9fff“”]{2,14}$/u.test(work) || !/^[\u4e00-\u9fff“”]{3,16}$/u.test(counted)) return undefined;
  if (!WORK_END.test(work) || actionOf(work) !== undefined) return undefined;
  const verb = actionOf(counted);
  return (verb && counted.startsWith(verb)) || RESULT_VERB.test(counted) ? { work, counted } : undefined;
}
