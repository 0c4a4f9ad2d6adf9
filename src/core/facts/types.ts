/**
 * Facts: what the workbook says, aggregated and ready to be phrased. The narrative reads facts,
 * never rows. Every figure keeps the cells it came from.
 * @module
 */
import type { ApproxKind } from "../normalize/types";
import type { RemarkReading } from "./remark";

/** What a number measures, for phrasing (money → 元/万元 rules; rate → %). */
export type FigureKind = "count" | "money" | "rate" | "hours" | "value";

/** One figure with its measure word and sources. */
export interface Figure {
  /** The number: count, 元 for money, percentage points (0–100) for rates. */
  readonly value: number;
  /** Measure word printed after it (块, 人, 人次, 元, 万元, %). */
  readonly unit: string;
  readonly kind: FigureKind;
  /** Approximate kind, if any part was approximate (spec "Approximate figures"). */
  readonly approx?: ApproxKind;
  /** Cells (`sheet!A1`) the figure was computed from. */
  readonly sources: readonly string[];
  /** A sum of approximate parts rounded to their precision (sumOf): said in 万 from 10,000 (`2.1万余`). */
  readonly rounded?: true;
  /** Every part was typed with 万 (`1.5万`): said in 万 from 10,000 when two decimals hold it (ParsedCell.wan). */
  readonly wan?: true;
  /** One cell typed with 余 before its 万 (`三十余万`, Approx.beforeScale): said so (`30余万分`), never `30万余` (new-user test 41, D5). */
  readonly overBeforeScale?: true;
  /** The exact sum behind a rounded figure (`rounded`): what rates are computed from, as 指标汇总 does (new-user test 15, D4). */
  readonly exact?: number;
  /**
   * The sum of the approximate parts of an approximate total (`35 + 百余` → 100), when known (sumOf). Two periods
   * whose totals share it (and their kind of 约数) differ by their counted parts only: the change is exact
   * (new-user test 35, D15).
   */
  readonly roughPart?: number;
}

/** A total per category and unit of a ledger (`公益广告 80块`). */
export interface CategoryTotal {
  /** Category value (类型, 问题类别, 队伍类型, 级别 …). */
  readonly category: string;
  readonly figure: Figure;
  /** Distinct row descriptions (位置或内容, 荣誉名称 …), in row order. */
  readonly details: readonly string[];
  /** Number of rows. */
  readonly rows: number;
  /** Distinct 方式 values of the rows (宣传投放: 新设, 更换, 发放, 维护), in row order; absent when the ledger has none. */
  readonly modes?: readonly string[];
  /**
   * The total split by 方式 when its rows were done in different ways (宣传投放: 新设 100块 beside 更换 近50块; 新设 and a
   * blank 方式 count as one), each part with its own figure, details and one mode, in row order; absent otherwise. What
   * was replaced is never added to what was put up in the text (new-user test 27, D22).
   */
  readonly byMode?: readonly CategoryTotal[];
}

/** One item of 组织保障. */
export interface OrganizationItem {
  readonly kind: string;
  /**
   * v1.2: a standing row (领导小组, 工作机制, 共建单位) carried by 开始下一期 — without a 日期 in a
   * workbook that holds 上期指标. It stands; the narrative does not tell it as this period's work.
   */
  readonly carried?: boolean;
  readonly content: string;
  readonly figure?: Figure;
  readonly date?: number;
  readonly source: string;
  /** 频次 (v1.1) or the frequency, places and clause read from 备注 (personal data removed). */
  readonly remark?: RemarkReading;
}

/** Publicity totals. */
export interface PublicityFacts {
  /** Per 类型 + 单位, in catalog enum order. */
  readonly byKind: readonly CategoryTotal[];
  /** Total spend in 元 (sum of 投入金额（元）). */
  readonly spend?: Figure;
  /** 方式 values used, in catalog order (新设, 更换, 发放, 维护). */
  readonly modes: readonly string[];
  /**
   * Materials handed out in 份 (指标汇总's 宣传资料发放份数): rows with 方式 发放 in 份, plus 宣传资料 rows
   * in 份 with another 方式.
   */
  readonly handedOut?: Figure;
}

/** Volunteer teams. */
export interface VolunteerFacts {
  /** Number of teams (rows). */
  readonly teams?: Figure;
  /** Total registered members (人). */
  readonly members?: Figure;
  readonly services?: Figure;
  readonly hours?: Figure;
  /** Members per 队伍类型. */
  readonly byKind: readonly CategoryTotal[];
  /** Team names in row order. */
  readonly teamNames: readonly string[];
  /**
   * Each named team's 主要服务内容 (personal clauses removed) and 备注 read for prose, in row order
   * (review run 14: a volunteering section of one sentence when the row said what the team does).
   */
  readonly teamDetails: readonly { readonly name: string; readonly content?: string; readonly remark?: RemarkReading; /** 注册人数 (人), when typed. */ readonly members?: Figure; /** A partner's team, not the unit's own (build-facts partnerTeam; review run 31, AU 材料7 item 5). */ readonly partner?: boolean }[];
  /** Registration rate, % of 常住人口, when both are known. */
  readonly registrationRate?: Figure;
  /**
   * The unit's registered volunteers as 其他指标 states them (`注册志愿者` 1350人), when more than its teams' members: the
   * whole of which the teams are a part, told with them (`辖区现有注册志愿者1350人，其中……3支队伍共163人`), and the rate the
   * 注册率 rule of 存在的不足 judges (`totalRate`, on 常住人口). Review run 33, AW 材料10 item 4.
   */
  readonly registeredTotal?: Figure;
  /** `registeredTotal` over 常住人口, in %, when both are known and the total is no more than the population. */
  readonly totalRate?: Figure;
  /** The members the rate counts (人) when they are not all of them: a school's 师生 teams, without parents' (new-user test 48, D13). */
  readonly registeredOf?: Figure;
  /** The team figures some team left blank while another gave them: their sums are not all the teams' (review run 30, 材料9 item 5). */
  readonly partial?: readonly ("members" | "services" | "hours")[];
}

/** Honours (先进典型). */
export interface HonourFacts {
  /** People honoured (household and collective titles — 星级文明户, 文明寝室 — are not people: new-user tests 7 D1, 8 D2). */
  readonly people?: Figure;
  /** Households and collectives honoured (catalog `honourMeasure`), one figure per measure word (户, 间, 个). */
  readonly collectives?: readonly Figure[];
  /** People per 荣誉名称 (grouped by title and level). */
  readonly byTitle: readonly (CategoryTotal & { readonly level: string; readonly names: readonly string[]; readonly collective?: boolean; /** `2018—2019年度` from 备注. */ readonly years?: string; /** The part of the unit that holds it (`急诊科`), from 备注. */ readonly holder?: string; /** For a 县/区 honour, which of the two its 备注 names (`县级`, `江城县文明委`): new-user test 35, D6. */ readonly seat?: "县" | "区"; /** 日期 of a title of one row (serial day). */ readonly date?: number; /** Typed with its level word before its quoted name (`市级“青年文明号”`): new-user test 62, D1. */ readonly quoted?: boolean })[];
  /** People per 级别, highest level first (household titles left out). */
  readonly byLevel: readonly CategoryTotal[];
}

/** Problems found and rectified (问题整改). */
export interface RectificationFacts {
  /** Per 问题类别 + 单位: found figure; `rectified` beside it. */
  readonly byKind: readonly (CategoryTotal & {
    readonly rectified: Figure; readonly rate?: Figure; readonly remark?: RemarkReading;
    /** Distinct 责任单位 of the rows (`门诊部`, `城东营业厅`), in row order; absent when none is typed (new-user test 37, D6). */
    readonly owners?: readonly string[];
  })[];
  /** Totals per 单位 (never adding 宗 to 处). */
  readonly foundByUnit: readonly Figure[];
  readonly rectifiedByUnit: readonly Figure[];
  /** Not yet rectified per 单位 (found − rectified > 0). */
  readonly openByUnit: readonly Figure[];
  /** Overall rate, Σ已整改数 / Σ发现数 as % (as 指标汇总's 总整改率). */
  readonly rate?: Figure;
  /**
   * v1.2: problems of 来源 上期遗留, counted apart (none of the figures above includes them): per
   * 单位 the 发现数 carried in, the 已整改数 of this period and what is still open (> 0 only). `kinds`: per 单位, in the
   * order of `found`, the problems' names (问题类别, or a 其他 row's 备注 as read: `物业服务纠纷`), "" for one unnamed.
   */
  readonly carried?: {
    readonly found: readonly Figure[]; readonly rectified: readonly Figure[]; readonly open: readonly Figure[]; readonly rows: number; readonly kinds?: readonly (readonly string[])[];
    /** Per entry of `open`, the names (as in `kinds`) of the rows still open; "" for one unnamed. */
    readonly openKinds?: readonly (readonly string[])[];
  };
  /**
   * Rows left out of every figure because they rectified more than they found (an error the user
   * chose to override): their 发现数 cell (`问题整改!B4`). While any is left out, nothing claims that
   * all problems were rectified (new-user test 4, D3).
   */
  readonly leftOut: readonly string[];
  /**
   * Those of `leftOut` whose 单位 is an error the user overrode (`8批`: no measure of problems; review run 27, 材料2 items
   * 3/4): their 发现数 cell. Absent when none.
   */
  readonly leftOutForUnit?: readonly string[];
}

/** One activity. */
export interface ActivityItem {
  readonly date?: number;
  /** The 日期 was typed as a month alone (`2025年10月`): `date` is the month's first day, told as `10月` (new-user test 49, D16). */
  readonly month?: true;
  readonly name: string;
  readonly kind: string;
  readonly participants?: Figure;
  readonly place?: string;
  readonly host?: string;
  readonly summary?: string;
  /** Festival named by the activity (春节 …), for 我们的节日. */
  readonly festival?: string;
  /**
   * Every festival a 我们的节日 activity names, in catalog order, when it names more than one (`中秋重阳文艺晚会` → 中秋, 重阳):
   * the roll-up lists them all (new-user test 38, D25); `festival` is the first.
   */
  readonly festivals?: readonly string[];
  /** 备注 read for prose (frequency, places, a clause), personal data removed. */
  readonly remark?: RemarkReading;
  /**
   * Typed 其他 and placed by its words (`kind` is then the type of that section): the sentence names no type the user did
   * not choose (`开展“独居老人理发”活动`, never `……”关爱帮扶活动`: new-user test 43, D10).
   */
  readonly untyped?: boolean;
  /**
   * The 活动类型 as typed when `kind` differs from it (`其他` for a drill placed with 宣传教育): 指标汇总 and 上期指标 count
   * activities by the type typed (`COUNTIFS(tbl_Activities[活动类型],…)`), so the text's counts of a type do too (new-user
   * test 55, D4).
   */
  readonly typedKind?: string;
  /**
   * The 活动名称 was typed in parts with spaces and read by them (spacedActivityName: `学雷锋 国际志愿者日 办税辅导`):
   * `day` is the 节日/纪念日 part (`国际志愿者日`), told after the date; `name` is then the activity part, told unquoted
   * (`12月5日国际志愿者日，开展学雷锋办税辅导志愿服务活动`; review run 27, 材料5 item 4).
   */
  readonly day?: string;
  readonly spaced?: true;
  readonly sources: readonly string[];
}

/** Activities of one 活动类型. */
export interface ActivityGroup {
  readonly kind: string;
  /** Number of activities (场/期). */
  readonly count: Figure;
  /** Total participants per unit (人, 人次; households visited in 户 or 家). */
  readonly participants: readonly Figure[];
  readonly items: readonly ActivityItem[];
}

/** One 其他指标 row. */
export interface FigureRow {
  /** 板块 as typed (其他 when blank). */
  readonly section: string;
  /** Catalog section id the row is told in: the 板块 chosen, or by its words when that is 其他 (v2 rule 8). */
  readonly sectionId: string;
  readonly name: string;
  readonly figure: Figure;
  /**
   * The work the figure is a measure of, when 指标名称 named it first, apart (`食堂光盘行动 减少剩饭剩菜`: work `食堂光盘行动`,
   * name `减少剩饭剩菜`; facts/figure-names workAndCount): said `开展食堂光盘行动，减少剩饭剩菜……` (new-user test 58, D4).
   */
  readonly work?: string;
  /** 备注 as typed. */
  readonly remark?: string;
  /** 频次 (v1.1) and 备注 read for prose, personal data removed. */
  readonly reading?: RemarkReading;
}

/** One 文字材料 row. */
export interface TextRow {
  readonly kind: string;
  readonly content: string;
  readonly source: string;
  /** v1.2, 上期打算 rows only: 落实情况 as typed (tidied), when filled, and its cell. */
  readonly progress?: string;
  readonly progressSource?: string;
}

/** Unit profile (基本信息) as the narrative needs it. Personal data is not carried. */
export interface ProfileFacts {
  readonly unitName: string;
  /** 单位简称 (v1.1): how the text names the unit, when given. */
  readonly shortName?: string;
  /** 工作思路 (v1.1): the unit's organising idea in a phrase, when given. */
  readonly approach?: string;
  readonly unitType: string;
  readonly guide?: string;
  readonly year?: number;
  readonly period?: string;
  readonly population?: Figure;
  readonly households?: Figure;
  /** 成文日期 as an Excel serial, when given. */
  readonly docDate?: number;
  /**
   * 专项名称 (an extension, new-user test 37, D24): the 专项 the summary is about (`春运`, `“文明交通”专项行动`), tidied by
   * `specialNameOf`; given for 报告期 专项 only. Names the title and the file name.
   */
  readonly specialName?: string;
  readonly sources: Readonly<Record<string, string>>;
}

/** Everything the narrative may say. */
export interface Facts {
  readonly profile: ProfileFacts;
  readonly organization: readonly OrganizationItem[];
  readonly publicity: PublicityFacts;
  readonly volunteers: VolunteerFacts;
  readonly honours: HonourFacts;
  readonly rectification: RectificationFacts;
  /** Activity groups by 活动类型 in catalog order. */
  readonly activities: readonly ActivityGroup[];
  readonly figures: readonly FigureRow[];
  readonly texts: readonly TextRow[];
  /** Report period start/end (Excel serials) when known. */
  readonly period?: { readonly start: number; readonly end: number };
}
