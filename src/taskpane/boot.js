/*
 * boot.js: runs before office.js and the app bundle, in any webview (ES5 only, no build step;
 * copied to dist/ as is).
 * 1. Marks <html data-officejs="failed"> when office.js cannot be loaded (offline, blocked), so
 *    the app starts in preview mode and can say why.
 * 2. On webviews too old for the app (Internet Explorer 11 / Trident, or no Promise or fetch)
 *    it shows a plain Chinese message instead of a blank pane.
 * 3. If the app has not replaced the loading text after FAIL_AFTER_MS, it shows a load error.
 */
(function () {
  "use strict";

  var FAIL_AFTER_MS = 15000;
  var root = document.documentElement;

  var UNSUPPORTED_HTML =
    "<strong>此版本的 Office 无法运行创文台账助手</strong>" +
    "需要 Microsoft 365 或 Office 2021 及以上版本（使用 Edge WebView2）；" +
    "也可以使用命令行工具 campaign-ledger。";
  // The 网页版 (app.html and the single file, data-page="app"): a browser, not Office.
  var PAGE_UNSUPPORTED_HTML =
    "<strong>此浏览器版本过旧，无法运行创文台账助手·网页版</strong>" +
    "请用 Chrome、Edge 或 360 安全/极速浏览器（极速模式）等较新的浏览器打开本页面；" +
    "双核浏览器请切换到极速模式。";
  var FAILED_HTML =
    "<strong>创文台账助手未能加载</strong>" +
    "请关闭任务窗格后重新打开；如仍无法使用，可以使用命令行工具 campaign-ledger。";

  var isPage = root.getAttribute("data-page") === "app";

  function isUnsupported() {
    if (!!document.documentMode || typeof window.Promise !== "function" || typeof window.fetch !== "function") return true;
    // The page is built for Chromium 78 and later (ES2019): Promise.allSettled arrived with Chromium 76.
    return isPage && typeof window.Promise.allSettled !== "function";
  }

  function showMessage(html) {
    var el = document.getElementById("root");
    if (el) el.innerHTML = '<div class="boot-message" role="alert">' + html + "</div>";
  }

  function whenDomReady(fn) {
    if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", fn);
    else fn();
  }

  // 1. Script load errors do not bubble; a capture listener on window still sees them.
  window.addEventListener(
    "error",
    function (event) {
      var target = event && event.target;
      if (target && target.tagName === "SCRIPT" && /\/office\.js(\?|$)/.test(target.src || "")) {
        root.setAttribute("data-officejs", "failed");
      }
    },
    true
  );

  // 2. Too old to run the app at all.
  if (isUnsupported()) {
    root.setAttribute("data-unsupported", "true");
    whenDomReady(function () {
      showMessage(isPage ? PAGE_UNSUPPORTED_HTML : UNSUPPORTED_HTML);
    });
    return;
  }

  // 3. The bundle never rendered (network error, script error before React mounted).
  window.setTimeout(function () {
    if (document.querySelector("[data-boot='loading']")) showMessage(FAILED_HTML);
  }, FAIL_AFTER_MS);
})();
