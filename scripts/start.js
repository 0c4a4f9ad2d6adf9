#!/usr/bin/env node
/**
 * `npm start`: runs the webpack dev server (port 3000) and says how to open the add-in.
 *
 * - Windows / macOS: prints the sideload command. office-addin-debugging is deliberately not a
 *   dependency (its keytar install step needs the internet), so it runs through npx.
 * - Linux: there is no desktop Excel; prints the browser preview address.
 *
 * The server's pid goes to node_modules/.cache/campaign-ledger/dev-server.pid for `npm stop`.
 */
"use strict";

const fs = require("fs");
const path = require("path");
const { spawn } = require("child_process");

const ROOT = path.resolve(__dirname, "..");
const PID_FILE = path.join(ROOT, "node_modules", ".cache", "campaign-ledger", "dev-server.pid");

function printHints() {
  const sideload = process.platform === "win32" || process.platform === "darwin";
  console.log("");
  if (sideload) {
    console.log("创文台账助手 dev server: https://localhost:3000/taskpane.html");
    console.log("Sideload into desktop Excel (in a second terminal):");
    console.log("  npx office-addin-debugging start manifest.xml");
    console.log("Stop with: npm stop   (and `npx office-addin-debugging stop manifest.xml`)");
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
  printHints();

  const forward = (signal) => () => child.kill(signal);
  process.on("SIGINT", forward("SIGINT"));
  process.on("SIGTERM", forward("SIGTERM"));
  child.on("exit", (code, signal) => {
    removePidFile(child.pid);
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

module.exports = { PID_FILE, isRunning };
