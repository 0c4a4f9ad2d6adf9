/** @jest-environment node */
/**
 * E2E of 导入已有台账 (issue #16) in headless Chromium, the built dist/ served locally:
 *
 * - the pane in preview (taskpane.html?preview=1): an ad-hoc workbook of test/import-corpus opened
 *   through the picker; 导入已有台账 → its sheet → 识别表格; one column re-assigned in its dropdown;
 *   the profile fields asked for filled; 确认导入. The in-memory workbook's standard rows equal those
 *   the CLI's `import` writes with the same mapping, the source sheet is unchanged, a guess's cell
 *   can be selected, and 校验 finds no error;
 * - the 网页版 (app.html): the same screen on the opened file, the result downloaded; the download
 *   holds the same standard sheets as the CLI's `import` output with the same mapping. A GBK CSV
 *   picked for import (另选文件) imports as the CLI imports it.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { type Server } from "node:http";
import { join, resolve } from "node:path";
import { type Browser, type Page } from "playwright-core";
import { launchChromium, serveDist } from "./support/serve-dist";
import { cli } from "./support/cli";
import { readWorkbook } from "../../src/adapters/xlsx";
import { analyseLedger, ledgersOf, standardV1, type WorkbookSnapshot } from "../../src/core";

const ROOT = resolve(__dirname, "../..");
const DIST = join(ROOT, "dist");
const OUT = join(ROOT, "test-results", "import");
const CORPUS = join(ROOT, "test", "import-corpus");
const ACTIVITIES = join(CORPUS, "ok.activity-list.xlsx");
const CSV = join(CORPUS, "ok.platform-export-gbk.csv");

/** The options the corpus file is imported with (what the user types when asked). */
const PROFILE: Record<string, string> = { 单位名称: "幸福里社区居委会", 单位类型: "社区", 报告年度: "2023", 报告期: "上半年" };
const CLI_OPTION: Record<string, string> = { 单位名称: "--unit", 单位类型: "--type", 报告年度: "--year", 报告期: "--period" };

/** The one re-assignment the tests make: the activity list's 活动地点 goes to 备注 instead of 地点. */
const MAPPING = { format: "campaign-ledger/import-mapping", version: 1, sheets: [{ sheet: "活动开展", block: 1, kind: "活动台账", columns: { 活动地点: "备注" } }] };

let server: Server;
let browser: Browser;
let base = "";
const consoleErrors: string[] = [];

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  ({ server, base } = await serveDist(DIST));
  browser = await launchChromium();
}, 60000);

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((done) => server?.close(() => done()));
});

async function newPage(): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 420, height: 900 }, acceptDownloads: true, locale: "zh-CN" });
  await context.route((url) => url.hostname !== "127.0.0.1", (route) => route.abort());
  const page = await context.newPage();
  page.on("pageerror", (e) => consoleErrors.push(String(e)));
  return page;
}

/** The CLI's `import` of `file` with the profile options the page asked for and `mapping`; its workbook. */
async function cliImport(file: string | readonly string[], asked: readonly string[], mapping: object | undefined, name: string): Promise<WorkbookSnapshot> {
  const out = join(OUT, `${name}.cli.xlsx`);
  const args = ["import", ...(typeof file === "string" ? [file] : file), "-o", out, ...asked.flatMap((item) => [CLI_OPTION[item], PROFILE[item]])];
  if (mapping) {
    const m = join(OUT, `${name}.mapping.json`);
    writeFileSync(m, JSON.stringify(mapping));
    args.push("--mapping", m);
  }
  cli(...args);
  return readWorkbook(readFileSync(out));
}

/** Values of the standard data sheets (not the generated ones), sheet by sheet. */
function standardValues(snapshot: WorkbookSnapshot): Record<string, unknown> {
  const names = standardV1.sheets.filter((s) => s.kind !== "generated").map((s) => s.sheet);
  return Object.fromEntries(names.map((n) => [n, snapshot.sheets.find((s) => s.name === n)?.values]));
}

/** The ledgers' data rows (row 3 on), blanks as "", trailing blank rows dropped; formula columns left out. */
function ledgerRows(rowsOf: (sheet: string) => readonly (readonly unknown[])[]): Record<string, unknown[][]> {
  const out: Record<string, unknown[][]> = {};
  for (const l of ledgersOf(standardV1)) {
    const rows = rowsOf(l.sheet).slice(2).map((r) => l.columns.map((c, j) => (c.type === "formula" ? "" : (r[j] ?? ""))));
    while (rows.length && rows[rows.length - 1].every((v) => v === "")) rows.pop();
    if (rows.length) out[l.sheet] = rows;
  }
  return out;
}

/** 导入已有台账 → the only sheet chosen → 识别表格; then the asked profile fields filled; returns them. */
async function proposeAndFill(page: Page, read = true): Promise<string[]> {
  if (read) {
    await page.getByTestId("import-open").click();
    await page.getByRole("button", { name: "识别表格" }).click();
  }
  await page.getByTestId("import-block").first().waitFor({ timeout: 30000 });
  const asked = await page.locator("[data-profile]").evaluateAll((els) => els.map((e) => e.getAttribute("data-profile") ?? ""));
  for (const item of asked) {
    const field = page.locator(`[data-profile='${item}']`);
    if ((await field.getAttribute("role")) === "combobox") {
      await field.click();
      await page.getByRole("listbox").getByRole("option", { name: PROFILE[item], exact: true }).click(); // not the 汇总单位类型 select's options
    } else await field.fill(PROFILE[item]);
  }
  return asked;
}

/** Re-assigns 活动地点 to 备注 in its dropdown, and checks the screen says it was chosen. */
async function reassign(page: Page): Promise<void> {
  const dropdown = page.getByRole("combobox", { name: "“活动地点”导入到" });
  expect(await dropdown.textContent()).toContain("地点");
  await dropdown.click();
  await page.getByRole("option", { name: "备注", exact: true }).click();
  const row = page.locator("tr[data-column='活动地点']");
  await row.getByText("已指定").waitFor();
  expect(await page.getByRole("combobox", { name: "“活动地点”导入到" }).textContent()).toContain("备注");
}

describe("导入已有台账 in the pane (preview)", () => {
  it("imports an office's own sheet into the standard sheets of the open workbook, as the CLI does with the same mapping", async () => {
    const page = await newPage();
    await page.goto(`${base}/taskpane.html?preview=1`);
    await page.waitForSelector("html[data-ready='true']", { timeout: 30000 });
    await page.getByTestId("local-file-input").setInputFiles(ACTIVITIES);
    await page.getByTestId("local-file-status").filter({ hasText: "ok.activity-list.xlsx" }).waitFor({ timeout: 30000 });
    await page.getByTestId("import-open").click();
    await page.locator("[data-sheet='活动开展']").waitFor({ timeout: 30000 });
    await page.getByRole("button", { name: "识别表格" }).click();
    const asked = await proposeAndFill(page, false);
    // The kind with its confidence, a dropdown per column with its own.
    expect(await page.getByTestId("import-kind-confidence").first().textContent()).toMatch(/^把握 \d+%$/u);
    expect(await page.locator("tr[data-column='活动时间']").textContent()).toMatch(/日期.*把握 \d+%/u);
    await reassign(page);
    await page.getByTestId("import-will-write").filter({ hasText: "将写入：活动台账" }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await page.getByTestId("import-panel").screenshot({ path: join(OUT, "pane-import-review.png") });
    await page.getByTestId("import-confirm").click();
    await page.getByTestId("import-done").waitFor({ timeout: 30000 });
    expect(await page.getByTestId("import-done").textContent()).toMatch(/已导入：活动台账 \d+ 行/u);
    expect(await page.getByTestId("import-cells").textContent()).toMatch(/非空单元格共 \d+ 个，导入 \d+ 个。未导入：/u);
    await page.screenshot({ path: join(OUT, "pane-import-done.png"), fullPage: true });

    const model = await page.evaluate(() => {
      const fake = (window as unknown as { __campaignLedgerPreview: { model: { sheets: { name: string; rows: ({ value?: unknown } | undefined)[][] }[] } } }).__campaignLedgerPreview;
      return fake.model.sheets.map((s) => ({ name: s.name, rows: Array.from(s.rows ?? [], (r) => Array.from(r ?? [], (c) => (c?.value === undefined || c?.value === null ? "" : c.value))) }));
    });
    const cliBook = await cliImport(ACTIVITIES, asked, MAPPING, "pane");
    const fromPane = ledgerRows((sheet) => model.find((s) => s.name === sheet)?.rows ?? []);
    const fromCli = ledgerRows((sheet) => (cliBook.sheets.find((s) => s.name === sheet)?.values ?? []).map((r) => r.map((v) => (v === null ? "" : v))));
    expect(fromPane).toEqual(fromCli);
    expect(fromPane["活动台账"].length).toBeGreaterThan(2);
    // The re-assigned column: 地点 empty, the place in 备注.
    const original = await readWorkbook(readFileSync(ACTIVITIES));
    const source = model.find((s) => s.name === "活动开展");
    expect(source?.rows.map((r) => r.map((v) => v)).flat().filter((v) => v !== "")).toEqual(original.sheets[0].values.flat().filter((v) => v !== null && v !== ""));

    // A guess's cell is selected in the workbook.
    const guess = page.locator("[data-testid='import-guesses'] [data-jump]").first();
    const ref = await guess.getAttribute("data-jump");
    await guess.click();
    await page.getByText(`已定位到 ${ref}`).waitFor();
    expect(await page.evaluate(() => (window as unknown as { __campaignLedgerPreview: { model: { selection?: string } } }).__campaignLedgerPreview.model.selection)).toBe(ref);

    // 校验 of the workbook now: the standard sheets exist and hold no error.
    await page.getByRole("tab", { name: "校验" }).click();
    await page.getByRole("button", { name: "校验", exact: true }).click();
    await page.getByTestId("check-summary").waitFor({ timeout: 30000 });
    expect(await page.getByTestId("check-summary").textContent()).toMatch(/^(未发现问题。|0 个错误，\d+ 个提示)$/u);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  }, 120000);
});

describe("导入已有台账 in the 网页版 (app.html)", () => {
  it("imports the opened file and downloads the standard workbook the CLI writes with the same mapping", async () => {
    const page = await newPage();
    await page.goto(`${base}/app.html`);
    await page.getByTestId("local-file-status").waitFor({ timeout: 30000 });
    await page.getByTestId("local-file-input").setInputFiles(ACTIVITIES);
    await page.getByTestId("local-file-status").filter({ hasText: "正在使用：ok.activity-list.xlsx" }).waitFor({ timeout: 30000 });
    const asked = await proposeAndFill(page);
    await reassign(page);
    // At 320 px the table of dropdowns fits: no sideways scrolling (new-user test 5, D9).
    const size = page.viewportSize();
    await page.setViewportSize({ width: 320, height: 800 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    if (size) await page.setViewportSize(size);
    const [d] = await Promise.all([page.waitForEvent("download", { timeout: 60000 }), page.getByTestId("import-confirm").click()]);
    expect(d.suggestedFilename()).toBe("ok.activity-list-标准台账.xlsx");
    const file = join(OUT, "page.xlsx");
    await d.saveAs(file);
    await page.getByTestId("import-done").waitFor();
    const ours = await readWorkbook(readFileSync(file));
    const theirs = await cliImport(ACTIVITIES, asked, MAPPING, "page");
    expect(ours.sheets.map((s) => s.name)).toEqual(theirs.sheets.map((s) => s.name));
    expect(standardValues(ours)).toEqual(standardValues(theirs));
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  }, 120000);

  it("imports a GBK CSV picked for import as the CLI does", async () => {
    const page = await newPage();
    await page.goto(`${base}/app.html`);
    await page.getByTestId("local-file-status").waitFor({ timeout: 30000 });
    await page.getByTestId("import-open").click();
    await page.getByTestId("import-file-input").setInputFiles(CSV);
    await page.getByText("文件：ok.platform-export-gbk.csv").waitFor({ timeout: 30000 });
    await page.getByRole("button", { name: "识别表格" }).click();
    const asked = await proposeAndFill(page, false);
    const [d] = await Promise.all([page.waitForEvent("download", { timeout: 60000 }), page.getByTestId("import-confirm").click()]);
    expect(d.suggestedFilename()).toBe("ok.platform-export-gbk-标准台账.xlsx");
    const file = join(OUT, "page-csv.xlsx");
    await d.saveAs(file);
    const ours = await readWorkbook(readFileSync(file));
    const theirs = await cliImport(CSV, asked, undefined, "page-csv");
    expect(standardValues(ours)).toEqual(standardValues(theirs));
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  }, 120000);

  it("imports an .xlsx and a .csv picked together into one workbook, as the CLI's `import a.xlsx b.csv` (new-user test 7, D8)", async () => {
    const dir = join(ROOT, "docs", "new-user-test-7-files");
    const files = [join(dir, "05-区市场监管局-自制统计表.xlsx"), join(dir, "05b-区市场监管局-宣传品.csv")];
    const page = await newPage();
    await page.goto(`${base}/app.html`);
    await page.getByTestId("local-file-status").waitFor({ timeout: 30000 });
    await page.getByTestId("import-open").click();
    await page.getByTestId("import-file-input").setInputFiles(files);
    await page.getByText("文件：05-区市场监管局-自制统计表.xlsx、05b-区市场监管局-宣传品.csv").waitFor({ timeout: 30000 });
    // Each sheet listed with its file.
    expect(await page.locator("[data-sheet]").evaluateAll((els) => els.map((e) => e.getAttribute("data-sheet")))).toContain("05b-区市场监管局-宣传品.csv·05b-区市场监管局-宣传品");
    await page.getByRole("button", { name: "识别表格" }).click();
    const asked = await proposeAndFill(page, false);
    const [d] = await Promise.all([page.waitForEvent("download", { timeout: 60000 }), page.getByTestId("import-confirm").click()]);
    expect(d.suggestedFilename()).toBe("05-区市场监管局-自制统计表-标准台账.xlsx");
    const file = join(OUT, "page-two.xlsx");
    await d.saveAs(file);
    const ours = await readWorkbook(readFileSync(file));
    const theirs = await cliImport(files, asked, undefined, "page-two");
    expect(standardValues(ours)).toEqual(standardValues(theirs));
    // The new workbook's check, as the CLI's import ends (new-user test 8, D8).
    const check = analyseLedger(theirs);
    expect(await page.getByTestId("import-check").textContent()).toContain(`新台账：${check.errors}个错误、${check.warnings}个提示。`);
    expect(ours.sheets.find((s) => s.name === "宣传投放")?.values.length).toBeGreaterThan(2); // the .csv's rows are in
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  }, 120000);
});
