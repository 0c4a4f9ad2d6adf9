/**
 * Build switches for `npm run build` (used by webpack.config.js; see docs/deploy.md).
 *
 *   npm run build -- --env url=https://HOST/PATH/      release build: dist/manifest.xml points there
 *                    --env officejs=china              Office.js from the 21Vianet CDN (default: global)
 *                    --env officejs=self:<folder>      Office.js from a mirror of the CDN's files kept in
 *                                                      <folder>, copied to dist/officejs/ and served with
 *                                                      the pane (intranets without the CDN; docs/deploy.md)
 *                    --env version=1.2.3[.N]           base version (default: package.json "version")
 *                    --env build=N                     build number (default: next release number)
 *
 * Environment aliases: CL_PUBLIC_URL (url), CL_OFFICEJS (officejs), CL_VERSION (version),
 * CL_BUILD_NUMBER (build), CL_RELEASE_STATE (where the release counter is kept).
 *
 * One version for everything: the manifest's <Version> and the pane's footer (`__APP_VERSION__`)
 * both get `MAJOR.MINOR.PATCH.BUILD`. A release build (one with a url) takes the next BUILD number
 * from release-build.json (then writes it back once the build succeeded), so each release build
 * has a higher version than the last; other builds use BUILD 0.
 */
"use strict";

const fs = require("fs");
const path = require("path");

const ROOT = path.resolve(__dirname, "..");

/** The dev server address that manifest.xml names; a release build replaces it. */
const DEV_URL = "https://localhost:3000/";

/**
 * Where the Office.js library comes from. Microsoft documents both addresses in "Referencing the
 * Office JavaScript API library" (section "CDN references for other Microsoft 365 environments").
 */
const OFFICE_JS = {
  global: {
    id: "global",
    scriptUrl: "https://appsforoffice.microsoft.com/lib/1/hosted/office.js",
    origin: "https://appsforoffice.microsoft.com",
  },
  china: {
    id: "china",
    scriptUrl: "https://appsforoffice.cdn.partner.office365.cn/appsforoffice/lib/1/hosted/office.js",
    origin: "https://appsforoffice.cdn.partner.office365.cn",
  },
};
const OFFICE_JS_ALIASES = { global: "global", worldwide: "global", microsoft: "global", china: "china", "21vianet": "china", cn: "china" };

/** Where a self-hosted Office.js goes in dist/, and the pages' relative address of it. */
const SELF_DIR = "officejs";
const SELF_SCRIPT = `${SELF_DIR}/office.js`;

/** Each part of an add-in manifest <Version> has 1–5 digits; at most 4 parts. */
const MAX_PART = 99999;

class BuildOptionError extends Error {}

function pick(env, key, processEnv, envName) {
  const fromEnv = env && env[key];
  if (fromEnv !== undefined && fromEnv !== true && String(fromEnv) !== "") return String(fromEnv);
  const fromProcess = processEnv[envName];
  return fromProcess !== undefined && fromProcess !== "" ? String(fromProcess) : undefined;
}

/** Normalises and checks the deploy address: absolute https URL, no query or fragment, ends in "/". */
function normalisePublicUrl(raw) {
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new BuildOptionError(`--env url=${raw}: not an absolute URL (example: --env url=https://addin.example.gov.cn/campaign-ledger/)`);
  }
  if (url.protocol !== "https:") {
    throw new BuildOptionError(`--env url=${raw}: Office loads add-ins only over HTTPS; use an https:// address`);
  }
  if (url.search || url.hash || url.username || url.password) {
    throw new BuildOptionError(`--env url=${raw}: give the folder address only (no ?query, #fragment or user:password@)`);
  }
  if (/[<>"'&\s]/.test(url.href)) throw new BuildOptionError(`--env url=${raw}: the address contains characters that cannot go into the manifest`);
  if (!url.pathname.endsWith("/")) url.pathname += "/";
  return url.href;
}

/**
 * `global` / `china` → that CDN; `self:<folder>` → the deployer's mirror of the CDN's files (issue #14
 * item 4): the folder must hold office.js (as the CDN's lib/1/hosted/ does); it is copied to
 * dist/officejs/ and the pages load `officejs/office.js` from their own origin (CSP 'self' only).
 * Office.js loads its other files relative to its own address, so the whole folder is served.
 * @param {string | undefined} raw
 * @param {string} cwd relative folders are taken from here
 * @returns {{id: string, scriptUrl: string, origin: string, folder?: string, label: string}}
 * @throws {BuildOptionError} unknown name; folder missing or without office.js
 */
function parseOfficeJs(raw, cwd = process.cwd()) {
  if (raw === undefined) return OFFICE_JS.global;
  const self = /^self:(.*)$/i.exec(raw);
  if (self) {
    if (!self[1]) throw new BuildOptionError(`--env officejs=${raw}: name the folder with the mirrored Office.js files (example: --env officejs=self:../officejs-mirror)`);
    const folder = path.resolve(cwd, self[1]);
    if (!fs.existsSync(folder) || !fs.statSync(folder).isDirectory()) throw new BuildOptionError(`--env officejs=${raw}: folder ${folder} does not exist`);
    if (!fs.existsSync(path.join(folder, "office.js"))) {
      throw new BuildOptionError(`--env officejs=${raw}: ${folder} has no office.js; mirror the CDN's lib/1/hosted/ folder there first (docs/deploy.md, "Office.js without the CDN")`);
    }
    return { id: "self", scriptUrl: SELF_SCRIPT, origin: "'self'", folder, label: `this deployment (${SELF_DIR}/, mirrored from ${folder})` };
  }
  const id = OFFICE_JS_ALIASES[raw.toLowerCase()];
  if (!id) throw new BuildOptionError(`--env officejs=${raw}: use "global" (Microsoft's CDN), "china" (21Vianet CDN) or "self:<folder>" (a mirror of the CDN's files)`);
  return OFFICE_JS[id];
}

function parseNumberPart(raw, what) {
  if (!/^\d{1,5}$/.test(raw) || Number(raw) > MAX_PART) throw new BuildOptionError(`${what}=${raw}: expected a whole number from 0 to ${MAX_PART}`);
  return Number(raw);
}

/** "1.2.3" or "1.2.3.4" (a "-pre" suffix on package.json's version is dropped) → parts. */
function parseVersion(raw, what) {
  const m = /^(\d{1,5})\.(\d{1,5})\.(\d{1,5})(?:\.(\d{1,5}))?$/.exec(raw.replace(/[-+].*$/, ""));
  if (!m) throw new BuildOptionError(`${what}=${raw}: expected MAJOR.MINOR.PATCH or MAJOR.MINOR.PATCH.BUILD, each 0–${MAX_PART}`);
  const parts = m.slice(1, 5).filter((p) => p !== undefined).map((p) => parseNumberPart(p, what));
  return { base: parts.slice(0, 3).join("."), build: parts.length === 4 ? parts[3] : undefined };
}

function readState(file) {
  try {
    const state = JSON.parse(fs.readFileSync(file, "utf8"));
    return state && typeof state === "object" ? state : {};
  } catch {
    return {};
  }
}

/** The next release build number for `base`: one more than the last recorded release of that base. */
function nextBuildNumber(stateFile, base) {
  const state = readState(stateFile);
  const last = state.base === base && Number.isInteger(state.build) ? state.build : 0;
  if (last + 1 > MAX_PART) throw new BuildOptionError(`release build number would exceed ${MAX_PART}; raise the version in package.json`);
  return last + 1;
}

/**
 * Resolves the build switches.
 * @param {object} env webpack's --env object (may be undefined)
 * @param {{production: boolean, processEnv?: object, packageVersion: string, cwd?: string}} ctx
 */
function resolveBuildOptions(env, ctx) {
  const processEnv = ctx.processEnv || process.env;
  const rawUrl = pick(env, "url", processEnv, "CL_PUBLIC_URL");
  const publicUrl = rawUrl !== undefined ? normalisePublicUrl(rawUrl) : undefined;
  const release = !!publicUrl && ctx.production;
  const officeJs = parseOfficeJs(pick(env, "officejs", processEnv, "CL_OFFICEJS"), ctx.cwd);
  const stateFile = path.resolve(processEnv.CL_RELEASE_STATE || path.join(ROOT, "release-build.json"));

  const rawVersion = pick(env, "version", processEnv, "CL_VERSION");
  const { base, build: buildFromVersion } = parseVersion(rawVersion ?? ctx.packageVersion, rawVersion !== undefined ? "--env version" : "package.json version");
  const rawBuild = pick(env, "build", processEnv, "CL_BUILD_NUMBER");
  let build;
  let counted = false;
  if (buildFromVersion !== undefined) build = buildFromVersion;
  else if (rawBuild !== undefined) build = parseNumberPart(rawBuild, "--env build");
  else if (release) {
    build = nextBuildNumber(stateFile, base);
    counted = true;
  } else build = 0;

  return { publicUrl, release, officeJs, version: `${base}.${build}`, base, build, counted, stateFile, devUrl: DEV_URL };
}

/** Records a finished release build so that the next one gets a higher number. */
function recordRelease(options, now = new Date()) {
  const state = {
    note: "Last release build of campaign-ledger (npm run build -- --env url=…). The next release build takes build+1. Commit this file with the release.",
    base: options.base,
    build: options.build,
    version: options.version,
    url: options.publicUrl,
    officejs: options.officeJs.id,
    builtAt: now.toISOString(),
  };
  fs.mkdirSync(path.dirname(options.stateFile), { recursive: true });
  fs.writeFileSync(options.stateFile, JSON.stringify(state, null, 2) + "\n");
}

/**
 * manifest.xml → dist/manifest.xml: <Version> always; for a release build also every dev URL and
 * the leading comment (which mentions the dev server). Throws when the result still names
 * localhost or names any other address than the deploy URL.
 */
function rewriteManifest(xml, options) {
  let out = xml.replace(/<Version>[^<]*<\/Version>/, `<Version>${options.version}</Version>`);
  if (!/<Version>/.test(out)) throw new BuildOptionError("manifest.xml has no <Version> element");
  if (!options.release) return out;

  out = out.split(DEV_URL).join(options.publicUrl);
  out = out.replace(
    /<!--[\s\S]*?-->/,
    [
      "<!--",
      "  创文台账助手 / Campaign Ledger: production manifest generated by `npm run build` (do not edit; rebuild).",
      `  Version ${options.version}; pane served from ${options.publicUrl}; Office.js from ${officeJsSource(options)}.`,
      "  Deployment steps: docs/deploy.md in the project repository.",
      "-->",
    ].join("\n"),
  );
  const problems = checkReleaseManifest(out, options.publicUrl);
  if (problems.length) throw new BuildOptionError(`dist/manifest.xml: ${problems.join("; ")}`);
  return out;
}

/** Problems with a production manifest: localhost left over, or a URL outside the deploy address. */
function checkReleaseManifest(xml, publicUrl) {
  const problems = [];
  if (/localhost/i.test(xml)) problems.push("still names localhost");
  for (const m of xml.matchAll(/\b(?:DefaultValue|Value)="(https?:\/\/[^"]*)"/g)) {
    if (!m[1].startsWith(publicUrl)) problems.push(`${m[1]} is not under ${publicUrl}`);
  }
  return problems;
}

/** Where a build's pages load Office.js from, for people: the CDN origin or the deployment's folder. */
function officeJsSource(options) {
  if (options.officeJs.id !== "self") return options.officeJs.origin;
  return options.publicUrl ? `${options.publicUrl}${SELF_DIR}/` : `${SELF_DIR}/ beside the pages`;
}

/**
 * taskpane.html / commands.html: points the office.js <script> at the chosen CDN (or, for
 * `self:`, at `officejs/office.js` of the deployment) and makes the CSP script-src allow exactly
 * that CDN origin and 'self' ('self' alone for a self-hosted Office.js). Throws BuildOptionError if
 * the page does not have exactly one office.js script afterwards or its CSP allows another host.
 */
function rewriteHtml(html, officeJs, pageName = "page") {
  const known = Object.values(OFFICE_JS);
  let out = html;
  for (const cdn of known) out = out.split(cdn.scriptUrl).join(officeJs.scriptUrl);
  out = out.replace(/(<meta\s+http-equiv=["']?Content-Security-Policy["']?\s+content=")([^"]*)(")/i, (_all, open, csp, close) => {
    const directives = csp.split(";").map((d) => d.trim()).filter(Boolean).map((d) => {
      const [name, ...sources] = d.split(/\s+/);
      if (name !== "script-src") return d;
      const kept = sources.filter((s) => !known.some((cdn) => s === cdn.origin || s === `${cdn.origin}/`));
      if (officeJs.id === "self") return [name, ...(kept.includes("'self'") ? kept : ["'self'", ...kept])].join(" ");
      return [name, ...kept, officeJs.origin].join(" ");
    });
    return open + directives.join("; ") + close;
  });
  const scripts = [...out.matchAll(/<script[^>]*\ssrc=["']?([^"'\s>]*office\.js)/g)].map((m) => m[1]);
  if (scripts.length !== 1 || scripts[0] !== officeJs.scriptUrl) {
    throw new BuildOptionError(`${pageName}: expected one office.js <script> from ${officeJs.scriptUrl}, found ${JSON.stringify(scripts)}`);
  }
  const csp = /http-equiv=["']?Content-Security-Policy["']?\s+content="([^"]*)"/i.exec(out);
  if (!csp) throw new BuildOptionError(`${pageName}: no Content-Security-Policy <meta> found`);
  const scriptSrc = (csp[1].split(";").map((d) => d.trim()).find((d) => d.startsWith("script-src ")) || "").split(/\s+/).slice(1);
  const cdnSources = scriptSrc.filter((s) => /^https?:/.test(s));
  const wanted = officeJs.id === "self" ? [] : [officeJs.origin];
  if (cdnSources.join(" ") !== wanted.join(" ")) {
    throw new BuildOptionError(`${pageName}: CSP script-src must allow exactly ${officeJs.id === "self" ? "'self' (Office.js served with the pages)" : officeJs.origin}, found ${JSON.stringify(cdnSources)}`);
  }
  return out;
}

module.exports = {
  BuildOptionError,
  DEV_URL,
  OFFICE_JS,
  SELF_DIR,
  checkReleaseManifest,
  officeJsSource,
  nextBuildNumber,
  normalisePublicUrl,
  parseVersion,
  recordRelease,
  resolveBuildOptions,
  rewriteHtml,
  rewriteManifest,
};
