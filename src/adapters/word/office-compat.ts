/**
 * Compile-time proof that the real Word object model satisfies the narrow interfaces of
 * ./types, and the one place that turns `Word.run` into a `RunWord`.
 * @module
 */
import type { RunWord, WdContext } from "./types";

/** Fails to compile when @types/office-js and ./types drift apart. */
export function asWdContext(context: Word.RequestContext): WdContext {
  return context;
}

/** `Word.run` as a `RunWord` (call only inside Word, after Office.onReady). */
export const officeWordRun: RunWord = (batch) => Word.run((context) => batch(asWdContext(context)));
