/** @jest-environment node */
/**
 * E2E of the 网页版 as one file (issue #14 item 1): dist/创文台账助手网页版.html copied alone into an
 * empty folder (as received by e-mail or on a USB stick) and opened from disk (file://) in headless
 * Chromium, with EVERY request that is not file:, data: or blob: aborted and recorded:
 *
 * - its Content-Security-Policy allows scripts by SHA-256 hash only (no 'unsafe-inline'), each hash
 *   that of an inline script of the page, and boot.js's checks run first;
 * - a blank standard workbook downloads before any file is opened;
 * - the workbook with errors (test/fixtures/fix-typed-values.xlsx) opened through the file input
 *   shows the CLI's findings; 规范数据 applied, the downloaded copy holds the values the CLI's `fix`
 *   writes;
 * - 总结: the downloaded .docx has the summary text of the CLI's .docx (word/document.xml equal);
 * - 汇总 over the four roll-up samples (several files through one input) downloads their roll-up;
 * - on a simulated Internet Explorer (documentMode) or pre-Chromium-76 browser, boot.js's Chinese
 *   message instead of the app;
 * - no request left the page, no Web Worker started, no console error (a CSP violation is one).
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { createHash } from "node:crypto";
import JSZip from "jszip";
import { type Browser, type Page } from "playwright-core";
import { launchChromium } from "./support/serve-dist";
import { cli } from "./support/cli";
import { readWorkbook } from "../../src/adapters/xlsx";
import { analyzeWorkbook, standardV1 } from "../../src/core";
import PAGE_TARGETS from "../../scripts/page-targets.js";

const ROOT = resolve(__dirname, "../..");
const SINGLE = join(ROOT, "dist", PAGE_TARGETS.singleFileName);
const OUT = join(ROOT, "test-results", "offline-file");
const MAILED = join(OUT, "received");
const ERRORS = join(ROOT, "test", "fixtures", "fix-typed-values.xlsx");
const SAMPLE = join(ROOT, "samples", "community-2023-h1.xlsx");
const ROLLUP = join(ROOT, "samples", "rollup");

let browser: Browser;
let page: Page;
const blocked: string[] = [];
const workers: string[] = [];
const consoleErrors: string[] = [];

async function download(click: () => Promise<unknown>, name: string): Promise<{ file: string; suggested: string }> {
  const [d] = await Promise.all([page.waitForEvent("download", { timeout: 60000 }), click()]);
  const file = join(OUT, name);
  await d.saveAs(file);
  return { file, suggested: d.suggestedFilename() };
}

async function openFile(path: string): Promise<void> {
  const name = path.slice(path.lastIndexOf("/") + 1);
  await page.getByTestId("local-file-input").setInputFiles(path);
  await page.getByTestId("local-file-status").filter({ hasText: `正在使用：${name}` }).waitFor({ timeout: 30000 });
}

beforeAll(async () => {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(MAILED, { recursive: true });
  // Alone in its folder: nothing beside it to load.
  copyFileSync(SINGLE, join(MAILED, PAGE_TARGETS.singleFileName));
  browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1024, height: 900 }, acceptDownloads: true, locale: "zh-CN" });
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (/^(file|data|blob):/i.test(url)) return route.continue();
    blocked.push(url);
    return route.abort();
  });
  page = await context.newPage();
  page.on("console", (m) => m.type() === "error" && consoleErrors.push(m.text()));
  page.on("pageerror", (e) => consoleErrors.push(String(e)));
  page.on("worker", (w) => workers.push(w.url()));
  // Any request at all, whether the route saw it or not (file: included), is listed here.
  page.on("request", (r) => {
    const url = r.url();
    if (!/^(data|blob):/i.test(url) && url !== pathToFileURL(join(MAILED, PAGE_TARGETS.singleFileName)).href) blocked.push(`request: ${url}`);
  });
  await page.goto(pathToFileURL(join(MAILED, PAGE_TARGETS.singleFileName)).href);
}, 60000);

afterAll(async () => {
  await browser?.close();
});

describe("网页版 as one file (创文台账助手网页版.html from file://, offline)", () => {
  it("loads from disk: every script inline and allowed by its hash, boot.js first", async () => {
    await page.getByTestId("local-file-status").waitFor({ timeout: 30000 });
    expect(page.url()).toMatch(/^file:\/\//);
    expect(await page.title()).toBe("创文台账助手 · 网页版");
    expect(await page.getByText("不会上传").first().isVisible()).toBe(true);
    expect(await page.locator("script[src]").count()).toBe(0);
    const html = readFileSync(SINGLE, "utf8");
    const csp = /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1] ?? "";
    const scriptSrc = (csp.split(";").map((d) => d.trim()).find((d) => d.startsWith("script-src ")) ?? "").split(/\s+/).slice(1);
    expect(scriptSrc.length).toBeGreaterThanOrEqual(2);
    expect(scriptSrc).not.toContain("'unsafe-inline'");
    expect(csp).toContain("default-src 'none'");
    const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
    expect(inline.map((code) => `'sha256-${createHash("sha256").update(code, "utf8").digest("base64")}'`)).toEqual(scriptSrc);
    expect(inline[0]).toContain("boot.js");
    // boot.js ran (it marks nothing on a supported browser, but its listener is there) and the app rendered.
    expect(await page.evaluate(() => document.documentElement.getAttribute("data-unsupported"))).toBeNull();
  });

  it("downloads a blank standard workbook before any file is opened", async () => {
    const { file, suggested } = await download(() => page.getByTestId("local-file-download").click(), "blank.xlsx");
    expect(suggested).toBe("标准台账.xlsx");
    const analysis = analyzeWorkbook(await readWorkbook(readFileSync(file)), standardV1);
    expect(analysis.findings.filter((f) => f.rule === "sheet.missing")).toEqual([]);
  });

  it("opens the workbook with errors through the file input: the CLI's findings", async () => {
    await openFile(ERRORS);
    // The `正在使用：…` status, focused after opening, gets no focus ring (new-user test 55, D24: a heavy black box at 360 px).
    expect(await page.getByTestId("local-file-status").evaluate((el) => { (el as HTMLElement).focus(); return getComputedStyle(el).outlineStyle; })).toBe("none");
    await page.getByRole("tab", { name: "校验" }).click();
    await page.getByRole("button", { name: "校验", exact: true }).click();
    await page.getByTestId("check-summary").waitFor({ timeout: 30000 });
    const expected = (JSON.parse(cli("check", ERRORS, "--json")) as { findings: { sheet: string; cell?: string; severity: string }[] }).findings.map((f) => `${f.sheet}!${f.cell ?? ""} ${f.severity}`).sort();
    const shown = (await page.locator("[data-finding]").evaluateAll((els) => els.map((el) => `${el.getAttribute("data-finding")} ${el.getAttribute("data-severity")}`))).sort();
    expect(expected.length).toBeGreaterThan(0);
    expect(shown).toEqual(expected);
  });

  it("规范数据: applied and downloaded, the copy holds the values the CLI's fix writes", async () => {
    await page.getByRole("button", { name: "规范数据", exact: true }).click();
    await page.getByTestId("fix-count").waitFor({ timeout: 20000 });
    await page.getByRole("button", { name: /^修改所选/ }).click();
    await page.getByTestId("fix-applied").waitFor({ timeout: 20000 });
    const { file, suggested } = await download(() => page.getByTestId("local-file-download").click(), "fixed.xlsx");
    expect(suggested).toBe("fix-typed-values-已处理.xlsx");
    const cliFixed = join(OUT, "cli-fixed.xlsx");
    cli("fix", ERRORS, "-o", cliFixed);
    const [a, b] = await Promise.all([readWorkbook(readFileSync(file)), readWorkbook(readFileSync(cliFixed))]);
    expect(a.sheets.map((s) => s.name)).toEqual(b.sheets.map((s) => s.name));
    for (const sheet of standardV1.sheets.filter((s) => s.kind !== "generated").map((s) => s.sheet)) {
      expect({ sheet, values: a.sheets.find((s) => s.name === sheet)?.values }).toEqual({ sheet, values: b.sheets.find((s) => s.name === sheet)?.values });
    }
  });

  it("总结: the downloaded .docx holds the CLI's summary text (word/document.xml equal)", async () => {
    await openFile(SAMPLE);
    // The 网页版 checks a file once opened (new-user test 45, D20): 总结 shows its preview without 生成总结预览.
    await page.getByTestId("local-file-checked").waitFor({ timeout: 30000 });
    await page.getByRole("tab", { name: "总结" }).click();
    await page.getByTestId("narrative").waitFor({ timeout: 30000 });
    expect(await page.getByRole("button", { name: "生成总结预览" }).count()).toBe(0);
    const { file, suggested } = await download(() => page.getByRole("button", { name: "导出 Word" }).click(), "summary.docx");
    expect(suggested).toBe("幸福里社区居委会-2023年上半年-工作总结.docx");
    const today = new Date();
    const date = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, "0")}-${String(today.getDate()).padStart(2, "0")}`;
    const cliDocx = join(OUT, "cli-summary.docx");
    cli("summarize", SAMPLE, "-o", cliDocx, "--date", date);
    const [ours, theirs] = await Promise.all([JSZip.loadAsync(readFileSync(file)), JSZip.loadAsync(readFileSync(cliDocx))]);
    const doc = await ours.file("word/document.xml")!.async("string");
    expect(doc).toContain("幸福里社区");
    expect(doc).toBe(await theirs.file("word/document.xml")!.async("string"));
  });

  it("汇总: the four roll-up samples give a workbook whose 汇总 sheet has their units", async () => {
    await page.getByRole("tab", { name: "标准表" }).click();
    await page.getByRole("textbox", { name: /^汇总单位名称/u }).fill("城南街道办事处");
    const names = readdirSync(ROLLUP).filter((n) => n.endsWith(".xlsx")).sort();
    await page.getByTestId("rollup-files").setInputFiles(names.map((n) => join(ROLLUP, n)));
    await page.getByTestId("rollup-summary").filter({ hasText: "汇总 4 个单位" }).waitFor({ timeout: 60000 });
    const { file } = await download(() => page.getByRole("button", { name: "下载汇总台账" }).click(), "rollup.xlsx");
    const rollup = await readWorkbook(readFileSync(file));
    const text = JSON.stringify(rollup.sheets.find((s) => s.name === "汇总")?.values ?? null);
    for (const n of names) {
      const unit = analyzeWorkbook(await readWorkbook(readFileSync(join(ROLLUP, n))), standardV1).facts.profile.unitName;
      expect({ unit, found: text.includes(unit) }).toEqual({ unit, found: true });
    }
  });

  it("on Internet Explorer or a browser older than the targets, says so in Chinese (boot.js), no blank page", async () => {
    const simulations: Array<[string, () => void, string]> = [
      ["IE (documentMode)", () => Object.defineProperty(document, "documentMode", { value: 11, configurable: true }), "此浏览器无法运行创文台账助手网页版"],
      ["before Chromium 76 (no Promise.allSettled)", () => delete (Promise as unknown as { allSettled?: unknown }).allSettled, "此浏览器版本过旧"],
    ];
    for (const [name, simulate, message] of simulations) {
      const context = await browser.newContext({ locale: "zh-CN" });
      await context.route("**/*", (route) => (/^(file|data|blob):/i.test(route.request().url()) ? route.continue() : route.abort()));
      const old = await context.newPage();
      await old.addInitScript(simulate);
      await old.goto(pathToFileURL(join(MAILED, PAGE_TARGETS.singleFileName)).href);
      const alert = old.getByRole("alert");
      await alert.waitFor({ timeout: 10000 });
      expect({ name, text: await alert.textContent() }).toEqual({ name, text: expect.stringContaining(message) });
      expect(await old.getByTestId("local-file-status").count()).toBe(0);
      await context.close();
    }
  });

  it("sent no request, started no worker and logged no console error", () => {
    expect(blocked).toEqual([]);
    expect(workers).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
