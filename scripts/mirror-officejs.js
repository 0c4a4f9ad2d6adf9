#!/usr/bin/env node
/**
 * Keeps a mirror of Microsoft's Office.js files for `npm run build -- --env officejs=self:<folder>`
 * (issue #14 item 4; docs/deploy.md "Office.js without the CDN"). Run it on a computer that can reach
 * the CDN, then copy the folder to the build machine.
 *
 *   node scripts/mirror-officejs.js <folder> [--from <base URL>] [--seed]
 *
 * - `--seed` (or an empty folder): first fills the folder from the npm package @microsoft/office-js
 *   (its dist/ folder: the CDN's file layout at the time that package was published; the package is
 *   no longer updated, so it is only a list of the files to fetch), through `npm pack`.
 * - Then every file in the folder is fetched again from the CDN (`--from`, default Microsoft's
 *   https://appsforoffice.microsoft.com/lib/1/hosted/; for the 21Vianet cloud
 *   https://appsforoffice.cdn.partner.office365.cn/appsforoffice/lib/1/hosted/) and replaced when the
 *   CDN answers 200. Files the CDN no longer has are kept and listed.
 *
 * Prints one line of counts; exit code 1 when office.js itself could not be fetched, 2 on bad usage.
 * Microsoft: "If you need to access the library in a secure cloud environment, download the necessary
 * files from the CDN and bundle them with your add-in" (README of @microsoft/office-js 1.1.110).
 */
"use strict";

const fs = require("fs");
const path = require("path");
const os = require("os");
const { execFileSync } = require("child_process");

const DEFAULT_FROM = "https://appsforoffice.microsoft.com/lib/1/hosted/";

/** Every file under `dir`, as forward-slash paths relative to it, sorted. */
function listFiles(dir, prefix = "") {
  const out = [];
  for (const entry of fs.readdirSync(path.join(dir, prefix), { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...listFiles(dir, rel));
    else if (entry.isFile()) out.push(rel);
  }
  return out.sort();
}

/** Fills `folder` with the dist/ files of the npm package @microsoft/office-js (through `npm pack`). */
function seedFromNpm(folder, spec = "@microsoft/office-js") {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "officejs-seed-"));
  try {
    const tgz = execFileSync("npm", ["pack", spec, "--silent"], { cwd: tmp, encoding: "utf8" }).trim().split("\n").pop();
    execFileSync("tar", ["-xzf", tgz], { cwd: tmp });
    const dist = path.join(tmp, "package", "dist");
    if (!fs.existsSync(path.join(dist, "office.js"))) throw new Error(`${spec} has no dist/office.js`);
    fs.cpSync(dist, folder, { recursive: true });
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

/**
 * Re-fetches every file of `folder` from `from` (a base URL ending in "/").
 * @returns {Promise<{updated: string[], unchanged: string[], missing: string[], failed: string[]}>}
 *   missing: the CDN answered 404; failed: another status or a network error (file kept as it was).
 */
async function refresh(folder, from, fetchImpl = fetch) {
  const result = { updated: [], unchanged: [], missing: [], failed: [] };
  for (const rel of listFiles(folder)) {
    const file = path.join(folder, ...rel.split("/"));
    let response;
    try {
      response = await fetchImpl(new URL(rel, from).href);
    } catch {
      result.failed.push(rel);
      continue;
    }
    if (response.status === 404) {
      result.missing.push(rel);
      continue;
    }
    if (response.status !== 200) {
      result.failed.push(rel);
      continue;
    }
    const body = Buffer.from(await response.arrayBuffer());
    if (body.equals(fs.readFileSync(file))) result.unchanged.push(rel);
    else {
      fs.writeFileSync(file, body);
      result.updated.push(rel);
    }
  }
  return result;
}

async function main(argv) {
  const args = argv.slice(2);
  let from = DEFAULT_FROM;
  let seed = false;
  const rest = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === "--from") from = args[++i];
    else if (args[i] === "--seed") seed = true;
    else rest.push(args[i]);
  }
  if (rest.length !== 1 || !from) {
    console.error("usage: node scripts/mirror-officejs.js <folder> [--from <base URL>] [--seed]");
    return 2;
  }
  if (!from.endsWith("/")) from += "/";
  const folder = path.resolve(rest[0]);
  fs.mkdirSync(folder, { recursive: true });
  if (seed || listFiles(folder).length === 0) seedFromNpm(folder);
  const r = await refresh(folder, from);
  console.log(`${folder}: ${r.updated.length} updated, ${r.unchanged.length} unchanged, ${r.missing.length} no longer on the CDN, ${r.failed.length} failed (from ${from})`);
  for (const rel of r.missing) console.log(`  no longer on the CDN (kept): ${rel}`);
  for (const rel of r.failed) console.log(`  could not fetch (kept): ${rel}`);
  return r.failed.includes("office.js") || r.missing.includes("office.js") ? 1 : 0;
}

if (require.main === module) {
  main(process.argv).then(
    (code) => process.exit(code),
    (error) => {
      console.error(String(error && error.message ? error.message : error));
      process.exit(1);
    },
  );
}

module.exports = { DEFAULT_FROM, listFiles, refresh, seedFromNpm };
