/**
 * scripts/mirror-officejs.js (issue #14 item 4): refreshing a mirror of the Office.js CDN folder
 * from a CDN — here a local server on 127.0.0.1 standing in for it.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

interface Mirror {
  listFiles(dir: string): string[];
  refresh(folder: string, from: string): Promise<{ updated: string[]; unchanged: string[]; missing: string[]; failed: string[] }>;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const mirror = require("../scripts/mirror-officejs.js") as Mirror;

const CDN: Record<string, { status: number; body?: string }> = {
  "/lib/1/hosted/office.js": { status: 200, body: "/* office.js v2 */" },
  "/lib/1/hosted/zh-cn/office_strings.js": { status: 200, body: "/* strings */" },
  "/lib/1/hosted/excel-15.js": { status: 404 },
  "/lib/1/hosted/word-win32-16.01.js": { status: 500 },
};

let server: Server;
let from = "";
let dir = "";
const asked: string[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    asked.push(req.url ?? "");
    const answer = CDN[req.url ?? ""] ?? { status: 404 };
    res.writeHead(answer.status).end(answer.body ?? "");
  });
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", () => ok()));
  from = `http://127.0.0.1:${(server.address() as AddressInfo).port}/lib/1/hosted/`;
  dir = mkdtempSync(join(tmpdir(), "cl-mirror-"));
  mkdirSync(join(dir, "zh-cn"));
  writeFileSync(join(dir, "office.js"), "/* office.js v1 */");
  writeFileSync(join(dir, "zh-cn", "office_strings.js"), "/* strings */");
  writeFileSync(join(dir, "excel-15.js"), "/* old */");
  writeFileSync(join(dir, "word-win32-16.01.js"), "/* word */");
});

afterAll(async () => {
  await new Promise((ok) => server.close(ok));
  rmSync(dir, { recursive: true, force: true });
});

it("re-fetches every file of the mirror by its path, replaces changed ones and keeps the others", async () => {
  const r = await mirror.refresh(dir, from);
  expect(r).toEqual({ updated: ["office.js"], unchanged: ["zh-cn/office_strings.js"], missing: ["excel-15.js"], failed: ["word-win32-16.01.js"] });
  expect(asked.sort()).toEqual(Object.keys(CDN).sort());
  expect(readFileSync(join(dir, "office.js"), "utf8")).toBe("/* office.js v2 */");
  expect(readFileSync(join(dir, "excel-15.js"), "utf8")).toBe("/* old */");
  expect(readFileSync(join(dir, "word-win32-16.01.js"), "utf8")).toBe("/* word */");
  expect(mirror.listFiles(dir)).toEqual(["excel-15.js", "office.js", "word-win32-16.01.js", "zh-cn/office_strings.js"]);
});
