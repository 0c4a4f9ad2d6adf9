/**
 * The summary as a .docx in the pane (the docx writer is a lazy chunk, as for the Excel export):
 * bytes for the download and Base64 for Office.js.
 * @module
 */
import type { DocumentModel } from "../../core/document/model";
import { bytesToBase64 } from "../../adapters/word/base64";

/** A built .docx: its bytes and their Base64. */
export interface BuiltDocx {
  readonly bytes: Uint8Array;
  readonly base64: string;
}

/** Builds the .docx of `doc` (GB/T 9704 layout: page setup, styles, footer with page numbers). */
export async function buildDocx(doc: DocumentModel): Promise<BuiltDocx> {
  const { writeDocx } = await import(/* webpackChunkName: "docx-writer" */ "../../adapters/docx/write-docx");
  const bytes = await writeDocx(doc);
  return { bytes, base64: bytesToBase64(bytes) };
}

