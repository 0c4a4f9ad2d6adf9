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
 */
"use strict";

const path = require("path");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const pkg = require("./package.json");
const { BuildOptionError, SELF_DIR, officeJsSource, recordRelease, resolveBuildOptions, rewriteHtml, rewriteManifest } = require("./scripts/build-options.js");

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
      ];
      if (options.counted) lines.push(`  Build number ${options.build} recorded in ${path.relative(process.cwd(), options.stateFile)}.`);
      console.log(lines.join("\n") + "\n");
    });
  }
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
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".mjs", ".json"],
    },
    module: {
      rules: [
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
      // 网页版 (issue #13): the same front end as the pane over the browser host; no office.js.
      new HtmlWebpackPlugin({
        filename: "app.html",
        template: "./src/taskpane/app.html",
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

  return config;
};
