/** @jest-environment node */
/**
 * E2E of the 网页版 (issue #13): dist/app.html served locally in headless Chromium, every request
 * to any other host aborted and recorded. The same front end as the pane over the browser host:
 *
 * - the page loads no Office.js and says that files stay on this computer;
 * - the workbook with errors (test/fixtures/fix-typed-values.xlsx) opened through the file input:
 *   the CLI's findings; a finding selected shows its cell in the read-only grid view;
 * - 规范数据 applied and the downloaded copy re-read: the values the CLI's `fix` writes;
 * - 总结: the downloaded .docx has every part but docProps/core.xml identical to the CLI's for the
 *   same workbook and date;
 * - a roll-up sample opened by drop; 汇总 over the four roll-up samples downloads a workbook whose
 *   汇总 sheet has their rows;
 * - a blank standard workbook downloaded without any file;
 * - zero requests to other hosts, no console error.
 */
import { mkdirSync, readdirSync, readFileSync } from "node:fs";
import { type Server } from "node:http";
import { join, resolve } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { type Browser, type Page } from "playwright-core";
import { launchChromium, serveDist } from "./support/serve-dist";
import { cli } from "./support/cli";
import { readWorkbook } from "../../src/adapters/xlsx";
import { analyzeWorkbook, standardV1 } from "../../src/core";

const ROOT = resolve(__dirname, "../..");
const DIST = join(ROOT, "dist");
const OUT = join(ROOT, "test-results", "app");
const IMAGES = join(ROOT, "docs", "images");
const ERRORS = join(ROOT, "test", "fixtures", "fix-typed-values.xlsx");
const ROLLUP = join(ROOT, "samples", "rollup");

let server: Server;
let browser: Browser;
let page: Page;
let base = "";
const elsewhere: string[] = [];
const consoleErrors: string[] = [];

async function download(click: () => Promise<unknown>, name: string): Promise<{ file: string; suggested: string }> {
  const [d] = await Promise.all([page.waitForEvent("download", { timeout: 60000 }), click()]);
  const file = join(OUT, name);
  await d.saveAs(file);
  return { file, suggested: d.suggestedFilename() };
}

/** The two .xlsx files have the same sheets, and the same values on every data sheet of the standard. */
async function expectSameLedgers(ours: string, theirs: string): Promise<void> {
  const [a, b] = await Promise.all([readWorkbook(readFileSync(ours)), readWorkbook(readFileSync(theirs))]);
  expect(a.sheets.map((s) => s.name)).toEqual(b.sheets.map((s) => s.name));
  for (const sheet of standardV1.sheets.filter((s) => s.kind !== "generated").map((s) => s.sheet)) {
    expect({ sheet, values: a.sheets.find((s) => s.name === sheet)?.values }).toEqual({ sheet, values: b.sheets.find((s) => s.name === sheet)?.values });
  }
}

async function openFile(path: string): Promise<void> {
  const name = path.slice(path.lastIndexOf("/") + 1);
  await page.getByTestId("local-file-input").setInputFiles(path);
  await page.getByTestId("local-file-status").filter({ hasText: `正在使用：${name}` }).waitFor({ timeout: 30000 });
  // The focus is on what changed, not dropped to <body> (new-user test 2, D12).
  await page.waitForFunction(() => document.activeElement?.getAttribute("data-testid") === "local-file-status", undefined, { timeout: 5000 });
}

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  ({ server, base } = await serveDist(DIST));
  browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1024, height: 900 }, acceptDownloads: true, locale: "zh-CN" });
  await context.route((url) => url.hostname !== "127.0.0.1", (route) => {
    elsewhere.push(route.request().url());
    return route.abort();
  });
  page = await context.newPage();
  page.on("console", (m) => m.type() === "error" && consoleErrors.push(m.text()));
  page.on("pageerror", (e) => consoleErrors.push(String(e)));
  await page.goto(`${base}/app.html`);
}, 60000);

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((done) => server?.close(() => done()));
});

describe("网页版 (app.html)", () => {
  it("loads without Office.js and says that files stay on this computer", async () => {
    await page.getByTestId("local-file-status").waitFor({ timeout: 30000 });
    expect(await page.title()).toBe("创文台账助手 · 网页版");
    expect(await page.getByText("不会上传").first().isVisible()).toBe(true);
    expect(await page.evaluate(() => typeof (window as unknown as { Office?: unknown }).Office)).toBe("undefined");
    expect(await page.locator("script[src*='office.js']").count()).toBe(0);
    // Dual-core browsers are told to use their Chromium core (issue #14).
    expect(await page.locator("meta[name='renderer']").getAttribute("content")).toBe("webkit");
    await page.mouse.move(0, 0);
    await page.screenshot({ path: join(IMAGES, "app.png") });
  });

  it("downloads a blank standard workbook before any file is opened", async () => {
    const { file, suggested } = await download(() => page.getByTestId("local-file-download").click(), "blank.xlsx");
    expect(suggested).toBe("标准台账.xlsx");
    const analysis = analyzeWorkbook(await readWorkbook(readFileSync(file)), standardV1);
    expect(analysis.findings.filter((f) => f.rule === "sheet.missing")).toEqual([]);
  });

  it("before a file is open, 校验 and 总结 say to open one (new-user test D14); a file that is not .xlsx is refused in plain words (D9)", async () => {
    for (const tab of ["校验", "总结"]) {
      await page.getByRole("tab", { name: tab }).click();
      await page.getByTestId("browser-no-file").waitFor({ timeout: 10000 });
      expect(await page.getByRole("button", { name: tab === "校验" ? "校验" : "生成总结预览" }).isVisible()).toBe(false);
    }
    await page.getByTestId("local-file-input").setInputFiles(join(ROOT, "test", "fixtures", "exit2-csv-renamed.xlsx"));
    const refused = page.getByText(/^无法打开 exit2-csv-renamed\.xlsx/u).first();
    await refused.waitFor({ timeout: 30000 });
    expect(await refused.textContent()).not.toMatch(/Excel 返回错误|not-xlsx/u);
    // A .csv is pointed to 导入已有台账, which reads it (new-user test 7, D15).
    await page.getByTestId("local-file-input").setInputFiles(join(ROOT, "test", "import-corpus", "ok.platform-export-gbk.csv"));
    await page.getByText(/^无法打开 ok\.platform-export-gbk\.csv：.*可在“标准表”中用“导入已有台账”读入它。$/u).first().waitFor({ timeout: 30000 });
    await page.getByTestId("browser-no-file").waitFor({ timeout: 10000 });
    await page.getByRole("tab", { name: "标准表" }).click();
    // 标准表 asks for a file too: no repair of a workbook that does not exist (new-user test 3, D2).
    await page.getByTestId("template-no-file").waitFor({ timeout: 10000 });
    expect(await page.getByRole("button", { name: "生成或修复标准表" }).count()).toBe(0);
    // 导入已有台账 with no file open speaks of no opened file: only what to do (new-user test 6, D11).
    await page.getByTestId("import-open").click();
    await page.getByText("请用“另选文件”选择本单位自己的表格（.xlsx 或 .csv）。", { exact: true }).waitFor({ timeout: 10000 });
    expect(await page.getByRole("button", { name: "识别表格" }).count()).toBe(0);
  });

  it("标准表: repairs an opened workbook and downloads the result, the values the CLI's upgrade writes", async () => {
    const damaged = join(ROOT, "test", "fixtures", "upgrade-damaged.xlsx");
    await openFile(damaged);
    await page.getByRole("button", { name: "生成或修复标准表" }).click();
    await page.getByText(/^标准表已就绪/u).first().waitFor({ timeout: 30000 });
    const { file, suggested } = await download(() => page.getByTestId("local-file-download").click(), "repaired.xlsx");
    expect(suggested).toBe("upgrade-damaged-已处理.xlsx");
    const cliRepaired = join(OUT, "cli-repaired.xlsx");
    cli("upgrade", damaged, "-o", cliRepaired);
    await expectSameLedgers(file, cliRepaired);
  });

  it("opens the workbook with errors: the CLI's findings, a finding's cell in the grid view", async () => {
    await openFile(ERRORS);
    const findings = (JSON.parse(cli("check", ERRORS, "--json")) as { findings: { sheet: string; cell?: string; severity: string }[] }).findings;
    // Checked as soon as it is open, and said under its name (new-user test 45, D20: nothing until 校验 was pressed).
    const count = (severity: string): number => findings.filter((f) => f.severity === severity).length;
    await page.getByTestId("local-file-checked").waitFor({ timeout: 30000 });
    expect(await page.getByTestId("local-file-checked").textContent()).toBe(`校验：${count("error")} 个错误，${count("warning")} 个提示（详见“校验”页）`);
    await page.getByRole("tab", { name: "校验" }).click();
    await page.getByRole("button", { name: "校验", exact: true }).click();
    await page.getByTestId("check-summary").waitFor({ timeout: 30000 });
    const expected = findings.map((f) => `${f.sheet}!${f.cell ?? ""} ${f.severity}`).sort();
    const shown = (await page.locator("[data-finding]").evaluateAll((els) => els.map((el) => `${el.getAttribute("data-finding")} ${el.getAttribute("data-severity")}`))).sort();
    expect(shown).toEqual(expected);
    await page.locator("[data-finding='宣传投放!C8']").click();
    const grid = page.getByTestId("grid-view");
    await grid.waitFor({ timeout: 10000 });
    expect(await grid.textContent()).toContain("若干");
    // The view opens right under the clicked finding, in sight (new-user test 2, D11).
    const [item, view] = [await page.locator("[data-finding='宣传投放!C8']").first().boundingBox(), await grid.boundingBox()];
    expect(view && item && view.y - (item.y + item.height)).toBeGreaterThanOrEqual(0);
    expect(view && item && view.y - (item.y + item.height)).toBeLessThan(40);
    expect(await grid.evaluate((el) => { const r = el.getBoundingClientRect(); return r.top >= 0 && r.top < window.innerHeight; })).toBe(true);
    // Mistakes are typed into the bundled sample only, never into the user's file (new-user test D6).
    expect(await page.getByRole("button", { name: "在示例工作簿中加入几处常见错误" }).count()).toBe(0);
    expect(await page.getByTestId("browser-no-file").count()).toBe(0);
  });

  it("规范数据: applied and downloaded, the copy holds the values the CLI's fix writes", async () => {
    await page.getByRole("button", { name: "规范数据", exact: true }).click();
    await page.getByTestId("fix-count").waitFor({ timeout: 20000 });
    // The cells nothing can read are listed as the CLI's fix lists them (new-user test 21, D12).
    const unreadable = (JSON.parse(cli("fix", ERRORS, "-o", join(OUT, "cli-fixed-json.xlsx"), "--json")) as { unreadable: { sheet: string; cell: string; message: string }[] }).unreadable;
    expect(unreadable.length).toBeGreaterThan(0);
    expect(await page.getByTestId("fix-unreadable").locator("li").allTextContents()).toEqual(unreadable.map((f) => `${f.sheet}!${f.cell}：${f.message}`));
    // Dates as the CLI writes them (`→ 2023年6月5日`), never ISO.
    const lines = await page.locator("[data-change]").allTextContents();
    expect(lines.some((l) => /→ \d{4}年\d{1,2}月\d{1,2}日/u.test(l))).toBe(true);
    expect(lines.filter((l) => /→ \d{4}-\d{2}-\d{2}/u.test(l))).toEqual([]);
    await page.getByRole("button", { name: /^修改所选/ }).click();
    await page.getByTestId("fix-applied").waitFor({ timeout: 20000 });
    await page.waitForFunction(() => document.activeElement?.getAttribute("data-testid") === "fix-applied", undefined, { timeout: 5000 });
    const { file, suggested } = await download(() => page.getByTestId("local-file-download").click(), "fixed.xlsx");
    expect(suggested).toBe("fix-typed-values-已处理.xlsx");
    const cliFixed = join(OUT, "cli-fixed.xlsx");
    cli("fix", ERRORS, "-o", cliFixed);
    await expectSameLedgers(file, cliFixed);
  });

  it("总结: the downloaded .docx equals the CLI's (every part but docProps/core.xml)", async () => {
    await openFile(join(ROOT, "samples", "community-2023-h1.xlsx"));
    // The 网页版 checks a file once opened (new-user test 45, D20): 总结 shows its preview without 生成总结预览.
    await page.getByTestId("local-file-checked").waitFor({ timeout: 30000 });
    await page.getByRole("tab", { name: "总结" }).click();
    await page.getByTestId("narrative").waitFor({ timeout: 30000 });
    expect(await page.getByRole("button", { name: "生成总结预览" }).count()).toBe(0);
    // No advice for the Office add-in in the 网页版 (new-user test 4, D10).
    expect(await page.getByTestId("summary-word-note").textContent()).toBe("下载的 Word 文档可在 Word 或 WPS 中打开、修改后上报；也可以复制文本后粘贴到其他文档。");
    expect(await page.getByText("Mac 桌面版").count()).toBe(0);
    const { file, suggested } = await download(() => page.getByRole("button", { name: "导出 Word" }).click(), "summary.docx");
    expect(suggested).toBe("幸福里社区居委会-2023年上半年-工作总结.docx");
    const today = new Date();
    const date = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, "0")}-${String(today.getDate()).padStart(2, "0")}`;
    const cliDocx = join(OUT, "cli-summary.docx");
    cli("summarize", join(ROOT, "samples", "community-2023-h1.xlsx"), "-o", cliDocx, "--date", date);
    const [a, b] = await Promise.all([JSZip.loadAsync(readFileSync(file)), JSZip.loadAsync(readFileSync(cliDocx))]);
    const parts = (z: JSZip) => Object.keys(z.files).filter((n) => !z.files[n].dir && n !== "docProps/core.xml").sort();
    expect(parts(a)).toEqual(parts(b));
    for (const name of parts(a)) expect({ name, same: (await a.file(name)!.async("string")) === (await b.file(name)!.async("string")) }).toEqual({ name, same: true });
  });

  it("opens a file dropped on the page", async () => {
    const name = readdirSync(ROLLUP).filter((n) => n.endsWith(".xlsx")).sort()[0];
    const bytes = [...readFileSync(join(ROLLUP, name))];
    const target = page.getByTestId("local-file");
    const dataTransfer = await page.evaluateHandle(({ bytes, name }) => {
      const dt = new DataTransfer();
      dt.items.add(new File([new Uint8Array(bytes)], name, { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" }));
      return dt;
    }, { bytes, name });
    await target.dispatchEvent("drop", { dataTransfer });
    await page.getByTestId("local-file-status").filter({ hasText: `正在使用：${name}` }).waitFor({ timeout: 30000 });
    // Anywhere on the page, not only on the strip (new-user test 3, D9): the browser's default (leaving the page) is prevented.
    const other = readdirSync(ROLLUP).filter((n) => n.endsWith(".xlsx")).sort()[1];
    const second = await page.evaluateHandle(({ bytes, name }) => {
      const dt = new DataTransfer();
      dt.items.add(new File([new Uint8Array(bytes)], name, { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" }));
      return dt;
    }, { bytes: [...readFileSync(join(ROLLUP, other))], name: other });
    await page.locator("main").dispatchEvent("dragover", { dataTransfer: second });
    expect(await page.getByTestId("local-file").getAttribute("data-dragging")).toBe("true");
    const prevented = await page.locator("main").evaluate((el, dt) => {
      const e = new DragEvent("drop", { dataTransfer: dt as DataTransfer, bubbles: true, cancelable: true });
      el.dispatchEvent(e);
      return e.defaultPrevented;
    }, second);
    expect(prevented).toBe(true);
    await page.getByTestId("local-file-status").filter({ hasText: `正在使用：${other}` }).waitFor({ timeout: 30000 });
  });

  it("汇总: the four units' files give a workbook whose 汇总 sheet has their rows", async () => {
    await page.getByRole("tab", { name: "标准表" }).click();
    await page.getByRole("textbox", { name: /^汇总单位名称/u }).fill("城南街道办事处");
    const names = readdirSync(ROLLUP).filter((n) => n.endsWith(".xlsx")).sort();
    await page.getByTestId("rollup-files").setInputFiles(names.map((n) => join(ROLLUP, n)));
    await page.getByTestId("rollup-summary").filter({ hasText: "汇总 4 个单位" }).waitFor({ timeout: 60000 });
    const { file } = await download(() => page.getByRole("button", { name: "下载汇总台账" }).click(), "rollup.xlsx");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
    const summary = wb.getWorksheet("汇总");
    expect(summary).toBeDefined();
    const text = JSON.stringify(summary!.getSheetValues());
    const units = await Promise.all(names.map(async (n) => analyzeWorkbook(await readWorkbook(readFileSync(join(ROLLUP, n))), standardV1).facts.profile.unitName));
    for (const u of units) expect({ u, found: text.includes(u) }).toEqual({ u, found: true });
    // The page's 汇总 sheet is the CLI's, row for row below its title (one core; new-user test 18, D21 counts).
    const theirs = join(OUT, "rollup-cli.xlsx");
    cli("rollup", ...names.map((n) => join(ROLLUP, n)), "-o", theirs, "--unit", "城南街道办事处", "--force");
    const [a, b] = await Promise.all([readWorkbook(readFileSync(file)), readWorkbook(readFileSync(theirs))]);
    const rows = (w: typeof a): (readonly unknown[])[] => (w.sheets.find((x) => x.name === "汇总")?.values ?? []).slice(1);
    expect(rows(a).length).toBeGreaterThan(4);
    expect(rows(a)).toEqual(rows(b));
  });

  it("rows typed below a table: the page says its own steps (标准表 → 生成或修复标准表, then the download), never 拖动表格右下角 (new-user test 30, D12)", async () => {
    await openFile(join(ROOT, "test", "fixtures", "rows-outside-table.xlsx"));
    await page.getByRole("tab", { name: "校验" }).click();
    await page.getByRole("button", { name: "校验", exact: true }).click();
    // 10 since new-user test 42, D14: `孙医生` in 先进典型!E3 is a form of address (honour.nickname), as the CLI says too.
    await page.getByTestId("check-summary").filter({ hasText: "0 个错误，10 个提示" }).waitFor({ timeout: 30000 });
    const shown = await page.locator("[data-finding='活动台账!A4']").textContent();
    expect(shown).toContain("第4–5行的数据在表格范围之外，已照常读取；请在“标准表”页用“生成或修复标准表”把表格范围扩展到这些行，再用“下载处理后的台账”保存，以便下拉列表和公式生效。");
    expect(await page.getByText("拖动表格右下角").count()).toBe(0);
  });

  it("sent no request to any other host and logged no console error", () => {
    expect(elsewhere).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
