/**
 * Writes src/taskpane/preview/sample-snapshot.json: the sample workbook (samples/*.xlsx) read by
 * the exceljs adapter, which the task pane's browser preview loads (lazily) into its in-memory
 * Excel. Run by `npm run sample` after the sample is regenerated; test/preview-seed.test.ts fails
 * when the JSON and the sample drift apart.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { readWorkbook } from "../src/adapters/xlsx";
import { previewSeed } from "../src/taskpane/preview/seed";

const ROOT = join(__dirname, process.env.CL_ROOT_REL ?? "../../..");

async function main(): Promise<void> {
  const snapshot = await readWorkbook(readFileSync(join(ROOT, "samples/community-2023-h1.xlsx")));
  const out = join(ROOT, "src/taskpane/preview/sample-snapshot.json");
  writeFileSync(out, `${JSON.stringify(previewSeed(snapshot))}\n`);
  console.log(`wrote ${out}`);
}

void main();
