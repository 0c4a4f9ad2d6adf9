/**
 * The Chinese report of an import (issue #16 items 4 and 6), the same for the CLI and a pane: the
 * profile and where each field came from, each table's kind and columns with their confidences, the
 * guesses to check, the findings, and where every non-empty source cell went or why it did not —
 * cells as ranges (`Sheet1!B4:B15 → 活动台账!A3:A14`), personal data by address only. Pure.
 * @module
 */
import { lettersToColumn } from "../grid/address";
import type { BlockProposal, CellFate, ColumnBasis, ColumnProposal, ImportOutcome, ImportSkipReason } from "./types";

const REASON: Readonly<Record<ImportSkipReason, string>> = {
  title: "标题", header: "表头", total: "合计行", signature: "签名行", note: "注释", unmapped: "未对应的列",
  unreadable: "无法读取的值", personal: "个人信息（未复制）", outside: "表外内容", "not-held": "未开展（已取消、招募中等）",
  // A whole row of a table split by its categories whose category names no ledger (new-user test 71, D11).
  unplaced: "未导入的行",
};
const BASIS: Readonly<Record<ColumnBasis, string>> = { header: "表头", variant: "表头（带单位）", synonym: "表头近义词", values: "按数据推断", mapping: "映射文件", remark: "本表无此列，按表头记入备注", none: "" };
const SOURCE: Readonly<Record<string, string>> = { option: "选项", sheet: "基本信息表", title: "标题", label: "填报单位", dates: "按日期推断", "unit-name": "按单位名称推断", file: "文件名", "sheet-name": "工作表名" };

const pct = (x: number): string => `${Math.round(x * 100)}%`;

/** `prefix!B4` → parts. */
function splitCell(cell: string): { prefix: string; col: string; row: number } | undefined {
  const m = /^(.*!)([A-Z]+)(\d+)$/u.exec(cell);
  return m ? { prefix: m[1], col: m[2], row: Number(m[3]) } : undefined;
}

/** Runs of cells in one column with the same fate (and destination column), as `A!B4:B9 → X!C3:C8` lines. */
export function fateRanges(cells: readonly CellFate[]): string[] {
  interface Run { key: string; prefix: string; col: string; from: number; to: number; dest?: { prefix: string; col: string; from: number; to: number }; label: string }
  const runs: Run[] = [];
  const open = new Map<string, Run>();
  for (const c of cells) {
    const at = splitCell(c.cell);
    if (!at) continue;
    const dest = c.status === "imported" ? splitCell(c.destination) : undefined;
    const label = c.status === "imported" ? "" : `${REASON[c.reason]}${c.detail ? `（${c.detail}）` : ""}`;
    const key = `${at.prefix}${at.col}|${c.status}|${label}|${dest ? `${dest.prefix}${dest.col}` : ""}`;
    const run = open.get(key);
    const extends_ = run && run.to === at.row - 1 && (!dest || (run.dest && run.dest.to === dest.row - 1));
    const sameDest = run && dest && run.dest && run.dest.to === dest.row;
    if (run && (extends_ || (sameDest && run.to === at.row - 1))) {
      run.to = at.row;
      if (dest && run.dest) run.dest.to = Math.max(run.dest.to, dest.row);
      continue;
    }
    const fresh: Run = { key, prefix: at.prefix, col: at.col, from: at.row, to: at.row, label, ...(dest ? { dest: { prefix: dest.prefix, col: dest.col, from: dest.row, to: dest.row } } : {}) };
    open.set(key, fresh);
    runs.push(fresh);
  }
  const span = (prefix: string, col: string, from: number, to: number): string => `${prefix}${col}${from}${to > from ? `:${col}${to}` : ""}`;
  // Skipped one-row runs side by side in a row (a header, a title, a signature line) are said as one range.
  const out: string[] = [];
  let row: { prefix: string; first: string; last: string; row: number; label: string; lastCol: number } | undefined;
  const flush = (): void => {
    if (row) out.push(`${row.prefix}${row.first}${row.row}${row.last !== row.first ? `:${row.last}${row.row}` : ""}：${row.label}`);
    row = undefined;
  };
  for (const r of runs) {
    if (r.dest || r.from !== r.to) {
      flush();
      out.push(`${span(r.prefix, r.col, r.from, r.to)}${r.dest ? ` → ${span(r.dest.prefix, r.dest.col, r.dest.from, r.dest.to)}` : `：${r.label}`}`);
      continue;
    }
    const col = lettersToColumn(r.col);
    if (row && row.prefix === r.prefix && row.row === r.from && row.label === r.label && col === row.lastCol + 1) {
      row.last = r.col;
      row.lastCol = col;
      continue;
    }
    flush();
    row = { prefix: r.prefix, first: r.col, last: r.col, row: r.from, label: r.label, lastCol: col };
  }
  flush();
  return out;
}

/** The column letter of a source cell (`问题清单!D2`, `a.xlsx·问题清单!D2` → `D`) when it is on `sheet`, else undefined. */
function columnOf(cell: string, sheet: string): string | undefined {
  const bang = cell.lastIndexOf("!");
  const at = cell.slice(0, bang);
  if (bang < 0 || !(at === sheet || at.endsWith(`·${sheet}`))) return undefined;
  return /^([A-Z]{1,3})\d+$/u.exec(cell.slice(bang + 1))?.[1];
}

/** What a column with no field whose cells still go to 备注 is said to go to: the CLI's report and a pane's column list alike (new-user test 64, D9). */
export const REMARK_COLUMN = "备注（无对应的标准列）";

/**
 * Whether a column with no field (and no personal data) still has its cells kept in 备注 — a row lacking its 问题类别 keeps
 * every word (reshape keepLeftOut): it is then said as going there, never `→ 不导入` (new-user test 59, D22), in the CLI's
 * report and in a pane's column list alike (new-user test 64, D9: the page showed `不导入` while the CLI said 备注).
 */
export function columnInRemark(outcome: ImportOutcome, block: Pick<BlockProposal, "sheet" | "range">, column: Pick<ColumnProposal, "field" | "personal" | "letter">): boolean {
  // Only the block's own rows: a second table on the sheet whose column A is imported (`问题` → 问题类别) says nothing of the
  // first's 序号 in column A (new-user test 65, D17: `A 序号 → 备注（无对应的标准列）` while its cells went unimported).
  const rows = /^[A-Z]{1,3}(\d+)(?::[A-Z]{1,3}(\d+))?$/u.exec(block.range);
  const within = (cell: string): boolean => {
    const row = Number(/(\d+)$/u.exec(cell)?.[1]);
    return !rows || (row >= Number(rows[1]) && row <= Number(rows[2] ?? rows[1]));
  };
  return !column.field && !column.personal && outcome.result.cells.some((f) => f.status === "imported" && columnOf(f.cell, block.sheet) === column.letter && within(f.cell));
}

/**
 * The report as lines of Chinese text: profile, tables and columns (kind, confidence, basis), rows
 * written per ledger, guesses, findings, then the accounting (counts by reason, and every cell as
 * ranges). `outcome.result.ok` false: the missing fields come first.
 */
export function importReport(outcome: ImportOutcome): string[] {
  const { proposal, result } = outcome;
  const lines: string[] = [];
  if (!result.ok) lines.push(`缺少${result.missing.join("、")}，未导入。`);
  lines.push("基本信息：" + proposal.profile.map((p) => (p.value === undefined ? `${p.item} 缺` : `${p.item} ${p.value}（${SOURCE[p.source ?? ""] ?? ""}${p.cell ? ` ${p.cell}` : ""}）`)).join("；"));
  lines.push("表格识别：");
  for (const b of proposal.blocks) {
    const where = `${b.source}·${b.sheet} 第${b.block}张表 ${b.range}${b.title ? `「${b.title}」` : ""}`;
    lines.push(b.kind ? `  ${where} → ${b.kind}（把握 ${pct(b.confidence)}）` : `  ${where} → 未识别，未导入`);
    for (const c of b.columns) {
      const to = c.counted && c.field ? `${c.field}：只计人数，个人信息不复制` : c.personal ? "个人信息，不复制" : c.field ? `${c.field}${c.unit ? `（单位 ${c.unit}）` : ""}` : columnInRemark(outcome, b, c) ? REMARK_COLUMN : "不导入";
      lines.push(`    ${c.letter} ${c.header || "（无表头）"} → ${to}${c.basis !== "none" ? `（${BASIS[c.basis]}，${pct(c.confidence)}）` : ""}`);
    }
  }
  const written = Object.entries(result.content.ledgers).map(([sheet, rows]) => `${sheet} ${rows.length}行`);
  if (written.length) lines.push(`写入：${written.join("，")}。`);
  if (result.guesses.length) {
    lines.push(`推断填写（${result.guesses.length}处，请核对）：`);
    for (const g of result.guesses) lines.push(`  ${g.destination} ${g.field}＝${g.value}：${g.basis}${g.from ? `（依据 ${g.from}）` : ""}`);
  }
  if (result.findings.length) {
    lines.push(`发现（${result.findings.length}条）：`);
    for (const f of result.findings) lines.push(`  ${f.severity === "error" ? "错误" : "提示"}：${f.message}`);
  }
  const imported = result.cells.filter((c) => c.status === "imported").length;
  const counts = new Map<ImportSkipReason, number>();
  for (const c of result.cells) if (c.status === "skipped") counts.set(c.reason, (counts.get(c.reason) ?? 0) + 1);
  const skipped = [...counts.entries()].map(([r, n]) => `${REASON[r]}${n}个`).join("、");
  lines.push(`单元格去向：非空单元格共${result.cells.length}个，导入${imported}个${skipped ? `，未导入：${skipped}` : ""}。`);
  for (const l of fateRanges(result.cells)) lines.push(`  ${l}`);
  return lines;
}
