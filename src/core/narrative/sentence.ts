/**
 * Sentences that remember their sources: the unit of traceability (narrative spec: every figure
 * can be traced back to the cells it came from).
 * @module
 */
import type { Figure } from "../facts";
import { figureText } from "./phrase";

/** A piece of generated text and the cells (`sheet!A1`) behind its figures. */
export interface Sentence {
  readonly text: string;
  readonly sources: readonly string[];
}

/** Builds text from literal strings and figures, collecting the figures' sources. */
export class SentenceBuilder {
  private readonly parts: string[] = [];
  private readonly srcs: string[] = [];

  /** Appends literal text. */
  text(s: string): this {
    this.parts.push(s);
    return this;
  }

  /** Appends a figure as phrased by figureText and records its sources. */
  fig(f: Figure): this {
    this.parts.push(figureText(f));
    this.srcs.push(...f.sources);
    return this;
  }

  /** Records sources without text (a name or date taken from cells). */
  from(...sources: readonly string[]): this {
    this.srcs.push(...sources);
    return this;
  }

  /** Current length of the text. */
  get length(): number {
    return this.parts.join("").length;
  }

  build(): Sentence {
    return { text: this.parts.join(""), sources: [...new Set(this.srcs)] };
  }
}

/** Shorthand: a sentence of literal text and figures in order (strings as text, figures phrased). */
export function say(...parts: readonly (string | Figure | undefined)[]): Sentence {
  const b = new SentenceBuilder();
  for (const p of parts) {
    if (p === undefined) continue;
    if (typeof p === "string") b.text(p);
    else b.fig(p);
  }
  return b.build();
}

/** Joins clauses (sentences without end punctuation) with `，` and ends with `。`. */
export function clauses(parts: readonly Sentence[], sep = "，", end = "。"): Sentence {
  return { text: parts.map((p) => p.text).join(sep) + end, sources: [...new Set(parts.flatMap((p) => p.sources))] };
}
