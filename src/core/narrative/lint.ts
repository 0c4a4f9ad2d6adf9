/**
 * Language lint of a generated summary (issue #4 item 5, narrative spec v2 "Writing like a
 * colleague"), run on every generated text in tests. It judges the text alone: it reads the
 * catalog's domain tables (action verbs, kinds of thing, measure words, the standard headers) but
 * never the generator's phrase tables.
 *
 * Form: no zero figures; no doubled punctuation; no half-width punctuation in Chinese text (the
 * level-3 heading `1.` and decimals excepted); no space between Chinese and digits; balanced quotes
 * and brackets; continuous numbering.
 *
 * v2 rules (mechanical parts): `glue-verb` (1), `repeated-verb` (2), `repeated-item` (2/3: the same
 * item twice in one list), `mixed-units` (3), `approximation` (4 and the figures rules),
 * `cell-artefact` (5), `dangling-deixis` (6), `wrong-subject` (7, with options.unitType),
 * `impossible-rate` (9), `echo-classifier` and `measure-word` (11). Rules 8, 10, 12 and 14 are
 * judged by review and the boilerplate test.
 *
 * Prose rules skip table rows (lines with a tab: the appendix), whose cells are not sentences.
 * @module
 */
import { actionOf, countingWords, fieldsOf, isEchoClassifier, measureRuleFor, standardV1, thingKindOf } from "../catalog";

/** The id of a lint rule. */
export type LintRule =
  | "zero-figure"
  | "doubled-punctuation"
  | "half-width-punctuation"
  | "space-cjk-digit"
  | "approximation"
  | "unbalanced"
  | "numbering"
  | "glue-verb"
  | "repeated-verb"
  | "repeated-item"
  | "mixed-units"
  | "cell-artefact"
  | "echo-classifier"
  | "measure-word"
  | "wrong-subject"
  | "impossible-rate"
  | "dangling-deixis";

/** One problem found in a text. */
export interface LintIssue {
  readonly rule: LintRule;
  /** 1-based line of the text. */
  readonly line: number;
  /** What is wrong, with the offending excerpt. */
  readonly message: string;
}

/** What the lint may know besides the text. */
export interface LintOptions {
  /** 单位类型 of the unit the text speaks for (社区, 学校, 机关部门 …): enables `wrong-subject`. */
  readonly unitType?: string;
}

const CJK = "\\u3400-\\u9fff";
const isCjk = (ch: string | undefined): boolean => ch !== undefined && ch >= "\u3400" && ch <= "\u9fff";
const ORDINALS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四", "十五", "十六", "十七", "十八", "十九", "二十"];
const ordinal = (s: string): number => ORDINALS.indexOf(s) + 1;

type Rule = (line: string, n: number) => LintIssue[];

const matches = (re: RegExp, line: string): RegExpExecArray[] => [...line.matchAll(new RegExp(re.source, `${re.flags.replace("g", "")}g`))];
const excerpt = (s: string, at: number, before = 6, after = 10): string => s.slice(Math.max(0, at - before), at + after);

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

/** `1748` → `1700`, `552` → `550`, `1157` → `1100`: the round figure below, for “more than” (v2 rule 4). */
function roundedDown(n: number): number {
  if (n < 100) return Math.floor(n / 10) * 10;
  const step = 10 ** (String(Math.floor(n)).length - 2);
  return Math.floor(n / step) * step;
}

/** Computed rates (v2 rule 4: never `约`). */
const RATE_NAME = "(?:整改|注册|完成|覆盖|知晓|参与|达标|合格|开工|竣工|满意|办结|结案|入户|签约|投放|分类|到位|出勤|建档|普及|支持)率";

const approximation: Rule = (line, n) => {
  const out: LintIssue[] = [];
  const issue = (m: RegExpExecArray, why: string): void => {
    out.push({ rule: "approximation", line: n, message: `${why}：“${m[0]}”` });
  };
  for (const m of matches(/[约近]\d+(?:\.\d+)?万?[余多]/u, line)) issue(m, "约数词重复");
  for (const m of matches(/(?<![0-9.])(\d+(?:\.\d+)?)余(?!%)/u, line)) if (!(Number.isInteger(Number(m[1])) && Number(m[1]) % 10 === 0)) issue(m, `“余”只用在整十的数之后（应写“${roundedDown(Number(m[1]))}余”）`);
  for (const m of matches(/(?<![0-9.])(\d+)多(?![少样种%])/u, line)) {
    const v = Number(m[1]);
    issue(m, v % 10 === 0 ? "整十的数之后应写“余”" : `“多”不用在非整十的数之后，应取整写作“${roundedDown(v)}余”`);
  }
  for (const m of matches(/(?<![0-9.])\d+(?:\.\d+)?[约近]/u, line)) issue(m, "“约”“近”应在数字之前");
  // Percentages never take 余/多/约/近/左右 (达90%以上 is how a floor is said).
  for (const m of matches(/(?:大约|将近|约|近)(?:为|达|占)?\d+(?:\.\d+)?[%％]/u, line)) issue(m, "百分比不加“约”“近”（可写“达90%以上”）");
  for (const m of matches(/\d+(?:\.\d+)?(?:[余多][%％]|[%％](?:余|多|左右|上下))/u, line)) issue(m, "百分比不加“余”“多”“左右”（可写“达90%以上”）");
  // A computed rate with 约 not before a percentage (that one is flagged above).
  for (const m of matches(new RegExp(`${RATE_NAME}(?:为|达|是)?约(?![为达占]?\\d+(?:\\.\\d+)?[%％])`, "u"), line)) issue(m, "计算出的比率是准确数，不加“约”");
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

// ---------------------------------------------------------------------------------------------
// Figures and clauses of prose

/** A figure in a clause: `约14800人次`, `4万余元`, `97.5%`. */
interface Figure {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly value: number;
  /** The measure word as printed (`人次`, `元` of `4万余元`, `%`). */
  readonly unit: string;
  /** Chinese characters right before the figure (`配备执法队员` of `，配备执法队员2个`). */
  readonly run: string;
  /** True when the figure is followed by punctuation, 和/及/等 or the end: its word is a measure word, not the start of a noun. */
  readonly closed: boolean;
}

const UNITS = [...countingWords, "%", "％"].sort((a, b) => b.length - a.length);
const FIGURE = new RegExp(`(?<![0-9.第])(?:大约|将近|约|近)?(\\d+(?:\\.\\d+)?)(万|亿)?(?:余|多)?(${UNITS.join("|")})`, "gu");
/** Dates and years are not figures: masked before figures are read. */
const DATE = /(?:\d{4}年)?\d{1,2}月\d{1,2}日|\d{4}年(?:\d{1,2}月)?|\d{1,2}月(?:份|中旬|上旬|下旬|底|初)?|\d{1,2}日(?=[至到—-])/gu;
const CLOSING = /^(?:$|[，。；：、）)”和及等（(\s])/u;

/** A date in the line, masked with a non-CJK character of the same length. */
const maskDates = (s: string): string => s.replace(DATE, (d) => "□".repeat(d.length));

function runBefore(s: string, end: number): string {
  let i = end;
  while (i > 0 && isCjk(s[i - 1])) i--;
  return s.slice(i, end);
}

function figuresOf(clause: string): Figure[] {
  const masked = maskDates(clause);
  return [...masked.matchAll(FIGURE)].map((m) => {
    const start = m.index;
    const end = start + m[0].length;
    return { start, end, text: m[0], value: Number(m[1]) * (m[2] === "万" ? 10000 : m[2] === "亿" ? 1e8 : 1), unit: m[3], run: runBefore(masked, start), closed: CLOSING.test(masked.slice(end)) };
  });
}

/** Clauses of a line: split at ，。；：！？ (text in quotes stays whole). */
function clausesOf(line: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (ch === "“" || ch === "《") depth++;
    else if ((ch === "”" || ch === "》") && depth > 0) depth--;
    else if (depth === 0 && "，。；：！？".includes(ch)) {
      out.push(line.slice(from, i));
      from = i + 1;
    }
  }
  out.push(line.slice(from));
  return out.filter((c) => c.trim());
}

/** Sentences of a line: split at 。；！？. */
const sentencesOf = (line: string): string[] => line.split(/[。；！？]/u).filter((s) => s.trim());

/** A prose line: not a table row (the appendix), not blank. */
const isProse = (line: string): boolean => !line.includes("\t") && line.trim() !== "";

/** Text inside “…” and 《…》, blanked (names of activities and documents are quoted as typed). */
const blankQuotes = (s: string): string => s.replace(/“[^”]*”|《[^》]*》/gu, (q) => "□".repeat(q.length));

// ---------------------------------------------------------------------------------------------
// Rule 11: measure words and echo classifiers

const measureWords: Rule = (line, n) => {
  if (!isProse(line)) return [];
  const out: LintIssue[] = [];
  for (const clause of clausesOf(line)) {
    for (const f of figuresOf(clause)) {
      if (!f.closed || f.unit === "%" || f.unit === "％") continue;
      const rule = measureRuleFor(f.run);
      if (!rule || rule.words.includes(f.unit) || rule.words.includes(f.unit.replace(/^万/u, ""))) continue;
      out.push({ rule: "measure-word", line: n, message: `量词不当：“${f.run.slice(-6)}${f.text}”，${rule.label}应用“${rule.preferred}”（可用${rule.words.slice(0, 4).join("、")}）` });
    }
    // Echo classifiers: the figure's word repeats the thing (`社区学校1校`, `健身场所1场所`).
    const masked = maskDates(clause);
    for (const m of masked.matchAll(new RegExp(`(?<![0-9.第])(\\d+)([${CJK}]{1,2})(?=$|[，。；：、）)”和及等（(])`, "gu"))) {
      const run = runBefore(masked, m.index);
      if (run && isEchoClassifier(run, m[2])) out.push({ rule: "echo-classifier", line: n, message: `数字后的量词重复了事物名称：“${run.slice(-6)}${m[0]}”（如“学校1所”“场所1处”“功能室6个”）` });
    }
  }
  return out;
};

// ---------------------------------------------------------------------------------------------
// Rule 3: totals over like units only

/** Units that may stand side by side: the same word, or the same word in 万. */
const sameKind = (a: string, b: string): boolean => a.replace(/^万/u, "") === b.replace(/^万/u, "");
const isPercent = (u: string): boolean => u === "%" || u === "％";

const mixedUnits: Rule = (line, n) => {
  if (!isProse(line)) return [];
  const out: LintIssue[] = [];
  for (const sentence of sentencesOf(line)) {
    let mixed = false;
    for (const clause of clausesOf(sentence)) {
      const figs = figuresOf(clause).filter((f) => !isPercent(f.unit));
      const masked = maskDates(clause);
      // A list after one noun: figures joined by 、/和/及 with nothing between them.
      for (let k = 1; k < figs.length; k++) {
        const between = masked.slice(figs[k - 1].end, figs[k].start);
        if (/^[、和及]$/u.test(between) && !sameKind(figs[k - 1].unit, figs[k].unit)) {
          let j = k - 1;
          while (j > 0 && /^[、和及]$/u.test(masked.slice(figs[j - 1].end, figs[j].start))) j--;
          let last = k;
          while (last + 1 < figs.length && /^[、和及]$/u.test(masked.slice(figs[last].end, figs[last + 1].start))) last++;
          out.push({ rule: "mixed-units", line: n, message: `不同量词的数字并列成一个总数：“${figs[j].run.slice(-6)}${clause.slice(figs[j].start, figs[last].end)}”，应按类别分列` });
          mixed = true;
          break;
        }
      }
    }
    // A total after a list whose figures have other units (`乱张贴55处、卫生死角24宗，共79处`).
    const clauses = clausesOf(sentence);
    for (let c = 1; c < clauses.length; c++) {
      const total = /^(?:共计?|合计|总计)((?:约|近)?\d+(?:\.\d+)?万?[余多]?)([^\d\s，。；]{1,3})/u.exec(clauses[c].trim());
      if (!total) continue;
      const parts = figuresOf(clauses[c - 1]).filter((f) => !isPercent(f.unit));
      const unit = figuresOf(clauses[c].trim())[0]?.unit;
      if (unit && parts.length >= 2 && parts.some((p) => !sameKind(p.unit, unit))) {
        out.push({ rule: "mixed-units", line: n, message: `合计的各项量词不同：“${clauses[c - 1].slice(-16)}，${total[0]}”` });
        mixed = true;
      }
    }
    // A rate over such a total.
    if (mixed) {
      const rate = /[\u3400-\u9fff]{0,6}率(?:为|达|是|达到)?\d+(?:\.\d+)?[%％]/u.exec(sentence);
      if (rate) out.push({ rule: "mixed-units", line: n, message: `比率按不同量词的总数计算：“${rate[0]}”，应分类别计算或不写` });
    }
  }
  return out;
};

// ---------------------------------------------------------------------------------------------
// Rules 1 and 2: glue verbs, repeated verbs, repeated items

/** Frame verbs (v2 rule 1): they carry no action of their own. */
const FRAME_VERBS = ["组织开展", "配备", "现有", "建有", "设有", "开展", "召开", "举办", "进行"];
/** Frame verbs that take an event; before an action that counts objects they are glue (`开展发放宣传资料2000份`). */
const EVENT_FRAMES = new Set(["组织开展", "开展", "召开", "举办", "进行"]);
/** Frame verbs of stocks: staff, equipment, facilities (`配备保洁员`, `建有志愿服务站`). */
const STOCK_FRAMES = new Set(["配备", "现有", "建有", "设有"]);
/** Units that count events or turn-outs, not stocks. */
const EVENT_UNITS = new Set(["场", "次", "期", "轮", "届", "人次", "万人次", "户次", "车次", "台次", "辆次", "小时", "天"]);
/** Characters before a frame verb's characters that make another word of them. */
const INSIDE_WORD: Readonly<Record<string, string>> = { 现有: "实体出呈展发表再", 进行: "推促改精先前", 建有: "创修兴新扩改重", 设有: "建增架开铺", 召开: "", 举办: "承主协", 开展: "", 配备: "" };
/** A name that ends with a verb of doing (`应急分队待命`): not a stock. */
const ENDS_WITH_ACTION = /(?:待命|值守|值班|在岗|到岗|执勤|巡逻|巡查|服务|参与|参加|开展|出动|处置|受益)$/u;
/** Participants (v2 rule 1: never after 建有/现有). */
const PARTICIPANTS = /参与|参加|受益|服务对象|服务群众|惠及/u;

const glueVerb: Rule = (line, n) => {
  if (!isProse(line)) return [];
  const out: LintIssue[] = [];
  const text = blankQuotes(maskDates(line));
  const flag = (at: number, why: string): void => {
    out.push({ rule: "glue-verb", line: n, message: `${why}：“${excerpt(line, at, 2, 14)}”` });
  };
  for (let i = 0; i < text.length; i++) {
    const frame = FRAME_VERBS.find((v) => text.startsWith(v, i));
    if (!frame) continue;
    // Inside a word (`发现有`, `推进行动`, `创建有`): not a frame verb here.
    const prev = text[i - 1];
    if (prev && INSIDE_WORD[frame]?.includes(prev)) continue;
    const rest = text.slice(i + frame.length);
    const item = /^[\u3400-\u9fff]*/u.exec(rest)?.[0] ?? "";
    const after = rest.slice(item.length);
    const fig = figuresOf(after.replace(/^[（(]/u, ""))[0];
    const figureNext = fig !== undefined && fig.start === 0;
    i += frame.length - 1;
    const doubled = FRAME_VERBS.find((v) => item.startsWith(v));
    if (doubled && (doubled === frame || (EVENT_FRAMES.has(frame) && EVENT_FRAMES.has(doubled)) || STOCK_FRAMES.has(frame))) {
      flag(i - frame.length + 1, `框架动词后又接动词“${doubled}”`);
      continue;
    }
    if (!item) continue;
    const action = actionOf(item);
    const kind = thingKindOf(item);
    if (STOCK_FRAMES.has(frame)) {
      if (action && item.startsWith(action) && !["staff", "equipment", "facility"].includes(kind)) {
        flag(i - frame.length + 1, `“${frame}”后的名称已以动作“${action}”开头，应直接写“${item}”`);
      } else if (frame !== "配备" && (ENDS_WITH_ACTION.test(item) || PARTICIPANTS.test(item) || kind === "rate" || (figureNext && fig ? EVENT_UNITS.has(fig.unit) : ["meeting", "lecture", "activity"].includes(kind)))) {
        // A 讲堂 counted in 个 is a standing facility (`建有道德讲堂1个`); in 场/期 an event.
        flag(i - frame.length + 1, `“${frame}”只用于常设的设施、队伍或存量，不用于活动、比率、参与人数或人次`);
      }
    } else if (EVENT_FRAMES.has(frame) && action && item.startsWith(action) && figureNext && fig && !EVENT_UNITS.has(fig.unit) && !["meeting", "lecture", "activity"].includes(kind)) {
      flag(i - frame.length + 1, `“${frame}”后的名称已以动作“${action}”开头，应直接写“${item}”`);
    }
  }
  return out;
};

/** Adverbs that may open a list item before its verb. */
const LEADING_ADVERBS = /^(?:共计|累计|先后|全年|集中|积极|主动|定期|分别|同时|此外|另外|坚持|持续|广泛|深入|不断|还|并|又|已|均|再|共|另)+/u;

/** The verb an item opens with (after adverbs), or undefined. */
function leadingVerb(item: string): string | undefined {
  const body = item.replace(LEADING_ADVERBS, "");
  const v = actionOf(body);
  return v && body.startsWith(v) ? v : undefined;
}

const repeatedVerb: Rule = (line, n) => {
  if (!isProse(line)) return [];
  const out: LintIssue[] = [];
  for (const clause of clausesOf(line)) {
    const text = blankQuotes(maskDates(clause));
    // The same verb twice in a row (`清理清理`); a doubled frame verb is a glue-verb issue.
    for (const m of text.matchAll(/([\u3400-\u9fff]{2})\1/gu)) {
      if (actionOf(`${m[1]}某某`) === m[1] && !FRAME_VERBS.includes(m[1])) out.push({ rule: "repeated-verb", line: n, message: `动词重复：“${excerpt(clause, m.index, 2, 8)}”` });
    }
    // Items of a list (and 并 + a verb) opening with the same verb: the verb is shared once.
    const items = text.split(/、|并(?=[\u3400-\u9fff]{2})/u).map((s) => s.replace(/^[\u3000\s]+/u, ""));
    const seen = new Map<string, number>();
    for (const item of items) {
      const v = leadingVerb(item);
      if (v) seen.set(v, (seen.get(v) ?? 0) + 1);
    }
    for (const [v, count] of seen) if (count > 1) out.push({ rule: "repeated-verb", line: n, message: `同一分句中动词“${v}”重复${count}次，应合并：“${clause.trim().slice(0, 30)}”` });
  }
  return out;
};

const repeatedItem: Rule = (line, n) => {
  if (!isProse(line)) return [];
  const out: LintIssue[] = [];
  for (const clause of clausesOf(line)) {
    const figs = figuresOf(clause);
    const masked = maskDates(clause);
    const names: string[] = [];
    figs.forEach((f, k) => {
      const from = k === 0 ? 0 : figs[k - 1].end;
      const between = masked.slice(from, f.start);
      const m = /^[、和及与]([\u3400-\u9fff]+)$/u.exec(k === 0 ? `、${f.run}` : between);
      if (!m) return;
      // The thing itself: without adverbs and the verbs before it (`评选表彰楼栋好人` → `楼栋好人`).
      let name = m[1].replace(LEADING_ADVERBS, "");
      for (let v = leadingVerb(name); v; v = leadingVerb(name)) name = name.slice(v.length);
      if (name.length >= 2) names.push(name);
    });
    const twice = names.find((x, i) => names.indexOf(x) !== i);
    if (twice) out.push({ rule: "repeated-item", line: n, message: `同一列举中“${twice}”出现多次，应合计或分别说明：“${clause.trim().slice(0, 30)}”` });
  }
  return out;
};

// ---------------------------------------------------------------------------------------------
// Rule 5: spreadsheet artefacts

/**
 * Standard headers that are also ordinary words of the genre (报告期内, 常住人口, 整改率, 明确责任单位
 * 和整改时限 …): not artefacts in prose. Headers of one or two characters (单位, 日期, 备注) are never
 * checked as words.
 */
const PROSE_HEADERS = new Set(["工作思路", "报告年度", "报告期", "截止日期", "常住人口", "联系电话", "注册人数", "服务次数", "整改率", "责任单位", "整改时限", "主要服务内容"]);
const HEADER_WORDS: readonly string[] = [
  ...new Set(standardV1.sheets.flatMap((s) => fieldsOf(s).map((f) => f.header)).filter((h) => (h.length >= 3 || /[或（]/u.test(h)) && !PROSE_HEADERS.has(h))),
].sort((a, b) => b.length - a.length);
const HEADER_RE = new RegExp(`(?:${HEADER_WORDS.join("|")})(?![十百千万余数量])`, "u");

const cellArtefact: Rule = (line, n) => {
  if (!isProse(line)) return [];
  const out: LintIssue[] = [];
  const flag = (m: RegExpExecArray, why: string): void => {
    out.push({ rule: "cell-artefact", line: n, message: `${why}：“${excerpt(line, m.index, 4, m[0].length + 6)}”` });
  };
  const body = blankQuotes(line);
  for (const m of matches(HEADER_RE, body)) flag(m, `正文中出现台账列名“${m[0]}”`);
  for (const m of matches(/[（(【〔](?:备注|注|说明)[：:]/u, body)) flag(m, "正文中出现从单元格复制的括注");
  // 〔约数〕 and other tags of the workbook; 〔2023〕 of a document number is not one.
  for (const m of matches(/〔(?!\d{4}〕)[^〕]*〕/u, body)) flag(m, "正文中出现台账中的标记");
  for (const m of matches(/(?<![（(〔【])备注[：:]/u, body)) flag(m, "正文中出现“备注：”");
  for (const m of matches(/其他\d/u, body)) flag(m, "“其他”后直接跟数字，应写明是什么（如“其他问题3处”）");
  return out;
};

// ---------------------------------------------------------------------------------------------
// Rule 6: 当日/本次 with their date

const DEIXIS = /当日|当天|本次|次日|同日|当晚/gu;
const HAS_DATE = /\d{1,2}月\d{1,2}日|\d{1,2}日(?:至|到|—|-)|\d{4}年\d{1,2}月\d{1,2}日/u;

const danglingDeixis: Rule = (line, n) => {
  if (!isProse(line)) return [];
  const out: LintIssue[] = [];
  for (const m of line.matchAll(DEIXIS)) {
    if (!HAS_DATE.test(line.slice(0, m.index))) out.push({ rule: "dangling-deixis", line: n, message: `“${m[0]}”前没有写明日期：“${excerpt(line, m.index, 6, 10)}”` });
  }
  return out;
};

// ---------------------------------------------------------------------------------------------
// Rule 9: impossible figures

const GROWTH = /增长|增幅|增速|同比|环比|提高|上升|下降|增加/u;

const impossibleRate: Rule = (line, n) => {
  if (!isProse(line)) return [];
  const out: LintIssue[] = [];
  for (const m of line.matchAll(/([\u3400-\u9fff]{0,8}(?:率|满意度))[^，。；\d%％]{0,4}?(\d+(?:\.\d+)?)[%％]/gu)) {
    if (Number(m[2]) > 100 && !GROWTH.test(m[1])) out.push({ rule: "impossible-rate", line: n, message: `比率超过100%：“${m[0]}”` });
  }
  const unit = `(${UNITS.filter((u) => !isPercent(u)).join("|")})`;
  const pairs = [
    new RegExp(`(\\d+)${unit}[（(](?:已整改|整改到位|完成整改)(\\d+)\\2[）)]`, "gu"),
    new RegExp(`(\\d+)${unit}[^，。；\\d]{0,8}?中(?:已整改|已完成整改|整改到位|完成整改|整改)(\\d+)\\2`, "gu"),
    new RegExp(`发现[^。；\\d]*?(\\d+)${unit}[^。；]*?(?:已整改|整改到位|完成整改)[^。；，\\d]{0,4}?(\\d+)\\2`, "gu"),
  ];
  for (const sentence of sentencesOf(line)) {
    const masked = maskDates(sentence);
    for (const re of pairs) {
      for (const m of masked.matchAll(re)) {
        if (Number(m[3]) > Number(m[1])) out.push({ rule: "impossible-rate", line: n, message: `已整改数多于发现数：“${sentence.slice(m.index, m.index + m[0].length)}”` });
      }
    }
  }
  return out;
};

// ---------------------------------------------------------------------------------------------
// Rule 7: each unit speaks as itself

/** `社区` opening a sentence as its subject (`社区1月10日成立…`, `社区以…为抓手`). */
const COMMUNITY_SUBJECT =
  /(?:^|[\u3000\s。；！？：，])(?:本社区|我社区|社区)(?=\d|以|把|将|在|于|对|从|按|共|累计|先后|积极|认真|高度|全面|深入|持续|坚持|围绕|结合|加强|落实|开展|组织|成立|建立|召开|举办|联合|通过|还|也|始终|不断|紧紧|扎实|切实|着力|大力|注重|充分|主动|严格|及时|进一步|今年|全年|上半年|下半年|多措并举)/u;

/** How each unit type may not speak of itself. */
const FOREIGN_SELF: Readonly<Record<string, RegExp>> = {
  社区: /我局|本局|我校|本校|我会|我院/u,
  村: /我局|本局|我校|本校|我会|我社区/u,
  街道: /我局|本局|我校|本校|我会|我社区/u,
  乡镇: /我局|本局|我校|本校|我会|我社区/u,
  机关部门: /我校|本校|我会|我社区/u,
  群团组织: /我局|本局|我校|本校|我社区/u,
  学校: /我局|本局|我会|我社区/u,
  企事业单位: /我局|本局|我校|本校|我会|我社区/u,
  其他: /我局|本局|我校|本校|我会|我社区/u,
};

function wrongSubject(unitType: string | undefined): Rule {
  return (line, n) => {
    if (!unitType || !isProse(line)) return [];
    const out: LintIssue[] = [];
    const body = blankQuotes(line);
    const foreign = FOREIGN_SELF[unitType];
    if (foreign) for (const m of matches(foreign, body)) out.push({ rule: "wrong-subject", line: n, message: `${unitType}的总结不应自称“${m[0]}”：“${excerpt(line, m.index, 4, 10)}”` });
    if (unitType !== "社区") {
      for (const m of matches(COMMUNITY_SUBJECT, body)) out.push({ rule: "wrong-subject", line: n, message: `${unitType}的总结以“社区”作主语：“${excerpt(line, m.index, 0, 12).replace(/^[\u3000\s。；！？：]/u, "")}”` });
    }
    return out;
  };
}

/** Lint issues of a text (lines as printed by documentText); empty when clean. */
export function lintText(text: string, options: LintOptions = {}): LintIssue[] {
  const lines = text.split("\n");
  const rules: Rule[] = [
    zero, doubled, halfWidth, spaceCjkDigit, approximation, unbalanced,
    glueVerb, repeatedVerb, repeatedItem, mixedUnits, cellArtefact, measureWords, wrongSubject(options.unitType), impossibleRate, danglingDeixis,
  ];
  return [...lines.flatMap((line, i) => rules.flatMap((r) => r(line, i + 1))), ...numbering(lines)];
}
