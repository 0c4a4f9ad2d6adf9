#!/usr/bin/env node
// `npm run bench [-- section …]`: compiles the benchmark (bench/*.ts → build/bench) and the CLI
// (build/cli, which the CLI figures run), then runs build/bench/bench/run.js. Sections:
// validation, syncs, summarize, cli, pane, app, rollup, import (default: all). See bench/README.md.
"use strict";
const { execFileSync } = require("child_process");
const path = require("path");

const root = path.join(__dirname, "..");
const tsc = path.join(root, "node_modules", "typescript", "bin", "tsc");
for (const project of ["bench/tsconfig.json", "tsconfig.cli.json"]) {
  execFileSync(process.execPath, [tsc, "-p", project], { cwd: root, stdio: "inherit" });
}
execFileSync(process.execPath, [path.join(root, "build", "bench", "bench", "run.js"), ...process.argv.slice(2)], { cwd: root, stdio: "inherit" });
