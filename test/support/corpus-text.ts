/**
 * Text helpers of the corpus tests: the boilerplate measure of v2 rule 14 and the plain rows of a
 * workbook that the blind reviewers read beside each summary.
 */
import type { Content } from "./content-snapshot";

/** The published whitelist of v2 rule 14 (runs inside these are not counted). */
export const BOILERPLATE_WHITELIST = ["创建文明城市工作总结", "现将有关情况总结如下", "存在的不足", "下一步工作打算"];

const CJK_RUN = /[\u3400-\u9fff]+/gu;

/**
 * The text a boilerplate count reads: without the title line and the sign-off (the last two
 * lines of the body) and the appendix, with names, figures and dates masked.
 */
export function maskedBody(text: string, names: readonly string[]): string {
  const lines = text.split("\n");
  const appendixAt = lines.findIndex((l) => l.startsWith("附表"));
  const body = (appendixAt >= 0 ? lines.slice(0, appendixAt) : lines).slice(1);
  while (body.length && body[body.length - 1].trim() === "") body.pop();
  let masked = body.slice(0, -2).join("\n");
  for (const n of [...names].filter(Boolean).sort((a, b) => b.length - a.length)) masked = masked.split(n).join("#");
  masked = masked.replace(/(?:\d{4}年)?\d{1,2}月\d{1,2}日/gu, "#").replace(/\d+(?:\.\d+)?/gu, "#");
  for (const w of BOILERPLATE_WHITELIST) masked = masked.split(w).join("#");
  return masked;
}

/** Runs of 8 Chinese characters found in more than `limit` of the texts, with how many. */
export function boilerplateRuns(texts: readonly { readonly text: string; readonly names: readonly string[] }[], limit = 2): string[] {
  const counts = new Map<string, number>();
  for (const t of texts) {
    const seen = new Set<string>();
    for (const run of maskedBody(t.text, t.names).match(CJK_RUN) ?? []) {
      for (let i = 0; i + 8 <= run.length; i += 1) seen.add(run.slice(i, i + 8));
    }
    for (const r of seen) counts.set(r, (counts.get(r) ?? 0) + 1);
  }
  return [...counts.entries()].filter(([, n]) => n > limit).map(([r, n]) => `${r}×${n}`).sort();
}

/** A workbook's content as plain rows (`sheet | header: value | …`), personal columns included as typed. */
export function rowsText(content: Content): string {
  const out: string[] = ["基本信息"];
  for (const [k, v] of Object.entries(content.profile ?? {})) out.push(`  ${k}：${show(v)}`);
  for (const [sheet, rows] of Object.entries(content.ledgers ?? {})) {
    if (!rows.length) continue;
    out.push(sheet);
    for (const r of rows) out.push(`  ${Object.entries(r).map(([k, v]) => `${k}：${show(v)}`).join(" | ")}`);
  }
  return `${out.join("\n")}\n`;
}

function show(v: unknown): string {
  if (v && typeof v === "object" && "date" in v) return String((v as { date: string }).date);
  return String(v);
}
