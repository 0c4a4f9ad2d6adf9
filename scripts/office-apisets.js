#!/usr/bin/env node
// Requirement sets of Office.js members, taken from the `[Api set: …]` tags of @types/office-js
// (issue #15 item 3). `apiSets(dtsText)` maps `Excel.Range.values` → "ExcelApi 1.1" (members of
// classes directly in `namespace Excel` / `namespace Word`, and namespace-level functions such as
// `Excel.createWorkbook`; members without a tag map to ""). `node scripts/office-apisets.js
// Excel.Range.values Word.Range.insertFileFromBase64 …` prints the sets of the members named.
"use strict";
const fs = require("fs");
const path = require("path");

/** Path of the @types/office-js declarations. */
const DTS = path.join(__dirname, "..", "node_modules", "@types", "office-js", "index.d.ts");

/**
 * Scans the d.ts text: namespace and class nesting by braces (comments skipped), the last JSDoc
 * block before each member. @returns Map of `Namespace.Class.member` (or `Namespace.fn`) → "Set x.y" or "".
 */
function apiSets(text) {
  const out = new Map();
  const stack = []; // { kind: "ns" | "class" | "other", name }
  let doc = "";
  let inDoc = false;
  for (const raw of text.split("\n")) {
    const line = raw.trim();
    if (inDoc || line.startsWith("/**")) {
      inDoc = !line.includes("*/");
      doc += ` ${line}`;
      continue;
    }
    if (line.startsWith("//") || !line) continue;
    const ns = /^(?:declare\s+|export\s+)?namespace\s+([\w.]+)\s*\{/.exec(line);
    const cls = /^(?:export\s+)?(?:declare\s+)?(?:abstract\s+)?(?:class|interface)\s+(\w+)[^{]*\{/.exec(line);
    const path = stack.filter((s) => s.kind !== "other").map((s) => s.name);
    const top = stack[stack.length - 1];
    if (top && top.kind === "class" && stack.filter((s) => s.kind === "ns").length === 1 && !ns && !cls) {
      const member = /^(?:readonly\s+|static\s+)?(\w+)\??\s*[:(<]/.exec(line);
      if (member && stack.length === 2) {
        const key = `${path.join(".")}.${member[1]}`;
        const set = /\[Api set: ([^\]]+)\]/.exec(doc);
        if (!out.has(key)) out.set(key, set ? set[1].trim() : "");
      }
    } else if (top && top.kind === "ns" && stack.length === 1 && !ns && !cls) {
      const fn = /^function\s+(\w+)/.exec(line);
      if (fn) {
        const key = `${path.join(".")}.${fn[1]}`;
        const set = /\[Api set: ([^\]]+)\]/.exec(doc);
        if (!out.has(key) || (!out.get(key) && set)) out.set(key, set ? set[1].trim() : "");
      }
    }
    const opens = (line.match(/\{/g) || []).length;
    const closes = (line.match(/\}/g) || []).length;
    if (ns && opens > closes) stack.push({ kind: "ns", name: ns[1] });
    else if (cls && opens > closes) stack.push({ kind: "class", name: cls[1] });
    else for (let i = 0; i < opens - closes; i++) stack.push({ kind: "other", name: "" });
    for (let i = 0; i < closes - opens; i++) stack.pop();
    if (!line.startsWith("*")) doc = "";
  }
  return out;
}

/** Compares "ExcelApi 1.10" with a version "1.9": > 0 when above. */
function compareVersion(a, b) {
  const [x1, y1] = a.split(".").map(Number);
  const [x2, y2] = b.split(".").map(Number);
  return x1 - x2 || y1 - y2;
}

module.exports = { apiSets, compareVersion, DTS };

if (require.main === module) {
  const sets = apiSets(fs.readFileSync(DTS, "utf8"));
  for (const name of process.argv.slice(2)) process.stdout.write(`${name}\t${sets.has(name) ? sets.get(name) || "(no tag)" : "(not found)"}\n`);
}
