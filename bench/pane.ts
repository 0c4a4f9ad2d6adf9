/**
 * 4. Pane weight and first paint: the production build (webpack, into a temp folder so that dist/
 * stays as it is), its initial JS and CSS — what taskpane.html loads before any lazy chunk — raw
 * and gzip, the lazily loaded chunks (docx, exceljs) named; then headless Chromium (Debian
 * package `chromium`, via playwright-core) opens taskpane.html?preview=1 from a loopback static
 * server: first-contentful-paint and a time-to-interactive proxy (the tab list rendered and
 * enabled). The Office.js CDN request is aborted (the measurement stays on this machine).
 * @module
 */
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";
import { gzipSync } from "node:zlib";
import { median, round, type BenchRow } from "./stats";
import { ROOT } from "./cli";

const CHROMIUM = "/usr/bin/chromium";
const CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-quic", "--no-first-run", "--disable-sync"];
const TYPES: Record<string, string> = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".css": "text/css", ".png": "image/png", ".svg": "image/svg+xml", ".xml": "application/xml", ".json": "application/json" };

/** Production build into `out`. */
export function buildPane(out: string): void {
  execFileSync(process.execPath, [join(ROOT, "node_modules", "webpack", "bin", "webpack.js"), "--mode", "production", "--output-path", out], { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"] });
}

/** Scripts and stylesheets a page (taskpane.html, app.html) loads itself (same-origin), in order. */
function initialAssets(dist: string, page = "taskpane.html"): string[] {
  const html = readFileSync(join(dist, page), "utf8");
  // Minified HTML may leave attribute values unquoted.
  const refs = [...html.matchAll(/<script[^>]*\ssrc=["']?([^"'\s>]+)|<link[^>]*rel=["']?stylesheet[^>]*href=["']?([^"'\s>]+)/g)].map((m) => m[1] ?? m[2]);
  return refs.filter((r) => !/^https?:/.test(r)).map((r) => r.replace(/^\.?\//, "").split("?")[0]);
}

export function paneWeight(dist: string): BenchRow[] {
  const assets = initialAssets(dist);
  const size = (files: string[], gz: boolean): number => files.reduce((n, f) => n + (gz ? gzipSync(readFileSync(join(dist, f)), { level: 9 }).length : statSync(join(dist, f)).size), 0);
  const js = assets.filter((f) => f.endsWith(".js"));
  const css = [...assets.filter((f) => f.endsWith(".css")), ...readdirSync(dist).filter((f) => f.endsWith(".css") && !assets.includes(f))].filter((f, i, a) => a.indexOf(f) === i && assets.includes(f));
  const lazy = readdirSync(dist).filter((f) => f.endsWith(".js") && !assets.includes(f) && !f.startsWith("commands."));
  const lazyText = lazy.map((f) => `${f.replace(/\.[0-9a-f]{16,}\.js$/, "")} ${round(statSync(join(dist, f)).size / 1024)} KB`).join(", ");
  const jsGz = size(js, true) / 1024;
  const docxLazy = lazy.some((f) => /docx/i.test(f));
  const initialText = js.map((f) => readFileSync(join(dist, f), "utf8")).join("\n");
  // Chunk names in webpack's runtime map ({85:"exceljs",…}) are not the libraries' code.
  const codeText = initialText.replace(/\d+:"[\w-]+"/g, "");
  const heavyInInitial = ["exceljs", "ExcelJS", "docx.Packer"].filter((w) => codeText.includes(w));
  return [
    { name: "gzip: initial JS of the pane (production build)", value: round(jsGz), unit: "KB gzip", target: "≤ 250 KB gzip", pass: jsGz <= 250, note: `${js.join(", ")}; raw ${round(size(js, false) / 1024)} KB` },
    { name: "gzip: initial JS of the pane, raw", value: round(size(js, false) / 1024), unit: "KB", target: "report", pass: true },
    { name: "gzip: initial CSS of the pane", value: round(size(css, true) / 1024), unit: "KB gzip", target: "report (Fluent UI injects its CSS at run time)", pass: true, note: css.length ? `${css.join(", ")}; raw ${round(size(css, false) / 1024)} KB` : "no CSS files: styles are in taskpane.html and injected by griffel" },
    { name: "gzip: docx/exceljs in lazily loaded chunks", value: lazy.length, unit: "chunks", target: "docx and exceljs not in the initial JS", pass: heavyInInitial.length === 0 && (docxLazy || lazy.length > 0), note: `${lazyText || "none"}${heavyInInitial.length ? `; in the initial JS: ${heavyInInitial.join(", ")}` : ""}` },
  ];
}

function serve(dist: string): Promise<Server> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname)).replace(/^([/\\])+/, "");
    const file = join(dist, path || "taskpane.html");
    if (!file.startsWith(dist) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "Content-Type": TYPES[extname(file)] ?? "application/octet-stream", "Cache-Control": "no-store" });
    res.end(readFileSync(file));
  });
  return new Promise((ok) => server.listen(0, "127.0.0.1", () => ok(server)));
}

/** FCP and the TTI proxy in headless Chromium: median of `runs` cold page loads after one warm-up. */
export async function firstPaint(dist: string, runs = 7): Promise<BenchRow[]> {
  if (!existsSync(CHROMIUM)) {
    const note = `skipped: no ${CHROMIUM} — install it with: sudo apt-get update && sudo apt-get install -y chromium`;
    return [
      { name: "first paint: pane in preview mode (headless Chromium)", value: NaN, unit: "ms", target: "≤ 1000 ms", pass: false, note },
      { name: "first paint: time to interactive (tabs enabled)", value: NaN, unit: "ms", target: "report", pass: false, note },
    ];
  }
  const loads = await coldLoads(dist, "taskpane.html?preview=1", { width: 350, height: 800 }, () => {
    const tabs = document.querySelectorAll('[role="tab"]');
    return tabs.length >= 3 && Array.from(tabs).every((t) => !(t as HTMLButtonElement).disabled && t.getAttribute("aria-disabled") !== "true");
  }, runs);
  const fcp = loads.map((l) => l.fcp);
  const tti = loads.map((l) => l.ready);
  const f = median(fcp);
  return [
    { name: "first paint: pane in preview mode (headless Chromium, first-contentful-paint)", value: round(f), unit: "ms", target: "≤ 1000 ms", pass: f <= 1000, note: `median of ${runs} cold loads; Office.js CDN aborted` },
    { name: "first paint: time to interactive (tab list rendered and enabled)", value: round(median(tti)), unit: "ms", target: "≤ 1000 ms", pass: median(tti) <= 1000 },
  ];
}

/**
 * 5. The 网页版 (app.html, issue #13): its initial JS (gzip; exceljs and docx must stay lazy), first
 * paint and time to interactive (the file picker shown, the tabs enabled), and the whole job on a
 * 10,000-row workbook in headless Chromium: open it through the file input, check it (校验), and
 * build the summary preview — from the file chosen to the narrative shown.
 */
export async function appFigures(dist: string, workbook: string, runs = 5): Promise<BenchRow[]> {
  const assets = initialAssets(dist, "app.html").filter((f) => f.endsWith(".js"));
  const gz = assets.reduce((n, f) => n + gzipSync(readFileSync(join(dist, f)), { level: 9 }).length, 0) / 1024;
  const weight: BenchRow = { name: "网页版: initial JS of app.html", value: round(gz), unit: "KB gzip", target: "≤ 300 KB gzip (exceljs, docx lazy)", pass: gz <= 300, note: assets.join(", ") };
  if (!existsSync(CHROMIUM)) {
    const note = `skipped: no ${CHROMIUM} — install it with: sudo apt-get update && sudo apt-get install -y chromium`;
    return [weight, { name: "网页版: first paint", value: NaN, unit: "ms", target: "≤ 1000 ms", pass: false, note }];
  }
  const loads = await coldLoads(dist, "app.html", { width: 1024, height: 800 }, () => !!document.querySelector("[data-testid='local-file-input']") && document.querySelectorAll('[role="tab"]').length >= 3, runs, async (page) => {
    const t0 = Date.now();
    await page.getByTestId("local-file-input").setInputFiles(workbook);
    await page.getByTestId("local-file-status").filter({ hasText: "正在使用" }).waitFor({ timeout: 60000 });
    await page.getByRole("tab", { name: "总结" }).click();
    await page.getByRole("button", { name: "生成总结预览" }).click();
    await page.getByTestId("narrative").waitFor({ timeout: 60000 });
    return Date.now() - t0;
  });
  const fcp = loads.map((l) => l.fcp);
  const tti = loads.map((l) => l.ready);
  const job = loads.map((l) => l.after ?? NaN);
  return [
    weight,
    { name: "网页版: first paint (first-contentful-paint)", value: round(median(fcp)), unit: "ms", target: "≤ 1000 ms", pass: median(fcp) <= 1000, note: `median of ${runs} cold loads, headless Chromium` },
    { name: "网页版: time to interactive (file picker and tabs ready)", value: round(median(tti)), unit: "ms", target: "≤ 1000 ms", pass: median(tti) <= 1000 },
    { name: "网页版: open + check + summary, 10,000 rows", value: round(median(job)), unit: "ms", target: "≤ 3000 ms", pass: median(job) <= 3000, note: "file input → read (exceljs) → 校验 → 生成总结预览 → narrative shown" },
  ];
}

/** One cold load's paint figures and what `after` measured (ms). */
interface Load {
  readonly fcp: number;
  readonly ready: number;
  readonly after?: number;
}

/**
 * `runs` cold loads of `page` (after one warm-up), each in a new context with every request to
 * another host aborted: first-contentful-paint, the time until `ready` holds, and what `after`
 * returns (e.g. the time of a job done on the loaded page).
 */
async function coldLoads(dist: string, page: string, viewport: { width: number; height: number }, ready: () => boolean, runs: number, after?: (p: import("playwright-core").Page) => Promise<number>): Promise<Load[]> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { chromium } = require("playwright-core") as typeof import("playwright-core");
  const server = await serve(dist);
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/${page}`;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const loads: Load[] = [];
  try {
    for (let i = 0; i < runs + 1; i++) {
      const context = await browser.newContext({ locale: "zh-CN", viewport });
      const p = await context.newPage();
      await p.route("**/*", (route) => (new URL(route.request().url()).hostname === "127.0.0.1" ? route.continue() : route.abort()));
      await p.goto(url, { waitUntil: "commit" });
      await p.waitForFunction(ready, undefined, { timeout: 30000, polling: "raf" });
      const m = await p.evaluate(() => {
        const paint = performance.getEntriesByName("first-contentful-paint")[0];
        return { fcp: paint ? paint.startTime : NaN, ready: performance.now() };
      });
      const extra = after ? await after(p) : undefined;
      if (i > 0) loads.push({ ...m, ...(extra !== undefined ? { after: extra } : {}) });
      await context.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  return loads;
}
