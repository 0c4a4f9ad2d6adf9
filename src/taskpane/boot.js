/*
 * boot.js: runs before office.js and the app bundle, in any webview or browser (ES5 only, no build
 * step; copied to dist/ as is; `npm run test:e2e` checks its syntax level).
 * 1. Marks <html data-officejs="failed"> when office.js cannot be loaded (offline, blocked), so
 *    the app starts in preview mode and can say why (inside Office: an error, never the sample).
 * 2. On webviews and browsers that cannot run the app it shows a plain Chinese message instead of
 *    a blank or misleading page (issue #14 item 3; audit §2 note A/B and its smallest fixes):
 *    - Trident (Internet Explorer 11: Office 2016/2019 批量授权版, or a browser's 兼容模式);
 *    - EdgeHTML (Microsoft's own test, `Edge/` in the user agent: Office without WebView2);
 *    - old Safari / WebKit before 16.4 (Mac Office on an old macOS);
 *    - anything else on which our own bundle fails to parse (a SyntaxError from our script).
 *    The pane's messages offer the 网页版 (app.html beside the pane) by its address, as text to
 *    copy — a link would open in Internet Explorer. In the unsupported case the pane still calls
 *    Office.onReady(), since some Office versions do not show a task pane until it is called.
 * 3. If the app has not replaced the loading text after FAIL_AFTER_MS, it shows a load error.
 * On the 网页版 (app.html, <html data-page="app">) the messages speak of browsers, not Office.
 */
(function () {
  "use strict";

  var FAIL_AFTER_MS = 15000;
  var root = document.documentElement;
  var isApp = root.getAttribute("data-page") === "app";
  var ua = String(window.navigator && window.navigator.userAgent);

  var CLI = "也可以请单位 IT 人员使用命令行工具 campaign-ledger。";
  var APP_OFFER = "可以改用创文台账助手网页版：把下面的地址复制到新版 Edge、Chrome 或 360、奇安信等浏览器（极速模式）的地址栏中打开，" +
    "再打开本单位的台账文件，即可校验、规范数据和生成总结（文件只在本机处理，不会上传）：" +
    '<span class="boot-url" data-app-url>{APP_URL}</span>';

  var PANE = {
    trident:
      "<strong>Office 2016/2019 批量授权版无法运行创文台账助手</strong>" +
      "这一版本的 Office 用 Internet Explorer 显示加载项，无法运行本加载项；需要 Microsoft 365 或 Office 2021 及以上版本。" +
      APP_OFFER,
    edgeHtml:
      "<strong>此电脑需要安装 Microsoft Edge WebView2 运行时</strong>" +
      "这台电脑的 Office 用旧版 Edge（EdgeHTML）显示加载项，无法运行创文台账助手。请单位 IT 人员安装 Microsoft Edge WebView2 Runtime 后重新打开 Office；或者" +
      APP_OFFER,
    oldSafari:
      "<strong>此 Mac 的 Safari 版本过旧，无法运行创文台账助手</strong>" +
      "需要 Safari 16.4 及以上版本：请更新 macOS 和 Safari 后重新打开 Office；或者" +
      APP_OFFER,
    parse:
      "<strong>此版本的 Office 或浏览器过旧，无法运行创文台账助手</strong>" +
      "请更新 Office（或浏览器）后重新打开；或者" +
      APP_OFFER,
    failed: "<strong>创文台账助手未能加载</strong>请关闭任务窗格后重新打开；如仍无法使用，" + CLI,
  };
  var APP_BROWSERS = "请用新版 Edge、Chrome、Firefox 打开本页，或在 360、奇安信、QQ 等浏览器中切换到“极速模式”（地址栏右侧的闪电图标）。";
  var APP = {
    trident:
      "<strong>此浏览器无法运行创文台账助手网页版</strong>" +
      "本页正在用 Internet Explorer 或浏览器的“兼容模式”显示。" + APP_BROWSERS,
    edgeHtml: "<strong>旧版 Edge 无法运行创文台账助手网页版</strong>请安装新版 Microsoft Edge，或者" + APP_BROWSERS,
    oldSafari: "<strong>此 Safari 版本过旧，无法运行创文台账助手网页版</strong>请更新 macOS 和 Safari（需要 16.4 及以上），或使用新版 Chrome、Edge、Firefox。",
    parse: "<strong>此浏览器版本过旧，无法运行创文台账助手网页版</strong>请更新浏览器，或者" + APP_BROWSERS,
    failed: "<strong>创文台账助手网页版未能加载</strong>请刷新页面；如仍无法使用，" + APP_BROWSERS,
  };

  /** Microsoft's tests (support-ie-11.md): documentMode for Trident, `Edge/` for EdgeHTML. */
  function isTrident() {
    return !!document.documentMode || /Trident\//.test(ua);
  }

  function isEdgeHtml() {
    return /\bEdge\/\d/.test(ua);
  }

  /**
   * WebKit that is not Chromium, older than Safari 16.4 (the first with class static blocks, which
   * the pane's bundle needs): by `Version/x.y` where Safari gives it, else (WKWebView in Mac Office
   * gives none) by regular-expression lookbehind, which also arrived in Safari 16.4.
   */
  function isOldSafari() {
    if (!/AppleWebKit\//.test(ua) || /Chrome\/|Chromium\/|CriOS\/|Edg\/|Edge\/|Firefox\//.test(ua)) return false;
    var v = /Version\/(\d+)(?:\.(\d+))?/.exec(ua);
    if (v) return Number(v[1]) < 16 || (Number(v[1]) === 16 && Number(v[2] || 0) < 4);
    try {
      new RegExp("(?<=a)b");
      return false;
    } catch (e) {
      return true;
    }
  }

  /** What cannot run the app, known before any of our script runs; "" when nothing is known. */
  function knownUnsupported() {
    if (isTrident()) return "trident";
    if (isEdgeHtml()) return "edgeHtml";
    if (isOldSafari()) return "oldSafari";
    if (typeof window.Promise !== "function" || typeof window.fetch !== "function") return "parse";
    // The 网页版 is built for Chromium 78 and later (scripts/page-targets.js; its bundle parses on
    // some older ones and would fail later): Promise.allSettled arrived with Chromium 76.
    if (isApp && typeof window.Promise.allSettled !== "function") return "parse";
    return "";
  }

  /** The 网页版 beside this page (app.html in the same folder), HTML-escaped. */
  function appUrl() {
    var here = String(window.location.href).split("#")[0].split("?")[0];
    var url = here.substring(0, here.lastIndexOf("/") + 1) + "app.html";
    return url.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
  }

  function showMessage(html) {
    var el = document.getElementById("root");
    if (el) el.innerHTML = '<div class="boot-message" role="alert">' + html + "</div>";
  }

  function whenDomReady(fn) {
    if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", fn);
    else fn();
  }

  /** Some Office versions show a task pane only once the page calls Office.onReady (or initialize). */
  function tellOfficeReady() {
    var office = window.Office;
    if (!office) return;
    try {
      if (typeof office.onReady === "function") office.onReady();
      else office.initialize = function () {};
    } catch (e) {
      // Nothing more to do: the message is on screen either way.
    }
  }

  var shown = "";
  /** Shows the message for `kind` once (the app, seeing data-unsupported, does not start). */
  function unsupported(kind) {
    if (shown) return;
    shown = kind;
    root.setAttribute("data-unsupported", kind);
    var html = (isApp ? APP : PANE)[kind];
    whenDomReady(function () {
      showMessage(isApp ? html : html.replace("{APP_URL}", appUrl()));
    });
    if (!isApp) {
      if (document.readyState === "complete") tellOfficeReady();
      else window.addEventListener("load", tellOfficeReady);
    }
  }

  /** Our own bundle (a script of this site, not office.js). */
  function isOurScript(url) {
    if (!url || /\/office\.js(\?|$)/.test(url)) return false;
    var here = String(window.location.href);
    var origin = here.substring(0, here.indexOf("/", here.indexOf("//") + 2));
    return url.indexOf(origin + "/") === 0 || /^file:/.test(url);
  }

  // 1. Script load errors do not bubble; a capture listener on window still sees them.
  //    A parse failure of our own bundle arrives here as an ErrorEvent with a SyntaxError.
  window.addEventListener(
    "error",
    function (event) {
      var target = event && event.target;
      if (target && target.tagName === "SCRIPT" && /\/office\.js(\?|$)/.test(target.src || "")) {
        root.setAttribute("data-officejs", "failed");
        return;
      }
      var isSyntax = (event && event.error && event.error.name === "SyntaxError") || /SyntaxError/.test(String(event && event.message));
      if (isSyntax && isOurScript(event.filename) && !root.getAttribute("data-app")) unsupported(knownUnsupported() || "parse");
    },
    true
  );

  // 2. Known not to run the app at all.
  var known = knownUnsupported();
  if (known) {
    unsupported(known);
    return;
  }

  // 3. The bundle never rendered (network error, script error before React mounted).
  window.setTimeout(function () {
    if (!shown && document.querySelector("[data-boot='loading']")) showMessage((isApp ? APP : PANE).failed);
  }, FAIL_AFTER_MS);
})();
