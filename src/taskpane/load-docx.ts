/**
 * Lazy loading of the docx library: `import("docx")` becomes its own chunk
 * (dist/docx.[hash].js, see webpack.config.js splitChunks), fetched on first use only.
 * @module
 */

/** The docx module namespace. */
export type DocxModule = typeof import("docx");

/** Loads docx; the chunk is fetched once, later calls resolve from webpack's module cache. */
export function loadDocx(): Promise<DocxModule> {
  return import(/* webpackChunkName: "docx" */ "docx");
}

/**
 * Builds a one-paragraph .docx in the browser and returns its size in bytes: proves that the
 * lazy chunk loads and that docx works in this webview (Blob, TextEncoder, zip).
 */
export async function probeDocx(text: string): Promise<number> {
  const { Document, Packer, Paragraph } = await loadDocx();
  const doc = new Document({ sections: [{ children: [new Paragraph(text)] }] });
  const blob = await Packer.toBlob(doc);
  return blob.size;
}
