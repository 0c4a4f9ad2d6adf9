#!/usr/bin/env node
// Blind-review packet (docs/narrative-quality.md): from the files `CORPUS_OUT=<dir> npx jest
// test/narrative-corpus` writes, makes <dir>/packet.md — for each workbook with at least 8 figures,
// its rows and its summary body (title kept, 附表 after the sign-off left out) — and
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
  const rows = fs.readFileSync(path.join(dir, `${id}.rows.txt`), "utf8").trimEnd();
  parts.push(`## 材料${i + 1}（编号 ${id}）\n\n### 一、台账数据\n\n\`\`\`\n${rows}\n\`\`\`\n\n### 二、生成的工作总结\n\n\`\`\`\n${shown}\n\`\`\`\n`);
});
fs.writeFileSync(path.join(dir, "packet.md"), `${parts.join("\n")}`);
fs.writeFileSync(path.join(dir, "counts.json"), `${JSON.stringify(counts, null, 1)}\n`);
const total = Object.values(counts).reduce((a, b) => a + b, 0);
console.log(`${ids.length} 份材料，正文汉字共 ${total} 个：${path.join(dir, "packet.md")}`);
