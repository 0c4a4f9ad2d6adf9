/**
 * A fake of the Word object model slice in ./types: records what the adapter asks of Word
 * (every call, with the Base64 it carries), counts syncs, and keeps Office.js' rules that matter
 * here — a property is readable only after `load()` and `sync()`, and a call on an API the host
 * lacks fails at `sync()` with `ApiNotFound`. Used by the unit tests and the browser preview.
 * @module
 */
import type { InsertLocation, RunWord, WdContext, WdRange, WordFeatures } from "./types";
import { ALL_WORD_FEATURES } from "./types";

/** One recorded call. */
export type FakeWordCall =
  | { readonly kind: "createDocument"; readonly base64: string }
  | { readonly kind: "open" }
  | { readonly kind: "getSelection" }
  | { readonly kind: "insertFileFromBase64"; readonly base64: string; readonly location: InsertLocation };

/** An Office.js-like error (`code` as in `OfficeExtension.ErrorCodes`). */
export class FakeWordError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "RichApi.Error";
  }
}

/** Options of {@link createFakeWord}. */
export interface FakeWordOptions {
  /** The selected text ("" = a bare cursor). */
  readonly selectionText?: string;
  /** Requirement sets the fake host supports (default: all). */
  readonly features?: WordFeatures;
}

/** The fake and what it recorded. */
export interface FakeWord {
  readonly run: RunWord;
  readonly calls: FakeWordCall[];
  /** Documents opened by createDocument(base64).open(), as Base64. */
  readonly opened: string[];
  /** Files inserted by insertFileFromBase64, as Base64 with the location. */
  readonly inserted: { readonly base64: string; readonly location: InsertLocation }[];
  readonly stats: { syncs: number };
}

/** A fresh fake Word host. */
export function createFakeWord(options: FakeWordOptions = {}): FakeWord {
  const features = options.features ?? ALL_WORD_FEATURES;
  const calls: FakeWordCall[] = [];
  const opened: string[] = [];
  const inserted: { base64: string; location: InsertLocation }[] = [];
  const stats = { syncs: 0 };

  const run: RunWord = async (batch) => {
    /** Work queued until the next sync (Office.js batches commands). */
    let queue: (() => void)[] = [];
    let failure: FakeWordError | undefined;
    const missing = (api: string, set: string) => {
      failure ??= new FakeWordError("ApiNotFound", `${api} needs ${set}`);
    };

    const context: WdContext = {
      application: {
        createDocument(base64File?: string) {
          calls.push({ kind: "createDocument", base64: base64File ?? "" });
          if (!features.createDocument) missing("Application.createDocument", "WordApi 1.3");
          return {
            open() {
              calls.push({ kind: "open" });
              if (!features.createDocument) missing("DocumentCreated.open", "WordApi 1.3");
              queue.push(() => opened.push(base64File ?? ""));
            },
          };
        },
      },
      document: {
        getSelection(): WdRange {
          calls.push({ kind: "getSelection" });
          let loaded = false;
          let synced = false;
          queue.push(() => {
            synced = loaded;
          });
          return {
            load(names) {
              if (names === "text") loaded = true;
              return this;
            },
            get text(): string {
              if (!synced) throw new FakeWordError("PropertyNotLoaded", "Range.text was read before load('text') and sync()");
              return options.selectionText ?? "";
            },
            insertFileFromBase64(base64File, insertLocation) {
              calls.push({ kind: "insertFileFromBase64", base64: base64File, location: insertLocation });
              if (!features.insert) missing("Range.insertFileFromBase64", "WordApi 1.1");
              queue.push(() => inserted.push({ base64: base64File, location: insertLocation }));
              return undefined;
            },
          };
        },
      },
      async sync() {
        stats.syncs++;
        const work = queue;
        queue = [];
        if (failure) {
          const error = failure;
          failure = undefined;
          throw error;
        }
        for (const step of work) step();
      },
    };
    return batch(context);
  };

  return { run, calls, opened, inserted, stats };
}
