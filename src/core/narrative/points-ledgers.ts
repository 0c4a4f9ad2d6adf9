/**
 * Points told from the ledgers: 组织保障, 问题整改 (totals, rate, main categories), 宣传投放 (by
 * 方式), 先进典型 and 志愿服务 (teams, members by type, registration rate, services, hours).
 * @module
 */
import type { CategoryTotal, OrganizationItem } from "../facts";
import type { Ctx, Point } from "./context";
import { dateText, joinList, listWithEtc, stripEnd } from "./phrase";
import { clauses, SentenceBuilder, type Sentence } from "./sentence";
import { wording } from "./wording";

/** Verbs that already open a 组织保障 content (`成立……`): no verb is put before them. */
const orgVerbs = ["成立", "建立", "签订", "召开", "开展", "制定", "印发", "组建", "组织", "落实", "健全", "完善", "出台", "实行", "推行", "设立", "细化", "分解", "明确"];
const startsWithVerb = (s: string): boolean => orgVerbs.some((v) => s.startsWith(v));

/** `A、B和C` of category totals with their figures, keeping sources. */
export function figList(totals: readonly CategoryTotal[], prefix = ""): Sentence {
  const b = new SentenceBuilder();
  totals.forEach((t, i) => {
    if (i > 0) b.text(i === totals.length - 1 ? "和" : "、");
    b.text(prefix + t.category).fig(t.figure);
  });
  return b.build();
}

/** 组织保障 ledger items, grouped into points by 事项类型. */
export function organizationPoints(ctx: Ctx): Point[] {
  const items = ctx.facts.organization;
  const pick = (...kinds: string[]) => items.filter((i) => kinds.includes(i.kind));
  const clause = (verb: string, i: OrganizationItem): Sentence => {
    const b = new SentenceBuilder().from(i.source);
    // One date fits one event: "3月2日召开推进会6次" would not; a row of several keeps only its count.
    if (i.date !== undefined && (!i.figure || i.figure.value <= 1)) b.text(`${dateText(i.date, ctx.year)}`);
    b.text(startsWithVerb(i.content) ? i.content : verb + i.content);
    // "成立……领导小组" already says one; a count is printed when there are several.
    if (i.figure && !(i.figure.value === 1 && i.kind === "领导小组")) b.fig(i.figure);
    else if (i.figure) b.from(...i.figure.sources);
    return b.build();
  };
  const L = ctx.profile.leads;
  const points: Point[] = [];
  const leadership = pick("领导小组");
  const mechanism = pick("工作机制", "任务分解");
  const partners = pick("共建单位");
  const supervision = pick("工作会议", "督查检查");
  const other = pick("其他");
  if (leadership.length) {
    const c = clauses(leadership.map((i) => clause("成立", i)));
    points.push({ id: "leadership", lead: L.leadership, sentences: [{ text: ctx.self + c.text, sources: c.sources }] });
  }
  if (mechanism.length) {
    const own = mechanism.filter((i) => i.kind !== "任务分解").map((i) => clause(/(方案|计划|办法|制度)$/u.test(i.content) ? "制定" : "建立", i));
    // Several 任务分解 rows share one verb: `分解落实主办、协办的测评项目5项和承担的创建任务17项`.
    const tasks = mechanism.filter((i) => i.kind === "任务分解").map((i, n) => clause(n === 0 || startsWithVerb(i.content) ? "分解落实" : "", i));
    const taskClause = tasks.length ? [{ text: joinList(tasks.map((t) => t.text)), sources: tasks.flatMap((t) => t.sources) }] : [];
    points.push({ id: "mechanism", lead: L.mechanism, sentences: [clauses([...own, ...taskClause])] });
  }
  if (partners.length) {
    const sentences = partners.map((i) => {
      const b = new SentenceBuilder().from(i.source);
      if (i.figure) b.text("与").fig(i.figure).text("共建单位携手，");
      b.text(startsWithVerb(i.content) ? i.content : `落实${i.content}`);
      return b.build();
    });
    points.push({ id: "partners", lead: L.partners, sentences: [clauses(sentences)] });
  }
  if (supervision.length) points.push({ id: "supervision", lead: L.supervision, sentences: [clauses(supervision.map((i) => clause(i.kind === "工作会议" ? "召开" : "开展", i)))] });
  if (other.length) points.push({ id: "orgOther", lead: L.orgOther, sentences: [clauses(other.map((i) => clause("", i)))] });
  return points;
}

/** 问题整改: totals and rate, then the main categories (at most five, largest first). */
export function problemPoints(ctx: Ctx): Point[] {
  const r = ctx.facts.rectification;
  if (!r.byKind.length) return [];
  const single = r.byKind.length === 1 ? r.byKind[0] : undefined;
  const b = new SentenceBuilder().text(single ? ctx.profile.phrases.problemsFound.replace(/各类问题$/u, `${single.category}问题`) : ctx.profile.phrases.problemsFound);
  r.foundByUnit.forEach((f, i) => b.text(i ? "、" : "").fig(f));
  if (r.rectifiedByUnit.length) {
    b.text("，已整改");
    r.rectifiedByUnit.forEach((f, i) => b.text(i ? "、" : "").fig(f));
  }
  if (r.rate) b.text(r.rate.value >= 100 ? "，整改率达" : "，整改率为").fig(r.rate);
  b.text("。");
  const sentences: Sentence[] = [b.build()];
  if (!single) {
    const main = [...r.byKind].sort((a, c) => c.figure.value - a.figure.value).slice(0, 5);
    const items = main.map((k) => {
      const s = new SentenceBuilder().text(k.category).fig(k.figure);
      if (k.rectified.value > 0 && k.rectified.value < k.figure.value) s.text("（已整改").fig(k.rectified).text("）");
      return s.build();
    });
    const list = r.byKind.length > main.length ? `${listWithEtc(items.map((i) => i.text))}等` : joinList(items.map((i) => i.text));
    sentences.push({ text: `其中${list}。`, sources: [...new Set(items.flatMap((i) => i.sources))] });
  }
  return [{ id: "problems", lead: ctx.profile.leads.problems, sentences }];
}

/** Verb of a publicity category: its single 方式, else 发放 for handed-out kinds and 设置 otherwise. */
function publicityVerb(t: CategoryTotal): string {
  const mode = t.modes?.length === 1 ? t.modes[0] : undefined;
  if (mode && wording.publicityModes[mode]) return wording.publicityModes[mode];
  return wording.handOutKinds.includes(t.category) ? "发放" : "设置";
}

/** 宣传投放: spend, categories grouped by verb (`设置公益广告80余块和道旗120余面，更换宣传栏15块`), places. */
export function publicityPoints(ctx: Ctx): Point[] {
  const p = ctx.facts.publicity;
  if (!p.byKind.length && !p.spend) return [];
  const parts: Sentence[] = [];
  if (p.spend) parts.push(new SentenceBuilder().text("投入宣传经费").fig(p.spend).build());
  const verbs = [...new Set(p.byKind.map(publicityVerb))];
  for (const v of verbs) {
    const list = figList(p.byKind.filter((t) => publicityVerb(t) === v));
    parts.push({ text: v + list.text, sources: list.sources });
  }
  const sentences = [clauses(parts)];
  const places = [...new Set(p.byKind.filter((k) => publicityVerb(k) !== "发放").flatMap((k) => k.details))].slice(0, 3);
  if (places.length) sentences.push({ text: `宣传点位覆盖${listWithEtc(places.map(stripEnd))}等处。`, sources: [] });
  return [{ id: "publicity", lead: ctx.profile.leads.publicity, sentences }];
}

/** 先进典型 by title (names only when asked), with the total when there are several. */
export function honourPoints(ctx: Ctx): Point[] {
  const h = ctx.facts.honours;
  if (!h.people) return [];
  const b = new SentenceBuilder().text("评选表彰");
  h.byTitle.forEach((t, i) => {
    if (i) b.text(i === h.byTitle.length - 1 ? "和" : "、");
    b.text(t.category).fig(t.figure);
    if (ctx.options.includeNames && t.names.length) b.text(`（${t.names.join("、")}）`);
  });
  if (h.byTitle.length > 1) b.text("，共").fig(h.people);
  b.text(`${ctx.profile.phrases.honoursTail}。`);
  return [{ id: "honours", lead: ctx.profile.leads.honours, sentences: [b.build()] }];
}

/** 志愿服务 ledger: teams, members (by type), registration rate, services and hours. */
export function volunteerPoints(ctx: Ctx): Point[] {
  const v = ctx.facts.volunteers;
  if (!v.members && !v.teams) return [];
  const b = new SentenceBuilder();
  if (v.teams) {
    if (v.teams.value === 1 && v.teamNames.length === 1) b.text(`组建${v.teamNames[0]}`).from(...v.teams.sources);
    else if (v.teamNames.length <= 3) b.text(`组建${joinList(v.teamNames)}共`).fig(v.teams).text("志愿服务队伍");
    else b.text("组建志愿服务队伍").fig(v.teams);
  }
  const only = v.byKind.length === 1 && !wording.genericTeamKinds.includes(v.byKind[0].category) ? v.byKind[0].category : undefined;
  if (v.members) b.text(v.teams ? "，" : "").text(only ? `注册${only}` : ctx.profile.phrases.volunteers).fig(v.members);
  if (v.byKind.length > 1) {
    const list = figList(v.byKind);
    b.text("，其中").text(list.text).from(...list.sources);
  }
  if (v.registrationRate) b.text(v.registrationRate.approx ? "，志愿者注册率" : "，志愿者注册率为").fig(v.registrationRate);
  if (v.services || v.hours) {
    b.text("；累计");
    if (v.services) b.text("开展志愿服务").fig(v.services);
    if (v.hours) b.text(v.services ? "，服务时长" : "服务时长").fig(v.hours);
  }
  b.text("。");
  return [{ id: "teams", lead: ctx.profile.leads.teams, sentences: [b.build()] }];
}
