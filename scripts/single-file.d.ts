/** Types of scripts/single-file.js (the single-file 网页版's inliner). */
export class SingleFileError extends Error {}
export function cspHash(text: string): string;
export function singleFileCsp(hashes: string[]): string;
export function inlineScriptText(code: string, name: string): string;
export function inlinePage(input: {
  html: string;
  script: (path: string) => string | undefined;
  file: (path: string) => Buffer | undefined;
  licenses?: string[];
}): { html: string; hashes: string[]; inlined: string[] };
