/**
 * Measure words people use for each kind of thing (narrative spec v2 rule 11). Placeholder with the
 * agreed API until the full table lands.
 * @module
 */

/** One kind of thing and the measure words people use for it (narrative v2 rule 11). */
export interface MeasureWordRule {
  readonly id: string;
  /** 人员, 户, 横幅 … */
  readonly label: string;
  /** Matches a thing's name (指标名称, 名称或内容, 类型, 问题类别, 备注 words). */
  readonly things: RegExp;
  /** Acceptable measure words. */
  readonly words: readonly string[];
  /** What the text prints when the typed word is not acceptable. */
  readonly preferred: string;
}

export const measureWordRules: readonly MeasureWordRule[] = [
  { id: "people", label: "人员", things: /(?:人员|队员|志愿者|保洁员|网格员|干部|职工|党员|群众|居民|学生|教师|民警|警力)$/u, words: ["人", "名", "人次", "位", "户", "户次"], preferred: "人" },
];

/** The rule that knows a thing, or undefined. */
export function measureRuleFor(thing: string): MeasureWordRule | undefined {
  return measureWordRules.find((r) => r.things.test(thing));
}

/** The measure word to print: `typed` when acceptable or when no rule knows the thing; else the rule's preferred word. */
export function printedMeasureWord(thing: string, typed: string): string {
  const r = measureRuleFor(thing);
  return !r || r.words.includes(typed) ? typed : r.preferred;
}

/** True when `word` after a numeral echoes the thing itself (学校1校, 场所1场所, 功能室6室). */
export function isEchoClassifier(thing: string, word: string): boolean {
  return word.length > 0 && thing.endsWith(word) && thing.length > word.length;
}
