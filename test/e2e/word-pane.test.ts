/** @jest-environment node */
/**
 * E2E: the built task pane (dist/) in headless Chromium, as the Word pane in preview mode
 * (`taskpane.html?preview=1&host=word`, no Office): choose the sample workbook through the file
 * input (exceljs loads as a lazy chunk in the browser), see its check results and narrative, then
 * 新建文档打开 and 插入到光标处 against the preview's fake Word host, which records the Base64
 * .docx it would have sent. Saves docs/images/pane-word.png (360×800) and checks that nothing
 * overflows at 320 px, and that no Content-Security-Policy violation occurred. Also: findings are
 * plain items (no workbook to jump to), a workbook without the standard sheets gets one message
 * and is refused as the Excel pane refuses it (the core's exportGate: no 仍然生成), and dropping two
 * files says which one is used.
 */
import { mkdirSync, readFileSync } from "node:fs";
import { type Server } from "node:http";
import { join, resolve } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { type Browser, type Page } from "playwright-core";
import { launchChromium, serveDist } from "./support/serve-dist";

const ROOT = resolve(__dirname, "../..");
const DIST = join(ROOT, "dist");
const IMAGES = join(ROOT, "docs", "images");
const OUT = join(ROOT, "test-results", "word-pane");
const SAMPLE = join(ROOT, "samples", "community-2023-h1.xlsx");
const TITLE = "幸福里社区居委会2023年上半年创建文明城市工作总结";

let server: Server;
let browser: Browser;
let page: Page;
let base = "";
const cspViolations: string[] = [];
const pageErrors: string[] = [];


/** What the preview's fake Word host recorded. */
interface Recorded {
  calls: { kind: string; location?: string; length?: number }[];
  opened: string[];
  inserted: { base64: string; location: string }[];
}

const recorded = (): Promise<Recorded> =>
  page.evaluate(() => {
    const fake = (window as unknown as { __campaignLedgerWord: { calls: { kind: string; base64?: string; location?: string }[]; opened: string[]; inserted: { base64: string; location: string }[] } }).__campaignLedgerWord;
    return {
      calls: fake.calls.map((c) => ({ kind: c.kind, location: c.location, length: c.base64?.length })),
      opened: fake.opened,
      inserted: fake.inserted,
    };
  });

async function documentXml(base64: string): Promise<string> {
  const zip = await JSZip.loadAsync(Buffer.from(base64, "base64"));
  // Its text (w:t runs joined): a long title's line break is no text.
  const xml = (await zip.file("word/document.xml")?.async("string")) ?? "";
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/gu)].map((m) => m[1]).join("");
}

const noOverflow = () => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  mkdirSync(IMAGES, { recursive: true });
  ({ server, base } = await serveDist(DIST));
  browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 360, height: 800 }, acceptDownloads: true, locale: "zh-CN" });
  await context.route(/appsforoffice|office365\.cn/, (route) => route.abort());
  page = await context.newPage();
  page.on("console", (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) cspViolations.push(m.text());
  });
  page.on("pageerror", (e) => pageErrors.push(e.message));
});

afterAll(async () => {
  await browser?.close();
  await new Promise((ok) => server?.close(ok));
});

describe("Word pane in preview mode (?preview=1&host=word)", () => {
  it("paints the Word pane without Office.js and without loading exceljs", async () => {
    const scripts: string[] = [];
    page.on("request", (r) => {
      if (r.resourceType() === "script") scripts.push(r.url());
    });
    await page.goto(`${base}/taskpane.html?preview=1&host=word`);
    await page.waitForSelector("html[data-ready='true'][data-pane='word']", { timeout: 20000 });
    await page.getByTestId("word-pane").waitFor();
    expect(await page.getByText("预览模式").isVisible()).toBe(true);
    expect(await page.getByRole("button", { name: "选择台账文件（.xlsx）" }).isVisible()).toBe(true);
    expect(await page.getByRole("tab").count()).toBe(0);
    expect(scripts.some((u) => /\/(exceljs|xlsx)\./.test(u))).toBe(false);
  });

  it("reads the chosen workbook in the browser: 0 errors, the narrative title", async () => {
    await page.getByTestId("word-file").setInputFiles(SAMPLE);
    await page.getByTestId("word-check-summary").waitFor({ timeout: 30000 });
    const summary = (await page.getByTestId("word-check-summary").textContent()) ?? "";
    expect(summary).toMatch(/^校验结果：(未发现问题。|0 个错误，\d+ 个提示)$/);
    expect(await page.locator("[data-severity='error']").count()).toBe(0);
    expect(await page.getByTestId("word-file-name").textContent()).toMatch(/^community-2023-h1\.xlsx（\d+ KB）$/);
    // Findings are not buttons here: there is no open workbook to jump to.
    expect(await page.locator("button[data-finding]").count()).toBe(0);
    const narrative = page.getByTestId("narrative");
    await narrative.waitFor();
    expect(await narrative.locator("h2").textContent()).toBe(TITLE);
    expect(await page.getByTestId("word-insert-note").textContent()).toContain("页眉、页脚（页码）不会随之插入");
    // The 成文日期 typed in 基本信息 signs, and is shown as the 落款 writes it (new-user test 45, D21).
    expect(await page.getByTestId("word-sign-date-typed").textContent()).toBe("2023年7月5日");
    expect(await page.getByTestId("word-sign-off").count()).toBe(0);
  });

  it("新建文档打开 sends a .docx with the title to createDocument(base64).open()", async () => {
    await page.getByRole("button", { name: "新建文档打开" }).click();
    await page.getByTestId("word-result").waitFor({ timeout: 30000 });
    const text = (await page.getByTestId("word-result").textContent()) ?? "";
    const m = /已生成 (\d+) KB 的 Word 文档（预览模式）/.exec(text);
    expect(m).not.toBeNull();
    expect(text).toContain("新文档打开");
    const rec = await recorded();
    expect(rec.calls.map((c) => c.kind)).toEqual(["createDocument", "open"]);
    expect(rec.opened).toHaveLength(1);
    const bytes = Buffer.from(rec.opened[0], "base64");
    expect(Math.round(bytes.length / 1024)).toBe(Number(m![1]));
    const xml = await documentXml(rec.opened[0]);
    expect(xml).toContain(TITLE);
    const zip = await JSZip.loadAsync(bytes);
    expect(Object.keys(zip.files).some((n) => /^word\/footer\d*\.xml$/.test(n))).toBe(true);

    // The preview offers the file it would have sent.
    const [download] = await Promise.all([page.waitForEvent("download", { timeout: 30000 }), page.getByRole("button", { name: "下载 .docx" }).click()]);
    expect(download.suggestedFilename()).toBe("幸福里社区居委会-2023年上半年-工作总结.docx");
    await download.saveAs(join(OUT, "summary.docx"));

    await page.evaluate(() => window.scrollTo(0, 0));
    await page.mouse.move(0, 0);
    expect(await noOverflow()).toBe(true);
    await page.screenshot({ path: join(IMAGES, "pane-word.png") });
  });

  it("插入到光标处 sends the same document to getSelection().insertFileFromBase64 (Replace at a bare cursor)", async () => {
    await page.getByRole("switch", { name: "在总结中写入先进典型姓名" }).click();
    await page.getByRole("button", { name: "插入到光标处" }).click();
    await page.getByTestId("word-result").filter({ hasText: "插入到光标处" }).waitFor({ timeout: 30000 });
    const rec = await recorded();
    expect(rec.calls.slice(2).map((c) => c.kind)).toEqual(["getSelection", "insertFileFromBase64"]);
    expect(rec.inserted).toHaveLength(1);
    expect(rec.inserted[0].location).toBe("Replace");
    expect(await documentXml(rec.inserted[0].base64)).toContain(TITLE);
  });

  it("refuses a file that is not a workbook with a one-line Chinese reason", async () => {
    await page.getByTestId("word-file").setInputFiles({ name: "台账.xlsx", mimeType: "text/csv", buffer: Buffer.from("单位名称,报告期\n幸福里,上半年\n", "utf8") });
    await page.getByText(/无法读取“台账\.xlsx”：不是 \.xlsx 文件/).waitFor({ timeout: 20000 });
    expect(await page.getByTestId("narrative").count()).toBe(0);
  });

  it("asks before generating from a workbook with errors (仍然生成), and shows them grouped", async () => {
    // The sample with one mistake typed in: more rectified (已整改数) than found (发现数).
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(SAMPLE);
    const sheet = wb.getWorksheet("问题整改");
    if (!sheet) throw new Error("sample lacks 问题整改");
    expect([sheet.getCell("B2").value, sheet.getCell("C2").value]).toEqual(["发现数", "已整改数"]);
    sheet.getCell("C3").value = Number(sheet.getCell("B3").value) + 5;
    const file = join(OUT, "with-error.xlsx");
    await wb.xlsx.writeFile(file);

    await page.getByTestId("word-file").setInputFiles(file);
    await page.getByTestId("word-check-summary").filter({ hasText: /[1-9]\d* 个错误/ }).waitFor({ timeout: 30000 });
    // Errors open the grouped list (FindingList) by themselves.
    const finding = page.locator("[data-severity='error'][data-finding^='问题整改!']").first();
    await finding.waitFor();
    expect(await finding.textContent()).toMatch(/已整改数/);
    expect(await finding.evaluate((el) => el.tagName)).toBe("DIV");
    expect(await page.locator("button[data-finding]").count()).toBe(0);

    const before = (await recorded()).calls.length;
    await page.getByRole("button", { name: "新建文档打开" }).click();
    await page.getByText(/工作簿有 \d+ 个错误/).waitFor();
    expect((await recorded()).calls.length).toBe(before);
    expect(await page.getByRole("button", { name: "关闭" }).getAttribute("title")).toBe("关闭");
    await page.getByRole("button", { name: "仍然生成" }).click();
    await page.getByTestId("word-result").waitFor({ timeout: 30000 });
    expect((await recorded()).opened).toHaveLength(2);
    // The row the document leaves out, in the CLI's and the 总结 tab's words (new-user test 31, D12).
    expect(await page.getByTestId("summary-left-out").allTextContents()).toContain("问题整改第3行（已整改数大于发现数）未写入总结");
    expect(await noOverflow()).toBe(true);
    await page.screenshot({ path: join(OUT, "pane-word-errors.png"), fullPage: false });
  });

  it("without a 成文日期 in 基本信息, a sign-off long after the period is said and the pane's own 成文日期 field signs (new-user test 45, D21)", async () => {
    // The notice pointed to 基本信息, which the Word pane cannot edit.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(SAMPLE);
    const profile = wb.getWorksheet("基本信息");
    if (!profile) throw new Error("sample lacks 基本信息");
    let cleared = 0;
    profile.eachRow((row) => {
      if (row.getCell(1).value === "成文日期") {
        row.getCell(2).value = null;
        cleared++;
      }
    });
    expect(cleared).toBe(1);
    const file = join(OUT, "no-doc-date.xlsx");
    await wb.xlsx.writeFile(file);
    await page.getByTestId("word-file").setInputFiles(file);
    await page.getByTestId("word-sign-off").waitFor({ timeout: 30000 });
    expect(await page.getByTestId("word-sign-off").textContent()).toMatch(/请核对：可在下方“成文日期”中选择落款日期。$/u);
    await page.getByTestId("word-sign-date").fill("2023-07-10");
    await page.getByTestId("word-sign-off").waitFor({ state: "detached", timeout: 10000 });
    expect(await page.getByTestId("narrative").textContent()).toContain("2023年7月10日");
  });

  it("says once that a workbook without the standard sheets is not a standard ledger, and refuses it as the Excel pane does (no 仍然生成)", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Sheet1").addRows([["单位", "活动次数"], ["幸福里", 12]]);
    const file = join(OUT, "not-standard.xlsx");
    await wb.xlsx.writeFile(file);
    await page.getByTestId("word-file").setInputFiles(file);
    const message = page.getByTestId("word-not-standard");
    await message.waitFor({ timeout: 30000 });
    expect(await message.textContent()).toMatch(/^这不是标准台账：缺少基本信息、组织保障等 9 个工作表。/);
    // One message, not a finding per missing sheet; it points to 导入已有台账, and no summary is previewed yet.
    expect(await page.locator("[data-finding]").filter({ hasText: "缺少工作表" }).count()).toBe(0);
    expect(await message.textContent()).toContain("用“导入已有台账”把数据导入标准台账");
    expect(await page.getByTestId("sources").count()).toBe(0);
    const open = page.getByRole("button", { name: "新建文档打开" });
    expect(await open.isDisabled()).toBe(true);
    expect(await page.getByRole("button", { name: "插入到光标处" }).isDisabled()).toBe(true);
    await page.mouse.move(0, 0);
    await page.screenshot({ path: join(OUT, "pane-word-not-standard.png") });
    // The core's exportGate refuses it whatever the user chose, in the Excel pane's words.
    expect(await page.getByTestId("word-refused").textContent()).toBe("这不是标准台账，不能生成总结。");
    expect(await page.getByRole("button", { name: "仍然生成" }).count()).toBe(0);
    const before = (await recorded()).opened.length;
    await open.click({ force: true });
    expect((await recorded()).opened).toHaveLength(before);
  });

  it("uses the first of two dropped files and says so", async () => {
    const bytes = readFileSync(SAMPLE).toString("base64");
    await page.getByTestId("word-drop").evaluate((zone, b64) => {
      const data = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const dt = new DataTransfer();
      dt.items.add(new File([data], "第一个.xlsx"));
      dt.items.add(new File([data], "第二个.xlsx"));
      zone.dispatchEvent(new DragEvent("drop", { dataTransfer: dt, bubbles: true, cancelable: true }));
    }, bytes);
    await page.getByTestId("word-note").waitFor({ timeout: 10000 });
    expect(await page.getByTestId("word-note").textContent()).toBe("只能选择一个台账文件，已使用第一个：第一个.xlsx");
    await page.getByTestId("word-check-summary").waitFor({ timeout: 30000 });
    expect(await page.getByTestId("word-file-name").textContent()).toMatch(/^第一个\.xlsx（\d+ KB）$/);
  });

  it("fits at 320 px and raised no CSP violation or page error", async () => {
    await page.setViewportSize({ width: 320, height: 700 });
    expect(await noOverflow()).toBe(true);
    expect(cspViolations).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
