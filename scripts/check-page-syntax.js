#!/usr/bin/env node
/**
 * `node scripts/check-page-syntax.js [dist]` — run by scripts/test-e2e.sh after `npm run build`, so CI
 * runs it (issue #14 item 2). With es-check:
 *
 * 1. ES2019 syntax (scripts/page-targets.js) for every script of the 网页版: those app.html loads
 *    and every lazily loaded chunk of the page (dist/app.*.js, dist/app-*.js), and every inline
 *    script of the single file (创文台账助手网页版.html);
 * 2. no API beyond the targets (es-check --checkFeatures, core-js-polyfillable APIs ignored, as the
 *    build adds them) in the same scripts, but for BigInt (Chromium 67) and WeakRef (the page's
 *    own fallback, src/taskpane/page-polyfills.ts);
 * 3. ES5 for dist/boot.js and for its inlined copy in the single file (it must run in IE too).
 *
 * 4. the size README.md gives for the single file ("about N MB") is within 15 % of the built
 *    file's (staff mail it under attachment limits; new-user test 36 D15 found 2.5 MB said of 3 MB).
 *
 * Exit 0 when all pass; 1 with es-check's or the size check's message otherwise.
 */
"use strict";

const { execFileSync } = require("child_process");
const fs = require("fs");
const path = require("path");
const PAGE_TARGETS = require("./page-targets.js");

const ROOT = path.resolve(__dirname, "..");
const ES_CHECK = path.join(ROOT, "node_modules", "es-check", "lib", "cli", "index.js");

/** APIs es-check counts as newer than ES2019 that the page may use (see the header). */
const FEATURES_OK = ["BigInt", "WeakRef"];

/**
 * The scripts of a page: `{src}` for `<script src>`, `{code}` for inline ones, in document order.
 * @param {string} html
 * @returns {Array<{src?: string, code?: string}>}
 */
function pageScripts(html) {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].map((m) => {
    const src = /\ssrc=(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(` ${m[1]}`);
    return src ? { src: (src[1] ?? src[2] ?? src[3]).replace(/^\.?\//, "").split(/[?#]/)[0] } : { code: m[2] };
  });
}

/**
 * What to check, by level: `es2019` (page scripts and chunks, the single file's inline scripts
 * written to `work`) and `es5` (boot.js and its inlined copy).
 * @param {string} dist the build folder
 * @param {string} work a folder for the single file's inline scripts
 * @returns {{es2019: string[], es5: string[]}} file paths
 */
function planChecks(dist, work) {
  const es2019 = new Set();
  const es5 = [];
  const boot = path.join(dist, "boot.js");
  es5.push(boot);
  for (const s of pageScripts(fs.readFileSync(path.join(dist, "app.html"), "utf8"))) {
    if (!s.src) throw new Error("app.html: an inline script (its CSP allows none)");
    if (s.src !== "boot.js") es2019.add(path.join(dist, s.src));
  }
  for (const f of fs.readdirSync(dist)) if (/^app[.-].*\.js$/.test(f)) es2019.add(path.join(dist, f));

  const single = path.join(dist, PAGE_TARGETS.singleFileName);
  const bootCode = fs.readFileSync(boot, "utf8").replace(/\r\n?/g, "\n");
  fs.mkdirSync(work, { recursive: true });
  const scripts = pageScripts(fs.readFileSync(single, "utf8"));
  if (!scripts.length) throw new Error(`${PAGE_TARGETS.singleFileName}: no script`);
  scripts.forEach((s, i) => {
    if (s.src) throw new Error(`${PAGE_TARGETS.singleFileName}: <script src="${s.src}"> (everything must be inline)`);
    const file = path.join(work, `single-inline-${i}.js`);
    fs.writeFileSync(file, s.code);
    if (s.code === bootCode) es5.push(file);
    else es2019.add(file);
  });
  if (es5.length !== 2) throw new Error(`${PAGE_TARGETS.singleFileName}: boot.js is not inlined as it is`);
  return { es2019: [...es2019], es5 };
}

/**
 * The single file's size as README.md states it: the first "(about N MB" on a line after the file's name, in MB;
 * null when the README states none.
 */
function readmeSizeClaim(readme) {
  for (let at = readme.indexOf(PAGE_TARGETS.singleFileName); at >= 0; at = readme.indexOf(PAGE_TARGETS.singleFileName, at + 1)) {
    const m = /^[^\n]*?\(about (\d+(?:\.\d+)?) MB/.exec(readme.slice(at + PAGE_TARGETS.singleFileName.length));
    if (m) return Number(m[1]);
  }
  return null;
}

/**
 * null when README's claim (MB) is within 15 % of `bytes`, else the (English, developer-facing) message to print.
 */
function sizeClaimProblem(readme, bytes) {
  const claimed = readmeSizeClaim(readme);
  if (claimed === null) return `README.md states no size ("about N MB") for ${PAGE_TARGETS.singleFileName}`;
  const actual = bytes / 1024 / 1024;
  if (Math.abs(actual - claimed) / claimed <= 0.15) return null;
  return `README.md says ${PAGE_TARGETS.singleFileName} is about ${claimed} MB; the build is ${actual.toFixed(2)} MB`;
}

function esCheck(args) {
  execFileSync(process.execPath, [ES_CHECK, ...args, "--noColor"], { cwd: ROOT, stdio: "inherit" });
}

function main() {
  const dist = path.resolve(process.argv[2] || path.join(ROOT, "dist"));
  const { es2019, es5 } = planChecks(dist, path.join(ROOT, "build", "page-syntax"));
  const rel = (files) => files.map((f) => path.relative(ROOT, f));
  console.log(`check-page-syntax: ES${PAGE_TARGETS.ecmaVersion} for ${es2019.length} page scripts, ES${PAGE_TARGETS.bootEcmaVersion} for boot.js (${es5.length})`);
  try {
    esCheck([`es${PAGE_TARGETS.ecmaVersion}`, ...rel(es2019)]);
    esCheck([`es${PAGE_TARGETS.ecmaVersion}`, ...rel(es2019), "--checkFeatures", "--ignorePolyfillable", "core-js", "--ignore", FEATURES_OK.join(",")]);
    esCheck([`es${PAGE_TARGETS.bootEcmaVersion}`, ...rel(es5)]);
  } catch {
    console.error("check-page-syntax: a script of the 网页版 is above its targets (scripts/page-targets.js); see es-check's message above.");
    process.exit(1);
  }
  const problem = sizeClaimProblem(fs.readFileSync(path.join(ROOT, "README.md"), "utf8"), fs.statSync(path.join(dist, PAGE_TARGETS.singleFileName)).size);
  if (problem) {
    console.error(`check-page-syntax: ${problem}`);
    process.exit(1);
  }
}

if (require.main === module) main();

module.exports = { pageScripts, planChecks, readmeSizeClaim, sizeClaimProblem };
