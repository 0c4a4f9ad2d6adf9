/**
 * Builds the task pane (src/taskpane) and the ribbon function file (src/commands) into dist/.
 *
 * - `npm run build`: production bundle; needs no certificates.
 * - `npm run dev-server` / `npm start`: webpack-dev-server on port 3000. HTTPS uses the
 *   office-addin-dev-certs certificates; when they cannot be installed (no sudo, CI) the server
 *   falls back to plain HTTP and says so (enough for the browser preview, not for Office).
 * - Release build (docs/deploy.md): `npm run build -- --env url=https://HOST/PATH/` writes a
 *   dist/manifest.xml whose every URL points at that address (CL_PUBLIC_URL is an alias) and a new
 *   version MAJOR.MINOR.PATCH.BUILD into both the manifest's <Version> and the pane's footer.
 *   `--env officejs=china` loads Office.js from the 21Vianet CDN (the CSP follows);
 *   `--env officejs=self:<folder>` copies a mirror of the CDN's files to dist/officejs/ and loads
 *   Office.js from there (CSP 'self' only);
 *   `--env version=…` / `--env build=N` set the version. Parsing: scripts/build-options.js.
 *
 * Three compilations (issue #14): "pane" (taskpane.html, commands.html, assets — targets as before),
 * "page" (the 网页版 app.html: every script ES2019 with core-js polyfills for the browsers in
 * scripts/page-targets.js) and, in production, "single" (the same page in one chunk, inlined into
 * dist/创文台账助手网页版.html with a hash-based CSP: scripts/single-file.js).
 */
"use strict";

const path = require("path");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const pkg = require("./package.json");
const { BuildOptionError, SELF_DIR, officeJsSource, recordRelease, resolveBuildOptions, rewriteHtml, rewriteManifest } = require("./scripts/build-options.js");
const PAGE_TARGETS = require("./scripts/page-targets.js");
const { inlinePage } = require("./scripts/single-file.js");

const DEV_PORT = 3000;

/** Applies the build switches to the emitted HTML pages and reports / records a release build. */
class DeployPlugin {
  constructor(options) {
    this.options = options;
  }

  apply(compiler) {
    const options = this.options;
    compiler.hooks.compilation.tap("DeployPlugin", (compilation) => {
      HtmlWebpackPlugin.getHooks(compilation).beforeEmit.tapAsync("DeployPlugin", (data, callback) => {
        try {
          // app.html loads no Office.js: nothing to point at a CDN.
          if (data.outputName !== "app.html") data.html = rewriteHtml(data.html, options.officeJs, data.outputName);
          callback(null, data);
        } catch (error) {
          callback(error);
        }
      });
    });
    if (!options.release) return;
    compiler.hooks.done.tap("DeployPlugin", (stats) => {
      if (stats.hasErrors()) return;
      if (options.counted) recordRelease(options);
      const rel = path.relative(process.cwd(), compiler.options.output.path);
      const out = rel.startsWith("..") ? compiler.options.output.path : rel || ".";
      const lines = [
        "",
        `Release ${options.version} for ${options.publicUrl} (Office.js: ${officeJsSource(options)})`,
        `  1. Copy everything in ${out}/ to the server folder that ${options.publicUrl} serves.`,
        `  2. Check that ${options.publicUrl}taskpane.html?preview=1 opens in a browser.`,
        `  3. Hand out ${out}/manifest.xml (shared-folder catalog or Microsoft 365 admin centre; see docs/deploy.md).`,
        `  网页版: ${options.publicUrl}app.html, or as one file to mail or copy: ${out}/${PAGE_TARGETS.singleFileName}.`,
      ];
      if (options.counted) lines.push(`  Build number ${options.build} recorded in ${path.relative(process.cwd(), options.stateFile)}.`);
      console.log(lines.join("\n") + "\n");
    });
  }
}

/** Source of boot.js (copied to dist/ by the pane; inlined first into the single file). */
const BOOT_JS = path.resolve(__dirname, "src/taskpane/boot.js");

/** The "page" compilation's files in dist/ (app.html, app.*.js, app-*.js). */
function isPageChunk(name) {
  return /^app[.-]/.test(name);
}

/** The page's files in dist/ ("page" and "single" compilations): the pane's clean keeps them. */
function isPageFile(name) {
  return isPageChunk(name) || name === PAGE_TARGETS.singleFileName;
}

/**
 * The single file (issue #14 item 1): inlines the page html-webpack-plugin wrote for the one-chunk
 * compile (scripts/single-file.js) and drops every other asset of that compilation, so dist/ gets
 * one more file only.
 */
class SingleFilePlugin {
  constructor(filename) {
    this.filename = filename;
  }

  apply(compiler) {
    const filename = this.filename;
    const fs = require("fs");
    compiler.hooks.thisCompilation.tap("SingleFilePlugin", (compilation) => {
      // After html-webpack-plugin (PROCESS_ASSETS_STAGE_OPTIMIZE_INLINE) and after the minimizers
      // have seen the page: the inlined page is marked minimized, so no later pass changes a byte
      // of it (the CSP hashes are of these very bytes). Only the one file is emitted.
      compilation.hooks.processAssets.tap({ name: "SingleFilePlugin", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_SUMMARIZE }, () => {
        const page = compilation.getAsset(filename);
        if (!page) {
          compilation.errors.push(new webpack.WebpackError(`SingleFilePlugin: html-webpack-plugin wrote no ${filename}`));
          return;
        }
        const licenses = Object.keys(compilation.assets)
          .filter((name) => name.endsWith(".LICENSE.txt"))
          .sort()
          .map((name) => compilation.assets[name].source().toString());
        try {
          const { html } = inlinePage({
            html: page.source.source().toString(),
            script: (name) => {
              const asset = compilation.getAsset(name);
              if (asset) return asset.source.source().toString();
              return name === "boot.js" ? fs.readFileSync(BOOT_JS, "utf8") : undefined;
            },
            file: (name) => {
              const file = path.resolve(__dirname, name);
              return file.startsWith(path.join(__dirname, "assets") + path.sep) && fs.existsSync(file) ? fs.readFileSync(file) : undefined;
            },
            licenses,
          });
          compilation.updateAsset(filename, new webpack.sources.RawSource(html), { minimized: true });
        } catch (error) {
          compilation.errors.push(new webpack.WebpackError(String(error && error.message ? error.message : error)));
          return;
        }
        for (const name of Object.keys(compilation.assets)) if (name !== filename) compilation.deleteAsset(name);
      });
    });
  }
}

/**
 * The page's minifier: esbuild at the page's target, several times faster than the default (terser)
 * on the big exceljs/docx code, which the page and the single file each minify again; its output is
 * some 10 % larger, so app.html's initial JS keeps the default.
 */
function pageMinimizer(include) {
  const { EsbuildPlugin } = require("esbuild-loader");
  return new EsbuildPlugin({ target: PAGE_TARGETS.esbuild, css: false, ...(include ? { include } : {}) });
}

/**
 * The 网页版's compilations: "page" (dist/app.html and its app*.js chunks) and "single" (one chunk,
 * inlined). Every module, node_modules included, is lowered by esbuild to the page's targets and
 * gets the core-js polyfills for the APIs it uses (babel-plugin-polyfill-corejs3, usage-global);
 * webpack's runtime is written as ES2019.
 */
function pageConfig({ dev, version, single }) {
  const name = single ? "single" : "page";
  return {
    name,
    mode: dev ? "development" : "production",
    devtool: dev && !single ? "source-map" : false,
    target: ["web", `es${PAGE_TARGETS.ecmaVersion}`],
    // page-polyfills first: what core-js cannot polyfill (WeakRef), before any library runs.
    entry: { app: ["./src/taskpane/page-polyfills.ts", "./src/taskpane/index.tsx"] },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: single ? "single.[contenthash].js" : "app.[contenthash].js",
      chunkFilename: "app-[name].[contenthash].js",
      // The page cleans its own stale chunks only; the pane's files are the pane's.
      clean: single ? false : { keep: (file) => !isPageChunk(file) },
      ...(single ? { publicPath: "" } : {}),
    },
    resolve: { extensions: [".ts", ".tsx", ".js", ".mjs", ".json"] },
    module: {
      rules: [
        // The importer core (导入已有台账, issue #16) is pure: flagged free of side effects, so that the core's
        // barrel (src/core/index.ts) does not keep it in the initial JS; it loads with the import screen. The
        // catalog's classifier (used by import only) likewise.
        { test: /[\\/]src[\\/]core[\\/](import[\\/]|catalog[\\/]classify\.ts$)/, sideEffects: false },
        {
          test: /\.[cm]?[jt]sx?$/,
          // core-js is the polyfill itself; webpack's own runtime modules are written for the target.
          exclude: /[\\/]node_modules[\\/](core-js|webpack)[\\/]/,
          use: [
            {
              loader: "babel-loader",
              options: {
                babelrc: false,
                configFile: false,
                sourceType: "unambiguous",
                compact: true,
                targets: PAGE_TARGETS.browsers,
                plugins: [[require.resolve("babel-plugin-polyfill-corejs3"), { method: "usage-global", version: require("core-js/package.json").version }]],
                cacheDirectory: path.resolve(__dirname, "node_modules/.cache/babel-page"),
              },
            },
            {
              loader: "esbuild-loader",
              options: { target: PAGE_TARGETS.esbuild, tsconfig: path.resolve(__dirname, "tsconfig.json") },
            },
          ],
        },
      ],
    },
    plugins: [
      new webpack.DefinePlugin({
        __APP_VERSION__: JSON.stringify(version),
        // The single file loads no file: its logo is a data: URL (src/taskpane/version.ts).
        ...(single ? { __APP_LOGO_URL__: JSON.stringify(`data:image/png;base64,${require("fs").readFileSync(path.resolve(__dirname, "assets/logo-filled.png")).toString("base64")}`) } : {}),
      }),
      ...(single
        ? [
            new webpack.optimize.LimitChunkCountPlugin({ maxChunks: 1 }),
            new HtmlWebpackPlugin({
              filename: PAGE_TARGETS.singleFileName,
              template: "./src/taskpane/app.html",
              chunks: ["app"],
              // Inline code cannot be deferred: it goes where #root already exists.
              inject: "body",
              scriptLoading: "blocking",
            }),
            new SingleFilePlugin(PAGE_TARGETS.singleFileName),
          ]
        : [
            // 网页版 (issue #13): the same front end as the pane over the browser host; no office.js.
            new HtmlWebpackPlugin({ filename: "app.html", template: "./src/taskpane/app.html", chunks: ["app"] }),
          ]),
    ],
    optimization: single
      ? { splitChunks: false, minimizer: [pageMinimizer()] }
      : {
          // exceljs and docx (lazy chunks) by esbuild; the rest, the initial JS, by webpack's default (smaller).
          minimizer: [pageMinimizer(/^app-(exceljs|docx)\./), "..."],
          splitChunks: {
            cacheGroups: {
              docx: { test: /[\\/]node_modules[\\/]docx[\\/]/, name: "docx", chunks: "async", priority: 20, enforce: true },
              exceljs: { test: /[\\/]node_modules[\\/]exceljs[\\/]/, name: "exceljs", chunks: "async", priority: 20, enforce: true },
            },
          },
        },
    performance: { hints: false },
  };
}

/** HTTPS options from office-addin-dev-certs, or undefined (with an explanation) when unavailable. */
async function devHttpsOptions() {
  if (process.env.CL_DEV_HTTPS === "0") {
    console.warn("[dev-server] CL_DEV_HTTPS=0: serving plain HTTP.");
    return undefined;
  }
  try {
    const devCerts = require("office-addin-dev-certs");
    const options = await devCerts.getHttpsServerOptions();
    return { ca: options.ca, key: options.key, cert: options.cert };
  } catch (error) {
    console.warn(
      [
        "",
        "[dev-server] HTTPS is unavailable: office-addin-dev-certs could not install its development",
        `             certificate (${error && error.message ? error.message.split("\n")[0] : error}).`,
        `             Serving plain HTTP on http://localhost:${DEV_PORT}/ instead.`,
        `             Browser preview works: http://localhost:${DEV_PORT}/taskpane.html?preview=1`,
        "             Office needs HTTPS to load the add-in: run `npx office-addin-dev-certs install`",
        "             (needs administrator rights) and restart, or set CL_DEV_HTTPS=0 to skip this check.",
        "",
      ].join("\n"),
    );
    return undefined;
  }
}

module.exports = async (env, argv) => {
  const dev = argv.mode !== "production";
  const serving = !!(env && env.WEBPACK_SERVE);
  let options;
  try {
    options = resolveBuildOptions(env, { production: !dev, packageVersion: pkg.version });
  } catch (error) {
    if (error instanceof BuildOptionError) {
      console.error(`\n[build] ${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
  if (options.publicUrl && dev) {
    console.warn(`[build] --env url=${options.publicUrl} applies to production builds only (npm run build); ignored here.`);
  }

  const config = {
    name: "pane",
    mode: dev ? "development" : "production",
    // No eval-based source maps: the pages' Content-Security-Policy forbids 'unsafe-eval'.
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].[contenthash].js",
      chunkFilename: "[name].[contenthash].js",
      // The page's files (isPageFile) come from the "page" and "single" compilations.
      clean: { keep: (file) => isPageFile(file) },
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".mjs", ".json"],
    },
    module: {
      rules: [
        // The importer core (导入已有台账, issue #16) is pure: flagged free of side effects, so that the core's
        // barrel (src/core/index.ts) does not keep it in the initial JS; it loads with the import screen. The
        // catalog's classifier (used by import only) likewise.
        { test: /[\\/]src[\\/]core[\\/](import[\\/]|catalog[\\/]classify\.ts$)/, sideEffects: false },
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              transpileOnly: true,
              configFile: path.resolve(__dirname, "tsconfig.json"),
              // tsconfig.json targets CommonJS (jest, CLI); webpack needs ES modules so that
              // import("docx") stays a real dynamic import (a lazy chunk) and tree shaking works.
              compilerOptions: { module: "esnext", moduleResolution: "node", sourceMap: dev },
            },
          },
        },
      ],
    },
    plugins: [
      // The footer's version: the same string as the manifest's <Version>.
      new webpack.DefinePlugin({ __APP_VERSION__: JSON.stringify(options.version) }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets", to: "assets" },
          // info.minimized: copy boot.js byte for byte (it must stay ES5; terser would not keep it so).
          { from: "src/taskpane/boot.js", to: "boot.js", info: { minimized: true } },
          // --env officejs=self:<folder>: the deployer's mirror of the CDN's Office.js files, as they are.
          ...(options.officeJs.folder ? [{ from: options.officeJs.folder, to: SELF_DIR, info: { minimized: true } }] : []),
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => rewriteManifest(content.toString(), options),
          },
        ],
      }),
      new DeployPlugin(options),
    ],
    optimization: {
      splitChunks: {
        cacheGroups: {
          // Loaded by import() only: never part of the initial taskpane bundle.
          docx: { test: /[\\/]node_modules[\\/]docx[\\/]/, name: "docx", chunks: "async", priority: 20, enforce: true },
          // exceljs resolves to its browser build (package.json "browser": dist/exceljs.min.js, which
          // bundles its own stream/buffer shims): no Node core-module fallbacks are needed. Reached only
          // through src/taskpane/load-xlsx.ts (and load-xlsx-writer.ts) by import().
          exceljs: { test: /[\\/]node_modules[\\/]exceljs[\\/]/, name: "exceljs", chunks: "async", priority: 20, enforce: true },
        },
      },
    },
    performance: { hints: false },
  };

  if (serving) {
    const https = await devHttpsOptions();
    config.devServer = {
      host: "localhost",
      port: DEV_PORT,
      hot: true,
      static: false,
      headers: { "Access-Control-Allow-Origin": "*" },
      server: https ? { type: "https", options: https } : { type: "http" },
      client: { overlay: { warnings: false, errors: true } },
    };
  }

  const configs = [config, pageConfig({ dev, version: options.version, single: false })];
  // The single file: `npm run build` (production) only; the dev server serves app.html.
  if (!dev && !serving) configs.push(pageConfig({ dev, version: options.version, single: true }));
  return configs;
};
