/**
 * Generated unit workbooks for the roll-up (issue #7): deterministic content of a community's
 * standard workbook with a given number of ledger rows, spread over the ledgers. Used by the
 * roll-up tests (totals checked against an independent sum of this content) and by
 * scripts/rollup-scale.ts (500 × 200 rows). Not the bundled samples: see make-rollup-samples.ts.
 */
import type { SeedValue, WorkbookContent } from "../src/adapters/xlsx/content";

/** A small deterministic pseudo-random generator (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Options of a generated unit. */
export interface UnitSpec {
  readonly name: string;
  readonly rows: number;
  readonly seed: number;
  readonly year?: number;
  readonly period?: string;
}

type Row = Record<string, SeedValue>;

/** 其他指标 rows of the generated units (环境整治). */
const figureNames: readonly Row[] = [
  { 指标名称: "保洁员", 单位: "人" }, { 指标名称: "垃圾桶", 单位: "个" }, { 指标名称: "果皮箱", 单位: "个" },
  { 指标名称: "清运车辆", 单位: "辆" }, { 指标名称: "清理卫生死角", 单位: "处" },
];

/** Shares of the rows per ledger (sum 1), the rest to 活动台账. */
const shares: readonly [string, number][] = [
  ["组织保障", 0.05], ["宣传投放", 0.15], ["志愿服务", 0.1], ["先进典型", 0.1], ["问题整改", 0.15], ["其他指标", 0.1],
];

/** Content of one generated unit workbook: `rows` data rows in all, none with a finding. */
export function unitContent(spec: UnitSpec): WorkbookContent {
  const r = rng(spec.seed);
  const int = (lo: number, hi: number): number => lo + Math.floor(r() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
  const year = spec.year ?? 2023;
  const day = (): { date: string } => ({ date: `${year}-${String(int(1, 6)).padStart(2, "0")}-${String(int(1, 28)).padStart(2, "0")}` });
  const counts = new Map(shares.map(([sheet, share]) => [sheet, Math.floor(spec.rows * share)]));
  const used = [...counts.values()].reduce((s, n) => s + n, 0);
  const make = (sheet: string, f: (i: number) => Row): Row[] => Array.from({ length: sheet === "活动台账" ? spec.rows - used : counts.get(sheet) ?? 0 }, (_, i) => f(i));
  return {
    profile: {
      单位名称: spec.name, 单位类型: "社区", 上级指导单位: "城南街道办事处", 报告年度: year, 报告期: spec.period ?? "上半年",
      常住人口: int(3000, 12000), 户数: int(1000, 4000),
    },
    ledgers: {
      组织保障: make("组织保障", (i) => (i === 0
        ? { 事项类型: "领导小组", 名称或内容: "创建工作领导小组", 数量: 1, 单位: "个" }
        : ((kind: string) => ({ 事项类型: kind, 名称或内容: `事项${i}`, 数量: int(1, 9), 单位: kind === "共建单位" ? "家" : "次" }))(pick(["工作机制", "共建单位", "督查检查", "工作会议"])))),
      宣传投放: make("宣传投放", (i) => {
        const kind = pick(["公益广告", "宣传栏", "宣传资料"]);
        const handed = kind === "宣传资料";
        return {
          类型: kind, 位置或内容: `点位${i}`, 数量: int(1, 120), 单位: handed ? "份" : "块",
          方式: handed ? "发放" : pick(["新设", "更换"]), "投入金额（元）": int(0, 5000), 日期: day(),
        };
      }),
      志愿服务: make("志愿服务", (i) => ({ 队伍名称: `志愿服务队${i + 1}`, 队伍类型: pick(["党员志愿者", "青年志愿者", "综合志愿者"]), 注册人数: int(5, 120), 服务次数: int(0, 40), "服务时长（小时）": int(0, 800) / 2 })),
      先进典型: make("先进典型", (i) => ({ 荣誉名称: `好人${i + 1}`, 级别: pick(["楼栋/小区", "社区/村", "街道/乡镇"]), 人数: int(1, 6) })),
      问题整改: make("问题整改", () => {
        const found = int(1, 60);
        return { 问题类别: pick(["占道经营", "乱张贴", "卫生死角", "占道堆放"]), 发现数: found, 已整改数: r() < 0.7 ? found : int(0, found), 单位: "处" };
      }),
      活动台账: make("活动台账", (i) => ({
        日期: day(), 活动名称: `活动${i + 1}`, 活动类型: pick(["道德讲堂", "志愿服务", "环境整治", "宣传教育", "文体活动", "关爱帮扶"]), 参与数量: int(10, 200), 单位: "人次",
      })),
      其他指标: make("其他指标", (i) => ({ 板块: "环境整治", ...figureNames[i % figureNames.length], 数值: int(1, 50) })),
    },
  };
}

/** Independent sums over generated contents (the figures of 指标汇总), for checking a roll-up. */
export function contentTotals(contents: readonly WorkbookContent[]): Record<string, number> {
  const rows = (c: WorkbookContent, sheet: string): Row[] => (c.ledgers?.[sheet] ?? []) as Row[];
  const n = (v: SeedValue | undefined): number => (typeof v === "number" ? v : 0);
  const t: Record<string, number> = { rows: 0, activities: 0, moralLectures: 0, volunteerMembers: 0, volunteerHours: 0, ads: 0, boards: 0, leaflets: 0, publicitySpend: 0, honourPeople: 0, problemsFound: 0, problemsRectified: 0 };
  for (const c of contents) {
    for (const list of Object.values(c.ledgers ?? {})) t.rows += list.length;
    for (const a of rows(c, "活动台账")) {
      t.activities += 1;
      if (a.活动类型 === "道德讲堂") t.moralLectures += 1;
    }
    for (const v of rows(c, "志愿服务")) {
      t.volunteerMembers += n(v.注册人数);
      t.volunteerHours += n(v["服务时长（小时）"]);
    }
    for (const p of rows(c, "宣传投放")) {
      if (p.类型 === "公益广告") t.ads += n(p.数量);
      if (p.类型 === "宣传栏") t.boards += n(p.数量);
      if (p.单位 === "份" && (p.方式 === "发放" || p.类型 === "宣传资料")) t.leaflets += n(p.数量);
      t.publicitySpend += n(p["投入金额（元）"]);
    }
    for (const h of rows(c, "先进典型")) t.honourPeople += n(h.人数);
    for (const q of rows(c, "问题整改")) {
      t.problemsFound += n(q.发现数);
      t.problemsRectified += n(q.已整改数);
    }
  }
  return t;
}
