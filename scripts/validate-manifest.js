#!/usr/bin/env node
/**
 * Offline manifest check (`npm run validate`).
 *
 * 1. Runs xmllint against Microsoft's add-in manifest schemas (v1.1, kept in
 *    ../shared/schemas/office-addin-manifest/xmllint-ready/; set CL_SCHEMAS when they live
 *    elsewhere) for manifest.xml and, when it exists, dist/manifest.xml.
 * 2. Checks what the XSD cannot: every `resid` names an id under <Resources> of the right kind
 *    (images, URLs, short or long strings), and no resource id is defined twice.
 *
 * Arguments (optional): manifest files to check instead of manifest.xml and dist/manifest.xml, and
 * `--url https://HOST/PATH/` to check also that each file is a production manifest for that address
 * (no localhost, every URL under it): `npm run validate -- --url https://HOST/PATH/ dist/manifest.xml`.
 *
 * Exit codes: 0 valid, 1 invalid, 2 tool or schema missing.
 * (`office-addin-manifest validate` needs the internet; this does not.)
 */
"use strict";

const fs = require("fs");
const path = require("path");
const { spawnSync } = require("child_process");

const ROOT = path.resolve(__dirname, "..");
const SCHEMA_FILE = "OfficeAppManifestV1_1.xsd";

/** Candidate schema paths: next to the repository first, then $CL_SCHEMAS. */
function schemaCandidates() {
  const list = [path.resolve(__dirname, "..", "..", "shared", "schemas", "office-addin-manifest", "xmllint-ready", SCHEMA_FILE)];
  const env = process.env.CL_SCHEMAS;
  if (env) {
    // CL_SCHEMAS may name shared/schemas, the office-addin-manifest folder or xmllint-ready itself.
    list.push(
      path.resolve(env, "office-addin-manifest", "xmllint-ready", SCHEMA_FILE),
      path.resolve(env, "xmllint-ready", SCHEMA_FILE),
      path.resolve(env, SCHEMA_FILE),
    );
  }
  return list;
}

function findSchema() {
  return schemaCandidates().find((p) => fs.existsSync(p));
}

function hasXmllint() {
  const r = spawnSync("xmllint", ["--version"], { encoding: "utf8" });
  return !r.error;
}

/** Runs xmllint; returns true when the file validates. Output goes straight to the console. */
function runXmllint(schema, file) {
  const r = spawnSync("xmllint", ["--noout", "--schema", schema, file], { stdio: "inherit" });
  return r.status === 0;
}

/** Resource kind expected by each element that carries a resid. */
const RESID_KIND = {
  Image: "Images",
  FunctionFile: "Urls",
  SourceLocation: "Urls",
  LearnMoreUrl: "Urls",
  Label: "ShortStrings",
  Title: "ShortStrings",
  Description: "LongStrings",
};

/**
 * Checks resid references against <Resources>; returns a list of problems (empty when fine).
 * Regex-based on purpose: the manifest is small and already schema-valid when this runs.
 */
function checkResids(xml) {
  const problems = [];
  const text = xml.replace(/<!--[\s\S]*?-->/g, "");
  const resStart = text.search(/<Resources>/);
  const resEnd = text.search(/<\/Resources>/);
  if (resStart < 0 || resEnd < 0) {
    if (/\bresid="/.test(text)) problems.push("resid attributes are used but there is no <Resources> element");
    return problems;
  }
  const resources = text.slice(resStart, resEnd);
  const body = text.slice(0, resStart);

  /** id → kind (Images | Urls | ShortStrings | LongStrings) */
  const defined = new Map();
  for (const kind of ["Images", "Urls", "ShortStrings", "LongStrings"]) {
    const block = new RegExp(`<bt:${kind}>([\\s\\S]*?)</bt:${kind}>`).exec(resources);
    if (!block) continue;
    for (const m of block[1].matchAll(/<bt:(?:Image|Url|String)\s+[^>]*?\bid="([^"]+)"/g)) {
      if (defined.has(m[1])) problems.push(`resource id "${m[1]}" is defined more than once`);
      defined.set(m[1], kind);
    }
  }

  const used = new Set();
  for (const m of body.matchAll(/<(?:[\w-]+:)?(\w+)\s[^>]*?\bresid="([^"]*)"/g)) {
    const [, element, id] = m;
    used.add(id);
    const kind = defined.get(id);
    if (!kind) {
      problems.push(`<${element} resid="${id}"> has no matching id under <Resources>`);
      continue;
    }
    const expected = RESID_KIND[element];
    if (expected && expected !== kind) {
      problems.push(`<${element} resid="${id}"> points to bt:${kind}, expected bt:${expected}`);
    }
  }
  for (const id of defined.keys()) {
    if (!used.has(id)) console.warn(`note: resource "${id}" is defined but never used`);
  }
  return problems;
}

function parseArgs(argv) {
  const files = [];
  let url;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--url") url = argv[++i];
    else if (argv[i].startsWith("--url=")) url = argv[i].slice("--url=".length);
    else files.push(path.resolve(argv[i]));
  }
  return { files, url };
}

function main() {
  const args = parseArgs(process.argv.slice(2));
  let releaseUrl;
  if (args.url !== undefined) {
    const { normalisePublicUrl } = require("./build-options.js");
    try {
      releaseUrl = normalisePublicUrl(args.url);
    } catch (error) {
      console.error(error.message);
      process.exit(2);
    }
  }
  const files = args.files.length ? args.files : [path.join(ROOT, "manifest.xml")];
  const distManifest = path.join(ROOT, "dist", "manifest.xml");
  if (!args.files.length && fs.existsSync(distManifest)) files.push(distManifest);
  if (releaseUrl && !args.files.length) files.splice(0, files.length, distManifest);

  if (!hasXmllint()) {
    console.error("xmllint is not installed. Install it with:\n  apt-get update && apt-get install -y libxml2-utils");
    process.exit(2);
  }
  const schema = findSchema();
  if (!schema) {
    console.error(`Manifest schema ${SCHEMA_FILE} not found. Looked in:\n  ${schemaCandidates().join("\n  ")}\n` +
      "Set CL_SCHEMAS to the folder that holds office-addin-manifest/xmllint-ready/.");
    process.exit(2);
  }

  let ok = true;
  for (const file of files) {
    const rel = path.relative(ROOT, file);
    if (!fs.existsSync(file)) {
      console.error(`${rel}: missing`);
      ok = false;
      continue;
    }
    if (!runXmllint(schema, file)) ok = false;
    const xml = fs.readFileSync(file, "utf8");
    const problems = checkResids(xml);
    if (releaseUrl) {
      const { checkReleaseManifest } = require("./build-options.js");
      const release = checkReleaseManifest(xml, releaseUrl);
      for (const p of release) console.error(`${rel}: ${p}`);
      if (release.length === 0) console.log(`${rel}: every URL is under ${releaseUrl}; no localhost`);
      else ok = false;
    }
    for (const p of problems) console.error(`${rel}: ${p}`);
    if (problems.length === 0) console.log(`${rel}: all resid references resolve`);
    else ok = false;
  }
  process.exit(ok ? 0 : 1);
}

if (require.main === module) main();

module.exports = { checkResids };
