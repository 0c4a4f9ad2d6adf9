/**
 * The narrow slice of the Word JavaScript API (Office.js) that the Word adapter uses, so that a
 * fake (./fake.ts) can stand in for Word in tests and in the browser preview. office-compat.ts
 * proves at compile time that `Word.RequestContext` satisfies it.
 *
 * Requirement sets (Microsoft's Word API reference, as carried by @types/office-js):
 * - `Document.getSelection()`: WordApi 1.1.
 * - `Range.insertFileFromBase64(base64File, insertLocation)`: WordApi 1.1; locations
 *   Replace/Start/End/Before/After; at most 4 MB; "document settings aren't preserved" — the body
 *   comes along with its styles, but not the section's headers, footers (page numbers) or page setup.
 * - `Application.createDocument(base64File)` and `DocumentCreated.open()`: WordApi 1.3; the new
 *   document is the whole package: page setup, headers, footers and page numbers included.
 * @module
 */

/** Where `Range.insertFileFromBase64` puts the file relative to the range (the subset we use). */
export type InsertLocation = "Replace" | "After";

/** `Word.Range`, as far as the adapter uses it. */
export interface WdRange {
  /** WordApi 1.1. */
  load(propertyNames: "text"): unknown;
  /** Readable after `load("text")` and `sync()`. */
  readonly text: string;
  /** WordApi 1.1. Returns the range of the inserted content. */
  insertFileFromBase64(base64File: string, insertLocation: InsertLocation): unknown;
}

/** `Word.DocumentCreated`, as far as the adapter uses it. */
export interface WdDocumentCreated {
  /** WordApi 1.3: opens the document in a new window (desktop) or tab (web). */
  open(): void;
}

/** `Word.RequestContext`, as far as the adapter uses it. */
export interface WdContext {
  readonly application: {
    /** WordApi 1.3. */
    createDocument(base64File?: string): WdDocumentCreated;
  };
  readonly document: {
    /** WordApi 1.1: the current selection, or the insertion point when nothing is selected. */
    getSelection(): WdRange;
  };
  sync(): Promise<unknown>;
}

/** `Word.run` over the narrow context (the real one, or the fake's). */
export type RunWord = <T>(batch: (context: WdContext) => Promise<T>) => Promise<T>;

/** Requirement sets the Word pane branches on (`Office.context.requirements.isSetSupported`). */
export interface WordFeatures {
  /** WordApi 1.1: insert at the cursor (Document.getSelection + Range.insertFileFromBase64). */
  readonly insert: boolean;
  /** WordApi 1.3: open as a new document (Application.createDocument + DocumentCreated.open). */
  readonly createDocument: boolean;
}

/** Every Word feature (the fake has them all). */
export const ALL_WORD_FEATURES: WordFeatures = { insert: true, createDocument: true };

/** The requirement set and minimum version behind each feature. */
export const WORD_REQUIREMENTS: { readonly [K in keyof WordFeatures]: { readonly set: "WordApi"; readonly version: string } } = {
  insert: { set: "WordApi", version: "1.1" },
  createDocument: { set: "WordApi", version: "1.3" },
};

/** Features from a requirement-set test (`Office.context.requirements.isSetSupported`). */
export function wordFeatures(isSetSupported: (name: string, version: string) => boolean): WordFeatures {
  return {
    insert: isSetSupported(WORD_REQUIREMENTS.insert.set, WORD_REQUIREMENTS.insert.version),
    createDocument: isSetSupported(WORD_REQUIREMENTS.createDocument.set, WORD_REQUIREMENTS.createDocument.version),
  };
}

/** Largest .docx `Range.insertFileFromBase64` accepts (bytes, before Base64): 4 MB. */
export const MAX_INSERT_BYTES = 4 * 1024 * 1024;
