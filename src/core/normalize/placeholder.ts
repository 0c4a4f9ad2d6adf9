/**
 * Placeholders staff type into a free-text cell in place of content (spec standard-sheets.md, "Values users really type";
 * narrative.md, "Writing like a colleague (v2)": a summary never quotes a cell that says nothing). New-user test 39, D4,
 * D11, D18, D21, D26.
 * @module
 */

/** Back-references and pointers elsewhere: `同上`, `同前`, `同左`, `如上`, `见上`, `见备注`, `见附件`, `详见工作群` …. */
const REFERENCE = new RegExp(
  "^(?:" + [
    "同上(?:一?行)?", "同前", "同左", "同右", "同下", "如上", "见上", "参上", "上同",
    "(?:详见|参见|见)(?:上|上表|上文|上行|前|前述|下|备注|附件|附表|图片|照片|工作群|微信群|群|台账|记录|简报|档案|材料|文件|资料|说明)",
    "详见[\\u4e00-\\u9fffA-Za-z0-9]{1,8}",
  ].join("|") + ")$",
  "u",
);
/** Nothing said: `略`, `无`, `暂无`, `没有`, `待定`, `待补`, `不详`, `/`, `—`, `-`, `…`. */
const NOTHING = /^(?:略|无|暂无|没有|待定|待补|待填|不详|空|[/／\\—–-]+|[.。…]+)$/u;
/** A category's own catch-all as a name: `其他`, `其它`, `其他事项`, `其他工作`, `其他内容`, `其他指标`, `其他问题`, `其他活动`. */
const CATCH_ALL = /^其[他它](?:事项|工作|内容|指标|问题|活动|项目|类)?$/u;

/** What a placeholder is: a back-reference or pointer, a word for nothing, or a category's catch-all. */
export type PlaceholderKind = "reference" | "nothing" | "catch-all";

/**
 * The kind of placeholder a free-text cell holds (whitespace and a closing `。`/`.` ignored), or undefined when it holds
 * content: `reference` (`同上`, `同前`, `同左`, `同右`, `如上`, `见上`, `见备注`, `见附件`, `见台账`, `详见工作群` — any `详见…` of
 * up to 8 characters; `见`/`参见` only before a record's word, never `见义勇为`), `nothing` (`略`, `无`, `暂无`, `没有`,
 * `待定`, `待补`, `不详`, `/`, `—`, `…`), `catch-all` (`其他`, `其它`, `其他事项`, `其他指标`, `其他活动` …). Pure.
 */
export function placeholderKind(text: string): PlaceholderKind | undefined {
  const t = text.replace(/\s+/gu, "");
  const bare = t.length > 1 ? t.replace(/[。.]$/u, "") : t;
  if (!bare) return undefined;
  if (REFERENCE.test(bare)) return "reference";
  if (NOTHING.test(bare) || NOTHING.test(t)) return "nothing";
  return CATCH_ALL.test(bare) ? "catch-all" : undefined;
}

/** The back-references that point at the row above (`同上`, `同上行`, `同前`, `如上`, `见上`, `参上`, `上同`). */
const ABOVE = /^(?:同上(?:一?行)?|同前|如上|见上|参上|上同)$/u;

/**
 * True when a cell holds a back-reference to the cell above it (`同上`, `同前`, `如上`, `见上` …; whitespace and a closing
 * `。` ignored), never a pointer elsewhere (`同左`, `见备注`): what it says is the nearest cell above that is no such
 * reference, and changes when the rows above it change (new-user test 67, D10). Pure.
 */
export function isAboveReference(text: string): boolean {
  const t = text.replace(/\s+/gu, "");
  return ABOVE.test(t.length > 1 ? t.replace(/[。.]$/u, "") : t);
}

/**
 * What a back-reference (`同上`: isAboveReference) at `index` of a column (`typed`, in row order) says: the nearest
 * cell above it that is neither blank nor a reference; undefined when there is none. New-user test 67, D10.
 */
export function cellAbove(typed: readonly string[], index: number): string | undefined {
  for (let i = index - 1; i >= 0; i--) {
    const t = typed[i]?.trim() ?? "";
    if (t && placeholderKind(t) !== "reference") return t;
    if (t && !isAboveReference(t)) return undefined;
  }
  return undefined;
}

/**
 * True when a free-text cell (组织保障 名称或内容/备注, 问题整改 备注, 活动台账 活动名称/简要内容/备注, 文字材料 内容,
 * 其他指标 指标名称/备注, 先进典型 备注 …: catalog FieldSpec.told) holds only a placeholder (placeholderKind), not content:
 * the summary never writes it, and check `text.placeholder` says so at the cell. Pure; `text` is the cell as typed.
 */
export function isPlaceholderText(text: string): boolean {
  return placeholderKind(text) !== undefined;
}

/**
 * The mark 开始下一期 puts around the clauses of a carried 上期遗留 row's 备注 that told the old period's progress
 * (`老旧小区违建〔上期备注：拆了9处，剩下的有难度〕`): kept as typed for the user, never read as this period's
 * (new-user test 44, D12). Opens with PREVIOUS_REMARK_OPEN, closes with 〕.
 */
export const PREVIOUS_REMARK_OPEN = "〔上期备注：";
const PREVIOUS_REMARK = /〔上期备注：([^〕]*)〕/gu;

/** The texts inside the PREVIOUS_REMARK_OPEN marks of a 备注 (`拆了9处，剩下的有难度`), in order. Pure. */
export function previousRemarks(text: string): string[] {
  return [...text.matchAll(PREVIOUS_REMARK)].map((m) => m[1]);
}

/** A 备注 without its PREVIOUS_REMARK_OPEN marks (`老旧小区违建〔上期备注：…〕` → `老旧小区违建`), trimmed of a separator left at its end. Pure. */
export function withoutPreviousRemarks(text: string): string {
  return text.includes(PREVIOUS_REMARK_OPEN) ? text.replace(PREVIOUS_REMARK, "").replace(/[，,；;、\s]+$/u, "").replace(/^[，,；;、\s]+/u, "") : text;
}

/**
 * A free-text cell read for prose: the text trimmed, or "" when it is a placeholder (isPlaceholderText); a 上期备注 mark
 * (PREVIOUS_REMARK_OPEN) and what it holds are never read (the old period's progress). Pure.
 */
export function readStaffNote(text: string): string {
  const own = withoutPreviousRemarks(text);
  return isPlaceholderText(own) ? "" : own.trim();
}
