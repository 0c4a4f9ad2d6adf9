/** @jest-environment node */
/**
 * E2E (issue #17): 开始下一期 in headless Chromium, over the built dist/.
 * - The pane in preview mode (taskpane.html?preview=1): 预览下一期 lists what is carried and cleared,
 *   the button waits for the 另存为 confirmation, and the in-memory workbook then holds the next
 *   period — its 问题整改 rows are the open problems as 上期遗留 with what is left, 上期指标 holds the
 *   sample's figures (compared with the core's own plan of the same sample), and 总结 compares with it.
 * - The 网页版 (app.html): the sample opened, 下载下一期台账 downloads `<file>（<下一期>）.xlsx` whose cells
 *   equal what the CLI's `next` writes for that file. A file of the office's own sheets (no 基本信息) gets the
 *   notice 校验 gives for it, and 预览下一期 is not offered once the check has said so.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { Workbook } from "exceljs";
import { type Server } from "node:http";
import { join, resolve } from "node:path";
import { type Browser, type Page } from "playwright-core";
import { analyseLedger, standardV1, startNextPeriod, type CellValue, type WorkbookSnapshot } from "../../src/core";
import { readWorkbook } from "../../src/adapters/xlsx/read-workbook";
import { nextPeriodFile } from "../../src/adapters/xlsx/next-period";
import seed from "../../src/taskpane/preview/sample-snapshot.json";
import { launchChromium, serveDist } from "./support/serve-dist";

const ROOT = resolve(__dirname, "../..");
const DIST = join(ROOT, "dist");
const OUT = join(ROOT, "test-results", "next-period");
const SAMPLE = join(ROOT, "samples", "community-2023-h1.xlsx");

let server: Server;
let browser: Browser;
let base = "";
const consoleErrors: string[] = [];

/** Blank as null, trailing blanks dropped. */
const trim = (rows: readonly (readonly unknown[])[]): CellValue[][] => {
  const out = Array.from(rows, (r) => {
    const row = Array.from(r ?? [], (v) => (v === "" || v === undefined ? null : (v as CellValue)));
    while (row.length && row[row.length - 1] === null) row.pop();
    return row;
  });
  while (out.length && !out[out.length - 1].length) out.pop();
  return out;
};

async function newPage(): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 360, height: 800 }, acceptDownloads: true, locale: "zh-CN" });
  await context.route((url) => url.hostname !== "127.0.0.1", (route) => route.abort());
  const page = await context.newPage();
  page.on("pageerror", (e) => consoleErrors.push(String(e)));
  return page;
}

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  ({ server, base } = await serveDist(DIST));
  browser = await launchChromium();
}, 60000);

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((done) => server?.close(() => done()));
});

describe("开始下一期 in the pane (preview)", () => {
  const snapshot = seed as unknown as WorkbookSnapshot;
  const before = analyseLedger(snapshot);
  const planned = startNextPeriod(snapshot, standardV1);
  if (!planned.ok) throw new Error(planned.message);
  const open = before.workbook.ledgers.rectification.rows.filter((r) => Number(r.cells.found.value) - Number(r.cells.rectified.value ?? 0) > 0);

  it("explains, waits for the confirmation, and makes the open workbook the next period's", async () => {
    const page = await newPage();
    await page.goto(`${base}/taskpane.html?preview=1`);
    await page.waitForSelector("html[data-ready='true']", { timeout: 20000 });
    await page.getByTestId("next-preview").click();
    await page.getByTestId("next-plan").waitFor({ timeout: 30000 });
    expect(await page.getByTestId("next-period-line").textContent()).toBe("下一期：2023年下半年（2023年7月1日至2023年12月31日）");
    const plan = (await page.getByTestId("next-plan").locator("li").allTextContents()).join("\n");
    expect(open.length).toBeGreaterThan(0);
    expect(plan).toContain(`问题整改：${open.length}个未整改到位的问题结转为“上期遗留”`);
    const rect = planned.next.ledgers.find((l) => l.table === "tbl_Rectification")!;
    expect(plan).toContain(`问题整改：保留${open.length}行，清除${rect.rowsBefore - open.length}行`);
    expect(plan).toContain(`文字材料：${planned.next.carried.plans}条“下一步打算”结转为“上期打算”`);
    expect(await page.getByText("另存为").first().isVisible()).toBe(true);
    expect(await page.getByTestId("next-apply").isDisabled()).toBe(true);
    // Nothing of the plan overflows a narrow pane.
    await page.setViewportSize({ width: 320, height: 800 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await page.screenshot({ path: join(OUT, "pane-next-plan.png"), fullPage: true });
    await page.getByTestId("next-confirm").click();
    await page.getByTestId("next-apply").click();
    await page.getByTestId("next-done").waitFor({ timeout: 30000 });
    expect(await page.getByTestId("next-done").textContent()).toContain("已开始2023年下半年");

    const model = await page.evaluate(() => {
      type Cell = { value: unknown } | undefined;
      const fake = (window as unknown as { __campaignLedgerPreview: { model: { sheets: { name: string; protected: boolean; rows: (Cell[] | undefined)[] }[]; tables: { name: string; sheet: { name: string; rows: (Cell[] | undefined)[] }; bounds: { top: number; bottom: number; left: number; right: number } }[] } } }).__campaignLedgerPreview;
      const values = (rows: (Cell[] | undefined)[]) => rows.map((r) => (r ?? []).map((c) => c?.value ?? null));
      const t = fake.model.tables.find((x) => x.name === "tbl_Rectification")!;
      const rows = values(t.sheet.rows).slice(t.bounds.top - 1, t.bounds.bottom).map((r) => r.slice(t.bounds.left - 1, t.bounds.right));
      const previous = fake.model.sheets.find((s) => s.name === "上期指标")!;
      return { rectification: rows, previous: values(previous.rows), protected: previous.protected };
    });
    const [headers, ...rows] = model.rectification;
    const col = (h: string) => headers.indexOf(h);
    expect(rows.map((r) => [r[col("问题类别")], r[col("发现数")], r[col("已整改数")], r[col("来源")]])).toEqual(
      open.map((r) => [r.cells.kind.value, Number(r.cells.found.value) - Number(r.cells.rectified.value ?? 0), 0, "上期遗留"]),
    );
    expect(trim(model.previous)).toEqual(trim(planned.next.previousSheet.rows));
    const found = trim(model.previous).find((r) => r[0] === "发现问题数")!;
    // The figure itself: this period's problems (the sample has no 上期遗留 rows) summed from the ledger.
    const thisPeriod = before.workbook.ledgers.rectification.rows.filter((r) => (r.cells.origin?.value ?? "本期发现") !== "上期遗留");
    expect(found[1]).toBe(thisPeriod.reduce((n, r) => n + Number(r.cells.found.value), 0));
    expect(found[1]).toBeGreaterThan(0);
    expect(model.protected).toBe(true);

    // 总结 compares with the embedded figures by itself (no earlier workbook picked).
    await page.getByRole("tab", { name: "总结" }).click();
    await page.getByTestId("compare-status").waitFor({ timeout: 30000 });
    expect(await page.getByTestId("compare-status").textContent()).toContain("已与本台账“上期指标”表中的上期数字（2023年上半年）对比");
    await page.context().close();
  });
});

describe("开始下一期 in the 网页版 (app.html)", () => {
  it("downloads <file>（<next period>）.xlsx with the cells the CLI's next writes", async () => {
    const page = await newPage();
    await page.goto(`${base}/app.html`);
    await page.getByTestId("local-file-input").setInputFiles(SAMPLE);
    await page.getByTestId("local-file-status").filter({ hasText: "正在使用：community-2023-h1.xlsx" }).waitFor({ timeout: 30000 });
    await page.getByTestId("next-preview").click();
    await page.getByTestId("next-plan").waitFor({ timeout: 60000 });
    expect(await page.getByTestId("next-confirm").count()).toBe(0);
    const [download] = await Promise.all([page.waitForEvent("download", { timeout: 60000 }), page.getByTestId("next-apply").click()]);
    expect(download.suggestedFilename()).toBe("community-2023-h1（2023年下半年）.xlsx");
    const file = join(OUT, "next.xlsx");
    await download.saveAs(file);
    await page.getByTestId("next-done").waitFor({ timeout: 30000 });
    expect(await page.getByTestId("next-done").textContent()).toContain("0个错误");

    const cli = await nextPeriodFile(readFileSync(SAMPLE), standardV1);
    if (!cli.ok) throw new Error(cli.message);
    const [got, expected] = [await readWorkbook(readFileSync(file)), await readWorkbook(cli.bytes)];
    expect(got.sheets.map((s) => s.name)).toEqual(expected.sheets.map((s) => s.name));
    for (const s of expected.sheets) expect({ sheet: s.name, values: got.sheets.find((g) => g.name === s.name)?.values }).toEqual({ sheet: s.name, values: s.values });
    const a = analyseLedger(got);
    expect(a.workbook.ledgers.rectification.rows.map((r) => r.cells.origin.value)).toEqual(Array(cli.next.carried.problems).fill("上期遗留"));
    expect(a.embeddedPrevious?.profile).toMatchObject({ year: 2023, period: "上半年" });
    await page.context().close();
  });

  it("says of a file that is no standard ledger what 校验 says, and offers no 预览下一期 once checked", async () => {
    // New-user test: 预览下一期 of a hand-made file said 本台账有7个错误（基本信息!B3、基本信息!B5、基本信息!B8等）…
    const own = join(OUT, "我的表格.xlsx");
    const wb = new Workbook();
    wb.addWorksheet("宣传统计").addRows([["项目", "数量", "单位"], ["公益广告", 12, "块"]]);
    writeFileSync(own, new Uint8Array(await wb.xlsx.writeBuffer()));
    const notice = "这不是标准台账：缺少基本信息、组织保障等 9 个工作表。如果是本单位自己做的表格，可在“标准表”页用“导入已有台账”把其中的数据导入标准台账；如果是缺了几张表的标准台账，可用“生成或修复标准表”补上。";
    const page = await newPage();
    await page.goto(`${base}/app.html`);
    await page.getByTestId("local-file-input").setInputFiles(own);
    await page.getByTestId("local-file-status").filter({ hasText: "正在使用：我的表格.xlsx" }).waitFor({ timeout: 30000 });
    // The 网页版 checks a file once opened (new-user test 45, D20): 预览下一期 is disabled with the notice beside it at once.
    await page.getByTestId("next-not-standard").waitFor({ timeout: 60000 });
    expect(await page.getByTestId("next-preview").isDisabled()).toBe(true);
    expect(await page.getByTestId("local-file-checked").textContent()).toBe("校验：这不是标准台账（详见“校验”页）");
    expect(await page.getByTestId("next-not-standard").textContent()).toBe(notice);
    expect(await page.getByText("基本信息!B3").count()).toBe(0);
    expect(await page.getByTestId("next-plan").count()).toBe(0);

    // 校验 says the same; back on 标准表, 预览下一期 is disabled with that notice beside it.
    await page.getByRole("tab", { name: "校验" }).click();
    await page.locator("#panel-validate").getByRole("button", { name: "校验", exact: true }).click();
    await page.locator("#panel-validate").getByTestId("not-standard").waitFor({ timeout: 60000 });
    expect(await page.locator("#panel-validate").getByTestId("not-standard").textContent()).toBe(notice);
    await page.getByRole("tab", { name: "标准表" }).click();
    expect(await page.getByTestId("next-not-standard").textContent()).toBe(notice);
    expect(await page.getByTestId("next-preview").isDisabled()).toBe(true);
    await page.context().close();
  });

  it("raised no page error", () => {
    expect(consoleErrors).toEqual([]);
  });
});
