/**
 * The body sections (narrative spec §3): one per 板块 with data, in catalog order, each made of
 * points (`一是……`) whose sentences carry their sources.
 * @module
 */
import type { Catalog, SectionSpec } from "../catalog";
import type { ActivityGroup, ActivityItem, CategoryTotal, Facts, FigureRow } from "../facts";
import { dateText, joinList, stripEnd } from "./phrase";
import type { Profile } from "./profiles";
import { clauses, say, SentenceBuilder, type Sentence } from "./sentence";

/** One enumerated point of a section. */
export interface Point {
  readonly id: string;
  readonly lead: string;
  readonly sentences: readonly Sentence[];
}

/** One body section. */
export interface Section {
  readonly id: string;
  readonly heading: string;
  readonly points: readonly Point[];
}

/** Options that change what is said. */
export interface NarrativeOptions {
  /** Print honourees' names (先进典型·姓名): only when the user opts in (在总结中写入姓名). */
  readonly includeNames: boolean;
}

interface Ctx {
  readonly facts: Facts;
  readonly profile: Profile;
  readonly self: string;
  readonly year?: number;
  readonly options: NarrativeOptions;
}

const figList = (totals: readonly CategoryTotal[], prefix = ""): Sentence => {
  const b = new SentenceBuilder();
  totals.forEach((t, i) => {
    if (i > 0) b.text(i === totals.length - 1 ? "和" : "、");
    b.text(prefix + t.category).fig(t.figure);
  });
  return b.build();
};

const verbs = ["成立", "建立", "签订", "召开", "开展", "制定", "印发", "组建", "组织", "落实", "健全", "完善", "出台", "实行", "推行", "设立"];
const startsWithVerb = (s: string): boolean => verbs.some((v) => s.startsWith(v));

/** 组织保障 ledger items, grouped into points by 事项类型. */
function organizationPoints(ctx: Ctx): Point[] {
  const items = ctx.facts.organization;
  const pick = (...kinds: string[]) => items.filter((i) => kinds.includes(i.kind));
  const clause = (verb: string, i: (typeof items)[number]): Sentence => {
    const b = new SentenceBuilder().from(i.source);
    if (i.date !== undefined) b.text(`${dateText(i.date, ctx.year)}`);
    b.text(startsWithVerb(i.content) ? i.content : verb + i.content);
    // "成立……领导小组" already says one; a count is printed when there are several.
    if (i.figure && !(i.figure.value === 1 && i.kind === "领导小组")) b.fig(i.figure);
    else if (i.figure) b.from(...i.figure.sources);
    return b.build();
  };
  const points: Point[] = [];
  const leadership = pick("领导小组");
  const mechanism = pick("工作机制", "任务分解");
  const partners = pick("共建单位");
  const supervision = pick("工作会议", "督查检查");
  const other = pick("其他");
  if (leadership.length) points.push({ id: "leadership", lead: ctx.profile.leads.leadership, sentences: [joinSelf(ctx.self, leadership.map((i) => clause("成立", i)))] });
  if (mechanism.length) points.push({ id: "mechanism", lead: ctx.profile.leads.mechanism, sentences: [clauses(mechanism.map((i) => clause(i.kind === "任务分解" ? "分解落实" : "建立", i)))] });
  if (partners.length) {
    const sentences = partners.map((i) => {
      const b = new SentenceBuilder().from(i.source);
      if (i.figure) b.text("与").fig(i.figure).text("共建单位携手，");
      b.text(startsWithVerb(i.content) ? i.content : `落实${i.content}`);
      return b.build();
    });
    points.push({ id: "partners", lead: ctx.profile.leads.partners, sentences: [clauses(sentences)] });
  }
  if (supervision.length) points.push({ id: "supervision", lead: ctx.profile.leads.supervision, sentences: [clauses(supervision.map((i) => clause(i.kind === "工作会议" ? "召开" : "开展", i)))] });
  if (other.length) points.push({ id: "orgOther", lead: ctx.profile.leads.sectionFigures, sentences: [clauses(other.map((i) => clause("", i)))] });
  return points;
}

function joinSelf(self: string, parts: readonly Sentence[]): Sentence {
  const c = clauses(parts);
  return { text: self + c.text, sources: c.sources };
}

/** 问题整改: totals, rate, then the main categories. */
function problemPoints(ctx: Ctx): Point[] {
  const r = ctx.facts.rectification;
  if (!r.byKind.length) return [];
  const found = r.foundByUnit;
  const fixed = r.rectifiedByUnit;
  const b = new SentenceBuilder().text("累计排查发现各类问题");
  found.forEach((f, i) => b.text(i ? "、" : "").fig(f));
  if (fixed.length) {
    b.text("，已整改");
    fixed.forEach((f, i) => b.text(i ? "、" : "").fig(f));
  }
  if (r.rate) b.text(r.rate.value >= 100 ? "，整改率达" : "，整改率为").fig(r.rate);
  b.text("。");
  const sentences: Sentence[] = [b.build()];
  const main = [...r.byKind].sort((a, c) => c.figure.value - a.figure.value).slice(0, 5);
  if (r.byKind.length > 1 || main[0].rows > 0) {
    const items = main.map((k) => {
      const s = new SentenceBuilder().text(k.category).fig(k.figure);
      if (k.rectified.value > 0 && k.rectified.value < k.figure.value) s.text("（已整改").fig(k.rectified).text("）");
      return s.build();
    });
    const more = r.byKind.length > main.length ? "等" : "";
    const list = clauses(items, "、", "");
    sentences.push({ text: `其中${joinList(items.map((i) => i.text))}${more}。`, sources: list.sources });
  }
  return [{ id: "problems", lead: ctx.profile.leads.problems, sentences }];
}

/** Activities of the given types as sentences: count, participants, and up to three named ones. */
function activitySentences(ctx: Ctx, groups: readonly ActivityGroup[], label?: (g: ActivityGroup) => string): Sentence[] {
  return groups.map((g) => {
    const b = new SentenceBuilder().text(`组织开展${label ? label(g) : activityLabel(g.kind)}`).fig(g.count);
    if (g.participants.length) {
      b.text("，参与");
      g.participants.forEach((p, i) => b.text(i ? "、" : "").fig(p));
    }
    // Serial names (道德讲堂第1期 …) say nothing the count does not.
    const named = g.items.filter((i) => i.name && !i.name.startsWith(g.kind));
    if (named.length && named.length <= 3) {
      b.text("：");
      named.forEach((it, i) => {
        if (i) b.text("；");
        b.text(activityClause(it, ctx.year)).from(...it.sources);
        if (it.participants && g.items.length > 1) b.text("，参与").fig(it.participants);
      });
    } else if (named.length > 3) {
      b.text("，如").text(joinList(named.slice(0, 3).map((it) => `“${stripEnd(it.name)}”`))).text("等").from(...named.slice(0, 3).flatMap((n) => n.sources));
    }
    b.text("。");
    return b.build();
  });
}

/** `环境整治活动`, `文体活动`, `道德讲堂` (no doubled 活动; 道德讲堂 and 会议培训 are not "activities"). */
function activityLabel(kind: string): string {
  return /活动$|讲堂$|培训$/u.test(kind) ? kind : `${kind}活动`;
}

function activityClause(it: ActivityItem, year: number | undefined): string {
  const when = it.date !== undefined ? dateText(it.date, year) : "";
  const where = it.place ? `在${it.place}` : "";
  const name = stripEnd(it.name);
  return `${when}${where}开展“${name}”${/活动$|讲堂$|会$|行动$|宣讲$|培训$/u.test(name) ? "" : "活动"}${it.summary ? `，${stripEnd(it.summary)}` : ""}`;
}

/** 其他指标 rows of one 板块, woven as clauses `名称数值单位`. */
function figurePoint(ctx: Ctx, section: SectionSpec, id: string, lead: string): Point | undefined {
  const rows: FigureRow[] = ctx.facts.figures.filter((f) => f.section === section.name);
  if (!rows.length) return undefined;
  const items = rows.map((r) => say(r.name, r.figure));
  return { id, lead, sentences: [clauses(items)] };
}

const groupsOf = (ctx: Ctx, kinds: readonly string[]): ActivityGroup[] => ctx.facts.activities.filter((g) => kinds.includes(g.kind));

function publicityPoints(ctx: Ctx): Point[] {
  const p = ctx.facts.publicity;
  if (!p.byKind.length && !p.spend) return [];
  const b = new SentenceBuilder();
  if (p.spend) b.text("投入宣传经费").fig(p.spend).text("，");
  const handed = p.byKind.filter((k) => ["宣传单", "倡议书", "宣传资料"].includes(k.category));
  const placed = p.byKind.filter((k) => !handed.includes(k));
  if (placed.length) {
    const list = figList(placed);
    b.text("设置").text(list.text).from(...list.sources);
  }
  if (handed.length) {
    const list = figList(handed);
    b.text(placed.length ? "，发放" : "发放").text(list.text).from(...list.sources);
  }
  b.text("。");
  const sentences = [b.build()];
  const places = p.byKind.flatMap((k) => k.details).slice(0, 3);
  if (places.length) sentences.push({ text: `宣传点位覆盖${joinList(places.map(stripEnd))}等处。`, sources: [] });
  return [{ id: "publicity", lead: ctx.profile.leads.publicity, sentences }];
}

function honourPoints(ctx: Ctx): Point[] {
  const h = ctx.facts.honours;
  if (!h.people) return [];
  const b = new SentenceBuilder().text("评选表彰");
  h.byTitle.forEach((t, i) => {
    if (i) b.text(i === h.byTitle.length - 1 ? "和" : "、");
    b.text(t.category).fig(t.figure);
    if (ctx.options.includeNames && t.names.length) b.text(`（${t.names.join("、")}）`);
  });
  if (h.byTitle.length > 1) b.text("，共").fig(h.people);
  b.text("，以身边榜样带动身边人。");
  return [{ id: "honours", lead: ctx.profile.leads.honours, sentences: [b.build()] }];
}

function volunteerPoints(ctx: Ctx): Point[] {
  const v = ctx.facts.volunteers;
  if (!v.members && !v.teams) return [];
  const b = new SentenceBuilder();
  if (v.teams) b.text("组建志愿服务队伍").fig(v.teams);
  if (v.members) b.text(v.teams ? "，注册志愿者" : "注册志愿者").fig(v.members);
  if (v.byKind.length > 1) {
    const list = figList(v.byKind);
    b.text("，其中").text(list.text).from(...list.sources);
  }
  if (v.registrationRate) b.text("，志愿者注册率").fig(v.registrationRate);
  if (v.services || v.hours) {
    b.text("；累计");
    if (v.services) b.text("开展服务").fig(v.services);
    if (v.hours) b.text(v.services ? "，服务时长" : "服务时长").fig(v.hours);
  }
  b.text("。");
  return [{ id: "teams", lead: ctx.profile.leads.teams, sentences: [b.build()] }];
}

function festivalPoints(ctx: Ctx): Point[] {
  const g = ctx.facts.activities.find((a) => a.kind === "我们的节日");
  if (!g) return [];
  const festivals = [...new Set(g.items.map((i) => i.festival).filter((f): f is string => !!f))];
  const label = festivals.length ? `${joinList(festivals.map((f) => `${f}${f.length === 2 && !f.endsWith("节") ? "节" : ""}`))}等“我们的节日”主题活动` : "“我们的节日”主题活动";
  return [{ id: "festivals", lead: ctx.profile.leads.festivals, sentences: activitySentences(ctx, [g], () => label) }];
}

/** Points of one section, in a fixed order: ledgers, activities, 其他指标. */
function sectionPoints(ctx: Ctx, section: SectionSpec): Point[] {
  const L = ctx.profile.leads;
  const acts = (id: string, lead: string, kinds = section.activityTypes): Point[] => {
    const groups = groupsOf(ctx, kinds);
    return groups.length ? [{ id, lead, sentences: activitySentences(ctx, groups) }] : [];
  };
  const figs = (id: string, lead: string): Point[] => {
    const p = figurePoint(ctx, section, id, lead);
    return p ? [p] : [];
  };
  switch (section.id) {
    case "organization":
      return [...organizationPoints(ctx), ...acts("training", L.training), ...figs("orgFigures", L.sectionFigures)];
    case "environment":
      return [...problemPoints(ctx), ...acts("envActivities", L.envActivities), ...figs("envFigures", L.envFigures)];
    case "publicity":
      return [...publicityPoints(ctx), ...acts("pubActivities", L.pubActivities), ...figs("pubFigures", L.sectionFigures)];
    case "morality":
      return [...honourPoints(ctx), ...acts("lectures", L.lectures), ...figs("moralFigures", L.sectionFigures)];
    case "volunteering":
      return [...volunteerPoints(ctx), ...acts("volActivities", L.volActivities), ...figs("volFigures", L.sectionFigures)];
    case "culture":
      return [...festivalPoints(ctx), ...acts("culture", L.culture, section.activityTypes.filter((k) => k !== "我们的节日")), ...figs("cultureFigures", L.sectionFigures)];
    case "care":
      return [...acts("care", L.care), ...figs("careFigures", L.sectionFigures)];
    default:
      return [...acts(`${section.id}Activities`, L.sectionFigures), ...figs(`${section.id}Figures`, L.sectionFigures)];
  }
}

/** Body sections with data, in catalog order (sections without data are left out). */
export function buildSections(facts: Facts, catalog: Catalog, profile: Profile, options: NarrativeOptions): Section[] {
  const ctx: Ctx = { facts, profile, self: profile.self(facts.profile.unitType), year: facts.profile.year, options };
  return catalog.sections
    .map((s) => ({ id: s.id, heading: profile.headings[s.id] ?? s.name, points: sectionPoints(ctx, s) }))
    .filter((s) => s.points.length > 0);
}
