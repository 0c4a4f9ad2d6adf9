#!/usr/bin/env node
/**
 * `npm start`: runs the webpack dev server (port 3000) and opens the add-in where it can.
 *
 * - HTTPS uses office-addin-dev-certs; where its CA cannot be installed the dev server says so and
 *   serves plain HTTP (webpack.config.js).
 * - Windows / macOS with desktop Excel installed: sideloads manifest.xml into Excel with
 *   `npx office-addin-debugging start manifest.xml desktop --app excel` (deliberately not a
 *   dependency: its keytar install step needs the internet). CL_SIDELOAD=0 skips this.
 * - Elsewhere (Linux, no Excel found): prints the browser preview address.
 *
 * The server's pid goes to node_modules/.cache/campaign-ledger/dev-server.pid for `npm stop`.
 */
"use strict";

const fs = require("fs");
const path = require("path");
const { spawn, spawnSync } = require("child_process");

const ROOT = path.resolve(__dirname, "..");
const PID_FILE = path.join(ROOT, "node_modules", ".cache", "campaign-ledger", "dev-server.pid");

/** Path of desktop Excel when it is installed (Windows: Click-to-Run or MSI Office 16; Mac: /Applications). */
function findDesktopExcel(platform = process.platform, env = process.env, exists = fs.existsSync) {
  if (platform === "win32") {
    const roots = [env.ProgramFiles, env["ProgramFiles(x86)"], env.ProgramW6432].filter(Boolean);
    const rel = ["Microsoft Office\\root\\Office16\\EXCEL.EXE", "Microsoft Office\\Office16\\EXCEL.EXE"];
    for (const root of roots) for (const r of rel) if (exists(`${root}\\${r}`)) return `${root}\\${r}`;
    return undefined;
  }
  if (platform === "darwin") return exists("/Applications/Microsoft Excel.app") ? "/Applications/Microsoft Excel.app" : undefined;
  return undefined;
}

const SIDELOAD_ARGS = ["--yes", "office-addin-debugging", "start", "manifest.xml", "desktop", "--app", "excel", "--dev-server-port", "3000"];
const UNSIDELOAD_ARGS = ["--yes", "office-addin-debugging", "stop", "manifest.xml"];

/** Runs npx (npx.cmd on Windows). */
function npx(args, options) {
  return spawn(process.platform === "win32" ? "npx.cmd" : "npx", args, { cwd: ROOT, stdio: "inherit", shell: process.platform === "win32", ...options });
}

function printHints(excel) {
  console.log("");
  if (excel) {
    console.log("创文台账助手 dev server: https://localhost:3000/taskpane.html");
    console.log(`Desktop Excel found (${excel}): sideloading with npx ${SIDELOAD_ARGS.slice(1).join(" ")}`);
    console.log("Excel opens with the add-in; the 打开台账助手 button is on the Home tab.");
    console.log("Stop with: npm stop   (or Ctrl+C; both also run `npx office-addin-debugging stop manifest.xml`)");
  } else if (process.platform === "win32" || process.platform === "darwin") {
    console.log("创文台账助手 dev server: https://localhost:3000/taskpane.html");
    console.log(process.env.CL_SIDELOAD === "0" ? "CL_SIDELOAD=0: not sideloading." : "Desktop Excel was not found; not sideloading.");
    console.log("Sideload by hand (in a second terminal): npx office-addin-debugging start manifest.xml desktop --app excel");
    console.log("Browser preview: https://localhost:3000/taskpane.html?preview=1");
    console.log("Stop with: npm stop   (and `npx office-addin-debugging stop manifest.xml` if you sideloaded)");
  } else {
    console.log("创文台账助手 dev server (Linux: no desktop Excel, browser preview only):");
    console.log("  https://localhost:3000/taskpane.html?preview=1");
    console.log("  (http://localhost:3000/taskpane.html?preview=1 when the server reports that HTTPS is unavailable)");
    console.log("To try it in Excel on the web, upload manifest.xml under Insert › Add-ins › Upload My Add-in.");
    console.log("Stop with: npm stop   (or Ctrl+C)");
  }
  console.log("");
}

function main() {
  if (fs.existsSync(PID_FILE)) {
    const old = Number(fs.readFileSync(PID_FILE, "utf8"));
    if (isRunning(old)) {
      console.error(`A dev server is already running (pid ${old}). Run \`npm stop\` first.`);
      process.exit(1);
    }
  }
  const webpackCli = require.resolve("webpack-cli/bin/cli.js");
  const child = spawn(process.execPath, [webpackCli, "serve", "--mode", "development"], {
    cwd: ROOT,
    stdio: "inherit",
  });
  fs.mkdirSync(path.dirname(PID_FILE), { recursive: true });
  fs.writeFileSync(PID_FILE, String(child.pid));
  const excel = process.env.CL_SIDELOAD === "0" ? undefined : findDesktopExcel();
  printHints(excel);
  if (excel) {
    // --dev-server-port: office-addin-debugging waits for our dev server instead of starting one.
    const sideload = npx(SIDELOAD_ARGS);
    sideload.on("error", (error) => console.error(`Sideloading failed (${error.message}); run it by hand: npx ${SIDELOAD_ARGS.slice(1).join(" ")}`));
    sideload.on("exit", (code) => {
      if (code) console.error(`office-addin-debugging exited with code ${code}; the dev server keeps running. Preview: https://localhost:3000/taskpane.html?preview=1`);
    });
  }

  const forward = (signal) => () => child.kill(signal);
  process.on("SIGINT", forward("SIGINT"));
  process.on("SIGTERM", forward("SIGTERM"));
  child.on("exit", (code, signal) => {
    removePidFile(child.pid);
    if (excel) {
      console.log("Removing the sideloaded add-in: npx office-addin-debugging stop manifest.xml");
      spawnSync(process.platform === "win32" ? "npx.cmd" : "npx", UNSIDELOAD_ARGS, { cwd: ROOT, stdio: "inherit", shell: process.platform === "win32" });
    }
    process.exit(code ?? (signal ? 0 : 1));
  });
}

function isRunning(pid) {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function removePidFile(pid) {
  try {
    if (Number(fs.readFileSync(PID_FILE, "utf8")) === pid) fs.unlinkSync(PID_FILE);
  } catch {
    // already removed by `npm stop`
  }
}

if (require.main === module) main();

module.exports = { PID_FILE, UNSIDELOAD_ARGS, findDesktopExcel, isRunning };
