/** @jest-environment node */
/** The pane's preview workbook (src/taskpane/preview/sample-snapshot.json) is the sample, as read by exceljs. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readWorkbook } from "../src/adapters/xlsx";
import { previewSeed } from "../src/taskpane/preview/seed";
import seed from "../src/taskpane/preview/sample-snapshot.json";

describe("preview seed", () => {
  it("matches samples/community-2023-h1.xlsx (regenerate with `npm run sample`)", async () => {
    const snapshot = await readWorkbook(readFileSync(join(__dirname, "../samples/community-2023-h1.xlsx")));
    expect(seed).toEqual(JSON.parse(JSON.stringify(previewSeed(snapshot))));
  });
});
