/**
 * The 网页版 as one self-contained HTML file (issue #14 item 1): a user receives it by e-mail or
 * USB stick and opens it by double-click (file://), offline.
 *
 * Pure string work, used by webpack.config.js (SingleFilePlugin) on the page that html-webpack-plugin
 * wrote for a one-chunk compile of the page:
 * - every `<script src>` becomes an inline `<script>` with the same code (boot.js too, in place, so
 *   its ES5 checks still run first);
 * - the icon `<link href>` becomes a data: URL, a stylesheet `<link>` an inline `<style>`;
 * - the Content-Security-Policy allows exactly these scripts by their SHA-256 hashes (no
 *   'unsafe-inline' for scripts), and nothing from anywhere: no network, no file, no worker;
 * - licence texts the minifier extracted go into an HTML comment at the top.
 * Anything it cannot inline is an error, so the file never refers to a file next to it.
 */
"use strict";

const { createHash } = require("crypto");

class SingleFileError extends Error {}

/** The CSP source for an inline script: `'sha256-<base64>'` of its exact text (UTF-8). */
function cspHash(text) {
  return `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
}

/**
 * The single file's Content-Security-Policy: scripts only by hash; styles inline (Fluent UI's
 * griffel injects <style> at run time); images and fonts only as data:/blob:; everything else
 * (connections, workers, frames, objects, forms, <base>) none.
 * @param {string[]} hashes CSP hash sources from {@link cspHash}
 */
function singleFileCsp(hashes) {
  if (!hashes.length) throw new SingleFileError("single file: no inline script to allow");
  return [
    "default-src 'none'",
    `script-src ${hashes.join(" ")}`,
    "style-src 'unsafe-inline'",
    "img-src data: blob:",
    "font-src data:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
}

/**
 * Code made safe to sit inside `<script>…</script>`: line ends as the HTML parser will see them
 * (so the hash matches); `</script` written `<\/script`, and `<!--` and `<script` written with
 * `\x3C` for `<`, so the parser can neither end the element early nor enter its "double escaped"
 * state. Minified code has these only inside string, template and regular-expression literals,
 * where both escapes stand for the same characters (a template's String.raw text aside).
 * @param {string} code
 * @param {string} name for the error message
 */
function inlineScriptText(code, name) {
  const text = code
    .replace(/\r\n?/g, "\n")
    .replace(/<\/(script)/gi, "<\\/$1")
    .replace(/<(!--|script)/gi, "\\x3C$1");
  if (/<\/script|<!--|<script/i.test(text)) throw new SingleFileError(`single file: ${name} cannot be inlined safely`);
  return text;
}

const MIME = { ".png": "image/png", ".ico": "image/x-icon", ".svg": "image/svg+xml", ".jpg": "image/jpeg", ".gif": "image/gif" };

function attr(tag, name) {
  const m = new RegExp(`\\s${name}=(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, "i").exec(tag);
  return m ? (m[1] ?? m[2] ?? m[3]) : undefined;
}

function local(ref) {
  return ref.replace(/^\.?\//, "").split(/[?#]/)[0];
}

/**
 * Inlines a page into one file.
 * @param {object} input
 * @param {string} input.html the page as html-webpack-plugin wrote it
 * @param {(path: string) => string | undefined} input.script code of a `<script src>` (path without ./ and query)
 * @param {(path: string) => Buffer | undefined} input.file bytes of a linked file (icon, stylesheet)
 * @param {string[]} [input.licenses] licence texts to keep in a leading HTML comment
 * @returns {{html: string, hashes: string[], inlined: string[]}} the page, its script hashes, the paths inlined
 */
function inlinePage({ html, script, file, licenses = [] }) {
  const inlined = [];
  const codes = [];
  // 1. Each <script src> becomes a placeholder, so the markup steps below never touch code.
  let out = html.replace(/<script\b([^>]*)>\s*<\/script>/gi, (tag, attrs) => {
    const src = attr(`<x ${attrs}>`, "src");
    if (src === undefined) return tag;
    const path = local(src);
    const code = script(path);
    if (code === undefined) throw new SingleFileError(`single file: no code for <script src="${src}">`);
    inlined.push(path);
    codes.push(inlineScriptText(code, path));
    return `<!--single-file-script:${codes.length - 1}-->`;
  });
  // Inline scripts already in the page keep their place and are allowed by hash too.
  const hashes = [...out.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/gi)].map((m) => m[1]);
  const allHashes = [...codes, ...hashes].map(cspHash);

  // 2. Links: the icon as a data: URL, a stylesheet inline.
  out = out.replace(/<link\b[^>]*>/gi, (tag) => {
    const href = attr(tag, "href");
    const rel = (attr(tag, "rel") || "").toLowerCase();
    if (href === undefined || /^data:/i.test(href)) return tag;
    const path = local(href);
    const bytes = file(path);
    if (bytes === undefined) throw new SingleFileError(`single file: no file for <link href="${href}">`);
    inlined.push(path);
    if (rel === "stylesheet") return `<style>${bytes.toString("utf8").replace(/<\/(style)/gi, "<\\/$1")}</style>`;
    const ext = (/\.[a-z0-9]+$/i.exec(path) || [""])[0].toLowerCase();
    if (!MIME[ext]) throw new SingleFileError(`single file: cannot inline <link href="${href}"> (unknown type)`);
    return tag.replace(/\shref=(?:"[^"]*"|'[^']*'|[^\s>]+)/i, ` href="data:${MIME[ext]};base64,${bytes.toString("base64")}"`);
  });

  // 3. The policy: these scripts by hash, nothing from anywhere.
  let csps = 0;
  out = out.replace(/<meta\b[^>]*>/gi, (tag) => {
    if ((attr(tag, "http-equiv") || "").toLowerCase() !== "content-security-policy") return tag;
    csps += 1;
    return `<meta http-equiv="Content-Security-Policy" content="${singleFileCsp(allHashes)}">`;
  });
  if (csps !== 1) throw new SingleFileError(`single file: expected one Content-Security-Policy <meta>, found ${csps}`);

  if (licenses.length) {
    const text = licenses.map((l) => l.trim()).filter(Boolean).join("\n\n").replace(/--/g, "- -");
    out = out.replace(/^(<!doctype html>\s*)?/i, (doctype) => `${doctype || ""}<!--\n${text}\n-->\n`);
  }

  const outside = [...out.matchAll(/<(?:script|link|img|iframe|source|audio|video|embed)\b[^>]*\s(?:src|href)=["']?([^"'\s>]+)/gi)]
    .map((m) => m[1])
    .filter((ref) => !/^(data|blob):/i.test(ref));
  if (outside.length) throw new SingleFileError(`single file: still refers to ${outside.join(", ")}`);

  // 4. The code, in place of its placeholder.
  out = out.replace(/<!--single-file-script:(\d+)-->/g, (_all, i) => `<script>${codes[Number(i)]}</script>`);
  return { html: out, hashes: allHashes, inlined };
}

module.exports = { SingleFileError, cspHash, inlinePage, inlineScriptText, singleFileCsp };
