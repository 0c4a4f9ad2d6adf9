/** @jest-environment node */
/**
 * E2E parity (issue #12 item 3): the same workbooks through the CLI and through each pane in preview
 * mode in headless Chromium, each loaded as a user would (the Excel pane's 打开本地台账文件 picker,
 * the Word pane's file input), give the same findings and the same summary text:
 *
 * - every workbook in samples/;
 * - a roll-up result (the CLI's `rollup` over samples/rollup/): the street's combined text in both;
 * - a workbook with errors (test/fixtures/fix-typed-values.xlsx): the same errors and warnings; its
 *   text as the CLI writes it with `--force` (the Excel pane previews it as it is; the Word pane asks
 *   仍然生成 first and is compared after it);
 * - a workbook with a text cell "=SUM(1,2)" in a number column (test/fixtures/new-user-36-bad-values.xlsx,
 *   new-user test 36, D14): read as text, the same error as in the CLI, never a formula without a result;
 * - a workbook compared with the previous period (`--previous` / the 总结 tab's 与上期对比; the Word
 *   pane has no picker for it, so the Excel pane only);
 * - a workbook started by 开始下一期 (`next`): its 上期指标 compared in the CLI and in both panes.
 *
 * The summary date is today's in both (the CLI's default `--date`, the pane's clock).
 */
import { mkdirSync, mkdtempSync, readdirSync } from "node:fs";
import { type Server } from "node:http";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { type Browser, type Page } from "playwright-core";
import { launchChromium, serveDist } from "./support/serve-dist";
import { cli } from "./support/cli";
import { wordMessage } from "../../src/taskpane/word/word-message";

const ROOT = resolve(__dirname, "../..");
const DIST = join(ROOT, "dist");
const TMP = mkdtempSync(join(tmpdir(), "parity-"));

let server: Server;
let browser: Browser;
let base = "";

/** Findings as one comparable line each: `工作表!单元格 severity 说明`, in the CLI's order. */
function cliFindings(file: string): string[] {
  const json = JSON.parse(cli("check", file, "--json")) as { findings: { severity: string; sheet: string; cell?: string; message: string }[] };
  return json.findings.map((f) => `${f.sheet}!${f.cell ?? ""} ${f.severity} ${f.message}`);
}

/** The summary text lines (title, headings, paragraphs, sign-off) without indentation or blank lines. */
function lines(text: string): string[] {
  return text.split("\n").map((l) => l.replace(/^[\s\u3000]+|[\s\u3000]+$/gu, "")).filter(Boolean);
}

function cliText(file: string, ...extra: string[]): string[] {
  const out = join(TMP, `${Math.random().toString(36).slice(2)}.docx`);
  // The CLI's own report line (`已生成：…docx`) is not part of the text.
  return lines(cli("summarize", file, "-o", out, "--text", "-", ...extra)).filter((l) => !l.startsWith("已生成"));
}

/** The findings the pane lists, in the same shape as {@link cliFindings}. */
async function paneFindings(page: Page): Promise<string[]> {
  return page.locator("[data-finding]").evaluateAll((els) =>
    els.map((el) => {
      const spans = el.querySelectorAll("span");
      const message = spans[spans.length - 1]?.textContent ?? "";
      return `${el.getAttribute("data-finding")} ${el.getAttribute("data-severity")} ${message}`;
    }),
  );
}

/** The narrative preview's lines: title, headings, paragraphs, sign-off and any appendix table (cells tab-separated, as the CLI's text). */
async function paneText(page: Page): Promise<string[]> {
  const texts = await page.getByTestId("narrative").evaluate((article) =>
    [...article.children].map((el) => (el as HTMLElement).innerText),
  );
  return lines(texts.join("\n"));
}

const sorted = (xs: readonly string[]): string[] => [...xs].sort();

beforeAll(async () => {
  mkdirSync(TMP, { recursive: true });
  ({ server, base } = await serveDist(DIST));
  browser = await launchChromium();
  cli("next", current, "-o", started);
}, 60000);

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((done) => server?.close(() => done()));
});

const samples = readdirSync(join(ROOT, "samples")).filter((n) => n.endsWith(".xlsx")).sort().map((n) => join(ROOT, "samples", n));
const rollupDir = join(ROOT, "samples", "rollup");
const rolled = join(TMP, "城南街道-汇总台账.xlsx");
const errors = join(ROOT, "test", "fixtures", "fix-typed-values.xlsx");
// New-user test 36, D14: a text cell "=SUM(1,2)" in 参与数量 (活动台账!D3) and four other bad values: the CLI's error at D3 in the panes too.
const badValues = join(ROOT, "test", "fixtures", "new-user-36-bad-values.xlsx");
const current = join(ROOT, "samples", "community-2023-h1.xlsx");
const previous = join(ROOT, "samples", "community-2022-h1.xlsx");
const started = join(TMP, "幸福里-下半年.xlsx");

/** Opens the Excel pane in preview with `file` loaded through 打开本地台账文件, checked. */
async function excelPane(file: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 420, height: 900 }, locale: "zh-CN" });
  await page.route(/appsforoffice\.microsoft\.com|office365\.cn/, (route) => route.abort());
  await page.goto(`${base}/taskpane.html?preview=1`);
  const name = file.slice(file.lastIndexOf("/") + 1);
  await page.getByTestId("local-file-input").setInputFiles(file);
  await page.getByTestId("local-file-status").filter({ hasText: `正在使用：${name}` }).waitFor({ timeout: 30000 });
  await page.getByRole("tab", { name: "校验" }).click();
  await page.getByRole("button", { name: "校验", exact: true }).click();
  await page.getByTestId("check-summary").waitFor({ timeout: 30000 });
  return page;
}

describe("the CLI and the Excel pane (preview, file picked) agree", () => {
  beforeAll(() => {
    cli("rollup", ...readdirSync(rollupDir).filter((n) => n.endsWith(".xlsx")).map((n) => join(rollupDir, n)), "-o", rolled, "--unit", "城南街道办事处");
  });

  it.each([...samples.map((f) => [f.slice(f.lastIndexOf("/") + 1), f]), ["roll-up result", rolled], ["with errors", errors], ["text “=SUM(1,2)” in 参与数量", badValues], ["started by 开始下一期", started]])("%s: same findings and text", async (_label, file) => {
    const page = await excelPane(file);
    try {
      expect(sorted(await paneFindings(page))).toEqual(sorted(cliFindings(file)));
      const expected = cliText(file, "--force");
      await page.getByRole("tab", { name: "总结" }).click();
      await page.getByTestId("narrative").locator("h2").filter({ hasText: expected[0] }).waitFor({ timeout: 30000 });
      expect(await paneText(page)).toEqual(expected);
    } finally {
      await page.close();
    }
  });

  it("compared with the previous period: the same 较上年同期 text", async () => {
    const page = await excelPane(current);
    try {
      await page.getByRole("tab", { name: "总结" }).click();
      await page.getByTestId("narrative").waitFor({ timeout: 30000 });
      await page.getByTestId("compare-file").setInputFiles(previous);
      await page.getByTestId("compare-status").filter({ hasText: "已与" }).waitFor({ timeout: 30000 });
      const expected = cliText(current, "--previous", previous);
      expect(expected.join("\n")).toContain("较上年同期");
      expect(await paneText(page)).toEqual(expected);
    } finally {
      await page.close();
    }
  });
});

describe("the CLI and the Word pane (preview, file chosen) agree", () => {
  it.each([...samples.map((f) => [f.slice(f.lastIndexOf("/") + 1), f]), ["roll-up result", rolled], ["with errors", errors], ["text “=SUM(1,2)” in 参与数量", badValues], ["started by 开始下一期", started]])("%s: same findings and text", async (_label, file) => {
    const page = await browser.newPage({ viewport: { width: 420, height: 900 }, locale: "zh-CN" });
    await page.route(/appsforoffice\.microsoft\.com|office365\.cn/, (route) => route.abort());
    try {
      await page.goto(`${base}/taskpane.html?preview=1&host=word`);
      await page.getByTestId("word-file").setInputFiles(file);
      await page.getByTestId("word-check-summary").first().waitFor({ timeout: 30000 });
      const expected = cliText(file, "--force");
      // The Word pane lists every finding of a workbook with errors (and the warnings of a clean one).
      // …in the Word pane's words: the actions it names are said to be in Excel or the 网页版 (new-user test 16, D9).
      const findings = cliFindings(file).map(wordMessage);
      // Warnings only: the list is folded until the user opens it (a roll-up's note on its own 下一步打算).
      if (findings.length && !(await page.locator("[data-finding]").count())) await page.getByTestId("word-check-summary").first().click();
      if (findings.length) await page.locator("[data-finding]").first().waitFor({ timeout: 30000 });
      expect(sorted(await paneFindings(page))).toEqual(sorted(findings));
      const narrative = page.getByTestId("narrative");
      if (!(await narrative.count())) {
        await page.getByRole("button", { name: "新建文档打开" }).click();
        await page.getByRole("button", { name: "仍然生成" }).click();
      }
      await narrative.locator("h2").filter({ hasText: expected[0] }).waitFor({ timeout: 30000 });
      expect(await paneText(page)).toEqual(expected);
    } finally {
      await page.close();
    }
  });
});
