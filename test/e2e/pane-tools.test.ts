/** @jest-environment node */
/**
 * E2E: the built task pane (dist/) in headless Chromium, preview mode, for the tools added by
 * issues #4, #5 and #7, under a no-network guard (issue #5 item 6):
 *
 * - any fetch / XHR / WebSocket / EventSource / beacon, or any request to a host other than
 *   127.0.0.1, fails the suite (the office.js CDN request is blocked and allowed to fail);
 * - 规范数据: plan, untick a group, apply, the hidden 修改记录 sheet, 撤销 restoring the typed text;
 * - 汇总: the four samples/rollup/*.xlsx plus a broken file through the file input, per-unit
 *   results, the combined .xlsx downloaded and read with exceljs in Node (rows from every unit);
 *   the open (in-memory) workbook is left alone;
 * - 上期对比: the 2022 workbook gives 较上年同期 sentences and the 附表; another unit is refused;
 *   the exported .docx holds the comparison;
 * - cell text is never HTML: `<img src=x onerror=alert(1)>` shows as text in findings and preview;
 * - the 附表's figures stay on one line at 320 px (the table scrolls in its own box);
 * - a file that is not a standard ledger is named as such (汇总: unreadable with its reason; 上期对比);
 * - the English UI (`?lang=en-US`): plurals, ASCII colons, the note that messages are Chinese.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { type Server } from "node:http";
import { join, resolve } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { type Browser, type BrowserContext, type Page } from "playwright-core";
import { launchChromium, serveDist } from "./support/serve-dist";
import { readWorkbook } from "../../src/adapters/xlsx";
import { analyzeWorkbook, standardV1 } from "../../src/core";

const ROOT = resolve(__dirname, "../..");
const DIST = join(ROOT, "dist");
const OUT = join(ROOT, "test-results", "pane-tools");
const IMAGES = join(ROOT, "docs", "images");
const ROLLUP = join(ROOT, "samples", "rollup");
const OFFICE_CDN = /appsforoffice\.microsoft\.com|office365\.cn/;
const XSS = "<img src=x onerror=alert(1)>";

let server: Server;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let base = "";
/** Network use that must not happen. */
const violations: string[] = [];
/** Dialogs opened by the page (an executed alert would land here). */
const dialogs: string[] = [];


/** Records every network API the page calls, whatever the host (installed before any script runs). */
function netSpy(): void {
  const w = window as unknown as { __net: string[] };
  w.__net = [];
  const note = (what: string) => w.__net.push(what);
  const fetch0 = window.fetch;
  window.fetch = (...args: Parameters<typeof fetch>) => {
    note(`fetch ${String(args[0])}`);
    return fetch0(...args);
  };
  const open0 = XMLHttpRequest.prototype.open;
  XMLHttpRequest.prototype.open = function (this: XMLHttpRequest, ...args: unknown[]) {
    note(`xhr ${String(args[1])}`);
    return (open0 as (...a: unknown[]) => void).apply(this, args);
  } as typeof XMLHttpRequest.prototype.open;
  const WS = window.WebSocket;
  window.WebSocket = function (url: string | URL) {
    note(`websocket ${String(url)}`);
    return new WS(url);
  } as unknown as typeof WebSocket;
  if (navigator.sendBeacon) navigator.sendBeacon = (url: string | URL) => (note(`beacon ${String(url)}`), false);
  const ES = window.EventSource;
  if (ES) window.EventSource = function (url: string | URL) {
    note(`eventsource ${String(url)}`);
    return new ES(url);
  } as unknown as typeof EventSource;
}

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  ({ server, base } = await serveDist(DIST));
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 360, height: 800 }, acceptDownloads: true, locale: "zh-CN" });
  await context.addInitScript(netSpy);
  await context.route("**/*", (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === "127.0.0.1") return route.continue();
    if (!OFFICE_CDN.test(url.hostname)) violations.push(`request ${url.href}`);
    return route.abort();
  });
  context.on("request", (req) => {
    if (["fetch", "xhr", "websocket", "eventsource"].includes(req.resourceType())) violations.push(`${req.resourceType()} ${req.url()}`);
  });
  page = await context.newPage();
  page.on("websocket", (ws) => violations.push(`websocket ${ws.url()}`));
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
});

afterAll(async () => {
  await browser?.close();
  await new Promise((ok) => server?.close(ok));
});

const tab = (name: string) => page.getByRole("tab", { name });
type Cell = { value: unknown } | undefined;
type PreviewModel = { sheets: { name: string; visibility: string; rows: (Cell[] | undefined)[] }[] };

/** A cell of the preview's in-memory workbook (1-based row and column). */
const cell = (sheet: string, row: number, col: number) =>
  page.evaluate(
    ([s, r, c]) => (window as unknown as { __campaignLedgerPreview: { model: PreviewModel } }).__campaignLedgerPreview.model.sheets.find((x) => x.name === s)?.rows[(r as number) - 1]?.[(c as number) - 1]?.value ?? null,
    [sheet, row, col] as const,
  );
/** Types into the preview workbook as a user would (onChanged fires). */
const edit = (sheet: string, address: string, value: string | number) =>
  page.evaluate(([s, a, v]) => (window as unknown as { __campaignLedgerPreview: { edit(s: string, a: string, v: unknown): Promise<void> } }).__campaignLedgerPreview.edit(s, a, v), [sheet, address, value] as const);
const sheetNames = () => page.evaluate(() => (window as unknown as { __campaignLedgerPreview: { model: PreviewModel } }).__campaignLedgerPreview.model.sheets.map((s) => `${s.name}:${s.visibility}`));

/** What the spy saw on pages already left. */
const spiedBefore: string[] = [];

async function open(query = ""): Promise<void> {
  spiedBefore.push(...(await page.evaluate(() => (window as unknown as { __net?: string[] }).__net ?? []).catch(() => [])));
  await page.goto(`${base}/taskpane.html?preview=1${query}`);
  await page.waitForSelector("html[data-ready='true']", { timeout: 20000 });
  await page.waitForFunction(() => !!(window as unknown as { __campaignLedgerPreview?: unknown }).__campaignLedgerPreview);
}

describe("pane tools in preview mode, offline", () => {
  it("loads without any network use but the blocked office.js", async () => {
    await open();
    expect(await tab("校验").isVisible()).toBe(true);
    expect(violations).toEqual([]);
  });

  it("the guard itself works: the spy sees a fetch, the pane's CSP stops it, the router records a request that escapes", async () => {
    await page.evaluate(() => fetch("http://203.0.113.9/probe").catch(() => undefined));
    const spied = await page.evaluate(() => (window as unknown as { __net: string[] }).__net.splice(0));
    expect(spied).toEqual(["fetch http://203.0.113.9/probe"]);
    expect(violations).toEqual([]); // connect-src 'self': never left the page
    const blank = await context.newPage(); // no CSP here
    await blank.evaluate(() => fetch("http://203.0.113.9/escaped").catch(() => undefined));
    await blank.close();
    expect(violations.some((v) => v.includes("203.0.113.9/escaped"))).toBe(true);
    violations.splice(0);
  });

  it("规范数据: lists the changes, applies the ticked ones in one step, logs them and undoes them", async () => {
    await edit("宣传投放", "C3", "１２０");
    await edit("活动台账", "A3", "2023.6.5");
    await edit("志愿服务", "C3", "120多");
    await tab("校验").click();
    await page.getByRole("button", { name: "规范数据", exact: true }).click();
    await page.getByTestId("fix-count").waitFor({ timeout: 20000 });
    expect(await page.locator("[data-change='宣传投放!C3']").textContent()).toContain("“１２０” → 120");
    expect(await page.locator("[data-change='活动台账!A3']").count()).toBe(1);
    await page.locator("input[data-group='活动台账!3']").click(); // keep the date as typed
    await page.evaluate(() => document.querySelector("[data-testid='fix-panel']")?.scrollIntoView());
    await page.mouse.move(0, 0);
    await page.screenshot({ path: join(IMAGES, "pane-fix.png") });
    await page.getByRole("button", { name: /^修改所选/ }).click();
    await page.getByTestId("fix-applied").waitFor({ timeout: 20000 });
    expect(await page.getByTestId("fix-applied").textContent()).toContain("修改记录");
    expect(await cell("宣传投放", 3, 3)).toBe(120);
    expect(await cell("志愿服务", 3, 3)).toBe(120);
    expect(await cell("活动台账", 3, 1)).toBe("2023.6.5");
    expect(await sheetNames()).toContain("修改记录:Hidden");

    await page.getByRole("button", { name: /^撤销上次规范/ }).click();
    await page.getByTestId("fix-undone").waitFor({ timeout: 20000 });
    expect(await cell("宣传投放", 3, 3)).toBe("１２０");
    expect(await cell("志愿服务", 3, 3)).toBe("120多");
    expect(await page.getByRole("button", { name: /^撤销上次规范/ }).count()).toBe(0);
  });

  it("汇总: reads the units' files with progress, lists each unit, and downloads a combined workbook", async () => {
    await tab("标准表").click();
    const before = await sheetNames();
    const names = readdirSync(ROLLUP).filter((n) => n.endsWith(".xlsx")).sort();
    const broken = join(OUT, "坏文件.xlsx");
    writeFileSync(broken, "单位,数量\n甲,1\n");
    const empty = join(OUT, "empty.xlsx");
    writeFileSync(empty, "");
    // The unit name is required: no files can be chosen before it is typed (issue #12).
    const pickButton = page.getByRole("button", { name: "选择台账文件…", exact: true });
    expect(await pickButton.isDisabled()).toBe(true);
    expect(await page.getByText("请先填写汇总单位名称").count()).toBe(1);
    await page.getByRole("textbox", { name: /^汇总单位名称/u }).fill("城南街道办事处");
    expect(await pickButton.isDisabled()).toBe(false);
    await page.getByTestId("rollup-files").setInputFiles([...names.map((n) => join(ROLLUP, n)), broken, empty]);
    await page.getByTestId("rollup-summary").waitFor({ timeout: 60000 });
    expect(await page.getByTestId("rollup-summary").textContent()).toMatch(/^汇总 4 个单位，共 \d+ 行；未汇总 2 个。$/);
    expect(await page.locator("[data-testid='rollup-units'] li[data-status='included']").count()).toBe(4);
    // The notes the CLI lists under 提示: names not copied (new-user test 15, D6).
    expect(await page.getByTestId("rollup-notes").textContent()).toContain("幸福里社区居委会的先进典型中有1处填了姓名（如先进典型!E3），姓名属个人信息，汇总台账只汇总人数，不复制姓名");
    const unreadable = await page.locator("[data-testid='rollup-units'] li[data-status='unreadable']").allTextContents();
    // Only the file name and why: no unit name, no row or finding counts.
    expect(unreadable).toEqual([expect.stringMatching(/^未汇总坏文件\.xlsx：无法读取——不是 \.xlsx 文件/), expect.stringMatching(/^未汇总empty\.xlsx：无法读取——文件为空/)]);
    expect(unreadable.join()).not.toMatch(/行|错误/);
    // Switching tabs keeps the roll-up and the typed name (issue #12).
    await tab("校验").click();
    await tab("标准表").click();
    expect(await page.getByTestId("rollup-summary").textContent()).toMatch(/^汇总 4 个单位/);
    expect(await page.getByRole("textbox", { name: /^汇总单位名称/u }).inputValue()).toBe("城南街道办事处");
    expect(await page.getByRole("button", { name: "在新工作簿中打开" }).count()).toBe(0); // no Excel.createWorkbook in preview
    await page.evaluate(() => document.querySelector("[data-testid='rollup-panel'] h2")?.scrollIntoView());
    await page.mouse.move(0, 0);
    await page.screenshot({ path: join(IMAGES, "pane-rollup.png") });

    const [download] = await Promise.all([page.waitForEvent("download", { timeout: 60000 }), page.getByRole("button", { name: "下载汇总台账" }).click()]);
    expect(download.suggestedFilename()).toBe("城南街道办事处-2023年上半年-汇总台账.xlsx");
    const file = join(OUT, "rollup.xlsx");
    await download.saveAs(file);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
    const expected = await Promise.all(names.map(async (n) => analyzeWorkbook(await readWorkbook(readFileSync(join(ROLLUP, n))), standardV1).facts.profile.unitName));
    for (const sheet of ["活动台账", "志愿服务"]) {
      const ws = wb.getWorksheet(sheet)!;
      const header = (ws.getRow(2).values as unknown[]).indexOf("填报单位");
      expect(header).toBeGreaterThan(0);
      const units = new Set<string>();
      ws.eachRow((row, n) => n > 2 && units.add(String(row.getCell(header).value ?? "")));
      for (const u of expected) expect({ sheet, u, found: units.has(u) }).toEqual({ sheet, u, found: true });
    }
    expect(wb.getWorksheet("汇总")).toBeDefined();
    // No 单位类型 chosen: judged from the name, as the CLI without --type.
    expect(analyzeWorkbook(await readWorkbook(readFileSync(file)), standardV1).facts.profile.unitType).toBe("街道");
    expect(await sheetNames()).toEqual(before); // the open workbook is never written
  });

  it("汇总: a unit with errors is left out with its first errors by cell; 仍然汇总 includes it as 强制汇总 (issue #12)", async () => {
    const names = readdirSync(ROLLUP).filter((n) => n.endsWith(".xlsx")).sort();
    // 光明社区 with one 已整改数 far above its 发现数: an error of that row.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(join(ROLLUP, "guangming-2023-h1.xlsx")) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet("问题整改")!;
    const header = (ws.getRow(2).values as unknown[]).indexOf("已整改数");
    expect(header).toBeGreaterThan(0);
    ws.getRow(3).getCell(header).value = 99999;
    const errors = join(OUT, "光明社区-有错误.xlsx");
    writeFileSync(errors, Buffer.from(await wb.xlsx.writeBuffer()));
    // The combining unit's 单位类型 chosen in the pane reaches the workbook (new-user test 7, D9).
    await page.getByRole("combobox", { name: /^汇总单位类型/u }).selectOption("乡镇");
    await page.getByTestId("rollup-files").setInputFiles([...names.filter((n) => !n.startsWith("guangming")).map((n) => join(ROLLUP, n)), errors]);
    await page.getByTestId("rollup-summary").filter({ hasText: "未汇总 1 个" }).waitFor({ timeout: 60000 });
    const left = page.locator("[data-testid='rollup-units'] li[data-status='errors']");
    expect(await left.count()).toBe(1);
    const lines = await left.getByTestId("rollup-unit-error").allTextContents();
    expect(lines.length).toBeGreaterThan(0);
    expect(lines[0]).toMatch(/^问题整改![A-Z]+3：/u);
    expect(await left.textContent()).not.toMatch(/--force/u);
    await page.getByTestId("rollup-force").click();
    await page.getByTestId("rollup-summary").filter({ hasText: "汇总 4 个单位" }).waitFor({ timeout: 60000 });
    expect(await page.locator("[data-testid='rollup-units'] li[data-status='forced']").count()).toBe(1);
    expect(await page.getByTestId("rollup-force").count()).toBe(0);
    const [download] = await Promise.all([page.waitForEvent("download", { timeout: 60000 }), page.getByRole("button", { name: "下载汇总台账" }).click()]);
    const file = join(OUT, "rollup-forced.xlsx");
    await download.saveAs(file);
    expect(analyzeWorkbook(await readWorkbook(readFileSync(file)), standardV1).facts.profile.unitType).toBe("乡镇");
    await page.getByRole("combobox", { name: /^汇总单位类型/u }).selectOption("");
  });

  it("上期对比: compares with last year's workbook, adds the 附表, refuses another unit, exports the comparison", async () => {
    await tab("总结").click();
    await page.getByTestId("narrative").waitFor({ timeout: 20000 });
    await page.getByTestId("compare-file").setInputFiles(join(ROOT, "samples", "community-2022-h1.xlsx"));
    await page.getByTestId("compare-status").filter({ hasText: "已与" }).waitFor({ timeout: 30000 });
    expect(await page.getByTestId("narrative").textContent()).toContain("较上年同期");
    await page.getByRole("switch", { name: "附主要指标统计表" }).click();
    await page.getByTestId("appendix").waitFor();
    expect(await page.getByTestId("appendix").textContent()).toContain("上年同期");

    const [download] = await Promise.all([
      page.waitForEvent("download", { timeout: 30000 }),
      (async () => {
        await page.getByRole("button", { name: "导出 Word" }).click();
        const anyway = page.getByRole("button", { name: "仍然导出" });
        if (await anyway.isVisible({ timeout: 2000 }).catch(() => false)) await anyway.click();
      })(),
    ]);
    const docx = join(OUT, "compared.docx");
    await download.saveAs(docx);
    const xml = (await (await JSZip.loadAsync(readFileSync(docx))).file("word/document.xml")?.async("string")) ?? "";
    expect(xml).toContain("较上年同期");
    expect(xml).toContain("主要指标统计表");

    // The 附表's figures stay on one line at 320 px; the table scrolls in its own box, never the page.
    await page.setViewportSize({ width: 320, height: 700 });
    const table = page.getByTestId("appendix").locator("figure").first();
    await table.scrollIntoViewIfNeeded();
    // Every phrase of a value cell ("552多", "增长43.8%") on one line, wherever the cell breaks.
    const phrases = await table.locator("td:not(:first-child) > span").evaluateAll((spans) =>
      spans.map((span) => {
        const range = document.createRange();
        range.selectNodeContents(span);
        return { text: span.textContent, nowrap: getComputedStyle(span).whiteSpace, lines: new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size };
      }),
    );
    expect(phrases.length).toBeGreaterThan(0);
    expect(phrases.filter((c) => c.nowrap !== "nowrap" || c.lines > 1)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await page.mouse.move(0, 0);
    await page.screenshot({ path: join(OUT, "appendix-320.png") });
    await page.setViewportSize({ width: 360, height: 800 });

    // A workbook that is not a standard ledger is named as such, not blamed for its unit name — and
    // a failed pick keeps the comparison already made, naming the file that failed (issue #12).
    const other = new ExcelJS.Workbook();
    other.addWorksheet("Sheet1").addRows([["单位", "活动次数"], ["幸福里", 12]]);
    const notLedger = join(OUT, "not-a-ledger.xlsx");
    await other.xlsx.writeFile(notLedger);
    await page.getByTestId("compare-file").setInputFiles(notLedger);
    await page.getByTestId("compare-error").filter({ hasText: "标准台账" }).waitFor({ timeout: 30000 });
    expect(await page.getByTestId("compare-error").textContent()).toBe("not-a-ledger.xlsx：所选文件不是标准台账（缺少基本信息、组织保障等工作表），无法对比。");
    expect(await page.getByTestId("compare-status").textContent()).toContain("已与");
    expect(await page.getByTestId("narrative").textContent()).toContain("较上年同期");

    await page.getByTestId("compare-file").setInputFiles(join(ROOT, "samples", "street-2023.xlsx"));
    await page.getByTestId("compare-status").filter({ hasText: "无法对比" }).waitFor({ timeout: 30000 });
    expect(await page.getByTestId("compare-status").textContent()).toContain("不是同一单位");
    expect(await page.getByTestId("compare-error").count()).toBe(0);
    expect(await page.getByTestId("narrative").textContent()).not.toContain("较上年同期");
  });

  it("打开本地台账文件: the user's own workbook replaces the sample, every tab works on it; never inside Office", async () => {
    await open();
    expect(await page.getByTestId("local-file-status").textContent()).toContain("当前是示例工作簿");
    await page.getByTestId("local-file-input").setInputFiles(join(ROOT, "samples", "bureau-2023-h1.xlsx"));
    await page.getByTestId("local-file-status").filter({ hasText: "正在使用：bureau-2023-h1.xlsx" }).waitFor({ timeout: 30000 });
    await tab("校验").click();
    await page.getByRole("button", { name: "校验", exact: true }).click();
    await page.getByTestId("check-summary").waitFor({ timeout: 20000 });
    await tab("总结").click();
    await page.getByTestId("narrative").filter({ hasText: "城南区城市管理局2023年上半年创建文明城市工作总结" }).waitFor({ timeout: 20000 });
    // A file that is not a workbook: said, and the open one stays.
    const bad = join(OUT, "not-xlsx.xlsx");
    writeFileSync(bad, "a,b\n1,2\n");
    await page.getByTestId("local-file-input").setInputFiles(bad);
    await page.getByRole("alert").filter({ hasText: "无法打开 not-xlsx.xlsx" }).waitFor({ timeout: 20000 });
    expect(await page.getByTestId("local-file-status").textContent()).toContain("正在使用：bureau-2023-h1.xlsx");
    // Inside Office (Office adds _host_Info to the address) the picker is never offered; with
    // Office.js unloadable (blocked here) the pane says so and never shows the sample (issue #14 item 4).
    await page.goto(`${base}/taskpane.html?preview=1&_host_Info=Excel$Win32$16.01$zh-CN`);
    await page.waitForSelector("html[data-ready='true']", { timeout: 20000 });
    expect(await page.getByText("无法连接 Excel").count()).toBe(1);
    expect(await page.getByText(/未能加载 Office\.js（微软的 Office 脚本库）/u).count()).toBe(1);
    expect(await page.getByTestId("local-file").count()).toBe(0);
    expect(await page.evaluate(() => !!(window as unknown as { __campaignLedgerPreview?: unknown }).__campaignLedgerPreview)).toBe(false);
  });

  it("shows cell text as text, never as HTML, in findings and in the preview", async () => {
    await open();
    await edit("活动台账", "B3", XSS);
    await edit("活动台账", "D3", XSS);
    await edit("基本信息", "B3", XSS);
    await tab("校验").click();
    await page.getByRole("button", { name: "校验", exact: true }).click();
    await page.getByTestId("check-summary").filter({ hasText: /个错误/ }).waitFor({ timeout: 20000 });
    const findings = await page.locator("[data-finding]").allTextContents();
    expect(findings.some((t) => t.includes(XSS))).toBe(true);
    await tab("总结").click();
    await page.getByTestId("narrative").waitFor({ timeout: 20000 });
    expect(await page.getByTestId("narrative").textContent()).toContain(XSS);
    expect(await page.locator("img[src='x']").count()).toBe(0);
    await page.waitForTimeout(300);
    expect(dialogs).toEqual([]);
  });

  it("English UI (?lang=en-US): plurals, ASCII colons, and a note that finding messages are Chinese", async () => {
    await open("&lang=en-US");
    expect(await page.locator("html").getAttribute("lang")).toBe("en-US");
    expect(await page.locator(".fui-MessageBar").first().textContent()).toContain("in-memory copy (of the sample workbook, or of the file you opened)");
    await tab("Check").click();
    await page.getByRole("button", { name: "Check", exact: true }).click();
    await page.getByTestId("check-summary").waitFor({ timeout: 20000 });
    await edit("问题整改", "C3", 999);
    await page.getByTestId("check-summary").filter({ hasText: /error/ }).waitFor({ timeout: 20000 });
    const summary = (await page.getByTestId("check-summary").textContent()) ?? "";
    expect(summary).toMatch(/^\d+ errors?, \d+ warnings?$/);
    expect(summary).not.toMatch(/\b1 (errors|warnings)\b/);
    expect(await page.getByTestId("findings-language").textContent()).toBe("Messages are in Chinese, as in the workbook's standard.");
    const counts = await page.locator("[data-finding-group] .fui-Caption1").allTextContents();
    for (const c of counts) expect(c).not.toMatch(/\b1 (errors|warnings)\b/);
    await tab("Summary").click();
    await page.getByTestId("narrative").waitFor({ timeout: 20000 });
    expect(await page.getByTestId("sources").textContent()).toMatch(/^Sources:/);
    const notice = (await page.getByTestId("summary-errors").textContent()) ?? "";
    expect(notice).toMatch(/^The ledger has (1 error|([2-9]|\d\d+) errors): figures in the summary below may be wrong\./);
    await page.mouse.move(0, 0);
    await page.screenshot({ path: join(OUT, "english-summary.png") });
  });

  it("used no network at all", async () => {
    const spied = [...spiedBefore, ...(await page.evaluate(() => (window as unknown as { __net: string[] }).__net))];
    expect({ violations, spied }).toEqual({ violations: [], spied: [] });
  });
});
