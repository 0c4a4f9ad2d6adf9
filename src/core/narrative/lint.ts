/**
 * Language lint of a generated summary (issue #4 item 5), run on every generated text in tests:
 * no zero figures; no doubled punctuation; no half-width punctuation in Chinese text (the level-3
 * heading `1.` and decimals excepted); no space between Chinese and digits; approximation words
 * only as the narrative spec allows (余 after a round number or 万, 多 after any other, 约/近 before
 * the number, never two at once); balanced quotes and brackets; continuous numbering.
 * @module
 */

/** One problem found in a text. */
export interface LintIssue {
  readonly rule: "zero-figure" | "doubled-punctuation" | "half-width-punctuation" | "space-cjk-digit" | "approximation" | "unbalanced" | "numbering";
  /** 1-based line of the text. */
  readonly line: number;
  /** What is wrong, with the offending excerpt. */
  readonly message: string;
}

const CJK = "\\u3400-\\u9fff";
const ORDINALS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四", "十五", "十六", "十七", "十八", "十九", "二十"];
const ordinal = (s: string): number => ORDINALS.indexOf(s) + 1;

type Rule = (line: string, n: number) => LintIssue[];

const matches = (re: RegExp, line: string): RegExpExecArray[] => [...line.matchAll(new RegExp(re.source, `${re.flags.replace("g", "")}g`))];

const zero: Rule = (line, n) =>
  matches(new RegExp(`(?<![0-9.])0(?![0-9.])(?=[${CJK}%])`, "u"), line).map((m) => ({ rule: "zero-figure", line: n, message: `零值数字：“${line.slice(Math.max(0, m.index - 4), m.index + 3)}”` }));

const doubled: Rule = (line, n) =>
  matches(/[，。；：、！？,.;:!?](?=[，。；：、！？])/u, line).map((m) => ({ rule: "doubled-punctuation", line: n, message: `标点重复：“${line.slice(Math.max(0, m.index - 3), m.index + 2)}”` }));

const halfWidth: Rule = (line, n) => {
  if (!new RegExp(`[${CJK}]`, "u").test(line)) return [];
  const body = line.replace(/^[\u3000\s]*\d+\.(?=\S)/u, "");
  return matches(/[,;:!?()"']|(?<!\d)\.|\.(?!\d)/u, body).map((m) => ({ rule: "half-width-punctuation", line: n, message: `半角标点“${m[0]}”：“${body.slice(Math.max(0, m.index - 4), m.index + 4)}”` }));
};

const spaceCjkDigit: Rule = (line, n) =>
  matches(new RegExp(`[${CJK}][ \\u00a0]+[0-9]|[0-9][ \\u00a0]+[${CJK}]`, "u"), line).map((m) => ({ rule: "space-cjk-digit", line: n, message: `汉字与数字之间有空格：“${m[0]}”` }));

const approximation: Rule = (line, n) => {
  const out: LintIssue[] = [];
  const issue = (m: RegExpExecArray, why: string): void => {
    out.push({ rule: "approximation", line: n, message: `${why}：“${m[0]}”` });
  };
  for (const m of matches(/[约近]\d+(?:\.\d+)?万?[余多]/u, line)) issue(m, "约数词重复");
  for (const m of matches(/(?<![0-9.])(\d+(?:\.\d+)?)余/u, line)) if (!(Number.isInteger(Number(m[1])) && Number(m[1]) % 10 === 0)) issue(m, "“余”只用在整十的数之后（其他数用“多”）");
  for (const m of matches(/(?<![0-9.])(\d+)多(?![少样种])/u, line)) if (Number(m[1]) % 10 === 0) issue(m, "整十的数之后应写“余”");
  for (const m of matches(/(?<![0-9.])\d+(?:\.\d+)?[约近]/u, line)) issue(m, "“约”“近”应在数字之前");
  return out;
};

const PAIRS: Readonly<Record<string, string>> = { "“": "”", "‘": "’", "（": "）", "《": "》", "【": "】", "(": ")", "〔": "〕" };
const CLOSERS = new Set(Object.values(PAIRS));

const unbalanced: Rule = (line, n) => {
  const stack: string[] = [];
  for (const ch of line) {
    if (ch === "“" && stack.includes("”")) return [{ rule: "unbalanced", line: n, message: "引号内再用引号应改为单引号‘’" }];
    if (PAIRS[ch]) stack.push(PAIRS[ch]);
    else if (CLOSERS.has(ch)) {
      if (stack.pop() !== ch) return [{ rule: "unbalanced", line: n, message: `引号或括号不配对：“${ch}”` }];
    }
  }
  return stack.length ? [{ rule: "unbalanced", line: n, message: `引号或括号未闭合：缺“${stack[stack.length - 1]}”` }] : [];
};

/** Numbering across lines: 一、二、… ; （一）（二）… within a level-1 section; 1. 2. … within a level-2; 一是、二是… within a section. */
function numbering(lines: readonly string[]): LintIssue[] {
  const out: LintIssue[] = [];
  const counters = { h1: 0, h2: 0, h3: 0, points: 0 };
  const expect = (n: number, found: number, expected: number, what: string): void => {
    if (found !== expected) out.push({ rule: "numbering", line: n, message: `${what}编号不连续：应为第${expected}个，实为第${found}个` });
  };
  lines.forEach((raw, i) => {
    const line = raw.replace(/^[\u3000\s]+/u, "");
    const n = i + 1;
    const h1 = /^([一二三四五六七八九十]+)、/u.exec(line);
    const h2 = /^（([一二三四五六七八九十]+)）/u.exec(line);
    const h3 = /^(\d+)\.(?=\S)/u.exec(line);
    if (h1) {
      expect(n, ordinal(h1[1]), ++counters.h1, "一级标题");
      counters.h2 = 0;
      counters.h3 = 0;
      counters.points = 0;
    } else if (h2) {
      expect(n, ordinal(h2[1]), ++counters.h2, "二级标题");
      counters.h3 = 0;
      counters.points = 0;
    } else if (h3) {
      expect(n, Number(h3[1]), ++counters.h3, "三级标题");
    }
    for (const m of matches(/(?:^|[。；：])([一二三四五六七八九十]+)是/u, line)) expect(n, ordinal(m[1]), ++counters.points, "“一是、二是”");
  });
  return out;
}

/** Lint issues of a text (lines as printed by documentText); empty when clean. */
export function lintText(text: string): LintIssue[] {
  const lines = text.split("\n");
  const rules: Rule[] = [zero, doubled, halfWidth, spaceCjkDigit, approximation, unbalanced];
  return [...lines.flatMap((line, i) => rules.flatMap((r) => r(line, i + 1))), ...numbering(lines)];
}
