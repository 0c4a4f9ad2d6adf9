/** @jest-environment node */
/**
 * E2E of boot.js (issue #14 item 3): on webviews and browsers that cannot run the app, the pane and
 * the 网页版 show a plain message at once — never a blank page, a spinner or the misleading "未能加载".
 * Each case is simulated in headless Chromium: IE11 (document.documentMode), EdgeHTML (Microsoft's
 * `Edge/` user agent), old Safari (a Safari 15.6 user agent) and a parse failure of our own bundle
 * (the bundle answered with a syntax error). Office.js is a stand-in that records Office.onReady():
 * the pane must call it in every unsupported case, since some Office versions show a task pane only
 * then; the pane's messages name the 网页版 by its address as text (no link: it would open in IE).
 */
import { type Server } from "node:http";
import { join, resolve } from "node:path";
import { type Browser, type BrowserContext, type Page } from "playwright-core";
import { launchChromium, serveDist } from "./support/serve-dist";

const DIST = join(resolve(__dirname, "../.."), "dist");
const EDGE_HTML_UA = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19045";
const OLD_SAFARI_UA = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/15.6 Safari/605.1.15";
const OFFICE_STAND_IN = "window.__onReady = 0; window.Office = { onReady: function () { window.__onReady += 1; return Promise.resolve({ host: null, platform: null }); } };";

let server: Server;
let browser: Browser;
let base = "";

beforeAll(async () => {
  ({ server, base } = await serveDist(DIST));
  browser = await launchChromium();
}, 60000);

afterAll(async () => {
  await browser?.close();
  await new Promise((ok) => server?.close(ok));
});

interface Options {
  userAgent?: string;
  ie11?: boolean;
  brokenBundle?: boolean;
}

/** A page of dist/ opened as `options` say; requests elsewhere than the test server are aborted (office.js gets the stand-in). */
async function open(path: string, options: Options = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ locale: "zh-CN", userAgent: options.userAgent });
  if (options.ie11) await context.addInitScript(() => Object.defineProperty(Document.prototype, "documentMode", { get: () => 11, configurable: true }));
  await context.route("**/*", (route) => {
    const url = new URL(route.request().url());
    if (url.pathname.endsWith("/office.js")) return route.fulfill({ status: 200, contentType: "text/javascript", body: OFFICE_STAND_IN });
    if (url.hostname !== "127.0.0.1") return route.abort();
    // The pane's bundle is taskpane.*.js, the 网页版's app.*.js (its own ES2019 build, issue #14).
    if (options.brokenBundle && /^\/(taskpane|app)\.[0-9a-f]+\.js$/u.test(url.pathname)) {
      return route.fulfill({ status: 200, contentType: "text/javascript", body: "var ok = 1;\nclass A { static { let x = ; } }\n" });
    }
    return route.continue();
  });
  const page = await context.newPage();
  await page.goto(`${base}/${path}`);
  return { context, page };
}

/** The message boot.js shows, once it is there; with data-unsupported and Office.onReady calls. */
async function message(page: Page): Promise<{ kind: string | null; title: string; text: string; url: string | null; links: number; onReady: number | undefined; app: boolean }> {
  const alert = page.locator(".boot-message[role=alert]");
  await alert.waitFor({ timeout: 10000 });
  await page.waitForLoadState("load");
  return {
    kind: await page.locator("html").getAttribute("data-unsupported"),
    title: (await alert.locator("strong").textContent()) ?? "",
    text: (await alert.textContent()) ?? "",
    url: await alert.locator("[data-app-url]").count().then((n) => (n ? alert.locator("[data-app-url]").textContent() : null)),
    links: await alert.locator("a").count(),
    onReady: await page.evaluate(() => (window as unknown as { __onReady?: number }).__onReady),
    app: (await page.getByRole("tab").count()) > 0,
  };
}

describe("the pane (taskpane.html) inside an Office that cannot run it", () => {
  it("IE11 (Office 2016/2019 批量授权版): names the versions, offers the 网页版's address as text, calls Office.onReady", async () => {
    const { context, page } = await open("taskpane.html", { ie11: true });
    const m = await message(page);
    expect(m).toMatchObject({ kind: "trident", title: "Office 2016/2019 批量授权版无法运行创文台账助手", url: `${base}/app.html`, links: 0, onReady: 1, app: false });
    expect(m.text).toContain("360、奇安信等浏览器（极速模式）");
    await context.close();
  });

  it("EdgeHTML (no WebView2): asks for the WebView2 runtime or the 网页版", async () => {
    const { context, page } = await open("taskpane.html", { userAgent: EDGE_HTML_UA });
    const m = await message(page);
    expect(m).toMatchObject({ kind: "edgeHtml", title: "此电脑需要安装 Microsoft Edge WebView2 运行时", url: `${base}/app.html`, onReady: 1, app: false });
    expect(m.text).toContain("安装 Microsoft Edge WebView2 Runtime 后重新打开 Office");
    await context.close();
  });

  it("old Safari (Mac): asks to update macOS and Safari, or the 网页版", async () => {
    const { context, page } = await open("taskpane.html", { userAgent: OLD_SAFARI_UA });
    const m = await message(page);
    expect(m).toMatchObject({ kind: "oldSafari", title: "此 Mac 的 Safari 版本过旧，无法运行创文台账助手", url: `${base}/app.html`, onReady: 1, app: false });
    await context.close();
  });

  it("our bundle fails to parse anywhere else: at once (not after 15 s), update Office or use the 网页版", async () => {
    const { context, page } = await open("taskpane.html", { brokenBundle: true });
    const m = await message(page);
    expect(m).toMatchObject({ kind: "parse", title: "此版本的 Office 或浏览器过旧，无法运行创文台账助手", url: `${base}/app.html`, onReady: 1, app: false });
    await context.close();
  });

  it("a current Chromium gets no message: the pane starts", async () => {
    const { context, page } = await open("taskpane.html?preview=1");
    await page.getByRole("tab", { name: "校验" }).waitFor({ timeout: 20000 });
    expect(await page.locator("html").getAttribute("data-unsupported")).toBeNull();
    expect(await page.locator(".boot-message[role=alert]").count()).toBe(0);
    await context.close();
  });
});

describe("the 网页版 (app.html) in a browser that cannot run it", () => {
  it("IE or a dual-core browser's 兼容模式: switch to 极速模式 or a current browser", async () => {
    const { context, page } = await open("app.html", { ie11: true });
    const m = await message(page);
    expect(m).toMatchObject({ kind: "trident", title: "此浏览器无法运行创文台账助手网页版", url: null, onReady: undefined, app: false });
    expect(m.text).toContain("切换到“极速模式”");
    await context.close();
  });

  it("a browser too old to parse the page's script: update it", async () => {
    const { context, page } = await open("app.html", { brokenBundle: true });
    const m = await message(page);
    expect(m).toMatchObject({ kind: "parse", title: "此浏览器版本过旧，无法运行创文台账助手网页版", app: false });
    await context.close();
  });
});
