/** @jest-environment node */
import { spawnSync } from "child_process";
import * as path from "path";

/**
 * Dates must show the intended day in any time zone. Jest cannot change the time zone of a
 * running process, so this re-runs read-workbook.test.ts (round trips with `{ date }` seeds,
 * serial 45082 = 2023-06-05 checked in the raw XML and in the snapshot) under TZ=Asia/Shanghai.
 */
test("read-workbook.test.ts passes under TZ=Asia/Shanghai", () => {
  const root = path.resolve(__dirname, "../../..");
  const result = spawnSync(
    process.execPath,
    [path.join(root, "node_modules/jest/bin/jest.js"), "--runTestsByPath", path.join(__dirname, "read-workbook.test.ts"), "--ci"],
    { cwd: root, env: { ...process.env, TZ: "Asia/Shanghai", CL_EXPECT_UTC8: "1" }, encoding: "utf8", timeout: 120_000 },
  );
  const output = `${result.stdout}\n${result.stderr}`;
  expect(output).toMatch(/this run is in UTC\+8/);
  if (result.status !== 0) throw new Error(output);
  expect(output).toMatch(/Tests:\s+\d+ passed/);
}, 120_000);
