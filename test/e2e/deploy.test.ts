/** @jest-environment node */
/**
 * E2E: docs/deploy.md followed on this machine (loopback only, nothing leaves 127.0.0.1).
 *
 * 1. `npm run build -- --env url=https://127.0.0.1:PORT/campaign-ledger/` (into a temporary folder,
 *    so that other tests keep their dist/): the production manifest validates against Microsoft's
 *    XSD, names only the deploy address, and carries the next release version.
 * 2. nginx (Debian package) serves the build over HTTPS on 127.0.0.1:PORT with a self-signed
 *    certificate made by `openssl req -x509`, using the example server block of docs/deploy.md
 *    (scripts/nginx-loopback.js replaces only address, certificate and folder), with its own pid,
 *    logs and temp folders.
 * 3. Response headers: Content-Type of .html/.js/.png/.xml, Cache-Control no-cache on the pages,
 *    immutable on hashed bundles; every URL in the manifest answers 200.
 * 4. Headless Chromium loads taskpane.html?preview=1 from nginx: tabs 标准表/校验/总结 and the footer
 *    version equal to the manifest's; no CSP violation; the only request for another host is the
 *    Office.js CDN (aborted: the test is hermetic).
 * 5. `--env officejs=china`: the second release build loads Office.js from the 21Vianet CDN, its CSP
 *    allows exactly that host, and its version is one higher.
 * 6. `--env officejs=self:test/fixtures/officejs-mirror` (issue #14 item 4): the third release build
 *    copies the mirror to officejs/, nginx serves it, and Chromium loads the pane with Office.js (and
 *    the file it loads relative to itself) from the deployment: no request leaves 127.0.0.1 at all.
 */
import { execFileSync, type ChildProcess } from "node:child_process";
import { chmodSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { request } from "node:https";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";

interface Prepared {
  confFile: string;
  dir: string;
  cert: string;
  url: string;
}
interface Loopback {
  freePort(): Promise<number>;
  prepare(o: { dist: string; dir: string; port: number }): Prepared;
  startNginx(o: Prepared & { port: number; stdio?: "inherit" | "pipe" | "ignore" }): Promise<ChildProcess>;
  stopNginx(child: ChildProcess | undefined): Promise<void>;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const loopback = require("../../scripts/nginx-loopback.js") as Loopback;

const ROOT = resolve(__dirname, "../..");
const URL_PATH = "/campaign-ledger/";
const GLOBAL_OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const CHINA_OFFICE_JS = "https://appsforoffice.cdn.partner.office365.cn/appsforoffice/lib/1/hosted/office.js";
const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-quic",
  "--no-first-run",
  "--disable-sync",
  "--ignore-certificate-errors",
];

let tmp: string;
let port: number;
let deployUrl: string;
let dist: string;
let manifest: string;
let nginx: ChildProcess | undefined;
let prepared: Prepared;
let cert: string;
let browser: Browser | undefined;

/** `npm run build -- …` as docs/deploy.md says, into `out`; the release counter lives in tmp. */
function releaseBuild(out: string, ...extra: string[]): string {
  return execFileSync("npm", ["run", "--silent", "build", "--", "--env", `url=${deployUrl}`, ...extra, "--output-path", out], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, CL_RELEASE_STATE: join(tmp, "release-build.json"), CL_PUBLIC_URL: "", CL_OFFICEJS: "", CL_VERSION: "", CL_BUILD_NUMBER: "" },
    stdio: "pipe",
  });
}

/** GET over HTTPS, trusting only the test's self-signed certificate. */
function get(url: string): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((resolvePromise, reject) => {
    const req = request(url, { ca: readFileSync(cert), method: "GET" }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolvePromise({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString("utf8") }));
    });
    req.on("error", reject);
    req.end();
  });
}

/**
 * A page in headless Chromium (launched once) that aborts and records every request for a host
 * other than 127.0.0.1, and records CSP violations and page errors.
 */
async function watchedPage(): Promise<{ context: BrowserContext; page: Page; external: string[]; problems: string[] }> {
  browser = browser ?? (await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS }));
  const context = await browser.newContext({ ignoreHTTPSErrors: true, locale: "zh-CN" });
  const page = await context.newPage();
  const external: string[] = [];
  const problems: string[] = [];
  await page.route("**/*", (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === "127.0.0.1") return route.continue();
    external.push(route.request().url());
    return route.abort();
  });
  page.on("console", (msg) => {
    if (/Content Security Policy|Refused to/iu.test(msg.text())) problems.push(msg.text());
  });
  page.on("pageerror", (error) => problems.push(String(error)));
  return { context, page, external, problems };
}

function pkgBase(): string {
  return (JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string }).version.replace(/[-+].*$/u, "");
}

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), "cl-deploy-"));
  chmodSync(tmp, 0o755); // nginx workers (an unprivileged user when the test runs as root) must reach tmp/nginx/www
  port = await loopback.freePort();
  deployUrl = `https://127.0.0.1:${port}${URL_PATH}`;
  dist = join(tmp, "dist");
  releaseBuild(dist);
  manifest = readFileSync(join(dist, "manifest.xml"), "utf8");
  prepared = loopback.prepare({ dist, dir: join(tmp, "nginx"), port });
  cert = prepared.cert;
  nginx = await loopback.startNginx({ ...prepared, port, stdio: "pipe" });
}, 180000);

afterAll(async () => {
  await browser?.close();
  await loopback.stopNginx(nginx);
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe("production manifest (npm run build -- --env url=…)", () => {
  it("names only the deploy address, never localhost", () => {
    expect(manifest).not.toMatch(/localhost/iu);
    const urls = [...manifest.matchAll(/\b(?:DefaultValue|Value)="(https?:\/\/[^"]*)"/gu)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThanOrEqual(10);
    for (const u of urls) expect(u.startsWith(deployUrl)).toBe(true);
    expect(manifest).toContain(`<SourceLocation DefaultValue="${deployUrl}taskpane.html"/>`);
  });

  it("validates offline against the manifest XSD (npm run validate -- --url …)", () => {
    const out = execFileSync("node", [join(ROOT, "scripts/validate-manifest.js"), "--url", deployUrl, join(dist, "manifest.xml")], {
      cwd: ROOT,
      encoding: "utf8",
      stdio: "pipe",
    });
    expect(out).toContain("no localhost");
  });

  it("carries the first release version of package.json's version, recorded for the next build", () => {
    expect(manifest).toContain(`<Version>${pkgBase()}.1</Version>`);
    const state = JSON.parse(readFileSync(join(tmp, "release-build.json"), "utf8")) as { version: string; url: string };
    expect(state).toMatchObject({ version: `${pkgBase()}.1`, url: deployUrl });
  });

  it("loads Office.js from Microsoft's CDN and allows exactly that host in the CSP", () => {
    for (const page of ["taskpane.html", "commands.html"]) {
      const html = readFileSync(join(dist, page), "utf8");
      expect(html).toContain(GLOBAL_OFFICE_JS);
      expect(html).toMatch(/script-src 'self' https:\/\/appsforoffice\.microsoft\.com;/u);
      expect(html).not.toContain("office365.cn");
    }
  });
});

describe("nginx with the example config of docs/deploy.md", () => {
  it("serves every file with the right Content-Type and Cache-Control", async () => {
    const bundle = readdirSync(dist).find((f) => /^taskpane\.[0-9a-f]{20}\.js$/u.test(f));
    expect(bundle).toBeDefined();
    const expectations: Array<[string, RegExp, RegExp]> = [
      ["taskpane.html", /^text\/html; charset=utf-8$/u, /^no-cache$/u],
      ["commands.html", /^text\/html; charset=utf-8$/u, /^no-cache$/u],
      ["boot.js", /^(application|text)\/javascript; charset=utf-8$/u, /^no-cache$/u],
      [bundle as string, /^(application|text)\/javascript; charset=utf-8$/u, /max-age=31536000.*immutable/u],
      ["assets/icon-32.png", /^image\/png$/u, /^no-cache$/u],
      ["manifest.xml", /^(text|application)\/xml; charset=utf-8$/u, /^no-cache$/u],
    ];
    for (const [file, type, cache] of expectations) {
      const res = await get(`${deployUrl}${file}`);
      expect([file, res.status]).toEqual([file, 200]);
      expect([file, res.headers["content-type"]]).toEqual([file, expect.stringMatching(type)]);
      expect([file, res.headers["cache-control"]]).toEqual([file, expect.stringMatching(cache)]);
      expect(res.headers["x-frame-options"]).toBeUndefined();
    }
    const served = await get(`${deployUrl}manifest.xml`);
    expect(served.body).toBe(manifest);
  });

  it("answers 200 for every URL the manifest names", async () => {
    const urls = new Set([...manifest.matchAll(/\bDefaultValue="(https:\/\/[^"]*)"/gu)].map((m) => m[1]));
    for (const u of urls) expect([u, (await get(u)).status]).toEqual([u, 200]);
  });

  it("lets headless Chromium load the pane in preview mode, with the manifest's version in the footer", async () => {
    const { context, page, external, problems } = await watchedPage();

    const response = await page.goto(`${deployUrl}taskpane.html?preview=1`);
    expect(response?.status()).toBe(200);
    for (const tab of ["标准表", "校验", "总结"]) {
      await page.getByRole("tab", { name: tab }).waitFor({ timeout: 20000 });
    }
    const version = /<Version>([^<]+)<\/Version>/u.exec(manifest)?.[1];
    await page.getByText(`版本 ${version}`).waitFor({ timeout: 5000 });
    expect(problems).toEqual([]);
    expect([...new Set(external)]).toEqual([GLOBAL_OFFICE_JS]);
    await context.close();
  }, 60000);
});

describe("--env officejs=china", () => {
  it("loads Office.js from the 21Vianet CDN, allows exactly that host and takes the next version", () => {
    const out = join(tmp, "dist-china");
    const log = releaseBuild(out, "--env", "officejs=china");
    expect(log).toContain("https://appsforoffice.cdn.partner.office365.cn");
    for (const page of ["taskpane.html", "commands.html"]) {
      const html = readFileSync(join(out, page), "utf8");
      expect(html).toContain(CHINA_OFFICE_JS);
      expect(html).not.toContain("appsforoffice.microsoft.com");
      const csp = /script-src ([^;"]*)/u.exec(html)?.[1].trim().split(/\s+/u);
      expect(csp).toEqual(["'self'", "https://appsforoffice.cdn.partner.office365.cn"]);
    }
    const china = readFileSync(join(out, "manifest.xml"), "utf8");
    expect(china).toContain(`<Version>${pkgBase()}.2</Version>`);
    expect(china).not.toMatch(/localhost/iu);
    const bundle = readdirSync(out).find((f) => /^taskpane\.[0-9a-f]{20}\.js$/u.test(f)) as string;
    expect(readFileSync(join(out, bundle), "utf8")).toContain(`${pkgBase()}.2`);
  }, 120000);
});

describe("--env officejs=self:<folder>", () => {
  it("serves Office.js from the deployment's officejs/ folder; the pane asks no other host for anything", async () => {
    const out = join(tmp, "dist-self");
    const before = (JSON.parse(readFileSync(join(tmp, "release-build.json"), "utf8")) as { build: number }).build;
    const log = releaseBuild(out, "--env", "officejs=self:test/fixtures/officejs-mirror");
    expect(log).toContain(`(Office.js: ${deployUrl}officejs/)`);
    for (const page of ["taskpane.html", "commands.html"]) {
      const html = readFileSync(join(out, page), "utf8");
      expect(html).toMatch(/<script src="?officejs\/office\.js"?><\/script>/u);
      expect(html).not.toMatch(/appsforoffice|office365\.cn/u);
      expect(/script-src ([^;"]*)/u.exec(html)?.[1].trim()).toBe("'self'");
    }
    expect(readFileSync(join(out, "manifest.xml"), "utf8")).toContain(`<Version>${pkgBase()}.${before + 1}</Version>`);

    await loopback.stopNginx(nginx);
    prepared = loopback.prepare({ dist: out, dir: join(tmp, "nginx"), port });
    cert = prepared.cert;
    nginx = await loopback.startNginx({ ...prepared, port, stdio: "pipe" });
    const served = await get(`${deployUrl}officejs/office.js`);
    expect(served.status).toBe(200);
    expect(served.headers["content-type"]).toMatch(/javascript/u);
    expect(served.body).toBe(readFileSync(join(ROOT, "test/fixtures/officejs-mirror/office.js"), "utf8"));

    const { context, page, external, problems } = await watchedPage();
    const loaded: string[] = [];
    page.on("response", (r) => loaded.push(`${r.status()} ${r.url()}`));
    await page.goto(`${deployUrl}taskpane.html?preview=1`);
    await page.getByRole("tab", { name: "校验" }).waitFor({ timeout: 20000 });
    const mirror = await page.evaluate(() => (window as unknown as { __officeJsMirror?: { loadedFrom: string; strings?: string } }).__officeJsMirror);
    expect(mirror).toEqual({ loadedFrom: `${deployUrl}officejs/office.js`, strings: "zh-cn" });
    expect(loaded).toEqual(expect.arrayContaining([`200 ${deployUrl}officejs/office.js`, `200 ${deployUrl}officejs/zh-cn/office_strings.js`]));
    expect(external).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  }, 180000);
});
