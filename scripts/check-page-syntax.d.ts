/** Types of scripts/check-page-syntax.js (es-check of the 网页版's scripts). */
export function pageScripts(html: string): Array<{ src?: string; code?: string }>;
export function planChecks(dist: string, work: string): { es2019: string[]; es5: string[] };
export function readmeSizeClaim(readme: string): number | null;
export function sizeClaimProblem(readme: string, bytes: number): string | null;
