/**
 * The browsers the 网页版 (app.html and the single file) is built for (issue #14 item 2).
 *
 * 社区 staff use 360 安全/极速, 奇安信, UOS and Kylin builds on Chromium cores from about 78. The
 * page's every script is compiled for these targets (esbuild: syntax; babel-plugin-polyfill-corejs3:
 * the core-js polyfills for the APIs the code uses), checked by es-check (ES2019 syntax) and by
 * eslint-plugin-compat (the APIs src/ calls). The pane (taskpane.html) keeps its own targets.
 *
 * One place for every tool: webpack.config.js, eslint.config.mjs, scripts/check-page-syntax.js.
 */
"use strict";

module.exports = {
  /** browserslist queries (babel-plugin-polyfill-corejs3, eslint-plugin-compat). */
  browsers: ["chrome >= 78"],
  /** esbuild's target for the same browsers (syntax lowering of src/ and node_modules). */
  esbuild: "chrome78",
  /** webpack's own runtime code and es-check: the ECMAScript edition every page script must parse as. */
  ecmaVersion: 2019,
  /** boot.js runs first in any browser, Internet Explorer included: ES5. */
  bootEcmaVersion: 5,
  /** The self-contained page in dist/ (one file to mail or copy; README "网页版 as one file"). */
  singleFileName: "创文台账助手网页版.html",
};
