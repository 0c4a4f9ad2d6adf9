#!/usr/bin/env node
/**
 * `npm stop`: stops the dev server started by `npm start`, using the pid it recorded in
 * node_modules/.cache/campaign-ledger/dev-server.pid. Exits 0 when nothing is running.
 */
"use strict";

const fs = require("fs");
const { PID_FILE, isRunning } = require("./start.js");

function main() {
  if (!fs.existsSync(PID_FILE)) {
    console.log("No dev server recorded (nothing to stop).");
    return;
  }
  const pid = Number(fs.readFileSync(PID_FILE, "utf8"));
  if (!isRunning(pid)) {
    console.log(`Dev server pid ${pid} is not running; removing the stale pid file.`);
    fs.unlinkSync(PID_FILE);
    return;
  }
  process.kill(pid, "SIGTERM");
  fs.unlinkSync(PID_FILE);
  console.log(`Stopped the dev server (pid ${pid}).`);
  if (process.platform === "win32" || process.platform === "darwin") {
    console.log("If Office still shows the add-in: npx office-addin-debugging stop manifest.xml");
  }
}

main();
