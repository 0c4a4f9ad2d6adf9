/**
 * The whole summary (narrative spec "Structure"): title, opening, body sections with closing-up
 * numbering, 工作亮点, 存在的不足 (with unrectified problems), 下一步工作打算, sign-off.
 * Deterministic: the same facts and options always give the same text.
 * @module
 */
import type { Catalog } from "../catalog";
import type { Facts } from "../facts";
import type { Block, DocumentModel } from "../document/model";
import { gbLayout, splitAppendix } from "../document/model";
import { appendixTable, comparisonSentence } from "./comparison-text";
import { chineseOrdinal, fullDateText, joinList } from "./phrase";
import { profileFor } from "./profiles";
import { enumerated, pointParagraph, runs, textsOf } from "./blocks";
import { buildSections, type NarrativeOptions, type Section } from "./sections";
import { say, SentenceBuilder, type Sentence } from "./sentence";

/** Options of a summary. */
export interface SummaryOptions extends NarrativeOptions {
  /** Export day as an Excel serial: the sign-off date when 成文日期 is blank. */
  readonly today: number;
  /** Append the 主要指标统计表 (indicators computed from facts; with the comparison when given). */
  readonly appendix?: boolean;
}

/**
 * Title (spec §1): `{单位名称}{报告年度}年{报告期}创建文明城市工作总结`; 全年 → `{年}年度`;
 * 专项 → `{年}年创建文明城市专项工作总结`.
 */
export function summaryTitle(facts: Facts): string {
  const { unitName, year, period } = facts.profile;
  const y = year !== undefined ? `${year}年` : "";
  if (period === "专项") return `${unitName}${y}创建文明城市专项工作总结`;
  if (period === "全年" || !period) return `${unitName}${year !== undefined ? `${year}年度` : ""}创建文明城市工作总结`;
  return `${unitName}${y}${period}创建文明城市工作总结`;
}

function periodText(facts: Facts): string {
  const { year, period } = facts.profile;
  if (year === undefined) return "";
  return period && period !== "全年" && period !== "专项" ? `${year}年${period}` : `${year}年`;
}

/** Opening paragraph: the 导语 rows, else a neutral opening with two or three headline figures. */
function opening(facts: Facts, aim: string, options: SummaryOptions): Sentence[] {
  const compared = comparisonSentence(options.comparison, "opening");
  const own = textsOf(facts, "导语");
  if (own.length) {
    const texts = own.map((s) => ({ text: /[。！？]$/u.test(s.text) ? s.text : `${s.text}。`, sources: s.sources }));
    return compared ? [...texts, compared] : texts;
  }
  const p = facts.profile;
  const b = new SentenceBuilder().text(periodText(facts)).text(periodText(facts) ? "，" : "").text(p.unitName).from(p.sources.unitName ?? "");
  if (p.guide) b.text(`在${p.guide}的指导下`).from(p.sources.guide ?? "").text("，");
  b.text(`${aim}，扎实推进创建文明城市各项工作`);
  const headline: Sentence[] = [];
  const acts = facts.activities.reduce((n, g) => n + g.count.value, 0);
  if (acts) headline.push(say("开展各类活动", { value: acts, unit: "场", kind: "count", sources: facts.activities.flatMap((g) => g.count.sources) }));
  if (facts.volunteers.members) headline.push(say("注册志愿者", facts.volunteers.members));
  const r = facts.rectification;
  if (r.foundByUnit.length === 1 && r.rectifiedByUnit.length === 1) headline.push(say("整改各类问题", r.rectifiedByUnit[0]));
  if (headline.length) {
    b.text("，");
    headline.slice(0, 3).forEach((h, i) => b.text(i ? "、" : "").text(h.text).from(...h.sources));
  }
  b.text("。");
  if (compared) b.text(compared.text).from(...compared.sources);
  b.text("现将有关情况总结如下。");
  return [b.build()];
}

/** Facts that the data shows as shortcomings (spec §5). */
function dataShortcomings(facts: Facts): Sentence[] {
  const r = facts.rectification;
  if (!r.openByUnit.length) return [];
  const b = new SentenceBuilder().text("问题整改还不彻底，尚有");
  r.openByUnit.forEach((f, i) => b.text(i ? "、" : "").fig(f));
  b.text("问题正在整改");
  const open = r.byKind.filter((k) => k.rectified.value < k.figure.value).map((k) => k.category);
  if (open.length > 1) b.text(`，主要是${joinList(open.slice(0, 3))}${open.length > 3 ? "等" : ""}问题`);
  if (r.rate && r.rate.value < 100) b.text("，整改率为").fig(r.rate).text("，距全部整改到位仍有差距");
  b.text("。");
  return [b.build()];
}

/** Traceable summary: the document model plus the sections as built. */
export interface Summary {
  readonly document: DocumentModel;
  readonly sections: readonly Section[];
}

/**
 * Builds the summary document from facts (narrative spec "Structure" and "Figures in the text").
 * @example composeSummary(facts, standardV1, { includeNames: false, today: 45141 }).document.title
 */
export function composeSummary(facts: Facts, catalog: Catalog, options: SummaryOptions): Summary {
  const profile = profileFor(facts.profile.unitType);
  const sections = buildSections(facts, catalog, profile, options);
  const blocks: Block[] = [{ kind: "paragraph", runs: runs(opening(facts, profile.aim, options)) }];
  let n = 0;
  const heading = (text: string): void => {
    n += 1;
    blocks.push({ kind: "heading", level: 1, text: `${chineseOrdinal(n)}、${text}` });
  };
  for (const s of sections) {
    heading(s.heading);
    s.points.forEach((p, i) => blocks.push(pointParagraph(p, i, s.points.length === 1, s.intro)));
  }
  const highlights = textsOf(facts, "工作亮点");
  if (highlights.length) {
    heading(profile.headings.highlights);
    blocks.push(enumerated(highlights));
  }
  const shortcomings = [...textsOf(facts, "存在不足"), ...dataShortcomings(facts)];
  if (shortcomings.length) {
    heading(profile.headings.shortcomings);
    blocks.push(enumerated(shortcomings));
  }
  const next = textsOf(facts, "下一步打算");
  if (next.length) {
    heading(profile.headings.nextSteps);
    blocks.push(enumerated(next));
  }
  const table = options.appendix ? appendixTable(facts, catalog, options.comparison) : undefined;
  if (table) blocks.push(table);
  const date = fullDateText(facts.profile.docDate ?? options.today);
  return {
    document: { title: summaryTitle(facts), blocks, signOff: { unit: facts.profile.unitName, date }, layout: gbLayout },
    sections,
  };
}

/** Plain text of a document model (title, blocks, sign-off), paragraphs separated by newlines. */
export function documentText(doc: DocumentModel): string {
  const { body, appendix } = splitAppendix(doc.blocks);
  const lines = [doc.title, ""];
  const push = (b: Block): void => {
    if (b.kind === "heading") lines.push(b.text);
    else if (b.kind === "paragraph") lines.push(`\u3000\u3000${b.runs.map((r) => r.text).join("")}`);
    else lines.push(b.caption, ...[b.header, ...b.rows].map((r) => r.join("\t")));
  };
  body.forEach(push);
  lines.push("", doc.signOff.unit, doc.signOff.date);
  if (appendix.length) lines.push("");
  appendix.forEach(push);
  return `${lines.join("\n")}\n`;
}

export { joinList };
