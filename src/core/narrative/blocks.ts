/**
 * Document blocks shared by the unit summary (compose.ts) and the combined roll-up summary
 * (combined/compose.ts): 文字材料 rows as sentences, runs that keep their sources, a point as a
 * `一是……` paragraph, and rows as one enumerated paragraph.
 * @module
 */
import type { Facts } from "../facts";
import type { Block, Run } from "../document/model";
import type { Point } from "./context";
import { chineseOrdinal, stripEnd } from "./phrase";
import { leadBefore } from "./profiles";
import type { Sentence } from "./sentence";

/** The 文字材料 rows of one 类型 (导语, 工作亮点, 存在不足, 下一步打算) as sentences with their cell. */
export const textsOf = (facts: Facts, kind: string): Sentence[] =>
  facts.texts.filter((t) => t.kind === kind).map((t) => ({ text: t.content, sources: [t.source] }));

/** Runs of a paragraph of sentences (sources kept where there are any). */
export const runs = (sentences: readonly Sentence[]): Run[] => sentences.map((s) => (s.sources.length ? { text: s.text, sources: s.sources } : { text: s.text }));

/**
 * A point as a paragraph: `{intro}一是{lead}。{sentences}` — no `一是` when the point is alone in its
 * section; the section's intro (profile register, may be "") opens its first point. A lead whose
 * closing word the point repeats gets another ending (profiles.ts `leadBefore`).
 */
export function pointParagraph(point: Point, index: number, alone: boolean, intro = ""): Block {
  const lead = leadBefore(point.lead, point.sentences.map((s) => s.text).join(""));
  const head: Run[] = [...(intro && index === 0 ? [{ text: intro }] : []), ...(alone ? [] : [{ text: `${chineseOrdinal(index + 1)}是${lead}。` }])];
  return { kind: "paragraph", runs: [...head, ...runs(point.sentences)] };
}

/** Rows as one enumerated paragraph: `一是……；二是……。` (`。` between rows that hold several sentences). */
export function enumerated(rows: readonly Sentence[]): Block {
  const sep = rows.some((r) => /[。！？]./u.test(stripEnd(r.text))) ? "。" : "；";
  const lead = (i: number): string => (rows.length > 1 ? `${chineseOrdinal(i + 1)}是` : "");
  return { kind: "paragraph", runs: rows.map((r, i) => ({ text: `${lead(i)}${stripEnd(r.text)}${i === rows.length - 1 ? "。" : sep}`, sources: r.sources })) };
}
