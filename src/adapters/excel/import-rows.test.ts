/** @jest-environment node */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { analyzeWorkbook, importLedgers, ledgersOf, standardV1, type ImportOptions, type SheetGrid, type WorkbookSnapshot } from "../../core";
import { readWorkbook } from "../xlsx/read-workbook";
import { writeWorkbook } from "../xlsx/write-workbook";
import { createFakeExcel, findSheet, modelFromSnapshot, setCell } from "./fake";
import { imposeStandard } from "./impose";
import { excelValueOf, importableSheets, setAsideClashingSheets, writeImportedContent } from "./import-rows";
import { readSnapshot } from "./read-snapshot";
import { ALL_FEATURES } from "./types";

const CORPUS = join(__dirname, "../../../test/import-corpus");
const files = readdirSync(CORPUS).filter((f) => f.endsWith(".expected.json")).map((f) => JSON.parse(readFileSync(join(CORPUS, f), "utf8")) as { file: string; options: ImportOptions }).filter((e) => e.file.endsWith(".xlsx"));

/** The data rows of every ledger table of a snapshot (values only, trailing blank rows dropped). */
function ledgerRows(snapshot: WorkbookSnapshot): Record<string, unknown[][]> {
  const out: Record<string, unknown[][]> = {};
  for (const l of ledgersOf(standardV1)) {
    const grid = snapshot.sheets.find((s) => s.name === l.sheet);
    if (!grid) continue;
    const rows = grid.values.slice(3 - grid.originRow).map((r) => l.columns.map((c, j) => (c.type === "formula" ? "f" : (r[j] ?? ""))));
    while (rows.length && rows[rows.length - 1].every((v) => v === "" || v === "f")) rows.pop();
    if (rows.length) out[l.sheet] = rows;
  }
  return out;
}

describe("writeImportedContent", () => {
  it("writes dates as serials and re-readable text with the text prefix", () => {
    expect(excelValueOf({ date: "2023-06-05" }, undefined)).toBe(45082);
    expect(excelValueOf("120", undefined)).toBe("'120");
    expect(excelValueOf(80, undefined)).toBe(80);
    expect(excelValueOf(undefined, undefined)).toBe("");
  });

  it.each(files.map((e) => [e.file, e] as const))("imports %s into the open workbook as the CLI writes it, the source sheet untouched", async (_file, e) => {
    const bytes = readFileSync(join(CORPUS, e.file));
    const original = await readWorkbook(bytes);
    const fake = createFakeExcel({ model: modelFromSnapshot(original) });
    expect((await importableSheets(fake.run, standardV1)).map((s) => s.name)).toEqual(original.sheets.map((s) => s.name));
    const renamed = await setAsideClashingSheets(fake.run, standardV1, original.sheets.map((s) => s.name));
    const own = original.sheets.map((s) => renamed.find((r) => r.from === s.name)?.to ?? s.name);
    const before = await readSnapshot(fake.run, standardV1, { extraSheets: own, merges: true });
    const sheets = before.sheets.filter((s) => own.includes(s.name)).map((s) => ({ ...s, name: renamed.find((r) => r.to === s.name)?.from ?? s.name }));
    const sources = [{ label: e.file, snapshot: { ...before, sheets } }];
    const outcome = importLedgers(sources, e.options);
    // The pane reads the sheet through Office.js as the CLI reads the file.
    expect(outcome.result.content).toEqual(importLedgers([{ label: e.file, snapshot: original }], e.options).result.content);

    await imposeStandard(fake.run, standardV1, ALL_FEATURES, { keepSheets: own });
    const report = await writeImportedContent(fake.run, standardV1, outcome.result.content);
    expect(report.left).toEqual([]);
    expect(report.profile.every((p) => p.status === "written")).toBe(true);

    const after = await readSnapshot(fake.run, standardV1, { extraSheets: own });
    const cli = await readWorkbook(await writeWorkbook(standardV1, outcome.result.content));
    expect(ledgerRows(after)).toEqual(ledgerRows(cli));
    const strip = (g: SheetGrid | undefined) => g && { values: g.values };
    for (const name of own) expect(strip(after.sheets.find((s) => s.name === name))).toEqual(strip(before.sheets.find((s) => s.name === name)));
    const checked = analyzeWorkbook(after, standardV1);
    expect(checked.findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  it("appends below rows already there, keeps a filled 基本信息 value and lists it", async () => {
    const e = files.find((f) => f.file === "ok.activity-list.xlsx")!;
    const original = await readWorkbook(readFileSync(join(CORPUS, e.file)));
    const fake = createFakeExcel({ model: modelFromSnapshot(original) });
    await imposeStandard(fake.run, standardV1, ALL_FEATURES, { keepSheets: original.sheets.map((s) => s.name) });
    const activities = findSheet(fake.model, "活动台账")!;
    setCell(activities, 3, 2, "已有的活动");
    const profile = findSheet(fake.model, "基本信息")!;
    const unitRow = profile.rows.findIndex((r) => String(r?.[0]?.value ?? "").startsWith("单位名称")) + 1;
    setCell(profile, unitRow, 2, "别的单位");
    const snapshot = await readSnapshot(fake.run, standardV1, { extraSheets: original.sheets.map((s) => s.name) });
    const outcome = importLedgers([{ label: e.file, snapshot: { ...snapshot, sheets: snapshot.sheets.filter((s) => original.sheets.some((o) => o.name === s.name)) } }], e.options);
    const report = await writeImportedContent(fake.run, standardV1, outcome.result.content);
    const rows = outcome.result.content.ledgers["活动台账"].length;
    expect(report.ledgers.find((l) => l.sheet === "活动台账")).toEqual({ sheet: "活动台账", rows, first: 4, last: 3 + rows });
    expect(report.profile.find((p) => p.item === "单位名称")).toMatchObject({ status: "kept", found: "别的单位" });
    expect(activities.rows[2]?.[1]?.value).toBe("已有的活动");
    expect(activities.rows[3]?.[1]?.value).toBe(outcome.result.content.ledgers["活动台账"][0]["活动名称"]);
  });
});
