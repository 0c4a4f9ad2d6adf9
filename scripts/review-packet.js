#!/usr/bin/env node
// Blind-review packet (docs/narrative-quality.md): from the files `CORPUS_OUT=<dir> npx jest
// test/narrative-corpus` writes, makes <dir>/packet.md — for each workbook with at least 8 figures,
// its rows (with its 上期指标 rows when it holds them: <id>.previous.txt or the sheet of <id>.xlsx in <dir>) and its
// summary body (title kept, 附表 after the sign-off left out) — and
// <dir>/counts.json with the Chinese characters of each body (title, sign-off and 附表 excluded).
// Usage: node scripts/review-packet.js <dir> [minFigures=8]
"use strict";
const fs = require("fs");
const path = require("path");

const dir = process.argv[2];
const min = Number(process.argv[3] ?? 8);
if (!dir) {
  console.error("用法：node scripts/review-packet.js <目录> [最少数字个数]");
  process.exit(2);
}
/**
 * The 上期指标 rows a workbook made by `开始下一期` holds (`<id>.previous.txt`, written beside `<id>.rows.txt`, or the
 * 上期指标 sheet of `<id>.xlsx` in `dir`): the basis of the summary's `较上期增加…`, shown so that reviewers can trace it
 * (run-27 review, 材料1 items 6-7: the comparisons were marked unfounded). "" when there are none.
 */
function previousRows(dir, id) {
  const txt = path.join(dir, `${id}.previous.txt`);
  if (fs.existsSync(txt)) return `\n${fs.readFileSync(txt, "utf8").trimEnd()}`;
  const xlsx = path.join(dir, `${id}.xlsx`);
  if (!fs.existsSync(xlsx)) return "";
  // Run from the repository, so that exceljs resolves wherever the packet's directory is (run 31: from outside the
  // repository the child failed silently and the packet lost the 上期指标 rows the comparisons came from).
  const zip = require("child_process").spawnSync("node", ["-e", PREVIOUS_SHEET, path.resolve(xlsx)], { encoding: "utf8", cwd: path.join(__dirname, "..") });
  if (zip.status !== 0) {
    console.error(`无法读取 ${xlsx} 的上期指标表：${zip.stderr.trim().split("\n")[0]}`);
    process.exit(1);
  }
  return zip.stdout.trim() ? `\n${zip.stdout.trimEnd()}` : "";
}

/** A child script that prints the 上期指标 sheet of an .xlsx as packet rows (`上期指标` then `  指标：… | 数值：…`). */
const PREVIOUS_SHEET = `
const ExcelJS = require("exceljs");
(async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(process.argv[1]);
  const ws = wb.getWorksheet("上期指标");
  if (!ws) return;
  const text = (v) => (v && typeof v === "object" ? (v.result ?? v.text ?? (v instanceof Date ? v.toISOString().slice(0, 10) : "")) : typeof v === "number" && !Number.isInteger(v) ? Number(v.toFixed(2)) : v ?? "");
  const grid = [];
  ws.eachRow((row) => grid.push(row.values.slice(1).map(text)));
  const at = grid.findIndex((r) => r[0] === "指标");
  const out = ["上期指标"];
  grid.slice(1, at < 0 ? grid.length : at).filter((r) => r[0] && r[1] !== "").forEach((r) => out.push("  " + r[0] + "：" + r[1]));
  if (at >= 0) grid.slice(at + 1).filter((r) => r[0]).forEach((r) => out.push("  " + grid[at].map((h, i) => (r[i] === "" || r[i] === undefined ? "" : h + "：" + r[i])).filter(Boolean).join(" | ")));
  if (out.length > 1) console.log(out.join("\\n"));
})();
`;

const figures = JSON.parse(fs.readFileSync(path.join(dir, "figures.json"), "utf8"));
const ids = Object.keys(figures).filter((id) => figures[id] >= min).sort();
const counts = {};
const parts = [];
ids.forEach((id, i) => {
  const summary = fs.readFileSync(path.join(dir, `${id}.summary.txt`), "utf8");
  const lines = summary.split("\n");
  const appendix = lines.findIndex((l) => l.startsWith("附表"));
  const shown = (appendix >= 0 ? lines.slice(0, appendix) : lines).join("\n").trimEnd();
  const bodyLines = shown.split("\n").slice(1, -2); // without title and sign-off (unit, date)
  counts[id] = (bodyLines.join("").match(/[\u3400-\u9fff]/gu) ?? []).length;
  const rows = `${fs.readFileSync(path.join(dir, `${id}.rows.txt`), "utf8").trimEnd()}${previousRows(dir, id)}`;
  parts.push(`## 材料${i + 1}（编号 ${id}）\n\n### 一、台账数据\n\n\`\`\`\n${rows}\n\`\`\`\n\n### 二、生成的工作总结\n\n\`\`\`\n${shown}\n\`\`\`\n`);
});
fs.writeFileSync(path.join(dir, "packet.md"), `${parts.join("\n")}`);
fs.writeFileSync(path.join(dir, "counts.json"), `${JSON.stringify(counts, null, 1)}\n`);
const total = Object.values(counts).reduce((a, b) => a + b, 0);
console.log(`${ids.length} 份材料，正文汉字共 ${total} 个：${path.join(dir, "packet.md")}`);
