#!/usr/bin/env node
// campaign-ledger CLI entry. The TypeScript sources are compiled to build/cli by `npm ci`
// (the package's prepare script) or `npm run build:cli`.
"use strict";
const path = require("path");
const entry = path.join(__dirname, "..", "build", "cli", "src", "cli", "main.js");
let cli;
try {
  cli = require(entry);
} catch (e) {
  if (e && e.code === "MODULE_NOT_FOUND" && String(e.message).includes("main.js")) {
    process.stderr.write("命令行工具尚未编译：请在项目目录运行 npm ci（或 npm run build:cli）。\n");
    process.exit(2);
  }
  throw e;
}
cli
  .run(process.argv.slice(2), { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s) })
  .then((code) => {
    process.exitCode = code;
  });
