/**
 * The single-file 网页版's build helpers (issue #14): scripts/single-file.js (inlining and the
 * hash-based CSP) and scripts/check-page-syntax.js (which scripts es-check gets, at which level).
 * Node only; the built file itself is tested from file:// in test/e2e/offline-file.test.ts.
 */
import { createHash } from "node:crypto";
import { mkdtempSync, mkdirSync, writeFileSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SingleFileError, cspHash, inlinePage, inlineScriptText, singleFileCsp } from "../scripts/single-file.js";
import { pageScripts, planChecks, readmeSizeClaim, sizeClaimProblem } from "../scripts/check-page-syntax.js";
import PAGE_TARGETS from "../scripts/page-targets.js";

const PAGE = [
  "<!doctype html><html data-page=app><head>",
  `<meta http-equiv=Content-Security-Policy content="default-src 'self'; script-src 'self'">`,
  "<link rel=icon type=image/png href=assets/icon-32.png>",
  "<script src=boot.js></script><script defer src=./app.123.js?v=1></script>",
  "</head><body><div id=root></div></body></html>",
].join("");

const CODE: Record<string, string> = {
  "boot.js": "(function () {\r\n  var x = 1;\r\n})();\r\n",
  "app.123.js": 'render("</script>", "$&", "<img src=x>");',
};

function inline(html = PAGE, extra: Partial<Parameters<typeof inlinePage>[0]> = {}) {
  return inlinePage({ html, script: (p) => CODE[p], file: (p) => (p === "assets/icon-32.png" ? Buffer.from([137, 80, 78, 71]) : undefined), ...extra });
}

function inlineScripts(html: string): string[] {
  return [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
}

describe("scripts/single-file.js", () => {
  it("cspHash is the CSP source of the text's SHA-256 (base64)", () => {
    expect(cspHash("alert(1)")).toBe(`'sha256-${createHash("sha256").update("alert(1)").digest("base64")}'`);
    expect(cspHash("中文")).toBe(`'sha256-${createHash("sha256").update(Buffer.from("中文", "utf8")).digest("base64")}'`);
  });

  it("inlines every script in place, boot.js first, and allows exactly those by hash", () => {
    const { html, hashes, inlined } = inline();
    expect(inlined).toEqual(["boot.js", "app.123.js", "assets/icon-32.png"]);
    expect(html).not.toMatch(/<script[^>]*\ssrc=/);
    const scripts = inlineScripts(html);
    expect(scripts).toHaveLength(2);
    expect(scripts[0]).toBe("(function () {\n  var x = 1;\n})();\n");
    // `</script` escaped; `$&` kept literally (no replacement pattern).
    expect(scripts[1]).toBe('render("<\\/script>", "$&", "<img src=x>");');
    expect(hashes).toEqual(scripts.map(cspHash));
    const csp = /content="([^"]*)"/.exec(html)![1];
    expect(csp).toBe(singleFileCsp(hashes));
    expect(csp).toContain(`script-src ${hashes.join(" ")};`);
    expect(csp).not.toMatch(/'unsafe-inline'[^;]*;[^;]*style-src/);
    expect(csp.split(";").find((d) => d.trim().startsWith("script-src"))).not.toContain("unsafe");
    expect(csp).toContain("default-src 'none'");
    expect(html).toContain('href="data:image/png;base64,iVBORw=="');
  });

  it("keeps licence texts in a leading comment, without '--'", () => {
    const { html } = inline(PAGE, { licenses: ["/*! MIT -- a */", "  "] });
    expect(html.startsWith("<!doctype html><!--\n/*! MIT - - a */\n-->\n<html")).toBe(true);
  });

  it("refuses what it cannot inline or what would stay outside", () => {
    expect(() => inline(PAGE.replace("app.123.js", "other.js"))).toThrow(SingleFileError);
    expect(() => inline(PAGE.replace("assets/icon-32.png", "assets/missing.png"))).toThrow(/no file/);
    expect(() => inline(PAGE.replace(/<meta[^>]*>/, ""))).toThrow(/Content-Security-Policy/);
    expect(() => inline(PAGE.replace("</body>", "<img src=https://example.org/x.png></body>"))).toThrow(/still refers to https:\/\/example.org\/x.png/);
  });

  it("escapes what would end or confuse the script element, with escapes that mean the same in JS", () => {
    const code = "a = ['<!--', `<!--${1}-->`, /<SCRIPT>/u.test('<SCRIPT>'), /<!--/.test('<!-'), '</Script>'];";
    const text = inlineScriptText(code, "x.js");
    expect(text).not.toMatch(/<!--|<script|<\/script/i);
    // Evaluated, the escaped code gives the same values.
    const run = (src: string) => new Function(`let a; ${src}; return a;`)() as unknown[];
    expect(run(text)).toEqual(run(code));
  });

  it("an inline script already in the page is allowed by its hash too", () => {
    const { hashes, html } = inline(PAGE.replace("</head>", "<script>var y = 2;</script></head>"));
    expect(hashes).toContain(cspHash("var y = 2;"));
    expect(inlineScripts(html).map(cspHash).sort()).toEqual([...hashes].sort());
  });
});

describe("scripts/check-page-syntax.js", () => {
  let dist: string;
  beforeAll(() => {
    dist = mkdtempSync(join(tmpdir(), "page-syntax-"));
    writeFileSync(join(dist, "boot.js"), CODE["boot.js"]);
    writeFileSync(join(dist, "app.html"), "<script src=boot.js></script><script defer src=app.1.js></script>");
    for (const f of ["app.1.js", "app-docx.2.js", "taskpane.3.js"]) writeFileSync(join(dist, f), "x();");
    writeFileSync(join(dist, PAGE_TARGETS.singleFileName), inline().html);
  });
  afterAll(() => rmSync(dist, { recursive: true, force: true }));

  it("pageScripts lists sources and inline code in order", () => {
    expect(pageScripts(`<script src="./a.js?x"></script><script>b()</script>`)).toEqual([{ src: "a.js" }, { code: "b()" }]);
  });

  it("checks the page's scripts and chunks and the single file's inline scripts at ES2019, boot.js at ES5", () => {
    const work = join(dist, "work");
    mkdirSync(work, { recursive: true });
    const { es2019, es5 } = planChecks(dist, work);
    expect(es2019.map((f) => f.slice(f.lastIndexOf("/") + 1)).sort()).toEqual(["app-docx.2.js", "app.1.js", "single-inline-1.js"]);
    expect(es5.map((f) => f.slice(f.lastIndexOf("/") + 1))).toEqual(["boot.js", "single-inline-0.js"]);
    expect(readFileSync(es2019.find((f) => f.endsWith("single-inline-1.js"))!, "utf8")).toContain("render(");
  });

  it("reads the single file's size from README.md and flags a stale one (new-user test 36 D15)", () => {
    const readme = readFileSync(join(__dirname, "..", "README.md"), "utf8");
    expect(readmeSizeClaim(readme)).toBe(3.5);
    expect(sizeClaimProblem(readme, 3_634_479)).toBeNull();
    const stale = readme.replace("about 3.5 MB", "about 2.5 MB");
    expect(sizeClaimProblem(stale, 3_160_074)).toBe(`README.md says ${PAGE_TARGETS.singleFileName} is about 2.5 MB; the build is 3.01 MB`);
    expect(sizeClaimProblem("no size here", 1)).toBe(`README.md states no size ("about N MB") for ${PAGE_TARGETS.singleFileName}`);
  });
});
