/**
 * Weaving the 其他指标 rows of one 板块 into sentences (issue #4 item 2): verb-led names
 * (`出动巡查人员`, `与……签订……责任书`) become clauses of their own, consecutive ones with the same
 * verb share it (`出动执法人员约14800人次、执法车辆1260台次`); noun-like names (`保洁员`, `垃圾桶`)
 * are gathered after one verb (`配备小区保洁员12人、垃圾桶70余个和清运机动车辆1辆`). At most
 * three clauses a sentence; the next one starts with 此外 or 同时.
 * @module
 */
import type { FigureRow } from "../facts";
import { SentenceBuilder, type Sentence } from "./sentence";
import { pick, wording } from "./wording";

/** The leading verb of a figure name (after an optional `与……`), or undefined for a noun-like name. */
export function leadingVerb(name: string): string | undefined {
  const verbs = wording.clauseVerbs;
  const direct = verbs.find((v) => name.startsWith(v));
  if (direct) return direct;
  if (name.startsWith("与") || name.startsWith("为") || name.startsWith("向")) {
    return verbs.some((v) => name.includes(v)) ? "" : undefined;
  }
  return undefined;
}

interface Clause {
  readonly verb?: string;
  readonly rows: FigureRow[];
}

/** Groups rows into clauses: noun-like rows together (first), verb-led rows by consecutive shared verb. */
function clausesOf(rows: readonly FigureRow[]): Clause[] {
  const nouns = rows.filter((r) => leadingVerb(r.name) === undefined);
  const out: Clause[] = nouns.length ? [{ rows: nouns }] : [];
  for (const r of rows) {
    const v = leadingVerb(r.name);
    if (v === undefined) continue;
    const last = out[out.length - 1];
    if (v && last?.verb === v) last.rows.push(r);
    else out.push({ verb: v, rows: [r] });
  }
  return out;
}

function clauseSentence(c: Clause, nounVerb: string): Sentence {
  const b = new SentenceBuilder();
  c.rows.forEach((r, i) => {
    if (i > 0) b.text(i === c.rows.length - 1 && c.verb === undefined ? "和" : "、");
    const name = c.verb && i > 0 ? r.name.slice(c.verb.length) : r.name;
    b.text(i === 0 && c.verb === undefined ? `${nounVerb}${name}` : name).fig(r.figure);
  });
  return b.build();
}

/**
 * Sentences of 其他指标 rows (each ends with `。`), e.g. for 环境整治:
 * `配备小区保洁员12人、垃圾桶70余个和清运机动车辆1辆，与个体工商户及企业签订“四旁三包”责任书300余份。`
 */
export function weaveFigures(rows: readonly FigureRow[], sectionId: string): Sentence[] {
  if (!rows.length) return [];
  const nounVerb = wording.nounVerbs[sectionId] ?? wording.nounVerbs.default;
  const parts = clausesOf(rows).map((c) => clauseSentence(c, nounVerb));
  const out: Sentence[] = [];
  for (let i = 0; i < parts.length; i += wording.clausesPerSentence) {
    const chunk = parts.slice(i, i + wording.clausesPerSentence);
    const lead = i === 0 ? "" : pick(wording.connectors, sectionId, i);
    out.push({ text: `${lead}${chunk.map((p) => p.text).join("，")}。`, sources: [...new Set(chunk.flatMap((p) => p.sources))] });
  }
  return out;
}
