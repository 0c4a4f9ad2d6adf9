#!/usr/bin/env node
// `npm run demo`: summarizes the bundled sample into out/<单位名称>-<报告年度>年<报告期>-工作总结.docx
// and prints the narrative. Fixed export day so the output is the same on every machine.
"use strict";
const path = require("path");
const root = path.join(__dirname, "..");
const { run } = require(path.join(root, "build", "cli", "src", "cli", "main.js"));
const sample = path.join(root, "samples", "community-2023-h1.xlsx");
run(["summarize", sample, "-o", path.join(root, "out") + path.sep, "--text", "-"], {
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
}).then((code) => {
  process.exitCode = code;
});
