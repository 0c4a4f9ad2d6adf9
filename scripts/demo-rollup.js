#!/usr/bin/env node
// `npm run demo:rollup` (issue #7): rolls up the four community workbooks of samples/rollup/ into
// out/城南街道办事处-2023年上半年-汇总台账.xlsx, then writes the street's combined summary
// (out/<单位名称>-2023年上半年-工作总结.docx) and prints it. Fixed export day: the same text everywhere.
"use strict";
const path = require("path");
const root = path.join(__dirname, "..");
const { run } = require(path.join(root, "build", "cli", "src", "cli", "main.js"));
const io = { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s) };
const combined = path.join(root, "out", "城南街道办事处-2023年上半年-汇总台账.xlsx");

(async () => {
  const rolled = await run(["rollup", "--dir", path.join(root, "samples", "rollup"), "-o", combined, "--unit", "城南街道办事处"], io);
  if (rolled === 2) return rolled;
  const summarized = await run(["summarize", combined, "-o", path.join(root, "out") + path.sep, "--text", "-", "--date", "2023-07-10"], io);
  return Math.max(rolled, summarized);
})().then((code) => {
  process.exitCode = code;
});
